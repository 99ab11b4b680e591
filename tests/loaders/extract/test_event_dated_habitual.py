"""A definite event noun as a sentence's subject gives a dated event (6b05662), but not when the clause tells a
habit: a frequency adverb (`eventwords.HABIT_ADVERBS`: 'typically', 'often', 'tend to') between the subject and
the date, or a present verb with a bare month and a 'when ...' clause of a general time ("peak in September, when
students return"). Rows from review round 3 (made-up, published Wednesday 2026-06-10, expectations written
first), with near misses that stay dated."""
from datetime import date

import pytest

from tests.loaders.extract.test_event_articles_stress import _row_event
from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2026, 6, 10)

HABITUAL = [
    ("The protests typically peak in September, when students return.", "protests"),
    ("The protests often erupt in October, when fuel subsidies are reviewed.", "protests"),
    ("The protests usually peak in September.", "protests"),
    ("The strikes normally start in January.", "strikes"),
    ("The celebrations traditionally begin on 1 May with a parade.", "celebrations"),
    ("The elections rarely take place in winter.", "elections"),
    ("The protests sometimes spread in March to the northern towns.", "protests"),
    ("The negotiations tend to drag on until December.", "negotiations"),
    ("The riots generally break out in August.", "riots"),
    ("The protests peak in September, when students return.", "protests"),
    ("The demonstrations erupt in October, when fuel subsidies are reviewed.", "demonstrations"),
]

# (body, trigger, status, date prefix): near misses that stay dated events
DATED = [
    ("The festival opens on Friday with a concert by the city orchestra.", "festival", "planned", "2026-06-12"),
    ("The protests began in May after fuel prices doubled.", "began", "occurred", "2026-05"),
    ("The protests began in September, when students returned.", "began", "occurred", "2025-09"),
    ("The strike ended on Tuesday after 40 days.", "strike", "occurred", "2026-06-09"),
    ("The ceremony took place on Saturday in the old cathedral.", "ceremony", "occurred", "2026-06-06"),
    ("The protests erupted in October, when fuel subsidies were cut.", "erupted", "occurred", "2025-10"),
    # a 'when' clause whose subject is definite tells one time, not a general one
    ("The trial begins in July, when the new judge arrives.", "trial", "planned", "2026-07"),
    ("The strike starts in September, when the contract expires.", "strike", "planned", "2026-09"),
]


@pytest.mark.parametrize("body, trigger", HABITUAL, ids=[row[0][:40] for row in HABITUAL])
def test_habitual_mention_gives_no_dated_event(body, trigger):
    event = _row_event(body, events_of(body, published=PUBLISHED), trigger)
    assert event is None or event.start_date is None


@pytest.mark.parametrize("body, trigger, status, prefix", DATED, ids=[row[0][:40] for row in DATED])
def test_specific_mention_stays_dated(body, trigger, status, prefix):
    event = _row_event(body, events_of(body, published=PUBLISHED), trigger)
    assert event is not None and event.start_date is not None
    assert (event.status, event.start_date.isoformat()[:len(prefix)]) == (status, prefix)
