"""People round R23: the review of R22. "Ato" is a form of address only opening an Ethiopian name of two words
after it (a Ghanaian given name elsewhere: "Ato Forson", "Cassiel Ato Forson"); "SP"/"AIP" are ranks only before a
listed given name (a firm's or party's prefix elsewhere: "SP Setia Berhad"); a name before "border"/"checkpoint"
is the place's only after "the"; no irregular past form is a noun's lowercase modifier (a clause's verb: "The storm
hit local farmer, X,"); a noun said of firms too ("victim", "survivor", "guide") vouches for the lone word only when a person's pronoun
takes it up, and a thing's "itself" takes it up as "its" does."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions if m.role]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "people"), [
    # "Ato" a given name: one word after it, or inside a name
    ("Ato Forson said the budget failed.", {"Ato Forson": []}),
    # (the whole-session review: a bare "Ato <surname>" with no speech verb, and as an object, is still a person)
    ("Ato Forson attended the ceremony in Accra on Monday.", {"Ato Forson": []}),
    ("The minister met Ato Forson in Accra on Monday.", {"Ato Forson": []}),
    ("Dr Cassiel Ato Forson said the budget failed.", {"Cassiel Ato Forson": []}),
    ("Kwesi Ato Mensah said the road was bad.", {"Kwesi Ato Mensah": []}),
    ("The minority leader, Ato Forson, said the budget failed.", {"Ato Forson": ["minority leader"]}),
    # near misses: the form of address before an Ethiopian name of two or more words
    ("Ato Dawit Roe said the budget failed.", {"Dawit Roe": []}),
    ("The panel was co-led by Ato Bekele Tadesse Wolde, Director-General for Trade.",
     {"Bekele Tadesse Wolde": ["Director-General for Trade"]}),
])
def test_ato_given_name_or_form_of_address(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # a rank's acronym that is a firm's or an organisation's prefix too: no rank before a word no list has as a
    # given name
    ("Investors in SP Setia Berhad said profits rose.", {}),
    ("AIP Worldwide said sales rose.", {}),
    # near misses: the rank before a listed given name
    ("City police spokesperson SP Joseph Okoth Mireri said the road was open.", {"Joseph Okoth Mireri": ["SP"]}),
    ("AIP Ruth Nabwire Atim said the road was open.", {"Ruth Nabwire Atim": ["AIP"]}),
])
def test_rank_acronym_needs_a_given_name(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # a person's name stacked before "border"/"checkpoint" with no "the": still the person
    ("Tensions rose after Rahul Gandhi border remarks.", {"Rahul Gandhi": []}),
    ("Police said Kofi Mensah checkpoint duty ended.", {"Kofi Mensah": []}),
    # near misses: "the" before the run, the place's
    ("Both sides agreed to reopen the Tarkiet Sidi Morad border crossing in March.", {}),
    ("Guards at the Ana Roe checkpoint waved the lorries on.", {}),
])
def test_border_place_needs_the(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # a verb after a noun after the determiner: no modifier run, no role
    ("After the storm hit local farmer, Ana Roe, said she lost everything.", {"Ana Roe": []}),
    ("The mob beat young driver, Ana Roe, to death.", {"Ana Roe": []}),
    ("A man hit cyclist, Ana Roe, with his car.", {"Ana Roe": []}),
    # near misses: modifiers right after the determiner keep their role
    ("Rain fell. A local bus driver, Ana Roe, said she waited.", {"Ana Roe": ["local bus driver"]}),
    ("The case was brought after a former supply chain official, Thembeka Mgiri, reported the matter.",
     {"Thembeka Mgiri": ["former supply chain official"]}),
])
def test_no_modifier_after_a_subject_noun(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(("body", "people"), [
    # nouns firms are called by, and a thing's "it"/"itself"
    ("One victim, Maersk, lost $300 million in the attack.", {}),
    ("The guide, Michelin, awarded three stars.", {}),
    ("One survivor, Nokia, reinvented itself.", {}),
    ("Another worker, Acme, renamed itself in May.", {}),
    ("The guide, Fodor, said it was free.", {}),  # R25: "Lumen" is an attested given name
    # near misses: a person's noun and a person's pronoun
    ("Another farmer, Sutrisno, said he lost his crop.", {"Sutrisno": ["Another farmer"]}),
    ("The driver, Kartini, said she was tired.", {"Kartini": ["The driver"]}),
    ("One victim, Wanjiku, said she lost her savings.", {"Wanjiku": ["One victim"]}),
])
def test_lone_word_nouns_firms_share(body, people):
    assert _people(body) == people


def _names_from(body: str, domain: str | None, name: str | None = None) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            outlet_domain=domain, outlet_name=name)
    return sorted(person.name for person in extract_people(article, Registry()))


@pytest.mark.parametrize(("body", "names"), [
    # (probe round R23) a name of two words set off after a short description of a person: a person's, as one
    # word is, though no list holds its given name
    ("The driver, Zorvath Keleti, was arrested.", ["Zorvath Keleti"]),
    ("One protester, Zorvath Keleti, was arrested.", ["Zorvath Keleti"]),
    ("A local fisherman, Andrianaivo Rakotoarisoa, lost his boat.", ["Andrianaivo Rakotoarisoa"]),
    ("The victim, Zorvath Keleti, was 34. He lived nearby.", ["Zorvath Keleti"]),
    # near misses: a noun said of firms too with no person's pronoun; firms' and bodies' names
    ("The victim, Zorvath Keleti, was named.", []),
    ("The victim, Colonial Pipeline, paid the ransom.", []),
    ("The driver, Red Bull Racing, said it would appeal.", []),
    ("One worker, Amazon Web Services, cut jobs.", []),
    ("The official, Xinhua News Agency, said the talks went well.", []),
    ("The driver, Kestrel Holdings, was fined.", []),
])
def test_a_full_name_set_off_after_a_person_noun(body, names):
    assert _names_from(body, None) == names


@pytest.mark.parametrize(("body", "names"), [
    # (probe round R23) a full name in the possessive before a kin noun only people have
    ("Zorvath Keleti's wife said the case was weak.", ["Zorvath Keleti"]),
    ("Police spoke to Zorvath Keleti's son on Monday.", ["Zorvath Keleti"]),
    ("Zorvath Keleti's widow filed the claim.", ["Zorvath Keleti"]),
    # near misses: kin nouns firms and places take; the kin noun modifying a noun after it
    ("Kestrel Holdings's parent said the case was weak.", []),
    ("Varna Bay's mother ship sank.", []),
    ("Kestrel Vantor's son company was sold.", []),
    ("Varna Bay's wife swap show was cancelled.", []),
])
def test_a_possessive_before_a_person_only_kin_noun(body, names):
    assert _names_from(body, None) == names


@pytest.mark.parametrize(("body", "names"), [
    # (probe round R23) given names of regions the built list covers thinly (`given_names.REGIONAL_GIVEN_NAMES`)
    ("Police fined Bence Fekete on Monday.", ["Bence Fekete"]),
    ("Fishermen blamed Andrianaivo Rakotoarisoa for the ban.", ["Andrianaivo Rakotoarisoa"]),
    ("Police fined Ġużeppi Borg on Monday.", ["Ġużeppi Borg"]),
    ("Elders praised Xasan Cali Maxamed for the truce.", ["Xasan Cali Maxamed"]),
    ("The award went to Maitha Al Suwaidi.", ["Maitha Al Suwaidi"]),
    ("Farmers such as Tsehay Alemu have lost their crops.", ["Tsehay Alemu"]),
    # near misses: such a word opening a road's, a street's or a bay's name
    ("Police closed Moza Road on Monday.", []),
    ("The ship sailed to Lanto Bay on Monday.", []),
    ("Traffic on Hamdan Street was slow on Monday.", []),
])
def test_regional_given_names(body, names):
    assert _names_from(body, None) == names


@pytest.mark.parametrize(("body", "names"), [
    # (R24) a passive only places and buildings take right after the set-off name makes it a thing's
    ("The resident, Kestrel Ridge, was flooded.", []),
    ("The resident, Kestrel Ridge, was flooded on Monday.", []),
    ("One farmer, Kestrel Heights, was submerged by the river.", []),
    # near misses: a person's passives; "flooded with"/"flooded out"; a person's pronoun later
    ("The resident, Zorvath Keleti, was arrested.", ["Zorvath Keleti"]),
    ("The resident, Zorvath Keleti, was flooded with letters.", ["Zorvath Keleti"]),
    ("The resident, Zorvath Keleti, was flooded out.", ["Zorvath Keleti"]),
    ("The resident, Zorvath Keleti, was evacuated.", ["Zorvath Keleti"]),
])
def test_a_things_passive_after_the_set_off_name(body, names):
    assert _names_from(body, None) == names
