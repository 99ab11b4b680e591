"""pagesR20: the review of pagesR19's NEWLY WRONG items. A mailing list's pitch over a lone button is the box's only
when it reads as an offer to the reader (its line opens with the offer or speaks to "you"), reports nobody, and
sits in the page's tail; the box's name line above it must be title-like. A "Never miss ...: get ..." plug must name
what the outlet sends and report nobody. A hyphen after an outlet's name joins a longer name. Invented text only."""
import pytest

from loaders.extract import run_steps
from loaders.extract.boilerplate import _label_sandwiched, classify_line
from loaders.records import SourceDocument
from loaders.registry import Registry

BODY = """Harbour Gazette
Tide gauges at Pellow Point record the highest water in forty years
By Ana Kessler
May 4, 2024
Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.
Engineers will inspect the sea wall next week before the spring tides return.
"""


def _paras(page, url="https://www.harbourgazette.example/news/tides"):
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page, given={"url": url})
    return [p for p in run_steps(doc, Registry()).article.body.split("\n") if p.strip()]


REPORTED_OVER_BUTTON = [  # a reported fact right above a lone button stays the body's last paragraph
    "The council said it would replace the daily briefing with a weekly email to residents.\nSubscribe\n",
    "The minister said she would brief MPs in a weekly email until the repairs ended.\nJoin\n",
    "The MP will keep sending a weekly newsletter to constituents.\nSubscribe\n",
    "Residents now get a daily bulletin from the harbour board, its chair told the meeting.\nSign up\n",
]


@pytest.mark.parametrize("tail", REPORTED_OVER_BUTTON)
def test_reported_sentence_over_button_kept(tail):
    assert _paras(BODY + tail)[-1] == tail.split("\n")[0]


PITCHES_OVER_BUTTON = [  # the offer to the reader over its button at the page's tail goes
    "Our weekly email on the coast and its people.\nSign up\n",
    "A free daily briefing on the storm, straight to your inbox.\nSubscribe\n",
    "Get a free daily briefing on the north coast's news.\nSubscribe\n",
    "The Tide Line\nOur weekly email on the coast and its people.\nSign up\n",
    "Harbour Morning\nA free daily briefing on the harbour, sent to you before eight.\nJoin now\n"
    "More from Harbour Gazette\nFerry timetable cut for the winter\n",
]


@pytest.mark.parametrize("tail", PITCHES_OVER_BUTTON)
def test_pitch_over_button_dropped(tail):
    assert _paras(BODY + tail)[-1].startswith("Engineers will inspect")


MID_BODY = """What happens next
A free daily briefing on the storm, straight to your inbox.
Subscribe
The board will meet on Monday to decide whether the harbour stays closed through the spring tides.
Fishing crews have asked for a week's notice before any closure, their association said.
"""


def test_subhead_over_mid_body_box_kept():
    assert "What happens next" in _paras(BODY + MID_BODY)


NAME_LINES = [  # (line above the pitch, taken as the box's name)
    ("The Tide Line", True),
    ("Harbour Morning", True),
    ("What happens next", False),  # a subhead in sentence case
    ("Pia Lindqvist, harbour master", False),  # a caption
    ("The wall held.", False),
]


@pytest.mark.parametrize("line, taken", NAME_LINES)
def test_box_name_line_is_title_like(line, taken):
    lines = ["Engineers will inspect the sea wall next week before the spring tides return.", line,
             "Our weekly email on the coast and its people.", "Sign up"]
    labels = [None] * len(lines)
    _label_sandwiched(lines, labels)
    assert labels[2] == "newsletter" and (labels[1] == "newsletter") is taken and labels[0] is None


def test_pitch_mid_body_not_the_box():
    lines = ["Our weekly email on the coast and its people.", "Sign up",
             "The board will meet on Monday to decide whether the harbour stays closed."]
    labels = [None] * len(lines)
    _label_sandwiched(lines, labels)
    assert labels[0] is None


PLUGS = [
    "Never miss a story: get the Gazette's free briefing every weekday.",
    "Don't miss a thing - sign up for our morning email.",
    "Never miss another headline: subscribe to the Harbour Briefing.",
    "Never miss an update: get our newsletter in your inbox.",
]
PLUG_NEAR = [
    "Never miss a thing: get to the harbour wall by nine for the best view.",
    "Never miss a story: get every headline the moment it breaks, its adverts said.",
    "Never miss an update - get the app, the ministry urged residents.",
    "Don't miss out on a bargain: get to the market before nine.",
    "Never miss a story: get the Gazette's free briefing every weekday, its posters said.",
]


@pytest.mark.parametrize("line", PLUGS)
def test_plug_names_what_the_outlet_sends(line):
    assert classify_line(line) == "newsletter"


@pytest.mark.parametrize("line", PLUG_NEAR)
def test_plug_near_miss(line):
    assert classify_line(line) is None


def test_advice_paragraph_mid_body_kept():
    page = BODY.replace("Engineers will", "Never miss a thing: get to the harbour wall by nine for the best view.\n"
                        "Engineers will")
    assert any(p.startswith("Never miss a thing: get to the harbour") for p in _paras(page))


STORY = """Riverton Courier
Canal boats return to Harrowby after the lock repairs
By Pia Lindqvist
April 2, 2024
Canal boats returned to Harrowby on Monday after six months of lock repairs, the waterways trust said.
{line}
The trust plans to reopen the towpath café before Easter.
"""
HYPHEN_ROWS = [
    ("Staff at The Riverton Courier-Journal, a separate title, covered the opening.", "Riverton Courier"),
    ("A spokesperson told The Riverton Courier the work came in under budget.", "The Riverton Courier"),
    ("A spokesperson told The Riverton Courier-based crew the work was done.", "Riverton Courier"),
]


@pytest.mark.parametrize("line, outlet", HYPHEN_ROWS)
def test_hyphen_joins_a_longer_name(line, outlet):
    doc = SourceDocument(source_path="c.txt", source_format="txt", raw_text=STORY.format(line=line),
                         given={"url": "https://www.rivertoncourier.example/news/canal-boats"})
    assert run_steps(doc, Registry()).article.outlet_name == outlet
