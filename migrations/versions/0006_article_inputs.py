"""The raw inputs each article was written from, so a re-ingest skips unchanged input before parsing it.

Adds `article_inputs` (input hash → article): the ingest hashes each input's raw bytes as read (a JSONL line, a
file's bytes) with the reader's code, the format and the given metadata (`loaders.readers.RawInput`), looks the
batch's hashes up in one query, and reads, decodes and parses only the inputs not found there (or stored by
another extractor version). Nothing else changes; an existing database starts with the table empty, and its
articles gain their rows the next time they are written (until then they are found by content hash, as before).
The downgrade drops the table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 22:45:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'article_inputs',
        sa.Column('input_hash', sa.String(length=64), nullable=False, comment=(
            'SHA-256 of the reader\'s code, the input format, its given metadata and its raw bytes '
            '(loaders.readers.RawInput).')),
        sa.Column('article_id', sa.Integer(), nullable=False, comment='The article written from it.'),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_inputs_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('input_hash', name=op.f('pk_article_inputs')),
        comment=('The raw inputs (bytes as read, before decoding or parsing) each article was last written from, '
                 'so that re-ingesting unchanged input is a hash and a look-up, with no parsing.'),
    )
    op.create_index(op.f('ix_article_inputs_article_id'), 'article_inputs', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_article_inputs_article_id'), table_name='article_inputs')
    op.drop_table('article_inputs')
