"""A description that speaks before anyone is given its role, and is named right after by its head again with "the"
and an apposed name ("Norway's fisheries minister told reporters … The minister, Irena Voltask, said …"): the short
form takes up the description, so the name is its speaker; only in the same or the next sentence, only the same
head, and only a name set off by commas."""

import pytest

from tests.loaders.extract.quote_steps import quotes_of

_SAID = "Norway's fisheries minister told reporters that the fjord had become \"a road with no police\". "


def _partial_speaker(text: str) -> str | None:
    [quote] = [q for q in quotes_of(text) if q.text.startswith("a road with no police")]
    return quote.speaker_name or quote.speaker_label


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_SAID + "The minister, Irena Voltask, said both governments would share data.", "Irena Voltask"),
        (_SAID + "The minister, Irena Voltask, is due in Stockholm next week.", "Irena Voltask"),
        ("The fisheries minister said the fjord had become \"a road with no police\", and the minister, Irena "
         "Voltask, asked for boats.", "Irena Voltask"),
        # near misses: another head, a name without its commas, a name two sentences on, a head inside a quote
        (_SAID + "The mayor, Irena Voltask, said both towns would share data.", "Norway's fisheries minister"),
        (_SAID + "The minister met Irena Voltask, who said both governments would share data.",
         "Norway's fisheries minister"),
        (_SAID + "Boats were sent. The minister, Irena Voltask, said the towns would share data.",
         "Norway's fisheries minister"),
        (_SAID + "A fisherman said: \"The minister, Irena Voltask, was late.\"", "Norway's fisheries minister"),
    ],
)
def test_description_named_by_its_head_next(text, speaker):
    assert _partial_speaker(text) == speaker
