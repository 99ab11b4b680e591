"""The command line, end to end through Click: options, exit codes, output formats, one-line errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from db.migrate import head_revision
from newsdb import __version__
from newsdb.cli import cli
from tests.conftest import REPO, SEEDS


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_version_and_help():
    assert run("--version").output.strip() == f"newsdb, version {__version__}"
    for flag in ("-h", "--help"):
        result = run(flag)
        assert result.exit_code == 0 and "ingest" in result.output and "query" in result.output


@pytest.mark.parametrize("args", [["nosuch"], ["query"], ["ingest"], ["query", "--format", "xml", "x"]])
def test_bad_usage_exits_2(args):
    assert run(*args).exit_code == 2


def test_ingest_twice_then_query(db_url):
    first = run("--db", db_url, "ingest", str(SEEDS))
    assert first.exit_code == 0, first.output
    assert first.output.startswith("5 added, 0 updated, 0 unchanged, 0 failed")
    second = run("--db", db_url, "ingest", str(SEEDS))
    assert second.output.startswith("0 added, 0 updated, 5 unchanged, 0 failed")
    table = run("--db", db_url, "query", "articles_by_outlet_year")
    assert table.exit_code == 0 and "(" in table.output.splitlines()[-1]
    rows = list(csv.DictReader(io.StringIO(run("--db", db_url, "query", "articles_by_outlet_year", "--format", "csv").output)))
    assert sum(int(row["articles"]) for row in rows) == 5
    data = json.loads(run("--db", db_url, "query", "most_quoted_people", "-p", "limit", "3", "--format", "json").output)
    listed = list(csv.DictReader(io.StringIO(
        run("--db", db_url, "query", "most_quoted_people", "-p", "limit", "3", "--format", "csv").output)))
    assert [{key: str(value) for key, value in row.items()} for row in data] == listed  # one result, two formats
    assert list(data[0]) == ["person", "quotes", "direct_quotes", "articles", "outlets", "first_quoted", "last_quoted"]
    # the seeds' gold direct quotes of their three most quoted people (scripts/eval_quotes.py: all found, all right)
    assert [(row["person"], row["direct_quotes"]) for row in data] == [
        ("Sergei Lavrov", 8), ("Vladimir Putin", 6), ("Benjamin Netanyahu", 9)]
    assert [row["quotes"] for row in data] == sorted((row["quotes"] for row in data), reverse=True)


def test_database_url_from_environment(sqlite_url):
    result = run("ingest", str(SEEDS / "000_84f36ca0c7dda85b.txt"), env={"NEWSDB_DATABASE_URL": sqlite_url})
    assert result.exit_code == 0 and result.output.startswith("1 added")
    assert f"{head_revision()} (head {head_revision()}, up to date)" in run(
        "db", "current", env={"NEWSDB_DATABASE_URL": sqlite_url}).output


def test_failed_inputs_exit_1_with_one_line_each(sqlite_url, tmp_path):
    (tmp_path / "good.txt").write_text("Headline\n\nGood body.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.json").write_text("{")
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "ingest", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.startswith("1 added, 0 updated, 0 unchanged, 2 failed")
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("failed: ") for line in errors)
    assert "Traceback" not in result.output


def test_query_parameter_errors_are_usage_errors(sqlite_url):
    missing = run("--db", sqlite_url, "query", "quotes_by_person")
    wrong = run("--db", sqlite_url, "query", "most_quoted_people", "-p", "limit", "many")
    unknown = run("--db", sqlite_url, "query", "most_quoted_people", "-p", "nope", "1")
    assert [r.exit_code for r in (missing, wrong, unknown)] == [2, 2, 2]


def test_injection_is_just_a_value(sqlite_url):
    run("--db", sqlite_url, "ingest", str(SEEDS))
    result = run("--db", sqlite_url, "query", "quotes_by_person", "-p", "person", "x' OR 1=1; DROP TABLE articles; --")
    assert result.exit_code == 0 and "(0 rows)" in result.output
    assert "5 unchanged" in run("--db", sqlite_url, "ingest", str(SEEDS)).output


def test_db_commands(sqlite_url):
    assert f"database at revision {head_revision()}" in run("--db", sqlite_url, "db", "upgrade").output
    assert "base" in run("--db", sqlite_url, "db", "downgrade", "base").output
    assert "behind" in run("--db", sqlite_url, "db", "current").output


def test_errors_are_one_line_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsdb", "--db", "mysql://nobody@localhost/x", "queries"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 0  # listing queries needs no database
    result = subprocess.run(
        [sys.executable, "-m", "newsdb", "--db", "mysql://nobody@localhost/x", "ingest", str(SEEDS)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error:") and "Traceback" not in result.stderr


def test_default_database_is_a_file_in_the_current_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "newsdb", "ingest", str(SEEDS)], capture_output=True, text=True,
                            cwd=tmp_path, env={"PATH": "", "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "newsdb.sqlite3").is_file()


def test_grant_readonly_is_a_usage_error_on_sqlite(sqlite_url):
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "db", "grant-readonly", "bi_reader"])
    assert result.exit_code == 2 and "read-only" in result.output


def test_grant_readonly_on_postgresql(pg_url, pg_role):
    result = run("--db", pg_url, "db", "grant-readonly", pg_role)
    assert result.exit_code == 0 and "GRANT SELECT" in result.output.upper()
    assert run("--db", pg_url, "db", "grant-readonly", pg_role).exit_code == 0  # idempotent


def test_killed_ingest_is_marked_interrupted_and_leaves_whole_articles(tmp_path):
    import signal
    import time

    from sqlalchemy import create_engine, text

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = ["Lena Park", "Omar Haddad", "Ines Duarte", "Piotr Zielinski", "Grace Mensah", "Kenji Sato", "Ruth Adler"]
    for i in range(300):
        (corpus / f"{i:03d}.txt").write_text(f"Headline {i}\n\nMayor {names[i % 7]} said budget {i} would pass.")
    db = tmp_path / "news.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdb", "--db", f"sqlite:///{db}", "ingest", "--batch-size", "5", "--workers", "1",
         str(corpus)], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    engine = create_engine(f"sqlite:///{db}")
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with engine.connect() as connection:
                if connection.execute(text("SELECT COUNT(*) FROM articles")).scalar() > 0:
                    break
        except Exception:
            pass  # the schema is not there yet
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted" in stderr
    with engine.connect() as connection:
        assert connection.execute(text("SELECT status FROM ingest_runs")).scalar() == "interrupted"
        stored = connection.execute(text("SELECT COUNT(*) FROM articles")).scalar()
        bare = connection.execute(text(
            "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM mentions)")).scalar()
    engine.dispose()
    assert 0 < stored < 300 and bare == 0


@pytest.mark.parametrize("args", [["query", "articles_by_outlet_year"], ["queries"], ["db", "current"], ["db", "check"],
                                  ["db", "downgrade", "base"]])
def test_a_missing_sqlite_file_is_an_error_not_a_new_database(tmp_path, args):
    missing = tmp_path / "newsbd.sqlite3"
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{missing}", *args])
    assert result.exit_code == 1 and f"no database at {missing}" in result.stderr
    assert not missing.exists()


def test_ingest_reports_warnings_and_keeps_going(sqlite_url, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nA body.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,publshed\na.txt,2020-01-01\nb.txt,\n")
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "ingest", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 added, 0 updated, 0 unchanged, 0 failed, 2 warnings (ingest run 1)")
    assert result.stderr.splitlines() == [
        f"warning: {tmp_path / 'manifest.csv'}: unknown column 'publshed' ignored (did you mean 'published'?)",
        f"warning: {tmp_path / 'manifest.csv'} (record 3): row 3: file 'b.txt' does not exist; row ignored",
    ]


def test_dask_without_the_extra_says_how_to_install_it(sqlite_url, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    result = CliRunner().invoke(cli, ["--db", sqlite_url, "ingest", "--dask", "local", str(SEEDS)])
    assert result.exit_code == 1 and "pip install 'newsdb[dask]'" in result.stderr
