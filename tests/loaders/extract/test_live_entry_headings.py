"""A live page's first entry heading under its relative clock ("Updated 18h ago", compact units included) is the
entry's, not the page's headline. Made-up pages, written before the fix."""
import pytest

from loaders.extract.text_article import parse_text

_TITLE = "Storm Kestrel live: power cuts and flooding across the north"
_ENTRY = "Rail Lines Closed in Three Counties"
_BODY = ("Network Rail said on Monday that lines between Holm and Vale would stay shut until Tuesday morning as crews "
         "cleared fallen trees.\n\nOfficials said more than 40,000 homes were without power.\n")


@pytest.mark.parametrize("clock", [
    "Updated 18h ago", "18h ago", "Updated 45m ago", "Updated 2d ago", "Updated 3 hrs ago", "Updated 5 hours ago",
    "Posted 18h ago",
])
def test_an_entry_heading_under_a_relative_clock_is_not_the_headline(clock):
    text = "Riverton News\nHome\nNews\nSport\n" + _TITLE + "\nLive\n" + clock + "\n" + _ENTRY + "\n" + _BODY
    assert parse_text(text).title == _TITLE


def test_the_body_edges_live_blog_keeps_its_headline():
    from tests.loaders.extract.test_body_edges_pages import PAGES

    text = next(row[1] for row in PAGES if row[0] == "live_blog")
    assert parse_text(text).title == "Bushfire threat in Victoria's east – as it happened"
