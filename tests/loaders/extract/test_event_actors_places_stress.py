"""Actors and places you can trust (issue 15): eight made-up news articles, written with every expected event
(status, actors, location) BEFORE the extractor was run on them; the expectations are not changed after the run.
Rows the step does not meet are xfail (strict) with their reason.

Actors are countries and organisations that act (agents and counterparts), never persons, never a country that is
only the topic ("to discuss Freedonia's nuclear programme") or the venue. A location is a place attached to this
trigger. Near misses: a topic country, a venue that is an organisation, a place told only inside a quote, a demonym
("Kenyan officials" -> Kenya), an abbreviation defined earlier, "its" for an organisation, a place given by the
sentence before.

Each row names a trigger (its first occurrence in the article, or the occurrence after `@` text when given as
"trigger@context"); the event checked is the stored event whose span holds the trigger, else the nearest one in the
same clause (the helpers of test_event_articles_stress). Actors are compared as sets after the eval's
`canonical_party`; the location by the eval's `same_name` (None: no place).
"""
from __future__ import annotations

from datetime import date

import pytest

from scripts.eval_events import canonical_party, same_name
from tests.loaders.extract.test_event_articles_stress import _row_event
from tests.loaders.extract.test_events import events_of

ARTICLES = {
    "trade": (date(2026, 6, 10), ("Lan Pham", "Rodrigo Soto"), (
        "Vietnam and Chile signed a free trade agreement in Santiago on Monday, ending six years of negotiations. "
        "Vietnamese Trade Minister Lan Pham and her Chilean counterpart, Rodrigo Soto, signed the deal at the "
        "presidential palace. The agreement will cut tariffs on copper, fruit and rice. Pham told reporters that "
        "talks with Peru on a separate fisheries accord would begin in Lima in September. On Tuesday Vietnamese "
        "officials met representatives of the Chilean mining company Andacobre in Antofagasta to discuss a copper "
        "smelter. Soto said the deal would be ratified by the Chilean Congress before the end of the year, adding: "
        "\"Our farmers will sell fruit in every market from Hanoi to Jakarta.\" A planned visit by Pham to "
        "Argentina was cancelled on Tuesday because of a strike by air traffic controllers in Buenos Aires. "
        "Critics say the deal will hurt small farmers in the south.")),
    "ministry": (date(2026, 6, 10), ("Petra Kral",), (
        "The Czech Ministry of Industry held talks with the carmaker Skoda Auto in Prague on Monday about "
        "subsidies for a battery plant. The ministry said in a statement on Tuesday that it had offered the "
        "company tax relief. Industry Minister Petra Kral met union leaders in Ostrava on Wednesday. A second "
        "round of talks between the ministry and the carmaker is planned for July. Kral denied on Tuesday that "
        "the government had discussed Germany's subsidy rules with the company. Skoda Auto announced on Monday "
        "that it would build the plant in Mlada Boleslav. Its board will meet next month to approve the "
        "investment.")),
    "strike": (date(2026, 6, 10), ("Owen Price", "Clara Webb"), (
        "The Transport Workers Union (TWU) went on strike against the bus operator Metroline in Leeds on Monday, "
        "halting most services in the city. The TWU said the walkout would last three days. Union leader Owen "
        "Price told a rally in Sheffield on Tuesday that Metroline had refused to discuss pay. Metroline's chief "
        "executive, Clara Webb, met TWU negotiators on Wednesday, but the talks ended without a deal. The union "
        "plans a second strike in July. Metroline denied on Wednesday that it would cut jobs. The company said "
        "its managers would hold talks with the city council next week.")),
    "court": (date(2026, 6, 10), ("Ruth Mensah", "Daniel Asare"), (
        "The High Court in Accra ruled on Monday against the Accra Metropolitan Assembly in a dispute over market "
        "fees, ordering the council to repay traders. Judge Ruth Mensah said the assembly had acted unlawfully. "
        "The traders' association, which brought the case, held a news conference on Tuesday. The assembly said "
        "it would appeal to the Supreme Court. Its chief executive, Daniel Asare, denied on Wednesday that the "
        "council had ignored earlier warnings. Kenyan officials visited the court on Tuesday to study its work "
        "on commercial cases. A hearing on costs is scheduled for 2 July.")),
    "exercise": (date(2026, 6, 10), ("Aivar Tamm",), (
        "Estonia hosted a military exercise with Latvia and Finland near Tartu on Monday, involving 3,000 troops. "
        "The drills ended on Wednesday. Estonian Defence Minister Aivar Tamm said the exercise was a response to "
        "Russia's military build-up on the border. On Tuesday Latvian and Finnish officers met their Estonian "
        "counterparts in Tallinn to review the drills. NATO will hold a larger exercise in Lithuania in "
        "September. A naval exercise planned with Sweden for May was cancelled because of storms. Tamm will "
        "travel to Helsinki next week.")),
    "football": (date(2026, 6, 10), ("Marco Vieri", "Jonas Berg"), (
        "Norway beat Italy 2-1 in a World Cup qualifier in Rome on Tuesday. The Italian Football Federation "
        "said on Wednesday that it would review the coach's contract. Italy coach Marco Vieri said after the "
        "match: \"We played better in Milan last year.\" Norway's captain, Jonas Berg, scored both goals. "
        "Norway will play Croatia in Zagreb on Saturday. Their friendly against Spain in Madrid was postponed "
        "last month. The federation will meet in Florence on Friday to discuss the coach's future.")),
    "summit": (date(2026, 6, 10), ("Anna Nowak", "Jan Horak", "Zoltan Kiss"), (
        "Leaders of Poland, the Czech Republic and Hungary met in Warsaw on Monday for a summit on energy "
        "security. Polish President Anna Nowak hosted Czech Prime Minister Jan Horak and Hungarian Prime "
        "Minister Zoltan Kiss in the Polish capital. The three countries signed a declaration on gas supplies on "
        "Monday. They discussed Ukraine's request for emergency power supplies. Horak and Kiss held a separate "
        "meeting on Tuesday. The next summit will be held in Budapest in October. A planned visit by Kiss to "
        "Slovakia was cancelled on Tuesday.")),
    "election": (date(2026, 6, 10), ("Marta Puig", "Jordi Vidal"), (
        "Voters in Catalonia elected a new regional parliament on Sunday. The Catalan Republican Left, led by "
        "Marta Puig, won 42 of 135 seats. Puig told supporters in Barcelona on Sunday night that she would form "
        "a coalition. Her rival, Jordi Vidal, conceded defeat on Monday. Spain's government said on Monday that "
        "it would respect the result. Puig will meet Vidal next week to discuss a coalition. The last regional "
        "election, in 2022, was held after the collapse of the previous government.")),
}

