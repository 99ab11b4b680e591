"""How each quote's speaker was found and how sure newsdb is; why a headline was chosen; whether an event happened;
abandoned runs with their reason, and warnings beside failures.

Adds `quotes.speaker_reference` and `quotes.speaker_confidence`, `articles.title_evidence`, `events.status`
(existing events: `occurred`), `ingest_runs.reason` and the `abandoned` status, and `ingest_failures.kind`
(existing rows: `error`). The views that read these tables are rebuilt as `VIEWS_0004` (with the new quote and
event columns); SQLite's full-text triggers are dropped around the table rebuilds and the index re-built (see
`db.views` for why).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 16:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.fts import FTS_0002
from db.views import VIEWS_0002, VIEWS_0004, create_views, drop_views

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_RUN_STATUSES_0001 = "status IN ('running', 'completed', 'interrupted', 'failed')"
_RUN_STATUSES_0004 = "status IN ('running', 'completed', 'interrupted', 'failed', 'abandoned')"
_SPEAKER_REFERENCE = ("speaker_reference IS NULL OR speaker_reference IN "
                      "('name', 'role', 'pronoun', 'continuation', 'label')")
_SPEAKER_CONFIDENCE = "speaker_confidence IS NULL OR (speaker_confidence >= 0 AND speaker_confidence <= 1)"
_EVENT_STATUS = "status IN ('occurred', 'planned', 'cancelled', 'denied')"
_FAILURE_KIND = "kind IN ('error', 'warning')"
_FAILURES_COMMENT_0001 = "Inputs that failed to ingest: which file, why and when."
_FAILURES_COMMENT_0004 = "Inputs that failed to ingest, and warnings about inputs (e.g. a manifest's unknown column)."
_RUN_STATUS_COMMENT_0001 = "running, completed, interrupted or failed."
_RUN_STATUS_COMMENT_0004 = ("running, completed, interrupted (stopped by a signal), failed (with reason) or abandoned "
                            "(left running by a killed process; marked by the next run).")


def upgrade() -> None:
    drop_views(op, VIEWS_0002)
    FTS_0002.drop_triggers(op)
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=True, comment=(
            'Why the run did not complete (the signal or error), one line; NULL when it completed.')))
        batch_op.drop_constraint(batch_op.f('ck_ingest_runs_status'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_ingest_runs_status'), _RUN_STATUSES_0004)
        batch_op.alter_column('status', existing_type=sa.String(length=20), existing_nullable=False,
                              comment=_RUN_STATUS_COMMENT_0004, existing_comment=_RUN_STATUS_COMMENT_0001)
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), server_default='error', nullable=False, comment=(
            'error (the input was not stored) or warning (stored, but something in it was ignored).')))
        batch_op.create_check_constraint(batch_op.f('ck_ingest_failures_kind'), _FAILURE_KIND)
        batch_op.create_table_comment(_FAILURES_COMMENT_0004, existing_comment=_FAILURES_COMMENT_0001)
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_evidence', sa.Text(), nullable=True, comment=(
            'Why this line was taken as the headline (the signals seen); NULL when given from outside.')))
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('speaker_reference', sa.String(length=20), nullable=True, comment=(
            "How the speaker was found: name (named at the quote), role (a description such as 'the minister' "
            "resolved to a person), pronoun (resolved to a person), continuation (no attribution of its own: the "
            "previous speaker goes on) or label (an unnamed or non-person speaker); NULL when unattributed.")))
        batch_op.add_column(sa.Column('speaker_confidence', sa.Float(), nullable=True, comment=(
            "How sure newsdb is of the speaker, 0 to 1 (a named speaker at the quote is surest; a pronoun or "
            "continuation over distance least); NULL when unattributed.")))
        batch_op.create_check_constraint(batch_op.f('ck_quotes_speaker_reference'), _SPEAKER_REFERENCE)
        batch_op.create_check_constraint(batch_op.f('ck_quotes_speaker_confidence'), _SPEAKER_CONFIDENCE)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=10), server_default='occurred', nullable=False,
                                      comment=("occurred, planned (announced or scheduled, not yet happened), "
                                               "cancelled or denied (reported as not having happened).")))
        batch_op.create_check_constraint(batch_op.f('ck_events_status'), _EVENT_STATUS)
    FTS_0002.create_triggers(op)
    FTS_0002.rebuild(op)
    create_views(op, VIEWS_0004)


def downgrade() -> None:
    drop_views(op, VIEWS_0004)
    FTS_0002.drop_triggers(op)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_events_status'), type_='check')
        batch_op.drop_column('status')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_quotes_speaker_confidence'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_quotes_speaker_reference'), type_='check')
        batch_op.drop_column('speaker_confidence')
        batch_op.drop_column('speaker_reference')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_column('title_evidence')
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.create_table_comment(_FAILURES_COMMENT_0001, existing_comment=_FAILURES_COMMENT_0004)
        batch_op.drop_constraint(batch_op.f('ck_ingest_failures_kind'), type_='check')
        batch_op.drop_column('kind')
    # Runs marked abandoned were left running by a killed process; before 0004 they stayed 'running'.
    op.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'abandoned'")
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_ingest_runs_status'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_ingest_runs_status'), _RUN_STATUSES_0001)
        batch_op.alter_column('status', existing_type=sa.String(length=20), existing_nullable=False,
                              comment=_RUN_STATUS_COMMENT_0001, existing_comment=_RUN_STATUS_COMMENT_0004)
        batch_op.drop_column('reason')
    FTS_0002.create_triggers(op)
    FTS_0002.rebuild(op)
    create_views(op, VIEWS_0002)
