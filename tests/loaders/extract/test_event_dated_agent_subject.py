"""A short dated past clause told of a definite or counted group of agents (issue 15, dated recall): "Two
lawmakers met with donors in March", "The union picketed the depot on Tuesday" name no one with a capital letter,
yet the subject is a body or a group that acts (`eventwords.DOER_NOUNS`) and the verb is a past act dated in its
own clause: a happening, as a definite event noun's is ("The protests began in May").

Near misses of ordinary prose that must stay out: a figure ("Prices rose in March"), a statistic over a group
("Three percent of workers lost their jobs last year"), a piece of research ("The report found last month"), a
habit ("usually met on Fridays"), a state ("was profitable in March"), a subject that is no agent ("The children
played", "The details emerged"). Written before the fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_event_dated_identified_subject import assert_dated_trigger

PUBLISHED = date(2026, 6, 10)  # a Wednesday

CASES = [
    # (sentence, the trigger expected or None, its ISO date, precision)
    ("Two lawmakers filed a complaint in March.", "filed", "2026-03-01", "month"),
    ("The union picketed the depot on Tuesday.", "picketed", "2026-06-09", "day"),
    ("Three inspectors arrived on Monday.", "arrived", "2026-06-08", "day"),
    ("The company closed the plant on Friday.", "closed", "2026-06-05", "day"),
    ("Dozens of farmers blocked the road on Saturday.", "blocked", "2026-06-06", "day"),
    # a counted group of people (`eventwords.GROUP_PERSON_NOUNS`), and a definite thing's arrival (`ARRIVAL_VERBS`)
    ("Eight women came to the clinic on Monday.", "came", "2026-06-08", "day"),
    ("The machines arrived on Tuesday.", "arrived", "2026-06-09", "day"),
    ("The first shipments landed in May.", "landed", "2026-05-01", "month"),
    # a gathering of such a group is someone's (events: the gate of gatherings of no one)
    ("Two lawmakers met with donors in March.", "met", "2026-03-01", "month"),
    # near misses
    ("The mining sector - hammered amid low prices - held steady in May.", None, None, None),
    # an adverb opening like a determiner is no object ("angrily" is no "an", opendates._OBJECT_AFTER): a definite
    # subject that is no doer, with no object, tells no happening (as "The children played")
    ("The old guard reacted angrily in 2019.", None, None, None),
    ("The old guard reacted anxiously in 2019.", None, None, None),
    ("The prices hit a record on Monday.", None, None, None),
    ("The shares lost a third of their value on Monday.", None, None, None),
    ("The children met on Monday.", None, None, None),
    ("Most lawmakers met with donors in March.", None, None, None),
    ("The two firms met the regulator's deadline in March.", None, None, None),
    ("Most women came to the clinic on Monday.", None, None, None),
    ("The prices came down in March.", None, None, None),
    ("The letters arrived every Monday in May.", None, None, None),
    ("The machines stood idle in May.", None, None, None),
    ("Prices rose in March.", None, None, None),
    ("Three percent of workers lost their jobs last year.", None, None, None),
    ("The report found last month that wages had fallen.", None, None, None),
    ("The workers usually met on Fridays.", None, None, None),
    ("The company was profitable in March.", None, None, None),
    ("The children played in the park on Sunday.", None, None, None),
    ("The details emerged on Monday.", None, None, None),
    ("Most lawmakers opposed the plan in March.", None, None, None),
]


@pytest.mark.parametrize("body, trigger, when, precision", CASES, ids=[case[0][:50] for case in CASES])
def test_agent_subject(body, trigger, when, precision):
    assert_dated_trigger(body, PUBLISHED, trigger, when, precision)
