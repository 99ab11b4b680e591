"""A denial stored as the act it denies ("denied reports that a train had derailed near Varnby" is a derailment
denied, type 'other') takes the place its content clause gives that act: the denial's own reading skips a place of
what was told, which is right for a statement but not for the act the row now stands for. Near misses: a denied
saying stays a statement with no place of what was said; a plain statement's content keeps no place; a denied act
whose clause names no place; a denial whose place is the denier's, not the act's. Made-up rows, written before the
code."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _events(body: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            published_on=date(2010, 3, 10), date_precision="day")
    return extract_events(article, [], Registry())


@pytest.mark.parametrize("body, expected", [
    ("Varnrail has denied reports that a freight train had derailed near Lisbon on Wednesday night.",
     [("other", "denied", "Lisbon")]),
    ("The Portuguese Environment Agency denied that water held back from farmers had been sent to golf courses in Faro.",
     [("other", "denied", "Faro")]),
    ("The ministry denied that officers had been withdrawn from Porto last week to guard the capital.",
     [("other", "denied", "Porto")]),
    ("Police denied that tear gas had been fired in Coimbra this morning.", [("other", "denied", "Coimbra")]),
    # near misses
    ("The ministry denied that it had said the bridge in Lisbon would close.", [("statement", "denied", None)]),
    ("Varnrail said on Wednesday that a freight train had derailed near Lisbon.", [("statement", "occurred", None)]),
    ("Varnrail has denied reports that a freight train had derailed on Wednesday night.", [("other", "denied", None)]),
    ("Varnrail denied that its trains were late.", []),
    ("The ministry denied that it had threatened to close the bridge in Lisbon.", [("statement", "denied", None)]),
    # near misses (review of eventsR36): a place after the denied clause is the denier's or a source's, not the act's
    ("The coast guard denied reports that trawlers had been seized on Friday, its spokesman in Varnby said.",
     [("other", "denied", None)]),
    ("The coast guard denied reports that trawlers had been seized on Friday, officials in Varnby said.",
     [("other", "denied", None)]),
    ("The coast guard denied reports that trawlers had been seized on Friday, speaking in Varnby.",
     [("other", "denied", None)]),
    ("The coast guard denied reports that trawlers had been seized on Friday, a claim first made in Varnby.",
     [("other", "denied", None)]),
    ("The coast guard denied reports that trawlers had been seized on Friday, as local media in Varnby claimed.",
     [("other", "denied", None)]),
    # ... and a withheld denial ("did not deny", "refused to deny", "declined to deny") is no denial at all
    # (`modality`'s denial rules): no denied act and no denied statement
    ("The coast guard did not deny reports that trawlers had been seized off Varnby on Friday.", []),
    ("The coast guard refused to deny reports that trawlers had been seized off Varnby on Friday.", []),
    ("The coast guard declined to deny reports that trawlers had been seized off Varnby on Friday.", []),
    ("The coast guard didn't deny that trawlers had been seized off Varnby on Friday.", []),
    # the place inside the denied clause is still the act's
    ("The coast guard denied reports that trawlers had been seized off Varnby on Friday, its spokesman said.",
     [("other", "denied", "Varnby")]),
])
def test_a_denied_act_takes_its_clauses_place(body, expected):
    assert [(e.event_type, e.status, e.location) for e in _events(body)
            if e.status == "denied" or e.event_type == "statement"] == expected
