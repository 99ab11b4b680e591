"""pagesR18: a list-of-links heading with its headlines on the same line under the article ("You may also like:
A | B") was kept as the body's last paragraph. Made-up pages and lines (invented outlets), never gold text."""
import pytest

from loaders.extract.boilerplate import _ends_at_next_story
from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

POSITIVE = [
    "You may also like: Owls nest in the old mill | Canal boats return to Harrowby",
    "Related stories: Tram fares rise | Market hall to close • New bridge opens",
    "Read more: Flood defences tested | Harbour wall repaired",
    "You might also enjoy: 'Quiet' bees thrive in gardens | 10 walks for spring",
]
NEAR = [
    "You may also like the new menu at the Crescent Café, she said.",  # a sentence, no colon list
    "You may also like: the new menu | the old one",  # lower-case phrases, no headlines
    "Read more: Flood defences were tested on Monday.",  # one title that ends as a sentence
    "Related stories: Tram fares rise",  # a single headline (the next-story rules judge it)
    "The vote was close | Harrowby council said it would appeal.",  # a bar in prose
    "See also: Harbour wall repaired. | Tram fares rise.",  # sentences, not headlines
]


@pytest.mark.parametrize("line", POSITIVE)
def test_inline_related_list_ends(line):
    assert _ends_at_next_story(line, 1)


@pytest.mark.parametrize("line", NEAR)
def test_inline_related_near_miss(line):
    assert not _ends_at_next_story(line, 1)


def test_inline_related_far_from_the_end_kept():
    assert not _ends_at_next_story(POSITIVE[0], 12)


PAGE = """Marlow Vale Courier - Nature
Owls return to the old mill at Harrowby after a decade away
Pia Lindqvist
April 2, 2024
A pair of barn owls has nested in the old mill at Harrowby for the first time in ten years, volunteers said.
The birds were seen at dusk on three evenings running, and a ranger confirmed two eggs in the loft last week.
The volunteers plan to fit a camera in the loft before the chicks hatch next month.
You may also like: Canal boats return to Harrowby | Tram fares rise in Marlow
(c) Marlow Vale Courier 2024
"""


def test_page_last_paragraph():
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=PAGE,
                         given={"published": "2024-04-02", "url": "https://example.org/news/owls"})
    body = run_steps(doc, Registry()).article.body
    paras = [p for p in body.split("\n") if p.strip()]
    assert paras[-1].startswith("The volunteers plan")


SPORT = """Kestrel Sports Daily
Harbour Town edge Millbrook in six-goal thriller
Match report by Tomas Ferreira
March 9, 2024
Harbour Town came from two goals down to beat Millbrook 4-2 at the Quay Ground on Saturday afternoon in front of a record crowd.
The home side's captain scored twice in the last ten minutes before a late header sealed the win.
"""
SPORT_NEAR = SPORT.replace("Match report by Tomas Ferreira", "Match report by the numbers")


def _article(page):
    doc = SourceDocument(source_path="s.txt", source_format="txt", raw_text=page,
                         given={"published": "2024-03-09", "url": "https://example.org/sport/m"})
    return run_steps(doc, Registry()).article


def test_match_report_byline():
    assert _article(SPORT).authors == ["Tomas Ferreira"]


def test_match_report_near_miss_names_nobody():
    assert _article(SPORT_NEAR).authors == []
