"""People step, issue 9 second round (made-up snippets, written before the fix): a description before a name in
commas may end on its body's acronym in brackets ("The regional director of the Bureau of Fisheries and Aquatic
Resources (BFAR), Teresita Lacson, says"): the acronym is the description's, not a name ending a list."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {r for m in person.mentions for r in (m.role, m.apposition) if r}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The regional director of the Bureau of Fisheries and Aquatic Resources (BFAR), Teresa Lacsamana, says the "
     "boats are safe.", "Teresa Lacsamana",
     "regional director of the Bureau of Fisheries and Aquatic Resources (BFAR)"),
    ("The head of the Varna Water Authority (VWA), Ana Kellberg, said the pipes were old.", "Ana Kellberg",
     "head of the Varna Water Authority (VWA)"),
])
def test_bracketed_acronym_ends_a_description(body, name, role):
    roles = _roles(body)
    assert name in roles
    assert {r.removeprefix("The ").removeprefix("the ") for r in roles[name]} & {role}


@pytest.mark.parametrize(("body", "name"), [
    # near misses: a list of names and bodies, and a clause before the acronym
    ("Delegates from Kestel Holdings (KH), Ana Kellberg and Jo Rusk signed the deal.", "Ana Kellberg"),
    ("Lund met officials at the Varna Water Authority (VWA), Ana Kellberg said.", "Ana Kellberg"),
])
def test_bracketed_acronym_near_misses(body, name):
    roles = _roles(body)
    assert name in roles
    assert not any("(" in r for r in roles[name])
