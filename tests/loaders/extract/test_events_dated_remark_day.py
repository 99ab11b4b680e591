"""A named person's remark dated by a weekday, this week or last week/month right after "said"/"insisted" is a
statement event (issue 15, round eventsR15): the dated remark is the news the reader is told of ("Ana Holm said
Tuesday.", "Karl Brenner of Kiel, an ally of the mayor, said Thursday his worry is ...", "Ana Holm (D-Kiel) said
Sunday in Lubeck that ..."). Made-up rows, published Friday 13 May 2016; the dates expected were written before
the code. Near misses: a pronoun or a group's plural as the subject, a weekday that opens the reported clause,
a weekday in the possessive, "if/when" before the subject, a town "of" a body as the subject, a remark with no date.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 5, 13)

# key: (body, people, the words the statement must cover, expected (date, precision) or None: no statement there)
ROWS = {
    "a quote's teller with a weekday": (
        "“The port stays open,” harbour chief Ana Holm said Tuesday. Costs, she added, were high.", ("Ana Holm",),
        "Ana Holm said", (date(2016, 5, 10), "day")),
    "a teller of a place, in apposition": (
        "Karl Brenner of Kiel, an ally of the mayor, said Thursday his biggest worry is the bridge.",
        ("Karl Brenner",), "Brenner of Kiel, an ally of the mayor, said", (date(2016, 5, 12), "day")),
    "a teller with a party tag, then a place": (
        "Ana Holm (D-Kiel) said Sunday in Lubeck that she hoped for a large turnout.", ("Ana Holm",),
        "Ana Holm (D-Kiel) said", (date(2016, 5, 8), "day")),
    "a surname alone, last month": (
        "Prices rose again. Holm said last month that they would.", ("Ana Holm",), "Holm said",
        (date(2016, 4, 1), "month")),
    "a weekday with its part of the day": (
        "Karl Brenner, a top party surrogate, said Thursday morning on a radio show that the plan had failed.",
        ("Karl Brenner",), "Brenner, a top party surrogate, said", (date(2016, 5, 12), "day")),
    "insisted with a weekday": (
        "Karl Brenner insisted Wednesday that the bridge was safe.", ("Karl Brenner",), "Karl Brenner insisted",
        (date(2016, 5, 11), "day")),
    "a weekday, with a denial after it": (
        "Karl Brenner said Wednesday that the firms had met grocers, but denied that any deal had been reached.",
        ("Karl Brenner",), "Karl Brenner said", (date(2016, 5, 11), "day")),
    "insisted, the teller after the claim and a title before the name": (
        "The bridge is safe, city engineer Karl Brenner insisted Wednesday during a tour of the site.",
        ("Karl Brenner",), "Karl Brenner insisted", (date(2016, 5, 11), "day")),
    # near misses
    "near miss: insisted with no date": (
        "The bridge is safe, city engineer Karl Brenner insisted during a tour of the site.",
        ("Karl Brenner",), "Karl Brenner insisted", None),
    "near miss: a pronoun subject": (
        "He said Tuesday that the port would close.", (), "He said", None),
    "near miss: the weekday opens the reported clause": (
        "Ana Holm said Monday was a holiday in Kiel.", ("Ana Holm",), "Ana Holm said", None),
    "near miss: a weekday in the possessive": (
        "Ana Holm said Monday's vote was a farce.", ("Ana Holm",), "Ana Holm said", None),
    "near miss: a condition before the subject": (
        "If Ana Holm said Monday that she would go, nobody heard it.", ("Ana Holm",), "Ana Holm said", None),
    "near miss: a temporal clause before the subject": (
        "When Ana Holm said Tuesday that she would go, nobody laughed.", ("Ana Holm",), "Ana Holm said", None),
    "near miss: a town of a body": (
        "The city of Kiel said Monday it would reopen the bridge.", (), "Kiel said", None),
    "near miss: no date after the verb": (
        "Ana Holm said the port would stay open on Monday.", ("Ana Holm",), "Ana Holm said", None),
    "near miss: a group's plural": (
        "Critics said Tuesday that the port would close.", (), "Critics said", None),
}


def _statements_over(body, events, words):
    start = body.index(words)
    end = start + len(words)
    return [e for e in events if e.event_type == "statement" and e.start <= end and start <= e.end
            and e.status == "occurred" and e.start_date is not None]


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_remark_by_weekday(key):
    body, people, words, expected = ROWS[key]
    found = _statements_over(body, events_of(body, *people, published=PUBLISHED), words)
    if expected is None:
        assert not found, [(e.event_type, e.start_date, body[e.start:e.end]) for e in found]
    else:
        assert found, "no dated statement over the remark"
        assert (found[0].start_date, found[0].date_precision) == expected


def test_the_denial_stays_beside_the_dated_remark():
    body = ("Karl Brenner said Wednesday that the firms had met grocers, but denied that any deal had been "
            "reached.")
    events = events_of(body, "Karl Brenner", published=PUBLISHED)
    start = body.index("denied")
    denials = [e for e in events if e.start <= start < e.end]
    assert denials and denials[0].status == "denied"  # (the denied act, typed by the act: round eventsR11)


def test_said_on_a_weekday_is_left_to_other_rows():
    # near miss: "said on Monday at the meeting" is the gathering's (`test_events`), not a remark of its own
    body = "Karl Brenner said on Monday at the meeting that the plan was sound."
    events = events_of(body, "Karl Brenner", published=PUBLISHED)
    assert not [e for e in events if e.event_type == "statement"]


# One speaker's statement noun and dated saying in one sentence are one statement, with the saying's day; near
# misses: two speakers' sayings stay two, and a statement noun of another day's sentence stays its own.
ONE_STATEMENT = {
    "a statement noun, then the dated saying": (
        "In a statement, Karl Brenner said Tuesday that the port would close.", ("Karl Brenner",),
        [date(2016, 5, 10)]),
    "a statement noun with its maker, then the dated saying": (
        "In a statement released by his office, Karl Brenner said Tuesday that the port would close.",
        ("Karl Brenner",), [date(2016, 5, 10)]),
    "near miss: two speakers": (
        "Karl Brenner said Tuesday that the port would close. Ana Holm said Wednesday that it would not.",
        ("Karl Brenner", "Ana Holm"), [date(2016, 5, 10), date(2016, 5, 11)]),
    "near miss: one speaker on two days": (
        "Karl Brenner said Tuesday that the port would close. Brenner said Thursday that it would not.",
        ("Karl Brenner",), [date(2016, 5, 10), date(2016, 5, 12)]),
}


@pytest.mark.parametrize("key", list(ONE_STATEMENT))
def test_one_speakers_statement_noun_and_saying_are_one(key):
    body, people, expected = ONE_STATEMENT[key]
    events = events_of(body, *people, published=PUBLISHED)
    assert sorted(e.start_date for e in events if e.event_type == "statement") == expected
