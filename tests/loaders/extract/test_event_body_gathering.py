"""Round eventsR29 (events track, dated planned recall): a gathering whose clause subject is a body named by its head
word ("The cabinet meets on 9 June", "The monetary policy committee meets next month", "The crisis centre will meet
again at 8pm") is one occasion of use with its own date, though no party or place is read (`events._body_gathering`).
Written BEFORE the code; made-up texts. Near misses: no date of its own; a subject that is no body ("The two sides
will meet"); a body's act told with no gathering word ("The cabinet decided on 9 June"); "met" with an object
("The ferry company met the minister's conditions")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _gatherings(body: str) -> list[tuple[str, str | None]]:
    return [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None)
            for e in events_of(body, published=date(2010, 3, 10)) if e.event_type == "meeting"]


ROWS = {
    "the cabinet meets on a day": ("The cabinet meets on 17 March to decide on the visa rules.",
                                   [("meets", "2010-03-17")]),
    "a committee meets next month": ("The monetary policy committee meets next month.",
                                     [("meets", "2010-04-01")]),
    "the crisis centre will meet again": ("The national crisis centre will meet again on Friday.",
                                          [("meet", "2010-03-12")]),
    # --- near misses ---
    "no date of its own": ("The cabinet meets regularly to decide on the visa rules.", []),
    "no body": ("The two sides will meet again on Friday.", []),
    "a body's act, no gathering": ("The cabinet decided on 17 March to keep the visa rules.", []),
    "a body met conditions, no gathering": ("The ferry company met the minister's conditions on 17 March.", []),
}


@pytest.mark.parametrize("body, expected", ROWS.values(), ids=list(ROWS))
def test_a_body_gathering_with_its_own_date_is_kept(body, expected):
    assert _gatherings(body) == expected
