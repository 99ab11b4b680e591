"""A second reported clause joined by "and that" speaks of the future with its "would" ("told the radio that 27
shelters had opened and that the army would deliver water on Friday": the coming Friday), as the first one after the
reporting verb does; "and that would mean" (the pronoun its own subject) and other clauses keep their past day
(`reldates._FUTURE`; made-up rows, published Thursday 3 December, round eventsR16)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_reldates import value_of

THURSDAY = date(2031, 12, 4)  # a Thursday


@pytest.mark.parametrize("text, phrase, expected", [
    ("Ilsa Brandt told the radio that 27 shelters had opened and that the army would bring water to Orrin on Friday.",
     "on Friday", "2031-12-05"),
    ("The mayor said the dam had held and that the ferry would sail again on Saturday.", "on Saturday", "2031-12-06"),
    # near misses: "that" as the subject; "and that night"; a past clause with no "would"
    ("The mayor said the dam had held and that would mean the town was safe on Friday.", "on Friday", "2031-11-28"),
    ("Crews repaired the pipe and that night the town had water again on Friday.", "on Friday", "2031-11-28"),
    ("The mayor said the dam had held and that the ferry sailed again on Saturday.", "on Saturday", "2031-11-29"),
])
def test_and_that_would(text, phrase, expected):
    assert value_of(text, THURSDAY, phrase)[0] == expected
