"""People step (made-up snippets): a surname inside a compound or an era phrase ("anti-Obama signs", "a Bush-era
rule", "the Obama years") is a mention of the one person of the article named in full with it. Near misses: no
one named in full with it ("anti-Washington"), two people sharing it, a word that only begins like it, a title
("the Brackley Years festival"), other words after the hyphen."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.surface for m in person.mentions] for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Mayor Tilda Ravensworth spoke first. Outside, protesters waved anti-Ravensworth signs.",
     "Tilda Ravensworth", ["Tilda Ravensworth", "Ravensworth"]),
    ("Gov. Owen Brackley left in 2019. A Brackley-era rule on water was dropped.",
     "Owen Brackley", ["Owen Brackley", "Brackley"]),
    ("Owen Brackley governed for years. Costs rose during the Brackley years, critics said.",
     "Owen Brackley", ["Owen Brackley", "Brackley"]),
    ("Owen Brackley won. A pro-Brackley group paid for the ads.", "Owen Brackley", ["Owen Brackley", "Brackley"]),
    # near misses
    ("Owen Brackley spoke. Protesters waved anti-Washington signs.", "Owen Brackley", ["Owen Brackley"]),
    ("Owen Brackley and Nina Brackley spoke. A Brackley-era rule was dropped.", "Owen Brackley", ["Owen Brackley"]),
    ("Owen Brackley spoke. The anti-Brackleyite wing left.", "Owen Brackley", ["Owen Brackley"]),
    ("Owen Brackley spoke. A Brackley-Smith merger was dropped.", "Owen Brackley", ["Owen Brackley"]),
    ("Owen Brackley spoke. The Brackley family years ago sold it.", "Owen Brackley", ["Owen Brackley"]),
    ("Owen Brackley spoke. The Brackley Years festival opened.", "Owen Brackley", ["Owen Brackley"]),
])
def test_compound_mentions(body, name, surfaces):
    assert _people(body).get(name) == surfaces


def test_compound_names_no_one_new():
    assert list(_people("Protesters waved anti-Ravensworth signs during the Brackley years.")) == []
