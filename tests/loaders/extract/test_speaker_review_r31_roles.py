"""Rows for two readings of the speakersR31 round that were wrong. A description taken up by its head with an apposed
name ("Norway's fisheries minister said … The minister, Irena Voltask, said") is that person's only when the short
form keeps the description's rank word ("deputy", "former"), no other description with that head stands between
them, and the named person was given no other office before. A description with a rank word ("the former minister
of energy") is never a serving holder's whose roles lack that word. Made-up text."""

import pytest

from tests.loaders.extract.quote_steps import quotes_of, speakers_of


def _partial_speaker(text: str) -> str | None:
    [quote] = [q for q in quotes_of(text) if q.text.startswith("a road with no police")]
    return quote.speaker_name or quote.speaker_label


_DEPUTY = "Norway's deputy minister said the fjord had become \"a road with no police\". "
_NAMED = "Norway's fisheries minister said the fjord had become \"a road with no police\". "


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_NAMED + "The minister, Irena Voltask, said both governments would share data.", "Irena Voltask"),
        (_DEPUTY + "The deputy minister, Irena Voltask, said both governments would share data.", "Irena Voltask"),
        # near misses: the rank word dropped, another minister between, an office the name was given before
        (_DEPUTY + "The minister, Irena Voltask, said both governments would share data.",
         "Norway's deputy minister"),
        ("Norway's fisheries minister said the fjord had become \"a road with no police\" after Sweden's minister "
         "spoke. The minister, Irena Voltask, said both governments would share data.",
         "Norway's fisheries minister"),
        ("Irena Voltask is the mayor of Tromvik. " + _NAMED
         + "The minister, Irena Voltask, said both governments would share data.", "Norway's fisheries minister"),
    ],
)
def test_a_description_taken_up_by_its_head_and_a_name(text, speaker):
    assert _partial_speaker(text) == speaker


_TWO = ("Brann Edvik, Norway's minister of fisheries, met Sofie Lund, Norway's minister of energy, in Tromvik.\n\n"
        "“We stop competing,” Lund said.\n\n")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_TWO + "“Talks resume in April,” the minister of energy said.", "Sofie Lund"),
        (_TWO + "“Talks resume in April,” the energy minister said.", "Sofie Lund"),
        # near misses: a former holder is not the serving one
        (_TWO + "“Talks resume in April,” the former minister of energy said.", "the former minister of energy"),
        (_TWO + "“Talks resume in April,” the former energy minister said.", "the former energy minister"),
    ],
)
def test_a_ranked_description_needs_the_rank(text, speaker):
    assert speakers_of(text)["Talks resume in April"] == speaker
