"""A short lowercase quote between a determiner and the noun it modifies is the writer's marked term, no partial
quote ("its “coping” function", "the so-called “green corridor” plan"); a quote that ends a characterisation or goes
on the sentence stays a partial. Made-up text."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


@pytest.mark.parametrize("text", [
    'The study tested its "coping" function in adults, Dr Lena Voss said.',
    'Dr Lena Voss praised the trial for an "active control" design.',
    'Mayor Tom Price backed the so-called "green corridor" plan on Monday.',
    'Mayor Tom Price said their "fast lane" scheme had failed.',
    'Dr Lena Voss said it went beyond its original "coping" function.',
])
def test_modifier_term_is_no_partial(text):
    assert not [q for q in quotes_of(text) if q.kind == "partial"]


@pytest.mark.parametrize("text, words", [
    ('Mayor Tom Price described the plan as "reckless".', "reckless"),
    ('Mayor Tom Price called it "a betrayal" of voters.', "a betrayal"),
    ('Mayor Tom Price said the "reform" was a sham.', "reform"),
    ('Mayor Tom Price said the plan was "a betrayal" and should go.', "a betrayal"),
    ('Mayor Tom Price said it was "reckless" to go on.', "reckless"),
    ('Mayor Tom Price called the plan a "betrayal."', "betrayal"),
    ('Mayor Tom Price mocked the "expert" panel.', "expert"),
    ('Mayor Tom Price said he would not touch the "water rights" raised by the farmers.', "water rights"),
    ('Mayor Tom Price said he would close the "budget gaps" facing the town.', "budget gaps"),
    # a review's cases: a speech verb's characterisation of its object keeps a several-word partial
    ('Raj Patel called it a "cruel and cynical" budget.', "cruel and cynical"),
    ('Mayor Ken Obi said it was a "deeply cynical" move.', "deeply cynical"),
    ('Mayor Ken Obi described the levy as a "deeply cynical" move.', "deeply cynical"),
])
def test_characterisation_stays_partial(text, words):
    assert [q for q in quotes_of(text) if q.kind == "partial" and q.text.strip(".") == words]
