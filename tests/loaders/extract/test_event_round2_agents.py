"""Who acted (issue 15, second round on fresh15/fresh16 tune errors): made-up paragraphs, published Wednesday
10 March 2010. Each row names the trigger of the event it checks (the stored event whose span holds the trigger's
first occurrence, else the nearest in the same clause) and the set of actors expected. Written before the fix.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors)
ROWS = {
    # A body that only tells of the event in a trailing attribution (", the ministry said.") is no party when the
    # clause names its own parties ...
    "trailing teller after named parties": (
        "Norway and Sweden switched on a new power link on Sunday, the Norwegian Ministry of Energy said.",
        (), "switched", {"Norway", "Sweden"}),
    "trailing teller after a signing": (
        "Norway signed a fisheries agreement with Iceland on Monday, the Norwegian Ministry of Energy said.",
        (), "signed", {"Norway", "Iceland"}),
    # ... and the pair that acted is then the pair "the two countries" take up
    "the two countries after a trailing teller": (
        "Norway and Sweden switched on a new power link on Sunday, the Norwegian Ministry of Energy said. "
        "The two countries signed the agreement in 2008.",
        (), "signed", {"Norway", "Sweden"}),
    "ministers of the two countries after a trailing teller": (
        "Norway and Sweden switched on a new power link on Sunday, the Norwegian Ministry of Energy said. "
        "Energy ministers of the two countries will meet in Oslo next month.",
        (), "meet", {"Norway", "Sweden"}),
    # near misses: a clause with no party of its own keeps the teller as its agent (a body announcing its own act)
    "near miss: agentless passive keeps the teller": (
        "The new power link was switched on on Sunday, the Norwegian Ministry of Energy said.",
        (), "switched", {"Norwegian Energy Ministry"}),
    # ... a teller that opens the sentence is not trailing (its clause's parties as before)
    "near miss: opening teller": (
        "The Norwegian Ministry of Energy said Norway and Sweden switched on a new power link on Sunday.",
        (), "switched", {"Norway", "Sweden"}),
    # ... a body named after the trigger as its counterpart, before the attribution, stays
    "near miss: counterpart before the attribution": (
        "The Norwegian Ministry of Energy signed an agreement with Sweden on Monday, the ministry said.",
        (), "signed", {"Norwegian Energy Ministry", "Sweden"}),
    # ... and a comma phrase that is no attribution keeps its names
    "near miss: comma phrase that is no attribution": (
        "Norway signed a fisheries agreement on Monday, with Iceland and Denmark.",
        (), "signed", {"Norway", "Iceland", "Denmark"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_round2_actors(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors


# Dated happenings whose date follows a "Town, Region," apposition: the comma closing the apposition ends no clause,
# so the date reaches the verb before the place (a dated event, not a bare date). key: (body, trigger word, the
# expected month as 'YYYY-MM' of the event over the trigger, or None: no event over it).
DATED = {
    "date after a town and its state": (
        "Ohio Valley Rail freight cars derailed near Marlow, Ohio, in January, forcing 1,900 people from their "
        "homes.", "derailed", "2010-01"),
    "date after a town and its abbreviated state": (
        "Harlan Foods closed its plant in Sandoval, Calif., in February after the well failed.", "closed",
        "2010-02"),
    # near misses: a comma after a lower-case word still ends the clause ("the owner, Ana Silva, ..." is a person's
    # apposition, and a new clause after the place keeps its own verb)
    "near miss: a new clause after the place": (
        "The company moved its depot to Marlow, Ohio, and it opened a new yard in January.", "opened", "2010-01"),
    "near miss: the moved verb is not dated by the later clause": (
        "The company moved its depot to Marlow, Ohio, and it opened a new yard in January.", "moved", None),
}


@pytest.mark.parametrize("key", list(DATED))
def test_round2_dated_after_place_apposition(key):
    body, trigger, month = DATED[key]
    start = body.index(trigger)
    held = [e for e in events_of(body) if e.start <= start < e.end]
    if month is None:
        assert not held or held[0].start_date is None or body.index("opened") < held[0].end
        return
    assert held, "no event over the trigger"
    assert held[0].start_date is not None and held[0].start_date.strftime("%Y-%m") == month
