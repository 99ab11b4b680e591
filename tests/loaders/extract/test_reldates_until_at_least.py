"""A weekday told as an end not yet known, "until at least Wednesday", is the coming one (events round R25, session
review item 2; `reldates._AT_LEAST_UNTIL`): a live blog's "Rail operator Eastway has cancelled all services until at
least Wednesday" published on a Tuesday runs to the next day, not to the Wednesday gone by. Near misses keep their
reading: a bare "until Wednesday" in the past or the perfect, "at least" elsewhere in the sentence, a day told with
'on', and a sentence told in the simple past ('were suspended until at least Wednesday'). Made-up sentences, written before the change.
"""
from datetime import date

import pytest

from loaders.extract.reldates import find_dates

ANCHOR = date(2031, 4, 8)  # a Tuesday


def weekday_value(text: str) -> str | None:
    mention = [m for m in find_dates(text, ANCHOR) if "day" in m.phrase][-1]
    return mention.value.start.isoformat() if mention.value else None


@pytest.mark.parametrize("text, expected", [
    ("The Norvik ferry line has suspended all crossings until at least Wednesday.", "2031-04-09"),
    ("Classes at the Brae campus are off until at least Monday.", "2031-04-14"),
    ("The bridge stays shut till at the earliest Friday.", "2031-04-11"),
    ("The Brae road has been closed until at least Thursday.", "2031-04-10"),
    # near misses
    ("The Norvik ferry line suspended all crossings until Wednesday.", "2031-04-02"),
    ("The bridge was closed until Friday.", "2031-04-04"),
    ("All crossings were suspended until at least Wednesday.", "2031-04-02"),
    ("The Norvik ferry line suspended all crossings until at least Monday.", "2031-04-07"),
    ("At least forty crossings were suspended on Wednesday.", "2031-04-02"),
    ("The Norvik ferry line suspended at least forty crossings on Monday.", "2031-04-07"),
])
def test_until_at_least_a_weekday_is_the_coming_one(text, expected):
    assert weekday_value(text) == expected


def events(body: str):
    from loaders.extract.events import extract_events
    from loaders.records import ArticleRecord
    from loaders.registry import Registry
    record = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                           published_on=ANCHOR, date_precision="day")
    return [(e.status, e.start_date.isoformat() if e.start_date else None)
            for e in extract_events(record, [], Registry())]


@pytest.mark.parametrize("body, expected", [
    # the act told done keeps its status though the day it runs to is still to come (`modality`, done-until-later)
    ("The Norvik ferry line has suspended all crossings until at least Wednesday.", ("occurred", "2031-04-09")),
    # near misses
    ("The Norvik ferry line will suspend all crossings until at least Wednesday.", ("planned", "2031-04-09")),
    ("The Norvik ferry line will suspend all crossings on Wednesday.", ("planned", "2031-04-09")),
])
def test_an_act_done_until_at_least_a_day_to_come(body, expected):
    assert expected in events(body)