# key: (article, trigger, status, actors, location)
ROWS = {
    # trade deal signed between two governments
    "trade signed": ("trade", "signed", "occurred", {"Vietnam", "Chile"}, "Santiago"),
    "trade signed the deal": ("trade", "signed the deal", "occurred", {"Vietnam", "Chile"}, "Santiago"),
    "trade talks with Peru": ("trade", "talks with Peru", "planned", {"Vietnam", "Peru"}, "Lima"),
    "trade officials met (demonym)": ("trade", "met representatives", "occurred", {"Vietnam", "Andacobre"},
                                      "Antofagasta"),
    "trade ratified (quote place)": ("trade", "ratified", "planned", {"Chilean Congress"}, None),
    "trade visit cancelled": ("trade", "visit by Pham", "cancelled", {"Vietnam", "Argentina"}, "Argentina"),
    "trade strike": ("trade", "strike by air", "occurred", set(), "Buenos Aires"),
    # a ministry's talks with a company
    "ministry talks": ("ministry", "held talks", "occurred", {"Czech Ministry of Industry", "Skoda Auto"},
                       "Prague"),
    "ministry statement": ("ministry", "statement", "occurred", {"Czech Ministry of Industry"}, None),
    "ministry met union leaders": ("ministry", "met union", "occurred", {"Czech Republic"}, "Ostrava"),
    "ministry second round": ("ministry", "round of talks", "planned", {"Czech Ministry of Industry", "Skoda Auto"},
                              None),
    "ministry denied (topic country)": ("ministry", "denied", "denied", {"Czech Republic"}, None),
    "ministry announced": ("ministry", "announced", "occurred", {"Skoda Auto"}, None),
    "ministry board meet (its)": ("ministry", "will meet", "planned", {"Skoda Auto"}, None),
    # a union strike against an employer
    "strike went on strike": ("strike", "went on strike", "occurred", {"Transport Workers Union", "Metroline"},
                              "Leeds"),
    "strike rally": ("strike", "rally", "occurred", {"Transport Workers Union"}, "Sheffield"),
    "strike met (abbreviation)": ("strike", "met TWU", "occurred", {"Metroline", "Transport Workers Union"}, None),
    "strike second strike": ("strike", "second strike", "planned", {"Transport Workers Union"}, None),
    "strike denied": ("strike", "denied", "denied", {"Metroline"}, None),
    "strike talks with council (its)": ("strike", "hold talks", "planned", {"Metroline"}, None),
    # a court ruling against a city council
    "court ruled": ("court", "ruled", "occurred", {"High Court", "Accra Metropolitan Assembly"}, "Accra"),
    "court news conference": ("court", "news conference", "occurred", set(), None),
    "court appeal": ("court", "appeal", "planned", {"Accra Metropolitan Assembly"}, None),
    "court denied": ("court", "denied", "denied", {"Accra Metropolitan Assembly"}, None),
    "court Kenyan visit (venue organisation)": ("court", "visited", "occurred", {"Kenya"}, "Accra"),
    "court hearing": ("court", "hearing", "planned", set(), None),
    # a military exercise hosted by one country with two others
    "exercise hosted": ("exercise", "hosted", "occurred", {"Estonia", "Latvia", "Finland"}, "Tartu"),
    "exercise officers met (demonyms)": ("exercise", "met their", "occurred", {"Latvia", "Finland", "Estonia"},
                                         "Tallinn"),
    "exercise NATO exercise": ("exercise", "larger exercise", "planned", {"NATO"}, "Lithuania"),
    "exercise naval cancelled": ("exercise", "naval exercise", "cancelled", {"Estonia", "Sweden"}, None),
    "exercise travel": ("exercise", "travel to Helsinki", "planned", {"Estonia", "Finland"}, "Helsinki"),
    # a football match abroad
    "football beat": ("football", "beat", "occurred", {"Norway", "Italy"}, "Rome"),
    "football federation said": ("football", "said on Wednesday", "occurred", {"Italian Football Federation"},
                                 None),
    "football will play": ("football", "will play", "planned", {"Norway", "Croatia"}, "Zagreb"),
    "football friendly postponed": ("football", "friendly", "cancelled", {"Norway", "Spain"}, "Madrid"),
    "football federation meet": ("football", "meet in Florence", "planned", {"Italian Football Federation"},
                                 "Florence"),
    # a summit in "the Polish capital"
    "summit met": ("summit", "met in Warsaw", "occurred", {"Poland", "Czech Republic", "Hungary"}, "Warsaw"),
    "summit hosted (the Polish capital)": ("summit", "hosted", "occurred", {"Poland", "Czech Republic", "Hungary"},
                                           "Warsaw"),
    "summit signed (place before)": ("summit", "signed", "occurred", {"Poland", "Czech Republic", "Hungary"},
                                     "Warsaw"),
    "summit separate meeting": ("summit", "separate meeting", "occurred", {"Czech Republic", "Hungary"}, None),
    "summit next summit": ("summit", "next summit", "planned", set(), "Budapest"),
    "summit visit cancelled": ("summit", "visit by Kiss", "cancelled", {"Hungary", "Slovakia"}, "Slovakia"),
    # an election in a region
    "election elected": ("election", "elected", "occurred", set(), "Catalonia"),
    "election conceded": ("election", "conceded", "occurred", set(), None),
    "election government said": ("election", "said on Monday", "occurred", {"Spain"}, None),
    "election meet": ("election", "meet Vidal", "planned", set(), None),
    "election last election": ("election", "last regional", "occurred", set(), "Catalonia"),
}

