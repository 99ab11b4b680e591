"""A subject before a semi-modal chain ("is set to vote", "is due to open", "is expected to sign", "plans to close")
is the trigger's agent as it is before "will vote" (issue 15, actors: the subject before the trigger). Made-up
bodies and sentences; expected actors written before the code. Near misses: the chain does not let a place's or a
topic's name through ("Talks in Varnby are set to resume": no agent), nor a thing's name ("The Varnby Bridge is set
to reopen")."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, event type, expected actors of the first event of that type)
ROWS = {
    "is set to vote": ("The Storting is set to vote on the budget next week.", "vote_veto", {"Storting"}),
    "is also set to vote": ("The Storting is also set to vote on next year's budget next week.", "vote_veto",
                            {"Storting"}),
    "is due to vote": ("The Storting is due to vote on the budget on Tuesday.", "vote_veto", {"Storting"}),
    "is expected to vote": ("The Storting is expected to vote on the budget on Tuesday.", "vote_veto",
                            {"Storting"}),
    "are scheduled to meet": ("Norway and Sweden are scheduled to meet in Oslo on Tuesday.", "meeting",
                              {"Norway", "Sweden"}),
    "plans to sign": ("Varnwerk Energy plans to sign the contract with Tarsk Ports on Tuesday.",
                      "agreement_signing", {"Varnwerk Energy", "Tarsk Ports"}),
    # unchanged
    "the plain future": ("The Storting will vote on the budget next week.", "vote_veto", {"Storting"}),
    # near misses
    "near miss: a place's talks": ("Talks in Varnby are set to resume on Tuesday.", "meeting", set()),
    "near miss: a thing's name, no body": ("The Varnby Bridge is set to reopen to trucks on Tuesday.", "other",
                                           set()),
}


@pytest.mark.parametrize("key", ROWS)
def test_semimodal_subject(key):
    text, event_type, expected = ROWS[key]
    found = [e for e in events_of(text) if e.event_type == event_type]
    assert found, [(e.event_type, e.actors) for e in events_of(text)]
    assert set(found[0].actors) == expected
