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
