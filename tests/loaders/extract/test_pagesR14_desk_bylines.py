"""A desk credited by the site's address as its name ("rivertonnews24.com Desk") is a staff credit like "Riverton
Desk": a lower-case word counts only with its dotted ending, and only when it is the page's own address (its URL's
host, or a line that is only the address): "twitter.com Desk" is no desk of the site's. Rows made up."""
import contextvars

import pytest

from loaders.extract.article import extract_article
from loaders.extract.pageblocks import STAFF_CREDIT, set_page_hosts
from loaders.records import SourceDocument
from loaders.registry import Registry

CREDIT_ROWS = [
    # positives: the site's address as the desk's name
    ("rivertonnews24.com Desk", True),
    ("kestrel.example Staff", True),
    ("By tarnpost.co.example Staff Reporter", True),
    # near misses: no dotted ending, a sentence around the address, the address alone or after a call
    ("rivertonnews24 Desk", False),
    ("see rivertonnews24.com desk", False),
    ("rivertonnews24.com", False),
    ("Visit us at rivertonnews24.com", False),
]


def _on_page(line, url, lines=()):
    def run():
        set_page_hosts(url, list(lines))
        return bool(STAFF_CREDIT.match(line))
    return contextvars.copy_context().run(run)


_HOSTS = "https://www.rivertonnews24.com/x"


@pytest.mark.parametrize(("line", "credit"), CREDIT_ROWS)
def test_a_site_address_names_a_desk_credit(line, credit):
    address = [word for word in line.split() if "." in word]
    url = "https://" + address[0] + "/x" if address else _HOSTS  # the address on its own page
    assert _on_page(line, url) is credit


HOST_ROWS = [
    # (credit, page URL, lines of the page, a desk credit?)
    ("rivertonnews24.com Desk", "https://www.rivertonnews24.com/news/1", (), True),
    ("rivertonnews24.com Desk", "https://m.rivertonnews24.com/news/1", (), True),
    ("rivertonnews24.com Desk", None, ("rivertonnews24.com", "Home"), True),
    ("kestrel.example Staff", None, ("www.kestrel.example",), True),
    # near misses: another site's address, no address on the page, an address only inside a sentence
    ("twitter.com Desk", "https://www.rivertonnews24.com/news/1", (), False),
    ("facebook.com Staff", "https://www.kestrel.example/a", ("kestrel.example",), False),
    ("rivertonnews24.com Desk", None, (), False),
    ("rivertonnews24.com Desk", None, ("Visit rivertonnews24.com for more",), False),
    ("tarnpost.example Desk", "https://www.rivertonnews24.com/news/1", ("rivertonnews24.com",), False),
]


@pytest.mark.parametrize(("line", "url", "lines", "credit"), HOST_ROWS)
def test_an_address_desk_is_the_pages_own(line, url, lines, credit):
    assert _on_page(line, url, lines) is credit
    assert bool(STAFF_CREDIT.match(line)) is False  # outside a page, no address is the page's own


@pytest.mark.parametrize("credit", ["twitter.com Desk", "instagram.com Staff"])
def test_another_sites_address_desk_is_no_byline(credit):
    raw = (f"rivertonnews24.com\nHome\nNews\nSport\nFerry berths agreed for the southern terminal at last\n{credit}\n"
           f"Published: 03 Mar 2026 08:05 AM\n{_BODY}")
    doc = SourceDocument("x.txt", "txt", raw, {"url": "https://rivertonnews24.com/news/ferry-berths-1"})
    assert extract_article(doc, Registry()).byline != credit


_BODY = ("Riverton, March 3. The port authority agreed on Tuesday to build two more ferry berths at the southern "
         "terminal, according to a statement issued after talks in the capital.\n\n"
         "The berths would take ferries of up to 190 metres, the statement said, and open by the end of 2028.\n")


@pytest.mark.parametrize("credit", ["rivertonnews24.com Desk", "rivertonnews24.com Staff"])
def test_the_address_desk_credit_is_the_byline(credit):
    raw = (f"rivertonnews24.com\nHome\nNews\nSport\nFerry berths agreed for the southern terminal at last\n{credit}\n"
           f"Published: 03 Mar 2026 08:05 AM\n{_BODY}")
    doc = SourceDocument("x.txt", "txt", raw, {"url": "https://rivertonnews24.com/news/ferry-berths-1"})
    assert extract_article(doc, Registry()).byline == credit
