"""Who did the denied or reported act: the subject of the trigger's own clause (`parties.clause_subject_parties`).
A denial's "that" clause tells the denied event, so its subject is that event's agent, not the denier ("denied that
the board had ignored warnings"); a pronoun subject ("it had approved") takes up the subject of the verb that
governs its clause ("The council said ... that it had approved"); a definite description ("the board", "the
transport ministry") refers back to the body the article named by that head word, or stands for itself when the
article names none. Made-up sentences; expected outputs written before the run."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import run_body_steps
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, trigger, expected", [
    # a person denies what a body did: the body (taken up by its head word) is the denied event's party
    ("Brenn Water Board fined three farms in May. Its chairman, Karl Brenner, denied on Tuesday that the board had "
     "ignored warnings from engineers in April.", "denied", ["Brenn Water Board"]),
    # a demonym qualifying the content's subject: the country acted
    ("Karl Brenner denied that a Norwegian survey ship had anchored over the cable on Sunday.", "anchored", ["Norway"]),
    # ... but a demonym before private people names their nationality, no party
    ("Karl Brenner denied that Norwegian fishermen had blocked the harbour on Sunday.", "blocked", []),
    ("Karl Brenner said a Danish fishing vessel rescued four sailors off Skagen on Sunday.", "rescued", []),
    # an acronym the article defined, through foreign link words
    ("The port is run by Compañía Portuaria del Norte (CPN). Ana Silva denied reports that CPN had delayed repairs in "
     "June.", "denied", ["Compañía Portuaria del Norte"]),
    # a body denies what "it" did: the pronoun takes up the denier, a body the article describes but never names
    ("The transport ministry denied a report on Monday that it had cut rail subsidies in April.", "denied",
     ["transport ministry"]),
    # a named body in the content clause, not the denier's
    ("Brenn Water Board chairman Karl Brenner denied that Holm Foods had polluted the river in May.", "polluted",
     ["Holm Foods"]),
    # a pronoun subject of the trigger takes up the governing verb's definite subject
    ("Varden Ports Council was founded in 1990. The council said on Monday that it had signed an agreement with Holm "
     "Foods in August.", "signed", ["Varden Ports Council", "Holm Foods"]),
])
def test_clause_subject_parties(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected


# A state's officer named with a capitalised title acts for the state ("Danish Deputy Prime Minister X signed"); a
# dateline whose agency bracket closes on ".-" ("Oslo, Mar 3 (NTB).- ") is where the news was filed, no party, and
# the place of the day's meeting. Made-up sentences; expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("The accord was signed in Oslo on Monday by Danish Deputy Prime Minister Karl Brenner and Ana Silva.",
     [("agreement_signing", ["Denmark"], "Oslo")]),
    ("Oslo, Mar 3 (NTB).- Karl Brenner met Ana Silva on Tuesday to discuss fishing quotas.",
     [("meeting", [], "Oslo")]),
    ("Karl Brenner signed a film accord with the Danish Minister of Culture, which was then condemned by the Brenn "
     "Film Council on Monday.", [("agreement_signing", ["Denmark"], None), ("statement", ["Brenn Film Council"], None)]),
])
def test_officers_and_agency_datelines(body, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    assert [(e.event_type, e.actors, e.location) for e in events] == expected


def test_agency_dateline_dash_opens_no_name():
    body = "Lima, Mar 3 (EFE).- Fishermen in the north of the country on Thursday blocked the port of Paita."
    names = [e.name for e in events_of(body)]
    assert names and not any(name.startswith("-") for name in names), names


# Who is a body and who a person after a body's word ("the consortium Vento Azul", "the charity Nadia Fell said she")
# is the people step's decision, read from one vocabulary (`lexicon.BODY_HEADS`, `lexicon.is_firm_head`): a name it
# keeps as a person is a participant; a name after such a word that it does not keep is the body's, a party here and
# wherever the article writes it again. Run through the whole pipeline (the people step decides); a trade that also
# describes people does not make a body. Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("The port authority on Monday picked the consortium Vento Azul as the winner. Vento Azul said in a statement on "
     "Tuesday that it was honoured.", ([], ["Vento Azul"])),
    ("The port authority on Monday picked property developer Karl Brenner as the winner. Karl Brenner said in a "
     "statement on Tuesday that he was honoured.", (["Karl Brenner"], [])),
    ("The port authority on Monday picked the utility Brenn Kraft as the winner. Brenn Kraft said in a statement on "
     "Tuesday that it was honoured.", ([], ["Brenn Kraft"])),
    ("In a statement to the charity Nadia Fell said she was quitting.", (["Nadia Fell"], [])),
    ("The port authority on Monday picked the shipyard Brenn Werft as the winner. Brenn Werft said in a statement on "
     "Tuesday that it was honoured.", ([], ["Brenn Werft"])),
    ("The institute Dana Wolk runs has 40 staff. Dana Wolk said in a statement on Tuesday that she was honoured.",
     (["Dana Wolk"], [])),
])
def test_described_bodies_are_the_people_steps_decision(body, expected):
    found = run_body_steps(ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                                         published_on=date(2010, 3, 10), date_precision="day"), Registry())
    statements = [e for e in found.events if e.event_type == "statement"]
    assert [(e.participants, e.actors) for e in statements] == [expected]


# A list's later members share the first member's preposition: "for Norway, Sweden and Denmark" is all topic, "in
# Oslo and Stockholm" all venue. Expected outputs written before the run.
@pytest.mark.parametrize("body, event_type, expected", [
    ("The Varn weather service lifted its storm warning for Norway, Sweden and Denmark on Monday.", "other",
     ["Varn weather service"]),
    ("Karl Brenner met Ana Silva in Oslo and Stockholm on Monday.", "meeting", []),
    ("Karl Brenner met envoys of Norway and Sweden in Lisbon on Monday.", "meeting", ["Norway", "Sweden"]),
])
def test_lists_share_their_preposition(body, event_type, expected):
    events = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == event_type]
    assert [e.actors for e in events] == [expected]


# A one-word capitalised subject that acts (no passive), that no person, place, given name or common word is, and
# that the article never writes as a place ("in X", "to X"), is an organisation ("Varnholt has cancelled").
# Expected outputs written before the run.
@pytest.mark.parametrize("body, trigger, expected", [
    ("Varnholt has cancelled all flights to Tarnby on Monday because of the storm. Varnholt expects to fly again on "
     "Wednesday.", "cancelled", ["Varnholt"]),
    ("The Storting approved the budget on Monday.", "approved", ["Storting"]),
    # (written once, without "The": any common noun may open a sentence)
    ("Fire destroyed a warehouse in Tarnby on Monday.", "destroyed", []),
    # (an affiliation: the subject's own party)
    ("Karl Brenner of the Greens has won the runoff on Sunday. The Greens celebrated.", "runoff", []),
    ("Tarnby was evacuated on Monday after the dam on the Varn broke.", "evacuated", []),
    ("Residents fled to Tarnby on Sunday. Tarnby closed its schools on Monday.", "closed", []),
    ("Paulette made landfall near Brennvik on Saturday.", "made", []),
])
def test_unknown_one_word_agents(body, trigger, expected):
    events = events_of(body, "Karl Brenner")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected


# A body announcing its own planned act told without an agent ("the ferry terminal would be closed", "work will
# begin") is that act's party: the body its speaker speaks for ("Tarnby Port Authority Director Karl Brenner said",
# "A spokeswoman for the transport ministry, Ana Silva, said"). Not for what has happened ("said the man was
# killed"). Made-up sentences; expected outputs written before the run.
@pytest.mark.parametrize("body, trigger, expected", [
    ("Tarnby Port Authority director Karl Brenner said on Monday that the ferry terminal would be closed from May 1.",
     "closed", ["Tarnby Port Authority"]),
    ("A spokeswoman for the transport ministry, Ana Silva, said contracts would be signed in September.", "signed",
     ["transport ministry"]),
    ("Tarnby Port Authority director Karl Brenner said a dock worker was killed on Monday when a crane fell.",
     "killed", []),
])
def test_announced_own_plans(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected


# "the two ministers", "both leaders" after "by" or "between" take up the parties of the last event that named two.
def test_the_two_ministers_take_up_the_last_pair():
    body = ("Norway and Sweden signed a fisheries accord in Oslo on Monday. A visit to Tromso by the two ministers on "
            "Tuesday was cancelled because of the weather.")
    visits = [e for e in events_of(body) if e.event_type == "visit"]
    assert [e.actors for e in visits] == [["Norway", "Sweden"]]


# Names that are no party of the trigger: a storm's name; a name inside a relative clause about the object ("a bill
# that would give the Tarnby Water Authority powers"); a name in the clause before ", and" when the trigger's clause
# has its own subject; a demonym qualifying places ("in seven Norwegian towns"); "the two countries" after a
# preposition ("the cable between the two countries was damaged"). Expected outputs written before the run.
@pytest.mark.parametrize("body, trigger, expected", [
    ("Storm Tove reached the Varn coast overnight on Monday. Storm Tove weakened later.", "reached", []),
    ("The Storting approved on Monday a bill that would give the Tarnby Water Authority new powers.",
     "approved", ["Storting"]),
    ("Norway's constitution protects rivers, and in 2009 a court rejected a lawsuit brought by Tarnby farmers.",
     "rejected", []),
    ("Malaria is now spreading in at least seven Norwegian towns, according to a study published on Tuesday.",
     "study", []),
    ("Norway and Sweden signed an accord in Oslo on Monday. In December 2009, the Varnlink 2 power cable between the "
     "two countries was damaged when the tanker Eagle S dragged its anchor across the seabed.", "damaged", []),
])
def test_names_that_are_no_party(body, trigger, expected):
    events = events_of(body, "Karl Brenner")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected


# A denied event is told by what is denied: its name from the content clause, its people those the clause names
# (the denier only when the clause's pronoun is the denier: "denied that he had met"). Made-up sentences.
@pytest.mark.parametrize("body, expected", [
    ("Ana Silva denied that the Tarnby council had sold the harbour land to a developer in 2009.",
     ("The Tarnby council sold the harbour land (2009)", ["Tarnby council"], [])),
    ("Karl Brenner denied reports in the local press on Monday that licences had been sold to Brenn Shipping.",
     ("Licences sold to Brenn Shipping (2010-03-08)", [], [])),
    ("Ana Silva denied that Karl Brenner had met union leaders in March.",
     ("Karl Brenner meeting (2010-03)", [], ["Karl Brenner"])),
    ("Karl Brenner denied that he had met Ana Silva in March.",
     ("Karl Brenner–Ana Silva meeting (2010-03)", [], ["Karl Brenner", "Ana Silva"])),
])
def test_denied_events_are_told_by_what_is_denied(body, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.status == "denied"]
    assert [(e.name, e.actors, e.participants) for e in events] == [expected]


def test_a_phrase_after_of_is_no_subject():
    body = "Employees of the state-run Tarnby ferry company stayed off work on Thursday, demanding a pay rise."
    events = events_of(body)
    assert events and all(e.actors == [] for e in events), [(e.name, e.actors) for e in events]


# A gathering noun followed by a contact relative clause names its organiser: "a public meeting the Tarnby council
# had planned to hold", "the concert Brenn Arena was to host". Made-up sentences; expected outputs written first.
@pytest.mark.parametrize("body, expected", [
    ("A public meeting the Tarnby council had planned to hold on Friday was cancelled because of the storm.",
     ["Tarnby council"]),
    ("The Varn Ports Authority said on Monday that a forum it had planned to host on Friday was called off.",
     ["Varn Ports Authority"]),
])
def test_the_organiser_of_a_gathering(body, expected):
    events = [e for e in events_of(body) if e.event_type == "meeting"]
    assert [e.actors for e in events] == [expected]


# A trade that also describes people ("broadcaster", "operator") or a body word whose name after it may be a relative
# clause's subject ("the group Lena Obi founded") makes no one an organisation: the person stays a participant.
# Made-up sentences (a reviewer's probes); expected outputs written before the fix.
@pytest.mark.parametrize("body, names, expected", [
    ("Veteran broadcaster Lina Berg met Prime Minister Tomas Hald in Oslo on Monday.", ("Lina Berg", "Tomas Hald"),
     ("Lina Berg–Hald meeting", ["Lina Berg", "Tomas Hald"], [])),
    ("Tour operator Ana Roe met the mayor on Tuesday.", ("Ana Roe",), ("Ana Roe meeting", ["Ana Roe"], [])),
    ("The group Lena Obi founded in 2019 met the mayor on Tuesday.", ("Lena Obi",), (None, None, [])),
])
def test_trades_of_people_are_no_body_descriptors(body, names, expected):
    meetings = [e for e in events_of(body, *names) if e.event_type == "meeting"]
    assert meetings, body
    name, participants, actors = expected
    if name is not None:
        assert meetings[0].name.startswith(name), meetings[0].name
        assert meetings[0].participants == participants
    assert meetings[0].actors == actors


# A demonym and a portfolio before a minister's title ("French Energy Minister Ana Silva") name the minister's
# country and office, no body, though the portfolio is a word bodies end in ("Energy", "Shipping"); a firm's name
# before its officer's title stays the firm ("Havtind Energy CEO"). Expected outputs written before the run.
@pytest.mark.parametrize("body, expected", [
    ("Karl Brenner met French Energy Minister Ana Silva on Tuesday.", ["France"]),
    ("Danish Shipping Minister Ana Silva met Karl Brenner on Tuesday.", ["Denmark"]),
    ("Havtind Energy CEO Ana Silva met Karl Brenner on Tuesday.", ["Havtind Energy"]),
])
def test_a_ministers_portfolio_is_no_body(body, expected):
    meetings = [e for e in events_of(body, "Karl Brenner", "Ana Silva") if e.event_type == "meeting"]
    assert [e.actors for e in meetings] == [expected]


# An officer of a state the article introduces by a demonym and an office ("Varnian Trade Minister Ana Silva", "his
# Danish counterpart Karl Brenner") acts for that country in the gatherings, visits, calls and signings they take
# part in, wherever the sentence names them; a demonym before a private person's trade ("Danish investor") does
# not, nor does the officer's own press conference. Expected outputs written before the run.
@pytest.mark.parametrize("body, event_type, expected", [
    ("French Trade Minister Ana Silva arrived on Monday. Silva and Karl Brenner met in Oslo on Tuesday.", "meeting",
     ["France"]),
    ("French Trade Minister Ana Silva flew in on Monday with Karl Brenner, her Danish counterpart. Silva and Brenner "
     "signed a fisheries accord on Tuesday.", "agreement_signing", ["France", "Denmark"]),
    ("Danish investor Karl Brenner arrived on Monday. Brenner met Ana Silva in Oslo on Tuesday.", "meeting", []),
    ("French Trade Minister Ana Silva arrived on Monday. Silva held a news conference in Oslo on Tuesday.",
     "press_conference", []),
])
def test_an_officer_acts_for_the_state_named_at_their_introduction(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert [e.actors for e in events] == [expected]
