"""A dated happening in the life of a definite facility (issue 15, dated recall): a place built for use — a school,
a clinic, a tavern, a bridge — that opened, closed, collapsed or was rebuilt on a date is a happening the sentence
identifies without a capitalised name, as a definite event noun does ("The protests began in May"). The article
has placed the facility; its opening or closing is the event. Vocabulary: `eventwords.FACILITY_NOUNS` and
`eventwords.FACILITY_VERBS`.

Near misses of ordinary prose: a state or a deadline ("stays closed until March", "is closed on Mondays"), a
habit ("closes early on Fridays", "closed every December"), a figure of the facility ("The tavern's sales fell in
January"), a facility's people acting ("The school's pupils played on Sunday"), a verb outside its life ("The
clinic treated 40 patients on Monday"), a body that is no facility ("The committee decided on Monday to wait").
Written before the fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_event_dated_identified_subject import assert_dated_trigger

PUBLISHED = date(2026, 6, 10)  # a Wednesday

CASES = [
    # (sentence, the trigger expected or None, its ISO date, precision)
    ("The tavern on the main road closed in January.", "closed", "2026-01-01", "month"),
    ("The training centre opened in March in a converted workshop.", "opened", "2026-03-01", "month"),
    ("The village clinic was shut on Monday after the floods.", "shut", "2026-06-08", "day"),
    ("The old bridge collapsed on Tuesday.", "collapsed", "2026-06-09", "day"),
    ("The primary school was rebuilt in April with donated bricks.", "rebuilt", "2026-04-01", "month"),
    # a place's facility: the owner written before it ("The village's school")
    ("The village's school was rebuilt in April with donated bricks.", "rebuilt", "2026-04-01", "month"),
    # a building put up ("went up") is built: its life's start
    ("The building went up in 2024.", "went", "2024-01-01", "year"),
    ("The new warehouse went up in March beside the depot.", "went", "2026-03-01", "month"),
    # posts, branches, offices and shelters serve the public too (round eventsR11)
    ("The aid post opened in September with two doctors.", "opened", "2025-09-01", "month"),
    ("The bank branch closed in March.", "closed", "2026-03-01", "month"),
    ("The night shelter was shut on Monday after the floods.", "shut", "2026-06-08", "day"),
    # near misses
    ("The post opened a new office in March.", None, None, None),
    ("The office of the mayor opened an inquiry in March.", None, None, None),
    ("The branch closes early on Fridays.", None, None, None),
    ("The prices went up in March.", None, None, None),
    ("The building went quiet in March.", None, None, None),
    ("The building's rents went up in March.", None, None, None),
    ("The village's pupils played in the yard on Sunday.", None, None, None),
    ("The town's school closes early on Fridays.", None, None, None),
    ("The school stays closed until March.", None, None, None),
    ("The museum is closed on Mondays.", None, None, None),
    ("The clinic closes early on Fridays.", None, None, None),
    ("The tavern closed early every Friday in December.", None, None, None),
    ("The tavern's sales fell in January.", None, None, None),
    ("The clinic treated 40 patients on Monday.", None, None, None),
    ("The school's pupils played in the yard on Sunday.", None, None, None),
    ("The committee decided on Monday to wait.", None, None, None),
    ("The children played near the old bridge on Sunday.", None, None, None),
]


@pytest.mark.parametrize("body, trigger, when, precision", CASES, ids=[case[0][:50] for case in CASES])
def test_facility_life(body, trigger, when, precision):
    assert_dated_trigger(body, PUBLISHED, trigger, when, precision)
