"""Provenance of event mentions: a mention's span is its trigger's words, with no whitespace or following word at
its edges. Known fault (events modules, owned elsewhere): the phone-call trigger `a call to` (eventtriggers.py,
"a\\s+call\\s+(?:with|between|to\\s+...)") consumes the preposition and the space after it, so the span reads
'a call to '. Marked xfail until the trigger's preposition becomes a lookahead."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

_TEXT = ("Clinic adds staff\n\nBy Ivo Stern\n\nOn Monday, Mayor Lena Hart put in a call to the regional clinic and "
         "spoke to director Owen Dempsey about staffing.\n\n\"We need nurses,\" Hart said.\n")


@pytest.mark.xfail(reason="eventtriggers.py phone_call 'a call to ' span ends in whitespace (events owners)",
                   strict=False)
def test_an_event_span_has_no_whitespace_at_its_edges():
    extracted = run_steps(SourceDocument("t.txt", "txt", _TEXT, {"published": "2024-05-02"}), Registry())
    body = extracted.article.body
    spans = [body[event.start:event.end] for event in extracted.events]
    assert spans and all(span == span.strip() for span in spans)
