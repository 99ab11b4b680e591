"""Database objects that live outside the models (views, full-text indexes), hidden from autogenerate.

Migrations create and drop them with SQL (db.views, db.fts); `include_object` keeps Alembic's autogenerate and
`alembic check` from proposing to drop them because the models do not declare them. SQLite's FTS5 tables come
with shadow tables (`fts_articles_data`, `_idx`, `_docsize`, `_config`), all covered by the `fts_` prefix.
"""
from __future__ import annotations

# Names of tables and views that migrations manage by hand: full-text index tables (fts_*) and BI views (v_*).
UNMANAGED_PREFIXES = ("fts_", "v_")
# PostgreSQL GIN indexes for full-text search.
UNMANAGED_INDEX_PREFIXES = ("ix_fts_",)
# PostgreSQL stored tsvector columns for full-text search (articles.fts_document).
UNMANAGED_COLUMN_PREFIXES = ("fts_",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ in ("table", "view") and name and name.startswith(UNMANAGED_PREFIXES) and compare_to is None:
        return False
    if type_ == "index" and name and name.startswith(UNMANAGED_INDEX_PREFIXES) and compare_to is None:
        return False
    if type_ == "column" and name and name.startswith(UNMANAGED_COLUMN_PREFIXES) and compare_to is None:
        return False
    return True
