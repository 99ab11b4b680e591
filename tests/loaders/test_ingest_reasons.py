"""The run's failure reason for database errors (loaders.ingest._database_reason): the whole exception chain counts,
and a lost connection is said so, even when the error that noticed it words it otherwise (psycopg's "cannot exit
pipeline mode while busy" when a pipeline's connection is cut). Chains are made up, raised for real."""

from __future__ import annotations

import sqlite3

import psycopg
import psycopg.errors
import pytest
from sqlalchemy import exc as sa

from loaders.ingest import _database_reason, _one_line

PIPELINE = "cannot exit pipeline mode while busy"


def wrapped(orig: BaseException, invalidated: bool, statement: str = "INSERT INTO notes VALUES (1)") -> sa.DBAPIError:
    """SQLAlchemy's wrapper of a driver error, as the engine makes it (OperationalError, IntegrityError, ...)."""
    base = psycopg.Error if isinstance(orig, psycopg.Error) else sqlite3.Error
    return sa.DBAPIError.instance(statement, {}, orig, base, connection_invalidated=invalidated)


def raised(*links: tuple[str, BaseException]) -> BaseException:
    """Raise the errors innermost first, each one `from` the previous ("from") or while handling it ("context"),
    and return the outermost as caught."""
    error: BaseException | None = None
    for how, outer in links:
        try:
            if error is None:
                raise outer
            try:
                raise error
            except BaseException as inner:
                if how == "from":
                    raise outer from inner
                raise outer
        except BaseException as caught:
            error = caught
    assert error is not None
    return error


def pipeline_error() -> psycopg.OperationalError:
    return psycopg.OperationalError(PIPELINE)


def shutdown() -> psycopg.errors.AdminShutdown:
    return psycopg.errors.AdminShutdown("terminating connection due to administrator command")


def closed() -> psycopg.OperationalError:
    return psycopg.OperationalError("the connection is closed")


def server_closed() -> psycopg.OperationalError:
    return psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly")


def from_driver(orig: BaseException, invalidated: bool) -> list[tuple[str, BaseException]]:
    """The driver's error, then SQLAlchemy's wrapper raised from it (as SQLAlchemy does)."""
    return [("context", orig), ("from", wrapped(orig, invalidated))]


def pipeline_behind(*inner: tuple[str, BaseException], invalidated: bool) -> list[tuple[str, BaseException]]:
    """`inner`, then the pipeline's exit error raised while handling it, wrapped by SQLAlchemy."""
    orig = pipeline_error()
    return [*inner, ("context", orig), ("from", wrapped(orig, invalidated))]


LOST = [
    # the failed CI run: the pipeline's exit error is all there is, SQLAlchemy found the connection broken
    ("pipeline_exit_invalidated",
     from_driver(pipeline_error(), invalidated=True),
     f"database error: the connection is closed (lost): OperationalError: {PIPELINE}"),
    # ... and behind a non-database error
    ("pipeline_exit_invalidated_behind_runtime_error",
     [*from_driver(pipeline_error(), invalidated=True), ("from", RuntimeError("the writer stopped"))],
     f"database error: the connection is closed (lost): OperationalError: {PIPELINE}"),
    # the server's own message deeper in the chain says it better
    ("pipeline_exit_after_admin_shutdown",
     pipeline_behind(("context", shutdown()), invalidated=True),
     "database error: AdminShutdown: terminating connection due to administrator command"),
    ("pipeline_exit_not_invalidated_after_admin_shutdown",
     pipeline_behind(("context", shutdown()), invalidated=False),
     "database error: AdminShutdown: terminating connection due to administrator command"),
    ("pipeline_exit_not_invalidated_after_driver_closed",
     pipeline_behind(("context", closed()), invalidated=False),
     "database error: OperationalError: the connection is closed"),
    # a deeper wrapped error SQLAlchemy found disconnected, behind an outer one it did not
    ("outer_not_invalidated_deeper_invalidated",
     [*from_driver(server_closed(), invalidated=True), ("context", wrapped(pipeline_error(), False, "COMMIT"))],
     "database error: OperationalError: consuming input failed: server closed the connection unexpectedly"),
    # SQLAlchemy's own "can't reconnect until invalid transaction is rolled back" over the lost connection
    ("pending_rollback_over_closed",
     [*from_driver(closed(), invalidated=True),
      ("context", sa.PendingRollbackError("Can't reconnect until invalid transaction is rolled back."))],
     "database error: OperationalError: the connection is closed"),
    # a lost-connection SQLSTATE whose message does not say so
    ("connection_failure_state",
     pipeline_behind(("context", psycopg.errors.ConnectionFailure("no answer from the peer")), invalidated=False),
     "database error: the connection is closed (lost): ConnectionFailure: no answer from the peer"),
    # the outermost of two lost-connection errors that say so
    ("closed_over_admin_shutdown",
     [("context", shutdown()), *from_driver(closed(), invalidated=True)],
     "database error: OperationalError: the connection is closed"),
]


