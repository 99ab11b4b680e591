"""A named teller's dated remark: "X said last week that", "X, said in October that" is a statement on that date.
Near misses (a date that is the topic, a negation, a habit, a hypothetical) make none. Made-up articles,
expectations written before the change."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 11, 5)
# key: (body, expected statement date or None for no statement)
ROWS = {
    "said last week that": (
        "Regional hydrologist Pia Marten Holm said last week that the canton could not pay for more sensors.",
        date(2026, 10, 26)),
    "appositive name, said in October that": (
        "The Minister of Trade, Olav Brenner Vik, said in October that shops were hoarding flour.", date(2026, 10, 1)),
    "near miss: a date that is the topic": ("Pia Holm said last week's vote was rigged.", None),
    "near miss: a negation": ("Pia Holm never said last week that the vote was rigged.", None),
    "near miss: a habit": ("Pia Holm says every week that the canton is broke.", None),
    "near miss: a hypothetical": ("If Pia Holm said in October that prices would rise, nobody listened.", None),
}


def assert_dated_statement(body: str, expected: date | None, published: date = PUBLISHED) -> None:
    """The body stores one occurred statement on the expected day, or none when expected is None."""
    statements = [e for e in events_of(body, published=published) if e.event_type == "statement"
                  and e.status == "occurred"]
    if expected is None:
        assert not statements, statements
    else:
        assert [e.start_date for e in statements] == [expected], statements


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_remark(key):
    assert_dated_statement(*ROWS[key])
