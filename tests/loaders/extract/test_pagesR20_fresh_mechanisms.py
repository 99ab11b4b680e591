"""pagesR20: head-block mechanisms behind the misses of two new tune halves and last round's leftovers, on made-up
pages: a section word under the menu that hangs from the banner ("National" is no outlet "The National"); "Press
Release by the Ministry for ..." is the release's sender, not its headline; "Times of Harrowby Desk" is a desk's
byline; a bare name under the date over a self-captioned picture ("Photo: ... (Photo: X)") is the byline; "May 4,
2024 | Jane Roe" names the writer. Invented outlets, people and places only."""
import pytest

from loaders.extract import run_steps
from loaders.extract.pageblocks import is_byline, is_sender_line
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

_REGISTRY = load_registry(bundled_registry_dir())
BODY = ("Tide gauges at Pellow Point recorded the highest water in forty years on Friday, the harbour board said.\n"
        "Engineers will inspect the sea wall next week before the spring tides return, the board's chair told "
        "reporters on Friday afternoon.\n")


def _article(page, url="https://www.harbourgazette.example/news/tides"):
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page, given={"url": url} if url else {})
    return run_steps(doc, _REGISTRY).article


SECTION_PAGES = [  # (lines between the banner and the headline, outlet)
    ("Home | National | Economy | World\nEnglish | Français | Deutsch\nNational\n", "Kestrel Press Agency"),
    ("Home | National | Economy | World\nNational\n", "Kestrel Press Agency"),
]


@pytest.mark.parametrize("between, banner", SECTION_PAGES)
def test_section_word_under_the_menu_is_no_outlet(between, banner):
    page = f"{banner}\n{between}Harbour board orders sea wall inspection after record tide\n04/05/2024 15:42\n" + BODY
    assert _article(page, "https://www.kpa.example/en/national/1234-harbour").outlet_name != "The National"


SENDERS = [
    "Press Release by the Ministry for Education, Sport, Youth, Research and Innovation",
    "Press release from the Department of Harbours",
    "Media Release by the Kestrel Ports Authority",
]
SENDER_NEAR = [
    "Press release by the numbers: what the budget means for you",  # no institution's name
    "Press release sparks row over harbour funding",
    "From Ministry to Market",
]


@pytest.mark.parametrize("line", SENDERS)
def test_release_sender_line(line):
    assert is_sender_line(line)


@pytest.mark.parametrize("line", SENDER_NEAR)
def test_release_sender_near_miss(line):
    assert not is_sender_line(line)


def test_release_sender_is_not_the_headline():
    page = ("Government of Kestrel\nDepartment of Information\nPress Releases | Photos | Contact\n"
            "Press Release by the Ministry for Harbours, Fisheries and Coasts\n"
            "Kestrel and Norland sign harbour training agreement\n03/12/2026\n" + BODY)
    assert _article(page, None).title == "Kestrel and Norland sign harbour training agreement"


DESKS = ["Times of Harrowby Desk", "Harrowby Post Desk", "Riverton Desk", "Voice of Pellow Desk"]
DESK_NEAR = ["Head of News Desk", "Head of Desk", "Chief of Staff", "Director of News Desk"]


