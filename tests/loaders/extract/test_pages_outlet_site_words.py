"""pagesN: an unregistered outlet's name loses the word a website adds to it ("Online") when the host spells the
rest, and a one-word name in capitals that spells the host and reads as a word goes in the reader's case. Near
misses (no host, a host that keeps the word, initials, several words in capitals) stay. Names are made up."""
from __future__ import annotations

import pytest

from loaders.extract.outlets import Outlet, short_form


@pytest.mark.parametrize(("name", "domain", "expected"), [
    ("Kalofa Isles Online", "kalofaisles.example", "Kalofa Isles"),
    ("Lowmouth Herald Digital", "lowmouthherald.example", "Lowmouth Herald"),
    ("KORVAN", "korvan.example", "Korvan"),
    ("ZELIRA", "www.zelira.example", "Zelira"),
    # Near misses
    ("Kalofa Isles Online", None, "Kalofa Isles Online"),
    ("Kalofa Isles Online", "kalofaislesonline.example", "Kalofa Isles Online"),
    ("Kalofa Isles Online", "kalofanews.example", "Kalofa Isles Online"),
    ("Kestrel Online", "kestrel.example", "Kestrel Online"),
    ("KXRTV", "kxrtv.example", "KXRTV"),
    ("KORA", "kora.example", "KORA"),
    ("KORVAN", "other.example", "KORVAN"),
    ("KORVAN TIMES", "korvantimes.example", "KORVAN TIMES"),
])
def test_short_form_site_words(name: str, domain: str | None, expected: str) -> None:
    assert short_form(Outlet(name=name, domain=domain), "").name == expected
