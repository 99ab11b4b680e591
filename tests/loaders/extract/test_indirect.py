"""Indirect speech (loaders/extract/indirect.py): which clauses after a speech verb are reported speech."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

_PERSON = "Edda Morvane"


def _indirect(body: str) -> list[str]:
    mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                for m in re.finditer(rf"\b(?:{_PERSON}|{_PERSON.split()[-1]})\b", body)]
    person = PersonRecord(name=_PERSON, mentions=mentions)
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body)
    return [q.text for q in extract_quotes(article, [person], Registry())
            if q.kind == "indirect" and q.speaker_name == _PERSON]


@pytest.mark.parametrize(
    "sentence, clause",
    [
        # a number with a thousands separator or a decimal point is read whole as the clause's subject
        ("Morvane said 4,000 permits had been issued since May.", "4,000 permits had been issued since May"),
        ("Morvane said 2.5 tonnes were seized at the port.", "2.5 tonnes were seized at the port"),
        # "more/less/fewer than" a number and its verb opens a clause too
        ("Morvane said more than 4,000 permits had been issued since May.",
         "more than 4,000 permits had been issued since May"),
        ("Morvane said fewer than 30 boats were at sea.", "fewer than 30 boats were at sea"),
        # a reply to someone's point, with "that"
        ("Morvane countered that the cost had doubled in a year.", "the cost had doubled in a year"),
        ("Morvane retorted that nobody had asked her.", "nobody had asked her"),
    ],
)
def test_reported_clauses(sentence, clause):
    body = f"Port fees rise\n\nThe harbour chief, {_PERSON}, spoke on Monday. {sentence}"
    assert clause in _indirect(body)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: "more" as an object, a number counting times, "countered" without "that"
        "Morvane said more about the permits on Monday.",
        "Morvane said 2,000 times over the years.",
        "Morvane countered the claim in a letter.",
    ],
)
def test_no_reported_clause(sentence):
    body = f"Port fees rise\n\nThe harbour chief, {_PERSON}, spoke on Monday. {sentence}"
    assert _indirect(body) == []
