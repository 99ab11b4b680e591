"""The mood of the clause: words someone only would say ("As Holmes would say, “…”", "if anyone objected, Marsh
would answer, “…”") were never said, and a gloss after a foreign term ("cura animarum — or “the care of
souls.”") is a translation: neither is a quotation. Made-up rows; near misses (habitual "would say" with no "if"
or "As", a plain "said", a quote the speaker says means something) stay quotes."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _texts(text: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. ") for q in quotes if q.kind in ("direct", "partial")}


@pytest.mark.parametrize(
    "text, quote",
    [
        ("The answer was in the ledger all along. As Holmes would say, \"Elementary, my dear Watson.\"",
         "Elementary, my dear Watson"),
        ("The port board met on Monday. If anyone objected that dredging proves nothing, Lena Marsh would answer, "
         "“I am not trying to prove anything.”", "I am not trying to prove anything"),
        ("The order keeps the rule of cura animarum — or “the care of souls.” The college opened in 1850.",
         "the care of souls"),
    ],
)
def test_unsaid_words_are_no_quotes(text, quote):
    assert quote not in _texts(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        # habitual past: what he used to say, every morning
        ("Every morning the old ferryman Tomas Vrba would say, “The river is kind today.” Nobody believed him.",
         "The river is kind today"),
        # said, not would say
        ("The port board met on Monday. As Lena Marsh said, “We are not trying to prove anything.”",
         "We are not trying to prove anything"),
        # "or" before a quote that is a speaker's own second choice of words
        ("Lena Marsh said the plan was “reckless,” or “at best a gamble we cannot afford to lose.”",
         "at best a gamble we cannot afford to lose"),
        # an "if" clause, but the words were said
        ("If the river rises again, Lena Marsh said, “we will close the port for a week.”",
         "we will close the port for a week"),
    ],
)
def test_near_misses_stay_quotes(text, quote):
    assert quote in _texts(text)
