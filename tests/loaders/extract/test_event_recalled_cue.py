"""A perfect tense marks an event as recalled only when it is the narrator's, in the event's own clause (issue 15,
round evdateE: dated-event recall).

An undated mention of the article's news takes the day the narration is at; a perfect tense ("had met") or
"previously" near the trigger marks it recalled instead, and it stays undated. Two perfects are no such mark:
- one inside a quotation the trigger is not in: the quoted speaker's tense ('"Prices have stayed low," said the
  governor at a press conference'): the press conference is the news's;
- one in the content clause a speech verb opens after the trigger ('said at a news conference that traffic had
  doubled'): the perfect is the reported fact's, not the conference's.
Near misses: a perfect in the trigger's own clause or before it, outside quotes ("had held a news conference",
"who has previously held a press conference") still marks it recalled. Made-up rows, written before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday
NAMES = ("Karl Brenner", "Ana Silva")
LEAD = "The Varn port authority reopened the harbour on Monday. "

DATED = [
    # (second sentence, trigger, ISO date)
    ('"Ships have waited outside the harbour for a week," said Karl Brenner at a press conference in Varn.',
     "press conference", "2026-06-08"),
    ('"Trade has fallen by a third, and the fishing fleet has lost a season," Karl Brenner told a '
     'news conference in Varn.', "news conference", "2026-06-08"),
    ("Karl Brenner said at a news conference in Varn that traffic had doubled since the spring.",
     "news conference", "2026-06-08"),
    ("Ana Silva told a press conference in Varn that the dredging had been finished ahead of time.",
     "press conference", "2026-06-08"),
]

UNDATED = [
    # (second sentence, trigger): a perfect of the trigger's own clause, or before it, outside any quote
    ("Karl Brenner had held a press conference in Varn to warn of delays.", "press conference"),
    ("Karl Brenner, who has previously held a press conference in Varn, said ships were waiting.", "press conference"),
    ("Ana Silva has given a news conference in Varn about the harbour.", "news conference"),
]


def _found(sentence: str, trigger: str):
    body = LEAD + sentence
    return [e for e in events_of(body, *NAMES, published=PUBLISHED) if body[e.start:e.end] == trigger]


@pytest.mark.parametrize("sentence, trigger, iso", DATED)
def test_a_quoted_or_reported_perfect_leaves_the_news_day(sentence, trigger, iso):
    found = _found(sentence, trigger)
    assert found, "the trigger is stored"
    assert [(e.start_date.isoformat() if e.start_date else None, e.date_precision) for e in found] == [(iso, "day")]


@pytest.mark.parametrize("sentence, trigger", UNDATED)
def test_the_narrators_perfect_still_marks_a_recollection(sentence, trigger):
    assert all(e.start_date is None for e in _found(sentence, trigger))
