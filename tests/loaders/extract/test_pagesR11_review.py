"""pagesR11: the review of pagesR10 (made-up lines and pages).

- A site's plug naming itself by a lower-case possessive ("the paper's", "the newsroom's") is the site's; only a
  common noun that is not the site ("the library's", "the council's") leaves the line to the story.
- A plug with a participle after its comma ("..., praised by readers") is still the site's: only attribution with a
  speaker (", officials advise.", ", the head teacher told parents.") keeps the line in the story.
- A news lede in news wording closing on a bracketed agency credit ("Police released photos ... (Wirex)", "Fares are
  seen rising ...") is the first paragraph, not a caption.
- A byline's credit after a divider ("By Jo Roe | OSPREY") keeps the brand's capitals as lettering evidence.
- A story's sentence, however short, does not vote on a slash date's order.
"""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.boilerplate import classify_line, scan_lines
from loaders.extract.pubdates import date_order_of_page
from loaders.records import SourceDocument
from loaders.registry import Registry


def _article(raw: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())


@pytest.mark.parametrize(("line", "plug"), [
    # the site naming itself by a lower-case possessive: its plug
    ("Sign up for the paper's evening briefing.", True),
    ("Subscribe to the newsroom's weekly digest.", True),
    ("Sign up for the site's morning newsletter.", True),
    # a participle after the comma is no speaker: still the site's plug
    ("Subscribe to our weekly bulletin, praised by five thousand readers.", True),
    ("Sign up for our evening round-up, recommended by our editors.", True),
    # near misses (kept): another body's digest, attribution with a speaker
    ("Sign up for the library's events digest.", False),
    ("Subscribe to the council's roads bulletin to hear of closures, officials advise.", False),
    ("Sign up for the county's flood bulletin, residents were urged.", False),
    ("Subscribe to the weekly bulletin for ferry times, the harbour master says.", False),
    ("Sign up for the paper's bulletin for school news, the head teacher told parents.", False),
    ("Subscribe to the parish digest, she recommended.", False),
])
def test_the_sites_own_plug(line, plug):
    assert (classify_line(line) is not None) == plug


_TOP = ["Harbour News", "Ferry fares rise by ten percent at Dunmore", "Dunmore - Nov 18, 2026 - 14:05"]
_SECOND = "Pump prices in Dunmore already stand at a two-year high, traders at the harbour said on Tuesday."


@pytest.mark.parametrize(("line", "caption"), [
    # news ledes closing on an agency credit: kept
    ("Harbour police released photos of three men on Monday. (Wirex)", False),
    ("Officers published images of a stolen van and asked drivers to call them. (Pressline)", False),
    ("Diesel prices are seen rising by the autumn. (Wirex)", False),
    ("Ferry fares are seen climbing again next year as fuel costs mount across the region. (Wirex)", False),
    ("Ticket sales are seen falling sharply this winter, the board warned. (Wirex)", False),
    # near misses: captions in caption wording stay captions
    ("The ferry Tern is seen at Dunmore harbour in this file photo taken in May 2025. (Wirex)", True),
    ("Dock workers are seen leaving the harbour gates on Tuesday. (Wirex)", True),
    ("Rescue crews are seen beside the flooded slipway at Dunmore on Monday. (Wirex)", True),
    ("Board chair Ana Velloso is pictured at the harbour office on Tuesday. (WIREX)", True),
    ("A photo shows the old ferry pier at Dunmore before the storm of 2024. (Wirex)", True),
    ("Pictures show flood water at the Dunmore slipway on Monday. (Pressline)", True),
])
def test_a_news_lede_with_an_agency_credit_is_no_caption(line, caption):
    labels = scan_lines(_TOP + [line, _SECOND])
    assert (labels[3] is not None) == caption


_WEIR = ("The Dunmore river board said on Thursday that the weir would be rebuilt over the winter at a cost of four "
         "million.\n\nEngineers found cracks in the old stonework during a survey last month, the board said.\n")


@pytest.mark.parametrize(("top", "credit", "outlet"), [
    # byline credits after a divider: the capitals are the brand's lettering
    ("KOMAT", "By Jo Roe | KOMAT\n", "KOMAT"),
    ("KOMAT", "By Ana Velloso | KOMAT\n", "KOMAT"),
    # near misses: a section banner's capitals are shouting, a credit beside its own words still counts
    ("KOMAT | Sport", "By Jo Roe\n", "Komat"),
    ("Home > KOMAT > Business", "", "Komat"),
    ("KOMAT", "Jo Roe, KOMAT | Sport\n", "KOMAT"),
])
def test_a_byline_credit_after_a_divider_is_lettering(top, credit, outlet):
    raw = f"{top}\nDunmore rowers win the county cup\n{credit}June 2, 2026\n\n{_WEIR}"
    assert _article(raw, "https://www.komat.example/sport/rowers").outlet_name == outlet


_INQUIRY = ("\nAn inquiry into the damage it did to the pier at Dunmore found this week that warnings were ignored.\n"
            "\nThe council said it would respond in the new year.\n")


@pytest.mark.parametrize(("text", "order"), [
    # a short story sentence naming a day: no vote
    ("Storm inquiry\n04/12/2026\n\nThe storm struck on April 9, 2026." + _INQUIRY, None),
    ("Storm inquiry\n04/12/2026\n\nThe pier shut on December 1, 2026." + _INQUIRY, None),
    # near misses: furniture still votes (a date line, a related list, a list line opening on its date)
    ("Storm inquiry\n04/12/2026\n" + _INQUIRY + "Related\nA quay reopens\nApril 11, 2026\n", "MDY"),
    ("Storm inquiry\n04/12/2026\n" + _INQUIRY + "Updated: December 5, 2026\n", "DMY"),
    ("Storm inquiry\n04/12/2026\n" + _INQUIRY + "More\n03/12/2026 Bus lanes open\n", "DMY"),
])
def test_a_short_story_sentence_does_not_vote(text, order):
    assert date_order_of_page(text) == order
