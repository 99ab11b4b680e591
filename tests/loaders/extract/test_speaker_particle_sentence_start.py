"""Who-is-who (speakers.SpeakerResolver.resolve): a name particle capitalised only because it opens a sentence
("Van Dijk said: “…”", speakersR10 review e06) is the same lowercase particle, so two people named by then who
share "van Dijk" leave the quote open (a label) rather than hand it to whichever the mention index picked.
Near misses: one owner named before the quote keeps the quote (even with a second named only after it), a
capitalised particle inside a sentence is left as the name it is, and a surname that is its own capitalised
"Van" ("Tom Van Dyke") stays that one person."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Anna van Dijk runs the museum. Her brother Pieter van Dijk is the mayor.\n\nVan Dijk said: \u201cWe will "
     "reopen in May.\u201d\n", "We will reopen in May", "Van Dijk"),
    ("Maria de la Cruz sat on the council. Her cousin Luis de la Cruz ran the clinic.\n\nDe la Cruz said: "
     "\u201cIt is a waste.\u201d\n", "It is a waste", "De la Cruz"),
    # near misses
    ("Anna van Dijk runs the museum.\n\nVan Dijk said: \u201cWe will reopen in May.\u201d\n",
     "We will reopen in May", "Anna van Dijk"),
    ("Anna van Dijk runs the museum.\n\nVan Dijk said: \u201cWe will reopen in May.\u201d Her brother Pieter "
     "van Dijk is the mayor.\n", "We will reopen in May", "Anna van Dijk"),
    ("Maria de la Cruz, a councillor, voted no.\n\nDe la Cruz said: \u201cIt is a waste.\u201d Her cousin Luis "
     "de la Cruz disagreed.\n", "It is a waste", "Maria de la Cruz"),
    ("Tom Van Dyke runs the museum. His sister Ann Bell is the mayor.\n\nVan Dyke said: \u201cWe will reopen "
     "in May.\u201d\n", "We will reopen in May", "Tom Van Dyke"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_particle_at_sentence_start(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
