"""Who acted, where, and what to call it: made-up news paragraphs (issue 15, points 2 and 3).

Every expectation below (actors, location, an acceptable name pattern) was written before the extractor was run on
these texts. Each row names the trigger word of the event it checks; the row checked is the stored event whose span
holds the trigger's first occurrence, else the nearest one whose trigger stands in the same clause (no comma,
semicolon or full stop between). Actors are compared as sets; the location exactly (None: no place); the name
against a case-insensitive pattern (`re.search`), after the date in brackets is cut. Published on Wednesday
10 March 2010.

Rows the step does not meet are xfail with their reason (`XFAIL`); the expectations themselves were not changed.
"""
from __future__ import annotations

import re

import pytest

from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors, location, name pattern)
ROWS = {
    "met with topic": (
        "Polish Foreign Minister Ezra Kowal met his Czech counterpart Jan Novak in Warsaw on Monday to discuss "
        "Iran's nuclear programme.",
        ("Ezra Kowal", "Jan Novak"), "met", {"Poland", "Czech Republic"}, "Warsaw", r"kowal.*novak.*meeting|meeting"),
    "talks between on a topic": (
        "Talks between Serbia and Kosovo on the future of northern Mitrovica were held in Brussels on Tuesday.",
        (), "Talks", {"Serbia", "Kosovo"}, "Brussels", r"serbia.*kosovo.*talks|talks"),
    "visit to a capital": (
        "Indian Prime Minister Arjun Rao arrived in Tokyo on Monday for a three-day visit to Japan.",
        ("Arjun Rao",), "arrived", {"India", "Japan"}, "Tokyo", r"rao.*visit|visit.*(tokyo|japan)"),
    "hosted": (
        "Turkey hosted Greek Prime Minister Nikos Petrou in Ankara on Thursday, the first such visit in a decade.",
        ("Nikos Petrou",), "hosted", {"Turkey", "Greece"}, "Ankara", r"visit|meeting"),
    "signed with": (
        "Brazil signed a trade agreement with Argentina in Buenos Aires on Friday.",
        (), "signed", {"Brazil", "Argentina"}, "Buenos Aires", r"brazil.*argentina|agreement"),
    "agreed, sanctions discussed": (
        "France and Germany agreed on Monday in Paris to a joint defence fund. Sanctions against Russia were also "
        "discussed.",
        (), "agreed", {"France", "Germany"}, "Paris", r"france.*germany|agreement|agreed"),
    "on the sidelines": (
        "Chinese President Li Wen met US Secretary of State Mark Dale on the sidelines of the G20 summit in Osaka on "
        "Saturday.",
        ("Li Wen", "Mark Dale"), "met", {"China", "United States"}, "Osaka", r"li wen.*mark dale.*meeting|meeting"),
    "UN headquarters venue": (
        "The foreign ministers of Egypt and Ethiopia met at the UN headquarters in New York on Tuesday to discuss "
        "the Nile dam.",
        (), "met", {"Egypt", "Ethiopia"}, "New York", r"meeting"),
    "person's state from who-is-who": (
        "Sweden's foreign minister, Karin Lund, flew to Nairobi on Monday. Lund met Kenyan President Daniel Moi "
        "Kariuki on Tuesday to discuss the situation in Somalia.",
        ("Karin Lund", "Daniel Moi Kariuki"), "met", {"Sweden", "Kenya"}, "Nairobi", r"lund.*kariuki.*meeting|meeting"),
    "talks in one capital about another": (
        "Talks in Warsaw on Wednesday between Poland and Lithuania focused on the situation in Kyiv.",
        (), "Talks", {"Poland", "Lithuania"}, "Warsaw", r"talks"),
    "the Polish capital": (
        "Ezra Kowal and Karl Brenner met in the Polish capital on Friday.",
        ("Ezra Kowal", "Karl Brenner"), "met", set(), "Warsaw", r"kowal.*brenner.*meeting"),
    "arrived in a port": (
        "Karl Brenner arrived in Gdańsk on Sunday for a two-day visit.",
        ("Karl Brenner",), "arrived", set(), "Gdańsk", r"brenner.*visit"),
    "military unit is no place": (
        "Soldiers of a military unit attacked a village in northern Mali on Monday, killing nine people.",
        (), "attacked", {"Mali"}, "Mali", r"attack"),
    "militant group is no place": (
        "A militant group attacked a checkpoint near Peshawar on Friday, killing four policemen.",
        (), "attacked", set(), "Peshawar", r"attack"),
    "ministry acts": (
        "Germany's Finance Ministry signed a loan agreement with the World Bank in Berlin on Monday.",
        (), "signed", {"Finance Ministry", "World Bank"}, "Berlin", r"agreement"),
    "company and union": (
        "Volkswagen reached a wage agreement with the IG Metall union in Wolfsburg on Thursday.",
        (), "agreement", {"Volkswagen", "IG Metall"}, "Wolfsburg", r"agreement"),
    "court ruled": (
        "The European Court of Human Rights in Strasbourg ruled on Tuesday against Turkey in a case brought by "
        "journalists.",
        (), "ruled", {"European Court of Human Rights", "Turkey"}, "Strasbourg", r"."),
    "NATO and the EU": (
        "NATO and the European Union held talks in Brussels on Monday on the security of the Baltic states.",
        (), "talks", {"NATO", "European Union"}, "Brussels", r"talks"),
    "UN agency": (
        "The World Food Programme signed an agreement with Sudan in Khartoum on Sunday to deliver food aid to "
        "Darfur.",
        (), "signed", {"World Food Programme", "Sudan"}, "Khartoum", r"agreement"),
    "possessive visit": (
        "Ezra Kowal's visit to Warsaw on Monday was his first abroad since taking office.",
        ("Ezra Kowal",), "visit", set(), "Warsaw", r"kowal.*visit.*warsaw"),
    "election": (
        "Voters in Norway elected a new parliament on Monday in a general election.",
        (), "election", {"Norway"}, "Norway", r"norw.*(general )?election|election"),
    "protest in a city about a country": (
        "Thousands protested in London on Saturday against the war in Yemen.",
        (), "protested", set(), "London", r"protest"),
    "visit of a leader to a country": (
        "Japanese Emperor Akihito's state visit to China began in Beijing on Monday.",
        ("Akihito",), "visit", {"Japan", "China"}, "Beijing", r"akihito.*visit"),
    "delegation talks about a country": (
        "A Pakistani delegation held talks with Afghan officials in Kabul on Tuesday about refugees in Iran.",
        (), "talks", {"Pakistan", "Afghanistan"}, "Kabul", r"talks"),
    # second batch, written before its first run like the first
    "sanctions discussed at talks": (
        "Sanctions against Iran were discussed when Britain's foreign secretary, Tom Hale, met Indian Foreign "
        "Minister Ravi Menon in Delhi on Monday.",
        ("Tom Hale", "Ravi Menon"), "met", {"United Kingdom", "India"}, "Delhi", r"hale.*menon.*meeting"),
    "hosted at a summit venue": (
        "Kenya hosted leaders of Uganda and Tanzania at the State House in Nairobi on Friday for talks on the "
        "conflict in South Sudan.",
        # (the venue and its town, as the gold convention writes both when the text gives both: "Venue, City")
        (), "hosted", {"Kenya", "Uganda", "Tanzania"}, "State House, Nairobi", r"."),
    "union strike": (
        "The Unite union went on strike at Heathrow airport on Monday.",
        (), "went on strike", {"Unite"}, "Heathrow airport", r"strike"),
    "arrived in the Czech capital": (
        "Karl Brenner arrived in the Czech capital on Tuesday for talks with Jan Novak.",
        ("Karl Brenner", "Jan Novak"), "arrived", set(), "Prague", r"brenner.*(visit|prague)"),
    "phone call between states": (
        "The presidents of Chile and Peru spoke by phone on Sunday about the border dispute with Bolivia.",
        (), "spoke by phone", {"Chile", "Peru"}, None, r"chile.*peru"),
}

