"""People step, round 41 (made-up snippets): a polite form of address built on a given name joins the one person
named in full with that given name: a woman's East Slavic patronymic after it ("Oksana Petrivna" of "Oksana
Roe") or a Turkish honorific after it ("Hatice Hanım", "Kemal Bey": the mention is the given name alone). Near
misses: no one, or two people, with that given name; a surname that only looks like a patronymic's stem; a
form that is no patronymic or honorific."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "surface"), [
    ("We spoke to Olesia Hrytsak, who runs the port office. Olesia Petrivna, is the river busy? It is, she said.",
     "Olesia Hrytsak", "Olesia Petrivna"),
    ("Nadiya Korsun heads the ferry office. \"Nadiya Ivanovna, when do the boats leave?\" It depends, she said.",
     "Nadiya Korsun", "Nadiya Ivanovna"),
    ("Ayten Koral mends nets on the pier. Ayten Hanım, as the fishermen call her, is not impressed.",
     "Ayten Koral", "Ayten"),
    ("Yusuf Demirtaş runs the tea house. Yusuf Bey, as the regulars call him, opens at six.",
     "Yusuf Demirtaş", "Yusuf"),
])
def test_address_form_joins_the_given_names_person(body, name, surface):
    people = _people(body)
    assert surface in people[name]
    assert len(people) == 1


@pytest.mark.parametrize(("body", "alone"), [
    # two people share the given name: the form of address is not told apart
    ("Olesia Hrytsak and Olesia Marchuk run the port office. Olesia Petrivna said the river was busy.",
     "Olesia Petrivna"),
    # a man's name after the given name is no woman's patronymic
    ("Olesia Hrytsak runs the port office. Olesia Petrov, her deputy, said the river was busy.", "Olesia Petrov"),
    # a surname after another given name
    ("Ayten Koral mends nets. Ayten Beyaz, a trader, sells the fish.", "Ayten Beyaz"),
])
def test_address_form_near_misses_stay_apart(body, alone):
    assert alone in _people(body)


# A Turkish form of address has a gender (data/lexicon.POST_NAME_HONORIFIC_GENDERS: Bey and Ağa a man's, Hanım and
# Abla a woman's): it joins the person named in full only where it agrees with the given name's gender and with the
# pronoun in the clause set off after it, when there is one (made-up rows).
@pytest.mark.parametrize(("body", "name", "surface"), [
    ("Murat Ekinci herds goats above the village. Murat Ağa, as the shepherds call him, counts them at dusk.",
     "Murat Ekinci", "Murat"),
    ("Ayten Koral sews sails by the harbour. Ayten Abla, as the children call her, hums while she works.",
     "Ayten Koral", "Ayten"),
    # a given name of either gender: the pronoun after the form agrees, or there is none
    ("Deniz Aksoy runs the bakery. Deniz Hanım, as the neighbours call her, opens at six.", "Deniz Aksoy", "Deniz"),
    ("Deniz Aksoy runs the bakery. Deniz Bey opens at six every morning.", "Deniz Aksoy", "Deniz"),
    # ... a pronoun in another clause after it may be someone else's
    ("Deniz Aksoy runs the bakery. Deniz Hanım, whom he hired in May, opens at six.", "Deniz Aksoy", "Deniz"),
])
def test_address_form_agreeing_in_gender_joins(body, name, surface):
    people = _people(body)
    assert surface in people[name]
    assert len(people) == 1


@pytest.mark.parametrize(("body", "alone"), [
    # a man's form after a woman's given name, and a woman's after a man's: another person
    ("Leyla Tandoğan mends nets. Leyla Bey, as the fishermen call him, is less impressed.", "Leyla Bey"),
    ("Kemal Arslan runs the tea house. Kemal Hanım sells simit outside it.", "Kemal Hanım"),
    ("Murat Ekinci herds goats. Murat Abla, a neighbour, bakes the bread.", "Murat Abla"),
    ("Ayten Koral sews sails. Ayten Ağa, a trader, buys them.", "Ayten Ağa"),
    # a given name of either gender and a pronoun after the form that disagrees with it
    ("Deniz Aksoy runs the bakery. Deniz Bey, who says she rises at four, opens at six.", "Deniz Bey"),
    ("Deniz Aksoy runs the bakery. Deniz Hanım, who says he rises at four, carries the flour.", "Deniz Hanım"),
])
def test_address_form_disagreeing_in_gender_stays_apart(body, alone):
    assert alone in _people(body)
