"""Who-is-who after a quote: a lowercase particle surname with an apposition before the verb ('“…,” van Dijk,
the mayor, said', speakersR10 review e16) is a speaker's noun phrase, as "van Dijk said" is: one van Dijk named
before the quote is the speaker; two leave it open (a label), the apposition not yet used to choose.
Near misses: a plain "van Dijk said" with two owners stays a label, a lowercase phrase that opens with no
particle ("the mayor, a lawyer, said") keeps its own reading, and a capitalised surname with an apposition keeps
its person."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for nobody)
    ("Pieter van Dijk is the mayor.\n\n\u201cWe will reopen in May,\u201d van Dijk, the mayor, said.\n",
     "We will reopen in May", "Pieter van Dijk"),
    ("Maria de la Cruz sat on the council.\n\n\u201cIt is a waste,\u201d de la Cruz, 54, said.\n",
     "It is a waste", "Maria de la Cruz"),
    ("Anna van Dijk runs the museum. Her brother Pieter van Dijk is the mayor.\n\n\u201cWe will reopen in May,"
     "\u201d van Dijk, the mayor, said.\n", "We will reopen in May", "van Dijk, the mayor"),
    # near misses
    ("Anna van Dijk runs the museum. Her brother Pieter van Dijk is the mayor.\n\n\u201cWe will reopen in May,"
     "\u201d van Dijk said.\n", "We will reopen in May", "van Dijk"),
    ("Pieter Smith is the mayor.\n\n\u201cWe will reopen in May,\u201d Smith, the mayor, said.\n",
     "We will reopen in May", "Pieter Smith"),
    ("\u201cWe will reopen in May,\u201d the mayor, a lawyer, said.\n", "We will reopen in May", "the mayor"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_particle_with_apposition(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
