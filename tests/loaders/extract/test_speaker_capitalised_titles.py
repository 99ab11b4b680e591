"""A capitalised title no table knows, written as the article wrote it before a person's name ("Taoiseach Mary
Flynn" … "the Taoiseach said", "Warden Ana Lind" … "the Warden said"), is that person, as the lower-case form
already is: outlets from Ireland to India capitalise offices in running text. Near misses: a capitalised word no
one was titled with ("the Commission") stays a label; a title written before another name is that person's."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    ("Taoiseach Mary Flynn met the unions. \"We listened,\" the Taoiseach said.", "We listened", "Mary Flynn", None),
    ("Warden Ana Lind toured the wing on Friday. \"Nobody escaped,\" the Warden said.", "Nobody escaped", "Ana Lind",
     None),
    ("Provost Karl Moss opened the new library. The students cheered. \"Books matter,\" the Provost said.",
     "Books matter", "Karl Moss", None),
    # near misses
    ("Warden Ana Lind toured the wing on Friday. \"Nobody escaped,\" the Commission said.", "Nobody escaped", None,
     "the Commission"),
    ("Provost Karl Moss and Dean Ana Lind opened the library. \"Books matter,\" the Dean said.", "Books matter",
     "Ana Lind", None),
]


@pytest.mark.parametrize("text, words, name, label", CASES)
def test_capitalised_title(text, words, name, label):
    quote = quote_with(text, words)
    assert quote.speaker_name == name
    if label:
        assert quote.speaker_label == label
