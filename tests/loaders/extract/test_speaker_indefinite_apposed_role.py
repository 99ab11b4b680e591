"""A sentence opened by an indefinite description apposed to a name ("A fisherman, Jon Eide, pulled two children
from the water") gives the person that role: a later "the fisherman said" is Jon Eide, as "The fisherman, Jon
Eide," already was. Made-up text; near misses (another role, a time phrase before the name, a second person of
another role) keep their reading."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str, words: str) -> str:
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


@pytest.mark.parametrize("text, words, speaker", [
    ("A fisherman, Jon Eide, pulled two children from the water on Sunday. Their mother, Kari Lie, thanked him.\n\n"
     "“I just did what anyone would do,” the fisherman said.", "anyone would do", "Jon Eide"),
    ("An engineer, Sam Holt, found the crack on Friday. The mayor, Ida Berg, closed the road.\n\n“The bridge could have "
     "fallen,” the engineer said.", "could have fallen", "Sam Holt"),
    ("A nurse, Lea Varga, stayed with the patients all night. Her colleague, Ana Roos, went home.\n\n“Nobody was left alone,” "
     "the nurse said.", "left alone", "Lea Varga"),
    ("A ferryman, Ole Brun, steered the boat through the ice on Monday. His passengers, Eva Moe and Jan Dahl, "
     "cheered.\n\n“The ice was thin,” the ferryman said.", "ice was thin", "Ole Brun"),
])
def test_an_indefinite_description_gives_the_role(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("A fisherman, Jon Eide, pulled two children from the water on Sunday.\n\n“It was a miracle,” the farmer "
     "said.", "a miracle", "L:the farmer"),
    ("A day after the storm, Jon Eide pulled two children from the water.\n\n“It was a miracle,” the day "
     "said.", "a miracle", "L:the day"),
    ("The fisherman, Jon Eide, pulled two children from the water on Sunday.\n\n“I just did what anyone would do,” "
     "the fisherman said.", "anyone would do", "Jon Eide"),
    ("A fisherman, Jon Eide, and a nurse, Lea Varga, pulled two children from the water.\n\n“Nobody was left "
     "alone,” the nurse said.", "left alone", "Lea Varga"),
])
def test_no_role_from_another_phrase(text, words, speaker):
    assert _speaker(text, words) == speaker
