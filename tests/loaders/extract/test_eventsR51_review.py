"""Events round 51 review (#15, dates): the rules behind its five newly wrong groups were removed ("N days later"
counted from publication, the "before <month>" and bare-month flips, "before/over Christmas", the told-in-2019
yield). These made-up rows pin the answers of the code before them, so none of those readings comes back unseen."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.reldates import find_dates
from tests.loaders.extract.test_events import events_of

DEC_4 = date(2026, 12, 4)
MAR_4 = date(2026, 3, 4)
MAR_10 = date(2026, 3, 10)
DEC_28 = date(2026, 12, 28)

# key: (text, publication, trigger's first word, expected start date or None, expected precision or None)
EVENT_ROWS = {
    "1: two days later after a past 'earlier this year' stays that year": (
        "The strike began earlier this year. Two days later Tomas Velde met Irena Kolb.", DEC_4, "met",
        date(2026, 1, 1), "year"),
    "2: 'before April' in past narration is no coming April": (
        "Tomas Velde had to leave Oslo before April, and he met Irena Kolb in Bergen before April.", DEC_4, "met",
        None, None),
    "2: 'before April' after a past year in the sentence before": (
        "The tenants were evicted in 2019. Tomas Velde met Irena Kolb in Bergen before April.", DEC_4, "met",
        None, None),
    "2: 'before April Morgan' is a person, not a month": (
        "Tomas Velde met Irena Kolb shortly before April Morgan arrived.", DEC_4, "met", None, None),
    "3: 'before Christmas' in the past is not the coming one": (
        "Tomas Velde met Irena Kolb in Oslo before Christmas, weeks before the scandal broke.", MAR_10, "met",
        None, None),
    "3: 'just before Christmas' on a late-December page": (
        "Tomas Velde met Irena Kolb just before Christmas.", DEC_28, "met", None, None),
    "4: a feast with its year keeps the year": (
        "Tomas Velde met Irena Kolb in Oslo over Christmas 2019.", DEC_4, "met", date(2019, 1, 1), "year"),
    "5: a date after the told-that clause is counted from publication": (
        "Irena Kolb said in 2019 that Tomas Velde was lying, and he resigned last week.", DEC_4, "resigned",
        date(2026, 11, 23), "month"),
}


@pytest.mark.parametrize("key", EVENT_ROWS)
def test_review_eventsR51_event_dates(key):
    text, published, word, expected, precision = EVENT_ROWS[key]
    events = events_of(text, "Tomas Velde", "Irena Kolb", published=published)
    found = [e for e in events if text[e.start:e.end].lower().startswith(word)]
    assert found, [(text[e.start:e.end], e.start_date) for e in events]
    assert (found[0].start_date, found[0].date_precision) == (expected, precision)


def test_review_eventsR51_days_later_after_a_coming_period_keeps_it():
    # "Two days later" after "later this year" is two days after the summit, not after the publication day
    text = "The summit will take place later this year. Two days later Tomas Velde will meet Irena Kolb."
    values = {m.phrase: m.value for m in find_dates(text, MAR_4)}
    assert (values["Two days later"].start, values["Two days later"].precision) == (date(2026, 1, 1), "year")


def test_review_eventsR51_feast_dates_found():
    # no month is read from a feast: only the year of "Christmas 2019" is a date
    text = "Tomas Velde met Irena Kolb in Oslo over Christmas 2019."
    got = [(m.phrase, m.value.start, m.value.precision) for m in find_dates(text, DEC_4) if m.value]
    assert got == [("2019", date(2019, 1, 1), "year")]
