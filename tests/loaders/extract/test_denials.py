"""A denial tells a denied event (`events`: `_DENIAL_STATEMENT`, `_DENIED_IT`): a statement denying what a "that"
clause says is stored as denied when no event of its clause is found; "X denied it" after a sentence that reports a
claim denies that claim's events, and is no statement of its own. Expected outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, expected", [
    # a denial whose content names no event: the statement is stored as denied
    ("Karl Brenner denied reports in the local press on Monday that licences had been sold to Brenn Shipping.",
     [("statement", "denied")]),
    # a denial of "any" wrongdoing names no content that did not happen: the statement took place
    ("Finance Minister Karl Brenner denied any wrongdoing on Tuesday.", [("statement", "occurred")]),
    # "denied it" after a reported claim: the claim's meeting is denied, and the denial is no statement too
    ("Ana Silva's rival has said that Silva met privately with the union's leaders in September. Silva denied it.",
     [("meeting", "denied")]),
    # "denied it" after a sentence telling a fact, not a claim: the fact stands, and the denial is stored as denied
    ("Ana Silva met Karl Brenner in Lisbon on Monday. Asked about a pay deal, Brenner denied it.",
     [("meeting", "occurred"), ("statement", "denied")]),
])
def test_denials(body, expected):
    events = events_of(body, "Ana Silva", "Karl Brenner")
    assert [(e.event_type, e.status) for e in events if e.event_type in ("statement", "meeting")] == expected


# One trial's outcome told defendant by defendant is one event (`eventwords.OUTCOME_FAMILIES`); two unlike 'other'
# happenings of a day stay two. Expected counts written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Karl Brenner was convicted of fraud in the Lisbon High Court on Wednesday. Ana Silva, who was also charged, "
     "was convicted on one count and acquitted on the other on Wednesday.", 1),
    ("Karl Brenner was convicted of fraud in Lisbon on Wednesday. Ana Silva was arrested in Porto on Wednesday.", 2),
])
def test_one_outcome_told_in_parts(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == "other"]
    assert len(events) == expected


# An author's biography ("X joined the Herald in 2019 and covers energy") tells a career, not an event: a career verb
# with a person before it and the author's beat after it (`author_bios.BEAT`). Expected counts written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Ana Silva joined the Lisbon Herald in 2019 and covers energy and transport.", 0),
    # (an author the people step does not know: a capitalised run opening the sentence)
    ("Jo Varn-Lee Sze joined the Tarnby Post in 2022 and covers transport and infrastructure.", 0),
    ("Ana Silva joined the Lisbon Herald in 2019.", 1),
    ("The Brenn fund joined the scheme in 2019, which covers 70 farms.", 1),
])
def test_author_biography_is_no_event(body, expected):
    assert len(events_of(body, "Ana Silva")) == expected
