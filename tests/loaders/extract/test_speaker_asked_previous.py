"""The person a sentence says was asked ("Crane was asked about the deal.") answers in the quote that follows in the
same paragraph: the asker is someone else, the answer theirs. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = "Senator Lydia Crane of Ohio spoke on Monday. Her rival, Mark Dunn, did not. "


@pytest.mark.parametrize("text, speaker", [
    ("Crane was asked about the deal. “I do not trust this deal at all.”", "Lydia Crane"),
    ("Dunn was later asked whether he would vote for it. “I do not trust this deal at all.”", "Mark Dunn"),
])
def test_the_one_asked_answers(text, speaker):
    assert quote_with(_LEAD + text, "trust").speaker_name == speaker


# Near misses: the asker's own sentence, a quote in a new paragraph, and an explicit attribution keep their reading.
@pytest.mark.parametrize("text, speaker", [
    ("Crane asked Dunn about the deal. “I do not trust this deal at all,” Dunn said.", "Mark Dunn"),
    ("Crane was asked about the deal. “I do not trust this deal at all,” Dunn said.", "Mark Dunn"),
])
def test_other_readings(text, speaker):
    assert quote_with(_LEAD + text, "trust").speaker_name == speaker


def test_new_paragraph_is_not_taken_from_being_asked():
    text = _LEAD + "Crane was asked about the deal.\n\nThe vote is on Friday. “I do not trust this deal at all.”"
    assert quote_with(text, "trust").speaker_name != "Lydia Crane"
