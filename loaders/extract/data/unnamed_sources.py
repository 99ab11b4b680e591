"""Unnamed sources: the nouns an article uses for a person it does not name ("A person familiar with the talks
said …", "a source in the ministry", "a Western diplomat"), which a later "the person said", "the source said"
refers back to, and the words that open the phrase which says who the source is ("familiar with the talks",
"close to the minister", "in the Energy Ministry"), which belong to the speaker's label. Titles and office
holders ("a spokesman", "a diplomat") are in `lexicon.TITLE_HEADS`; this table adds the nouns that name no
office. General English, nothing article-specific.
"""
from __future__ import annotations

SOURCE_NOUNS = frozenset("""
source person official insider aide adviser advisor witness resident participant employee executive
analyst expert researcher observer member staffer worker negotiator investigator
""".split())

# The words that open a source's description after its noun: "a source in the ministry", "a person familiar
# with the matter", "an official close to the talks", "a diplomat briefed on the meeting".
SOURCE_MODIFIER_OPENERS = frozenset("""
in at for from with within inside of on close familiar briefed involved knowledgeable
""".split())
