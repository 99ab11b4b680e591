"""eventsR47 (#15, actors): a body that tells of what its own staff did, the staff as the clause's bare subject
("Varnby Police Service said officers had responded to 40 collisions", "Kestle Transit said its crews had cleared
the tracks"), did it: the body its speaker speaks for (`parties.speaker_body`), as for a passive told by a body.
Near misses: a subject that is no body's staff ("residents", "the suspects"), staff of another named body, a
person speaking for no body. Made-up text; expected actors written before the code."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ROWS = {
    "police officers": ("Varnby Police Service said officers had responded to 40 collisions on Friday.", "responded",
                        ["Varnby Police Service"]),
    "its crews": ("Kestle Transit said its crews had cleared the tracks on Friday.", "cleared", ["Kestle Transit"]),
    "firefighters": ("The Tarnby Fire Department said firefighters had rescued six people on Friday.", "rescued",
                     ["Tarnby Fire Department"]),
    # near misses
    "near miss: residents": ("Varnby Police Service said residents had cleared the road on Friday.", "cleared", []),
    "near miss: the suspects": ("Kestle Transit said the suspects had damaged the tracks on Friday.", "damaged", []),
    "near miss: another body's staff": (
        "Varnby Police Service said officers from Kestle Transit had cleared the tracks on Friday.", "cleared", []),
    "near miss: a person speaking for no body": ("Ana Silva said officers had responded to 40 collisions on Friday.",
                                                 "responded", []),
}


@pytest.mark.parametrize("key", ROWS)
def test_body_telling_of_its_own_staff(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
