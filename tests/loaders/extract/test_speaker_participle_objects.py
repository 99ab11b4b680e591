"""A name after a lowercase -ing participle is its object, not the speaker ("Voters backing Ann Bell said": the
voters speak); -ing words that describe the person before the name (data ING_DESCRIBERS: "acting", "visiting")
keep the name as the head. Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


_quote = quote_with


# Near misses first: a describing -ing word or a role noun before the name keeps the person as speaker.
@pytest.mark.parametrize("text", [
    'Nora Quist ran. The acting mayor Nora Quist said “it is a new era.”',
    'Nora Quist ran. Visiting professor Nora Quist said “it is a new era.”',
    'Nora Quist ran. Nora Quist said “it is a new era.”',
])
def test_describing_word_keeps_the_name(text):
    assert _quote(text, "new era").speaker_name == "Nora Quist"


@pytest.mark.parametrize("text, label", [
    ('Nora Quist ran. Voters backing Nora Quist said “it is a new era.”', "Voters backing Nora Quist"),
    ('Ivo Brandt spoke. Protesters supporting Ivo Brandt chanted “not one step back.”', "Protesters supporting Ivo Brandt"),
])
def test_name_after_a_participle_is_its_object(text, label):
    quote = _quote(text, "")
    assert quote.speaker_name is None
    assert quote.speaker_label == label
