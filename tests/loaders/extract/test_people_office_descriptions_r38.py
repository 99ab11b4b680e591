"""People step, round 38 (review of peopleR37; made-up snippets and a made-up registry): the registry office
description ("the former president" / "the president") is not taken when "former" names an office the person holds
again that day, when another holder of the title is written without a name between the person and the
description ("Ruritania's president", "the club's president", "a president"; "Ostland's governor" for a
"Gov. X" too), when another registry person's title begins with it ("President of the Coastal Authority"), nor by
a person named only in passing inside another's clause ("a letter X had sent"). Hits beside each near miss."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import ArticleRecord
from loaders.registry import Office, PersonEntry, Registry

_REGISTRY = Registry(people=(
    PersonEntry("Dov Harlacher", country="Vestland", offices=(Office("President", start=date(2009, 1, 20)),)),
    PersonEntry("Tamsin Oakheart", country="Vestland", offices=(
        Office("President", start=date(2001, 1, 20), end=date(2005, 1, 20)),
        Office("President", start=date(2017, 1, 20)))),
    PersonEntry("Emre Salvik", country="Ostmark", offices=(
        Office("President of the Coastal Authority", start=date(2005, 1, 15)),)),
    PersonEntry("Ola Brisk", country="Ostmark", offices=(Office("Prime Minister", start=date(2010, 1, 1)),)),
))


def _descriptions(body: str, day: date | None = date(2019, 5, 1)) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, published_on=day)
    return {person.name: {m.role.casefold() for m in person.mentions if is_description(m)}
            for person in extract_people(article, _REGISTRY)}


@pytest.mark.parametrize(("body", "description", "day"), [
    # "former" for a title held again that day
    ("Tamsin Oakheart signed the order.\n\nThe former president said it would save jobs.", "the former president",
     date(2019, 5, 1)),
    # another holder of the title written without a name between the person and the description
    ("Dov Harlacher's letter was read out. Ruritania's president met farmers.\n\nThe president said it was fair.",
     "the president", date(2019, 5, 1)),
    ("Dov Harlacher's letter was read out. The club's president thanked the fans.\n\nThe president said it was "
     "fair.", "the president", date(2019, 5, 1)),
    ("Dov Harlacher spoke first. Then a president of a small nation rose.\n\nThe president said it was fair.",
     "the president", date(2019, 5, 1)),
    ("Gov. Nils Brandt met farmers. Ostland's governor sent a letter.\n\nThe governor said it was fair.",
     "the governor", date(2019, 5, 1)),
    # another registry person whose title begins with it
    ("Dov Harlacher met Emre Salvik.\n\nThe president said talks would resume.", "the president", date(2019, 5, 1)),
    # named only in passing, inside another's clause
    ("Club chairman Ray Dunn read a letter Dov Harlacher had sent years ago.\n\nThe president said a new stadium "
     "was planned.", "the president", date(2019, 5, 1)),
    ("Ray Dunn said Dov Harlacher had once written to him.\n\nThe president said a new stadium was planned.",
     "the president", date(2019, 5, 1)),
])
def test_office_description_not_attached_r38(body, description, day):
    assert all(description not in roles for roles in _descriptions(body, day).values())


@pytest.mark.parametrize(("body", "name", "description", "day"), [
    # "former" between the two terms
    ("Tamsin Oakheart signed the order.\n\nThe former president said it would save jobs.", "Tamsin Oakheart",
     "the former president", date(2012, 5, 1)),
    # the unnamed holder written before the person, or no holder at all ("presidential")
    ("Ruritania's president met farmers. Dov Harlacher signed the order.\n\nThe president said it was fair.",
     "Dov Harlacher", "the president", date(2019, 5, 1)),
    ("Dov Harlacher signed a presidential order.\n\nThe president said it was fair.", "Dov Harlacher",
     "the president", date(2019, 5, 1)),
    # the holder's own apposition is not another holder
    ("Lia Vorne, the Harbour Clinic’s executive director, spoke first.\n\nThe executive director said it was fair.",
     "Lia Vorne", "the executive director", date(2019, 5, 1)),
    ("Gov. Nils Brandt met farmers. The governorship race is open.\n\nThe governor said it was fair.",
     "Nils Brandt", "the governor", date(2019, 5, 1)),
    # another registry person with another title
    ("Dov Harlacher met Ola Brisk.\n\nThe president said talks would resume.", "Dov Harlacher", "the president",
     date(2019, 5, 1)),
    # the person's own sentence, or the subject of the clause
    ("Club chairman Ray Dunn read a letter. Dov Harlacher had sent it years ago.\n\nThe president said a new "
     "stadium was planned.", "Dov Harlacher", "the president", date(2019, 5, 1)),
    ("Dov Harlacher read a letter Ray Dunn had sent.\n\nThe president said a new stadium was planned.",
     "Dov Harlacher", "the president", date(2019, 5, 1)),
    ("Dov Harlacher met Ray Dunn in March.\n\nThe president said a new stadium was planned.",
     "Dov Harlacher", "the president", date(2019, 5, 1)),
    # named once after someone else, but not as a clause's subject
    ("Ray Dunn read the emails related to Dov Harlacher.\n\nThe president said a new stadium was planned.",
     "Dov Harlacher", "the president", date(2019, 5, 1)),
])
def test_office_description_joins_its_holder_r38(body, name, description, day):
    assert description in _descriptions(body, day)[name]
