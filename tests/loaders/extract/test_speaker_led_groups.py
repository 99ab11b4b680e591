"""A named person coordinated with the group they lead ("Ana Lind and her team reported that …", "Karl Moss and his
lawyers said …") is the speaker: the phrase read back from the verb holds only "her team", which speaks through
the person named before the "and". A group not after a name, a body's staff, two named people, and a group that
is no one's team keep their old readings. Also: a medium's place of origin before "that" ("said in a statement
from Geneva that …") still opens a reported clause. Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_name, q.speaker_label) for q in quotes_of(text)]


LEAD = [
    ('Dr Hana Sato and her team reported that the vaccine cut infections by half in the trial.', "vaccine",
     "Hana Sato"),
    ('Tomas Berg and his team said that "the engine is ready for June".', "engine", "Tomas Berg"),
    ('Karl Moss and his lawyers said the ruling would be appealed within a month.', "ruling", "Karl Moss"),
    ('Hana Sato said in a statement from Geneva that the outbreak in the north was contained.', "outbreak",
     "Hana Sato"),
    ('Karl Moss said in an interview from his office in Lyon on Friday that the deal was dead.', "deal",
     "Karl Moss"),
]

NOT_LEAD = [
    # (text, quoted words, the person who must not be read as the speaker)
    # the group after a body, not a person
    ('Tomas Berg spoke on Monday. The board and its staff said that "the engine is ready for June".', "engine",
     "Tomas Berg"),
    # the group opens the sentence: no name before its "and" (the pronoun's own reading is another rule's)
    ('Ana Lind met Tomas Berg on Monday. Their aides said that "the engine is ready for June".', "engine",
     "Tomas Berg"),
    # a group noun that is no team of the person's ("his critics")
    ('Tomas Berg spoke on Monday. Ana Lind and his critics agreed that "the engine is ready for June".', "engine",
     "Ana Lind"),
    # a name inside quotes is no subject
    ('The letter named "Tomas Berg" and his team said that "the engine is ready for June".', "engine",
     "Tomas Berg"),
    # a name not right before the "and"
    ('Tomas Berg met the press, and his team said that "the engine is ready for June".', "engine", "Tomas Berg"),
]


@pytest.mark.parametrize("text,words,person", LEAD)
def test_group_speaks_through_its_lead(text, words, person):
    found = [row for row in _found(text) if words in row[1]]
    assert found and all(row[2] == person for row in found), found


@pytest.mark.parametrize("text,words,person", NOT_LEAD)
def test_no_lead_no_person(text, words, person):
    found = [row for row in _found(text) if words in row[1]]
    assert all(row[2] != person for row in found), found
