"""People step, issue 9 second round (made-up snippets, written before the fix): a relative introduced by a family
word after someone who shares the surname ("Rodel Abrera ... His wife, Liza Abrera, ...") is written by her own
name afterwards; a lone "Abrera" later is the first one's. Two people sharing a surname with no family word between
them keep the nearest-before rule."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _surfaces(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.surface for m in person.mentions] for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "owner", "other"), [
    ("Rodel Abrera keeps the broken pole in his yard. Abrera, 52, has fished for 35 years.\n\nHis wife, Liza "
     "Abrera, runs the store at the end of the pier.\n\nBack in his yard, Abrera pulls the tarpaulin back.",
     "Rodel Abrera", "Liza Abrera"),
    ("Tomas Kell runs the farm. His son Jon Kell drives the tractor. \"We will stay,\" Kell said.",
     "Tomas Kell", "Jon Kell"),
    # near misses: no family word between two people sharing a surname: the one named last before it
    ("Tomas Kell runs the farm. A neighbour, Jon Kell, drives the tractor. \"We will stay,\" Kell said.",
     "Jon Kell", "Tomas Kell"),
    ("Ana Rusk ran for mayor in 2019. Her rival Bo Rusk won. Rusk said the count was fair.", "Bo Rusk",
     "Ana Rusk"),
])
def test_lone_surname_after_a_relative(body, owner, other):
    surfaces = _surfaces(body)
    lone = owner.split()[-1]
    assert lone in surfaces[owner]
    assert lone not in surfaces[other]
