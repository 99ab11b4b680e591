"""Canned queries through the database driver alone, so `newsdb query` answers without loading SQLAlchemy.

Importing SQLAlchemy costs more than most canned queries take at a million quotes, so for plain URLs the
command line runs the query's SQL with the driver itself: the standard library's sqlite3 for `sqlite:///FILE`
(an existing file) and psycopg for `postgresql[+psycopg]://user:password@host:port/database`. The SQL is the
same file (`:name` parameters, which sqlite3 binds as they are and which become `%(name)s` for psycopg), the
rows are the same Python values SQLAlchemy's `text()` returns. `run` returns None whenever it cannot take this
path (another URL form, query-string options, a missing file, a database that is not at `HEAD_REVISION`), and
the caller then goes through SQLAlchemy, which creates or upgrades the database first.
"""
from __future__ import annotations

import os
import re
from urllib.parse import unquote

from db.engine import busy_timeout_ms
from db.revision import HEAD_REVISION

_SQLITE = re.compile(r"^sqlite:///(?P<path>[^?]+)$")
_POSTGRESQL = re.compile(
    r"^postgresql(?:\+psycopg)?://(?:(?P<user>[^:@/]*)(?::(?P<password>[^@/]*))?@)?(?P<host>[^:/?]*)"
    r"(?::(?P<port>\d+))?/(?P<dbname>[^?]+)$"
)
# SQLAlchemy's rule for text() bind parameters (db.queries.BIND_PARAM): a colon not after a colon or word char.
_BIND = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")


def _sqlite(url: str):
    match = _SQLITE.match(url)
    if not match or not os.path.isfile(match["path"]):
        return None
    import sqlite3

    connection = sqlite3.connect(match["path"])
    connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    return connection


def _postgresql(url: str):
    match = _POSTGRESQL.match(url)
    if not match:
        return None
    import psycopg

    params = {key: unquote(value) for key, value in match.groupdict().items() if value}
    return psycopg.connect(**params)


def run(url: str, sql: str, bound: dict[str, object]) -> tuple[list[str], list[tuple]] | None:
    """(columns, rows) of the query, or None when the driver path does not apply (see the module docstring)."""
    postgresql = url.startswith("postgresql")
    try:
        connection = _postgresql(url) if postgresql else _sqlite(url)
    except Exception:  # let the SQLAlchemy path report connection problems in its usual words
        return None
    if connection is None:
        return None
    try:
        cursor = connection.cursor()
        try:
            cursor.execute("SELECT version_num FROM alembic_version")
            row = cursor.fetchone()
        except Exception:
            return None
        if not row or row[0] != HEAD_REVISION:
            return None
        if postgresql:
            connection.rollback()
            sql = _BIND.sub(lambda m: f"%({m.group(1)})s", sql.replace("%", "%%"))
        cursor.execute(sql, bound)
        columns = [description[0] for description in cursor.description]
        return columns, [tuple(row) for row in cursor.fetchall()]
    finally:
        connection.close()
