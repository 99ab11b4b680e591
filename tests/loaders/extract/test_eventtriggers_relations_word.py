"""A relations trigger needs the word 'relations' or 'ties' itself near it, not inside another word (issue 15, round
3 of evdateF: "water has been restored to 3,000 properties" was stored as restored diplomatic relations, 'ties'
read inside 'properties'). Made-up sentences."""
import pytest

from loaders.extract.eventtriggers import _find_triggers


def types(text: str) -> list[str]:
    return [kind for kind, _, _ in _find_triggers(text, [])]


@pytest.mark.parametrize("text, expected", [
    ("Power has been restored to about 2,000 properties in the valley.", []),
    ("Services were restored to most communities and cities by noon.", []),
    ("Train links were restored between the two counties on Friday.", []),
    # the relations named: still a trigger
    ("Ties between Varno and Kell, cut in 2016, were restored on Monday.", ["diplomatic_relations"]),
    ("Diplomatic relations were restored in May.", ["diplomatic_relations"]),
])
def test_relations_word_is_a_word(text, expected):
    assert types(text) == expected
