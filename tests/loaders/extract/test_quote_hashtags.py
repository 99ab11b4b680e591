"""A lone hashtag or handle in quotation marks names a tag or an account, nobody's words. Made-up rows: the
quotes (direct and partial) each text must give."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _quotes(text: str) -> list[str]:
    article = ArticleRecord(source_path="t", source_format="text", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    return [q.text for q in extract_quotes(article, people, registry) if q.kind != "indirect"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Reyes asked if she would back his “#fairfares” pledge.", []),
        ("Tom Reyes asked if she would follow “@CityTransit” on the site.", []),
        # near misses: words that open with a hashtag, and a word quoted from a speaker
        ("“#fairfares is more than a slogan,” Tom Reyes said.", ["#fairfares is more than a slogan,"]),
        ("Tom Reyes said the fares were “unfair.”", ["unfair."]),
    ],
)
def test_lone_hashtag_is_no_quote(text, expected):
    assert _quotes(text) == expected


# Review rows: a lone tag that a speech cue and a colon introduce is what was posted or said, a quote
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Activist Musa Bello posted one word on X after the verdict: “#Justice!”", ["#Justice!"]),
        ("Asked what her campaign slogan would be, candidate Rosa Diaz said simply: \"#RosaForAll.\"",
         ["#RosaForAll."]),
        # near misses: a colon with no speech cue, and a speech cue with no colon
        ("The banner carried one tag: “#Justice!”", []),
        ("Rosa Diaz said she liked the “#RosaForAll” tag.", []),
    ],
)
def test_lone_tag_introduced_as_speech_is_a_quote(text, expected):
    assert _quotes(text) == expected
