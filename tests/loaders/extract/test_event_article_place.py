"""The article's own place (`eventplaces.article_place`): the place the article gives its events again and again and
names in its title or lead is where a local happening it gives no place of its own took place. Made-up rows: the
case it fixes and near misses that must stay unplaced."""
import pytest

from loaders.extract.eventplaces import article_place

_LEAD = "Floods hit Varnby as river bursts its banks\n\nThe river Varn burst its banks in Varnby on Monday. "

ROWS = [
    # (title, body, locations of the article's events, expected)
    # the case: the lead names Varnby and two events are placed there
    ("Floods hit Varnby", _LEAD + "More text.", ["Varnby", None, "Varnby", None], "Varnby"),
    # the title alone names it
    ("Varnby mayor resigns", "The mayor resigned on Monday. " + "x " * 300, ["Varnby", "Varnby", None], "Varnby"),
    # near miss: placed only once, no pattern of the article's own place
    ("Floods hit Varnby", _LEAD, ["Varnby", None, None], None),
    # near miss: two places tie, which one is the article's is not told
    ("Floods hit Varnby and Tarnia", _LEAD + "Tarnia too.", ["Varnby", "Tarnia", "Varnby", "Tarnia"], None),
    # near miss: the most placed town is not in the title or lead (a side story's place)
    ("Floods hit the north", "The river burst its banks on Monday. " + "x " * 300 + "in Brennvik",
     ["Brennvik", "Brennvik", None], None),
    # near miss: no event placed at all
    ("Floods hit Varnby", _LEAD, [None, None], None),
    # near miss: a place named only as part of a longer word in the lead ("Varnbyholm") is not the place named
    ("Storm at Varnbyholm", "The storm hit Varnbyholm on Monday. " + "x " * 300, ["Varnby", "Varnby"], None),
    # the case: no event placed, but the text twice sets its news in a town the tables know, named in the lead
    ("Reporting from Bonn", "BONN - Delegates walked out on Monday. Talks in Bonn stalled. Later in Bonn, they met.",
     [None, None], "Bonn"),
    # near miss: Bonn named only once in all ("in Bonn", the title not naming it)
    ("Delegates walk out", "Delegates walked out on Monday. Talks in Bonn stalled.", [None, None], None),
    # near miss: a known place the text sets things in, named often, but not in the title or lead
    ("Delegates walk out", "Delegates walked out on Monday. " + "x " * 300 + "Talks in Bonn. Bonn is far. In Bonn.",
     [None], None),
    # near miss: the town is named in the second sentence, the first sets the news in the country
    ("", "Voters in Tarnia go to the polls on Sunday. The party held its rally in Brennvik.", ["Brennvik", "Brennvik"],
     None),
    # the case: the first sentence (a dateline's) names the town
    ("", "BRENNVIK - Brennvik voters go to the polls on Sunday. The party held its rally.", ["Brennvik", "Brennvik"],
     "Brennvik"),
    # near miss: a month or a body after "in" is no place ("in March", "in Parliament")
    ("Vote in March", "The vote in March. Debate in March. In Parliament, in Parliament.", [None], None),
]


@pytest.mark.parametrize("title,body,locations,expected", ROWS)
def test_article_place(title, body, locations, expected):
    assert article_place(body, title, locations) == expected


# eventsR48 review: a place given to one event only is no article place, even when the text sets its news in the
# town most (a local paper's one placed event is often its townsfolk's side of a story told elsewhere: "detained
# overseas", "in the provincial capital"); the rule that took it was reverted. These rows pin the old behaviour.
_OSLO = "Snow shuts Oslo schools\n\nSnow fell in Oslo on Friday and schools closed early. Later in Oslo, buses stopped."
PLACED_ONCE_ROWS = [
    ("Snow shuts Oslo schools", _OSLO, ["Oslo", None, None], None),
    ("Snow shuts Oslo schools", _OSLO, ["Bergen", "Tromso", None], None),
    ("Snow shuts schools", "Snow fell on Friday and schools closed. Buses stopped in the north.", ["Oslo", "Bergen"],
     None),
    ("Snow shuts schools", "Snow fell in Oslo on Friday and schools closed early.", ["Oslo", None], None),
    ("Snow shuts schools", "Snow fell on Friday and schools closed early. " + "x " * 300 + "In Oslo, in Oslo.",
     ["Oslo", None], None),
]


@pytest.mark.parametrize("title,body,locations,expected", PLACED_ONCE_ROWS)
def test_article_place_when_one_event_is_placed(title, body, locations, expected):
    assert article_place(body, title, locations) == expected
