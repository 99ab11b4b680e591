"""Round eventsR31 (events track, same-sentence actor misses): a state's side or delegation named by its demonym
after the trigger, in the trigger's clause ("The signing was postponed at the request of the Bulgarian side", "The
ceremony was put off to allow the Kazakh side to finish its procedures") is a party to the act, as the tune golds
record it (`parties._SIDE_OF_STATE_AFTER`). Written BEFORE the code; made-up texts. Near misses: a side of a place
("on the Tanzanian side of the border"), a team's side in a contest ("beat the Brazilian side 2-0"), officials
after the trigger ("The signing was postponed, angering Bulgarian officials")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _actors(body: str, trigger: str) -> list[str] | None:
    for event in events_of(body, published=date(2010, 3, 10)):
        if body[event.start:event.end] == trigger:
            return list(event.actors)
    return None


ROWS = {
    "at the request of the side": (
        "The signing, scheduled for 18 March, was postponed at the request of the Bulgarian side.", "signing",
        ["Bulgaria"]),
    "the delegation": (
        "The signing, scheduled for 18 March, was postponed at the request of the Bulgarian delegation.", "signing",
        ["Bulgaria"]),
    # --- near misses ---
    "a side of a place": ("Fans gathered on the Tanzanian side of the border on 18 March.", "gathered", []),
    "officials after": ("The signing, scheduled for 18 March, was postponed, angering Bulgarian officials.",
                        "signing", []),
}


@pytest.mark.parametrize("body, trigger, expected", ROWS.values(), ids=list(ROWS))
def test_a_state_side_after_the_trigger_is_a_party(body, trigger, expected):
    assert _actors(body, trigger) == expected
