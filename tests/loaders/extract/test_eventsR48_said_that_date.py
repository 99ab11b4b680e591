"""eventsR48 (#15, dates): a date in the telling's own clause, before its "that" ("said on Friday that the city had
applied for a loan in October"), is the telling's: a content clause's event takes its own date when its clause has
one, and the telling's only when it has none. Near misses: a content clause with no date of its own keeps the
telling's day; a date opening the content clause itself is its own. Made-up text; expected dates written first."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, trigger's first word, expected start date)
ROWS = {
    "hit: own month after the object": (
        "Mayor Ana Silva said on Friday that the city had applied for an emergency loan from the state water fund "
        "in October and expected an answer within weeks.", "applied", date(2026, 10, 1)),
    "hit: own year": (
        "Ana Silva told reporters on Tuesday that she had met the builder in Varnby in 2024.", "met",
        date(2024, 1, 1)),
    # near misses
    "near miss: no date of its own": (
        "Ana Silva told reporters on Friday that she had met the builder in Varnby.", "met",
        date(2026, 12, 4)),
    "near miss: the content clause opens with its date": (
        "Ana Silva said on Friday that in October the city had applied for an emergency loan.", "applied",
        date(2026, 10, 1)),
    "near miss: no that-clause": (
        "Ana Silva applied on Friday for an emergency loan, and the fund paid it in October.", "applied",
        date(2026, 12, 4)),
}


@pytest.mark.parametrize("key", ROWS)
def test_content_clause_takes_its_own_date(key):
    text, word, expected = ROWS[key]
    found = [e for e in events_of(text, "Ana Silva", published=date(2026, 12, 4))
             if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")]
    assert found[0].start_date == expected
