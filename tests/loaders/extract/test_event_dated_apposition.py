"""A date after a person's apposition (issue 15, dated recall): the comma closing "the former mayor, Tomas Brek,"
ends no clause, and the date right after it dates the verb before the name ("Police in Halvorsen arrested the
former mayor, Tomas Brek, on March 3"). Near misses of ordinary prose: a list ("the mayor, Tomas Brek, and the
governor"), a relative clause after the name ("who took office in May"), other words between the comma and the
date ("in a speech on Monday"), a name opening the sentence. Written before the fix.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)  # a Wednesday

CASES = [
    # (sentence, people, trigger, its ISO date) -- trigger None: no event dated that day over the verb before
    ("Police in Halvorsen arrested the former mayor, Tomas Brek, on March 3 on charges of bribery.",
     ("Tomas Brek",), "arrested", "2026-03-03"),
    ("The Varden council sacked its treasurer, Ilse Marr, on Friday.", ("Ilse Marr",), "sacked", "2026-06-05"),
    ("Troops in Kesh detained the opposition leader, Bo Lind, early on Tuesday.", ("Bo Lind",), "detained",
     "2026-06-09"),
    # near misses
    ("Oslo honoured the mayor, Tomas Brek, and the governor met him on Monday.", ("Tomas Brek",), "honoured", None),
    ("Kenya appointed a new envoy, Ana Silva Okoth, who took office in May.", ("Ana Silva Okoth",), "appointed",
     None),
    ("Brek praised his rival, Ilse Marr, in a speech on Monday.", ("Ilse Marr",), "praised", None),
]


def assert_dated_at(body: str, people: tuple, trigger: str, when: str | None) -> None:
    """The events covering `trigger` carry the date `when` (ISO), or none when `when` is None."""
    events = events_of(body, *people, published=PUBLISHED)
    start = body.index(trigger)
    dated = [e.start_date.isoformat() for e in events if e.start <= start < e.end and e.start_date]
    if when is None:
        assert not dated, dated
    else:
        assert when in dated, [(body[e.start:e.end], e.start_date) for e in events]


@pytest.mark.parametrize("body, people, trigger, when", CASES, ids=[case[0][:50] for case in CASES])
def test_date_after_a_person_apposition(body, people, trigger, when):
    assert_dated_at(body, people, trigger, when)
