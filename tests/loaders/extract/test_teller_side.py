"""A contact told by its counterpart alone ("talks with Croatian partners would continue") has the teller's side as
its other party: the state of the officer who tells of it, named in the sentence before it or taken up by "he"/"she"
opening the sentence (`events._teller`, `parties.officer_country`). Made-up sentences; expected outputs written
before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, expected", [
    # the teller named in the sentence
    ("Chilean Foreign Minister Karl Brenner said talks with Peruvian officials would continue in Lima next month.",
     "talks", ["Chile", "Peru"]),
    # "she" opening the sentence takes up the officer named before
    ("Chilean Foreign Minister Ana Silva visited a port on Monday. She said talks with Peruvian officials would "
     "continue in Lima next month.", "talks", ["Chile", "Peru"]),
    # a teller who is no state's officer adds nobody
    ("Karl Brenner, a fisherman, said talks with Peruvian officials would continue in Lima next month.", "talks",
     ["Peru"]),
    # the contact's own subject is its party: no teller's side
    ("Chilean Foreign Minister Ana Silva visited a port on Monday. She said the Brenn Ports Agency held talks with "
     "Peruvian officials on Monday.", "held", None),
])
def test_teller_side(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    if expected is None:
        assert "Chile" not in found[0].actors
    else:
        assert sorted(found[0].actors) == sorted(expected)


@pytest.mark.parametrize("body, trigger, expected", [
    # a joint body "of the two countries" acts for both: the last pair named
    ("Chile and Peru signed a fisheries accord in Lima on Monday. The joint commission of the two countries will meet "
     "in Santiago in September.", "meet", ["Chile", "Peru"]),
    ("Chile and Peru signed a fisheries accord in Lima on Monday. The joint committee of the two sides met in "
     "Santiago on Friday.", "met", ["Chile", "Peru"]),
])
def test_joint_body_of_the_pair(body, trigger, expected):
    events = events_of(body)
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert sorted(found[0].actors) == sorted(expected)
