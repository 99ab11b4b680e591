"""The scoring rules of `scripts/eval_events.py` (issue 15's measures): matching, duplicates, field checks and
the name-acceptability proxy, on hand-made records (no extraction runs here)."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from loaders.records import ArticleRecord, EventRecord

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_events.py"
_spec = importlib.util.spec_from_file_location("eval_events", _SCRIPT)
ev = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("eval_events", ev)  # dataclasses look their module up
_spec.loader.exec_module(ev)


def gold(**fields) -> dict:
    base = {"name": "Kowal–Ezra meeting in Gdańsk", "type": "meeting", "status": "occurred", "date": None,
            "date_precision": None, "participants": ["Anna Kowal", "Dan Ezra"], "actors": [], "location": "Gdańsk",
            "trigger": "met", "evidence": None}
    base.update(fields)
    return ev.split_parties(base, None)


def event(name="meeting of Anna Kowal and Dan Ezra in Gdańsk", kind="meeting", start=0, end=3, **fields):
    return EventRecord(name=name, event_type=kind, start=start, end=end, **fields)


@pytest.mark.parametrize("name, problems", [
    ("meeting of Anna Kowal and Dan Ezra in Gdańsk (2024-01-08)", []),
    ("Kowal–Ezra meeting", []),
    ("meeting of Anna Kowal in Warsaw", ["place"]),  # a place the event is not in
    ("meeting of Gdańsk in Gdańsk", ["repeated", "parties"]),
    ("took office of Anna Kowal", ["head", "grammar"]),
    ("vote veto of Anna Kowal", ["head", "grammar"]),
    ("meeting of Anna Kowal and Freedonia", ["parties"]),  # a topic named as a party
    ("lawsuit was brought", ["head", "grammar"]),
])
def test_name_proxy(name, problems):
    assert ev.name_problems(name, gold(), "met") == problems


@pytest.mark.parametrize("a, b, same", [
    ("Trump", "Donald Trump", True),
    ("Donald Trump", "Donald J. Trump", True),
    ("Donald Trump", "Melania Trump", False),
    ("the European Union", "European Union", True),
])
def test_same_name(a, b, same):
    assert ev.same_name(a, b) is same


@pytest.mark.parametrize("stored, wanted, right", [
    (None, None, True),
    ("Gdańsk", "Gdańsk", True),
    ("Seoul", "Norwegian Embassy, Seoul", True),  # one part of "Venue, City"
    ("Russia", "Moscow", True),  # the country holding the place: less specific, not wrong
    ("Moscow", "Russia", False),
    ("Ukraine", None, False),  # a place merely discussed
    (None, "Bonn", False),
])
def test_location_right(stored, wanted, right):
    assert ev.location_right(event(location=stored), gold(location=wanted)) is right


def test_hypothetical_status_is_right_when_not_stored_as_occurred():
    assert ev.status_right(event(status="planned"), gold(status="hypothetical"))
    assert not ev.status_right(event(), gold(status="hypothetical"))
    assert not ev.status_right(event(), gold(status="planned"))


def test_date_needs_the_gold_precision():
    wanted = gold(date="2022-03", date_precision="month")
    assert ev.date_exact(event(start_date=date(2022, 3, 1), date_precision="month"), wanted)
    assert not ev.date_exact(event(start_date=date(2022, 3, 14), date_precision="day"), wanted)
    assert not ev.date_exact(event(start_date=date(2021, 3, 1), date_precision="month"), wanted)


def test_matching_by_sentence_and_by_type_and_date():
    body = ("Kowal met Ezra in Gdańsk on Monday. The meeting lasted an hour. Talks went well, he said. "
            "Both attended the vote on January 8, 2024.")
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=body, body=body)
    meeting = gold(evidence="Kowal met Ezra in Gdańsk on Monday.")
    vote = gold(name="Gdańsk council vote", type="vote_veto", trigger="vote", date="2024-01-08",
                date_precision="day", evidence="Both attended the vote on January 8, 2024.")
    for item in (meeting, vote):
        ev.locate(item, body)
    stored = [
        event(start=6, end=9),  # "met": on the trigger
        event(kind="statement", name="statement of Ezra", start=19, end=25),  # same sentence, another type
        event(start=40, end=47),  # "meeting": a later mention, same type and parties -> duplicate
        event(kind="vote_veto", name="vote of Anna Kowal", start=0, end=3, start_date=date(2024, 1, 8),
              date_precision="day"),  # outside the sentence, but the gold type and date
        event(kind="attack", name="attack", start=63, end=68),  # no gold event anywhere near: not real
    ]
    stored[2].participants = ["Anna Kowal"]
    case = ev.Case("t", "tune", "x", article, stored, [meeting, vote], with_evidence=True)
    matching = ev.match_case(case)
    assert matching.primary == {0: 0, 1: 3}
    assert matching.duplicates == {2: 0}  # the statement (other type, off the trigger) and the attack are not real
    totals, _ = ev.score_cases([case])
    assert (totals["stored"], totals["real"], totals["dup_gold"], totals["extra"]) == (5, 3, 1, 1)
    assert (totals["dated"], totals["dated_found"]) == (1, 1)


def test_fix_published_keeps_a_gold_month_or_year_precision():
    """A page that shows only "November 2026" has a month as its gold date: the eval gives the article that month,
    with month precision, instead of failing on the partial ISO date."""
    from datetime import date

    from eval_events import _fix_published
    from loaders.extract.article import ArticleRecord

    for gold, want, precision in (("2026-11", date(2026, 11, 1), "month"), ("2026", date(2026, 1, 1), "year"),
                                  ("2026-11-04", date(2026, 11, 4), "day")):
        article = ArticleRecord.__new__(ArticleRecord)
        article.published_on, article.date_precision = None, None
        assert _fix_published(article, gold)
        assert (article.published_on, article.date_precision) == (want, precision)
        assert _fix_published(article, gold) == ""


def test_duplicates_need_evidence_of_the_same_event():
    """Round eventsE: a left-over stored event is a second row of a taken gold event only on evidence (its trigger;
    its type and a shared party with no far-off date; its type, date and place), not for sitting in its sentence or
    having its type and day."""
    body = ("Kowal met Ezra in Gdańsk on Monday, a day after a storm hit Sopot. Later Kowal met Ezra again. "
            "A second meeting, of Nowak and Lis, was held the same day in Warsaw. The Gdańsk meeting ended at noon.")
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=body, body=body)
    meeting = gold(evidence="Kowal met Ezra in Gdańsk on Monday, a day after a storm hit Sopot.",
                   date="2024-01-08", date_precision="day")
    ev.locate(meeting, body)
    day = dict(start_date=date(2024, 1, 8), date_precision="day")
    stored = [
        event(start=6, end=9, **day),  # "met": on the trigger (first match)
        event(kind="meeting", name="storm", start=50, end=55, **day),  # another act of the sentence: not a row
        event(start=75, end=78, participants=["Anna Kowal"]),  # same type, a shared party: a duplicate
        event(name="meeting of Nowak and Lis in Warsaw", start=97, end=104, location="Warsaw",
              participants=["Ewa Nowak"], **day),  # same type and day, other people and place: another meeting
        event(name="meeting in Gdańsk", start=160, end=167, location="Gdańsk", **day),  # type, day, place: a row
    ]
    case = ev.Case("t", "tune", "x", article, stored, [meeting], with_evidence=True)
    matching = ev.match_case(case)
    assert matching.primary == {0: 0}
    assert matching.duplicates == {2: 0, 4: 0}
