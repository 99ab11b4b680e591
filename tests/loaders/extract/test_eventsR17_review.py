"""Review of round eventsR16: its newly wrong causes, each with made-up rows and near misses (published Thursday
13 March 2031).

1. "by" meaning beside after a subject's own "of <plural>" ("Hundreds of farmers protested by the parliament") is no
   passive agent: the act stays;
2. a called-off plan's yearless day goes to the past only when it is a few months gone; one more than that back is
   the coming one ("scheduled for September 20 was cancelled", published in March);
3. a remark made "at the launch / the ceremony / a dinner" keeps its statement when that gathering is not stored;
4. a one-word teller naming a company or a person ("Varnogaz said Tuesday", "Ferrel said Tuesday") keeps its
   statement; a group's plural, an indefinite pronoun or a news agency still tells none.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of
from tests.loaders.extract.test_reldates import value_of

PUBLISHED = date(2031, 3, 13)
TUESDAY = date(2031, 3, 11)


def _events(body, *people):
    return events_of(body, *people, published=PUBLISHED)


def _covering(events, body, words):
    start = body.index(words)
    return [e for e in events if e.start <= start < e.end or start <= e.start < start + len(words)]


# 1. "by" beside a place after a quantity subject: the act stays (the trigger word, its date)
@pytest.mark.parametrize("body, trigger", [
    ("Hundreds of farmers protested by the parliament in Tarvel on Tuesday.", "protested"),
    ("Thousands of workers marched by the harbour in Tarvel on Tuesday.", "marched"),
    ("Dozens of residents gathered by the river in Tarvel on Tuesday.", "gathered"),
    ("On Tuesday, scores of students rallied by the town hall in Tarvel.", "rallied"),
])
def test_by_beside_keeps_the_act(body, trigger):
    found = _covering(_events(body), body, trigger)
    assert found and found[0].start_date == TUESDAY, [(e.event_type, e.start_date) for e in _events(body)]


@pytest.mark.parametrize("body, participle", [
    # near misses: a participle after a preposition's plural with its agent still describes the noun
    ("Aid groups opened shelters in Tarvel for travellers stranded by the flood.", "stranded"),
    ("Volunteers brought blankets on Tuesday to families displaced by the fire in Tarvel.", "displaced"),
    ("The mayor met some of the owners of homes damaged by the storm on Tuesday.", "damaged"),
    ("Tarvel housed dozens of families displaced by the quake on Tuesday.", "displaced"),
])
def test_participle_of_a_preposition_plural_still_no_act(body, participle):
    assert not _covering(_events(body), body, participle)


# 2. a called-off plan's yearless day (published 13 March 2031)
@pytest.mark.parametrize("text, phrase, expected", [
    ("A festival in Tarvel scheduled for September 20 was cancelled.", "September 20", "2031-09-20"),
    ("A summit in Tarvel originally scheduled for September 20 was postponed.", "September 20", "2031-09-20"),
    ("The fair, scheduled for 1 October, was called off.", "1 October", "2031-10-01"),
    # near misses: a day a few months gone stays gone by; a standing plan stays ahead
    ("A concert scheduled for February 20 was cancelled.", "February 20", "2031-02-20"),
    ("The talks were originally scheduled for 2 January but were postponed.", "2 January", "2031-01-02"),
    ("The review was planned for January and has since moved to May.", "planned for January", "2031-01"),
    ("An expedition planned for October was called off.", "planned for October", "2030-10"),
    ("A festival in Tarvel is scheduled for September 20.", "September 20", "2031-09-20"),
    ("A concert scheduled for February 20 will go ahead.", "February 20", "2032-02-20"),
])
def test_undone_plan_day_far_back_is_the_coming_one(text, phrase, expected):
    assert value_of(text, PUBLISHED, phrase)[0].startswith(expected)


# 3. a remark at a gathering that is not stored keeps its statement; one at a stored gathering is the gathering's
@pytest.mark.parametrize("body", [
    "Ilsa Brandt said Tuesday at the launch of the new ferry in Tarvel that fares would fall.",
    "Ilsa Brandt said Tuesday at the ceremony in Tarvel that fares would fall.",
    "Ilsa Brandt said Tuesday at a dinner in Tarvel that fares would fall.",
    "Ilsa Brandt insisted Tuesday at the event that fares would fall.",
    "Ilsa Brandt insisted Tuesday at the party's conference that taxes would fall.",
])
def test_remark_at_an_unstored_gathering_is_kept(body):
    events = _events(body, "Ilsa Brandt")
    assert events, "the remark vanished"
    statements = [e for e in events if e.event_type == "statement"]
    assert statements or any(e.event_type == "meeting" for e in events)
    if statements:
        assert statements[0].start_date == TUESDAY


@pytest.mark.parametrize("body", [
    # near misses: the gathering is stored, and the remark is its own
    "Ilsa Brandt said Tuesday at a meeting of the harbour board in Tarvel that the port would reopen.",
    "Ilsa Brandt said Tuesday at a briefing in Tarvel that the port would reopen.",
    "Ilsa Brandt said Tuesday at a summit in Tarvel that the port would reopen.",
])
def test_remark_at_a_stored_gathering_is_the_gathering(body):
    events = _events(body, "Ilsa Brandt")
    assert [e.event_type for e in events] in (["meeting"], ["press_conference"]), \
        [(e.event_type, body[e.start:e.end]) for e in events]


# 4. a one-word teller naming a company or a person keeps the statement
@pytest.mark.parametrize("body", [
    "Varnogaz said Tuesday that the pipeline would reopen.",
    "Ferrel said Tuesday that the port would reopen.",
    "Tarvelcorp insisted Tuesday that the cranes were safe.",
])
def test_one_word_name_tells(body):
    statements = [e for e in _events(body) if e.event_type == "statement"]
    assert statements and statements[0].start_date == TUESDAY


@pytest.mark.parametrize("body", [
    # near misses: a group's plural, an indefinite pronoun, a news agency tell no statement of their own
    "Lawmakers said Tuesday that the port would reopen.",
    "Everyone said Tuesday that the port would reopen.",
    "Dockworkers insisted Tuesday that the cranes were unsafe.",
    "Reuters said Tuesday that the port would reopen.",
    "Nobody said Tuesday that the port would reopen.",
    "Shopkeepers said Tuesday that the port would reopen.",
])
def test_no_named_teller_tells_none(body):
    assert not [e for e in _events(body) if e.event_type == "statement"]


# 5. a body told by its common noun that denies an act of its own ("The ministry denied that it had ...") stores the
# denied act, as a named body's denial does ("The board later denied ...", after the board's name)
@pytest.mark.parametrize("body", [
    "The ministry denied that it had sold the old pier.",
    "The ministry said on Monday that the dam was safe. The ministry also denied that it had sold the old pier.",
    "The army denied that it had diverted the toll payments to the treasury.",
    "The company later denied that it had dumped waste in the river.",
])
def test_a_body_s_denial_stores_the_denied_act(body):
    denied = [e for e in _events(body) if e.status == "denied"]
    assert denied and body[denied[0].start:denied[0].end] == "denied", [(e.event_type, e.status) for e in _events(body)]


@pytest.mark.parametrize("body", [
    # near misses: a denial by no body, or of no act of its own, stays unstored
    "It was denied that the pier had been sold.",
    "Many denied that the pier had been sold.",
    "The claim that the ministry sold the pier was denied.",
])
def test_other_denials_store_no_act(body):
    assert not [e for e in _events(body) if e.status == "denied"]
