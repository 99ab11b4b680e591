"""A caption closing on a picture agency and its photographer ("... in Valais. Keystone / Jo Roe") and an audio
player's label over the headline again ("Listening: “Title”") are furniture (pagesO). Made-up lines. Near misses
stay: a sentence opening with the agency's name as a word, a sentence opening with "Listening"."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate

ROWS = [
    ("keystone_caption", "A measuring station on the tongue of a glacier in Valais. Keystone / Jo Roe", "photo_credit"),
    ("alamy_caption", "Fishing boats in the harbour at dawn. Alamy / Ana Lund", "photo_credit"),
    ("listening_label", "Listening: “We measure glaciers the way doctors take a pulse”", "link"),
    ("keystone_prose", "Keystone pipeline operators said on Monday that the leak had been contained.", None),
    ("listening_prose", "Listening is what the council promised to do, she said on Tuesday.", None),
]


@pytest.mark.parametrize("name,line,kind", ROWS, ids=[row[0] for row in ROWS])
def test_caption_labels(name, line, kind):
    assert boilerplate.classify_line(line) == kind
