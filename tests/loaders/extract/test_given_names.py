"""The given-name gazetteer shipped as package data: names, genders, spelling variants, and how it is built."""
from __future__ import annotations

import importlib.util
from importlib.resources import files

import pytest

from loaders.extract import speakers
from loaders.extract.data.given_names import (NAMES_FILE, VARIANTS_FILE, first_name_gender, has_gazetteer,
                                              is_given_name, name_variants)
from tests.conftest import REPO


def _builder():
    spec = importlib.util.spec_from_file_location("build_given_names", REPO / "scripts" / "build_given_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lists_are_package_data():
    assert has_gazetteer()
    for name in (NAMES_FILE, VARIANTS_FILE):
        text = (files("loaders.extract.data") / name).read_text(encoding="utf-8")
        assert text.startswith("# Built by scripts/build_given_names.py")


@pytest.mark.parametrize("word", ["Sergei", "Sergey", "Volodymyr", "Mikhail", "Binyamin", "Yitzhak", "Mohammed",
                                  "Khaled", "Hillary", "Geert", "José", "Jose", "Ehud", "Tzipi", "Megyn", "Rich"])
def test_given_names_from_many_countries(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Wells", "Goldman", "Williams", "Little", "Real", "Justice", "Faith", "Xyzzy"])
def test_surnames_and_words_that_parents_rarely_chose_are_not_given_names(word):
    assert not is_given_name(word)


@pytest.mark.parametrize(("first", "gender"), [
    ("Hillary", "female"), ("Donald", "male"), ("Angela", "female"), ("Vladimir", "male"), ("Sergei", "male"),
    ("Mohammed", "male"), ("Jean", None),  # French men, American women
    ("Kim", None), ("Wells", None), ("donald", None),  # not capitalised: no name
])
def test_first_name_gender(first, gender):
    assert first_name_gender(first) == gender


def test_speakers_uses_the_same_function():
    assert speakers.first_name_gender is first_name_gender


@pytest.mark.parametrize(("word", "same"), [
    ("Sergei", "sergey"), ("Alexei", "aleksey"), ("Dmitry", "dmitriy"), ("Volodymyr", "vladimir"),
    ("Bill", "william"), ("Gabby", "gabrielle"), ("Rudy", "rudolph"), ("Benjamin", "binyamin"),
])
def test_spellings_of_the_same_name(word, same):
    assert same in name_variants(word)


@pytest.mark.parametrize(("word", "other"), [("Gary", "garrett"), ("Peter", "patrick"), ("Ron", "aaron")])
def test_different_names_stay_apart(word, other):
    assert other not in name_variants(word) and word.lower() not in name_variants(other)


def test_unknown_word_is_its_own_only_variant():
    assert name_variants("Xyzzy") == frozenset({"xyzzy"})


@pytest.mark.parametrize(("cyrillic", "language", "spellings"), [
    ("Сергей", "ru", {"sergei", "sergey", "sergej"}),
    ("Дмитрий", "ru", {"dmitry", "dmitri", "dmitriy", "dmitrii"}),
    ("Евгений", "ru", {"yevgeny", "evgeny", "yevgeniy"}),
    ("Михаил", "ru", {"mikhail", "mihail"}),
    ("Алексей", "ru", {"aleksei", "alexei", "aleksey", "alexey"}),
    ("Мария", "ru", {"maria", "mariya"}),
    ("Володимир", "uk", {"volodymyr", "volodimir"}),
    ("Олексій", "uk", {"oleksiy", "oleksii"}),
    ("Сергій", "uk", {"serhiy", "serhii", "sergiy"}),
])
def test_romanising_cyrillic_names(cyrillic, language, spellings):
    romanised = _builder().romanise(cyrillic, language)
    assert spellings <= set(romanised)
    assert romanised[0] in spellings  # the first choice is a spelling the press uses


def test_nickname_pairs_need_a_shared_stem():
    shares_stem = _builder()._shares_stem
    assert shares_stem("william", "bill") and shares_stem("robert", "bob") and shares_stem("edward", "ted")
    assert not shares_stem("patrick", "peter") and not shares_stem("aaron", "ron")


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Dapo Ajala said the market was closed.", {"Dapo Ajala"}),  # a speech verb
        ("Mingma Sherpa, the expedition leader, reached the summit.", {"Mingma Sherpa"}),  # an apposition
        ("Officials met Folake Adeyemi on Monday. Adeyemi left early.", {"Folake Adeyemi"}),  # the surname again
    ],
)
def test_a_given_name_the_sources_miss_needs_other_evidence(body, names):
    """The list holds only what its sources hold (no hand list of famous people's given names): a name whose
    first word no source lists is a person by the evidence around it, as any name without a known given name."""
    from loaders.extract.people import extract_people
    from loaders.records import ArticleRecord
    from loaders.registry import Registry

    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    assert {person.name for person in extract_people(article, Registry())} == names


@pytest.mark.parametrize(("word", "common"), [("dean", True), ("amir", True), ("john", True), ("justice", False),
                                              ("king", False), ("major", False), ("captain", False)])
def test_title_words_common_as_given_names_come_from_the_data(word, common):
    # (no hand list: US births or the number of languages listing the name decide)
    from loaders.extract.data.given_names import is_common_given_name

    assert is_common_given_name(word) is common


def test_the_lexicon_keeps_no_hand_list_of_given_names():
    from loaders.extract.data import lexicon

    assert not hasattr(lexicon, "FALLBACK_GIVEN_NAMES")
