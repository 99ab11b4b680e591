"""A joint forum of states ("the Varn-Ostra Joint Border Committee", "a joint transport commission") is the setting
its member states meet in, not a third party: when two or more states are the event's parties, the forum named
beside them is dropped. Made-up articles, published Wednesday 10 March 2010; the actors expected were written
before the code. Near misses: a joint body with no states beside it, one state only, a body that is not a joint
forum, a joint committee not written as the states' own ("their ...", "... talks")."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def actors_of(body: str, trigger: str) -> list[str]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            title="Border talks", subtitle=None,
                            published_on=date(2010, 3, 10), date_precision="day")
    events = extract_events(article, [], Registry())
    chosen = [e for e in events if body[e.start:e.end].startswith(trigger)]
    assert chosen, [(e.event_type, body[e.start:e.end]) for e in events]
    return chosen[0].actors


# key: (body, trigger, actors)
ROWS = {
    "a joint committee of two states": (
        "Peru and Bolivia will hold Joint Border Committee talks in La Paz in April, officials said.",
        "talks", ["Peru", "Bolivia"]),
    "a joint commission, lower case": (
        "Kenya and Uganda have postponed a meeting of their joint water commission that had been planned for "
        "Friday in Kampala, the Kenyan ministry said on Monday.",
        "meeting", ["Kenya", "Uganda"]),
    # near misses
    "near miss: a joint committee alone": (
        "The Joint Border Committee will hold talks in La Paz in April, officials said.",
        "talks", ["Joint Border Committee"]),
    "near miss: one state beside the joint committee": (
        "Peru will hold Joint Border Committee talks in La Paz in April, officials said.",
        "talks", ["Peru", "Joint Border Committee"]),
    "near miss: a joint committee the states do not hold as theirs": (
        "Peru and Bolivia signed a deal with the Joint Border Committee in La Paz in April, officials said.",
        "signed", ["Peru", "Bolivia", "Joint Border Committee"]),
    "near miss: a body that is no joint forum": (
        "Peru and Bolivia will hold talks with the Andean Development Bank in La Paz in April, officials said.",
        "talks", ["Peru", "Bolivia", "Andean Development Bank"]),
}


@pytest.mark.parametrize("body, trigger, expected", ROWS.values(), ids=ROWS.keys())
def test_a_joint_forum_of_the_states_is_no_third_party(body, trigger, expected):
    assert actors_of(body, trigger) == expected
