"""Issue #10: an outlet banner the registry does not know, at the top of a copied page over a many-line menu.
The banner is the page's first non-furniture line: short, title-cased, no menu item, and confirmed by the URL's
host, a copyright line, the page title's tail or an "X Staff" credit. A banner shaped like a person's name is
the outlet only when the domain or the copyright line confirms it. Near misses: a section word, a menu's first
item, a person's byline, a kicker, a tagline."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

MENU = "Home\nNews\nPolitics\nBusiness\nCulture\nEnvironment\nSubscribe\n"
STORY = ("Council weighs new transit levy for the valley\n\n"
         "By Dana Whitfield\n\nMarch 3, 2026\n\n"
         "The city council on Tuesday debated a proposed levy that would fund three new bus routes across "
         "the valley, with members split over its cost.\n\n"
         "Supporters said the routes would connect outlying neighbourhoods to jobs downtown, while opponents "
         "warned that the tax would fall hardest on renters.\n\n"
         "A final vote is expected next month after a public hearing.\n")


def _page(banner, *, menu=MENU, tail="", url=None, title=None):
    raw = (f"{banner}\n{menu}\n{STORY}{tail}")
    meta = {}
    if url:
        meta["url"] = url
    if title:
        meta["title"] = title
    return extract_article(SourceDocument("made-up.txt", "txt", raw, meta), REGISTRY)


CASES = [
    # banner over a menu, confirmed by the URL's host
    ("Mother Jones", dict(url="https://www.motherjones.com/politics/2026/03/transit-levy/"), "Mother Jones"),
    ("Marie Claire", dict(url="https://www.marieclaire.com/news/transit-levy"), "Marie Claire"),
    ("Capitol Brief", dict(url="https://capitolbrief.example/2026/03/levy"), "Capitol Brief"),
    ("Medium Town", dict(url="https://mediumtown.example/news/levy"), "Medium Town"),
    # confirmed by the copyright line at the end
    ("Capitol Brief", dict(tail="\n© 2026 Capitol Brief. All rights reserved.\n"), "Capitol Brief"),
    ("Marie Claire", dict(tail="\nCopyright 2026 Marie Claire\n"), "Marie Claire"),
    # confirmed by the page title's tail
    ("Medium Town", dict(title="Council weighs new transit levy for the valley | Medium Town"), "Medium Town"),
    ("Capitol Brief", dict(title="Council weighs new transit levy for the valley - Capitol Brief"), "Capitol Brief"),
    # confirmed by an "X Staff" credit
    ("Medium Town", dict(tail="\nMedium Town Staff contributed to this report.\n"), "Medium Town"),
]


@pytest.mark.parametrize("banner,extra,outlet", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_banner_over_menu_names_outlet(banner, extra, outlet):
    article = _page(banner, **extra)
    assert article.outlet_name == outlet
    assert banner not in article.body.split("\n\n")


NEAR_MISSES = [
    # a section word over the menu
    ("World", dict(url="https://capitolbrief.example/world/levy")),
    # the menu's first item
    ("Home", dict(url="https://capitolbrief.example/news/levy")),
    # a person's name with no domain or copyright confirming it (a title tail is not enough for a person)
    ("Dana Whitfield", dict(title="Council weighs new transit levy for the valley | Dana Whitfield")),
    # a kicker
    ("Transit Watch", dict()),
    # a tagline
    ("News For The Valley Since 1901", dict()),
    # unconfirmed short title-case line
    ("Capitol Brief", dict()),
]


@pytest.mark.parametrize("banner,extra", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_name_no_outlet(banner, extra):
    article = _page(banner, **extra)
    assert article.outlet_name in (None, "", "capitolbrief.example")


def test_person_shaped_banner_confirmed_by_domain():
    article = _page("Mother Jones", url="https://www.motherjones.com/politics/2026/03/transit-levy/")
    assert article.outlet_name == "Mother Jones"


def test_person_shaped_banner_confirmed_by_copyright():
    article = _page("Marie Claire", tail="\n© 2026 Marie Claire\n")
    assert article.outlet_name == "Marie Claire"
