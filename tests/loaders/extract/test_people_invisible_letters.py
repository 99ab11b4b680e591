"""People step, issue 9 (made-up snippets): a name written with characters a reader does not see is the same name.
A soft hyphen or a zero-width space or joiner inside a name or at a word's start ("Tom \\xadVarga", "Ma\\xadrek
Olsen"), and a letter written as a base letter and a combining accent ("Jose\\u0301" for "José"; a page's
decomposed text, broken letters included: "PeA\\u0303\\xb1a" for "PeÃ±a", read back as "Peña") leave one name:
the stored name is written without them, the mention stays the body's text. Near misses: a soft hyphen or a
zero-width space with no space beside it between two words (one hyphenated word, not a name's two), a line break
with one, lowercase words around one, and plain text."""
from __future__ import annotations

import pytest

from loaders.extract.people import _unbroken
from tests.loaders.extract.cast import people_of


@pytest.mark.parametrize(("body", "name", "surfaces"), [
    ("“We have not been told,” Tom \u00adVarga, a spokesman for the mayor, told the paper.", "Tom Varga",
     ["Tom \u00adVarga"]),
    ("Tom \u00adVarga said the bill would pass. Varga spoke in Dover.", "Tom Varga", ["Tom \u00adVarga", "Varga"]),
    ("Ma\u00adrek Olsen said the bill would pass.", "Marek Olsen", ["Ma\u00adrek Olsen"]),
    ("Marek Ol\u200bsen said the bill would pass.", "Marek Olsen", ["Marek Ol\u200bsen"]),
    ("Marek\u200b Olsen said the bill would pass.", "Marek Olsen", ["Marek\u200b Olsen"]),
    ("Jose\u0301 Tarrega agreed. Tarrega said so.", "José Tarrega", ["Jose\u0301 Tarrega", "Tarrega"]),
    ("Mayor Rene\u0301e Volk said the plan would work.", "Renée Volk", ["Rene\u0301e Volk"]),
    ("Mexican President Mirel BaA\u0303\u00b1os Lima said so. Both Ana Roe and BaA\u0303\u00b1os Lima agreed.",
     "Mirel Baños Lima", ["Mirel BaA\u0303\u00b1os Lima", "BaA\u0303\u00b1os Lima"]),
])
def test_invisible_characters_and_combining_accents_leave_one_name(body, name, surfaces):
    assert people_of(body).get(name) == surfaces


@pytest.mark.parametrize(("body", "absent"), [
    # a soft hyphen with no space beside it joins one word's parts, not two names
    ("The Bor\u00adnholm ferry left. Tom Varga said so.", "Bor"),
    ("Tom Varga met the Olsen\u00adGroup team.", "Olsen Group"),
    # a line break beside an invisible character still ends the name
    ("He thanked Tom\n\u00adVarga said the bill would pass.", "Tom Varga"),
    # lowercase words around an invisible character make no name
    ("the re\u00adport said the bill would pass. Tom Varga agreed.", "Re"),
])
def test_invisible_characters_make_no_other_names(body, absent):
    assert absent not in people_of(body)


@pytest.mark.parametrize(("text", "read"), [
    ("Doug \u00adAndres", "Doug Andres"),
    ("PeA\u0303\u00b1a", "Peña"),
    ("Jose\u0301", "José"),
    ("Ol\u200bsen", "Olsen"),
    ("Plain", "Plain"),
    ("Fran\u00c3\u00a7ois", "François"),
])
def test_unbroken_drops_invisible_characters_and_composes_accents(text, read):
    assert _unbroken(text) == read
