"""Real clients on the seeded databases: SQLAlchemy's inspector sees every key and comment; the sqlite3 CLI, psql
and DuckDB (through its sqlite and postgres scanner extensions) run every canned query's SQL and the views, and
get the same rows as newsdb does.

Only the parameter syntax is adapted per client (sqlite3 `.param set`, psql `:'name'`, DuckDB `$name`); the SQL
is the query file's. Tests needing a client that is not installed skip and say how to get it, except under CI or
with NEWSDB_REQUIRE_CLIENTS=1, where a missing client is a failure (`.ci/run` installs them and sets the variable).
"""
from __future__ import annotations

import csv
import io
import importlib.util
import json
import os
import re
import shutil
import subprocess
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import inspect, text

from db.models import Base
from db.schema_objects import UNMANAGED_COLUMN_PREFIXES
from db.queries import BIND_PARAM, load_queries
from db.views import CURRENT_VIEWS
from tests.db.seeded import BACKENDS, seeded_engine
from tests.db.test_queries import sample_values

QUERIES = load_queries()
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
SQLITE3 = shutil.which("sqlite3")
PSQL = shutil.which("psql")
REQUIRE_ENV = "NEWSDB_REQUIRE_CLIENTS"
VIEW_QUERY = (
    "SELECT outlet_name, kind, COUNT(*) AS quotes, SUM(speaker_is_named) AS named "
    "FROM v_quote_facts GROUP BY outlet_name, kind"
)


def missing(what: str) -> None:
    """Skip for want of a client, or fail where the client tests must run (CI, NEWSDB_REQUIRE_CLIENTS=1)."""
    if os.environ.get("CI") or os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{what} (under CI or {REQUIRE_ENV}=1 the client tests must run: .ci/run installs the clients)")
    pytest.skip(what)


@pytest.fixture(scope="session", params=BACKENDS)
def seeded(request):
    return seeded_engine(request.param, request)


def values_for(engine, query) -> dict[str, object]:
    samples = sample_values(engine)
    return query.bind({p.name: samples[p.name] for p in query.params if p.default is None})


def reference(engine, sql: str, values: dict[str, object]) -> tuple[list[str], list[tuple]]:
    with engine.connect() as connection:
        result = connection.execute(text(sql), values)
        return list(result.keys()), [tuple(row) for row in result]


def cell(value) -> object:
    """One comparable form for values as each client prints them (dates as ISO text, numbers rounded)."""
    if value is None or value == "":
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, Decimal)):
        return round(float(value), 3)
    if isinstance(value, str):
        if ISO_DATE.match(value):  # SQLite keeps dates and timestamps as text
            return value[:10]
        try:
            return round(float(value), 3)
        except ValueError:
            return value
    return value


def same_rows(expected: list[tuple], got: list[tuple]) -> bool:
    as_cells = lambda rows: sorted((tuple(cell(v) for v in row) for row in rows), key=repr)  # noqa: E731
    return as_cells(expected) == as_cells(got)


# -- SQLAlchemy's inspector -------------------------------------------------------------------------------------

@pytest.mark.parametrize("table", Base.metadata.sorted_tables, ids=lambda t: t.name)
def test_inspector_sees_every_key_and_comment(seeded, table):
    inspector = inspect(seeded)
    pk = inspector.get_pk_constraint(table.name)
    assert pk["constrained_columns"] == [column.name for column in table.primary_key.columns]
    assert pk["name"] == table.primary_key.name
    reflected = {
        (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]),
         (fk["options"].get("ondelete") or "").upper())
        for fk in inspector.get_foreign_keys(table.name)
    }
    declared = {
        (fk.name, tuple(fk.column_keys), fk.referred_table.name, tuple(e.column.name for e in fk.elements),
         (fk.ondelete or "").upper())
        for fk in table.foreign_key_constraints
    }
    assert reflected == declared
    if seeded.dialect.name == "postgresql":
        assert inspector.get_table_comment(table.name)["text"] == table.comment
        comments = {column["name"]: column["comment"] for column in inspector.get_columns(table.name)}
        search = {name: comments.pop(name) for name in list(comments) if name.startswith(UNMANAGED_COLUMN_PREFIXES)}
        assert comments == {column.name: column.comment for column in table.columns}
        assert all(search.values())  # db.fts's stored search documents are described too


# -- the sqlite3 command-line shell ------------------------------------------------------------------------------

