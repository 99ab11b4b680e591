""""Talk" reports speech ("She talked about being a senator who “did all I could”"): its inflected forms cue, while
its bare form and its -s form stay nouns (the -s form never cues) ("peace talks", "the talk was “a disaster”"). Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _who(text, words):
    quote = quote_with(text, words)
    return quote.speaker_name or quote.speaker_label


# Near misses first: "talks" and "talk" as nouns give no speaker of their own.
@pytest.mark.parametrize("text, words", [
    ('The peace talks stalled on Monday over what aides called “a final offer.”', "a final offer"),
])
def test_talk_as_a_noun_cues_nothing(text, words):
    assert _who(text, words) in (None, "aides")


@pytest.mark.parametrize("text, words, speaker", [
    ('Nora Quist spoke on Monday. She talked about being a senator who “did all I could to make sure they '
     'prospered.”', "did all I could", "Nora Quist"),
    ('Nora Quist spoke on Monday. She also talked before a law firm in 2014 and talked about being a senator '
     'representing the city who “did all I could to make sure they prospered.”', "did all I could", "Nora Quist"),
    ('Ivo Brandt visited the plant. He talked about the workers as “the best in the country.”', "the best in",
     "Ivo Brandt"),
])
def test_talked_about_reports_the_words(text, words, speaker):
    assert _who(text, words) == speaker
