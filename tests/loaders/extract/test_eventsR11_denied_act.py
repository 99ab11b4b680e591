"""Round eventsR11 (#15): a denial told as the denied event ("denied reports that the bank had sold foreign
currency in September") is stored as the denied act, typed 'other' (`events._denied_act_type`), not as the
denier's statement: a reader, and the gold, count a sale denied. Written BEFORE the code; made-up texts, published
on Wednesday 10 March 2010.
Near misses: a denied speech act ("denied that it had threatened to withdraw") stays a statement; a denial dated
by its own day, the date before its "that" ("on Wednesday denied a report that it had summoned ..."), is the
denier's statement of that day; a plain statement, and a denial told by the denied event's own trigger ("denied
that Brenner had met Silva": a meeting), keep their types.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Lena Marsh")


def _denied(body: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.start_date.isoformat() if e.start_date else None)
            for e in events_of(body, *NAMES) if e.status == "denied"]


ROWS = {
    # --- the denied act is a happening: 'other' ---
    "a sale denied, dated in its clause": (
        "Governor Lena Marsh denied reports that the Central Bank of Varrow had sold foreign currency to support "
        "the krona in September.", [("other", "2009-09-01")]),
    "a price raise denied, dated in its clause": (
        "The Varrow energy ministry denied a report in the Kestle Times that it had quietly raised the price "
        "ceiling in April.", [("other", "2009-04-01")]),
    "a grant denied, undated": (
        "The Kestle Water Authority denied claims that it had granted land titles to a developer.",
        [("other", None)]),
    # --- near misses ---
    "a denied threat: a speech act": (
        "The Varrow government denied reports that it had threatened to withdraw from the force in April.",
        [("statement", "2009-04-01")]),
    "the denial's own day before its 'that'": (
        "The Varrow Ministry of Foreign Affairs on Tuesday denied a report by a Kestle broadcaster that it had "
        "summoned the ambassador over the arrests.", [("statement", "2010-03-09")]),
}


@pytest.mark.parametrize("body, expected", list(ROWS.values()), ids=list(ROWS))
def test_a_denial_is_stored_as_the_denied_act(body, expected):
    assert _denied(body) == expected


def test_a_denied_meeting_keeps_its_own_type():
    assert _denied("Karl Brenner denied that he had met Ana Silva in Lisbon in February.") == [
        ("meeting", "2010-02-01")]


def test_a_plain_statement_keeps_its_type():
    events = events_of("The Varrow Foreign Ministry issued a statement on Monday.", *NAMES)
    assert [(e.event_type, e.status) for e in events] == [("statement", "occurred")]
