"""Scorer rule (scripts/eval_events.py `canonical_party`): a state's government written with its demonym or as
"Government of X" is that state as a party ("Greek government" = Greece), as the extractor's own state bodies read
("the government declared" acts for the story's state). Made-up rows with near misses, written before the change."""
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


@pytest.mark.parametrize("stored, gold, same", [
    (["Greece"], ["Greek government"], True),
    (["Greek government"], ["Greece"], True),
    (["Norway"], ["Government of Norway"], True),
    (["Philippines"], ["Philippine government"], True),
    # near misses: another state's government, a body of the state that is no government, a bare 'Government'
    (["Turkey"], ["Greek government"], False),
    (["Greece"], ["Greek Ministry of Finance"], False),
    (["Greece"], ["Government"], False),
])
def test_government_is_its_state(stored, gold, same):
    assert ev.same_set(stored, gold, ev.canonical_party) is same
