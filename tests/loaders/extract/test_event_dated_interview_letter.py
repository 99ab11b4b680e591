"""Made-up cases (events round R21, issue 15 item 5: dated-event recall): two dated acts of telling that no trigger
row stored.

- An interview given on a day of its own, the day right after it or after its medium or outlet ("said in an
  interview on Saturday that", "in an interview with the Kiel Courier on Tuesday"): the remark is the news, as a
  dated speech's is (`eventwords.CLASS_TRIGGERS`, 'dated_interview').
- A letter written to someone with its date right after the addressee ("wrote to the health minister in August"): a
  dated act of its own (`eventwords.CLASS_TRIGGERS`, 'wrote_to'; a date before it, "In June, X wrote to", is not read).

Near misses: an interview with no day of its own, a job interview, interviews counted, a day told of another verb
after the interviewee; a letter with no date, "wrote that" (a saying), "wrote to" in a quotation, a writer's craft
("wrote to entertain"), a date of another clause.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 6, 1)  # a Wednesday

# key: (body, people, trigger, (type, date) or None for no dated event over the trigger)
ROWS = {
    "said in an interview on a weekday": (
        "Ana Holm said in an interview on Saturday that the port would stay open.", ("Ana Holm",),
        "interview", ("statement", date(2016, 5, 28))),
    "an interview with an outlet on a weekday": (
        "Ana Holm said in an interview with the Kiel Courier on Tuesday that the port would stay open.",
        ("Ana Holm",), "interview", ("statement", date(2016, 5, 31))),
    "an interview with a lower-case outlet on a weekday": (
        "In an interview with the private radio station Radio Nord on Monday, Ana Holm defended the budget.",
        ("Ana Holm",), "interview", ("statement", date(2016, 5, 30))),
    "wrote to a minister in a month": (
        "Mayor Ana Holm wrote to the health minister in March asking for the ward to reopen.", ("Ana Holm",),
        "wrote", ("other", date(2016, 3, 1))),
    "wrote to a ministry on a day and month": (
        "Karl Brenner said: We wrote to the ministry on 20 May and are still waiting for an answer.", ("Karl Brenner",),
        "wrote", ("other", date(2016, 5, 20))),
    # near misses
    "near miss: an interview with no day": (
        "Ana Holm said in an interview with the Kiel Courier that the port would stay open.", ("Ana Holm",),
        "interview", None),
    "near miss: a job interview": (
        "Ana Holm missed a job interview on Tuesday because the trains stopped.", ("Ana Holm",), "interview", None),
    "near miss: interviews counted": (
        "Ana Holm has given three interviews since Monday.", ("Ana Holm",), "interviews", None),
    "near miss: an interview's subject whose own verb holds the day": (
        "The interview with the nurse who died on Tuesday was never aired.", (), "interview", None),
    # review of eventsR21: a teller by surname alone that no step keeps makes no nameless, tellerless statement
    "near miss: an interview's teller no step keeps": (
        "Brenner said in an interview on Saturday that the merger was dead.", (), "interview", None),
    "an interview's teller the people step keeps": (
        "Karl Brenner said in an interview on Saturday that the merger was dead.", ("Karl Brenner",), "interview",
        ("statement", date(2016, 5, 28))),
    "near miss: a letter with no date": (
        "Ana Holm wrote to the health minister asking for the ward to reopen.", ("Ana Holm",), "wrote", None),
    "near miss: a writer's craft": (
        "Ana Holm wrote to entertain her readers in the 1990s.", ("Ana Holm",), "wrote", None),
    "near miss: wrote to in a quotation": (
        "\"We wrote to the ministry in March and nobody answered a single word of it, not one,\" Ana Holm told "
        "reporters.", ("Ana Holm",), "wrote", None),
    "near miss: a date of another clause": (
        "Ana Holm wrote to the minister, who resigned in March.", ("Ana Holm",), "wrote", None),
}


def _over(body, events, trigger):
    start = body.index(trigger)
    end = start + len(trigger)
    return [e for e in events if e.start <= start and end <= e.end and e.start_date is not None]


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_interview_and_letter(key):
    body, people, trigger, expected = ROWS[key]
    found = _over(body, events_of(body, *people, published=PUBLISHED), trigger)
    if expected is None:
        assert not found
    else:
        assert found, "no dated event over the trigger"
        assert (found[0].event_type, found[0].start_date) == expected
