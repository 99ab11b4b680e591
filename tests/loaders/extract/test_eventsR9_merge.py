"""Round eventsR9 (#15, "no event twice in one article"). Written BEFORE the code; made-up texts, published on
Wednesday 10 March 2010 (Monday is 2010-03-08).

Mechanism under test (`eventmerge._one_happening`): an announcement of the teller's own act, told in the present
perfect right after it ("X today announced that it has signed an agreement"), is that act told once: the act is
the news and takes the announcement's date; no statement row is left beside it.
Near misses: the act of another party ("announced that Iberia Rail has signed"), a plan ("that it will sign"), an
act told in the past perfect with a date of its own ("announced on Monday that it had signed ... in 2008"), a
sentence of its own after the announcement ("announced a new chief. It has signed ...").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


def _kinds(body: str) -> list[tuple[str, str | None]]:
    return sorted((e.event_type, e.start_date.isoformat() if e.start_date else None) for e in events_of(body))


ROWS = {
    # --- one act, announced: one event, dated by the announcement ---
    "announced today that it has signed": (
        "Portucel Corp. today announced that it has signed a ten-year supply agreement with Iberia Rail S.A. to "
        "carry paper from its mill.", [("agreement_signing", "2010-03-10")]),
    "announced on Monday that they have signed": (
        "Portucel and Iberia Rail announced on Monday that they have signed a supply agreement.",
        [("agreement_signing", "2010-03-08")]),
    "announces that it has completed the purchase": (
        "Lisbon, March 10, 2010 -- Portucel Corp. announces that it has signed an agreement with Iberia Rail.",
        [("agreement_signing", "2010-03-10")]),
    # --- near misses: two events stay two ---
    "the act of another party": (
        "Portucel Corp. today announced that Iberia Rail has signed a supply agreement with Spain.",
        [("agreement_signing", None), ("statement", "2010-03-10")]),
    "a plan, not an act": (
        "Portucel Corp. today announced that it will sign a supply agreement with Iberia Rail.",
        [("agreement_signing", None), ("statement", "2010-03-10")]),
    "an act told in the next sentence": (
        "Portucel Corp. today announced a new chief executive. It has signed a supply agreement with Iberia Rail.",
        [("agreement_signing", None), ("statement", "2010-03-10")]),
    "a past perfect with a year of its own": (
        "Portucel Corp. announced on Monday that it had signed a supply agreement with Iberia Rail in 2008.",
        None),
}


@pytest.mark.parametrize("body, expected", list(ROWS.values()), ids=list(ROWS))
def test_announced_own_act(body, expected):
    kinds = _kinds(body)
    if expected is None:  # the past perfect: the announcement stays a row of its own
        assert ("statement", "2010-03-08") in kinds, kinds
        assert len(kinds) == 2, kinds
    else:
        assert kinds == expected, kinds


def test_announced_act_dated_elsewhere_keeps_the_announcement():
    # near miss: the act told again with a day of its own; the announcement is a statement of its own day
    kinds = _kinds("Portucel Corp. today announced that it has signed a ten-year supply agreement with Iberia Rail. "
                   "The agreement was signed on 9 March at the ministry in Lisbon.")
    assert kinds == [("agreement_signing", "2010-03-09"), ("statement", "2010-03-10")], kinds


# `eventmerge._when_retelling`: a ', when' clause right after a dated act, whose subject names no party of its own
# (a tribunal, a court: a third body) and whose other parties are all the act's, told with the same date, tells
# that act again ("won an arbitration case against X in 2006, when a tribunal in Geneva ruled that X's claim ...").
WHEN_ROWS = {
    "won a case / a tribunal ruled, same parties": (
        "Portugal won an arbitration case against Spain in 2006, when a tribunal in Geneva ruled that Spain's claim "
        "to the islands had no legal basis.", 1),
    "a capital standing for a party, a venue after 'in'": (
        "Portugal won an arbitration case against Spain in 2006, when a panel in Paris ruled that Madrid's claim "
        "to the islands had no basis and that the waters were a fishing ground for Portuguese and Moroccans.", 1),
    # --- near misses: two acts ---
    "the clause rules on other parties": (
        "Portugal won an arbitration case against Spain in 2006, when a court in Rome ruled that Italy owed France "
        "damages.", 2),
    "the clause names no party": (
        "Portugal won an arbitration case against Spain in 2006, when a tribunal in Geneva ruled that the islands "
        "had no owner.", 2),
    "the clause's subject is a party acting": (
        "Portugal won an arbitration case against Spain in 2006, when Spain's supreme court ruled that Portugal's "
        "claim had no basis.", 2),
    "another year in the clause": (
        "Portugal won an arbitration case against Spain in 2006, two years after a tribunal ruled in 2004 that "
        "Spain's claim had no basis.", 2),
}


@pytest.mark.parametrize("body, count", list(WHEN_ROWS.values()), ids=list(WHEN_ROWS))
def test_when_clause_retelling(body, count):
    others = [e for e in events_of(body) if e.event_type == "other"]
    assert len(others) == count, [(e.event_type, e.name) for e in others]


# `modality.read_status` rule negated-any: a negated act over no one in particular is no event (it was stored as a
# denied row, and counted a second time on the endorsement the article does tell).
NEGATED_ANY_ROWS = {
    "has not endorsed either candidate": (
        "The winner will replace Mayor Karl Brenner, who is not seeking a third term and has not endorsed either "
        "candidate.", []),
    "did not meet any of the envoys": ("Karl Brenner did not meet any of the envoys.", []),
    "has never visited any of the camps": ("Karl Brenner has never visited any of the camps in Lisbon.", []),
    # --- near misses: a named counterpart or a day: a denial told ---
    "has not endorsed a named person": ("Karl Brenner has not endorsed Ana Silva.", ["denied"]),
    "did not meet a named person on a day": ("Karl Brenner did not meet Ana Silva on Monday.", ["denied"]),
    "met any of the envoys, not negated": ("Karl Brenner met two of the envoys on Monday.", ["occurred"]),
}


@pytest.mark.parametrize("body, statuses", list(NEGATED_ANY_ROWS.values()), ids=list(NEGATED_ANY_ROWS))
def test_negated_act_over_no_one(body, statuses):
    assert [e.status for e in events_of(body, "Karl Brenner", "Ana Silva")] == statuses


# `eventmerge._told_at_next_conference`: a body's dated statement, then a press conference of its speaker in the
# next sentence on that day: one press conference.
CONFERENCE_ROWS = {
    "the government said Wednesday, its secretary at a press conference": (
        'Portugal and Spain have postponed their joint naval exercise, the Portuguese government said Wednesday.\n\n'
        '"Safety comes first," said Cabinet Secretary Karl Brenner at a regular press conference.',
        ["press_conference"]),
    # --- near misses ---
    "another state's minister at a press conference": (
        'The exercise was postponed, the Portuguese government said Wednesday. "Safety comes first," Spanish '
        'minister Karl Brenner told a press conference in Madrid.', ["press_conference", "statement"]),
    "a press conference on another day": (
        'The exercise was postponed, the Portuguese government said Wednesday. Karl Brenner told a press '
        'conference on Monday that safety came first.', ["press_conference", "statement"]),
    "a person's statement, not a body's": (
        'The exercise was postponed, Ana Silva said Wednesday. "Safety comes first," said Cabinet Secretary Karl '
        'Brenner at a regular press conference.', None),
}


@pytest.mark.parametrize("body, types", list(CONFERENCE_ROWS.values()), ids=list(CONFERENCE_ROWS))
def test_statement_then_press_conference(body, types):
    found = sorted(e.event_type for e in events_of(body, "Karl Brenner", "Ana Silva"))
    if types is None:  # (a person's dated saying: undecided as an event; only the conference must stay)
        assert "press_conference" in found and found.count("press_conference") == 1, found
    else:
        assert found == types, found
