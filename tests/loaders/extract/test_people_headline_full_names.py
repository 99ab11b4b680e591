"""People step, issue 9 (made-up articles): a person the body names only by surname takes the full name its headline
(or deck) writes ("Mara Quill: 'We Will Not Back Down'" over a body that says only "Quill said"): a given name
right before the surname in the headline. Near misses: a headline with the surname alone, after a word that is no
given name ("Senate Backs Quill", "Hillary Backs Quill": a verb between them), a longer word that only starts
with the surname, no headline, and a body person named in full already."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry

_BODY = ("Quill said the clinic would stay open. “We will fight,” said Quill. Quill also spoke about the court case.")


def _people(title: str | None, body: str = _BODY, subtitle: str | None = None) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, title=title,
                            subtitle=subtitle)
    return {person.name: [m.surface for m in person.mentions] for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("title", "subtitle"), [
    ("Mara Quill: ‘We Will Not Back Down’", None),
    ("Mara Quill Says Clinic Will Stay Open", None),
    ("Clinic chief Mara Quill vows to fight on", None),
    ("Clinic will stay open", "Mara Quill tells donors the court case is not lost"),
    ("Why Mara J. Quill will not back down", None),
])
def test_headline_full_name_names_the_bodys_surname(title, subtitle):
    found = _people(title, subtitle=subtitle)
    assert "Quill" not in found
    assert next(name for name in found if name.endswith("Quill")) in {"Mara Quill", "Mara J. Quill"}
    assert found[next(name for name in found if name.endswith("Quill"))] == ["Quill", "Quill", "Quill"]


@pytest.mark.parametrize("title", [
    None,
    "Quill Defends Clinic",
    "Senate Backs Quill on Clinic",
    "Hillary Backs Quill on Clinic",
    "Mara Quillon vows to fight on",
    "The clinic at Mara Quill Road stays open",
])
def test_no_headline_full_name_leaves_the_surname(title):
    found = _people(title)
    if title and "Road" in title:
        assert "Mara Quill" not in found  # a road's name is nobody's (but its given name and surname look like one)
        return
    assert found.get("Quill") == ["Quill", "Quill", "Quill"]


def test_a_body_full_name_keeps_its_own():
    body = "Tom Quill said the clinic would stay open. “We will fight,” said Quill."
    found = _people("Mara Quill: ‘We Will Not Back Down’", body)
    assert found == {"Tom Quill": ["Tom Quill", "Quill"]}
