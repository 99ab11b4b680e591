"""pagesH: a headline block's picture caption that closes on a labelled credit with a full stop ("... on Monday.
Photo: Jo Roe/Courier."), and one that sits between the date line and a credit line of its own while describing
its picture with a participle ("Samples collected from ..."), leave the body; the lede under them stays first.
Near misses: a body sentence after a "Photo:" label, and a past-tense lede over a credit line, stay the article's.
All pages are made up."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.boilerplate import classify_line
from loaders.records import SourceDocument
from loaders.registry import Registry

from tests.loaders.extract.review_pages import HEAD, LEDE, REST, registry  # noqa: F401 (a fixture)


def _body(text: str, registry: Registry) -> list[str]:
    article = extract_article(SourceDocument("x", "txt", text, {}), registry)
    return [part for part in (article.body or "").split("\n\n") if part]


@pytest.mark.parametrize(("line", "kind"), [
    ("Waves break over the sea wall at Port Elna on Thursday morning. Photo: Sam Okoro/Courier.", "photo_credit"),
    ("Crews clear a fallen tree in Riverton on Thursday. Image: Ana Velloso.", "photo_credit"),
    ("Waves break over the sea wall at Port Elna on Thursday morning. Photo: Sam Okoro/Courier", "photo_credit"),
    # Near misses: a sentence after the label, not a credit; no label at all.
    ("The exhibition closes on Sunday. Photos: The gallery said more than 300 prints were sold.", None),
    ("The mayor posed for a picture with the crews. Everyone smiled.", None),
])
def test_caption_closing_on_a_stopped_credit(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("caption", [
    "Waves break over the sea wall at Port Elna on Thursday morning. Photo: Sam Okoro/Courier.",
])
def test_stopped_credit_caption_leaves_the_body(caption, registry):
    paragraphs = _body(HEAD + caption + "\n" + LEDE + "\n" + REST, registry)
    assert paragraphs[0] == LEDE, paragraphs[0][:80]


@pytest.mark.parametrize("caption", [
    "Samples of the sediment collected from the river bed at Port Elna, Riverton.",
    "Sandbags stacked along the harbour front in Riverton.",
])
def test_participle_caption_over_its_credit_leaves_the_body(caption, registry):
    text = HEAD + caption + "\nImage Credits: Sam Okoro/Courier.\n" + LEDE + "\n" + REST
    paragraphs = _body(text, registry)
    assert paragraphs[0] == LEDE, paragraphs[0][:80]


@pytest.mark.parametrize("lede", [
    LEDE,
    "The council moved from the old town hall to the harbour offices on Thursday, a spokesman said.",
    "Police arrested three men after a break-in at the harbour office on Thursday.",
])
def test_lede_over_a_credit_line_stays(lede, registry):
    text = HEAD + lede + "\nImage Credits: Sam Okoro/Courier.\n" + REST
    paragraphs = _body(text, registry)
    assert paragraphs[0] == lede, paragraphs[0][:80]


# A site's disclaimer of the views its writers or advertisers print: the site's note, not the article's; the same
# words reporting someone ("the party does not necessarily share the views of its partners, he said") stay.
@pytest.mark.parametrize(("line", "kind"), [
    ("The Courier is an independent platform & does not necessarily share the views of opinion writers or "
     "advertisers.", "disclosure"),
    ("Riverton Post does not necessarily endorse the opinions of its contributors.", "disclosure"),
    ("Critics say the new rules do not necessarily reflect the views of voters in the north.", None),
    ("The minister said his party does not necessarily share the views of its coalition partners.", None),
])
def test_views_disclaimer(line, kind):
    assert classify_line(line) == kind


# A share widget that carries the headline ("Share this Story : <headline>") echoes the headline; the headline is
# the line above the standfirst and byline, and the block's date and byline stay read.
SHARE_PAGE = ("Riverton Courier\nSubscribe\nSign In\nNews\nLocal News\n"
              "Riverton storm live updates: 40,000 without power as gales continue\n"
              "Power company warns some outages could last into Monday; town keeps shelters open\n"
              "Courier staff\n"
              "Published Jan 24, 2026  •  Last updated 2 hours ago  •  3 minute read\n"
              "Join the conversation\n"
              "A power crew works on downed lines on Mill Road. Photo by Sam Okoro /Courier\n"
              "Share this Story : Riverton storm live updates: 40,000 without power as gales continue\n"
              "4:15 p.m.\nMayor: shelters stay open as long as needed\n"
              "Mayor Ana Velloso told reporters at the town hall that the town would keep its four shelters open "
              "for as long as they were needed, and that buses would run on a Sunday timetable.\n"
              "3:20 p.m.\nPower company: some customers may wait until Monday\n"
              "The power company said about 40,000 customers were without power at the peak of the storm and that "
              "crews from two other counties would arrive overnight to help repair the lines.\n")


def test_share_widget_with_the_headline(registry):
    article = extract_article(SourceDocument("x", "txt", SHARE_PAGE, {}), registry)
    assert article.title == "Riverton storm live updates: 40,000 without power as gales continue"
    assert article.published_on is not None and article.published_on.isoformat() == "2026-01-24"


@pytest.mark.parametrize(("line", "kind"), [
    ("Share this Story : Riverton storm live updates: 40,000 without power", "share"),
    ("Share this article: Council shuts the old bridge", "share"),
    # Near misses: a sentence about sharing, a headline that starts with "Share".
    ("Share this story with a friend who lost power, the mayor urged residents.", None),
    ("Share prices fall as storm hits Riverton ports", None),
])
def test_share_line_with_headline(line, kind):
    assert classify_line(line) == kind