@pytest.mark.parametrize("line", DESKS)
def test_desk_with_of_is_byline(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", DESK_NEAR)
def test_desk_job_near_miss(line):
    assert not is_byline(line)


HEAD = "Harbour Gazette\nTide gauges at Pellow Point record the highest water in forty years\n"
NAME_ROWS = [  # (lines under the headline, byline)
    ("Saturday, 04 May 2024\nAna Kessler\nPhoto: a crane on the quay (Photo: Gazette/Pia Lindqvist)\n", "Ana Kessler"),
    ("Saturday, 04 May 2024\nAna Kessler\n", "Ana Kessler"),  # as before
    ("May 4, 2024 | Ana Kessler\n", "Ana Kessler"),
    ("Saturday, 4 May 2024 · Ana Kessler\n", "Ana Kessler"),
    ("Ana Kessler | May 4, 2024\n", "Ana Kessler"),  # as before
]
NAME_NEAR = [
    ("May 4, 2024 | Opinion\n", None),
    ("May 4, 2024 | Pellow Point\n", None),
    ("May 4, 2024 | Harbour Gazette\n", None),
    # a caption over a credit-only line stays the picture's
    ("Saturday, 04 May 2024\nCranes on the quay at dawn\nPhoto: Pia Lindqvist\n", None),
]


@pytest.mark.parametrize("lines, byline", NAME_ROWS + NAME_NEAR)
def test_writer_in_the_date_block(lines, byline):
    assert _article(HEAD + lines + BODY).byline == byline



SUBSITE = """in-pellow
by harbourmedia
Local | Business | Opinion | Sports
Interviews
‘The sea wall was built for a coast that no longer exists’
A retired harbour engineer on tides, money and the winter storms
Ana Kessler
04 December 2026 | 10:15
""" + BODY + "© 2026 Harbourmedia. All rights reserved.\n"
SUBSITE_ROWS = [  # (page, url, outlet, byline)
    (SUBSITE, "https://in-pellow.harbourmedia.example/interviews/sea-wall", "in-pellow", "Ana Kessler"),
    # near misses: "tidewater" is no label of the address (the byline stays as before); on another address neither line is
    # the site's own
    (SUBSITE.replace("by harbourmedia", "by tidewater"), "https://in-pellow.harbourmedia.example/interviews/sea-wall",
     "in-pellow", "by tidewater"),
    (SUBSITE, "https://www.pellowtimes.example/interviews/sea-wall", "Harbourmedia", "by harbourmedia"),
]


@pytest.mark.parametrize("page, url, outlet, byline", SUBSITE_ROWS)
def test_subsite_wordmark_and_parent_tagline(page, url, outlet, byline):
    article = _article(page, url)
    assert (article.outlet_name, article.byline) == (outlet, byline)


TIDE = "Tide gauges at Pellow Point record the highest water in forty years"
MOTTO_ROWS = [  # (first line, the line under it, expected headline): no banner on the page
    ("News for the harbour towns since 1901", TIDE, TIDE),
    ("Your window on the north coast", TIDE, TIDE),
    ("The voice of the north coast since 1887", TIDE, TIDE),
]
MOTTO_NEAR = [  # a headline over its standfirst stays the headline
    ("Serving the king for forty years", "A Pellow butler looks back on a life below stairs at the castle",
     "Serving the king for forty years"),  # its words come again in the story
    ("Harbour wall still standing since 1887", "Engineers say the old stones have outlasted every storm so far",
     "Harbour wall still standing since 1887"),
    ("Covering the coast: a year of storms", TIDE, "Covering the coast: a year of storms"),  # a colon
    ("Serving Pellow and the coast", TIDE, "Serving Pellow and the coast"),  # "serving" is a headline's word too
]


@pytest.mark.parametrize("first, under, title", MOTTO_ROWS + MOTTO_NEAR)
def test_motto_over_the_headline(first, under, title):
    assert _article(f"{first}\n{under}\nBy Ana Kessler\nMay 4, 2024\n" + BODY).title == title


@pytest.mark.xfail(strict=True, reason="left open: a motto sharing half its words with the story ('harbour') reads as "
                   "the headline (the word-share test that keeps real headlines over their standfirst)")
def test_motto_sharing_the_story_words():
    assert _article(f"The voice of the harbour since 1887\n{TIDE}\nBy Ana Kessler\nMay 4, 2024\n" + BODY).title == TIDE


from loaders.extract.article import _motto_line  # noqa: E402
from loaders.extract.data.layout import MOTTO_OPENERS  # noqa: E402


@pytest.mark.parametrize("opener", sorted(MOTTO_OPENERS))
def test_each_motto_opener_makes_a_motto(opener):
    line = f"{opener[:1].upper()}{opener[1:]} the north coast"
    assert _motto_line(line) and not _motto_line(line + ": a year of storms") and not _motto_line(line + ".")


STYLED_ROWS = [  # (banner, the page's last line, outlet): an unregistered outlet, no address
    ("Harbour GAZETTE", "© 2024 Harbour Gazette. All rights reserved.", "Harbour Gazette"),
    ("HARBOUR GAZETTE", "© 2024 Harbour Gazette. All rights reserved.", "Harbour Gazette"),  # as before
]
STYLED_NEAR = [
    ("Harbour GAZETTE", "", "Harbour GAZETTE"),  # no spelling of its own
    ("Harbour GAZETTE", "The Harbour Gazette said this in 1990.", "Harbour GAZETTE"),  # a sentence's
    ("KXRT News", "© 2024 Kxrt News", "KXRT News"),  # an acronym
]


@pytest.mark.parametrize("banner, last, outlet", STYLED_ROWS + STYLED_NEAR)
def test_banner_lettering_goes_by_the_page_spelling(banner, last, outlet):
    page = f"{banner}\nHome\nLocal\nSports\n{TIDE}\nBy Ana Kessler\nMay 4, 2024\n" + BODY + last + "\n"
    assert _article(page, None).outlet_name == outlet


EXTENDED_ROWS = [  # (banner, the page's last line, outlet): an unregistered outlet, no address
    ("Ministry of Harbour Affairs", "Copyright © 2026 Ministry of Harbour Affairs of Norland", "Ministry of Harbour Affairs of Norland"),
    ("Ministry of Harbour Affairs", "© 2026 Ministry of Harbour Affairs of the Kestrel Isles. All rights reserved.",
     "Ministry of Harbour Affairs of the Kestrel Isles"),
]
EXTENDED_NEAR = [
    ("Ministry of Harbour Affairs", "© Ministry of Harbour Affairs 2026", "Ministry of Harbour Affairs"),
    ("Ministry of Harbour Affairs", "The Ministry of Harbour Affairs of Norland said so in 1990.\n© Ministry of Harbour Affairs 2026",
     "Ministry of Harbour Affairs"),
    ("Ministry of Harbour Affairs", "© 2026 Ministry of Harbour Affairs of record keeping", "Ministry of Harbour Affairs"),
]


@pytest.mark.parametrize("banner, last, outlet", EXTENDED_ROWS + EXTENDED_NEAR)
def test_copyright_gives_the_banner_name_in_full(banner, last, outlet):
    page = f"{banner}\nHome\nAbout Us\nPress Releases\n{TIDE}\nMay 4, 2024\n" + BODY + last + "\n"
    assert _article(page, None).outlet_name == outlet
