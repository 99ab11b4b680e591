"""Round eventsR29 (events track, dated planned recall): a gathering told by its noun with the people it is held with
written as a lower-case group ("A recovery meeting with local leaders and farmers is planned for 15 March", "A
consultation meeting with residents is set for 16 March") is one occasion of use with its own date, though no party or place is
read (`events._gathering_with_group`, table `eventwords.DOER_NOUNS`/`GROUP_PERSON_NOUNS`). Written BEFORE the code;
made-up texts. Near misses: a bare gathering ("A meeting is planned for 15 March"), a gathering with a thing ("A
meeting with no agenda is planned for 15 March"), no date of its own ("A meeting with farmers is planned")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _gatherings(body: str) -> list[tuple[str, str | None]]:
    return [(body[e.start:e.end], e.start_date.isoformat() if e.start_date else None)
            for e in events_of(body, published=date(2010, 3, 10)) if e.event_type in ("meeting", "other")]


ROWS = {
    "a meeting with leaders and farmers": (
        "A recovery meeting with local leaders and farmers is planned for 15 March.", [("meeting", "2010-03-15")]),
    "a consultation meeting with residents": (
        "A consultation meeting with residents is set for 16 March.", [("meeting", "2010-03-16")]),
    # --- near misses ---
    "a bare meeting": ("A meeting is planned for 15 March.", []),
    "a meeting with a thing": ("A meeting with no agenda is planned for 15 March.", []),
    "no date of its own": ("A meeting with local farmers is planned.", []),
}


@pytest.mark.parametrize("body, expected", ROWS.values(), ids=list(ROWS))
def test_a_gathering_with_a_group_is_kept(body, expected):
    assert _gatherings(body) == expected
