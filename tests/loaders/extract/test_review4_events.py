"""The fourth reviewer's findings on the set-day, weekday-year and 'supposed to ... but' rules (made-up texts, written
before the run; published 10 March 2010 unless said)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _rows(body, trigger, published=date(2010, 3, 10)):
    return [(e.status, e.start_date.isoformat() if e.start_date else None)
            for e in events_of(body, "Karl Brenner", "Ana Silva", published=published) if body[e.start:e.end] == trigger]


# 9. a set day in an apposition yields to the clause's own finite verb of happening
@pytest.mark.parametrize("body, trigger, expected", [
    ("The talks with Lisbon, originally planned for 2 March, were held on 5 March.", "talks",
     ("occurred", "2010-03-05")),
    ("The talks with Lisbon, planned for 2 March, took place on 5 March.", "talks", ("occurred", "2010-03-05")),
    ("Karl Brenner said the regional summit, planned for 2 March, had been postponed twice before finally"
     " being held on 4 March.", "summit", ("occurred", "2010-03-04")),
    ("Karl Brenner said the regional summit, scheduled for 2 March, went ahead on 4 March.", "summit",
     ("occurred", "2010-03-04")),
    # near misses: the apposition alone, and a cancellation after it, stay as they were
    ("The Kestrel Bay ministry said that the regional summit, planned for 12 May, had been cancelled.", "summit",
     ("cancelled", "2010-05-12")),
])
def test_a_set_day_yields_to_the_clause_verb(body, trigger, expected):
    assert _rows(body, trigger) == [expected]


# 10. an explicit 'last year' / 'in 2009' in the clause fixes a cancelled set day's year
@pytest.mark.parametrize("body, trigger, expected", [
    ("Karl Brenner said the regional summit, set for 12 May, was cancelled last year.", "summit",
     ("cancelled", "2009-05-12")),
    ("Karl Brenner said the regional summit, planned for 12 May, was cancelled in 2009.", "summit",
     ("cancelled", "2009-05-12")),
    # near miss: no year told, read forward
    ("Karl Brenner said the regional summit, planned for 12 May, had been cancelled.", "summit",
     ("cancelled", "2010-05-12")),
])
def test_a_cancelled_set_day_takes_the_clause_year(body, trigger, expected):
    assert _rows(body, trigger) == [expected]


# 11. a weekday never flips a simple past to planned or dates it after publication
PUB26 = date(2026, 3, 10)


@pytest.mark.parametrize("body, trigger, expected", [
    # 21 May 2026 is a Thursday; 21 May 2025 a Wednesday: no year within one year fits -> the weekday is ignored
    ("Kestrel Bay ministers met in Holm on Thursday 21 May to sign the treaty.", "met", ("occurred", "2025-05-21")),
    # 13 March 2026 is a Friday; 13 March 2025 a Thursday -> ignored, the past day before publication
    ("Karl Brenner met Ana Silva on Friday 13 March.", "met", ("occurred", "2025-03-13")),
    # 21 May 2025 is a Wednesday: the previous year that fits
    ("Karl Brenner met Ana Silva on Wednesday 21 May.", "met", ("occurred", "2025-05-21")),
    # 5 March 2026 is a Thursday, before publication: kept
    ("Kestrel Bay ministers met in Holm on Thursday 5 March.", "met", ("occurred", "2026-03-05")),
    # near miss: a plan keeps the weekday's year
    ("Kestrel Bay ministers will meet in Holm on Thursday 21 May.", "meet", ("planned", "2026-05-21")),
])
def test_a_weekday_keeps_a_past_verb_past(body, trigger, expected):
    assert _rows(body, trigger, PUB26) == [expected]


# 12. 'supposed to ... but' is cancelled only when the 'but' clause says it did not happen
@pytest.mark.parametrize("body, trigger, status", [
    ("Ana Silva was supposed to visit Nice on Wednesday, but she also toured Cannes.", "visit", "planned"),
    ("Ana Silva was supposed to visit Nice on Wednesday. But critics said the trip was a waste of money.", "visit",
     "planned"),
    ("The ministers were supposed to meet in Lyon on Monday, but in the end the meeting went ahead as planned.", "meet",
     "occurred"),
    ("The ministers were supposed to meet in Lyon on Monday, and they did.", "meet", "occurred"),
    # the 'but' says it did not happen
    ("Ana Silva was supposed to visit Nice on Wednesday, but the trip was called off.", "visit", "cancelled"),
    ("Ana Silva was supposed to visit Nice on Wednesday, but she never arrived.", "visit", "cancelled"),
    ("Ana Silva was supposed to visit Nice on Wednesday, but she did not go.", "visit", "cancelled"),
    ("Ana Silva was supposed to visit Nice on Wednesday. Instead, she flew to Lyon.", "visit", "cancelled"),
    ("The ministers were supposed to meet in Lyon on Monday, but the meeting was postponed.", "meet", "cancelled"),
])
def test_supposed_but_needs_a_not_done(body, trigger, status):
    assert [s for s, _ in _rows(body, trigger)] == [status]
