"""Issue 9, round 2: the PolNeAR scorer's gold readings that named a non-person (a crowd, a chapter and verse, a
publication cited by name alone) or resolved a bare surname to the wrong one of two people, and the
README-faithful figures (one prediction must cover >=30% of a gold quote; only a predicted person counts).
Made-up texts only; no extraction runs here."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from loaders.records import QuoteRecord

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

import eval_quotes  # noqa: E402
from speaker_gold import read_speaker, same_speaker  # noqa: E402

TEXT = ("Dozens of striking nurses marched past the depot. Proverbs 3:5 reads: “Trust.” Gallup found that “most "
        "agree.” Ravi Mehta spoke. George Tarrow founded a firm; Tarrow later spoke. Anna Dozier, a nurse, spoke.")


@pytest.mark.parametrize(
    "phrase, kind",
    [
        # a crowd counted, a chapter and verse, a pollster cited by name alone: no person
        ("Dozens of striking nurses", "described"),
        ("Thousands of farmers", "described"),
        ("Proverbs 3:5", "described"),
        ("Gallup", "described"),
        # near misses: people stay people
        ("Anna Dozier, a nurse,", "person"),
        ("Ravi Mehta", "person"),
        ("Mehta", "person"),
        ("Tarrow", "person"),  # a surname the article writes in full
        ("George Tarrow, 45,", "person"),  # a number that is no chapter and verse
        ("Ravi Mehta (3-1)", "person"),
    ],
)
def test_non_person_gold_phrases_are_described(phrase, kind):
    assert read_speaker(phrase, TEXT).kind == kind


def test_a_publication_name_the_article_gives_a_person_stays_a_person():
    text = "George Gallup ran polls for decades. Gallup said: “Ask more people.”"
    assert read_speaker("Gallup", text).full_name == "George Gallup"


TWO = ("Former president Tom Rusk spoke first. Tom Rusk left early. Tom Rusk waved.\n\n"
       "Senator Ella Rusk answered. For her part, Rusk was calm.\n\n"
       "Reporters asked about Rusk's plan while she was a governor.\n\n"
       "“We will win,” Rusk said.")


def test_a_bare_surname_is_the_person_its_nearest_mention_shows():
    at = TWO.index("Rusk said")
    assert read_speaker("Rusk", TWO, at).full_name == "Ella Rusk"  # her nearest mention, not the most written
    assert read_speaker("Rusk", TWO).full_name == "Tom Rusk"  # no position: the one written most often


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the nearest mention shows no gender, or both, or the article has one Rusk only
        TWO.replace("while she was a governor", "in the hall").replace("For her part, Rusk", "Then Rusk"),
        TWO.replace("while she was a governor", "while she and he were governors").replace(
            "For her part, Rusk", "Then Rusk"),
    ],
)
def test_a_nearest_mention_that_tells_nothing_leaves_the_most_written(text):
    assert read_speaker("Rusk", text, text.index("Rusk said")).full_name == "Tom Rusk"


def test_one_rusk_only_is_that_rusk():
    text = "Ella Rusk spoke. Rusk's plan, he said, was bold.\n\n“Yes,” Rusk said."
    assert read_speaker("Rusk", text, text.index("Rusk said")).full_name == "Ella Rusk"


# -- README-faithful figures ---------------------------------------------------------------------------------
BODY = "Ravi Mehta spoke. “Alpha beta gamma delta,” Mehta said. “Epsilon zeta,” he added. The end of it all."


def _span(start: int, end: int, name: str | None = None, label: str | None = None) -> eval_quotes._Span:
    return eval_quotes._Span(start, end, QuoteRecord("x", "direct", start, end, speaker_name=name,
                                                     speaker_label=label))


def _gold(start: int, end: int, speaker: str | None = "Mehta") -> dict:
    return {"start": start, "end": end, "speaker": speaker, "speaker_start": BODY.index("Mehta said"),
            "type": "direct", "quote": BODY[start:end]}


@pytest.mark.parametrize(
    "spans, found, named_ok",
    [
        ([(0.0, 1.0, "Ravi Mehta", None)], 1, 1),            # one prediction covers it, the person named
        ([(0.0, 0.5, "Ravi Mehta", None)], 1, 1),            # half of it is enough
        ([(0.0, 1.0, None, "Mehta")], 1, 0),                 # a label holding the name is no person
        ([(0.0, 1.0, None, None)], 1, 0),                    # no speaker is wrong
        ([(0.0, 0.2, "Ravi Mehta", None), (0.3, 0.5, "Ravi Mehta", None)], 0, 0),  # two pieces of 20% each
        ([(0.0, 0.25, "Ravi Mehta", None)], 0, 0),           # under 30%: not found
    ],
)
def test_readme_faithful_matching_and_speakers(spans, found, named_ok):
    start, end = BODY.index("“Alpha"), BODY.index("Mehta said") - 1
    size = end - start
    predicted = [_span(start + int(a * size), start + int(b * size), name, label) for a, b, name, label in spans]
    gold = [_gold(start, end)]
    result = Counter()
    eval_quotes._score_readme(result, [], "x", gold, gold, BODY, predicted)
    assert result["rf_gold_tp"] == found
    assert result["rf_named_ok"] == named_ok
    assert result["rf_named"] == found


@pytest.mark.parametrize(
    "gold, predicted, right",
    [
        ("Kiedus", "Anton Kiedis", True),     # the article's one misspelling of the surname it writes often
        ("Keidis", "Anton Kiedis", True),     # two letters swapped: one edit
        ("Kiedis", "Anton Kiedis", True),
        # near misses: another name the article writes again, a short name, a different first letter
        ("Kieran", "Anton Kiedis", False),
        ("Lee", "Anton Leo", False),
        ("Riedis", "Anton Kiedis", False),
    ],
)
def test_a_gold_misspelling_is_the_person_it_misspells(gold, predicted, right):
    text = (f"Anton Kiedis sang. Kiedis left. Kiedis came back. Kieran Kieran joined. Anton Leo waved. "
            f"“Bro,” {gold} said.")
    assert same_speaker(predicted, read_speaker(gold, text), text) is right


def test_readme_faithful_pronoun_for_a_body_takes_its_label():
    body = "The Larch Company sold the rifle. “We want no part in it,” it said. “Never,” he said. Tom Reed left."
    quote_at, said_at = body.index("“We"), body.index("it said")
    gold_body = {"start": quote_at, "end": said_at - 1, "speaker": "The Larch Company", "speaker_start": 0,
                 "type": "direct", "quote": "x"}
    gold_it = {"start": quote_at, "end": said_at - 1, "speaker": "it", "speaker_start": said_at, "type": "direct",
               "quote": "x"}
    for label, name, right in (("The Larch Company", None, 1), ("Tom Reed", None, 0), (None, "Tom Reed", 0)):
        result = Counter()
        predicted = [_span(quote_at, said_at - 1, name, label)]
        eval_quotes._score_readme(result, [], "x", [gold_it], [gold_body, gold_it], body, predicted)
        assert (result["rf_pronoun"], result["rf_pronoun_ok"]) == (1, right)
