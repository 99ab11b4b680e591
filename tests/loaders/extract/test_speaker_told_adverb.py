"""Who-is-who after a quote when an adverb stands between the passive's "was"/"were" and "told" (speakersR10
review e08): '“…,” members were later told by treasurer Lisa Grant' is Lisa Grant's, and '“…,” the court was
also told' names nobody, just as without the adverb.
Near misses: the active "told" with an adverb keeps its subject ('“…,” Ann Bell later told reporters'), a
"was" that belongs to another clause before the speaker changes nothing, and a non-adverb between the verb and
"told" is not a passive."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for nobody)
    ("The club met on Tuesday.\n\n\u201cThe accounts are in order,\u201d members were later told by treasurer "
     "Lisa Grant.\n", "The accounts are in order", "Lisa Grant"),
    ("\u201cWe will appeal,\u201d reporters were repeatedly told by Ann Bell.\n", "We will appeal", "Ann Bell"),
    ("\u201cThe money was never paid,\u201d the court was also told.\n", "The money was never paid", None),
    ("\u201cThe dam was safe,\u201d residents were then told by the council.\n", "The dam was safe", "the council"),
    # near misses
    ("\u201cWe will appeal,\u201d Ann Bell later told reporters.\n", "We will appeal", "Ann Bell"),
    ("\u201cWe will appeal,\u201d Ann Bell also told this newspaper.\n", "We will appeal", "Ann Bell"),
    ("\u201cWe will appeal,\u201d a spokesman for Delta Mills later told reporters.\n", "We will appeal",
     "a spokesman for Delta Mills"),
    ("\u201cWe will appeal,\u201d said Ann Bell, who was later told of the ruling.\n", "We will appeal",
     "Ann Bell"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_told_after_adverb(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
