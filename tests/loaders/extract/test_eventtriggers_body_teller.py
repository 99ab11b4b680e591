"""A body's dated statement: its name may hold an "of"-phrase and an acronym in brackets (issue 15, round eventsR5).

"the ministry said on Monday" is a statement row of the vocabulary; real copy names the body in full ("the
Ministry of Infrastructure and Land Transport said on Thursday", "the Department of Foreign Affairs (DFA) said
Thursday"). Near misses: no date, a person's title before a name, an "of"-phrase that is no name.
Made-up sentences, written before the body's name was widened in the row (`eventtriggers.TRIGGERS`).
"""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in _find_triggers(text, [])]


@pytest.mark.parametrize("text, expected", [
    # positives: a body's full name with "of" and "and"; an acronym in brackets
    ("The Varn crossing stays shut, the Ministry of Infrastructure and Land Transport said on Thursday.",
     [("statement", "Ministry of Infrastructure and Land Transport said")]),
    ("The Brenn lane will reopen, the Department of Foreign Affairs (DFA) said Thursday.",
     [("statement", "Department of Foreign Affairs (DFA) said")]),
    # near misses: no date, a person's title, an "of"-phrase that names no body, a name too long to be one
    ("The ministry said the Tarnby crossing was closed.", []),
    ("Officer Ana Silva Brenn Tarnby said on Monday that the lane would reopen.", []),
    ("The ministry of three states said on Monday that the lane would reopen.", []),
    ("The Department of Foreign Affairs said the lane would reopen.", []),
])
def test_a_body_named_in_full_tells_a_dated_statement(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's title runs on to a name of at most three words, never through an "of"-phrase
    ("Foreign Minister Datuk Seri Ana Silva said today that the lane would reopen.", []),
    ("The lane reopened, Minister for Roads and Bridges Ana Silva said on Tuesday.", []),
    ("The lane reopened, Minister Ana Silva said on Tuesday.", [("statement", "Minister Ana Silva said")]),
])
def test_a_person_s_title_is_no_body_s_name(text, expected):
    assert found(text) == expected
