"""One table of subordinators: each module's pattern opens a clause at every word of its subset, and no other."""
from __future__ import annotations

import re

import pytest

from loaders.extract import modality, parties, reldates, speakers
from loaders.extract.data.clauses import (CLAUSE_OPENERS, CONDITIONS, MOOD_BREAKS, OPENING_ADVERBIALS,
                                          PRONOUN_CLAUSE_OPENERS, SUBORDINATOR_TABLE, TENSE_TAKING)

ALL_WORDS = [word for word, _ in SUBORDINATOR_TABLE]


def _opens(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@pytest.mark.parametrize("word", ALL_WORDS)
def test_each_module_reads_its_subset_of_the_one_table(word):
    # a made-up clause around the word: "The envoys argued <word> the ferry sailed."
    text = f"The envoys argued {word} the ferry sailed."
    assert _opens(parties._SUBORDINATE_AFTER, text) == (word in CLAUSE_OPENERS)
    assert _opens(re.compile(r"\b(?:" + modality.CONDITION_WORDS + r")\b", re.I), text) == (word in CONDITIONS)
    assert _opens(modality._CLAUSE_BREAK, text) == (word in MOOD_BREAKS)
    assert (reldates._TIME_CLAUSE.match(f" {word} the ferry sailed") is not None) == (word in TENSE_TAKING)
    assert (parties._OPENING_ADVERBIAL.match(f"{word.capitalize()} the ferry sailed") is not None) == (
        word in OPENING_ADVERBIALS)
    # the speakers step: a clause whose named subject a later pronoun may stand for ("while Kowal talked, he")
    assert _opens(speakers.SpeakerResolver._CLAUSE_OPENER, f"The envoys argued {word} Kowal ") == (
        word in PRONOUN_CLAUSE_OPENERS)


@pytest.mark.parametrize("text, trigger, clause", [
    # "since" and "till" open clauses that keep their own mood, as "after" and "until" do
    ("Karl Brenner has not called Ana Silva since they met in Rome on Monday.", "met", "they met in Rome on Monday."),
    ("The ferries will not sail till the storm ends on Friday.", "ends", "the storm ends on Friday."),
    ("The envoys waited until the talks ended on Monday.", "ended", "the talks ended on Monday."),
])
def test_the_status_readers_clause_starts_after_the_subordinator(text, trigger, clause):
    start = text.index(trigger)
    left, right = modality.clause_bounds(text, (start, start + len(trigger)), (0, len(text)))
    assert text[left:right].strip() == clause
