"""The curated registry: outlets, people and well-known events, kept as data files.

The registry helps the extractors (an outlet's country and date convention, a person's transliterations and
offices, an event's usual name) but is never required: every extractor must work with `Registry()` (empty).
Files: `outlets.csv`, `people.toml`, `events.toml`; a missing file is an empty section. The folder comes
from `--registry`, else `NEWSDB_REGISTRY`, else the registry bundled with the package (`loaders/registry/data/`,
package data found through `importlib.resources`, so an installed wheel carries it and reads it from anywhere).
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@dataclass(frozen=True)
class OutletEntry:
    name: str  # the short name used as `outlets.name`
    domain: str | None = None
    full_name: str | None = None
    country: str | None = None
    language: str | None = None
    kind: str | None = None  # newspaper, news agency, broadcaster, magazine, website
    aliases: tuple[str, ...] = ()  # other names the outlet appears under in text
    date_order: str | None = None  # 'DMY', 'MDY' or 'YMD': how the outlet writes numeric dates


@dataclass(frozen=True)
class Office:
    title: str  # e.g. 'Prime Minister'
    country: str | None = None
    start: date | None = None
    end: date | None = None  # None while in office


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    offices: tuple[Office, ...] = ()


@dataclass(frozen=True)
class EventEntry:
    name: str
    event_type: str
    aliases: tuple[str, ...] = ()
    start_date: date | None = None
    end_date: date | None = None
    date_precision: str | None = None
    participants: tuple[str, ...] = ()
    location: str | None = None


@dataclass(frozen=True)
class Registry:
    outlets: tuple[OutletEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    events: tuple[EventEntry, ...] = ()
    source: str | None = None  # the folder it was read from
    fingerprint: str = field(default="", compare=False)  # changes when any file changes


def bundled_registry_dir() -> Traversable:
    """The registry that ships inside the package (a folder of package data, not a path in a checkout)."""
    return files(__name__) / "data"


def default_registry_dir() -> Traversable:
    """`NEWSDB_REGISTRY` when set, else the bundled registry."""
    configured = os.environ.get("NEWSDB_REGISTRY")
    if configured:
        return Path(configured)
    return bundled_registry_dir()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    # Partial dates ('2004', '2004-09') mean the first day of the period.
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])


def _read_outlets(path: Traversable) -> tuple[OutletEntry, ...]:
    if not path.is_file():
        return ()
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    return tuple(
        OutletEntry(
            name=row["name"].strip(),
            domain=(row.get("domain") or "").strip().lower() or None,
            full_name=(row.get("full_name") or "").strip() or None,
            country=(row.get("country") or "").strip() or None,
            language=(row.get("language") or "").strip() or None,
            kind=(row.get("kind") or "").strip() or None,
            aliases=_split(row.get("aliases")),
            date_order=(row.get("date_order") or "").strip().upper() or None,
        )
        for row in rows
        if (row.get("name") or "").strip()
    )


def _read_toml(path: Traversable, key: str) -> list[dict]:
    if not path.is_file():
        return []
    return list(tomllib.loads(path.read_bytes().decode("utf-8")).get(key, []))


def _read_people(path: Traversable) -> tuple[PersonEntry, ...]:
    return tuple(
        PersonEntry(
            name=item["name"],
            aliases=tuple(item.get("aliases", ())),
            country=item.get("country"),
            offices=tuple(
                Office(
                    title=office["title"],
                    country=office.get("country", item.get("country")),
                    start=_date(office.get("start")),
                    end=_date(office.get("end")),
                )
                for office in item.get("office", ())
            ),
        )
        for item in _read_toml(path, "person")
    )


def _read_events(path: Traversable) -> tuple[EventEntry, ...]:
    return tuple(
        EventEntry(
            name=item["name"],
            event_type=item.get("type", "other"),
            aliases=tuple(item.get("aliases", ())),
            start_date=_date(item.get("start_date")),
            end_date=_date(item.get("end_date")),
            date_precision=item.get("date_precision"),
            participants=tuple(item.get("participants", ())),
            location=item.get("location"),
        )
        for item in _read_toml(path, "event")
    )


def load_registry(folder: Traversable | str | None) -> Registry:
    """Read a registry folder (a path, or package data such as `bundled_registry_dir()`); `None` gives an
    empty registry, a folder that does not exist an error."""
    if folder is None:
        return Registry()
    if isinstance(folder, str):
        folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"registry folder not found: {folder}")
    # The fingerprint covers every file, so editing the registry changes `extractor_version` and re-ingesting
    # re-extracts what the old registry shaped.
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir(), key=lambda item: item.name):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return Registry(
        outlets=_read_outlets(folder.joinpath("outlets.csv")),
        people=_read_people(folder.joinpath("people.toml")),
        events=_read_events(folder.joinpath("events.toml")),
        source=str(folder),
        fingerprint=digest.hexdigest()[:16],
    )
