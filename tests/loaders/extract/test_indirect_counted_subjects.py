"""A reported clause without "that" opened by a counted subject that carries its own participle phrase ("said 23
people staying at a camp near Kell Point were moved"), up to its verb; a number that is no subject ("said 20 times
in the meeting that", "said 20 years ago, …") opens no clause there. Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]


FOUND = [
    ("Fire controller Karl Moss said 23 people staying at a camping site near Kell Point were moved to the hall.",
     "23 people staying", "Karl Moss"),
    ("Fire chief Ana Lind said 40 families living along the lower river road had been told to leave.",
     "40 families living", "Ana Lind"),
    ("Mayor Ana Lind said 12 workers trapped in the old north shaft were brought out at dawn.",
     "12 workers trapped", "Ana Lind"),
    ("Fire chief Karl Moss said 20 people were moved.", "20 people were moved", "Karl Moss"),
]

NOT_FOUND = [
    # (text, words that must open no clause)
    ("Fire chief Karl Moss said 20 times in the meeting at the hall that nothing would change.", "20 times"),
    ("Fire chief Karl Moss said 20 years ago, the plant was closed.", "20 years"),
    ("Fire chief Karl Moss visited 12 people staying at the hotel on Monday.", "12 people"),  # no speech verb
    ("Fire chief Karl Moss said 12 people staying at the hotel needed beds.", "12 people"),  # left alone: only an auxiliary ends the phrase
    ("Fire chief Karl Moss said 40 families living near the river, and left.", "40 families"),
]


@pytest.mark.parametrize("text,start,speaker", FOUND)
def test_counted_subject_opens_a_clause(text, start, speaker):
    assert any(clause.startswith(start) and name == speaker for clause, name in _indirect(text)), _indirect(text)


@pytest.mark.parametrize("text,start", NOT_FOUND)
def test_no_counted_subject_no_clause(text, start):
    assert not any(clause.startswith(start) for clause, _ in _indirect(text)), _indirect(text)
