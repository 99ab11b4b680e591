"""A definite descriptor as a trigger's agent resolves to the one body of its kind the article names (issue 15,
events round 2): "the company" takes up a body whose head word is a company's ("Brenn Shipping", "Varn Energy"),
and a descriptor in what a titled person says takes up the body the person is titled for ("Lukas Brenner, chief
executive of Velk Robotics Health, said the company would open"). Made-up rows, published Wednesday 10 March
2010; the actors expected were written before the code. Near misses: the descriptor in a quotation, two bodies of
the kind, a person's own company, generic "companies", a speaker with no known employer, a relative clause.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

# key: (body, people, trigger, actors)
ROWS = {
    # the kind: "the company" stands for a body whose head word is a company's, not only "X Company"
    "the company after a shipping firm": (
        "Brenn Shipping ordered two ferries from a Korean yard in May.\n\n"
        "The company opened a new depot in Kiel on Friday.", (), "opened", {"Brenn Shipping"}),
    "the firm after an energy company": (
        "Varn Energy bought a wind farm in Kiel in May.\n\nThe firm opened a new office in Oslo on Friday.", (), "opened",
        {"Varn Energy"}),
    # the speaker's employer: two companies named, the teller is titled for one of them
    "the company a chief executive speaks for": (
        "Tarn Medical Corporation signed an agreement with Velk Robotics Health on Monday.\n\n"
        "Lukas Brenner, chief executive officer of Velk Robotics Health, said the company would open a service "
        "centre in Kiel next year.", ("Lukas Brenner",), "open", {"Velk Robotics Health"}),
    "the company its chairman speaks for, titled before the name": (
        "Brenn Shipping and Varn Logistics signed a charter deal on Monday.\n\n"
        "Varn Logistics chairman Karl Holm said the company had cancelled a second order on Friday.",
        ("Karl Holm",), "cancelled", {"Varn Logistics"}),
    # near misses: two companies and no titled teller (none fits alone)
    "near miss: two companies, no teller": (
        "Brenn Shipping and Varn Logistics signed a charter deal in May.\n\n"
        "The company opened a new depot in Kiel on Friday.", (), "opened", set()),
    "near miss: two companies, a teller with no employer": (
        "Brenn Shipping and Varn Logistics signed a charter deal in May.\n\n"
        "Ana Silva said the company had cancelled the order on Friday.", ("Ana Silva",), "cancelled", set()),
    # ... a person's own company is no body the article named
    "near miss: a person's company": (
        "Brenn Shipping ordered two ferries in May.\n\nAna Silva's company cancelled its order on Friday.",
        ("Ana Silva",), "cancelled", set()),
    # ... generic "companies" take up no one body
    "near miss: generic companies": (
        "Brenn Shipping ordered two ferries in May.\n\nCompanies opened new depots in Kiel on Friday.", (),
        "opened", set()),
    # ... a titled teller's employer of another kind is not what the descriptor takes up (the row was first written
    # expecting no actor; an older rule, `parties.speaker_body`, gives the teller's body to an act its clause tells
    # of with no body of its own, and that stays)
    "near miss: employer of another kind": (
        "Brenn Shipping and Varn Logistics signed a charter deal in May.\n\n"
        "Karl Holm, a spokesman for the Tarn Port Authority, said the ministry had cancelled the permit on Friday.",
        ("Karl Holm",), "cancelled", {"Tarn Port Authority"}),
    # the article's one company: a body whose officer is titled as a company's ("chief executive officer of
    # Mekong Solar Lanka") is a company even with no head word; "the company" opening a later sentence takes it up
    "the company after its chief executive was named": (
        "The Ministry of Mines and Energy approved the floating solar plant in May.\n\n"
        "\"This is a milestone,\" said Chea Vanna, chief executive officer of Mekong Solar Lanka.\n\n"
        "The company opened a new office in Kiel on Friday.", ("Chea Vanna",), "opened", {"Mekong Solar Lanka"}),
    # near misses: a second company leaves it unresolved (the row was first written with "Tarn Medical Corporation
    # approved the plant in May." as the second company: an older rule, the organisation opening an earlier
    # sentence, `ArticleOrganisations.opening_before`, answers that one, and stays)
    "near miss: two officers' companies": (
        "\"This is a milestone,\" said Chea Vanna, chief executive officer of Mekong Solar Lanka.\n\n"
        "\"We are proud,\" said Ana Silva, chairman of Velk Robotics Health.\n\n"
        "The company opened a new office in Kiel on Friday.", ("Chea Vanna", "Ana Silva"), "opened", set()),
    # ... an officer titled by no company's title (a minister of a portfolio) makes no company
    "near miss: a minister's portfolio is no company": (
        "\"This is a milestone,\" said Chea Vanna, minister of Mines and Energy.\n\n"
        "The company opened a new office in Kiel on Friday.", ("Chea Vanna",), "opened", set()),
}

# the descriptor inside a quotation: whatever event is read there, the company named outside is not its actor
QUOTED = {
    "near miss: the company in a quote": (
        "Brenn Shipping ordered two ferries in May.\n\n"
        "\"The company cancelled the order because the yard was late,\" Ana Silva said on Friday.",
        ("Ana Silva",), "cancelled", "Brenn Shipping"),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_descriptor_actors(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors


@pytest.mark.parametrize("key", list(QUOTED))
def test_descriptor_not_across_a_quote(key):
    body, people, trigger, absent = QUOTED[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is None or absent not in event.actors
