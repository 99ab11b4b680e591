"""A place's municipality known only through its officer's adjective ("Former Tarnby municipal manager Jo Roe") is a
body a later "the municipality" takes up (`orgnames.ArticleBodies`, `_MUNICIPAL_OF`; made-up texts)."""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import ArticleBodies


def _resolved(body, head="municipality"):
    found = ArticleBodies(body, [], {}, []).resolve(head, body.rindex("The " + head))
    return found[0] if found else None


@pytest.mark.parametrize("body, expected", [
    ("Former Tarnby municipal manager Jo Roe was convicted on Monday.\n\nThe municipality cancelled the tender.",
     "Tarnby municipality"),
    ("Kestle Bay municipal workers went on strike.\n\nThe municipality said it would talk.", "Kestle Bay municipality"),
    # near misses: no place before the adjective, or a lone lower-case 'municipal'
    ("A former municipal manager was convicted on Monday.\n\nThe municipality cancelled the tender.", None),
    ("The municipal manager was convicted on Monday.\n\nThe municipality cancelled the tender.", None),
])
def test_a_municipality_named_through_its_officer(body, expected):
    assert _resolved(body) == expected
