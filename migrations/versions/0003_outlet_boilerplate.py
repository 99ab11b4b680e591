"""Outlet boilerplate: paragraphs an outlet repeats across its articles, learned at the end of each ingest run.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:41:10.909298
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outlet_boilerplate',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('outlet_id', sa.Integer(), nullable=False, comment='The outlet whose articles repeat it.'),
    sa.Column('line_hash', sa.String(length=64), nullable=False, comment='SHA-256 of the paragraph with case, spacing and digits folded.'),
    sa.Column('line', sa.Text(), nullable=False, comment='The paragraph as first seen, for checking.'),
    sa.Column('articles', sa.Integer(), nullable=False, comment="In how many of the outlet's articles it was found."),
    sa.Column('learned_at', sa.DateTime(timezone=True), nullable=False, comment='When newsdb recognised it as repeated (UTC).'),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_outlet_boilerplate_outlet_id_outlets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlet_boilerplate')),
    sa.UniqueConstraint('outlet_id', 'line_hash', name=op.f('uq_outlet_boilerplate_outlet_id_line_hash')),
    comment='Paragraphs repeated across many articles of one outlet, removed from their bodies as boilerplate.'
    )
    with op.batch_alter_table('outlet_boilerplate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outlet_boilerplate_outlet_id'), ['outlet_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outlet_boilerplate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outlet_boilerplate_outlet_id'))

    op.drop_table('outlet_boilerplate')
