"""Round 8 (#15): a body named without a head word the table knew ("Network Rail", "Coyle Family Pharmacy") is
the actor of the trigger it is the subject of. Mechanism: `orgnames.ORG_HEADS` extended by the words firms and
services end their names in (rail, pharmacy, brewery, refinery, shipyard, clinic, utilities, telecoms, ...), read
by `organisation_names` as any head. Written BEFORE the code; made-up texts, published Wednesday 10 March 2010.

Near misses: a person whose surname is a head-like word ("Ana Bank", "Karl Rail", people step's persons); a
capitalised sentence opener of one word ("Rail workers"); a body only mentioned as a topic ("criticised Network
Rail's plan") is not the actor of another's meeting; a lone place ("Manchester") is no body; a ship's name.
"""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import organisation_names
from tests.loaders.extract.test_events import events_of


def _names(body, people=()):
    spans = sorted((body.index(p), body.index(p) + len(p)) for p in people)
    return {name for _, _, name in organisation_names(body, 0, len(body), spans, {})}


NAME_ROWS = {
    "X Rail": ("Network Rail said the line would reopen.", (), {"Network Rail"}),
    "X Valley Rail": ("Ohio Valley Rail said the line would reopen.", (), {"Ohio Valley Rail"}),
    "X Family Pharmacy": ("Coyle Family Pharmacy said it would close.", (), {"Coyle Family Pharmacy"}),
    "X Brewery": ("Tallis Brewery said it would close.", (), {"Tallis Brewery"}),
    "X Refinery": ("Brenn Refinery said it would close.", (), {"Brenn Refinery"}),
    "X Shipyard": ("Norvik Shipyard said it would hire 200 workers.", (), {"Norvik Shipyard"}),
    "X Clinic": ("Selby Clinic said it would close.", (), {"Selby Clinic"}),
    "X Utilities": ("Marlow Utilities said prices would rise.", (), {"Marlow Utilities"}),
    "X Telecoms": ("Kestrel Telecoms said prices would rise.", (), {"Kestrel Telecoms"}),
    "X Transit": ("Dunmore Transit said buses would run.", (), {"Dunmore Transit"}),
    "X Mills": ("Arden Mills said it would cut 40 jobs.", (), {"Arden Mills"}),
    "X Pharma": ("Lindqvist Pharma said it would cut 40 jobs.", (), {"Lindqvist Pharma"}),
    "X Hotels": ("Corran Hotels said it would cut 40 jobs.", (), {"Corran Hotels"}),
    "X City Council (head already known)": ("Manchester City Council said it would appeal.", (),
                                            {"Manchester City Council"}),
    # near misses
    "person Ana Bank": ("Ana Bank said she would appeal.", ("Ana Bank",), set()),
    "person Karl Rail": ("Karl Rail said he would appeal.", ("Karl Rail",), set()),
    "person Maria Clinic": ("Maria Clinic said she would appeal.", ("Maria Clinic",), set()),
    "one-word opener Rail": ("Rail workers said they would strike.", (), set()),
    "one-word opener Pharmacy": ("Pharmacy owners said they would close.", (), set()),
    "lone place": ("Manchester said it would appeal.", (), set()),
    "lower-case head after a name": ("Leeds rail services were cut.", (), set()),
}


@pytest.mark.parametrize("body, people, expected", NAME_ROWS.values(), ids=NAME_ROWS.keys())
def test_organisation_names_with_new_heads(body, people, expected):
    assert _names(body, people) == expected


EVENT_ROWS = {
    "Network Rail denied": ("Network Rail denied on Monday that the line had been closed.", (), "statement",
                            {"Network Rail"}),
    "Pharmacy closed": ("Coyle Family Pharmacy closed its doors on Monday.", (), "other", {"Coyle Family Pharmacy"}),
    "Brewery announced": ("Tallis Brewery announced on Monday that it would cut 40 jobs.", (), "statement",
                          {"Tallis Brewery"}),
    "Utilities restored": ("Marlow Utilities restored power to 3,000 homes on Monday.", (), "other",
                           {"Marlow Utilities"}),
    # near misses
    "Ana Bank (a person) announced": (  # (mended round 9: a person opening with a known given name)
        "Ana Bank announced on Monday that she would resign.", ("Ana Bank",), "statement", set()),
    "topic only, not the meeting's actor": pytest.param(
        "Residents who criticised Network Rail's plan met on Monday in Leeds.", (), "meeting", set(),
        marks=pytest.mark.xfail(strict=True, reason="open, held before this round for known heads ('criticised "
                                "Acme Group's plan met' gives Acme Group): a body inside a relative clause on the "
                                "subject is read as a party")),
    "a ship's name": ("The tanker Northern Star ran aground on Monday.", (), None, set()),
}


