"""Words of political news that name no happening (issue 15, events round R2): "down-ballot candidates" (a
ballot position, not a ballot held), "Declared 2016 Candidates" (an adjective: the candidates who declared), and
"voters polled said" (the people a poll asked, not an event of polling). Made-up rows; near misses keep the
event: a ballot held, a candidacy declared as a verb, a poll taken by a body.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 6, 1)

# key: (body, people, trigger, event type over the trigger, or None for none)
ROWS = {
    "down-ballot candidates": (
        "Karl Brenner's views on trade have hurt the party in Holstein and could have a deep impact on down-ballot "
        "candidates this fall, according to a survey of 300 farmers released on Friday.", ("Karl Brenner",),
        "ballot", None),
    "declared candidates, a heading": (
        "Declared 2016 Presidential Candidates.\n\nAna Holm announced her bid on Monday.", ("Ana Holm",),
        "Declared", None),
    "the declared candidates": (
        "The declared candidates met voters in Kiel on Monday.", (), "declared", None),
    "voters polled said": (
        "Some 56 percent of farmers polled said they were less likely to vote for the party this year.", (),
        "polled", None),
    "down ballot, unhyphenated": (
        "What kind of down ballot effect Karl Brenner will have isn't certain.", ("Karl Brenner",), "ballot", None),
    "hyphenated group polled said": (
        "Some 56 percent of Polish-Americans polled said they were much less likely to vote for the party this year "
        "because of Brenner.", (), "polled", None),
    "those surveyed were": (
        "Most of the Latvian-Americans surveyed were less likely to vote for the party this year.", (),
        "surveyed", None),
    # near misses: these stay events
    "near miss: a ballot held after 'down'": (
        "Members turned down the offer in a ballot on Monday.", (), "ballot", "election"),
    "near miss: a body surveyed voters": (
        "Harlan Research surveyed 400 voters in Kiel on Monday.", (), "surveyed", "other"),
    "near miss: a ballot held": (
        "Members voted in a ballot on Monday to accept the offer.", (), "ballot", "election"),
    "near miss: declared her candidacy": (
        "Ana Holm declared her candidacy in Kiel on Monday.", ("Ana Holm",), "declared", "statement"),
    "near miss: the ministry declared": (
        "The ministry declared a state of emergency in Kiel on Monday.", (), "declared", "statement"),
    "near miss: a body polled voters": (
        "Harlan Research polled 400 voters in Kiel on Monday.", (), "polled", "other"),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_political_not_events(key):
    body, people, trigger, expected = ROWS[key]
    start = body.index(trigger)
    over = [e.event_type for e in events_of(body, *people, published=PUBLISHED)
            if e.start <= start < e.end]
    if expected is None:
        assert not over
    else:
        assert expected in over
