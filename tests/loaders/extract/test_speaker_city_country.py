"""A city or region in a title's possessive ("Lima's Deputy Mayor X") fits a description owned by a country
("Peru's deputy mayor") only when the gazetteer places that city in that country or does not know it
(speakersR22 review, R1). Made-up text; near misses: the city's own country, a town no table knows, a firm, a
region of the country."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str) -> str:
    [quote] = quotes_of(text)
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, label", [
    ("Lima's Deputy Mayor Ana Rojas opened the bridge on Monday. “It is done,” Chile's deputy mayor said.",
     "chile's deputy mayor"),
    ("Beijing's Mayor Li Wen opened the bridge on Monday. “It is done,” Japan's mayor said.", "japan's mayor"),
])
def test_a_city_of_another_country_is_no_fit(text, label):
    assert _speaker(text) == "L:" + label


@pytest.mark.parametrize("text, speaker", [
    ("Lima's Deputy Mayor Ana Rojas opened the bridge on Monday. “It is done,” Peru's deputy mayor said.",
     "Ana Rojas"),
    ("Santiago's Deputy Mayor Ana Rojas opened the bridge on Monday. “It is done,” Chile's deputy mayor said.",
     "Ana Rojas"),
    ("Vardo's Deputy Mayor Ana Rojas opened the bridge on Monday. “It is done,” Chile's deputy mayor said.",
     "Ana Rojas"),
    ("Beijing's Mayor Li Wen opened the bridge on Monday. “It is done,” China's mayor said.", "Li Wen"),
    ("Nokia's Chief Executive Pekka Lund spoke on Monday. “Sales will rise,” Finland's chief executive said.",
     "Pekka Lund"),
    ("New York's Governor Ana Rojas spoke on Monday. “It is done,” America's governor said.", "Ana Rojas"),
])
def test_a_city_of_that_country_or_an_unknown_owner_fits(text, speaker):
    assert _speaker(text) == speaker
