"""A list of other articles ("Most read", "Trending") above the headline: its items are marked as a related block,
so its first item is not taken for the headline; the run's last line, which may be the article's own headline, is
left. Made-up pages."""
import pytest

from loaders.extract.boilerplate import scan_lines
from loaders.extract.text_article import parse_text

HEADLINE = "Council votes to close the old harbour bridge for repairs"
BODY = ("The council voted on Monday to close the harbour bridge for six weeks of repairs, officials said in a "
        "statement.\n\nWork will start in April, the council said in a statement to residents who live near the "
        "harbour bridge.\n")


@pytest.mark.parametrize("top", [
    # short items, the headline straight over the body
    "Trending\nMayor opens new library\nStorm closes schools\nFire at the harbour\n",
    # a ranked list, its numbers on lines of their own
    "Riverton Ledger\nNews | Sport | Business\nMost read\n1\nMayor opens the new library on the quay\n2\n"
    "Storm closes schools across the valley\n3\nPolice seek witnesses after harbour fire\n",
    "Most Read\nMayor Opens The New Library On The Quay\nStorm Closes Schools Across The Valley\n",
])
def test_a_list_above_the_headline_gives_no_headline(top):
    parts = parse_text(top + HEADLINE + "\n" + BODY, url="https://rivertonledger.example/news/a-12345")
    assert parts.title == HEADLINE


def test_the_items_are_marked_and_the_last_line_of_the_run_is_left():
    lines = ["Trending", "Mayor opens new library", "Storm closes schools", "Fire at the harbour", HEADLINE,
             "By Jane Roe", BODY.split("\n")[0]]
    labels = scan_lines(lines)
    assert labels[:4] == ["related"] * 4
    assert labels[4] is None


@pytest.mark.parametrize("lines", [
    ["Trending", "Mayor opens new library", HEADLINE, "By Jane Roe"],  # two lines: no list to mark
    ["Trending", "Politics", "Sport", HEADLINE],  # menu words, not headlines
    ["Related", "Mayor opens new library", "2 hours ago", "Storm closes schools", HEADLINE],  # items with times
])
def test_no_list_no_marks(lines):
    labels = scan_lines(lines)
    assert labels[1] is None and labels[-1] is None
