"""Readers: turn the paths given to `ingest` into a stream of `SourceDocument`s, `FailedInput`s and `InputWarning`s.

Folders are walked recursively in sorted order; a folder's `manifest.csv` or `manifest.jsonl` gives metadata for
its files (its values win over what the text says) and is not itself an article. Text is decoded whatever its
encoding (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252, else latin-1) and line endings are
normalised. Empty and binary files, broken JSON, records without text and inputs over the size limit fail
alone, with a one-line reason. What is read but not taken as it was is a warning, never silent: a manifest's
unknown columns, unparseable values and rows naming missing files or files outside the folder; bytes that were
not valid in their encoding; NUL characters and lone surrogates (which no database stores), replaced by U+FFFD.
Nothing escapes the folder given: symbolic links that lead out of it are refused, and a link loop is walked once.

For the ingest, `iter_inputs` leaves .txt/.html files and .jsonl lines as `RawInput`s (bytes read, nothing
decoded or parsed) with a hash of the bytes, the format, the given metadata and this module's code: an unchanged
input stored before is skipped on that hash alone, and `RawInput.read()` does the rest for the others.

Work is bounded: a text over `max_size` bytes (UTF-8, after decoding) fails without being extracted, gzip input
is decompressed only up to a bound, .jsonl files are read a line at a time (a line is bounded too) and large
.json lists a record at a time, so memory does not grow with the size of a folder or of a file.
"""
from __future__ import annotations

import codecs
import csv
import difflib
import functools
import gzip
import hashlib
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.records import FailedInput, SourceDocument

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
           ".warc": "warc"}
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
TEXT_FIELDS = ("text", "maintext", "body")
FIELD_ALIASES = {
    "url": ("url", "id"),
    "title": ("title",),
    "published": ("published", "date_publish"),
    "outlet": ("outlet", "source_domain"),
    "authors": ("authors",),
    "language": ("language",),
}
MANIFEST_COLUMNS = ("file", *(alias for aliases in FIELD_ALIASES.values() for alias in aliases))

DEFAULT_MAX_SIZE = 5_000_000  # bytes of decoded text (UTF-8): far above any real article (the longest are ~200 KB)
# Raw input may be larger than its UTF-8 text (UTF-16 is up to twice as large; markup-heavy HTML more), so raw
# bytes are read and decompressed up to this multiple of the limit before the text itself is measured.
RAW_FACTOR = 4
_JSON_STREAM_CHUNK = 1 << 20


@dataclass
class InputWarning:
    """Something read but not taken as it was (an ignored manifest column or value, replaced characters, skipped
    records): the input itself, if any, is stored. `skipped` counts records passed over on purpose."""

    source_path: str
    reason: str
    source_record: int = 0
    skipped: int = 0


class InputError(Exception):
    """An input that cannot be read; the message is the one-line reason."""


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f}".removesuffix(".0") + " MB"


def too_large(size: int, max_size: int, over: bool = False) -> str:
    return f"too large: {'over ' if over else ''}{megabytes(size)} > {megabytes(max_size)} (--max-size)"


