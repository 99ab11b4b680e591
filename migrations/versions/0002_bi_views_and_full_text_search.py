"""BI views (v_quote_facts, v_article_facts, v_mention_facts, v_person_facts, v_event_coverage) and full-text search.

Full-text search is FTS5 with sync triggers on SQLite and GIN expression indexes on PostgreSQL (db.fts). Both
kinds of object are hidden from autogenerate (db.schema_objects). The definitions are the frozen sets
`VIEWS_0002` and `FTS_0002`; later migrations must not change them (see db.views).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:40:00
"""
from __future__ import annotations

from alembic import op

from db.fts import FTS_0002
from db.views import VIEWS_0002, create_views, drop_views

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    FTS_0002.create(op)
    create_views(op, VIEWS_0002)


def downgrade() -> None:
    drop_views(op, VIEWS_0002)
    FTS_0002.drop(op)
