"""A read-only PostgreSQL role for BI tools and analysts: SELECT on every newsdb table and view, nothing else.

`grant_readonly` creates the role or brings an existing one to that state, and can be run again at any time
(after a migration added a view, say). The default privileges it sets also cover tables and views that the
connected user creates later, so the role keeps working after upgrades. Sessions of the role start read-only
(`default_transaction_read_only`), a second guard beside the missing write privileges.

SQLite has no roles; open the file read-only instead (`READONLY_SQLITE_HINT`).
"""
from __future__ import annotations

import re

from sqlalchemy import Engine, text

READONLY_SQLITE_HINT = (
    "SQLite has no roles: give BI tools the file opened read-only, e.g. "
    "sqlite3 -readonly newsdb.sqlite3 (or sqlite3 'file:newsdb.sqlite3?mode=ro'), or the SQLAlchemy URL "
    "sqlite:///file:newsdb.sqlite3?mode=ro&uri=true"
)
# PostgreSQL identifiers up to 63 bytes; refusing other characters keeps role names easy to type in BI tools.
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_WRITE_PRIVILEGES = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"


class RoleError(ValueError):
    """The role cannot be made read-only here (wrong backend, bad name, or it is the connected user)."""


def grant_readonly(engine: Engine, role: str, password: str | None = None) -> list[str]:
    """Create or update the PostgreSQL `role` as a read-only login; return the statements run, for display.

    The role gets CONNECT on the database, USAGE on the schema, SELECT on all its tables and views, the same
    by default on those created later by the connected user, and no write privileges. `password` sets or
    changes its password; None leaves an existing one alone (servers with trust or peer auth need none).
    """
    if engine.dialect.name != "postgresql":
        raise RoleError(f"grant-readonly needs PostgreSQL. {READONLY_SQLITE_HINT}")
    if not _ROLE_NAME.match(role):
        raise RoleError(f"invalid role name {role!r}: use letters, digits and _ (not starting with a digit)")
    statements: list[str] = []
    with engine.begin() as connection:
        current_user, database, schema = connection.execute(
            text("SELECT current_user, current_database(), current_schema()")
        ).one()
        if role == current_user:
            raise RoleError(f"{role!r} is the user newsdb is connected as; choose another name for the read-only role")
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).scalar()

        def run(template: str, literal: str | None = None) -> None:
            # format() quotes identifiers (%I) and literals (%L) on the server, so no name is pasted in raw.
            statement = connection.execute(
                text(
                    "SELECT format(CAST(:template AS TEXT), CAST(:role AS TEXT), CAST(:database AS TEXT), "
                    "CAST(:schema AS TEXT), CAST(:current_user AS TEXT), CAST(:literal AS TEXT))"
                ),
                {
                    "template": template,
                    "role": role,
                    "database": database,
                    "schema": schema,
                    "current_user": current_user,
                    "literal": literal,
                },
            ).scalar_one()
            connection.exec_driver_sql(statement)
            statements.append(statement if literal is None else template.replace("%1$I", role).replace("%5$L", "'***'"))

        if exists:
            run("ALTER ROLE %1$I LOGIN")
        else:
            run("CREATE ROLE %1$I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT")
        if password is not None:
            run("ALTER ROLE %1$I PASSWORD %5$L", password)
        run("ALTER ROLE %1$I SET default_transaction_read_only = on")
        run("GRANT CONNECT ON DATABASE %2$I TO %1$I")
        run("GRANT USAGE ON SCHEMA %3$I TO %1$I")
        run(f"REVOKE {_WRITE_PRIVILEGES} ON ALL TABLES IN SCHEMA %3$I FROM %1$I")
        run("GRANT SELECT ON ALL TABLES IN SCHEMA %3$I TO %1$I")
        run("ALTER DEFAULT PRIVILEGES FOR ROLE %4$I IN SCHEMA %3$I GRANT SELECT ON TABLES TO %1$I")
    return statements
