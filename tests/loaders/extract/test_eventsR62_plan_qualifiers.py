"""Round eventsR62 (mend of the R61 review): "camp" and "run" name a happening only with a word that makes them one
(a training/boot/summer camp; a trial/test/fun/charity run: `eventwords.PLAN_NOUN_QUALIFIERS`); a refugee camp is
a place and a print run a batch, so their plan's day and undoing give no event. Made-up rows written before the fix."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _events(body):
    return events_of(body, published=date(2010, 3, 10))


@pytest.mark.parametrize("body, day", [
    # hits: the qualified heads stay happenings
    ("A boot camp planned for 12 April was postponed.", date(2010, 4, 12)),
    ("The summer camp that was planned for 20 April was cancelled.", date(2010, 4, 20)),
    ("A fun run planned for 4 April was called off.", date(2010, 4, 4)),
    ("The Kelby squad's alignment camp planned for 9 April was called off.", date(2010, 4, 9)),
    ("The trial run that was scheduled for 18 December was scrapped.", date(2009, 12, 18)),
])
def test_qualified_camp_run_called_off(body, day):
    rows = [e for e in _events(body) if e.start_date == day]
    assert rows and all(e.status == "cancelled" for e in rows)


@pytest.mark.parametrize("body", [
    # near misses: a camp that is a place, a run that is a batch or a streak
    "The refugee camp that was planned for 20 April was cancelled.",
    "A print run planned for 10 December was cancelled.",
    "The migrant camp planned for 3 May was scrapped by the council.",
    "A detention camp that was scheduled for 9 April was called off.",
    "The production run planned for 12 January was postponed.",
    "A camp planned for 2 February was cancelled.",
    "The prison camp planned for 3 May was scrapped.",
    "A press run scheduled for 2 April was cancelled.",
])
def test_unqualified_camp_run_no_event(body):
    assert [e for e in _events(body) if e.name and e.name.lower().split()[-1].rstrip("s") in {"camp", "run"}
            or e.start_date is not None and e.status == "cancelled"] == []


@pytest.mark.parametrize("body", ["A door-to-door canvass planned for 6 March was cancelled.",
                                  "Two canvasses planned for 6 March were cancelled."])
def test_canvass_forms(body):
    rows = [e for e in _events(body) if e.start_date == date(2010, 3, 6)]
    assert rows and all(e.status == "cancelled" for e in rows)


@pytest.mark.parametrize("body, name", [
    # a day named by its one-word "of" complement
    ("A day of mourning planned for 3 March was cancelled.", "Day of mourning"),
    ("A day of prayer scheduled for 5 April was called off.", "Day of prayer"),
    # near misses: no such complement keeps the head alone; a day of the talks is the talks
    ("The recruitment day planned for 14 November was cancelled.", "Recruitment day"),
    ("A day of national mourning planned for 3 March was cancelled.", "Day of national mourning"),
    ("A day of the talks planned for 3 March was cancelled.", "Talks"),
    ("A day of talks with the union and the board planned for 3 March was cancelled.", "Talks"),
])
def test_day_of_name(body, name):
    names = [e.name.split(" (")[0] for e in _events(body) if e.status == "cancelled"]
    assert names == [name]
