"""A reported clause that opens on a quoted fragment its own words carry on after ('said that “we need more facts”
about how …') is reported speech holding a partial quote (indirect.py, quotemarks.fragment_opens_clause); a clause
that is the quotation itself, or a quotation with an adjunct after it, stays the direct or partial quote alone."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

_PERSON = "Edda Morvane"


def _quotes(body: str) -> list[tuple[str, str]]:
    mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                for m in re.finditer(rf"\b(?:{_PERSON}|{_PERSON.split()[-1]})\b", body)]
    person = PersonRecord(name=_PERSON, mentions=mentions)
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body)
    return [(q.kind, q.text) for q in extract_quotes(article, [person], Registry()) if q.speaker_name == _PERSON]


def _body(sentence: str) -> str:
    return f"Port fees rise\n\nThe harbour chief, {_PERSON}, spoke on Monday. {sentence}"


@pytest.mark.parametrize(
    "sentence, clause, partial",
    [
        ("Morvane said that “we need more facts” about how the board reached its decision.",
         "“we need more facts” about how the board reached its decision", "we need more facts"),
        ("Morvane said that “fewer than half” of the berths were in use last winter.",
         "“fewer than half” of the berths were in use last winter", "fewer than half"),
        ("Morvane argued that “outside money” had swayed the vote on the quay.",
         "“outside money” had swayed the vote on the quay", "outside money"),
        ("Morvane warned that ‘greedy operators’ would push the fees up again.",
         "‘greedy operators’ would push the fees up again", "greedy operators"),
    ],
)
def test_clause_opening_on_a_fragment_is_reported_speech(sentence, clause, partial):
    found = _quotes(_body(sentence))
    assert ("indirect", clause) in found
    assert ("partial", partial) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # the quotation is the whole clause
        "Morvane said that “we need more facts.”",
        "Morvane said “We need more facts about the board.”",
        # a capitalised opening: a sentence quoted whole, whatever follows
        "Morvane said “We need more facts” in her letter to the board.",
        # the quoted words end on their own punctuation: the quote is over
        "Morvane said that “we need more facts,” and the board agreed with her.",
        # only a time or a short adjunct after the closing mark
        "Morvane said that “we need more facts” on Tuesday.",
        "Morvane said that “we need more facts” again.",
        "Morvane said that “we need more facts” last week.",
        # an attribution after the closing mark, not the clause's words
        "Morvane said that “we need more facts”, he recalled.",
    ],
)
def test_quote_that_is_the_clause_stays_alone(sentence):
    found = _quotes(_body(sentence))
    assert not [text for kind, text in found if kind == "indirect" and "more facts" in text]
    assert [text for kind, text in found if kind in ("direct", "partial") and "more facts" in text]
