"""Round eventsR11 (#15): the newly-wrong cases of the eventsR10 review, each with near misses. Made-up texts,
published on Monday 4 March 2024 (next week: 11-17 March).

- `modality` habit-after: a frequency after a reduced relative's participle ("The ceasefire signed in Doha on
  Monday was violated every night") is the finite verb's, after its auxiliary, not the signing's.
- `modality` condition-inverted: an inverted condition ("Had the dam burst, ...") covers its consequence, not the
  reporting clause after it ("..., Mayor Ruth Ames told a press conference on Friday") nor a clause after ';'.
- `eventmerge._merge_target`: a bare "A meeting ... on March 12" naming no one retells the meeting told for that
  week; only a qualified one ("A public meeting") or one naming other people is another.
- `modality` negated-any: "either European or Asian leaders" qualifies a common noun, no named counterparts.
- `eventmerge._told_at_next_conference`: a speaker and "his deputy" at the conference are one side.
- `eventplaces._venue_head`: only the plurals venue names take ("Gardens", "Law Courts"), not a firm's "Ports".
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Ruth Ames", "Kai Dorn", "Ana Pell", "Alvin Crane", "Rui Lopes", "Marta Dias", "Gail Ferris")
MONDAY = date(2024, 3, 4)


def _events(body: str):
    return events_of(body, *NAMES, published=MONDAY)


def _rows(body: str) -> list[tuple]:
    return sorted((e.event_type, e.status, e.start_date.isoformat() if e.start_date else None) for e in _events(body))


STATUS_ROWS = {
    # --- the frequency is another verb's ---
    "a participle's frequency after an auxiliary": (
        "The ceasefire signed in Doha on Monday was violated every night, residents said.",
        [("agreement_signing", "occurred", "2024-03-04")]),
    # --- near misses: the trigger's own frequency ---
    "a past verb's own frequency": (
        "Kai Dorn visited Lisbon every month, residents said.", []),
    "a noun's frequency after its auxiliary": (
        "The talks were held every month in Geneva, residents said.", []),
    # --- the reporting clause after an inverted condition's consequence ---
    "told after the consequence": (
        "Had the dam burst, thousands would have died, Mayor Ruth Ames told a press conference in Kelby on Friday.",
        [("press_conference", "occurred", "2024-03-01")]),
    "said at a conference after the consequence": (
        "The tariff talks resumed in Geneva on Tuesday. Should they fail, duties will rise in April, trade minister "
        "Kai Dorn said on Wednesday at a press conference.",
        [("meeting", "occurred", "2024-02-27"), ("press_conference", "occurred", "2024-02-28")]),
    "a clause after the semicolon": (
        "Had the talks collapsed, the strike would have gone ahead; instead, Transport Minister Gail Ferris met union "
        "leaders in Harlow on Tuesday.", [("meeting", "occurred", "2024-02-27")]),
    # --- near misses: inside the condition or its consequence ---
    "a meeting inside the condition": (
        "Had the ministers met in Oslo on Monday, the strike would have been averted, officials said.", []),
    "a conference inside the condition": (
        "Had Kai Dorn told a press conference on Monday, the strike would have ended.", []),
    "an act inside the consequence": (
        "Should the talks fail, the union will stage a strike on Friday, Kai Dorn said.", []),
    # --- a negated act over a qualified common noun: no one to deny it with ---
    "either European or Asian leaders": (
        "Senator Alvin Crane has not met either European or Asian leaders.", []),
    # --- near misses: named counterparts ---
    "either two full names": (
        "Senator Alvin Crane has not met either Kai Dorn or Ana Pell.", [("meeting", "denied", None)]),
    "either two surnames, then a preposition": (
        "Senator Alvin Crane has not met either Dorn or Pell in the race.", [("meeting", "denied", None)]),
}


@pytest.mark.parametrize("body, expected", list(STATUS_ROWS.values()), ids=list(STATUS_ROWS))
def test_review_status_rows(body, expected):
    assert _rows(body) == expected


MERGE_ROWS = {
    # --- a bare 'a meeting' on a day of the week told: the same meeting ---
    "a meeting scheduled for a day of next week": (
        "Finance ministers Kai Dorn and Ana Pell will meet next week to settle the tariff dispute. A meeting is "
        "scheduled for March 12 in Vienna, officials said.",
        [("planned", "2024-03-12", "day", ["Ana Pell", "Kai Dorn"])]),
    "a meeting on a day of next week": (
        "Finance ministers Kai Dorn and Ana Pell will meet in Vienna next week. A meeting on March 12 will settle the "
        "dispute.", [("planned", "2024-03-12", "day", ["Ana Pell", "Kai Dorn"])]),
    # --- near misses: another gathering ---
    "a public meeting on a day of next week": (
        "Finance ministers Kai Dorn and Ana Pell will meet next week to settle the tariff dispute. A public meeting "
        "is scheduled for March 12 in Vienna, officials said.",
        [("planned", "2024-03-11", "month", ["Ana Pell", "Kai Dorn"]), ("planned", "2024-03-12", "day", [])]),
    "a meeting of other people on a day of next week": (
        "Finance ministers Kai Dorn and Ana Pell will meet next week to settle the tariff dispute. A meeting with "
        "Gail Ferris is scheduled for March 12 in Vienna, officials said.",
        [("planned", "2024-03-11", "month", ["Ana Pell", "Kai Dorn"]),
         ("planned", "2024-03-12", "day", ["Gail Ferris"])]),
}


@pytest.mark.parametrize("body, expected", list(MERGE_ROWS.values()), ids=list(MERGE_ROWS))
def test_review_merge_rows(body, expected):
    meetings = [e for e in _events(body) if e.event_type == "meeting"]
    assert sorted((e.status, e.start_date.isoformat(), e.date_precision, sorted(e.participants))
                  for e in meetings) == expected


CONFERENCE_ROWS = {
    "the speaker and his deputy: one side, one happening": (
        "The Portuguese government said on Wednesday it would reopen the border crossing. Spokesman Rui Lopes and "
        "his deputy Marta Dias told a press conference that trade would resume.",
        [("press_conference", "2024-02-28")]),
    # --- near misses: another party at the conference ---
    "the speaker and his counterpart": (
        "The Portuguese government said on Wednesday it would reopen the border crossing. Spokesman Rui Lopes and "
        "his Spanish counterpart Marta Dias told a press conference that trade would resume.",
        [("press_conference", None), ("statement", "2024-02-28")]),
    "two speakers, no tie told": (
        "The Portuguese government said on Wednesday it would reopen the border crossing. Spokesman Rui Lopes and "
        "Marta Dias told a press conference that trade would resume.",
        [("press_conference", None), ("statement", "2024-02-28")]),
}


@pytest.mark.parametrize("body, expected", list(CONFERENCE_ROWS.values()), ids=list(CONFERENCE_ROWS))
def test_review_conference_rows(body, expected):
    assert sorted((e.event_type, e.start_date.isoformat() if e.start_date else None)
                  for e in _events(body)) == expected


PLACE_ROWS = {
    "a firm's name ending in a plural venue word": ("Dockworkers walked out at Associated British Ports on Monday.",
                                                    None),
    "a hotel group": ("Cleaners walked out at Grand Northern Hotels on Monday.", None),
    # --- near misses: a venue's name in the plural ---
    "gardens": ("Protesters gathered at Kelby Botanic Gardens on Monday for a rally held by farmers.",
                "Kelby Botanic Gardens"),
    "law courts": ("Protesters staged a protest at Harcourt Law Courts on Monday.", "Harcourt Law Courts"),
}


@pytest.mark.parametrize("body, expected", list(PLACE_ROWS.values()), ids=list(PLACE_ROWS))
def test_review_place_rows(body, expected):
    events = _events(body)
    assert events and events[0].location == expected, [(e.name, e.location) for e in events]
