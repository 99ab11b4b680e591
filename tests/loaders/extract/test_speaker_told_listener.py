"""Who-is-who after a quote (quotes._right_attribution): "X was told" makes X the listener (speakersR8 review,
"told this newspaper": the outlet hears, it does not speak). '“…,” this newspaper was told by Ann Bell' is Ann
Bell's; '“…,” the court was told' names nobody rather than the court.
Near misses: the active "told" keeps its subject ('“…,” Ann Bell told this newspaper'), the unnamed source keeps
its label, and a "told" inside a relative clause after the speaker changes nothing."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for nobody)
    ("\u201cWe will appeal,\u201d this newspaper was told by Ann Bell.\n", "We will appeal", "Ann Bell"),
    ("\u201cWe will appeal,\u201d reporters were told by Ann Bell.\n", "We will appeal", "Ann Bell"),
    ("Judge Ann Bell heard the case.\n\n\u201cHe hit me first,\u201d Ann Bell was told by the witness.\n",
     "He hit me first", "the witness"),
    ("\u201cThe money was never paid,\u201d the court was told.\n", "The money was never paid", None),
    # near misses
    ("\u201cWe will appeal,\u201d Ann Bell told this newspaper.\n", "We will appeal", "Ann Bell"),
    ("\u201cWe will appeal,\u201d a spokesman for Delta Mills told this newspaper.\n", "We will appeal",
     "a spokesman for Delta Mills"),
    ("\u201cWe will appeal,\u201d said Ann Bell, who was told of the ruling on Monday.\n", "We will appeal",
     "Ann Bell"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_told_listener(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker


def test_active_told_this_newspaper_keeps_indirect():
    quotes = quotes_of("Mayor Ann Bell told this newspaper it would appeal the fine.\n")
    assert [(q.kind, q.speaker_name) for q in quotes] == [("indirect", "Ann Bell")]
