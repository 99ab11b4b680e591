"""People step, round 55 (made-up snippets). (1) A name written after "known as" is compared with its honorifics
left out, the way a name's are ("Ratu Joeli Vanua, known as Ratu Jo": the later "Ratu Jo" is Joeli Vanua, not a
second person "Jo"); a kunya or a nickname that is no honorific ("Abu Khaled", "Mama Ada") stays whole. (2) After
"the" and a namesake's title, a lone name before a kind of place or a thing named after someone, with a place's or
a road's preposition after it, is the place's ("the King Mara district on Wednesday", "the Ratu Sukuna hall in
Suva"); the same title and name as a clause's subject, or with no "the", stay a person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(m.surface, m.role) for m in p.mentions] for p in extract_people(_article(body), Registry())}


ALIAS_CASES = [
    # hits: the alias's honorific is left out as the name's is: one person, all mentions his or hers
    ("Ratu Pita Lomani, known as Ratu Pi, opened the school. Ratu Pi said the roof was new.", "Pita Lomani", 3),
    ("Dr Sela Mafi, known locally as Dr Lulu, ran the clinic. Dr Lulu said it was full.", "Sela Mafi", 3),
    ("Ratu Isoa Vakalo, better known as Ratu Soa, spoke first.", "Isoa Vakalo", 2),
    # near misses: no honorific on the alias, or no one named before "known as"
    ("Marwan Dabbas, known in the village as Abu Salim, said the well was dry. Abu Salim said more.",
     "Marwan Dabbas", 3),
    ("A man known as Ratu Pi said the well was dry.", "Pi", 1),
    ("Ratu Pita Lomani opened the school. Ratu Vosa said the roof was new.", "Pita Lomani", 1),
]


@pytest.mark.parametrize("body,name,count", ALIAS_CASES)
def test_alias_with_honorific(body: str, name: str, count: int) -> None:
    found = _people(body)
    assert name in found, found
    assert len(found[name]) == count, found


def test_alias_other_person_stays_apart() -> None:
    found = _people("Ratu Pita Lomani opened the school. Ratu Vosa said the roof was new.")
    assert "Vosa" in found, found


NAMESAKE_CASES = [
    # hits: "the", a namesake's title, a lone name, a kind of place, then a preposition
    ("Crews reopened roads in the King Tavo district on Wednesday.", "Tavo", 0),
    ("Students gathered in the Ratu Sevu hall on Friday.", "Sevu", 0),
    ("Students gathered in the Ratu Sevu hall.", "Sevu", 0),
    ("Power returned to the Sultan Omar ward in Muscat.", "Omar", 0),
    ("Water ran short in the Ratu Tevu village across the river.", "Tevu", 0),
    # near misses: no "the", the name a clause's subject, a place noun that is a verb before an object
    ("King Tavo visited the district on Wednesday.", "Tavo", 1),
    ("Ratu Sevu opened the hall on Friday.", "Sevu", 1),
    ("The King Tavo said the district on the coast was calm.", "Tavo", 1),
    ("When the Sheikh Tavo wards off critics, he smiles.", "Tavo", 1),
    ("Sheikh Tamim visited the Ratu Sevu hall on Friday.", "Tamim", 1),
    ("Dr Ana Roe opened the hall on Friday. Ana Roe said it was good.", "Ana Roe", 2),
]


@pytest.mark.parametrize("body,name,count", NAMESAKE_CASES)
def test_namesake_place_before_preposition(body: str, name: str, count: int) -> None:
    found = _people(body)
    owner = next((n for n in found if n.endswith(name)), None)
    if count == 0:
        assert owner is None, found
    else:
        assert owner is not None, found
        assert len(found[owner]) == count, found
