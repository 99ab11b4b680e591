"""`newsdb serve` over HTTP: canned queries, search, the article page and the charts answer with the right rows."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlencode

import pytest
from sqlalchemy import text

from db.queries import load_queries
from newsdb.web import charts
from tests.db.test_queries import normalise, sample_values

QUERIES = load_queries()


def rows_of(engine, sql: str, **params) -> list[dict]:
    with engine.connect() as connection:
        result = connection.execute(text(sql), params)
        return [dict(row._mapping) for row in result]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_each_canned_query_page_gives_the_command_lines_rows(server, name):
    """Only required parameters are sent: Datasette binds the others as '', and the defaults must still hold."""
    query = QUERIES[name]
    samples = sample_values(server.engine)
    required = {p.name: samples[p.name] for p in query.params if p.required}
    columns, expected = query.run(server.engine, query.bind(required))
    got = server.json(f"/{server.database}/{name}.json?" + urlencode({**required, "_shape": "array"}))
    assert [[normalise(row[c]) for c in columns] for row in got] == \
        [[normalise(v) for v in row] for row in expected]
    status, _, page = server.get(f"/{server.database}/{name}?" + urlencode(required))
    assert status == 200 and unescape(query.title) in unescape(page)


def test_a_default_can_be_overridden_in_the_form(server):
    got = server.json(f"/{server.database}/most_quoted_people.json?limit=2&_shape=array")
    assert len(got) == 2
    everyone = server.json(f"/{server.database}/most_quoted_people.json?limit=&_shape=array")
    assert len(everyone) == min(20, len(rows_of(server.engine, "SELECT DISTINCT speaker_id FROM quotes WHERE speaker_id IS NOT NULL")))


@pytest.mark.parametrize("table, fts, pk", [("articles", "fts_articles", "id"), ("quotes", "fts_quotes", "id"),
                                            ("v_quote_facts", "fts_quotes", "quote_id")])
def test_search_uses_the_full_text_index(server, table, fts, pk):
    word = "terror"
    expected = {r["rowid"] for r in rows_of(server.engine, f"SELECT rowid FROM {fts} WHERE {fts} MATCH :w", w=word)}
    assert expected, "the seeds mention terror"
    got = server.json(f"/{server.database}/{table}.json?_search={word}&_shape=array&_size=max")
    assert {row[pk] for row in got} == expected


def test_tables_carry_descriptions_facets_and_labels(server):
    status, _, page = server.get(f"/{server.database}/quotes?_facet=kind")
    assert status == 200
    assert "Quotations and reported speech, with who said them." in unescape(page)
    data = server.json(f"/{server.database}/v_quote_facts.json?_facet=outlet_name&_facet=published_year")
    assert set(data["facet_results"]) >= {"outlet_name", "published_year"}
    # Foreign keys show the row's label (the person's name), not only the id.
    labelled = server.json(f"/{server.database}/quotes.json?_labels=on&_shape=array&speaker_id__notblank=1&_size=1")
    assert isinstance(labelled[0]["speaker_id"], dict) and labelled[0]["speaker_id"]["label"]


def _article_with_most_quotes(engine) -> int:
    return rows_of(engine, "SELECT article_id FROM quotes GROUP BY article_id ORDER BY COUNT(*) DESC, article_id")[0][
        "article_id"]


def test_article_page_highlights_every_quote_with_its_speaker(server):
    article_id = _article_with_most_quotes(server.engine)
    quotes = rows_of(server.engine, """
        SELECT q.id, q.kind, q.cue, COALESCE(p.name, q.speaker_label, '(unattributed)') AS speaker
        FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id WHERE q.article_id = :a""", a=article_id)
    status, content_type, page = server.get(f"/-/newsdb/article/{article_id}")
    assert status == 200 and content_type.startswith("text/html")
    for quote in quotes:
        assert f'id="quote-{quote["id"]}"' in page
        assert re.search(rf'<mark class="quote kind-{quote["kind"]}" data-quote-id="{quote["id"]}"', page)
        badge = re.search(rf'<span class="attribution[^"]*" data-quote-id="{quote["id"]}"[^>]*>(.*?)</span></span>', page)
        assert badge and quote["speaker"] in unescape(badge.group(1))
    people = rows_of(server.engine, "SELECT DISTINCT person_id FROM mentions WHERE article_id = :a", a=article_id)
    for person in people:
        assert f'href="/{server.database}/people/{person["person_id"]}"' in page
    assert server.get("/-/newsdb/article/999999")[0] == 404


def test_quote_rows_link_to_their_place_in_the_article(server):
    quote = rows_of(server.engine, "SELECT id, article_id FROM quotes ORDER BY id")[0]
    _, _, page = server.get(f"/{server.database}/quotes/{quote['id']}")
    assert f'href="/-/newsdb/article/{quote["article_id"]}#quote-{quote["id"]}"' in page
    _, _, table = server.get(f"/{server.database}/v_quote_facts?quote_id={quote['id']}")
    assert f'/-/newsdb/article/{quote["article_id"]}#quote-{quote["id"]}' in table
    _, _, articles = server.get(f"/{server.database}/articles")
    assert f'href="/-/newsdb/article/{quote["article_id"]}"' in articles


def test_charts_draw_the_rows_of_their_queries(server):
    status, _, page = server.get("/-/newsdb/charts")
    assert status == 200 and "<svg" in page and "https://" not in page.split("<footer")[0].replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    per_month = rows_of(server.engine, charts.ARTICLES_PER_OUTLET_MONTH_SQL)
    drawn = re.findall(r'data-month="([^"]+)" data-outlet="([^"]+)" data-count="(\d+)"', page)
    assert sorted((m, unescape(o), int(c)) for m, o, c in drawn) == \
        sorted((r["month"], r["outlet"], r["articles"]) for r in per_month)
    unnamed = rows_of(server.engine, charts.UNNAMED_SHARE_PER_OUTLET_SQL)
    shares = dict(re.findall(r'class="share" data-outlet="([^"]+)" data-share="([\d.]+)"', page))
    assert {unescape(k): float(v) for k, v in shares.items()} == {
        r["outlet"]: round(100.0 * (r["labelled"] + r["unattributed"]) / r["quotes"], 1) for r in unnamed}
    status, content_type, svg = server.get("/-/newsdb/charts/quotes_per_speaker_year.svg?speakers=3")
    assert status == 200 and content_type.startswith("image/svg+xml")
    assert len(set(re.findall(r'data-speaker-id="(\d+)"', svg))) == 3
