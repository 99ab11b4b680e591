"""A bare definite noun retells the one earlier act of its word (events round R26, whole-session review: a
minister's resignation stored three times). "Premier Anton Strale accepted the resignation" and "Bea Morrow said
the resignation was overdue" were each a resignation of their own, the acceptor and the critic its participants.
Now (`eventmerge._bare_retelling_target`) 'the <noun>' with nothing naming whose after it ('of', 'by'), told
occurred with no date of its own, joins the single earlier done, dated 'other' event whose trigger word starts
alike, and brings none of its clause's people. Near misses: 'his resignation' (a possessive, another's own act),
'the resignation of X', two earlier acts of that word (which one is unknown), a 'the' noun with a date of its own,
two meetings on two days. Made-up texts, published Wednesday 10 March 2010 (Monday is 2010-03-08).
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

RESIGNED = "Health Minister Dora Kettleby resigned on Monday after a row over hospital contracts. "

# key: (body, people, how many 'other' events, participants of the first)
ROWS = {
    "accepted the resignation": (
        RESIGNED + "Premier Anton Strale accepted the resignation and thanked her.",
        ("Dora Kettleby", "Anton Strale"), 1, ["Dora Kettleby"]),
    "said the resignation was overdue": (
        RESIGNED + "Opposition leader Bea Morrow said the resignation was long overdue.",
        ("Dora Kettleby", "Bea Morrow"), 1, ["Dora Kettleby"]),
    "both at once": (
        RESIGNED + "Premier Anton Strale accepted the resignation. Opposition leader Bea Morrow said the "
        "resignation was long overdue.", ("Dora Kettleby", "Anton Strale", "Bea Morrow"), 1, ["Dora Kettleby"]),
    # --- near misses: stay apart ---
    "his own resignation on another day": (
        RESIGNED + "Transport Minister Ivo Brandt announced his resignation on March 2.",
        ("Dora Kettleby", "Ivo Brandt"), 2, ["Dora Kettleby"]),
    "the resignation of someone named": (
        RESIGNED + "Premier Anton Strale also accepted the resignation of Ivo Brandt.",
        ("Dora Kettleby", "Anton Strale", "Ivo Brandt"), 2, ["Dora Kettleby"]),
    "two earlier resignations": (
        RESIGNED + "Transport Minister Ivo Brandt resigned on March 2. Premier Anton Strale accepted the "
        "resignation.", ("Dora Kettleby", "Ivo Brandt", "Anton Strale"), 3, ["Dora Kettleby"]),
    # the review of R26: another act told in between, of another word, may be the one retold
    "another act in between": (
        "Former minister Tom Orr resigned on May 3, 2009 over the ferry contracts. Health Minister Kara Bell quit "
        "on Monday. Premier Ana Lind accepted the resignation.",
        ("Tom Orr", "Kara Bell", "Ana Lind"), 3, ["Tom Orr"]),
    "the resignation with a day of its own": (
        RESIGNED + "Premier Anton Strale accepted the resignation on March 1.",
        ("Dora Kettleby", "Anton Strale"), 2, ["Dora Kettleby"]),
}


@pytest.mark.parametrize("body, people, count, first", ROWS.values(), ids=ROWS.keys())
def test_a_bare_definite_noun_retells_the_one_act(body, people, count, first):
    others = [e for e in events_of(body, *people) if e.event_type == "other"]
    assert len(others) == count, [(e.name, e.participants) for e in others]
    assert others[0].participants == first


def test_two_meetings_on_two_days_stay_two():
    body = ("Mayor Lena Grott met union leader Paul Osk on Monday. She met Paul Osk again on Tuesday to discuss "
            "the budget.")
    meetings = [e for e in events_of(body, "Lena Grott", "Paul Osk") if e.event_type == "meeting"]
    assert len(meetings) == 2, [(e.name, e.start_date) for e in meetings]


# 'the talks' after "X and Y agreed on Monday to ...", no gathering told before and no day of its own: the talks
# where they agreed (`eventmerge._agreement_talks_target`). Near misses: talks with a day of their own, a meeting
# told before, talks named with a person, no agreement.
AGREED = "Chile and Peru agreed on Monday to open a new rail link near Halvik, the foreign ministry said. "
TALKS = {
    "told reporters after the talks": (
        AGREED + "Chile's foreign minister told reporters after the talks that the last question was closed.",
        0),
    "took part in the talks": (AGREED + "The border authority chief also took part in the talks.", 0),
    # --- near misses ---
    "the talks next week": (AGREED + "The talks will resume on March 17 in Halvik.", 1),
    "talks held, no agreement": ("Chile and Peru held talks on Monday near Halvik. Chile's foreign "
                                 "minister told reporters after the talks that no deal was close.", 1),
}


@pytest.mark.parametrize("body, meetings", TALKS.values(), ids=TALKS.keys())
def test_the_talks_after_an_agreement_are_its_talks(body, meetings):
    events = events_of(body)
    kinds = [e.event_type for e in events]
    assert kinds.count("meeting") == meetings, [(e.event_type, e.name, e.start_date) for e in events]
    assert kinds.count("agreement_signing") == ("agreed" in body)
