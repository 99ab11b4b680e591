"""A definite gathering told with its own date dates the undated one told just before (issue 15, round evdateE:
dated-event recall).

"Karl Brenner met Ana Silva in Varn. The meeting was held on Monday.": "the meeting" is the one just told, and its
date is that meeting's. It used to be kept apart (a definite gathering refers back only when it has no date of its
own), the meeting told first stayed undated and the second, naming no one, was dropped. Now a definite gathering
with a date of its own, written "the <noun>" with nothing between (not "the next meeting", "the previous talks"), folds
into the last gathering of its kind told in the sentence before or its own, when that one has no date of its own:
the event takes the date.
Near misses: an earlier gathering with its own date is not re-dated; "the previous/next meeting" is another one; a
gathering of another kind ("the summit") is not this one; a later paragraph's "the meeting" is not. Made-up rows,
written before the code.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday
NAMES = ("Karl Brenner", "Ana Silva", "Lena Holm")


def _gatherings(body: str):
    return sorted((e.start_date.isoformat() if e.start_date else None, sorted(e.participants))
                  for e in events_of(body, *NAMES, published=PUBLISHED) if e.event_type == "meeting")


@pytest.mark.parametrize("body, expected", [
    ("Karl Brenner met Ana Silva in Varn. The meeting was held on Monday.",
     [("2026-06-08", ["Ana Silva", "Karl Brenner"])]),
    ("Karl Brenner met Ana Silva in Varn. The meeting, on Monday, lasted three hours.",
     [("2026-06-08", ["Ana Silva", "Karl Brenner"])]),
    ("Karl Brenner held talks with Ana Silva in Varn. The talks on Tuesday ended without a deal.",
     [("2026-06-09", ["Ana Silva", "Karl Brenner"])]),
    # near misses: the first has its own date; another meeting; the next one is planned; far away
    ("Karl Brenner met Ana Silva in Varn on Tuesday. The meeting on Monday was with Lena Holm.",
     [("2026-06-08", ["Lena Holm"]), ("2026-06-09", ["Ana Silva", "Karl Brenner"])]),
    ("Karl Brenner met Ana Silva in Varn. The previous meeting, in March, ended badly.",
     [(None, ["Ana Silva", "Karl Brenner"])]),
    ("Karl Brenner met Ana Silva in Varn. The last meeting of the two, on 3 March, ended badly.",
     [(None, ["Ana Silva", "Karl Brenner"])]),
])
def test_a_definite_dated_gathering_dates_the_one_just_told(body, expected):
    assert _gatherings(body) == expected


def test_a_far_definite_gathering_is_not_the_one_told_paragraphs_before():
    body = ("Karl Brenner met Ana Silva in Varn.\n\n" + "The harbour has been shut for a month, traders say. " * 3
            + "\n\nThe meeting on Monday was short.")
    assert (None, ["Ana Silva", "Karl Brenner"]) in _gatherings(body)
