"""Stress articles (issue 15): eight made-up news articles, 150-300 words each, on diplomacy, local government,
courts, sport and business. Every expected event below (type, status, date, actors, location) was written before
the extractor was run on these texts; the expectations are not changed after the run. Rows the step does not meet
are xfail (strict) with their reason.

Each row names a trigger (its first occurrence in the article, or the occurrence after `@` text when given as
"trigger@context"); the event checked is the stored event whose span holds the trigger, else the nearest one in
the same clause. A row of type None is a near miss: no stored event may hold the trigger. Dates: 'YYYY-MM-DD' for a
day, 'YYYY-MM' for a month (compared as a prefix of the start date), None for no date. Actors are compared as sets.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

ARTICLES = {
    "vilnius": (date(2025, 3, 13), ("Ezra Kowal", "Rasa Daukantas", "Tomas Vaitkus"), (
        "Polish Foreign Minister Ezra Kowal arrived in Vilnius on Tuesday for a two-day visit to Lithuania, his "
        "first trip abroad since taking office in January. Kowal met Lithuanian Prime Minister Rasa Daukantas on "
        "Wednesday to discuss energy links, rail freight and the situation in Belarus. After the talks the two "
        "sides signed an agreement on a new undersea power cable in the Lithuanian capital on Wednesday evening. "
        "The cable, to be built by the Baltic Grid Consortium, will run from Klaipėda to the Polish port of "
        "Gdańsk. Officials said work could begin in 2027. Kowal will travel to Riga on 20 March for a meeting of "
        "Baltic foreign ministers, his ministry said. A visit by Daukantas to Warsaw planned for February was "
        "cancelled last month because of floods in Podlasie. Lithuanian opposition leader Tomas Vaitkus "
        "criticised the cable deal, saying the costs for consumers in Kaunas and Šiauliai had not been explained. "
        "The European Commission is expected to review funding for the project in the spring.")),
    "council": (date(2025, 6, 19), ("Marta Olsen", "Piet Vogel"), (
        "The city council of Brennholm voted on Monday to close the old harbour bridge to heavy lorries from "
        "1 August, ending months of debate over repairs. The vote passed by 21 to 9. Mayor Marta Olsen told a "
        "news conference on Tuesday that the council would spend 4 million euros on a new bypass south of the "
        "town. Residents of the nearby district of Eskerud have complained for years about traffic. Olsen said "
        "she would meet the regional transport authority in Lindvik next week to ask for matching funds. The "
        "authority's director, Piet Vogel, denied on Wednesday that the authority had promised any money to "
        "Brennholm. A public hearing on the bypass scheduled for Thursday was cancelled after the hall was "
        "flooded. The council also discussed parking fees and a new school in the western suburbs, but took no "
        "decision. Olsen was elected mayor in 2021.")),
    "court": (date(2025, 9, 25), ("Daniel Harrow", "Lena Cortez", "Mikael Strand"), (
        "The High Court in Calderport ruled on Monday that the Westmere Water Company had breached its licence "
        "by discharging sewage into the River Aln. Judge Lena Cortez said the company had ignored warnings from "
        "the Environment Agency for three years. The company's chief executive, Daniel Harrow, said in a "
        "statement on Tuesday that it would appeal. Harrow denied that the firm had hidden test results from "
        "inspectors. The case was brought by the Aln Anglers Association, whose chairman, Mikael Strand, told "
        "reporters outside the court in Calderport that the ruling was a victory for rivers across the north. "
        "A sentencing hearing is scheduled for 14 October. The company was fined in a separate case in 2019. "
        "Environmental groups plan to hold a protest in Calderport next month. The government has promised a "
        "review of water regulation, but no date has been set.")),
    "football": (date(2025, 11, 6), ("Ivo Brankov", "Sara Lindqvist", "Joel Marten"), (
        "Northbay Rovers signed the Bulgarian striker Ivo Brankov on Monday on a three-year contract, the club "
        "announced. Brankov, 24, arrived in Northbay on Sunday and passed a medical on Monday morning. The club's "
        "chairwoman, Sara Lindqvist, told a news conference at the Harbour Stadium on Tuesday that the fee was "
        "a club record. Rovers play Eastfield Albion in the cup on Saturday. Their match against Kingsmoor "
        "Town last Saturday was postponed because of a frozen pitch. Manager Joel Marten denied on Wednesday "
        "reports that he had been offered the job of national coach. The national football association will "
        "meet in Redcastle on 18 November to choose a new coach. Brankov previously played in Sofia and in "
        "Turkey. The league's winter break starts in December. Fans in the southern stand have asked the club "
        "to lower ticket prices, which were discussed at a supporters' meeting last year.")),
    "merger": (date(2026, 2, 12), ("Helga Brun", "Omar Sayed"), (
        "Nordal Foods and the Kestrel Group signed a merger agreement in Oslo on Tuesday, creating the largest "
        "food company in Scandinavia. Nordal's chief executive, Helga Brun, and Kestrel's chairman, Omar Sayed, "
        "signed the deal at Nordal's headquarters. Brun told a press conference on Wednesday that no jobs would "
        "be lost in Bergen or Trondheim. The merger must still be approved by shareholders at a meeting in "
        "Stockholm on 3 March. Unions called a strike at Kestrel's plant in Malmö for next Monday. A rival bid "
        "by the Danish Agrona group was withdrawn last month. Sayed said on Wednesday that the companies had "
        "discussed prices with supermarkets in Finland and Estonia, but denied that any deal on prices had been "
        "reached. Analysts said competition regulators in Brussels might look at the merger. Nordal shares rose "
        "six percent on the Oslo stock exchange on Wednesday.")),
    "summit": (date(2026, 4, 16), ("Amara Okafor", "Jean-Luc Marceau", "Kofi Mensah"), (
        "Nigerian President Amara Okafor held talks with French President Jean-Luc Marceau in Paris on Monday, "
        "the first visit by a Nigerian head of state to France in eight years. The two leaders discussed "
        "security in the Sahel, migration and trade. Nigeria and France signed an agreement on vocational "
        "training on Monday. On Tuesday Okafor travelled to Lyon, where he met business leaders. Ghana's foreign "
        "minister, Kofi Mensah, who was also in Paris, said on Wednesday that Ghana would host a regional "
        "summit in Accra in June. Marceau is due to visit Abuja in the autumn, the Elysee said. A planned "
        "meeting between Okafor and the French defence minister was cancelled on Tuesday. The French Foreign "
        "Ministry denied on Wednesday that France would withdraw troops from Chad. Protesters gathered outside "
        "the Nigerian embassy in London on Monday.")),
    "election": (date(2026, 5, 21), ("Viktor Halm", "Ines Ferro"), (
        "Voters in Moldavia, a small republic on the Adriatic, go to the polls on 7 June in a parliamentary "
        "election. The governing Civic Union, led by Prime Minister Viktor Halm, held its final rally in the "
        "capital, Port Selin, on Sunday. Opposition leader Ines Ferro told a news conference in Port Selin on "
        "Tuesday that her party would end the deal with foreign mining companies. Halm denied on Wednesday that "
        "his government had delayed the vote. A televised debate between Halm and Ferro planned for Monday was "
        "cancelled after a row over the format. Election observers from the OSCE arrived in Port Selin on "
        "Wednesday. The last election, in 2022, was marred by fraud claims in the northern provinces. Pollsters "
        "say turnout in the coastal regions could be low. Neighbouring Italy and Greece have urged a calm "
        "campaign.")),
    "tennis": (date(2026, 10, 8), ("Nina Roscoe", "Paula Vance", "Hugo Bernat"), (
        "The International Tennis Federation announced on Tuesday that the Atlantic Cup final will be held in "
        "Lisbon on 22 November, after Madrid withdrew as host. Federation president Hugo Bernat said in a "
        "statement that Portugal had offered the best facilities. British player Nina Roscoe, who won the "
        "Vienna Open on Sunday, will lead her country's team. Roscoe met Paula Vance, the captain of the US "
        "team, in Vienna on Monday to discuss a charity match in Boston. The Spanish Tennis Federation denied "
        "on Wednesday that it had been asked to pay compensation. A meeting of the federation's board in "
        "London planned for last Friday was called off. The federation was founded in 1913. Players from "
        "Japan and Brazil have also qualified for the final.")),
}

# key: (article, trigger, type, status, date, actors, location); type None: no event may hold the trigger.
ROWS = {
    "vilnius arrived": ("vilnius", "arrived", "visit", "occurred", "2025-03-11", {"Poland", "Lithuania"},
                        "Vilnius"),
    "vilnius met": ("vilnius", "met", "meeting", "occurred", "2025-03-12", {"Poland", "Lithuania"}, "Vilnius"),
    "vilnius signed": ("vilnius", "signed", "agreement_signing", "occurred", "2025-03-12", {"Poland", "Lithuania"},
                       "Vilnius"),
    "vilnius travel Riga": ("vilnius", "travel to Riga", "visit", "planned", "2025-03-20", {"Poland", "Latvia"},
                            "Riga"),
    "vilnius cancelled visit": ("vilnius", "visit by Daukantas", "visit", "cancelled", "2025-02",
                                {"Lithuania", "Poland"}, "Warsaw"),
    "vilnius criticised (near miss)": ("vilnius", "criticised", None, None, None, None, None),
    "council voted": ("council", "voted", "vote_veto", "occurred", "2025-06-16", set(), "Brennholm"),
    "council news conference": ("council", "news conference", "press_conference", "occurred", "2025-06-17", set(),
                                "Brennholm"),
    "council meet authority": ("council", "meet the regional", "meeting", "planned", "2025-06", set(), "Lindvik"),
    "council denied": ("council", "denied", "statement", "denied", "2025-06-18", set(), None),
    "council hearing cancelled": ("council", "hearing", "meeting", "cancelled", "2025-06-19", set(), "Brennholm"),
    "council elected in 2021": ("council", "elected mayor", "election", "occurred", "2021", set(), None),
    "council discussed (near miss)": ("council", "discussed parking", None, None, None, None, None),
    "court ruled": ("court", "ruled", "other", "occurred", "2025-09-22", {"High Court", "Westmere Water Company"},
                    "Calderport"),
    "court statement": ("court", "statement", "statement", "occurred", "2025-09-23", {"Westmere Water Company"},
                        None),
    # (the denied act "the firm had hidden test results" is a happening denied, as `events._denied_act_type` stores it)
    "court denied": ("court", "denied", "other", "denied", None, {"Westmere Water Company"}, None),
    "court hearing": ("court", "sentencing hearing", "other", "planned", "2025-10-14", set(), None),
    "court protest": ("court", "protest", "other", "planned", "2025-10", set(), "Calderport"),
    "court warnings (near miss)": ("court", "warnings", None, None, None, None, None),
    "football signed": ("football", "signed", "agreement_signing", "occurred", "2025-11-03", {"Northbay Rovers"},
                        None),
    "football arrived": ("football", "arrived", "visit", "occurred", "2025-11-02", set(), "Northbay"),
    "football news conference": ("football", "news conference", "press_conference", "occurred", "2025-11-04",
                                 {"Northbay Rovers"}, "Harbour Stadium"),
    "football denied": ("football", "denied", "statement", "denied", "2025-11-05", set(), None),
    "football association meet": ("football", "meet in Redcastle", "meeting", "planned", "2025-11-18", set(),
                                   "Redcastle"),
    "football discussed (near miss)": ("football", "discussed", None, None, None, None, None),
    "merger signed": ("merger", "signed", "agreement_signing", "occurred", "2026-02-10",
                      {"Nordal Foods", "Kestrel Group"}, "Oslo"),
    "merger press conference": ("merger", "press conference", "press_conference", "occurred", "2026-02-11",
                                set(), None),
    "merger shareholders meeting": ("merger", "meeting in", "meeting", "planned", "2026-03-03", set(),
                                    "Stockholm"),
    "merger denied": ("merger", "denied", "statement", "denied", "2026-02-11", set(), None),
    "merger discussed (near miss)": ("merger", "discussed prices", None, None, None, None, None),
    "summit talks": ("summit", "held talks", "meeting", "occurred", "2026-04-13", {"Nigeria", "France"}, "Paris"),
    "summit signed": ("summit", "signed", "agreement_signing", "occurred", "2026-04-13", {"Nigeria", "France"},
                      "Paris"),
    "summit travelled": ("summit", "travelled", "visit", "occurred", "2026-04-14", {"Nigeria"}, "Lyon"),
    "summit host": ("summit", "host a regional", "meeting", "planned", "2026-06", {"Ghana"}, "Accra"),
    "summit Abuja visit": ("summit", "visit Abuja", "visit", "planned", None, {"France", "Nigeria"}, "Abuja"),
    "summit cancelled meeting": ("summit", "planned meeting", "meeting", "cancelled", "2026-04-14",
                                 {"Nigeria", "France"}, None),
    "summit ministry denied": ("summit", "denied", "statement", "denied", "2026-04-15", {"France"}, None),
    "summit discussed (near miss)": ("summit", "discussed security", None, None, None, None, None),
    "election vote": ("election", "parliamentary election", "election", "planned", "2026-06-07", {"Moldavia"},
                      "Moldavia"),
    "election news conference": ("election", "news conference", "press_conference", "occurred", "2026-05-19",
                                 set(), "Port Selin"),
    "election denied": ("election", "denied", "statement", "denied", "2026-05-20", set(), None),
    # (issue 15 status round: a plan's set weekday, the plan called off, is the coming one, by the lead's brief)
    "election debate cancelled": ("election", "debate", "other", "cancelled", "2026-05-25", set(), None),
    "election observers arrived": ("election", "arrived", "delegation_visit", "occurred", "2026-05-20", {"OSCE"},
                                   "Port Selin"),
    "election urged (near miss)": ("election", "urged", None, None, None, None, None),
    "tennis announced": ("tennis", "announced", "statement", "occurred", "2026-10-06",
                         {"International Tennis Federation"}, None),
    "tennis met": ("tennis", "met", "meeting", "occurred", "2026-10-05", set(), "Vienna"),
    "tennis denied": ("tennis", "denied", "statement", "denied", "2026-10-07", {"Spanish Tennis Federation"}, None),
    "tennis board meeting": ("tennis", "meeting of", "meeting", "cancelled", "2026-10-02", set(), "London"),
    "tennis founded (near miss)": ("tennis", "founded", None, None, None, None, None),
}

FIELDS = ("type", "status", "date", "actors", "location")

# Rows ('key: field') the step does not meet, with the reason (filled in after the first run).
XFAIL: dict[str, str] = {
    "vilnius travel Riga: actors": "'Baltic foreign ministers' is read as the short form of the Baltic Grid "
                                   "Consortium named two sentences before (a regional adjective, not the company)",
    "council voted: location": "'The city council of Brennholm' voted: the body's own town is not taken as the "
                               "place of its vote",
    "council news conference: location": "the mayor of the council's town gives her news conference no place "
                                         "(no place named in its sentence)",
    "council denied: actors": "the step names the body its denier speaks for, 'regional transport authority' "
                              "(described in lower case), where the expectation wanted none",
    "council hearing cancelled: type": "a 'public hearing' is no trigger word: read by its set day and its undoing (opendates) as other, not a meeting",
    "council hearing cancelled: location": "no place named in its sentence",
    "court hearing: type": "a 'sentencing hearing' is no trigger word: no event",
    "court hearing: status": "as for its type: no event",
    "court hearing: date": "as for its type: no event",
    "court hearing: actors": "as for its type: no event",
    "court hearing: location": "as for its type: no event",
    "football signed: actors": "a sports club's name without an organisation head word ('Northbay Rovers') is no "
                               "organisation to the step",
    "football news conference: actors": "as for the signing: 'the club' takes up no organisation",
    "merger shareholders meeting: status": "'must still be approved by shareholders at a meeting' sets the "
                                           "obligation more than three words before the trigger",
    "merger shareholders meeting: date": "as for its status: an occurred meeting takes the past 3 March (2025)",
    "election vote: actors": "the invented republic 'Moldavia' is in no gazetteer table",
    "election vote: location": "as for its actors: an unknown state's name, with no place word, is no place",
    "election observers arrived: type": "observers 'from the OSCE' arriving are read as a visit, not a delegation's",
    "election observers arrived: actors": "the body after 'observers from' is not taken as the party",
    "tennis met: actors": "'the captain of the US team' gives Vance's country; the expectation wanted none (and "
                          "Roscoe's British side, told in the sentence before, is not added)",
    "tennis founded (near miss): none": "the step stores a founding ('was founded in 1913') as an 'other' event; "
                                        "the expectation took it as no event",
}

_CLAUSE_BREAK = re.compile(r"[,;.]")


def _trigger_span(body: str, trigger: str) -> tuple[int, int]:
    words, _, context = trigger.partition("@")
    start = body.index(words, body.index(context) if context else 0)
    return start, start + len(words)


def _row_event(body: str, events, trigger: str):
    start, end = _trigger_span(body, trigger)
    held = [e for e in events if e.start <= start and end <= e.end]
    if held:
        return held[0]
    near = [e for e in events if not _CLAUSE_BREAK.search(body[min(e.end, end):max(e.start, start)])]
    return min(near, key=lambda e: min(abs(e.start - start), abs(e.end - end)), default=None)


def test_articles_are_news_length():
    for published, people, body in ARTICLES.values():
        assert 120 <= len(body.split()) <= 300, len(body.split())


@pytest.mark.parametrize("key, field", [
    pytest.param(key, field, marks=pytest.mark.xfail(reason=XFAIL[f"{key}: {field}"], strict=True))
    if f"{key}: {field}" in XFAIL else (key, field)
    for key in ROWS for field in (FIELDS if ROWS[key][2] else ("none",))])
def test_article_events(key, field):
    article_key, trigger, event_type, status, when, actors, location = ROWS[key]
    published, people, body = ARTICLES[article_key]
    events = events_of(body, *people, published=published)
    if field == "none":
        start, end = _trigger_span(body, trigger)
        assert not [e for e in events if e.start <= start and end <= e.end]
        return
    event = _row_event(body, events, trigger)
    assert event is not None, "no event over the trigger"
    if field == "type":
        assert event.event_type == event_type
    elif field == "status":
        assert event.status == status
    elif field == "date":
        told = event.start_date.isoformat() if event.start_date else None
        assert (told or "").startswith(when) if when else told is None, told
    elif field == "actors":
        assert set(event.actors) == actors
    else:
        assert event.location == location


# Added with the mechanism (after the first run): a full stop before a sentence's opening word ends an
# organisation's capitalised run; a stop inside a name or before a name's own next word does not.
@pytest.mark.parametrize("body, expected", [
    ("They discussed a match in Boston. The Spanish Tennis Federation denied it.", ["Spanish Tennis Federation"]),
    ("Talks ended in Lyon. A Kestrel Group spokesman said so.", ["Kestrel Group"]),
    ("She flew to Oslo. In Brennholm City Council the vote passed.", ["Brennholm City Council"]),
    ("He left Vienna. But Westmere Water Company said it would appeal.", ["Westmere Water Company"]),
    # near misses: the stop is an abbreviation's, or the next word is no sentence opener
    ("The St. Andrews Golf Club opened on Monday.", ["St. Andrews Golf Club"]),
    ("Acme Co. Holdings Bank lent the money.", ["Acme Co. Holdings Bank"]),
    ("Kestrel Bros. Holdings Bank lent the money.", ["Kestrel Bros. Holdings Bank"]),
    ("The Aln Anglers Association brought the case.", ["Aln Anglers Association"]),
])
def test_organisation_run_ends_at_a_sentence_opener(body, expected):
    from loaders.extract.orgnames import organisation_names
    assert [name for _, _, name in organisation_names(body, 0, len(body), [], {})] == expected


# Added with the mechanism (after the first run): a place in a telling's content clause is one of what was told,
# not where it was told; a place before the content, or in a relative clause of the telling itself, still is.
@pytest.mark.parametrize("body, expected", [
    ("Helga Brun told a press conference on Wednesday that no jobs would be lost in Bergen.", None),
    ("Helga Brun told a news conference that the plant in Malmö would stay open.", None),
    ("Helga Brun told a news conference on Monday that talks in Bergen and Oslo had failed.", None),
    # near misses
    ("Helga Brun told a press conference in Oslo on Wednesday that no jobs would be lost in Bergen.", "Oslo"),
    ("Helga Brun told a press conference that was held in Oslo that prices would fall.", "Oslo"),
    ("Helga Brun told a press conference in Bergen on Wednesday.", "Bergen"),
    ("Helga Brun gave a press conference at the town hall in Malmö that ran for an hour.", "Malmö"),
])
def test_place_of_what_was_told(body, expected):
    events = [e for e in events_of(body, "Helga Brun") if e.event_type == "press_conference"]
    assert events and events[0].location == expected
