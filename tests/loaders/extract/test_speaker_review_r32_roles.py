"""Rows for readings of the speakersR32 round that were wrong. An office held "until <year>" is a former one. "The minister, X," takes up an earlier description
of a minister unless another description of the office stands between them: a title written as another office
("the prime minister") or opening the reported clause ("said the minister had …") is none. "acting", "interim" and
"outgoing" hold the office, so the short form need not repeat them; "deputy", "former" name another one. Made-up
text."""

import pytest

from tests.loaders.extract.quote_steps import quotes_of, speakers_of


def _speaker_of(text: str, start: str) -> str | None:
    [quote] = [q for q in quotes_of(text) if q.text.startswith(start)]
    return quote.speaker_name or quote.speaker_label


_NEXT = "The minister, Irena Voltask, said both governments would share data."


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Norway's fisheries minister said the prime minister had ignored \"a road with no police\". " + _NEXT,
         "Irena Voltask"),
        ("Norway's fisheries minister said the minister of trade had ignored \"a road with no police\". " + _NEXT,
         "Irena Voltask"),
        ("Norway's acting fisheries minister said the fjord was \"a road with no police\". " + _NEXT, "Irena Voltask"),
        ("Norway's interim fisheries minister said the fjord was \"a road with no police\". " + _NEXT, "Irena Voltask"),
        # near misses: another minister as a subject between, a rank word naming another office dropped
        ("Norway's fisheries minister said the fjord was \"a road with no police\" before Sweden's minister "
         "arrived. " + _NEXT, "Norway's fisheries minister"),
        ("Norway's fisheries minister said the fjord was \"a road with no police\" and Sweden's minister "
         "agreed. " + _NEXT, "Norway's fisheries minister"),
        ("Norway's deputy fisheries minister said the fjord was \"a road with no police\". " + _NEXT,
         "Norway's deputy fisheries minister"),
        ("Norway's former fisheries minister said the fjord was \"a road with no police\". " + _NEXT,
         "Norway's former fisheries minister"),
        ("Norway's vice minister said the fjord was \"a road with no police\". " + _NEXT, "Norway's vice minister"),
    ],
)
def test_the_minister_named_next(text, speaker):
    assert _speaker_of(text, "a road with no police") == speaker


_UNTIL = ("Sofie Lund, Norway's energy minister {tail}, met Brann Edvik, Norway's minister of energy, in Tromvik.\n\n"
          "“We stop competing,” Edvik said.\n\n")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_UNTIL.format(tail="until 2019") + "“Talks resume in April,” the former minister of energy said.",
         "Sofie Lund"),
        (_UNTIL.format(tail="until March 2021") + "“Talks resume in April,” the former energy minister said.",
         "Sofie Lund"),
        # near misses: an office held since a year, or up to an event, is held now; the serving minister is Edvik's
        (_UNTIL.format(tail="since 2019") + "“Talks resume in April,” the former minister of energy said.",
         "the former minister of energy"),
        (_UNTIL.format(tail="until the election") + "“Talks resume in April,” the former minister of energy said.",
         "the former minister of energy"),
        (_UNTIL.format(tail="until 2019") + "“Talks resume in April,” Edvik said.", "Brann Edvik"),
    ],
)
def test_an_office_held_until_a_year_is_a_former_one(text, speaker):
    assert speakers_of(text)["Talks resume in April"] == speaker
