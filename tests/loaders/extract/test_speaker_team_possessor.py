"""A sports report's manager named only as the possessor of a team ("moved Damien Walsh's side to within a point",
"Karl Moss's men") and later described ("the Shelbourne manager said"): the possessor of a side, team, squad or
men is the one who manages it. Near misses: a possessor of something else, a description no one was given.
Every expectation was written before the extractor ran: a person's full name, or ("label", words)."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import article, assert_speaker, _quote

ROWS = [
    ("The late goal moved Karl Moss's side to within a point of the summit.", "the Kestel manager said",
     "Karl Moss"),
    ("Karl Moss's men were booed off after the defeat on Monday.", "the manager said", "Karl Moss"),
    ("Ana Lind's squad flew home after the cup final on Monday.", "the Kestel coach said", "Ana Lind"),
    # (fix round: no sports word in the possessor's sentence, no manager read; this row expected Ana Lind before)
    ("Ana Lind's squad flew home on Monday.", "the Kestel coach said", ("label", "kestel coach")),
    ("Manager Karl Moss's side won 2-1 on Saturday.", "the manager said", "Karl Moss"),
    # near misses
    # (fix round: a possessor titled with another office owns or commands the side, a manager is someone else)
    ("Club owner Avram Glazer's side won 2-1 on Saturday.", "the manager said", ("label", "manager")),
    ("Chairman Karl Moss's team won the cup final on Saturday.", "the coach said", ("label", "coach")),
    ("Karl Moss's goal moved the team to within a point of the summit.", "the manager said", ("label", "manager")),
    ("Karl Moss's side won 2-1 on Monday.", "the chairman said", ("label", "chairman")),
    ("Karl Moss's house was flooded on Monday.", "the manager said", ("label", "manager")),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_team_possessor_is_its_manager(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
