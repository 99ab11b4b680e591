"""A Burmese name has no family name: every word is one of a small set of name syllables ("Min Aung Hlaing", "Kyaw
Moe Tun"), so its first word is no descriptor to drop before a given name, though the lists may know only a later
word ("Aung"). Made-up rows; expectations written before running."""
import pytest

from loaders.extract.names import burmese_name
from tests.loaders.extract.test_people_world_names_stress import _people


@pytest.mark.parametrize(("words", "expected"), [
    (["Min", "Aung", "Hlaing"], True),
    (["Kyaw", "Moe", "Tun"], True),
    (["Thinzar", "Shunlei", "Yi"], False),  # not every word a listed syllable
    (["Min", "Aung"], False),  # two words: "Min Aung" may be a firm's or a place's as often; a third decides
    (["San", "Jose", "Aung"], False),
])
def test_burmese_name(words, expected):
    assert burmese_name(words) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("YANGON — Min Aung Hlaing said the junta had a mandate.", {"Min Aung Hlaing"}),
    ("YANGON — He said the junta of Min Aung Hlaing had no mandate.", {"Min Aung Hlaing"}),
    # near miss: a descriptor before a given name is still dropped
    ("LONDON — Westlander Jo Roe said the road was shut.", {"Jo Roe"}),
])
def test_a_burmese_name_keeps_its_first_word(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected
