"""A newsroom team credited as the byline ("Kestrel Team") is a desk credit without authors; menu lines naming a
team ("Our Team", "Meet the Team") are not bylines. Made-up lines."""
import pytest

from loaders.extract.pageblocks import STAFF_CREDIT, is_byline
from loaders.extract.text_article import authors_from_byline, parse_text


@pytest.mark.parametrize(("line", "credit"), [
    ("Kestrel Team", True),
    ("By Riverton News Team", True),
    ("Editorial Team", True),
    ("Our Team", False),
    ("Meet the Team", False),
    ("The Team", False),
    ("Leadership Team", False),
    ("Team", False),
    ("Jane Roe", False),
])
def test_a_team_credit_is_a_desk_byline(line, credit):
    assert bool(STAFF_CREDIT.match(line)) is credit
    if credit:
        assert is_byline(line)
        assert authors_from_byline(line) == []


def test_a_team_credit_under_the_headline_is_the_byline():
    text = ("Riverton Ledger\nHome | News | Sport\nCouncil votes to close the old harbour bridge for repairs\n"
            "Ledger Team\nMonday, March 2, 2026\n"
            "The council voted on Monday to close the harbour bridge for six weeks of repairs.\n\n"
            "Work will start in April, the council said in a statement to residents.\n")
    parts = parse_text(text)
    assert parts.byline == "Ledger Team"
