"""Outlet-repeated paragraphs: counting, thresholds and stripping, without a database."""
from __future__ import annotations

import pytest

from loaders.extract.repeated import count_paragraphs, line_hash, repeated_hashes, strip_known_paragraphs
from loaders.records import ArticleRecord

FOOTER = "Example Media Group publishes this site in Springfield."


@pytest.mark.parametrize(
    "a, b, same",
    [(FOOTER, "  example media group publishes   this site in springfield.", True),
     ("Updated 12:30", "Updated 09:15", True),
     (FOOTER, "Example Media Group publishes this site in Shelbyville.", False)],
)
def test_line_hash_folds_case_spacing_and_digits(a, b, same):
    assert (line_hash(a) == line_hash(b)) is same


def test_counts_each_article_once():
    counts, examples, documents = count_paragraphs([f"Story one.\n\n{FOOTER}\n\n{FOOTER}", f"Story two.\n\n{FOOTER}"])
    assert documents == 2 and counts[line_hash(FOOTER)] == 2 and examples[line_hash(FOOTER)] == FOOTER


@pytest.mark.parametrize(
    "occurrences, documents, repeated",
    [(5, 5, True), (4, 4, False), (5, 30, False), (6, 30, True), (2, 100, False)],
    ids=["all-of-5", "too-few-articles", "under-20%", "20%-of-30", "rare"],
)
def test_threshold_needs_five_articles_and_a_fifth_of_the_outlet(occurrences, documents, repeated):
    bodies = [f"Story {i}.\n\n{FOOTER}" if i < occurrences else f"Story {i}." for i in range(documents)]
    counts, _, total = count_paragraphs(bodies)
    assert (line_hash(FOOTER) in repeated_hashes(counts, total)) is repeated


def test_strip_moves_paragraphs_to_removed_lines():
    article = ArticleRecord("p", "txt", "raw", body=f"First.\n\n{FOOTER}\n\nLast.", removed_lines=["Banner"])
    stripped = strip_known_paragraphs(article, {line_hash(FOOTER)})
    assert stripped.body == "First.\n\nLast." and stripped.removed_lines == ["Banner", FOOTER]
    assert strip_known_paragraphs(article, set()) is article
