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
    "data, binary",
    [
        (b"plain text\twith a tab\fand a form feed\r\n" * 20, False),
        (b"x" * 100 + b"\x07" * 5, False),  # 5 bell bytes in 105: under the 5% of control bytes that text tolerates
        (b"x" * 100 + b"\x07" * 6, True),  # 6 in 106: over it
        (b"text\x00with a NUL", True),
        (bytes(range(1, 32)) * 4, True),
        ("wide text".encode("utf-16"), False),  # NUL bytes, but behind a UTF-16 byte-order mark
    ],
    ids=["text-controls", "few-controls", "many-controls", "nul", "all-controls", "utf16"],
)
def test_binary_data_is_told_by_its_control_bytes(data, binary):
    from loaders.readers import _looks_binary
    assert _looks_binary(data) is binary


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


# -- bounded inputs -------------------------------------------------------------------------------------------------


def test_an_input_over_the_size_limit_fails_alone_with_its_size(tmp_path):
    (tmp_path / "big.txt").write_text("word said " * 300_000)  # 3 MB
    (tmp_path / "small.txt").write_text("A short article.")
    items = list(iter_documents([str(tmp_path)], max_size=1_000_000))
    docs, failures = [i for i in items if isinstance(i, SourceDocument)], [i for i in items if isinstance(i, FailedInput)]
    assert [d.source_path.rsplit("/", 1)[-1] for d in docs] == ["small.txt"]
    assert [f.reason for f in failures] == ["too large: 3 MB > 1 MB (--max-size)"]


def test_a_huge_file_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21_900_000)  # sparse: 21.9 MB that reading would notice
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("the file was read"))
    [failure] = list(iter_documents([str(path)]))
    assert failure.reason == "too large: 21.9 MB > 5 MB (--max-size)"


def test_a_gzip_bomb_is_inflated_only_up_to_the_bound(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 50_000_000, 9))  # 50 MB from ~50 KB
    [failure] = list(iter_documents([str(tmp_path)], max_size=1_000_000))
    assert failure.reason == "too large: over 4 MB > 1 MB (--max-size), once decompressed"


def test_records_over_the_limit_fail_alone_in_jsonl_and_json(tmp_path):
    big = "x" * 2_000_000
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": big}) + "\n" + json.dumps({"text": "fine"}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([{"text": big}, {"text": "fine too"}]))
    docs, failures = _docs_with([tmp_path], max_size=1_000_000)
    assert [d.raw_text for d in docs] == ["fine", "fine too"]
    assert [(f.source_record, f.reason) for f in failures] == [
        (1, "record 1 too large: 2 MB > 1 MB (--max-size)"), (1, "record 1 too large: 2 MB > 1 MB (--max-size)")]


def test_an_over_long_jsonl_line_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "' + "y" * 5_000_000 + '"}\n{"text": "next"}\n')
    docs, failures = _docs_with([path], max_size=1_000_000)
    assert [d.raw_text for d in docs] == ["next"] and docs[0].source_record == 2
    assert failures[0].reason == "record 1 too large: over 4 MB > 1 MB (--max-size)"


