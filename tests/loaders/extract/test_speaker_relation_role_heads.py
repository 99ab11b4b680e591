"""A role naming a person by a relation to another ("A friend of the victim, Jon Eide,", "A lawyer for the family,
Ana Lind,") has the relation as its head, never the preposition's object: "the victim said" is not the friend, nor
"the family said" the lawyer (speakersR21 review R4). Made-up text; near misses (the relation itself, a chief or a
mother of some number, the definite form) keep their reading."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str, words: str) -> str:
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, words, speaker", [
    ("A friend of the victim, Jon Eide, called police. “He was kind,” the victim said.", "was kind", "L:the victim"),
    ("The friend of the victim, Jon Eide, called police. “He was kind,” the victim said.", "was kind",
     "L:the victim"),
    ("A lawyer for the family, Ana Lind, spoke on Monday. “They want answers,” the family said.", "want answers",
     "L:the family"),
])
def test_the_relations_object_is_no_head(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("A friend of the victim, Jon Eide, called police. “He was kind,” the friend said.", "was kind", "Jon Eide"),
    ("A lawyer for the family, Ana Lind, spoke on Monday. “They want answers,” the lawyer said.", "want answers",
     "Ana Lind"),
    ("The chief of police, Ana Lind, spoke on Monday. “We want answers,” the police chief said.", "want answers",
     "Ana Lind"),
    ("The chief of staff, Ana Lind, spoke on Monday. “We want answers,” the chief of staff said.", "want answers",
     "Ana Lind"),
    ("A mother of three, Ana Lind, spoke on Monday. “We want answers,” the mother of three said.", "want answers",
     "Ana Lind"),
])
def test_near_misses_keep_their_reading(text, words, speaker):
    assert _speaker(text, words) == speaker
