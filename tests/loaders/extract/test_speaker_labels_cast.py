"""A speaker label that names one person of the article's cast is that person (`speaker_labels`): the label cut at
its first word that is no name ("Okafor later"), an honorific before a surname ("Mr. Okafor"), a surname misspelt
once ("Labbot" for Labott). Near misses keep the label: nobody of that name in the cast, two cast people of one
surname, an honorific of the other gender, a name that modifies a noun, a different name a few letters away that
the article writes again. Made-up texts and casts."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.extract.speaker_labels import cast_person_named_by
from loaders.records import ArticleRecord, PersonRecord
from loaders.registry import Registry

CAST = [PersonRecord("Reince Okafor"), PersonRecord("Elise Labott"), PersonRecord("Michelle Obuya"),
        PersonRecord("Tom Rusk"), PersonRecord("Ella Rusk"), PersonRecord("Marta Lindqvist")]
BODY = "Labott asked. Labott wrote. Labott left. Lindqvist spoke. Lindquist spoke. Lindquist left."


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Okafor later", "Reince Okafor"),
        ("Okafor later Thursday", "Reince Okafor"),
        ("Okafor also", "Reince Okafor"),
        ("Okafor on Thursday", None),                    # a preposition: not among the words that may follow
        ("Reince Okafor later", "Reince Okafor"),
        ("Mr. Okafor", "Reince Okafor"),
        ("Labbot", "Elise Labott"),                      # misspelt once, the cast's spelling written often
        ("Mrs. Obuya", "Michelle Obuya"),
        # near misses
        ("Okafor", None),                                # a bare surname the resolver left as a label: its reasons
        ("Mr. Obuya", None),                             # the honorific's gender is not hers
        ("Mr. Rusk", "Tom Rusk"),                        # of two Rusks, the honorific's gender tells which
        ("Dr. Rusk", None),                              # two cast people of one surname, nothing tells which
        ("Rusk later", None),
        ("The Okafor campaign", None),                   # the name modifies a noun
        ("Okafor campaign", None),
        ("Okafor and Labott", None),
        ("Bea Okafor later", None),                      # another first name: another person
        ("Nadia Kessler later", None),                   # nobody of that name in the cast
        ("Lindquist", None),                             # a near spelling the article writes again: someone else
        ("Labotts", None),                               # the surname and an "s": a family or a firm
        ("Labbot's team", None),
        ("Band member Okafor", None),                    # a lowercase role between: not a name run alone
    ],
)
def test_a_label_naming_one_cast_person_is_that_person(label, expected):
    person = cast_person_named_by(label, CAST, BODY)
    assert (person.name if person else None) == expected


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Party chairman Reince Okafor met donors on Monday. Okafor said the race was close.\n\n"
         "Okafor later Thursday told reporters: “Both candidates will meet next week.”", "Reince Okafor", None),
        ("Reporter Elise Labott asked the minister. Labott pressed him. Labott wrote it down.\n\n"
         "“She was great. Well done,” Labbot said to an aide.", "Elise Labott", None),
        # near misses: a name a few letters away that is another word, two Rusks, a campaign
        ("Reporter Elise Labott asked the minister. Labott pressed him. Labott wrote it down.\n\n"
         "“She was great. Well done,” Lambert said to an aide.", None, "Lambert"),
        ("Tom Rusk and Ella Rusk spoke at the rally. Rusk later Thursday told reporters: “We will win.”",
         None, "Rusk later"),
        ("Party chairman Reince Okafor met donors. The Okafor campaign later told reporters: “We will win.”",
         None, "The Okafor campaign"),
    ],
)
def test_extracted_speaker_of_a_label_naming_the_cast(text, name, label):
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=text, body=text)
    people = extract_people(article, Registry())
    direct = [q for q in extract_quotes(article, people, Registry()) if q.kind == "direct"]
    assert [(q.speaker_name, q.speaker_label) for q in direct] == [(name, label)]
