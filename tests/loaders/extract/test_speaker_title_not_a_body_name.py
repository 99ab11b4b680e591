"""A description nobody fits ("the minister" of two trade ministers of two countries, "the mayor" of a deputy mayor) keeps
its own words as the label: a capitalised title written right before a person's name ("Trade Minister Lea
Kinnunen") is no body's name that "the minister" refers back to, as "the airport" does to "Kestel International
Airport". Made-up text; near misses (a body's name, a description one person fits) keep their speaker."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str) -> str:
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, speaker", [
    ("Trade Minister Jonas Berg of Norway met Trade Minister Lea Kinnunen of Finland in Oslo on Monday. “Our "
     "markets are already close,” the minister said.", "L:the minister"),
    ("Energy Minister Tor Hallan of Velmark and Energy Minister Ruta Sile of Ostria signed the pipeline deal. “Gas "
     "will flow by winter,” the minister said.", "L:the minister"),
    ("Deputy Mayor Ilse Varga opened the market in Lima on Monday. “Every stall will be counted,” the mayor said.",
     "L:the mayor"),
])
def test_a_title_before_a_name_is_no_label(text, speaker):
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Flights resumed at Kestel International Airport on Monday. “All runways are open,” the airport said.",
     "L:kestel international airport"),
    ("The Halvik Harbour Board met on Monday. “The berths are safe,” the board said.", "L:the halvik harbour board"),
    ("Trade Minister Jonas Berg met farmers on Monday. “Our markets are already close,” the minister said.",
     "Jonas Berg"),
    ("Vice Minister Carlos Ruiz and Foreign Minister Ana Rojas signed the memorandum. “Every boat will be "
     "counted,” the minister said.", "Ana Rojas"),
])
def test_a_body_name_or_one_holder_keeps_its_speaker(text, speaker):
    assert _speaker(text) == speaker
