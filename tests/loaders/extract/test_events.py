"""Events step: made-up articles with hand-built people, checked for type, date, participants, role, spans."""
from __future__ import annotations

import re
from datetime import date

import pytest

from db.models import EVENT_TYPES as DATABASE_EVENT_TYPES
from loaders.extract.events import EVENT_TYPES, TRIGGERS, _planned_date, extract_events
from loaders.extract.reldates import DateMention, day_value, month_value
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import EventEntry, Registry


def article(body: str, published: date | None = date(2010, 3, 10)) -> ArticleRecord:  # a Wednesday
    return ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                         published_on=published, date_precision="day" if published else None)


def people_in(body: str, *names: str) -> list[PersonRecord]:
    """A person for each full name, mentioned wherever the full name or its last word appears."""
    people = []
    for name in names:
        last = name.split()[-1]
        spans = []
        for match in re.finditer(re.escape(name) + "|" + re.escape(last), body):
            if not any(a <= match.start() < b for a, b in spans):
                spans.append((match.start(), match.end()))
        people.append(PersonRecord(name=name, mentions=[MentionRecord(body[a:b], a, b) for a, b in spans]))
    return people


def events_of(body: str, *names: str, published: date | None = date(2010, 3, 10), registry: Registry = Registry()):
    return extract_events(article(body, published), people_in(body, *names), registry)


def summary(events):
    return [(e.event_type, e.start_date.isoformat() if e.start_date else None, e.date_precision) for e in events]


def test_trigger_vocabulary_uses_only_the_database_types():
    assert set(EVENT_TYPES) == set(DATABASE_EVENT_TYPES)  # the step's list is the schema's CHECK list
    # every type has a trigger row
    assert {event_type for event_type, _ in TRIGGERS} == set(DATABASE_EVENT_TYPES)


@pytest.mark.parametrize("body, expected_type", [
    ("Karl Brenner met Ana Silva in Lisbon on Monday.", "meeting"),
    ("Karl Brenner held talks with Ana Silva on Monday.", "meeting"),
    ("Karl Brenner arrived in Lisbon on Monday for a two-day visit.", "visit"),
    ("Karl Brenner traveled to Lisbon on Monday.", "visit"),
    ("Portugal and Spain signed a fisheries agreement on Monday.", "agreement_signing"),
    ("Karl Brenner spoke by phone with Ana Silva on Monday.", "phone_call"),
    ("Karl Brenner called Ana Silva on Monday to offer condolences.", "phone_call"),
    ("The Portuguese Foreign Ministry issued a statement on Monday.", "statement"),
    ("Karl Brenner told a news conference on Monday that prices would fall.", "press_conference"),
    ("A suicide bombing killed 12 people in Lisbon on Monday.", "attack"),
    ("Gunmen launched an attack on a police station on Monday.", "attack"),
    ("The invasion of Portugal began on Monday.", "war"),
    ("Voters went to the polls in the parliamentary elections on Monday.", "election"),
    ("Russia vetoed the draft resolution on Monday.", "vote_veto"),
    ("Portugal and Spain restored diplomatic relations on Monday.", "diplomatic_relations"),
    ("Lisbon severed diplomatic ties with Madrid on Monday.", "diplomatic_relations"),
    ("The Portuguese Foreign Ministry hosted a delegation from Spain on Monday.", "delegation_visit"),
    ("Karl Brenner was sworn in on Monday.", "other"),
    ("Karl Brenner laid a wreath at the memorial on Monday.", "other"),
    # an official named after the title: "ministry spokesperson Ana Silva said on Monday"
    ("Portuguese foreign ministry spokesperson Ana Silva said on Monday that Spain should refrain.", "statement"),
])
def test_each_type_is_recognised_and_dated(body, expected_type):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    assert [(e.event_type, e.start_date) for e in events] == [(expected_type, date(2010, 3, 8))]
    assert events[0].date_phrase == "on Monday"
    assert events[0].role == "reported"


@pytest.mark.parametrize("body", [
    "Opponents of the U.S. drug war marched in Lisbon with Karl Brenner.",
    "Karl Brenner and Ana Silva won a bidding war for the Lisbon club.",
    "Portugal has been a partner in the war on terror for years.",
    "He was charged with war crimes.",
    "The Cold War shaped the region.",
    "The plan failed to meet the demands of the unions.",
    "He died of a heart attack.",
    "Russia has voted against the resolutions 17 times and abstained on the others.",
    "Karl Brenner called for calm.",
    "According to a statement from his office, nothing changed.",
    "Candidates traded inflammatory attacks against one another on Monday.",
    "Karl Brenner was attacked over his speeches on Monday.",
    "Ana Silva frequently talks about how she pushed Karl Brenner.",
    "If Karl Brenner is elected, taxes will rise.",
    "Karl Brenner called Ana Silva's plan stupid on Monday.",
    "Ready to start? Give us a call at 555-0100 today.",
    "When Karl Brenner walked in mid-meeting, the room turned round.",
    "Most plans cover lost baggage and trip delays in Portugal and Spain.",
    "I did this last year and had a blast.",
    'Mark Cuban said in an interview airing Sunday on NBC\'s "Meet the Press."',
    # an instruction to the reader, a naming in brackets, a count of happenings
    "Visit Karl Brenner's website to learn more.",
    "The Kestrel blend (also called Mocha) is sold in Lisbon.",
    "Karl Brenner scored as Porto beat Braga for the eighth time in nine meetings.",
])
def test_non_events_are_not_extracted(body):
    assert events_of(body, "Karl Brenner") == []


# A trigger word used otherwise is no event of its type; the dated clause itself ("certified the count on Monday",
# "played on Friday night") is one for the open finder (`opendates`), typed 'other'.
@pytest.mark.parametrize("body, wrong_type", [
    ('On Monday the Board of Elections certified the count.', 'election'),
    ('Something like Small World meets Santorini, released today.', 'meeting'),
    ('A warm-up band called Sophistafunk played on Friday night in Lisbon.', 'phone_call'),
    ('Delegates gathered on Tuesday before the call of the roll in Lisbon.', 'phone_call'),
])
def test_false_friends_of_the_vocabulary_are_not_events_of_their_type(body, wrong_type):
    assert wrong_type not in {event.event_type for event in events_of(body, "Karl Brenner")}


# The open finder's word is a verb, not a participle used as an adjective ("the revised plan", "would give
# affected residents"); after an auxiliary it is the verb ("would have signed").
@pytest.mark.parametrize("body, word", [
    ("Karl Brenner said Lisbon would give affected residents more buses from June 2011.", "give"),
    ("Karl Brenner said Lisbon adopted the revised plan in June 2009.", "adopted"),
    # a weekday's possessive dates the event noun after it
    ("Karl Brenner's firm Lisbon Ferries has cancelled all of Sunday's crossings to Porto.", "crossings"),
])
def test_open_events_read_the_verb_not_an_adjective(body, word):
    assert [body[e.start:e.end] for e in events_of(body, "Karl Brenner")] == [word]


def test_events_inside_quotations_are_speech_not_narration():
    body = 'Karl Brenner said: "During the forthcoming visit, we will sign a memorandum on trade cooperation."'
    assert events_of(body, "Karl Brenner") == []


def test_spans_point_into_the_body():
    body = ("Spain signed a security memorandum with Portugal on Monday. Karl Brenner met Ana Silva "
            "in Lisbon on Tuesday.")
    for event in events_of(body, "Karl Brenner", "Ana Silva"):
        assert 0 <= event.start < event.end <= len(body)
        assert body[event.start:event.end].strip() == body[event.start:event.end]
    spans = [body[e.start:e.end] for e in events_of(body, "Karl Brenner", "Ana Silva")]
    assert spans == ["signed a security memorandum", "met"]


