"""Round 51 (made-up snippets): a closing quotation mark or bracket after a sentence's full stop does not hide the
next sentence's start ("… encouraging.” Its area manager, X,"), so a role opened by a determiner at that start is
read; closing marks after no stop, or after a stop an abbreviation keeps, open no sentence. `text.tokenise` and
`analysis._starts_sentence` read the text between words alike."""
from __future__ import annotations

import pytest

from loaders.extract.analysis import _starts_sentence
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.extract.text import tokenise
from loaders.registry import Registry


def _roles(body: str, name: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    for person in extract_people(article, Registry()):
        if person.name == name:
            return {r for m in person.mentions for r in (m.role, m.apposition) if r}
    raise AssertionError(f"{name} not found")


def _starts(body: str) -> dict[str, bool]:
    tokens = tokenise(body, sentence_starts=True)
    return {t.text: t.sentence_start for t in tokens if t.capital}


def _agree(body: str) -> bool:
    tokens = tokenise(body, sentence_starts=True)
    return all(t.sentence_start == _starts_sentence(body, t.start, tokens[i - 1].end if i else 0)
               for i, t in enumerate(tokens) if t.capital)


STARTS = [
    ("The trust called it “a fair deal.” Its man left.", "Its", True),
    ("The trust called it “a fair deal!” Its man left.", "Its", True),
    ("The trust called it ‘a fair deal.’ Its man left.", "Its", True),
    ("The trust left (for good.) Then Ann came.", "Then", True),
    ("The trust called it «a fair deal.» Its man left.", "Its", True),
    # near misses: no stop before the closing marks, or an abbreviation's kept stop
    ("The trust called it a “ghost” Its man left.", "Its", False),
    ("The trust called it a ‘ghost’ Its man left.", "Its", False),
    ("The trust said ‘no.’ Then Ann came.", "Then", False),
    ("The trust met the Growers’ Association today.", "Association", False),
    ("The trust (see Mr.) Ann came.", "Ann", False),
    ("The trust called Lee Roe (Velk) Ann came.", "Ann", False),
]


@pytest.mark.parametrize("body, word, opens", STARTS)
def test_closing_marks_after_a_stop(body, word, opens):
    assert _starts(body)[word] is opens
    assert _agree(body)


HITS = [
    ("The service called the forecast “cautiously encouraging.” Its area manager, Dwight Orsen, sat beside Vosk.",
     "Dwight Orsen", "area manager"),
    ("The council said it was “a start.” Our harbour master, Lena Korby, was not so sure.",
     "Lena Korby", "harbour master"),
    ("The board called the plan “sound.” The area manager, Pavel Treml, did not agree.",
     "Pavel Treml", "area manager"),
]
NEAR = [
    # no stop before the closing mark, or a stop inside an earlier sentence: the role reads as it did
    ("The service kept a “reserve” fund manager, Dwight Orsen, said on Monday.", "Dwight Orsen", {"fund manager"}),
    ("They said the forecast was good and “our” manager, Lena Korby, agreed.", "Lena Korby", {"manager"}),
    ("The staff praised the “quiet” Its manager, Dwight Orsen, on Monday.", "Dwight Orsen", {"manager"}),
    ("The firm quoted “experts.” Critics met the manager, Dwight Orsen, on Monday.", "Dwight Orsen", {"manager"}),
    ("The firm called it “fair” and the regional manager, Dwight Orsen, agreed.", "Dwight Orsen",
     {"regional manager"}),
]


@pytest.mark.parametrize("body, name, role", HITS)
def test_role_after_a_quoted_sentence(body, name, role):
    assert role in _roles(body, name)


@pytest.mark.parametrize("body, name, roles", NEAR)
def test_role_unchanged_without_a_sentence_start(body, name, roles):
    assert _roles(body, name) == roles
