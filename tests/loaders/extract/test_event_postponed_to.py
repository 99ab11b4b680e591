"""Made-up cases (events round R22, issue 15 item 1: planned and cancelled events with their dates): a plan called
off with its set day and the day it was moved to ("The forum, originally planned for Tuesday, was postponed to
February") is two rows: the occasion first set, cancelled, and the one moved to, planned (`events._moved_to_date`).

Near misses: no day moved to, a vague later date, a day moved to that is already gone by, a plan held as set."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 11, 25)  # a Tuesday

ROWS = {
    "a forum postponed to a month": (
        "A business forum with Norway, originally planned for Thursday, was postponed to February.",
        [("cancelled", date(2031, 11, 27)), ("planned", date(2032, 2, 1))]),
    "a forum postponed to a day, after a place": (
        "A business forum with Norway, planned for 20 November in Varna, was postponed to 14 January because "
        "of the storms.", [("cancelled", date(2031, 11, 20)), ("planned", date(2032, 1, 14))]),
    "a forum told postponed in a past perfect": (
        "A business forum with Norway, originally planned for 20 November in Varna, had been "
        "postponed to 14 January.", [("cancelled", date(2031, 11, 20)), ("planned", date(2032, 1, 14))]),
    # near misses
    "near miss: a past perfect without the day first set": (
        "A business forum with Norway had been postponed to 14 January before the storms.", "no future"),
    "near miss: no day moved to": (
        "A business forum with Norway, originally planned for Thursday, was postponed.", [("cancelled", date(2031, 11, 27))]),
    "near miss: a vague later date": (
        "A business forum with Norway, originally planned for Thursday, was postponed to a later date.",
        [("cancelled", date(2031, 11, 27))]),
    "near miss: a day moved to already gone by": (
        "A business forum with Norway, originally planned for 2 November, was moved to 20 November and held in Kiel.",
        "no planned"),
    # eventsR23's leftovers: a gathering of no one named moved to a day keeps its planned row as its called-off one
    # ("The summit/forum ... was postponed to <date>": only the cancelled row before)
    "a bare summit postponed to a month": (
        "The summit, originally planned for Thursday, was postponed to February.",
        [("cancelled", date(2031, 11, 27)), ("planned", date(2032, 2, 1))]),
    "bare talks postponed to a day": (
        "The talks, originally planned for Thursday, were postponed to 9 December.",
        [("cancelled", date(2031, 11, 27)), ("planned", date(2031, 12, 9))]),
    "near miss: a bare summit postponed, no day moved to": (
        "The summit, originally planned for Thursday, was postponed.", [("cancelled", date(2031, 11, 27))]),
    "near miss: a bare summit postponed to a later date": (
        "The summit, originally planned for Thursday, was postponed to a later date.",
        [("cancelled", date(2031, 11, 27))]),
    "near miss: a bare forum moved to a day gone by": (
        "The forum, originally planned for 2 November, was moved to 20 November and held in Kiel.", "no planned"),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_postponed_to(key):
    body, expected = ROWS[key]
    dated = [(e.status, e.start_date) for e in events_of(body, published=PUBLISHED) if e.start_date is not None]
    if expected == "no future":
        assert all(day <= PUBLISHED for _, day in dated), dated
    elif expected == "no planned":
        assert ("planned", date(2031, 11, 20)) not in dated, dated  # (no plan on the day moved to, gone by)
    else:
        assert sorted(dated, key=lambda row: row[1]) == expected, dated


# The occasion moved to is named by the occasion's own words, as the one first set (review of eventsR22: 'Postponed
# to 2026', a forum turned a meeting); near misses: the first-set row keeps its name, a held plan makes no second row
MOVED_NAMES = {
    "The mission, originally scheduled for March 2032, was postponed to 2033.": ["Mission (2032-03)", "Mission (2033)"],
    "A business forum with Norway, originally planned for Thursday, was postponed to February.":
        ["Norway forum (2031-11-27)", "Norway forum (2032-02)"],
    "A business forum with Norway, originally planned for Thursday, was postponed.": ["Norway forum (2031-11-27)"],
    "The mission, originally scheduled for March 2032, went ahead as planned.": [],
}


@pytest.mark.parametrize("body", list(MOVED_NAMES))
def test_moved_name(body):
    names = [e.name for e in events_of(body, published=PUBLISHED) if e.start_date is not None]
    assert names == MOVED_NAMES[body], names


# The moving verb dated by the day it moves a plan to makes no cancelled row of that day beside the planned one
# (review of eventsR22's risky edge: 'Postponement to 2 May', cancelled, beside the planned 2 May visit); near
# misses: a cancelled row on the day first set stays, a move with no day first set keeps its row, a postponing's
# own day keeps its row
MOVED_DAY_ROWS = {
    "Ilse Brandt's visit to Kiel, originally planned for Thursday, was postponed to 2 December.":
        [("cancelled", date(2031, 11, 27)), ("planned", date(2031, 12, 2))],
    "A business forum with Norway, originally planned for Thursday, was postponed to 9 December.":
        [("cancelled", date(2031, 11, 27)), ("planned", date(2031, 12, 9))],
    # near misses
    "Ilse Brandt's visit to Kiel, originally planned for Thursday, was postponed.": [("cancelled", date(2031, 11, 27))],
    "Ilse Brandt's visit to Kiel was postponed on Monday.": [("cancelled", date(2031, 11, 24))],
    # eventsR23's leftovers: with no day first set, the day to come a plan is moved to is its planned row, not a
    # cancelled one; near misses: the day of the postponing, a day moved to gone by
    "The Kell trade fair was postponed to 2 December.": [("planned", date(2031, 12, 2))],
    "The Brenn regatta has been moved to 9 December.": [("planned", date(2031, 12, 9))],
    "The Kell trade fair was postponed on 2 November.": [("cancelled", date(2031, 11, 2))],
    "The Kell trade fair was postponed to 2 May last year.": [("cancelled", date(2030, 5, 2))],
}


@pytest.mark.parametrize("body", list(MOVED_DAY_ROWS))
def test_no_cancelled_moved_day(body):
    dated = sorted(((e.status, e.start_date) for e in events_of(body, published=PUBLISHED) if e.start_date),
                   key=lambda row: row[1])
    assert dated == MOVED_DAY_ROWS[body], dated
