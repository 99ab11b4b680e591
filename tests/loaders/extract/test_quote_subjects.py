"""Speaker noun phrases read by `quote_subjects`: made-up phrases, expected results written before the run."""
from __future__ import annotations

import pytest

from loaders.extract.quote_subjects import _reporters_source, _valid_np


@pytest.mark.parametrize(
    "phrase, expected",
    [
        # a person noun, then the reporter's relative clause without "that" saying how the source was met
        ("A harbour official I asked", True),
        ("A council clerk I spoke to", True),
        ("Residents we met near the old ferry", True),
        ("Two workers we interviewed at the depot", True),
        ("Women we met outside the court", True),
        ("A nurse I later reached", True),
        # near misses: a thing (not a person) before the clause, a third person who met the source, a clause
        # that goes on past a short place phrase, no clause at all
        ("The report I read", False),
        ("A harbour official they asked", False),
        ("A harbour official I asked and the mayor", False),
        ("A harbour official I believe", False),
        ("A harbour official", False),
    ],
)
def test_a_source_the_reporter_met(phrase, expected):
    assert _reporters_source(phrase.split()) is expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("A harbour official I asked", True),
        ("Residents we met near the old ferry", True),
        # without a person noun the pronoun still opens a clause: no speaker's phrase
        ("The report I read", False),
        ("The harbour I asked", False),
    ],
)
def test_a_reporters_source_is_a_speakers_phrase(phrase, expected):
    assert _valid_np(phrase, 0, len(phrase)) is expected
