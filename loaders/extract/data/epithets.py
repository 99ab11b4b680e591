"""Epithets: the nouns a story uses, after "the", for a person it has just named, which no office or role of
that person needs to hold ("Tom Reyes, a welder, lost his job. “Nobody called,” the father of three said.",
"Governor Ann Bell signed the bill. “A historic day,” the Democrat said."): family ties, age and sex, party
membership. Unlike a title ("the minister"), which may stand for someone the story never named, such a noun
refers back to the person the sentences just before are about. General English, nothing article-specific.
"""
from __future__ import annotations

EPITHET_NOUNS = frozenset("""
father mother grandfather grandmother son daughter husband wife widow widower brother sister parent
man woman mum mom dad grandparent
democrat republican conservative liberal socialist
""".split())

# "the 58-year-old", "the 44-year-old welder": an age written as a noun or before one
AGE_SUFFIX = "-year-old"
