"""People step (made-up snippets, written before the fix): a registry person's bare surname used as a modifier
after a determiner ("during the Quarrington years", "a Quarrington delegate", "former Quarrington aides") names
that person, as it does where it stands alone ("met Quarrington"); the press writes a leader's surname so for
their time in office, their campaign or their supporters. Near it, what must stay no person: a word the article
also writes in lowercase ("the Power lines", "power cuts"), a place of the gazetteer ("the Austin office"), a
surname several registry people share, a word that opens a longer capitalised name ("the Quarrington Bridge
works"), a surname the registry does not hold, and a common given name that is also a registry surname ("a
Carson supporter")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import PersonEntry, Registry

_REGISTRY = Registry(people=(PersonEntry(name="Orla Quarrington"), PersonEntry(name="Ivo Power"),
                             PersonEntry(name="Ada Tillbrook"), PersonEntry(name="Ben Tillbrook"),
                             PersonEntry(name="Nell Austin"), PersonEntry(name="Ben Carson")))


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, _REGISTRY)}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize("body", [
    _EK + "Many agencies took a hit during the Quarrington years, the report found.",
    _EK + "Mia Hale, a Quarrington delegate from Perth, criticised the plan.",
    _EK + "Two former Quarrington aides wrote the report, the paper said.",
    _EK + "The Quarrington government cut the grant in its first budget, officials said.",
])
def test_registry_surname_as_a_modifier_names_the_person(body):
    names = _people(body)
    assert "Tomas Ek" in names and "Orla Quarrington" in names


@pytest.mark.parametrize(("body", "nobody"), [
    # near misses: the article's own lowercase word, a place, a shared surname, a longer name, an unknown
    # surname, a common given name
    (_EK + "Storms brought down the Power lines near town, and power cuts lasted a day.", "Ivo Power"),
    (_EK + "The Austin office of the firm closed on Friday, staff said.", "Nell Austin"),
    (_EK + "Critics of the Tillbrook years said the port had been neglected.", "Ada Tillbrook"),
    (_EK + "Critics of the Tillbrook years said the port had been neglected.", "Ben Tillbrook"),
    (_EK + "The Quarrington Bridge works closed a lane, the council said.", "Orla Quarrington"),
    (_EK + "The Marrowby years were hard for the port, the council said.", "Marrowby"),
    (_EK + "Jo Ray, a Carson supporter, spoke at the hall on Friday.", "Ben Carson"),
])
def test_no_modifier_reading_without_a_lone_registry_person(body, nobody):
    names = _people(body)
    assert "Tomas Ek" in names and nobody not in names
