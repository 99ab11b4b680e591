"""A plural description by a body's head with its number ("The two coast guards will hold", "Both authorities will
sign") as the trigger's subject stands for the bodies of that head the article named before, when they are exactly
that many (`parties.ArticleEntities.stand_in`, `_BODY_GROUP_STAND_IN`; issue 15, actors: a definite description
resolves to the compatible bodies the article names). Made-up bodies and sentences; expected actors written before
the code. Near misses: three such bodies named for "the two", a title's plural ("the two ministers"), the group
as a place's object ("exports to the two authorities")."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, actors that must be there, actors that must not)
ROWS = {
    "the two coast guards": (
        "The Varnland Coast Guard and the Tarnian Coast Guard signed a hotline agreement in Varnby on Monday. The "
        "two coast guards will hold a joint exercise off Kestle Island in September.", "hold",
        {"Varnland Coast Guard", "Tarnian Coast Guard"}, set()),
    "both authorities": (
        "Brenn Port Authority raised fees in May. On Monday, Kestle Port Authority cut its fees. Both authorities will "
        "sign a joint agreement with Varn Shipping in July.", "sign",
        {"Brenn Port Authority", "Kestle Port Authority", "Varn Shipping"}, set()),
    # near misses
    "near miss: three named for the two": (
        "Brenn Port Authority raised fees in May. Kestle Port Authority and Tarn Port Authority cut fees in June. "
        "The two authorities will sign a joint agreement with Varn Shipping in July.", "sign",
        {"Varn Shipping"}, {"Brenn Port Authority", "Kestle Port Authority", "Tarn Port Authority"}),
    "near miss: a title's plural": (
        "Brenn Port Authority raised fees in May. Kestle Port Authority cut fees in June. The two directors will "
        "sign a joint agreement with Varn Shipping in July.", "sign",
        {"Varn Shipping"}, {"Brenn Port Authority", "Kestle Port Authority"}),
}


@pytest.mark.parametrize("key", ROWS)
def test_body_group_stand_in(key):
    text, word, wanted, unwanted = ROWS[key]
    found = [e for e in events_of(text) if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.actors) for e in events_of(text)]
    actors = set(found[0].actors)
    assert wanted <= actors, found[0].actors
    assert not (unwanted & actors), found[0].actors