def test_participants_actors_and_location():
    body = "Karl Brenner met Ana Silva in Lisbon on Monday, as Portugal and Spain seek closer ties."
    [event] = events_of(body, "Karl Brenner", "Ana Silva")
    assert event.participants == ["Karl Brenner", "Ana Silva"]
    assert set(event.actors) >= {"Portugal", "Spain"}
    assert event.location == "Lisbon"


def test_capitals_and_demonyms_stand_for_their_states():
    body = "Moscow signed a security memorandum with Jerusalem on Monday, the Israeli side said."
    [event] = events_of(body)
    assert event.event_type == "agreement_signing"
    assert event.actors[:2] == ["Russia", "Israel"]


def test_same_event_mentioned_twice_in_an_article_is_one_event():
    body = ("The Spanish foreign minister Karl Brenner is to hold talks Wednesday with Ana Silva. "
            "Silva is scheduled to meet Brenner today in Lisbon.")
    events = events_of(body, "Karl Brenner", "Ana Silva")
    assert summary(events) == [("meeting", "2010-03-10", "day")]


def test_meetings_with_different_people_on_one_day_stay_apart():
    body = ("Karl Brenner held talks with Ana Silva on Monday. Speaking to Jorge Lima at the start of a day of "
            "meetings, Brenner praised the plan.")
    events = events_of(body, "Karl Brenner", "Ana Silva", "Jorge Lima")
    assert [sorted(e.participants) for e in events] == [["Ana Silva", "Karl Brenner"],
                                                       ["Jorge Lima", "Karl Brenner"]]
    assert all(e.start_date == date(2010, 3, 8) for e in events)


@pytest.mark.parametrize("body, names, expected", [
    # A summit told leader by leader on its day: one meeting with every leader.
    ("European leaders gathered on Monday to discuss the budget. Karl Brenner said on Monday at the meeting that "
     "the plan was sound. Ana Silva said on Monday after the meeting that it was not.",
     ("Karl Brenner", "Ana Silva"), [("meeting", "2010-03-08", ["Ana Silva", "Karl Brenner"])]),
    ("Karl Brenner held talks on Monday in Lisbon. Ana Silva spoke at the meeting on Monday as well.",
     ("Karl Brenner", "Ana Silva"), [("meeting", "2010-03-08", ["Ana Silva", "Karl Brenner"])]),
    # Two meetings that each name two people on one day stay two (one minister's day of meetings).
    ("Karl Brenner met Ana Silva on Monday. Karl Brenner met Jorge Lima on Monday.",
     ("Karl Brenner", "Ana Silva", "Jorge Lima"),
     [("meeting", "2010-03-08", ["Ana Silva", "Karl Brenner"]), ("meeting", "2010-03-08", ["Jorge Lima", "Karl Brenner"])]),
    # A gathering told as the object of a verb, then as 'the meeting' (undated, with its place): one meeting.
    ("Ana Silva on Monday received her first security briefing. Silva attended the meeting alone. "
     "The meeting was held in Lisbon.",
     ("Ana Silva",), [("meeting", "2010-03-08", ["Ana Silva"])]),
    # A leader's meeting on another day is another meeting.
    ("Karl Brenner held talks on Monday. Ana Silva spoke at a meeting on Tuesday.",
     ("Karl Brenner", "Ana Silva"),
     [("meeting", "2010-03-08", ["Karl Brenner"]), ("meeting", "2010-03-09", ["Ana Silva"])]),
])
def test_a_gathering_told_in_parts_on_its_day_is_one_event(body, names, expected):
    events = events_of(body, *names)
    assert [(e.event_type, e.start_date.isoformat() if e.start_date else None, sorted(e.participants))
            for e in events] == expected


def test_undated_mention_of_the_news_takes_the_narration_day():
    body = ("Spain signed a fisheries memorandum with Portugal on Monday. Visiting Spanish minister Karl Brenner "
            "praised the deal.")
    events = events_of(body, "Karl Brenner")
    visit = next(e for e in events if e.event_type == "visit")
    assert visit.start_date == date(2010, 3, 8)
    assert visit.role == "reported"


def test_background_events_with_their_own_dates():
    body = ("Karl Brenner met Ana Silva on Monday. Brenner recalled the 1974 revolution and the 2004 "
            "bombing in Madrid, and Portugal's invasion of Angola in 1961.")
    events = events_of(body, "Karl Brenner", "Ana Silva")
    by_type = {(e.event_type, e.start_date.year if e.start_date else None): e for e in events}
    assert by_type[("attack", 2004)].role == "background"
    assert by_type[("attack", 2004)].date_precision == "year"
    assert by_type[("war", 1961)].role == "background"
    assert by_type[("meeting", 2010)].role == "reported"


def test_a_repeated_event_with_again_is_a_second_event():
    body = "Karl Brenner visited Portugal in 2005 and then again in 2012."
    events = events_of(body, "Karl Brenner")
    assert summary(events) == [("visit", "2005-01-01", "year"), ("visit", "2012-01-01", "year")]


def test_offset_dates_the_main_clause_and_the_embedded_date_the_inner_event():
    body = ("A full 10 days after rebels launched a surprise attack on the capital on October 7, "
            "President Karl Brenner called Prime Minister Ana Silva to offer condolences.")
    events = events_of(body, "Karl Brenner", "Ana Silva", published=date(2010, 11, 20))
    assert summary(events) == [("attack", "2010-10-07", "day"), ("phone_call", "2010-10-17", "day")]
    call = events[1]
    assert call.date_phrase == "A full 10 days after"
    assert call.participants == ["Karl Brenner", "Ana Silva"]


def test_event_placed_after_another_takes_its_date():
    body = "Relations were restored at the end of 1991 after they were severed by Moscow following the 1967 war."
    events = events_of(body, published=None)
    assert summary(events) == [("diplomatic_relations", "1991-01-01", "year"),
                               ("diplomatic_relations", "1967-01-01", "year"),
                               ("war", "1967-01-01", "year")]


def test_visit_and_meeting_in_one_sentence_are_one_event():
    body = "In March 2022 Karl Brenner traveled to Lisbon to meet with Ana Silva."
    events = events_of(body, "Karl Brenner", "Ana Silva")
    assert summary(events) == [("visit", "2022-03-01", "month")]
    assert events[0].location == "Lisbon"


def test_vague_mentions_are_dropped():
    assert events_of("Leaders flocked to the meeting.") == []


def test_unknown_publication_date_is_estimated_from_the_catalogue():
    registry = Registry(events=(EventEntry(name="Harbour bombing", event_type="attack", aliases=("Harbour bombing",),
                                           start_date=date(2019, 5, 2), date_precision="day"),))
    body = ("The Harbour bombing shocked the city. The fisheries agreement with Spain was signed last April, "
            "officials recalled.")
    undated = events_of(body, published=None)
    assert [e.start_date for e in undated if e.event_type == "agreement_signing"] == [None]
    anchored = events_of(body, published=None, registry=registry)
    signing = next(e for e in anchored if e.event_type == "agreement_signing")
    assert (signing.start_date, signing.date_precision) == (date(2019, 4, 1), "month")
    attack = next(e for e in anchored if e.event_type == "attack")
    assert attack.name == "Harbour bombing"


