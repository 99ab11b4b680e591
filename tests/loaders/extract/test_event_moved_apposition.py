"""A gathering with an apposition telling it moved, then its own verb in the future, is planned (events round R25,
session review item 3; `modality._MOVED_APPOSITION`): "The talks, postponed to next week, will be held in Oslo" was
stored occurred, the 'will' past the apposition's commas unread. Near misses keep their reading: the verb after the
apposition in the past ("were held"), an apposition that moves nothing ("held in secret"), no apposition. Made-up
sentences, written before the change.
"""

import pytest

from loaders.extract.modality import read_status

BODIES_STATUS = [
    ("The Vessel talks, postponed to next week, will be held in Tromsø.", "talks", "planned"),
    ("The Kaldera summit, pushed back by a month, will open in Brno.", "summit", "planned"),
    ("The Lindqvist hearing, moved to Thursday, is to take place in Malmö.", "hearing", "planned"),
    # near misses
    ("The Vessel talks, postponed to last week, were held in Tromsø.", "talks", "occurred"),
    ("The Vessel talks, held in secret, ended without a deal.", "talks", "occurred"),
    ("The Vessel talks, postponed twice, ended without a deal.", "talks", "occurred"),
    ("The Kaldera summit opened in Brno.", "summit", "occurred"),
]


@pytest.mark.parametrize("body, word, expected", BODIES_STATUS)
def test_a_moved_gathering_with_its_verb_to_come_is_planned(body, word, expected):
    start = body.index(word)
    assert read_status(body, (start, start + len(word)), (0, len(body)))[0] == expected
