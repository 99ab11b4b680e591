"""People step, round 39 (review of peopleR38; made-up snippets and a made-up registry): a later "the president" /
"the governor" is not the titled person's when another holder of that head is written without a name between them:
a longer title ("The President of the Tennis Club", "The governor of Ostland"), a capitalised modifier the holder's
title lacks ("The Ostlandic president"), or a possessive pronoun ("Its president"). Near misses beside each: the
holder's own modifier, a longer title followed by its holder's name, the other holder written before the titled
person. A registry person's offices alone give no description (the registry office reading was removed): a
president named in passing or as an object gets none."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Office, PersonEntry, Registry

_REGISTRY = Registry(people=(
    PersonEntry("Dov Harlacher", country="Vestland", offices=(Office("President", start=date(2009, 1, 20)),)),
))


def _descriptions(body: str, registry: Registry = Registry()) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2019, 5, 1))
    return {person.name: {m.role.casefold() for m in person.mentions if is_description(m)}
            for person in extract_people(article, registry)}


@pytest.mark.parametrize(("body", "description"), [
    ("President Dov Harlacher spoke in Tamsk. The President of the Tennis Club thanked him.\n\nThe president said "
     "jobs would come.", "the president"),
    ("President Dov Harlacher spoke in Tamsk. The Ostlandic president met farmers.\n\nThe president said jobs "
     "would come.", "the president"),
    ("President Dov Harlacher spoke in Tamsk. The president of Ostland met farmers.\n\nThe president said jobs "
     "would come.", "the president"),
    ("President Dov Harlacher toured Brisco Mills. Its president showed him around.\n\nThe president said jobs "
     "would come.", "the president"),
    ("Gov. Nils Brandt met farmers. The Governor of the Reserve Bank sent a letter.\n\nThe governor said it was "
     "fair.", "the governor"),
    ("Gov. Nils Brandt met farmers. Their governor sent a letter.\n\nThe governor said it was fair.",
     "the governor"),
    ("Gov. Nils Brandt met farmers. The Ostlandic governor sent a letter.\n\nThe governor said it was fair.",
     "the governor"),
    ("Gov. Nils Brandt met farmers. The governor of Ostland sent a letter.\n\nThe governor said it was fair.",
     "the governor"),
])
def test_unnamed_holder_blocks_the_description(body, description):
    assert all(description not in roles for roles in _descriptions(body).values())


@pytest.mark.parametrize(("body", "name", "description"), [
    # a plural, or a title followed by its holder's name
    ("Gov. Nils Brandt met the Board of Governors of the bank.\n\nThe governor said it was fair.",
     "Nils Brandt", "the governor"),
    ("Gov. Nils Brandt met farmers. Their governor, Gov. Ray Dunn, sent a letter.\n\nThe governor said it was "
     "fair.", "Nils Brandt", None),
    # the other holder written before the titled person
    ("Their governor sent a letter. Gov. Nils Brandt met farmers.\n\nThe governor said it was fair.",
     "Nils Brandt", "the governor"),
    ("The Governor of the Reserve Bank sent a letter. Gov. Nils Brandt met farmers.\n\nThe governor said it was "
     "fair.", "Nils Brandt", "the governor"),
    # no holder at all
    ("Gov. Nils Brandt met farmers. The governorship race is open.\n\nThe governor said it was fair.",
     "Nils Brandt", "the governor"),
    ("Gov. Nils Brandt met farmers. Ostland's governor sent a letter.\n\nThe governor said it was fair.",
     "Nils Brandt", None),
])
def test_the_description_joins_its_holder(body, name, description):
    found = _descriptions(body)[name]
    if description is None:
        assert "the governor" not in found
    else:
        assert description in found


@pytest.mark.parametrize("body", [
    "Barack Obama spoke in Ohio. The President of the Rotary Club thanked him.\n\nThe president said jobs would come.",
    "Dov Harlacher spoke in Tamsk. The Ostlandic president met farmers.\n\nThe president said jobs would come.",
    "Dov Harlacher toured Brisco Mills. Its president showed him around.\n\nThe president said jobs would come.",
    "Ray Dunn, a teacher, once met Dov Harlacher in Tamsk.\n\nThe president said jobs would come.",
    "Ray Dunn read Dov Harlacher's letter to the class.\n\nThe president said jobs would come.",
    "Ray Dunn said Dov Harlacher had called. Ann Lee said Dov Harlacher had written.\n\nThe president said jobs "
    "would come.",
])
def test_registry_offices_alone_give_no_description(body):
    assert all("the president" not in roles for roles in _descriptions(body, _REGISTRY).values())