def test_works_with_empty_registry_and_empty_body():
    assert extract_events(article(""), [], Registry()) == []
    events = events_of("Karl Brenner met Ana Silva in Lisbon on Monday.", "Karl Brenner", "Ana Silva")
    assert events and events[0].name == "Karl Brenner–Ana Silva meeting in Lisbon (2010-03-08)"


@pytest.mark.parametrize("body, expected", [
    ("Gunmen attacked a police station in Lisbon on Monday, killing three.", ("attack", "2010-03-08", "day")),
    ("The Paris attacks on Friday shocked Europe.", ("attack", "2010-03-05", "day")),
    ("After the attacks in Paris last month, security was tightened.", ("attack", "2010-02-01", "month")),
    ("Visiting Spanish minister Karl Brenner met Ana Silva on Monday.", ("visit", "2010-03-08", "day")),
    ("Karl Brenner flew home on Monday after a three-day trip to Lisbon.", ("visit", "2010-03-08", "day")),
    ("In a call with Ana Silva on Monday, Karl Brenner offered help.", ("phone_call", "2010-03-08", "day")),
])
def test_armed_attacks_and_sentence_initial_triggers_are_kept(body, expected):
    assert expected in summary(events_of(body, "Karl Brenner", "Ana Silva"))  # with its type and date


def test_news_thread_carries_the_reported_role_past_undated_recollections():
    body = ("Karl Brenner called Ana Silva on Monday. During the call, Brenner backed the truce, while others "
            "waged war on the rebels. Lisbon then vetoed the draft resolution in the Security Council.")
    events = events_of(body, "Karl Brenner", "Ana Silva")
    veto = next(e for e in events if e.event_type == "vote_veto")
    assert veto.role == "reported"


def test_a_dated_recollection_does_not_fold_into_the_undated_news():
    body = ("Karl Brenner met Ana Silva on Monday. The Portuguese Foreign Ministry hosted a delegation from Spain "
            "led by Jorge Lima. In April 2005, the ministry invited a delegation led by Jorge Lima to visit.")
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva", "Jorge Lima")
              if e.event_type == "delegation_visit"]
    assert [(e.start_date, e.role) for e in events] == [(date(2010, 3, 8), "reported"),
                                                       (date(2005, 4, 1), "background")]


def test_with_an_estimated_publication_date_only_later_events_are_news():
    registry = Registry(events=(EventEntry(name="Harbour bombing", event_type="attack", aliases=("Harbour bombing",),
                                           start_date=date(2019, 5, 2), date_precision="day"),))
    body = ("Ten days after the Harbour bombing on May 2, Karl Brenner called Ana Silva to offer condolences.")
    events = events_of(body, "Karl Brenner", "Ana Silva", published=None, registry=registry)
    assert [(e.event_type, e.start_date, e.role) for e in events] == [
        ("attack", date(2019, 5, 2), "background"), ("phone_call", date(2019, 5, 12), "reported")]


def test_a_date_before_a_comma_still_modifies_its_noun():
    body = "The government has vigorously denied any role in the Sept. 11, 2001, attacks by the terrorists."
    events = events_of(body, published=date(2016, 4, 20))
    assert [(e.event_type, e.start_date) for e in events if e.event_type == "attack"] == [("attack", date(2001, 9, 11))]
    assert all(e.start_date is None for e in events if e.event_type == "statement")


def test_catalogue_names_only_the_event_it_is_said_of():
    registry = Registry(events=(EventEntry(name="Harbour war", event_type="war", aliases=("Harbour war",),
                                           start_date=date(2009, 5, 2), date_precision="day",
                                           location="Harbour Bay"),))
    body = ("The Harbour war and the fighting elsewhere mattered. Russia's wars in Chechnya were long, "
            "while Portugal watched the war in Ukraine.")
    events = events_of(body, registry=registry)
    names = sorted(e.name for e in events)
    assert "Harbour war" in names
    assert sum(name == "Harbour war" for name in names) == 1
    chechnya = next(e for e in events if e.location == "Chechnya")
    assert chechnya.name != "Harbour war"


def test_place_of_another_clause_is_not_the_location():
    body = "Amid violence in Portugal, officials said the talks between Karl Brenner and Ana Silva went well on Monday."
    [event] = events_of(body, "Karl Brenner", "Ana Silva")
    assert event.location is None


KENYA = ("Karl Brenner met Ana Silva in Lisbon on Tuesday, days after the two countries signed a trade protocol. "
         "The talks came as Portugal prepares for a general election in August 2027. Brenner, who was elected in "
         "2022, told a joint news conference that the deal would help. Silva arrived in Lisbon on Monday evening "
         "and is due to travel to Madrid on Thursday.")


@pytest.mark.parametrize("event_type, trigger, expected", [
    ("meeting", "met", date(2010, 3, 9)),
    ("agreement_signing", "signed a trade protocol", None),  # "days after" counts back from Tuesday: no day
    ("election", "election", date(2027, 8, 1)),
    ("election", "elected", date(2022, 1, 1)),
    ("press_conference", "joint news conference", date(2010, 3, 9)),  # the news day, not the 2022 election's
    ("visit", "arrived in", date(2010, 3, 8)),  # past: the future of the next clause does not reach it
    ("visit", "travel to", date(2010, 3, 11)),
])
def test_dates_stay_in_their_clauses(event_type, trigger, expected):
    events = events_of(KENYA, "Karl Brenner", "Ana Silva", published=date(2010, 3, 10))
    [event] = [e for e in events if e.event_type == event_type and KENYA[e.start:e.end] == trigger]
    assert event.start_date == expected


def test_future_dates_do_not_anchor_an_undated_article():
    body = ("Spain signed a fisheries agreement with Portugal in March 2019. Elections will be held in 2031. "
            "The deal was signed last April, officials recalled.")
    events = events_of(body, published=None)
    signing = [e for e in events if e.event_type == "agreement_signing" and e.date_phrase == "last April"]
    assert [(e.start_date, e.date_precision) for e in signing] == [(date(2018, 4, 1), "month")]


WIRE = ("Karl Brenner will visit Lisbon next week for talks with Ana Silva, his spokesman announced on Friday. "
        "The trip, Brenner's first since taking office in December 2021, was planned long ago.\n\n"
        "Earlier this month, a drone strike on an army base in northern Syria killed four soldiers.\n\n"
        "On 3 March, voters in Slovakia went to the polls in a presidential election. The runoff was held two "
        "weeks later.\n\n"
        "Speaking at a press conference in Berlin on Thursday, Brenner said he had spoken with Ana Silva by phone "
        "the previous day.")


@pytest.mark.parametrize("event_type, expected_date, precision", [
    ("visit", date(2024, 3, 25), "month"),  # next week, clipped to the month of its Thursday
    ("statement", date(2024, 3, 22), "day"),
    ("other", date(2021, 12, 1), "month"),
    ("attack", date(2024, 3, 1), "month"),
    ("election", date(2024, 3, 3), "day"),
    ("press_conference", date(2024, 3, 21), "day"),
    ("phone_call", date(2024, 3, 20), "day"),
])
def test_wire_story(event_type, expected_date, precision):
    events = events_of(WIRE, "Karl Brenner", "Ana Silva", published=date(2024, 3, 22))
    assert (expected_date, precision) in [(e.start_date, e.date_precision) for e in events
                                          if e.event_type == event_type]


