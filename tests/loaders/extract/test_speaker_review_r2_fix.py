"""Review of round 2's speaker changes: the reviewer's made-up passages (expectations written before any run) that
round 2 made wrong. A team's possessor is its manager only in a sports report (a score, points, a goal, a league)
and not when that side is the one another team beat; 'charges' and 'side of the family' are no team. A that-less
clause is not read after a relative word. A country standing alone before 'and' plus a title is a speaker itself.
Plus the round's positives kept (a sports-report possessor still is 'the manager'). Expected before running."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _direct(text, start):
    found = [q for q in quotes_of(text) if q.kind != "indirect" and q.text.lstrip("\"“ ").startswith(start)]
    assert found, f"no quote starting {start!r}"
    return found[0]


SPEAKER_ROWS = [
    # (text, quote start, expected name, or None for a label containing the given words)
    ("Factory owner Li Wei's men worked through the night in Dongguan to finish the order.\n\n"
     "\"Nobody was forced to stay,\" the factory manager said.\n", "Nobody was", None, "factory manager"),
    ("Avram Glazer's side lost again at Old Trafford on Saturday. Glazer watched from the directors' box.\n\n"
     "\"We were poor,\" the United manager said.\n", "We were poor", None, "United manager"),
    ("Karl Moss's side of the family lived in Galway.\n\n\"He was a quiet boy,\" the school's manager said.\n",
     "He was a quiet", None, "manager"),
    ("Karl Moss's charges were dropped by the court in Leeds on Monday.\n\n"
     "\"This should never have come to court,\" the manager said.\n", "This should never", None, "manager"),
    # the beaten side's possessor no longer answers; Ana Lind (a possessor of a team by its name) is round 1's miss
    pytest.param("Head coach Ana Lind's Kestel beat Karl Moss's side 2-1 in Malmo.\n\n\"We deserved it,\" the Kestel coach said.\n",
                 "We deserved it", "Ana Lind", None, marks=pytest.mark.xfail(strict=True, reason="left: team by name")),
    ("Head coach Ana Lind's Kestel beat Karl Moss's side 2-1 in Malmo.\n\n\"We deserved it,\" the Kestel coach said.\n",
     "We deserved it", None, "Kestel coach"),
    ("Rovers beat Karl Moss's side 2-1 in Sligo on Saturday.\n\n\"We deserved the points,\" the Rovers manager said.\n",
     "We deserved the points", None, "Rovers manager"),
    ("\"The deal is off,\" said Hamas and Israeli Prime Minister Benjamin Netanyahu within an hour of each other.\n",
     "The deal is off", None, "Hamas"),
    ("\"We reject the plan,\" said Britain and Foreign Secretary David Lammy in a statement.\n",
     "We reject the plan", None, "Britain"),
    # kept: round 2's positives
    ("Karl Moss's men were booed off after the 3-0 defeat on Monday.\n\n\"We were awful,\" the manager said.\n",
     "We were awful", "Karl Moss", None),
    ("The late goal moved Karl Moss's side to within a point of the summit.\n\n\"We can win it,\" the Kestel manager said.\n",
     "We can win it", "Karl Moss", None),
    ("\"The reserves are larger than we thought,\" said Energy and Natural Resources Minister Alparslan Bayraktar.\n",
     "The reserves are larger", "Alparslan Bayraktar", None),
]


@pytest.mark.parametrize("text, start, name, label", SPEAKER_ROWS)
def test_review_speaker(text, start, name, label):
    q = _direct(text, start)
    if name:
        assert q.speaker_name == name, (q.speaker_name, q.speaker_label)
    else:
        assert q.speaker_name is None and q.speaker_label and label.lower() in q.speaker_label.lower(), \
            (q.speaker_name, q.speaker_label)
        # the label is cut at the speaker's phrase, not running on into the sentence
        assert "within" not in q.speaker_label and "statement" not in q.speaker_label


NO_CLAUSE_ROWS = [
    ("Farmer Hamid Karimi prays at the mosque near Herat. He says prayers that put him at peace every morning.\n",
     "put him"),
]


@pytest.mark.parametrize("text, words", NO_CLAUSE_ROWS)
def test_review_no_clause(text, words):
    assert not [q for q in quotes_of(text) if words in q.text], [q.text for q in quotes_of(text)]


def test_kept_that_less_clause():
    qs = quotes_of("Shopkeeper Nadia Haddad runs a bakery in Beirut. She says the blackouts hurt us more than the war did.\n")
    assert [q for q in qs if q.kind == "indirect" and "blackouts hurt us" in q.text and q.speaker_name == "Nadia Haddad"]
