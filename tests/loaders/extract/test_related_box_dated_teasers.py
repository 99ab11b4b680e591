"""A "Related stories" heading after the body opens the page's box of other stories when its headlines stand over
their dates, even where a headline reads as a sentence ("Who is running for the open seat?" / "April 30, 2026"):
the article does not go on there. A box of one or two headlines inside the article, with its prose going on after
them, still drops only itself. Rows: (lines after the body's last paragraph, the body's expected last words).
Made-up pages."""
import pytest

from loaders.extract.text_article import parse_text

HEAD = ("Runoff results in the county races\n\nBy Staff\n\nMay 26, 2026\n\n"
        "Voters settled a bitter runoff for an open state House seat and two county judicial races on Tuesday night, "
        "officials said.\n\n")
LAST = "If no candidate files for a recount, the result will be certified at the canvass."

ROWS = [
    ("Related stories\n\nEarly voting turnout in the runoffs lags 2022 levels\n\nMay 22, 2026\n\n"
     "Who is running for the open seat in House District 9?\n\nApril 30, 2026\n", LAST),
    ("Related stories\n\nWho is running for the open seat in House District 9?\n\nApril 30, 2026\n\n"
     "Why the county keeps counting by hand, explained.\n\n5 days ago\n", LAST),
    # near misses: the article going on after a box inside it, a question in the prose after the box
    ("Related stories\n\nEarly voting turnout in the runoffs lags 2022 levels\n\n"
     "The county clerk said turnout was the lowest she had seen in a runoff in twenty years of counting votes.\n",
     "in twenty years of counting votes."),
    ("Related stories\n\nEarly voting turnout in the runoffs lags 2022 levels\n\n"
     "Who will pay for the recount if one is called, and how long will it take the county to finish it?\n\n"
     "The clerk said the county would pay and that a recount would take about a week.\n",
     "a recount would take about a week."),
]


@pytest.mark.parametrize(("tail", "last"), ROWS)
def test_related_box_with_dated_headlines_closes_the_body(tail, last):
    parts = parse_text(HEAD + LAST + "\n\n" + tail)
    assert parts.paragraphs[-1].endswith(last)
