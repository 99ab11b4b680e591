"""Review final21 (e05, e06, e08, f01): a "by" phrase after "was told" is a means only when its head, the words
up to a preposition, comma or its end, is all means words in lowercase ("by video link from Madrid", "by phone");
a capitalised name ("Post Office investigator …") or a person noun ("a telephone engineer") makes it the speaker,
and a second "by" after a means ("by phone by accountant Luis Ortega") names the speaker.
Near misses: a means phrase alone, with a place or sender after it, or before a time, still gives nobody."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for nobody)
    ("\u201cI was never trained to check,\u201d the inquiry was told by Post Office investigator Sam Bradley.\n",
     "I was never trained to check", "Sam Bradley"),
    ("\u201cWe lost contact at midnight,\u201d the court was told by Radio Luna presenter Ana Kowal.\n",
     "We lost contact at midnight", "Ana Kowal"),
    ("\u201cThe line was cut at noon,\u201d the court was told by a telephone engineer.\n",
     "The line was cut at noon", "a telephone engineer"),
    ("\u201cThe money is gone,\u201d the hearing was told by phone by accountant Luis Orta.\n",
     "The money is gone", "Luis Orta"),
    # near misses
    ("\u201cThe accounts were forged,\u201d the court was told by video link from Lisbon.\n",
     "The accounts were forged", None),
    ("\u201cThe roof was unsafe,\u201d the hearing was told by phone.\n", "The roof was unsafe", None),
    ("\u201cThe bridge was closed,\u201d the inquiry was told by letter from the county engineer.\n",
     "The bridge was closed", None),
    ("\u201cThe ship was lost,\u201d the court was told by satellite link on Monday.\n", "The ship was lost", None),
    ("\u201cThe fees were paid,\u201d the panel was told by written statement.\n", "The fees were paid", None),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_speakersR12_review(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
