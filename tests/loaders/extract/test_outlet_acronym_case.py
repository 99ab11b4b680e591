"""A one-word name in capitals that spells the site's host and holds a vowel reads as a word ("ZAWYA" -> "Zawya"),
unless the page prints the words it is the initials of ("KOMAT" under "Kestrel Ocean and Marine Authority
Trust"): then it is an acronym and keeps its capitals. Rows: (URL, banner lines, the outlet's name). Made up."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("Corals collected near the Tarn Islands survived seawater two degrees hotter than corals from the north, "
         "according to a study published on Tuesday by researchers at the institute.\n\n"
         "The team exposed colonies from five reefs to rising temperatures over eight weeks, its leader said.\n")

ROWS = [
    # positives: the initials' words printed as a line at the top
    ("https://www.komat.example/news/corals", "KOMAT\nKestrel Ocean and Marine Authority Trust\n", "KOMAT"),
    ("https://www.ravel.example/news/corals", "RAVEL\nRiverton Academy of Veterinary and Equine Learning\n",
     "RAVEL"),
    # near misses: no words spell it, lowercase words, other initials: the word's case
    ("https://www.komat.example/news/corals", "KOMAT\nAbout | Research | News\n", "Komat"),
    ("https://www.komat.example/news/corals", "KOMAT\nKeep our markets all tidy\n", "Komat"),
    ("https://www.komat.example/news/corals", "KOMAT\nKestrel Ocean Marine Trust\n", "Komat"),
]


@pytest.mark.parametrize(("url", "banner", "outlet"), ROWS)
def test_a_capitalised_host_word_is_an_acronym_where_the_page_spells_it_out(url, banner, outlet):
    raw = f"{banner}News\nCorals survive hotter water\n24 September 2026\n{_BODY}"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    assert article.outlet_name == outlet


# The page defines the capitals in brackets after the name they shorten, whatever letters of its words they take:
# an acronym. Rows: (a sentence of the body, the outlet's name). Made up.
DEFINED_ROWS = [
    # positives: "<Capitalised Name> (KOMAT)"
    ("The Kestrel Ocean and Marine Authority (KOMAT) funded the study.", "KOMAT"),
    ("Divers from the Komodo Marine Trust (KOMAT) took the samples.", "KOMAT"),
    # near misses: bracketed alone, after lower-case words, after one capitalised word, another acronym
    ("Divers took the samples (KOMAT) in March.", "Komat"),
    ("The samples went to the lab known as (KOMAT) last year.", "Komat"),
    ("Samples went to Komat (KOMAT) last year.", "Komat"),
    ("The Kestrel Ocean Research Institute (KORI) funded the study.", "Komat"),
]


@pytest.mark.parametrize(("sentence", "outlet"), DEFINED_ROWS)
def test_a_capitalised_host_word_defined_in_brackets_is_an_acronym(sentence, outlet):
    raw = f"KOMAT\nAbout | Research | News\nNews\nCorals survive hotter water\n24 September 2026\n{_BODY}\n{sentence}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://www.komat.example/news/c"}),
                              Registry())
    assert article.outlet_name == outlet


# The page's own copyright line letters the name in capitals: the company's lettering, kept. Rows: (the page's last
# line, the outlet's name). Made up.
COPYRIGHT_ROWS = [
    # positives: the mark, perhaps a year or a span, then the capitals as the owner
    ("© 2026 KOMAT. All rights reserved.", "KOMAT"),
    ("Copyright © 2026 KOMAT - Kestrel Press", "KOMAT"),
    ("Copyright 2024-2026, KOMAT", "KOMAT"),
    # ... the year after the owner, a company suffix after it
    ("© KOMAT 2026. All rights reserved.", "KOMAT"),
    ("© 2026 KOMAT Ltd. All rights reserved.", "KOMAT"),
    ("Copyright © KOMAT Inc. 2024-2026", "KOMAT"),
    # near misses: another owner, the capitals only in a sentence, after another owner, no mark at the line's start
    ("© 2026 Northwire Group. All rights reserved.", "Komat"),
    ("KOMAT is not responsible for the content of outside links.", "Komat"),
    ("© 2026 The Tarn Reef Trust, with KOMAT.", "Komat"),
    ("Pictures may be copied with a copyright credit to KOMAT.", "Komat"),
    # ... a longer owner after the year or the suffix, a word that is no suffix, a number that is no year
    ("© KOMAT 2026 Reef Survey Partners. All rights reserved.", "Komat"),
    ("© 2026 KOMAT Ltd. and Northwire Group", "Komat"),
    ("© 2026 KOMAT Labs. All rights reserved.", "Komat"),
    ("© KOMAT 42. All rights reserved.", "Komat"),
    # ... nor where the page writes the name in mixed case too: the reader's spelling
    ("A source told Komat the survey would go on.\n© 2026 KOMAT. All rights reserved.", "Komat"),
    ("TARN, Sept 24 (Komat) -- The survey goes on.\nCopyright © 2026 KOMAT", "Komat"),
]


@pytest.mark.parametrize(("closing", "outlet"), COPYRIGHT_ROWS)
def test_a_capitalised_host_word_its_copyright_line_letters_so_keeps_its_capitals(closing, outlet):
    raw = f"KOMAT\nAbout | Research | News\nNews\nCorals survive hotter water\n24 September 2026\n{_BODY}\n{closing}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://www.komat.example/news/c"}),
                              Registry())
    assert article.outlet_name == outlet
