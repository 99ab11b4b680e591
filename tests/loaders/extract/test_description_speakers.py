"""Review of peopleR27, NEWLY WRONG 1 (made-up text): a quote whose speaker is written as a description ("the
minister said") that the people step stored as a description mention of its holder is attributed through the
description (reference 'role'), not as if a name were written there; near misses: a name at the quote stays 'name'."""
from __future__ import annotations

import pytest

from tests.loaders.extract.quote_steps import quote_with


@pytest.mark.parametrize(("text", "words", "speaker", "reference"), [
    ("Harbour Minister Tilo Varga toured the docks on Friday, officials said.\n\n\"The cranes are too old,\" "
     "the minister said. \"We will replace them.\"", "cranes are too old", "Tilo Varga", "role"),
    ("Harbour Minister Tilo Varga toured the docks on Friday.\n\n\"The piers will hold,\" the minister told "
     "reporters.", "piers will hold", "Tilo Varga", "role"),
    # near misses: the name written at the quote
    ("Harbour Minister Tilo Varga toured the docks on Friday.\n\n\"The cranes are too old,\" Varga said.",
     "cranes are too old", "Tilo Varga", "name"),
    ("Harbour Minister Tilo Varga toured the docks on Friday.\n\n\"The piers will hold,\" Tilo Varga told "
     "reporters.", "piers will hold", "Tilo Varga", "name"),
])
def test_a_description_speaker_is_a_role_reference(text, words, speaker, reference):
    quote = quote_with(text, words)
    assert (quote.speaker_name, quote.speaker_reference) == (speaker, reference)
