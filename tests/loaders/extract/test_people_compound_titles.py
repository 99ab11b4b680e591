"""People step, issue 9 round 2 (made-up snippets, written before the code): a hyphenated title ("Vice-Chancellor",
"Pro-Vice-Chancellor", "Deputy Secretary-General"), a title of a named body before the name ("Chairman of the
Kedah Rice Board Haji Osman Yusof") and a capitalised apposition ("Amara Okonkwo, Vice-Chancellor of Kestrel
University,") are the person's role. Near misses: a hyphenated word that is no title ("Chancellor-backed",
"Prime-time"), and a body's name never joins the person's name."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: {r for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Vice-Chancellor Amara Okonkwo said fees would rise.", "Amara Okonkwo", "Vice-Chancellor"),
    ("Deputy Vice-Chancellor Amara Okonkwo said fees would rise.", "Amara Okonkwo", "Deputy Vice-Chancellor"),
    ("Pro-Vice-Chancellor Amara Okonkwo said fees would rise.", "Amara Okonkwo", "Pro-Vice-Chancellor"),
    ("Amara Okonkwo, Vice-Chancellor of Kestrel University, said fees would rise.", "Amara Okonkwo",
     "Vice-Chancellor of Kestrel University"),
    ("The university's vice-chancellor, Amara Okonkwo, said fees would rise.", "Amara Okonkwo",
     "university's vice-chancellor"),
    ("Chairman of the Kedah Rice Board Haji Osman Yusof said prices would rise.", "Osman Yusof",
     "Chairman of the Kedah Rice Board"),
    ("Chairman of the Rice Board Amara Okonkwo said prices would rise.", "Amara Okonkwo",
     "Chairman of the Rice Board"),
    ("Amara Okonkwo, CEO of Vantor Logistics, said prices would rise.", "Amara Okonkwo", "CEO of Vantor Logistics"),
])
def test_compound_titles_are_roles(body, name, role):
    roles = _roles(body)
    assert name in roles, roles
    assert role in roles[name], roles


@pytest.mark.parametrize(("body", "name"), [
    # near misses: hyphenated words that are no titles give no role
    ("A Chancellor-backed plan was dropped, Amara Okonkwo said.", "Amara Okonkwo"),
    ("Prime-time viewers saw Amara Okonkwo win.", "Amara Okonkwo"),
    # a body's name before an honorific, with no title before the body, gives no role
    ("The Kedah Rice Board Haji Osman Yusof spoke of was closed.", "Osman Yusof"),
])
def test_hyphenated_non_titles_give_no_role(body, name):
    roles = _roles(body)
    assert roles == {name: set()}, roles
