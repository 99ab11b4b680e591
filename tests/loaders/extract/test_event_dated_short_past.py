"""Short regular past forms (issue 15, dated recall): "died" and "sued" have four letters, fewer than the five an
'-ed' word needs to be read as a verb ("red", "bed", "fed" are not), and were lost ("Ruth Amsel died on Saturday").
They are listed (`eventwords.SHORT_REGULAR_PAST`). Near misses of ordinary prose: a death told in speech, a
death with no date, "tied up" (not listed: a state), an adjective ("a red card on Monday"). Written before the fix.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_dated_apposition import assert_dated_at  # published Wednesday 2026-06-10

CASES = [
    # (sentence, people, trigger or None, its ISO date)
    ("Ruth Amsel died on Saturday at the age of 64.", ("Ruth Amsel",), "died", "2026-06-06"),
    ("Velta Motors said that Ruth Amsel had died on Saturday.", ("Ruth Amsel",), "died", "2026-06-06"),
    ("Kestrel Batteries sued Velta Motors on Monday over unpaid bills.", (), "sued", "2026-06-08"),
    # near misses
    ("Ruth Amsel said on Monday that the plan had died.", ("Ruth Amsel",), "died", None),
    ("Ruth Amsel, whose father died young, spoke at length.", ("Ruth Amsel",), "died", None),
    ("Ruth Amsel was tied up in meetings on Monday.", ("Ruth Amsel",), "tied", None),
    ("Ruth Amsel was shown a red card on Monday.", ("Ruth Amsel",), "red", None),
]


@pytest.mark.parametrize("body, people, trigger, when", CASES, ids=[case[0][:50] for case in CASES])
def test_short_past(body, people, trigger, when):
    assert_dated_at(body, people, trigger, when)
