"""People step, issue 9 second round (made-up snippets, written before the fix): a match official's title
("referee", "umpire", "linesman") before or beside a name is the person's role, as "goalkeeper" is; the verb "to
referee" and the body's plural name no person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {r.lower().removeprefix("the ") for m in person.mentions for r in (m.role, m.apposition) if r}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("He said referee Steven Carrick had been conned by the fall.", "Steven Carrick", "referee"),
    ("Umpire Jo Roeland gave him out on 40.", "Jo Roeland", "umpire"),
    ("Ana Kellberg, the referee, said nothing after the match.", "Ana Kellberg", "referee"),
    ("The linesman, Tom Hale, flagged for offside.", "Tom Hale", "linesman"),
])
def test_match_officials(body, name, role):
    roles = _roles(body)
    assert name in roles
    assert role in roles[name]


@pytest.mark.parametrize(("body", "absent"), [
    # near misses: the verb, and the body of officials
    ("Ana Kellberg will referee the final, the league said.", {"Referee"}),
    ("The Referees Association said Jo Roeland was right.", {"Referees Association"}),
])
def test_match_official_near_misses(body, absent):
    roles = _roles(body)
    assert not absent & set(roles)
    assert all("referee" not in r for rs in roles.values() for r in rs)
