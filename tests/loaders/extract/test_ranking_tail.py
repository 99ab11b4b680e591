"""A numbered ranking of people that ends the article ("WEEK 13." over "1. Jo Roe (2.)" lines) is the article's
content: the furniture cut after the body's last sentence stops at it (`prose_names.ranking_run`), and cuts what
follows it. A numbered list of article links, a "Most read" list of headlines or a numbered menu is still cut.
Rows: (the lines after the body's last sentence, the first kept line that must stay or None, lines that must leave).
All names and pages are made up."""
import pytest

from loaders.extract.text_article import parse_text

HEAD = ("Hollow Pines Gazette\n\nWho Leads The Race After Week Thirteen\n\nBy Nora Quill\n\n"
        "The panel of twelve writers cast their ballots again this weekend, and the order at the top shifted once "
        "more after a busy week of debates.\n\n"
        "Here is where the field stands after the latest round of votes, with last week's place in brackets.\n\n")

RANKING = "WEEK 13.\n\n1. Marta Olsen (2.)\n\n2. Peter Vance (1.)\n\n3. Linda Croft (3.)\n\n4. Owen Harlow (5.)\n\n"

ROWS = [
    # positives: the ranking stays, whatever furniture follows it
    (RANKING, ["1. Marta Olsen (2.)", "4. Owen Harlow (5.)"], []),
    (RANKING + "Share this article\n\nRelated Stories\n\nSubscribe Now\n",
     ["2. Peter Vance (1.)", "4. Owen Harlow (5.)"], ["Share this article", "Subscribe Now"]),
    ("1. Marta Olsen\n\n2. Peter Vance\n\n3. Linda Croft\n\nMore From Politics\n",
     ["1. Marta Olsen", "3. Linda Croft"], ["More From Politics"]),
    ("5. Marta Olsen (Last week: 7.)\n\n6. Peter Vance (Last week: 5.)\n\n7. Linda Croft (Last week: 6.)\n\n"
     "Tags: Politics, Election\n", ["5. Marta Olsen (Last week: 7.)", "7. Linda Croft (Last week: 6.)"],
     ["Tags: Politics, Election"]),
    # near misses: numbered furniture is still cut
    ("Most read\n\n1. Why the mayor quit the race\n\n2. Flood warnings for the valley\n\n"
     "3. New bridge opens in spring\n\n4. School board votes on budget\n",
     None, ["1. Why the mayor quit the race", "4. School board votes on budget"]),
    ("1. Home\n\n2. World\n\n3. Business\n\n4. Sport\n", None, ["1. Home", "4. Sport"]),
    ("Related\n\n1. Marta Olsen on fuel prices\n\n2. Peter Vance answers your questions\n\n"
     "3. Linda Croft: a life in politics\n", None, ["1. Marta Olsen on fuel prices"]),
    # two numbered names are no ranking (too few), and places are no people
    ("1. Marta Olsen\n\n2. Peter Vance\n\nSubscribe Now\n", None, ["1. Marta Olsen", "Subscribe Now"]),
    ("1. Northgate\n\n2. Riverside\n\n3. Old Town\n\n4. Harbour\n", None, ["1. Northgate", "4. Harbour"]),
    # numbers out of order are no ranking
    ("1. Marta Olsen\n\n4. Peter Vance\n\n2. Linda Croft\n\nSubscribe Now\n", None, ["1. Marta Olsen"]),
]


@pytest.mark.parametrize("tail, kept, removed", ROWS)
def test_ranking_at_the_end_stays_and_furniture_leaves(tail, kept, removed):
    parts = parse_text(HEAD + tail)
    body = parts.paragraphs
    assert body[1].startswith("Here is where the field stands")
    for line in kept or []:
        assert line in body
    for line in removed:
        assert line not in body
    if kept is None:
        assert body[-1].startswith("Here is where the field stands")
