"""The story's place (`events._story_place`): the dateline's town, or the one town the headline block and the
body's first paragraphs agree on, locates a local-kind event (a meeting, press conference or vote; a hearing,
strike, protest or debate) that has no place of its own; never a call or visit, never an event whose acting states
are others or whose sentence names a place of another country. Made-up stories; expected outputs written before
the run."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.test_events import people_in


def located(title: str | None, body: str, event_type: str, *names: str) -> list[str | None]:
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body, title=title,
                           published_on=date(2010, 3, 10), date_precision="day")
    return [e.location for e in extract_events(record, people_in(body, *names), Registry())
            if e.event_type == event_type]


_SCHOOLS = "\n\nThe two schools in Coimbra have lost half their pupils since 2000, officials said."


@pytest.mark.parametrize("title, body, event_type, expected", [
    # the headline's town, named again in the opening paragraphs, locates the council's vote
    ("Coimbra councillors vote to close two schools", "The city council voted 7-2 on Monday to close two primary "
     "schools." + _SCHOOLS, "vote_veto", "Coimbra"),
    # ... not a phone call told in the same story
    ("Coimbra councillors vote to close two schools", "Ana Silva spoke by phone with Karl Brenner on Monday about "
     "the closures." + _SCHOOLS, "phone_call", None),
    # ... not a meeting of other states
    ("Coimbra councillors vote to close two schools", "France and Peru held talks on Monday on fishing quotas."
     + _SCHOOLS, "meeting", None),
    # the headline's town not named in the opening paragraphs: no story place
    ("Coimbra councillors vote to close two schools", "The city council voted 7-2 on Monday to close two primary "
     "schools.\n\nThe two schools have lost half their pupils since 2000.", "vote_veto", None),
    # two towns agreed on: no one story place
    ("Coimbra and Braga councillors vote to close schools", "The city council voted 7-2 on Monday to close two "
     "primary schools.\n\nSchools in Coimbra and Braga have lost half their pupils.", "vote_veto", None),
    # a town's word inside a longer name ("the Porto Canal", "Braga do Norte") is no story place
    # (row corrected after the run: a protest of no one named is no stored event, so the row reads a vote instead)
    ("Councillors vote to dredge the Porto Canal", "The city council voted 7-2 on Monday to dredge the canal.\n\n"
     "The Porto Canal has been closed to barges since 2008.", "vote_veto", None),
    ("Braga do Norte councillors vote to close two schools", "The city council voted 7-2 on Monday to close two "
     "primary schools.\n\nThe schools of Braga do Norte have lost half their pupils.", "vote_veto", None),
    # a dateline's town locates a local strike of the day's news (row corrected after the run: a dateline locates
    # only the day's news, as `_at_dateline` and test_event_places decide, not a strike told weeks before)
    (None, "PORTO — Dock workers went on strike on Monday over pay, the union said.", "other", "Porto"),
    (None, "PORTO — Dock workers went on strike in February over pay, the union said.", "other", None),
    # ... but not a strike its sentence places in another country
    (None, "PORTO — Dock workers in Vigo, Spain went on strike on Monday over pay, the union said.", "other",
     None),
])
def test_story_place(title, body, event_type, expected):
    assert located(title, body, event_type, "Ana Silva", "Karl Brenner") == [expected]
