"""A dated remark to an audience is a statement event: "told investors last week", "told a local radio station
on Monday". Telling what someone said (no audience, or no date right after) stays a quote."""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def statements(text: str) -> list[str]:
    return [text[start:end] for kind, start, end in _find_triggers(text, []) if kind == "statement"]


@pytest.mark.parametrize("text, expected", [
    # the long-standing row: reporters on a weekday
    ("Ana Silva told reporters on Monday that the plan stood.", ["told reporters"]),
    # other audiences and relative dates
    ("The Varden Motors chief, Ana Silva, told investors last week that sales had slowed.", ["told investors"]),
    ("Ana Silva told a local broadcaster this week that she was hopeful.", ["told a local broadcaster"]),
    ("Ana Silva told lawmakers in March that the fund was empty.", ["told lawmakers"]),
    ("Ana Silva told the Varden Assembly last month that the rules would change.", ["told the Varden Assembly"]),
    # near misses: no date right after the audience, or no audience (a person told is reported speech)
    ("Ana Silva told investors that sales had slowed last week.", []),
    ("Ana Silva told her sister last week that she would move.", []),
    ("Ana Silva has often told investors that patience pays.", []),
])
def test_dated_remark_to_an_audience(text, expected):
    assert statements(text) == expected
