"""People step, round 37 (made-up snippets): a later "the <head>" stands for the one person whose title is a word
the synonym table lets that head stand for (`ROLE_SYNONYMS`): "the governor" for "Gov. X", "the judge" for "Justice
X", "the envoy" for "Ambassador X", "the Cork boss" for "Cork manager X". Near misses: two people it fits, a
modifier the holder's title lacks, the synonym not at the title's end ("Justice Minister X" is no judge), a head
left out of the synonym reading ("the Kesh leader" for a president), a quotation, a description before the title."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {m.role.casefold() for m in person.mentions if is_description(m)}
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "description"), [
    ("Gov. Corliss Vandermeer signed the budget on Monday. Lawmakers cheered.\n\nThe governor said taxes would "
     "not rise.", "Corliss Vandermeer", "the governor"),
    ("Justice Orla Brennock dismissed the appeal on Friday.\n\nIn a long ruling, the judge said the council had "
     "acted lawfully.", "Orla Brennock", "the judge"),
    ("Ambassador Tiberio Nwankwo-Lisle met the traders in Accra.\n\nThe envoy said new visas would follow.",
     "Tiberio Nwankwo-Lisle", "the envoy"),
    ("Kilrush manager Padraig Onslow named an unchanged side.\n\nThe Kilrush boss said his players were fit.",
     "Padraig Onslow", "the kilrush boss"),
])
def test_synonym_description_joins_its_holder(body, name, description):
    assert description in _descriptions(body)[name]


@pytest.mark.parametrize(("body", "description"), [
    # two holders it fits
    ("Gov. Corliss Vandermeer and Gov. Amadea Klint signed the pact.\n\nThe governor said taxes would not rise.",
     "the governor"),
    ("Ambassador Tiberio Nwankwo-Lisle and Ambassador Renske Daalhuis met the traders.\n\nThe envoy said visas "
     "would follow.", "the envoy"),
    # a modifier the holder's title lacks
    ("Kilrush manager Padraig Onslow named an unchanged side.\n\nThe Ennis boss said his players were fit.",
     "the ennis boss"),
    # the synonym not at the title's end
    ("Justice Minister Orla Brennock defended the bill on Friday.\n\nIn a long ruling, the judge said the law "
     "stood.", "the judge"),
    # a head left out of the synonym reading
    ("Kesh President Valdor Amunsen arrived on Sunday.\n\nThe Kesh leader said the talks went well.",
     "the kesh leader"),
    # inside a quotation
    ("Gov. Corliss Vandermeer signed the budget.\n\n“The governor never listens,” said a teacher.", "the governor"),
    # before the title was given
    ("The governor was late. Gov. Corliss Vandermeer signed the budget on Monday.", "the governor"),
])
def test_synonym_description_not_attached(body, description):
    assert all(description not in roles for roles in _descriptions(body).values())
