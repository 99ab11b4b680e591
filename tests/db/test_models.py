"""The schema's conventions: named constraints, comments everywhere, indexed foreign keys, no reserved names."""
from __future__ import annotations

import pytest
from sqlalchemy import CheckConstraint, ForeignKeyConstraint, UniqueConstraint, inspect

from db.models import Base

TABLES = list(Base.metadata.sorted_tables)
# Reserved words in PostgreSQL that must not be column names (a practical subset).
RESERVED = {"user", "order", "group", "select", "table", "from", "where", "limit", "offset", "end", "default",
            "check", "column", "primary", "references", "to", "when", "case", "both", "desc", "asc"}


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_table_and_columns_have_comments(table):
    assert table.comment
    assert [c.name for c in table.columns if not c.comment] == []


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_constraints_are_named_by_convention(table):
    for constraint in table.constraints:
        if isinstance(constraint, (CheckConstraint, UniqueConstraint, ForeignKeyConstraint)):
            assert constraint.name, constraint
    assert table.primary_key.name is None or table.primary_key.name.startswith("pk_")


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_foreign_key_is_indexed(table):
    indexed_first = {index.columns.keys()[0] for index in table.indexes}
    indexed_first.add(table.primary_key.columns.keys()[0])
    for fk in table.foreign_key_constraints:
        assert fk.column_keys[0] in indexed_first, f"{table.name}.{fk.column_keys[0]} has no index"


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_no_reserved_column_names(table):
    assert not {c.name for c in table.columns} & RESERVED


def test_database_has_keys_and_comments(engine):
    inspector = inspect(engine)
    for table in TABLES:
        assert inspector.get_pk_constraint(table.name)["constrained_columns"]
        reflected_fks = {tuple(fk["constrained_columns"]) for fk in inspector.get_foreign_keys(table.name)}
        assert reflected_fks == {tuple(fk.column_keys) for fk in table.foreign_key_constraints}
        if engine.dialect.name == "postgresql":
            assert inspector.get_table_comment(table.name)["text"] == table.comment
            assert all(column["comment"] for column in inspector.get_columns(table.name))
