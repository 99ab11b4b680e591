"""The speech-verb table: one source for every cue list."""
import re

import pytest

from loaders.extract.data import speech_verbs as sv


@pytest.mark.parametrize("role", sorted(sv.ROLES))
def test_every_role_word_is_a_form_of_a_listed_lemma(role):
    unknown = [word for word in sv.ROLES[role] if word not in sv.ALL_FORMS]
    assert not unknown, f"{role}: add the lemma of {unknown} to the table"


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("say", "says", "said", "saying")),
        ("announce", ("announce", "announces", "announced", "announcing")),
        ("quip", ("quip", "quips", "quipped", "quipping")),
        ("insist", ("insist", "insists", "insisted", "insisting")),
        ("dismiss", ("dismiss", "dismisses", "dismissed", "dismissing")),
        ("state", ("stated", "stating")),  # noun-like, and its -s form is a plural noun
        ("express", ("expresses", "expressed", "expressing")),  # noun-like only
        ("tell", ("tells", "told", "telling")),
    ],
)
def test_cue_forms(lemma, forms):
    assert sv.forms(lemma) == forms


def test_cue_words_and_clause_verbs():
    assert {"said", "told", "insisted", "reports"} <= sv.CUE_WORDS
    assert "reports" not in sv.CLAUSE_VERBS and "said" in sv.CLAUSE_VERBS
    assert "condemned" in sv.OBJECT_VERB_FORMS and "said" not in sv.OBJECT_VERB_FORMS


def test_zero_that_verbs_also_take_that():
    assert sv.ZERO_THAT <= set(sv.THAT)


def test_alternation_refuses_an_empty_list():
    with pytest.raises(ValueError):
        sv.alternation([])


def test_alternation():
    assert re.fullmatch(sv.alternation(sv.SENTENCE_INITIAL, capitalise=True), "Said")
    assert sv.longest_first(["say", "says", "said"]) == ["said", "says", "say"]


@pytest.mark.parametrize(
    ("word", "introducing", "cue"),
    [
        ("disagreed", True, False),  # a stance verb introduces a speaker but attributes no quote by itself
        ("dissented", True, False),
        ("shrugged", True, False),  # a gesture before words takes a side too
        ("nodded", True, False),
        ("argued", True, True),
        ("countered", True, True),
        ("appeared", False, False),  # any other verb does neither
        ("resigned", False, False),
    ],
)
def test_introducing_verbs_are_speech_or_stance_verbs(word, introducing, cue):
    assert (word in sv.INTRODUCING, word in sv.CUE_WORDS) == (introducing, cue)
