"""The command line's side of the web view and of the canned queries: parameters shown, serve's one-line refusals."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from db.queries import load_queries
from newsdb.cli import cli

QUERIES = load_queries()


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_queries_lists_one_line_each_with_parameters_types_and_defaults():
    lines = run("queries").output.splitlines()
    assert len(lines) == len(QUERIES)
    for line, (name, query) in zip(lines, QUERIES.items()):
        assert line.startswith(name + " ") and query.description in line
        for param in query.params:
            assert param.signature() in line
    assert "limit (int, default 20)" in next(line for line in lines if line.startswith("most_quoted_people "))
    assert "person (text, required)" in next(line for line in lines if line.startswith("quotes_by_person "))


def test_queries_as_json_lists_parameters_as_data():
    data = json.loads(run("queries", "--format", "json").output)
    params = {row["name"]: row["parameters"] for row in data}
    assert params["event_timeline"][0] == {"name": "from_date", "type": "date", "default": "0001-01-01",
                                           "description": "earliest event date, YYYY-MM-DD"}
    assert params["quotes_by_person"][0]["default"] is None


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_help_shows_that_querys_parameters(name):
    output = run("query", name, "--help").output
    query = QUERIES[name]
    assert query.title in output
    for param in query.params:
        assert param.name in output and param.kind in output
        assert ("required" if param.required else f"default {param.default_text()}") in output


def test_query_help_without_a_name_lists_the_queries():
    output = run("query", "--help").output
    assert all(name in output for name in QUERIES)


def test_serve_refuses_postgresql_in_one_line():
    result = CliRunner().invoke(cli, ["--db", "postgresql+psycopg://u@127.0.0.1:1/x", "serve"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "SQLite" in result.output and "docs/bi.md" in result.output


def test_serve_without_datasette_says_how_to_install_it(sqlite_url, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "datasette" else real(name, *a))
    run("--db", sqlite_url, "db", "upgrade")
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "serve"])
    assert result.exit_code == 1 and 'pip install "newsdb[web]"' in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_serve_without_a_database_file_says_to_ingest(tmp_path):
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 'none.sqlite3'}", "serve"])
    assert result.exit_code == 1 and "newsdb ingest" in result.output
    assert not (tmp_path / "none.sqlite3").exists()
