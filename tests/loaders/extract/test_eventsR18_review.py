"""Review of the session (events, newly wrong): made-up rows and near misses (published Thursday 13 March 2031).

1. a name's subject is never the saying's date: "X said on Tuesday it would close ..." takes up the teller as
   written ("Kestrel Joe's would close ..."), or names the act alone, never "On would close ...";
2. a denial's content clause ends with its sentence: the denied act is read in the denial's own clause ("denied that
   it had diverted funds"), never from the next sentence ("... Holm said that every krone was accounted for").
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.data.eventwords import NAME_SUBJECT_PRONOUNS, OPENING_CALENDAR_WORDS, OPENING_TIME_WORDS
from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 3, 13)


def _events(body):
    return events_of(body, published=PUBLISHED)


def _names(body):
    return [e.name for e in _events(body)]


# 1. the saying's date after its verb is no subject of the name
@pytest.mark.parametrize("body, expected", [
    ("Kestrel Joe's said on Tuesday it would close its Tarvel store in April.",
     "Kestrel Joe's would close its Tarvel store (2031-03-11)"),
    ("Halvo Brothers said on Monday it would close its Tarvel depot in June.",
     "Halvo Brothers would close its Tarvel depot (2031-03-10)"),
    ("Marn & Pellow said on Tuesday it would shut its Tarvel office in May.",
     "Marn & Pellow would shut its Tarvel office (2031-03-11)"),
    ("Halvik Outfitters said on Tuesday they would close the Tarvel shop in April.",
     "Halvik Outfitters would close the Tarvel shop (2031-03-11)"),
])
def test_saying_date_is_no_name_subject(body, expected):
    assert _names(body) == [expected]


@pytest.mark.parametrize("body", [
    "Pim's Kitchen said on Tuesday that it would close its Tarvel cafe in April.",
    "The chain said on Tuesday it would close its Tarvel store in April.",
    # (a person who tells is no "it": the act alone)
    "Ana Silva said on Monday it would close the Tarvel pool in June.",
])
def test_name_never_opens_with_a_time_or_function_word(body):
    names = _names(body)
    assert names, body
    first = names[0].split()[0].lower()
    assert first not in OPENING_TIME_WORDS | OPENING_CALENDAR_WORDS | NAME_SUBJECT_PRONOUNS, names


@pytest.mark.parametrize("body, expected", [
    # near misses: names that stay as they were
    ("Varn Energy said on Monday it would shut its Tarvel plant in May.",
     ["Varn Energy would shut its Tarvel plant (2031-03-10)"]),
    # (R21: a calendar day after "said" with "that" dates the remark, as "said in March that" already did: the
    # statement, never a name opening on the date word; before, the plan was named and wrongly dated March 3)
    ("Brenn Foods said on March 3 that it would close its Tarvel depot in June.",
     ["Brenn Foods statement (2031-03-03)"]),
    ("Kestrel Joe's said it would close its Tarvel store in April.",
     ["Kestrel Joe's would close its Tarvel store (2031-04)"]),
    ("On Tuesday, Kestrel Joe's said it would close its Tarvel store in April.",
     ["Kestrel Joe's would close its Tarvel store (2031-04)"]),
    # (R21: "said on Tuesday that" dates the remark too, as "said Tuesday that" did: its statement is stored beside
    # the plan, whose name is unchanged; eventsR48: the plan takes its own clause's "in May", the Tuesday being the
    # telling's, before its "that")
    ("Varn Energy said on Tuesday that it would shut its Tarvel plant in May.",
     ["Varn Energy statement (2031-03-11)", "Varn Energy would shut its Tarvel plant (2031-05)"]),
    ("On Tuesday the union marched in Tarvel.", ["The union marched in Tarvel (2031-03-11)"]),
    ("The union said the workers would march in Tarvel on Friday.", ["Workers would march in Tarvel (2031-03-14)"]),
    ("Varn Energy said Tuesday it would shut its Tarvel plant in May.", ["Varn Energy statement (2031-03-11)"]),
])
def test_other_names_unchanged(body, expected):
    assert _names(body) == expected


# 2. the denied act comes from the denial's own sentence
@pytest.mark.parametrize("body, expected", [
    ("The ministry also denied that it had diverted repair funds to other projects. Holm said on Tuesday that every "
     "krone was accounted for.", "The ministry diverted repair funds to other projects"),
    ("The agency denied that it had moved the flood money. Holm said on Monday that every krone was spent on roads.",
     "The agency moved the flood money"),
    ("The board also denied that it had dumped waste in the river. The mayor said the river was clean.",
     "The board dumped waste"),
    ("The ministry denied that it had sold the old pier. Officials said on Tuesday that the pier was repaired.",
     "The ministry sold the old pier"),
])
def test_denied_act_from_the_denial_s_own_sentence(body, expected):
    denied = [e for e in _events(body) if e.status == "denied"]
    assert [e.name for e in denied] == [expected]


@pytest.mark.parametrize("body, expected", [
    # near misses: denials read in one sentence, or with no act of the body's own, stay as they were
    ("The council denied that it had sold the old pier.", ["The council sold the old pier"]),
    ("The army denied that it had diverted the toll payments to the treasury.", ["The army diverted the toll payments"]),
    ("The company later denied that it had dumped waste in the river on Monday.",
     ["The company dumped waste (2031-03-10)"]),
    ("Varn Energy denied that it had closed the Tarvel plant in January.", ["Varn Energy closed the Tarvel plant (2031-01)"]),
    ("The ministry denied that it had threatened to withdraw from the talks.", ["Ministry statement"]),
    ("The ministry denied that it had said the pier would be sold.", ["Ministry statement"]),
    ("The ministry denied that the pier was sold. Officials said the harbour had been repaired on Tuesday.", []),
])
def test_other_denials_unchanged(body, expected):
    assert [e.name for e in _events(body) if e.status == "denied"] == expected


# Review of eventsR17 (its newly wrong causes, smallest first)
def _types(body):
    return [(e.event_type, e.status) for e in _events(body)]


# 3. a poll "taken down" or "taken off" is removed, not conducted
@pytest.mark.parametrize("body", [
    "The poll was taken down on Monday after complaints.",
    "The survey was taken off the site on Tuesday.",
])
def test_poll_taken_down_is_no_poll(body):
    assert not _events(body), _types(body)


@pytest.mark.parametrize("body", [
    # near misses: a poll taken or conducted on its day stays
    "The poll was taken on Monday in Tarvel.",
    "The survey was conducted in December.",
    "The poll was carried out by phone on Monday.",
])
def test_poll_taken_on_its_day_stays(body):
    assert _events(body), body


# 4. a body named inside another subject is no denier ("Critics of the government denied")
@pytest.mark.parametrize("body", [
    "Critics of the government denied that it had fallen.",
    "Supporters of the council denied that it had closed.",
])
def test_body_inside_another_subject_is_no_denier(body):
    assert not [e for e in _events(body) if e.status == "denied"], _types(body)


@pytest.mark.parametrize("body", [
    # near misses: a body opening its clause still denies its own act
    "The ministry denied that it had sold the old pier.",
    "The port is quiet, and the company denied that it had dumped waste in the river.",
    "The army denied that it had diverted the toll payments to the treasury.",
])
def test_body_opening_its_clause_still_denies(body):
    assert [e for e in _events(body) if e.status == "denied"], _types(body)


# 2. a British village primary is a school
@pytest.mark.parametrize("body", [
    "Pupils returned to the village primary on Monday.",
    "Children walked to the infant primary on Tuesday.",
])
def test_school_primary_is_no_election(body):
    assert not [e for e in _events(body) if e.event_type == "election"], _types(body)


@pytest.mark.parametrize("body", [
    # near misses: a party's primary with its day
    "Voters in Tarvel will choose a candidate when the Greens hold a closed primary Tuesday.",
    "The state primary on Tuesday drew few voters.",
    "Democrats hold their primary on Tuesday.",
])
def test_party_primary_with_its_day_stays(body):
    assert [e for e in _events(body) if e.event_type == "election"], _types(body)


# 1. a group's plural tells no statement alone
@pytest.mark.parametrize("word", ["Nurses", "Troops", "Staff", "Rebels", "Unions", "Judges"])
def test_group_plural_tells_no_statement(word):
    body = f"{word} said Tuesday that the port in Tarvel would reopen."
    assert not [e for e in _events(body) if e.event_type == "statement"], _types(body)


@pytest.mark.parametrize("word", ["Varnogaz", "Ferrel", "Evans", "Siemens", "Petersen", "Tesla"])
def test_one_name_still_tells(word):
    # near misses: a company's or a person's one name tells
    body = f"{word} said Tuesday that the port in Tarvel would reopen."
    assert [e for e in _events(body) if e.event_type == "statement"], _types(body)


# (if time remains) a gathering called off with the day it was set for is stored though no party or place is named
@pytest.mark.parametrize("body, expected", [
    ("The summit with donor countries was originally scheduled for 18 November but was postponed.",
     [("meeting", "cancelled", "2031-11-18")]),
    ("The summit, set for December 1, was cancelled.", [("meeting", "cancelled", "2031-12-01")]),
])
def test_called_off_gathering_with_its_set_day_is_stored(body, expected):
    assert [(e.event_type, e.status, str(e.start_date)) for e in _events(body)] == expected


@pytest.mark.parametrize("body", [
    # near misses: with no day of its own, or not called off, a gathering of no one stays unstored
    "The summit was postponed.",
    "The meeting was cancelled because of the storm.",
    "A meeting will be held on Friday.",
    "The summit was held on Monday.",
])
def test_gathering_of_no_one_otherwise_unstored(body):
    assert not _events(body), _types(body)
