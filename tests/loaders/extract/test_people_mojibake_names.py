"""People step, issue 9 (made-up snippets): a name whose letters bad decoding broke (UTF-8 read as Latin-1 or
Windows-1252: "FranÃ§ois" for "François") is one name: its broken characters are letters of the word, the stored
name is read back, the mention stays the body's text. Near misses: text with no broken letters, a broken word that
is no name ("cafÃ©"), and plain "Ã" in a correctly decoded name ("São", "Ãlvaro" stays as written)."""
from __future__ import annotations

import pytest

from loaders.extract.people import _mojibake_names, _unbroken
from loaders.extract.text import tokenise
from tests.loaders.extract.cast import people_of


_people = people_of


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("Mirel Ba\u00c3\u00b1os said the vote would hold. Ba\u00c3\u00b1os spoke in Lima.", "Mirel Baños",
     ["Mirel Ba\u00c3\u00b1os", "Ba\u00c3\u00b1os"]),
    ("Fran\u00c3\u00a7ois Devaux said the plan would work.", "François Devaux", ["Fran\u00c3\u00a7ois Devaux"]),
    ("Jos\u00c3\u00a9 Tarrega agreed, Tarrega said.", "José Tarrega", ["Jos\u00c3\u00a9 Tarrega", "Tarrega"]),
    ("Ren\u00c3\u00a9e Volk's album sold well, Volk said.", "Renée Volk", ["Ren\u00c3\u00a9e Volk", "Volk"]),
    ("\u00c3\u2030mile Roux said the plan would work. Roux left.", "Émile Roux", ["\u00c3\u2030mile Roux", "Roux"]),
    ("Mayor Tom \u00c3\u2030mile said the plan would work.", "Tom Émile", ["Tom \u00c3\u2030mile"]),
    # near misses: nothing broken, and a broken word that is no name
    ("François Devaux said the plan would work.", "François Devaux", ["François Devaux"]),
    ("The caf\u00c3\u00a9 owner Ana Roe said it was fine.", "Ana Roe", ["Ana Roe"]),
])
def test_broken_letters_are_letters_of_the_name(body, name, surfaces):
    assert _people(body).get(name) == surfaces


@pytest.mark.parametrize("body", [
    "Ana Roe said so.", "São Paulo is big.", "The caf\u00e9 opened.", "Prices rose 5% \u00c3 la carte",
])
def test_no_broken_word_leaves_tokens_alone(body):
    tokens = tokenise(body)
    assert _mojibake_names(body, tokens) == tokens


def test_unbroken_reads_back_or_drops():
    assert _unbroken("Fran\u00c3\u00a7ois") == "François"
    assert _unbroken("Plain") == "Plain"
