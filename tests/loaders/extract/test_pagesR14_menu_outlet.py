"""A registered outlet's name standing inside the site's menu (a run of short item lines opening on "Home", with an
item under it too) is a section's name, not the byline naming that outlet. Rows made up: (the lines between the
banner and the headline, the line under the headline, whether the registered outlet is the page's outlet)."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import OutletEntry, Registry

_REGISTRY = Registry(outlets=(OutletEntry(name="Harbour Policy", domain="harbourpolicy.example", country="US"),))
_BODY = ("Riverton, 2 December 2026 – The two governments today signed a memorandum on language teaching in the "
         "southern district, at a ceremony at the ministry.\n\n"
         "The agreement covers textbooks, teacher exchanges and a summer school from 2027, the ministry said.\n")

ROWS = [
    # positives: the name among the menu's items
    ("Home\nMinistry\nHarbour Policy\nConsular Services\nPress Room\n", "", False),
    ("Home\nWorld\nHarbour Policy\nNews\n", "", False),
    ("Homepage\nAbout\nHarbour Policy\nContact Us\n", "", False),
    # near misses: the name as the byline under the headline, after an item with a figure, above the menu, or
    # right after "Home" (a top bar's name)
    ("Home\nNews\n", "Harbour Policy\n", True),
    ("Home\nTop 10\nHarbour Policy\nNews\n", "", True),
    ("Harbour Policy\nHome\nNews\n", "", True),
    ("Home\nHarbour Policy\nWorld\nNews\n", "", True),
]


@pytest.mark.parametrize(("menu", "under", "named"), ROWS)
def test_a_registered_name_inside_the_menu_is_no_byline(menu, under, named):
    raw = (f"Ministry of Kestrel Affairs of the Republic of Riverton\n{menu}"
           f"Riverton and Tarnia sign memorandum on language teaching\n{under}02/12/2026\n{_BODY}")
    doc = SourceDocument("x.txt", "txt", raw, {"url": "https://mka.gov.example/en/content/memorandum"})
    assert (extract_article(doc, _REGISTRY).outlet_name == "Harbour Policy") is named
