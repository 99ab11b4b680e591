"""People round R25: the review of R23. After "victim"/"survivor"/"guide" a listed given name needs no person's
pronoun after it (only a word no list holds does: "One victim, Maersk,"); an irregular past form right after the
determiner modifies the noun ("The set designer, X,"), and after a noun is a clause's verb in both role paths
("The rains cost rice farmer, X,")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions if m.role]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "names"), [
    # a listed given name after a noun said of firms too: a person's, no pronoun needed
    ("The victim, Maria, was 34. Police said Maria was shot.", ["Maria"]),
    ("One victim, Ahmed, was 34 and a father of three.", ["Ahmed"]),
    ("A survivor, Fatima, said the boat sank.", ["Fatima"]),
    ("The guide, Kofi, said the trail was closed.", ["Kofi"]),
    # near misses: a word no list holds as a given name still needs the pronoun
    ("One victim, Maersk, lost $300 million.", []),
    ("One survivor, Nokia, kept going.", []),
    ("The guide, Michelin, rated it.", []),
    ("The victim, Zorvathine, was 34.", []),
])
def test_given_name_after_a_noun_firms_share(body, names):
    assert sorted(_people(body)) == names


@pytest.mark.parametrize(("body", "people"), [
    # a past form right after the determiner: the noun's modifier
    ("The set designer, Ana Roe, said it was done.", {"Ana Roe": ["set designer"]}),
    ("Rain fell. A shot putter, Ana Roe, won.", {"Ana Roe": ["shot putter"]}),
    ("Rain fell. A lost tourist, Ana Roe, was found.", {"Ana Roe": ["lost tourist"]}),
    # after a noun, the clause's verb, at a sentence's start too
    ("The rains cost rice farmer, Ana Roe, her crop.", {"Ana Roe": []}),
    ("The floods left retired teacher, Ana Roe, homeless.", {"Ana Roe": []}),
    ("The storm hit local farmer, Ana Roe, hard.", {"Ana Roe": []}),
    ("After the storm hit local farmer, Ana Roe, said she lost everything.", {"Ana Roe": []}),
    # near misses: modifiers with no past form keep their role
    ("Rain fell. A local bus driver, Ana Roe, said she waited.", {"Ana Roe": ["local bus driver"]}),
])
def test_past_form_modifies_only_after_the_determiner(body, people):
    assert _people(body) == people
