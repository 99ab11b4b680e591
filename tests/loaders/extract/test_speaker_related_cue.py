""""Relate" in its sense of telling ("The pastor related that he had prayed for weeks. “…”") is a speech verb in
its inflected forms; its bare form ("relate to") and "related to" are no cue. Made-up people and texts only."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_LEAD = "Pastor Eli Hartwell spoke on Sunday. "


@pytest.mark.parametrize("text", [
    "Hartwell related that he had prayed for weeks. “I sensed a calling to run for the council seat.”",
    "Hartwell later related how he had prayed for weeks: “I sensed a calling to run for the council seat.”",
    "Hartwell related, “I sensed a calling to run for the council seat.”",
])
def test_related_introduces_the_teller(text):
    [quote] = [q for q in quotes_of(_LEAD + text) if "calling" in q.text]
    assert quote.speaker_name == "Eli Hartwell"


# Near misses: "related to", a "related" noun modifier and a speaker named otherwise keep what they had.
@pytest.mark.parametrize("text, speaker", [
    ("Hartwell faced charges related to the fund. “I sensed a calling to run for the council seat,” said Ana Ruiz.",
     "Ana Ruiz"),
    ("Ana Ruiz, a council member, spoke next. “I sensed a calling to run for the council seat,” she said of a "
     "related case.", "Ana Ruiz"),
    ("The two cases are related. “I sensed a calling to run for the council seat,” said Ana Ruiz.", "Ana Ruiz"),
])
def test_related_elsewhere_changes_nothing(text, speaker):
    [quote] = [q for q in quotes_of(_LEAD + text) if "calling" in q.text]
    assert quote.speaker_name == speaker
