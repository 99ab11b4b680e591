"""Event status through the store: a plan told in one article and its happening told in a later one are one
event, and that event happened (`modality.merged_status`)."""
from __future__ import annotations

import json

from sqlalchemy import select

from db.models import Event
from loaders.ingest import ingest
from loaders.registry import Registry


def _meetings(engine):
    with engine.connect() as connection:
        return [(str(row.start_date), row.status) for row in connection.execute(
            select(Event.start_date, Event.status).where(Event.event_type == "meeting").order_by(Event.id))]


def test_a_plan_told_done_later_is_one_occurred_event(engine, tmp_path):
    records = [
        {"url": "https://a.example/1", "outlet": "Alpha News", "published": "2019-05-01", "title": "Talks ahead",
         "text": "Foreign Minister Ingrid Solberg will meet Prime Minister Tomas Halvorsen in Oslo on Monday to "
                 "discuss fishing quotas."},
        {"url": "https://b.example/2", "outlet": "Beta Post", "published": "2019-05-08", "title": "Quota talks",
         "text": "Foreign Minister Ingrid Solberg met Prime Minister Tomas Halvorsen on Monday in Oslo, where the two "
                 "discussed fishing quotas."},
    ]
    (tmp_path / "two.json").write_text(json.dumps(records))
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert _meetings(engine) == [("2019-05-06", "occurred")]


def test_a_plan_alone_stays_planned(engine, tmp_path):
    records = [
        {"url": "https://a.example/1", "outlet": "Alpha News", "published": "2019-05-01", "title": "Talks ahead",
         "text": "Foreign Minister Ingrid Solberg will meet Prime Minister Tomas Halvorsen in Oslo on Monday to "
                 "discuss fishing quotas."},
    ]
    (tmp_path / "one.json").write_text(json.dumps(records))
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert _meetings(engine) == [("2019-05-06", "planned")]
