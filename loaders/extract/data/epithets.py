"""Epithets: the nouns a story uses, after "the", for a person it has just named, which no office or role of
that person needs to hold ("Tom Reyes, a welder, lost his job. “Nobody called,” the father of three said.",
"Governor Ann Bell signed the bill. “A historic day,” the Democrat said."): family ties, age and sex, party
membership. Unlike a title ("the minister"), which may stand for someone the story never named, such a noun
refers back to the person the sentences just before are about. General English, nothing article-specific.

Each noun has a kind and, where the word says it, a gender: an epithet with a gender refers back only to a
person of that gender ("the woman" is never Tom Reyes); a sex noun ("the man") refers back only to a person the
story has already described with it ("Ann Bell, a woman who lives nearby"), since it is as often a stranger;
a party noun never to someone the story gives another party ("Tom Reyes, a Republican").
"""
from __future__ import annotations

# kind -> gender -> nouns ("-": the word says no gender)
_TABLE = {
    "family": {
        "male": "father grandfather son husband widower brother dad",
        "female": "mother grandmother daughter wife widow sister mum mom",
        "-": "parent grandparent",
    },
    "sex": {"male": "man", "female": "woman"},
    "party": {"-": "democrat republican conservative liberal socialist"},
}

EPITHET_GENDERS: dict[str, str | None] = {
    noun: (None if gender == "-" else gender)
    for by_gender in _TABLE.values() for gender, nouns in by_gender.items() for noun in nouns.split()}
EPITHET_NOUNS = frozenset(EPITHET_GENDERS)
SEX_NOUNS = frozenset(_TABLE["sex"]["male"].split() + _TABLE["sex"]["female"].split())
PARTY_NOUNS = frozenset(_TABLE["party"]["-"].split())

# "the 58-year-old", "the 44-year-old welder": an age written as a noun or before one
AGE_SUFFIX = "-year-old"
