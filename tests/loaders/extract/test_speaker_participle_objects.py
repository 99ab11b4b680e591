"""A name after a lowercase -ing participle is its object, not the speaker ("Voters backing Ann Bell said": the
voters speak); -ing words that describe the person before the name (data ING_DESCRIBERS: "acting", "visiting")
keep the name as the head. Made-up people only."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _quotes(text):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    return extract_quotes(article, extract_people(article, registry), registry)


def _quote(text, words):
    [quote] = [q for q in _quotes(text) if words in q.text]
    return quote


# Near misses first: a describing -ing word or a role noun before the name keeps the person as speaker.
@pytest.mark.parametrize("text", [
    'Nora Quist ran. The acting mayor Nora Quist said “it is a new era.”',
    'Nora Quist ran. Visiting professor Nora Quist said “it is a new era.”',
    'Nora Quist ran. Nora Quist said “it is a new era.”',
])
def test_describing_word_keeps_the_name(text):
    assert _quote(text, "new era").speaker_name == "Nora Quist"


@pytest.mark.parametrize("text, label", [
    ('Nora Quist ran. Voters backing Nora Quist said “it is a new era.”', "Voters backing Nora Quist"),
    ('Ivo Brandt spoke. Protesters supporting Ivo Brandt chanted “not one step back.”', "Protesters supporting Ivo Brandt"),
])
def test_name_after_a_participle_is_its_object(text, label):
    quote = _quote(text, "")
    assert quote.speaker_name is None
    assert quote.speaker_label == label
