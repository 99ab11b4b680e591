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
