"""One word set off in commas after a short description of a person ("Another farmer, Sutrisno, said") is that
person (`people_roles._lone_person_noun_before`), when the noun is one no firm is called by
(`LONE_NAME_PERSON_NOUNS`); a firm after a trade's noun, or a noun with a preposition's tail, stay out."""
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
    ("The floods hit. Another farmer, Sutrisno, said he lost his crop.", {"Sutrisno": ["Another farmer"]}),
    ("The floods hit. A fisherman, Sutrisno, said the water rose.", {"Sutrisno": ["A fisherman"]}),
    ("The floods hit. Another resident, Kartini, said she lost her crop.", {"Kartini": ["Another resident"]}),
    ("The floods hit. One local farmer, Sutrisno, said his roof went.", {"Sutrisno": ["One local farmer"]}),
    ("The floods hit. Another farmer, Sutrisno, said the water rose.", {"Sutrisno": ["Another farmer"]}),
    # near misses: a firm after a trade's noun; a preposition's tail
    ("The deal closed. The buyer, Tencent, said the price was fair.", {}),
    ("The deal closed. The buyer, Tencent, said its shares rose.", {}),
    ("Sales rose. The largest supplier, Lundmark, said it was pleased.", {}),
    ("The plan failed. The head of Lundgren, Tove, said the vote was lost.", {}),
])
def test_one_word_after_a_persons_description(body, people):
    assert _people(body) == people


def _names(body: str, country: str | None = None) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            outlet_country=country)
    return sorted(person.name for person in extract_people(article, Registry()))


@pytest.mark.parametrize(("body", "names"), [
    # a run after a preposition of place and "the" whose first word is unexplained: a place's name ("in the Xandu
    # Kush Himalaya"), not a word before a name opening with a given name
    ("The glaciers in the Xandu Kush Himalaya are melting.", []),
    ("Trekkers camped near the Varnu Jamal Himalaya in May.", []),
    ("It serves the member countries of the Xandu Kush Himalaya.", []),
    ("Floods hit two districts of the Varnu Jamal Range.", []),
    # near misses: a word for where a person is from; "of the" (an epithet as often); no place before the run
    ("Fans cheered the Westlander Jo Roe as he won.", ["Jo Roe"]),
    ("He praised the Tabrizi Jo Roe, who won.", ["Jo Roe"]),
    ("Westlander Jo Roe said he won.", ["Jo Roe"]),
    ("The glaciers are melting, Kush Varma said.", ["Kush Varma"]),
    ("A portrait of the Maroon Ngozi Adeyemi hangs in the hall.", ["Ngozi Adeyemi"]),
])
def test_a_things_name_after_the(body, names):
    assert _names(body) == names


@pytest.mark.parametrize(("body", "names"), [
    # a name whose first letter an apostrophe elides ("'Mamello", Sesotho) after a form of address joins it, and
    # keeps the apostrophe as written (the gold convention: R32)
    ("Ms 'Mamello Letsie spoke first.", ["'Mamello Letsie"]),
    ("Ms \u2019Mamello Letsie's choir sang first.", ["\u2019Mamello Letsie"]),
    ("Later Ms 'Malineo spoke again.", ["'Malineo"]),
    # near misses: a nickname or a word in quotes after a form of address
    ("Police called Mr 'Fixit' in.", []),
    ("Mr 'Big Tom' Roe spoke first.", []),
    ("The sign read 'Mamello Bakery' in red.", []),
])
def test_an_elided_first_letter_after_a_form_of_address(body, names):
    assert _names(body) == names


@pytest.mark.parametrize(("body", "names"), [
    # (lead decision, R24) a name's form does not depend on the outlet's country: initials before a surname no list
    # holds are no person's shape in a list by themselves (main's behaviour); a known name after initials still is
    ("Lawmakers Sanjay Verma and P. Chidambaram walked out.", ["Sanjay Verma"]),
    ("Lawmakers Sanjay Verma, Rekha Iyer and K. R. Raju walked out.", ["K. R. Raju", "Rekha Iyer", "Sanjay Verma"]),
    ("Lawmakers Sanjay Verma, P. Chidambaram and Rekha Iyer left.", ["Rekha Iyer", "Sanjay Verma"]),
    # near misses: a firm's shape (no given name, no initials) with a verb after; a modifier of a noun after
    ("Anna Berg and Goldman Sachs agreed.", ["Anna Berg"]),
    ("Shoppers visited Ana Roe and J. Crew stores.", ["Ana Roe"]),
    ("Sanjay Verma and P. Chidambaram's party walked out.", ["Sanjay Verma"]),
])
def test_initials_listed_with_a_person(body, names):
    assert _names(body, "IN") == names


@pytest.mark.parametrize(("words", "expected"), [
    # Vietnamese syllables opening on "tr" or "ngh" ("Trong", "Nghia") are given-name syllables too
    (["Nguyen", "Phu", "Trong"], True),
    (["Pham", "Minh", "Nghia"], True),
    (["Tran", "Van", "Truong"], True),
    # near misses: English words with those openings are no syllable; no family-first surname opens the run
    (["Kim", "Trust"], False),
    (["Lee", "Trading"], False),
    (["Ana", "Phu", "Trong"], False),
])
def test_vietnamese_tr_and_ngh_syllables(words, expected):
    from loaders.extract.names import family_first
    assert family_first(words) is expected


@pytest.mark.parametrize(("body", "names"), [
    ("The decree was signed by Nguyen Phu Trong in 2019.", ["Nguyen Phu Trong"]),
    ("Shares of Lee Trading fell.", []),
])
def test_a_vietnamese_name_with_tr_in_prose(body, names):
    assert _names(body) == names
