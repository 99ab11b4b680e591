"""A subject that is a gerund clause, headed by no person or body ('Rural Ohio embracing Kerr announced “…”'), is
no speaker: the quote goes on with the speaker before, and the participle's object (Kerr) does not speak either.
Near misses keep their speaker: a person noun before the participle ('Voters backing Kerr'), an -ing word that
describes ('the acting mayor'), an -ing noun in a compound ('the Lumen Bank trading desk'). Made-up texts."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.quote_subjects import _gerund_clause
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


@pytest.mark.parametrize(
    "phrase, clause",
    [
        ("Rural Ohio embracing Kerr", True),
        ("Washington courting the donors", True),
        ("White America embracing Senator Kerr", True),
        # near misses
        ("Voters backing Kerr", False),
        ("Residents opposing the plan", False),
        ("Acting Mayor Ann Bell", False),
        ("The acting mayor", False),
        ("The Lumen Bank trading desk", False),
        ("Senator Tom Kerr", False),
        ("Lumen Bank hiring Kerr", False),  # a body's word before the participle: the bank may speak
    ],
)
def test_a_gerund_clause_is_no_noun_phrase(phrase, clause):
    assert _gerund_clause(phrase.split()) is clause


LEAD = ("Senator Tom Kerr won the state. Radio host Joe Medina said the vote was a turning point. “Nobody expected "
        "it,” Medina said. ")


@pytest.mark.parametrize(
    "sentence, name, label",
    [
        ("Rural Ohio embracing Kerr announced “a different era in our politics.”", "Joe Medina", None),
        ("Washington courting the donors signalled “a different era in our politics.”", "Joe Medina", None),
        # near misses
        ("Voters backing Kerr announced “a different era in our politics.”", None, "Voters backing Kerr"),
        ("Kerr announced “a different era in our politics.”", "Tom Kerr", None),
    ],
)
def test_the_quote_after_a_gerund_subject(sentence, name, label):
    text = LEAD + sentence
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=text, body=text)
    people = extract_people(article, Registry())
    quotes = [q for q in extract_quotes(article, people, Registry()) if q.text.startswith("a different era")]
    assert [(q.speaker_name, q.speaker_label) for q in quotes] == [(name, label)]
