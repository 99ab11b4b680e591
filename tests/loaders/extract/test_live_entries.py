"""A live blog's entries (`opendates.live_entries`): a line holding only a clock time ("18.20", "21:48") opens an
entry told on the publication day; the entry's lead sentence tells its event, in the past, the perfect or the
present ("Varn Ferries has cancelled", "The Tarnby council approves"), after a speech verb its content's verb
("Police say they have closed"). One stamp alone, or a time inside a sentence, is no live blog. Made-up pages;
expected outputs written before the run."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

LIVE = """Varnland News
Storm Tove: ferries halted - live
Live updates in reverse order.
18.20
Ferries halted
Varn Ferries has cancelled all sailings to Tarnby because of the wind.
A spokesman said passengers should stay at home.
16.05
Bridge shut
Police say they have closed the Tarnby bridge to all traffic after a lorry overturned.
14:40
Council acts
The Tarnby council approves an emergency fund of 2 million crowns for flood repairs.
"""


def test_live_entries_are_dated_by_their_stamp():
    found = [(LIVE[e.start:e.end], str(e.start_date), e.status) for e in events_of(LIVE)]
    assert found == [("cancelled", "2010-03-10", "cancelled"), ("closed", "2010-03-10", "occurred"),
                     ("approves", "2010-03-10", "occurred")]


@pytest.mark.parametrize("body", [
    # one stamp: no live blog
    "Varnland News\n18.20\nVarn Ferries has cancelled all sailings to Tarnby because of the wind.\n",
    # a time inside a sentence
    "Varn Ferries said at 18.20 that it has cancelled all sailings to Tarnby.\nThe council met at 16.05.\n",
])
def test_no_live_blog(body):
    assert not [e for e in events_of(body) if str(e.start_date) == "2010-03-10"]


# An entry whose lead tells a state ("seem tired rather than frightened") or whose verb is the object after "have"
# ("We have roads that ...") tells no event. Expected outputs written before the run.
def test_live_leads_that_tell_no_event():
    body = ("Varnland News\n18.20\nResidents at the Tarnby roadblock seem tired rather than frightened by the wind.\n"
            "16.05\nKarl Brenner said: \"We have roads in the north that are simply gone tonight.\"\n")
    assert [e for e in events_of(body, "Karl Brenner") if str(e.start_date) == "2010-03-10"] == []


def test_a_plural_noun_before_and_is_no_present_verb():
    from loaders.extract.opendates import lead_verb
    body = "Karl Brenner said crews were out all night to clear roads and restore power in the north."
    assert lead_verb(body, (0, len(body))) is None


# A labour strike with a modifier between its scope and the word ("national rail strike", "24-hour dock strike") is
# an event. Made-up sentence; expected output written before the run.
def test_a_modified_labour_strike_is_an_event():
    body = "The last national rail strike in Varnland, on November 28, left most trains cancelled."
    assert [(body[e.start:e.end], str(e.start_date)) for e in events_of(body)] == [
        ("national rail strike", "2009-11-28")]


# A live page shows it by its layout: stamps running newest first, or a heading marking the page live. A timetable
# on an ordinary page (stamps running forward, no live heading) is no live blog: its acts are not events of the
# publication day. Made-up pages (a reviewer's probes); expected outputs written before the fix.
@pytest.mark.parametrize("body", [
    "The Velm book festival opens on Friday.\n09:00\nThe mayor opens the festival in the town hall.\n10:30\n"
    "Novelist Pia Lorn reads from her new book in the library.\n",
    "The Velm music weekend starts on Friday.\n18:00\nThe band plays on the main stage.\n20:00\n"
    "The Tarnby choir sings in the old church by the harbour.\n",
])
def test_a_timetable_is_no_live_blog(body):
    assert not [e for e in events_of(body, "Pia Lorn") if str(e.start_date) == "2010-03-10"]


# ... while a page whose heading marks it live is read as one though its stamps run forward.
def test_a_marked_live_page_with_stamps_running_forward():
    body = ("Varnland News\nLive: storm Tove halts ferries\n14:40\nThe Tarnby council approves an emergency fund of 2 "
            "million crowns for flood repairs.\n16.05\nPolice say they have closed the Tarnby bridge to all traffic "
            "after a lorry overturned.\n")
    found = [(body[e.start:e.end], str(e.start_date)) for e in events_of(body)]
    assert ("approves", "2010-03-10") in found and ("closed", "2010-03-10") in found, found


def test_stamps_newest_first():
    from loaders.extract.opendates import _STAMP_LINE, _newest_first
    def order(text):
        return _newest_first(list(_STAMP_LINE.finditer(text)))
    assert order("2:15 p.m.\n12:05 p.m.\n8:45 a.m.\n")
    assert order("00:20\n23:40\n22:10\n")  # past midnight
    assert not order("09:00\n10:30\n")
