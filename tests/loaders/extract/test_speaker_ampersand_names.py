"""Names joined by an ampersand ("Brandt & Kessler said") are a firm's name, a label, never the one person whose
surname is a word of it (speakers.SpeakerResolver.resolve). Made-up sentences; near misses: the person written
alone is still the person, and a pair of people joined by "and" is not touched here."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_INTRO = ("In June, a Leeds textile company, Brandt & Kessler, wrote to the family. The company's chief executive, "
          "Anna Kessler, visited the mill in July.\n\n")
CASES = [
    (_INTRO + "In a statement to the Post, Brandt & Kessler said it wanted to \u201ckeep the looms running\u201d.",
     "looms running", None, "Brandt & Kessler"),
    (_INTRO + "\u201cWe will keep the looms running,\u201d Brandt & Kessler said in a statement.", "looms running",
     None, "Brandt & Kessler"),
    # near misses
    (_INTRO + "\u201cWe will keep the looms running,\u201d Kessler said.", "looms running", "Anna Kessler", None),
    (_INTRO + "\u201cWe will keep the looms running,\u201d Anna Kessler told the Post.", "looms running",
     "Anna Kessler", None),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_ampersand_names_are_a_label(text, words, name, label):
    quote = quote_with(text, words)
    assert quote.speaker_name == name
    if label:
        assert label in (quote.speaker_label or "")
