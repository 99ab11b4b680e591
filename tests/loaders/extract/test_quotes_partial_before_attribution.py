"""Layout of a clause: a reported clause that ends on a partial quotation, its comma inside the closing mark, and
then the attribution ("Dredging the channel was “a bit like bailing a boat,” Marsh said.") is indirect speech
holding the partial, as the same clause without marks is. Made-up rows; near misses (a whole sentence in marks,
a clause opening on the quote, an attribution of nobody named) give no indirect clause."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _records(text: str) -> list[tuple[str, str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return [(q.kind, q.text, q.speaker_name or q.speaker_label) for q in quotes]


_LEAD = "Lena Marsh runs the port of Orzán. "


@pytest.mark.parametrize(
    "sentence, clause_start",
    [
        ("Dredging the channel was \"a bit like bailing a boat,\" Marsh said.", "Dredging the channel was"),
        ("The new berth would cost “far more than anyone admits,” Marsh told reporters.", "The new berth"),
    ],
)
def test_a_clause_ending_on_a_partial_is_indirect(sentence, clause_start):
    found = _records(_LEAD + sentence + " The port was closed.\n")
    assert any(kind == "indirect" and text.startswith(clause_start) and speaker == "Lena Marsh"
               for kind, text, speaker in found)
    # the partial stays a partial of hers
    assert any(kind == "partial" and speaker == "Lena Marsh" for kind, text, speaker in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole sentence in marks: a direct quote, no indirect clause
        "\"Dredging the channel is a bit like bailing a boat,\" Marsh said.",
        # a clause opening on the quote
        "\"Dredging the channel\" was the problem, Marsh said.",
        # the attribution names nobody
        "Dredging the channel was \"a bit like bailing a boat,\" a pilot said.",
    ],
)
def test_near_misses_give_no_indirect(sentence):
    found = _records(_LEAD + sentence + " The port was closed.\n")
    assert not any(kind == "indirect" and "Dredging the channel" in text for kind, text, speaker in found)


def test_an_aside_before_a_clause_holding_a_partial_is_indirect():
    found = _records(_LEAD + "Finding silt in the outer channel, she said, is the “next best thing” to a warning "
                     "light. The port was closed.\n")
    assert ("indirect", "is the “next best thing” to a warning light", "Lena Marsh") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause after the aside opens on the quote: the quote is the speech
        "The outer channel, she said, “is silting faster than anyone admits.”",
        # the aside names nobody
        "Finding silt in the outer channel, a pilot said, is the “next best thing” to a warning light.",
    ],
)
def test_near_misses_of_the_aside(sentence):
    found = _records(_LEAD + sentence + " The port was closed.\n")
    assert not any(kind == "indirect" and "silting faster" in text or "warning light" in text and kind == "indirect"
                   for kind, text, speaker in found)
