"""A name set off by commas after a body's description ("A local watchdog group, Kalinaw Bayan, said") is that
body's name, a label, not a person (speakers.SpeakerResolver._org_noun_before). Made-up sentences; near misses: a
known given name there stays a person, a person's description (no body's noun) keeps the person."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    ("A local watchdog group, Kalinaw Bayan, said in a statement that the verdict was \u201ca dark day for "
     "justice.\u201d", "dark day", None, "Kalinaw Bayan"),
    ("The residents' association, Tolvan Mereth, said the plan was \u201cnot acceptable.\u201d", "not acceptable",
     None, "Tolvan Mereth"),
    # near misses
    ("A local watchdog group, led by Maria Santos, said the verdict was \u201ca dark day.\u201d Maria Santos, its "
     "founder, agreed.", "dark day", None, None),
    ("The group's founder, Tolvan Mereth, said: \u201cWe will fight this plan.\u201d", "fight this plan",
     "Tolvan Mereth", None),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_body_named_in_apposition(text, words, name, label):
    quote = quote_with(text, words)
    assert quote.speaker_name == name
    if label:
        assert label in (quote.speaker_label or "")
