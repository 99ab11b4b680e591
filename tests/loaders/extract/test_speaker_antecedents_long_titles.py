"""A person named after a long capitalised title holding "of" or "and" ("Kent Valley College of Arts and Sciences
Dean Mira Dalton said …") is the subject opening the sentence: a "She" after it is hers, not the one named before
(speakersR44). Near misses: the title after a verb or preposition, or another person before her ("Roe of Elm and Ash
Authority Director Mira Dalton met") keep her out of the subject's place. Made-up text; expectations written
first."""
import pytest

from tests.loaders.extract.test_speaker_stress import speaker_of

_BEFORE = ("\"The town waited long enough,\" said Harbour Trust Chair Ana Roe, PhD. \"This keeps them here.\"\n\n"
           "Roe said the trust would pay for the first three years.\n\n")
_PRONOUN = " She called the plan \"a fine start for the valley.\""


@pytest.mark.parametrize("text, speaker", [
    # hits: a capitalised title with "of"/"and" inside it, then the name, then the verb
    (_BEFORE + "Kent Valley College of Arts and Sciences Dean Mira Dalton, Ph.D., said the college would add seats."
     + _PRONOUN, "Mira Dalton"),
    (_BEFORE + "Port of Elm and Ash Authority Director Mira Dalton said the port would add berths." + _PRONOUN,
     "Mira Dalton"),
    (_BEFORE + "Elm County Department of Health Director Mira Dalton said the clinic would open." + _PRONOUN,
     "Mira Dalton"),
    (_BEFORE + "Port of Elm Director Mira Dalton said the port would add berths." + _PRONOUN, "Mira Dalton"),
    (_BEFORE + "Ministry of Trade and Industry Secretary Mira Dalton said the port would add berths." + _PRONOUN,
     "Mira Dalton"),
    # near misses: the long title stands after a verb or preposition, or another person opens the sentence: she is
    # no subject, the pronoun is the earlier speaker's
    (_BEFORE + "Grants went to Elm and Ash Authority Director Mira Dalton in May." + _PRONOUN, "Ana Roe"),
    (_BEFORE + "Grants went to Elm and Ash Authority Director Mira Dalton, Ph.D., in May." + _PRONOUN, "Ana Roe"),
    (_BEFORE + "Roe of Elm and Ash Authority Director Mira Dalton, Ph.D., met in May." + _PRONOUN, "Ana Roe"),
    (_BEFORE + "Roe and Elm and Ash Authority Director Mira Dalton, Ph.D., met in May." + _PRONOUN, "Ana Roe"),
    # ... a body and a person joined by "and" are two subjects, not one title
    (_BEFORE + "The Port of Elm Growers Association and Senator Mira Dalton, Ph.D., met in May." + _PRONOUN,
     "Ana Roe"),
    (_BEFORE + "Roe of Elm and Ash Authority Director Mira Dalton met in May." + _PRONOUN, "Ana Roe"),
    # (speakersR44 review: a sentence-opening noun before "of"/"for", a title of her own after "and")
    (_BEFORE + "Praise for Elm and Ash County Commissioner Mira Dalton came quickly." + _PRONOUN, "Ana Roe"),
    (_BEFORE + "Criticism of Port of Elm Director Mira Dalton grew in May." + _PRONOUN, "Ana Roe"),
    (_BEFORE + "The Port of Elm Growers Association and State Senator Mira Dalton met in May." + _PRONOUN,
     "Ana Roe"),
])
def test_a_long_title_before_the_name_keeps_her_the_subject(text, speaker):
    assert speaker_of(text, "a fine start") == speaker
