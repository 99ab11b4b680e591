"""People step, round 41 (made-up snippets): the words at a name's edges.

A gerund-shaped word inside a name, with a surname-like word after it, is the name's ("Tavi Sorling Kvist"),
while one closing a run or before a firm's word still runs on ("Jo Roe Building", "Lundberg Shipping Group");
"Hunting", "Fishing" and the like are an office's subjects ("Minister for Fisheries and Hunting X"); "Holding" is
a firm's word ("State Water Holding Velmor Waters" names no one), yet a surname after a given name ("Ana Holding
said") stays one; a "Reservoir" ends a place's name and "Nation" is a body's word ("Tsalik First Nation"). An unknown first word of a name set off by commas right after an office is a given name the
list lacks ("Deputy Minister of Roads, Mwila Chanda Banda,"), not a word said of the person ("Westlander")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name: {r for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name"), [
    ("The deal was signed by Tavi Sorling Kvist and Ana Kell. \"It is late,\" said Tavi Sorling Kvist.",
     "Tavi Sorling Kvist"),
    ("Nuka Velling Arnaq, a hunter from the coast, said the ice was thin.", "Nuka Velling Arnaq"),
    ("Lina Harding Vell said the port was shut.", "Lina Harding Vell"),
])
def test_gerund_shaped_word_inside_a_name_is_the_names(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(("body", "not_name"), [
    ("Jo Roe Building opened today, said Tom Berg.", "Jo Roe Building"),
    ("Ana Lundberg Shipping Group said the port was shut.", "Ana Lundberg Shipping Group"),
    ("Ana Lundberg Shipping said the port was shut.", "Ana Lundberg Shipping"),
    ("Tom Kell Trading Company said the port was shut.", "Tom Kell Trading Company"),
])
def test_gerund_closing_a_run_or_before_a_firm_word_runs_on(body, not_name):
    assert not_name not in _people(body)


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The pact was signed by Minister for Fisheries and Hunting Tavi Sorling Kvist on Monday.",
     "Tavi Sorling Kvist", "Minister for Fisheries and Hunting"),
    ("The pact was signed by Minister for Forests and Fishing Nuka Arnaqsaq on Monday.",
     "Nuka Arnaqsaq", "Minister for Forests and Fishing"),
])
def test_portfolio_gerunds_belong_to_the_title(body, name, role):
    people = _people(body)
    assert name in people and role in people[name]


@pytest.mark.parametrize(("body", "not_name"), [
    ("State Water Holding Velmor Waters called the deal overdue. Velmor Waters said so.", "Holding Velmor Waters"),
    ("The port firm Harbour Holding Kessel Lines said it would appeal.", "Holding Kessel Lines"),
])
def test_holding_is_a_firms_word(body, not_name):
    assert not_name not in _people(body)


@pytest.mark.parametrize(("body", "name"), [
    ("Ana Holding said the bowlers were tired. Holding added that rain was due.", "Ana Holding"),
    ("Tom Fishing, a ferry pilot, said the tide was late.", "Tom Fishing"),
    ("Hunting season opens Monday, said Ana Kell.", "Ana Kell"),
])
def test_holding_and_gerunds_as_surnames_stay_people(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(("body", "name"), [
    ("Velmoria's Deputy Minister of Roads, Tandiwe Chanda Mulenga, led the delegation.", "Tandiwe Chanda Mulenga"),
    ("The council's Chair, Mbuyiswa Grace Tembo, said the budget was late.", "Mbuyiswa Grace Tembo"),
])
def test_unknown_first_word_of_an_office_apposition_is_the_names(body, name):
    assert name in _people(body)


@pytest.mark.parametrize(("body", "name"), [
    ("The winner, Westlander Jo Roe, said it was cold.", "Jo Roe"),
    ("Westlander Jo Roe said it was cold.", "Jo Roe"),
    ("The first runner home, Islander Ana Kell, said the course was hard.", "Ana Kell"),
])
def test_unknown_lead_outside_an_office_apposition_is_cut(body, name):
    people = _people(body)
    assert name in people
    assert not any(found.startswith(("Westlander", "Islander")) for found in people)


@pytest.mark.parametrize(("body", "not_name"), [
    ("Crews will mend the shoreline on Velmor Reservoir. \"Velmor is our busiest lake,\" said Ana Kell. "
     "The drawdown on Velmor was not deepened, Kell said.", "Velmor Reservoir"),
    ("She is the lands manager for Tsalik First Nation, and she has spent years in meetings, said Ana Kell.",
     "Nation"),
    ("He is the chief of the Tsalik Nation, and he said so.", "Tsalik Nation"),
])
def test_reservoirs_and_nations_are_no_people(body, not_name):
    assert not_name not in _people(body)


@pytest.mark.parametrize(("body", "name"), [
    ("Tom Reservoir-Kell, a ferry pilot, said the tide was late.", "Tom Reservoir-Kell"),
    ("Terry Nation, a writer, said the script was late.", "Terry Nation"),
    ("Grace Lakeman said the reservoir was full.", "Grace Lakeman"),
])
def test_reservoir_and_nation_words_leave_people_alone(body, name):
    assert name in _people(body)


@pytest.mark.parametrize("body", [
    "About MarthaWorks\nMarthaWorks is a nonprofit clinic group.\nFollow MarthaWorks on Facebook and Instagram.",
    "Ana Kell said the deal was good. Join JuliaCare on LinkedIn. JuliaCare runs two clinics.",
])
def test_given_name_before_an_everyday_word_is_a_brand(body):
    assert not any("Works" in name or "Care" in name for name in _people(body))


@pytest.mark.parametrize(("body", "name"), [
    ("RoseAnn Kell said the ferry was late.", "RoseAnn Kell"),
    ("MaryBeth Kell said the ferry was late. Kell added that it rained.", "MaryBeth Kell"),
    ("Ana MacKenzie said the ferry was late.", "Ana MacKenzie"),
])
def test_two_given_names_run_together_stay_a_name(body, name):
    assert name in _people(body)
