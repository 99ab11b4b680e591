"""Round eventsR14: the final21 review's event-name cases, each with near misses. Made-up texts, published on
Monday 4 March 2024.

- `eventnames`: an honorific leaves an event's name only when the words after it begin a participant person's
  full name, for every honorific: "Miss Universe Sheynnis Palacios", "Hon Hai Precision" and "Dr. Reddy's
  Laboratories" keep their first word; "Dra. Lucía Pérez" still loses hers.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

MONDAY = date(2024, 3, 4)

ROWS = {
    # --- the word after the honorific begins no participant's name: the honorific is part of the name ---
    "a pageant title": ("Miss Universe Sheynnis Palacios was crowned on Saturday in San Salvador.",
                        ("Sheynnis Palacios",), "Miss Universe Sheynnis Palacios crowned in San Salvador"),
    "a pageant title, no people": ("Miss Universe Sheynnis Palacios was crowned on Saturday in San Salvador.", (),
                                   "Miss Universe Sheynnis Palacios crowned in San Salvador"),
    "a company with Hon": ("Hon Hai Precision was fined on Tuesday by Taiwan regulators over the deal.", (),
                           "Hon Hai Precision fined"),
    "a company with Dr.": ("Dr. Reddy's Laboratories was fined on Tuesday by the Indian regulator over pricing.",
                           ("Reddy",), "Dr. Reddy's Laboratories fined"),
    "a company head after the name": ("Dr. Reddy Laboratories was fined on Tuesday by the regulator.", ("Reddy",),
                                      "Dr. Reddy Laboratories fined"),
    # --- near misses: the words after it are a participant's name, and it goes ---
    "Dra.": ("Dra. Lucía Pérez was sworn in as health minister on Monday.", ("Lucía Pérez",), "Lucía Pérez sworn in"),
    "Miss before a name": ("Miss Sheynnis Palacios was crowned on Saturday in San Salvador.", ("Sheynnis Palacios",),
                           "Sheynnis Palacios crowned in San Salvador"),
    "Hon. before a name": ("Hon. Ruth Moyo was sworn in on Monday.", ("Ruth Moyo",), "Ruth Moyo sworn in"),
    "Dr. before a name": ("Dr. Anil Reddy was fined on Tuesday by the regulator.", ("Anil Reddy",), "Anil Reddy fined"),
    "two honorifics": ("Hon. Dr. Kofi Baah was sworn in on Monday.", ("Kofi Baah",), "Kofi Baah sworn in"),
}


@pytest.mark.parametrize("body, names, expected", list(ROWS.values()), ids=list(ROWS))
def test_an_honorific_goes_only_before_a_participants_name(body, names, expected):
    assert [e.name.rsplit(" (", 1)[0] for e in events_of(body, *names, published=MONDAY)] == [expected]
