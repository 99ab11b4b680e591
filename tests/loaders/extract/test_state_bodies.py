"""A state's body named without its state ("the government declared", "the interior ministry said") acts for the
story's own state (`parties.bare_state_body`, `home_state`, `state_body_actor`): the state of an officer who tells
of the act in the sentence, else the dateline's; the body is named as the article writes it with its state, else
with the state's adjective. Made-up sentences; expected outputs
written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.gazetteer import demonyms_of, find_places_and_organisations
from loaders.extract.parties import HomeState, bare_state_body, home_state, state_body_actor
from tests.loaders.extract.test_events import events_of


@pytest.mark.parametrize("subject, expected", [
    ("the government", "government"),
    ("The Government", "government"),
    ("Government", "government"),
    ("the cabinet", "cabinet"),
    ("The army", "army"),
    ("the interior ministry", "interior ministry"),
    ("the ministry", None),  # takes up a ministry the article names
    ("the city government", None),  # a city's, not the state's
    ("the army police", None),
    ("the board", None),
    ("Varden Ports Council", None),
])
def test_bare_state_body(subject, expected):
    assert bare_state_body(subject) == expected


@pytest.mark.parametrize("body, country, expected", [
    # the adjective the article writes for the state, though the table lists another first
    ("Slovenian farmers met in Ljubljana. Slovenian mills grew.", "Slovenia", ("Slovenia", "Slovenian")),
    # none written: the table's first
    ("Farmers met in Lima.", "Peru", ("Peru", "Peruvian")),
    # no officer's or dateline's state: none, however often a state is named ("a neighbour's trade")
    ("Cargo shipping to Portugal stopped. Portugal and Portuguese ports wait. The government will decide.", None,
     None),
])
def test_home_state(body, country, expected):
    home = home_state(body, find_places_and_organisations(body), country)
    assert (home and (home.country, home.demonym)) == expected


@pytest.mark.parametrize("body, words, home, expected", [
    ("The government met on Monday.", "government", HomeState("Serbia", "Serbian"), "Serbian government"),
    # the article's own writing of the body with its state
    ("The Singapore Government said ... the Government decided.", "government", HomeState("Singapore", "Singaporean"),
     "Singapore Government"),
    ("It asked the Government of Peru. The government agreed.", "government", HomeState("Peru", "Peruvian"),
     "Government of Peru"),
    ("The interior ministry sent pumps.", "interior ministry", HomeState("Serbia", "Serbian"),
     "Serbian interior ministry"),
])
def test_state_body_actor(body, words, home, expected):
    assert state_body_actor(body, words, home) == expected


def test_slovenian_is_slovenia():
    assert "Slovenian" in demonyms_of("Slovenia")


@pytest.mark.parametrize("body, trigger, expected", [
    # no person: the dateline's state
    ("BELGRADE, May 21 (Wire) - Heavy rain hit the west this week. The government declared an emergency in "
     "Kraljevo on Thursday.", "declared", ["Serbian government"]),
    # no person, no dateline: the state named most is not taken for the story's
    ("Heavy rain hit Serbia this week. Serbian rivers rose and Serbian towns flooded. The government declared an "
     "emergency in Kraljevo on Thursday.", "declared", []),
    # the officer who tells of it gives the state, though another state is named as often
    ("Austrian Economy Minister Karl Brenner met Slovenian Economy Minister Ana Silva in Vienna. Austria and "
     "Slovenia signed a letter of intent. Slovenian Economy Minister Ana Silva denied that the government had "
     "postponed the decision in March.", "postponed", ["Slovenian government"]),
    # a ministry the article names is taken up, not made a state's
    ("The Ministry of Fisheries of Serbia said on Monday that the ministry would hold consultations in Kraljevo on "
     "Friday.", "hold", ["Ministry of Fisheries of Serbia"]),
])
def test_state_body_in_events(body, trigger, expected):
    events = events_of(body, "Karl Brenner", "Ana Silva")
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert found[0].actors == expected


@pytest.mark.parametrize("body, trigger", [
    # a line ending in an acronym, then a headline opening with a capitalised word: no name across the lines
    ("\"Stay calm,\" she told VRT.\n\nCouncil closes harbour\n\nThe council closed the harbour at Tarnvik on Monday.",
     "closed"),
    ("The union spoke to BTV.\n\nBrenn Ferries cancels crossings\n\nBrenn Ferries cancelled all crossings on Sunday.",
     "cancelled"),
])
def test_no_party_name_across_lines(body, trigger):
    events = events_of(body)
    found = [e for e in events if body[e.start:e.end].split()[0] == trigger]
    assert found, [(body[e.start:e.end], e.actors) for e in events]
    assert not any("\n" in name for e in events for name in e.actors + [e.name or ""]), [
        (e.actors, e.name) for e in events]


def test_subject_never_runs_across_lines():
    from loaders.extract.parties import subject_before
    body = "She told VRT.\n\nGovernment closes harbour"
    trigger = (body.index("closes"), body.index("closes") + len("closes"))
    subject = subject_before(body, trigger, 0)
    assert subject is not None and subject.text == "Government"


@pytest.mark.parametrize("adjective, country", [
    ("Slovenian", "Slovenia"), ("Argentine", "Argentina"), ("Argentinian", "Argentina"), ("Ecuadorian", "Ecuador"),
    ("Maldivian", "Maldives"), ("Icelandic", "Iceland"), ("Philippine", "Philippines"), ("Nepali", "Nepal"),
    ("Timorese", "East Timor"), ("Basotho", "Lesotho"), ("Azeri", "Azerbaijan"), ("Surinamese", "Suriname"),
])
def test_usual_adjectives_name_their_state(adjective, country):
    # the country rows' first adjectives come from a data package and are sometimes not the usual English one
    from loaders.extract.gazetteer import country_of_demonym
    assert country_of_demonym(adjective) == country
