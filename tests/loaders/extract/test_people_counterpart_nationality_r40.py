"""People step, round 40 (made-up snippets, written before the change): a later "the <nationality> minister" is told
apart by its nationality: a counterpart of another nationality ("his Velmoran counterpart X") no longer hides the
titled holder it fits ("Ostland Foreign Minister Y ... The Ostland minister said"), and a counterpart whose own
words carry the description's nationality is the one it names ("his Velmoran counterpart X ... the Velmoran
minister"). Near misses: a description with no nationality, two counterparts of that nationality, a nationality
neither holds."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name: {m.surface for m in p.mentions if is_description(m)} for p in extract_people(article, Registry())}


_TALKS = ("Talks were held in Karvik between Danish Foreign Minister Jens Holmvik and his Polish counterpart Marek "
          "Zielak, who is on a visit.\n\nThe two ministers signed a memorandum.\n\n")


@pytest.mark.parametrize(("body", "name", "description"), [
    (_TALKS + "The Danish minister said the port would grow.", "Jens Holmvik", "The Danish minister"),
    (_TALKS + "The Polish minister said the port would grow.", "Marek Zielak", "The Polish minister"),
])
def test_nationality_tells_the_holders_apart(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description"), [
    # no nationality: either minister
    (_TALKS + "The minister said the port would grow.", "The minister"),
    # a nationality neither holds
    (_TALKS + "The Swedish minister said the port would grow.", "The Swedish minister"),
    # two counterparts of that nationality
    ("Danish Foreign Minister Jens Holmvik met his Polish counterpart Marek Zielak and, later, his Polish "
     "counterpart Ewa Dobrak.\n\nThe Polish minister said the port would grow.", "The Polish minister"),
])
def test_no_holder_told_apart(body, description):
    assert all(description not in found for found in _descriptions(body).values())
