"""Review of eventsR29's NEWLY WRONG items (events track, round eventsR30). Written BEFORE the fixes; made-up texts.

1. The employer written before an officer's title (`orgnames._employer_name`) is no employer when the officer is a
   former one ("Former FBX Director", "Ex-Kestrel Vale CEO", "Kestrel Vale's former director"), a new one, when the
   words are a generic acronym ("NGO director", "TV director", "HR Director"), a region's ("East Africa Director",
   "North Kivu Director"), end in a department's word ("Kestrel Vale Sales Director"), or when the officer is the
   object of a verb ("Police arrested Kestrel Vale CEO Ana Silva").
2. and 3. A body's gathering (`events._body_gathering`) and a gathering with a group (`events._gathering_with_group`)
   are kept only when told plainly: not in a relative or subordinate clause ("The council, which meets on Tuesdays,",
   "When the cabinet meets,"), not negated ("has never met", "No meeting ... is planned"), not a condition, refusal or
   wish ("if the rains fail", "refused a meeting", "want a meeting"), and dated in the trigger's own clause (not "after
   the harvest, which began on 15 March", not a deadline "before 15 March").
Rows that stay right are the near misses.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.extract.people import extract_people
from loaders.registry import Registry
from tests.loaders.extract.test_events import article, events_of


def _actors(body: str) -> list[list[str]]:
    record = article(body, date(2010, 3, 10))
    people = extract_people(record, Registry())
    return sorted({tuple(sorted(e.actors)) for e in extract_events(record, people, Registry())})


EMPLOYER_ROWS = {
    "ex- joined": ("Ex-Kestrel Vale CEO Ana Silva announced a new firm on Monday.", "Kestrel"),
    "ex spaced": ("Ex FBX Director Karl Brenner signed the agreement on Monday.", "FBX"),
    "new officer": ("New FBX Director Karl Brenner signed the agreement on Monday.", "FBX"),
    "former officer": ("Former FBX Director Karl Brenner signed the agreement with the union on Monday.", "FBX"),
    "the former officer": ("The former FBX Director Karl Brenner resigned on Monday.", "FBX"),
    "possessive former": ("Kestrel Vale's former director, Ana Silva, was arrested on Monday.", "Kestrel"),
    "NGO": ("NGO director Ana Silva visited Gaza on Monday.", "NGO"),
    "TV": ("TV director Ana Silva was arrested on Monday.", "TV"),
    "HR": ("HR Director Ana Silva resigned on Monday.", "HR"),
    "PR": ("PR Director Ana Silva resigned on Monday.", "PR"),
    "East Africa": ("East Africa Director Ana Silva visited Gaza on Monday.", "East Africa"),
    "Latin America": ("Latin America Director Ana Silva visited Gaza on Monday.", "Latin America"),
    "North Kivu": ("North Kivu Director Ana Silva visited Gaza on Monday.", "North Kivu"),
    "Kisumu West": ("Kisumu West Director Ana Silva visited Gaza on Monday.", "Kisumu West"),
    "department after the name": ("Kestrel Vale Sales Director Ana Silva resigned on Monday.", "Sales"),
    "arrested": ("Police arrested Kestrel Vale CEO Ana Silva on Monday.", "Kestrel"),
    "killed": ("Gunmen killed Kestrel Vale CEO Ana Silva on Monday.", "Kestrel"),
    "sued": ("The union sued Kestrel Vale CEO Ana Silva on Monday.", "Kestrel"),
}


@pytest.mark.parametrize("body, word", EMPLOYER_ROWS.values(), ids=list(EMPLOYER_ROWS))
def test_no_employer_for_former_generic_regional_or_object_officers(body, word):
    assert not any(word in actor for actors in _actors(body) for actor in actors)


EMPLOYER_KEPT = {
    "director signed": ("FBX Director Karl Brenner signed the agreement on Monday.", "FBX"),
    "ceo announced": ("Kestrel Vale CEO Ana Silva announced a new firm on Monday.", "Kestrel Vale"),
    "acting": ("Acting FBX Director Karl Brenner signed the agreement on Monday.", "FBX"),
    "vice-president": ("Kestrel Vale's vice-president of operations, Ana Silva, signed the deal on Monday.",
                       "Kestrel Vale"),
}


@pytest.mark.parametrize("body, name", EMPLOYER_KEPT.values(), ids=list(EMPLOYER_KEPT))
def test_employer_kept_for_a_serving_officer_who_acts(body, name):
    assert any(name in actors for actors in _actors(body))


def _gatherings(body: str) -> list[tuple[str, str | None]]:
    return [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None)
            for e in events_of(body, published=date(2010, 3, 10)) if e.event_type == "meeting"]


GATHERING_ROWS = {
    "habitual relative clause": ("The council, which meets on Tuesdays, approved the plan on Monday.", []),
    "never": ("The cabinet has never met on a Sunday.", []),
    "when clause, another's date": ("When the cabinet meets, the budget, approved on 17 March, will be discussed.",
                                    []),
    "negated plan": ("The cabinet will not meet on 17 March.", []),
    "condition": ("A meeting with farmers would be held on 15 March if the rains fail.", []),
    "refused": ("The minister refused a meeting with farmers on 15 March.", []),
    "rejected": ("Rebels rejected talks with officials on 15 March.", []),
    "another clause's date": ("Talks with farmers broke down after the harvest, which began on 15 March.", []),
    "a wish before a deadline": ("Farmers want a meeting with officials before 15 March.", []),
    "no meeting planned": ("No meeting with farmers is planned for 15 March.", []),
    "no plans": ("There are no plans for talks with rebels on 15 March.", []),
    # --- kept ---
    "the cabinet meets": ("The cabinet meets on 17 March to decide on the visa rules.", [("meets", "2010-03-17")]),
    "the cabinet met": ("The cabinet met on Monday.", [("met", "2010-03-08")]),
    "a meeting planned": ("A recovery meeting with local leaders and farmers is planned for 15 March.",
                          [("meeting", "2010-03-15")]),
    "talks next week": ("The company will hold talks with the city council next week.", [("talks", "2010-03-15")]),
}


@pytest.mark.parametrize("body, expected", GATHERING_ROWS.values(), ids=list(GATHERING_ROWS))
def test_a_bare_gathering_is_kept_only_when_told_plainly(body, expected):
    assert [(text, day) for text, day in _gatherings(body) if day] == expected


# Near misses of the object guard: a hearing's other side and an employer after a headline's last word stay.
EMPLOYER_KEPT_TOO = {
    "a hearing's other side": ("Senator Tom Fischer grilled Kestrel Vale CEO Ana Silva on Tuesday.", "Kestrel Vale"),
    "after a headline": ("Ten homes evacuated overnight\nKestrel Water controller Karl Brenner said ten homes had "
                         "been evacuated on Monday.", "Kestrel Water"),
}


@pytest.mark.parametrize("body, name", EMPLOYER_KEPT_TOO.values(), ids=list(EMPLOYER_KEPT_TOO))
def test_employer_kept_for_another_side_or_after_a_line(body, name):
    assert any(name in actors for actors in _actors(body))
