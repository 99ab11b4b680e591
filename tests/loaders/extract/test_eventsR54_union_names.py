"""eventsR54 (review of eventsR53, actors): a union's name has its head word before "of" as often as at its end ("the
National Union of Dockers", "the Union of Tarnby Bus Drivers", "the Federation of Varnby Nurses"): such a union
telling of its members' labour action is its actor too (eventsR53 read the last word only and lost them). A state or
a bloc is no union though its name ends in one of the heads ("the Russian Federation", "the Soviet Union", "the
African Union": the gazetteer's countries and organisations), nor is a federation of employers or of an industry.
Made-up text; expected actors written before the code."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ROWS = {
    "hit: national union of": ("The National Union of Dockers said its members would strike on Monday.", "strike",
                               ["National Union of Dockers"]),
    "hit: union of": ("The Union of Tarnby Bus Drivers said its members would strike on Friday.", "strike",
                      ["Union of Tarnby Bus Drivers"]),
    "hit: federation of": ("The Federation of Varnby Nurses said members had voted to strike on Friday.",
                              "voted", ["Federation of Varnby Nurses"]),
    # near misses
    "near miss: a federation that is a state": ("The Russian Federation said workers had protested in Kestle on "
                                                "Saturday.", "protested", []),
    "near miss: a union that is a state": ("Historians said the Soviet Union said workers had protested in Tarnby "
                                           "in 1980.", "protested", []),
    "near miss: a union that is a bloc": ("The African Union said workers had protested in Kestle on Saturday.",
                                          "protested", []),
    "near miss: a federation of employers": ("The Federation of Kestle Employers said workers had walked out on "
                                             "Friday.", "walked", []),
    "near miss: a confederation of industry": ("The Confederation of Varnby Industry said its employees would "
                                               "strike on Monday.", "strike", []),
    "near miss: union of, residents": ("The Union of Tarnby Bus Drivers said residents had protested on Friday.",
                                       "protested", []),
}


@pytest.mark.parametrize("key", ROWS)
def test_union_named_head_first(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read at all: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
