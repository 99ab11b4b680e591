"""speakersR52: a body's initials in brackets after its capitalised name are part of the speaker phrase read back
from the verb ("The Coastal Water Authority (CWA) in the north said"). Rows made up."""
import pytest

from loaders.extract.quote_subjects import _np_before

HITS = [
    ("The Coastal Water Authority (CWA) in the north said", "The Coastal Water Authority (CWA) in the north"),
    ("The Rural Roads Board (RRB) in Varna said", "The Rural Roads Board (RRB) in Varna"),
    ("The Harbour Safety Office (HSO) of the province said", "The Harbour Safety Office (HSO) of the province"),
]

NEAR_MISSES = [
    # no words after the bracket: the older rule, unchanged
    ("Sen. Maria Lopez (D-Ore.) said", "Sen. Maria Lopez (D-Ore.)"),
    # (the near misses keep what the reader gave before this rule, whatever it is: the rule leaves them alone)
    # lowercase words in the brackets: an aside, not taken in
    ("Tomas Vell (pictured) in Oslo said", "pictured) in Oslo"),
    # a bracket after a lowercase word: no name's initials
    ("the agency (CWA) in the north said", "CWA) in the north"),
    # a capitalised word in the brackets that is no run of initials
    ("The Water Board (Varna) in the north said", "Varna) in the north"),
    # no bracket at all
    ("The Coastal Water Authority in the north said", "The Coastal Water Authority in the north"),
]


@pytest.mark.parametrize("text,expected", HITS + NEAR_MISSES)
def test_bracketed_initials(text, expected):
    body = "Flooding closed roads. " + text + " the work would end soon."
    floor = len("Flooding closed roads. ")
    end = body.index(" said")
    span = _np_before(body, floor, end)
    assert span is not None
    assert body[span[0]:span[1]] == expected
