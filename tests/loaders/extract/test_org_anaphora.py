"""An organisation taken up by its head word ("the authority", "the university", "the board's decision"): the
subject or possessor of the trigger names the organisation the article named before with that head (anywhere in
its name: "Department of Coastal Affairs"; or a foreign head that the table `orgheads.FOREIGN_ORG_HEADS` translates:
"Universidad de los Llanos" is a university). Expected outputs written before the extractor ran on them."""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("body, event_type, expected", [
    # a definite head word as the trigger's subject takes up the body named before with that head
    ("The Brenn Harbour Authority opened a terminal in 2008. On Monday the authority signed an agreement with "
     "Daesan Shipping.", "agreement_signing", ["Brenn Harbour Authority", "Daesan Shipping"]),
    # the head word may open the name ("Department of ...")
    ("The Department of Coastal Affairs warned of storms. The department announced on Monday that ferries would "
     "stop.", "statement", ["Department of Coastal Affairs"]),
    # a foreign head word, translated by the table
    ("Researchers at the Universidad de los Llanos studied frogs. The university signed an agreement with the "
     "Varden Zoo Foundation in July 2008.", "agreement_signing",
     ["Universidad de los Llanos", "Varden Zoo Foundation"]),
    # ... and as the first of two subjects opening the sentence
    ("Researchers at the Universidad de los Llanos studied frogs. The university and the Brenn Ministry of Culture "
     "signed an agreement in July 2008.", "agreement_signing", ["Universidad de los Llanos", "Brenn Ministry of Culture"]),
    # a name opened by a foreign head word is an organisation
    ("Cooperativa Textil Santa Rita signed an agreement with Brenn Hotels Group on Monday.", "agreement_signing",
     ["Cooperativa Textil Santa Rita", "Brenn Hotels Group"]),
    # the possessor of a trigger noun
    ("The Brenn Planning Board approved the scheme. Residents brought a challenge against the board's decision of "
     "March 2008 to grant permission to Holm Wind Ltd.", "other", ["Brenn Planning Board", "Holm Wind"]),
    # no body named with that head: nothing
    ("On Monday the council announced new parking rules.", "statement", []),
    # the head word as a topic, not the subject: nothing
    ("The Brenn Harbour Authority opened a terminal in 2008. Ana Silva met Karl Brenner on Monday to discuss the "
     "authority's budget.", "meeting", []),
])
def test_head_word_anaphora(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and sorted(events[-1].actors) == sorted(expected)


# Who reports an event is not its party: a name after "according to" (`parties.BYSTANDER_MARKERS`). Expected outputs
# written before the run. (A name after the trigger's clause with a reporting verb after it, "..., the authority
# said", was tried as a rule too and left out: it cost a check half one actor.)
@pytest.mark.parametrize("body, event_type, expected", [
    ("Gunmen attacked a depot in Lisbon on Monday, according to the Brenn Harbour Authority.", "attack", []),
    # a statement's own speaker stays its party
    ("The Brenn Harbour Authority issued a statement on Monday.", "statement", ["Brenn Harbour Authority"]),
    # the counterpart after the trigger with no reporting verb stays
    ("Portugal signed an agreement with the Brenn Harbour Authority on Monday.", "agreement_signing",
     ["Portugal", "Brenn Harbour Authority"]),
])
def test_reporting_source_is_no_party(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and sorted(events[-1].actors) == sorted(expected)


# The subject of a verb that reacts to an event or reports it ("claimed the attack was", "condemned the attack") is
# no party of it (`eventwords.REACTION_VERBS`); the subject of one that acts on it ("cancelled Sunday's crossings")
# is. Expected outputs written before the run.
@pytest.mark.parametrize("body, event_type, expected", [
    ("Russian forces attacked a depot near Lisbon on Monday. Russia's Defence Ministry claimed the attack was a "
     "precise strike.", "attack", ["Russia", "Portugal"]),  # (Portugal: the attacked place's country)
    # (a reacting name read as an organisation before the trigger, "The Lisbon Harbour Authority condemned the
    # attack", is left: a rule for it cost a check half an actor)
])
def test_reaction_subject_is_no_party(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and sorted(events[-1].actors) == sorted(expected)


# A country's possessive right before a person's name gives the person's nationality: no party of a race won or a
# prize taken (a contest word in the clause, `eventwords.CONTEST_WORDS`), but a gathering's members act for their
# countries, and so do a signing's. Expected outputs written before the run.
@pytest.mark.parametrize("body, event_type, expected", [
    ("Kenya's Ana Silva won the 10,000 metres in Rabat on Sunday, ahead of Ethiopia's Karl Brenner.", "other", []),
    ("France's Ana Silva beat Italy's Karl Brenner in the final on Sunday.", "other", []),
    ("Kenya's Ana Silva met Ethiopia's Karl Brenner in Rabat on Sunday.", "meeting", ["Kenya", "Ethiopia"]),
    ("Kenya's Ana Silva and Ethiopia's Karl Brenner signed a cooperation agreement on Saturday in Rabat.",
     "agreement_signing", ["Kenya", "Ethiopia"]),
    ("Kenya's Ana Silva signed a sponsorship deal on Wednesday.", "agreement_signing", ["Kenya"]),
])
def test_nationality_possessive(body, event_type, expected):
    events = [e for e in events_of(body, "Ana Silva", "Karl Brenner") if e.event_type == event_type]
    assert events and sorted(events[-1].actors) == sorted(expected)
