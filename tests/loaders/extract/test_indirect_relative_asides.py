"""An attribution set between commas right after a relative word or an auxiliary ("a son who, she says, is already
taller than her", "has, he says, seen three floods") reports what completes it; a relative clause's report ends
where the sentence it interrupts goes on. An aside after any other word, or one too short to report, is left
alone. Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]


FOUND = [
    ("Ana Lind runs the shop. She has a son, Leo, who, she says, is already taller than the counter.",
     "is already taller than the counter", "Ana Lind"),
    ("Karl Moss farms by the river. He has lived there for 40 years and has, he says, seen three big floods.",
     "seen three big floods", "Karl Moss"),
    ("Ana Lind runs the shop. The village, which, she says, has lost its bus, is very quiet now.",
     "has lost its bus", "Ana Lind"),
    ("Karl Moss farms by the river. The dam will, he says, fail within a decade.",
     "fail within a decade", "Karl Moss"),
]

NOT_FOUND = [
    # (text, words that must be no reported clause)
    ("Ana Lind runs the shop. It is, she says, fine.", "fine"),  # too short to report
    ("Ana Lind runs the shop. She arrived, she says, in the rain at the old station.", "in the rain"),  # another word
    ("Ana Lind runs the shop. The village, which, she says, has lost its bus, is very quiet now.", "is very quiet"),
    ("Ana Lind runs the shop. Leo, who is 40, walked to the old station in the rain.", "walked"),  # no aside
]


@pytest.mark.parametrize("text,clause,speaker", FOUND)
def test_aside_after_relative_or_auxiliary_reports_the_rest(text, clause, speaker):
    assert (clause, speaker) in _indirect(text), _indirect(text)


@pytest.mark.parametrize("text,words", NOT_FOUND)
def test_other_asides_left_alone(text, words):
    assert not any(words in found for found, _ in _indirect(text)), _indirect(text)
