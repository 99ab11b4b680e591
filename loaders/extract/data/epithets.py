"""Epithets: the nouns a story uses, after "the", for a person it has just named, which no office or role of
that person needs to hold ("Tom Reyes, a welder, lost his job. “Nobody called,” the father of three said.",
"Governor Ann Bell signed the bill. “A historic day,” the Democrat said."): family ties, age and sex, party
membership. Unlike a title ("the minister"), which may stand for someone the story never named, such a noun
refers back to the person the sentences just before are about. General English, nothing article-specific.
A nationality written as a noun ("the German", "the Swede") is one too. Standing nouns (a sport's positions, a rank, a career or a trade: "Kofi Owusu scored twice. “…,” the striker
said", "the world number four", "the veteran") are epithets too: a story uses them for the person it is
about, not to bring in someone new.

Each noun has a kind and, where the word says it, a gender: an epithet with a gender refers back only to a
person of that gender ("the woman" is never Tom Reyes); a sex noun ("the man") refers back only to a person the
story has already described with it ("Ann Bell, a woman who lives nearby"), since it is as often a stranger;
a party noun never to someone the story gives another party ("Tom Reyes, a Republican").
"""
from __future__ import annotations

from loaders.extract.data.lexicon import NATIONALITY_COUNTRY

# kind -> gender -> nouns ("-": the word says no gender)
_TABLE = {
    "family": {
        "male": "father grandfather son husband widower brother dad",
        "female": "mother grandmother daughter wife widow sister mum mom",
        "-": "parent grandparent",
    },
    "sex": {"male": "man", "female": "woman"},
    "party": {"-": "democrat republican conservative liberal socialist"},
    "standing": {
        "male": "sportsman",
        "female": "sportswoman actress",
        "-": "striker forward midfielder defender winger goalkeeper keeper goalie captain skipper batsman batter "
             "bowler pitcher quarterback jockey sprinter swimmer boxer wrestler golfer cyclist player "
             "champion titleholder runner-up veteran star rookie newcomer debutant youngster incumbent "
             "challenger favourite favorite underdog boss actor singer rapper novelist filmmaker musician "
             "artist chef entrepreneur tycoon number",
    },
}

# A nationality as a noun ("Jonas Weber won the stage. “…,” the German said."): the adjectives of the
# nationality table that are also singular nouns (not "the French", "the Chinese", "the British": a people),
# and the nouns that differ from their adjective.
_NATIONALITY_NOUNS = {
    "male": "frenchman dutchman englishman irishman welshman scotsman",
    "female": "frenchwoman dutchwoman englishwoman irishwoman welshwoman scotswoman",
    "-": "swede dane finn pole briton spaniard scot turk kiwi " + " ".join(
        adjective for adjective in NATIONALITY_COUNTRY
        if not adjective.endswith(("ish", "ese", "ch", "ss")) and adjective not in ("eu", "european", "english")),
}

EPITHET_GENDERS: dict[str, str | None] = {
    noun: (None if gender == "-" else gender)
    for by_gender in (*_TABLE.values(), _NATIONALITY_NOUNS) for gender, nouns in by_gender.items()
    for noun in nouns.split()}
EPITHET_NOUNS = frozenset(EPITHET_GENDERS)
SEX_NOUNS = frozenset(_TABLE["sex"]["male"].split() + _TABLE["sex"]["female"].split())
PARTY_NOUNS = frozenset(_TABLE["party"]["-"].split())
FAMILY_NOUNS = frozenset(noun for nouns in _TABLE["family"].values() for noun in nouns.split())

# "the world number four", "the No. 2": a rank, written "number"/"No." and a numeral
RANK_WORDS = frozenset({"number", "no", "no."})
NUMERAL_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())

# "the 58-year-old", "the 44-year-old welder": an age written as a noun or before one
AGE_SUFFIX = "-year-old"
