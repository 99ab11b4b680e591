"""Round R57 (speakers, made-up rows), mending the R56 review. (1) An adverb of the verb (`quote_words.
ADVERBS_AFTER_ASIDE_VERB`) is dropped from the reported clause only in an aside ("The co-op, Kucera says now, would
need …"); after "said that", or after a verb with no aside, it opens the clause and stays ("Kucera said that now,
more than ever, the co-op …"). (2) A photo's or a status note in brackets after a title ("Deputy commissioner
(left) Ravi Menon", "Colonel (retd) …") is no portfolio: the title alone is the role, so "the left commissioner" names nobody."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_FARM = "Farmer Jana Kucera runs the dairy co-op in Lhota. "

_ASIDE_HITS = [
    (_FARM + "The dairy, Kucera says now, would need 100 more cows to pay.", "would need 100 more cows to pay"),
    (_FARM + "The dairy, Kucera said again, would need 100 more cows to pay.", "would need 100 more cows to pay"),
]
_CLAUSE_KEEPS = [
    (_FARM + "Kucera said that now, more than ever, the dairy needed cows.", "now, more than ever, the dairy needed cows"),
    (_FARM + "Kucera said that again, the dairy had lost money.", "again, the dairy had lost money"),
    (_FARM + "Kucera said that still, the dairy would survive the winter.", "still, the dairy would survive the winter"),
    (_FARM + "Kucera said now, more than ever, the dairy needed cows.", "now, more than ever, the dairy needed cows"),
]


def _clauses(text: str) -> list[str]:
    return [q.text.rstrip(". ") for q in quotes_of(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text, clause", _ASIDE_HITS)
def test_an_aside_drops_its_verbs_adverb(text, clause):
    assert clause in _clauses(text)


@pytest.mark.parametrize("text, clause", _CLAUSE_KEEPS)
def test_a_clause_keeps_its_opening_adverb(text, clause):
    assert clause in _clauses(text)


def test_no_clause_opens_on_the_second_phrase():
    found = _clauses(_FARM + "Kucera said once, in 2019, that the dairy would close.")
    assert not any(text.startswith("in 2019") for text in found)


_DRAINS = " told the council that most drains were done. The tender has been put off to March, the {} said."


def _speaker(text: str) -> str | None:
    found = [q.speaker_name or q.speaker_label for q in quotes_of(text) if q.text.startswith("The tender")]
    return found[0] if found else None


# the bracket's word written in the later description names no office of the person's
_CAPTION_HITS = [
    ("Deputy commissioner (left) Ravi Menon" + _DRAINS.format("left commissioner"), "Ravi Menon"),
    ("Deputy commissioner (centre) Ravi Menon" + _DRAINS.format("centre commissioner"), "Ravi Menon"),
    ("Joint secretary (file) Meera Nair" + _DRAINS.format("file secretary"), "Meera Nair"),
    ("Colonel (retd) Ravi Kumar" + _DRAINS.format("retd colonel"), "Ravi Kumar"),
]
# the title before the caption bracket is still the person's; a portfolio in brackets still makes the role
_KEEPS = [
    ("Deputy commissioner (left) Ravi Menon" + _DRAINS.format("deputy commissioner"), "Ravi Menon"),
    ("Minister (pictured) Ana Lind" + _DRAINS.format("minister"), "Ana Lind"),
    ("Colonel (retd) Ravi Kumar" + _DRAINS.format("colonel"), "Ravi Kumar"),
    ("Deputy commissioner (works) Ravi Menon" + _DRAINS.format("deputy commissioner"), "Ravi Menon"),
    ("Joint secretary (roads and bridges) Meera Nair" + _DRAINS.format("joint secretary"), "Meera Nair"),
    ("Deputy commissioner (left wing) Ravi Menon" + _DRAINS.format("deputy commissioner"), "Ravi Menon"),
]


@pytest.mark.parametrize("text, name", _CAPTION_HITS)
def test_a_caption_bracket_is_no_portfolio(text, name):
    assert _speaker(text) != name


@pytest.mark.parametrize("text, name", _KEEPS)
def test_the_title_before_a_bracket_stays_the_role(text, name):
    assert _speaker(text) == name
