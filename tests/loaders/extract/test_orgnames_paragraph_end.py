"""An organisation's name that ends a sentence before a line break ends there: the next paragraph's capitalised
opening is no part of it (`orgnames._paragraph_parts`; made-up texts)."""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import organisation_names


def _names(body):
    return [name for _, _, name in organisation_names(body, 0, len(body), [], {})]


@pytest.mark.parametrize("body, expected", [
    ("She heads forecasting at the Kestle Weather Institute.\n\nRPI: What happens next?", ["Kestle Weather Institute"]),
    ("Talks were held at the Varrow Port Authority.\nOfficials said little.", ["Varrow Port Authority"]),
    # near misses: a name without a break, and a headline line without a stop, are read as before
    ("Officials at the Varrow Port Authority said little.", ["Varrow Port Authority"]),
    ("Kestle Weather Institute\nissues a warning", ["Kestle Weather Institute"]),
])
def test_a_name_ends_at_a_sentence_end_before_a_break(body, expected):
    assert _names(body) == expected
