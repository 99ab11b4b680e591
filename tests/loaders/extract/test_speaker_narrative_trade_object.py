"""A quote paragraph after one narrative paragraph goes on quoting the speaker before when that paragraph names
someone only as an object: also one written with a trade (and its determiner) between the preposition and the
name ("built in 1962 by architect Hans Vogel", "for banker Ivo Ek"). Made-up text; near misses (the trade-titled
person as the paragraph's subject, a time phrase before the name, a clause of their own, a pronoun's antecedent)
keep their reading."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_BODY = "“The roof leaks,” said Lucia Ferro, the head teacher.\n\n{}\n\n“The children will move to the church hall.”"


def _speaker(text: str, words: str) -> str:
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("narrative", [
    "The school was built in 1962 by architect Hans Vogel.",
    "The school was built in 1962 by the architect Hans Vogel.",
    "The school was built in 1962 for banker Hans Vogel.",
])
def test_a_trade_titled_object_hands_nobody_the_floor(narrative):
    assert _speaker(_BODY.format(narrative), "church hall") == "Lucia Ferro"


@pytest.mark.parametrize("text, words, speaker", [
    (_BODY.format("Architect Hans Vogel built the school in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("The architect Hans Vogel built the school in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("Builder Hans Vogel says the school was built in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("In 1962 architect Hans Vogel built the school."), "church hall", "L:"),
    (_BODY.format("The school was built in 1962, and architect Hans Vogel still visits it."), "church hall", "L:"),
    # a pronoun's antecedent still reads a person named after a preposition as salient
    ("The council heard from banker Ivo Ek on Monday. “The loan is safe,” he said.", "loan is safe", "Ivo Ek"),
    ("The bill was signed by the architect Ivo Ek on Monday. “The plan is safe,” he said.", "plan is safe",
     "Ivo Ek"),
])
def test_a_subject_or_a_pronoun_keeps_its_reading(text, words, speaker):
    assert _speaker(text, words) == speaker
