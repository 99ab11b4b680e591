"""Review eventsR49 (#15, actors): staff words name a body's staff by its kind; a labour action is read on the
trigger's whole phrase ("held a rally"), not on broad stems (refus-, march-, occup-); "had been" is a passive too;
a time adverb or an adjective before the demonym keeps a state officer's state. Made-up rows written before the
fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ACTOR_ROWS = {
    "hit: crews of a council": ("Varnby Council said crews had cleared the road on Friday.", "cleared",
                                ["Varnby Council"]),
    "hit: crews of a fire service": ("The Tarnby Fire Service said crews had rescued six people on Friday.",
                                     "rescued", ["Tarnby Fire Service"]),
    "hit: officers refused entry": ("Varnby Police Service said officers had refused entry to 200 fans on Friday.",
                                    "refused", ["Varnby Police Service"]),
    "hit: officers marched": ("Varnby Police Service said officers had marched in the parade on Friday.", "marched",
                              ["Varnby Police Service"]),
    "hit: officers occupied": ("Varnby Police Service said officers had occupied the building on Friday.",
                               "occupied", ["Varnby Police Service"]),
    "near miss: held a rally": ("Kestle Steel said its employees had held a rally on Friday.", "held", []),
    "near miss: staged a sit-in": ("Kestle Steel said its employees had staged a sit-in on Friday.", "staged", []),
    "near miss: downed tools": ("Kestle Steel said its employees had downed tools on Friday.", "downed", []),
    "near miss: had been attacked": ("Varnby Police Service said officers had been attacked by protesters on Friday.",
                                     "attacked", []),
    "near miss: have been injured": ("Varnby Police Service said officers have been injured on Friday.", "injured",
                                     []),
    "near miss: staff of a transit firm": ("Kestle Transit said staff had repaired the tracks on Friday.", "repaired",
                                           []),
    "near miss: hospital staff held a ballot": ("The Varnby Hospital said staff had held a ballot on pay on Friday.",
                                                "held", []),
    "hit: hospital staff treated": ("The Varnby Hospital said staff had treated 40 patients on Friday.", "treated",
                                    ["Varnby Hospital"]),
}


@pytest.mark.parametrize("key", ACTOR_ROWS)
def test_own_staff_rows(key):
    text, word, expected = ACTOR_ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read at all: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected


OFFICER_ROWS = {
    "hit: yesterday the": (
        "Yesterday the South Korean vice minister said the ferries would be fitted with beacons by the end of "
        "February.", "fitted", ["South Korea"]),
    "hit: the new": (
        "The new South Korean vice minister said the ferries would be fitted with beacons by the end of February.",
        "fitted", ["South Korea"]),
    "hit: German beacons": (
        "The South Korean vice minister said the ferries would be fitted with German beacons in February.",
        "fitted", ["South Korea"]),
    # near misses
    "near miss: the wife of": (
        "Yesterday the wife of the South Korean vice minister said the ferries would be fitted with beacons by the "
        "end of February.", "fitted", []),
    "near miss: yesterday the critics of": (
        "Yesterday the critics of the South Korean vice minister said the ferries would be fitted with beacons by "
        "the end of February.", "fitted", []),
    "near miss: held by": (
        "The South Korean vice minister said the strike would be held on Friday by the union.", "strike", []),
    "near miss: a protest": (
        "The new South Korean vice minister said the protest would be held on Friday.", "protest", []),
}


@pytest.mark.parametrize("key", OFFICER_ROWS)
def test_officer_teller_rows(key):
    text, word, expected = OFFICER_ROWS[key]
    found = [e for e in events_of(text, published=date(2026, 12, 3)) if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
