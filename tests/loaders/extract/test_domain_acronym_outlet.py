"""A site nothing on the page names goes by its domain's words; a label of two to four letters with no vowel is an
acronym ("msn", "npr", "bbc" in bbc.co.uk) and names the site upper-cased ("MSN"). A label with a vowel, a digit or
more letters stays as today (the domain itself, or the words it splits into). Rows: (URL, the outlet's name).
The domains are made up or the page's text names no outlet."""
import pytest

from loaders.extract.article import extract_article
from loaders.extract.outlets import readable_domain_name
from loaders.records import SourceDocument
from loaders.registry import Registry

_RAW = ("Storm lashes coast\nBy Tomas Berg\nMarch 3, 2026\n\nA storm brought gusts of 90 mph to the harbour towns on "
        "Tuesday night, and crews worked until dawn to clear the fallen trees from the coast road, the council said.\n")

ROWS = [
    # positives: a vowel-less label of 2-4 letters
    ("https://www.qvx.example/weather/storm", "QVX"),
    ("https://news.kdj.example/weather/storm", "KDJ"),  # a section's host: the site's label is read
    ("https://www.zbt.co.uk/weather/storm", "ZBT"),  # a second-level suffix aside
    ("https://pq.example/weather/storm", "PQ"),
    ("https://www.wxkt.example/weather/storm", "WXKT"),
    # near misses: a vowel, a "y", a digit, one letter or five letters keep today's name
    ("https://www.abc7qz.example/weather/storm", "abc7qz.example"),
    ("https://www.kyx.example/weather/storm", "kyx.example"),
    ("https://www.ovx.example/weather/storm", "ovx.example"),
    ("https://www.q.example/weather/storm", "q.example"),
    ("https://www.bxtqz.example/weather/storm", "bxtqz.example"),
    ("https://www.qv-x.example/weather/storm", "QV X"),  # (hyphens split it into words, as before)
    ("https://www.riverton-post.example/weather/storm", "Riverton Post"),
]


@pytest.mark.parametrize(("url", "outlet"), ROWS)
def test_a_vowel_less_short_label_names_the_site_as_an_acronym(url, outlet):
    article = extract_article(SourceDocument("x.txt", "txt", _RAW, {"url": url}), Registry())
    assert article.outlet_name == outlet


@pytest.mark.parametrize(("domain", "name"), [("qvx.example", "QVX"), ("qvx.co.uk", "QVX"),
                                              ("qvex.example", None), ("qvx", None), (None, None)])
def test_readable_domain_name_of_an_acronym(domain, name):
    assert readable_domain_name(domain) == name
