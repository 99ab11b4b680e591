"""Round eventsR31 (events track, same-sentence actor misses): sports teams as the actors of a match told as a
defeat with its score right after the beaten side ("Kestrel Rovers beat Vale Athletic 2-1", "Kestrel Town edged AFC
Leopards 1-0"): both capitalised sides are parties, as the tune golds record them, though no table knows their
names (`parties._scored_defeat`, table `eventwords.CONTEST_DEFEAT_VERBS`). Written BEFORE the code; made-up texts.
Near misses: no score ("Kestrel Rovers beat Vale Athletic in Harlow"), people as the sides ("Ana Silva beat
Maria Lopez 6-4"), a lower-case side ("Kestrel
Rovers beat the home side 2-1" keeps only what was read before), countries (read by the gazetteer already)."""
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
    "beat with a score": ("Kestrel Rovers beat Vale Athletic 2-1 in Harlow on Sunday.", "beat",
                          ["Kestrel Rovers", "Vale Athletic"]),
    "edged with a score": ("Kestrel Town edged AFC Leopards 1-0 at the Vale Stadium on Sunday.", "edged",
                           ["Kestrel Town", "AFC Leopards"]),
    "the before the side": ("Kestrel Rovers defeated the Vale Stags 3-0 in Harlow on Sunday.", "defeated",
                            ["Kestrel Rovers", "Vale Stags"]),
    # --- near misses ---
    "no score": ("Kestrel Rovers beat Vale Athletic in Harlow on Sunday.", "beat", []),
    "people as the sides": ("Ana Silva beat Maria Lopez 6-4 in Harlow on Sunday.", "beat", []),
    "a lower-case side": ("Kestrel Rovers beat the home side 2-1 in Harlow on Sunday.", "beat", []),
    "a measure put to a vote": ("Opposition MPs defeated the Finance Bill 210-180 in Harlow on Sunday.", "defeated",
                                []),
    "countries (kept)": ("Kenya beat Uganda 2-1 in Nairobi on Sunday.", "beat", ["Kenya", "Uganda"]),
}


@pytest.mark.parametrize("body, trigger, expected", ROWS.values(), ids=list(ROWS))
def test_the_sides_of_a_scored_defeat_are_its_actors(body, trigger, expected):
    assert _actors(body, trigger) == expected
