"""A participle opening its sentence takes the main clause's subject as its doer (issue 15, round 2 of evdateE):
"Launching her bid for governor a month before the vote, Ana Silva is betting on ..." is Silva's launch; before, the
launch named no one (the name stands in the clause after the comma) and was dropped as too vague. Only a person
named right after the participle's clause; a clause with no person named there keeps its parties. Made-up rows,
written before the code."""
from __future__ import annotations

import re
from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry


def _events(body: str, *names: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    people = []
    for name in names:
        spans = [m.span() for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", body)]
        if spans:
            people.append(PersonRecord(name=name, mentions=[MentionRecord(body[a:b], a, b) for a, b in spans]))
    return extract_events(article, people, Registry())


@pytest.mark.parametrize("body, expected", [
    ("Launching her bid for governor weeks before the vote, Ana Silva is betting on rural voters.",
     [["Ana Silva"]]),
    ("Launching his presidential campaign late, former mayor Karl Brenner hopes to win the South.",
     [["Karl Brenner"]]),
    # near misses: no person right after the clause; the participle not opening the sentence
    ("Launching her bid for governor weeks before the vote, the mayor is betting on rural voters.", []),
    ("The mayor, launching her bid for governor, thanked her staff.", []),
])
def test_an_opening_participle_takes_the_main_subject(body, expected):
    assert [e.participants for e in _events(body, "Ana Silva", "Karl Brenner") if e.event_type == "other"] == expected