@pytest.mark.parametrize("body, people, event_type, actors", EVENT_ROWS.values(), ids=EVENT_ROWS.keys())
def test_body_without_known_head_is_the_actor(body, people, event_type, actors):
    events = events_of(body, *people)
    if event_type is None:
        assert all(not set(e.actors) for e in events)
        return
    found = [e for e in events if e.event_type == event_type]
    assert found, [(e.event_type, e.actors) for e in events]
    assert set(found[0].actors) == actors


# --- a body by its verb pattern in the article (`orgnames.acts_as_body`): a name with no head word is a body when
# the article writes it as one ("X's chief executive", "a spokesperson for X", "X said in a statement"), and is then
# the actor of a trigger it is the subject of. Near misses: a person (the people step's), a place, a plural common
# noun opening the sentence, a product with no body pattern, a body only in another's clause.
PATTERN_ROWS = {
    "X's chief executive": (
        "Sinohydro signed the contract on Monday. Sinohydro's chief executive, Li Wen, said work would start in May.",
        ("Li Wen",), "signed", {"Sinohydro"}),  # ("won a contract" is no trigger)
    "a spokesperson for X": (
        "Harbour View closed its doors on Monday. A spokesperson for Harbour View said the lease had expired.", (),
        "closed", {"Harbour View"}),
    "X said in a statement": (
        "Vento Norte withdrew its bid on Monday. Vento Norte said in a statement that prices were too low.", (),
        "withdrew", {"Vento Norte"}),
    "X's board": (
        "Corvina Lines cancelled two crossings on Monday after Corvina Lines's board met.", (), "cancelled",
        {"Corvina Lines"}),
    # near misses
    "a person's spokesman": (
        "Karl Brenner closed the plant on Monday. Brenner's spokesman said prices were too low.", ("Karl Brenner",),
        "closed", set()),
    "a plural common noun": (
        "Protesters blocked the road on Monday. Protesters' spokesman said they would return.", (), "blocked",
        set()),
    "a product, no body pattern": (
        "Galaxy Nova sold out on Monday. Galaxy Nova was launched last year.", (), "sold", set()),
}


@pytest.mark.parametrize("body, people, trigger, actors", PATTERN_ROWS.values(), ids=PATTERN_ROWS.keys())
def test_body_by_its_pattern_is_the_actor(body, people, trigger, actors):
    events = events_of(body, *people)
    if not actors:
        assert all(not (set(e.actors) - {"Portugal"}) for e in events), [(e.event_type, e.actors) for e in events]
        return
    assert any(set(e.actors) == actors for e in events), [(e.event_type, e.actors) for e in events]


def test_a_place_is_no_body_by_its_pattern():
    events = events_of("Lisbon closed its schools on Monday. Lisbon's mayor said the storm had passed.")
    assert all("Lisbon" not in e.actors for e in events)


# --- "X said it had <trigger>": the speaker taken up by "it" is a body (a person is "he"/"she"), so a name with no
# head word is the reported act's actor. Near misses: a person (the people step's) with an empty "it"; a place; a
# plural common noun opening the sentence.
SAID_IT_ROWS = {
    "X said it had restored": ("Electricity North West said it had restored power to 3,000 homes on Monday.", (),
                               {"Electricity North West"}),
    "X said it had closed": ("Vento Norte said it had closed the plant on Monday.", (), {"Vento Norte"}),
    # near misses
    "a person said it had": ("Ana Silva said it had closed the border on Monday.", ("Ana Silva",), set()),
    "a plural common noun said it had": ("Engineers said it had closed the bridge on Monday.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", SAID_IT_ROWS.values(), ids=SAID_IT_ROWS.keys())
def test_speaker_taken_up_by_it_is_a_body(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) == actors for e in events), [
        (e.event_type, e.actors) for e in events]  # (a near miss may store no event at all)


