"""Summary tables kept by the loader, composite indexes for the canned queries, and what concurrent writers share.

Adds the summary tables of `db.summaries` (article_stats, outlet_year_stats, person_outlet_stats, person_stats,
label_outlet_stats, co_mention_stats, event_outlet_stats, event_stats, person_role_stats) and fills them from
the rows already stored; replaces the single-column indexes on `mentions.person_id` and `quotes.speaker_id` with
`(person_id, article_id)` and `(speaker_id, published_on, article_id, start_char)` (with `quotes.published_on`,
the article's date copied by the loader), and indexes quotes by speaker confidence; adds `people.revision`, `events.revision` and the
one-row `resolution_state` that lets concurrent ingest runs refresh their in-memory indexes. The views become
`VIEWS_0005` (v_article_facts and v_person_facts read the summaries). No table is rebuilt on upgrade (columns
are added and indexes made in place); the downgrade rebuilds `people` and `events` on SQLite to drop their
`revision` column, with the views dropped around it (see db.views). The full-text triggers are on other tables.
On PostgreSQL the search documents become stored columns, `articles.fts_document` and `quotes.fts_document`,
with the GIN indexes on them (db.fts.FTS_0005), so a search ranks its candidates without parsing them again. On SQLite
the full-text insert triggers stand aside while a writer indexes its batch in bulk (db.fts.indexed_in_bulk).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 17:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.fts import (FTS_0002, FTS_0005, FTS_ARTICLES, FTS_ARTICLES_0005, FTS_QUOTES, FTS_QUOTES_0005, FtsIndex,
                    statement_runner)
from db.summaries import COUNTERS_0005, ROLLUPS_0005, rebuild
from db.views import VIEWS_0004, VIEWS_0005, create_views, drop_views

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_OUTLET_KEY = 'outlets.id of the articles counted; 0 for articles without a known outlet (no outlets row).'
_YEAR_KEY = 'Publication year of the articles counted; 0 for undated articles.'
_PEOPLE_REVISION = ('resolution_state.revision of the ingest batch that last added or changed the person (or its '
                    'aliases); concurrent writers reload what changed since they last looked.')
_QUOTES_PUBLISHED_ON = ("The article's publication date (articles.published_on), copied by the loader so that a "
                        "speaker's quotes can be read in date order from one index.")
_EVENTS_REVISION = ('resolution_state.revision of the ingest batch that last added or changed the event (dates, '
                    'location, participants, actors); concurrent writers reload what changed since they last looked.')


def _count(name: str, comment: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False, comment=comment)


def _day(name: str, comment: str) -> sa.Column:
    return sa.Column(name, sa.Date(), nullable=True, comment=comment)


def _key(name: str, comment: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False, comment=comment)


def _person_fk(table: str, column: str = 'person_id') -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ['people.id'], name=op.f(f'fk_{table}_{column}_people'), ondelete='CASCADE')


def _swap_document(old: FtsIndex, new: FtsIndex) -> None:
    """PostgreSQL: a search document as an expression index (0002) or a stored column (0005)."""
    dialect, execute = statement_runner(op)
    if dialect != 'postgresql':
        return  # SQLite's FTS5 tables stay as they are
    for statement in (*old.pg_drop(), *new.pg_create()):
        execute(statement)


def upgrade() -> None:
    drop_views(op, VIEWS_0004)
    _swap_document(FTS_ARTICLES, FTS_ARTICLES_0005)
    _swap_document(FTS_QUOTES, FTS_QUOTES_0005)
    FTS_0002.drop_triggers(op)  # SQLite: the insert triggers stand aside for bulk writes (db.fts.FTS_BULK_TABLE)
    FTS_0005.create_triggers(op)
    op.create_table('resolution_state',
        sa.Column('id', sa.Integer(), nullable=False, comment='Always 1.'),
        sa.Column('revision', sa.Integer(), server_default='0', nullable=False, comment=(
            'Bumped by every ingest batch that adds or changes people or events; stamped on those rows.')),
        sa.Column('reset_revision', sa.Integer(), server_default='0', nullable=False, comment=(
            'The revision at which people or events were last deleted (orphans): writers that saw an older '
            'revision reload their indexes whole.')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_state')),
        comment=('One row: the change counter ingest writers share, so each can refresh its in-memory people and '
                 'event indexes with what other writers stored (see loaders.store).'))
    op.execute("INSERT INTO resolution_state (id, revision, reset_revision) VALUES (1, 0, 0)")
    op.add_column('people', sa.Column('revision', sa.Integer(), server_default='0', nullable=False,
                                      comment=_PEOPLE_REVISION))
    op.create_index(op.f('ix_people_revision'), 'people', ['revision'], unique=False)
    op.add_column('events', sa.Column('revision', sa.Integer(), server_default='0', nullable=False,
                                      comment=_EVENTS_REVISION))
    op.create_index(op.f('ix_events_revision'), 'events', ['revision'], unique=False)
    op.create_index('ix_mentions_person_id_article_id', 'mentions', ['person_id', 'article_id'], unique=False)
    op.drop_index(op.f('ix_mentions_person_id'), table_name='mentions')
    op.add_column('quotes', sa.Column('published_on', sa.Date(), nullable=True, comment=_QUOTES_PUBLISHED_ON))
    op.execute("UPDATE quotes SET published_on = (SELECT a.published_on FROM articles AS a WHERE a.id = quotes.article_id)")
    op.create_index('ix_quotes_speaker_id_published_on', 'quotes',
                    ['speaker_id', 'published_on', 'article_id', 'start_char'], unique=False)
    op.drop_index(op.f('ix_quotes_speaker_id'), table_name='quotes')
    op.create_index('ix_quotes_speaker_confidence', 'quotes', ['speaker_confidence', 'article_id', 'start_char', 'id'],
                    unique=False)

    op.create_table('article_stats',
        sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
        _count('people_count', 'Distinct people mentioned.'),
        _count('mention_count', 'Person mentions.'),
        _count('quote_count', 'Quotations of any kind.'),
        _count('direct_quote_count', 'Direct quotations.'),
        _count('partial_quote_count', 'Partial quotations (fragments).'),
        _count('indirect_quote_count', 'Reported speech.'),
        _count('unnamed_quote_count', 'Quotations whose speaker is not a named person.'),
        _count('event_count', 'Distinct events mentioned.'),
        _count('event_mention_count', 'Event mentions.'),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_stats_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', name=op.f('pk_article_stats')),
        comment=('Summary, one row per article with extracted rows: how many people, mentions, quotes and events '
                 'were extracted from it (articles without any have no row).'))
    op.create_table('outlet_year_stats',
        _key('outlet_key', _OUTLET_KEY),
        _key('year_key', _YEAR_KEY),
        _count('articles', 'Articles.'),
        _count('quotes', 'Quotations in them.'),
        _count('unnamed_quotes', 'Quotations whose speaker is not a named person.'),
        _count('person_mentions', 'Person mentions.'),
        _count('event_mentions', 'Events mentioned, counted once per article (the sum of article_stats.event_count).'),
        _day('first_published', 'Earliest publication date.'),
        _day('last_published', 'Latest publication date.'),
        sa.PrimaryKeyConstraint('outlet_key', 'year_key', name=op.f('pk_outlet_year_stats')),
        comment='Summary per outlet and publication year: articles and what was extracted from them.')
    op.create_table('person_outlet_stats',
        sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
        _key('outlet_key', _OUTLET_KEY),
        _count('mentions', 'Mentions of the person.'),
        _count('mentioned_articles', 'Articles mentioning the person.'),
        _count('quotes', 'Quotations attributed to the person.'),
        _count('direct_quotes', 'Direct quotations attributed to the person.'),
        _count('quoted_articles', 'Articles quoting the person.'),
        _day('first_mentioned', 'Earliest article mentioning the person.'),
        _day('last_mentioned', 'Latest article mentioning the person.'),
        _day('first_quoted', 'Earliest article quoting the person.'),
        _day('last_quoted', 'Latest article quoting the person.'),
        _person_fk('person_outlet_stats'),
        sa.PrimaryKeyConstraint('person_id', 'outlet_key', name=op.f('pk_person_outlet_stats')),
        comment="Summary per person and outlet: how often the outlet's articles mention and quote the person.")
    op.create_index('ix_person_outlet_stats_outlet_key_quotes', 'person_outlet_stats', ['outlet_key', 'quotes'],
                    unique=False)
    op.create_table('person_stats',
        sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
        _count('mention_count', 'Mentions across all articles.'),
        _count('article_count', 'Articles mentioning the person.'),
        _count('outlet_count', 'Distinct known outlets mentioning the person.'),
        _count('quote_count', 'Quotations attributed to the person.'),
        _count('direct_quote_count', 'Direct quotations attributed to the person.'),
        _count('quoted_article_count', 'Articles quoting the person.'),
        _count('quoting_outlet_count', 'Distinct known outlets quoting the person.'),
        _day('first_mentioned', 'Earliest article mentioning the person.'),
        _day('last_mentioned', 'Latest article mentioning the person.'),
        _day('first_quoted', 'Earliest article quoting the person.'),
        _day('last_quoted', 'Latest article quoting the person.'),
        _person_fk('person_stats'),
        sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person_stats')),
        comment='Summary per person (person_outlet_stats added up): mentions and quotations across all articles.')
    op.create_index('ix_person_stats_quote_count', 'person_stats', ['quote_count'], unique=False)
    op.create_table('label_outlet_stats',
        _key('outlet_key', _OUTLET_KEY),
        sa.Column('speaker_label', sa.String(length=500), nullable=False, comment=(
            "quotes.speaker_label (its first 500 characters), or '(unattributed)' for quotes without a speaker.")),
        _count('quotes', 'Quotations with this label.'),
        _count('articles', 'Articles with such quotations.'),
        sa.PrimaryKeyConstraint('outlet_key', 'speaker_label', name=op.f('pk_label_outlet_stats')),
        comment='Summary per outlet and unnamed-speaker label: how each outlet labels the speakers it does not name.')
    op.create_table('co_mention_stats',
        sa.Column('person_id', sa.Integer(), nullable=False, comment='The person with the lower id.'),
        sa.Column('other_person_id', sa.Integer(), nullable=False, comment='The person with the higher id.'),
        _key('outlet_key', _OUTLET_KEY),
        _count('articles', 'Articles mentioning both.'),
        _day('first_together', 'Earliest such article.'),
        _day('last_together', 'Latest such article.'),
        sa.CheckConstraint('person_id < other_person_id', name=op.f('ck_co_mention_stats_ordered_pair')),
        _person_fk('co_mention_stats', 'other_person_id'),
        _person_fk('co_mention_stats'),
        sa.PrimaryKeyConstraint('person_id', 'other_person_id', 'outlet_key', name=op.f('pk_co_mention_stats')),
        comment=('Summary per pair of people and outlet: articles of the outlet that mention both (each pair once, '
                 'lower person id first).'))
    op.create_index('ix_co_mention_stats_other_person_id', 'co_mention_stats', ['other_person_id', 'person_id'],
                    unique=False)
    op.create_table('event_outlet_stats',
        sa.Column('event_id', sa.Integer(), nullable=False, comment='The event.'),
        _key('outlet_key', _OUTLET_KEY),
        _count('mentions', 'Mentions of the event.'),
        _count('articles', 'Articles mentioning the event.'),
        _day('first_published', 'Earliest article mentioning the event.'),
        _day('last_published', 'Latest article mentioning the event.'),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_outlet_stats_event_id_events'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('event_id', 'outlet_key', name=op.f('pk_event_outlet_stats')),
        comment="Summary per event and outlet: how often the outlet's articles mention the event.")
    op.create_table('event_stats',
        sa.Column('event_id', sa.Integer(), nullable=False, comment='The event.'),
        _count('mention_count', 'Mentions across all articles.'),
        _count('article_count', 'Articles mentioning the event.'),
        _count('outlet_count', 'Distinct known outlets mentioning the event.'),
        _day('first_published', 'Earliest article mentioning the event.'),
        _day('last_published', 'Latest article mentioning the event.'),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_stats_event_id_events'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_stats')),
        comment='Summary per event (event_outlet_stats added up): mentions, articles and outlets.')
    op.create_index('ix_event_stats_outlet_count', 'event_stats', ['outlet_count'], unique=False)
    op.create_table('person_role_stats',
        sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
        sa.Column('role', sa.String(length=500), nullable=False, comment='mentions.role (its first 500 characters).'),
        _key('year_key', _YEAR_KEY),
        _key('outlet_key', _OUTLET_KEY),
        _count('mentions', 'Mentions of the person with the role.'),
        _count('articles', 'Articles with such mentions.'),
        _day('first_seen', 'Earliest such article.'),
        _day('last_seen', 'Latest such article.'),
        _person_fk('person_role_stats'),
        sa.PrimaryKeyConstraint('person_id', 'role', 'year_key', 'outlet_key', name=op.f('pk_person_role_stats')),
        comment='Summary per person, role as written, publication year and outlet: mentions with that role.')
    rebuild(op, COUNTERS_0005, ROLLUPS_0005)  # the counts of the rows already stored
    create_views(op, VIEWS_0005)


def downgrade() -> None:
    drop_views(op, VIEWS_0005)
    op.drop_index('ix_event_stats_outlet_count', table_name='event_stats')
    op.drop_index('ix_co_mention_stats_other_person_id', table_name='co_mention_stats')
    op.drop_index('ix_person_stats_quote_count', table_name='person_stats')
    op.drop_index('ix_person_outlet_stats_outlet_key_quotes', table_name='person_outlet_stats')
    for table in ('person_role_stats', 'event_stats', 'event_outlet_stats', 'co_mention_stats', 'label_outlet_stats',
                  'person_stats', 'person_outlet_stats', 'outlet_year_stats', 'article_stats'):
        op.drop_table(table)
    op.drop_index('ix_quotes_speaker_confidence', table_name='quotes')
    op.create_index(op.f('ix_quotes_speaker_id'), 'quotes', ['speaker_id'], unique=False)
    op.drop_index('ix_quotes_speaker_id_published_on', table_name='quotes')
    op.create_index(op.f('ix_mentions_person_id'), 'mentions', ['person_id'], unique=False)
    op.drop_index('ix_mentions_person_id_article_id', table_name='mentions')
    op.drop_index(op.f('ix_events_revision'), table_name='events')
    op.drop_index(op.f('ix_people_revision'), table_name='people')
    # SQLite drops a column by rebuilding the table (batch mode): the views are dropped above, and the full-text
    # triggers (on quotes) around it, the index re-read after (db.views explains why).
    FTS_0005.drop_triggers(op)
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('revision')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('revision')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_column('published_on')
    op.drop_table('resolution_state')
    if statement_runner(op)[0] == 'sqlite':
        op.execute("DROP TABLE IF EXISTS fts_bulk_load")
    FTS_0002.create_triggers(op)
    FTS_0002.rebuild(op)
    _swap_document(FTS_QUOTES_0005, FTS_QUOTES)
    _swap_document(FTS_ARTICLES_0005, FTS_ARTICLES)
    create_views(op, VIEWS_0004)
