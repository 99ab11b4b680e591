"""Unnamed sources: the nouns an article uses for a person it does not name ("A person familiar with the talks
said …", "a source in the ministry", "a Western diplomat"), which a later "the person said", "the source said"
refers back to, and the words that open the phrase which says who the source is ("familiar with the talks",
"close to the minister", "in the Energy Ministry"), which belong to the speaker's label. Titles and office
holders ("a spokesman", "a diplomat", "an official") are in `lexicon.TITLE_HEADS`; `SOURCE_NOUNS` adds the nouns
that name no office, and `PERSON_NOUNS` is both. General English, nothing article-specific.
"""
from __future__ import annotations

from loaders.extract.data.lexicon import TITLE_HEADS

# (minus the title heads, so that a word moved into the titles' list is never listed twice)
SOURCE_NOUNS = frozenset("""
source person insider witness resident participant employee observer member staffer investigator
colleague classmate teammate roommate flatmate acquaintance relative cousin
""".split()) - TITLE_HEADS

# occupations that neither a title table nor an agent's ending ("-er", "-ist") gives: "the architect Ana Lind",
# "a mechanic from the depot" name a person by trade
OCCUPATION_NOUNS = frozenset("""
architect pilot chef cook monk nun guide vet academic clerk playwright mechanic landlord landlady pupil graduate
athlete surgeon midwife nurse medic paramedic tailor cleric imam priest rabbi pastor guard
""".split()) - TITLE_HEADS - SOURCE_NOUNS

# every noun for a person who speaks without being named: an unnamed source, a title holder or an occupation
PERSON_NOUNS = SOURCE_NOUNS | TITLE_HEADS | OCCUPATION_NOUNS

# The words that open a source's description after its noun: "a source in the ministry", "a person familiar
# with the matter", "an official close to the talks", "a diplomat briefed on the meeting".
# (the adjectives among them end a label's core noun phrase as a preposition does: "two diplomats | familiar with
# the talks")
SOURCE_ADJECTIVES = frozenset("close familiar briefed involved knowledgeable".split())
SOURCE_MODIFIER_OPENERS = frozenset("in at for from with within inside of on".split()) | SOURCE_ADJECTIVES

# Adverbs standing between an unnamed source's phrase and its verb ("A spokesman for the mayor | later | said"):
# they say when or how the source spoke, not who the source is, so they stay out of its label (as does any
# lowercase adverb in -ly standing right before the verb: "a spokeswoman for the club | repeatedly | denied").
VERB_ADVERBS = frozenset("also later earlier then again now still since previously subsequently further "
                         "separately once twice".split())

# Relative clauses that only say why a source is not named ("a planner who asked not to be named", "an official
# who spoke on condition of anonymity"): they say nothing of who the source is, so they stay out of its label,
# while a clause that does ("a planner who worked on the 2016 plan") belongs to it. Each entry opens the clause.
ANONYMITY_CLAUSES = (
    "asked not to be", "asked to remain", "asked for anonymity", "requested anonymity", "declined to be",
    "did not want to be", "refused to be", "spoke on condition", "spoke on the condition", "spoke anonymously",
    "was not authorised", "was not authorized", "is not authorised", "is not authorized", "were not authorised",
    "were not authorized", "are not authorised", "are not authorized", "was granted anonymity",
    "insisted on anonymity", "would not be named", "could not be named", "cannot be named", "wished to remain",
)

# Verbs by which the reporter met a source, in a relative clause without "that" after the source's noun ("a
# ministry official I asked", "residents we met near the bridge", "a guard I spoke to"): the clause says who the
# source is, so it belongs to the label. Only the reporter's "I"/"we" open such a clause.
REPORTER_CONTACT_VERBS = frozenset("""
asked met spoke talked interviewed reached contacted visited approached questioned phoned called found saw
""".split())

# Words after which "as" gives the name a source goes by, not a new clause: "a man who gave his name only as
# Tomas", "a woman who identified herself as Rina", "a trader known as Big Sam", "a driver identified only as
# Ivo" (the label keeps the name given). "only" may stand between them and "as" but is none itself: "a woman
# who spoke only as the meeting ended" ends the label at the time clause.
NAME_GIVING_BEFORE_AS = ("name", "himself", "herself", "themselves", "known", "identified")