FIELDS = ("status", "actors", "location")

# Rows ('key: field') the step does not meet, with the reason.
XFAIL: dict[str, str] = {
    'ministry board meet (its): status': "the board's meeting 'next month' merges into the planned second round of talks in July, now that both name Skoda Auto (a planned gathering of a subset of the parties in the same month is read as the same)",
    'ministry board meet (its): actors': "as for its status: merged into the July talks",
    'ministry board meet (its): location': "as for its status: merged into the July talks",
    'trade signed the deal: status': 'the re-telling of the signing is merged into the signing of the sentence before (one event); no stored row holds it',
    'trade signed the deal: actors': 'the re-telling of the signing is merged into the signing of the sentence before (one event); no stored row holds it',
    'trade signed the deal: location': 'the re-telling of the signing is merged into the signing of the sentence before (one event); no stored row holds it',
    'trade ratified (quote place): status': "a ratification is no trigger of the step's vocabulary: no event is stored",
    'trade ratified (quote place): actors': "a ratification is no trigger of the step's vocabulary: no event is stored",
    'trade ratified (quote place): location': "a ratification is no trigger of the step's vocabulary: no event is stored",
    'ministry denied (topic country): actors': "the denied content ('had discussed Germany's subsidy rules') holds no trigger: no event is stored",
    'strike second strike: status': "'plans a second strike in July' is not stored",
    'strike second strike: actors': "'plans a second strike in July' is not stored",
    'strike second strike: location': "'plans a second strike in July' is not stored",
    'strike talks with council (its): actors': "stored since round eventsR29 (talks held with a group, `events._gathering_with_group`), but 'its managers' told by 'The company said' takes up no company",
    'court news conference: status': "the unnamed association's news conference is not stored",
    'court news conference: actors': "the unnamed association's news conference is not stored",
    'court news conference: location': "the unnamed association's news conference is not stored",
    'court appeal: status': 'an appeal still to be lodged is no trigger: no event is stored',
    'court appeal: actors': 'an appeal still to be lodged is no trigger: no event is stored',
    'court appeal: location': 'an appeal still to be lodged is no trigger: no event is stored',
    'court hearing: status': "'A hearing on costs is scheduled' is not stored",
    'court hearing: actors': "'A hearing on costs is scheduled' is not stored",
    'court hearing: location': "'A hearing on costs is scheduled' is not stored",
    'exercise naval cancelled: status': "'A naval exercise planned with Sweden ... was cancelled' is not stored",
    'exercise naval cancelled: actors': "'A naval exercise planned with Sweden ... was cancelled' is not stored",
    'exercise naval cancelled: location': "'A naval exercise planned with Sweden ... was cancelled' is not stored",
    'football federation said: status': "the federation's saying is no news event: not stored",
    'football federation said: actors': "the federation's saying is no news event: not stored",
    'football federation said: location': "the federation's saying is no news event: not stored",
    'summit hosted (the Polish capital): status': "the hosting is merged into the summit's meeting of the sentence before (one event), whose span is that sentence's",
    'summit hosted (the Polish capital): actors': "the hosting is merged into the summit's meeting of the sentence before (one event), whose span is that sentence's",
    'summit hosted (the Polish capital): location': "the hosting is merged into the summit's meeting of the sentence before (one event), whose span is that sentence's",
    'trade talks with Peru: status': "'talks ... would begin in September': the modal verb after a noun trigger is not read as its plan",
    'trade strike: status': "a strike told as the cause of a cancellation ('because of a strike') takes the cancelled visit's planned status",
    'ministry met union leaders: actors': "'Industry Minister Petra Kral' names no state; the ministry named two sentences before is not carried to her",
    'strike rally: actors': "the rally is not stored; the row read is the told content's refusal, whose agent is Metroline",
    'court denied: actors': "'Its chief executive' does not take up the assembly, and the denied clause's 'the council' is not the assembly's head word",
    'court Kenyan visit (venue organisation): location': "the visited court's town (the High Court in Accra, five sentences before) is not carried to 'the court'",
    'election last election: location': "'The last regional election' takes no place from the region the article opened with",
}


