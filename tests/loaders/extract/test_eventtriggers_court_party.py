"""The "taken to court" row asks for what a careful reader asks for (issue 15, round 3 of evdateF; review of round 2:
"The team took the game to court on Saturday" was stored as an occurred court event).

Someone is taken to court when the object is a party that can be sued — a person (a name, a pronoun, a person's
noun), a body, a company, a state — or a legal matter ("the dispute", "the case"), or when a reason for the suit
follows ("took the club to court over unpaid wages"). Any other object is a figure of speech, usually sports'.
Made-up sentences, written before the code.
"""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def found(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in _find_triggers(text, [])]


@pytest.mark.parametrize("text, expected", [
    # a named party
    ("Ana Silva dragged Karl Brenner to court in Lisbon on Monday.",
     [("other", "dragged Karl Brenner to court")]),
    ("The tenants took Norvik Housing to court last year.", [("other", "took Norvik Housing to court")]),
    # a pronoun for a person or a body
    ("When the bill went unpaid, the builder took them to court.", [("other", "took them to court")]),
    # a body, a company, a state, a person's noun
    ("Three senators have dragged the police chief to court.", [("other", "dragged the police chief to court")]),
    ("The fishermen took the regional government to court in May.",
     [("other", "took the regional government to court")]),
    ("Residents have taken the water company to court.", [("other", "taken the water company to court")]),
    ("Her neighbours took the landlord to court.", [("other", "took the landlord to court")]),
    ("Two provinces took the federal state to court.", [("other", "took the federal state to court")]),
    # a titled party, with its holder's name in apposition
    ("The senator dragged the Chief Justice of Varno, Ana Kell, to court.",
     [("other", "dragged the Chief Justice of Varno, Ana Kell, to court")]),
    ("Two unions took the Ministry of Labour to court.", [("other", "took the Ministry of Labour to court")]),
    # a legal matter
    ("The miners took the dispute to court in March.", [("other", "took the dispute to court")]),
    # any object with a reason for the suit
    ("The players took the club's new owners to court over unpaid wages.",
     [("other", "took the club's new owners to court")]),
    ("The singer took the magazine to court for libel.", [("other", "took the magazine to court")]),
    # near misses: a sports figure, an object no party, a reason-looking phrase of time
    ("The team took the game to court on Saturday, dominating the paint in a 98-80 win.", []),
    ("The guards took the ball to court before the warm-up.", []),
    ("She took the fight to court for the second half and never looked back.", []),
    ("The coach took it to court early in the third quarter.", []),
    ("He took the stairs to court level two.", []),
    ("The hosts took the Derby, as ever, to court.", []),
])
def test_court_row_needs_a_party(text, expected):
    assert found(text) == expected
