"""Round eventsR28 (events track, actors by class): an event with no parties of its own whose trigger's clause takes
up, by a definite noun ("the commission", "a hearing on the bill"), the thing an earlier event of the article made
or concerned has that earlier event's actors (`events._taken_up_actors`). Written BEFORE the code; made-up texts.
Near misses: the noun is no earlier event's (another topic, the museum); no noun is taken up ("The first session");
the noun is a time word ("the end of the year"); a thing's happening told by a verb ("The terminal was destroyed").
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

AGREED = "Portugal and Spain signed an agreement on Monday creating a joint water commission. "


def _actors(body: str, event_type: str) -> list[list[str]]:
    return [sorted(e.actors) for e in events_of(body, published=date(2010, 3, 10)) if e.event_type == event_type]


ROWS = {
    "the commission the agreement created meets": (
        AGREED + "The commission will meet in Faro on 20 March.", "meeting", [["Portugal", "Spain"]]),
    "the first session of the commission, postponed": (
        AGREED + "The first session of the commission, set for 20 March, was postponed.", "other",
        [["Portugal", "Spain"]]),
    "a hearing on the bill the council voted": (
        "The Lisbon city council voted on Monday to approve a bill on street parking. A public hearing on the bill, "
        "set for 20 March, was cancelled.", "other", [["Lisbon city council"]]),
    # --- near misses ---
    "the ministers meet on another topic": (
        AGREED + "The ministers will meet in Faro on 20 March to discuss the fishing quotas.", "meeting", [[]]),
    "the first session, no noun taken up": (
        AGREED + "The first session, set for 20 March, was postponed.", "other", [[]]),
    "the museum, no earlier event's": (
        AGREED + "The opening ceremony of the museum is planned for 12 May.", "other", [[]]),
    "the end of the year, a time word": (
        AGREED[:-2] + " this year. The opening ceremony at the end of the year is planned for 20 December.", "other",
        [[]]),
    "the terminal destroyed, a thing's happening": (
        "Portugal and Spain agreed on Monday to rebuild the old ferry terminal at Faro. The terminal was destroyed "
        "by a storm in 2019.", "other", [[]]),
}


@pytest.mark.parametrize("body, event_type, expected", [row for row in ROWS.values()], ids=list(ROWS))
def test_taken_up_thing_gives_the_earlier_event_actors(body, event_type, expected):
    assert _actors(body, event_type) == expected


# the definite nouns read (`events._definite_heads`, tables `eventwords.TAKEN_UP_STOPS`/`TAKEN_UP_GENERIC_HEADS`)
HEADS = {
    "the final load tests were": ("The final load tests were completed.", ["tests"]),
    "its new ferry terminal": ("Its new ferry terminal opened.", ["terminal"]),
    "a past verb closes the phrase": ("The link entered service in May.", ["link"]),
    "a hearing on the bill, set": ("A hearing on the bill, set for May.", ["bill"]),
    # --- near misses ---
    "a time word": ("At the end of the year it opened.", []),
    "a name's words": ("The Faro Terminal opened.", []),
    "a short word": ("The law was passed.", []),
    "a generic head": ("The situation changed.", []),
}


@pytest.mark.parametrize("text, expected", HEADS.values(), ids=list(HEADS))
def test_definite_heads(text, expected):
    from loaders.extract.events import _definite_heads
    assert _definite_heads(text, 0, len(text)) == expected