def test_a_place_said_it_had():
    events = events_of("Lisbon said it had closed its schools on Monday.")
    assert all("Lisbon" not in e.actors for e in events)


# --- a scoreline's two sides: "gave X a 2-1 win over Y" names the two teams of a contest (a team is a party only in
# such a sports pattern). Near misses: a gift to a person ("gave Ana Silva a book"), no score ("gave Hearts a
# boost"), a lower-case side ("gave the hosts a 2-1 win").
SCORE_ROWS = {
    "gave X a 2-1 win over Y": ("Callum Toner gave Hearts a 2-1 win over Aberdeen on Saturday.", ("Callum Toner",),
                                {"Hearts", "Aberdeen"}),
    "gave X Y a late 1-0 victory against Z": (
        "Jamie Roche gave Cork City a late 1-0 victory against Shelbourne on Friday.", ("Jamie Roche",),
        {"Cork City", "Shelbourne"}),
    "gave X a dramatic win over Y (no score)": (
        "A late header by Jamie Roche gave Cork City a dramatic win over Shelbourne on Friday.", ("Jamie Roche",),
        {"Cork City", "Shelbourne"}),
    # near misses
    "a person's win": ("The ruling gave Ana Silva a narrow win over Karl Brenner on Friday.",
                       ("Ana Silva", "Karl Brenner"), set()),
    "a gift": ("Karl Brenner gave Ana Silva a book on Saturday.", ("Karl Brenner", "Ana Silva"), set()),
    "no score": ("Callum Toner gave Hearts a boost on Saturday.", ("Callum Toner",), set()),
    "a lower-case side": ("Callum Toner gave the hosts a 2-1 win over the visitors on Saturday.", ("Callum Toner",),
                          set()),
}


@pytest.mark.parametrize("body, people, actors", SCORE_ROWS.values(), ids=SCORE_ROWS.keys())
def test_scoreline_sides_are_the_actors(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) == actors for e in events), [
        (e.event_type, e.actors) for e in events]


# --- a trade noun before a name describes a company ("the contractor Sinohydro", "developer Orla"), as "carmaker
# Varda" does (`orgnames._DESCRIPTOR_WORDS` extended by contractor, developer, broadcaster, utility, builder).
# Near misses: a person after the trade noun (the people step's); the trade noun with no name after it.
DESCRIPTOR_ROWS = {
    "the contractor X": ("The contractor Sinohydro cancelled the loan on Monday.", (), {"Sinohydro"}),
    "the Chinese contractor X, which": pytest.param(
        "The park was built by a consortium led by the Chinese contractor Sinohydro, which won the tender on Monday "
        "and signed the contract on Tuesday.", (), {"Sinohydro"}, marks=pytest.mark.xfail(strict=True, reason=(
            "open: the relative 'which' takes up a described company only for names the table knows"))),
    # (first written "Developer Orla": Orla is a given name, so the row was a person near miss, not a company)
    "developer X": pytest.param("Developer Vantaro cancelled the housing project on Monday.", (), {"Vantaro"},
                                marks=pytest.mark.xfail(strict=True, reason=(
                                    "open: a capitalised descriptor opening the sentence is read as the name's "
                                    "first word ('Developer Vantaro'), so no descriptor is seen before it"))),
    "the broadcaster X": ("The broadcaster Kanal Tri cancelled the show on Monday.", (), {"Kanal Tri"}),
    # near misses
    "a contractor who is a person": ("The contractor Ana Silva cancelled the job on Monday.", ("Ana Silva",), set()),
    "the contractor, no name": ("The contractor cancelled the job on Monday.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", DESCRIPTOR_ROWS.values(), ids=DESCRIPTOR_ROWS.keys())
def test_trade_noun_describes_a_company(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) == actors for e in events), [
        (e.event_type, e.actors) for e in events]
