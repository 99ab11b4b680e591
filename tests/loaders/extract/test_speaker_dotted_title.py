"""Who-is-who (speakers.SpeakerResolver.resolve): a speaker phrase that is only a capitalised abbreviation the
lexicon does not list as a title ("Lic.", "Ing.", "Arq.": Mexican and other Latin American press write a
graduate's title so before a name), its full stop cutting the phrase, stands for the person named right after
the stop ("“…,” said Lic. Ana Lucía May Chan, the municipal president").
Near misses keep their readings: an abbreviation followed by nobody the people step read, a sentence that truly
ends after a capitalised short word ("said the head of AMLO. Pedro Ruiz Tun …" is no title), and a longer word.
A short surname or firm ending the sentence is no title: one the article names elsewhere ("said Tan." with
Grace Tan) is that person, and a word followed by a name that opens the next sentence as its subject ("said
Meta. Mark Zuckerberg did not comment.", "said Cole. Ana Lima, the lawyer, nodded.") stays the label."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, speakers_of

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
    # a title the sentence splitter does not know cuts the phrase: the person named after it, the sentence ending
    # with the name or its apposition
    ("\u201cWe are ready,\u201d said Mtro. Pedro Ruiz Tun.\n", "We are ready", "Pedro Ruiz Tun"),
    ("\u201cWe are ready,\u201d said Mtro. Pedro Ruiz Tun, the public works director.\n", "We are ready",
     "Pedro Ruiz Tun"),
    # near misses: a surname of the article's person at the sentence's end, a name opening the next sentence
    ("\u201cWe did nothing wrong,\u201d said Tan. Maria Lopez, her deputy, declined to comment.\n\nAuditor Grace "
     "Tan had filed the accounts late.\n", "did nothing wrong", "Grace Tan"),
    ("Harbour master Tomas Reyes spoke first.\n\n\u201cThe port is full,\u201d said Reyes. Ana Lima, the port\u2019s "
     "lawyer, disagreed.\n", "port is full", "Tomas Reyes"),
    ("Defence lawyer Ruth Cole argued for bail.\n\n\u201cHe is no flight risk,\u201d said Cole. Ana Lima, the "
     "prosecutor, said the accused had two passports.\n", "flight risk", "Ruth Cole"),
    ("\u201cWe are ready,\u201d said Mtro. Pedro Ruiz Tun nodded.\n", "We are ready", None),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_unlisted_dotted_title(text, words, speaker):
    quote = quote_with(text, words)
    assert quote.speaker_name == speaker


@pytest.mark.parametrize("text, words, label", [
    # a firm or an unknown surname before a name that opens the next sentence stays the label
    ("\u201cWe removed the posts,\u201d said Meta. Mark Zuckerberg did not comment.\n", "removed the posts", "Meta"),
    ("\u201cWe are ready,\u201d said Cole. Ana Lima, the lawyer, nodded.\n", "We are ready", "Cole"),
    ("\u201cWe are ready,\u201d said Uber. Dara Khosrowshahi declined to comment.\n", "We are ready", "Uber"),
])
def test_short_word_ending_the_sentence_is_no_title(text, words, label):
    assert speakers_of(text)[[key for key in speakers_of(text) if words in key][0]] == label
