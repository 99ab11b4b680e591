"""Round eventsR12 (#15): the newly-wrong cases of the eventsR11 review, each with near misses. Made-up texts,
published on Monday 4 March 2024.

- `events._denied_act_type`: "denied that she had said / told reporters ..." denies a statement: the speech verb
  right after the content's subject and auxiliaries is the denied act, though `lead_verb` reads past it.
- `modality` negated-any: "either Hale or Pratt" names two counterparts whatever word follows ("despite",
  "publicly", "so far"); only a plural noun head after the second ("either European or Asian leaders") makes the
  two a qualifier of a common noun.
- `eventplaces._venue_head`: more plurals venue names take ("Halls", "Rooms", "Chambers"), still no firm's
  "Ports" or "Hotels".
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Rada Velk", "Ada Ames", "Kai Dorn", "Ana Pell")
MONDAY = date(2024, 3, 4)


def _events(body: str):
    return events_of(body, *NAMES, published=MONDAY)


def _denied(body: str) -> list[str]:
    return [e.event_type for e in _events(body) if e.status == "denied"]


DENIED_ROWS = {
    # --- a denied speech act after the content's subject and auxiliary: a statement ---
    "denied that she had said": (
        "Finance Minister Rada Velk denied that she had said the currency would be devalued.", ["statement"]),
    "denied that she had told reporters": (
        "Minister Rada Velk denied that she had told reporters the mine would be sold.", ["statement"]),
    "denied that it had warned": (
        "The Kelby Port Authority denied that it had warned foreign banks.", ["statement"]),
    # --- near misses: the denied act is a happening ---
    "denied that she had sold": (
        "Minister Rada Velk denied that she had sold shares in the mine.", ["other"]),
    "denied that it had leased": (
        "The Kelby Port Authority denied claims that it had leased the old docks to a developer.", ["other"]),
}


@pytest.mark.parametrize("body, expected", list(DENIED_ROWS.values()), ids=list(DENIED_ROWS))
def test_a_denied_speech_act_stays_a_statement(body, expected):
    assert _denied(body) == expected


EITHER_ROWS = {
    # --- two named counterparts, whatever word follows the second ---
    "then a preposition not listed": (
        "Senator Ada Ames has not endorsed either Hale or Pratt despite pressure from donors.", 1),
    "then an adverb": ("Senator Ada Ames has not endorsed either Hale or Pratt publicly, her office said.", 1),
    "then 'so far'": ("Senator Ada Ames has not endorsed either Hale or Pratt so far in the primary campaign.", 1),
    "then 'yet'": ("Senator Ada Ames has not endorsed either Hale or Pratt yet.", 1),
    # --- near misses: a plural common noun after the pair, no one named ---
    "either European or Asian leaders": ("Senator Ada Ames has not endorsed either European or Asian leaders.", 0),
    "either Labour or Green candidates": ("Senator Ada Ames has not endorsed either Labour or Green candidates.", 0),
    "either Northern or Southern voters": (
        "Senator Ada Ames has not met either Northern or Southern voters despite pressure.", 0),
}


@pytest.mark.parametrize("body, expected", list(EITHER_ROWS.values()), ids=list(EITHER_ROWS))
def test_either_names_two_counterparts(body, expected):
    assert sum(e.status == "denied" for e in _events(body)) == expected


PLACE_ROWS = {
    "halls": ("The concert was held at the Ferris Halls on Saturday.", "Ferris Halls"),
    "assembly rooms": ("The debate was held at the Dunmore Assembly Rooms on Saturday.", "Dunmore Assembly Rooms"),
    "council chambers": ("Protesters staged a protest at Kelby Council Chambers on Monday.", "Kelby Council Chambers"),
    # --- near misses: a firm's or a group's plural ---
    "a firm's ports": ("Dockworkers walked out at Associated British Ports on Monday.", None),
    "a hotel group": ("Cleaners walked out at Grand Northern Hotels on Monday.", None),
    "a carrier's airways": ("Pilots walked out at Kelby Northern Airways on Monday.", None),
}


@pytest.mark.parametrize("body, expected", list(PLACE_ROWS.values()), ids=list(PLACE_ROWS))
def test_venue_plurals(body, expected):
    events = _events(body)
    assert events and events[0].location == expected, [(e.name, e.location) for e in events]


# --- `opendates._POLLSTER`: a poll's kind written with a capital at a sentence's start ("Opinion polls", "Exit
# polls") names no pollster; near misses: a pollster's name opening the sentence ---
POLL_ROWS = {
    "opinion polls": ("Opinion polls in January showed the Unity Party ahead.", []),
    "exit polls": ("Exit polls on Sunday showed Vance ahead.", []),
    "early polls": ("Early surveys in February put Vance ahead.", []),
    "a pollster opening the sentence": ("Varn Research polls in January showed the Unity Party ahead.", ["polls"]),
    "a pollster's survey": ("Kestrel's survey in early February put Vance ahead.", ["survey"]),
}


@pytest.mark.parametrize("body, expected", list(POLL_ROWS.values()), ids=list(POLL_ROWS))
def test_a_polls_kind_is_no_pollster(body, expected):
    from loaders.extract.opendates import open_triggers
    from loaders.extract.reldates import find_dates
    found = open_triggers(body, find_dates(body, MONDAY), [], [(0, len(body))], [], [])
    assert [body[start:end] for _, start, end in found] == expected


# --- `opendates.agent_group_subject`: a legislative chamber named by its common noun ("The lower house", "The
# senate") is a body of agents whose dated act is a happening (and approving a measure a vote); near misses: a
# house that is a building, a qualifier that is no chamber's ---
HOUSE_ROWS = {
    "the lower house approved the measure": ("The lower house approved the measure in February.", ["vote_veto"]),
    "the upper house approved a measure": (
        "The upper house approved a measure raising the fuel tax in February.", ["vote_veto"]),
    "the state senate approved the bill": ("The state senate approved the bill in February.", ["vote_veto"]),
    # --- near misses ---
    "a house sold": ("The house sold in February for a record price.", []),
    "an old house approving": ("The old house approved the measure in February.", []),
}


@pytest.mark.parametrize("body, expected", list(HOUSE_ROWS.values()), ids=list(HOUSE_ROWS))
def test_a_chamber_acts(body, expected):
    assert [e.event_type for e in _events(body)] == expected


# --- `events._DENIED_SPEECH_GERUND`: "denied threatening in May ..." denies the threat: a statement denied, dated by
# the date after the gerund; near misses: the denial's own date before it, a plain announcement ---
GERUND_ROWS = {
    "denied threatening in May": (
        "Premier Rada Velk denied threatening in May to attack the border posts.", [("statement", "denied", "2023-05-01")]),
    "denied announcing in January": (
        "The Kelby ministry denied announcing new tariffs on steel in January.", [("statement", "denied", "2024-01-01")]),
    "denied ever promising, undated": (
        "Premier Rada Velk denied ever promising a new bridge.", [("statement", "denied", None)]),
    # --- near misses ---
    "the denial's own month before it": (
        "Premier Rada Velk in May denied threatening the border posts.", [("statement", "occurred", "2023-05-01")]),
    "a plain announcement": (
        "The Kelby ministry announced new tariffs on steel in January.", [("statement", "occurred", "2024-01-01")]),
}


@pytest.mark.parametrize("body, expected", list(GERUND_ROWS.values()), ids=list(GERUND_ROWS))
def test_a_denied_speech_gerund(body, expected):
    assert [(e.event_type, e.status, e.start_date.isoformat() if e.start_date else None)
            for e in _events(body)] == expected


# --- `events._denied_saying`: "denied that he had said the stadium would be sold in June" is a denied saying, named
# as the denier's statement, with no date of what was said; near misses: a denied happening keeps its own date, the
# denial's own day before its "that" dates it ---
SAYING_ROWS = {
    "a denied saying with a date in what was said": (
        "Mayor Kai Dorn denied that he had said the stadium would be sold in June.",
        [("Dorn statement", "statement", "denied", None)]),
    "a denied warning with its own month": (
        "The Kelby dockers union denied that it had warned foreign banks in January.",
        [("Kelby dockers union statement (2024-01)", "statement", "denied", "2024-01-01")]),
    # --- near misses ---
    "a strike called off: an act, no saying": (
        "The Kelby dockers union denied that it had called off the strike in January.",
        # (eventsR43: "the Kelby dockers union" is a body of the article, which "it" takes up: the strike's actor)
        [("Kelby dockers union strike (2024-01)", "other", "denied", "2024-01-01")]),
    "a denied sale with its month": (
        "The Kelby Port Authority denied claims that it had sold the old docks in June.",
        [("Kelby Port Authority sold the old docks (2023-06)", "other", "denied", "2023-06-01")]),
    "the denial's own day": (
        "Mayor Kai Dorn on Monday denied that he had said the stadium would be sold in June.",
        [("Dorn statement (2024-03-04)", "statement", "denied", "2024-03-04")]),
}


@pytest.mark.parametrize("body, expected", list(SAYING_ROWS.values()), ids=list(SAYING_ROWS))
def test_a_denied_saying(body, expected):
    assert [(e.name, e.event_type, e.status, e.start_date.isoformat() if e.start_date else None)
            for e in _events(body)] == expected


# --- `eventwords.ADJECTIVE_USES`: "the ruling Unity Party" is no court's ruling; near misses: a ruling told ---
RULING_ROWS = {
    "the ruling party": ("Opinion polls in January put the ruling Unity Party at 30 percent.", []),
    "the ruling coalition": ("Surveys in January put the ruling coalition at 30 percent.", []),
    "a judge's ruling": ("Fishermen are angry over a ruling by Judge Ana Pell in January.", ["ruling"]),
    "a court's ruling": ("Fishermen are angry over the ruling of the Kelby High Court in January.", ["ruling"]),
}


@pytest.mark.parametrize("body, expected", list(RULING_ROWS.values()), ids=list(RULING_ROWS))
def test_an_adjective_event_word(body, expected):
    from loaders.extract.opendates import open_triggers
    from loaders.extract.reldates import find_dates
    found = open_triggers(body, find_dates(body, MONDAY), [], [(0, len(body))], [], [])
    assert [body[start:end] for _, start, end in found] == expected


def test_an_event_after_the_denied_saying_stays():
    # (only what the denied saying's own clause tells is dropped: a later clause's event is its own)
    events = _events("Mayor Kai Dorn denied that he had said the stadium would be sold, and he met Ana Pell in "
                     "Kelby on Tuesday.")
    assert sorted((e.event_type, e.status) for e in events) == [("meeting", "occurred"), ("statement", "denied")]
