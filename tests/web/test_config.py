"""The generated Datasette configuration: served queries keep their defaults, descriptions come from the models."""
from __future__ import annotations

import sqlite3

import pytest

from db.docs import descriptions
from db.queries import Param, load_queries, parse_query
from newsdb.web.config import metadata, split_for_datasette_1

QUERIES = load_queries()


@pytest.mark.parametrize("param, expression", [
    (Param("limit", "int", "20"), "CAST(COALESCE(NULLIF(:limit, ''), 20) AS INTEGER)"),
    (Param("article_id", "int"), "CAST(:article_id AS INTEGER)"),
    (Param("most", "real", "1"), "CAST(COALESCE(NULLIF(:most, ''), 1.0) AS REAL)"),
    (Param("to_date", "date", "9999-12-31"), "COALESCE(NULLIF(:to_date, ''), '9999-12-31')"),
    (Param("event", "text", ""), ":event"),
    (Param("who", "text", "O'Brien"), "COALESCE(NULLIF(:who, ''), 'O''Brien')"),
    (Param("person", "text"), ":person"),
])
def test_served_expression(param, expression):
    assert param.served_expression() == expression


def test_served_sql_binds_missing_and_textual_values_like_the_defaults():
    """What Datasette sends ('' for a missing value, text for a number) gives the rows the defaults give."""
    query = parse_query("q", "\n".join([
        "-- title: t",
        "-- param at_least (int, default 2): n",
        "-- param limit (int, default 3): n",
        "SELECT n FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) AS t",
        "WHERE n >= :at_least ORDER BY n LIMIT :limit",
    ]))
    connection = sqlite3.connect(":memory:")
    served = query.served_sql("sqlite")

    def run(**values):
        return [row[0] for row in connection.execute(served, values)]

    assert run(at_least="", limit="") == [2, 3, 4]
    assert run(at_least="4", limit="") == [4, 5]  # '4' compared as a number, not as text
    assert run(at_least="1", limit="1") == [1]
    with pytest.raises(sqlite3.Error):  # the portable SQL, as Datasette would bind it, fails
        connection.execute(query.executable_sql("sqlite"), {"at_least": "", "limit": ""}).fetchall()


def test_every_query_is_served_with_title_description_and_params():
    meta = metadata("news")
    served = meta["databases"]["news"]["queries"]
    assert set(served) == set(QUERIES)
    for name, query in QUERIES.items():
        config = served[name]
        assert config["title"] == query.title
        assert config["params"] == [p.name for p in query.params]
        for param in query.params:
            assert f"<code>{param.name}</code>" in config["description_html"]
        assert "--" not in config["sql"]  # header comments stay out of the served copy


def test_tables_and_views_are_described_from_the_models():
    tables = metadata("news")["databases"]["news"]["tables"]
    for name, (description, columns) in descriptions().items():
        assert tables[name]["description"] == description and tables[name]["columns"] == columns
    assert tables["quotes"]["columns"]["cue"].startswith("The speech verb")
    assert tables["v_quote_facts"]["fts_table"] == "fts_quotes" and tables["v_quote_facts"]["fts_pk"] == "quote_id"
    assert tables["articles"]["fts_table"] == "fts_articles"
    assert {"outlet_name", "published_year", "kind", "speaker"} <= set(tables["v_quote_facts"]["facets"])
    assert tables["fts_articles"] == {"hidden": True}


def test_datasette_1_split_moves_queries_and_browsing_to_the_config():
    meta_1, config_1 = split_for_datasette_1(metadata("news"))
    assert "queries" not in meta_1["databases"]["news"] and set(config_1["databases"]["news"]["queries"]) == set(QUERIES)
    assert "facets" not in meta_1["databases"]["news"]["tables"]["quotes"]
    assert config_1["databases"]["news"]["tables"]["quotes"]["facets"]
    assert meta_1["databases"]["news"]["tables"]["quotes"]["description"]
