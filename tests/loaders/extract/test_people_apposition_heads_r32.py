"""An apposition after a name headed by a post noun that is neither a title nor an agent noun by its ending
("X, a radio host in Halifax,", "X, a postdoctoral fellow at the institute,": `APPOSITION_PERSON_HEADS`), read only
after an article and before a preposition or the apposition's end. Near misses: no article, the noun followed by
another noun, a quantity phrase ("a host of critics"), the noun before a name."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str, name: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {r for person in extract_people(article, Registry()) if person.name == name
            for m in person.mentions for r in (m.role, m.apposition) if r}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Rinaldo Calvetti, a radio host in Tarnby, has set up a website.", "Rinaldo Calvetti", "radio host in Tarnby"),
    ("Dora Velkamp, a postdoctoral fellow at the Ridley Institute, said it.", "Dora Velkamp",
     "postdoctoral fellow at the Ridley Institute"),
    ("Dora Velkamp, a fellow at the Ridley Institute, said it.", "Dora Velkamp", "fellow at the Ridley Institute"),
])
def test_post_noun_apposition(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


@pytest.mark.parametrize(("body", "name", "wrong"), [
    ("Dora Velkamp, a host of critics said, erred on Monday.", "Dora Velkamp", "host of critics"),
    ("Dora Velkamp, fellow at large, said it was late.", "Dora Velkamp", "fellow at large"),
    ("Dora Velkamp, a host city official, said it was late.", "Dora Velkamp", "host"),
    ("Dora Velkamp met fellow Tom Harbin, who said it was late.", "Dora Velkamp", "fellow"),
])
def test_post_noun_near_misses(body: str, name: str, wrong: str) -> None:
    assert wrong not in _roles(body, name)
