"""Who is who: another name of several words the article gives someone right after their full name — a kunya or
a nickname "known (in the village) as Abu Samir", or standing alone in brackets "Karim Haddad (Abu Samir)" — is
that person's, when it is a person of the people step; quotes it attributes are the full-named person's.
Made-up rows; near misses where the words after the name are someone else, a place or a body stay as they are."""
from unittest.mock import patch

import pytest

from loaders.extract.people import extract_people
from loaders.extract.speaker_aliases import alias_owners
from loaders.records import ArticleRecord
from loaders.registry import Registry

from tests.loaders.extract.quote_steps import speakers_of


def _owners(text: str, merged: bool = True) -> dict[str, str]:
    """The people step merges the other name's mentions into the full-named person: read the aliases off the
    people before that merge (the short name still a person of its own). Names the people step already takes as
    the person's own before it (its own "known as" patterns, on main since the people rounds) count too unless
    `merged` is false (the speakers' own rule alone, for near misses)."""
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    with patch("loaders.extract.people.alias_owners", return_value={}):
        people = extract_people(article, Registry())
    owners = alias_owners(text, people)
    for person in people if merged else ():
        for mention in person.mentions:
            written = text[mention.start:mention.end]
            if len(written.split()) > 1 and written != person.name:
                owners.setdefault(written, person.name)
    return owners


_BAKERY = ("At dawn, Karim Haddad, known in the village as Abu Samir, lit the oven.\n"
           "“Forty years I bake here,” Abu Samir said.\n"
           "Abu Samir said the flour had come from Homs.\n")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        ("Forty years I bake here", "Karim Haddad"),
        ("the flour had come from Homs", "Karim Haddad"),
    ],
)
def test_a_name_known_as_is_the_full_named_person(quote, speaker):
    assert speakers_of(_BAKERY).get(quote) == speaker


@pytest.mark.parametrize(
    "text, short, owner",
    [
        # "known in the village as" a kunya
        ("At dawn, Karim Haddad, known in the village as Abu Samir, lit the oven. “Hot,” Abu Samir said.",
         "Abu Samir", "Karim Haddad"),
        # "known to everyone as", "better known as"
        ("Layla Nasser, known to everyone as Umm Omar, sells bread. “Fresh,” Umm Omar said.",
         "Umm Omar", "Layla Nasser"),
        ("Pedro Alves, better known as Seu Pedrinho, runs the bar. “Cold beer,” Seu Pedrinho said.",
         "Seu Pedrinho", "Pedro Alves"),
        # two words standing alone in brackets (a photo caption)
        ("Karim Haddad (Abu Samir) checks the oven. “Hot,” Abu Samir said.", "Abu Samir", "Karim Haddad"),
    ],
)
def test_several_word_names_given_after_a_full_name(text, short, owner):
    assert _owners(text).get(short) == owner


@pytest.mark.parametrize(
    "text, short",
    [
        # someone else met after a comma: no mark of a name the person goes by
        ("Karim Haddad, Abu Samir and two sons lit the oven. “Hot,” Abu Samir said.", "Abu Samir"),
        # "known as" naming a place or a body, not a person of the people step
        ("Karim Haddad, known in the village as Sheikh Najjar Bakery's owner, lit the oven.", "Sheikh Najjar"),
        # the other name used before the full name: somebody's own
        ("Abu Samir came first. Later Karim Haddad, known as Abu Samir, lit the oven. “Hot,” Abu Samir said.",
         "Abu Samir"),
        # brackets holding a two-word person who is not alone in them
        ("Karim Haddad (with Abu Samir) checks the oven. “Hot,” Abu Samir said.", "Abu Samir"),
        # "known as" after a description, not right after the name
        ("Karim Haddad met the baker in Hama, known as Abu Samir. “Hot,” Abu Samir said.", "Abu Samir"),
    ],
)
def test_near_misses_keep_their_own_name(text, short):
    assert short not in _owners(text, merged=False)
