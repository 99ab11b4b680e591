"""Readers: turn the paths given to `ingest` into a stream of `SourceDocument`s (or `FailedInput`s).

Folders are walked recursively in sorted order; a folder's `manifest.csv` or `manifest.jsonl` gives metadata for
its files (its values win over what the text says) and is not itself an article. Text is decoded whatever its
encoding (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252, else latin-1) and line endings are
normalised. Empty and binary files, broken JSON and records without text fail alone, with a one-line reason.
Everything is a generator: memory does not grow with the size of a folder or of a .jsonl file.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.records import FailedInput, SourceDocument

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
MANIFEST_FIELDS = ("url", "title", "published", "outlet", "authors")
TEXT_FIELDS = ("text", "maintext", "body")
FIELD_ALIASES = {
    "url": ("url", "id"),
    "title": ("title",),
    "published": ("published", "date_publish"),
    "outlet": ("outlet", "source_domain"),
    "authors": ("authors",),
    "language": ("language",),
}


class InputError(Exception):
    """An input that cannot be read; the message is the one-line reason."""


def input_format(path: Path) -> str | None:
    """'txt', 'html', 'json' or 'jsonl' for a file newsdb reads (optionally gzip-compressed), else None."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(f"not a valid gzip file ({error})") from None
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode input bytes to text with normalised line endings; raise InputError for empty or binary data."""
    if not data.strip():
        raise InputError("empty file")
    if _looks_binary(data):
        raise InputError("binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                # cp1252 is what Windows and most "latin-1" web pages really are; it rejects 5 unused bytes.
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if not text.strip():
        raise InputError("empty file")
    return text


def _authors(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = value.replace("|", ";").split(";")
        return [part.strip() for part in parts if part.strip()]
    if isinstance(value, (list, tuple)):
        return [str(part).strip() for part in value if str(part).strip()]
    return [str(value)]


def _clean_given(raw: dict) -> dict[str, object]:
    """Contract fields from a manifest row or JSON record, under their contract names, empty values dropped."""
    given: dict[str, object] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            value = raw.get(alias)
            if value not in (None, "", []):
                given[name] = _authors(value) if name == "authors" else str(value).strip()
                break
    if not given.get("authors"):
        given.pop("authors", None)
    return given


def read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    """The folder's manifest as {relative file name: given metadata}; empty when there is none."""
    rows: list[dict] = []
    csv_path, jsonl_path = folder / "manifest.csv", folder / "manifest.jsonl"
    try:
        if csv_path.is_file():
            rows = list(csv.DictReader(io.StringIO(decode_text(csv_path.read_bytes()))))
        elif jsonl_path.is_file():
            for number, line in enumerate(decode_text(jsonl_path.read_bytes()).splitlines(), 1):
                if line.strip():
                    rows.append(json.loads(line))
    except (InputError, json.JSONDecodeError, csv.Error) as error:
        raise InputError(f"bad manifest: {error}") from None
    manifest = {}
    for row in rows:
        name = str(row.get("file") or "").strip()
        if name:
            manifest[os.path.normpath(name)] = _clean_given(row)
    return manifest


def _records_from_json(path: Path, text: str, given: dict) -> Iterator[SourceDocument | FailedInput]:
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        yield FailedInput(str(path), f"broken JSON: {error.msg} at line {error.lineno} column {error.colno}")
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    numbered = enumerate(records, 1) if isinstance(parsed, list) else [(0, parsed)]
    for number, record in numbered:
        yield _record_document(path, record, number, given)


def _records_from_jsonl(path: Path, given: dict) -> Iterator[SourceDocument | FailedInput]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(decode_text(line))
            except (json.JSONDecodeError, InputError) as error:
                reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
                yield FailedInput(str(path), f"broken JSON on line {number}: {reason}", number)
                continue
            yield _record_document(path, record, number, given)


def _record_document(path: Path, record, number: int, manifest_given: dict) -> SourceDocument | FailedInput:
    if not isinstance(record, dict):
        return FailedInput(str(path), f"record {number or 1} is not a JSON object", number)
    text = next((record[field] for field in TEXT_FIELDS if isinstance(record.get(field), str)), None)
    if text is None or not text.strip():
        return FailedInput(str(path), f"record {number or 1} has no text (expected 'text', 'maintext' or 'body')", number)
    given = {**manifest_given, **_clean_given(record)}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceDocument(str(path), "json", text, given, number)


def read_file(path: Path, given: dict | None = None) -> Iterator[SourceDocument | FailedInput]:
    """The documents in one file: one for .txt/.html, one per record for .json/.jsonl."""
    given = given or {}
    fmt = input_format(path)
    if fmt is None:
        yield FailedInput(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        if fmt == "jsonl":
            if path.stat().st_size == 0:
                raise InputError("empty file")
            yield from _records_from_jsonl(path, given)
            return
        text = decode_text(_read_bytes(path))
    except InputError as error:
        yield FailedInput(str(path), str(error))
        return
    except OSError as error:
        yield FailedInput(str(path), f"cannot read: {error.strerror or error}")
        return
    if fmt == "json":
        yield from _records_from_json(path, text, given)
    else:
        yield SourceDocument(str(path), fmt, text, dict(given))


def _walk(folder: Path, outer: tuple[tuple[Path, dict], ...] = ()) -> Iterator[SourceDocument | FailedInput]:
    """Walk a folder; `outer` holds the manifests of enclosing folders, whose `file` paths may reach down."""
    try:
        manifests = ((folder, read_manifest(folder)), *outer)
    except InputError as error:
        yield FailedInput(str(folder / "manifest"), str(error))
        manifests = outer
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or entry.name in MANIFEST_NAMES:
            continue
        if entry.is_dir():
            yield from _walk(entry, manifests)
        elif entry.is_file() and input_format(entry) is not None:
            yield from read_file(entry, _manifest_entry(entry, manifests))


def _manifest_entry(path: Path, manifests: tuple[tuple[Path, dict], ...]) -> dict:
    for base, manifest in manifests:
        found = manifest.get(os.path.normpath(os.path.relpath(path, base)))
        if found is not None:
            return found
    return {}


def iter_documents(paths: Iterable[str | Path]) -> Iterator[SourceDocument | FailedInput]:
    """Every document under the given files and folders, in a stable order; files of other types in folders
    are skipped, a named file of another type fails."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            manifest = {}
            if path.name not in MANIFEST_NAMES:
                try:
                    manifest = read_manifest(path.parent).get(path.name, {})
                except InputError:
                    manifest = {}
            yield from read_file(path, manifest)
        else:
            yield FailedInput(str(path), "no such file or folder")
