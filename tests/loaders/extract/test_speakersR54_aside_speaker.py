"""Who speaks a quote paragraph: the paragraph before ends on a sentence whose speaker stands in an aside ("The shop,
Lind says, would need 50 more customers."): that person holds the floor for the quote paragraph after it, as the
subject of "Lind says the shop would need …" does. Made-up rows; near misses where the aside names someone without a
speech verb, a possessive, two people, or a verb of seeing leave the quote unattributed."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of

_OPEN = "Grocer Ana Lind runs the shop on Main Street. Baker Tom Moss sells bread next door.\n\n"
_QUOTE = "\n\n“If the heater breaks in January, we close for a month.”"

_HITS = [
    ("The shop, Lind says, would need 50 more customers to last the winter.", "Ana Lind"),
    ("The bakery, Moss said, had lost a third of its trade since May.", "Tom Moss"),
    ("Winter, Lind explains, is the worst season for a corner shop.", "Ana Lind"),
]
_NEAR = [
    # no speech verb in the aside
    "The shop, Lind noticed, was empty by noon.",
    # a possessive: the aside is about the shop of hers
    "The shop, Lind's pride, would need 50 more customers to last the winter.",
    # two people in the aside
    "The shop, Lind and Moss say, would need 50 more customers to last the winter.",
    # the name inside a relative clause, no aside of its own
    "The shop, which Lind says is old, would need 50 more customers.",
]


@pytest.mark.parametrize("sentence, speaker", _HITS)
def test_an_aside_speaker_holds_the_floor(sentence, speaker):
    assert speakers_of(_OPEN + sentence + _QUOTE).get("If the heater breaks in January, we close for a month") \
        == speaker


@pytest.mark.parametrize("sentence", _NEAR)
def test_no_aside_speaker(sentence):
    assert speakers_of(_OPEN + sentence + _QUOTE).get("If the heater breaks in January, we close for a month") \
        is None
