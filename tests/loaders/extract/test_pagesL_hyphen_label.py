"""pagesL: a site label of hyphened parts names the outlet in its first part ("kestrel-np", "dsr-news"): a banner
agrees with the address when that part is one of its words ("Kestrel Shimbun") or its initials ("Daily Shimbun
Review"), so it is the page's banner rather than a newspaper word alone, and it outranks the copyright line's
acronym. Near misses: a first part of two letters, initials that spell only part of it, a part the name lacks, a
section, a person, a kind word ("news") shared with the name."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.outlets import agrees_with_domain
from loaders.records import SourceDocument
from loaders.registry import load_registry, bundled_registry_dir

AGREES = [
    ("Kestrel Shimbun", "www.kestrel-np.example", True),
    ("Daily Shimbun Review", "www.dsr-news.example", True),
    ("Kestrel Media Co", "kestrel-np.example", True),
    ("Riverton Harbour Authority", "rha-online.example", True),
    # near misses
    ("Riverton News", "www.dsr-news.example", False),
    ("Daily Shimbun", "www.dsr-news.example", False),
    ("Weather", "www.kestrel-np.example", False),
    ("Jim Ortiz", "www.jo-news.example", False),
    ("Sunday Review", "www.sr-times.example", False),
    ("Economy", "www.dsr-news.example", False),
    ("Business Daily", "www.bd-news.example", False),
    ("Sports Desk", "www.sd-online.example", False),
    ("Tanaka Hiro", "www.th-news.example", False),
    ("The National", "www.kestrel-np.example", False),
    ("Harbour Times", "www.news-harbour.example", False),
    ("Valley Post", "www.kestrel-np.example", False),
    ("Daily Review Shimbun", "www.dsr-news.example", False),
]


@pytest.mark.parametrize("name, domain, agrees", AGREES)
def test_hyphen_label_agrees(name, domain, agrees):
    assert agrees_with_domain(name, domain) is agrees


PAGE = ("Daily Shimbun Review\nEconomy\nYen slides to 160 against the dollar\nBy Tanaka Hiro\nApril 1, 2026\n"
        "The yen fell past 160 to the dollar on Wednesday for the first time in two years.\n"
        "The finance minister said the government was watching markets closely.\n"
        "Traders said intervention could come at any time.\nCopyright © 2026 DSR Publishing Inc.")


@pytest.mark.parametrize("url, outlet", [
    ("https://www.dsr-news.example/economy/yen-160", "Daily Shimbun Review"),
    # near miss: an address the banner does not spell keeps the copyright's name, as before
    ("https://www.yen-watch.example/economy/yen-160", "DSR"),
])
def test_hyphen_label_banner(url, outlet):
    article = extract_article(SourceDocument("x.txt", "txt", PAGE, {"url": url}), load_registry(bundled_registry_dir()))
    assert article.outlet_name == outlet
