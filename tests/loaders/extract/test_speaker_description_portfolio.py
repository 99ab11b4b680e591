"""A description naming an office and then its portfolio after "of" ("the deputy minister of fisheries", "Norway's
undersecretary of energy"): the office's word is the description's head, and the words of the portfolio must be in
the role the article gave the person, as a description's other words must."""

import pytest

from tests.loaders.extract.quote_steps import speakers_of

_SIGNED = ("The pact was signed by Minister of Trade Irena Voltask and the Norwegian Deputy Minister of Fisheries, "
           "Pavel Drommen.\n\n“We stop competing,” Voltask said.\n\n")
_ENERGY = ("The pact was signed by Minister of Trade Irena Voltask and the Chilean Undersecretary of Energy, "
           "Pavel Drommen.\n\n“We stop competing,” Voltask said.\n\n")
_PRESIDENT = ("Chilean President Lena Starck met the Sylvanese foreign minister, Odo Brand, on Monday.\n\n"
              "“The border stays open,” Brand said.\n\n")
_MUSEUM = ("Lena Starck, director of the harbour museum, met Odo Brand, a fisherman, on Monday.\n\n"
           "“The border stays open,” Brand said.\n\n")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_SIGNED + "“It is practical,” the deputy minister of fisheries said.", "Pavel Drommen"),
        (_SIGNED + "“It is practical,” Norway's deputy minister of fisheries said.", "Pavel Drommen"),
        (_ENERGY + "“It is practical,” Chile's undersecretary of energy said.", "Pavel Drommen"),
        (_ENERGY + "“It is practical,” the undersecretary of energy said.", "Pavel Drommen"),
        (_MUSEUM + "“It is practical,” the director of the harbour museum said.", "Lena Starck"),
        # near misses: a portfolio, a country or a body the article gave no one
        (_SIGNED + "“It is practical,” the deputy minister of health said.", "the deputy minister of health"),
        (_ENERGY + "“It is practical,” the undersecretary of mining said.", "the undersecretary of mining"),
        (_SIGNED + "“It is practical,” the minister of health said.", "the minister of health"),
        (_PRESIDENT + "“It is practical,” the president of Peru said.", "the president of Peru"),
        (_PRESIDENT + "“It is practical,” the president of the chamber said.", "the president of the chamber"),
        (_MUSEUM + "“It is practical,” the director of the school said.", "the director of the school"),
    ],
)
def test_office_of_portfolio(text, speaker):
    assert speakers_of(text)["It is practical"] == speaker
