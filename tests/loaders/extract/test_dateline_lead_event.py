"""The lead's own happening takes the dateline's town (issue 15, round 2 of evdateE): "LISBON (AP) — A deadly
stabbing on a commuter train ..." tells the story's news where the dateline puts it, dated or not. An undated
attack or other happening in the sentence the dateline opens, naming no place of its own, is at the dateline's
town (before, only one dated within three days of publication was, and an undated one naming no one was dropped
as too vague). Not one of a later sentence, not one whose sentence names its place (an undated one naming no one stays
dropped), not a recalled or dated-away one. Made-up rows, written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _events(body: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return extract_events(article, [], Registry())


@pytest.mark.parametrize("body, expected", [
    ("LISBON (AP) — The latest on a deadly stabbing on a commuter train (all times local):\n\nThe line reopened.",
     [("attack", "Lisbon")]),
    ("LISBON (AP) — Two guards were shot dead at the gate of a depot, police said.", [("attack", "Lisbon")]),
    # near misses: the sentence names its place; a later sentence's; one dated years before
    ("LISBON (AP) — A stabbing in Porto left one man dead, police said.", []),
    ("LISBON (AP) — The line reopened after a long delay.\n\nA stabbing on a train left one man dead.", []),
    ("LISBON (AP) — The man accused of a stabbing in 2001 was freed.", [("attack", None)]),
])
def test_the_leads_happening_is_at_the_dateline(body, expected):
    assert [(e.event_type, e.location) for e in _events(body) if e.event_type == "attack"] == expected
