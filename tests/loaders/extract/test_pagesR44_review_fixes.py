"""pagesR44 (made-up rows): mend of the review of pagesR43. The page's foot under an inline "Read more" box: the
site's blurb is a sentence whose subject is the outlet (a newspaper word in its name) or whose predicate names a news
outlet ("the English-language news service of ..."); a story's closing sentence about a charity, a farmer or a
minister after the box stays. A call in the site's own voice asks for "us" or "our" site's things (channel,
journalism, newsletter), not "our farmers". A bracketed interview note ends on its editing words: a sentence going on
to report it ("..., her office complained") is the story's."""
import pytest

from loaders.extract import boilerplate

_BODY = [
    "Flood aid reaches the valley",
    "The province said on Monday that the first flood payments had reached 400 farms in the valley, three weeks after "
    "the river broke its banks and covered the lower fields.",
    "",
    "Farmers said the money came late for the winter sowing, with seed prices up by a third since the summer.",
    "",
]
_BOX = ["Read more", "Valley schools reopen after the floods", "Barley prices climb at the Brookton market"]

FOOT = [
    # hits (the site's own line: stays furniture)
    ("Kestrel Monitor is the English-language news service of Kestrel Media Group.", True),
    ("Kestrel Monitor is a member of the Regional Press Council.", True),
    # (pagesR45: a blurb's subject must be the site, here the copyright holder)
    ("Kestrel Monitor is an independent news website for the upper valley.", True),
    ("Get the latest news on WhatsApp. Join our channel.", True),
    ("Support our independent journalism.", True),
    ("Follow us on Telegram for the latest updates.", True),
    ("Sign up to our newsletter. Follow us for more.", True),
    # near misses (the story's closing paragraph after the box: stays body)
    ("The Brookton Food Bank is a volunteer charity that has fed the valley's families since 1988.", False),
    ("Okonkwo is a third-generation farmer who lost half his barley to the 2024 flood.", False),
    ("Mr Ferro is the first minister to visit the farm since the floods.", False),
    ("The Valley Growers Union is one of the oldest farm groups in the province.", False),
    ("Support our farmers, reads the sign that now hangs over the Brookton market.", False),
    ("Join our neighbours at the hall on Sunday to pack seed bags for the families.", False),
    ("Harlow Mill is the last working flour mill on the river.", False),
    ("Dana Cole is the only vet left in the upper valley.", False),
]


@pytest.mark.parametrize("line,cut", FOOT)
def test_site_line_after_an_inline_box(line, cut):
    lines = _BODY + _BOX + [line, "© 2026 Kestrel Monitor", ""]
    labels = boilerplate.scan_lines(lines)
    assert (labels[len(_BODY) + len(_BOX)] is not None) is cut


@pytest.mark.parametrize("line", [row for row, cut in FOOT if not cut][:3])
def test_story_line_after_an_inline_box_at_the_page_end(line):
    lines = _BODY + _BOX + [line, ""]
    labels = boilerplate.scan_lines(lines)
    assert labels[len(_BODY) + len(_BOX)] is None


NOTES = [
    ("(The interview has been edited for length and clarity.)", True),
    ("(This interview was condensed and edited.)", True),
    ("[This conversation has been lightly edited.]", True),
    ("(The interview was edited for length.)", True),
    # near misses: a bracketed sentence reporting the edit goes on after it
    ("(The interview was edited before it was broadcast, her office complained on Wednesday.)", False),
    ("(The interview was edited by the station, which cut her answer on the dam.)", False),
    ("[The transcript was edited after the hearing, the court clerk confirmed.]", False),
    ("(The interview was cut short when the power failed.)", False),
]


@pytest.mark.parametrize("line,cut", NOTES)
def test_bracketed_editing_note_ends_on_the_edit(line, cut):
    assert (boilerplate.classify_line(line) is not None) is cut
