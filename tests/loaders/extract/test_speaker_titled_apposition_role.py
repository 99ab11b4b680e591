"""A description set off before a titled name ("Hale's running mate, Gov. Nina Park, …") is that person's role as
much as before a bare name, so "the running mate" later is Nina Park. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


@pytest.mark.parametrize("text, speaker", [
    ("Hale’s running mate, Gov. Nina Park, spoke next. “He is not a politician,” the running mate said.", "Nina Park"),
    ("The panel's new chair, Sen. Ivo Pask, opened the hearing. “We will go line by line,” the chair said.", "Ivo Pask"),
])
def test_description_before_a_titled_name(text, speaker):
    assert quote_with(text, "").speaker_name == speaker


# Near misses: an untitled name keeps working, and a description that fits nobody stays a label.
@pytest.mark.parametrize("text, speaker, label", [
    ("Hale’s running mate, Nina Park, spoke next. “He is not a politician,” the running mate said.", "Nina Park", None),
    ("Gov. Nina Park spoke next. “He is not a politician,” the running mate said.", None, "the running mate"),
])
def test_other_shapes(text, speaker, label):
    quote = quote_with(text, "")
    assert quote.speaker_name == speaker
    if label:
        assert quote.speaker_label == label
