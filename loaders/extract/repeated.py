"""Paragraphs an outlet repeats across its articles: learn them from bodies, strip them from new ones.

A paragraph that appears in at least `MIN_ARTICLES` articles and `MIN_SHARE` of one outlet's articles is page
furniture of that outlet (a subscription plug, a standing disclaimer), whatever its words. Paragraphs are
compared by the hash of `boilerplate.line_key` (case, spacing and digits folded), so the database keeps only
hashes and one example of each repeated paragraph.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from loaders.extract.boilerplate import line_key
from loaders.records import ArticleRecord

MIN_ARTICLES = 5
MIN_SHARE = 0.2


def line_hash(paragraph: str) -> str:
    return hashlib.sha256(line_key(paragraph).encode("utf-8")).hexdigest()


def paragraphs(body: str) -> list[str]:
    return [paragraph for paragraph in body.split("\n\n") if paragraph.strip()] if body else []


def count_paragraphs(bodies: Iterable[str]) -> tuple[Counter, dict[str, str], int]:
    """Over an outlet's bodies: in how many articles each paragraph hash occurs, one example of each, and the
    number of articles."""
    counts: Counter = Counter()
    examples: dict[str, str] = {}
    documents = 0
    for body in bodies:
        documents += 1
        seen = set()
        for paragraph in paragraphs(body):
            digest = line_hash(paragraph)
            if digest not in seen:
                seen.add(digest)
                examples.setdefault(digest, paragraph)
        counts.update(seen)
    return counts, examples, documents


def repeated_hashes(counts: Counter, documents: int, min_articles: int = MIN_ARTICLES,
                    min_share: float = MIN_SHARE) -> dict[str, int]:
    """The paragraph hashes frequent enough to be boilerplate, with their article counts."""
    if documents < min_articles:
        return {}
    threshold = max(min_articles, min_share * documents)
    return {digest: count for digest, count in counts.items() if count >= threshold}


def strip_known_paragraphs(article: ArticleRecord, hashes: frozenset[str] | set[str]) -> ArticleRecord:
    """The article with the paragraphs whose hash is in `hashes` moved from the body to `removed_lines`.
    Run before the people, quotes and events steps: it changes the body and so every offset."""
    if not hashes or not article.body:
        return article
    kept, removed = [], []
    for paragraph in article.body.split("\n\n"):
        (removed if line_hash(paragraph) in hashes else kept).append(paragraph)
    if not removed:
        return article
    return replace(article, body="\n\n".join(kept), removed_lines=[*article.removed_lines, *removed])
