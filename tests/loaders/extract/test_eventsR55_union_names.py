"""eventsR55 (review of eventsR54, actors): a union's name is told by its last word, not by any word after "of"
("the Union of Vell Retail Business Workers" is a workers' union though "business" stands inside it); its head may
stand before "for" as well as "of" ("the Union for Tarnby Nurses"); an "X of Y" name ending in a polity's plural is a
state or a bloc, not a union ("the Union of Kestrian Socialist Republics"); and a body whose members are no workforce
(an employers' federation, as a state or a bloc already) leaves its members' act to the older routes ("the Federation
of Kestle Employers said its members would vote": the federation's vote, as before eventsR53). Made-up text;
expected actors written before the code."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ROWS = {
    "hit: a business word inside a workers' union": ("The Union of Vell Retail Business Workers said its members "
                                                     "would strike on Monday.", "strike",
                                                     ["Union of Vell Retail Business Workers"]),
    "hit: union for": ("The Union for Tarnby Nurses said its members would strike on Monday.", "strike",
                       ["Union for Tarnby Nurses"]),
    "hit: an employers' federation's own members' vote": ("The Federation of Kestle Employers said its members "
                                                          "would vote on Monday.", "vote",
                                                          ["Federation of Kestle Employers"]),
    # near misses
    "near miss: a union of republics": ("Historians said the Union of Kestrian Socialist Republics said workers had "
                                        "protested in Tarnby in 1980.", "protested", []),
    "near miss: a federation of states": ("The Federation of Varnby States said workers had protested in Kestle on "
                                          "Saturday.", "protested", []),
    "near miss: employers' federation, workers": ("The Federation of Kestle Employers said workers had walked out "
                                                  "on Friday.", "walked", []),
    "near miss: industrialists": ("The Union of Varnby Industrialists said its employees would strike on Monday.",
                                  "strike", []),
    "near miss: union for, residents": ("The Union for Tarnby Nurses said residents had protested on Friday.",
                                        "protested", []),
}


@pytest.mark.parametrize("key", ROWS)
def test_union_name_read_by_its_last_word(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read at all: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
