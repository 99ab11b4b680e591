"""The simple present of a scheduled act before a bare weekday names a coming day ("Kowal meets Silva in Varna on
Friday", "The delegation flies to Orrin on Monday": news English's scheduled present); a past verb, a habit adverb
or the noun of the same spelling ("his visits on Friday") keeps the latest such weekday (made-up texts)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

WEDNESDAY = date(2031, 4, 16)


@pytest.mark.parametrize("text, phrase, expected", [
    ("Kowal meets Silva in Varna on Friday.", "on Friday", "2031-04-18"),
    ("The delegation flies to Orrin on Monday for two days of talks.", "on Monday", "2031-04-21"),
    ("Kowal travels to Varna on Friday, his office said.", "on Friday", "2031-04-18"),
    ("The premier hosts the Velm leaders on Saturday.", "on Saturday", "2031-04-19"),
    # near misses
    ("Kowal met Silva in Varna on Friday.", "on Friday", "2031-04-11"),
    ("Kowal usually meets Silva in Varna on Friday.", "on Friday", "2031-04-11"),
    ("His visits on Friday drew crowds.", "on Friday", "2031-04-11"),
    ("Kowal, who meets Silva often, flew to Varna on Friday.", "on Friday", "2031-04-11"),
])
def test_scheduled_present_weekday_is_ahead(text, phrase, expected):
    assert value_of(text, WEDNESDAY, phrase)[0] == expected


SUNDAY_JUNE = date(2031, 6, 1)


@pytest.mark.parametrize("text, phrase, expected", [
    # a scheduled present before a month-day after publication: the coming day, whatever the reporting verb's tense
    ("The Harlow river fair returns on June 14 after a two-year break, organisers said.", "on June 14", "2031-06-14"),
    ("The Tessin choir tours Orrin on July 3, its manager said.", "on July 3", "2031-07-03"),
    ("The Velm delegation arrives in Varna on June 20, officials said.", "on June 20", "2031-06-20"),
    # near misses: a past verb, a day before publication, a habit
    ("The Harlow river fair returned on June 14 after a two-year break, organisers said.", "on June 14", "2030-06-14"),
    ("The Harlow river fair returns on May 20 after a two-year break, organisers said.", "on May 20", "2031-05-20"),
    ("The Harlow river fair usually returns on June 14, organisers said.", "on June 14", "2030-06-14"),
    ("His visits on June 14 drew crowds, aides said.", "on June 14", "2030-06-14"),
])
def test_scheduled_present_month_day_is_ahead(text, phrase, expected):
    assert value_of(text, SUNDAY_JUNE, phrase)[0] == expected
