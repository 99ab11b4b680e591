"""A description whose head also names organisations ("the developer", "the operator", "the publisher") stands for
the person the article gave that role when no organisation of that description was named before ("Victor Hale, a
real estate developer, … the developer said"); with such an organisation it stays the organisation's label, and
with no one given the role it stays a label. Made-up people and bodies only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


@pytest.mark.parametrize("text, speaker", [
    ("Victor Hale, a real estate developer, entered the race in June. “I am not a politician,” the developer said.",
     "Victor Hale"),
    ("Nina Park, the publisher of a small weekly, spoke at the hearing. “I am not a politician,” the publisher said.",
     "Nina Park"),
])
def test_a_person_given_the_role(text, speaker):
    assert quote_with(text, "not a politician").speaker_name == speaker


@pytest.mark.parametrize("text, label", [
    ("Harbourview Developments Ltd bought the site in June. “We are not politicians,” the developer said.",
     None),
    ("Victor Hale entered the race in June. “I am not a politician,” the developer said.", "the developer"),
])
def test_no_person_with_the_role(text, label):
    quote = quote_with(text, "not")
    assert quote.speaker_name is None
    if label is not None:
        assert quote.speaker_label == label


def test_an_owned_thing_is_no_role():
    text = ("Mr. Victor Hale built an empire. Mr. Hale's company, Halecorp, grew fast. The company says its policy "
            "“is not to comment” on Mr. Hale.")
    assert quote_with(text, "not to comment").speaker_name is None
