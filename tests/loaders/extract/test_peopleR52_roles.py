"""People step, round 52 (made-up snippets): the role of a name read with another naming culture's forms. A
compass adjective after a title is the title's own word ("Commissioner Western Ana Roe": the role "Commissioner
Western"); a chiefly title name and an honorific between a role and the name ("acting Director General, Toleafoa
Dr. Ana Roe,", "Associate Professor Lemalu Dr. Jo Roe") leave the role to the name."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _roles(body: str, name: str) -> set[str] | None:
    for person in extract_people(_article(body), Registry()):
        if person.name == name:
            return {r for m in person.mentions for r in (m.role, m.apposition) if r}
    return None


CASES = [
    # hits
    ("The shelters stay open, Commissioner Eastern Tomasi Kaliva said.", "Tomasi Kaliva", {"Commissioner Eastern"}),
    ("Director Central Pelu Ranadi said the bridge was shut.", "Pelu Ranadi", {"Director Central"}),
    ("The clinic's acting director, Lafaele Dr. Mele Sapolu, said cases rose.", "Mele Sapolu",
     {"clinic's acting director"}),
    ("Associate Professor Fuimaono Dr. Tavita Alesana said the data held.", "Tavita Alesana",
     {"Associate Professor"}),
    # near misses: a compass word opening a place's name before the title keeps its old reading
    ("The Western Cape premier Tomasi Kaliva said so.", "Tomasi Kaliva", {"Western Cape premier"}),
    # a compass word with no title before it gives no role
    ("He visited Western Tomasi Kaliva's farm.", "Tomasi Kaliva", set()),
    # no title name: the role before the honorific as it was
    ("The clinic's acting director, Dr. Mele Sapolu, said cases rose.", "Mele Sapolu", {"clinic's acting director"}),
    # a name before the honorific is no title name: its own role stays its own
    ("Commissioner Tomasi Kaliva met Dr. Mele Sapolu on Monday.", "Mele Sapolu", set()),
]


@pytest.mark.parametrize("body,name,roles", CASES)
def test_roles_of_other_name_forms(body: str, name: str, roles: set[str]) -> None:
    assert _roles(body, name) == roles
