"""A briefing given to the press is a press conference (issue 15: events on real text, round eventsR1).

Real copy dates a spokesperson's remarks "at a briefing" or "told a briefing", not only "at a press briefing"; a
teleconference with reporters is one too. Near misses that must not fire: a briefing that is a document ("a briefing
paper", "the briefing note"), a security or intelligence briefing received (a meeting, not the press), a briefing
only planned in general terms ("briefings are held weekly" with no teller), and the words inside a name.
Made-up sentences, written before the wording was added to the press conference row (`eventwords.PRESS_BRIEFING`).
"""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in _find_triggers(text, [])]


@pytest.mark.parametrize("text, expected", [
    # positives: a remark told at or to a briefing, a briefing given or held, a teleconference with reporters
    ("Corvin said at a briefing in Tarsk that the lane would reopen.", [("press_conference", "a briefing")]),
    ("The deputy minister told a briefing on Tuesday that the lane stays shut.", [("press_conference", "a briefing")]),
    ("Speaking at a weekly briefing, the spokeswoman rejected the claim.", [("press_conference", "a weekly briefing")]),
    ("The ministry held a briefing for foreign journalists on Monday.", [("press_conference", "a briefing")]),
    ("Agency officials gave a briefing after the vote.", [("press_conference", "a briefing")]),
    ("The agency announced the awards during a teleconference with reporters.",
     [("statement", "announced"), ("press_conference", "teleconference")]),
    # near misses: a document, a security or intelligence briefing, a general habit, a name, a plan
    ("The committee published a briefing paper on water prices.", []),
    ("According to the briefing note seen by this paper, costs rose.", []),
    ("She received her first national security briefing on Saturday.", []),
    ("He said at an intelligence briefing that nothing was found.", []),
    ("Briefings are usually held on Thursdays.", []),
    ("The Briefing Room podcast returns next week.", []),
    ("The company sells briefing software to law firms.", []),
    ("Brenner told reporters at a briefing on Saturday.", [("statement", "told reporters")]),
    ("A teleconference system was installed in the hall.", []),
])
def test_a_briefing_to_the_press_is_a_press_conference(text, expected):
    assert found(text) == expected
