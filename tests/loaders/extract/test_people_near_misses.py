"""People step, made-up near misses of the people5 rules (institution words, author's notes, a country after a
rare given name, places of origin, credited biographies): each rule's snippet and a near variant where a real
person must survive (reviewer's request: the rules are strict enough to leave people alone)."""
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
    # institution words: a place named after someone, title and all; a given name described as a person, with a
    # person's predicate or whose surname speaks alone is a person
    ("King Fahd Causeway was closed on Monday.", set(), {"Fahd Causeway", "King Fahd Causeway"}),
    ("Queen Elizabeth Hospital said two patients died.", set(), {"Elizabeth Hospital"}),
    ("Prince Sultan University said it would reopen.", set(), {"Sultan University"}),
    ("Jo Roe, a nurse at Queen Elizabeth Hospital, said she was tired.", {"Jo Roe"}, {"Elizabeth Hospital"}),
    ("Ana Road, a nurse, said the ward was full.", {"Ana Road"}, set()),
    ("Coach Tom Center said he was ready for the final.", {"Tom Center"}, set()),
    ("Coach Tom Center said the team was ready. Center said he was proud.", {"Tom Center"}, set()),
    # author's notes: a note of its own; a sentence about a draft of the article is news
    (_EK + "Jo Roe wrote this article for the Planet.", {"Tomas Ek"}, {"Jo Roe"}),
    ("The editor said Ana Lind wrote this article's first draft.", {"Ana Lind"}, set()),
    ("Ana Lind reports that the council ignored her letters, the mayor said.", {"Ana Lind"}, set()),
    ("Mayor Ana Lind said the plan first appeared in council papers.", {"Ana Lind"}, set()),
    # a country after a rare given name's word: untitled and silent it is the country
    ("Weimar Germany was unstable for years.", set(), {"Weimar Germany"}),
    ("Vesna Germany said she would appeal.", {"Vesna Germany"}, set()),
    ("Vesna Germany, a lawyer, said the court erred.", {"Vesna Germany"}, set()),
    ("Coach Vesna Germany was fired on Monday.", {"Vesna Germany"}, set()),
    ("Striker Kofi Ghana scored twice, the coach said.", {"Kofi Ghana"}, set()),
    # places of origin: "from" after a noun for people, "of" after a plural or "native"; a singular's "of" is kin
    ("A 59-year-old from Hilton Head, South Carolina, was arrested.", set(), {"Hilton Head"}),
    ("Residents of Hilton Head, South Carolina, were evacuated.", set(), {"Hilton Head"}),
    ("A native of Hilton Head, South Carolina, was arrested.", set(), {"Hilton Head"}),
    ("The family of Tom Hale, Ohio, sued the city.", {"Tom Hale"}, set()),
    ("A letter from Tom Hale, Ohio's attorney general, arrived.", {"Tom Hale"}, set()),
    ("Children of Ana Lind, a teacher from Texas, sang.", {"Ana Lind"}, set()),
    ("A man from Dallas, Texas, named Tom Hale was arrested.", {"Tom Hale"}, set()),
    # credited biographies: a credit and its biography only; a person the article tells of stays
    (_EK + "Photographs by Lina Hovde. Lina Hovde is a photographer based in Oslo.", {"Tomas Ek"}, {"Lina Hovde"}),
    ("Photographs by Lina Hovde.\n\nLina Hovde is a photographer. Police arrested Lina Hovde on Friday, her lawyer "
     "said.", {"Lina Hovde"}, set()),
    ("Photo: Lina Hovde/Reuters. Lina Hovde, 34, told reporters the police fired on the crowd.", {"Lina Hovde"},
     set()),
    # a photo's caption says where a person stands; a person the body tells of too stays
    (_EK + "Grower Jo Roe, left, and Ana Lind at the market on Monday.", {"Tomas Ek"}, {"Jo Roe", "Ana Lind"}),
    (_EK + "Jo Roe (left) and Ana Lind at the market.\nRoe said prices had doubled.", {"Tomas Ek", "Jo Roe"},
     {"Ana Lind"}),
    (_EK + "Ana Lind, pictured, was jailed for two years on Friday.", {"Tomas Ek", "Ana Lind"}, set()),
    (_EK + "Ana Lind left, and Jo Roe stayed, the grower said.", {"Tomas Ek", "Ana Lind", "Jo Roe"}, set()),
])
def test_a_rules_near_miss_keeps_the_person(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


# peopleR4: a contraction's stem ("don" of "don't") is no word the article writes in lowercase, so a given name
# spelt so ("Don Scotter") stays a name. Near misses: the word written alone in lowercase ("the don of the
# family"), a lowercase "doesn't" with no such name.
@pytest.mark.parametrize(("body", "present", "absent"), [
    ("They don't see it that way. Don Scotter agreed with them.", {"Don Scotter"}, set()),
    ("Young voters don't read. Don Scotter.\n\nNobody didn't vote.", {"Don Scotter"}, set()),
    # near misses
    ("The don of the family ruled the town. Don Scotter agreed.", set(), {"Don Scotter"}),
    ("It doesn't matter, said Dora Quill.", {"Dora Quill"}, set()),
])
def test_a_contractions_stem_is_no_lowercase_word(body, present, absent):
    names = _names(body)
    assert present <= names and not absent & names, names


# peopleR4: a surname that is a title word too ("Dean", "King", "Bishop") written alone after the full name is that
# person's mention. Near misses: a determiner before it ("The King said"), a name after it (a title: "Dean Ana
# Roe"), "of" after it ("the Bishop of Leeds"), no person of that surname in the article.
def _mentions(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.surface for m in person.mentions] for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Howard Quell Dean spoke on Monday. The medical group agrees with Dean. The party changed.", "Howard Quell Dean",
     ["Howard Quell Dean", "Dean"]),
    ("Angus Rook King spoke on Monday. King said no.", "Angus Rook King", ["Angus Rook King", "King"]),
    ("Mara Bishop spoke on Monday. Bishop's plan failed.", "Mara Bishop", ["Mara Bishop", "Bishop"]),
    # near misses
    ("Angus Rook King spoke on Monday. The King said no.", "Angus Rook King", ["Angus Rook King"]),
    ("Mara Bishop spoke on Monday. Bishop Ana Roe said no.", "Mara Bishop", ["Mara Bishop"]),
    ("Mara Bishop spoke on Monday. Bishop of Leeds Ana Roe said no.", "Mara Bishop", ["Mara Bishop"]),
])
def test_a_title_word_surname_alone_is_its_bearers(body, name, surfaces):
    assert _mentions(body).get(name) == surfaces, _mentions(body)


def test_a_title_word_alone_with_no_bearer_is_nobody():
    assert "Dean" not in _mentions("Ana Roe spoke on Monday. Dean said no.")
