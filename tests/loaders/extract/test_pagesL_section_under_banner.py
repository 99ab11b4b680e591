"""pagesL: a section word alone right under the page's banner ("Kestrel Shimbun" over "National") is the
section's label, not the registered outlet its word shortens ("The National"), as it already was between menu
items (review O1). Near misses: the registered name in full under the banner, the word at the top with no banner
above it (alone, or over the banner), a two-word line, the registered outlet's own banner over a section."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import load_registry, bundled_registry_dir

BODY = ("Train operator to test driverless service in Sapporo\nBy Sato Yuki\nMarch 5, 2026\n"
        "Hokkaido's rail operator will test a driverless train on a suburban line in Sapporo from next year.\n"
        "The trial will carry passengers with a staff member on board.\n"
        "The operator faces a shortage of drivers as its workforce ages.\n")
URL = "https://www.kestrel-np.example/national/driverless-sapporo"

PAGES = [
    ("o1", "Kestrel Shimbun\nNational\n" + BODY + "© Kestrel Media Co., Ltd. All rights reserved.", URL,
     "Kestrel Shimbun"),
    ("no_url", "Kestrel Shimbun\nNational\n" + BODY, None, "Kestrel Shimbun"),
    ("other_banner", "Valley Shimbun\nNational\n" + BODY, URL, "Valley Shimbun"),
    ("menu", "Kestrel Shimbun\nHome\nNational\nBusiness\n" + BODY, URL, "Kestrel Shimbun"),
    # near misses
    ("full_name_under", "Kestrel Shimbun\nThe National\n" + BODY, URL, "The National"),
    ("alone_top", "National\n" + BODY, URL, "The National"),
    ("top_banner_below", "National\nKestrel Shimbun\n" + BODY, URL, "The National"),
    ("alone_top_own_url", "National\n" + BODY, "https://www.thenational.example/x", "The National"),
    ("registered_banner_over_section", "The National\nWorld\n" + BODY, None, "The National"),
]


@pytest.mark.parametrize("name, text, url, outlet", PAGES, ids=[row[0] for row in PAGES])
def test_section_under_banner(name, text, url, outlet):
    article = extract_article(SourceDocument(name + ".txt", "txt", text, {"url": url} if url else {}),
                              load_registry(bundled_registry_dir()))
    assert article.outlet_name == outlet
    assert article.title == "Train operator to test driverless service in Sapporo"