def _same_actors(have, want) -> bool:
    have = [canonical_party(a) for a in have]
    want = [canonical_party(a) for a in want]
    return len(have) == len(want) and all(any(same_name(h, w) for h in have) for w in want) \
        and all(any(same_name(h, w) for w in want) for h in have)


def test_at_least_forty_events():
    assert len(ROWS) >= 40


@pytest.mark.parametrize("key, field", [
    pytest.param(key, field, marks=pytest.mark.xfail(reason=XFAIL[f"{key}: {field}"], strict=True))
    if f"{key}: {field}" in XFAIL else (key, field)
    for key in ROWS for field in FIELDS])
def test_actors_places(key, field):
    article_key, trigger, status, actors, location = ROWS[key]
    published, people, body = ARTICLES[article_key]
    event = _row_event(body, events_of(body, *people, published=published), trigger)
    assert event is not None, "no event over the trigger"
    if field == "status":
        assert event.status == status
    elif field == "actors":
        assert _same_actors(event.actors, actors), event.actors
    else:
        assert (event.location is None and location is None) or (
            event.location is not None and location is not None and same_name(event.location, location)), \
            event.location


def _actors(body: str, *people: str) -> list[list[str]]:
    return [sorted(e.actors) for e in events_of(body, *people) if e.event_type != "statement"]


