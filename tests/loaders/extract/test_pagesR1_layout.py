"""Copied-page layout, round R1 (#10, from the freshreal/fresh28/fresh29 tune halves): the page's address copied
over the headline is no headline candidate (a gallery's copy of the headline further down then took its place);
a caption with its credit and the headline copied again between the headline block and the body leave the body;
time zones spelt out close a date line ("08:30 AM Eastern Standard Time"); the writer's name among the segments
of a meta line around its date ("12/19/2025 • Weekly Column • Jane Roe") is the byline. Rows are made up, near
misses included."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import pageblocks
from loaders.extract.article import extract_article
from loaders.extract.pubdates import date_line
from loaders.extract.text_article import _segmented_byline
from loaders.records import SourceDocument
from loaders.registry import Registry

FIRST = ("RIVERTON (Wire) — The council met on Monday and voted to close the old bridge for repairs, the mayor told "
         "reporters outside the town hall on a wet afternoon.")
SECOND = "Work will begin next month and last until the spring, officials said."
LAST = "Traffic will be diverted through the old town until the work is done."
URL = "https://www.rivertonpost.example/news/article/Council-votes-to-close-the-old-bridge-2231.php"


def _article(text: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", text, given={"url": url} if url else {}), Registry())


# 1. A web address alone on a line is never headline-shaped; a headline, a domain-like word inside a line is.
@pytest.mark.parametrize("line, shaped", [
    ("https://www.rivertonpost.example/news/article/Council-votes-to-close-the-old-bridge-2231.php", False),
    ("http://rivertonpost.example/a/council-votes", False),
    ("www.rivertonpost.example/news/council-votes-to-close-bridge", False),
    ("Council votes to close the old bridge", True),  # near miss: a headline
    ("Rivertonpost.example launches a new app", True),  # near miss: a site named in a headline
    ("Visit www.rivertonpost.example for more", True),  # near miss: an address inside a line
    ("Why https matters for small newsrooms", True),  # near miss
])
def test_web_address_alone_is_no_headline(line, shaped):
    assert pageblocks.is_headline_shaped(line) is shaped


# 2. The address over the headline block, a gallery (caption, credit, the headline again) before the body: the
# top headline with its byline and date line is the page's, and the gallery's lines leave the body.
GALLERY = ("Former mayor Jo Roe, left, speaks with residents during a visit, Tuesday, March 3, 2026, in Riverton.\n"
           "Photo: Ann Lee, Wire\n"
           "Image 1 of 4\n"
           "Close\n"
           "Former mayor Jo Roe, left, speaks with residents during a visit, Tuesday, March 3, 2026, in Riverton.\n"
           "Photo: Ann Lee, Wire\n"
           "Council votes to close the old bridge\n"
           "1 / 4\n"
           "Back to Gallery\n")


def test_address_over_headline_block_with_gallery():
    text = (f"{URL}\n\nCouncil votes to close the old bridge\n\nJane Roe and John Doe, Associated Press\n\n"
            f"Updated 12:24 am EST, Wednesday, March 4, 2026\n\n{GALLERY}\n{FIRST}\n\n{SECOND}\n\n{LAST}\n")
    article = _article(text, URL)
    assert article.title == "Council votes to close the old bridge"
    assert article.published_on == date(2026, 3, 4)
    assert article.body.startswith("RIVERTON (Wire)")


def test_no_address_same_gallery_still_reads():  # near miss: without the address line nothing changes
    text = (f"Council votes to close the old bridge\n\nJane Roe and John Doe, Associated Press\n\n"
            f"Updated 12:24 am EST, Wednesday, March 4, 2026\n\n{GALLERY}\n{FIRST}\n\n{SECOND}\n\n{LAST}\n")
    article = _article(text, URL)
    assert article.title == "Council votes to close the old bridge"
    assert article.body.startswith("RIVERTON (Wire)")


def test_long_first_paragraph_without_credit_stays():  # near miss: a long line with no picture credit under it
    lede = "Former mayor Jo Roe spoke with residents during a visit on Tuesday, March 3, 2026, in Riverton, aides said."
    text = (f"Council votes to close the old bridge\n\nBy Jane Roe\n\nMarch 4, 2026\n\n{lede}\n\n"
            f"Photo: Ann Lee, Wire\n\n{SECOND}\n\n{LAST}\n")
    article = _article(text)
    assert article.body.startswith(lede) or article.subtitle == lede


# 3. Time zones spelt out close a date line; a North American one reads a numeric date month first.
@pytest.mark.parametrize("line, expected", [
    ("December 01, 2026 08:30 AM Eastern Standard Time", date(2026, 12, 1)),
    ("03/10/2026 06:45 AM Eastern Time", date(2026, 3, 10)),
    ("5 March 2026 14:00 Greenwich Mean Time", date(2026, 3, 5)),
    ("March 3, 2026 9:15 PM Pacific Daylight Time", date(2026, 3, 3)),
    ("December 01, 2026 08:30 AM Eastern Standard Time Riverton", None),  # near miss: a word that is no zone
    ("Eastern Time Zone news December 01, 2026", None),  # near miss: a heading with a date
    ("Standard Time Riverton March 3, 2026", None),  # near miss
    ("Pacific island summit March 3, 2026", None),  # near miss: "Pacific" alone is no zone
])
def test_spelt_time_zone_closes_date_line(line, expected):
    found = date_line(line)
    assert (found.value if found else None) == expected


# 4. The writer among a meta line's segments around its date.
@pytest.mark.parametrize("line, byline", [
    ("12/19/2025 • Weekly Column • David Gordon", "David Gordon"),
    ("David Gordon | Politics | March 3, 2026", "David Gordon"),
    ("March 3, 2026 · Opinion · Maria Lopez and John Smith", "Maria Lopez and John Smith"),
    ("12/19/2025 • Friday Philosophy • Friday Philosophy", None),  # near miss: a section twice, no given name
    ("March 3, 2026 | Riverton Post | World", None),  # near miss: an outlet and a section
    ("March 3, 2026 • Jane Roe", "Jane Roe"),  # two segments, the date first (pagesR20; name first: author-with-date)
    ("March 3, 2026 • World", None),  # near miss: a section
    ("Jane Roe | 3 min read | March 3, 2026", None),  # near miss: a reading time is no section
    ("March 2026 • Weekly Column • David Gordon", None),  # near miss: no day
    ("March 3, 2026 • Council votes to close the old bridge • David Gordon", None),  # near miss: a headline segment
])
def test_segmented_byline(line, byline):
    assert _segmented_byline(line, None) == byline


def test_meta_line_under_standfirst_names_the_writer():
    text = ("Reason and its critics\n\nReason and its critics\nThis week the column looks at what reason can and "
            "cannot do for an argument about values.\nTags: Philosophy\n12/19/2025 • Weekly Column • David Gordon\n"
            f"Print this page\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n")
    article = _article(text)
    assert article.byline == "David Gordon" and article.published_on == date(2025, 12, 19)


def test_meta_line_with_section_only_names_no_writer():  # near miss
    text = ("Reason and its critics\n\nReason and its critics\nThis week the column looks at what reason can and "
            "cannot do for an argument about values.\nTags: Philosophy\n12/19/2025 • Weekly Column • Philosophy\n"
            f"Print this page\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n")
    article = _article(text)
    assert article.byline is None and article.published_on == date(2025, 12, 19)


# 5. The headline picture's caption closed by its labelled credit in brackets, standing as the body's first line,
# leaves the body; a lede closed by a wire's name or an aside in brackets stays.
@pytest.mark.parametrize("opening, kept", [
    ("The old bridge at Riverton, where a crack was found overnight. (Source: Riverton News)", False),
    ("Workers inspect the old bridge on Monday. (Photo: Ann Lee)", False),
    ("The old bridge seen from the river bank. (Image: Kestrel Agency)", False),
    ("The council voted on Monday to close the old bridge for repairs. (Reuters)", True),  # near miss: a wire
    ("The council voted on Monday to close the old bridge for repairs. (Updated)", True),  # near miss
    ("The council voted on Monday to close the old bridge (for now).", True),  # near miss: an aside
])
def test_caption_with_labelled_credit_leaves_body(opening, kept):
    text = (f"Old bridge to close for repairs\n\nBy Jane Roe\n\nMarch 4, 2026\n\n{opening}\n\n"
            f"The council met on Monday and voted to close the old bridge, officials confirmed on a wet afternoon.\n\n"
            f"{SECOND}\n\n{LAST}\n")
    assert _article(text).body.startswith(opening) is kept


# 6. "Press release" in the headline block credits a company's text run as sent: the byline, with no author. A
# plural section label, a headline or a sentence naming a press release is no byline, and a writer's byline wins.
RELEASE_BODY = (f"{FIRST}\n\n{SECOND}\n\n{LAST}\n")


@pytest.mark.parametrize("block, byline", [
    ("Bridge works to start in spring\nMarch 4, 2026\nPress Release\n", "Press Release"),
    ("Bridge works to start in spring\nPress release\nMarch 4, 2026\n", "Press release"),
    ("Press Releases\nBridge works to start in spring\nPublished March 4, 2026\nPress release\n", "Press release"),
    ("Press Releases\nBridge works to start in spring\nBy Jane Roe\nMarch 4, 2026\n", "By Jane Roe"),  # near miss
    ("Bridge works to start in spring\nBy Jane Roe\nMarch 4, 2026\n", "By Jane Roe"),  # near miss: no release
    ("Press Release\nBridge works to start in spring\nMarch 4, 2026\n", None),  # near miss: a label over the headline
    ("Press release\nBridge works to start in spring\nBy Jane Roe\nMarch 4, 2026\n", "By Jane Roe"),  # near miss
    ("Council issues press release on bridge works\nMarch 4, 2026\n", None),  # near miss: a headline
    ("Bridge works to start in spring\nMarch 4, 2026\n", None),  # near miss: no credit at all
])
def test_press_release_credit_is_byline(block, byline):
    article = _article(f"Home\nNews\nBusiness\n{block}{RELEASE_BODY}")
    assert article.byline == byline and (article.authors == [] if byline != "By Jane Roe" else True)


def test_sentence_naming_press_release_stays_in_body():  # near miss: prose
    line = "The council said in a press release on Monday that work would begin in the spring."
    article = _article(f"Bridge works to start in spring\nBy Jane Roe\nMarch 4, 2026\n\n{line}\n\n{SECOND}\n\n{LAST}\n")
    assert article.body.startswith(line) and article.byline == "By Jane Roe"


# 7. A release prints one "About X" box per party: the boxes right above the one that closes the article go with
# it, however far the page's footer runs on; an "About" section over a paragraph on something else stays.
FOOTER = "Share this article\nFacebook\nLinkedIn\nEmail\nLatest news\n" + "".join(
    f"Other story number {n} about the harbour\n2026.08.2{n}\n" for n in range(1, 6)) + "© 2026 Riverton Post.\n"
BOX_LAST = "About Merivale Lines\nMerivale Lines is a family-owned ferry company founded in Kotka in 1978.\n"


@pytest.mark.parametrize("boxes, last", [
    ("About Port of Riverton Authority\nThe Port of Riverton Authority manages the largest port in the region, "
     "with cargo of twenty million tonnes a year.\n", LAST),
    ("About Harbour of Lowmouth Company\nHarbour of Lowmouth Company SAOC is a joint venture running the "
     "terminal on the coast.\n", LAST),
    ("About the Riverton Council of Trades\nThe Riverton Council of Trades speaks for four hundred firms "
     "across the county and the coast.\n", LAST),
    # near misses: the paragraph under the heading is about something else
    ("About the Bridge of Sighs\nIt was built in the last century and has carried traffic ever since then.\n",
     "It was built in the last century and has carried traffic ever since then."),
    ("About Port of Riverton Authority\nShips queued outside the harbour for most of the week as fog closed the "
     "channel.\n", "Ships queued outside the harbour for most of the week as fog closed the channel."),
    ("The Port of Riverton Authority said talks would resume in the spring, with a new contract expected by June.\n",
     "The Port of Riverton Authority said talks would resume in the spring, with a new contract expected by June."),
])
def test_about_boxes_of_a_release(boxes, last):
    text = (f"Ferry line and port sign cargo deal\nBy Jane Roe\nMarch 4, 2026\n\n{FIRST}\n\n{SECOND}\n\n{LAST}\n\n"
            f"{boxes}{BOX_LAST}{FOOTER}")
    assert _article(text).body.rstrip().endswith(last)
