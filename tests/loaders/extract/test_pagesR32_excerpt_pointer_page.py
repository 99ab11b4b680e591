"""pagesR32: an excerpt's closing pointer ("Read it all here.", "Read the rest of the story here.") is the quoting
article's last line only in its whole-line form and only as the page's last line, right under the prose; a pointer
to more of the site ("Read the rest of our reviews here.") or one with furniture around it stays a button.
Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("line", "pointer"), [
    # hits: the whole-line forms pointing to the rest of the same piece
    ("Read it all here.", True),
    ("Read the rest here", True),
    ("Read the rest of the story here.", True),
    ("Read the rest of this article here.", True),
    ("read the rest of the interview here", True),
    # near misses: more of the site, another call, a full piece elsewhere, prose
    ("Read the rest of our reviews here.", False),
    ("Read the rest of the series here.", False),
    ("Read the rest of today's news here.", False),
    ("Read it all now", False),
    ("Read the rest for free", False),
    ("Read the full story here.", False),
    ("Read more here.", False),
    ("She said she would read it all here again.", False),
])
def test_the_excerpt_pointer_form(line, pointer):
    assert boilerplate.is_excerpt_pointer(line) is pointer


@pytest.mark.parametrize("line", ["Read it all here.", "Read the rest of the story here.",
                                  "Read the rest of our reviews here.", "Read the rest of the series here."])
def test_alone_a_pointer_is_a_button(line):
    # a line alone cannot tell an excerpt's close from the site's pointer: the page decides (`scan_lines`)
    assert boilerplate.classify_line(line) == "button"


_PROSE = ("Orchard growers test a shared cold store\n\n"
          "Fruit growers in the Tallow valley are testing a shared cold store this autumn, a farming monthly "
          "reported, after two poor harvests left several of them without room for their apples.\n\n"
          "According to the monthly, the store holds the crop of eleven orchards and the growers split the power "
          "bill by the crate, with a board of three growers setting the rates each spring.\n\n"
          "The growers plan to decide in March whether to build a second store near the rail yard.\n\n")
_LAST = "The growers plan to decide in March whether to build a second store near the rail yard."


@pytest.mark.parametrize(("tail", "last"), [
    # hits: the pointer closes the page under the prose
    ("Read it all here.\n", "Read it all here."),
    ("Read the rest of the story here.\n", "Read the rest of the story here."),
    ("Read the rest here\n", "Read the rest here"),
    # near misses: a pointer to more of the site, a footer run after or before it, another button
    ("Read the rest of our reviews here.\n", _LAST),
    ("Read the rest of the series here.\n", _LAST),
    ("Read it all here.\n\nShare this article\n", _LAST),
    ("Read the rest of the story here.\n\nMore from the Tallow Monthly\n", _LAST),
    ("Sign up to our newsletter\n\nRead the rest of the story here.\n", _LAST),
    ("Read it all here.\n\nRead more: Cider presses return | Frost hits the valley\n", _LAST),
    ("Read more here.\n", _LAST),
    ("Read the full story here.\n", _LAST),
])
def test_the_pointer_on_a_page(tail, last):
    article = extract_article(SourceDocument("x.txt", "txt", _PROSE + tail, {}), Registry())
    assert article.body.split("\n\n")[-1] == last
