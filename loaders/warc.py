"""Web archives: every HTML page in a `.warc` or `.warc.gz` file (CC-NEWS, Heritrix, `wget --warc-file`) is an input.

A `response` record whose HTTP status is 2xx and whose content is HTML becomes one `SourceDocument` in the
`html` format: its URL is the record's `WARC-Target-URI` and its `WARC-Date` (the crawl time) is given as
`warc_date`, which the ingest uses as the publication date only when the page itself gives none. Other responses
(images, scripts, redirects, errors, revisits) are skipped and counted in one warning per file, not failed;
request, metadata and warcinfo records are the archive's bookkeeping and are passed over. A record's content is
read up to the size bound (a compressed record cannot expand without limit) and the file is streamed, so a
1 GB archive costs the memory of one page.

warcio reads the archives: it is Webrecorder's maintained pure-Python library, so it installs wherever newsdb
does, it undoes chunked transfer and gzip/deflate content encodings, reads per-record and whole-file gzip, and
it writes WARC files too (the tests make theirs with it). fastwarc parses faster, but parsing is not the cost
here: extraction takes ~1,000 times longer per page than reading its record.
"""
from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from loaders.readers import (RAW_FACTOR, FailedInput, InputError, InputWarning, checked_page, decode_bytes,
                             too_large)
from loaders.records import SourceDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")
BOOKKEEPING = ("request", "metadata", "warcinfo")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                return None
    return None


def _decode(data: bytes, content_type: str) -> tuple[str, list[str]]:
    charset = _charset(content_type)
    if charset and charset not in ("utf-8", "cp1252", "latin-1", "iso8859-1"):
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            pass
        else:
            data = text.encode("utf-8")
    return decode_bytes(data)


def _skip_reason(record) -> str | None:
    """Why a record is not an article (e.g. 'image/jpeg', 'HTTP 404', 'revisit'), or None for an HTML page."""
    if record.rec_type != "response":
        return record.rec_type
    if record.http_headers is None:
        return "non-HTTP response"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP {status or '?'}"
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return content_type or "no content type"
    return None


def read_warc(path: Path, given: dict, max_size: int) -> Iterator[SourceDocument | FailedInput | InputWarning]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped: Counter[str] = Counter()
    limit = RAW_FACTOR * max_size
    number = 0
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_headers is None:
                    raise ValueError("a record without WARC headers")
                if record.rec_type in BOOKKEEPING:
                    continue
                reason = _skip_reason(record)
                if reason is not None:
                    skipped[reason] += 1
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read(limit + 1)
                if len(data) > limit:
                    yield FailedInput(str(path), f"record {number} ({uri}) " + too_large(limit, max_size, over=True),
                                      number)
                    continue
                try:
                    text, notes = _decode(data, record.http_headers.get_header("Content-Type") or "")
                    text = checked_page(text, notes, max_size)
                except InputError as error:
                    yield FailedInput(str(path), f"record {number} ({uri}): {error}", number)
                    continue
                for note in notes:
                    yield InputWarning(str(path), f"record {number}: {note}", number)
                record_given = {**given, "url": uri} if uri else dict(given)
                crawled = record.rec_headers.get_header("WARC-Date")
                if crawled:
                    record_given["warc_date"] = crawled
                yield SourceDocument(str(path), "html", text, record_given, number)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as error:
        # warcio meets garbage with its own errors, or with None where a header block should be
        yield FailedInput(str(path), f"broken WARC after record {number}: {' '.join(str(error).split())[:200]}",
                          number)
    if skipped:
        detail = ", ".join(f"{count} {reason}" for reason, count in skipped.most_common())
        total = sum(skipped.values())
        yield InputWarning(str(path), f"skipped {total} record{'s' * (total != 1)} that are not HTML pages "
                                      f"({detail})", skipped=total)
