"""A block set out without marks below a lead-in that reads out a statement ("Mayor Tom Price read a statement to
the council:") or answers with the words below it ("Price neatly refutes this:", "Price does not buy this:") is the
lead-in's speaker's direct quote; a list read out, or "opposes this:", gives no quote. Made-up text."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_AFTER = "\n\nWe have waited ten years for this bridge, and it will pay for itself by spring.\n\nThe vote passed."


@pytest.mark.parametrize("lead_in", [
    "The council met on Monday.\n\nMayor Tom Price read a statement to the council:",
    "The council met on Monday.\n\nMayor Tom Price read out a statement after the vote:",
    "Critics say the bridge is too costly. Mayor Tom Price neatly refutes this:",
    "Some say the toll is fair. Mayor Tom Price does not buy this:",
    "Critics say the bridge is too costly. Mayor Tom Price puts it this way:",
])
def test_block_after_read_out_or_rebuttal_lead_in(lead_in):
    [quote] = quotes_of(lead_in + _AFTER)
    assert quote.kind == "direct" and quote.speaker_name == "Tom Price" and quote.text.startswith("We have waited")


@pytest.mark.parametrize("lead_in", [
    "The council met on Monday.\n\nMayor Tom Price opposes this:",
    "The council met on Monday.\n\nMayor Tom Price read the report on the bridge:",
])
def test_near_miss_lead_ins_give_no_quote(lead_in):
    assert not quotes_of(lead_in + _AFTER)


def test_list_read_out_gives_no_quote():
    text = ("The council met on Monday.\n\nMayor Tom Price read a statement naming the dead:\n\n"
            "John Smith, Mary Jones and Peter Brown.\n\nThe vote passed.")
    assert not quotes_of(text)
