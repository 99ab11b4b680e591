"""The curated registry: outlets, people and well-known events, kept as data files in `seeds/registry/`.

The registry helps the extractors (an outlet's country and date convention, a person's transliterations and
offices, an event's usual name) but is never required: every extractor must work with `Registry()` (empty).
Files: `outlets.csv`, `people.toml`, `events.toml`; a missing file is an empty section. The folder comes
from `--registry`, else `NEWSDB_REGISTRY`, else `seeds/registry` beside the installed code.
"""
from __future__ import annotations

import csv
import os
import tomllib
from dataclasses import dataclass, field
from datetime import date
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


def default_registry_dir() -> Path | None:
    configured = os.environ.get("NEWSDB_REGISTRY")
    if configured:
        return Path(configured)
    bundled = Path(__file__).resolve().parent.parent / "seeds" / "registry"
    return bundled if bundled.is_dir() else None


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


def _read_outlets(path: Path) -> tuple[OutletEntry, ...]:
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
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


def _read_toml(path: Path, key: str) -> list[dict]:
    if not path.is_file():
        return []
    with path.open("rb") as handle:
        return list(tomllib.load(handle).get(key, []))


def _read_people(path: Path) -> tuple[PersonEntry, ...]:
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


def _read_events(path: Path) -> tuple[EventEntry, ...]:
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


def load_registry(folder: Path | str | None) -> Registry:
    """Read the registry folder; `None` or a missing folder gives an empty registry."""
    if folder is None:
        return Registry()
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"registry folder not found: {folder}")
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return Registry(
        outlets=_read_outlets(folder / "outlets.csv"),
        people=_read_people(folder / "people.toml"),
        events=_read_events(folder / "events.toml"),
        source=str(folder),
        fingerprint=digest.hexdigest()[:16],
    )