# Added with the mechanism (after the first run): a preposition after a country ("with Finland near Tartu") is no
# common noun the country qualifies; a noun after it still makes it a qualifier ("a deal on Finland timber").
@pytest.mark.parametrize("body, expected", [
    ("Estonia held a military exercise with Latvia and Finland near Tartu on Monday.",
     [["Estonia", "Finland", "Latvia"]]),
    ("Estonia held a military exercise with Latvia and Finland outside Tartu on Monday.",
     [["Estonia", "Finland", "Latvia"]]),
    ("Brazil signed an agreement with Chile near the border on Monday.", [["Brazil", "Chile"]]),
    # near misses: a common noun after the country
    ("Estonia signed a deal on Finland timber exports on Monday.", [["Estonia"]]),
    ("Brazil signed an agreement with Chile on Monday about a survey of Peru moviegoers.", [["Brazil", "Chile"]]),
])
def test_preposition_after_country_is_no_noun(body, expected):
    assert _actors(body) == expected


# Added with the mechanism (after the first run): a demonym before a company's descriptor and name ("the Chilean
# mining company Andacobre") tells the company's nationality, not a party; its officials and ministers act for it.
@pytest.mark.parametrize("body, expected", [
    ("Chilean officials met the Peruvian mining company Andacobre on Tuesday.", [["Andacobre", "Chile"]]),
    ("Vietnamese officials met representatives of the Chilean mining company Andacobre on Tuesday.",
     [["Andacobre", "Vietnam"]]),
    ("Chilean officials met the Peruvian firm Andacobre on Tuesday.", [["Andacobre", "Chile"]]),
    # near misses: a demonym before officers, a delegation or a government stays a party
    ("Chilean officials met Peruvian ministers on Tuesday.", [["Chile", "Peru"]]),
    ("Chilean officials met the Peruvian delegation on Tuesday.", [["Chile", "Peru"]]),
    ("Chilean officials met the Peruvian government on Tuesday.", [["Chile", "Peru"]]),
])
def test_demonym_of_a_company_is_no_party(body, expected):
    assert _actors(body) == expected


@pytest.mark.parametrize("body, expected", [
    # near misses of the demonym rule: a descriptor word naming a person or a state's own craft
    ("Chilean officials met the Peruvian lawmaker Ana Silva on Tuesday.", [["Chile", "Peru"]]),
    ("Chilean officials met the Peruvian policymaker Ana Silva on Tuesday.", [["Chile", "Peru"]]),
])
def test_demonym_before_a_person_maker_stays(body, expected):
    assert _actors(body, "Ana Silva") == expected


