"""An agency's dateline closed by a full stop, not a dash ("Varnholm, March 9 (VNA). ...", "VARNHOLM, MARCH 9,
VNA. ..."), is a dateline all the same: its town locates the day's gathering or signing that names no place of its
own, as a dashed dateline's does. The date and the agency's capitals are what make the opening words a dateline; a
sentence opening with a town and a date but no agency, an agency without a date, or a dateline whose lead names
its own place are near misses. Made-up rows, written before the code."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import _dateline_place, extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _events(body: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return extract_events(article, [], Registry())


@pytest.mark.parametrize("body, expected", [
    ("Lisbon, March 9 (LUSA). Fisheries ministers met on Tuesday to discuss quotas.", "Lisbon"),
    ("LISBON, MARCH 9, LUSA. Fisheries ministers met on Tuesday to discuss quotas.", "Lisbon"),
    ("Lisbon, 9 March (LUSA). Fisheries ministers met on Tuesday to discuss quotas.", "Lisbon"),
    # near misses: no agency; no date; an agency's name that is no capitals' word; a full stop inside a word run
    ("Lisbon, March 9. Fisheries ministers met on Tuesday to discuss quotas.", None),
    ("Lisbon (LUSA). Fisheries ministers met on Tuesday to discuss quotas.", None),
    ("Lisbon, March 9, Lusa said. Fisheries ministers met on Tuesday to discuss quotas.", None),
    ("Lisbon, March 9 was a quiet day. Fisheries ministers met on Tuesday to discuss quotas.", None),
])
def test_a_stopped_agency_dateline_is_read(body, expected):
    found = _dateline_place(body)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("body, expected", [
    ("Lisbon, March 9 (LUSA). The fisheries ministers of Portugal and Spain met on Tuesday.", "Lisbon"),
    ("LISBON, MARCH 9, LUSA. Portugal and Spain signed a fisheries accord on Tuesday.", "Lisbon"),
    # near misses: the meeting names its own town; no agency; the signing was years ago; a foreign pair's signing
    ("Lisbon, March 9 (LUSA). The fisheries ministers of Portugal and Spain met in Porto on Tuesday.", "Porto"),
    ("Lisbon, March 9. The fisheries ministers of Portugal and Spain met on Tuesday.", None),
    ("LISBON, MARCH 9, LUSA. Portugal and Spain signed a fisheries accord in 2001.", None),
    ("LISBON, MARCH 9, LUSA. Peru and Chile signed a fisheries accord on Tuesday.", None),
])
def test_its_town_locates_the_days_gathering(body, expected):
    located = [e.location for e in _events(body) if e.event_type in ("meeting", "agreement_signing")]
    assert located and located[0] == expected
