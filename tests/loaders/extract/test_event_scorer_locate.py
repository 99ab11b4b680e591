"""Scorer rule (scripts/eval_events.py `locate`): a gold event given only by a trigger word (no evidence) that the
body writes more than once is located at the occurrences whose sentence also names one of its details (its place,
a party, its date evidence); when no occurrence does, or several do, all of those are kept. Made-up rows, written
before the change."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "eval_events.py"
_spec = importlib.util.spec_from_file_location("eval_events", _SCRIPT)
ev = sys.modules.get("eval_events") or importlib.util.module_from_spec(_spec)
if "eval_events" not in sys.modules:
    sys.modules["eval_events"] = ev
    _spec.loader.exec_module(ev)

BODY = ("Karl Brenner spoke at a ceremony at the Varden converter station on Sunday. "
        "A signing ceremony with Norway for a second link was called off.")
FIRST = BODY.index("ceremony")
SECOND = BODY.index("ceremony", FIRST + 1)


def _gold(**fields) -> dict:
    base = {"name": "Ceremony", "type": "other", "participants": [], "actors": [], "persons": [], "location": None,
            "trigger": "ceremony", "evidence": None, "date_evidence": None}
    base.update(fields)
    return base


@pytest.mark.parametrize("fields, starts", [
    ({"location": "Varden"}, [FIRST]),  # its place is named in the first sentence only
    ({"actors": ["Norway"]}, [SECOND]),  # its party in the second only
    ({"date_evidence": "on Sunday"}, [FIRST]),
    # near misses: nothing tells the occurrences apart, or the detail is in both: all kept
    ({}, [FIRST, SECOND]),
    ({"location": "Oslo"}, [FIRST, SECOND]),
    ({"location": "Varden", "actors": ["Norway"]}, [FIRST, SECOND]),
])
def test_locate_prefers_the_occurrence_naming_a_detail(fields, starts):
    gold = _gold(**fields)
    ev.locate(gold, BODY)
    assert [a for a, _ in gold["trigger_spans"]] == starts


def test_locate_with_evidence_unchanged():
    gold = _gold(location="Oslo", evidence="A signing ceremony with Norway for a second link was called off.")
    ev.locate(gold, BODY)
    assert [a for a, _ in gold["trigger_spans"]] == [SECOND]