@pytest.mark.parametrize("body", [
    "A strong earthquake struck the mountains on Friday night, killing hundreds.",
    "Negotiators from 40 countries walked out of the session on Tuesday.",
    "Bus drivers went on strike on Monday over pay.",
    "A federal judge on Monday temporarily blocked a state law limiting drop boxes.",
    "The union filed a lawsuit on Tuesday against the city.",
])
def test_disasters_strikes_and_court_actions_are_other_events(body):
    found = events_of(body)
    assert [e.event_type for e in found] == ["other"]
    assert found[0].start_date is not None


@pytest.mark.parametrize("body", [
    "The airline said it had signed an agreement with the union on Monday.",
])
def test_signing_rows_still_see_signed(body):
    assert [e.event_type for e in events_of(body)] == ["agreement_signing"]


@pytest.mark.parametrize("body, expected_type", [
    ("The two countries on Monday signed a road map on gas transit.", "agreement_signing"),
    ("The ministers signed a joint declaration on Monday.", "agreement_signing"),
    ("The bill was passed by the state legislature on Monday.", "vote_veto"),
    ("Early voting begins on March 14 across the state.", "election"),
    ("The defeated candidate conceded defeat on Monday morning.", "statement"),
    ("Riverton has suspended the talks, its chief negotiator said on Monday.", "statement"),
    ("A trade panel ruled against the export ban on Monday.", "other"),
    ("The bloc launched a pilot trade initiative on Monday.", "other"),
])
def test_more_trigger_phrases(body, expected_type):
    assert expected_type in [e.event_type for e in events_of(body)]


def test_who_met_is_a_meeting_but_who_talks_is_a_habit():
    met = events_of("Anna Roe, who met the trade delegation on Monday, said she was hopeful.", "Anna Roe")
    assert [e.event_type for e in met] == ["meeting"]
    assert events_of("Anna Roe, who talks to everyone, said she was hopeful.", "Anna Roe") == []


@pytest.mark.parametrize("body", [
    "Riverton launched 75 drones at the capital overnight on Monday, the air force said.",
    "The army fired dozens of rockets at the border town on Monday.",
])
def test_launched_or_fired_weapons_are_attacks(body):
    assert [e.event_type for e in events_of(body)] == ["attack"]


@pytest.mark.parametrize("body, expected", [
    ("The agreement, signed by the foreign ministers late Thursday, cuts tariffs.",
     [("agreement_signing", "2010-03-04", "day")]),
    ("A ceasefire signed in November 2008 ended the fighting.", [("agreement_signing", "2008-11-01", "month")]),
    ("The pact, which was signed in Lima in May 2009, lapsed.", [("agreement_signing", "2009-05-01", "month")]),
    # A law passed in one month and signed in another: each verb keeps the date after it.
    ("The bill was passed by the legislature in December and signed by the governor last month.",
     [("vote_veto", "2009-12-01", "month"), ("other", "2010-02-01", "month")]),
    ("Ana Silva convened a meeting of the security council on Sunday.", [("meeting", "2010-03-07", "day")]),
    ("Coastguard vessels staged a water cannon attack on a supply boat on Saturday.",
     [("attack", "2010-03-06", "day")]),
])
def test_signings_after_their_noun_meetings_of_bodies_and_non_lethal_attacks(body, expected):
    assert summary(events_of(body, "Ana Silva")) == expected


def test_a_meeting_of_minds_is_no_meeting():
    assert summary(events_of("The deal shows a meeting of minds on Monday.")) == []


@pytest.mark.parametrize("body, expected", [
    ("Delegates backed the fund agreed in Oslo last November.", [("agreement_signing", "2009-11-01", "month")]),
    ("A trade panel ruled last November that the ban broke the rules.", [("other", "2009-11-01", "month")]),
    ("The firm appealed the ruling on Monday.", [("other", "2010-03-08", "day")]),
    ("Ana Silva told reporters at the city hall on Thursday evening that the door was open.",
     [("statement", "2010-03-04", "day")]),
    # Undated remarks to the press, and plans ruled out, are no events.
    ("Ana Silva often told reporters that the door was open.", []),
    ("The court ruled out a delay on Monday.", []),
])
def test_agreed_texts_rulings_appeals_and_dated_remarks_to_the_press(body, expected):
    assert summary(events_of(body, "Ana Silva")) == expected


@pytest.mark.parametrize("subtitle, expected", [
    ("Turnout in Sunday's runoff was the lowest in decades.", [("election", "2010-03-07", "day")]),
    ("The runoff on Sunday drew few voters.", [("election", "2010-03-07", "day")]),
    # No date next to the headline's trigger, or a trigger of another type: the body's event stays undated.
    ("The runoff drew few voters, officials said on Sunday.", [("election", None, None)]),
    ("Crowds met on Sunday.", [("election", None, None)]),
])
def test_an_undated_event_takes_the_date_its_standfirst_gives(subtitle, expected):
    body = "Ana Silva has won the runoff for mayor of Porto, beating Rui Costa."
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body, subtitle=subtitle,
                           published_on=date(2010, 3, 8), date_precision="day")
    assert summary(extract_events(record, people_in(body, "Ana Silva", "Rui Costa"), Registry())) == expected


@pytest.mark.parametrize("body, expected", [
    ("Ana Silva held a videoconference with Rui Costa on Monday.", [("phone_call", "2010-03-08", "day")]),
    ("Ana Silva spoke to Rui Costa by video link on Monday.", [("phone_call", "2010-03-08", "day")]),
    # A landslide win is no disaster (the win itself is a dated happening).
    ("Ana Silva won the vote by a landslide on Monday.", [("other", "2010-03-08", "day")]),
    ("A landslide buried the village on Monday.", [("other", "2010-03-08", "day")]),
])
def test_video_calls_and_landslides(body, expected):
    assert summary([e for e in events_of(body, "Ana Silva", "Rui Costa") if e.event_type != "election"]) == expected


def test_a_past_event_in_the_standfirst_does_not_date_the_news():
    body = "Ana Silva will meet Rui Costa in Porto."
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                           subtitle="Silva and Costa last met in Lisbon in early January.",
                           published_on=date(2010, 3, 8), date_precision="day")
    events = extract_events(record, people_in(body, "Ana Silva", "Rui Costa"), Registry())
    assert summary(events) == [("meeting", None, None)]


