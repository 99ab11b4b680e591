"""Review of eventsR18 (newly wrong): made-up rows and near misses (published Thursday 13 March 2031).

1. a poll "taken over" some days is a poll held over them; only "taken down/off/offline/away" removes one;
2. a denial's own sentence does not end at an abbreviation ("Mr.", "Dr.", "St.");
3. a passive denied act is named by its own subject ("grants withdrawn"), never the denier's words.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 3, 13)


def _events(body):
    return events_of(body, published=PUBLISHED)


def _rows(body):
    return [(e.event_type, e.status, e.name) for e in _events(body)]


# 1. a poll taken over a period
@pytest.mark.parametrize("body", [
    "The survey was taken over three days in March.",
    "The poll was taken over two weeks in February.",
])
def test_poll_taken_over_days_is_a_poll(body):
    assert _events(body), body


@pytest.mark.parametrize("body", [
    # near misses: removed polls stay no poll
    "The poll was taken down on Monday after complaints.",
    "The survey was taken off the site on Tuesday.",
    "The survey was taken offline on Tuesday.",
])
def test_poll_taken_down_still_no_poll(body):
    assert not _events(body), _rows(body)


# 2. abbreviations end no denial sentence
@pytest.mark.parametrize("body, expected", [
    ("The clinic denied on Tuesday that Mr. Varrow had falsified records.", "Mr. Varrow falsified records (2031-03-11)"),
    ("The clinic denied on Tuesday that Dr. Varrow had falsified records.", "Dr. Varrow falsified records (2031-03-11)"),
])
def test_denial_sentence_does_not_end_at_abbreviation(body, expected):
    assert [name for _, status, name in _rows(body) if status == "denied"] == [expected]


@pytest.mark.parametrize("body, expected", [
    # near misses: a real sentence end still closes the denial's clause
    ("The agency denied that it had moved the flood money. Holm said on Monday that every krone was spent on roads.",
     ["The agency moved the flood money"]),
    ("The ministry denied that it had sold the old pier. Officials said on Tuesday that the pier was repaired.",
     ["The ministry sold the old pier"]),
    ("The council denied that it had sold the old pier.", ["The council sold the old pier"]),
])
def test_denial_sentence_end_unchanged(body, expected):
    assert [name for _, status, name in _rows(body) if status == "denied"] == expected


# 3. a passive denied act takes its own subject
@pytest.mark.parametrize("body", [
    "The Brisk County council denied that grants had been withdrawn.",
    "The Tarvel County council denied that grants had been withdrawn.",
])
def test_passive_denied_act_named_by_own_subject(body):
    names = [name for _, status, name in _rows(body) if status == "denied"]
    assert names and all("County" not in name for name in names), names
    assert all("withdrawn" not in name or "rants" in name for name in names), names


@pytest.mark.parametrize("body, expected", [
    # near misses
    ("The council denied on Tuesday that any grants had been withdrawn.", ["Any grants withdrawn (2031-03-11)"]),
    ("The army denied that it had diverted the toll payments to the treasury.", ["The army diverted the toll payments"]),
    ("The ministry denied that it had threatened to withdraw from the talks.", ["Ministry statement"]),
])
def test_other_denied_names_unchanged(body, expected):
    assert [name for _, status, name in _rows(body) if status == "denied"] == expected


@pytest.mark.parametrize("body, expected", [
    # near misses: an active act with a personal pronoun subject keeps the denier as its subject
    ("Former mayor Mira Tovel was jailed. Tovel denied throughout the trial that she had signed the loan papers.",
     "Tovel signed the loan papers"),
])
def test_active_denied_act_keeps_its_teller(body, expected):
    assert [name for _, status, name in _rows(body) if status == "denied"] == [expected]
