"""Issue 15, status round: plans called off ("broke down", "had been suspended", "was withdrawn"), attacks denied
("denied shelling the hospital": the act itself denied; "denied responsibility for Tuesday's bombing" denies only
the denier's part, the bombing stays occurred) and a weekday after "starting on"
read as the coming one. Made-up texts; expectations written before the change was run. Published Monday 8 March
2010. Near misses keep their old reading."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.modality import read_status
from loaders.extract.reldates import find_dates
from tests.loaders.extract.test_events import events_of

MONDAY = date(2010, 3, 8)
NAMES = ("Karl Brenner", "Ana Silva", "Maria Lund")


def _rows(body):
    return [(e.event_type, e.status, e.start_date) for e in events_of(body, *NAMES, published=MONDAY)]


def _status(body, word):
    start = body.index(word)
    return read_status(body, (start, start + len(word)), (0, len(body)))[0]


@pytest.mark.parametrize("body, word, status", [
    ("Talks between Karl Brenner and Ana Silva broke down on Monday.", "Talks", "cancelled"),
    ("Negotiations with the union collapsed on Friday.", "Negotiations", "cancelled"),
    ("Karl Brenner said talks with Ana Silva had been suspended.", "talks", "cancelled"),
    ("A planned vote on selling the town library was withdrawn at the start of the meeting.", "vote", "cancelled"),
    ("The ministry denied shelling the hospital.", "shelling", "denied"),
    # near misses: kept as before (a denied responsibility denies the denier's part, not the bombing: review2)
    ("A spokesman for the militia denied responsibility for Tuesday's bombing.", "bombing", "occurred"),
    ("Talks broke new ground on Monday.", "Talks", "occurred"),
    ("Karl Brenner was given a suspended sentence after the attack.", "attack", "occurred"),
    ("The meeting, which was not cancelled, took place on Monday.", "meeting", None),
    ("Karl Brenner claimed responsibility for Tuesday's bombing.", "bombing", "occurred"),
])
def test_status_words(body, word, status):
    found = _status(body, word)
    if status is None:
        assert found != "cancelled"
    else:
        assert found == status


def test_rows_called_off_and_denied():
    assert ("meeting", "cancelled", date(2010, 3, 8)) in _rows(
        "Talks between Karl Brenner and Ana Silva broke down on Monday.")
    assert ("meeting", "cancelled", None) in _rows("Karl Brenner said talks with Ana Silva had been suspended.")
    rows = _rows("Karl Brenner, the militia's spokesman, said it welcomed the mediation but denied responsibility "
                 "for Tuesday's bombing.")
    assert ("attack", "occurred", date(2010, 3, 2)) in rows
    assert not [row for row in rows if row[:2] == ("attack", "denied")]


def _day(body, word):
    for mention in find_dates(body, MONDAY):
        if body[mention.start:mention.end].lower().endswith(word.lower()):
            return mention.value.start
    return None


@pytest.mark.parametrize("body, expected", [
    ("Unions announced a 35-hour rail strike starting on Thursday.", date(2010, 3, 11)),
    ("A week of protests beginning Friday was announced by the union.", date(2010, 3, 12)),
    ("The strike is due on Thursday.", date(2010, 3, 11)),
    # near misses: past
    ("The rail strike started last Thursday.", date(2010, 3, 4)),
    ("The rail strike started on Thursday.", date(2010, 3, 4)),
])
def test_starting_weekday_is_the_coming_one(body, expected):
    assert _day(body, "day") == expected


@pytest.mark.parametrize("body", [
    "The judge denied bail to Karl Brenner on Monday.",
    "Karl Brenner was denied entry at the border on Monday.",
    "Readers cancelled subscriptions after the row.",
    "Meetings are cancelled when it snows.",
])
def test_near_misses_store_no_cancelled_or_denied_happening(body):
    assert not [row for row in _rows(body) if row[1] in ("cancelled", "denied") and row[0] != "statement"]


@pytest.mark.parametrize("body", [
    "The ministry denied shelling the hospital in Kharkiv on Tuesday.",
    "The rebel group denied firing first on Saturday.",
    "Police spokeswoman Maria Lund denied that officers had used live ammunition on Sunday.",
])
def test_denied_attacks_are_stored_denied(body):
    assert [row for row in _rows(body) if row[:2] == ("attack", "denied")]


@pytest.mark.parametrize("body", [
    "Striking workers marched through the town on Tuesday.",
    "The campaign is targeting young voters.",
    "Karl Brenner denied the allegations on Monday.",
])
def test_no_denied_attack_without_a_denied_act(body):
    assert not [row for row in _rows(body) if row[0] == "attack"]


@pytest.mark.parametrize("body, expected", [
    ("A planned meeting between the premier and farmers' leaders on Friday was cancelled.", date(2010, 3, 12)),
    ("A hearing scheduled for Thursday has been postponed.", date(2010, 3, 11)),
    # near misses: no plan word, or the plan went ahead
    ("A meeting on Friday was cancelled.", date(2010, 3, 5)),
    ("A planned meeting on Friday was held in the town hall.", date(2010, 3, 5)),
])
def test_weekday_of_a_plan_called_off_is_the_coming_one(body, expected):
    assert _day(body, "day") == expected


@pytest.mark.parametrize("body", [
    # a denied responsibility denies the denier's part, not the strike; a bare "strike" stays as before the round
    # (no attack), and the denier is no attack's actor
    "The group denied responsibility for Monday's strike on the market.",
    "Hamas said it welcomed the mediation but denied responsibility for Tuesday's strike.",
    "Rail workers began a strike on Tuesday.",
])
def test_strike_one_denies_responsibility_for_is_no_denied_attack(body):
    events = events_of(body, *NAMES, published=MONDAY)
    assert not [e for e in events if e.event_type == "attack" and e.status == "denied"]
    assert not [e for e in events if e.event_type == "attack" and ({"The group", "group", "Hamas"} & set(e.actors))]


@pytest.mark.parametrize("body, expected", [
    ("The minister has called off a visit to Nelson planned for Thursday because of the floods.", date(2010, 3, 11)),
    ("The council cancelled a hearing scheduled for Friday.", date(2010, 3, 12)),
    # near misses: the day of the cancelling; a plan held
    ("The council cancelled the hearing on Friday.", date(2010, 3, 5)),
    ("The minister made a visit to Nelson planned for Thursday.", date(2010, 3, 4)),
])
def test_weekday_of_a_plan_called_off_first_is_the_coming_one(body, expected):
    assert _day(body, "day") == expected
