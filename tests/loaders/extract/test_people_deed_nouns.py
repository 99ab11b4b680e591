"""People step, issue 9 second round (made-up snippets, written before the fix): a name after "a"/"the" is no
person's ("the Lone Soldier", "the Gilmore Girls") unless a lowercase noun of a person's own deed follows it ("a
Niall Fordyce penalty", "a Jo Roe header", "the Ana Kell speech"): that is a person's, as in a match report. Clubs,
firms and places before such a noun stay what they are."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    (_EK + "Dorva had led through a Niall Brackley penalty on 34 minutes. Keeper Jon Sill saved from Brackley late "
     "on.", {"Niall Brackley", "Jon Sill"}, set()),
    (_EK + "Varna equalised with a Jo Pettigrew header after the break.", {"Jo Pettigrew"}, set()),
    (_EK + "The crowd cheered the Ana Kellberg speech for ten minutes.", {"Ana Kellberg"}, set()),
    (_EK + "A Tomas Ruzicka free-kick won it.", {"Tomas Ruzicka"}, set()),
    # near misses: a club, a firm, a place, or a name with no deed after the article
    (_EK + "Varna led through a Dorva United penalty.", {"Tomas Ek"}, {"Dorva United"}),
    (_EK + "The Lone Soldier was shown again on Monday.", {"Tomas Ek"}, {"Lone Soldier"}),
    (_EK + "They watched a Gilmore Girls episode.", {"Tomas Ek"}, {"Gilmore Girls"}),
    (_EK + "The Kestel Rail strike shut the line.", {"Tomas Ek"}, {"Kestel Rail"}),
    (_EK + "The Jo Roe prize went to a poet.", {"Tomas Ek"}, {"Jo Roe"}),
    # nouns a thing or a body does as well as a person: a labour strike, a product's chip, a blog's post
    (_EK + "The Lone Soldier strike lasted a week.", {"Tomas Ek"}, {"Lone Soldier"}),
    (_EK + "Phones use the Kestel Orion chip this year.", {"Tomas Ek"}, {"Kestel Orion"}),
    (_EK + "Readers liked the Morning Brew post.", {"Tomas Ek"}, {"Morning Brew"}),
])
def test_a_persons_deed_after_a_determiner(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# peopleR4: a full name opening with a known given name, after "the"/"a" and before a noun of a public figure's
# affairs (`not_people.PERSON_AFFAIR_NOUNS`: "the Mara Quist email scandal", "the Jo Roe campaign") is a person's,
# and a lone surname later joins it. Near misses: a firm's name (no given name first), a noun of no one's affairs,
# a capitalised institution after the name.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("Rep. Tom Lund said the probe exposed the Mara Quist email scandal. Quist's server was never central.",
     {"Mara Quist"}, {"Quist"}),
    ("Rep. Tom Lund joined the Mara Quist campaign last year. Quist lost.", {"Mara Quist"}, set()),
    ("Few expected a Dana Brill presidency in 2010. Brill won.", {"Dana Brill"}, set()),
    ("The probe exposed the Tova Quist email scandal, and Quist's aides were questioned.", {"Tova Quist"}, {"Quist"}),
    # near misses
    ("Rep. Tom Lund said the probe exposed the Wells Fargo scandal.", set(), {"Wells Fargo"}),
    ("Rep. Tom Lund joined the Mara Quist team last year.", set(), {"Mara Quist"}),
    ("Rep. Tom Lund backed the Mara Quist Foundation last year.", set(), {"Mara Quist"}),
    # peopleR5 (review of R4): the name written once, whole, may be a firm's ("the Morgan Stanley email scandal")
    ("Few expected a Dana Brill presidency in 2010.", set(), {"Dana Brill"}),
])
def test_a_public_figures_affair_after_a_determiner(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names, names


# peopleR4: a lone surname inside a compound ("anti-Varga signs", "Varga-Tamm policies") is the registry's one entry
# of that surname when nobody of the article bears it. Near misses: no registry, a surname two entries share, a
# surname as a modifier after a determiner ("the Varga years": since peopleR7 the person's), a person of the article already bearing it,
# a double-barrelled surname of the article's.
from loaders.registry import PersonEntry  # noqa: E402
from tests.loaders.extract.cast import people_of  # noqa: E402

_COMPOUND_REGISTRY = Registry(people=(
    PersonEntry(name="Imre Varga", country="Hungary"),
    PersonEntry(name="Ott Tamm", country="Estonia"), PersonEntry(name="Liis Tamm", country="Estonia"),
))


@pytest.mark.parametrize(("body", "registry", "expected"), [
    ("Ana Roe saw anti-Varga signs on the road.", _COMPOUND_REGISTRY, {"Ana Roe": ["Ana Roe"], "Imre Varga": ["Varga"]}),
    ('Ana Roe said "Varga-Tamm" policies failed.', _COMPOUND_REGISTRY, {"Ana Roe": ["Ana Roe"], "Imre Varga": ["Varga"]}),
    # near misses
    # peopleR5 (review of R4): "post-" is a time's ("post-Paris targets")
    ("Ana Roe hailed the post-Varga reforms.", _COMPOUND_REGISTRY, {"Ana Roe": ["Ana Roe"]}),
    ("Ana Roe saw anti-Varga signs on the road.", None, {"Ana Roe": ["Ana Roe"]}),
    ("Ana Roe saw anti-Tamm signs on the road.", _COMPOUND_REGISTRY, {"Ana Roe": ["Ana Roe"]}),
    # peopleR7: the real sets' gold counts a registry surname as a modifier after a determiner as the person
    # ("during the Obama years"; `people._surname_modifiers`), so this row, a near miss here before, names Varga
    ("Ana Roe looked back on the Varga years.", _COMPOUND_REGISTRY, {"Ana Roe": ["Ana Roe"], "Imre Varga": ["Varga"]}),
    ("Ana Smith-Varga spoke. The Smith-Varga plan won.", _COMPOUND_REGISTRY, {"Ana Smith-Varga": ["Ana Smith-Varga"]}),
    ("Bela Varga spoke. Ana Roe saw anti-Varga signs.", _COMPOUND_REGISTRY,
     {"Bela Varga": ["Bela Varga"], "Ana Roe": ["Ana Roe"]}),
])
def test_a_registered_surname_inside_a_compound(body, registry, expected):
    assert people_of(body, registry) == expected
