"""A pull quote signed on its own last line: a person's name (a known given name first), a comma and where they work,
then the closing mark. A last line without the comma, or whose first word is no given name, signs nothing.
Made-up people only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _who(text, words):
    quote = quote_with(text, words)
    return quote.speaker_name or quote.speaker_label


# Near misses first: no comma and affiliation, or no given name opening the line.
@pytest.mark.parametrize("text", [
    'Budgets came up.\n\n"I worry that budget hawks will be back as the race goes on.\nThank You Everyone."\n\nBut it went on.\n',
    'Budgets came up.\n\n"I worry that budget hawks will be back as the race goes on.\nLong Live Thrift, Forever."\n\nBut it went on.\n',
])
def test_last_line_that_signs_nothing(text):
    assert _who(text, "I worry") is None


@pytest.mark.parametrize("text, name", [
    ('Budgets came up.\n\n"I worry that budget hawks will be back as the race goes on.\nNora Quist, Center for Fiscal Study."\n\n'
     'But the debate went on.\n', "Quist"),
    ('Budgets came up.\n\n“I worry that budget hawks will be back as the race goes on.\nIvo Brandt, Harlow Institute.”\n\n'
     'But the debate went on.\n', "Brandt"),
])
def test_signed_on_its_last_line(text, name):
    assert name in (_who(text, "I worry") or "")
