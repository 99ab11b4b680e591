"""People step, round 37 (made-up snippets): the review's newly wrong kinds of a later "the 61-year-old". Where nobody
was given that age it must be its clause's subject (a verb after it, or a sentence start, a closing quote, ", ",
"said", a subordinator before it), never an object ("arrested the 33-year-old"), to be the person named just before; an unnamed person given that age ("a man aged 22", "a woman (61)", "the 22-year-old driver"), or an
unnamed man or woman brought in before it ("the body of a woman"), may be the one it stands for; an age written
before a name counts as that name's only when nothing but title words stand between ("the 34-year-old mother of
Lily Harper" is not Lily's age)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {m.role for m in person.mentions if is_description(m)}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "description"), [
    # a subject after a sentence start, after ", " and after "said"
    ("Maelis Ortegren mends boats in the bay. She works alone.\n\nThe 44-year-old bought the yard in 2009.",
     "Maelis Ortegren", "The 44-year-old"),
    ("Tobiah Krenwick, 29, won the sprint. Asked about the rain, the 29-year-old laughed.",
     "Tobiah Krenwick", "the 29-year-old"),
    ("Ysolde Marchetti, 71, keeps the archive. Her nephew said the 71-year-old never locks it.",
     "Ysolde Marchetti", "the 71-year-old"),
    # an age before the name with title words only between
    ("The 52-year-old baker Idris Vantongeren opened at six. Later the shop was full.\n\nThe 52-year-old smiled.",
     "Idris Vantongeren", "The 52-year-old"),
])
def test_subject_age_description_still_joins(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description"), [
    # an object, not a subject
    ("Solveig Arnhult, the boy's aunt, said officers had arrested the 33-year-old at a flat.", "the 33-year-old"),
    ("Kasimir Ottoway said police had questioned the 33-year-old twice.", "the 33-year-old"),
    ("Rune Halvorsen spoke to reporters. Police later charged the 40-year-old with theft.", "the 40-year-old"),
    ("Wilma Tenbruck runs the inn. A guest gave the 40-year-old a medal.", "the 40-year-old"),
    # an unnamed person given that age: "aged 22", "(22)", "the 22-year-old <noun>"
    ("Police arrested a man aged 22 on Friday. Dorian Vasquell died at the scene.\n\nThe 22-year-old will appear "
     "in court on Monday.", "The 22-year-old"),
    ("A driver (22) was detained. Dorian Vasquell died at the scene.\n\nThe 22-year-old will appear in court.",
     "The 22-year-old"),
    ("Officers stopped the 22-year-old driver near the bridge. Dorian Vasquell died at the scene.\n\n"
     "The 22-year-old will appear in court.", "The 22-year-old"),
    # an unnamed woman or man brought in before it, nobody given the age
    ("Police found the body of a woman near the quarry. Detective Corwin Ashdale led the search.\n\n"
     "The 61-year-old had been missing since May.", "The 61-year-old"),
    ("A man was pulled from the river on Sunday. Sergeant Odile Fenwright called an ambulance.\n\n"
     "The 70-year-old is in hospital.", "The 70-year-old"),
])
def test_age_description_not_attached(body, description):
    assert all(description not in roles for roles in _descriptions(body).values())


def test_age_before_a_name_across_of_is_not_that_names():
    body = ("Marisol Quennell was hurt in the fall. The 34-year-old mother of Marisol Quennell called for help.\n\n"
            "The 34-year-old said she ran to the road.")
    assert "The 34-year-old" not in _descriptions(body).get("Marisol Quennell", set())


def test_age_before_a_name_with_title_words_is_that_names():
    body = ("Police named the driver. The 34-year-old former teacher Lucan Breckwold was unhurt.\n\n"
            "The 34-year-old said he had braked.")
    assert "The 34-year-old" in _descriptions(body)["Lucan Breckwold"]


@pytest.mark.parametrize(("body", "hit"), [
    # nobody given the age: only a subject is the person named just before
    ("Halvard Quist picked grapes for years. Since then the 67-year-old has retired.", True),
    ("Halvard Quist fell in the yard, and the 67-year-old was taken to hospital.", True),
    ("Halvard Quist fell in the yard. Neighbours found him and the 67-year-old was taken away.", True),
    ("Halvard Quist fell in the yard. Officials believe the 67-year-old slipped on ice.", True),
    ("Halvard Quist fell in the yard. A nurse then drove the 67-year-old home.", False),
    ("Halvard Quist fell in the yard. Neighbours found the 67-year-old on the path.", False),
    ("Halvard Quist fell in the yard. A nurse gave the 67-year-old flowers.", False),
    # the age written beside his name: the description is his wherever it stands
    ("Halvard Quist, 67, fell in the yard. A nurse then drove the 67-year-old home.", True),
    ("Halvard Quist, 67, fell in the yard. Neighbours found the 67-year-old on the path.", True),
    ("Wilma Tenbruck, 67, runs the inn. A guest gave the 67-year-old a medal.", True),
])
def test_subject_needed_only_without_a_written_age(body, hit):
    roles = set().union(*_descriptions(body).values())
    assert ("the 67-year-old" in roles) is hit