# Added with the mechanism (after the first run): a definite head opening its clause before "said in a statement"
# takes up the body named before with that head, the head standing before "of" too ("Czech Ministry of Industry
# ... the ministry"); not the object of another word ("Critics of the authority said in a statement").
_BEFORE = "The Czech Ministry of Industry held talks with the Kestrel Water Authority in Prague on Monday. "


@pytest.mark.parametrize("body, expected", [
    (_BEFORE + "The ministry said in a statement on Tuesday that it had offered tax relief.",
     ["Czech Ministry of Industry"]),
    (_BEFORE + "The authority said in a statement on Tuesday that it had offered tax relief.",
     ["Kestrel Water Authority"]),
    # near misses: the definite head is no subject of the saying, or no body with that head was named
    (_BEFORE + "Critics of the authority said in a statement on Tuesday that it had failed.", []),
    (_BEFORE + "The university said in a statement on Tuesday that it had offered tax relief.", []),
])
def test_definite_head_said_in_a_statement(body, expected):
    statements = [e for e in events_of(body) if e.event_type == "statement" and e.start > len(_BEFORE)]
    assert statements and statements[0].actors == expected


# Added with the mechanism (after the first run): a one-word company's possessive before its titled officer, the
# subject of the trigger, makes the company a party ("Metroline's chief executive, Clara Webb, met").
_COMPANY = "The bus operator Metroline cut routes in May. "


@pytest.mark.parametrize("body, expected", [
    (_COMPANY + "Metroline's chief executive, Clara Webb, met union negotiators on Wednesday.", ["Metroline"]),
    (_COMPANY + "Metroline's chief executive Clara Webb met union negotiators on Wednesday.", ["Metroline"]),
    # near misses: no title, the possessive not opening the clause, the company a topic
    (_COMPANY + "Metroline's passengers and Clara Webb met union negotiators on Wednesday.", []),
    (_COMPANY + "A critic of Metroline's chief executive, Clara Webb, met union negotiators on Wednesday.", []),
    (_COMPANY + "Clara Webb met union negotiators to discuss Metroline's routes on Wednesday.", []),
])
def test_company_of_a_titled_subject(body, expected):
    meetings = [e for e in events_of(body, "Clara Webb") if e.event_type == "meeting"]
    assert meetings and meetings[0].actors == expected


@pytest.mark.parametrize("body, expected", [
    # near miss of the preposition rule: a route's destination belongs to the topic
    ("Kazakhstan and Uzbekistan on Monday signed a plan on the transit of Kazakh grain to Iran via Turkmen "
     "ports.", [["Kazakhstan", "Uzbekistan"]]),
])
def test_route_destination_is_no_party(body, expected):
    assert _actors(body) == expected


# Added with the mechanism (after the first run): a person's statement and a body's statement told on one day are
# two statements when the body's party is not the person's; the same speaker or party told twice stays one.
@pytest.mark.parametrize("body, expected", [
    ("Her rival, Jordi Vidal, conceded defeat on Monday. Spain's government said on Monday that it would respect "
     "the result.", [["Jordi Vidal"], []]),
    ("Jordi Vidal issued a statement on Monday. The Norwegian Foreign Ministry issued a statement on Monday.",
     [["Jordi Vidal"], []]),
    # near misses: one speaker told twice, or a body and its officer on one day
    ("Jordi Vidal issued a statement on Monday. Vidal said on Monday that he was concerned.", [["Jordi Vidal"]]),
    ("Norwegian Foreign Minister Jordi Vidal issued a statement on Monday. Norway said on Monday that it was "
     "concerned.", [["Jordi Vidal"]]),
])
def test_statements_of_two_speakers_on_one_day(body, expected):
    statements = [e.participants for e in events_of(body, "Jordi Vidal") if e.event_type == "statement"]
    assert statements == expected


# Added with the mechanism (after the first run): "the three countries" takes up the last group of three that
# acted; a group of another size is not it.
_THREE = "Leaders of Poland, the Czech Republic and Hungary met in Warsaw on Monday. "


