"""Roles are roles written next to a name: person_role_stats skips description mentions; v_mention_facts shows kind.

Since 0007 a later description ("the minister") is stored as a mention with kind 'description', whose role is
the description itself. person_role_stats counted it as a role, so people_roles_over_time listed "The minister"
beside the titles written next to the person's name. The summary now counts kind 'name' mentions only
(`db.summaries.PERSON_ROLE_STATS`; 0005 keeps its frozen definition): the upgrade refills person_role_stats from
the base tables, which removes the rows that came from descriptions. The views become `VIEWS_0008`:
v_mention_facts gains `kind` and says that a description mention's surface is the description. No table is
altered, so nothing is rebuilt in batch mode. The downgrade restores the 0005 views' set and refills
person_role_stats with the 0005 definition (descriptions counted again).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 01:50:00
"""
from __future__ import annotations

from alembic import op

from db.summaries import PERSON_ROLE_STATS, PERSON_ROLE_STATS_0005, rebuild
from db.views import VIEWS_0005, VIEWS_0008, replace_views

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    replace_views(op, VIEWS_0005, VIEWS_0008)
    rebuild(op, (PERSON_ROLE_STATS,), ())


def downgrade() -> None:
    rebuild(op, (PERSON_ROLE_STATS_0005,), ())
    replace_views(op, VIEWS_0008, VIEWS_0005)