_CLAUSE_BREAK = re.compile(r"[,;.]")
_DATE = re.compile(r"\s*\([^)]*\)\s*$")

# Rows ('key: field') the step does not meet, with the reason.
XFAIL: dict[str, str] = {
    "talks between on a topic: actors": "the gazetteer holds Kosovo as a region (a contested state), never a party",
    "military unit is no place: actors": "the expectation took the attacked village's land as the counterpart; the "
                                         "step gives an attack on a place of a country no party (the unit's state "
                                         "is not told)",
    "ministry acts: actors": "the step names the ministry with its state, 'German Finance Ministry' (the "
                             "gazetteer's form), where the expectation wrote the bare body",
    "company and union: actors": "'reached a wage agreement' is no signing trigger: as one it lowered fresh3 and "
                                 "fresh5 tune figures (reverted), and its bare row names no party",
    "possessive visit: actors": "the step takes the visited capital's state as the visit's counterpart (as in "
                                "'visit to Japan'), where the expectation wanted none",
    "election: actors": "an election's electorate ('Voters in Norway') makes its country its place, not a party",
    "union strike: actors": "the step names the union with its head word, 'Unite union', where the expectation "
                            "wrote 'Unite'",
    "union strike: location": "a town's airport places the event in the town ('Heathrow'), as the step places "
                              "'landed at Paphos airport', where the expectation kept the venue whole",
    "protest in a city about a country: location": "a protest is no event type: the row over the sentence is the "
                                                   "war it opposes, placed in Yemen",
    "protest in a city about a country: name": "as for its location: the row is the war, not the protest",
}


