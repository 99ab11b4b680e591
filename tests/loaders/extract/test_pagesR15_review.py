"""The pagesR14 review's newly wrong rows (made-up pages): a short Title-Case headline or a bare person's byline is
no menu item, so a registered outlet's name between them is still the byline or the outlet (not a section); a
caption opening on "By" over a photo credit is no byline. Each positive has near misses the rules keep."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import OutletEntry, Registry

_REGISTRY = Registry(outlets=(OutletEntry(name="Harbour Policy", domain="harbourpolicy.example", country="US"),))
_MB = ("Riverton, 2 December 2026 – The two governments today signed a memorandum on language teaching in the "
       "southern district, at a ceremony at the ministry.\n\n"
       "The agreement covers textbooks, teacher exchanges and a summer school from 2027, the ministry said.\n")
_B1 = ("Riverton, March 3. The port authority agreed on Tuesday to rebuild the southern ferry berths after a year "
       "of delays, its chair said.\n\nThe work will cost about 40 million and take two years, the authority said.\n\n"
       "Work is due to start in the spring once the tender closes, she added.\n")


def _article(page, url, registry=_REGISTRY):
    doc = SourceDocument("t.txt", "txt", page, {"published": None, "url": url})
    return run_steps(doc, registry).article


MENU_ROWS = [
    # (page top, url, outlet, byline, authors)
    ("Ministry of Kestrel Affairs\nHome\nNews\nTreaty Signed Today\nHarbour Policy\nRiverton Desk\n02/12/2026\n",
     "https://mka.gov.example/en/content/memorandum", None, None, []),
    ("Home\nWorld\nTarnia Talks Resume\nHarbour Policy\nJo Marden\n02/12/2026\n",
     "https://www.harbourpolicy.example/x", "Harbour Policy", "Jo Marden", ["Jo Marden"]),
    ("Home\nWorld\nTarnia Talks Resume\nHarbour Policy\nBy Jo Marden\n02/12/2026\n",
     "https://www.harbourpolicy.example/x", "Harbour Policy", "By Jo Marden", ["Jo Marden"]),
]


@pytest.mark.parametrize(("top", "url", "outlet", "byline", "authors"), MENU_ROWS)
def test_a_headline_or_a_person_is_no_menu_item(top, url, outlet, byline, authors):
    article = _article(top + _MB, url)
    assert article.outlet_name != "Treaty Signed Today"
    if outlet is not None:
        assert article.outlet_name == outlet
    if byline is not None:
        assert article.byline == byline
    assert article.authors == authors


CAPTION_ROWS = [
    # (line under the date, line under it, expected byline)
    ("By the old bridge at dawn", "Photo: Tam Vey/Riverton Times", None),
    ("By the river in June", "Photo: Tam Vey/Riverton Times", None),
    # near misses: a byline over the photo credit stays the byline
    ("By Jo Marden", "Photo: Tam Vey/Riverton Times", "By Jo Marden"),
    ("By Jo Marden and Ann Lee", "Photo: Tam Vey/Riverton Times", "By Jo Marden and Ann Lee"),
]


@pytest.mark.parametrize(("line", "credit", "byline"), CAPTION_ROWS)
def test_a_caption_opening_on_by_over_a_credit_is_no_byline(line, credit, byline):
    page = ("Riverton Times\nHome\nNews\nPark chief on gravel, guesthouses and the summer crowds at the river\n"
            f"4 Dec 2026\n{line}\n{credit}\n" + _B1)
    article = _article(page, "https://www.rivertontimes.example/park", Registry())
    assert article.byline == byline


OWNER_ROWS = [
    # (the copyright line at the foot, the outlet expected)
    ("Copyright © 2026 Kestrelcorp. Riverton Evening Post is a Kestrelcorp title.", "Riverton Evening Post"),
    ("© 2026 Kestrelcorp. Riverton Evening Post is part of Kestrelcorp.", "Riverton Evening Post"),
    # near misses: the copyright line names the one-word banner alone, so it is the site's name
    ("Copyright © 2026 Kestrelcorp. All rights reserved.", "Kestrelcorp"),
    ("© Kestrelcorp", "Kestrelcorp"),
]


@pytest.mark.parametrize(("foot", "outlet"), OWNER_ROWS)
def test_a_copyright_line_naming_the_owner_group_makes_no_banner(foot, outlet):
    page = ("Kestrelcorp\nRiverton Evening Post\nHome\nPolitics\nFerry berths agreed for the southern terminal\n"
            f"By Jo Marden\n03.03.2026\n{_B1}\n{foot}\n")
    assert _article(page, "https://www.portnews.example/en/1", Registry()).outlet_name == outlet
