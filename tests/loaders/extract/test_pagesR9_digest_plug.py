"""pagesR9: "Subscribe to <the site's digest>" opening a short line is the site's plug. Made-up lines."""
from __future__ import annotations

import pytest

from loaders.extract.boilerplate import classify_line


@pytest.mark.parametrize(("line", "plug"), [
    # positives
    ("Subscribe to The Bulletin, our morning news round-up.", True),
    ("Sign up for our evening briefing.", True),
    ("Subscribe to the Riverton Digest, our weekly pick of local stories", True),
    # near misses: not opening the line, no digest word, a noun, a how-to's sign-up, a podcast, a long sentence
    ("Thousands subscribe to the council's morning bulletin each day.", False),
    ("Sign up for the marathon closes on Friday.", False),
    ("Subscribers to the bulletin rose by a third last year.", False),
    ("Sign up for the streaming bundle using the same email as your old account", False),
    ("Sign up for the Riverton Report podcast!", False),
    ("Subscribe to the view that the council's weekly briefing on the harbour works, which officials have held "
     "every Tuesday since the spring, has done little to calm residents who say they were never consulted.", False),
])
def test_a_plug_for_the_sites_digest(line, plug):
    assert (classify_line(line) is not None) == plug
