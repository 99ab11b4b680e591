"""pagesR40: page layout mechanisms (made-up rows only)."""
import pytest

from loaders.extract.text_article import authors_from_byline

# A name whose word opens on a capital outside A-Z ("Šimić", "Émile", "Łukasz", "Østby", "Żaneta") is a person's
# name like any other: the byline's writer.
NON_ASCII_CAPITAL_HITS = [
    ("by Vesna Šarec", ["Vesna Šarec"]),
    ("By Émile Tournier", ["Émile Tournier"]),
    ("By Łukasz Dębiec and Żaneta Ostrowska", ["Łukasz Dębiec", "Żaneta Ostrowska"]),
    ("By Kari Østby", ["Kari Østby"]),
    ("by Ćiril Đurović", ["Ćiril Đurović"]),
]

# Near misses: what was no person's name stays none (a figure, a desk, a word in small letters, a wire), and the
# plain names stay as they were.
NON_ASCII_CAPITAL_MISSES = [
    ("By Šport 24 Desk", []),
    ("By Ščitnik staff", []),
    ("by ćevapi lovers", []),
    ("By Øresund Bureau", []),
    ("By Vesna Sarec", ["Vesna Sarec"]),
    ("By Ana Kovač", ["Ana Kovač"]),
]


@pytest.mark.parametrize("byline, authors", NON_ASCII_CAPITAL_HITS + NON_ASCII_CAPITAL_MISSES)
def test_byline_names_with_non_ascii_capitals(byline, authors):
    assert authors_from_byline(byline, as_written=True) == authors
