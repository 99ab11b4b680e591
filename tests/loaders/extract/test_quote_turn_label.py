"""A quote inside a Q&A answer, after the answer's own unquoted words ("Kovac: Listen to drivers. “The best ideas
come from the depot.”"), is the answer's speaker's: the person the turn label names, when that label opens another
paragraph too (quotes._turn_label). Made-up transcripts; near misses: a label used once, words between the label
and the quote that name someone or cue other speech, an interviewer's outlet label (no person)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_HEAD = ("Q&A: Marta Kovac on why trams beat buses\nMarta Kovac runs the city's transit authority. We spoke to her "
         "in Zagreb.\nCTR: Why trams?\n")
_TURN = "Kovac: \u201cBecause they last forty years.\u201d Buses wear out in ten.\nCTR: Any advice for planners?\n"

CASES = [
    (_HEAD + _TURN + "Kovac: Listen to drivers. \u201cThe best ideas come from the depot.\u201d\n", "best ideas",
     "Marta Kovac"),
    (_HEAD + _TURN + "Kovac: Honestly? Patience. \u201cNothing is built in one term.\u201d\nThis interview has been "
     "edited.", "one term", "Marta Kovac"),
    (_HEAD.replace("CTR", "Q") + _TURN.replace("CTR", "Q") + "Kovac: Start small. \u201cOne line, done well.\u201d\n",
     "done well", "Marta Kovac"),
    # (a speech verb's bare form in the answer's own words is advice, not someone's speech)
    (_HEAD + _TURN + "Kovac: Hire people who argue with you. \u201cA yes-man never fixed a timetable.\u201d\n",
     "yes-man", "Marta Kovac"),
    # near misses

    # (the label opens this paragraph only)
    (_HEAD + "Kovac: Listen to drivers. \u201cThe best ideas come from the depot.\u201d\n", "best ideas", None),
    # (someone else named between the label and the quote)
    (_HEAD + _TURN + "Kovac: Ask Ivo Horvat, our chief engineer. \u201cThe best ideas come from the depot.\u201d\n",
     "best ideas", "not Marta Kovac"),
    # (another speech cue between: the words quoted are someone's told)
    (_HEAD + _TURN + "Kovac: A driver once told me this. \u201cThe best ideas come from the depot.\u201d\n",
     "best ideas", "not Marta Kovac"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_quote_in_an_answer_is_the_turn_speakers(text, words, speaker):
    quote = quote_with(text, words)
    if speaker and speaker.startswith("not "):
        assert quote.speaker_name != speaker[4:]
    else:
        assert quote.speaker_name == speaker