NEAR_MISSES = [
    ("pipeline_exit_not_invalidated_alone",
     from_driver(pipeline_error(), invalidated=False),
     f"database error: OperationalError: {PIPELINE}"),
    ("unique_violation_mentioning_terminations",
     from_driver(psycopg.errors.UniqueViolation('duplicate key value violates unique constraint "terminations_pkey"'),
                 invalidated=False),
     'database error: UniqueViolation: duplicate key value violates unique constraint "terminations_pkey"'),
    ("outer_dbapi_over_server_error_mentioning_terminat",
     [*from_driver(psycopg.errors.CheckViolation("terminated_at must follow started_at"), invalidated=False),
      ("context", wrapped(psycopg.errors.UndefinedTable('relation "notes" does not exist'), False))],
     'database error: UndefinedTable: relation "notes" does not exist'),
    ("non_driver_error_saying_closed_behind_dbapi",
     [("context", ValueError("the connection is closed")),
      *from_driver(psycopg.errors.NumericValueOutOfRange("integer out of range"), invalidated=False)],
     "database error: NumericValueOutOfRange: integer out of range"),
    ("pending_rollback_alone",
     [("context", sa.PendingRollbackError("Can't reconnect until invalid transaction is rolled back."))],
     "database error: PendingRollbackError: Can't reconnect until invalid transaction is rolled back."),
    ("sqlite_locked",
     from_driver(sqlite3.OperationalError("database is locked"), invalidated=False),
     "database error: OperationalError: database is locked"),
    ("runtime_error_over_integrity_error",
     [*from_driver(psycopg.errors.UniqueViolation("duplicate key value"), invalidated=False),
      ("from", RuntimeError("the writer stopped"))],
     "database error: UniqueViolation: duplicate key value"),
]


NOT_DATABASE = [
    ("value_error_saying_closed", [("context", ValueError("the connection is closed"))]),
    ("runtime_over_key_error", [("context", KeyError("terminated")), ("from", RuntimeError("lookup failed"))]),
    ("os_error_broken_pipe", [("context", BrokenPipeError(32, "Broken pipe"))]),
    ("driver_error_not_wrapped_by_sqlalchemy", [("context", closed()), ("context", RuntimeError("stopped"))]),
]


def _old_reason(error: BaseException) -> str | None:
    """The reason before whole chains counted: the outermost DBAPI error, else the first SQLAlchemy error."""
    seen, current, found = set(), error, None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa.DBAPIError):
            return f"database error: {_one_line(current)}"
        if isinstance(current, sa.SQLAlchemyError):
            found = found or current
        current = current.__cause__ or current.__context__
    return f"database error: {_one_line(found)}" if found is not None else None


@pytest.mark.parametrize("links, reason", [row[1:] for row in LOST], ids=[row[0] for row in LOST])
def test_a_lost_connection_is_the_reason(links, reason):
    assert _database_reason(raised(*links)) == reason
    assert "terminat" in reason or "connection is closed" in reason or "server closed the connection" in reason


@pytest.mark.parametrize("links, reason", [row[1:] for row in NEAR_MISSES], ids=[row[0] for row in NEAR_MISSES])
def test_other_database_errors_keep_their_reason(links, reason):
    error = raised(*links)
    assert _database_reason(error) == reason == _old_reason(error)


@pytest.mark.parametrize("links", [row[1] for row in NOT_DATABASE], ids=[row[0] for row in NOT_DATABASE])
def test_other_errors_are_not_database_errors(links):
    error = raised(*links)
    assert _database_reason(error) is None
    assert _one_line(error) == f"{type(error).__name__}: {' '.join(str(error).split())}"


def test_a_chain_that_loops_ends():
    first, second = ValueError("first"), KeyError("second")
    first.__context__, second.__context__ = second, first
    assert _database_reason(first) is None
    lost = wrapped(pipeline_error(), True)
    lost.__context__, first.__context__ = first, lost
    assert _database_reason(first) == f"database error: the connection is closed (lost): OperationalError: {PIPELINE}"
