"""Review eventsR49 (#15, dates): a content clause's "own" date must stand in its own clause: no relative
clause, quote, span word or purpose ("the budget for 2027") between the verb and the date; else the telling's day
stays. Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

FRIDAY = date(2026, 12, 4)

# key: (text, trigger's first word, expected start date)
DATE_ROWS = {
    "near miss: a relative clause's year": (
        "Ana Silva said on Friday that she had resigned from the board she joined in 2012.", "resigned", FRIDAY),
    "near miss: where ... until": (
        "Ana Silva said on Friday that she had met Karl Brenner in Varnby, where she worked until 2010.", "met",
        FRIDAY),
    "near miss: a quote's since": (
        "Ana Silva wrote on Friday that she had met Karl Brenner, 'a friend since 1990'.", "met", FRIDAY),
    "near miss: a purpose's for": (
        "Ana Silva said on Friday that she had met Karl Brenner to discuss the budget for 2027.", "met", FRIDAY),
    "near miss: twice since": (
        "Ana Silva said on Friday that she had met Karl Brenner twice since March.", "met", FRIDAY),
    "near miss: who took office": (
        "Ana Silva said on Friday that she had met Karl Brenner, who took office in May.", "met", FRIDAY),
    # hits: the content clause's own date still comes first
    "hit: own year": (
        "Ana Silva told reporters on Tuesday that she had met the builder in Varnby in 2024.", "met",
        date(2024, 1, 1)),
    "hit: own month after the object": (
        "Ana Silva said on Friday that the city had applied for an emergency loan in October.", "applied",
        date(2026, 10, 1)),
    "hit: two for-phrases, then its own month": (
        "Ana Silva said on Friday that the city had applied for a loan for the harbour in October.", "applied",
        date(2026, 10, 1)),
    "hit: an apposition, then its own month": (
        "Ana Silva said on Friday that she had met Karl Brenner, the mayor, in October.", "met", date(2026, 10, 1)),
    "hit: own last year": (
        "Ana Silva said on Friday that the fund had rejected the city's application last year.", "rejected",
        date(2025, 1, 1)),
}


@pytest.mark.parametrize("key", DATE_ROWS)
def test_content_clause_own_date(key):
    text, word, expected = DATE_ROWS[key]
    found = [e for e in events_of(text, "Ana Silva", "Karl Brenner", published=FRIDAY)
             if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")]
    assert found[0].start_date == expected
