"""pagesR10: outlet names on copied pages. Made-up pages."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_pagesR9_outlet_lettering import _BODY, _article  # one page body for the three files

_URL = "https://www.kestrelvale.ch/eng/ferry-fares-rise/1234"


@pytest.mark.parametrize(("top", "tail", "outlet"), [
    # the masthead prints the site's address as part of the name, which the page names again
    ("KVT kestrelvale.ch\nA service of the Vale Broadcasting Union and its partners\nSearch\nMenu\nVale Today\n"
     "Politics\n", "© 2026 KVT kestrelvale.ch - a service of the Vale Broadcasting Union\n", "KVT kestrelvale.ch"),
    ("KVT kestrelvale.ch\n", "More from KVT kestrelvale.ch\n© 2026 KVT kestrelvale.ch\n", "KVT kestrelvale.ch"),
    # near misses: the name not given again; another site's address; the address in a sentence-like line;
    # the address alone (the site's address, read as before)
    ("KVT kestrelvale.ch\n", "", "kestrelvale.ch"),
    ("KVT ospreyfield.ch\n", "© 2026 KVT ospreyfield.ch\n", "kestrelvale.ch"),
    ("Read KVT on kestrelvale.ch\n", "© 2026 Read KVT on kestrelvale.ch\n", "kestrelvale.ch"),
])
def test_a_masthead_holding_the_sites_address(top, tail, outlet):
    raw = f"{top}Ferry fares rise by ten percent\n24 September 2026\n{_BODY}{tail}"
    assert _article(raw, _URL).outlet_name == outlet


# A broadcaster's channel number glued to its name ("4News", "9NEWS") is a banner's name like "KVTV 4 News", and
# its desk ("4News Reporters") signs like "KVTV News Reporters".
_LIVE = ("Slips close the coast road as heavy rain lashes Dunmore\n"
         "Follow the latest as a red heavy rain warning stays in place for the ranges.\n"
         "{desk}\nThu, Dec 3 2026\n\n"
         "The coast road north of Dunmore was closed overnight after a slip brought down rocks and mud, the "
         "transport agency said on Thursday.\n\n"
         "Crews were expected to work through the night to clear the road, a spokesman said.\n\n"
         "Copyright © 2026 KVTV\n")


@pytest.mark.parametrize(("top", "desk", "outlet", "byline"), [
    ("4News\nHome\nWorld\n", "4News Reporters", "4News", "4News Reporters"),
    ("9NEWS\nHome\nWorld\n", "9NEWS Staff", "9NEWS", "9NEWS Staff"),
    # near misses: no broadcast word; a three-digit number; an ordinal; the copyright's owner then names it
    ("2Day\nHome\nWorld\n", "Jo Roe", "KVTV", "Jo Roe"),
    ("100News\nHome\nWorld\n", "Jo Roe", "KVTV", "Jo Roe"),
    ("1st News\nHome\nWorld\n", "Jo Roe", "KVTV", "Jo Roe"),
])
def test_a_channel_number_glued_to_its_name(top, desk, outlet, byline):
    article = _article(top + _LIVE.format(desk=desk), "https://www.kvtvnews.example/live/slips-1234")
    assert article.outlet_name == outlet
    assert article.byline == byline
