"""The store: writes extracted articles to the database, idempotently, in bulk, one transaction per batch.

An input is identified by its content hash (the input text plus its given metadata). An input already stored
by the same extractor version is `unchanged` (the ingest asks first by the hash of the raw input, before reading
it: `known_input_versions`, the `article_inputs` the store writes beside each article read without a warning); a changed input, or one extracted by an older version, updates
its article (found by hash, else URL, else file and record number) and replaces all its extracted rows.

How a batch is written (`write_batch`):
- One transaction, which first takes the writers' lock (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a
  transaction-level advisory lock), so the cross-article steps of concurrent `newsdb ingest` runs take turns.
  Under the lock the in-memory people, event and outlet indexes are brought up to date with what other
  writers stored since this one last looked (`resolution_state.revision`, stamped on changed people and events;
  a full reload after another writer deleted orphans).
- People and events are resolved against the whole database through those indexes (`PeopleIndex`,
  `EventIndex`), in input order. Ids are assigned in Python without a round trip per row (SQLite: after the
  largest id, under the write lock; PostgreSQL: blocks of the tables' sequences), so every row of the batch is
  built first and then written with one bulk statement per table (PostgreSQL: COPY; see `PG_BULK`).
- The summary tables (db.summaries) are updated from what the batch added and removed, in the same
  transaction. Full-text indexes follow by themselves (SQLite triggers, PostgreSQL GIN expression indexes).
- The whole batch runs inside a savepoint: if any row is refused, the batch is written again one article per
  savepoint, so one bad article fails alone. The in-memory indexes never keep rows of a rolled-back savepoint:
  while a savepoint is open the store notes what it changes in the people, event and outlet indexes (`_Undo`)
  and puts it back if the savepoint is rolled back, so the recovery reloads nothing
  (tests/loaders/test_store_recovery.py counts the loads). A deadlock or serialization
  failure (or SQLite staying locked past its busy timeout) retries the whole transaction; an interrupted run
  leaves only whole batches.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import OperationalError

from db.models import (
    Article,
    ArticleInput,
    Event,
    EventActor,
    EventMention,
    EventParticipant,
    IngestFailure,
    Mention,
    Outlet,
    OutletBoilerplate,
    Person,
    PersonAlias,
    Quote,
    ResolutionState,
    utcnow,
)
from db.fts import indexed_in_bulk
from db.summaries import ArticleFacts, Changes
from db.views import CURRENT_FTS
from loaders.extract import run_body_steps
from loaders.extract.eventmatch import EventIndex, KnownEvent
from loaders.extract.modality import merged_status
from loaders.extract.names import PeopleIndex, person_key
from loaders.extract.repeated import count_paragraphs, line_hash, paragraphs, repeated_hashes, strip_known_paragraphs
from loaders.records import ArticleRecord, ExtractedArticle, FailedInput, SourceDocument
from loaders.registry import OutletEntry, Registry

# PostgreSQL bulk path: 'copy' (psycopg 3 COPY ... FROM STDIN), 'values' (multi-row INSERT) or 'executemany'.
# Measured by scripts/benchmark.py --write-path (docs/performance.md): COPY is the fastest.
PG_BULK = "copy"
WRITER_LOCK_KEY = 0x6E657773_64620001  # pg_advisory_xact_lock key shared by every newsdb writer ('newsdb' 1)
RETRIES = 5
_RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


class StoreBusy(RuntimeError):
    """The database stayed locked by another writer through every retry."""


def content_hash(doc: SourceDocument) -> str:
    digest = hashlib.sha256()
    digest.update(doc.source_format.encode())
    digest.update(b"\0")
    digest.update(doc.raw_text.encode("utf-8", errors="surrogatepass"))
    digest.update(b"\0")
    digest.update(json.dumps(doc.given, sort_keys=True, ensure_ascii=False, default=str).encode())
    return digest.hexdigest()


@dataclass
class WriteResult:
    status: str  # 'added', 'updated', 'unchanged' (another writer stored it meanwhile) or 'failed'
    article_id: int | None = None
    reason: str | None = None


def _domain(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower()
    return value[4:] if value.startswith("www.") else value


def _is_retryable(error: BaseException) -> bool:
    """A deadlock, serialization failure or lock wait that a fresh transaction may not meet again."""
    orig = getattr(error, "orig", None) or error  # SQLAlchemy wraps driver errors; COPY raises them bare
    if getattr(orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
        return True
    message = str(orig).lower()
    return isinstance(error, OperationalError) and ("database is locked" in message or "database is busy" in message)


def _connection_lost(connection: Connection, error: BaseException) -> bool:
    """The server or the driver dropped the connection: nothing more can be done in this transaction, and the
    error itself (not the next statement's "invalid transaction") is what the run must report."""
    if getattr(error, "connection_invalidated", False):
        return True
    try:
        if connection.invalidated:
            return True
        raw = connection.connection.dbapi_connection
    except Exception:
        return True
    return bool(getattr(raw, "broken", False) or getattr(raw, "closed", False))


class _Ids:
    """Ids for new rows of one transaction, assigned without a round trip per row.

    SQLite: one past the largest id, read once per table; safe because the transaction holds the write lock.
    PostgreSQL: ids drawn from the table's own sequence in blocks (unused ones are gaps, as after a rollback).
    """

    BLOCK = 32

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.postgresql = connection.dialect.name == "postgresql"
        self._next: dict[str, int] = {}
        self._pool: dict[str, list[int]] = {}

    def take(self, table: Table, count: int = 1) -> list[int]:
        name = table.name
        if self.postgresql:
            pool = self._pool.setdefault(name, [])
            if len(pool) < count:
                wanted = max(count - len(pool), self.BLOCK)
                pool.extend(self.connection.exec_driver_sql(
                    f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) FROM generate_series(1, {int(wanted)})"
                ).scalars())
            taken, self._pool[name] = pool[:count], pool[count:]
            return taken
        if name not in self._next:
            self._next[name] = (self.connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        first = self._next[name]
        self._next[name] = first + count
        return list(range(first, first + count))

    def one(self, table: Table) -> int:
        return self.take(table, 1)[0]


_ABSENT = object()


class _Undo:
    """What the articles of an open savepoint changed in the store's in-memory indexes, to put back if the
    savepoint is rolled back (the database forgets their rows; the indexes must too): events added to the event
    index, events it extended (as they were before), people added to the people index, names an article added to
    a known person (`PeopleIndex.remove` / `remove_variants`), entries of the store's own dicts and members of its
    sets as they were. Replayed backwards, so a person created and then extended in one savepoint is first
    un-extended, then forgotten."""

    def __init__(self) -> None:
        self._steps: list[tuple] = []

    def entry(self, mapping: dict, key) -> None:
        """Before `mapping[key]` changes: its value now (or that it is absent)."""
        self._steps.append(("entry", mapping, key, mapping.get(key, _ABSENT)))

    def member(self, members: set, item) -> None:
        """Before `item` is added to or discarded from `members`: whether it is there now."""
        self._steps.append(("member", members, item, item in members))

    def person_added(self, people: PeopleIndex, person_id: int) -> None:
        self._steps.append(("person", people, person_id, None))

    def variants_added(self, people: PeopleIndex, person_id: int, names: list[str]) -> None:
        """Before `people.add(person_id, names[0], names[1:])` of a person the index already holds."""
        self._steps.append(("person", people, person_id, tuple(names)))

    def value(self, owner, attribute: str) -> None:
        self._steps.append(("value", owner, attribute, getattr(owner, attribute)))

    def event_added(self, events: EventIndex, event_id: int) -> None:
        self._steps.append(("event", events, event_id, None))

    def event_extended(self, events: EventIndex, event_id: int) -> None:
        self._steps.append(("event", events, event_id, events.known(event_id)))

    def replay(self) -> None:
        for kind, owner, key, before in reversed(self._steps):
            if kind == "entry":
                if before is _ABSENT:
                    owner.pop(key, None)
                else:
                    owner[key] = before
            elif kind == "value":
                setattr(owner, key, before)
            elif kind == "member":
                if before:
                    owner.add(key)
                else:
                    owner.discard(key)
            elif kind == "person":
                if before is None:
                    owner.remove(key)
                else:
                    owner.remove_variants(key, before)
            else:
                owner.remove(key)
                if before is not None:
                    owner.add(before)
        self._steps.clear()


class _Batch:
    """The rows of one write, built in Python and written table by table at the end."""

    def __init__(self) -> None:
        self.outlets: list[dict] = []
        self.people: dict[int, dict] = {}  # new people by id (a later article may give a fuller name)
        self.person_updates: dict[int, dict] = {}
        self.aliases: list[dict] = []
        self.articles: list[dict] = []
        self.article_updates: list[dict] = []
        self.mentions: list[dict] = []
        self.quotes: list[dict] = []
        self.events: dict[int, dict] = {}
        self.event_updates: dict[int, dict] = {}
        self.participants: list[dict] = []
        self.actors: list[dict] = []
        self.event_mentions: list[dict] = []
        self.inputs: dict[str, int] = {}  # raw input hash -> article id


class Store:
    def __init__(self, engine: Engine, extractor_version: str, registry: Registry | None = None,
                 pg_bulk: str = PG_BULK) -> None:
        self.engine = engine
        # SQLite: write transactions start with BEGIN IMMEDIATE (db.engine), waiting for the lock up front.
        self._writer = engine.execution_options(newsdb_begin_immediate=True)
        self.extractor_version = extractor_version
        self.registry = registry or Registry()
        self.pg_bulk = pg_bulk
        self._caches_loaded = False
        self._seen_revision = 0
        self._undo: _Undo | None = None  # set while a savepoint is open (`_savepoint`)
        self.added_by_outlet: dict[int, int] = {}  # articles added per outlet by this store, for relearning
        self.orphans_possible = False  # set when an update removed rows that people or events hung on

    # -- lookups -------------------------------------------------------------------------------------------

    def known_versions(self, hashes: list[str]) -> dict[str, str]:
        """{content_hash: extractor_version} for the hashes already stored."""
        return self._versions("SELECT content_hash, extractor_version FROM articles", "content_hash", hashes)

    def known_input_versions(self, hashes: list[str]) -> dict[str, str]:
        """{raw input hash: extractor_version of its article} for the raw inputs already stored
        (loaders.readers.RawInput): what a re-ingest skips before reading them."""
        return self._versions("SELECT i.input_hash, a.extractor_version FROM article_inputs i "
                              "JOIN articles a ON a.id = i.article_id", "i.input_hash", hashes)

    def _versions(self, query: str, column: str, hashes: list[str]) -> dict[str, str]:
        if not hashes:
            return {}
        # Straight through the driver: re-ingesting unchanged input is this look-up and a hash per input.
        found: dict[str, str] = {}
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "postgresql":
                # One array parameter: a list of a thousand markers costs PostgreSQL more to parse and plan than
                # to answer.
                return dict(connection.exec_driver_sql(f"{query} WHERE {column} = ANY(%s)", (list(hashes),)).all())
            for start in range(0, len(hashes), 500):
                chunk = tuple(hashes[start:start + 500])
                found.update(connection.exec_driver_sql(
                    f"{query} WHERE {column} IN ({', '.join(['?'] * len(chunk))})", chunk).all())
        return found

    def remember_inputs(self, pairs: list[tuple[str, str]]) -> None:
        """Keep the raw input hash of inputs found stored by their content hash ((input hash, content hash)
        pairs), for articles written before `article_inputs` existed (or from another raw form of the same
        input): the next re-ingest skips them before reading. Only an article of this extractor version that
        still has that content takes the hash."""
        if not pairs:
            return
        mark = "%s" if self.engine.dialect.name == "postgresql" else "?"
        with self._writer.begin() as connection:
            connection.exec_driver_sql(
                f"INSERT INTO article_inputs (input_hash, article_id) SELECT {mark}, id FROM articles "
                f"WHERE content_hash = {mark} AND extractor_version = {mark} ON CONFLICT (input_hash) DO NOTHING",
                [(input_hash, digest, self.extractor_version) for input_hash, digest in pairs])

    def record_failures(self, run_id: int, failures: list[FailedInput]) -> None:
        if not failures:
            return
        with self.engine.begin() as connection:
            connection.execute(
                insert(IngestFailure),
                [
                    {
                        "run_id": run_id,
                        "source_path": failure.source_path,
                        "source_record": failure.source_record,
                        "reason": failure.reason,
                        "failed_at": utcnow(),
                    }
                    for failure in failures
                ],
            )

    # -- the writers' lock and the in-memory indexes ---------------------------------------------------------

    def _lock(self, connection: Connection) -> tuple[int, int]:
        """Take the writers' lock for this transaction; return (revision, reset_revision)."""
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
        # SQLite: BEGIN IMMEDIATE already holds the database's write lock.
        row = connection.execute(
            select(ResolutionState.revision, ResolutionState.reset_revision).where(ResolutionState.id == 1)
        ).first()
        if row is None:
            connection.execute(insert(ResolutionState), {"id": 1, "revision": 0, "reset_revision": 0})
            return 0, 0
        return row.revision, row.reset_revision

    def _sync(self, connection: Connection) -> int:
        """Lock, and bring the indexes up to date with the database; return this transaction's revision."""
        revision, reset_revision = self._lock(connection)
        if not self._caches_loaded or reset_revision > self._seen_revision:
            self._load_caches(connection, revision)
        elif revision > self._seen_revision:
            self._refresh(connection, revision)
        return revision + 1

    def _load_caches(self, connection: Connection, revision: int | None = None) -> None:
        if revision is None:
            revision = connection.execute(
                select(ResolutionState.revision).where(ResolutionState.id == 1)).scalar() or 0
        self._outlets_by_name: dict[str, int] = {}
        self._outlets_by_domain: dict[str, int] = {}
        self._max_outlet_id = 0
        self._add_outlets(connection, 0)
        self._load_people(connection)
        self._events = EventIndex(catalogue_names={entry.name for entry in self.registry.events})
        # What the store must know of a stored event when a later article's event matches it, kept only for the
        # events the index keeps (`_keep_event`): its participants' ids and actors as stored (absent: none), and
        # (start_date, location, status) as stored.
        self._event_links: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._event_fields: dict[int, tuple] = {}
        self._add_events(connection, None)
        self._seen_revision = revision
        self._caches_loaded = True

    def _load_people(self, connection: Connection) -> None:
        """The people index and the store's people keys, names and alias keys, from the database."""
        self._people = PeopleIndex()
        self._person_keys: set[str] = set()
        self._alias_keys: set[str] = set()
        self._person_names: dict[int, str] = {}
        self._max_alias_id = 0
        aliases: dict[int, list[str]] = {}
        for row in connection.execute(
                select(PersonAlias.id, PersonAlias.person_id, PersonAlias.alias, PersonAlias.alias_key)):
            aliases.setdefault(row.person_id, []).append(row.alias)
            self._alias_keys.add(row.alias_key)
            self._max_alias_id = max(self._max_alias_id, row.id)
        for row in connection.execute(select(Person.id, Person.name, Person.name_key)):
            self._people.add(row.id, row.name, aliases.get(row.id, []))
            self._person_keys.add(row.name_key)
            self._person_names[row.id] = row.name

    def _add_outlets(self, connection: Connection, after_id: int) -> None:
        for row in connection.execute(
                select(Outlet.id, Outlet.name, Outlet.domain).where(Outlet.id > after_id).order_by(Outlet.id)):
            self._outlets_by_name[row.name.casefold()] = row.id
            if row.domain:
                self._outlets_by_domain[row.domain] = row.id
            self._max_outlet_id = max(self._max_outlet_id, row.id)

    def _add_events(self, connection: Connection, after_revision: int | None) -> None:
        """Load events (all, or those changed after a revision) with their participants and actors."""
        query = select(Event.id, Event.name, Event.event_type, Event.start_date, Event.end_date,
                       Event.date_precision, Event.location, Event.status)
        participant_query = select(EventParticipant.event_id, EventParticipant.person_id)
        actor_query = select(EventActor.event_id, EventActor.actor)
        if after_revision is not None:
            changed = select(Event.id).where(Event.revision > after_revision)
            query = query.where(Event.revision > after_revision)
            participant_query = participant_query.where(EventParticipant.event_id.in_(changed))
            actor_query = actor_query.where(EventActor.event_id.in_(changed))
        participants: dict[int, set[int]] = {}
        for row in connection.execute(participant_query):
            participants.setdefault(row.event_id, set()).add(row.person_id)
        actors: dict[int, set[str]] = {}
        for row in connection.execute(actor_query):
            actors.setdefault(row.event_id, set()).add(row.actor)
        for row in connection.execute(query):
            people = participants.get(row.id, set())
            known = KnownEvent(
                event_id=row.id,
                name=row.name,
                event_type=row.event_type,
                start_date=row.start_date,
                date_precision=row.date_precision,
                participants=frozenset(self._person_names.get(pid, "") for pid in people),
                actors=frozenset(actors.get(row.id, ())),
                end_date=row.end_date,
                location=row.location,
                status=row.status,
            )
            self._keep_event(known, people, actors.get(row.id, ()))

    def _keep_event(self, known: KnownEvent, person_ids, actors) -> None:
        """Index a stored event; keep its links and fields only if the index keeps it, for an event the index can
        never match (`EventIndex.add` returns False: undated, or sharing no key another event could match it by)
        is never read again. Their number grows with the corpus, so this keeps the store's memory flat."""
        if not self._events.add(known):
            self._event_links.pop(known.event_id, None)
            self._event_fields.pop(known.event_id, None)
            return
        self._set_links(known.event_id, person_ids, actors)
        self._event_fields[known.event_id] = (known.start_date, known.location, known.status)

    def _set_links(self, event_id: int, person_ids, actors) -> None:
        if person_ids or actors:
            self._event_links[event_id] = (tuple(sorted(person_ids)), tuple(sorted(actors)))
        else:
            self._event_links.pop(event_id, None)

    def _refresh(self, connection: Connection, revision: int) -> None:
        """Add what other writers stored since `_seen_revision`: outlets, people, aliases, events."""
        self._add_outlets(connection, self._max_outlet_id)
        for row in connection.execute(
                select(Person.id, Person.name, Person.name_key).where(Person.revision > self._seen_revision)):
            self._people.add(row.id, row.name)
            self._person_keys.add(row.name_key)
            self._person_names[row.id] = row.name
        for row in connection.execute(
                select(PersonAlias.id, PersonAlias.person_id, PersonAlias.alias, PersonAlias.alias_key)
                .where(PersonAlias.id > self._max_alias_id)):
            self._people.add(row.person_id, self._person_names.get(row.person_id, row.alias), [row.alias])
            self._alias_keys.add(row.alias_key)
            self._max_alias_id = max(self._max_alias_id, row.id)
        self._add_events(connection, self._seen_revision)
        self._seen_revision = revision

    def _invalidate(self) -> None:
        self._caches_loaded = False

    # -- writing ----------------------------------------------------------------------------------------------

    def write_batch(self, items: list[tuple[str, ExtractedArticle]], run_id: int | None,
                    replace: bool = False) -> list[WriteResult]:
        """Write (content_hash, extracted) pairs in one transaction; one result per item, in order.

        An item already stored with the same hash by the same extractor version (another writer was faster) is
        `unchanged`, unless `replace` asks to write it again (re-cleaned articles keep their hash)."""
        for attempt in range(RETRIES):
            try:
                return self._write_batch_once(items, run_id, replace)
            except Exception as error:
                self._invalidate()
                if not _is_retryable(error):
                    raise
                if attempt == RETRIES - 1:
                    if self.engine.dialect.name == "sqlite":
                        raise StoreBusy(
                            "the database stayed locked by another writer through "
                            f"{RETRIES} waits of its busy timeout; nothing of this batch was written, run the "
                            "ingest again to complete it") from error
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt))
            except BaseException:
                self._invalidate()
                raise
        raise AssertionError("unreachable")

    def _write_batch_once(self, items, run_id, replace: bool) -> list[WriteResult]:
        with self._writer.begin() as connection:
            revision = self._sync(connection)
            try:
                results = self._savepoint(connection, items, run_id, revision, replace)
            except Exception as error:  # a refused row (COPY raises the driver's error bare): isolate it
                if _is_retryable(error) or _connection_lost(connection, error):
                    raise
                results = self._write_one_by_one(connection, items, run_id, revision, replace)
        self._seen_revision = revision
        return results

    def _write_one_by_one(self, connection: Connection, items, run_id, revision, replace: bool
                          ) -> list[WriteResult]:
        """After a refused batch: each article in its own savepoint, so only the bad ones fail."""
        results = []
        for item in items:
            try:
                results.extend(self._savepoint(connection, [item], run_id, revision, replace))
            except Exception as error:
                if _is_retryable(error) or _connection_lost(connection, error):
                    raise
                results.append(WriteResult("failed", reason=f"database error: {_one_line(error)}"))
        return results

    def _savepoint(self, connection: Connection, items, run_id, revision, replace: bool) -> list[WriteResult]:
        """Write items in a savepoint; if it is rolled back, put the in-memory indexes back as they were."""
        self._undo = undo = _Undo()
        try:
            with connection.begin_nested():
                return self._write_items(connection, items, run_id, revision, replace)
        except Exception:
            undo.replay()
            raise
        finally:
            self._undo = None

    def _write_items(self, connection: Connection, items, run_id, revision: int, replace: bool
                     ) -> list[WriteResult]:
        results: list[WriteResult | None] = [None] * len(items)
        changes = Changes()
        ids = _Ids(connection)
        for round_indexes in _rounds(items):
            self._write_round(connection, [(i, items[i]) for i in round_indexes], run_id, revision, changes, ids,
                              results, replace)
        changes.flush(connection)
        connection.execute(update(ResolutionState).where(ResolutionState.id == 1).values(revision=revision))
        return results

    def _write_round(self, connection, indexed_items, run_id, revision, changes: Changes, ids: _Ids,
                     results: list, replace: bool) -> None:
        existing = self._find_existing(connection, [item for _, item in indexed_items])
        batch = _Batch()
        now = utcnow()
        updated_ids: list[int] = []
        written: list[tuple[int, int, str, ExtractedArticle]] = []  # (result index, article id, hash, extracted)
        for (index, (digest, extracted)), found in zip(indexed_items, existing):
            if (not replace and found is not None and found.content_hash == digest
                    and found.extractor_version == self.extractor_version):
                results[index] = WriteResult("unchanged", found.id)  # another writer stored it meanwhile
                continue
            if found is None:
                article_id = ids.one(Article.__table__)
                results[index] = WriteResult("added", article_id)
            else:
                article_id = found.id
                updated_ids.append(article_id)
                results[index] = WriteResult("updated", article_id)
            written.append((index, article_id, digest, extracted))
        if updated_ids:
            changes.remove_articles(connection, updated_ids)
            for start in range(0, len(updated_ids), 500):
                chunk = updated_ids[start:start + 500]
                # A re-cleaned article (replace) is still what its raw input reads to; any other update is not.
                for table in (Mention, Quote, EventMention) + (() if replace else (ArticleInput,)):
                    connection.execute(delete(table).where(table.article_id.in_(chunk)))
            self.orphans_possible = True
        for index, article_id, digest, extracted in written:
            values = self._article_values(connection, extracted, digest, run_id, now, batch, ids, revision)
            if results[index].status == "added":
                batch.articles.append({"id": article_id, **values, "ingested_at": now})
                if values["outlet_id"] is not None:
                    self.added_by_outlet[values["outlet_id"]] = self.added_by_outlet.get(values["outlet_id"], 0) + 1
            else:
                batch.article_updates.append({"b_id": article_id, **values})
            if extracted.input_hash and not replace:
                batch.inputs[extracted.input_hash] = article_id
            person_ids = self._resolve_people(extracted, article_id, batch, ids, revision)
            self._quote_rows(extracted, article_id, person_ids, batch)
            self._resolve_events(extracted, article_id, person_ids, batch, ids, revision)
        self._flush_rows(connection, batch)
        changes.add(_facts(written, batch))

    def _find_existing(self, connection: Connection, items) -> list:
        """For each item, the stored article it replaces (by hash, else URL, else file and record), or None."""
        hashes = [digest for digest, _ in items]
        urls = [extracted.article.url for _, extracted in items if extracted.article.url]
        paths = sorted({extracted.article.source_path for _, extracted in items})
        records = sorted({extracted.article.source_record for _, extracted in items})
        # Files and record numbers as two IN lists, not one list of pairs: SQLite reads (path, record) pairs in
        # an OR by scanning every article (a cost growing with the database), two lists through the unique
        # index. The lists may also find a file's other records: only exact pairs are looked up below.
        conditions = [Article.content_hash.in_(hashes),
                      and_(Article.source_path.in_(paths), Article.source_record.in_(records))]
        if urls:
            conditions.append(Article.url.in_(urls))
        rows = connection.execute(
            select(Article.id, Article.content_hash, Article.extractor_version, Article.url, Article.source_path,
                   Article.source_record).where(or_(*conditions))
        ).all()
        by_hash = {row.content_hash: row for row in rows}
        by_url = {row.url: row for row in rows if row.url}
        by_source = {(row.source_path, row.source_record): row for row in rows}
        found = []
        for digest, extracted in items:
            article = extracted.article
            found.append(by_hash.get(digest) or (by_url.get(article.url) if article.url else None)
                         or by_source.get((article.source_path, article.source_record)))
        return found

    def _article_values(self, connection, extracted: ExtractedArticle, digest: str, run_id, now, batch: _Batch,
                        ids: _Ids, revision: int) -> dict:
        article = extracted.article
        return {
            "outlet_id": self._outlet_id(extracted, batch, ids),
            "title": article.title,
            "title_evidence": article.title_evidence,
            "subtitle": article.subtitle,
            "byline": article.byline,
            "authors": "; ".join(article.authors) or None,
            "published_on": article.published_on,
            "date_precision": article.date_precision if article.published_on else None,
            "date_evidence": article.date_evidence,
            "url": article.url,
            "language": article.language,
            "body": article.body,
            "boilerplate": "\n".join(article.removed_lines) or None,
            "raw_text": article.raw_text,
            "source_format": article.source_format,
            "content_hash": digest,
            "source_path": article.source_path,
            "source_record": article.source_record,
            "extractor_version": self.extractor_version,
            "ingest_run_id": run_id,
            "updated_at": now,
        }

    def _outlet_id(self, extracted: ExtractedArticle, batch: _Batch, ids: _Ids) -> int | None:
        article = extracted.article
        domain = _domain(article.outlet_domain)
        name = (article.outlet_name or "").strip() or None
        if domain and domain in self._outlets_by_domain:
            return self._outlets_by_domain[domain]
        if name and name.casefold() in self._outlets_by_name:
            return self._outlets_by_name[name.casefold()]
        if not name and not domain:
            return None
        entry = self._registry_outlet(name, domain)
        name = name or (entry.name if entry else domain)
        if name.casefold() in self._outlets_by_name:
            return self._outlets_by_name[name.casefold()]
        stored_domain = domain or (entry.domain if entry else None)
        if stored_domain and stored_domain in self._outlets_by_domain:
            return self._outlets_by_domain[stored_domain]
        outlet_id = ids.one(Outlet.__table__)
        if self._undo is not None:
            self._undo.entry(self._outlets_by_name, name.casefold())
            if stored_domain:
                self._undo.entry(self._outlets_by_domain, stored_domain)
            self._undo.value(self, "_max_outlet_id")
        batch.outlets.append({
            "id": outlet_id,
            "name": name,
            "domain": stored_domain,
            "full_name": entry.full_name if entry else None,
            "country": article.outlet_country or (entry.country if entry else None),
            "language": entry.language if entry else None,
            "kind": entry.kind if entry else None,
            "created_at": utcnow(),
        })
        self._outlets_by_name[name.casefold()] = outlet_id
        if stored_domain:
            self._outlets_by_domain[stored_domain] = outlet_id
        self._max_outlet_id = max(self._max_outlet_id, outlet_id)
        return outlet_id

    def _registry_outlet(self, name: str | None, domain: str | None) -> OutletEntry | None:
        folded = name.casefold() if name else None
        for entry in self.registry.outlets:
            if domain and entry.domain == domain:
                return entry
            if folded and folded in {n.casefold() for n in (entry.name, entry.full_name or "", *entry.aliases)}:
                return entry
        return None

    def _resolve_people(self, extracted: ExtractedArticle, article_id: int, batch: _Batch, ids: _Ids,
                        revision: int) -> dict[str, int]:
        person_ids: dict[str, int] = {}
        undo = self._undo
        for person in extracted.people:
            variants = [person.name, *person.aliases]
            person_id = self._people.match(person.name, person.aliases)
            if person_id is None:
                key = person_key(person.name)
                if not key or key in self._person_keys:
                    key = f"{key}#{len(self._person_keys)}"  # a key taken by a person the index kept apart
                person_id = ids.one(Person.__table__)
                batch.people[person_id] = {"id": person_id, "name": person.name, "name_key": key,
                                           "country": person.country, "created_at": utcnow(), "revision": revision}
                if undo is not None:
                    undo.member(self._person_keys, key)
                    undo.entry(self._person_names, person_id)
                    undo.person_added(self._people, person_id)
                self._person_keys.add(key)
                self._person_names[person_id] = person.name
            else:
                self._prefer_fuller_name(person_id, person.name, batch, revision)
                if undo is not None:
                    undo.variants_added(self._people, person_id, variants)
            for variant in variants:
                alias_key = person_key(variant)
                if alias_key and alias_key not in self._alias_keys:
                    if undo is not None:
                        undo.member(self._alias_keys, alias_key)
                    self._alias_keys.add(alias_key)
                    batch.aliases.append({"person_id": person_id, "alias": variant, "alias_key": alias_key})
            self._people.add(person_id, person.name, person.aliases)
            person_ids[person.name] = person_id
            batch.mentions.extend(
                {
                    "article_id": article_id,
                    "person_id": person_id,
                    "surface": mention.surface,
                    "role": mention.role,
                    "apposition": mention.apposition,
                    "start_char": mention.start,
                    "end_char": mention.end,
                    "kind": mention.kind,  # COPY and executemany write every key: the column default never applies
                }
                for mention in person.mentions
            )
        return person_ids

    def _prefer_fuller_name(self, person_id: int, name: str, batch: _Batch, revision: int) -> None:
        """A person first stored under a shorter form ('Kennedy') takes the fuller one when it comes."""
        current = self._person_names.get(person_id, "")
        if len(name.split()) <= len(current.split()):
            return
        key = person_key(name)
        values = {"name": name}
        if key and key not in self._person_keys:
            values["name_key"] = key
            if self._undo is not None:
                self._undo.member(self._person_keys, person_key(current))
                self._undo.member(self._person_keys, key)
            self._person_keys.discard(person_key(current))
            self._person_keys.add(key)
        if person_id in batch.people:
            batch.people[person_id].update(values)
        else:
            batch.person_updates.setdefault(person_id, {"b_id": person_id, "revision": revision}).update(values)
        if self._undo is not None:
            self._undo.entry(self._person_names, person_id)
        self._person_names[person_id] = name

    def _quote_rows(self, extracted: ExtractedArticle, article_id: int, person_ids: dict[str, int],
                    batch: _Batch) -> None:
        for quote in extracted.quotes:
            speaker_id = person_ids.get(quote.speaker_name) if quote.speaker_name else None
            batch.quotes.append(
                {
                    "article_id": article_id,
                    "speaker_id": speaker_id,
                    "speaker_label": None if speaker_id else (quote.speaker_label or quote.speaker_name),
                    "text": quote.text,
                    "kind": quote.kind,
                    "cue": quote.cue,
                    "start_char": quote.start,
                    "end_char": quote.end,
                    "speaker_start_char": quote.speaker_start,
                    "speaker_end_char": quote.speaker_end,
                    "speaker_reference": quote.speaker_reference,
                    "speaker_confidence": quote.speaker_confidence,
                    "published_on": extracted.article.published_on,
                }
            )

    def _resolve_events(self, extracted: ExtractedArticle, article_id: int, person_ids: dict[str, int],
                        batch: _Batch, ids: _Ids, revision: int) -> None:
        # Match every event against what was stored before this article: the events step has already merged
        # the article's own mentions, so two of its events must not be matched to each other here.
        matches = [self._events.match(event) for event in extracted.events]
        for event, event_id in zip(extracted.events, matches):
            participant_ids = {person_ids[name] for name in event.participants if name in person_ids}
            changed = False
            if event_id is None:
                event_id = ids.one(Event.__table__)
                batch.events[event_id] = {
                    "id": event_id,
                    "name": event.name,
                    "event_type": event.event_type,
                    "start_date": event.start_date,
                    "end_date": event.end_date,
                    "date_precision": event.date_precision if event.start_date else None,
                    "location": event.location,
                    "status": event.status,
                    "created_at": utcnow(),
                    "revision": revision,
                }
                if self._undo is not None:
                    self._undo.event_added(self._events, event_id)
                    self._undo.entry(self._event_fields, event_id)
                    self._undo.entry(self._event_links, event_id)
                kept = self._events.add(KnownEvent.from_record(event_id, event))
                if kept:
                    self._event_fields[event_id] = (event.start_date, event.location, event.status)
            else:
                kept = True  # a matched event is one the index keeps
                if self._undo is not None:
                    self._undo.event_extended(self._events, event_id)
                    self._undo.entry(self._event_fields, event_id)
                    self._undo.entry(self._event_links, event_id)
                row = batch.events.get(event_id)
                start_date, location, status = self._event_fields.get(event_id, (None, None, "occurred"))
                # As the index does: an undated event takes the first date a later mention gives it.
                fields = {}
                if event.start_date is not None and start_date is None:
                    fields.update(start_date=event.start_date, end_date=event.end_date,
                                  date_precision=event.date_precision)
                if event.location and location is None:
                    fields["location"] = event.location
                # A plan told earlier, then told done (or called off): the event's status follows.
                if merged_status(status, event.status) != status:
                    fields["status"] = merged_status(status, event.status)
                self._event_fields[event_id] = (fields.get("start_date", start_date),
                                                fields.get("location", location), fields.get("status", status))
                self._events.extend(event_id, event)
                if fields:
                    changed = True
                    if row is not None:
                        row.update(fields)
                    else:
                        batch.event_updates.setdefault(event_id, {"b_id": event_id}).update(fields)
            known_people, known_actors = self._event_links.get(event_id, ((), ()))
            new_people = participant_ids.difference(known_people)
            if new_people:
                batch.participants.extend({"event_id": event_id, "person_id": pid} for pid in sorted(new_people))
                changed = True
            new_actors = {actor for actor in event.actors if actor}.difference(known_actors)
            if new_actors:
                batch.actors.extend({"event_id": event_id, "actor": actor} for actor in sorted(new_actors))
                changed = True
            if (new_people or new_actors) and kept:
                self._set_links(event_id, new_people.union(known_people), new_actors.union(known_actors))
            if changed and event_id not in batch.events:
                batch.event_updates.setdefault(event_id, {"b_id": event_id})["revision"] = revision
            batch.event_mentions.append(
                {
                    "event_id": event_id,
                    "article_id": article_id,
                    "start_char": event.start,
                    "end_char": event.end,
                    "date_phrase": event.date_phrase,
                    "role": event.role,
                }
            )

    def _flush_rows(self, connection: Connection, batch: _Batch) -> None:
        """Write the batch's rows, parents before children."""
        self._insert(connection, Outlet.__table__, batch.outlets)
        self._insert(connection, Person.__table__, list(batch.people.values()))
        self._update(connection, Person.__table__, list(batch.person_updates.values()))
        self._insert(connection, PersonAlias.__table__, batch.aliases)
        self._update(connection, Article.__table__, batch.article_updates)
        with indexed_in_bulk(connection, CURRENT_FTS):
            self._insert(connection, Article.__table__, batch.articles)
            self._insert(connection, Quote.__table__, batch.quotes)
        self._insert(connection, Mention.__table__, batch.mentions)
        self._insert(connection, Event.__table__, list(batch.events.values()))
        self._update(connection, Event.__table__, list(batch.event_updates.values()))
        self._insert(connection, EventParticipant.__table__, batch.participants)
        self._insert(connection, EventActor.__table__, batch.actors)
        self._insert(connection, EventMention.__table__, batch.event_mentions)
        if batch.inputs:  # an input hash may still name an older article (its update came from elsewhere): move it
            mark = "%s" if connection.dialect.name == "postgresql" else "?"
            connection.exec_driver_sql(
                f"INSERT INTO article_inputs (input_hash, article_id) VALUES ({mark}, {mark}) "
                "ON CONFLICT (input_hash) DO UPDATE SET article_id = excluded.article_id", list(batch.inputs.items()))

    def _insert(self, connection: Connection, table: Table, rows: list[dict]) -> None:
        if not rows:
            return
        if connection.dialect.name == "postgresql" and self.pg_bulk != "executemany":
            bulk_insert_postgresql(connection, table, rows, self.pg_bulk)
        elif connection.dialect.name == "sqlite":
            bulk_insert_sqlite(connection, table, rows)
        else:
            connection.execute(table.insert(), rows)

    @staticmethod
    def _update(connection: Connection, table: Table, rows: list[dict]) -> None:
        """Rows are {'b_id': id, column: value, ...}; rows with the same columns go in one executemany."""
        by_columns: dict[tuple[str, ...], list[dict]] = {}
        for row in rows:
            by_columns.setdefault(tuple(sorted(k for k in row if k != "b_id")), []).append(row)
        for columns, group in by_columns.items():
            if not columns:
                continue
            statement = (update(table).where(table.c.id == bindparam("b_id"))
                         .values({name: bindparam(name) for name in columns}))
            connection.execute(statement, group)

    # -- removing ---------------------------------------------------------------------------------------------

    def delete_articles(self, article_ids: list[int]) -> int:
        """Delete articles with everything extracted from them, keeping the summaries exact; returns how many."""
        ids = sorted(set(article_ids))
        if not ids:
            return 0
        deleted = 0
        with self._writer.begin() as connection:
            revision = self._sync(connection)
            changes = Changes()
            changes.remove_articles(connection, ids)
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                deleted += connection.execute(delete(Article).where(Article.id.in_(chunk))).rowcount
            changes.flush(connection)
            connection.execute(update(ResolutionState).where(ResolutionState.id == 1).values(revision=revision))
        self._seen_revision = revision
        self.orphans_possible = True
        return deleted

    def remove_orphans(self) -> tuple[int, int]:
        """Delete the people and events no article refers to any more; returns their numbers."""
        if not self.orphans_possible:
            return 0, 0
        with self._writer.begin() as connection:
            revision = self._sync(connection)
            orphan_events = select(Event.id).where(~exists().where(EventMention.event_id == Event.id))
            orphan_people = select(Person.id).where(
                ~exists().where(Mention.person_id == Person.id),
                ~exists().where(Quote.speaker_id == Person.id),
                ~exists().where(EventParticipant.person_id == Person.id),
            )  # run after the orphan events and their participants are gone
            event_ids = list(connection.execute(orphan_events).scalars())
            for start in range(0, len(event_ids), 500):
                chunk = event_ids[start:start + 500]
                connection.execute(delete(EventParticipant).where(EventParticipant.event_id.in_(chunk)))
                connection.execute(delete(EventActor).where(EventActor.event_id.in_(chunk)))
                connection.execute(delete(Event).where(Event.id.in_(chunk)))
            person_ids = list(connection.execute(orphan_people).scalars())
            for start in range(0, len(person_ids), 500):
                chunk = person_ids[start:start + 500]
                connection.execute(delete(PersonAlias).where(PersonAlias.person_id.in_(chunk)))
                connection.execute(delete(Person).where(Person.id.in_(chunk)))
            if event_ids or person_ids:
                # Other writers' indexes may hold what was deleted: make them reload whole.
                connection.execute(update(ResolutionState).where(ResolutionState.id == 1)
                                   .values(revision=revision, reset_revision=revision))
        self.orphans_possible = False
        if event_ids or person_ids:
            self._invalidate()
        return len(person_ids), len(event_ids)


