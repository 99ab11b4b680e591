"""pagesR19: made-up probe pages for head and tail blocks. A live page's "Reporting team: A, B and C" byline lost
its first writer (the label was no byline field's); a mailing-list plug that names no newsletter ("Never miss a
story: get ...") over the sign-up form was kept as the body's last paragraph. Invented outlets and people only."""
import pytest

from loaders.extract import run_steps
from loaders.extract.boilerplate import classify_line
from loaders.extract.text_article import _authors_from_byline
from loaders.records import SourceDocument
from loaders.registry import Registry

TEAM_ROWS = [
    ("Reporting team: Ana Kessler, Tomas Ferreira and Pia Lindqvist", ["Ana Kessler", "Tomas Ferreira", "Pia Lindqvist"]),
    ("Reporting team: Ana Kessler and Tomas Ferreira", ["Ana Kessler", "Tomas Ferreira"]),
    ("REPORTING TEAM: Ana Kessler", ["Ana Kessler"]),
]
TEAM_NEAR = [
    ("By Ana Kessler and Tomas Ferreira", ["Ana Kessler", "Tomas Ferreira"]),  # as before
    ("Reporter: Ana Kessler", ["Ana Kessler"]),
    ("Harbour Gazette reporting team", []),  # a desk, no people
]


@pytest.mark.parametrize("byline, authors", TEAM_ROWS + TEAM_NEAR)
def test_team_label_authors(byline, authors):
    assert _authors_from_byline(byline) == authors


PLUGS = [
    "Never miss a story: get the Gazette's free briefing every weekday.",
    "Don't miss a thing - sign up for our morning email.",
    "Never miss another headline: subscribe to the Harbour Briefing.",
]
PLUG_NEAR = [
    "Never miss a story, the old editor told every new reporter at the Gazette.",
    "Don't miss a beat: the band plays the harbour stage on Saturday night.",
    "Never miss a story: that was the rule she kept for thirty years.",
    "The fans said they would never miss a match: getting tickets was the hard part.",
]


@pytest.mark.parametrize("line", PLUGS)
def test_mailing_plug(line):
    assert classify_line(line) == "newsletter"


@pytest.mark.parametrize("line", PLUG_NEAR)
def test_mailing_plug_near_miss(line):
    assert classify_line(line) is None


HEAD = """Harbour Gazette
Live: storm surge hits the north coast
Reporting team: Ana Kessler, Tomas Ferreira and Pia Lindqvist
May 4, 2024
Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.
Engineers will inspect the sea wall next week before the spring tides return.
Never miss a story: get the Gazette's free briefing every weekday.
Enter your email address
Subscribe
"""


def _article(page):
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page,
                         given={"url": "https://www.harbourgazette.example/news/tides"})
    return run_steps(doc, Registry()).article


def test_live_page_team_and_plug():
    article = _article(HEAD)
    assert article.authors == ["Ana Kessler", "Tomas Ferreira", "Pia Lindqvist"]
    paras = [p for p in article.body.split("\n") if p.strip()]
    assert paras[0].startswith("Tide gauges") and paras[-1].startswith("Engineers will inspect")


def test_story_sentence_kept_at_the_end():
    page = HEAD.replace("Never miss a story: get the Gazette's free briefing every weekday.\nEnter your email address\n"
                        "Subscribe\n", "Never miss a story, the old editor told every new reporter at the Gazette.\n")
    paras = [p for p in _article(page).body.split("\n") if p.strip()]
    assert paras[-1].startswith("Never miss a story, the old editor")


STORY = """Marlow Vale Courier
Canal boats return to Harrowby after the lock repairs
By Pia Lindqvist
April 2, 2024
Canal boats returned to Harrowby on Monday after six months of lock repairs, the waterways trust said.
{line}
The trust plans to reopen the towpath café before Easter.
"""
THE_ROWS = [
    ("A spokesperson told The Marlow Vale Courier the work came in under budget.", "The Marlow Vale Courier"),
    ("In a statement to The Marlow Vale Courier, the trust thanked volunteers.", "The Marlow Vale Courier"),
]
THE_NEAR = [
    ("A spokesperson told the Marlow Vale Courier the work came in under budget.", "Marlow Vale Courier"),
    ("The Marlow Vale Courier asked the trust for its accounts last year.", "Marlow Vale Courier"),  # sentence start
    ("Boaters said the repairs were worth the wait.", "Marlow Vale Courier"),
]


@pytest.mark.parametrize("line, outlet", THE_ROWS + THE_NEAR)
def test_unregistered_outlet_takes_the_page_writes(line, outlet):
    doc = SourceDocument(source_path="c.txt", source_format="txt", raw_text=STORY.format(line=line),
                         given={"url": "https://www.mvcourier.example/news/canal-boats"})
    assert run_steps(doc, Registry()).article.outlet_name == outlet
