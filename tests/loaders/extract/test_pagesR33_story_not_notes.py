"""pagesR33: a story's sentences that share words with a newsroom's standing notes stay the story's: a reported
network membership or a non-news body's membership ("Corrow Hospital is part of the Vell Health Trust, a regional
organisation ..."), a licence on someone else's photos ("Photos from the lander may be republished under ..."),
and a third party's alerts ("Residents can sign up to receive daily alerts ...", "Sign up ..., the council said").
The site's own notes (a reader-addressed imperative, "our" list, a news network) are still furniture. Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "kind"), [
    # hits: the newsroom's own notes
    ("The Tallow Current is part of Marsh Newsroom, a nonprofit news network funded by readers.", "disclosure"),
    ("Vell Valley Voice is a member of the Upland News Collaborative, an independent news organisation.",
     "disclosure"),
    ("This story may be republished under a Creative Commons licence.", "copyright"),
    ("All our articles can be republished for free under a Creative Commons license.", "copyright"),
    ("Sign up for breaking news alerts from the Tallow Current.", "newsletter"),
    ("Don't miss a story: sign up for push notifications.", "newsletter"),
    ("Get the latest first. Sign up for our breaking news alerts.", "newsletter"),
    # near misses: the story's sentences
    ("The Tallow Herald is part of Marsh Media, a nonprofit news network, Okafor said.", None),
    ("The Tallow Herald is part of Marsh Media, a nonprofit news network that owns six papers, Okafor noted.", None),
    ("Corrow Hospital is part of the Vell Health Trust, a regional organisation that runs five hospitals.", None),
    ("The Corrow Academy is a member of the Upland Schools Trust, an independent organization of 12 schools.", None),
    ("Brandt Farms is part of the Prairie Growers Co-op, a statewide organisation of 40 farms.", None),
    ("Photos from the lander may be republished under a Creative Commons licence.", None),
    ("Images taken by the probe can be reproduced under a Creative Commons licence.", None),
    ("Pictures of the comet may be republished under a Creative Commons licence, the agency says.", None),
    ("Residents can sign up to receive daily alerts about ferry times on the council website.", None),
    ("Sign up to receive daily alerts about flooding on the county website, the council said.", None),
    ("Farmers who sign up for frost alerts get a text message before dawn.", None),
    ("More than 4,000 people signed up for the weather alerts in the first week.", None),
    ("Parents can sign up for push notifications from the school app, the head teacher said.", None),
])
def test_story_not_notes(line, kind):
    assert boilerplate.classify_line(line) == kind


_PAGE = ("Lander sends first colour photos\n\n"
         "By Ida Prell\n\n"
         "December 4, 2026\n\n"
         "The lander sent its first colour photos of the crater floor on Thursday, two days after touching down, "
         "the mission team said.\n\n"
         "{middle}\n\n"
         "The team hopes to drive the rover off the deck next week.\n")


@pytest.mark.parametrize("middle", [
    "Photos from the lander may be republished under a Creative Commons licence.",
    "Residents can sign up to receive daily alerts about launch times on the agency website.",
    "The Corrow Observatory is part of the Vell Science Trust, a regional organisation that runs three telescopes.",
])
def test_story_sentence_stays_in_body(middle):
    article = extract_article(SourceDocument("x.txt", "txt", _PAGE.format(middle=middle), {}), Registry())
    assert middle in article.body.split("\n\n")
