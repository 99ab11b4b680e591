"""Attributions written after a quote in other shapes than "X said": "“…,” was how Crane put it", "“…,” came the
reply from Crane", "“…” That was Crane’s verdict." name the speaker (the nouns: `quote_words.RESPONSE_NOUNS`).
Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = "Senator Lydia Crane of Ohio spoke on Monday. Her rival, Mark Dunn, did not. "


@pytest.mark.parametrize("text, speaker", [
    ("“I do not trust this deal at all,” was how Crane put it.", "Lydia Crane"),
    ("“I do not trust this deal at all,” is how Dunn sees it.", "Mark Dunn"),
    ("“I do not trust this deal at all,” came the reply from Dunn.", "Mark Dunn"),
    ("“I do not trust this deal at all.” That was Dunn’s verdict.", "Mark Dunn"),
    ("“I do not trust this deal at all.” That was his answer.", "Mark Dunn"),
])
def test_shapes_after_the_quote(text, speaker):
    assert quote_with(_LEAD + text, "trust").speaker_name == speaker


# Near misses: the verdict of a thing, and "how" clauses about someone else's view, give no one this way.
@pytest.mark.parametrize("text, not_speaker", [
    ("“I do not trust this deal at all,” Crane said. That was the court’s verdict on Dunn, too.", "Mark Dunn"),
    ("“I do not trust this deal at all,” Crane said, and that is how Dunn sees it too.", "Mark Dunn"),
])
def test_other_readings(text, not_speaker):
    assert quote_with(_LEAD + text, "trust").speaker_name != not_speaker
