"""A participle after a plural noun led by a preposition, with its agent after "by" ("for travellers stranded by
the flood", "to families displaced by the fire"), describes the noun: no dated act of its own (`opendates`
_PLURAL_AFTER_PREPOSITION; made-up rows, round eventsR16). Near misses: the participle as the clause's verb, or
"by" before a day ("half of the shops reopened by Monday")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

PUBLISHED = date(2031, 12, 4)


def _over(body, word):
    start = body.index(word)
    return [e for e in events_of(body, published=PUBLISHED) if e.start <= start < e.end]


@pytest.mark.parametrize("body, word", [
    ("Varno Air said it would add two flights from Orrin to Tarvel on Saturday for travellers stranded by the flood.",
     "stranded"),
    ("The council opened a hall in Orrin on Monday to families displaced by the fire.", "displaced"),
])
def test_reduced_passive_is_no_event(body, word):
    assert not _over(body, word)


@pytest.mark.parametrize("body, word", [
    ("Half of the shops reopened by Monday in Orrin.", "reopened"),
    ("Rebels stranded the convoy near Orrin on Saturday.", "stranded"),
    ("Floods displaced 300 families in Orrin on Monday.", "displaced"),
])
def test_verbs_and_deadlines_stay_events(body, word):
    assert _over(body, word)
