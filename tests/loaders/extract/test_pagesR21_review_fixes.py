"""pagesR21: the review of pagesR20, on made-up pages: a headline opening with ordinary words ("The voice of ...",
"Serving up ...") over a body sentence is no motto; a copyright line's "of ..." tail naming an owner ("of Pellow
Media Ltd") or standing in a sentence is no fuller name; "DATE | Victoria Falls" names no writer; a bare name under
the date that the picture's caption names is the caption's; the "of" desk form takes "Desk" only; a pitch that
speaks of what it "will" do is still a pitch. Invented outlets, people and places only."""
import pytest

from loaders.extract import run_steps
from loaders.extract.pageblocks import is_byline
from loaders.records import SourceDocument
from loaders.registry import Registry

BODY = ("Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.\n"
        "Engineers will inspect the sea wall next week before the spring tides return, the board's chair told "
        "reporters on Friday afternoon.\n")


def _article(page, url=None, published=False):
    given = {"url": url} if url else {}
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page, given=given)
    return run_steps(doc, Registry()).article


HEADLINES = [  # a headline opening with a motto's words, over the first body sentence: no banner on the page
    "The voice of a generation falls silent",
    "Independent news sites face new tax",
    "Your local pharmacy may close next month",
    "Serving up hope after the storm",
    "The heart of a fishing town, broken",
    "Proudly serving fish for a century",
    "The island's oldest bakery, open since 1921",
    "Covering up the scandal at the port",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_headline_with_motto_words_over_a_sentence_stays(headline):
    page = f"{headline}\nSinger Pia Lindqvist, who died on Monday aged 81, changed the music of the coast.\n" + BODY
    assert _article(page).title == headline


MOTTOS = [  # a real motto over a title-like headline is still dropped
    ("News for the harbour towns since 1901", "Tide gauges at Pellow Point record the highest water in forty years"),
    ("Your window on the north coast", "Tide gauges at Pellow Point record the highest water in forty years"),
]


@pytest.mark.parametrize("motto, headline", MOTTOS)
def test_motto_over_title_like_headline_is_dropped(motto, headline):
    assert _article(f"{motto}\n{headline}\nBy Ana Kessler\nMay 4, 2024\n" + BODY).title == headline


COPYRIGHT_TAILS = [  # (banner, line, outlet)
    ("The Herald", "© 2024 The Herald of Asia Holdings Ltd", "The Herald"),
    ("Harbour Gazette", "© 2024 Harbour Gazette of Pellow Media Ltd. All rights reserved.", "Harbour Gazette"),
    ("Island Courier", "Copyright © 2024 Island Courier of The Coastline Group", "Island Courier"),
    ("Island Courier", "The wall at dawn. Photo © Island Courier of Praslin Bureau", "Island Courier"),
    ("Harbour Gazette", "Lawyers for the Harbour Gazette of Pellow, a rival paper, cited copyright law.",
     "Harbour Gazette"),
]
COPYRIGHT_NEAR = [
    ("The Times", "© 2024 The Times of Pellow", "The Times of Pellow"),
    ("Harbour Gazette", "Copyright 2024 Harbour Gazette of Norland. All rights reserved.", "Harbour Gazette of Norland"),
]


@pytest.mark.parametrize("banner, line, outlet", COPYRIGHT_TAILS + COPYRIGHT_NEAR)
def test_copyright_of_tail(banner, line, outlet):
    page = f"{banner}\nTide gauges at Pellow Point record the highest water in forty years\nBy Ana Kessler\n" \
        f"May 4, 2024\n" + BODY + line + "\n"
    assert _article(page).outlet_name == outlet


DATE_BAR = [  # (line, writers)
    ("March 12, 2024 | Victoria Falls", []),
    ("March 12, 2024 | Kerry County", []),
    ("March 12, 2024 | Florence Street", []),
    ("March 12, 2024 | Elizabeth Line", []),
]
DATE_BAR_NEAR = [
    ("March 12, 2024 | Ana Kessler", ["Ana Kessler"]),
    ("March 12, 2024 | Pia Lindqvist and Tomas Ferreira", ["Pia Lindqvist", "Tomas Ferreira"]),
]


@pytest.mark.parametrize("line, writers", DATE_BAR + DATE_BAR_NEAR)
def test_date_bar_place_is_no_writer(line, writers):
    page = "Harbour Gazette\nTide gauges at Pellow Point record the highest water in forty years\n" + line + "\n" + BODY
    assert _article(page).authors == writers


CAPTIONED = [  # (bare line, picture line, writers)
    ("Pia Lindqvist", "Photo: Pia Lindqvist at the quay (Photo: Tomas Ferreira)", []),
    ("Pellow Point", "Photo: The sea wall at Pellow Point (Photo: Tomas Ferreira)", []),
    ("Ana Kessler", "Photo: a crane on the quay (Photo: Gazette/Pia Lindqvist)", ["Ana Kessler"]),  # near miss
]


@pytest.mark.parametrize("bare, picture, writers", CAPTIONED)
def test_bare_line_the_caption_names_is_no_byline(bare, picture, writers):
    page = ("Harbour Gazette\nTide gauges at Pellow Point record the highest water in forty years\nMarch 12, 2024\n"
            f"{bare}\n{picture}\n" + BODY)
    assert _article(page).authors == writers


OF_ROLES = ["Bank of England Correspondent", "House of Commons Correspondent", "Widow of Slain Correspondent",
            "Mother of Jailed Reporter", "Murder of Local Reporter", "Queen of Hearts Editor"]
OF_DESKS = ["Times of Harrowby Desk", "Voice of Pellow Desk", "Riverton Desk", "Harbour Post Reporter"]


@pytest.mark.parametrize("line", OF_ROLES)
def test_of_form_needs_desk(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", OF_DESKS)
def test_of_desk_near_miss(line):
    assert is_byline(line)


def test_headline_ending_in_reporter_is_no_byline():
    page = "Harbour Gazette\nMurder of Local Reporter\nMarch 12, 2024\nBy Ana Kessler\n" + BODY
    article = _article(page)
    assert (article.byline, article.authors) == ("By Ana Kessler", ["Ana Kessler"])


def test_headline_ending_in_reporter_stays_headline():
    page = "Harbour Gazette\nMurder of Local Reporter\nMarch 12, 2024\nBy Ana Kessler\n" + BODY
    assert _article(page).title == "Murder of Local Reporter"


PITCHES = [
    ("Our weekly email will land in your inbox every Friday.", "Subscribe"),
    ("A free daily briefing you would not want to miss, straight to your inbox.", "Sign up"),
    ("Our free weekly newsletter, according to readers the best on the island.", "Subscribe"),
]
PITCH_NEAR = [
    ("The council said it would replace the daily briefing with a weekly email to residents.", "Subscribe"),
    ("The MP will keep sending a weekly newsletter to constituents.", "Subscribe"),
    ("A weekly email will replace the briefing, according to the council.", "Subscribe"),
]


@pytest.mark.parametrize("pitch, button", PITCHES)
def test_pitch_with_will_is_still_a_pitch(pitch, button):
    page = "Harbour Gazette\nTide gauges at Pellow Point record the highest water\nBy Ana Kessler\nMay 4, 2024\n" \
        + BODY + f"{pitch}\n{button}\n"
    assert pitch not in _article(page).body


@pytest.mark.parametrize("pitch, button", PITCH_NEAR)
def test_reported_newsletter_sentence_stays(pitch, button):
    page = "Harbour Gazette\nTide gauges at Pellow Point record the highest water\nBy Ana Kessler\nMay 4, 2024\n" \
        + BODY + f"{pitch}\n{button}\n"
    assert pitch in _article(page).body
