"""A yearless day that something "is set for" is to come (issue 15, round eventsR1).

"A hearing on whether the assets should be forfeited is set for September 14" (published 10 September): a participle
elsewhere in the sentence ("forfeited") made the sentence read past, and the day went to last year. The present
"is/are set for" right before the day sets it ahead, as "is held" and "begins" already do. Near misses keep their
reading: a past setting ("was set for", "had been set for"), a bare participle ("the date set for"), a day long gone
told with a past verb, and the same words with a written year.
Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2026, 9, 10)  # a Thursday


def last_day(text: str) -> str | None:
    mention = find_dates(text, ANCHOR)[-1]  # the sentence's last date: the one set
    return mention.value.start.isoformat() if mention.value else None


@pytest.mark.parametrize("text, expected", [
    ("A hearing on whether the licences should be revoked is set for September 14.", "2026-09-14"),
    ("The appeals, which were lodged in June, are set for October 2.", "2026-10-02"),
    ("The vote is now set for September 30.", "2026-09-30"),
    # near misses: a setting told in the past, a bare participle with a past verb, a written year
    ("The hearing was set for September 14 but the judge fell ill.", "2025-09-14"),
    ("The hearing had been set for September 14.", "2025-09-14"),
    ("The parties met on the date set for September 4 and signed.", "2026-09-04"),
    ("The vote is set for September 30, 2027.", "2027-09-30"),
    ("The court adjourned the case on September 4.", "2026-09-04"),
])
def test_a_day_something_is_set_for_is_to_come(text, expected):
    assert last_day(text) == expected
