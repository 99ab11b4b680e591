"""Review of round eventsR15 (dated remarks after said/insisted as statements, `eventwords` row dated_remark_day):
its newly wrong causes, each with made-up rows and near misses (published Friday 13 May 2016).

1. the teller's name never runs back over the previous sentence's end ("... in Varno. Ilsa Brandt said Tuesday");
2. a teller who is no named person nor body (a group's plural, "Everyone") tells no dated remark of its own;
3. a remark made at a gathering told right after the day ("said Tuesday at a meeting of the board") is the
   gathering's;
4. a saying dated by its own past day has occurred, whatever the reported clause's future;
5. the saying's participant is its teller, not the subject of another clause of the sentence.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 5, 13)
TUESDAY = date(2016, 5, 10)
THURSDAY = date(2016, 5, 12)


def _statements(body, *people):
    return [e for e in events_of(body, *people, published=PUBLISHED) if e.event_type == "statement"]


# (body, people, the teller's words the statement must cover, its date, participants); None: no statement there
ROWS = {
    "the teller after a dated sentence": (
        "The board met on Monday in Varno. Ilsa Brandt said Tuesday that the meeting had gone well.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
    "the teller after an undated sentence": (
        "The board met in Varno. Ilsa Brandt insisted Tuesday that the port would reopen.",
        ("Ilsa Brandt",), "Ilsa Brandt insisted", TUESDAY, ["Ilsa Brandt"]),
    "a past saying of a future reopening": (
        "Harbour chief Ilsa Brandt said Tuesday that the port would reopen next month. She gave no details.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
    "a past saying of a coming week": (
        "Ilsa Brandt said Tuesday that the ferry would sail again next week.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
    "a teller after another clause's subject": (
        "Ilsa Brandt will speak Monday about the port, and Otto Kern said Thursday he would resign.",
        ("Ilsa Brandt", "Otto Kern"), "Otto Kern said", THURSDAY, ["Otto Kern"]),
    # near misses: a teller with initials or a title keeps the row; a place after the day is no gathering
    "near miss: initials in the name": (
        "The board met in Varno. J.K. Holm said Tuesday that the port would reopen.",
        ("J.K. Holm",), "Holm said", TUESDAY, ["J.K. Holm"]),
    "near miss: a title with its stop": (
        "The board met in Varno. Dr. Ilsa Brandt said Tuesday that the port was safe.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
    "near miss: two tellers of one clause": (
        "Ilsa Brandt and Otto Kern said Thursday that the port would reopen.",
        ("Ilsa Brandt", "Otto Kern"), "Otto Kern said", THURSDAY, ["Ilsa Brandt", "Otto Kern"]),
    "near miss: a town after the day": (
        "Ilsa Brandt said Tuesday in Varno that the port would reopen.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
    "near miss: a place, not a gathering, after 'at'": (
        "Ilsa Brandt said Tuesday at the harbour that the cranes were safe.",
        ("Ilsa Brandt",), "Ilsa Brandt said", TUESDAY, ["Ilsa Brandt"]),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_dated_remark_fixes(key):
    body, people, words, day, participants = ROWS[key]
    start = body.index(words)
    found = [e for e in _statements(body, *people) if e.start <= start + len(words) and start <= e.end]
    assert found, "no statement over the teller"
    assert (found[0].start_date, found[0].status, list(found[0].participants)) == (day, "occurred", participants)
    assert "." not in body[found[0].start:found[0].end].replace("J.K.", "").replace("Dr.", "")


@pytest.mark.parametrize("body, people", [
    # no statement runs back over a sentence end to a pronoun teller
    ("Ilsa Brandt arrived in Varno on Monday. She said Tuesday that the port would reopen.", ("Ilsa Brandt",)),
    ("Talks ended on Monday. They said Tuesday that no deal was near.", ()),
    # a group's plural or "everyone" tells no dated remark
    ("Lawmakers said Tuesday that the port would reopen.", ()),
    ("Everyone said Tuesday that the port would reopen.", ()),
    ("Dockworkers insisted Wednesday that the cranes were unsafe.", ()),
])
def test_no_statement_without_a_named_teller(body, people):
    found = _statements(body, *people)
    assert not found, [(e.start_date, body[e.start:e.end]) for e in found]


@pytest.mark.parametrize("body, gathering", [
    ("Ilsa Brandt said Tuesday at a meeting of the harbour board in Varno that the port would reopen.", "meeting"),
    # (a gathering not stored of its own leaves the remark a statement: review of eventsR16, test_eventsR17_review)
    ("Otto Kern insisted Wednesday at a summit in Varno that taxes would fall.", "summit"),
])
def test_a_remark_at_a_gathering_is_the_gathering(body, gathering):
    events = events_of(body, "Ilsa Brandt", "Otto Kern", published=PUBLISHED)
    assert not [e for e in events if e.event_type == "statement"], [(e.event_type, body[e.start:e.end]) for e in events]
