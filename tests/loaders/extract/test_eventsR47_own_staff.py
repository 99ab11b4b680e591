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


# eventsR48 review: the staff's own labour actions (a strike, a walkout, a protest, a vote) are theirs, not their
# employer's; a word for staff of any kind ("workers", "engineers", "employees") names no staff of the telling body
# unless "its/their" marks it, and a uniformed word only the staff of a body of its kind ("officers" of a police
# service); a passive ("officers were injured") is no act of the body. Made-up text; expected actors written first.
REVIEW_ROWS = {
    "hit: its employees": ("Kestle Transit said its employees had repaired the tracks on Friday.", "repaired",
                           ["Kestle Transit"]),
    "hit: police officers shot": ("Varnby Police Service said officers had shot a man on Friday.", "shot",
                                  ["Varnby Police Service"]),
    "near miss: workers walked out": ("Kestle Steel said workers had walked out of the plant on Friday.", "walked",
                                      []),
    "near miss: employees protested": ("Kestle Steel said employees had protested against the job cuts on Friday.",
                                       "protested", []),
    "near miss: hospital staff protested": ("Varnby Hospital said staff had protested over pay on Friday.",
                                            "protested", []),
    "near miss: officers protested": ("Varnby Police Service said officers had protested over overtime rules on "
                                      "Friday.", "protested", []),
    "near miss: its employees voted": ("Kestle Transit said its employees had voted to reject the contract on Friday.",
                                       "voted", []),
    "near miss: engineers of a police service": ("Varnby Police Service said engineers had inspected the bridge on "
                                                 "Friday.", "inspected", []),
    "near miss: a passive": ("Varnby Police Service said officers were attacked on Friday.", "attacked", []),
}


@pytest.mark.parametrize("key", REVIEW_ROWS)
def test_own_staff_review_rows(key):
    text, word, expected = REVIEW_ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read at all: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
