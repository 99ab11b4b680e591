"""Speaker mechanisms found missing on the fresh7/fresh8 tune pages (round 3), one made-up table row each,
written with the expected speaker before the rule: a transcript's answer running on past a paragraph break, a
pronoun that goes on from a description in the sentence before, honorifics written with a full stop."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import _NP_STOP, extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _quotes(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. "): q.speaker_name or q.speaker_label for q in quotes}


_TRANSCRIPT = ("The Varna lagoon shrank again this summer. We spoke to the ecologist Irena Podolska about it.\n\n"
               "VRI: Was this summer unusual?\n\n"
               "Irena Podolska: Not any more. It is the fourth dry summer in ten years.\n\n"
               "The reeds on the north shore dry out first, and the birds leave with them.\n\n"
               "Voice of the Reeds: Farmers say the meadows must be drained.\n\n"
               "Irena Podolska: They said so in 1990 too.\n\n"
               "VRI: What can be done?\n\n"
               "Irena Podolska: Stop draining the meadows. It is cheap and it works.\n\n"
               "The lagoon authority will publish its survey in October.")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        # a paragraph between an answer and the next turn is still the answer, first person or not
        ("The reeds on the north shore dry out first, and the birds leave with them", "Irena Podolska"),
        ("Not any more. It is the fourth dry summer in ten years", "Irena Podolska"),
        # an interviewer's label with a lowercase word is a turn too, no answer going on
        ("Farmers say the meadows must be drained", None),
        # ... but the editor's closing line after the last turn is no answer
        ("The lagoon authority will publish its survey in October", None),
    ],
)
def test_an_answer_runs_on_to_the_next_turn(quote, speaker):
    assert _quotes(_TRANSCRIPT).get(quote) == speaker


def test_a_pronoun_goes_on_from_the_description_in_the_sentence_before():
    # "When I met the mayor, he asked me. He told me, '…'": the second "he" is still the mayor, named long before
    text = ("Mayor Tomas Vrba opened the canal in 2019. The water came back. The boats came back. The cafes opened. "
            "Then the drought came. The canal dried. The boats left. We spoke to the ecologist Irena Podolska.\n\n"
            "VRI: Did the town ask you?\n\n"
            "Irena Podolska: Yes. We met often. It was a long year.\n\n"
            "When I met the mayor in May, he asked me what to do. He told me, \"Give me a plan I can sell to the "
            "council.\" I had none.\n\n"
            "VRI: And now?\n\n"
            "Irena Podolska: Now we wait for rain.")
    assert _quotes(text).get("Give me a plan I can sell to the council") == "Tomas Vrba"


@pytest.mark.parametrize(
    "phrase, stop",
    [
        # the full stop of a dotted honorific ends no speaker's phrase: the phrase runs on to the time
        ("said Hon. Tawanda Moyo on Monday", " on"),
        ("said Engr. Bola Ade on Monday", " on"),
        ("said Dr. Ruth Moyo on Monday", " on"),
        # a sentence's full stop after a name still ends it
        ("said Tawanda Moyo. Later", "."),
    ],
)
def test_a_dotted_honorific_ends_no_speaker_phrase(phrase, stop):
    found = _NP_STOP.search(phrase, len("said") + 1)
    assert found.group(0) == stop
