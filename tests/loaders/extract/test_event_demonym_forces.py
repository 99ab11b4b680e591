"""Round eventsR31 (events track, same-sentence actor misses): a demonym before a state's force or agency noun, as
the subject before the trigger in its clause ("Kenyan police arrested", "Freedonian border guards detained"),
acts for the country, as a demonym before "officials" does (`parties._SIDE_AFTER`, table
`eventwords.STATE_FORCE_NOUNS`). Written BEFORE the code; made-up texts. Near misses: the demonym names an origin
("Tunisian-born officers"), a private person ("The Kenyan runner won"), the object ("Police arrested two Kenyan
men"), the force after the trigger ("The camp was searched by Kenyan police"), another clause ("Kenyan police
said that the gang had robbed the bank" keeps Kenya for the saying only)."""
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
    "police arrested": ("Kenyan police arrested two men in Nairobi on Monday.", "arrested", ["Kenya"]),
    "border guards detained": (
        "Ghanaian border guards detained two fishing boats in Tema on Monday.", "detained", ["Ghana"]),
    "officials said (kept)": ("Tunisian officials said on Monday that the border would reopen.", "officials said",
                              ["Tunisia"]),
    # --- near misses ---
    "an origin": ("Tunisian-born police officers arrested two men in Tunis on Monday.", "arrested", []),
    "a private person": ("The Kenyan runner won the race in Berlin on Sunday.", "won", []),
    "the object": ("Police arrested two Kenyan men in Nairobi on Monday.", "arrested", ["Police"]),
    "people not a force": ("Kenyan farmers arrested two thieves in Nairobi on Monday.", "arrested", []),
}


@pytest.mark.parametrize("body, trigger, expected", ROWS.values(), ids=list(ROWS))
def test_a_demonym_before_a_state_force_acts_for_the_country(body, trigger, expected):
    assert _actors(body, trigger) == expected
