"""Round eventsR13: the session21 review's event cases, each with near misses. Made-up texts, published on Monday
4 March 2024.

- `eventnames`: a name a person would write drops the honorifics before a person's name ("Dra. Lucía Pérez sworn
  in" -> "Lucía Pérez sworn in"), read from the people lexicon's honorifics; a capitalised word after a guarded
  honorific that is no name ("Adv. Sales") keeps it.
- `events`: a weekday word inside a person's mention ("Dr Sunday Mensah") is a given name, no date; a weekday
  before the name ("on Sunday Dr Mensah arrived") still dates the event.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

MONDAY = date(2024, 3, 4)


def _events(body: str, *names: str):
    return events_of(body, *names, published=MONDAY)


HONORIFIC_ROWS = {
    # --- an honorific before the subject's name is no part of the event's name ---
    "Dra.": ("Dra. Lucía Pérez was sworn in as health minister on Monday.", ("Lucía Pérez",),
             "Lucía Pérez sworn in"),
    "Lic.": ("Lic. Ana María Torres Ruiz was sworn in on Monday.", ("Ana María Torres Ruiz",),
             "Ana María Torres Ruiz sworn in"),
    "Ing.": ("Ing. Carlos Ruiz opened the new clinic in Rosario on Tuesday.", ("Carlos Ruiz",),
             "Carlos Ruiz opened the new clinic in Rosario"),
    "Adv.": ("Adv. Sana Qureshi filed a petition on Tuesday.", ("Sana Qureshi",), "Sana Qureshi filed a petition"),
    "Dr.": ("Dr. Lucía Pérez was sworn in on Monday.", ("Lucía Pérez",), "Lucía Pérez sworn in"),
    "two honorifics": ("Hon. Dr. Kofi Baah was sworn in on Monday.", ("Kofi Baah",), "Kofi Baah sworn in"),
    # --- near misses: no honorific opens the subject, or the word after it is no person ---
    "no honorific": ("Lucía Pérez was sworn in as health minister on Monday.", ("Lucía Pérez",),
                     "Lucía Pérez sworn in"),
    "a title, kept": ("Governor Lucía Pérez was sworn in on Monday.", ("Lucía Pérez",),
                      "Governor Lucía Pérez sworn in"),
    "a firm's name": ("Adv. Sales Group opened a new office in Rosario on Tuesday.", (),
                      "Adv. Sales Group opened a new office in Rosario"),
    "a German firm's name": ("Ing. Werke Berger opened a new plant in Rosario on Tuesday.", (),
                             "Ing. Werke Berger opened a new plant in Rosario"),
    "a licence office": ("Lic. Renewal Office opened in Rosario on Tuesday.", (),
                         "Lic. Renewal Office opened in Rosario"),
}


@pytest.mark.parametrize("body, names, expected", list(HONORIFIC_ROWS.values()), ids=list(HONORIFIC_ROWS))
def test_an_event_name_drops_the_honorific_before_a_name(body, names, expected):
    assert [e.name.rsplit(" (", 1)[0] for e in _events(body, *names)] == [expected]


WEEKDAY_NAME_ROWS = {
    # --- a weekday given name dates nothing ---
    "Dr Sunday Mensah": ("Dr Sunday Mensah was sworn in as health minister in Accra.", ("Sunday Mensah",), [None]),
    "Monday Okoro": ("Dr Monday Okoro met market traders in Kumasi.", ("Monday Okoro",), [None]),
    "name and a date": ("Dr Sunday Mensah was sworn in as health minister on Monday.", ("Sunday Mensah",),
                        ["2024-03-04"]),
    # --- near misses: the weekday stands before the name ---
    "on Sunday Dr Mensah": ("On Sunday Dr Mensah arrived in Accra.", ("Kwame Mensah",), ["2024-03-03"]),
    "Sunday, Dr Mensah": ("Last Sunday Dr Mensah met market traders in Kumasi.", ("Kwame Mensah",), ["2024-03-03"]),
    "a weekday after the name": ("Dr Kwame Mensah met market traders in Kumasi on Friday.", ("Kwame Mensah",),
                                 ["2024-03-01"]),
    "a weekday after an honorific's name": ("Mr. Kwame Mensah arrived in Accra on Sunday.", ("Kwame Mensah",),
                                            ["2024-03-03"]),
}


@pytest.mark.parametrize("body, names, expected", list(WEEKDAY_NAME_ROWS.values()), ids=list(WEEKDAY_NAME_ROWS))
def test_a_weekday_given_name_is_no_date(body, names, expected):
    assert [e.start_date.isoformat() if e.start_date else None for e in _events(body, *names)] == expected
