"""eventsR55 (recall): the start of works told with its date is a planned happening also when the works noun stands
bare, its thing told before ("Construction is due to start in March 2027"), only with the plan's auxiliary; when the
works open a told clause ("She said construction would begin in spring 2028", "He added that work would start in
January"); and after a short opening phrase ("Under the plan, construction of the bridge is expected to begin in May
2027"). Near misses: a works noun's statistic ("Construction starts fell"), a start opening an infinitive, a writing's
work, a bare noun with no plan's auxiliary, a sector or a noun modified. Made-up text; expected events written
before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, expected (trigger, date) of the planned start, or None)
ROWS = {
    "hit: told bare construction": ("Ana Silva said construction would begin in spring 2028.",
                                    ("begin", date(2028, 1, 1))),
    "hit: bare construction due to": ("Construction is due to start in March 2027, the council said.",
                                      ("start", date(2027, 3, 1))),
    "hit: an opening phrase": ("Under the plan, construction of the Vell bridge is expected to begin in May 2027.",
                               ("begin", date(2027, 5, 1))),
    "hit: added that works": ("The board's chairman added that works would start in January and take a year.",
                             ("start", date(2011, 1, 1))),
    # near misses
    "near miss: a statistic": ("Construction starts fell 3 percent in May.", None),
    "near miss: an infinitive": ("Construction began to slow in May.", None),
    "near miss: a writing's work": ("Under the plan, work on the novel would start in May.", None),
    "near miss: no plan's auxiliary": ("Ana Silva said construction was slower in May.", None),
    "near miss: a sector": ("Under the plan, the construction sector would start hiring in May.", None),
    "near miss: a writing's work at the opening": ("Work on the report will start in May.", None),
}


@pytest.mark.parametrize("key", ROWS)
def test_works_start_bare_or_told(key):
    text, expected = ROWS[key]
    starts = [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")
              if e.status == "planned" and text[e.start:e.end] in ("begin", "start", "starts", "began")]
    assert starts == ([expected] if expected else [])
