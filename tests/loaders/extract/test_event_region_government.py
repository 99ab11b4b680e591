"""A region's government told by its level alone ("the state government", "the provincial government") is the
government of the one first-level region the article names (`data/regions.py`), written "<Region> government" as the
gold writes it ("Nagaland government"); an article naming two regions, or none, leaves it as before (issue 15,
actors: a definite description resolves to the one compatible body the article names). Made-up sentences; expected
actors written before the code. Near misses: two regions named, no region named, a plural "state governments"."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, event type, actors that must be there, actors that must not)
ROWS = {
    "state government with another subject": (
        "Coffee growers in Nagaland's Phek district planted 40,000 seedlings this year. In 2023 the state "
        "government and the Coffee Board announced a processing unit at Pfutsero.",
        "statement", {"Nagaland government", "Coffee Board"}, {"state government"}),
    "state government alone": (
        "Cane growers in Queensland lost a third of their crop to the floods. On Monday the state government "
        "announced a relief fund for them.",
        "statement", {"Queensland government"}, {"state government"}),
    "provincial government signs": (
        "Lobster fishermen in Nova Scotia have waited two years for a new wharf. The provincial government signed "
        "an agreement with Brenn Marine Works on Tuesday to build it.",
        "agreement_signing", {"Nova Scotia government", "Brenn Marine Works"}, {"provincial government"}),
    # near misses: no single region to stand for
    "near miss: two regions named": (
        "Cane growers in Queensland and Tasmania lost a third of their crop to the floods. On Monday the state "
        "government announced a relief fund for them.",
        "statement", set(), {"Queensland government", "Tasmania government"}),
    "near miss: no region named": (
        "Cane growers lost a third of their crop to the floods. On Monday the state government announced a relief "
        "fund for them.",
        "statement", set(), {"Queensland government"}),
    "near miss: plural governments": (
        "Cane growers in Queensland lost a third of their crop to the floods. On Monday state governments "
        "announced relief funds for them.",
        "statement", set(), {"Queensland government"}),
}


@pytest.mark.parametrize("key", ROWS)
def test_region_government(key):
    text, event_type, wanted, unwanted = ROWS[key]
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, [(e.event_type, e.actors) for e in events_of(text)]
    actors = set(found[-1].actors)
    assert wanted <= actors, found[-1].actors
    assert not (unwanted & actors), found[-1].actors
