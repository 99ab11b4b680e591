"""eventsR45 (#15, location): which happenings of a local story take the story's own place (`events._takes_own_place`).

Made-up one-sentence texts (invented towns; the own place is given, as `eventplaces.article_place` would find it):
1. of the story's own time: reported, or dated by its own words up to weeks before publication or after it ("in
   September" in October, "early next year"); not a happening recalled from another year, nor an undated or inherited
   date's one;
2. a word inside a longer name ("Tahuna Normal Intermediate") and the place that holds the own place ("Harlow County,
   Kentucky") name no other place; another known place in the sentence still does.
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.eventmerge import _Mention
from loaders.extract.events import _Sentence, _takes_own_place
from loaders.extract.reldates import DateValue

PUBLISHED = date(2026, 10, 8)
SEPTEMBER = DateValue(date(2026, 9, 1), date(2026, 9, 30), "month")
NEXT_YEAR = DateValue(date(2027, 1, 1), date(2027, 12, 31), "year")
OLD_YEAR = DateValue(date(2013, 1, 1), date(2013, 12, 31), "year")
LAST_MONTH = DateValue(date(2026, 9, 1), date(2026, 9, 30), "month")
MONDAY = DateValue(date(2026, 10, 5), date(2026, 10, 5), "day")

ROWS = {
    # hits
    "background, 'in September'": ("Okafor's rivals said the Tarnby depot closed in September.", "Tarnby", "other",
                                   "background", SEPTEMBER, False, [], True),
    "planned, 'early next year'": ("Building work on the Tarnby wharf is expected to begin early next year.", "Tarnby",
                                   "other", "background", NEXT_YEAR, False, [], True),
    "reported, a name's inner word": ("Kestle Normal School closed for the day on Monday.", "Brennvik", "other",
                                      "reported", MONDAY, False, [], True),
    "the holder after a comma": ("Last month, the only bakery in Harlow County, Kentucky, closed its doors.", "Harlow",
                                 "other", "background", LAST_MONTH, False, [], True),
    # near misses: another year, undated, an inherited date
    "recalled from another year": ("The Tarnby market was last repaired in 2013.", "Tarnby", "other", "background",
                                   OLD_YEAR, False, [], False),
    "undated background": ("Tarnby's old mill burned down long ago.", "Tarnby", "other", "background", None, False, [],
                           False),
    "an inherited date": ("The depot closed in September.", "Tarnby", "other", "background", SEPTEMBER, True, [],
                          False),
    # near misses: another place named, a place before a comma that is not the own place, national acts, other types
    "another known place": ("The Tarnby depot closed in September as work moved to Mexico.", "Tarnby", "other",
                            "background", SEPTEMBER, False, [], False),
    "a place after a comma, not the own place's": ("The depot in Varnby, Kentucky, closed in September.", "Tarnby",
                                                   "other", "background", SEPTEMBER, False, [], False),
    "a national body's act": ("The ministry closed the depot in September.", "Tarnby", "other", "background",
                              SEPTEMBER, False, ["Ministry of Transport"], False),
    "a meeting (may be in any capital)": ("The two mayors met in September.", "Tarnby", "meeting", "background",
                                          SEPTEMBER, False, [], False),
    "a nationwide vote": ("The presidential election is due early next year.", "Tarnby", "election", "background",
                          NEXT_YEAR, False, [], False),
}


@pytest.mark.parametrize("text, place, kind, role, value, inherited, actors, expected", ROWS.values(), ids=ROWS.keys())
def test_takes_own_place(text, place, kind, role, value, inherited, actors, expected):
    event = _Mention(kind, 0, 5, 0, date=value, date_inherited=inherited, actors=list(actors), role=role)
    assert _takes_own_place(text, event, place, [_Sentence(0, len(text))], PUBLISHED) is expected
