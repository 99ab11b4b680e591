"""Round eventsR10 (#15): the newly-wrong cases of the eventsR9 review. Written BEFORE the code; made-up texts,
published on Wednesday 10 March 2010.

- `eventmerge._told_at_next_conference`: a body's statement is its speaker's press conference in the next sentence
  only when that conference is the body's alone: a joint conference, or one with a counterpart named beside the
  speaker, has another party, and the statement stays a row of its own (the body is no party of the other's).
- `eventmerge._merge`: an announcement of the teller's own act ("today announced that it has signed") set aside
  on the act is passed on when the act joins an event told earlier; when that event has a day of its own, the
  announcement is a statement of its own day, not lost.
- `modality.read_status` rule negated-any: "either" followed by named counterparts ("has not endorsed either Hale
  or Pratt") is a denial with them, not a negated act over no one in particular ("either candidate").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Karl Brenner", "Ana Silva", "Marcus Hale", "Lena Pratt", "Alvin Drake")


def _kinds(body: str) -> list[tuple[str, str | None]]:
    return sorted((e.event_type, e.start_date.isoformat() if e.start_date else None) for e in events_of(body, *NAMES))


CONFERENCE_ROWS = {
    # --- another party at the conference: two events ---
    "a joint conference with a named counterpart": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner said at a joint press conference with his Greek counterpart Ana Silva that trade would resume.",
        ["press_conference", "statement"]),
    "a joint conference, the counterpart unnamed": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner said at a joint press conference with his Greek counterpart that trade would resume.",
        ["press_conference", "statement"]),
    "a conference with a counterpart, not called joint": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner said at a press conference with his Greek counterpart that trade would resume.",
        ["press_conference", "statement"]),
    # --- near misses: the body's own speaker alone: one conference ---
    "a conference with reporters": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner said at a press conference with reporters that trade would resume.", ["press_conference"]),
    "a regular conference": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner told a regular press conference that trade would resume.", ["press_conference"]),
    "a conference in a named city": (
        "Lisbon will reopen the border crossing, the Portuguese government said Wednesday. Foreign Minister Karl "
        "Brenner told a press conference in Lisbon that trade would resume.", ["press_conference"]),
}


@pytest.mark.parametrize("body, types", list(CONFERENCE_ROWS.values()), ids=list(CONFERENCE_ROWS))
def test_statement_then_joint_press_conference(body, types):
    events = events_of(body, *NAMES)
    assert sorted(e.event_type for e in events) == types, [(e.event_type, e.name) for e in events]
    if "statement" in types:  # the body stays a party of its statement
        assert any(e.event_type == "statement" and e.actors for e in events), [(e.event_type, e.actors) for e in events]


ANNOUNCEMENT_ROWS = {
    # --- the act dated earlier in the article: the announcement of today stays ---
    "the signing told first with a day of its own": (
        "Norvala Energy and Keldor Mining signed a supply agreement in Oslo on February 23. Norvala Energy today "
        "announced that it has signed the agreement with Keldor Mining.",
        [("agreement_signing", "2010-02-23"), ("statement", "2010-03-10")]),
    "the signing told first in a year": (
        "Norvala Energy and Keldor Mining signed a supply agreement in Oslo in 2008. Norvala Energy today "
        "announced that it has signed the agreement with Keldor Mining.",
        [("agreement_signing", "2008-01-01"), ("statement", "2010-03-10")]),
    # --- no day of its own, or the same day: one signing, dated today (the first also lost the announcement) ---
    "the signing told first with no day": (
        "Norvala Energy and Keldor Mining signed a supply agreement in Oslo. Norvala Energy today announced that it "
        "has signed the agreement with Keldor Mining.", [("agreement_signing", "2010-03-10")]),
    "the signing told first on the same day": (
        "Norvala Energy and Keldor Mining signed a supply agreement in Oslo on Wednesday. Norvala Energy today "
        "announced that it has signed the agreement with Keldor Mining.", [("agreement_signing", "2010-03-10")]),
}


@pytest.mark.parametrize("body, expected", list(ANNOUNCEMENT_ROWS.values()), ids=list(ANNOUNCEMENT_ROWS))
def test_announcement_after_a_dated_act(body, expected):
    assert _kinds(body) == expected


EITHER_ROWS = {
    "either, two named counterparts": (
        "Senator Alvin Drake has not endorsed either Marcus Hale or Lena Pratt in the primary.", ["denied"]),
    "neither met, either of two named": ("Karl Brenner has not met either Ana Silva or Lena Pratt.", ["denied"]),
    # --- near misses: no one in particular, no event ---
    "either candidate": ("Senator Alvin Drake has not endorsed either candidate in the primary.", []),
    "either of them": ("Senator Alvin Drake has not endorsed either of them in the primary.", []),
    "either side": ("Karl Brenner has not met either side.", []),
    "either, a capitalised word but no pair": ("Karl Brenner has never visited either Asian country.", []),
}


@pytest.mark.parametrize("body, statuses", list(EITHER_ROWS.values()), ids=list(EITHER_ROWS))
def test_either_named_counterparts(body, statuses):
    assert [e.status for e in events_of(body, *NAMES)] == statuses
