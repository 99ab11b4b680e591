"""The speakersR21 review's newly-wrong rows, in made-up text. W1: an unnamed "another fisherman" introduced after
the apposed one ("A fisherman, Jon Eide, …") is the one "the fisherman said" refers to (the label), for a noun no
table knows as well, once a person holds that role. W2 and R1-R3: a place's possessive opening a description is
compared with the one in a person's title as countries when the table knows both (Britain is the United Kingdom);
a city or a firm the table does not know as a country tells nothing against a country."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str, words: str) -> str:
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


_EIDE = "A fisherman, Jon Eide, pulled his boat ashore on Monday. “The cod are gone,” he said. "


@pytest.mark.parametrize("text, words, speaker", [
    (_EIDE + "Another fisherman said the season was the worst in memory. “We cannot pay our loans,” the fisherman "
     "said.", "pay our loans", "L:another fisherman"),
    ("The nurse, Lea Varga, stayed all night. Another nurse said the ward was full. “Nobody slept,” the nurse said.",
     "Nobody slept", "L:another nurse"),
    ("Minister Ivan Petrov arrived on Monday. Another minister said the talks were over. “We will return,” the "
     "minister said.", "will return", "L:another minister"),
    ("The United Kingdom's Foreign Secretary, Tom Hale, met envoys in Geneva on Monday. “We want a ceasefire,” "
     "Britain's foreign secretary said.", "ceasefire", "Tom Hale"),
    ("Lima's Deputy Mayor Ana Rojas opened the bridge on Monday. “It is done,” Peru's deputy mayor said.",
     "It is done", "Ana Rojas"),
    ("Nokia's Chief Executive, Pekka Lund, spoke on Monday. “Sales are up,” Finland's chief executive said.",
     "Sales are up", "Pekka Lund"),
])
def test_review_rows(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    (_EIDE + "A farmer said the season was the worst in memory. “We cannot pay our loans,” the fisherman said.",
     "pay our loans", "Jon Eide"),
    (_EIDE + "“We cannot pay our loans,” the fisherman said.", "pay our loans", "Jon Eide"),
    ("Another fisherman said the season was the worst in memory. A fisherman, Jon Eide, pulled his boat ashore on "
     "Monday. “We cannot pay our loans,” the fisherman said.", "pay our loans", "Jon Eide"),
    ("The nurse, Lea Varga, stayed all night. Another doctor said the ward was full. “Nobody slept,” the nurse "
     "said.", "Nobody slept", "Lea Varga"),
    ("Chile's Deputy Minister of Foreign Affairs, Ana Rojas, met envoys on Monday. “We want peace,” Peru's deputy "
     "foreign minister said.", "want peace", "L:peru's deputy foreign minister"),
    ("France's Foreign Minister, Tom Hale, met envoys on Monday. “We want peace,” Britain's foreign secretary "
     "said.", "want peace", "L:britain's foreign secretary"),
    ("Norway's Foreign Minister, Tom Hale, met envoys on Monday. “We want peace,” Kessland's foreign minister "
     "said.", "want peace", "L:kessland's foreign minister"),
    ("Eastland's Foreign Minister, Tom Hale, met envoys on Monday. “We want peace,” Westland's foreign minister "
     "said.", "want peace", "L:westland's foreign minister"),
    ("Eastland's Foreign Minister, Tom Hale, met envoys on Monday. “We want peace,” Eastland's foreign minister "
     "said.", "want peace", "Tom Hale"),
])
def test_near_misses_keep_their_reading(text, words, speaker):
    assert _speaker(text, words) == speaker
