"""A document's source written with a possessive ("according to a statement from Crane’s office") is that whole
phrase ("Crane’s office"), not the possessive alone ("Crane’s"). Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = "Senator Lydia Crane of Ohio spoke on Monday. "


@pytest.mark.parametrize("text, label", [
    ("“We do not trust this deal,” according to a statement from Crane’s office.", "Crane’s office"),
    ("“We do not trust this deal,” according to a statement from Lydia Crane's campaign.", "Lydia Crane's campaign"),
])
def test_possessive_source(text, label):
    quote = quote_with(_LEAD + text, "trust")
    assert quote.speaker_name is None and quote.speaker_label == label


@pytest.mark.parametrize("text, speaker, label", [
    ("“We do not trust this deal,” according to a statement from the Kestel Nurses Union.", None,
     "the Kestel Nurses Union"),
    ("“We do not trust this deal,” according to a statement from Crane.", "Lydia Crane", None),
])
def test_other_sources(text, speaker, label):
    quote = quote_with(_LEAD + text, "trust")
    assert quote.speaker_name == speaker
    if label:
        assert quote.speaker_label == label
