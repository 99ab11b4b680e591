"""'the Omani official' for the one person holding a public office whom the text gives that nationality ("Ali
Nasser, Undersecretary for Transport at Oman's Ministry of Transport"); two such people, a trade rather than an
office ("an Omani businessman"), a nationality the text does not give, or no nationality at all keep the label.
Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    quote = quote_with(text, words)
    return quote.speaker_name, quote.speaker_label


FOUND = [
    ("Karl Moss held talks with Ali Nasser, Undersecretary for Transport at Oman's Ministry of Transport.\n"
     '"The protocol will apply from the first day," the Omani official said.', "protocol", "Ali Nasser"),
    ("Karl Moss, the Swedish trade minister, met Ali Nasser, an Omani undersecretary.\n"
     '"The protocol will apply from the first day," the Omani official said.', "protocol", "Ali Nasser"),
    ("Ana Lind met Dan Ezra, Kenya's ambassador to Norvia, on Monday.\n"
     '"Trade will double," the Kenyan official said.', "Trade", "Dan Ezra"),
]

LABEL = [
    ("Karl Moss met Ali Nasser, an Omani businessman.\n"
     '"The protocol will apply from the first day," the Omani official said.', "protocol"),
    ("Karl Moss met Ali Nasser, an Omani undersecretary, and Omar Farouk, the Omani transport minister.\n"
     '"The protocol will apply from the first day," the Omani official said.', "protocol"),
    ("Karl Moss, the Swedish trade minister, met Ali Nasser, an Omani undersecretary.\n"
     '"The protocol will apply from the first day," the Kenyan official said.', "protocol"),
    ("Karl Moss, the Swedish trade minister, met Ali Nasser, an Omani undersecretary.\n"
     '"The protocol will apply from the first day," an official said.', "protocol"),
]


@pytest.mark.parametrize("text,words,person", FOUND)
def test_nation_official_is_the_one_office_holder(text, words, person):
    assert _speaker(text, words)[0] == person


@pytest.mark.parametrize("text,words", LABEL)
def test_nation_official_otherwise_a_label(text, words):
    name, label = _speaker(text, words)
    assert name is None and "official" in (label or "")
