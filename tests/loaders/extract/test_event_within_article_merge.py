"""Round 6 (#15): "no event twice in one article". Two mentions that tell one event in other words are one event,
and near misses that tell two events stay two. Written BEFORE the code; made-up texts, published on Wednesday
10 March 2010 (Monday is 2010-03-08).

Mechanism under test (`eventmerge._merge_target`): a mention told anew (not definite) with a date, placed
elsewhere than an event told with a date, is another event, whatever its type and date ("two attacks the same
day in different places": before this round the same-dated-happening rule merged them).
And a body of officials ("EU trade ministers") that failed, agreed or decided on a day is a gathering: "the
meeting" told after it without a day of its own is it (one meeting, no 'other' event left).
And a definite happening told with a date ("The agreement was signed on Monday at the ministry in Lisbon") is
the undated one told before it even where the two places differ (the first place may be its object's: "for a
terminal on the Tagus river"), unless the place is named right after its noun ("The attack in Herat").
One happening told twice in one sentence by two 'other' words ("won an arbitration case against X in 2016, when a
tribunal ruled"): built in round eventsR9 from the clause's own parties (its near miss rules on others).
Near misses: two meetings of one pair on different dates; a visit and a later visit elsewhere; two attacks on one
day in two places; a past meeting and a planned one; a ', when' clause telling another act of the same year;\nriot police that failed (no gathering); 'the meeting' told with a day of its own;\n'the attack in Herat' after one in Kabul; a second agreement told anew elsewhere.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

# key: (body, people named, event type, how many events of that type, the date of one of them or None)
ROWS = {
    # --- one event told twice: must merge ---
    "won / ruled in one sentence, same year and parties": pytest.param(
        "Portugal won an arbitration case against Spain in 2006, when a tribunal in Geneva ruled that Spain's "
        "claim to the islands had no legal basis.", (), "other", 1, "2006-01-01"),  # (built in round eventsR9:
    # the clause's own parties, `eventmerge._when_retelling`)
    "ministers failed to agree, then 'after the meeting'": (
        "EU trade ministers failed on Monday to agree on how far to cut steel quotas, with Spain and Poland pushing "
        "for deeper cuts. \"We will try again,\" Commissioner Ana Silva told reporters after the meeting.",
        ("Ana Silva",), "other", 0, None),
    "an undated signing, then 'The agreement was signed on Monday' elsewhere": (
        "Portugal today announced the signing of a 10-year gas agreement with Spain for a terminal on the Tagus "
        "river. The agreement was signed on Monday at the ministry in Lisbon.", (), "agreement_signing", 1,
        "2010-03-08"),
    # --- near misses: must NOT merge ---
    "two meetings of one pair on different dates": (
        "Karl Brenner met Ana Silva in Lisbon on Monday. Brenner had met Silva in Madrid on 2 February.",
        ("Karl Brenner", "Ana Silva"), "meeting", 2, None),
    "a visit to X and a later visit to Y": (
        "Karl Brenner visited Lisbon on Monday. He will visit Madrid in April.", ("Karl Brenner",), "visit", 2,
        None),
    "two attacks the same day in different places": (
        "A bomb attack killed five people in Kabul on Monday. A second attack on Monday killed three people in "
        "Herat.", (), "attack", 2, None),
    "a past meeting and a planned one": (
        "Karl Brenner met Ana Silva on Monday. Brenner and Silva will meet again in May.",
        ("Karl Brenner", "Ana Silva"), "meeting", 2, None),
    "a ', when' clause of another ruling in the same year": (
        "Portugal won an arbitration case against Spain in 2006, when a court in Rome ruled that Italy owed "
        "France damages.", (), "other", 2, None),
    "a body that is no gathering of officials": (
        "Spanish riot police failed on Monday to stop the march in Madrid, with Spain and Poland pushing for "
        "talks. Ana Silva spoke to reporters after the meeting.", ("Ana Silva",), "other", 1, "2010-03-08"),
    "the meeting told with a day of its own": (
        "EU trade ministers failed on Monday to agree on how far to cut steel quotas, with Spain and Poland pushing "
        "for deeper cuts. Ana Silva told reporters after the meeting on Friday that she was hopeful.",
        ("Ana Silva",), "other", 1, "2010-03-08"),
    "the attack in another place, named right after the noun": (
        "A Taliban bomb attack in Kabul killed five people. The attack in Herat on Monday killed three people.", (),
        "attack", 2, None),
    "a second agreement, told anew, in another place": (
        "Portugal announced the signing of a gas agreement with Spain in Porto. A second agreement was signed on "
        "Monday in Madrid.", (), "agreement_signing", 2, None),
}


@pytest.mark.parametrize("body, names, event_type, count, day", ROWS.values(), ids=ROWS.keys())
def test_within_article_merge(body, names, event_type, count, day):
    found = [e for e in events_of(body, *names) if e.event_type == event_type]
    assert len(found) == count, [(e.event_type, e.start_date, e.name) for e in events_of(body, *names)]
    if day is not None:
        assert any(e.start_date is not None and e.start_date.isoformat() == day for e in found)


# Round eventsR5: a definite, dated retelling ("after the attacks March 1 in Varn") folds into the undated event of
# its type told in its own place, not into a later one told elsewhere ("the airstrikes in Kordia"), whose place it
# would overwrite. Near misses: with no event in its place told before, it still folds into the one elsewhere
# (the rows above: "an undated signing, then ... elsewhere"); an attack told anew in another place stays its own.
PLACED_ROWS = {
    "the retelling folds into the event of its own place": (
        "Critics said Brenn had too little to say after Russian attacks in Varn. Russia has kept up the airstrikes "
        "in Kordia. Security worries grew after the attacks March 1 in Varn, which Russia claimed.",
        {"Varn": ["2010-03-01"]}),
    "near miss: no event of its place before it, it folds into the one elsewhere": (
        "Russia has kept up the airstrikes in Kordia. Security worries grew after the attacks March 1 in Varn, "
        "which Russia claimed.", {"Varn": ["2010-03-01"], "Kordia": []}),
    "near miss: an attack told anew elsewhere stays its own": (
        "Russian attacks in Varn killed five people. A second Russian attack on Monday killed three people in "
        "Kordia.", {"Varn": [None], "Kordia": ["2010-03-08"]}),
}


@pytest.mark.parametrize("body, by_place", PLACED_ROWS.values(), ids=PLACED_ROWS.keys())
def test_a_dated_retelling_joins_the_event_of_its_own_place(body, by_place):
    attacks = [e for e in events_of(body) if e.event_type == "attack"]
    for place, days in by_place.items():
        found = sorted((e.start_date.isoformat() if e.start_date else None) for e in attacks if e.location == place)
        assert found == days, [(e.name, e.location, e.start_date) for e in attacks]


# Round eventsR5: a plan called off, told of its subject ("The delegation visit, set for this afternoon, was
# cancelled on Monday") is the status of the event the subject names, not a second, 'other' event.
# Near misses: a plan moved to a new day ("postponed to Friday": the new plan is an event of its own), the change of
# another subject after a clause break ("and the vote ...", "; the signing ..."), a statement's that-clause.
PLAN_CHANGE_ROWS = {
    "a visit cancelled on a day of its own: one event": (
        "The Danish delegation visit, set for this afternoon in Bergen, was cancelled on Monday.",
        [("visit", "cancelled")]),
    "a summit called off on a day of its own: one event": (
        "The Norwegian-Danish summit with fisheries officials, planned for Tuesday in Bergen, was called off on "
        "Monday.", [("meeting", "cancelled")]),
    "near miss: a summit postponed to a new day stays two": (
        "The Norwegian-Danish summit with fisheries officials, planned for Tuesday in Bergen, was postponed to "
        "Friday.", [("meeting", "cancelled"), ("other", "cancelled")]),
    "near miss: 'and' starts another subject's clause": (
        "Norway and Denmark met in Bergen on Monday, and the vote on the fishing quota was postponed to Friday.",
        [("meeting", "occurred"), ("vote_veto", "cancelled")]),
    "near miss: a semicolon starts another subject's clause": (
        "The talks between Norway and Denmark ended on Monday; the signing was postponed to Friday.",
        [("meeting", "occurred"), ("other", "cancelled")]),
}


@pytest.mark.parametrize("body, expected", PLAN_CHANGE_ROWS.values(), ids=PLAN_CHANGE_ROWS.keys())
def test_a_plan_change_is_the_status_of_its_subject_s_event(body, expected):
    assert [(e.event_type, e.status) for e in events_of(body)] == expected
