"""Round R56 (speakers, made-up rows): a news agency's end-of-story mark ("./.", the Vietnam News Agency's) after the
last sentence's stop still ends that sentence, so its trailing attribution ("…, Lenz said./.") reports the clause
before it; sentences with no attribution, or no speech verb, stay without a quote."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_LENZ = "Planning officer Maria Lenz met the board on Monday. "

_HITS = [
    (_LENZ + "If the canal had been dredged in 2024, the barges could have sailed a week earlier, Lenz said./.",
     "If the canal had been dredged in 2024, the barges could have sailed a week earlier", "Maria Lenz"),
    (_LENZ + "The lock will reopen in June, the planning officer said./.", "The lock will reopen in June", "Maria Lenz"),
    (_LENZ + "Work on the second pier has not started, said Lenz./.", "Work on the second pier has not started",
     "Maria Lenz"),
    # the same sentence without the mark, as before
    (_LENZ + "The barges could have sailed a week earlier, Lenz said.", "The barges could have sailed a week earlier",
     "Maria Lenz"),
]

_NEAR = [
    # no attribution: the mark makes nothing a quote
    _LENZ + "The two provinces first agreed to share the canal data in 2019./.",
    _LENZ + "The barges sailed a week earlier, the river rose./.",
    _LENZ + "The canal, Lenz's office said in its plan, runs 40 km./. The board met again.",
    _LENZ + "The barges sailed a week earlier, and the Lenz report./.",
]


@pytest.mark.parametrize("text, clause, speaker", _HITS)
def test_a_trailing_attribution_before_an_end_mark(text, clause, speaker):
    found = [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]
    assert (clause, speaker) in found


@pytest.mark.parametrize("text", _NEAR)
def test_no_attribution_before_an_end_mark_is_no_quote(text):
    assert not [q for q in quotes_of(text) if "barges" in q.text or "provinces" in q.text]
