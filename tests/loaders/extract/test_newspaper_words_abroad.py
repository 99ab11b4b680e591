"""A banner whose newspaper word is another language's, romanised ("Shimbun", "Ilbo", "Dagblad", "Gazetesi"), is the
outlet's name over a copyright line that names its company (#10, round 2). Outlets are invented; a person's name
and a section line stay no banner."""
from __future__ import annotations

import pytest

from loaders.extract.outlets import is_outlet_banner

ROWS = [
    ("KESTREL SHIMBUN ENGLISH", True),
    ("Harbour Ilbo", True),
    ("Riverton Dagblad", True),
    ("Kestrel Gazetesi", True),
    ("Marta Lindqvist", False),
    ("World | Business", False),
]


@pytest.mark.parametrize("line, banner", ROWS, ids=[row[0] for row in ROWS])
def test_newspaper_word_abroad(line, banner):
    assert is_outlet_banner(line, "") is banner


def test_banner_over_company_copyright():
    from loaders.extract.article import extract_article
    from loaders.records import SourceDocument
    from loaders.registry import Registry

    page = """KESTREL SHIMBUN ENGLISH
National | Economy | Sports
Ferry services resume after storm cuts off islands
2024/01/12 17:40
Ferry services between the port and the outer islands resumed on Friday, two days after a storm cut them off.
About 3,000 passengers had been stranded, and shops on the islands ran out of fresh food, officials said.
Copyright © The Kestrel Shimbun, Ltd. All rights reserved."""
    name = extract_article(SourceDocument("x", "txt", page), Registry()).outlet_name
    assert (name or "").lower() == "kestrel shimbun english"  # as printed, capitals and all
