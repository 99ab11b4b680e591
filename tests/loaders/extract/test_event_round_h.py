"""Round eventsH: review rows of eventsF/G's "threat given up" rule, and a carried-out act's name. Written BEFORE the
code; made-up texts.

1. A clause that gives something up tells the threat given up only when its subject is the threatener (left out,
   a pronoun for it, or its own noun: "the union" = "The union") and its object is the threatened act ("it", "the
   threat", the act's noun or its family: strike/walkout/action, march/protest/rally, lawsuit/case/suit) with no one
   else's qualifier ("the plan to cut wages", "the case against his aide"). Someone else giving up something else
   leaves the threat as it was: no event.
2. A sentence-opening time phrase never enters an event's name ("On Monday they marched" is no "On marched").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

OTHERS_GIVE_UP_ROWS = {
    "company dropped the plan to cut wages":
        "The union threatened to strike on Monday and the company dropped the plan to cut wages.",
    "management abandoned the plan to close the plant":
        "The workers threatened to strike on Monday, but the management abandoned the plan to close the plant.",
    "city cancelled the rally by farmers":
        "The union threatened to march on Thursday; the city cancelled the rally by farmers.",
    "they dropped the case against him":
        "The landlord threatened to sue the tenants on Friday, but they dropped the case against him on Monday.",
    "before the company scrapped the plan":
        "The union threatened to strike on Monday before the company scrapped the plan.",
    "a court dropped the case against his aide":
        "The minister threatened to sue the paper on Friday, and a court later dropped the case against his aide.",
    "club withdrew the appeal against her ban":
        "Ana Silva threatened to resign on Friday, and the club withdrew the appeal against her ban.",
}


@pytest.mark.parametrize("body", OTHERS_GIVE_UP_ROWS.values(), ids=list(OTHERS_GIVE_UP_ROWS))
def test_someone_else_giving_up_something_else_cancels_no_threat(body):
    assert [e for e in events_of(body, "Ana Silva") if e.status == "cancelled"] == []


SAME_GIVES_UP_ROWS = {
    # the threatener, by its own noun or a pronoun, gives up the act, by its family's noun
    "the union called off the strike":
        ("The union threatened to strike on Monday, but the union called off the strike.", ("cancelled", "2010-03-08")),
    "they called off the action":
        ("The workers threatened to strike on Monday, but they called off the action.", ("cancelled", "2010-03-08")),
    "it dropped the lawsuit":
        ("The company threatened to sue the paper on Friday, but it dropped the lawsuit.", ("cancelled", "2010-03-05")),
}


@pytest.mark.parametrize("body, expected", SAME_GIVES_UP_ROWS.values(), ids=list(SAME_GIVES_UP_ROWS))
def test_threatener_giving_up_the_act_cancels_it(body, expected):
    others = [e for e in events_of(body) if e.event_type == "other"]
    assert [(e.status, e.start_date.isoformat()) for e in others] == [expected]


NAME_ROWS = {
    "On Monday they marched": "The union had threatened to march to the capital. On Monday they marched.",
    "On Monday the union marched": "The union had threatened to march to the capital. On Monday the union marched.",
}


@pytest.mark.parametrize("body", NAME_ROWS.values(), ids=list(NAME_ROWS))
def test_opening_time_phrase_not_in_name(body):
    names = [e.name for e in events_of(body) if e.status == "occurred"]
    assert names and all(not name.lower().startswith("on ") and "monday" not in name.lower() for name in names)
