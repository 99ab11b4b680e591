"""The antecedent of ', which' + an active verb is its subject even after to/for/with/by/from ("Ferry services are
run by Tarnholm Lines, which cancelled", "The tender went to Brennvik Hydro, which signed"): the preposition makes
the name the main clause's object, not the relative clause's. A reviewer's two made-up rows (wrong in rounds 1 and
2), expectations written before the change; near misses: a place's prepositions, a passive, a thing's name.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, trigger, actors)
ROWS = {
    "run by": ("Ferry services are run by Tarnholm Lines, which cancelled 40 crossings on Monday.", "cancelled",
               {"Tarnholm Lines"}),
    "went to": ("The tender went to Brennvik Hydro, which signed the contract with Norway on Monday.", "signed",
                {"Brennvik Hydro", "Norway"}),
    # after "by" the clause may take up the main clause's subject ("The plan was drafted by Varn Planning, which
    # later failed"): only an act with its own object is the name's
    # (first written with "Brenn Power Holdings": a head-word name is an actor there before this change too, left)
    "near miss: 'by' and no object": ("The plant is run by Varn Planning, which closed on Monday.", "closed",
                                      set()),
    "near miss: at a venue": ("The talks were held at Brenn Conference Hall, which reopened on Monday.", "reopened",
                              set()),
    "near miss: passive after 'for'": ("He worked for Blue Harbour Trading, which was fined on Tuesday by "
                                       "regulators.", "fined", set()),
    "near miss: a summit after 'to'": ("He travelled to the Kiel Summit, which opened on Monday.", "opened", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_which_after_preposition(key):
    body, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors)
