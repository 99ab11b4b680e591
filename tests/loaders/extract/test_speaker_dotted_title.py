"""Who-is-who (speakers.SpeakerResolver.resolve): a speaker phrase that is only a capitalised abbreviation the
lexicon does not list as a title ("Lic.", "Ing.", "Arq.": Mexican and other Latin American press write a
graduate's title so before a name), its full stop cutting the phrase, stands for the person named right after
the stop ("“…,” said Lic. Ana Lucía May Chan, the municipal president").
Near misses keep their readings: an abbreviation followed by nobody the people step read, a sentence that truly
ends after a capitalised short word ("said the head of AMLO. Pedro Ruiz Tun …" is no title), and a longer word."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("\u201cThe road will open in March,\u201d said Lic. Mariana Cervantes Ugalde, director of urban "
     "development.\n", "road will open", "Mariana Cervantes Ugalde"),
    ("\u201cWe are ready,\u201d said Ing. Pedro Ruiz Tun, the public works director.\n", "We are ready",
     "Pedro Ruiz Tun"),
    ("The market reopens on Monday. \u201cWe are ready,\u201d said Arq. Pedro Ruiz Tun.\n", "We are ready",
     "Pedro Ruiz Tun"),
    # near misses
    ("\u201cWe are ready,\u201d said Lic. The council met on Monday.\n", "We are ready", None),
    ("\u201cWe are ready,\u201d said Pedro Ruiz Tun. Marta Chan nodded.\n", "We are ready", "Pedro Ruiz Tun"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_unlisted_dotted_title(text, words, speaker):
    quote = quote_with(text, words)
    assert quote.speaker_name == speaker
