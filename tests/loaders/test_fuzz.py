"""Property-based tests (Hypothesis) on the readers and on every extraction step, through their public functions.

Properties: no input raises; every offset holds (`body[start:end]` is the mention's surface or the quote's text,
every other span lies inside the body); dates lie in a sane range; decoding never loses text silently (what it
cannot keep, it notes); HTML never carries script or style content, or markup, into the stored text.

CI runs a bounded number of examples per target (NEWSDB_FUZZ_EXAMPLES, default 30); a longer campaign is
`NEWSDB_FUZZ_EXAMPLES=100000 pytest tests/loaders/test_fuzz.py -k TARGET`.
"""
from __future__ import annotations

import json
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import run_steps
from loaders.extract.article import extract_article
from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.readers import FailedInput, InputError, InputWarning, check_given, clean_markup, decode_bytes, iter_documents
from loaders.records import SourceDocument
from loaders.registry import Registry, default_registry_dir, load_registry

EXAMPLES = int(os.environ.get("NEWSDB_FUZZ_EXAMPLES", "30"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
REGISTRIES = [Registry(), load_registry(default_registry_dir())]
EARLIEST_PUBLISHED, LATEST = date(1700, 1, 1), date(date.today().year + 2, 12, 31)
EARLIEST_EVENT = date(1000, 1, 1)

NEWS_TOKENS = [
    "said", "says", "told reporters", "according to", "added", "warned", "denied", "announced", "“", "”", '"', "'",
    "«", "»", "‘", "’", "„", ",", ".", ":", ";", "?", "!", "\n", "\n\n", "(", ")", "—", "-", "Mr.", "Ms.", "Dr.",
    "President", "Prime Minister", "Foreign Minister", "spokesman", "a senior official", "John Smith", "Maria Lopez",
    "Vladimir Putin", "Benjamin Netanyahu", "Anna", "Berg", "he", "she", "they", "it", "the", "a", "of", "in", "on",
    "Monday", "on Monday", "last week", "next month", "March 3, 2021", "3 March 2021", "12/10/2020", "2019",
    "in 1948", "yesterday", "two years ago", "a fortnight ago", "met", "visited", "signed", "an agreement",
    "election", "attack", "talks", "summit", "ceasefire", "Moscow", "Jerusalem", "Israel", "Russia", "the ministry",
    "(AP)", "Reuters", "By", "Published", "Updated", "Advertisement", "www.example.com", "https://x.example/a/2020/05/01/",
    "JERUSALEM —", "0", "99999", "1e9", "\t", " ", "  ", "\u00a0", "é", "ß", "Ж", "א", "ع", "中", "😀", "\u200b",
]
news_text = st.lists(st.one_of(st.sampled_from(NEWS_TOKENS), st.text(max_size=6)), min_size=1, max_size=80).map(
    lambda parts: " ".join(parts))


def _document(text: str, source_format: str, given: dict) -> SourceDocument:
    return SourceDocument("fuzz.txt", source_format, text, given)


given_fields = st.fixed_dictionaries({}, optional={
    "url": st.sampled_from(["https://www.example.com/2021/03/04/story", "not a url", "", "https://x.example/"]),
    "title": news_text,
    "published": st.one_of(st.sampled_from(["2020-05-01", "not-a-date", "2020", "2020-13-45", "0001-01-01",
                                            "9999-12-31", "May 5, 2019", "1e9"]), st.text(max_size=12)),
    "outlet": st.sampled_from(["Haaretz", "Example Times", "example.com", ""]),
    "authors": st.lists(st.text(max_size=12), max_size=3),
})


def _stored_given(given: dict) -> dict:
    """What the readers pass on of given metadata (they drop and warn about unusable dates)."""
    return check_given(given)[0]


def _check_article(article) -> None:
    assert isinstance(article.body, str)
    if article.published_on is not None:
        assert EARLIEST_PUBLISHED <= article.published_on <= LATEST, article.published_on
        assert article.date_precision in ("day", "month", "year")


def _check_people(body: str, people) -> None:
    for person in people:
        assert person.name
        for mention in person.mentions:
            assert 0 <= mention.start <= mention.end <= len(body)
            assert body[mention.start:mention.end] == mention.surface


def _check_quotes(body: str, quotes, people) -> None:
    names = {person.name for person in people}
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
        assert body[quote.start:quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "indirect")
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start <= quote.speaker_end <= len(body)
        if quote.speaker_name:
            assert quote.speaker_name in names
        if quote.speaker_confidence is not None:
            assert 0 <= quote.speaker_confidence <= 1


def _check_events(body: str, events) -> None:
    for event in events:
        assert 0 <= event.start <= event.end <= len(body)
        for day in (event.start_date, event.end_date):
            if day is not None:
                assert EARLIEST_EVENT <= day <= date(2200, 12, 31), day
        if event.start_date and event.end_date:
            assert event.start_date <= event.end_date


# -- decoding -------------------------------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


@FUZZ
@given(st.binary(max_size=400))
def test_decoding_any_bytes_either_fails_with_a_reason_or_notes_what_it_replaced(data):
    try:
        text, notes = decode_bytes(data)
    except InputError as error:
        assert str(error) in ("empty file", "binary file, not text")
        return
    assert "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)
    if not notes:
        assert text.count("\ufffd") <= data.count("\ufffd".encode())  # no replacement without a note


@FUZZ
@given(st.text(min_size=1, max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_text_in_a_declared_or_utf8_encoding_comes_back_whole(text, encoding):
    try:
        decoded, notes = decode_bytes(text.encode(encoding, errors="surrogatepass"))
    except InputError:
        return  # empty or binary-looking (e.g. control characters)
    expected = _normalised(text)
    if notes:  # NULs or surrogates, replaced and said
        assert all(note.endswith("replaced by U+FFFD") for note in notes)
        expected = "".join("\ufffd" if c == "\x00" or "\ud800" <= c <= "\udfff" else c for c in expected)
    assert decoded == expected


# -- readers --------------------------------------------------------------------------------------------------------

file_names = st.sampled_from(["a.txt", "b.html", "c.json", "d.jsonl", "e.txt.gz", "f.json.gz", "g.warc",
                              "manifest.csv", "manifest.jsonl", "sub/h.txt", "sub/manifest.csv", "x.bin"])
json_records = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(
        st.sampled_from(["text", "body", "maintext", "url", "title", "published", "authors", "file", "x"]),
        inner, max_size=4)),
    max_leaves=10)
file_contents = st.one_of(
    st.binary(max_size=300),
    news_text.map(str.encode),
    json_records.map(lambda r: json.dumps(r).encode()),
    st.lists(json_records, max_size=4).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode()),
    st.lists(st.lists(st.text(max_size=10), max_size=4), max_size=4).map(
        lambda rows: "\n".join(",".join(row) for row in [["file", "title", "published", "colour"], *rows]).encode()),
)


@FUZZ
@given(st.dictionaries(file_names, file_contents, max_size=6), st.integers(min_value=10, max_value=2000))
def test_reading_any_folder_never_raises_and_keeps_every_limit(tmp_path_factory, files, max_size):
    import gzip

    folder = tmp_path_factory.mktemp("fuzz")
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    for item in iter_documents([str(folder)], max_size=max_size):
        assert isinstance(item, (SourceDocument, FailedInput, InputWarning))
        if isinstance(item, SourceDocument):
            assert len(item.raw_text.encode("utf-8")) <= max_size
            assert "\x00" not in item.raw_text
            assert item.source_path.startswith(str(folder))
        else:
            assert item.reason and "\n" not in item.reason


# -- extraction steps -----------------------------------------------------------------------------------------------


@FUZZ
@given(news_text, st.sampled_from(["txt", "json"]), given_fields, st.sampled_from(REGISTRIES))
def test_every_extraction_step_keeps_its_offsets_and_dates(text, source_format, given, registry):
    article = extract_article(_document(text, source_format, _stored_given(given)), registry)
    _check_article(article)
    people = extract_people(article, registry)
    _check_people(article.body, people)
    _check_quotes(article.body, extract_quotes(article, people, registry), people)
    _check_events(article.body, extract_events(article, people, registry))


@FUZZ
@given(st.text(max_size=300), st.sampled_from(REGISTRIES))
def test_run_steps_on_any_text(text, registry):
    if not text.strip():
        return
    extracted = run_steps(_document(text, "txt", {}), registry)
    _check_article(extracted.article)
    _check_people(extracted.article.body, extracted.people)
    _check_quotes(extracted.article.body, extracted.quotes, extracted.people)
    _check_events(extracted.article.body, extracted.events)


HOSTILE = ["<script>SCRIPTMARK()</script>", "<style>.SCRIPTMARK{}</style>", "<noscript><img src='SCRIPTMARK.gif'></noscript>",
"<iframe srcdoc='<p>SCRIPTMARK</p>'></iframe>",
           "<img src=x onerror=\"SCRIPTMARK()\">", "<a href=\"javascript:SCRIPTMARK()\">link</a>",
           "<!-- SCRIPTMARK -->", "<svg><script>SCRIPTMARK()</script></svg>", "<![CDATA[SCRIPTMARK]]>",
           "<script type='application/ld+json'>{\"headline\": \"<b>SCRIPTMARK</b>\"}</script>",
           "<object data='SCRIPTMARK'></object>", "<p onclick='SCRIPTMARK()'>"]
html_parts = st.lists(st.one_of(
    st.sampled_from(HOSTILE),
    news_text.map(lambda t: f"<p>{t}</p>"),
    news_text.map(lambda t: f"<h1>{t}</h1>"),
    st.sampled_from(["<div>", "</div>", "<article>", "</article>", "<br>", "<b>", "</b>", "</p>", "<p>"]),
), max_size=25)


@FUZZ
@given(html_parts, st.sampled_from(REGISTRIES))
def test_html_never_carries_scripts_or_markup_into_stored_text(parts, registry):
    page = "<html><head><title>Page</title></head><body>" + "".join(parts) + "</body></html>"
    page = clean_markup(page)[0]  # as the readers pass HTML on
    extracted = run_steps(_document(page, "html", {}), registry)
    article = extracted.article
    _check_article(article)
    _check_people(article.body, extracted.people)
    _check_quotes(article.body, extracted.quotes, extracted.people)
    for value in (article.body, article.title, article.subtitle, article.byline, *article.authors):
        if value:
            assert "SCRIPTMARK" not in value, value
            lowered = value.lower()
            assert not any(tag in lowered for tag in ("<script", "<style", "<iframe", "<img", "onerror=",
                                                      "javascript:", "<svg", "<object")), value


def test_template_content_stays_out_of_the_body():
    """Found by the long fuzz campaign: a browser never shows a <template>, so neither does the stored body."""
    page = ("<html><body><article><p>The council met on Monday and approved the budget, officials said.</p>"
            "<template><p>SCRIPTMARK hidden template text</p></template></article></body></html>")
    assert "SCRIPTMARK" not in run_steps(_document(page, "html", {}), REGISTRIES[0]).article.body
