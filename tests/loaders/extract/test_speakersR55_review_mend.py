"""Mend of the speakersR52 round-R54 review (made-up rows). (1) Initials in brackets, then a time phrase ("this
morning", "this week", "on Monday"), then a determiner opening a new subject ("the minister"): the bracket closes a
prepositional object and the subject is the phrase after the time, as with no time at all; a time phrase followed by
the verb still leaves the whole body as the label. (2) The "known as" qualifiers come from the one table
`lexicon.KNOWN_AS_QUALIFIERS` (the people step's too)."""
import pytest

from loaders.extract import speaker_aliases
from loaders.extract.data.lexicon import KNOWN_AS_QUALIFIERS
from tests.loaders.extract.quote_steps import speakers_of

_MOSS = "Works Minister Karl Moss met the board. "

# (1) a time phrase between the bracket and a new subject
_TIME_SUBJECT_HITS = [
    (_MOSS + "In a letter to the Statistics Office (PSO) this morning the minister said prices “rose far too fast”.",
     "Karl Moss"),
    (_MOSS + "In a letter to the Statistics Office (PSO) this week the minister said prices “rose far too fast”.",
     "Karl Moss"),
    (_MOSS + "In a note to the Harbour Authority (HBA) on Monday the minister said the pier “will not reopen soon”.",
     "Karl Moss"),
    ("In a letter to the Water Board (NWB) last month a spokesman said the reservoir was “close to empty”.",
     "a spokesman"),
]
_TIME_SUBJECT_NEAR = [
    # the time phrase runs straight into the verb: the body's whole name is the label, as before
    (_MOSS + "The Statistics Office (PSO) this morning said prices “rose far too fast”.", "The Statistics Office (PSO)"),
    (_MOSS + "The Harbour Authority (HBA) on Monday said the pier “will not reopen soon”.",
     "The Harbour Authority (HBA)"),
    ("The Water Board (NWB) every month says the reservoir is “close to empty”.", "The Water Board (NWB)"),
    ("The Water Board (NWB) last month warned the reservoir was “close to empty”.", "The Water Board (NWB)"),
    # no time phrase: the determiner after the bracket breaks the phrase, as before
    (_MOSS + "In a letter to the Statistics Office (PSO) the minister said prices “rose far too fast”.", "Karl Moss"),
]


def _said_by(text: str) -> str | None:
    quote = text.split("“")[1].split("”")[0].rstrip(",. ")
    return speakers_of(text).get(quote)


@pytest.mark.parametrize("text, speaker", _TIME_SUBJECT_HITS)
def test_a_new_subject_after_bracketed_initials_and_a_time(text, speaker):
    assert _said_by(text) == speaker


@pytest.mark.parametrize("text, label", _TIME_SUBJECT_NEAR)
def test_a_time_phrase_before_the_verb_keeps_the_body(text, label):
    assert _said_by(text) == label


# (2) one table of "known as" qualifiers
def test_known_as_qualifiers_come_from_the_lexicon():
    for qualifier in KNOWN_AS_QUALIFIERS:
        assert speaker_aliases._KNOWN_AS.match(qualifier + " known as Abu Samir")


@pytest.mark.parametrize("phrase", ["little known as Abu Samir", "not known as Abu Samir", "also a friend of Abu Samir"])
def test_other_words_before_known_as_are_no_qualifier(phrase):
    assert speaker_aliases._KNOWN_AS.match(phrase) is None


@pytest.mark.parametrize("text, speaker", [
    ("At dawn, Karim Haddad, also known as Abu Samir, lit the oven.\n“Hot,” Abu Samir said.\n", "Karim Haddad"),
    ("At dawn, Karim Haddad, commonly known as Abu Samir, lit the oven.\n“Hot,” Abu Samir said.\n", "Karim Haddad"),
    # no "known as": another person
    ("At dawn, Karim Haddad, also a friend of Abu Samir, lit the oven.\n“Hot,” Abu Samir said.\n", "Abu Samir"),
    ("At dawn, Karim Haddad, widely praised by Abu Samir, lit the oven.\n“Hot,” Abu Samir said.\n", "Abu Samir"),
])
def test_a_known_as_name_speaks_as_its_owner(text, speaker):
    assert speakers_of(text).get("Hot") == speaker
