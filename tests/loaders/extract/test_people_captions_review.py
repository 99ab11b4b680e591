"""People step, the second reviewer's made-up snippets (findings 10 and 11 of issue 9), written before running:
a body line naming a person with a position word ("Ben Shaw (left)", "Maria Gomez, left,") is a caption only when
the line looks like one (short, alone, no past-tense verb, no sentence after it on the line); a person whose whole
name is styles of address and titles is no person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    # finding 11: ordinary body lines keep their people
    (_EK + "The two lawyers, Ben Shaw (left) and Priya Nair, filed the appeal on Tuesday. \"We will win,\" Shaw "
     "said.", {"Ben Shaw", "Priya Nair"}, set()),
    (_EK + "Maria Gomez, left, and Pablo Ruiz, right, both backed the bill, while the centre abstained.",
     {"Maria Gomez", "Pablo Ruiz"}, set()),
    (_EK + "Cole Palmer, right, scored twice, and Nicolas Jackson, left, limped off.",
     {"Cole Palmer", "Nicolas Jackson"}, set()),
    (_EK + "Mayor Ingrid Falk, centre, opened the new bridge on Monday. \"It is a great day,\" Falk said.",
     {"Ingrid Falk"}, set()),
    (_EK + "Mayor Ingrid Falk, centre, opened the new bridge on Monday.\nThe bridge cost 40 million euros.",
     {"Ingrid Falk"}, set()),
    (_EK + "Ben Shaw (left) and Priya Nair filed the appeal, which the court will hear in May.",
     {"Ben Shaw", "Priya Nair"}, set()),
    # a caption-like line whose person the next line takes up with a pronoun or speech is the body's
    (_EK + "Ana Lind, left, speaks at the launch on Monday.\nShe said the plan would cut prices.", {"Ana Lind"},
     set()),
    (_EK + "Ana Lind (left) at the launch on Monday.\n\"The plan will work,\" she said.", {"Ana Lind"}, set()),
    (_EK + "Ana Lind, left, and Jo Roe at the launch on Monday.\nThey said the plan would cut prices.",
     {"Ana Lind", "Jo Roe"}, set()),
    # real captions are still dropped
    (_EK + "Ana Lind, left, and Jo Roe at the launch on Monday.\nPrices rose in May, the grower said.",
     {"Tomas Ek"}, {"Ana Lind", "Jo Roe"}),
    (_EK + "Ana Lind, left, and Jo Roe at the launch on Monday. (Photo: Kestrel News)", {"Tomas Ek"},
     {"Ana Lind", "Jo Roe"}),
    (_EK + "Ana Lind (left) and Jo Roe at the launch on Monday.", {"Tomas Ek"}, {"Ana Lind", "Jo Roe"}),
    (_EK + "Ana Lind, right, speaks to Jo Roe at the launch. Photo: Kestrel News", {"Tomas Ek"},
     {"Ana Lind", "Jo Roe"}),
    (_EK + "Mayor Ingrid Falk, centre, cuts the ribbon on Monday.\n", {"Tomas Ek"}, {"Ingrid Falk"}),
    # finding 10: styles of address and titles alone are no person
    (_EK + "The Honourable Member for Kessel asked a question.", {"Tomas Ek"},
     {"Honourable Member", "The Honourable Member", "Member"}),
    (_EK + "\"The appeal is dismissed,\" said the Right Honourable Lord Chief Justice.", {"Tomas Ek"},
     {"Lord Chief Justice", "Right Honourable Lord Chief Justice", "Honourable Lord Chief Justice",
      "Chief Justice"}),
    (_EK + "The Right Honourable Ann Roe MP said the vote was close.", {"Tomas Ek", "Ann Roe"},
     {"Right Honourable Ann Roe"}),
    (_EK + "The Honourable Member said the bill was flawed.", {"Tomas Ek"}, {"Honourable Member", "Member"}),
    (_EK + "Right Honourable Lord Chief Justice said the appeal failed.", {"Tomas Ek"},
     {"Right Honourable Lord Chief Justice", "Lord Chief Justice", "Justice"}),
    (_EK + "\"The appeal fails,\" the Right Honourable Lord Chief Justice said.", {"Tomas Ek"},
     {"Right Honourable Lord Chief Justice", "Lord Chief Justice", "Justice"}),
    (_EK + "Honourable Member Jo Roe said no.", {"Tomas Ek", "Jo Roe"}, {"Honourable Member Jo Roe"}),
    (_EK + "Her Excellency Ann Roe said the talks went well.", {"Tomas Ek", "Ann Roe"}, set()),
    (_EK + "Lord Chief Justice Ann Roe said the appeal failed.", {"Tomas Ek", "Ann Roe"}, set()),
    (_EK + "Ann Member said the bill was flawed.", {"Tomas Ek", "Ann Member"}, set()),
])
def test_review_snippet(body, present, absent):
    names = _names(body)
    assert present <= names, names
    assert not absent & names, names


def _registry_names(body: str) -> set[str]:
    from loaders.registry import default_registry_dir, load_registry
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, load_registry(default_registry_dir()))}


@pytest.mark.parametrize(("body", "present", "absent"), [
    # a lone given name is no famous person of that surname unless the article names that person in full
    ("Sharon from Dallas called the show. \"I am angry,\" Sharon said.", set(), {"Ariel Sharon"}),
    ("Ariel Sharon visited the settlement on Monday. Sharon said he would return.", {"Ariel Sharon"}, set()),
    ("Former president Jimmy Carter spoke on Monday. Carter said the vote was fair.", {"Jimmy Carter"}, set()),
])
def test_a_lone_given_name_is_no_registry_person(body, present, absent):
    names = _registry_names(body)
    assert present <= names, names
    assert not absent & names, names


def _registry_mentions(body: str) -> dict[str, set[str]]:
    from loaders.registry import default_registry_dir, load_registry
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: {m.surface for m in person.mentions}
            for person in extract_people(article, load_registry(default_registry_dir()))}


@pytest.mark.parametrize(("body", "person", "joins"), [
    # a lone given name joins the registry's person only where the article writes that person's full name
    # together (or titles the given name: "Sir Keir"), not from a surname written apart from it
    ("Boris from Croydon phoned in to complain about the buses. Later, Johnson's spokesman denied the report.",
     "Boris Johnson", False),
    ("Johnson's spokesman denied the report. Boris, a caller from Croydon, said the buses were late.",
     "Boris Johnson", False),
    ("Prime Minister Johnson spoke on Monday. Boris from Croydon phoned in to complain about the buses.",
     "Boris Johnson", False),
    ("Boris Johnson visited Croydon on Monday. Later, Boris said the buses would improve.", "Boris Johnson", True),
    ("Boris said the buses would improve. Boris Johnson visited Croydon on Monday.", "Boris Johnson", True),
    ("Starmer spoke in Leeds on Monday. Later, Sir Keir said the plan would work.", "Keir Starmer", True),
    # the given name right beside the surname is the full name written together, bracket, quotes or comma between
    ("Critics said he was doing [Boris] Johnson's dirty work on the buses.", "Boris Johnson", True),
    ("The list of leavers (see Johnson, Boris) grew on Monday.", "Boris Johnson", True),
    ("The buses were late, said Johnson. Boris from Croydon phoned in to complain.", "Boris Johnson", False),
])
def test_a_lone_given_name_joins_only_a_full_name_written_together(body, person, joins):
    people = _registry_mentions(body)
    assert person in people, people
    assert (person.split()[0] in people[person]) is joins, people
