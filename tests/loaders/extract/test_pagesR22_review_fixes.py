"""pagesR22: the review of pagesR21, on made-up pages: a copyright "of" tail naming a place that takes "The" ("of
The Gambia") is the fuller name; a dated copyright mark further along the line counts; a name running on into
another capitalised word lends no "The" to the domain's spelling; "DATE | X" closing on a plural noun or an event's
word names no writer; a line with motto's words over a standfirst with no stop and the story stays the headline.
Invented outlets, people and places only."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

BODY = ("Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.\n"
        "Engineers will inspect the sea wall next week before the spring tides return, the board's chair told "
        "reporters on Friday afternoon.\n")
HEADLINE = "Tide gauges at Pellow Point record the highest water in forty years"


def _article(page, url=None):
    given = {"url": url} if url else {}
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page, given=given)
    return run_steps(doc, Registry()).article


COPYRIGHT = [  # (banner, line, outlet)
    ("The Herald", "© 2024 The Herald of The Norlands", "The Herald of The Norlands"),
    ("Island Courier", "All content copyright © 2024 Island Courier of Pellow", "Island Courier of Pellow"),
]
COPYRIGHT_NEAR = [
    ("Island Courier", "Copyright © 2024 Island Courier of The Coastline Group", "Island Courier"),
    ("Island Courier", "The wall at dawn. Photo © Island Courier of Praslin Bureau", "Island Courier"),
    ("Harbour Gazette", "Lawyers for the Harbour Gazette of Pellow, a rival paper, cited copyright law.",
     "Harbour Gazette"),
]


@pytest.mark.parametrize("banner, line, outlet", COPYRIGHT + COPYRIGHT_NEAR)
def test_copyright_of_tail(banner, line, outlet):
    page = f"{banner}\n{HEADLINE}\nBy Ana Kessler\nMay 4, 2024\n" + BODY + line + "\n"
    assert _article(page).outlet_name == outlet


def test_run_on_name_lends_no_the_to_domain_spelling():
    page = HEADLINE + "\n" + BODY + "The Hill & Vale Trust backed the plan.\n"
    assert _article(page, url="https://www.hillandvale.example/news/wall").outlet_name != "The Hill & Vale"


def test_domain_spelling_keeps_its_the():  # near miss
    page = HEADLINE + "\n" + BODY + "Read more at The Hill & Vale.\n"
    assert _article(page, url="https://www.hillandvale.example/news/wall").outlet_name == "The Hill & Vale"


DATE_BAR = [  # (line, writers)
    ("March 12, 2024 | Charlotte Hornets", []),
    ("March 12, 2024 | Grace Notes", []),
    ("March 12, 2024 | Mark Lindqvist Lecture", []),
    ("March 12, 2024 | Victoria Sunday Edition", []),
]
DATE_BAR_NEAR = [
    ("March 12, 2024 | Ana Kessler", ["Ana Kessler"]),
    ("March 12, 2024 | Grace Kamau", ["Grace Kamau"]),
    ("March 12, 2024 | Mary Wanjiru", ["Mary Wanjiru"]),
    ("March 12, 2024 | Tomas Evans", ["Tomas Evans"]),
]


@pytest.mark.parametrize("line, writers", DATE_BAR + DATE_BAR_NEAR)
def test_date_bar_tag_is_no_writer(line, writers):
    page = "Harbour Gazette\n" + HEADLINE + "\n" + line + "\n" + BODY
    assert _article(page).authors == writers


STANDFIRSTS = [  # (headline with a motto's words, standfirst without a stop)
    ("The voice of a generation falls silent", "Pia Lindqvist changed how an island heard itself over six decades"),
    ("Proudly serving fish for a century", "The Kessler family has run the quay stall since the war"),
    ("The island's oldest bakery, open since 1921", "Four generations of Ferreiras have baked for Pellow Point"),
]


@pytest.mark.parametrize("headline, standfirst", STANDFIRSTS)
def test_headline_over_standfirst_without_stop_stays(headline, standfirst):
    assert _article(f"{headline}\n\n{standfirst}\n\n" + BODY).title == headline


MOTTOS = [  # near miss: a motto over the headline and a byline stays the motto
    ("News for the harbour towns since 1901", HEADLINE),
    ("Your window on the north coast", HEADLINE),
]


@pytest.mark.parametrize("motto, headline", MOTTOS)
def test_motto_over_headline_still_dropped(motto, headline):
    assert _article(f"{motto}\n{headline}\nBy Ana Kessler\nMay 4, 2024\n" + BODY).title == headline


OF_HEADLINES = ["Mother of Jailed Reporter", "Widow of Island Reporter"]  # a newspaper word only after "of"


@pytest.mark.parametrize("headline", OF_HEADLINES)
def test_headline_closing_on_newspaper_word_after_of_is_no_outlet(headline):
    article = _article(f"{headline}\n\nMarch 12, 2024\n\nBy Ana Kessler\n\n" + BODY)
    assert (article.outlet_name, article.title) == (None, headline)


BANNERS = [("Pellow Daily Herald", "Pellow Daily Herald"), ("Harbour Gazette", "Harbour Gazette")]  # near misses


@pytest.mark.parametrize("banner, outlet", BANNERS)
def test_newspaper_word_banner_stays(banner, outlet):
    assert _article(f"{banner}\n{HEADLINE}\nBy Ana Kessler\nMay 4, 2024\n" + BODY).outlet_name == outlet


BARE_MOTTOS = [  # near miss: a motto over a headline no longer than it, the story right under, stays the motto
    ("Your trusted source for island news", "Council approves new sea wall plan"),
    ("Serving Pellow and the coast since 1901", "Council approves new sea wall plan"),
]


@pytest.mark.parametrize("motto, headline", BARE_MOTTOS)
def test_motto_over_headline_and_story_still_dropped(motto, headline):
    assert _article(f"{motto}\n\n{headline}\n\n" + BODY).title == headline
