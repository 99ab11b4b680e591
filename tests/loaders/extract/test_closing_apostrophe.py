"""A closing apostrophe glued to the word before it (a plural's possessive, "Growers' Association"; a closing
single quote, "the song 'Tears' Bell wrote") opens no sentence: the capitalised word after it is no sentence's
first word, and a name set off in commas after a body's name holding such a possessive stays a person's."""
import pytest

from loaders.extract.analysis import _starts_sentence, analyse
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)


SENTENCE_STARTS = [
    # a closing apostrophe glued to a word: no sentence opens after it
    ("The head of the Growers' Association spoke.", "Association", False),
    ("The head of the Growers’ Association spoke.", "Association", False),
    ("It backed the Teachers' Union on Monday.", "Union", False),
    ("They played the song 'Tears' Bell wrote in May.", "Bell", False),
    # near misses: an opening quote, or a closing one after a sentence's end, still opens one
    ("The man said: 'Kemelo knows.'", "Kemelo", True),
    ("He left. 'Never again,' he said.", "Never", True),
    ("They shouted 'Stop these attacks.' Then they left.", "Then", True),
    ("They shouted 'Who are you?' Then they left.", "Then", True),
    ("They shouted 'Go away!' Then they left.", "Then", True),
    ("He said ' Hello' to them.", "Hello", True),
    ("The farmers met. Growers said no.", "Growers", True),
    ("Relief came (Oxfam sent food).", "Oxfam", True),
]


@pytest.mark.parametrize(("body", "word", "opens"), SENTENCE_STARTS)
def test_closing_apostrophe_opens_no_sentence(body, word, opens):
    token = next(t for t in analyse(_article(body)).tokens if t.text == word)
    assert token.sentence_start is opens
    previous_end = max((t.end for t in analyse(_article(body)).tokens if t.end <= token.start), default=0)
    assert _starts_sentence(body, token.start, previous_end) is opens


PEOPLE = [
    ("The chairperson of the Hill Growers' Association, Kemelo Quandt, told the paper that farmers were angry.",
     ["Kemelo Quandt"]),
    ("The head of the Growers’ Association, Kemelo Quandt, said that farmers were angry.", ["Kemelo Quandt"]),
    # near misses: unchanged
    ("The chairperson of the Hill Growers Association, Kemelo Quandt, told the paper that farmers were angry.",
     ["Kemelo Quandt"]),
    ("The Growers' Association said on Monday that farmers were angry.", []),
    ("A local farmers' group, Hill Harvest, said that prices were falling.", []),
    ("A local farmers group, Hill Harvest, said that prices were falling.", []),
    ("The head of the farmers' group, Kemelo Quandt, said that prices were falling.", ["Kemelo Quandt"]),
    ("Members of the Growers' Association met on Monday. Kemelo Quandt said that farmers were angry.",
     ["Kemelo Quandt"]),
]


@pytest.mark.parametrize(("body", "names"), PEOPLE)
def test_name_after_a_plural_possessive_body(body, names):
    assert [p.name for p in extract_people(_article(body), Registry())] == names
