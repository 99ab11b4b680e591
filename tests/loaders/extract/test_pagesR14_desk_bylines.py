"""A desk credited by the site's address as its name ("rivertonnews24.com Desk") is a staff credit like "Riverton
Desk": a lower-case word counts only with its dotted ending. Rows made up."""
import pytest

from loaders.extract.article import extract_article
from loaders.extract.pageblocks import STAFF_CREDIT
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


@pytest.mark.parametrize(("line", "credit"), CREDIT_ROWS)
def test_a_site_address_names_a_desk_credit(line, credit):
    assert bool(STAFF_CREDIT.match(line)) is credit


_BODY = ("Riverton, March 3. The port authority agreed on Tuesday to build two more ferry berths at the southern "
         "terminal, according to a statement issued after talks in the capital.\n\n"
         "The berths would take ferries of up to 190 metres, the statement said, and open by the end of 2028.\n")


@pytest.mark.parametrize("credit", ["rivertonnews24.com Desk", "rivertonnews24.com Staff"])
def test_the_address_desk_credit_is_the_byline(credit):
    raw = (f"rivertonnews24.com\nHome\nNews\nSport\nFerry berths agreed for the southern terminal at last\n{credit}\n"
           f"Published: 03 Mar 2026 08:05 AM\n{_BODY}")
    doc = SourceDocument("x.txt", "txt", raw, {"url": "https://rivertonnews24.com/news/ferry-berths-1"})
    assert extract_article(doc, Registry()).byline == credit
