"""People step (made-up snippets, written before the fix): a lone given name, not opening a sentence, introduced
by "from" and a capitalised firm or place ("Paco from Kestrel phones", even inside a quotation) is a person named
by first name; places, months, brands and products before "from" stay nobody."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "expected"), [
    # fixes
    ("\u201cEvery year, Paco from Kestrel phones,\u201d Rosa Lind says.", {"Paco", "Rosa Lind"}),
    ("Every year, David from Kestrel phones, Rosa Lind says.", {"David", "Rosa Lind"}),
    # near misses that must not change
    ("Flights to Paris from London rose, Ana Roe said.", {"Ana Roe"}),
    ("Rain came in April from Spain, Ana Roe said.", {"Ana Roe"}),
    ("Grace from God is free, Ana Roe said.", {"Ana Roe"}),
    ("She bought Jersey from Kestrel Farms, Ana Roe said.", {"Ana Roe"}),
    ("They imported Champagne from France, Ana Roe said.", {"Ana Roe"}),
    ("The Mercedes from Germany was fast, Ana Roe said.", {"Ana Roe"}),
    ("We flew Qantas from Sydney, Ana Roe said.", {"Ana Roe"}),
])
def test_first_name_from_place(body: str, expected: set[str]) -> None:
    assert _people(body) == expected
