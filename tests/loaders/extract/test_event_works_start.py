"""Made-up cases (events round R22, issue 15 item 5: dated planned events): a sentence whose subject is the works on
a thing and whose verb their start ("Construction of the first berth is expected to begin in April 2032", "Work on
the bridge will start in May") is one dated happening, whoever does the works (`opendates._WORKS_START`), planned
when its day is to come, occurred when gone by.

Near misses: a statistic of construction ("Construction of homes fell in April"), no start verb, works counted, a
start verb whose subject is no works."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 11, 25)

ROWS = {
    "construction expected to begin, a written year": (
        "Construction of the first berth is expected to begin in April 2032.", "begin", ("planned", date(2032, 4, 1))),
    "work to start, a month to come": (
        "Work on the Varna bridge will start in May.", "start", ("planned", date(2032, 5, 1))),
    "construction began, a year gone by": (
        "Construction of the ferry terminal began in April 2029.", "began", ("occurred", date(2029, 4, 1))),
    # near misses
    "near miss: a statistic of construction": (
        "Construction of homes fell in April, the survey found.", "fell", None),
    "near miss: no start verb": (
        "Work on the bridge will be hard in April.", "hard", None),
    "near miss: a start verb whose subject is no works": (
        "The rainy season is expected to begin in April 2032.", "begin", None),
    # near misses from the review of eventsR22: a start verb opening an infinitive (a statistic), a start expected
    # and told delayed, works on a writing or a creative work
    "near miss: began to slow": (
        "Construction of new flats began to slow in April, the survey found.", "began", None),
    "near miss: started to fall": ("Construction of flats started to fall in April.", "started", None),
    "near miss: a start expected and delayed": (
        "Construction of the quay was expected to begin in April 2029 but was delayed.", "begin", None),
    "near miss: work on a report": ("Work on the audit report will start in May, the ministry said.", "start", None),
    "near miss: work on a novel": ("Work on her second novel began in May 2029.", "began", None),
    # review of eventsR23: only "to <verb>" opens an infinitive ("began to the north", "started to great fanfare"
    # are starts); the writings' guard holds only for "work on" (construction is of a thing built: "the new opera")
    "began to the north": (
        "Construction of the tunnel began to the north of the town in April 2029.", "began", ("occurred", date(2029, 4, 1))),
    "started to great fanfare": (
        "Construction of the tunnel started to great fanfare in April 2029.", "started", ("occurred", date(2029, 4, 1))),
    "construction of an opera house": (
        "Construction of the new opera began in April 2029.", "began", ("occurred", date(2029, 4, 1))),
    "near miss: began to ease": ("Construction of new flats began to ease in April, the survey found.", "began", None),
    "near miss: started to pick up": ("Construction of homes started to pick up in April.", "started", None),
    "near miss: work on a play": ("Work on his new play started in April 2029.", "started", None),
}

# A works' start is named by the start's noun of the works as written (review of eventsR22: "The first berth begin")
NAMES = {
    "Construction of the second quay is expected to begin in April 2032.":
        "Start of construction of the second quay (2032-04)",
    "Repairs on the Kell roof will resume in May.": "Resumption of repairs on the Kell roof (2032-05)",
    "Demolition of the old ferry terminal began in April 2029.": "Start of demolition of the old ferry terminal (2029-04)",
}
# ... near misses: a start verb of no works keeps its own name; a works noun not opening the clause
NAME_NEAR_MISSES = {
    "The Kell festival will begin in May.": "Start of",
    "The Kell festival, with work on the stage done, will begin in May.": "Start of work",
    "Brenn Works will start production in May.": "Start of",
}


@pytest.mark.parametrize("body", list(NAMES))
def test_works_start_name(body):
    assert [e.name for e in events_of(body, published=PUBLISHED) if e.start_date is not None] == [NAMES[body]]


@pytest.mark.parametrize("body", list(NAME_NEAR_MISSES))
def test_works_start_name_near_miss(body):
    assert not any(e.name.startswith(NAME_NEAR_MISSES[body]) for e in events_of(body, published=PUBLISHED))


@pytest.mark.parametrize("key", list(ROWS))
def test_works_start(key):
    body, word, expected = ROWS[key]
    at = body.index(word)
    over = [e for e in events_of(body, published=PUBLISHED) if e.start <= at < e.end and e.start_date is not None]
    if expected is None:
        assert not over, over
    else:
        assert [(e.status, e.start_date) for e in over] == [expected], over
