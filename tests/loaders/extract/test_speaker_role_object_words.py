"""A description headed by the word that ends a role's prepositional object ("a spokesperson for the Flood Relief
Centre" … "the centre said") names that body, never the person who speaks for it; the role's own head still finds
the person ("the spokesperson said"), and so do roles whose head is before the preposition. Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    quote = quote_with(text, words)
    return quote.speaker_name, quote.speaker_label


BODY = [
    # (text, quoted words, a person's name who must NOT be the speaker)
    ('Sipho Khumalo, a spokesperson for the Northern Flood Relief Centre, said 200 families had moved.\n'
     'The centre said in a statement that six villages had been "badly hit".', "badly hit", "Sipho Khumalo"),
    ('Greta Lund, a spokeswoman for the Harbour Pilots Bureau, spoke on Tuesday.\n'
     '"Two ships ran aground overnight," the bureau said.', "Two ships", "Greta Lund"),
    ('Omar Faris, an adviser to the Coastal Water Trust, visited the dam.\n'
     '"The reservoir is at nine percent," the trust said.', "reservoir", "Omar Faris"),
]

BODY += [
    ('Ravi Das, head of the city fraud unit, gave evidence.\n"Forty cases are open," the unit said.', "Forty cases",
     "Ravi Das"),
]

PERSON = [
    # near misses ("a mother of three" is still "the mother of three": the object names no body)
    ('Ana Lind, a mother of three, lost her home in the flood.\n"We have nothing left," the mother of three said.',
     "nothing left", "Ana Lind"),
    # the role's own head, or a head before its preposition, is still the person
    ('Sipho Khumalo, a spokesperson for the Northern Flood Relief Centre, said 200 families had moved.\n'
     '"The river is still rising," the spokesperson said.', "river", "Sipho Khumalo"),
    ('Lena Ortiz, director of the Kestel Science Centre, opened the hall.\n'
     '"Children can touch everything here," the director said.', "Children", "Lena Ortiz"),
    ('Mira Sand, head of the Harbour Pilots Bureau, spoke on Tuesday.\n'
     '"Two ships ran aground overnight," the bureau head said.', "Two ships", "Mira Sand"),
    ('Tomas Berg, the harbour master, spoke on Tuesday.\n'
     '"Two ships ran aground overnight," the harbour master said.', "Two ships", "Tomas Berg"),
    ('Karl Moss, the Lakers centre, scored 30 points.\n'
     '"We played as a team tonight," Moss said.', "We played", "Karl Moss"),
]


@pytest.mark.parametrize("text,words,person", BODY)
def test_body_named_by_the_roles_object_is_no_person(text, words, person):
    name, label = _speaker(text, words)
    assert name != person and label


@pytest.mark.parametrize("text,words,person", PERSON)
def test_roles_own_head_still_finds_the_person(text, words, person):
    assert _speaker(text, words)[0] == person