# Where: one row per location rule (`_location`): the verb's object for a visit, a tour of a place, a named
# venue, "near X"; a topic or a body is no place.
@pytest.mark.parametrize("body, expected", [
    ("Ana Silva visited Griffith and Leeton on Monday.", "Griffith and Leeton"),
    ("Ana Silva will tour the Eastern Shore by helicopter on Monday.", "Eastern Shore"),
    ("Ana Silva visited Acme's Loyang depot on Monday.", "Loyang"),
    ("Ana Silva began a tour of Australia on Monday.", "Australia"),
    ("Ana Silva met Karl Brenner at the Iqbal Stadium on Monday.", "Iqbal Stadium"),
    ("The storm made landfall near Sheet Harbour on Monday, officials said.", "Sheet Harbour"),
    ("Ana Silva met Karl Brenner on Monday to discuss Portugal.", None),
    ("Ana Silva met Karl Brenner at the Quartet meeting on Monday.", None),
    ("Ana Silva met Karl Brenner in NATO talks on Monday.", None),
    ("Ana Silva met Karl Brenner in GOP circles on Monday.", None),
    ("Ana Silva met Karl Brenner in the Kremlin on Monday.", "Kremlin"),
    ("Portugal vetoed the resolution in the Security Council on Monday.", "Security Council"),
    # a place written as the modifier of an election: where it is held (a known place or one with a place word)
    ("Ana Silva won the Osun State governorship election on Monday.", "Osun State"),
    ("Ana Silva won the Lisbon mayoral election on Monday.", "Lisbon"),
    ("Ana Silva won the Labour leadership election on Monday.", None),
    # "the Polish capital" is the capital the gazetteer gives; "the Polish city of Gdansk" the city it names
    ("Ana Silva met Karl Brenner in the Polish capital on Monday.", "Warsaw"),
    ("Ana Silva arrived in the Portuguese capital on Monday.", "Lisbon"),
    ("Ana Silva met Karl Brenner in the Polish city of Gdansk on Monday.", "Gdansk"),
    ("Ana Silva met Karl Brenner in the Polish dispute on Monday.", None),
    ("Ana Silva met Karl Brenner in the province of Ontario on Monday.", "Ontario"),
    # a modifier before the place word; "off" a coast or islands
    ("Ana Silva met Karl Brenner in the port city of Varna on Monday.", "Varna"),
    ("Ana Silva and Karl Brenner will hold the exercise off the Faroe Islands on Monday.", "Faroe Islands"),
    # an adjective-formed word before a common noun is no place ("in Southern states", "in the Republican
    # primaries"); a possessive place is the place, not its noun's modifier ("in Ohio's Democratic primary")
    ("Ana Silva defeated Karl Brenner in Southern states on Monday.", None),
    ("Ana Silva defeated Karl Brenner in the Republican primaries on Monday.", None),
    ("Ana Silva defeated Karl Brenner in Ohio’s Democratic primary on Monday.", "Ohio"),
    # a compass word before the place ("in northern Moldova")
    ("Ana Silva met Karl Brenner in northern Moldova on Monday.", "Moldova"),
    # the land a war or attack verb takes as its object is where it happened ("invaded Ukraine")
    ("Brenn's army invaded Moldova in 2022.", "Moldova"),
    ("Militants attacked Kabul on Saturday.", "Kabul"),
    ("Militants attacked Ana Silva on Saturday.", None),
    # a statement's place is where it was made, not the place of what it tells about
    ("Ana Silva declared the outbreak in eastern Angola over on Monday.", None),
    ("Ana Silva announced in Lisbon on Monday that the outbreak was over.", "Lisbon"),
])
def test_locations(body, expected):
    events = events_of(body, "Ana Silva", "Karl Brenner")
    assert events and events[0].location == expected


# Who: actors are agents and counterparts, not topics (`parties.event_actors`).
@pytest.mark.parametrize("body, expected", [
    ("Portugal and Spain met in Lisbon on Monday to discuss Morocco's fishing quotas.", ["Portugal", "Spain"]),
    ("Portugal met Spain on Monday to review the Havtind Energy offer.", ["Portugal", "Spain"]),
    ("Havtind Energy signed an agreement with Daesan Green Shipping on Monday.",
     ["Havtind Energy", "Daesan Green Shipping"]),
    ("The Land Transport Authority (LTA) said on Monday the line is late. The LTA announced a delay on Tuesday.",
     ["Land Transport Authority"]),
])
def test_actors(body, expected):
    events = [e for e in events_of(body) if e.event_type != "other"]
    assert events and events[-1].actors == expected


# Who, one row per rule of `parties._role_ok` and the names that refer back (`article_organisations`): the event
# of `event_type` and its actors.
@pytest.mark.parametrize("body, event_type, expected", [
    # a dateline is where the news was filed
    ("Lisbon, Portugal, 8 March 2010 – Havtind Energy announced on Monday a new plant.", "statement",
     ["Havtind Energy"]),
    # what a statement announces is its content
    ("Havtind Energy announced on Monday that Spain will buy ammonia.", "statement", ["Havtind Energy"]),
    # a bystander's title or presence
    ("Havtind Energy and Daesan Shipping signed an agreement on Monday in the presence of Portugal's ambassador "
     "to Spain.", "agreement_signing", ["Havtind Energy", "Daesan Shipping"]),
    # the first part of a compound modifier qualifies another noun
    ("Dozens died in Portugal-inspired attacks by gunmen on Monday.", "attack", []),
    # an opening adverbial holding the trigger: the main clause's agents are not its parties
    ("Ahead of Monday's meeting with Karl Brenner, Portugal and Spain unveiled a plan.", "meeting", []),
    # a governing clause's subject ("fears that ... protests erupted")
    ("The Havtind Workers Union fears that violent attacks by gunmen erupted on Monday.", "attack", []),
    # ... unless its pronoun takes the name up
    ("Havtind Energy announced on Monday that it has signed an agreement with Daesan Shipping.",
     "agreement_signing", ["Havtind Energy", "Daesan Shipping"]),
    # a country inside a body's name: the body acts
    ("The Portugal Cricket Board issued a statement on Monday.", "statement", ["Portugal Cricket Board"]),
    # the body a titled person acts for
    ("Interim Lisbon Transit Police Chief Karl Brenner told a news conference on Monday that no one was hurt.",
     "press_conference", ["Lisbon Transit Police"]),
    # a short form of a body named before, a one-word company name, "the board's chairman"
    ("Residents oppose Westwind Renewables Ltd. in Mayo. Westwind first sought permission for the scheme in 2008.",
     "other", ["Westwind Renewables"]),
    ("NASA praised OrbitBeyond on Friday. OrbitBeyond canceled its task order in May 2008, citing business issues.",
     "other", ["OrbitBeyond"]),
    ("The Lisbon Cricket Board met on Friday. Karl Brenner met the board's chairman on Monday.", "meeting",
     ["Lisbon Cricket Board"]),
    # a region's demonym is no country's ("North American leaders"); a country's is ("South African")
    ("North American leaders met in Ottawa on Monday.", "meeting", []),
    ("South African and Spanish leaders met in Ottawa on Monday.", "meeting", ["South Africa", "Spain"]),
    # a subordinate clause after the trigger acts on its own
    ("Portugal met Spain on Monday, before Morocco left for Lisbon.", "meeting", ["Portugal", "Spain"]),
    # ... but the object of 'before' or 'after' used as a preposition is the event's counterpart
    ("Ana Silva testified before the Senate Judiciary Committee on Monday in 2008.", "other",
     ["Senate Judiciary Committee"]),
    # 'leaders gathered' is a meeting (typed so when a meeting is told too): the leaders' nationalities count
    ("Portuguese and Spanish leaders gathered on Monday in Lisbon.", "other", ["Portugal", "Spain"]),
    # "European leaders" are the EU's (a body's adjective, for those who act for it), "European citizens" are not
    ("European leaders met Karl Brenner in Lisbon on Monday.", "meeting", ["European Union"]),
    ("Karl Brenner met European citizens in Lisbon on Monday.", "meeting", []),
    ("Eastern European ministers met Karl Brenner in Lisbon on Monday.", "meeting", []),
    # a body named with a possessive is a party when its officer acts ("Acme Shipping's chairman"), not when it only
    # owns another thing ("violated Acme Shipping's policy", "visit Acme Shipping's website")
    ("Acme Shipping's chairman, Karl Brenner, met Portugal's envoys in Lisbon on Monday.", "meeting",
     ["Portugal", "Acme Shipping"]),
    ("Karl Brenner met Acme Shipping’s chairman in Lisbon on Monday.", "meeting", ["Acme Shipping"]),
    ("Karl Brenner met officials in Lisbon on Monday, in breach of Acme Shipping's policy.", "meeting", []),
    # a name after another event's noun is that event's party; the trigger's own noun keeps its counterpart
    ("Karl Brenner condemned Portugal on Monday for the invasion of Spain.", "statement", ["Portugal"]),
    ("Karl Brenner condemned Portugal on Monday for the invasion of Spain.", "war", ["Portugal", "Spain"]),
    # "the situation around X": a topic
    ("Karl Brenner issued a statement on Monday on the situation around Spain.", "statement", []),
    # a definite subject naming an earlier event by its trigger noun ("the series decider") takes its parties
    ("Portugal beat Spain in the three-match series in Lisbon on Sunday. The series decider will be played in "
     "Porto on Wednesday.", "other", ["Portugal", "Spain"]),
    # "the two companies": the parties of the last event that named two or more
    ("Havtind Energy signed an agreement with Daesan Shipping on Monday. The two companies first cooperated under "
     "a memorandum signed in Busan in June 2008.", "agreement_signing", ["Havtind Energy", "Daesan Shipping"]),
])
def test_actor_roles(body, event_type, expected):
    events = [e for e in events_of(body, "Karl Brenner") if e.event_type == event_type]
    assert events and events[-1].actors == expected


