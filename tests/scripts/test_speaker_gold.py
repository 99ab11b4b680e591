"""The speaker scoring rules of `scripts/speaker_gold.py` and `scripts/eval_quotes.py` (issue 9's measures): who
a gold speaker phrase names, same-person comparison, pronoun antecedents and the reference/confidence tables, on
made-up texts (no extraction runs here)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from loaders.records import QuoteRecord

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import eval_quotes  # noqa: E402
from speaker_gold import antecedent, read_speaker, same_speaker  # noqa: E402

TEXT = ("Prime Minister Jan Kowal met Dan Ezra in Gdańsk. Anna Kowal, his wife, stayed home. "
        "Bill Clinton and Hillary Clinton spoke; Hillary Clinton spoke again and Hillary Clinton left. "
        "Sen. Maria Lopez arrived. A spokesman for Jan Kowal said nothing. Omar Haddad, a delegate, spoke.")


@pytest.mark.parametrize(
    "phrase, kind, name",
    [
        ("Prime Minister Jan Kowal", "person", "Jan Kowal"),
        ("Omar Haddad, a member of the delegation,", "person", "Omar Haddad"),
        ("a member of the delegation, Omar Haddad,", "person", "Omar Haddad"),
        ("Senate Minority Leader Harry M. Reid (D-Nev.)", "person", "Harry M. Reid"),
        ("Democrat Hillary Clinton", "person", "Hillary Clinton"),
        ("Co-anchor Norah O’Donnell, who was off-screen,", "person", "Norah O’Donnell"),
        ("Secretary of State John Kerry", "person", "John Kerry"),
        ("Kowal himself", "person", "Kowal"),
        ("Mrs. Clinton", "person", "Clinton"),
        # a title-case headline's subject: the name the article also writes on its own
        ("Dan Ezra Hammers Acme Rail CEO", "person", "Dan Ezra"),
        ("a spokesman for House Speaker Paul Ryan", "described", None),
        ("an Obama adviser", "described", None),
        ("Ryan’s spokesman", "described", None),
        ("the Washington Post", "described", None),
        ("The Hill", "described", None),
        ("Sens. Tom Carper and Chris Coons", "described", None),
        ("the ministry", "described", None),
        ("he", "pronoun", None),
    ],
)
def test_what_a_gold_phrase_names(phrase, kind, name):
    reading = read_speaker(phrase, TEXT)
    assert (reading.kind, reading.name) == (kind, name)


@pytest.mark.parametrize(
    "phrase, full_name",
    [
        ("Kowal", "Jan Kowal"),  # the surname's person written most often in full
        ("Mrs. Kowal", "Anna Kowal"),  # the honorific's gender decides between two Kowals
        ("Clinton", "Hillary Clinton"),
        ("Lopez", "Maria Lopez"),
    ],
)
def test_a_bare_surname_is_the_articles_person_of_that_surname(phrase, full_name):
    assert read_speaker(phrase, TEXT).full_name == full_name


@pytest.mark.parametrize(
    "predicted, phrase, right",
    [
        ("Hillary Clinton", "Clinton", True),
        ("Bill Clinton", "Clinton", False),  # a shared word is not the same person
        ("Hillary Rodham Clinton", "Democrat Hillary Clinton", True),
        ("Anna Kowal", "Prime Minister Jan Kowal", False),
        ("Jan Kowal", "Mr. Kowal", True),
        ("Omar Haddad", "a member of the delegation, Omar Haddad,", True),
        ("Kowal", "Prime Minister Jan Kowal", True),  # a label holding the person's surname
        ("a member of the delegation", "a member of the delegation, Omar Haddad,", False),
        (None, "Omar Haddad", False),
    ],
)
def test_same_speaker_means_the_same_person(predicted, phrase, right):
    assert same_speaker(predicted, read_speaker(phrase, TEXT), TEXT) is right


def test_a_name_with_a_lowercase_particle_is_the_person_its_surname_names():
    text = "“We wait,” said Marit in 't Hout, a Dutch lawmaker. In 't Hout sees risks. “Too many,” she said."
    assert same_speaker("Marit in 't Hout", read_speaker("In 't Hout", text), text)
    assert not same_speaker("Marit Jansen", read_speaker("In 't Hout", text), text)


def _gold(speaker: str, start: int, kind: str = "direct") -> dict:
    return {"speaker": speaker, "speaker_start": start, "start": start + 40, "end": start + 60, "type": kind}


def test_pronoun_antecedent_is_the_nearest_compatible_person():
    text = ("Jan Kowal said the talks went well. Anna Kowal said the same. Dan Ezra declined to speak. "
            "“We will answer calmly,” she said. “Later,” he said.")
    gold = [_gold("Jan Kowal", 0), _gold("Anna Kowal", text.index("Anna"))]
    she = {"speaker": "she", "speaker_start": text.index("she said")}
    he = {"speaker": "he", "speaker_start": text.index("he said")}
    assert antecedent(she, gold, text).full_name == "Anna Kowal"
    # Dan Ezra is no gold speaker but the subject of a sentence after the last speaker: the nearer antecedent.
    assert antecedent(he, gold, text).full_name == "Dan Ezra"


@pytest.mark.parametrize(
    "text, pronoun_at, expected",
    [
        # a person the last sentences name, no gold speaker: the nearest preceding name (a possessive too)
        ("Jan Kowal said the talks went well. Few listened to Energy Minister Dan Ezra’s statement on Monday. "
         "He called it “careless.”", "He called", "Dan Ezra"),
        ("Jan Kowal said the talks went well. With a stubborn Dan Ezra in charge, nothing changes. Just ask him. "
         "“Why change?” he said.", "he said", "Dan Ezra"),
        # a lone word the article writes as part of a full name
        ("Jan Kowal said the talks went well. Dan Ezra, 13, of Lodz sold water. Ezra sold 40 bottles. "
         "Why was he there? “To help.”", "he there", "Dan Ezra"),
        # the gold speaker asks in a clause under the sentence's subject: the subject is meant
        ("Dan Ezra did not smile when Jan Kowal asked about the vote.\n\n“We will see,” he said.", "he said",
         "Dan Ezra"),
        # ... but a gold speaker attributing the whole sentence stands ("if" belongs to the reported words)
        ("Dan Ezra won the crowds with promises to act if elected, Jan Kowal said. “He spoke well,” he said.",
         "he said", "Jan Kowal"),
        # a subject pronoun carries the chain back to the gold speaker; names after prepositions do not count
        ("Jan Kowal spoke first. He said the deal with Dan Ezra was good and he told him so.", "him so",
         "Jan Kowal"),
        ("Jan Kowal spoke first. Growing up in Dan Ezra Park, he learned fast. “Yes,” he said.", "he said",
         "Jan Kowal"),
        ("Jan Kowal spoke first. Few liked a Dan Ezra presidency. “Yes,” he said.", "he said", "Jan Kowal"),
        # a surname the article never gives in full, opening the sentence before: the name he refers to
        ("Jan Kowal spoke first. Ezra dodged the question. “Maybe,” he said.", "he said", "Ezra"),
        # ... not a plural, a place or a word the article also writes in lowercase
        ("Jan Kowal spoke first. Officials dodged the question. “Maybe,” he said.", "he said", "Jan Kowal"),
        ("Jan Kowal spoke first. Oklahoma voted early. “Maybe,” he said.", "he said", "Jan Kowal"),
        ("Jan Kowal spoke first. Forty undecided voters sat in rows. “Maybe,” he said.", "he said", "Jan Kowal"),
        ("Jan Kowal spoke first. Similar firearms normally sell for less. “Maybe,” he said.", "he said",
         "Jan Kowal"),
        ("Jan Kowal spoke first. Hope faded after a vote. There was no hope. “Maybe,” he said.", "he said",
         "Jan Kowal"),
    ],
)
def test_a_name_in_the_last_sentences_is_the_pronouns_antecedent(text, pronoun_at, expected):
    gold = [_gold("Jan Kowal", text.index("Jan Kowal"))]
    pronoun = pronoun_at.split()[0]
    quote = {"speaker": pronoun, "speaker_start": text.index(pronoun_at)}
    found = antecedent(quote, gold, text)
    assert (found.full_name or found.name) == expected


def test_an_indefinite_description_is_a_new_unnamed_antecedent():
    text = "Jan Kowal spoke first. A spokesman for the ministry said later: “No.” “Never,” he said."
    gold = [_gold("Jan Kowal", 0), _gold("A spokesman for the ministry", text.index("A spokesman"))]
    reading = antecedent({"speaker": "he", "speaker_start": text.index("he said")}, gold, text)
    assert reading.kind == "described" and reading.indefinite


def test_first_person_pronouns_have_no_antecedent_to_score():
    text = "Jan Kowal spoke. “I know,” I said."
    assert antecedent({"speaker": "I", "speaker_start": text.index("I said")}, [_gold("Jan Kowal", 0)], text) is None


def test_reference_tables_say_na_until_the_extractor_fills_them():
    counts = Counter()
    eval_quotes._score_reference(counts, QuoteRecord("x", "direct", 0, 1), True)
    assert eval_quotes.reference_figures(counts) == ("n/a (speaker_reference not filled)",
                                                     "n/a (speaker_confidence not filled)")
    counts = Counter()
    for reference, confidence, ok in (("name", 0.95, True), ("pronoun", 0.5, True), ("pronoun", 0.45, False)):
        quote = QuoteRecord("x", "direct", 0, 1, speaker_reference=reference, speaker_confidence=confidence)
        eval_quotes._score_reference(counts, quote, ok)
    by_kind, calibration = eval_quotes.reference_figures(counts)
    assert by_kind == "name 1.000 (1/1), pronoun 0.500 (1/2)"
    assert calibration == "[0.4-0.6] 0.500 (1/2), [0.9-1.0] 1.000 (1/1)"


@pytest.mark.parametrize(
    "predicted, gold, right",
    [("Sergey Petrov", "Sergei Petrov", True), ("Petrov", "Sergei Petrov", False),
     ("Bill Clinton", "Hillary Clinton", False), ("Hillary Clinton", "Hillary Clinton", True)],
)
def test_seed_format_names_compare_as_people(predicted, gold, right):
    assert eval_quotes.same_named(predicted, gold) is right


@pytest.mark.parametrize("predicted, gold, expected", [
    ("the ministry", "The Ministry", True),             # case and the leading article aside
    ("Ministry of Works", "the Ministry of Works", True),
    ("The Blue Lagoon geothermal spa", "The Blue Lagoon", True),  # one extent inside the other
    ("the ministry", "the mining company", False),
    ("a ministry spokesman", "the ministry", True),      # words run inside: a loose figure, for information
    ("the union", "the reunion committee", False),      # whole words only
    (None, "the ministry", False),
    ("the", "the ministry", False),
])
def test_labels_compare_loosely_for_information(predicted, gold, expected):
    from eval_quotes import same_label_loosely

    assert same_label_loosely(predicted, gold) is expected
