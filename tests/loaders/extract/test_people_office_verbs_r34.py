"""People step, round 34 (made-up snippets, written before the change): "runs", "coordinates" and "oversees" give a
person's office like "heads" and "chairs" do when what follows is a body one holds a post over ("who runs the
fishing cooperative", "coordinates a volunteers' network"); near misses, where the verb is a deed or a habit and no
office: "who runs every morning", "who ran for office", "runs the marathon", "runs the risk", "oversees the
repairs", "coordinates the response"."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name: {r.lower() for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Orla Brennick, who runs the fishing cooperative in nearby Talmoor, said the catch was down.",
     "Orla Brennick", "runs the fishing cooperative in nearby talmoor"),
    ("Tamsin Vell runs the Quarry Lane bakery. She said flour had doubled in price.",
     "Tamsin Vell", "runs the quarry lane bakery"),
    ("Idris Mallow, who coordinates a volunteers’ network in the river town of Hesk, said the boats were ready.",
     "Idris Mallow", "coordinates a volunteers’ network in the river town of hesk"),
    ("Petra Joskin, who oversees the harbour board, said the quay would reopen.",
     "Petra Joskin", "oversees the harbour board"),
])
def test_office_verbs_give_the_office(body, name, role):
    assert role in _roles(body)[name]


@pytest.mark.parametrize(("body", "name"), [
    # a habit, no object with an article or a name
    ("Orla Brennick, who runs every morning, said the path was flooded.", "Orla Brennick"),
    ("Orla Brennick, who runs along the canal, said the path was flooded.", "Orla Brennick"),
    # another tense, another verb: standing for an office is no office
    ("Orla Brennick, who ran for office in 2019, said the path was flooded.", "Orla Brennick"),
    # a deed's object, no body
    ("Tamsin Vell runs the marathon every year. She said the route was flat.", "Tamsin Vell"),
    ("Tamsin Vell runs the risk of a fine. She said she would pay it.", "Tamsin Vell"),
    ("Petra Joskin, who oversees the repairs, said the quay would reopen.", "Petra Joskin"),
    ("Idris Mallow, who coordinates the response, said the boats were ready.", "Idris Mallow"),
    # the name is inside another noun phrase: the predicate is not about it
    ("The son of Tamsin Vell runs the bakery. He said flour had doubled in price.", "Tamsin Vell"),
    # a condition, not what the article says
    ("If Tamsin Vell runs the bakery, prices will rise, a neighbour said.", "Tamsin Vell"),
])
def test_deeds_and_habits_are_no_office(body, name):
    roles = _roles(body).get(name, set())
    assert not any(r.split()[0] in {"runs", "ran", "oversees", "coordinates"} for r in roles), roles
