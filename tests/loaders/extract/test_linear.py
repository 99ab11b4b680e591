"""The body steps cost time linear in the body's length, checked without timing anything.

Two meters stand in for time: the number of Python and C function calls the steps make (`sys.setprofile`),
which grows with the square of the text when a rule compares every name with every other or scans a list per
match; and the characters the steps copy out of the body (a `str` whose slices are counted), which grows with
the square when a rule slices from a sentence's or the text's start for every match. Each is measured on a
text and on one four times as long: linear work grows about fourfold, quadratic work sixteenfold.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from loaders.extract import quotes, run_body_steps
from loaders.extract.quote_subjects import _filler_end
from loaders.extract.speakers import LOOK_BACK_CHARS, SpeakerResolver
from loaders.records import ArticleRecord
from loaders.registry import Registry

POLNEAR = Path(__file__).resolve().parents[2] / "data" / "dev" / "polnear.dev.jsonl"
GROWTH_LIMIT = 6.5  # for four times the text; linear is about 4, quadratic about 16


class MeteredStr(str):
    """A body that counts the characters sliced out of it."""

    copied = 0

    def __getitem__(self, key):
        found = str.__getitem__(self, key)
        MeteredStr.copied += len(found)
        return found


def _natural(size: int) -> str:
    texts = [json.loads(line)["text"] for line in POLNEAR.open(encoding="utf-8")][:40]
    joined = "\n\n".join(texts)
    while len(joined) < size:
        joined += "\n\n" + joined
    return joined[:size]


_SAID = ("Anna Berg said the council would meet and officials said that the plan was dead while Mr. Lund said "
         "it would not work and the minister told reporters the talks went on as critics said the deal had failed "
         "and Berg added that nobody had asked ")
_MARKS = "“Yes” “no” he said ‘maybe’ \"fine\" she said “we will see” "
TEXTS = {
    "natural": _natural,
    "said": lambda size: (_SAID * (size // len(_SAID) + 1))[:size],  # one line, no full stop
    "marks": lambda size: (_MARKS * (size // len(_MARKS) + 1))[:size],
    "lines": lambda size: ("Talks went on.\n" * (size // 15 + 1))[:size],
}


def _work(body: str) -> tuple[int, int]:
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    metered = MeteredStr(body)
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=metered)
    MeteredStr.copied = 0
    sys.setprofile(count)
    try:
        run_body_steps(article, Registry())
    finally:
        sys.setprofile(None)
    return calls, MeteredStr.copied


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_body_steps_grow_linearly(kind):
    if kind == "natural" and not POLNEAR.is_file():
        pytest.skip("the PolNeAR dev texts are not in this checkout")
    make = TEXTS[kind]
    run_body_steps(ArticleRecord(source_path="w", source_format="txt", raw_text="", body=make(3000)), Registry())
    small_calls, small_copied = _work(make(5_000))
    large_calls, large_copied = _work(make(20_000))
    assert large_calls <= GROWTH_LIMIT * small_calls, (small_calls, large_calls)
    assert large_copied <= GROWTH_LIMIT * max(small_copied, 1), (small_copied, large_copied)


def test_long_natural_text_copies_linearly():
    """Rules that look at many people, dates or triggers at once only show their square on longer texts (a name
    compared with every person, a gap copied up to the next trigger): the copy meter alone, on 25 and 100 KB."""
    if not POLNEAR.is_file():
        pytest.skip("the PolNeAR dev texts are not in this checkout")
    copied = []
    for size in (25_000, 100_000):
        body = _natural(size)
        MeteredStr.copied = 0
        run_body_steps(ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=MeteredStr(body)),
                       Registry())
        copied.append(MeteredStr.copied)
    # The same limit as the other meters: bounded windows per name, date or trigger grow with how densely the
    # longer text holds them (5.1 today, from the mix of dev texts), a square would grow sixteenfold.
    assert copied[1] <= GROWTH_LIMIT * copied[0], copied


class _CountingStr(str):
    reads = 0

    def __getitem__(self, key):
        _CountingStr.reads += 1
        return str.__getitem__(self, key)


@pytest.mark.parametrize("size", [1_000, 100_000])
def test_filler_words_are_read_back_from_the_verb_only(size):
    """The subject before a speech verb is found reading back from the verb, whatever the distance to the
    sentence's start ('… Carter had also said')."""
    body = _CountingStr("x " * size + "Carter had also ")
    _CountingStr.reads = 0
    end = _filler_end(body, 0, len(body))
    assert body[:end].endswith("Carter")
    assert _CountingStr.reads < 60


@pytest.mark.parametrize("size", [1_000, 30_000])
def test_a_description_looks_back_a_bounded_window(size):
    """'the airport' stands for the name with that head written shortly before ('Harwick Valley Airport'); in
    one huge sentence the look-back stops a few thousand characters before the description instead of reading
    the whole sentence again for each description. Meter: the candidate names it checks (one quote test each)."""
    clause = "Harwick Valley Airport stayed open and "
    body = clause * (size // len(clause)) + "the airport said"
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    resolver = SpeakerResolver(article, [], Registry())
    checked = []
    is_quoted = resolver.is_quoted
    resolver.is_quoted = lambda position: checked.append(position) or is_quoted(position)
    assert resolver._named_with_head(["airport"], body.rindex("airport")) == "Harwick Valley Airport"
    assert len(checked) <= LOOK_BACK_CHARS // len(clause) + 2, len(checked)


class _RecordedPattern:
    """A compiled pattern that records the span each `finditer` is asked to read."""

    def __init__(self, pattern):
        self.pattern, self.spans = pattern, []

    def finditer(self, text, pos=0, endpos=sys.maxsize):
        self.spans.append((pos, min(endpos, len(text))))
        return self.pattern.finditer(text, pos, endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_a_quote_reads_a_bounded_window_of_its_sentence(monkeypatch):
    """'As X put it, “…”' is looked for before each quote in its sentence; in one huge sentence holding many
    quotes that look stops a few thousand characters back instead of reading the sentence again per quote.
    Meter: the longest span the 'put it' search is given."""
    recorded = _RecordedPattern(quotes._AS_PUT_IT)
    monkeypatch.setattr(quotes, "_AS_PUT_IT", recorded)
    clause = "Ann Bell said, “we will see,” and as the mayor told us, Tom Reyes said, “not now,” and "
    body = clause * (30_000 // len(clause))
    run_body_steps(ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body), Registry())
    assert recorded.spans
    assert max(end - start for start, end in recorded.spans) <= LOOK_BACK_CHARS + len(clause)
