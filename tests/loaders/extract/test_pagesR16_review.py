"""The pagesR15 review's newly wrong rows (made-up pages): a byline of capitalised words between the date and a
photo credit is the byline whether or not its given name is known; a menu item under a registered outlet's name
("News Desk", "Grace Hall") or a three-word item above it keeps the menu a menu (only a person's byline, or a
name or desk over the date line, makes the name a byline); a long editor's note introducing an account is the
story's (its cue: 'her account', 'his story', 'as told to'). Each positive has near misses the rules keep."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import OutletEntry, Registry

_REGISTRY = Registry(outlets=(OutletEntry(name="Harbour Policy", domain="harbourpolicy.example", country="US"),))
_MB = ("Riverton, 2 December 2026 – The two governments today signed a memorandum on language teaching in the "
       "southern district, at a ceremony at the ministry.\n\n"
       "The agreement covers textbooks, teacher exchanges and a summer school from 2027, the ministry said.\n")
_P1 = ("Riverton, March 3. The port authority agreed on Tuesday to rebuild the southern ferry berths after a year "
       "of delays, its chair said.")
_B1 = (_P1 + "\n\nThe work will cost about 40 million and take two years, the authority said.\n\n"
       "Work is due to start in the spring once the tender closes, she added.\n")


def _article(page, url, registry=_REGISTRY):
    doc = SourceDocument("t.txt", "txt", page, {"published": None, "url": url})
    return run_steps(doc, registry).article


SIGNED_ROWS = [
    # (line under the date, expected byline)
    ("By Chan Dara", "By Chan Dara"),
    ("By Oyelaran Adeyemi", "By Oyelaran Adeyemi"),
    ("By Siosaia Taufa and Tam Vey", "By Siosaia Taufa and Tam Vey"),
    # near misses: a caption opening on "By" has a lower-case word
    ("By the old bridge at dawn", None),
    ("By Victoria Station in the rain", None),
    ("By lantern light", None),
    ("By Kestrel Quay at low tide", None),
]


@pytest.mark.parametrize(("line", "byline"), SIGNED_ROWS)
def test_a_capitalised_name_over_a_photo_credit_is_the_byline(line, byline):
    page = ("Riverton Times\nHome\nNews\nPark chief on gravel, guesthouses and the summer crowds at the river\n"
            f"4 Dec 2026\n{line}\nPhoto: Kel Runa/Riverton Times\n" + _B1)
    assert _article(page, "https://www.rivertontimes.example/park", Registry()).byline == byline


_HEAD = "Riverton and Tarnia sign memorandum on language teaching in the south"
MENU_ROWS = [
    # (lines between "Home" and the headline): menu items around the registered name, the site's own outlet kept
    "Ministry\nHarbour Policy\nNews Desk",
    "Ministry\nHarbour Policy\nGrace Hall",
    "Ministry\nHarbour Policy\nJordan Office",
    "Foreign Trade Office\nHarbour Policy\nConsular Services",
    "About The Ministry\nHarbour Policy\nPress Releases",
]


@pytest.mark.parametrize("items", MENU_ROWS)
def test_menu_items_around_the_name_keep_it_a_section(items):
    page = f"Ministry of Kestrel Affairs\nHome\n{items}\n{_HEAD}\n02/12/2026\n" + _MB
    article = _article(page, "https://mka.gov.example/en/content/memorandum")
    assert article.outlet_name != "Harbour Policy"
    assert str(article.published_on) != "2026-02-12"  # no month-first date from the wrong outlet's country


BYLINE_SLOT_ROWS = [
    # near misses: the name between a headline and a byline over the date stays the byline/outlet
    ("Home\nWorld\nTarnia Talks Resume\nHarbour Policy\nJo Marden\n02/12/2026\n", "Jo Marden"),
    ("Home\nWorld\nTarnia Talks Resume\nHarbour Policy\nBy Jo Marden\n02/12/2026\n", "By Jo Marden"),
    ("Home\nWorld\nTarnia Talks Resume Today\nHarbour Policy\nBy Ann Lee\n02/12/2026\n", "By Ann Lee"),
]


@pytest.mark.parametrize(("top", "byline"), BYLINE_SLOT_ROWS)
def test_a_byline_under_the_name_is_no_menu(top, byline):
    article = _article(top + _MB, "https://www.harbourpolicy.example/x")
    assert article.outlet_name == "Harbour Policy"
    assert article.byline == byline


_ACCOUNT = ("Editor's note: Alma Verin, a ferry pilot for 30 years, was on the bridge the night the old berth "
            "collapsed. This is her account, as told to the Courier.")
NOTE_ROWS = [
    # (a note over the body, is it kept as the first paragraph?)
    (_ACCOUNT, True),
    ("Editor's note: Tam Vey ran the night ferry for a decade. This is his story.", True),
    # near misses: a short note on the piece is furniture
    ("Editor's note: This is the third part of a series on the port.", False),
    ("Editor's note: A version of this story appeared in print on March 5.", False),
    ("Editor's note: The author lives in Riverton, uses the ferry daily and has written two books on the harbour "
     "and its crews. She is a member of the ferry users' association.", False),
]


@pytest.mark.parametrize(("note", "kept"), NOTE_ROWS)
def test_a_long_editors_note_introducing_an_account_is_the_story(note, kept):
    page = ("Riverton Courier\nHome\nNews\nSport\nFerry berths agreed for the southern terminal\nBy Jo Roe\n"
            f"03 Mar 2026\n{note}\n\n" + _B1)
    article = _article(page, "https://www.rivertoncourier.example/news/ferry-berths", Registry())
    assert article.body.startswith(note) is kept
    assert _P1 in article.body
