"""An explicit date dates the clause that holds it (issue 15, round 4: dated-event recall).

The open finder (`opendates.open_triggers`) already stores the past verb of a dated clause no trigger word covers.
The tune halves' misses left three ways in which a dated clause's happening went unread:
- a date opening the sentence with its comma ("Last month, ...") dates the main clause after it, past the commas
  of a place or an apposition in its subject ("the only pharmacy in Harlow County, Kentucky, closed its doors");
- a date followed by ", when <clause>" dates that clause ("since last year, when the water board approved
  limits", "the 2023 drought, when tanks ran dry"): "since" bounds the state before it, not the when-clause;
- a date written out (a year, or a month with its day) is explicit enough for a clause that names no one, when
  its subject is a doer (officials, residents, police: `eventwords.DOER_NOUNS`) or the clause is a passive past
  that happened to a definite thing ("The wharf was destroyed ... in January 2022"). A relative day ("last
  month", "on Friday") told of no name stays vague, by the step's convention.

Near misses (no dated occurred event may come out): births and ages, states bounded by since/until, deadlines
("by 2030"), documents and laws named by their date ("the March 2022 report", "a 2019 law"), periods of
statistics ("in the year to March", fiscal years), "as of Monday", speech ("On Tuesday, X said"), a plan told in
a quote (planned, not occurred), states in a when-clause, and happenings with no doer ("The children played").
Rows written before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday
NAMES = ("Karl Brenner", "Ana Silva")

FOUND = [
    # (sentence, trigger, ISO date, precision)
    # a fronted date dates the main clause past a place's or an apposition's commas
    ("Last month, the only pharmacy in Harlow County, Kentucky, closed its doors.", "closed", "2026-05-01", "month"),
    ("In March 2025, the sawmill in Tarnby, Norway, laid off 200 workers.", "laid", "2025-03-01", "month"),
    ("On 4 May, the Varn council, the region's largest, approved the budget.", "approved", "2026-05-04", "day"),
    ("Last week, Karl Brenner, the Varn mayor, opened the new bridge.", "opened", "2026-06-01", "month"),  # (a week: its span)
    # a date followed by ", when ..." dates the when-clause
    ("He says his farm has cut its pumping by a fifth since last year, when the Tarnby water board approved "
     "limits on pumping.", "approved", "2025-01-01", "year"),
    ("The dispute dates back to the 2023 drought, when tanks on Aitutaki ran dry for three weeks.", "ran",
     "2023-01-01", "year"),
    ("Prices in Tarnby have doubled since 2019, when the Varn mine closed.", "closed", "2019-01-01", "year"),
    pytest.param("Ana Silva stopped going to meetings after one in 2023, when an official told fishermen to "
                 "retrain.", "told", "2023-01-01", "year",
                 marks=pytest.mark.xfail(strict=True, reason="'told' is a speech verb, no happening by the rule "
                                         "(the meeting trigger takes 2023)")),
    # a date written out is explicit enough for a doer's clause or a passive past of a definite thing
    ("On November 9, residents of four colonias blocked the highway to the airport for six hours.", "blocked",
     "2025-11-09", "day"),
    ("She says officials came to her street in 2021 and promised a drainage canal.", "came", "2021-01-01", "year"),
    # (written with 'destroyed' expected; the vocabulary's disaster word tells it, so the row expects 'tsunami', and
    # a row without a disaster word was added)
    ("The wharf was destroyed by the tsunami in January 2022.", "tsunami", "2022-01-01", "month"),
    ("The wharf was destroyed by high waves in January 2022.", "destroyed", "2022-01-01", "month"),
    ("The village school was rebuilt in 2025 after the fighting.", "rebuilt", "2025-01-01", "year"),
    ("Protesters stormed the parliament building on 12 March 2024.", "stormed", "2024-03-12", "day"),
    ("Police arrested 14 people outside the stadium on 3 April 2025.", "arrested", "2025-04-03", "day"),
]

NOTHING = [
    # births, ages, states
    "Ana Silva was born on 3 March 1961 in Porto.",
    "Karl Brenner, 54, has lived in Tarnby since 2019.",
    "Prices in Tarnby have risen since 2019.",
    "The Tarnby office stays open until March.",
    # a deadline, a document or a law by its date, a statistic's period, a fiscal year
    "Tarnby aims to cut its emissions by half by 2030.",
    "The March 2022 report of the Varn Institute found waste.",
    "Exports from Tarnby rose 4 percent in the year to March, the statistics office said.",
    "A 2019 law bars foreign buyers from owning farmland in Tarnby.",
    "In the 2024-25 fiscal year, Tarnby spent $4 billion on roads.",
    "As of Monday, 140 homes in Tarnby were without power.",
    # speech
    "On Tuesday, Karl Brenner said the Varn plan was on track.",
    # a fronted date before a state
    "Last month, prices in Tarnby, Norway, were higher than ever.",
    "Last week, the Varn board, which has 12 members, remained divided.",
    # a when-clause that tells a state or a plan
    "Tarnby has grown since 2019, when it had 4,000 residents.",
    "The rules have applied since June, when the Varn council is to review them.",
    # no doer, no name: a relative day stays vague, and so does a happening of no one in particular
    "Officials came to the street last month.",
    "The children played in the park on 4 May 2025.",
    "The details emerged on 4 May 2025.",
    "The weather improved in March 2025.",
]


@pytest.mark.parametrize("body, trigger, when, precision", FOUND, ids=[(row.values if hasattr(row, "values") else row)[0][:50] for row in FOUND])
def test_the_date_dates_its_clause(body, trigger, when, precision):
    events = events_of(body, *[n for n in NAMES if n in body], published=PUBLISHED)
    found = [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None, e.date_precision, e.status)
             for e in events]
    assert (trigger, when, precision, "occurred") in found, found


@pytest.mark.parametrize("body", NOTHING, ids=[row[:50] for row in NOTHING])
def test_no_dated_happening(body):
    events = events_of(body, *[n for n in NAMES if n in body], published=PUBLISHED)
    found = [(body[e.start:e.end], e.start_date, e.status) for e in events]
    assert not [row for row in found if row[1] and row[2] == "occurred"], found


def test_a_plan_in_a_quote_is_planned():
    body = "\"We will sign the Varn deal on 4 May 2026 in Tarnby,\" Karl Brenner said on Monday."
    events = events_of(body, "Karl Brenner", published=date(2026, 4, 20))
    assert events and all(e.status != "occurred" for e in events if e.start_date), [
        (body[e.start:e.end], e.start_date, e.status) for e in events]


# The name of such an event tells its clause's subject (`eventnames._clause_subject`): the subject of a reported
# clause after its speech verb ("She says officials came"), a noun after a demonstrative ("This wharf"), and a
# subject before a place's or an apposition's commas ("the only pharmacy in Harlow County, Kentucky, closed").
# Near misses: a demonstrative alone is a pronoun, and a speaker is no subject of what they report.
SUBJECT_NAMES = [
    # (sentence, trigger, words the name must start with, or words it must not start with: "!words")
    ("She says officials came to her street in 2021 and promised a drainage canal.", "came", "Officials came"),
    ("This wharf was destroyed by high waves in January 2022.", "destroyed", "Wharf"),
    ("Last month, the only pharmacy in Harlow County, Kentucky, closed its doors.", "closed", "Only pharmacy"),
    pytest.param("On 4 May, the Varn council, the region's largest, approved the budget.", "approved", "Varn council",
                 marks=pytest.mark.xfail(strict=True, reason="'approved the budget' is typed a vote (OPEN_TYPES): a "
                                         "typed event is named by its parties and its type's noun, and 'the Varn "
                                         "council' is no party the gazetteer knows ('Vote')")),
    # (added after the eval showed 'Group led withdrew': an apposition's head is the subject before it)
    ("The third bidder, a group led by a French developer, withdrew on 12 June.", "withdrew",
     "Third bidder withdrew"),  # (first written with "led by Varn Energy": a party the name then rightly heads)
    ("This was approved by the Tarnby council on 4 May 2025.", "approved", "!This"),
    ("Karl Brenner says the sawmill in Tarnby laid off 200 workers in March 2025.", "laid", "!Karl Brenner says"),
    ("She said the Tarnby plant closed in 2019.", "closed", "!She"),
]


@pytest.mark.parametrize("body, trigger, opening", SUBJECT_NAMES, ids=[(row.values if hasattr(row, "values") else row)[0][:50] for row in SUBJECT_NAMES])
def test_the_name_tells_the_clause_subject(body, trigger, opening):
    events = events_of(body, *[n for n in ("Karl Brenner", "Ana Silva") if n in body], published=PUBLISHED)
    names = [e.name for e in events if body[e.start:e.end] == trigger]
    assert names, [(body[e.start:e.end], e.name) for e in events]
    if opening.startswith("!"):
        assert not names[0].startswith(opening[1:]), names
    else:
        assert names[0].startswith(opening), names


# A clause that names no subject ("It was signed in February 2025") is named by the happening's noun
# (`eventwords.VERB_NOUNS`: signed -> signing, approved -> approval), of its object when it has one that is not
# the subject's own ("closed its doors" -> "Closure"). Near misses: a clause with a subject keeps its words, and a
# verb the table lacks keeps its clause.
HEADLESS = [
    ("It was signed in February 2025.", "signed", "Signing"),
    ("Ana Silva said it approved the budget on Monday.", "approved", "Approval of the budget"),
    ("They arrested 14 people on Monday.", "arrested", "Arrest of 14 people"),
    ("It closed its doors on Monday.", "closed", "Closure"),
    ("They resigned on Monday.", "resigned", "Resignation"),
    ("It was launched on Monday.", "launched", "Launch"),
    # near misses
    ("The budget was approved on Monday.", "approved", "Budget approved"),
    ("They painted the fence on Monday.", "painted", "Painted the fence"),
    ("Officials came to her street in 2021.", "came", "Officials came to her street"),
    ("It lit the fire on Monday.", "lit", "Lit the fire"),
]


@pytest.mark.parametrize("text, trigger, expected", HEADLESS, ids=[row[0][:40] for row in HEADLESS])
def test_a_headless_clause_is_named_by_its_noun(text, trigger, expected):
    from tests.loaders.extract.test_eventnames import name
    assert name(text, trigger, "other") == expected


# Two more ways a dated clause's verb went unread on the tune pages: an irregular past the list lacked ("the
# migration crisis swept millions ... into Europe last year"), and a verb whose past form is also an adjective or
# a speech word ("named", "called": `eventwords.NOT_EVENT_VERBS`) told right after a date that follows its subject
# ("The energy ministry on Monday named Atlântico Verde ... as winners"), an object after it. Near misses: a state
# bounded by since, speech after the date, and the adjective sense.
MORE_FOUND = [
    ("Rebels dug trenches around Tarnby on 4 May 2025.", "dug", "2025-05-04", "day"),
    ("Floodwater swept cars off the Tarnby bridge on 4 May 2025.", "swept", "2025-05-04", "day"),
    ("The Tarnby ministry on Monday named Varn Energy as the winner of the tender.", "named", "2026-06-08", "day"),
    # (first written "called a strike at the Tarnby plant": the vocabulary's 'strike' tells it, already dated)
    ("The Varn council on Monday listed the Tarnby mill as a heritage site.", "listed", "2026-06-08", "day"),
]
MORE_NOTHING = [
    "The portrait of Karl Brenner has hung in the Tarnby hall since 2019.",
    "The Tarnby ministry on Monday said Varn Energy had won the tender.",
    "The Tarnby ferry, named Varn in 2019, is old.",
    "The Varn park, called Tarnby Green since 2019, is closed.",
]


@pytest.mark.parametrize("body, trigger, when, precision", MORE_FOUND, ids=[row[0][:50] for row in MORE_FOUND])
def test_more_dated_verbs(body, trigger, when, precision):
    test_the_date_dates_its_clause(body, trigger, when, precision)


@pytest.mark.parametrize("body", MORE_NOTHING, ids=[row[:50] for row in MORE_NOTHING])
def test_more_near_misses(body):
    test_no_dated_happening(body)
