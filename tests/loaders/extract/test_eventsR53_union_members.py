"""eventsR53 (#15, actors): a union telling of its members' labour action speaks for them ("the Varnby Nurses'
Union said its members would strike on Monday", "the Kestle Police Federation said officers had walked out"): the
union is the act's actor, as a body is for its own staff's acts (eventsR47), whereas an employer never is for its
staff's strike (before, "Varnby Hospital said staff would strike" gave the hospital, as a planned act told without
its agent). Near misses: an employer, a police service, a hospital or a company telling of its staff's labour action,
a union telling of a passive or of residents' protest, a person speaking for no body. Made-up text; expected actors
written before the code."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ROWS = {
    "hit: its members would strike": ("The Varnby Nurses' Union said its members would strike on Monday.", "strike",
                                      ["Varnby Nurses' Union"]),
    "hit: officers of a federation": ("The Kestle Police Federation said officers had walked out on Friday.",
                                      "walked", ["Kestle Police Federation"]),
    "hit: members voted": ("The Tarnby Dockers Union said members had voted to strike on Friday.", "voted",
                           ["Tarnby Dockers Union"]),
    "hit: workers staged a protest": ("The Halvex Rail Workers Federation said workers had protested outside the "
                                      "depot on Friday.", "protested", ["Halvex Rail Workers Federation"]),
    # near misses
    "near miss: an employer's workers": ("Kestle Steel said workers had walked out of the plant on Friday.", "walked",
                                         []),
    "near miss: a police service's officers": ("Varnby Police Service said officers had protested over overtime "
                                                "rules on Friday.", "protested", []),
    "near miss: a hospital's staff": ("Varnby Hospital said staff would strike on Monday.", "strike", []),
    "near miss: a union and a passive": ("The Varnby Nurses' Union said members were attacked on Friday.", "attacked",
                                         []),
    "near miss: a company's own employees": ("Kestle Transit said its employees would strike on Monday.", "strike",
                                             []),
    "near miss: a person for no body": ("Ana Silva said its members would strike on Monday.", "strike", []),
    "near miss: residents protested": ("The Tarnby Dockers Union said residents had protested on Friday.",
                                       "protested", []),
}


@pytest.mark.parametrize("key", ROWS)
def test_union_telling_of_its_members_labour_action(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva") if text[e.start:e.end].lower().startswith(word)]
    if not found and not expected:
        return  # no event read at all: no actor given either
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert found[0].actors == expected