def _facts(written, batch: _Batch) -> list[ArticleFacts]:
    """What the summaries count of the articles just written, from the rows built for them."""
    outlets = {row["id"]: row["outlet_id"] for row in batch.articles}
    outlets.update((row["b_id"], row["outlet_id"]) for row in batch.article_updates)
    facts = {article_id: ArticleFacts(article_id, outlets.get(article_id), extracted.article.published_on, [], [], [])
             for _, article_id, _, extracted in written}
    for row in batch.mentions:
        facts[row["article_id"]].mentions.append((row["person_id"], row["role"], row["kind"]))
    for row in batch.quotes:
        facts[row["article_id"]].quotes.append((row["speaker_id"], row["kind"], row["speaker_label"]))
    for row in batch.event_mentions:
        facts[row["article_id"]].event_ids.append(row["event_id"])
    return list(facts.values())


def _rounds(items) -> list[list[int]]:
    """Split a batch so that no two items of a round share a hash, URL or file and record: a later item that
    replaces an earlier one of the same batch is written after it, as a separate round."""
    rounds: list[tuple[list[int], set]] = []
    for index, (digest, extracted) in enumerate(items):
        article = extracted.article
        keys = {("h", digest), ("s", article.source_path, article.source_record)}
        if article.url:
            keys.add(("u", article.url))
        for members, used in rounds:
            if not keys & used:
                members.append(index)
                used.update(keys)
                break
        else:
            rounds.append(([index], set(keys)))
    return [members for members, _ in rounds]


