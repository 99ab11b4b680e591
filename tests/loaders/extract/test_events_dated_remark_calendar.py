"""A named teller's remark dated by a calendar day or a weekday right after "said", with the reported clause after it
("Olav Vik said on June 10 that", "Pia Holm said on 4 October that", "Varna Rugby said on Sunday that") is a statement
on that day, as "said in October that" is
(events round R21, issue 15 item 5: dated-event recall; `eventwords.CLASS_TRIGGERS`, 'dated_remark_day').
Near misses (a day's possessive, a negation, a hypothetical, no "that", a gathering told after the day) make none.
Made-up articles, expectations written before the change."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events_dated_remark import assert_dated_statement

PUBLISHED = date(2026, 11, 5)
# key: (body, expected statement date or None for no statement)
ROWS = {
    "said on Month day that": (
        "Olav Brenner Vik chairs the panel. Osmonov said on June 10 that the matter would be examined by the commission.",
        date(2026, 6, 10)),
    "said on day Month that": (
        "Pia Marten Holm, the minister of trade, said on 4 October that shops were hoarding flour.",
        date(2026, 10, 4)),
    "said on an abbreviated month that": (
        "Olav Brenner Vik said on Sept. 14 that the canton could not pay for more sensors.", date(2026, 9, 14)),
    "said on weekday that": (
        "Varna Rugby said on Sunday that the match would go ahead in Kiel.", date(2026, 11, 1)),
    "a surname alone, said on weekday that": (
        "Stumpf said on Tuesday that the bank had fired staff.", date(2026, 11, 3)),
    "near miss: a gathering after the weekday": (
        "Pia Holm said on Monday at the council meeting of the canton that the vote was rigged.", None),
    "near miss: a weekday's possessive": ("Pia Holm said on Monday's broadcast that the vote was rigged.", None),
    "near miss: a hypothetical weekday": ("If Pia Holm said on Monday that prices would rise, nobody listened.", None),
    "near miss: a day's possessive": ("Pia Holm said on June 10's broadcast that the vote was rigged.", None),
    "near miss: a negation": ("Pia Holm never said on June 10 that the vote was rigged.", None),
    "near miss: a hypothetical": ("If Pia Holm said on June 10 that prices would rise, nobody listened.", None),
    "near miss: no reported clause": ("Pia Holm said on June 10 the vote was rigged.", None),
    "near miss: a gathering after the day": (
        "Pia Holm said on June 10 at the council meeting of the canton that the vote was rigged.", None),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_remark_calendar(key):
    assert_dated_statement(*ROWS[key], published=PUBLISHED)
