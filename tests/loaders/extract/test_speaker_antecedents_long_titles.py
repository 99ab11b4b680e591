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


_OPENED = " Mira Dalton opened the clinic in May."


@pytest.mark.parametrize("title, speaker", [
    # hits (speakersR45 review): subject words of a body's name on both sides of "and" ("Trade and Industry"), one
    # person's two titles joined by "and" (a title head before the "of"/"for" and at the end), a chamber's or a
    # division's title; no speech verb, so only the subject's place makes the pronoun hers
    ("Ministry of Trade and Industry Secretary", "Mira Dalton"),
    ("Department of Trade and Industry Deputy Secretary", "Mira Dalton"),
    ("Minister of Trade and Deputy Prime Minister", "Mira Dalton"),
    ("Secretary of State and Deputy Prime Minister", "Mira Dalton"),
    ("Minister for Health and Acting Finance Minister", "Mira Dalton"),
    ("Elm Chamber of Commerce Chair", "Mira Dalton"),
    ("Division of Water Resources Chief", "Mira Dalton"),
    ("Department of Health and Human Services Secretary", "Mira Dalton"),
    ("Minister of Culture and Tourism", "Mira Dalton"),
    # (speakersR46 review) a level of government before a subject word is part of the body's name, no title of
    # her own
    ("Department of Housing and City Planning Director", "Mira Dalton"),
    ("Department of Parks and County Services Director", "Mira Dalton"),
    ("Office of Health and State Services Secretary", "Mira Dalton"),
    # near misses: a body's name ends before "and" (its own word there), and the title after it is a second subject's
    ("The Ministry of Trade and Deputy Prime Minister", "Ana Roe"),
    ("The Port of Elm Growers Association and Deputy Mayor", "Ana Roe"),
    ("The Port of Elm Growers Association and Elm Mayor", "Ana Roe"),
    ("The Elm Chamber of Commerce and State Senator", "Ana Roe"),
    ("The Elm Chamber of Commerce and County Commissioner", "Ana Roe"),
    ("The Division of Water Resources and Deputy Mayor", "Ana Roe"),
    # ... a noun that is no body's or office's word before "of"/"for"
    ("Praise for Elm Chamber Chair", "Ana Roe"),
    ("Criticism of Division Chief", "Ana Roe"),
    ("Support for Trade and Industry Secretary", "Ana Roe"),
    ("Tributes to Elm Port Director", "Ana Roe"),
])
def test_a_long_title_without_a_speech_verb(title, speaker):
    assert speaker_of(_BEFORE + title + _OPENED + _PRONOUN, "a fine start") == speaker
