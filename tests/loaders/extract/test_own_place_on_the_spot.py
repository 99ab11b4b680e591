"""The article's own place (`eventplaces.article_place`) reaches the on-the-spot happenings it reports (issue 15,
round 2 of evdateE, after a note from evactE): a news conference or an attack whose sentence names no place took
place where the article's news is, as a local 'other' happening, a vote or an election already does. Not one the
article recalls, not one whose sentence names another place, not one a body of another place holds. A meeting
stays unplaced (a gathering may be anywhere: the capital, a ministry abroad). Made-up rows, written before the
code."""
from __future__ import annotations

import re
from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

LEAD = ("Floods cut the main roads in Lisbon on Monday, officials said. A landslide buried a road in Lisbon on Tuesday "
        "as the water rose. ")


def _events(body: str, *names: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day", title="Floods hit Lisbon")
    people = []
    for name in names:
        spans = [m.span() for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", body)]
        people.append(PersonRecord(name=name, mentions=[MentionRecord(body[a:b], a, b) for a, b in spans]))
    return extract_events(article, people, Registry())


@pytest.mark.parametrize("sentence, kind, place", [
    ("Police chief Ana Silva told a news conference on Tuesday that two people were missing.",
     "press_conference", "Lisbon"),
    ("A man was stabbed near the flooded station on Tuesday, Ana Silva said.", "attack", "Lisbon"),
    # near misses: another place named, a recalled one, a meeting
    ("Ana Silva told a news conference in Porto on Tuesday that help was coming.", "press_conference", "Porto"),
    ("Ana Silva held a news conference on the floods of 2001 in March 2001.", "press_conference", None),
    ("Ana Silva met the mayor on Tuesday to plan the repairs.", "meeting", None),
])
def test_on_the_spot_happenings_take_the_articles_place(sentence, kind, place):
    events = [e for e in _events(LEAD + sentence, "Ana Silva") if e.event_type == kind]
    assert [e.location for e in events] == [place]
