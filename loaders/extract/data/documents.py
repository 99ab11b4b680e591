"""Vocabulary of the documents through which people and organisations speak ("a statement from the union",
"the letter said", "the ministry's press release"): a quote attributed to one of them is the words of its source,
named after "from", "by" or "of", or named as the subject of the sentence that issued it. One list, read by the
speaker resolver; nothing here names a particular organisation.
"""
from __future__ import annotations

DOCUMENT_NOUNS = frozenset({
    "statement", "statements", "release", "communique", "communiqué", "letter", "memo", "memorandum", "notice",
    "bulletin", "circular", "announcement", "declaration", "filing", "submission", "email", "e-mail", "post",
    "tweet", "message", "note", "advisory", "briefing", "transcript", "editorial", "op-ed",
})
# Verbs by which a subject issues a document ("the palace issued a statement", "it put out a release").
ISSUING = ("in", "issued", "released", "posted", "published", "sent", "put out", "circulated", "read out")
# Works whose title a quote may give in apposition ("in his column on Aug. 10, “The piling on must stop,” the
# senator …"): a title, not words spoken. (Not statements, letters or speeches: those quote their words.)
WORK_NOUNS = frozenset({
    "column", "op-ed", "article", "editorial", "essay", "book", "headline", "film", "movie", "song", "album",
    "show", "series", "podcast", "documentary", "play", "novel", "poem", "report", "study", "paper",
})
