"""Database objects that live outside the models (views, full-text indexes), hidden from autogenerate.

Migrations create and drop them with SQL; `include_object` keeps Alembic's autogenerate and `alembic check`
from proposing to drop them because the models do not declare them.
"""
from __future__ import annotations

# Names of tables and views that migrations manage by hand (full-text index tables, BI views).
UNMANAGED_PREFIXES = ("fts_", "v_", "articles_fts")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ in ("table", "view") and name and name.startswith(UNMANAGED_PREFIXES) and compare_to is None:
        return False
    if type_ == "index" and name and name.startswith(("ix_fts_", "ix_articles_search")):
        return False
    return True
