"""The store: writes extracted articles to the database, idempotently and in batches.

An input is identified by its content hash (the input text plus its given metadata). An input already stored
by the same extractor version is `unchanged`; a changed input, or one extracted by an older version, updates
its article (found by hash, else URL, else file and record number) and replaces all its extracted rows. Each
batch is one transaction and each article a savepoint inside it, so one bad article fails alone and an
interrupted run leaves no half-written article. People and events are resolved against the whole database
through in-memory indexes (`PeopleIndex`, `EventIndex`), loaded once per run and reloaded after a rollback.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, exists, func, insert, select, update

from db.models import (
    Article,
    OutletBoilerplate,
    Event,
    EventActor,
    EventMention,
    EventParticipant,
    IngestFailure,
    Mention,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    utcnow,
)
from loaders.extract import run_body_steps
from loaders.extract.eventmatch import EventIndex, KnownEvent
from loaders.extract.names import PeopleIndex, person_key
from loaders.extract.repeated import count_paragraphs, line_hash, paragraphs, repeated_hashes, strip_known_paragraphs
from loaders.records import ArticleRecord, ExtractedArticle, FailedInput, SourceDocument
from loaders.registry import OutletEntry, Registry


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
    status: str  # 'added', 'updated' or 'failed'
    article_id: int | None = None
    reason: str | None = None


def _domain(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().lower()
    return value[4:] if value.startswith("www.") else value


class Store:
    def __init__(self, engine: Engine, extractor_version: str, registry: Registry | None = None) -> None:
        self.engine = engine
        self.extractor_version = extractor_version
        self.registry = registry or Registry()
        self._caches_loaded = False
        self.added_by_outlet: dict[int, int] = {}  # articles added per outlet by this store, for relearning
        self.orphans_possible = False  # set when an update removed rows that people or events hung on

    # -- lookups -------------------------------------------------------------------------------------------

    def known_versions(self, hashes: list[str]) -> dict[str, str]:
        """{content_hash: extractor_version} for the hashes already stored."""
        if not hashes:
            return {}
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(Article.content_hash, Article.extractor_version).where(Article.content_hash.in_(hashes))
            )
            return {row.content_hash: row.extractor_version for row in rows}

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

    # -- caches ---------------------------------------------------------------------------------------------

    def _load_caches(self, connection: Connection) -> None:
        self._outlets_by_name: dict[str, int] = {}
        self._outlets_by_domain: dict[str, int] = {}
        for row in connection.execute(select(Outlet.id, Outlet.name, Outlet.domain)):
            self._outlets_by_name[row.name.casefold()] = row.id
            if row.domain:
                self._outlets_by_domain[row.domain] = row.id
        self._people = PeopleIndex()
        self._person_keys: set[str] = set()
        self._alias_keys: set[str] = set()
        aliases: dict[int, list[str]] = {}
        for row in connection.execute(select(PersonAlias.person_id, PersonAlias.alias, PersonAlias.alias_key)):
            aliases.setdefault(row.person_id, []).append(row.alias)
            self._alias_keys.add(row.alias_key)
        self._person_names: dict[int, str] = {}
        for row in connection.execute(select(Person.id, Person.name, Person.name_key)):
            self._people.add(row.id, row.name, aliases.get(row.id, []))
            self._person_keys.add(row.name_key)
            self._person_names[row.id] = row.name
        self._events = EventIndex(catalogue_names={entry.name for entry in self.registry.events})
        self._event_links: dict[int, tuple[set[int], set[str]]] = {}
        participants: dict[int, set[int]] = {}
        names: dict[int, set[str]] = {}
        person_names = {row.id: row.name for row in connection.execute(select(Person.id, Person.name))}
        for row in connection.execute(select(EventParticipant.event_id, EventParticipant.person_id)):
            participants.setdefault(row.event_id, set()).add(row.person_id)
            names.setdefault(row.event_id, set()).add(person_names.get(row.person_id, ""))
        actors: dict[int, set[str]] = {}
        for row in connection.execute(select(EventActor.event_id, EventActor.actor)):
            actors.setdefault(row.event_id, set()).add(row.actor)
        for row in connection.execute(
            select(Event.id, Event.name, Event.event_type, Event.start_date, Event.end_date, Event.date_precision,
                   Event.location)
        ):
            self._events.add(
                KnownEvent(
                    event_id=row.id,
                    name=row.name,
                    event_type=row.event_type,
                    start_date=row.start_date,
                    date_precision=row.date_precision,
                    participants=frozenset(names.get(row.id, ())),
                    actors=frozenset(actors.get(row.id, ())),
                    end_date=row.end_date,
                    location=row.location,
                )
            )
            self._event_links[row.id] = (participants.get(row.id, set()), actors.get(row.id, set()))
        self._caches_loaded = True

    def _invalidate(self) -> None:
        self._caches_loaded = False

    # -- writing ----------------------------------------------------------------------------------------------

    def write_batch(self, items: list[tuple[str, ExtractedArticle]], run_id: int | None) -> list[WriteResult]:
        """Write (content_hash, extracted) pairs in one transaction; one result per item, in order."""
        results: list[WriteResult] = []
        try:
            with self.engine.begin() as connection:
                if not self._caches_loaded:
                    self._load_caches(connection)
                for digest, extracted in items:
                    savepoint = connection.begin_nested()
                    try:
                        results.append(self._write_one(connection, digest, extracted, run_id))
                        savepoint.commit()
                    except Exception as error:  # one bad article must not sink the batch
                        savepoint.rollback()
                        self._invalidate()
                        self._load_caches(connection)
                        results.append(WriteResult("failed", reason=f"database error: {_one_line(error)}"))
        except BaseException:
            self._invalidate()
            raise
        return results

    def _outlet_id(self, connection: Connection, extracted: ExtractedArticle) -> int | None:
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
        outlet_id = connection.execute(
            insert(Outlet).returning(Outlet.id),
            {
                "name": name,
                "domain": domain or (entry.domain if entry else None),
                "full_name": entry.full_name if entry else None,
                "country": article.outlet_country or (entry.country if entry else None),
                "language": entry.language if entry else None,
                "kind": entry.kind if entry else None,
                "created_at": utcnow(),
            },
        ).scalar_one()
        self._outlets_by_name[name.casefold()] = outlet_id
        stored_domain = domain or (entry.domain if entry else None)
        if stored_domain:
            self._outlets_by_domain[stored_domain] = outlet_id
        return outlet_id

    def _registry_outlet(self, name: str | None, domain: str | None) -> OutletEntry | None:
        folded = name.casefold() if name else None
        for entry in self.registry.outlets:
            if domain and entry.domain == domain:
                return entry
            if folded and folded in {n.casefold() for n in (entry.name, entry.full_name or "", *entry.aliases)}:
                return entry
        return None

    def _find_existing(self, connection: Connection, digest: str, extracted: ExtractedArticle) -> int | None:
        article = extracted.article
        conditions = [Article.content_hash == digest]
        if article.url:
            conditions.append(Article.url == article.url)
        conditions.append(
            (Article.source_path == article.source_path) & (Article.source_record == article.source_record)
        )
        for condition in conditions:
            found = connection.execute(select(Article.id).where(condition)).scalar()
            if found is not None:
                return found
        return None

    def _write_one(
        self, connection: Connection, digest: str, extracted: ExtractedArticle, run_id: int | None
    ) -> WriteResult:
        article = extracted.article
        now = utcnow()
        values = {
            "outlet_id": self._outlet_id(connection, extracted),
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
        existing = self._find_existing(connection, digest, extracted)
        if existing is None:
            article_id = connection.execute(
                insert(Article).returning(Article.id), {**values, "ingested_at": now}
            ).scalar_one()
            status = "added"
            if values["outlet_id"] is not None:
                self.added_by_outlet[values["outlet_id"]] = self.added_by_outlet.get(values["outlet_id"], 0) + 1
        else:
            article_id = existing
            self._clear_extractions(connection, article_id)
            connection.execute(update(Article).where(Article.id == article_id).values(**values))
            status = "updated"
        person_ids = self._write_people(connection, article_id, extracted)
        self._write_quotes(connection, article_id, extracted, person_ids)
        self._write_events(connection, article_id, extracted, person_ids)
        return WriteResult(status, article_id)

    def _clear_extractions(self, connection: Connection, article_id: int) -> None:
        """Remove an article's extracted rows. People and events that only it referred to stay until
        `remove_orphans`, so the in-memory indexes stay valid for the rest of the run."""
        for table in (Mention, Quote, EventMention):
            connection.execute(delete(table).where(table.article_id == article_id))
        self.orphans_possible = True

    def remove_orphans(self) -> tuple[int, int]:
        """Delete the people and events no article refers to any more; returns their numbers."""
        if not self.orphans_possible:
            return 0, 0
        with self.engine.begin() as connection:
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
        self.orphans_possible = False
        if event_ids or person_ids:
            self._invalidate()
        return len(person_ids), len(event_ids)

    def _write_people(self, connection: Connection, article_id: int, extracted: ExtractedArticle) -> dict[str, int]:
        person_ids: dict[str, int] = {}
        mentions = []
        for person in extracted.people:
            variants = [person.name, *person.aliases]
            person_id = self._people.match(person.name, person.aliases)
            if person_id is None:
                key = person_key(person.name)
                if not key or key in self._person_keys:
                    key = f"{key}#{len(self._person_keys)}"  # a key taken by a person the index kept apart
                person_id = connection.execute(
                    insert(Person).returning(Person.id),
                    {"name": person.name, "name_key": key, "country": person.country, "created_at": utcnow()},
                ).scalar_one()
                self._person_keys.add(key)
                self._person_names[person_id] = person.name
            else:
                self._prefer_fuller_name(connection, person_id, person.name)
            new_aliases = []
            for variant in variants:
                alias_key = person_key(variant)
                if alias_key and alias_key not in self._alias_keys:
                    self._alias_keys.add(alias_key)
                    new_aliases.append({"person_id": person_id, "alias": variant, "alias_key": alias_key})
            if new_aliases:
                connection.execute(insert(PersonAlias), new_aliases)
            self._people.add(person_id, person.name, person.aliases)
            person_ids[person.name] = person_id
            mentions.extend(
                {
                    "article_id": article_id,
                    "person_id": person_id,
                    "surface": mention.surface,
                    "role": mention.role,
                    "apposition": mention.apposition,
                    "start_char": mention.start,
                    "end_char": mention.end,
                }
                for mention in person.mentions
            )
        if mentions:
            connection.execute(insert(Mention), mentions)
        return person_ids

    def _prefer_fuller_name(self, connection: Connection, person_id: int, name: str) -> None:
        """A person first stored under a shorter form ('Kennedy') takes the fuller one when it comes."""
        current = self._person_names.get(person_id, "")
        if len(name.split()) <= len(current.split()):
            return
        key = person_key(name)
        values = {"name": name}
        if key and key not in self._person_keys:
            values["name_key"] = key
            self._person_keys.discard(person_key(current))
            self._person_keys.add(key)
        connection.execute(update(Person).where(Person.id == person_id).values(**values))
        self._person_names[person_id] = name

    def _write_quotes(
        self, connection: Connection, article_id: int, extracted: ExtractedArticle, person_ids: dict[str, int]
    ) -> None:
        rows = []
        for quote in extracted.quotes:
            speaker_id = person_ids.get(quote.speaker_name) if quote.speaker_name else None
            rows.append(
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
                }
            )
        if rows:
            connection.execute(insert(Quote), rows)

    def _write_events(
        self, connection: Connection, article_id: int, extracted: ExtractedArticle, person_ids: dict[str, int]
    ) -> None:
        mentions = []
        # Match every event against what was stored before this article: the events step has already merged
        # the article's own mentions, so two of its events must not be matched to each other here.
        matches = [self._events.match(event) for event in extracted.events]
        for event, event_id in zip(extracted.events, matches):
            participant_ids = {person_ids[name] for name in event.participants if name in person_ids}
            if event_id is None:
                event_id = connection.execute(
                    insert(Event).returning(Event.id),
                    {
                        "name": event.name,
                        "event_type": event.event_type,
                        "start_date": event.start_date,
                        "end_date": event.end_date,
                        "date_precision": event.date_precision if event.start_date else None,
                        "location": event.location,
                        "status": event.status,
                        "created_at": utcnow(),
                    },
                ).scalar_one()
                self._event_links[event_id] = (set(), set())
                self._events.add(KnownEvent.from_record(event_id, event))
            else:
                self._events.extend(event_id, event)
                # As the index does: an undated event takes the first date a later mention gives it.
                if event.start_date is not None:
                    connection.execute(
                        update(Event).where(Event.id == event_id, Event.start_date.is_(None)).values(
                            start_date=event.start_date, end_date=event.end_date, date_precision=event.date_precision)
                    )
                if event.location:
                    connection.execute(
                        update(Event).where(Event.id == event_id, Event.location.is_(None)).values(location=event.location)
                    )
            known_people, known_actors = self._event_links.setdefault(event_id, (set(), set()))
            new_people = participant_ids - known_people
            if new_people:
                connection.execute(
                    insert(EventParticipant), [{"event_id": event_id, "person_id": pid} for pid in sorted(new_people)]
                )
                known_people |= new_people
            new_actors = {actor for actor in event.actors if actor} - known_actors
            if new_actors:
                connection.execute(
                    insert(EventActor), [{"event_id": event_id, "actor": actor} for actor in sorted(new_actors)]
                )
                known_actors |= new_actors
            mentions.append(
                {
                    "event_id": event_id,
                    "article_id": article_id,
                    "start_char": event.start,
                    "end_char": event.end,
                    "date_phrase": event.date_phrase,
                    "role": event.role,
                }
            )
        if mentions:
            connection.execute(insert(EventMention), mentions)


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
            connection.execute(insert(OutletBoilerplate), [
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
        self.store.write_batch(items, None)


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return " ".join(text.split())[:300]