def sqlite3_json(path: str, sql: str, values: dict[str, object]) -> list[dict]:
    if SQLITE3 is None:
        missing("the sqlite3 command-line shell is not installed (apt install sqlite3)")
    lines = [".bail on", ".mode json"]
    for name, value in values.items():
        if isinstance(value, (int, float)):
            lines.append(f".param set :{name} {value}")
        else:  # a quoted SQL literal inside a shell-quoted argument, so '42' stays text
            assert '"' not in value and "\\" not in value
            literal = "'" + value.replace("'", "''") + "'"
            lines.append(f'.param set :{name} "{literal}"')
    lines.append(sql.strip() + ";")
    done = subprocess.run(
        [SQLITE3, "-readonly", path], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else []


@pytest.mark.parametrize("name", list(QUERIES))
def test_sqlite3_shell_runs_every_canned_query(request, name):
    engine = seeded_engine("sqlite", request)
    query = QUERIES[name]
    values = values_for(engine, query)
    sql = query.executable_sql("sqlite")
    columns, expected = reference(engine, sql, values)
    rows = sqlite3_json(engine.url.database, sql, values)
    assert all(list(row) == columns for row in rows)
    assert same_rows(expected, [tuple(row.values()) for row in rows])


def test_sqlite3_shell_reads_a_view_through_the_read_only_uri(request):
    engine = seeded_engine("sqlite", request)
    if SQLITE3 is None:
        missing("the sqlite3 command-line shell is not installed (apt install sqlite3)")
    columns, expected = reference(engine, VIEW_QUERY, {})
    uri = f"file:{engine.url.database}?mode=ro"  # as docs/bi.md tells BI users
    done = subprocess.run([SQLITE3, "-csv", "-header", uri, VIEW_QUERY], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    table = list(csv.reader(io.StringIO(done.stdout)))
    assert table[0] == columns and expected and same_rows(expected, [tuple(r) for r in table[1:]])
    write = subprocess.run([SQLITE3, uri, "DELETE FROM outlets"], capture_output=True, text=True, timeout=60)
    assert write.returncode != 0 and "readonly" in write.stderr


# -- psql --------------------------------------------------------------------------------------------------------

def psql_csv(engine, sql: str, values: dict[str, object]) -> tuple[list[str], list[tuple]]:
    if PSQL is None:
        missing("psql is not installed (apt install postgresql-client)")
    url = engine.url
    command = [PSQL, "--no-psqlrc", "--csv", "-v", "ON_ERROR_STOP=1", "-h", url.host or "localhost",
               "-p", str(url.port or 5432), "-U", url.username, "-d", url.database]
    command += [f"--set={name}={value}" for name, value in values.items()]
    # psql quotes a variable as a literal with :'name'; every canned parameter is a value, never an identifier.
    script = BIND_PARAM.sub(lambda match: f":'{match.group(1)}'", sql).strip() + ";\n"
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    done = subprocess.run(command, input=script, capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    table = list(csv.reader(io.StringIO(done.stdout)))
    return table[0], [tuple(row) for row in table[1:]]


@pytest.mark.parametrize("name", list(QUERIES))
def test_psql_runs_every_canned_query(request, name):
    engine = seeded_engine("postgresql", request)
    query = QUERIES[name]
    values = values_for(engine, query)
    sql = query.executable_sql("postgresql")
    columns, expected = reference(engine, sql, values)
    got_columns, rows = psql_csv(engine, sql, values)
    assert got_columns == columns and same_rows(expected, rows)


def test_psql_reads_a_view(request):
    engine = seeded_engine("postgresql", request)
    columns, expected = reference(engine, VIEW_QUERY, {})
    got_columns, rows = psql_csv(engine, VIEW_QUERY, {})
    assert got_columns == columns and expected and same_rows(expected, rows)


# -- DuckDB ------------------------------------------------------------------------------------------------------

def duckdb_attached(engine):
    """A DuckDB connection with the newsdb database attached read-only and in use, or a skip saying why not."""
    if importlib.util.find_spec("duckdb") is None:
        missing("DuckDB is not installed (pip install -e '.[test]')")
    import duckdb
    spec = importlib.util.find_spec("duckdb_ext")
    hint = (
        f"DuckDB {duckdb.__version__} needs its sqlite and postgres scanner extensions, which it cannot download "
        "here; PyPI has them as duckdb-ext-sqlite / duckdb-ext-postgres 1.4.4.*, matching duckdb==1.4.4 only"
    )
    if spec is None or not spec.submodule_search_locations:
        missing(hint)
    folder = os.path.join(list(spec.submodule_search_locations)[0], "extensions")
    connection = duckdb.connect(config={"extension_directory": folder, "autoinstall_known_extensions": False})
    url = engine.url
    try:
        if engine.dialect.name == "sqlite":
            connection.execute("LOAD sqlite")
            connection.execute(f"ATTACH '{url.database}' AS newsdb (TYPE sqlite, READ_ONLY)")
        else:
            connection.execute("LOAD postgres")
            parts = {"host": url.host, "port": url.port, "user": url.username, "password": url.password,
                     "dbname": url.database}
            dsn = " ".join(f"{key}={value}" for key, value in parts.items() if value)
            connection.execute(f"ATTACH '{dsn}' AS newsdb (TYPE postgres, READ_ONLY)")
    except duckdb.Error as error:
        connection.close()
        missing(f"{hint} ({str(error).splitlines()[0]})")
    connection.execute("USE newsdb")
    return connection


@pytest.mark.parametrize("name", list(QUERIES))
def test_duckdb_runs_every_portable_canned_query(seeded, name):
    query = QUERIES[name]
    values = values_for(seeded, query)
    sql = query.executable_sql()  # the portable file, as any SQL client would run it
    columns, expected = reference(seeded, sql, values)
    connection = duckdb_attached(seeded)
    try:
        result = connection.execute(BIND_PARAM.sub(lambda match: "$" + match.group(1), sql), values)
        got_columns = [description[0] for description in result.description]
        rows = result.fetchall()
    finally:
        connection.close()
    assert got_columns == columns and same_rows(expected, rows)


@pytest.mark.parametrize("view", CURRENT_VIEWS, ids=lambda v: v.name)
def test_duckdb_reads_every_view(seeded, view):
    columns, expected = reference(seeded, f"SELECT * FROM {view.name}", {})
    connection = duckdb_attached(seeded)
    try:
        result = connection.execute(f"SELECT * FROM {view.name}")
        got_columns = [description[0] for description in result.description]
        rows = result.fetchall()
    finally:
        connection.close()
    assert got_columns == columns and same_rows(expected, rows)


@pytest.mark.parametrize(("environment", "outcome"), [
    ({}, pytest.skip.Exception), ({REQUIRE_ENV: "1"}, pytest.fail.Exception), ({"CI": "true"}, pytest.fail.Exception)])
def test_a_missing_client_fails_where_the_clients_are_required(monkeypatch, environment, outcome):
    for name in ("CI", REQUIRE_ENV):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(outcome):
        missing("the sqlite3 command-line shell is not installed")
