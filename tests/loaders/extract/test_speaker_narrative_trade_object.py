"""A quote paragraph after one narrative paragraph: a person named there with a trade after a preposition
("built in 1962 by architect Hans Vogel", "according to engineer Ivo Ek", "put to engineer Ivo Ek") may be the
one who speaks next, so such a paragraph does not hand the floor back to the speaker before (the lead's decision
after the speakersR22 review: the rule that read these as bystanders, fe71fea0, was reverted). Made-up text; the
subject and pronoun rows keep their reading."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_BODY = "“The roof leaks,” said Lucia Ferro, the head teacher.\n\n{}\n\n“The children will move to the church hall.”"
_HALL = ("“The old hall is falling down,” said Mayor Lena Marsh on Tuesday.\n\n{}\n\n"
         "“We found cracks in every beam we looked at, and the roof could fall in.”")


def _speaker(text: str, words: str) -> str:
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("narrative", [
    "The hall is unsafe, according to engineer Ivo Ek.",
    "The question was put to engineer Ivo Ek at the meeting.",
    "In an interview with engineer Ivo Ek, the council heard the hall was unsafe.",
])
def test_a_trade_titled_object_may_speak_next(narrative):
    assert _speaker(_HALL.format(narrative), "cracks in every beam") != "Lena Marsh"


@pytest.mark.parametrize("text, words, speaker", [
    (_BODY.format("Architect Hans Vogel built the school in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("The architect Hans Vogel built the school in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("Builder Hans Vogel says the school was built in 1962."), "church hall", "Hans Vogel"),
    (_BODY.format("In 1962 architect Hans Vogel built the school."), "church hall", "L:"),
    (_BODY.format("The school was built in 1962, and architect Hans Vogel still visits it."), "church hall", "L:"),
    # a pronoun's antecedent reads a person named after a preposition as salient
    ("The council heard from banker Ivo Ek on Monday. “The loan is safe,” he said.", "loan is safe", "Ivo Ek"),
    ("The bill was signed by the architect Ivo Ek on Monday. “The plan is safe,” he said.", "plan is safe",
     "Ivo Ek"),
])
def test_a_subject_or_a_pronoun_keeps_its_reading(text, words, speaker):
    assert _speaker(text, words) == speaker