# A planned event happens after publication: a yearless date read into the past moves to its coming year.
@pytest.mark.parametrize("phrase, value, status, expected", [
    ("in December", month_value(2025, 12), "planned", month_value(2026, 12)),
    ("on July 7th", day_value(date(2025, 7, 7)), "planned", day_value(date(2027, 7, 7))),  # the next July 7
    ("in December 2025", month_value(2025, 12), "planned", month_value(2025, 12)),  # the year is written
    ("in December", month_value(2025, 12), "occurred", month_value(2025, 12)),  # told as done
    ("on Sunday", day_value(date(2026, 10, 18)), "planned", day_value(date(2026, 10, 18))),  # days back: the news
])
def test_planned_dates_fall_after_publication(phrase, value, status, expected):
    mention = DateMention(0, len(phrase), phrase, "absolute", value)
    assert _planned_date(mention, status, date(2026, 10, 19), True) == expected


def test_a_gathering_told_leader_by_leader_is_one_event():
    """'Rossi told reporters after the meeting', 'Novak said after the meeting broke up', 'a summit of 27 leaders':
    the day's gathering of several, each time (`_gathering_anaphora`, members of a told gathering)."""
    body = ("Karl Brenner and Ana Silva gathered in Lisbon on Monday with other leaders. Mario Rossi told reporters "
            "after the day-long meeting that he was pleased. Later, Jan Novak said after the meeting broke up that he "
            "was tired. A summit of 27 leaders was held in Lisbon.")
    events = events_of(body, "Karl Brenner", "Ana Silva", "Mario Rossi", "Jan Novak")
    assert [(e.event_type, e.participants) for e in events] == [
        ("meeting", ["Karl Brenner", "Ana Silva", "Mario Rossi", "Jan Novak"])]


@pytest.mark.parametrize("body, expected", [
    ("Karl Brenner met Ana Silva in Lisbon on Monday.", ["Karl Brenner", "Ana Silva"]),
    ("Karl Brenner was not at the summit with Ana Silva in Lisbon on Monday.", ["Ana Silva"]),
    ("Karl Brenner was not at the \"Three Friends\" summit with Ana Silva in Lisbon on Monday.", ["Ana Silva"]),
    ("Ana Silva hosted a summit in Lisbon on Monday; Karl Brenner was not invited.", ["Ana Silva"]),
    ("Ana Silva held talks in Lisbon on Monday, but Karl Brenner, the Dutch envoy, did not attend.", ["Ana Silva"]),
    ("Ana Silva held talks in Lisbon on Monday; Karl Brenner was 340 miles away in Porto.", ["Ana Silva"]),
])
def test_people_the_text_says_were_absent_are_no_participants(body, expected):
    [event] = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == "meeting"]
    assert event.participants == expected


@pytest.mark.parametrize("body", [
    "Karl Brenner and Ana Silva opened talks in Lisbon on Monday. Brenner's talks with Silva, set to end on "
    "Thursday, cover trade.",
    "Karl Brenner met Ana Silva in Lisbon on Monday. Their talks with Silva run until Thursday.",
])
def test_a_span_s_end_date_does_not_date_the_event(body):
    """'set to end on Thursday', 'run until Thursday': the day the talks end, not another meeting's day."""
    events = events_of(body, "Karl Brenner", "Ana Silva", published=date(2010, 3, 12))  # a Friday
    assert summary(events) == [("meeting", "2010-03-08", "day")]


def test_a_denial_is_told_as_the_denied_event_not_as_a_statement_too():
    body = "A ministry spokesman denied on Monday that Karl Brenner had met Ana Silva in Lisbon last week."
    assert [(e.event_type, e.status) for e in events_of(body, "Karl Brenner", "Ana Silva")] == [("meeting", "denied")]


def test_a_denied_strike_is_one_denied_attack_not_a_statement():
    body = ("The Ruritanian Defence Ministry denied that Ruritanian forces had struck a school in Varna on Monday, "
            "calling reports of the attack a provocation.")
    events = [(e.event_type, e.status, e.start_date.isoformat()) for e in events_of(body)]
    assert events == [("attack", "denied", "2010-03-08")]


def test_a_later_denial_of_the_event_told_denies_it():
    body = ("There were reports that Karl Brenner met Ana Silva privately in Lisbon in January 2009. That meeting "
            "never took place, Brenner says.")
    assert [(e.event_type, e.status) for e in events_of(body, "Karl Brenner", "Ana Silva")] == [("meeting", "denied")]


def test_a_time_and_an_aside_in_brackets_do_not_part_a_verb_from_its_date():
    body = "A fire broke out shortly after 02:00 local time (01:00 GMT) on Monday at the Kolding depot in Denmark."
    assert summary(events_of(body)) == [("other", "2010-03-08", "day")]


def test_the_perfect_tense_of_what_a_statement_reports_does_not_make_it_a_recollection():
    body = ("The ministry said on Monday the line was late. In a statement, Karl Brenner said the ground had proved "
            "far harder than expected.")
    [event] = [e for e in events_of(body, "Karl Brenner") if e.participants == ["Karl Brenner"]]
    assert summary([event]) == [("statement", "2010-03-08", "day")]


def test_a_relative_clause_s_event_is_named_by_its_antecedent():
    body = "Karl Brenner said Lisbon had gained from the global financial crisis that began in 2008."
    assert [e.name for e in events_of(body, "Karl Brenner")] == ["The global financial crisis began (2008)"]


def test_a_reduced_relative_after_a_trigger_dates_that_event_not_a_new_one():
    """'the talks, the Lisbon Dialogue, held this year at the palace': the talks, not an event 'held'."""
    body = "Karl Brenner spoke at the opening of the talks, the Lisbon Dialogue, held this year at the palace in Lisbon."
    assert [e.event_type for e in events_of(body, "Karl Brenner")] == ["meeting"]


@pytest.mark.parametrize("words, text", [
    (["sign", "signing", "signal"], "they were signing, then a signal, a sign; signs"),
    (["cease", "ceasefire", "cease-fire"], "a ceasefire, a cease-fire, cease-fired, ceased"),
    (["re-elected", "re-establish", "elect"], "re-elected and re-establishing; elected, reelect"),
    (["a", "ab", "abc"], "abd abc ab a b"),
])
def test_prefix_tree_finds_what_the_longest_first_alternation_finds(words, text):
    from loaders.extract.events import _prefix_tree
    tree = re.compile(r"\b(" + _prefix_tree(words) + ")")
    alternation = re.compile(r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + ")")
    assert [m.span(1) for m in tree.finditer(text)] == [m.span(1) for m in alternation.finditer(text)]
    assert [m.group(1) for m in tree.finditer(text)]  # the table's texts hold their words


