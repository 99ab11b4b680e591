"""eventsR46 (#15, location): the eventsR45 widening of `events._takes_own_place` is reverted (lead decision).

eventsR45 let a local happening dated by its own words up to 62 days before publication (role "background") take the
article's own place, and read a word inside a longer name or the place after a comma as no other place. The review
found a "<town> X" word before a team or a person read as "here", with "an away game" and "on holiday" unchecked. The
rule is back to: only a reported happening (not a recalled or dated background one) of a local kind, with no other
known place in its sentence, takes the own place. Made-up one-sentence texts (invented towns; the own place is given,
as `eventplaces.article_place` would find it).
"""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.eventmerge import _Mention
from loaders.extract.events import _Sentence, _takes_own_place
from loaders.extract.reldates import DateValue

FEBRUARY = DateValue(date(2026, 2, 1), date(2026, 2, 28), "month")  # (weeks before a March publication)
OLD_YEAR = DateValue(date(2013, 1, 1), date(2013, 12, 31), "year")
MONDAY = DateValue(date(2026, 3, 9), date(2026, 3, 9), "day")

ROWS = {
    # hits: reported local happenings, no other place in the sentence
    "reported closing": ("The Tarnby depot closed for the day on Monday.", "other", "reported", MONDAY, [], True),
    "reported, the place's own body": ("The Tarnby council voted on Monday to raise fees.", "vote_veto", "reported",
                                       MONDAY, ["Tarnby council"], True),
    # near misses: the eventsR45 review's newly wrong kinds (a "<town> X" word before a team or a person, dated weeks
    # before publication, not reported)
    "the town's team, an away game": ("The Tarnby Rovers lost 3-0 in February in an away game.", "other",
                                      "background", FEBRUARY, [], False),
    "the town's soldier, killed elsewhere": ("A Tarnby sailor was killed in February when a mine went off.", "attack",
                                             "background", FEBRUARY, [], False),
    "the town's man, on holiday": ("A Tarnby woman was stabbed in February while on holiday.", "attack",
                                   "background", FEBRUARY, [], False),
    "a state team, no venue": ("The Varland Otters lost to Brenmoor in February.", "other", "background", FEBRUARY,
                               [], False),
    # near misses: recalled, undated background, another known place, a national body
    "recalled from another year": ("The Tarnby market was last repaired in 2013.", "other", "background", OLD_YEAR,
                                   [], False),
    "undated background": ("Tarnby's old mill burned down long ago.", "other", "background", None, [], False),
    "another known place": ("The Tarnby depot closed on Monday as work moved to Mexico.", "other", "reported",
                            MONDAY, [], False),
    "a national body's act": ("The ministry closed the depot on Monday.", "other", "reported", MONDAY,
                              ["Ministry of Transport"], False),
}


@pytest.mark.parametrize("text, kind, role, value, actors, expected", ROWS.values(), ids=ROWS.keys())
def test_takes_own_place(text, kind, role, value, actors, expected):
    event = _Mention(kind, 0, 5, 0, date=value, actors=list(actors), role=role)
    assert _takes_own_place(text, event, "Tarnby", [_Sentence(0, len(text))]) is expected
