"""Canned queries: header parsing, parameter binding and errors, backend variants, and every shipped query run
on the seeded databases: same columns everywhere, counts consistent with the base tables, both backends agree."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select, text

from db.models import Article, Quote
from db.queries import BIND_PARAM, CannedQuery, Param, QueryError, load_queries, parse_query
from tests.db.seeded import BACKENDS, seeded_engine

QUERIES = load_queries()
REQUIRED = {
    "quotes_by_person", "outlet_top_speakers", "unnamed_sources_by_outlet", "event_timeline", "co_mentioned_people",
    "articles_by_outlet_year", "full_text_search", "article_in_full", "event_across_outlets", "people_roles_over_time",
    "least_certain_speakers",
}


@pytest.fixture(scope="session", params=BACKENDS)
def seeded(request):
    return seeded_engine(request.param, request)


@pytest.fixture(scope="session")
def both(request):
    return {backend: seeded_engine(backend, request) for backend in BACKENDS}


def sample_values(engine) -> dict[str, str]:
    """Values for the required parameters, taken from the data so the tests do not depend on extraction details."""
    with engine.connect() as connection:
        speaker = connection.execute(text(
            "SELECT p.name FROM people p JOIN quotes q ON q.speaker_id = p.id GROUP BY p.name ORDER BY COUNT(*) DESC, p.name"
        )).scalar()
        article_id = connection.execute(select(func.min(Article.id))).scalar()
        body = connection.execute(select(Article.body).where(Article.id == article_id)).scalar()
    word = next(w for w in re.findall(r"[a-z]{7,}", body))  # long lower-case words are no stop words anywhere
    return {"person": (speaker or "x").split()[-1], "article_id": str(article_id), "words": word}


def bound(query: CannedQuery, samples: dict[str, str], **overrides) -> dict[str, object]:
    values = {p.name: samples[p.name] for p in query.params if p.default is None}
    return query.bind({**values, **overrides})


def normalise(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (float, Decimal)):
        return round(float(value), 3)
    return value


# -- parsing and binding ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, expected",
    [
        ("-- param who (text): a name", Param("who", "text", None, "a name")),
        ("-- param n (int, default 20): how many", Param("n", "int", "20", "how many")),
        ("-- param since (date, default 2001-02-03): from", Param("since", "date", "2001-02-03", "from")),
        ("-- param kind (text, default ''): empty for all", Param("kind", "text", "", "empty for all")),
        ("-- param quoted (text, default 'it''s'): a quote mark", Param("quoted", "text", "it's", "a quote mark")),
        ("-- param plain: no type given", Param("plain", "text", None, "no type given")),
        ("-- param most (real, default 0.5): at most", Param("most", "real", "0.5", "at most")),
    ],
)
def test_param_lines(line, expected):
    query = parse_query("q", f"-- title: T\n{line}\nSELECT 1")
    assert query.params == (expected,)


def test_header_stops_at_the_first_sql_line():
    query = parse_query("q", "-- title: Title\n-- description: Says what.\nSELECT 1\n-- param late (int): ignored\n")
    assert (query.title, query.description, query.params) == ("Title", "Says what.", ())


def test_unknown_param_type_is_an_error():
    with pytest.raises(QueryError, match="unknown type"):
        parse_query("q", "-- param x (float): no\nSELECT :x")


QUERY = parse_query(
    "q",
    "-- param who (text): a name\n-- param n (int, default 5): how many\n-- param since (date, default 2000-01-01): d\n"
    "SELECT :who, :n, :since",
)


@pytest.mark.parametrize(
    "values, expected",
    [
        ({"who": "Ann"}, {"who": "Ann", "n": 5, "since": "2000-01-01"}),
        ({"who": "x' OR 1=1 --", "n": "7", "since": "2010-12-31"}, {"who": "x' OR 1=1 --", "n": 7, "since": "2010-12-31"}),
    ],
)
def test_bind_converts_and_applies_defaults(values, expected):
    assert QUERY.bind(values) == expected


@pytest.mark.parametrize(
    "values, message",
    [
        ({}, "needs -p who"),
        ({"who": "a", "n": "many"}, "whole number"),
        ({"who": "a", "since": "31/12/2010"}, "date YYYY-MM-DD"),
        ({"who": "a", "nope": "1"}, "unknown parameter 'nope'"),
    ],
)
def test_bind_errors_are_clear(values, message):
    with pytest.raises(QueryError, match=message):
        QUERY.bind(values)


def test_backend_variants_are_attached_and_chosen(tmp_path):
    (tmp_path / "hits.sql").write_text("-- title: Hits\n-- param w (text): word\nSELECT 'portable' AS v, :w AS w\n")
    (tmp_path / "hits.sqlite.sql").write_text("-- for SQLite; :w here is only a comment\nSELECT 'sqlite' AS v, :w AS w\n")
    queries = load_queries(tmp_path)
    assert list(queries) == ["hits"]
    hits = queries["hits"]
    assert "'sqlite'" in hits.executable_sql("sqlite") and ":w here" not in hits.executable_sql("sqlite")
    assert "'portable'" in hits.executable_sql("postgresql") and "'portable'" in hits.executable_sql()


@pytest.mark.parametrize(
    "files, message",
    [
        ({"lonely.sqlite.sql": "SELECT 1"}, "needs the portable lonely.sql"),
        ({"x.sql": "SELECT 1", "x.oracle.sql": "SELECT 1"}, "unknown backend 'oracle'"),
    ],
)
def test_bad_query_folders_are_reported(tmp_path, files, message):
    for name, sql in files.items():
        (tmp_path / name).write_text(sql)
    with pytest.raises(QueryError, match=message):
        load_queries(tmp_path)


# -- the shipped queries ----------------------------------------------------------------------------------------

def test_the_issue_queries_exist():
    assert REQUIRED <= set(QUERIES) and len(QUERIES) >= 10


@pytest.mark.parametrize("query", QUERIES.values(), ids=list(QUERIES))
def test_headers_and_parameters_match_the_sql(query):
    assert query.title != query.name and query.description
    declared = {param.name for param in query.params}
    for dialect in (None, *query.variants):
        sql = query.executable_sql(dialect)
        assert set(BIND_PARAM.findall(sql)) == declared, dialect
        assert "--" not in sql and ";" not in sql, "one statement, no trailing comments that could hide SQL"


def test_parameters_are_bound_never_pasted(seeded):
    query = QUERIES["quotes_by_person"]
    seen = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(seeded, "before_cursor_execute", capture)
    try:
        query.run(seeded, query.bind({"person": "zq'x"}))
    finally:
        event.remove(seeded, "before_cursor_execute", capture)
    statement, parameters = seen[-1]
    assert "zq'x" not in statement
    assert "zq'x" in (parameters.values() if isinstance(parameters, dict) else parameters)


@pytest.mark.parametrize("name", list(QUERIES))
def test_every_query_runs_with_the_same_columns_as_its_portable_sql(seeded, name):
    query = QUERIES[name]
    values = bound(query, sample_values(seeded))
    columns, rows = query.run(seeded, values)
    with seeded.connect() as connection:
        portable = connection.execute(text(query.executable_sql()), values)
        assert list(portable.keys()) == columns
    assert len(set(columns)) == len(columns)


def test_counts_agree_with_the_base_tables(seeded):
    samples = sample_values(seeded)
    with seeded.connect() as connection:
        articles = connection.execute(select(func.count()).select_from(Article)).scalar()
        quotes = connection.execute(select(func.count()).select_from(Quote)).scalar()
        named = connection.execute(select(func.count()).where(Quote.speaker_id.is_not(None))).scalar()
        in_first = connection.execute(
            select(func.count()).where(Quote.article_id == int(samples["article_id"]))
        ).scalar()
        first_body = connection.execute(select(Article.body).where(Article.id == int(samples["article_id"]))).scalar()

    def run(name, **values):
        query = QUERIES[name]
        columns, rows = query.run(seeded, bound(query, samples, **values))
        return [dict(zip(columns, row)) for row in rows]

    coverage = run("articles_by_outlet_year")
    assert sum(row["articles"] for row in coverage) == articles
    assert sum(row["quotes"] for row in coverage) == quotes
    assert sum(row["quotes"] for row in run("most_quoted_people", limit="100000")) == named
    assert sum(row["quotes"] for row in run("outlet_top_speakers", per_outlet="100000")) == named
    assert sum(row["quotes"] for row in run("unnamed_sources_by_outlet")) == quotes - named
    parts = Counter(row["part"] for row in run("article_in_full"))
    assert parts["quote"] == in_first and parts["body"] == 1
    assert [row["content"] for row in run("article_in_full") if row["part"] == "body"] == [first_body]
    assert run("quotes_by_person", person="no such person at all") == []


def test_injection_is_just_a_value(seeded):
    query = QUERIES["quotes_by_person"]
    assert query.run(seeded, query.bind({"person": "x' OR 1=1; DROP TABLE articles; --"}))[1] == []
    with seeded.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Article)).scalar() > 0


@pytest.mark.parametrize("name", sorted(set(QUERIES) - {"full_text_search"}))
def test_both_backends_return_the_same_rows(both, name):
    query = QUERIES[name]
    results = {}
    for backend, engine in both.items():
        columns, rows = query.run(engine, bound(query, sample_values(engine)))
        results[backend] = (columns, sorted((tuple(normalise(v) for v in row) for row in rows), key=repr))
    assert results["sqlite"] == results["postgresql"]


def test_full_text_search_finds_the_same_documents_on_both_backends(both):
    query = QUERIES["full_text_search"]
    found = {}
    for backend, engine in both.items():
        columns, rows = query.run(engine, bound(query, sample_values(engine), limit="1000"))
        hits = [dict(zip(columns, row)) for row in rows]
        assert hits and all("[" in hit["snippet"] for hit in hits)  # the matched words are marked
        assert [hit["rank"] for hit in hits] == sorted((hit["rank"] for hit in hits), reverse=True)
        found[backend] = sorted((hit["source"], hit["article_id"], hit["quote_id"] or 0) for hit in hits)
    assert found["sqlite"] == found["postgresql"]


def test_least_certain_speakers_come_first_and_filter_by_confidence(engine):
    """Quotes with a speaker, least certain first; `max_confidence` keeps those at most that sure; unattributed
    quotes are left out and quotes without a confidence come last."""
    from loaders.records import ArticleRecord, ExtractedArticle, PersonRecord, QuoteRecord
    from loaders.store import Store

    body = "Ann Bell said it. The ministry said so. He said that. Someone said this. Nobody knows."
    quotes = [
        QuoteRecord("it", "direct", 14, 16, speaker_name="Ann Bell", speaker_reference="name", speaker_confidence=0.95),
        QuoteRecord("so", "direct", 35, 37, speaker_label="the ministry", speaker_reference="label",
                    speaker_confidence=0.7),
        QuoteRecord("that", "direct", 47, 51, speaker_name="Ann Bell", speaker_reference="pronoun",
                    speaker_confidence=0.4),
        QuoteRecord("this", "direct", 66, 70, speaker_label="someone"),
        QuoteRecord("knows", "direct", 79, 84),
    ]
    article = ArticleRecord("a.txt", "txt", body, body, title="T")
    people = [PersonRecord("Ann Bell")]
    Store(engine, "v1").write_batch([("h", ExtractedArticle(article, people, quotes))], None)
    query = QUERIES["least_certain_speakers"]
    columns, rows = query.run(engine, query.bind({}))
    found = [dict(zip(columns, row)) for row in rows]
    assert [(row["quote"], row["speaker"], row["speaker_reference"]) for row in found] == [
        ("that", "Ann Bell", "pronoun"), ("so", "the ministry", "label"), ("it", "Ann Bell", "name"),
        ("this", "someone", None)]
    assert found[0]["title"] == "T" and (found[0]["start_char"], found[0]["end_char"]) == (47, 51)
    columns, rows = query.run(engine, query.bind({"max_confidence": "0.7", "limit": "1"}))
    assert [dict(zip(columns, row))["quote"] for row in rows] == ["that"]
    columns, rows = query.run(engine, query.bind({"max_confidence": "0.5"}))
    assert [dict(zip(columns, row))["quote"] for row in rows] == ["that", "this"]
