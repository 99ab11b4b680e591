"""pagesR10: a heading's text leaves out its HTML comments ("<!-- comment bubble -->", markup commented out), keeps
the text after them. Made-up markup."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from loaders.extract.html_article import _element_text


@pytest.mark.parametrize(("markup", "text"), [
    ('<h1>Ferry fares rise <!--<span class="count">87</span>--></h1>', "Ferry fares rise"),
    ("<h1>Ferry fares rise<!-- comment bubble --> again</h1>", "Ferry fares rise again"),
    ("<h1><!-- title -->Ferry fares rise</h1>", "Ferry fares rise"),
    # near misses: text, line breaks and nested spans read as before
    ("<h1>Ferry fares <span>rise</span></h1>", "Ferry fares rise"),
    ("<h1>Ferry fares rise<br>Board blames fuel</h1>", "Ferry fares rise Board blames fuel"),
    ("<h1>Ferry fares rise <script>var x = 1;</script>today</h1>", "Ferry fares rise today"),
])
def test_a_headings_text_leaves_out_comments(markup, text):
    assert _element_text(lxml_html.fromstring(markup)) == text
