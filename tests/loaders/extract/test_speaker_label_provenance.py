"""Provenance of a label: the label is the body's text at its offsets. A description with a proper name of its own
("the Tarvik Metro company") names its own body, not a capitalised word opening the sentence before ("Buses
stopped."), and a label resolved from elsewhere points at its own mention. Made-up names only."""
import itertools

import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of as _quotes


_speaker = quote_with


@pytest.mark.parametrize("text, words, label", [
    ('Buses stopped. "Service returns at six," the Tarvik Metro company said.', "Service returns", "the Tarvik Metro company"),
    ('Planes waited. "Everyone will fly tomorrow," the Quillon airline said.', "Everyone will fly", "the Quillon airline"),
    ('Mills slowed. "We are shedding 200 posts," the Brastow steelmaker said.', "We are shedding", "the Brastow steelmaker"),
    ('Orders dropped. "It was a lean quarter," the Venmark carmaker said.', "It was a lean", "the Venmark carmaker"),
    ('Bread ran out. "Deliveries come on Monday," the Holloby supermarket chain said.', "Deliveries come", "the Holloby supermarket chain"),
    ('Streets flooded. "The tunnel stays shut," the Pellham city council said.', "The tunnel stays", "the Pellham city council"),
    ('Negotiations paused. "Dialogue remains possible," the Moravian foreign ministry said.', "Dialogue remains", "the Moravian foreign ministry"),
    ('Snow fell. "The game is postponed," the Coldbrook Albion football club said.', "The game is postponed", "the Coldbrook Albion football club"),
])
def test_description_with_its_own_name_is_the_label(text, words, label):
    quote = _speaker(text, words)
    assert quote.speaker_label == label
    assert text[quote.speaker_start:quote.speaker_end] == label


def test_description_still_refers_back_to_the_named_body():
    text = 'Tarvik Metro closed two lines on Monday. "We regret the disruption," the company said.'
    quote = _speaker(text, "We regret")
    assert quote.speaker_label == "Tarvik Metro"
    assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_label


_OPENERS = ["Trams stopped.", "Prices rose.", "Rain fell.", "Fog lifted.", "Tarvik Metro closed two lines.",
            "Holloby Foods cut prices on Monday."]
_SPEAKERS = ["the Tarvik Metro company", "the Quillon airline", "the company", "the Pellham city council",
             "the Lindor Bay coastguard", "Holloby Foods", "a Venmark spokesman", "the Coldbrook Albion football club",
             "police", "the Quillon Museum art gallery", "it"]
_SHAPES = ['{o} "The plan is on track," {s} said.', '{o} {S} said that "costs would rise" next year.',
           '{o} "We will reopen," said {s}. "Nobody was hurt," {s} added.']


@pytest.mark.parametrize("opener, speaker, shape", list(itertools.product(_OPENERS, _SPEAKERS, _SHAPES)))
def test_every_label_is_the_body_at_its_offsets(opener, speaker, shape):
    text = shape.format(o=opener, s=speaker, S=speaker[:1].upper() + speaker[1:])
    for quote in _quotes(text):
        if quote.speaker_label and not quote.speaker_name:
            assert quote.speaker_start is not None, quote
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_label, quote