@pytest.mark.parametrize("text", [
    "The 9/11 attacks, the Beslan school siege and BESLAN again; beslanx is no alias.",
    "After the Gaza War and the war in gaza's ruins, Sept. 11, 2001 attacks! Oct. 7 attacks, october 7 attack_",
    "xbeslan, Beslan-based, Beslan.",
])
def test_catalogue_regex_finds_what_the_phrase_matcher_finds(text):
    from loaders.extract.events import _catalogue_pattern
    from loaders.extract.gazetteer import PhraseMatcher
    aliases = ["9/11 attacks", "beslan", "beslan school siege", "beslan siege", "gaza war", "war in gaza",
               "sept. 11, 2001", "sept. 11, 2001 attacks", "oct. 7 attack", "october 7 attack", "-dash first"]
    pattern = _catalogue_pattern(aliases)
    found = [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text.lower())]
    assert found == list(PhraseMatcher(aliases, ignore_case=True).finditer(text))
    assert found  # every row names a catalogue event


def test_catalogue_regex_is_left_to_the_matcher_for_letters_beyond_ascii():
    from loaders.extract.events import _catalogue_pattern
    assert _catalogue_pattern(["gdańsk agreement", "beslan"]) is None


@pytest.mark.parametrize("phrase", [
    "The agreement was formally signed", "the accord, which was signed by both", "The truce was agreed on Sunday",
    "Officials said on Monday", "The ministry confirmed yesterday", "the spokesman said today",
])
def test_a_row_matching_a_phrase_finds_the_words_its_windows_are_checked_for(phrase):
    from loaders.extract.events import _COMPILED, _NEEDED
    matched = [(rank, match.group(0)) for rank, (_, pattern) in enumerate(_COMPILED)
               for match in pattern.finditer(phrase) if _NEEDED[rank] is not None]
    assert matched  # each phrase is one a row with needed words finds
    for rank, text in matched:
        assert _NEEDED[rank].search(phrase), (rank, text)


@pytest.mark.parametrize("body, names, expected", [
    # "not in"/"not at" that governs no event or place says nothing of presence
    ("Karl Brenner was not in favour of the plan but met Ana Silva in Rome on Tuesday.", ("Karl Brenner", "Ana Silva"),
     {"Karl Brenner", "Ana Silva"}),
    ("Karl Brenner was not at all pleased but met Ana Silva in Rome on Tuesday.", ("Karl Brenner", "Ana Silva"),
     {"Karl Brenner", "Ana Silva"}),
    # ... one that governs a place or the event says the person was not there
    ("Karl Brenner was not in Rome when Ana Silva met Luis Gomez on Tuesday.", ("Karl Brenner", "Ana Silva",
                                                                                  "Luis Gomez"),
     {"Ana Silva", "Luis Gomez"}),
    ("Karl Brenner was not at the summit where Ana Silva met Luis Gomez on Tuesday.",
     ("Karl Brenner", "Ana Silva", "Luis Gomez"), {"Ana Silva", "Luis Gomez"}),
])
def test_absence_must_govern_the_event_or_a_place(body, names, expected):
    events = events_of(body, *names, published=date(2026, 3, 11))
    assert events and set(events[0].participants) == expected


@pytest.mark.parametrize("body, names, expected", [
    # "in the talks", "the meeting's opening remarks by X and Y": the gathering already told, with its members
    ("Karl Brenner and Ana Silva opened talks in Lisbon on Monday. There was no sign of change in the meeting's "
     "opening remarks by Jorge Lima and Jan Novak. Novak said Lima's point in the talks was fair.",
     ("Karl Brenner", "Ana Silva", "Jorge Lima", "Jan Novak"),
     [("meeting", "2010-03-08", ["Ana Silva", "Jan Novak", "Jorge Lima", "Karl Brenner"])]),
    # "during the visit": the visit already told
    ("Karl Brenner arrived in Lisbon on Monday for a three-day visit. During the visit, Ana Silva and Jorge Lima "
     "showed him the port.", ("Karl Brenner", "Ana Silva", "Jorge Lima"),
     [("visit", "2010-03-08", ["Ana Silva", "Jorge Lima", "Karl Brenner"])]),
    # "X's meeting with Y" names its own meeting: not the one told before
    ("Karl Brenner met Ana Silva in Lisbon on Monday. There were no reports of the tensions that marked Brenner's "
     "meeting with Jorge Lima.", ("Karl Brenner", "Ana Silva", "Jorge Lima"),
     [("meeting", "2010-03-08", ["Ana Silva", "Karl Brenner"]), ("meeting", "2010-03-08", ["Jorge Lima", "Karl Brenner"])]),
    # "the summit" after a bilateral meeting is a gathering of its own (the bilateral was on its sidelines)
    ("Karl Brenner met Ana Silva in Lisbon on Monday. Jorge Lima and Jan Novak spoke at the summit.",
     ("Karl Brenner", "Ana Silva", "Jorge Lima", "Jan Novak"),
     [("meeting", "2010-03-08", ["Ana Silva", "Karl Brenner"]), ("meeting", "2010-03-08", ["Jan Novak", "Jorge Lima"])]),
])
def test_a_definite_gathering_without_a_date_of_its_own_is_the_one_told_before(body, names, expected):
    events = events_of(body, *names)
    assert [(e.event_type, e.start_date.isoformat() if e.start_date else None, sorted(e.participants))
            for e in events] == expected


def test_a_plan_told_without_a_date_does_not_take_the_narrated_day():
    """The narration's day dates an undated mention of the news that took place, not a plan told beside it."""
    body = "Ana Silva met Karl Brenner in Lisbon on Monday. Silva will also visit Porto, her office said."
    events = events_of(body, "Ana Silva", "Karl Brenner")
    assert [(e.event_type, e.status, e.start_date) for e in events] == [
        ("meeting", "occurred", date(2010, 3, 8)), ("visit", "planned", None)]


# The people of a clause after the trigger that tells another happening (a result clause, a subordinate clause) are
# not the trigger's participants.
@pytest.mark.parametrize("body, names, expected", [
    ("When the ferry came to Porto in 1615, the clergy condemned it, sparking a row so great that Ana Silva was "
     "asked to intervene.", ("Ana Silva",), []),
    ("Karl Brenner met Ana Silva in Lisbon on Monday before Jon Berg left for Oslo.", ("Karl Brenner", "Ana Silva",
                                                                                       "Jon Berg"),
     ["Karl Brenner", "Ana Silva"]),
])
def test_people_of_a_later_clause_are_not_participants(body, names, expected):
    events = events_of(body, *names)
    assert events and events[0].participants == expected


def test_a_place_ending_like_an_adjective_before_a_preposition_is_a_place():
    events = events_of("Ana Silva and Karl Brenner signed a memorandum in Busan in June 2024.", "Ana Silva",
                       "Karl Brenner")
    assert events and events[0].location == "Busan"


def test_an_event_noun_that_is_only_the_topic_of_another_event_is_no_event():
    body = "Ana Silva and Karl Brenner will meet in Quebec next week to discuss the war in Sudan."
    events = events_of(body, "Ana Silva", "Karl Brenner")
    assert [e.event_type for e in events] == ["meeting"]


