"""People step, issue 9 (made-up articles): the full name a headline gives a person the body writes only by
surname is the headline's whole name, not the one given name before the surname: the given names before it and a
father's name after "bin" ("Hamood bin Saif al-Rawahi"), and a second surname after it in a headline written in
sentence case ("Rodrigo Pinzón Mejía promises aid"; one that ends a part of the headline, as in "Luz Marina
Cárdenas Ospina: ...", only where the body writes it too: review peopleR9). Near misses: a title, an auxiliary
or a function word before the name, a title-case headline's verb, a place or a weekday after it. Also "Sheikha", a
woman's title of the Gulf (`lexicon.TITLE_HEADS`), is the name's role, not its first word."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str, title: str | None = None) -> dict[str, list[tuple[str, str | None]]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, title=title)
    return {person.name: [(m.surface, m.role) for m in person.mentions]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Hamood bin Khalfan al-Qasmi: ‘We will deliver’", "Undersecretary al-Qasmi said the talks went well.",
     "Hamood bin Khalfan al-Qasmi"),
    ("Luz Marina Cárdenas Oquendo: ‘The rains ruined us’",
     "Mayor Cárdenas said the harvest was lost. The Oquendo side of the family farms too.",
     "Luz Marina Cárdenas Oquendo"),
    ("Minister Rodrigo Andrés Pinzón Mejorada promises aid", "Minister Pinzón said aid would come.",
     "Rodrigo Andrés Pinzón Mejorada"),
    ("Ali Raza Naqvani vows canal lining", "Minister Naqvani said the canal would be lined.", "Ali Raza Naqvani"),
    ("Ana Lucía Ferrer Quintal takes office", "Mayor Ferrer said she would cut fees.", "Ana Lucía Ferrer Quintal"),
])
def test_headline_whole_name(title, body, expected):
    assert list(_names(body, title)) == [expected]


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Mara Quill Resigns", "Senator Quill said she was leaving.", "Mara Quill"),
    ("Mara Quill Says Clinic Will Stay Open", "Senator Quill said the clinic would stay open.", "Mara Quill"),
    ("Minister Mara Quill vows to fight", "Minister Quill said she would fight.", "Mara Quill"),
    ("Will Mara Quill Resign?", "Senator Quill has not said.", "Mara Quill"),
    ("Mara Quill Paris visit ends early", "Senator Quill said the visit was cut short.", "Mara Quill"),
    ("Mara Quill Tuesday deadline looms", "Senator Quill said the deadline would hold.", "Mara Quill"),
    ("Clinic chief Mara Quill Hospital plan fails", "Senator Quill said the plan had failed.", "Quill"),
    ("Why Mara Quill Defended the clinic", "Senator Quill said the clinic defended itself.", "Mara Quill"),
])
def test_headline_name_stays_short(title, body, expected):
    assert list(_names(body, title)) == [expected]


def test_sheikha_is_a_title():
    body = "Sheikha Mariam bint Khalid Al Thani, who chairs the foundation, said the grants would double."
    assert _names(body) == {"Mariam bint Khalid Al Thani": [("Mariam bint Khalid Al Thani", "Sheikha")]}


@pytest.mark.parametrize("body", [
    "The Sheikha Fatima Park reopened on Friday after repairs.",
    "Prices at the Sheikha Latifa Hospital clinic fell.",
])
def test_sheikha_namesake_places_stay_places(body):
    assert _names(body) == {}


# A body that names the headline's person by surname alone, once, speaking of itself as "he" or "she": the
# headline's full name is a person of the article, the surname its mentions (review peopleR8, c12-c14).
@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Why Martin Keel quit the cabinet", "The resignation surprised colleagues. Keel said he was tired of the fights.",
     {"Martin Keel": [("Keel", None)]}),
    ("Senator Maria Okafor wins key vote", "The bill passed by two votes. Okafor said she was relieved.",
     {"Maria Okafor": [("Okafor", None)]}),
    ("Ruth Vandermeer: ‘I never doubted it’",
     "The bet looked reckless in March. Vandermeer said she knew. Vandermeer's rivals were silent.",
     {"Ruth Vandermeer": [("Vandermeer", None), ("Vandermeer", None)]}),
])
def test_headline_person_named_by_surname_in_the_body(title, body, expected):
    assert _names(body, title) == expected


@pytest.mark.parametrize(("title", "body"), [
    ("Kevin Harlow remembered", "Hundreds attended the service. Harlow said she would keep the shop."),
    ("Why Martin Keel quit the cabinet", "The resignation surprised colleagues. Keel said it would appeal."),
    ("Why Martin Keel quit the cabinet", "The resignation surprised colleagues. Keel was tired of the fights."),
    ("Why Martin Keel quit the cabinet", "The keel of the boat cracked. Keel said he would mend it."),
    (None, "The resignation surprised colleagues. Keel said he was tired of the fights."),
    ("Ana Paris takes over", "The board met on Monday. Paris said he was pleased."),
])
def test_no_headline_person_without_its_marks(title, body):
    assert _names(body, title) == {}


def test_a_body_full_name_stays_the_person():
    body = "Tom Keel spoke first. Keel said he was tired of the fights."
    assert _names(body, "Why Martin Keel quit the cabinet") == {"Tom Keel": [("Tom Keel", None), ("Keel", None)]}
