"""People step, round 48 (made-up snippets): a role in commas after the name that opens with a possessive owner
("X, Tarnland's Minister of Health,", "X, the Velk Agency's area director for the north,") is X's role, the owner
included, as "the board's chairman, X" before the name already is; the owner works as an article does, so up to
three modifiers may stand between it and the title ("DFO's area director")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, list[str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: [m.role for m in p.mentions] for p in extract_people(article, Registry())}


# hits: an owner's title in commas after the name
@pytest.mark.parametrize(("body", "name", "role"), [
    ("\"We start now,\" said Dr. Ilse Varnak, Tarnland’s Minister of Health.", "Ilse Varnak",
     "Tarnland’s Minister of Health"),
    ("Orrin Bledsoe, VRA's area director for the Upper Sallow, said the weir will stay.", "Orrin Bledsoe",
     "VRA's area director for the Upper Sallow"),
    ("\"No comment,\" said Tamsin Kerrow, Quillmark's Deputy Director General.", "Tamsin Kerrow",
     "Quillmark's Deputy Director General"),
    ("Paul Haskins, Ada Morrow's campaign manager, left the room.", "Paul Haskins", "Ada Morrow's campaign manager"),
])
def test_an_owners_title_after_the_name_is_the_role(body, name, role):
    assert _roles(body)[name][0] == role


# near misses: no title after the owner, a name after the title (another person), a company's own possessive
# heading a clause, an owner written lowercase, a list of names
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Orrin Bledsoe, Tarnland’s biggest landowner, said the weir will stay.", "Orrin Bledsoe", None),
    ("Orrin Bledsoe, Tarnland’s Minister Ada Morrow and others met.", "Orrin Bledsoe", None),
    ("Paul Haskins, Quillmark's shares fell, the chairman said.", "Paul Haskins", None),
    ("Paul Haskins, Velk Cement's new kiln, opened on Monday.", "Paul Haskins", None),
    ("Orrin Bledsoe, Ada Morrow and Tamsin Kerrow met on Monday.", "Orrin Bledsoe", None),
    ("Orrin Bledsoe, Tarnland’s, said the weir will stay.", "Orrin Bledsoe", None),
])
def test_other_words_after_the_name_give_no_owner_role(body, name, role):
    assert _roles(body)[name][0] == role


# "your" opens a role's noun phrase as "our" does ("Q: Your harbour master, X, told us ..."), before the name or
# after it
@pytest.mark.parametrize(("body", "name", "role"), [
    ("The port was busy. Your harbour master, Ugo Pennick, told us the pier was safe.", "Ugo Pennick",
     "harbour master"),
    ("Q: Your finance director, Marta Velkova, said the books were clean. Is that so?", "Marta Velkova",
     "finance director"),
])
def test_your_opens_a_role_before_the_name(body, name, role):
    assert _roles(body)[name][0] == role


# near misses: no title after "your", "your" inside a clause before the phrase, a vocative
@pytest.mark.parametrize(("body", "name", "role"), [
    ("The port was busy. Your call, Ugo Pennick, is important to us.", "Ugo Pennick", None),
    ("We thank you for your patience, Ugo Pennick said on Monday.", "Ugo Pennick", None),
    ("Marta Velkova said: \"Pay your taxes, Ugo Pennick, and stop complaining.\"", "Ugo Pennick", None),
])
def test_your_without_a_title_gives_no_role(body, name, role):
    assert _roles(body)[name][0] == role


# an "and" inside the capitalised name of a body after "of the" joins it ("head of the Forestry and Wildlife
# Office"), as after "of" alone ("Minister of Mines and Energy") or after another capitalised word
@pytest.mark.parametrize(("body", "name", "role"), [
    ("\"It works,\" said Ugo Pennick, head of the Forestry and Wildlife Office.", "Ugo Pennick",
     "head of the Forestry and Wildlife Office"),
    ("The note was signed by Marta Velkova, director of the Epidemiology and Disease Control Division, on Monday.",
     "Marta Velkova", "director of the Epidemiology and Disease Control Division"),
])
def test_and_inside_a_bodys_name_after_of_the_joins_it(body, name, role):
    assert _roles(body)[name][0] == role


# near misses: a person's name after the "and", a lowercase word after it, "the" with no link before it
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Ugo Pennick, director of the Museum and Anna Berg, said it works.", "Ugo Pennick", None),
    ("Ugo Pennick, head of the Forestry and some others, said it works.", "Ugo Pennick", None),
    ("Ugo Pennick, who met the Forestry and Wildlife Office, said it works.", "Ugo Pennick", None),
])
def test_and_after_of_the_with_other_words_stays_a_clause(body, name, role):
    assert _roles(body)[name][0] == role
