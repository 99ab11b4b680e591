"""pagesN: a caption over the lede closed by a desk-and-photographer credit ("(Courier/Jo Roe)", "- RCN/JO ROE")
leaves the body; "By" glued to the writer's given name ("ByMegan Corrie") still names her; a wire's closing credit
chain after its bracketed graphic notes is the byline of a page without one (as printed), its editors no authors. Near misses
stay as they were. All pages and names are made up."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.text_article import authors_from_byline
from loaders.records import SourceDocument
from loaders.registry import Registry

from tests.loaders.extract.review_pages import HEAD, LEDE, REST, registry  # noqa: F401 (a fixture)


def _article(text: str, registry: Registry):
    return extract_article(SourceDocument("x", "txt", text, {}), registry)


def _first(text: str, registry: Registry) -> str:
    return [part for part in (_article(text, registry).body or "").split("\n\n") if part][0]


@pytest.mark.parametrize("caption", [
    "Ana Lee, left, and Tom Ruiz check the sea wall at Port Elna, Riverton, on Nov. 11, 2026. (Courier/Sam Okoro)",
    "Crews are ferried to safety by fire brigade personnel in Lowmouth. - RCN/SAM OKORO",
    "Waves break over the harbour wall at dawn. – Courier/Sam Okoro",
])
def test_caption_with_desk_credit_leaves_body(caption: str, registry: Registry) -> None:
    assert _first(HEAD + caption + "\n" + LEDE + "\n" + REST, registry) == LEDE


@pytest.mark.parametrize("lede", [
    # Near misses: a wire's name alone in brackets, a ratio, a quote, a dash clause with no slash credit.
    "Schools across Riverton were closed on Thursday as a storm brought strong gusts to the coast. (Reuters)",
    "Schools across Riverton were closed on Thursday after councillors voted 12/3 for the closure.",
    "\"We closed every school on the coast,\" the mayor said on Thursday. - Courier/Sam Okoro",
    "Schools across Riverton were closed on Thursday as a storm brought strong gusts to the coast. - Jo Roe",
])
def test_lede_without_desk_credit_stays(lede: str, registry: Registry) -> None:
    assert _first(HEAD + lede + "\n" + REST, registry) == lede


@pytest.mark.parametrize(("byline", "authors"), [
    ("ByMegan Corrie & Daniel Hesketh", ["Megan Corrie", "Daniel Hesketh"]),
    ("ByAnna Kowalski", ["Anna Kowalski"]),
    ("By Jo Roe", ["Jo Roe"]),
    # Near misses: a name that opens with "By", no name after the glue, a firm.
    ("Byron Lee", ["Byron Lee"]),
    ("Byrne Okafor", ["Byrne Okafor"]),
    ("ByteDance Staff", []),
])
def test_glued_by(byline: str, authors: list[str]) -> None:
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("Reporting by Jo Roe; Editing by Ann Lee and Tom Ruiz", ["Jo Roe"]),
    ("Reporting by Jo Roe; additional reporting by Sam Okoro; Edited by Ann Lee", ["Jo Roe", "Sam Okoro"]),
    # Near miss: "and" inside the reporters' part keeps both.
    ("Reporting by Jo Roe and Sam Okoro", ["Jo Roe", "Sam Okoro"]),
])
def test_editors_are_no_authors(byline: str, authors: list[str]) -> None:
    assert authors_from_byline(byline) == authors


WIRE = ("RIVERTON (Wire) - Oil prices fell sharply on Tuesday on oversupply concerns, while stocks across the globe rose "
        "for a seventh straight session after upbeat factory data.\n"
        "Brent crude futures fell 2.1% to $61.30 a barrel by midday, their lowest level in three weeks, traders said.\n"
        "Spot gold added 0.1% to $1,472.19 an ounce.\n")


def test_closing_chain_after_graphic_notes(registry: Registry) -> None:
    text = (WIRE + "(Graphic: Global assets in 2026 - here)\n(Graphic: Currencies vs. dollar - here)\n"
            "(Graphic: Emerging markets - here)\nReporting by Jo Roe; additional reporting by Sam Okoro; "
            "Editing by Ann Lee\n")
    article = _article(text, registry)
    assert article.byline.startswith("Reporting by Jo Roe; additional reporting by Sam Okoro")
    assert article.authors == ["Jo Roe", "Sam Okoro"]


def test_chain_beyond_other_lines_is_no_byline(registry: Registry) -> None:
    # Near miss: three ordinary lines (a related box) between the story and the chain still keep it out.
    text = (WIRE + "Related\nOil firms cut jobs\nGold hits a record\nReporting by Jo Roe; Editing by Ann Lee\n")
    assert _article(text, registry).authors == []


@pytest.mark.parametrize(("byline", "authors"), [
    ("Posted by JoRoeHD on Friday December 19, 2025 @08:00PM from the late-trains dept.", ["JoRoeHD"]),
    ("Posted by jroe42 | 3 hours ago", ["jroe42"]),
    ("Submitted by ann_lee on May 2", ["ann_lee"]),
    # Near misses: a generic poster, an outlet's or a given name alone, a word in small letters, "By" alone.
    ("Posted by Admin on May 2", []),
    ("Posted by Reuters", []),
    ("Posted by Jessica on May 2", []),
    ("Posted by police on Monday", []),
    ("Posted by staff", []),
    ("By JoRoeHD", []),
])
def test_posted_by_handle(byline: str, authors: list[str]) -> None:
    assert authors_from_byline(byline) == authors


FOOT = ("Riverton Courier\nNews\nCouncil votes to extend tram line to airport\nJune 4, 2026\n"
        "The council voted on Tuesday to extend the tram line to the airport, a project that will take four years "
        "and cost more than 300 million, officials said.\n"
        "Work on the first section is due to start next spring, the transport office said in a statement.\n")


@pytest.mark.parametrize(("foot", "authors"), [
    ("Reporter: Yashvira Tomelo Pradani\nEditor: Bonar Sitompul\n", ["Yashvira Tomelo Pradani"]),
    ("Related news: Tram fares to rise\nReporter: Yashvira Tomelo Pradani\nEditor: Bonar Sitompul\n",
     ["Yashvira Tomelo Pradani"]),
    # Near misses: no staff field after it, no colon, a field pair too far below.
    ("Reporter: Yashvira Tomelo Pradani\nCopyright 2026\n", []),
    ("Reporter Yashvira Tomelo Pradani\nEditor: Bonar Sitompul\n", []),
    ("Related\nTram fares to rise\nBus lanes open\nReporter: Yashvira Tomelo Pradani\nEditor: Bonar Sitompul\n", []),
])
def test_foot_staff_fields(foot: str, authors: list[str], registry: Registry) -> None:
    assert _article(FOOT + foot, registry).authors == authors


@pytest.mark.parametrize(("foot", "byline", "authors"), [
    ("(Japanese original by Haruka Tanabe, Riverton Bureau)\nPrint\n",
     "(Japanese original by Haruka Tanabe, Riverton Bureau)", ["Haruka Tanabe"]),
    # Near misses: not in brackets, a firm's name, a line further down.
    ("Japanese original by Haruka Tanabe, Riverton Bureau\nPrint\n", None, []),
    ("(Original by Nature Films)\nPrint\n", None, []),
    ("Print\nShare\n(Japanese original by Haruka Tanabe, Riverton Bureau)\n", None, []),
])
def test_translated_original_credit(foot: str, byline: str | None, authors: list[str], registry: Registry) -> None:
    article = _article(FOOT + foot, registry)
    assert (article.byline, article.authors) == (byline, authors)