@pytest.mark.parametrize("body, expected", [
    (_THREE + "The three countries signed a declaration on gas supplies on Monday.",
     ["Czech Republic", "Hungary", "Poland"]),
    (_THREE + "All three countries signed a declaration on gas supplies on Monday.",
     ["Czech Republic", "Hungary", "Poland"]),
    # near misses: a number that is not the group's size; the pair rule unchanged
    (_THREE + "The four countries signed a declaration on gas supplies on Monday.", []),
    ("Brazil and Chile met in Lima on Monday. The two countries signed a declaration on Monday.", ["Brazil", "Chile"]),
])
def test_numbered_group_takes_up_its_members(body, expected):
    signings = [e for e in events_of(body) if e.event_type == "agreement_signing"]
    assert signings and sorted(signings[0].actors) == expected


# Added with the mechanism (after the first run): a signing or a news conference that names no place, told within
# two sentences after a placed gathering of the same parties on the same day, took place at that gathering.
@pytest.mark.parametrize("body, expected", [
    ("Leaders of Poland, Hungary and Slovakia met in Warsaw on Monday. They discussed energy. The three countries "
     "signed a declaration on gas supplies on Monday.", "Warsaw"),
    ("Brazil and Chile held talks in Lima on Monday. The two countries signed a trade agreement on Monday.", "Lima"),
    # near misses: another party, another day, a place of its own, a gathering long before, an unplaced gathering
    ("Brazil and Chile held talks in Lima on Monday. Peru and Bolivia signed a trade agreement on Monday.", None),
    ("Brazil and Chile held talks in Lima on Monday. The two countries signed a trade agreement on Thursday.", None),
    ("Brazil and Chile held talks in Lima on Monday. The two countries signed a trade agreement in Cusco on Monday.",
     "Cusco"),
    ("Brazil and Chile held talks in Lima on Monday. Prices rose. Exports fell. Rain fell in the south. The two "
     "countries signed a trade agreement on Monday.", None),
    ("Brazil and Chile held talks on Monday. The two countries signed a trade agreement on Monday.", None),
])
def test_signing_at_the_gathering_before(body, expected):
    signings = [e for e in events_of(body) if e.event_type == "agreement_signing"]
    assert signings and signings[0].location == expected


# Added with the mechanism (after the first run): a subject opened by "Its" or "Their" takes up the parties named
# in the subject of the event told in the sentence before.
@pytest.mark.parametrize("body, expected", [
    ("Norway will play Croatia in Zagreb on Saturday. Their friendly against Spain in Madrid was postponed last "
     "month.", ["Norway", "Spain"]),
    ("Brazil and Chile signed a trade deal in Lima on Monday. Their planned talks in Quito were cancelled on "
     "Tuesday.", ["Brazil", "Chile"]),
    # near misses: no possessive subject; the sentence before names its party only as an object
    ("Norway will play Croatia in Zagreb on Saturday. The friendly against Spain in Madrid was postponed last "
     "month.", ["Spain"]),
    ("Fans cheered Norway in Zagreb on Saturday. Their friendly against Spain in Madrid was postponed last month.",
     ["Spain"]),
])
def test_possessive_subject_takes_up_the_subject_before(body, expected):
    later = [e for e in events_of(body, published=date(2026, 6, 10)) if e.start > body.index(". ")]
    assert later and sorted(later[0].actors) == sorted(expected)


# Added with the mechanism (after the first run): "the carmaker" as a counterpart takes up the company the article
# described by that word before.
_CARMAKER = "The Czech Ministry of Industry held talks with the carmaker Skoda Auto in Prague on Monday. "


@pytest.mark.parametrize("body, expected", [
    (_CARMAKER + "A second round of talks between the ministry and the carmaker is planned for July.",
     ["Czech Ministry of Industry", "Skoda Auto"]),
    # near misses: an indefinite descriptor, a descriptor the article used for no company
    (_CARMAKER + "A second round of talks between the ministry and a carmaker is planned for July.",
     ["Czech Ministry of Industry"]),
    (_CARMAKER + "A second round of talks between the ministry and the airline is planned for July.",
     ["Czech Ministry of Industry"]),
])
def test_descriptor_takes_up_its_company(body, expected):
    later = [e for e in events_of(body) if e.start > len(_CARMAKER)]
    assert later and sorted(later[0].actors) == expected