# One happening told twice in a sentence: what was said at a press conference is that conference; a named gathering
# a meeting was held at ("at a NATO summit") is its occasion, also across a sentence split by an initial.
@pytest.mark.parametrize("body, names, expected", [
    ("At a news conference in Nairobi on Tuesday, Chile's interior minister Ana Silva announced a curfew.",
     ("Ana Silva",), ["press_conference"]),
    ("Ana Silva announced a curfew at a news conference in Nairobi on Tuesday.", ("Ana Silva",), ["press_conference"]),
    ("Ana Silva met for two hours with the Russian foreign minister, Karl V. Brenner, at a Group of 20 meeting on "
     "Sunday.", ("Ana Silva", "Karl V. Brenner"), ["meeting"]),
    ("Ana Silva met Karl Brenner on the sidelines of the NATO summit on Sunday.", ("Ana Silva", "Karl Brenner"),
     ["meeting"]),
])
def test_one_happening_told_twice_in_a_sentence_is_one_event(body, names, expected):
    events = events_of(body, *names, published=date(2026, 3, 11))
    assert [e.event_type for e in events] == expected


# Participants are the people of the trigger's own clause: not what a statement says, not a relative clause about
# its object, not the topic after "to discuss".
@pytest.mark.parametrize("body, names, expected", [
    ("Karl Brenner announced on Monday that he will not support Ana Silva.", ("Karl Brenner", "Ana Silva"),
     ["Karl Brenner"]),
    ("Ana Silva hosted a rally on Monday, during which she praised Karl Brenner.", ("Ana Silva", "Karl Brenner"),
     ["Ana Silva"]),
    ("Ana Silva met Rui Costa on Monday to discuss the case of Karl Brenner.", ("Ana Silva", "Rui Costa", "Karl Brenner"),
     ["Ana Silva", "Rui Costa"]),
    # a person before a verb of saying governs the clause the trigger stands in, unless a pronoun takes them up
    ("Karl Brenner said Ana Silva met Rui Costa in Lisbon on Monday.", ("Karl Brenner", "Ana Silva", "Rui Costa"),
     ["Ana Silva", "Rui Costa"]),
    ("Karl Brenner said he met Ana Silva in Lisbon on Monday.", ("Karl Brenner", "Ana Silva"),
     ["Karl Brenner", "Ana Silva"]),
    # a person of the main clause before a subordinator is not the subordinate clause's, unless its pronoun is
    ("Karl Brenner praised farmers while Ana Silva hosted a rally in Lisbon on Monday.",
     ("Karl Brenner", "Ana Silva"), ["Ana Silva"]),
    ("Brenner praised farmers while Silva hosted a rally in Lisbon on Monday.", ("Karl Brenner", "Ana Silva"),
     ["Ana Silva"]),
])
def test_participants_are_of_the_trigger_s_own_clause(body, names, expected):
    events = events_of(body, *names, published=date(2026, 3, 11))
    assert events and events[0].participants == expected


@pytest.mark.parametrize("body, is_election", [
    # choosing a new leader is an election when voters, an electorate or a ballot choose ...
    ("Voters in Portugal will choose a new president on December 7.", True),
    ("Citizens of Brenland will elect a new parliament next month.", True),
    ("Chileans will choose a new president in a runoff next month.", True),
    ("Portugal will choose a new president on December 7.", True),
    ("Brenland's lawmakers will elect a new prime minister by secret ballot next month.", True),
    # ... not when a board, a committee, a company or a party's leaders choose: an appointment
    ("The university's board will choose a new president next month, a spokesman said on Monday.", False),
    ("The committee chose a new leader on Tuesday after a long search.", False),
    ("Acme Motors will name its new president next month and choose a new governor for its fund.", False),
    ("Portugal's ruling party will choose a new leader next month.", False),
])
def test_choosing_a_new_leader_is_an_election_only_by_voters_or_a_ballot(body, is_election):
    events = events_of(body, published=date(2026, 3, 11))
    assert any(e.event_type == "election" for e in events) == is_election


def test_a_statement_quoted_or_cited_is_told_before_not_made_here():
    events = events_of("Ana Silva tweeted on Monday, quoting Karl Brenner's statement.", "Ana Silva", "Karl Brenner",
                       published=date(2026, 3, 11))
    assert all("Karl Brenner" not in e.participants for e in events)


@pytest.mark.parametrize("body, expected", [
    # one person's dated act that quotes another's statement is that person's statement, on its own day
    ("Ana Silva tweeted on Monday, quoting Karl Brenner's statement.", [("Ana Silva statement", "2026-03-09")]),
    ("On Friday Ana Silva wrote, citing a statement by Karl Brenner, that the deal was off.",
     [("Ana Silva statement", "2026-03-06")]),
    ("Ana Silva posted on Sunday, echoing Karl Brenner's earlier statement.", [("Ana Silva statement", "2026-03-08")]),
    # ... once: a statement the clause already tells is that act ("said in a statement ..., quoting ...")
    ("Ana Silva said in a statement on Monday, quoting Karl Brenner's statement.",
     [("Ana Silva statement", "2026-03-09")]),
    # ... and no act of its own (no day, no speech verb) tells none
    ("Ana Silva tweeted, quoting Karl Brenner's statement.", []),
    ("The report, citing Karl Brenner's statement, was released.", []),
])
def test_a_dated_act_that_cites_a_statement_is_its_own_statement(body, expected):
    events = events_of(body, "Ana Silva", "Karl Brenner", published=date(2026, 3, 10))
    statements = [e for e in events if e.event_type == "statement"]
    assert [(e.name.split(" (")[0], e.start_date.isoformat() if e.start_date else None) for e in statements] == expected
    assert all("Karl Brenner" not in e.participants for e in events)


def test_a_verb_whose_subject_is_the_sentence_s_gathering_tells_that_gathering():
    body = "Those negotiations moved on Sunday to Brenn, where Ana Silva met Karl Brenner for two hours."
    events = events_of(body, "Ana Silva", "Karl Brenner", published=date(2026, 3, 11))
    assert [e.event_type for e in events] == ["meeting"]


@pytest.mark.parametrize("body, expected", [
    # a dated meeting whose object is an office holder named by their title is someone's, though its teller is
    # only "I" (an interview's answer)
    ("When I met the minister in June, he asked me exactly this question.", [("meeting", "2026-06-01", "month")]),
    ("When I met the fisheries secretary last year, she asked for one number.", [("meeting", "2025-01-01", "year")]),
    # near misses: an object that holds no office, no date
    ("When I met the neighbours in June, they asked me exactly this question.", []),
    ("When I met the minister, he asked me exactly this question.", []),
    # near misses: a title that is the possessor of what was met, or stands after a small word of the object
    ("The ferry company met the minister's conditions in June and kept its licence.", []),
    ("The ferry company met the minister’s conditions in June and kept its licence.", []),
    ("The ferry company met the costs of ministers in June and kept its licence.", []),
    ("The ferry company met the demands of the union in June and kept its licence.", []),
    ("The ferry company met the targets in June and kept its licence.", []),
    # ... but a title headed by its modifiers is still the object
    ("When I met the labour secretary in June, he asked me exactly this question.",
     [("meeting", "2026-06-01", "month")]),
    ("When I met the new finance minister in June, he asked me exactly this question.",
     [("meeting", "2026-06-01", "month")]),
])
def test_a_dated_meeting_with_a_titled_object_is_kept(body, expected):
    assert summary(events_of(body, published=date(2026, 9, 11))) == expected
