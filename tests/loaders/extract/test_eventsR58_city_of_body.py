"""Round eventsR58 (#15, actors): "the City of Helsinki", "the Town of Varnby", "the Municipality of Kelvara": a town's
own government named by "City/Town/Municipality/Borough of" and the town is a body of its own, the actor of its act,
whether or not the gazetteer knows the town; never the town's country. Made-up rows written before the rule."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _actors(body, *names):
    return [list(e.actors) for e in events_of(body, *names, published=date(2010, 3, 10))]


@pytest.mark.parametrize("body, expected", [
    # hits: the town's government is the actor, the country none
    ("The City of Helsinki launched the scheme on Monday.", [["City of Helsinki"]]),
    ("The City of Oslo signed an agreement with Halvex Energy on Monday.", [["City of Oslo", "Halvex Energy"]]),
    ("The Town of Varnby closed the beach on Monday.", [["Town of Varnby"]]),
    ("The Municipality of Kelvara approved the budget on Tuesday.", [["Municipality of Kelvara"]]),
])
def test_city_of_town_is_a_body(body, expected):
    assert _actors(body) == expected


@pytest.mark.parametrize("body, expected", [
    # near misses: a city written without the body's words stays a place; "city of X" in lower case is the town
    # (and its country, as before);
    # a country after "of" is no town's body; a longer body with a head word keeps its own name; a person
    ("Halvex Energy opened a plant in Oslo on Monday.", [["Halvex Energy"]]),
    ("Halvex Energy opened a plant in the city of Oslo on Monday.", [["Norway", "Halvex Energy"]]),
    ("Norway and Sweden signed an agreement on Monday.", [["Norway", "Sweden"]]),
    ("The City of Varnby Council approved the budget on Tuesday.", [["City of Varnby Council"]]),
    ("Karl Brenner met Ana Silva in Helsinki on Monday.", [[]]),
    ("The Oslo city council approved the budget on Tuesday.", [["Oslo city council"]]),
])
def test_not_a_town_body(body, expected):
    assert _actors(body, "Karl Brenner", "Ana Silva") == expected
