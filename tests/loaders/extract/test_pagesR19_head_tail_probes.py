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


BODY = """Harbour Gazette
Tide gauges at Pellow Point record the highest water in forty years
By Ana Kessler
May 4, 2024
Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.
Engineers will inspect the sea wall next week before the spring tides return.
"""
# Left open: an "About the author" box whose blurb is no "Jo Roe is a ..." note. Cutting the page at the heading
# cost a blind author (such a box may be where a page without byline names its writer).
WRITER_BOXES = [
    "About the author\nAna Kessler\nAna covers the coast and the harbour for the Gazette. Email her at ana@example.org.\n"
    "More from Harbour Gazette\nFerry timetable cut for the winter\n",
]
TAILS = [  # tail furniture under the article: the body ends on "Engineers will inspect ..."
    "About the writer\nAna has covered fisheries since 2015 and lives in Pellow with two dogs.\n",
    "The Tide Line\nOur weekly email on the coast and its people.\nSign up\n",
    "Get a free daily briefing on the north coast's news.\nSubscribe\n",
]
TAIL_NEAR = [  # the article's own last lines stay
    ("The board said in an email that the wall was safe.\nSubscribe\n", "The board said in an email"),
    ("About the author of the report, the board said little.\nShe was hired in 2019 to study the tides.\n",
     "She was hired in 2019"),
]


def _last(page):
    paras = [p for p in _article(page).body.split("\n") if p.strip()]
    return paras[-1]


@pytest.mark.parametrize("tail", TAILS)
def test_tail_furniture_dropped(tail):
    assert _last(BODY + tail).startswith("Engineers will inspect")


@pytest.mark.xfail(reason="writer's box with a free-form blurb: left open (see WRITER_BOXES)", strict=True)
@pytest.mark.parametrize("tail", WRITER_BOXES)
def test_writer_box_blurb_dropped(tail):
    assert _last(BODY + tail).startswith("Engineers will inspect")


@pytest.mark.parametrize("tail, last", TAIL_NEAR)
def test_tail_near_miss_kept(tail, last):
    assert _last(BODY + tail).startswith(last)


def test_about_the_author_far_from_the_end_only_drops_itself():
    middle = "\n".join(f"The wall was built in {1900 + i} and repaired in {1950 + i}, the board's records show."
                       for i in range(14))
    page = BODY + "About the author\nAna Kessler\n" + middle + "\n"
    assert _last(page).startswith("The wall was built in 1913")
