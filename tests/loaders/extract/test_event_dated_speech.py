"""A speech or an address with its own day is a statement event (issue 15, events round R2): "said during a speech
in Kiel Saturday night", "her speech to the farmers' union on Monday". Political
news dates its speeches this way and the remark is the news. Made-up rows, published Wednesday 1 June 2016; the
dates expected were written before the code. Near misses: a speech with no day of its own, an address that is a
place to write to, a planned speech, a speech in a quotation, speeches counted, a speech a date of another word
follows ("a speech that Monday's vote ...").
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 6, 1)

# key: (body, people, trigger, (type, status, date) or None for no statement over the trigger)
ROWS = {
    "said during a speech in a town, weekday night": (
        "Ana Holm said during a speech in Kiel Saturday night that the port would stay open.", ("Ana Holm",),
        "speech", ("statement", "occurred", date(2016, 5, 28))),
    "a speech to an audience on a weekday": (
        "In a speech to the Baltic Farmers Union on Monday, Ana Holm attacked the tariff plan.", ("Ana Holm",),
        "speech", ("statement", "occurred", date(2016, 5, 30))),
    # near misses
    "near miss: a speech with no day": (
        "Ana Holm said during a speech in Kiel that the port would stay open.", ("Ana Holm",), "speech", None),
    "near miss: an address to write to": (
        "Voters can send the form to the address on Monday's letter.", (), "address", None),
    "near miss: a planned speech": (
        "Ana Holm will give a speech in Kiel on Saturday.", ("Ana Holm",), "speech", "planned"),
    "near miss: a speech inside a quotation": (
        "\"I made a speech in Kiel on Saturday and nobody listened to a word of it, not one word,\" Ana Holm "
        "told reporters.", ("Ana Holm",), "speech", None),
    "near miss: speeches counted": (
        "Ana Holm has given three speeches in Kiel since Monday.", ("Ana Holm",), "speeches", None),
    "near miss: an email address": (
        "Karl Brenner's email address Sunday was posted online by hackers.", ("Karl Brenner",), "address", None),
    "near miss: an address with its weekday (not read)": (
        "Karl Brenner's address Sunday about the budget drew sharp criticism.", ("Karl Brenner",), "address", None),
}


def _statement_over(body, events, trigger):
    start = body.index(trigger)
    end = start + len(trigger)
    return [e for e in events if e.event_type == "statement" and e.start <= start and end <= e.end]


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_speech(key):
    body, people, trigger, expected = ROWS[key]
    found = _statement_over(body, events_of(body, *people, published=PUBLISHED), trigger)
    if expected is None:
        assert not found
    elif expected == "planned":
        assert all(e.status != "occurred" for e in found)
    else:
        event_type, status, day = expected
        assert found, "no statement over the trigger"
        assert (found[0].event_type, found[0].status, found[0].start_date) == (event_type, status, day)


# the place of a speech its weekday follows with no comma is the town alone; near misses: a place whose own name
# ends in a weekday word is not written so in these rows, and a place with no weekday stays as it is
PLACES = {
    "a weekday run on to the town": ("Ana Holm said during a speech in Kiel Saturday night that the port would stay "
                                     "open.", ("Ana Holm",), "speech", "Kiel"),
    "a weekday after the town's comma": ("Ana Holm gave a speech in Kiel, on Saturday, about the port.",
                                         ("Ana Holm",), "speech", "Kiel"),
    "near miss: the town alone": ("Ana Holm said during a speech in Kiel on Saturday that the port would stay open.",
                                  ("Ana Holm",), "speech", "Kiel"),
    "near miss: no place": ("Ana Holm said during a speech on Saturday that the port would stay open.",
                            ("Ana Holm",), "speech", None),
}


@pytest.mark.parametrize("key", list(PLACES))
def test_speech_place_without_its_weekday(key):
    body, people, trigger, place = PLACES[key]
    found = [e for e in events_of(body, *people, published=PUBLISHED)
             if e.start <= body.index(trigger) < e.end]
    assert found and found[0].location == place
