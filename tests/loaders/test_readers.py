"""Readers: formats, decoding, manifests and per-input failures, without a database."""
from __future__ import annotations

import gzip
import json

import pytest

from loaders.readers import InputError, decode_text, iter_documents, read_manifest
from loaders.records import FailedInput, SourceDocument


def _docs(paths):
    items = list(iter_documents([str(p) for p in paths]))
    return [i for i in items if isinstance(i, SourceDocument)], [i for i in items if isinstance(i, FailedInput)]


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Café said “hi”".encode("utf-8"), "Café said “hi”"),
        (b"\xef\xbb\xbfBOM first", "BOM first"),
        ("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "Café “quoted”"),
        (b"Caf\xe9 in latin-1 \x81", "Café in latin-1 \x81"),
        ("wide text".encode("utf-16"), "wide text"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16", "line-endings"],
)
def test_decode_text(data, expected):
    assert decode_text(data) == expected


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (b"  \n\t\n", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file")],
    ids=["empty", "blank", "binary"],
)
def test_decode_rejects(data, reason):
    with pytest.raises(InputError, match=reason):
        decode_text(data)


def test_formats_and_records(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"text": "one", "url": "u1"}, {"maintext": "two", "date_publish": "2020-01-02"}]))
    (tmp_path / "d.jsonl").write_text('{"body": "three", "source_domain": "x.com", "authors": "A; B"}\n\n{broken\n')
    (tmp_path / "e.html.gz").write_bytes(gzip.compress(b"<p>zipped</p>"))
    (tmp_path / "notes.md").write_text("not an input")
    docs, failures = _docs([tmp_path])
    assert [(d.source_format, d.source_record) for d in docs] == [("txt", 0), ("html", 0), ("json", 1), ("json", 2), ("json", 1), ("html", 0)]
    assert docs[2].given == {"url": "u1"} and docs[2].raw_text == "one"
    assert docs[3].given == {"published": "2020-01-02"}
    assert docs[4].given == {"outlet": "x.com", "authors": ["A", "B"]}
    assert len(failures) == 1 and failures[0].source_record == 3 and "broken JSON on line 3" in failures[0].reason


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", b"\x00\x01\x02\x03binary", "binary file"),
        ("broken.json", b'{"text": "unclosed', "broken JSON"),
        ("no_text.json", b'{"title": "only a title"}', "has no text"),
        ("scalar.json", b"[1]", "not a JSON object"),
    ],
)
def test_bad_inputs_fail_alone_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("A good article", encoding="utf-8")
    docs, failures = _docs([tmp_path])
    assert [d.source_path for d in docs] == [str(tmp_path / "good.txt")]
    assert len(failures) == 1 and reason in failures[0].reason and name in failures[0].source_path


def test_manifest_wins_and_is_not_an_article(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,title,published,outlet,authors\nsub/a.txt,http://x/a,T,2020-05-01,Outlet,Ann Lee;Bo Wu\nb.txt,,,2021,,\n"
    )
    docs, failures = _docs([tmp_path])
    assert not failures
    by_name = {d.source_path.rsplit("/", 1)[-1]: d.given for d in docs}
    assert by_name == {
        "a.txt": {"url": "http://x/a", "title": "T", "published": "2020-05-01", "outlet": "Outlet", "authors": ["Ann Lee", "Bo Wu"]},
        "b.txt": {"published": "2021"},
    }


def test_manifest_jsonl_applies_to_a_named_file(tmp_path):
    (tmp_path / "a.txt").write_text("Text", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"file": "a.txt", "outlet": "Daily Example"}\n')
    assert read_manifest(tmp_path) == {"a.txt": {"outlet": "Daily Example"}}
    docs, _ = _docs([tmp_path / "a.txt"])
    assert docs[0].given == {"outlet": "Daily Example"}


def test_missing_path_and_unsupported_named_file(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    _, failures = _docs([tmp_path / "nope", tmp_path / "x.pdf"])
    assert [f.reason for f in failures] == ["no such file or folder", "unsupported file type '.pdf'"]


def test_jsonl_is_streamed(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"article {i}"}) + "\n" for i in range(1000)))
    stream = iter_documents([str(path)])
    first = next(stream)
    assert first.raw_text == "article 0" and first.source_record == 1
