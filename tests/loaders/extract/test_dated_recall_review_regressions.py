"""Regressions from a reviewer's made-up passages run on the dated-recall round (facilities opening/closing, wins as
nouns, parts of a month, 'every/each' habits): the twelve passages that round made wrong, written before the
narrowing, with the reviewer's newly right passages kept as guards so the narrowing does not undo them.

Mechanisms narrowed: a facility's verb tells its life only without an object (or in the passive, or opening 'its
doors'), never a market's close ('closed 1.2 percent lower', 'closed higher'); a habit's 'every/each' counts only
right before the date or as 'each week' after it; a result's noun wished for ('need a win', 'hopes for a win') is no
result; a month part whose month is a name ('the final days of August Wilson', "May's premiership") is no date.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# (published, sentence, check) — check is "none" (no event), "no-occurred", ("only", ISO date), ("has", ISO date)
# or ("not-month", year, month)
WRONG = [
    ("2026-06-13", "The stock market closed 1.2 percent lower on Friday after the jobs report.", "none"),
    ("2026-03-07", "The market closed higher on Thursday as oil prices eased.", "none"),
    ("2026-01-08", "The port closed the year with record throughput in December.", "none"),
    ("2026-02-20", "The plant closed the quarter with a loss in December.", "none"),
    ("2026-03-04", "The school closed ranks around the teacher on Monday.", "none"),
    ("2026-05-12", "The mill burned through its cash reserves in April.", "none"),
    ("2026-06-10", "The bridge was closed on Saturday and Sunday each week during the works.", "none"),
    ("2026-09-29", "Both strikers scored one each on Saturday as Varn won 2-0 at Holt.", ("has", "2026-09-26")),
    ("2026-05-08", "Arsenal need a win over Chelsea on Saturday to stay top.", "no-occurred"),
    ("2026-09-01", "Smith hopes for a win at Wimbledon on Saturday.", "no-occurred"),
    ("2026-04-16", "Critics praised the play about the final days of August Wilson, which opened on Broadway on "
                   "Tuesday.", ("only", "2026-04-14")),
    ("2026-03-11", "In the first weeks of May's premiership, ministers resigned over Brexit.", ("not-month", 2025, 5)),
]

# the reviewer's newly right passages: kept
KEPT = [
    ("2026-06-16", "The Chiefs kept their playoff hopes alive with a 27-24 win over the Blues last night.",
     ("has", "2026-06-15")),
    ("2026-11-02", "The village school reopened in the first week of October after floods.", ("has", "2026-10-01")),
    ("2026-06-10", "The hospital in Khan Younis was destroyed in March last year.", ("has", "2025-03-01")),
    ("2026-02-14", "The factory closed in the second half of January, idling 300 workers.", ("has", "2026-01-01")),
    ("2026-04-22", "The road was closed on Tuesday to allow the motorcade through.", ("has", "2026-04-21")),
    ("2026-09-09", "The pub closed early on Friday because of the storm.", ("has", "2026-09-04")),
    ("2026-06-10", "The clinic opened its doors to refugees in March last year.", ("has", "2025-03-01")),
    ("2026-06-10", "The highway reopened in mid-May last year.", ("has", "2025-05-01")),
    ("2026-06-10", "The factory shut in March, last year's worst month.", ("has", "2026-03-01")),
    ("2026-10-14", "The schools reopened in the first half of September, the minister said on Monday.",
     ("has", "2026-09-01")),
    # habits still refused
    ("2026-10-10", "The museum closed every December for repairs during the 1990s.", "no-2026"),
    ("2026-06-10", "The tavern closed early every Friday in December.", "none"),
    # the narrowing's own near misses: 'down' alone is a closure (no number after it); 'each' right before a day
    ("2026-06-10", "The plant shut down in March after the floods.", ("has", "2026-03-01")),
    ("2026-06-10", "The shop closed each Saturday in May.", "none"),
]


def _check(published: str, text: str, check) -> None:
    events = events_of(text, published=date.fromisoformat(published))
    rows = [(text[e.start:e.end], e.status, e.start_date) for e in events]
    if check == "none":
        assert not events, rows
    elif check == "no-occurred":
        assert not [e for e in events if e.status == "occurred"], rows
    elif check == "no-2026":
        assert not [e for e in events if e.start_date and e.start_date.year == 2026], rows
    elif check[0] == "has":
        assert any(e.start_date and e.start_date.isoformat() == check[1] for e in events), rows
    elif check[0] == "only":
        assert events and all(e.start_date and e.start_date.isoformat() == check[1] for e in events), rows
    elif check[0] == "not-month":
        assert not [e for e in events if e.start_date and (e.start_date.year, e.start_date.month) == check[1:]], rows


@pytest.mark.parametrize("published,text,check", WRONG)
def test_review_newly_wrong(published, text, check):
    _check(published, text, check)


@pytest.mark.parametrize("published,text,check", KEPT)
def test_review_newly_right_kept(published, text, check):
    _check(published, text, check)
