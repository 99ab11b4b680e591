"""A newsroom credited as the byline ("Riverton Post newsroom") under a headline and its standfirst is the byline,
so the standfirst above it is the subtitle, not the body's first line. Made-up rows; near misses stay no byline."""
import pytest

from loaders.extract import pageblocks
from loaders.extract.text_article import parse_text

_PAGE = "Riverton Post\nNews\nSport\nFerry strike halts crossings to Kestrel Island\n" \
        "Two ferries stay in port as crews walk out over rosters; talks set for Friday\n{line}\n2 hours ago\n" \
        "Ferry crews in Riverton walked out at dawn on Tuesday, halting every crossing to Kestrel Island.\n" \
        "The operator said in a statement that it regretted the disruption and would refund tickets.\n"


@pytest.mark.parametrize("line, credit", [
    ("Riverton Post newsroom", True),
    ("Kestrel Newsroom", True),
    ("By Riverton Newsroom", True),
    # near misses: a sentence about a newsroom, a newsroom's word inside a longer phrase
    ("Inside the newsroom", False),
    ("Newsroom", False),  # a menu's word alone
    ("Riverton newsroom cuts jobs after sale", False),
    # a possessive or determiner is no name (review finding on 0711bb9/b81fede)
    ("Our newsroom", False),
    ("Our Newsroom", False),
    ("The newsroom", False),
    ("Your newsroom", False),
    ("This newsroom", False),
    ("By our newsroom", False),
    ("Our Riverton newsroom", False),
])
def test_a_newsroom_credit(line, credit):
    assert bool(pageblocks.STAFF_CREDIT.match(line)) is credit


def test_newsroom_byline_under_the_standfirst():
    parts = parse_text(_PAGE.format(line="Riverton Post newsroom"))
    assert parts.title == "Ferry strike halts crossings to Kestrel Island"
    assert parts.subtitle == "Two ferries stay in port as crews walk out over rosters; talks set for Friday"
    assert parts.byline == "Riverton Post newsroom"
    assert parts.paragraphs[0].startswith("Ferry crews in Riverton walked out")


def test_our_newsroom_under_inside_the_newsroom_is_no_byline():
    page = ("Riverton Post\nNews\nInside the newsroom\nOur newsroom\n"
            "Reporters at the Riverton Post start their day at seven with a meeting about the stories of the day.\n"
            "Editors then send them out across the city to courts, councils and harbours.\n")
    assert parse_text(page).byline is None