def test_a_large_json_list_is_read_a_record_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr("loaders.readers._JSON_STREAM_CHUNK", 64)  # many refills and long-record re-parses
    records = [{"text": f"article {i} " + "z" * (i * 37 % 300), "url": f"https://x.example/{i}"} for i in range(200)]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(records, indent=1))
    streamed, failures = _docs_with([path], max_size=path.stat().st_size // 8)  # over the whole-file bound
    assert not failures
    assert [(d.raw_text, d.given["url"], d.source_record) for d in streamed] == [
        (r["text"], r["url"], i) for i, r in enumerate(records, 1)]
    path.write_text(json.dumps(records)[:-40])  # cut short
    streamed, failures = _docs_with([path], max_size=path.stat().st_size // 8)
    assert len(streamed) < 200 and failures[-1].reason.startswith("broken JSON in record")


def _docs_with(paths, **options):
    items = list(iter_documents([str(p) for p in paths], **options))
    return [i for i in items if isinstance(i, SourceDocument)], [i for i in items if isinstance(i, FailedInput)]


# -- nothing lost silently ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, text, note",
    [
        (b"\xef\xbb\xbfBOM then \xff bad", "BOM then \ufffd bad", "1 invalid UTF-8 sequence replaced by U+FFFD"),
        ("ok".encode("utf-16-le").join([b"\xff\xfe", b"\x00\xd8"]), "ok\ufffd", "1 invalid UTF-16 sequence"),
        (b"a" * 9000 + b"\x00b", "a" * 9000 + "\ufffdb", "1 NUL character replaced by U+FFFD"),
    ],
    ids=["utf8-bom", "utf16-bom", "late-nul"],
)
def test_what_decoding_cannot_keep_is_noted(data, text, note):
    from loaders.readers import decode_bytes

    decoded, notes = decode_bytes(data)
    assert decoded == text and len(notes) == 1 and notes[0].startswith(note)


def test_json_text_with_nul_and_lone_surrogates_is_cleaned_with_a_warning(tmp_path):
    from loaders.readers import InputWarning

    (tmp_path / "a.json").write_text('{"text": "A\\u0000B\\ud800C", "title": "T\\udfff"}')
    items = list(iter_documents([str(tmp_path)]))
    [doc] = [i for i in items if isinstance(i, SourceDocument)]
    [warning] = [i for i in items if isinstance(i, InputWarning)]
    assert doc.raw_text == "A\ufffdB\ufffdC" and doc.given["title"] == "T\ufffd"
    assert warning.reason == "record 1: 1 NUL character and 1 lone surrogate replaced by U+FFFD"


# -- manifests say what is wrong ------------------------------------------------------------------------------------


def test_manifest_problems_are_warnings(tmp_path):
    from loaders.readers import InputWarning

    (tmp_path / "a.txt").write_text("Text A")
    (tmp_path / "b.txt").write_text("Text B")
    (tmp_path / "manifest.csv").write_text(
        "file,titel,published,colour\n"
        "a.txt,T,not-a-date,red\n"
        "b.txt,,2020-05-01,\n"
        "missing.txt,,,\n"
        "../../etc/passwd,,,\n"
        "/etc/passwd,,,\n"
    )
    items = list(iter_documents([str(tmp_path)]))
    warnings = [i.reason for i in items if isinstance(i, InputWarning)]
    docs = {d.source_path.rsplit("/", 1)[-1]: d.given for d in items if isinstance(d, SourceDocument)}
    assert warnings == [
        "unknown column 'titel' ignored (did you mean 'title'?)",
        "unknown column 'colour' ignored (known: file, url, id, title, published, date_publish, outlet, "
        "source_domain, authors, language)",
        "row 4: file 'missing.txt' does not exist; row ignored",
        "row 5: file '../../etc/passwd' is outside the manifest's folder; refused",
        "row 6: file '/etc/passwd' is outside the manifest's folder; refused",
        "row 2 (a.txt): published 'not-a-date' is not a date; ignored",
    ]
    assert docs == {"a.txt": {}, "b.txt": {"published": "2020-05-01"}}
    assert not [i for i in items if isinstance(i, FailedInput)]


def test_a_manifest_without_a_file_column_says_so(tmp_path):
    from loaders.readers import InputWarning

    (tmp_path / "a.txt").write_text("Text A")
    (tmp_path / "manifest.csv").write_text("filename,title\na.txt,T\n")
    warnings = [i.reason for i in iter_documents([str(tmp_path)]) if isinstance(i, InputWarning)]
    assert warnings == ["unknown column 'filename' ignored (did you mean 'file'?)",
                        "no 'file' column: the manifest applies to no file"]


# -- nothing escapes its folder -------------------------------------------------------------------------------------


def test_symlinks_out_of_the_folder_are_refused_and_loops_walked_once(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Not to be read")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("Inside A")
    (corpus / "link-out.txt").symlink_to(outside / "secret.txt")
    (corpus / "dir-out").symlink_to(outside)
    (corpus / "link-in.txt").symlink_to(corpus / "sub" / "a.txt")
    (corpus / "sub" / "loop").symlink_to(corpus)
    docs, failures = _docs([corpus])
    assert sorted(d.source_path.rsplit("/", 1)[-1] for d in docs) == ["a.txt", "link-in.txt"]
    assert sorted((f.source_path.rsplit("/", 1)[-1], f.reason.split(",")[0]) for f in failures) == [
        ("dir-out", f"refused: a symbolic link to {outside}"),
        ("link-out.txt", f"refused: a symbolic link to {outside / 'secret.txt'}"),
    ]
    assert all("Not to be read" not in d.raw_text for d in docs)
