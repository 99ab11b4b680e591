"""Review of round eventsR47: the colon dateline, the agency bracket and the "The X" place read too much. A speaker's
label of a transcript ("SYDNEY: I met ...") or a country's kicker ("UK:", "CHINA:") is no dateline; a label of two
countries ("Israel, Egypt:") names no town of its country; a paper's name ("The Gambia Observer") is no place; an
agency's bracket holds an agency's name, not "(AP Photo)" or "(Updated)". Made-up text only; expected outputs written
before the run."""
from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _meeting_place(body):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner", published=date(2010, 3, 10))
              if e.event_type == "meeting"]
    assert events
    return events[0].location


@pytest.mark.parametrize("body, expected", [
    # hits: a town in capitals, a town with its own country
    ("LISBON: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("THE HAGUE: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "The Hague"),
    ("Doha, Qatar: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Doha"),
    ("PARIS: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Paris"),
    # near misses: a speaker's label before a first-person answer
    ("SYDNEY: I met Karl Brenner on Tuesday to discuss fishing quotas with Ana Silva.", None),
    ("PARIS: We met Karl Brenner on Tuesday to discuss fishing quotas with Ana Silva.", None),
    ("JORDAN: We met Karl Brenner on Tuesday to discuss fishing quotas with Ana Silva.", None),
    ("GEORGIA: We met Karl Brenner on Tuesday to discuss fishing quotas with Ana Silva.", None),
    # near misses: a country's kicker, written whole or as an abbreviation
    ("UK: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("US: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("CHINA: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    # near misses: a first place that does not lie inside the country after it
    ("Israel, Egypt: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Chad, Chad: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon, Qatar: Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
])
def test_colon_dateline_only_for_a_town(body, expected):
    assert _meeting_place(body) == expected


@pytest.mark.parametrize("body, expected", [
    # hits: the known place is the whole proper name
    ("Ana Silva met Karl Brenner in The Hague on Monday.", "The Hague"),
    ("Ana Silva met Karl Brenner on Monday in The Gambia.", "The Gambia"),
    ("Ana Silva met Karl Brenner on Monday in The Hague, officials said.", "The Hague"),
    # near misses: the place opens a longer name (a paper, a treaty's talks)
    ("Ana Silva met Karl Brenner on Monday, she wrote in The Gambia Observer.", None),
    ("Ana Silva met Karl Brenner on Monday in The Hague Convention talks.", None),
    ("Ana Silva met Karl Brenner on Monday in The Bahamas Tribune offices.", None),
])
def test_the_place_is_the_whole_name(body, expected):
    assert _meeting_place(body) == expected


@pytest.mark.parametrize("body, expected", [
    # hits: an agency's name in the bracket or after the comma
    ("Lisbon, March 9 (WIRE). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("Lisbon, March 9 (Xinhua). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    ("LISBON, MARCH 9, WIREPRESS. Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", "Lisbon"),
    # near misses: a capitalised bracket or word that names no agency
    ("Lisbon, March 9 (Updated). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon, March 9 (Friday). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon, March 9 (AP Photo). Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
    ("Lisbon, March 9 (The day after the vote). Ana Silva met Karl Brenner on Tuesday about quotas.", None),
    ("LISBON, MARCH 9, THE. Ana Silva met Karl Brenner on Tuesday to discuss fishing quotas.", None),
])
def test_agency_dateline_needs_an_agency(body, expected):
    assert _meeting_place(body) == expected


# eventsR48 review: a known place followed by a venue's name ending in a venue head is still that place (the venue
# lies in it: "in The Hague District Court"); a longer name ending in no venue head is a paper's or a treaty's.
@pytest.mark.parametrize("body, expected", [
    # hits
    ("Ana Silva met Karl Brenner in The Hague District Court on Monday.", "The Hague"),
    ("Ana Silva met Karl Brenner on Monday in The Gambia National Stadium.", "The Gambia"),
    # near misses: the name goes on with no venue head
    ("Ana Silva met Karl Brenner on Monday in The Hague Convention talks.", None),
    ("Ana Silva met Karl Brenner on Monday in The Bahamas Tribune offices.", None),
    ("Ana Silva met Karl Brenner on Monday, she wrote in The Gambia Observer.", None),
])
def test_the_place_before_a_venue(body, expected):
    assert _meeting_place(body) == expected