def input_format(path: Path) -> str | None:
    """'txt', 'html', 'json', 'jsonl' or 'warc' for a file newsdb reads (optionally gzip-compressed), else None."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes (decompressed for .gz), or InputError when there are more than `limit` of them: a
    thousandfold gzip bomb costs `limit` bytes of memory and the time to inflate them, not its full size."""
    if not _is_gzip(path):
        size = path.stat().st_size
        if size > limit:
            raise InputError(too_large(size, limit // RAW_FACTOR))
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise InputError(f"not a valid gzip file ({error})") from None
    if len(data) > limit:
        raise InputError(too_large(limit, limit // RAW_FACTOR, over=True) + ", once decompressed")
    return data


# Every byte but the C0 controls that text never holds: deleting these from a sample leaves its control bytes,
# counted in C rather than by a Python loop over the sample (that loop was most of a re-ingest's cost per record).
_NOT_CONTROL = bytes(byte for byte in range(256) if byte >= 32 or byte in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > len(sample) * 0.05


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _has_no_lone_surrogate(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")  # strict UTF-8 refuses exactly the lone surrogates
    except UnicodeEncodeError:
        return False
    return True


def clean_text(text: str) -> tuple[str, str | None]:
    """`text` with NUL characters and lone surrogates (which neither database stores) replaced by U+FFFD, and a
    note saying how many, or None when there were none."""
    if "\x00" not in text and _has_no_lone_surrogate(text):
        return text, None  # the common case, told in C: the regular expression costs 30 ns a character on non-ASCII
    found = _UNSTORABLE.findall(text)
    if not found:
        return text, None
    nuls = found.count("\x00")
    surrogates = len(found) - nuls
    parts = [f"{nuls} NUL character{'s' * (nuls != 1)}" if nuls else "",
             f"{surrogates} lone surrogate{'s' * (surrogates != 1)}" if surrogates else ""]
    return _UNSTORABLE.sub("\ufffd", text), " and ".join(p for p in parts if p) + " replaced by U+FFFD"


_MARKUP_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_markup(text: str) -> tuple[str, str | None]:
    """HTML with its C0 control characters (a parse error in HTML, fatal to the XML tree the HTML extractor
    builds) replaced by spaces, and a note saying how many, or None when there were none."""
    count = len(_MARKUP_CONTROLS.findall(text))
    if not count:
        return text, None
    return _MARKUP_CONTROLS.sub(" ", text), f"{count} control character{'s' * (count != 1)} replaced by spaces"


def checked_page(text: str, notes: list[str], max_size: int) -> str:
    """A decoded HTML page made safe for the HTML extractor (a note added to `notes` for what was replaced);
    InputError when its text is over `max_size` bytes."""
    text, note = clean_markup(text)
    notes.extend([note] if note else [])
    size = len(text.encode("utf-8"))
    if size > max_size:
        raise InputError(too_large(size, max_size))
    return text


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode input bytes to text with normalised line endings, and notes on anything that could not be taken
    as it was (never silently lost). InputError for empty or binary data."""
    if not data.strip():
        raise InputError("empty file")
    if _looks_binary(data):
        raise InputError("binary file, not text")
    notes: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_declared(data[len(codecs.BOM_UTF8):], "utf-8", notes)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_declared(data, "utf-16", notes)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                # cp1252 is what Windows and most "latin-1" web pages really are; it rejects 5 unused bytes.
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")  # maps every byte: nothing is lost
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text, note = clean_text(text)
    if note:
        notes.append(note)
    if not text.strip():
        raise InputError("empty file")
    return text, notes


def _decode_declared(data: bytes, encoding: str, notes: list[str]) -> str:
    """Bytes whose byte-order mark declares their encoding: invalid sequences become U+FFFD, with a note."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        lost = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        notes.append(f"{lost} invalid {encoding.upper()} sequence{'s' * (lost != 1)} replaced by U+FFFD")
        return text


def decode_text(data: bytes) -> str:
    """Decode input bytes to text with normalised line endings; raise InputError for empty or binary data."""
    return decode_bytes(data)[0]


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
                given[name] = _authors(value) if name == "authors" else clean_text(str(value).strip())[0]
                break
    if given.get("authors"):
        given["authors"] = [clean_text(author)[0] for author in given["authors"]]
    else:
        given.pop("authors", None)
    return given


# -- manifests ----------------------------------------------------------------------------------------------------


@dataclass
class Manifest:
    """A folder's manifest: {normalised relative file name: given metadata}, and what was wrong in it.
    `warnings` are about the manifest as a whole or about rows that name no readable file; `row_warnings` about
    values of rows whose file exists (reported with that file)."""

    path: Path | None
    entries: dict[str, dict[str, object]]
    warnings: list[InputWarning]
    row_warnings: dict[str, list[InputWarning]]


def _manifest_rows(folder: Path) -> tuple[Path | None, list[tuple[int, dict]]]:
    csv_path, jsonl_path = folder / "manifest.csv", folder / "manifest.jsonl"
    try:
        if csv_path.is_file():
            text = decode_text(read_bounded(csv_path, RAW_FACTOR * DEFAULT_MAX_SIZE))
            reader = csv.DictReader(io.StringIO(text))
            return csv_path, [(number, row) for number, row in enumerate(reader, 2)]  # line 1 is the header
        if jsonl_path.is_file():
            rows = []
            text = decode_text(read_bounded(jsonl_path, RAW_FACTOR * DEFAULT_MAX_SIZE))
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise InputError(f"line {number} is not a JSON object")
                    rows.append((number, row))
            return jsonl_path, rows
    except json.JSONDecodeError as error:
        raise InputError(f"bad manifest: {error}") from None
    except (InputError, csv.Error, OSError) as error:
        raise InputError(f"bad manifest: {error}") from None
    return None, []


def published_problem(value: object) -> str | None:
    """Why a given publication date cannot be used ('not a date', out of range), or None when it can."""
    from loaders.extract.pubdates import EARLIEST_PUBLISHED, latest_published, parse_given_date

    try:
        parsed = parse_given_date(value, bounded=False)[0]
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        return "is not a date"
    latest = latest_published()
    if not EARLIEST_PUBLISHED <= parsed <= latest:
        return f"is out of range ({EARLIEST_PUBLISHED.year} to {latest.year})"
    return None


def check_given(given: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    """Given metadata with unusable values dropped, and a note on each."""
    notes = []
    if "published" in given:
        problem = published_problem(given["published"])
        if problem:
            given = dict(given)
            notes.append(f"published {given.pop('published')!r} {problem}; ignored")
    return given, notes


def load_manifest(folder: Path) -> Manifest:
    """Read and check the folder's manifest (InputError when it cannot be read at all)."""
    path, rows = _manifest_rows(folder)
    manifest = Manifest(path, {}, [], {})
    if path is None:
        return manifest
    where = str(path)
    columns: list[str] = []
    for _, row in rows:
        for column in row:
            if column is not None and str(column) not in columns:
                columns.append(str(column))
    for column in columns:
        if column in MANIFEST_COLUMNS:
            continue
        close = difflib.get_close_matches(column.lower(), MANIFEST_COLUMNS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(MANIFEST_COLUMNS)})"
        manifest.warnings.append(InputWarning(where, f"unknown column {column!r} ignored{hint}"))
    if rows and "file" not in columns:
        manifest.warnings.append(InputWarning(where, "no 'file' column: the manifest applies to no file"))
        return manifest
    for number, row in rows:
        if None in row:  # csv: more cells than header columns
            manifest.warnings.append(InputWarning(where, f"row {number}: extra cells ignored", number))
        name = str(row.get("file") or "").strip()
        if not name:
            if any(value not in (None, "") for value in row.values()):
                manifest.warnings.append(InputWarning(where, f"row {number}: no file named; row ignored", number))
            continue
        relative = os.path.normpath(name)
        if os.path.isabs(relative) or relative == ".." or relative.startswith(".." + os.sep):
            manifest.warnings.append(InputWarning(
                where, f"row {number}: file {name!r} is outside the manifest's folder; refused", number))
            continue
        if not (folder / relative).is_file():
            manifest.warnings.append(InputWarning(
                where, f"row {number}: file {name!r} does not exist; row ignored", number))
            continue
        given, notes = check_given(_clean_given(row))
        manifest.entries[relative] = given
        if notes:
            manifest.row_warnings[relative] = [InputWarning(where, f"row {number} ({name}): {note}", number)
                                               for note in notes]
    return manifest


def read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    """The folder's manifest as {relative file name: given metadata}; empty when there is none."""
    return load_manifest(folder).entries


# -- files --------------------------------------------------------------------------------------------------------


def _json_items(path: Path, max_size: int) -> Iterator[tuple[int, object] | FailedInput | InputWarning]:
    """The records of a .json file: (number, record) pairs, 0 for a lone object. A file small enough is read
    whole; a larger one must be a UTF-8 list, read one record at a time."""
    limit = RAW_FACTOR * max_size
    size = path.stat().st_size
    if _is_gzip(path) or size <= limit:
        text, notes = decode_bytes(read_bounded(path, limit))
        for note in notes:
            yield InputWarning(str(path), note)
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as error:
            yield FailedInput(str(path), f"broken JSON: {error.msg} at line {error.lineno} column {error.colno}")
            return
        if isinstance(parsed, list):
            yield from enumerate(parsed, 1)
        else:
            yield 0, parsed
        return
    yield from _stream_json_list(path, limit)


def _stream_json_list(path: Path, limit: int) -> Iterator[tuple[int, object] | FailedInput]:
    """A large JSON list, one element at a time: memory holds one record (at most `limit` bytes), not the file."""
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8-sig", errors="strict", newline="") as handle:
        buffer, position, number, eof = "", 0, 0, False

        def more(wanted: int) -> bool:
            nonlocal buffer, position, eof
            if eof:
                return False
            chunk = handle.read(wanted)
            if not chunk:
                eof = True
                return False
            buffer = buffer[position:] + chunk
            position = 0
            return True

        def skip_space() -> str | None:
            nonlocal position
            while True:
                while position < len(buffer) and buffer[position] in " \t\r\n":
                    position += 1
                if position < len(buffer):
                    return buffer[position]
                if not more(_JSON_STREAM_CHUNK):
                    return None

        try:
            if skip_space() != "[":
                yield FailedInput(str(path), "broken JSON: a file this large must be a list of records")
                return
            position += 1
            while True:
                char = skip_space()
                if char == "]":
                    return
                if number:
                    if char != ",":
                        yield FailedInput(str(path), f"broken JSON after record {number}: expected ',' or ']'")
                        return
                    position += 1
                    skip_space()
                wanted = _JSON_STREAM_CHUNK
                while True:
                    try:
                        record, end = decoder.raw_decode(buffer, position)
                        if end < len(buffer) or eof or not isinstance(record, (int, float)):
                            break
                    except json.JSONDecodeError as error:
                        if len(buffer) - position > limit:
                            yield FailedInput(str(path), f"record {number + 1} " + too_large(
                                len(buffer) - position, limit // RAW_FACTOR, over=True) + "; the rest of the file "
                                "is not read")
                            return
                        if not more(wanted):
                            yield FailedInput(str(path), f"broken JSON in record {number + 1}: {error.msg}")
                            return
                        wanted *= 2  # doubling keeps re-parsing a long record linear in its size
                        continue
                    if not more(wanted):
                        break
                number += 1
                position = end
                yield number, record
        except UnicodeDecodeError as error:
            yield FailedInput(str(path), f"a JSON file this large must be UTF-8 ({error.reason}); the rest of the "
                                         f"file is not read")


def _jsonl_lines(path: Path, given: dict, max_size: int) -> Iterator[RawInput | FailedInput]:
    """The non-blank lines of a .jsonl file as raw inputs, not yet decoded or parsed; over-long lines fail."""
    line_limit = RAW_FACTOR * max_size
    prefix = _hash_prefix("jsonl", given)
    try:
        # A larger buffer than the default 8 KB: news records are several KB, and `readline` costs a third as
        # much when a line is rarely split between two reads.
        with (gzip.open(path, "rb") if _is_gzip(path) else open(path, "rb", buffering=1 << 16)) as handle:
            number = 0
            while True:
                line = handle.readline(line_limit + 1)
                if not line:
                    return
                number += 1
                if len(line) > line_limit and not line.endswith(b"\n"):
                    while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the over-long line, a piece at a time
                    yield FailedInput(str(path), f"record {number} " + too_large(line_limit, max_size, over=True),
                                      number)
                    continue
                if not line.strip():
                    continue
                yield RawInput(path, "jsonl", line, given, number, max_size, _input_hash(prefix, line, max_size))
    except (OSError, EOFError, zlib.error) as error:
        yield FailedInput(str(path), f"cannot read: {getattr(error, 'strerror', None) or error}")


def _read_jsonl_line(path: Path, line: bytes, given: dict, number: int,
                     max_size: int) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    try:
        text, notes = decode_bytes(line)
        record = json.loads(text)
    except (json.JSONDecodeError, InputError) as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        yield FailedInput(str(path), f"broken JSON on line {number}: {reason}", number)
        return
    for note in notes:
        yield InputWarning(str(path), f"line {number}: {note}", number)
    yield from _record_document(path, record, number, given, max_size)


def _record_document(path: Path, record, number: int, manifest_given: dict,
                     max_size: int) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    label = f"record {number or 1}"
    if not isinstance(record, dict):
        yield FailedInput(str(path), f"{label} is not a JSON object", number)
        return
    text = next((record[field] for field in TEXT_FIELDS if isinstance(record.get(field), str)), None)
    if text is None or not text.strip():
        yield FailedInput(str(path), f"{label} has no text (expected 'text', 'maintext' or 'body')", number)
        return
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_size:
        yield FailedInput(str(path), f"{label} {too_large(size, max_size)}", number)
        return
    given, notes = check_given({**manifest_given, **_clean_given(record)})
    text, cleaned = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    for note in notes + ([cleaned] if cleaned else []):
        yield InputWarning(str(path), f"{label}: {note}", number)
    yield SourceDocument(str(path), "json", text, given, number)


def read_file(path: Path, given: dict | None = None,
              max_size: int = DEFAULT_MAX_SIZE) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    """The documents in one file: one for .txt/.html, one per record for .json/.jsonl, one per HTML response of
    a .warc; failures and warnings along the way."""
    yield from _documents(_file_inputs(path, given, max_size))


def _file_inputs(path: Path, given: dict | None,
                 max_size: int) -> Iterator[RawInput | SourceDocument | FailedInput | InputWarning]:
    """`read_file`, with .txt/.html files and .jsonl lines left as raw inputs, unread."""
    given = given or {}
    fmt = input_format(path)
    if fmt is None:
        yield FailedInput(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        if path.stat().st_size == 0:
            raise InputError("empty file")
        if fmt == "jsonl":
            yield from _jsonl_lines(path, given, max_size)
            return
        if fmt == "warc":
            from loaders.warc import read_warc

            yield from read_warc(path, given, max_size)
            return
        if fmt == "json":
            for item in _json_items(path, max_size):
                if isinstance(item, tuple):
                    yield from _record_document(path, item[1], item[0], given, max_size)
                else:
                    yield item
            return
        data = read_bounded(path, RAW_FACTOR * max_size)
    except InputError as error:
        yield FailedInput(str(path), str(error))
        return
    except OSError as error:
        yield FailedInput(str(path), f"cannot read: {error.strerror or error}")
        return
    yield RawInput(path, fmt, data, given, 0, max_size, _input_hash(_hash_prefix(fmt, given), data, max_size))


def _read_page(path: Path, fmt: str, data: bytes, given: dict,
               max_size: int) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    try:
        text, notes = decode_bytes(data)
        if fmt == "html":
            text = checked_page(text, notes, max_size)
        elif (size := len(text.encode("utf-8"))) > max_size:
            raise InputError(too_large(size, max_size))
    except InputError as error:
        yield FailedInput(str(path), str(error))
        return
    for note in notes:
        yield InputWarning(str(path), note)
    yield SourceDocument(str(path), fmt, text, dict(given))


# -- raw inputs: read without decoding, so that an unchanged one is skipped on its hash -------------------------


@functools.cache
def reader_fingerprint() -> bytes:
    """A digest of the reading code: a change to how bytes become documents changes every input's hash, so no
    input is skipped on a hash that an older reader gave it."""
    digest = hashlib.sha256()
    for name in ("readers.py", "records.py"):
        digest.update((Path(__file__).resolve().parent / name).read_bytes())
    return digest.digest()


def _hash_prefix(fmt: str, given: dict):
    digest = hashlib.sha256(reader_fingerprint())
    digest.update(fmt.encode())
    digest.update(b"\0")
    digest.update(json.dumps(given, sort_keys=True, ensure_ascii=False, default=str).encode())
    digest.update(b"\0")
    return digest


# One byte of input decodes to at most 3 bytes of UTF-8 text (cp1252 and latin-1: up to 3; UTF-16: 1.5; JSON
# escapes only shrink): an input of at most a third of the size limit cannot have gone over it when it was read.
_GROWTH = 3


def _input_hash(prefix, data: bytes, max_size: int) -> str | None:
    if _GROWTH * len(data) > max_size:
        return None  # whether it passes the size limit depends on the limit: read it each time
    digest = prefix.copy()
    digest.update(data)
    return digest.hexdigest()


@dataclass(slots=True)
class RawInput:
    """One input as read from disk, not yet decoded or parsed: a .txt/.html file's bytes or a .jsonl line.

    `input_hash` digests the reader's code, the format, the given metadata and the bytes, so two raw inputs with
    the same hash read to the same documents, warnings and failures (the size limit aside: inputs large enough
    for it to matter get None). The ingest looks a batch's hashes up before reading any of them (the store keeps
    the hash of each input it wrote, if its read gave no warning) and reads only those not found; `read()`
    yields what `iter_documents` yields for the input."""

    path: Path
    fmt: str  # 'txt', 'html' or 'jsonl'
    data: bytes
    given: dict
    number: int  # line number in a .jsonl file; 0 for a whole file
    max_size: int
    input_hash: str | None

    def read(self) -> Iterator[SourceDocument | FailedInput | InputWarning]:
        if self.fmt == "jsonl":
            return _read_jsonl_line(self.path, self.data, self.given, self.number, self.max_size)
        return _read_page(self.path, self.fmt, self.data, self.given, self.max_size)


def _documents(items: Iterable) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    for item in items:
        if isinstance(item, RawInput):
            yield from item.read()
        else:
            yield item


# -- folders ------------------------------------------------------------------------------------------------------


def _inside(path: Path, root: Path) -> bool:
    return path == root or path.is_relative_to(root)


def _walk(folder: Path, root: Path, max_size: int, seen: set[Path], outer: tuple[tuple[Path, Manifest], ...] = ()
          ) -> Iterator[RawInput | SourceDocument | FailedInput | InputWarning]:
    """Walk a folder; `outer` holds the manifests of enclosing folders, whose `file` paths may reach down.
    `root` is the real path of the folder given to ingest: nothing outside it is read."""
    try:
        manifest = load_manifest(folder)
        yield from manifest.warnings
        manifests = ((folder, manifest), *outer)
    except InputError as error:
        yield FailedInput(str(folder / "manifest"), str(error))
        manifests = outer
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        yield FailedInput(str(folder), f"cannot read folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in MANIFEST_NAMES:
            continue
        is_dir = entry.is_dir()
        if not is_dir and (not entry.is_file() or input_format(entry) is None):
            continue
        real = entry.resolve()
        if entry.is_symlink() and not _inside(real, root):
            yield FailedInput(str(entry), f"refused: a symbolic link to {real}, outside the folder {root}")
            continue
        if is_dir:
            if real in seen:
                continue  # a link back to a folder already walked
            seen.add(real)
            yield from _walk(entry, root, max_size, seen, manifests)
        else:
            given, warnings = _manifest_entry(entry, manifests)
            yield from warnings
            yield from _file_inputs(entry, given, max_size)


def _manifest_entry(path: Path, manifests: tuple[tuple[Path, Manifest], ...]) -> tuple[dict, list[InputWarning]]:
    for base, manifest in manifests:
        name = os.path.normpath(os.path.relpath(path, base))
        found = manifest.entries.get(name)
        if found is not None:
            return found, manifest.row_warnings.get(name, [])
    return {}, []


def iter_documents(paths: Iterable[str | Path],
                   max_size: int = DEFAULT_MAX_SIZE) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    """Every document under the given files and folders, in a stable order; files of other types in folders
    are skipped, a named file of another type fails. `max_size`: the largest text (bytes of UTF-8) read."""
    return _documents(iter_inputs(paths, max_size))


def iter_inputs(paths: Iterable[str | Path],
                max_size: int = DEFAULT_MAX_SIZE) -> Iterator[RawInput | SourceDocument | FailedInput | InputWarning]:
    """`iter_documents` with .txt/.html files and .jsonl lines as `RawInput`s, read only when asked (the ingest
    skips the unchanged ones on their hash)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root = path.resolve()
            yield from _walk(path, root, max_size, {root})
        elif path.is_file():
            given, warnings = {}, []
            if path.name not in MANIFEST_NAMES:
                try:
                    manifest = load_manifest(path.parent)
                    name = os.path.normpath(path.name)
                    given, warnings = manifest.entries.get(name, {}), manifest.row_warnings.get(name, [])
                except InputError:
                    pass
            yield from warnings
            yield from _file_inputs(path, given, max_size)
        else:
            yield FailedInput(str(path), "no such file or folder")
