"""eventsR38: the article's own place (`eventplaces.article_place`) when no table knows the town, and when the
events' places name no leader. Made-up rows (invented towns): the cases and more near misses that must stay unplaced."""
import pytest

from loaders.extract.eventplaces import article_place

_TAIL = " " + "x " * 160

ROWS = [
    # (title, body, locations of the article's events, expected)
    # the case: no event placed; an unknown town set in three times ("in Holmvarde,"), named in the title
    ("Holmvarde waits for its ferry",
     "The ferry stopped in Holmvarde. Nobody came." + _TAIL + "Life in Holmvarde, slow. At Holmvarde, quiet.",
     [None, None], "Holmvarde"),
    # near miss: the unknown town is set in only twice
    ("Holmvarde waits for its ferry", "The ferry stopped in Holmvarde. Nobody came." + _TAIL + "Life in Holmvarde.",
     [None, None], None),
    # near miss: a given name after "in" is a person, not a place ("in Maria's")
    ("Maria waits", "The shop in Maria. Maria smiled." + _TAIL + "Life in Maria. At Maria, quiet.", [None], None),
    # near miss: a calendar word ("in Decemberfest") is no town
    ("Decemberfest opens", "Fun in Decemberfest. Wow." + _TAIL + "Life in Decemberfest. At Decemberfest, ok.",
     [None], None),
    # near miss: the unknown name runs on into a lower-case verb ("in Holmvarde shut"): not set in as a whole name
    ("Holmvarde waits", "The shop in Holmvarde shut. Shops in Holmvarde close. Pubs in Holmvarde open." + _TAIL,
     [None], None),
    # near miss: set in three times but named neither in the title nor the lead
    ("A ferry stops", "The ferry stopped on Monday." + _TAIL + "In Holmvarde, x. In Holmvarde, y. In Holmvarde, z.",
     [None], None),
    # the case: events placed once each (no leader), the text sets things in one of them far more than elsewhere
    ("Tarnvik waits for its plant",
     "Workers in Tarnvik, idle. The plant in Tarnvik, shut." + _TAIL + "Back in Tarnvik, they wait. Talks in Bonn.",
     ["Tarnvik", "Bonn", None], "Tarnvik"),
    # near miss: the most set-in town is not among the events' places
    ("Tarnvik waits for its plant",
     "Workers in Tarnvik, idle. The plant in Tarnvik, shut." + _TAIL + "Back in Tarnvik, they wait. Talks in Bonn.",
     ["Oslo", "Bonn", None], None),
    # near miss: two towns set in as often (no more than half of the mentions its own)
    ("Tarnvik and Brennvik wait",
     "Workers in Tarnvik, idle. In Brennvik, idle." + _TAIL + "In Tarnvik, waiting. In Brennvik, waiting. "
     "In Tarnvik, more. In Brennvik, more.",
     ["Tarnvik", "Brennvik", None], None),
    # near miss: the dateline's town, named often, but set in only once (a bureau's town, not the news')
    ("Spill reaches the river", "TARNVIK, 9 April - Oil reached the river.\nTarnvik, 9 Apr\nTalks in Tarnvik, x."
     + _TAIL + "Tarnvik said. Tarnvik waits. Talks in Bonn.", ["Tarnvik", "Bonn", None], None),
    # near miss: set in under three times, events placed once each
    ("Tarnvik waits", "Workers in Tarnvik, idle." + _TAIL + "Talks in Bonn.", ["Tarnvik", "Bonn"], None),
]


@pytest.mark.parametrize("title,body,locations,expected", ROWS)
def test_unknown_and_fallback_own_place(title, body, locations, expected):
    assert article_place(body, title, locations) == expected