def _sqlite_value(column):
    """How SQLAlchemy stores a date or timestamp in SQLite (ISO text), for rows written through the driver."""
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return None
    if python_type is datetime:
        return lambda value: None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if python_type is date:
        return lambda value: None if value is None else value.isoformat()
    return None


def bulk_insert_sqlite(connection: Connection, table: Table, rows: list[dict]) -> None:
    """One executemany through the driver, skipping SQLAlchemy's per-row parameter processing."""
    columns = list(rows[0])
    converters = [(i, convert) for i, name in enumerate(columns) if (convert := _sqlite_value(table.c[name]))]
    values = []
    for row in rows:
        value = [row[name] for name in columns]
        for i, convert in converters:
            value[i] = convert(value[i])
        values.append(tuple(value))
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)


def bulk_insert_postgresql(connection: Connection, table: Table, rows: list[dict], method: str = "copy") -> None:
    """Insert rows (dicts with the same keys) through the driver: COPY FROM STDIN or multi-row INSERTs."""
    columns = list(rows[0])
    cursor = connection.connection.driver_connection.cursor()
    try:
        if method == "copy":
            with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[name] for name in columns])
        else:
            page = max(1, 1000 // len(columns))
            placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
            for start in range(0, len(rows), page):
                chunk = rows[start:start + page]
                cursor.execute(
                    f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES " + ", ".join([placeholders] * len(chunk)),
                    [row[name] for row in chunk for name in columns],
                )
    finally:
        cursor.close()


class RepeatedParagraphs:
    """Learns the paragraphs each outlet repeats and re-cleans the articles that carry them (see
    loaders.extract.repeated). Works on stored bodies, so it needs no input files and keeps provenance: the
    removed paragraphs join the article's `boilerplate` and its people, quotes and events are re-extracted."""

    def __init__(self, store: Store, batch_size: int = 64) -> None:
        self.store = store
        self.engine = store.engine
        self.batch_size = batch_size

    def known(self) -> dict[str, frozenset[str]]:
        """{outlet name or domain, case-folded: paragraph hashes}, for `run_steps`."""
        by_outlet: dict[int, set[str]] = {}
        keys: dict[int, list[str]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(select(OutletBoilerplate.outlet_id, OutletBoilerplate.line_hash)):
                by_outlet.setdefault(row.outlet_id, set()).add(row.line_hash)
            if by_outlet:
                for row in connection.execute(
                    select(Outlet.id, Outlet.name, Outlet.domain).where(Outlet.id.in_(by_outlet))
                ):
                    keys[row.id] = [v.casefold() for v in (row.name, row.domain) if v]
        return {key: frozenset(by_outlet[oid]) for oid, names in keys.items() for key in names}

    def learn(self, min_growth: float = 0.05) -> int:
        """Relearn the outlets this store added enough articles to; return how many articles were re-cleaned."""
        recleaned = 0
        for outlet_id, added in sorted(self.store.added_by_outlet.items()):
            with self.engine.connect() as connection:
                total = connection.execute(
                    select(func.count()).select_from(Article).where(Article.outlet_id == outlet_id)
                ).scalar_one()
            if added >= max(1, min_growth * total):
                recleaned += self.learn_outlet(outlet_id)
        self.store.added_by_outlet.clear()
        return recleaned

    def _bodies(self, outlet_id: int):
        with self.engine.connect() as connection:
            result = connection.execution_options(yield_per=500).execute(
                select(Article.id, Article.body).where(Article.outlet_id == outlet_id)
            )
            for row in result:
                yield row.id, row.body

    def learn_outlet(self, outlet_id: int) -> int:
        counts, examples, documents = count_paragraphs(body for _, body in self._bodies(outlet_id))
        repeated = repeated_hashes(counts, documents)
        with self.engine.connect() as connection:
            stored = set(connection.execute(
                select(OutletBoilerplate.line_hash).where(OutletBoilerplate.outlet_id == outlet_id)
            ).scalars())
        new = {digest: count for digest, count in repeated.items() if digest not in stored}
        if not new:
            return 0
        with self.engine.begin() as connection:
            # Another writer may learn the same paragraph at the same time: the first one stays.
            if connection.dialect.name == "postgresql":
                from sqlalchemy.dialects.postgresql import insert as dialect_insert
            else:
                from sqlalchemy.dialects.sqlite import insert as dialect_insert
            connection.execute(dialect_insert(OutletBoilerplate).on_conflict_do_nothing(), [
                {"outlet_id": outlet_id, "line_hash": digest, "line": examples[digest], "articles": count,
                 "learned_at": utcnow()} for digest, count in new.items()
            ])
        affected = [aid for aid, body in self._bodies(outlet_id) if any(line_hash(p) in new for p in paragraphs(body))]
        hashes = frozenset(stored | set(new))
        for start in range(0, len(affected), self.batch_size):
            self._reclean(affected[start:start + self.batch_size], hashes)
        return len(affected)

    def _reclean(self, article_ids: list[int], hashes: frozenset[str]) -> None:
        columns = [Article.content_hash, Article.source_path, Article.source_format, Article.raw_text, Article.body,
                   Article.source_record, Article.title, Article.title_evidence, Article.subtitle, Article.byline,
                   Article.authors,
                   Article.published_on, Article.date_precision, Article.date_evidence, Article.url,
                   Article.language, Article.boilerplate, Outlet.name.label("outlet_name"),
                   Outlet.domain.label("outlet_domain"), Outlet.country.label("outlet_country")]
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(*columns).outerjoin(Outlet, Outlet.id == Article.outlet_id).where(Article.id.in_(article_ids))
            ).all()
        items = []
        for row in rows:
            article = ArticleRecord(
                source_path=row.source_path, source_format=row.source_format, raw_text=row.raw_text, body=row.body,
                source_record=row.source_record, title=row.title, title_evidence=row.title_evidence,
                subtitle=row.subtitle, byline=row.byline,
                authors=[a for a in (row.authors or "").split("; ") if a], published_on=row.published_on,
                date_precision=row.date_precision, date_evidence=row.date_evidence, url=row.url,
                outlet_name=row.outlet_name, outlet_domain=row.outlet_domain, outlet_country=row.outlet_country,
                language=row.language, removed_lines=row.boilerplate.split("\n") if row.boilerplate else [],
            )
            items.append((row.content_hash, run_body_steps(strip_known_paragraphs(article, hashes), self.store.registry)))
        # Re-cleaned articles keep their hash, so the store must not take them for unchanged: mark them stale.
        self.store.write_batch(items, None, replace=True)


def _one_line(error: BaseException) -> str:
    text_ = str(getattr(error, "orig", None) or error)
    return " ".join(text_.split())[:300]
