"""A sentence saying how a named person spoke ("Crane was blunt.", "Crane was more direct.", "Crane did not hold
back.") introduces the quote that follows in the paragraph, as a speech verb does; a sentence about anything else
the person is or did ("Reyes was in court.", "Reyes was tired.") does not. Data: `quote_words.
SPEAKING_MANNER_WORDS`, `SPEAKING_MANNER_PHRASES`. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = "Senator Lydia Crane of Ohio spoke on Monday.\n\n"


@pytest.mark.parametrize("text", [
    "In an interview, Crane was more direct. “I do not trust this deal at all.”",
    "Crane was blunt. “I do not trust this deal at all.”",
    "Crane did not hold back. “I do not trust this deal at all.”",
    "Crane, a former prosecutor, was unapologetic. “I do not trust this deal at all.”",
])
def test_manner_sentence_introduces(text):
    assert quote_with(_LEAD + text, "trust").speaker_name == "Lydia Crane"


@pytest.mark.parametrize("text", [
    "Daniel Reyes was in court on Tuesday. “I do not trust this deal at all.”",
    "Daniel Reyes was tired. “I do not trust this deal at all.”",
    "Daniel Reyes was direct in his dealings with Crane, rivals say. “I do not trust this deal at all.”",
])
def test_other_sentences_do_not(text):
    assert quote_with(_LEAD + text, "trust").speaker_name != "Daniel Reyes"
