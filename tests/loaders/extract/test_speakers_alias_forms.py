"""Another name given right at a full name (`speaker_aliases`): a given name alone in brackets ("Ana Ruiz (Nena)")
and the full name's initials ("John Patrick Kelly – JP to colleagues –") stand for that person when a quote is
attributed to them later; a party's word, a place or capitals that are not her initials stay labels. Made-up text."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


@pytest.mark.parametrize("text, speaker", [
    ('Ana Ruiz (Nena) runs the bakery on the square.\n\n"We bake before dawn," said Nena.', "Ana Ruiz"),
    ('Ana Ruiz (Nena) runs the bakery on the square.\n\n"We bake before dawn," Nena said.', "Ana Ruiz"),
    ('John Patrick Kelly – JP to colleagues – runs the depot.\n\n"We open at six," JP said.', "John Patrick Kelly"),
    ('John Patrick Kelly (JP) runs the depot.\n\n"We open at six," said JP.', "John Patrick Kelly"),
])
def test_short_name_is_the_full_named_person(text, speaker):
    assert quote_with(text, "We ").speaker_name == speaker


@pytest.mark.parametrize("text", [
    'Ana Ruiz (Labour) runs the council.\n\n"We bake before dawn," said Labour.',
    'Ana Ruiz (Tory) runs the council.\n\n"We bake before dawn," said Tory.',
    'Ana Ruiz (Jordan) runs the council.\n\n"We bake before dawn," said Jordan.',
    'John Patrick Kelly (NHS) runs the depot.\n\n"We open at six," the NHS said.',
    'John Patrick Kelly – AB to colleagues – runs the depot.\n\n"We open at six," AB said.',
])
def test_near_misses_are_not_the_full_named_person(text):
    assert quote_with(text, "We ").speaker_name not in ("Ana Ruiz", "John Patrick Kelly")


def test_a_given_name_used_before_is_somebody_own():
    text = ('Nena Ortiz sells bread.\n\nAna Ruiz (Nena) runs the bakery on the square.\n\n'
            '"We bake before dawn," Nena said.')
    assert quote_with(text, "We ").speaker_name != "Ana Ruiz"
