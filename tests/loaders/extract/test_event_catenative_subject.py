"""A definite description subject before a catenative verb and "to" ("the company expects to take the decision",
"The municipality plans to sign", "the union expects to sign") takes up the body named before that fits,
as before "will take" (`parties._VERB_BEFORE_OBJECT`, `taken_up_body`; issue 15, actors: a definite description
resolves to the one compatible body the article names). Made-up bodies and sentences; expected actors written
before the code. Near misses: an indefinite "a company", a description with no compatible body named before."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected actors)
ROWS = {
    "the company expects to take": (
        "The Varnholm Energy Company signed a supply deal with Tarsk Ports on Monday. Its chief executive, Ola "
        "Brekke, said the company expects to take the final investment decision in 2027.", "decision",
        {"Varnholm Energy Company"}),
    "the municipality plans to sign": (
        "Tarnby municipality closed the beach on Monday after the storm. The municipality plans to sign an "
        "agreement with Brenn Marine Works in May.", "sign", {"Tarnby municipality", "Brenn Marine Works"}),
    "the union expects to sign": (
        "The Brenn Dockworkers Union rejected the offer on Monday. The union expects to sign the agreement in June.",
        "sign", {"Brenn Dockworkers Union"}),
    # unchanged: the plain future
    "the company will take": (
        "The Varnholm Energy Company signed a supply deal with Tarsk Ports on Monday. Its chief executive, Ola "
        "Brekke, said the company will take the final investment decision in 2027.", "decision",
        {"Varnholm Energy Company"}),
    # near misses
    "near miss: an indefinite company": (
        "Varnholm Energy ASA signed a supply deal with Tarsk Ports on Monday. Ola Brekke said a company expects to "
        "take the final investment decision in 2027.", "decision", set()),
    "near miss: no body named before": (
        "Shares rose on Monday. The municipality plans to sign an agreement with Brenn Marine Works in May.", "sign",
        {"Brenn Marine Works"}),
}


@pytest.mark.parametrize("key", ROWS)
def test_catenative_subject(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text) if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    assert set(found[0].actors) == expected

