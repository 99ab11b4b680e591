"""Who holds the floor after a narration paragraph that credits a new person with words or an answer ("The hall is
unsafe, according to engineer Ivo Ek." / "The question was put to Ivo Ek."): the unattributed quote paragraph after
it is that person's, not the speaker quoted before. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_BEFORE = "“The roof was fixed last year,” said mayor Lena Holt.\n\n"
_QUOTE = "\n\n“Nobody has checked the beams since the flood.”"


@pytest.mark.parametrize("middle", [
    "The hall is unsafe, according to engineer Ivo Ek.",
    "According to engineer Ivo Ek, the hall is unsafe.",
    "The hall is unsafe, according to Ivo Ek.",
    "The question was put to engineer Ivo Ek.",
    "At the meeting the question was put to Ivo Ek.",
    "Ivo Ek, the engineer, disagreed.",
    "Engineer Ivo Ek countered that the beams are rotten.",
    "Engineer Ivo Ek objected.",
    "Engineer Ivo Ek was asked about the beams.",
])
def test_the_person_credited_holds_the_floor(middle):
    assert quote_with(_BEFORE + middle + _QUOTE, "beams since").speaker_name == "Ivo Ek"


# Near misses: a paragraph naming the new person without crediting them words gives them no floor.
@pytest.mark.parametrize("middle", [
    "The hall is unsafe, according to a report by engineer Ivo Ek.",
    "The hall is unsafe, according to Ivo Ek's lawyer.",
    "The hall was inspected by engineer Ivo Ek on Monday.",
    "The report by engineer Ivo Ek was published on Monday.",
    "The hall was built according to plans drawn up for Ivo Ek.",
    "The hall is unsafe, according to the council.",
    "The question was put to a vote.",
    "The hall is closed until further notice.",
    "Questions about the beams went unanswered.",
])
def test_no_credit_no_floor(middle):
    assert quote_with(_BEFORE + middle + _QUOTE, "beams since").speaker_name != "Ivo Ek"


def test_a_credited_paragraph_with_a_speaker_after_the_quote_keeps_it():
    text = _BEFORE + "The hall is unsafe, according to engineer Ivo Ek.\n\n" \
        "“Nobody has checked the beams since the flood,” Holt said."
    assert quote_with(text, "beams since").speaker_name == "Lena Holt"


_PHRASE_EXAMPLES = {
    "according to": "The hall is unsafe, according to Ivo Ek.",
    "the question was put to": "On Monday the question was put to Ivo Ek.",
    "the questions were put to": "At the hearing the questions were put to Ivo Ek.",
    "that question was put to": "Later that question was put to Ivo Ek.",
    "put the question to": "Reporters put the question to Ivo Ek.",
}


def test_every_crediting_phrase_has_an_example():
    from loaders.extract.data.speech_verbs import CREDITING_BEFORE_NAME
    assert set(CREDITING_BEFORE_NAME) == set(_PHRASE_EXAMPLES)


@pytest.mark.parametrize("phrase, middle", sorted(_PHRASE_EXAMPLES.items()))
def test_each_crediting_phrase_hands_the_floor(phrase, middle):
    assert phrase in middle.lower()
    assert quote_with(_BEFORE + middle + _QUOTE, "beams since").speaker_name == "Ivo Ek"



# The review of speakersR24: a name going on as a clause's subject, a capitalised run taken for a description, or a
# credit shared by two people hands nobody the floor.
@pytest.mark.parametrize("middle", [
    "According to police records Ivo Ek was arrested in 2019.",
    "According to Census Bureau data Ivo Ek owns the lot.",
    "The hall is unsafe, according to Ivo Ek and Mira Sol.",
])
def test_review_no_floor_for_a_subject_or_a_shared_credit(middle):
    assert quote_with(_BEFORE + middle + _QUOTE, "beams since").speaker_name != "Ivo Ek"
