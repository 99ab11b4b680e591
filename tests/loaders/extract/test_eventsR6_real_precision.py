"""Only what happened, on real political news (issue 15, round eventsR6): readings behind stored events that
were not real or not occurred on a real set's tune half. A statement made through a medium ("took to Twitter",
"went after him during a radio panel") is a statement; a stretch without an event ("has gone 90 days without a
press conference") and a word given as a label ("dubbed the chat a 'press conference'") tell no event; an outlet
whose name holds a day word ("KIEL TODAY") dates nothing. Made-up rows (invented names and outlets); near misses
keep what they had.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2016, 7, 6)

# key: (body, people, trigger, event type over the trigger, or None for no stored event over it)
ROWS = {
    # a statement through a medium
    "took to Twitter": (
        "Karl Brenner took to Twitter early Monday morning to continue his attack on the mayor.", ("Karl Brenner",),
        "took", "statement"),
    "took to social media": (
        "Ana Holm took to social media on Monday to answer her critics.", ("Ana Holm",), "took", "statement"),
    "went after him on a panel": (
        "Ana Holm went after him Monday morning during a radio panel with a union official.", ("Ana Holm",),
        "went", "statement"),
    # near misses: taking to the streets is a protest; a train taken; the police after suspects
    "near miss: took to the streets": (
        "Farmers took to the streets of Kiel on Monday.", (), "took", "other"),
    "near miss: took the train": (
        "Karl Brenner took the train to Kiel on Monday morning.", ("Karl Brenner",), "took", "other"),
    "near miss: went after suspects": (
        "Police went after the two suspects on Monday morning.", (), "went", None),
    # a stretch without the event
    "days without a press conference": (
        "As of Monday, Ana Holm has gone 90 days without a press conference. Karl Brenner holds them often.",
        ("Ana Holm", "Karl Brenner"), "press conference", None),
    "renamed without a vote": (
        "The council renamed the square on Monday without a vote.", (), "vote", None),
    # near misses: the event held, 'without' about someone else
    "near miss: held without her deputy": (
        "Ana Holm held a press conference on Monday without her deputy.", ("Ana Holm",), "press conference",
        "press_conference"),
    "near miss: without the mayor": (
        "Without the mayor, the council held a vote on Monday.", (), "vote", "vote_veto"),
    # a word given as a label
    "dubbed it a 'press conference'": (
        "Karl Brenner dubbed the chat a “press conference.”", ("Karl Brenner",), "press conference", None),
    "labelled it a summit": (
        "Ana Holm labelled the dinner a summit on Monday.", ("Ana Holm",), "summit", None),
    # near misses: a press conference called, a label given at a press conference
    "near miss: called a press conference": (
        "Karl Brenner called a press conference on Monday.", ("Karl Brenner",), "press conference",
        "press_conference"),
    "near miss: dubbed at a press conference": (
        "Karl Brenner dubbed the plan a disaster at a press conference on Monday.", ("Karl Brenner",),
        "press conference", "press_conference"),
    # an occasion told with 'a' under a modal, undated: none held yet (planned, not occurred)
    "would vote in a general election": (
        "Half of the voters say they would at least consider voting for each Liberal in a general election, putting "
        "them ahead of every Green but Karl Brenner.", ("Karl Brenner",), "election", None),
    "could win in a referendum": (
        "Ana Holm thinks her side could still come out ahead in a referendum.", ("Ana Holm",), "referendum", None),
    # near misses: a dated occasion; no modal
    "near miss: would vote in a referendum on Sunday": (
        "Ana Holm said she would vote in a referendum on Sunday.", ("Ana Holm",), "referendum", None),
    "near miss: voted in a general election": (
        "Ana Holm voted for the Liberals in a general election on Sunday.", ("Ana Holm",), "election", "election"),
    # the subject of a clause of time whose own verb is still to come
    "when primaries mean voters will": (
        "Ana Holm faces a test this spring, when primaries across the state mean that many voters will finally have "
        "their say.", ("Ana Holm",), "primaries", None),
    # near misses: the time clause told in the past
    "near miss: when primaries ended": (
        "Ana Holm gained ground when primaries across the state ended in March, and she will run again.",
        ("Ana Holm",), "primaries", "election"),
    "near miss: when the referendum took place": (
        "Ana Holm gained ground when the referendum took place in March, and she will run again.", ("Ana Holm",),
        "referendum", "election"),
    # a perfect without a date over both of a pair: a record of acts, no one act
    "have voted for both": (
        "Ana Holm and her husband are newcomers, citizens who have voted for both Liberals and Greens.",
        ("Ana Holm",), "voted", None),
    # near misses: a dated perfect; a simple past with its day
    "near miss: voted for both on Monday": (
        "Ana Holm voted for both Liberals and Greens on Monday.", ("Ana Holm",), "voted", "vote_veto"),
    "near miss: has met both": (
        "Ana Holm has met both Karl Brenner and his deputy in Kiel this week.", ("Ana Holm", "Karl Brenner"), "met",
        "meeting"),
    # an election word qualifying another noun: the campaign or the season, not the vote
    "a general election campaign": (
        "Ana Holm is pivoting to a general election campaign in which she is the likely nominee.", ("Ana Holm",),
        "election", None),
    "the election cycle": (
        "Ana Holm raised more money than anyone this election cycle.", ("Ana Holm",), "election", None),
    # near misses: the election itself; an election result
    "near miss: won the general election": (
        "Ana Holm won the general election in March.", ("Ana Holm",), "election", "election"),
    "near miss: the election results": (
        "Ana Holm disputed the election results on Monday.", ("Ana Holm",), "election", "election"),
    # a countdown to the event: it is still to come
    "two months until the election": (
        "Today is two months until the presidential election in Varn.", (), "election", None),
    "days until the summit": (
        "With three days until the Kiel summit, Ana Holm flew home.", ("Ana Holm",), "summit", None),
    # near misses: the days since it; a stay until after it
    "near miss: two months since the election": (
        "Today is two months since the presidential election in Varn.", (), "election", "election"),
    # a count of happenings after 'the past'/'the last': none of them is one event
    "in the past nine elections": (
        "Karl Brenner refuses to do what every candidate has done in the past nine elections.", ("Karl Brenner",),
        "elections", None),
    # near miss: one election, the last
    "near miss: in the last election": (
        "Karl Brenner lost his seat in the last election in March.", ("Karl Brenner",), "election", "election"),
    # "called X unworthy": a name and its complement, no phone call
    "called her unworthy": (
        "Karl Brenner called Ana Holm unworthy of the office on Wednesday.", ("Ana Holm", "Karl Brenner"), "called",
        None),
    "called her weak": (
        "Karl Brenner called Ana Holm weak and dishonest on Wednesday.", ("Ana Holm", "Karl Brenner"), "called",
        None),
    # near misses: the call's time, purpose or manner after the name
    "near miss: called her late on Wednesday": (
        "Karl Brenner called Ana Holm late on Wednesday.", ("Ana Holm", "Karl Brenner"), "called", "phone_call"),
    "near miss: called her ahead of the vote": (
        "Karl Brenner called Ana Holm ahead of the vote on Wednesday.", ("Ana Holm", "Karl Brenner"), "called",
        "phone_call"),
    "near miss: called her twice": (
        "Karl Brenner called Ana Holm twice on Wednesday.", ("Ana Holm", "Karl Brenner"), "called", "phone_call"),
    "near miss: called her to offer condolences": (
        "Karl Brenner called Ana Holm to offer condolences on Wednesday.", ("Ana Holm", "Karl Brenner"), "called",
        "phone_call"),
    # a 'will' inside a clause after the trigger's phrase ('to discuss where ... will') is not the event's own
    "endorsement of X to discuss where ... will": (
        "I met Karl Brenner two days after his endorsement of Ana Holm to discuss where all this will take him.",
        ("Karl Brenner", "Ana Holm"), "endorsement", "statement"),
    # near miss: the phrase's own 'will'
    "near miss: talks between X and Y will resume": (
        "Talks between Varn and Kiel will resume on Monday.", (), "Talks", None),
    "near miss: dubbed it a win at a summit": (
        "Ana Holm dubbed it a win at a summit on Monday.", ("Ana Holm",), "summit", "meeting"),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_real_precision(key):
    body, people, trigger, expected = ROWS[key]
    start = body.index(trigger)
    over = [e.event_type for e in events_of(body, *people, published=PUBLISHED)
            if e.start <= start < e.end and e.status == "occurred"]
    if expected is None:
        assert not over
    else:
        assert expected in over


# An outlet whose name holds a day word dates nothing; the day word of a sentence still dates it.
@pytest.mark.parametrize("body, dated", [
    ("“The town is angry,” he told KIEL TODAY’s weekly video newsmaker series.", False),
    ("“The town is angry,” he told Kiel TODAY on Monday.", True),
    ("The council approved the budget today.", True),
    ("Talks resume TODAY in Kiel.", True),
    ("COUNCIL APPROVES BUDGET TODAY", True),
])
def test_outlet_day_word(body, dated):
    from loaders.extract.reldates import find_dates
    mentions = [m for m in find_dates(body, PUBLISHED) if m.value is not None]
    assert bool(mentions) is dated


# A date after ", but" and a new subject is that clause's, not the trigger's before it (round eventsR6).
@pytest.mark.parametrize("body, trigger, expected", [
    ("Karl Brenner knew little of Ana Holm before she announced her bid, but now he plans to caucus for her on "
     "March 1.", "announced", None),
    # near misses: no new subject after 'but'; no 'but'
    ("Ana Holm announced her bid, but only on March 1.", "announced", "2016-03-01"),
    ("Ana Holm announced her bid in Kiel on March 1.", "announced", "2016-03-01"),
])
def test_a_date_after_but_and_a_subject(body, trigger, expected):
    start = body.index(trigger)
    over = [e for e in events_of(body, "Karl Brenner", "Ana Holm", published=date(2016, 3, 20))
            if e.start <= start < e.end]
    assert over and (over[0].start_date.isoformat() if over[0].start_date else None) == expected


# A range of days with its year after the second day ("March 3-5, 2016") takes that year (round eventsR6).
@pytest.mark.parametrize("body, expected", [
    ("Talks were held March 3-5, 2016, in Kiel.", "2016-03-03"),
    ("Talks were held March 3–5, 2014, in Kiel.", "2014-03-03"),
    # near misses: a day without a range; a range without a year
    ("Talks were held March 3, and 2014 was a hard year.", "2015-03-03"),
    ("Talks were held Feb. 3-5 in Kiel.", "2016-02-03"),
])
def test_a_range_of_days_takes_its_year(body, expected):
    from loaders.extract.reldates import find_dates
    values = [m.value for m in find_dates(body, date(2016, 3, 1)) if m.value is not None]
    assert values[0].start.isoformat() == expected
