"""An article and words of manner or mood before a name ("a defiant Crane said", "a visibly emotional Crane told
reporters", "an angry Dunn") still name that person: the words describe how they spoke. A noun before the name
("the newspaper Kestel Post", "an aide to Crane", "a Crane aide") keeps its reading. Data: `speaker_heads.
MOOD_ADJECTIVES`, `MANNER_SUFFIXES`. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = "Senator Lydia Crane of Ohio spoke on Monday. Her rival, Mark Dunn, did not. "


@pytest.mark.parametrize("text, speaker", [
    ("“I do not trust this deal at all,” a visibly emotional Crane said.", "Lydia Crane"),
    ("“I do not trust this deal at all,” a defiant Crane told reporters.", "Lydia Crane"),
    ("“I do not trust this deal at all,” an angry Dunn said.", "Mark Dunn"),
    ("A smiling Crane said: “I do not trust this deal at all.”", "Lydia Crane"),
])
def test_manner_words_before_the_name(text, speaker):
    assert quote_with(_LEAD + text, "trust").speaker_name == speaker


@pytest.mark.parametrize("text, label", [
    ("“I do not trust this deal at all,” an aide to Crane said.", "an aide to Crane"),
    ("“I do not trust this deal at all,” a Crane aide said.", "a Crane aide"),
    ("“I do not trust this deal at all,” said Crane.", None),
])
def test_nouns_keep_their_reading(text, label):
    quote = quote_with(_LEAD + text, "trust")
    if label is None:
        assert quote.speaker_name == "Lydia Crane"
    else:
        assert quote.speaker_name is None and quote.speaker_label == label
