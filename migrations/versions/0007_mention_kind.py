"""Description mentions told apart: `mentions.kind` is 'name' or 'description'.

The people step stores a later description ("Harbours Minister Tova Brenn … the minister said") as one more mention
of its holder, whose span, surface and role are the description as written. Until now nothing but surface ==
role told such a row from a name; `kind` says it ('name', the server default, or 'description', under a named
CHECK). The table and `surface` comments say what a description mention is and that summaries count it.

Rows already stored get 'name', except the rows with a role whose surface equals it and begins with "the" (any
case), which get 'description'. Those are the description mentions written by an extractor in which the people
step already stored a description as a mention of its own (from commit f105abfb) but the kind did not exist yet;
a database filled by an older extractor has none (before f105abfb a description was only an apposition on a
name's row, which stays 'name'). The test picks no name: a name mention's surface is the name without its title,
so only a description has its surface as its role. A re-extract writes the kind itself. Nothing is counted
differently, so the summary tables stay as they are. SQLite rebuilds the table in batch mode, so the views that
read `mentions` are dropped around it (db.views); `mentions` has no full-text index. The downgrade drops the
column and its CHECK and restores the comments.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 00:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.views import VIEWS_0005, bi_objects_suspended

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_KIND = "kind IN ('name', 'description')"
_KIND_COMMENT = ("name (the person is named here) or description (a description such as 'the minister' standing "
                 "for a person the article named before; surface and role are the description as written).")
_MENTIONS_COMMENT_0001 = "A person named in an article, with the span and the role written next to it."
_MENTIONS_COMMENT_0007 = (
    "A person named in an article, with the span and the role written next to it; or a description mention (kind "
    "'description'): a later description such as 'the minister' that the article uses for a person it named "
    "before with that title. Summaries and views count both kinds as mentions of the person (its mentions, its "
    "roles); its articles and co-mentions are the same either way, as it is named there too.")
_SURFACE_COMMENT_0001 = "The name as written, without title."
_SURFACE_COMMENT_0007 = ("The name as written, without title; for a description mention, the description as "
                         "written ('the minister').")


def upgrade() -> None:
    with bi_objects_suspended(op, VIEWS_0005, None):
        with op.batch_alter_table('mentions', schema=None) as batch_op:
            batch_op.add_column(sa.Column('kind', sa.String(length=12), server_default='name', nullable=False,
                                          comment=_KIND_COMMENT))
            batch_op.create_check_constraint(batch_op.f('ck_mentions_kind'), _KIND)
            batch_op.alter_column('surface', existing_type=sa.String(length=300), existing_nullable=False,
                                  comment=_SURFACE_COMMENT_0007, existing_comment=_SURFACE_COMMENT_0001)
            batch_op.create_table_comment(_MENTIONS_COMMENT_0007, existing_comment=_MENTIONS_COMMENT_0001)
    # The description mentions written before this column: the description as written, as surface and role.
    op.execute("UPDATE mentions SET kind = 'description' "
               "WHERE role IS NOT NULL AND surface = role AND LOWER(surface) LIKE 'the %'")


def downgrade() -> None:
    with bi_objects_suspended(op, VIEWS_0005, None):
        with op.batch_alter_table('mentions', schema=None) as batch_op:
            batch_op.create_table_comment(_MENTIONS_COMMENT_0001, existing_comment=_MENTIONS_COMMENT_0007)
            batch_op.alter_column('surface', existing_type=sa.String(length=300), existing_nullable=False,
                                  comment=_SURFACE_COMMENT_0001, existing_comment=_SURFACE_COMMENT_0007)
            batch_op.drop_constraint(batch_op.f('ck_mentions_kind'), type_='check')
            batch_op.drop_column('kind')
