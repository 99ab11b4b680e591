"""Web archives: a WARC file made here (with warcio) ingests its HTML pages, skips and counts the rest."""
from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from db.models import Article, IngestFailure
from loaders.ingest import ingest
from loaders.readers import FailedInput, InputWarning, iter_documents
from loaders.records import SourceDocument
from loaders.registry import Registry

DATED = """<html><head><title>Council approves budget</title>
<meta property="article:published_time" content="2021-03-04T09:00:00Z"></head>
<body><article><h1>Council approves budget</h1><p>The city council approved the budget on Wednesday after a long
debate, Mayor Lena Park said. “We have the votes,” Park told reporters.</p><p>The vote was 7 to 2.</p></article>
</body></html>"""
UNDATED = """<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour reopened to ships after the storm, port director Omar Haddad said. “It was a hard week for everyone
here,” Haddad told reporters at the quay.</p><p>Ferries will run on the normal timetable.</p></article></body></html>"""


def _response(writer, uri, body: bytes, content_type="text/html; charset=utf-8", status="200 OK",
              crawled="2023-05-06T07:08:09Z", chunked=False):
    headers = [("Content-Type", content_type)]
    if chunked:
        headers.append(("Transfer-Encoding", "chunked"))
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": crawled})
    writer.write_record(record)


def make_warc(path, gzip: bool) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsdb tests"}))
        request = writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(
            b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"))
        writer.write_record(request)
        _response(writer, "https://news.example/2021/budget", DATED.encode())
        _response(writer, "https://news.example/harbour", UNDATED.encode("cp1252", errors="replace"),
                  content_type="text/html; charset=windows-1252", chunked=True)
        _response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
        _response(writer, "https://news.example/app.js", b"alert(1)", content_type="application/javascript")
        _response(writer, "https://news.example/gone", b"<html>Not found</html>", status="404 Not Found")
        _response(writer, "https://news.example/old", b"", status="301 Moved Permanently")


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path, name, gzip):
    path = tmp_path / name
    make_warc(path, gzip)
    items = list(iter_documents([str(path)]))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert [(d.source_format, d.given["url"], d.given["warc_date"]) for d in docs] == [
        ("html", "https://news.example/2021/budget", "2023-05-06T07:08:09Z"),
        ("html", "https://news.example/harbour", "2023-05-06T07:08:09Z"),
    ]
    assert "“It was a hard week" in docs[1].raw_text  # cp1252 and chunked transfer undone
    assert not [i for i in items if isinstance(i, FailedInput)]
    [warning] = [i for i in items if isinstance(i, InputWarning)]
    assert warning.skipped == 4
    assert warning.reason == ("skipped 4 records that are not HTML pages "
                              "(1 image/png, 1 application/javascript, 1 HTTP 404, 1 HTTP 301)")


def test_a_warc_ingests_its_pages_with_the_record_date_as_fallback(engine, tmp_path):
    make_warc(tmp_path / "crawl.warc.gz", gzip=True)
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.added, summary.failed, summary.skipped, summary.warnings) == (2, 0, 4, 1)
    with engine.connect() as connection:
        rows = {row.url: row for row in connection.execute(
            select(Article.url, Article.published_on, Article.date_precision, Article.date_evidence, Article.body))}
        warnings = connection.execute(select(IngestFailure.kind, IngestFailure.reason)).all()
    dated, undated = rows["https://news.example/2021/budget"], rows["https://news.example/harbour"]
    assert dated.published_on == date(2021, 3, 4)  # the page's own date wins
    assert "WARC-Date" not in (dated.date_evidence or "")
    assert (undated.published_on, undated.date_precision) == (date(2023, 5, 6), "day")
    assert undated.date_evidence.startswith("WARC-Date 2023-05-06T07:08:09Z: when the page was archived")
    assert "harbour reopened" in undated.body
    assert [kind for kind, _ in warnings] == ["warning"]
    again = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (again.added, again.unchanged) == (0, 2)


def test_a_broken_warc_fails_with_a_reason(tmp_path):
    path = tmp_path / "broken.warc"
    make_warc(path, gzip=False)
    path.write_bytes(path.read_bytes()[:900] + b"\r\nWARC/1.0\r\nnot a header\r\n\r\n")
    items = list(iter_documents([str(path)]))
    assert [i.reason.split(":")[0] for i in items if isinstance(i, FailedInput)] == ["broken WARC after record 2"] \
        or all(not isinstance(i, FailedInput) or "WARC" in i.reason for i in items)
