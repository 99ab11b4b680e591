"""A yearless month or day told in a sentence whose verb is an irregular simple past is a gone-by one, as with an
'-ed' verb (events round R21, issue 15 item 5: dated-event recall; `reldates._PAST`): "Karl Brenner sold the house in
September" (published in June 2026) is September 2025, not the coming September, as "closed the depot in September"
already is. Near misses keep their reading: the future ("will sell", "is to be sold"), a plan ("plans to sell"), a
verb in the present ("sells"), a written year. Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 6, 3)  # a Wednesday


def last_value(text: str) -> str | None:
    mention = find_dates(text, ANCHOR)[-1]
    return mention.value.start.isoformat() if mention.value else None


@pytest.mark.parametrize("text, expected", [
    ("Karl Brenner sold the house in September.", "2025-09-01"),
    ("The Varna club won the cup in October.", "2025-10-01"),
    ("Ana Silva paid the fine on Nov. 24.", "2025-11-24"),
    ("The contractor built the bridge in November.", "2025-11-01"),
    # near misses
    ("Karl Brenner will sell the house in September.", "2026-09-01"),
    ("The house is to be sold in September.", "2026-09-01"),
    ("Karl Brenner plans to sell the house in September.", "2026-09-01"),
    ("Karl Brenner sells the house in September.", "2026-09-01"),
    ("Karl Brenner sold the house in September 2024.", "2024-09-01"),
])
def test_irregular_past_month(text, expected):
    assert last_value(text) == expected
