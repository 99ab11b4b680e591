"""A court's act told without its court (issue 15, round 2: actors, a body unknown to the party slot): a conviction,
a sentence, an acquittal, or a trial or hearing told among a court's words, whose clause names no court, is the
act of the one court the article names (`parties.ArticleEntities.sole_body`: "Nangolo was convicted in August"
after "sentenced ... in the Windhoek High Court"). Near misses: two courts named; a trial or hearing of something
else ("a trial of two cargo trains", "a parliamentary hearing"); an act that is no court's ("held a press
conference").

Every expected set below was written before the extractor was run on these texts (actors compared as sets).
Published on Wednesday 10 March 2010.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event, keyed_params
from tests.loaders.extract.test_events import events_of

ROWS = {
    "convicted, one court named before": (
        "Martha Nangolo was sentenced to 12 years in prison in the Windhoek High Court on Monday. She was convicted "
        "of fraud in August.", ("Martha Nangolo",), "convicted", {"Windhoek High Court"}),
    "convicted, the court named after": (
        "Martha Nangolo was convicted of fraud in August. Judge Anna Shivute of the Windhoek High Court sentenced "
        "her on Monday.", ("Martha Nangolo", "Anna Shivute"), "convicted", {"Windhoek High Court"}),
    "a hearing among a court's words": (
        "Yohane Kalua was found guilty by the Zomba Magistrate's Court on Monday. A hearing on his sentence is set "
        "for March 24, the prosecutor said.", ("Yohane Kalua",), "hearing", {"Zomba Magistrate's Court"}),
    "a trial among a court's words": (
        "Yohane Kalua was found guilty by the Zomba Magistrate's Court on Monday. His trial for theft began in "
        "October, when prosecutors charged him.", ("Yohane Kalua",), "trial", {"Zomba Magistrate's Court"}),
    # near misses
    "two courts named": (
        "The Windhoek High Court convicted Martha Nangolo in May and the Supreme Court heard her appeal in June. "
        "She was sentenced on Monday.", ("Martha Nangolo",), "sentenced", set()),
    "a trial of trains": (
        "The Bratislava Regional Court ruled on the track dispute in May. Dunajplav ran a trial of two cargo "
        "trains in July.", (), "trial", {"Dunajplav"}),
    "a parliamentary hearing": (
        "The Windhoek High Court convicted Martha Nangolo in May. Parliament's budget committee will hold a "
        "hearing on the council's accounts in June.", ("Martha Nangolo",), "hearing", set()),
    "no court's act": (
        "The Windhoek High Court sentenced Martha Nangolo on Monday. Her lawyer Peter Haikali held a press "
        "conference on Tuesday.", ("Martha Nangolo", "Peter Haikali"), "press conference", set()),
}

XFAIL: dict[str, str] = {
    "a hearing among a court's words": "no event is kept at 'A hearing on his sentence is set for': the hearing names "
                                       "no person (only 'his'), and an event with no party is not stored",
    "a trial among a court's words": "'trial' is no trigger word (eventtriggers): no event to read",
    "a trial of trains": "'trial' is no trigger word (eventtriggers): no event, so no party at all (the row's point, "
                         "no court added, holds)",
}


@pytest.mark.parametrize("key", keyed_params(ROWS, XFAIL))
def test_court_parties(key):
    body, people, trigger, expected = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    if not expected and event is None:
        return
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == expected
