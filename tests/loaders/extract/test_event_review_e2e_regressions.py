"""End-to-end review (44 whole made-up pages, expectations written by the reviewer before any run): the two
events rows newly wrong, copied here with near misses, written before the narrowing.

1. A date inside an 'as/while <pronoun> <verb>' clause dates the main clause too, and the event is named from
   the main clause ("Typhoon Ampil killed at least 19 people ... as it swept across northern Luzon on Monday").
2. A 'between <year> and <year>' / 'from <year> to <year>' span is a period: no dated-clause event from it.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 8, 11)  # a Tuesday; "on Monday" is 2026-08-10
NAMES = ("Ngozi Okafor", "Karl Brenner", "Ana Silva", "Wayne Pritchard")


def _events(body):
    return [(e.event_type, e.name, e.start_date.isoformat() if e.start_date else None, e.status)
            for e in events_of(body, *NAMES, published=PUBLISHED)]


@pytest.mark.parametrize("body, main_word", [
    ("Typhoon Ampil killed at least 19 people and displaced more than 50,000 as it swept across northern Luzon "
     "on Monday, disaster officials said.", "killed"),
    ("Typhoon Ampil killed at least 19 people as it swept across northern Luzon on Monday, disaster officials "
     "said.", "killed"),
    ("Typhoon Ampil killed 19 people on Monday as it swept across northern Luzon, disaster officials said.",
     "killed"),
    ("Cyclone Idai destroyed thousands of homes while it moved across central Mozambique on 14 March, officials "
     "said.", "destroyed"),
])
def test_a_date_in_an_as_pronoun_clause_dates_the_main_clause(body, main_word):
    events = _events(body)
    assert len(events) == 1, events
    _, name, _, status = events[0]
    assert main_word in name.lower() and "swept" not in name.lower() and "moved" not in name.lower(), events
    assert status == "occurred"
    assert events[0][2] in ("2026-08-10", "2026-03-14")


def test_a_fronted_as_clause_dates_the_arrest():
    events = _events("As she arrived in Lagos on Monday, Ngozi Okafor was arrested by police.")
    assert any("arrested" in name.lower() and day == "2026-08-10" for _, name, day, _ in events), events


def test_near_miss_the_main_clause_reads_as_with_the_date_of_its_own():
    # (written before the code as "no event"; the existing rules already read "The storm weakened on Monday" as a
    # dated happening of an identified subject, so the as-clause's date gives the main clause the same reading)
    body = "The storm weakened as it moved north on Monday."
    assert [d for _, _, d, _ in _events(body)] == [d for _, _, d, _ in _events("The storm weakened on Monday.")]
    assert all("moved" not in name.lower() for _, name, _, _ in _events(body))


def test_near_miss_the_vocabulary_trigger_of_an_as_clause_keeps_its_date():
    events = _events("Karl Brenner smiled as he signed the Lisbon treaty on Monday.")
    assert [(t, d) for t, _, d, _ in events] == [("agreement_signing", "2026-08-10")], events


@pytest.mark.parametrize("body", [
    "Prosecutors said he took more than $90,000 in cash and gifts between 2019 and 2023.",
    "Prosecutors said Wayne Pritchard took more than $90,000 in cash from a towing firm from 2019 to 2023.",
    "The municipality cancelled the Tarnby tender between 2019 and 2023.",
])
def test_a_span_of_years_is_a_period_not_an_event_date(body):
    assert _events(body) == []


@pytest.mark.parametrize("body, expected", [
    # near misses: a single year still dates its doer's clause, and a meeting over a span of days is a meeting
    ("The municipality cancelled the Tarnby tender in 2019.", {"2019-01-01"}),
    ("Karl Brenner met Ana Silva in Lisbon between 2 and 4 May.", {"meeting"}),
    ("The Varn council approved the budget between 2 and 4 May.", {"vote_veto"}),
])
def test_near_misses_of_the_span(body, expected):
    events = _events(body)
    assert expected <= {e[0] for e in events} | {e[2] for e in events}, events
