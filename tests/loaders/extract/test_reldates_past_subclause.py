"""A weekday in a clause of time or reason whose own verb is told in the past, hung on a main clause in the future,
is the day gone by (events round R25, session review item 1; `reldates._past_subclause`): "The library will close
in June after the council voted 23 to 19 on Monday evening" (published Tuesday) dates the vote to the Monday just
gone, an occurred vote, not the coming Monday's planned one. Near misses keep their reading: the future verb itself
("will vote on Monday evening"), a present verb in the clause ("after the council votes on Monday"), a reported
'would' whose clause's past is the future's past ("said a decision would be made after the review was presented on
Monday"). Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.extract.reldates import find_dates
from loaders.records import ArticleRecord
from loaders.registry import Registry

ANCHOR = date(2031, 4, 8)  # a Tuesday


def day_of(text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    for mention in find_dates(text, ANCHOR):
        if mention.start <= start < mention.end or start <= mention.start < start + len(phrase):
            return mention.value.start.isoformat() if mention.value else None
    return None


@pytest.mark.parametrize("text, phrase, expected", [
    ("The Kelmor pool will close in May after the Dunvale board voted 7 to 2 on Monday evening to cut its funds.",
     "Monday", "2031-04-07"),
    ("The depot will shut next year because the firm lost its contract late on Friday.", "Friday", "2031-04-04"),
    ("Fares will rise in June after the Orvik authority approved the plan on Sunday night.", "Sunday", "2031-04-06"),
    # near misses
    ("The Dunvale board will vote on Monday evening on the pool.", "Monday", "2031-04-14"),
    ("The Kelmor pool will close after the Dunvale board votes on Monday evening.", "Monday", "2031-04-14"),
    ("Lena Ostrow said the decision would be made after the review was presented on Friday.", "Friday",
     "2031-04-11"),
    ("The Dunvale board voted on Monday evening to close the pool.", "Monday", "2031-04-07"),
])
def test_a_past_clause_under_a_future_keeps_its_day_gone_by(text, phrase, expected):
    assert day_of(text, phrase) == expected


def events(body: str):
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                           published_on=ANCHOR, date_precision="day")
    return [(e.event_type, e.status, e.start_date.isoformat() if e.start_date else None)
            for e in extract_events(record, [], Registry())]


@pytest.mark.parametrize("body, expected", [
    ("The Kelmor pool will close in May after the Dunvale District Council voted 23 to 19 on Monday evening to "
     "approve the cuts.", ("vote_veto", "occurred", "2031-04-07")),
    # near misses
    ("The Dunvale District Council will vote on Monday evening on the cuts.", ("vote_veto", "planned", "2031-04-14")),
    ("The Dunvale District Council voted 23 to 19 on Monday evening to approve the cuts.",
     ("vote_veto", "occurred", "2031-04-07")),
])
def test_the_vote_in_a_past_clause_under_a_future_occurred(body, expected):
    assert expected in events(body)