def keyed_params(rows: dict, xfails: dict[str, str]) -> list:
    """The keys of a table of made-up rows, each key in `xfails` marked a strict expected failure with its reason."""
    return [pytest.param(key, marks=pytest.mark.xfail(reason=xfails[key], strict=True)) if key in xfails else key
            for key in rows]


def _row_event(body: str, events, trigger: str):
    start = body.index(trigger)
    end = start + len(trigger)
    held = [e for e in events if e.start <= start and end <= e.end]
    if held:
        return held[0]
    near = [e for e in events if not _CLAUSE_BREAK.search(body[min(e.end, end):max(e.start, start)])]
    return min(near, key=lambda e: min(abs(e.start - start), abs(e.end - end)), default=None)


def assert_row_actors(body: str, trigger: str, actors: set, people=()) -> None:
    """The event over (or nearest to) `trigger` has exactly `actors`; with no event there, `actors` is empty."""
    event = _row_event(body, events_of(body, *people), trigger)
    assert (set(event.actors) if event is not None else set()) == actors


@pytest.mark.parametrize("key, field", [
    pytest.param(key, field, marks=pytest.mark.xfail(reason=XFAIL[f"{key}: {field}"], strict=True))
    if f"{key}: {field}" in XFAIL else (key, field)
    for key in ROWS for field in ("actors", "location", "name")])
def test_parties_places_names(key, field):
    body, people, trigger, actors, location, pattern = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    if field == "actors":
        assert set(event.actors) == actors
    elif field == "location":
        assert event.location == location
    else:
        name = _DATE.sub("", event.name or "")
        assert re.search(pattern, name, re.I), name


# Added with the mechanism (after the first run): an election is named by its state's adjective and its kind.
@pytest.mark.parametrize("body, expected", [
    ("Voters in Norway elected a new parliament on Monday in a general election.", "Norwegian general election"),
    ("The Norwegian general election was held on Monday.", "Norwegian general election"),
    ("Ana Silva won the presidential election in Brazil on Sunday.", "Brazilian presidential election"),
    ("Voters in Peru went to the polls on Sunday in a presidential election.", "Peruvian presidential election"),
])
def test_election_names(body, expected):
    names = [_DATE.sub("", e.name) for e in events_of(body, "Ana Silva") if e.event_type == "election"]
    assert names == [expected]


# Added with the mechanism (after the first run): a gathering that names no place is where one of its people had
# just travelled, told as the subject of the sentence before; not another person's journey, nor one of two.
@pytest.mark.parametrize("body, expected", [
    ("Karin Lund flew to Nairobi on Monday. Lund met Daniel Kariuki on Tuesday.", "Nairobi"),
    ("Karin Lund, Sweden's foreign minister, arrived in Nairobi on Monday. Lund met Daniel Kariuki on Tuesday.",
     "Nairobi"),
    ("Ana Silva flew to Nairobi on Monday. Karin Lund met Daniel Kariuki on Tuesday.", None),
    ("Karin Lund flew to Nairobi and then travelled to Kampala. Lund met Daniel Kariuki on Tuesday.", None),
    ("Officials said Karin Lund's plane landed in Nairobi. Lund met Daniel Kariuki on Tuesday.", None),
])
def test_gathering_where_its_person_arrived(body, expected):
    events = [e for e in events_of(body, "Karin Lund", "Daniel Kariuki", "Ana Silva") if e.event_type == "meeting"]
    assert events and events[0].location == expected
