"""Initial schema: outlets, articles, people and aliases, mentions, quotes, events and their links, ingest runs.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 02:17:09.390821
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('name', sa.Text(), nullable=False, comment='Descriptive name.'),
    sa.Column('event_type', sa.String(length=30), nullable=False, comment='meeting, visit, agreement_signing, phone_call, statement, press_conference, attack, war, election, vote_veto, diplomatic_relations, delegation_visit or other.'),
    sa.Column('start_date', sa.Date(), nullable=True, comment='When it happened (first day of the month/year at coarser precision); NULL if undated.'),
    sa.Column('end_date', sa.Date(), nullable=True, comment='When it ended, for events that span days.'),
    sa.Column('date_precision', sa.String(length=10), nullable=True, comment='Precision of start_date: day, month or year; NULL when undated.'),
    sa.Column('location', sa.Text(), nullable=True, comment='Where it happened, as written.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When first stored (UTC).'),
    sa.CheckConstraint("date_precision IS NULL OR date_precision IN ('day', 'month', 'year')", name=op.f('ck_events_date_precision')),
    sa.CheckConstraint("event_type IN ('meeting', 'visit', 'agreement_signing', 'phone_call', 'statement', 'press_conference', 'attack', 'war', 'election', 'vote_veto', 'diplomatic_relations', 'delegation_visit', 'other')", name=op.f('ck_events_event_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    comment='Real-world events reported or recalled by articles; one row per event across articles.'
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_start_date', ['start_date'], unique=False)

    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False, comment='When the run started (UTC).'),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True, comment='When the run ended (UTC); NULL while running or if killed.'),
    sa.Column('status', sa.String(length=20), nullable=False, comment='running, completed, interrupted or failed.'),
    sa.Column('paths', sa.Text(), nullable=False, comment='The paths given to ingest, one per line.'),
    sa.Column('extractor_version', sa.String(length=40), nullable=False, comment='Fingerprint of the extraction code and registry used.'),
    sa.Column('added', sa.Integer(), nullable=False, comment='Articles added.'),
    sa.Column('updated', sa.Integer(), nullable=False, comment='Articles whose input or extraction changed.'),
    sa.Column('unchanged', sa.Integer(), nullable=False, comment='Inputs already stored as they are.'),
    sa.Column('failed', sa.Integer(), nullable=False, comment='Inputs that could not be stored.'),
    sa.CheckConstraint("status IN ('running', 'completed', 'interrupted', 'failed')", name=op.f('ck_ingest_runs_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_runs')),
    comment='One row per `newsdb ingest` invocation, with its counts.'
    )
    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('name', sa.String(length=200), nullable=False, comment="Short name, e.g. 'Haaretz'."),
    sa.Column('domain', sa.String(length=253), nullable=True, comment="Web domain without 'www.', e.g. 'haaretz.com'; NULL when unknown."),
    sa.Column('full_name', sa.String(length=300), nullable=True, comment='Full name when it differs from name.'),
    sa.Column('country', sa.String(length=100), nullable=True, comment='Country the outlet is based in.'),
    sa.Column('language', sa.String(length=20), nullable=True, comment='Main language (ISO 639-1 code).'),
    sa.Column('kind', sa.String(length=50), nullable=True, comment='newspaper, news agency, broadcaster, magazine or website.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When newsdb first stored the outlet (UTC).'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('domain', name=op.f('uq_outlets_domain')),
    sa.UniqueConstraint('name', name=op.f('uq_outlets_name')),
    comment='News outlets (publications, agencies, broadcasters) that articles come from.'
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('name', sa.String(length=300), nullable=False, comment='Canonical full name.'),
    sa.Column('name_key', sa.String(length=300), nullable=False, comment='Normalised name (case, accents and punctuation folded).'),
    sa.Column('country', sa.String(length=100), nullable=True, comment='Country the person represents, if known.'),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, comment='When first stored (UTC).'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('name_key', name=op.f('uq_people_name_key')),
    comment='Real people named in articles, one row per person across all articles.'
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('outlet_id', sa.Integer(), nullable=True, comment='The outlet; NULL when unknown.'),
    sa.Column('title', sa.Text(), nullable=True, comment='Headline; NULL when the input has none.'),
    sa.Column('subtitle', sa.Text(), nullable=True, comment='Standfirst under the headline, if any.'),
    sa.Column('byline', sa.Text(), nullable=True, comment="The byline as written, e.g. 'By Jane Doe'."),
    sa.Column('authors', sa.Text(), nullable=True, comment="Author names from the byline, '; '-separated; NULL when the byline names no person."),
    sa.Column('published_on', sa.Date(), nullable=True, comment='Publication date; the first day of the month or year when only that is known.'),
    sa.Column('date_precision', sa.String(length=10), nullable=True, comment='Precision of published_on: day, month or year; NULL when the date is unknown.'),
    sa.Column('date_evidence', sa.Text(), nullable=True, comment='The text the date was read from; NULL when given from outside (manifest, JSON).'),
    sa.Column('url', sa.Text(), nullable=True, comment='Canonical URL, when known.'),
    sa.Column('language', sa.String(length=20), nullable=True, comment='Language (ISO 639-1), when known.'),
    sa.Column('body', sa.Text(), nullable=False, comment='The clean article text; paragraphs separated by a blank line. Offsets point here.'),
    sa.Column('boilerplate', sa.Text(), nullable=True, comment='Lines removed from the input as boilerplate, one per line, for checking.'),
    sa.Column('raw_text', sa.Text(), nullable=False, comment='The decoded input as read (page text, HTML or JSON text).'),
    sa.Column('source_format', sa.String(length=10), nullable=False, comment='Input format: txt, html or json.'),
    sa.Column('content_hash', sa.String(length=64), nullable=False, comment='SHA-256 of the input and its given metadata; identifies the input.'),
    sa.Column('source_path', sa.Text(), nullable=False, comment='The file it came from, as given to ingest.'),
    sa.Column('source_record', sa.Integer(), nullable=False, comment='Record number inside a .json list or .jsonl file (0 for single inputs).'),
    sa.Column('extractor_version', sa.String(length=40), nullable=False, comment='Fingerprint of the extraction code and registry that produced the rows.'),
    sa.Column('ingest_run_id', sa.Integer(), nullable=True, comment='The run that last wrote it.'),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False, comment='When first stored (UTC).'),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False, comment='When last written (UTC).'),
    sa.CheckConstraint("date_precision IS NULL OR date_precision IN ('day', 'month', 'year')", name=op.f('ck_articles_date_precision')),
    sa.CheckConstraint("source_format IN ('txt', 'html', 'json')", name=op.f('ck_articles_source_format')),
    sa.ForeignKeyConstraint(['ingest_run_id'], ['ingest_runs.id'], name=op.f('fk_articles_ingest_run_id_ingest_runs'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash')),
    sa.UniqueConstraint('source_path', 'source_record', name=op.f('uq_articles_source_path_source_record')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url')),
    comment='News articles: metadata, the clean body that all offsets point into, and the raw input.'
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_ingest_run_id'), ['ingest_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index('ix_articles_published_on', ['published_on'], unique=False)

    op.create_table('event_actors',
    sa.Column('event_id', sa.Integer(), nullable=False, comment='The event.'),
    sa.Column('actor', sa.String(length=300), nullable=False, comment='Country or organisation name.'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_actors_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor', name=op.f('pk_event_actors')),
    comment='Countries and organisations involved in an event, as named.'
    )
    op.create_table('event_participants',
    sa.Column('event_id', sa.Integer(), nullable=False, comment='The event.'),
    sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_participants_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_event_participants_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'person_id', name=op.f('pk_event_participants')),
    comment='People taking part in an event.'
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_person_id'), ['person_id'], unique=False)

    op.create_table('ingest_failures',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('run_id', sa.Integer(), nullable=False, comment='The ingest run it failed in.'),
    sa.Column('source_path', sa.Text(), nullable=False, comment='The file, as given to ingest.'),
    sa.Column('source_record', sa.Integer(), nullable=False, comment='Record number inside a .json list or .jsonl file (0 for single inputs).'),
    sa.Column('reason', sa.Text(), nullable=False, comment='One-line reason.'),
    sa.Column('failed_at', sa.DateTime(timezone=True), nullable=False, comment='When it failed (UTC).'),
    sa.ForeignKeyConstraint(['run_id'], ['ingest_runs.id'], name=op.f('fk_ingest_failures_run_id_ingest_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_failures')),
    comment='Inputs that failed to ingest: which file, why and when.'
    )
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingest_failures_run_id'), ['run_id'], unique=False)

    op.create_table('person_aliases',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('person_id', sa.Integer(), nullable=False, comment='The person.'),
    sa.Column('alias', sa.String(length=300), nullable=False, comment='The variant as written.'),
    sa.Column('alias_key', sa.String(length=300), nullable=False, comment='Normalised variant; one person per variant.'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_aliases_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_aliases')),
    sa.UniqueConstraint('alias_key', name=op.f('uq_person_aliases_alias_key')),
    comment='Every full-name variant seen for a person (spellings, transliterations).'
    )
    with op.batch_alter_table('person_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_aliases_person_id'), ['person_id'], unique=False)

    op.create_table('event_mentions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('event_id', sa.Integer(), nullable=False, comment='The event.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of the mention in articles.body.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='End offset (exclusive) in articles.body.'),
    sa.Column('date_phrase', sa.Text(), nullable=True, comment='The words the date was resolved from.'),
    sa.Column('role', sa.String(length=20), nullable=False, comment="reported (the article's news) or background (an earlier event it recalls)."),
    sa.CheckConstraint("role IN ('reported', 'background')", name=op.f('ck_event_mentions_role')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_event_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_mentions_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_mentions')),
    comment="An article's mention of an event, with its span and how the article dates it."
    )
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_mentions_event_id'), ['event_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('person_id', sa.Integer(), nullable=False, comment='The person named.'),
    sa.Column('surface', sa.String(length=300), nullable=False, comment='The name as written, without title.'),
    sa.Column('role', sa.Text(), nullable=True, comment='Title or description as written next to it.'),
    sa.Column('apposition', sa.Text(), nullable=True, comment="A second description set off by commas beside the name, e.g. 'a former ambassador'."),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of the name in articles.body.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='End offset (exclusive) in articles.body.'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_mentions_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
    comment='A person named in an article, with the span and the role written next to it.'
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_person_id'), ['person_id'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('speaker_id', sa.Integer(), nullable=True, comment='The person who said it; NULL when the speaker is not a named person.'),
    sa.Column('speaker_label', sa.Text(), nullable=True, comment='How the text names an unnamed or non-person speaker; NULL when speaker_id is set.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The quoted words without the marks; for indirect speech, the reported clause.'),
    sa.Column('kind', sa.String(length=10), nullable=False, comment='direct, partial (a fragment) or indirect.'),
    sa.Column('cue', sa.String(length=200), nullable=True, comment="The speech verb or phrase, e.g. 'told reporters'."),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of text in articles.body.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='End offset (exclusive) in articles.body.'),
    sa.Column('speaker_start_char', sa.Integer(), nullable=True, comment='Offset of the words naming the speaker (name, pronoun or label), if any.'),
    sa.Column('speaker_end_char', sa.Integer(), nullable=True, comment='End offset of those words.'),
    sa.CheckConstraint("kind IN ('direct', 'partial', 'indirect')", name=op.f('ck_quotes_kind')),
    sa.CheckConstraint('speaker_id IS NULL OR speaker_label IS NULL', name=op.f('ck_quotes_one_speaker')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['people.id'], name=op.f('fk_quotes_speaker_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
    comment='Quotations and reported speech, with who said them.'
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_id'), ['speaker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_article_id'))

    op.drop_table('quotes')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_person_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('event_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_mentions_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_mentions_article_id'))

    op.drop_table('event_mentions')
    with op.batch_alter_table('person_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_aliases_person_id'))

    op.drop_table('person_aliases')
    with op.batch_alter_table('ingest_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_failures_run_id'))

    op.drop_table('ingest_failures')
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_person_id'))

    op.drop_table('event_participants')
    op.drop_table('event_actors')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_published_on')
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))
        batch_op.drop_index(batch_op.f('ix_articles_ingest_run_id'))

    op.drop_table('articles')
    op.drop_table('people')
    op.drop_table('outlets')
    op.drop_table('ingest_runs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_start_date')

    op.drop_table('events')
