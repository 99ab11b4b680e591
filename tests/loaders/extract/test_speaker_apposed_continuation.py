"""A quote paragraph after a paragraph whose last sentence reports the speech of a name apposed to a description
("The director of the port, Ann Bell, told … that …" / "A member of the delegation, Ann Bell, said …") goes on
quoting that person: the apposition's closing comma stands between the name and the speech verb. Made-up text."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

OPENING = "Ministers met in Halvik on Monday.\n"
QUOTE = "\n\"We will not risk a single passenger. The river is high.\"\nOther news followed."


def _direct_speaker(middle: str):
    [quote] = [q for q in quotes_of(OPENING + middle + QUOTE) if q.kind == "direct"]
    return quote.speaker_name, quote.speaker_reference


@pytest.mark.parametrize("middle, speaker", [
    ("The director of the Kessel river port, Anton Merrick, told the Kessel Herald that all ferries had been "
     "halted since Tuesday.", "Anton Merrick"),
    ("A member of the Norland delegation, Petra Vossberg, said the port of Kessel would open a matching dock.",
     "Petra Vossberg"),
    ("A spokeswoman for the port, Petra Vossberg, said the ferries had stopped.", "Petra Vossberg"),
    ("Her deputy, Petra Vossberg, told reporters that the ferries had stopped.", "Petra Vossberg"),
])
def test_a_name_apposed_to_a_description_speaks_on(middle, speaker):
    assert _direct_speaker(middle) == (speaker, "continuation")


@pytest.mark.parametrize("middle", [
    # the apposed name is an object, or its verb is no speech
    "The ferry line hired the director of the Kessel port, Anton Merrick, in March.",
    "The director of the Kessel port, Anton Merrick, was dismissed on Tuesday.",
    "A member of the Norland delegation, Petra Vossberg, arrived late.",
    "Reporters asked the director of the port, Anton Merrick, about the ferries.",
    "A day after the storm, Anton Merrick, the port director, visited the docks.",
])
def test_an_apposed_name_that_reports_no_speech_is_no_speaker(middle):
    assert _direct_speaker(middle) == (None, None)
