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

A standing noun or a nationality refers back only to a person it fits, and only when the person is clear: the
people named in the sentences before who have the description ("challenger Omar Bell" is "the challenger",
"Kenya's Ruth Chebet" "the Kenyan") come first; else a person nothing contradicts, when there is one only. A
standing noun is contradicted by a person's other occupation (`STANDING_FIELDS`: a coach is not "the player", a
producer not "the actress") or by a contrasting standing (`CONTRASTING_STANDINGS`: the challenger is not "the
incumbent"); a nationality by the person's own country.
"""
from __future__ import annotations

from loaders.extract.data.lexicon import NATIONALITY_COUNTRY

# An age written as a standing, and the ages it spans: it fits the person whose age the article gives in that
# span ("Lea Holm, 17," is "the teenager"), never one of another age.
AGE_STANDINGS = {"teenager": (13, 19), "teen": (13, 19), "sexagenarian": (60, 69), "septuagenarian": (70, 79),
                 "octogenarian": (80, 89), "nonagenarian": (90, 99), "centenarian": (100, 130)}

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
             "flyhalf fly-half scrumhalf scrum-half flanker fullback full-back halfback shortstop linebacker "
             "champion titleholder runner-up veteran star rookie newcomer debutant youngster incumbent "
             "challenger favourite favorite underdog boss actor singer rapper novelist filmmaker musician "
             "artist chef entrepreneur tycoon number " + " ".join(AGE_STANDINGS),
    },
}

# The fields of work a standing noun belongs to: it fits a person whose occupations (the heads of their roles)
# include a noun of one of its fields, or who has no known occupation. A standing noun in no field
# (`GENERAL_STANDINGS`: "the veteran", "the incumbent") fits any occupation.
STANDING_FIELDS: dict[str, frozenset[str]] = {field: frozenset(nouns.split()) for field, nouns in {
    "sport": "striker forward midfielder defender winger goalkeeper keeper goalie captain skipper batsman batter "
             "bowler pitcher quarterback jockey sprinter swimmer boxer wrestler golfer cyclist player sportsman "
             "flyhalf fly-half scrumhalf scrum-half flanker fullback full-back halfback shortstop linebacker "
             "sportswoman athlete number rookie debutant star runner racer driver rider skier skater gymnast "
             "fighter medallist medalist olympian finalist seed",
    "stage": "actor actress singer rapper musician artist star performer lead headliner guitarist drummer pianist "
             "violinist vocalist frontman frontwoman songwriter composer dancer comedian",
    "letters": "novelist author writer poet",
    "film": "filmmaker director producer screenwriter",
    "kitchen": "chef cook restaurateur",
    "business": "entrepreneur tycoon founder businessman businesswoman mogul billionaire owner investor boss",
    "head": "boss coach manager director chief executive ceo chairman chairwoman chair founder owner president "
            "head leader supervisor",
}.items()}
GENERAL_STANDINGS = frozenset("veteran newcomer youngster incumbent challenger favourite favorite underdog champion "
                              "titleholder runner-up winner".split()) | frozenset(AGE_STANDINGS)
# Standings one person does not hold at once in a story ("the incumbent" is never the challenger).
CONTRASTING_STANDINGS: dict[str, frozenset[str]] = {}
for _one, _other in (("incumbent", "challenger"), ("champion", "challenger"), ("titleholder", "challenger"),
                     ("favourite", "underdog"), ("favorite", "underdog"), ("champion", "runner-up"),
                     ("winner", "runner-up"), ("veteran", "newcomer"), ("veteran", "rookie"),
                     ("veteran", "debutant"), ("veteran", "youngster")):
    CONTRASTING_STANDINGS.setdefault(_one, frozenset())
    CONTRASTING_STANDINGS[_one] |= {_other}
    CONTRASTING_STANDINGS.setdefault(_other, frozenset())
    CONTRASTING_STANDINGS[_other] |= {_one}
# Nouns naming the same standing ("the keeper" for "goalkeeper Ana Lund").
STANDING_SYNONYMS = {"keeper": "goalkeeper", "goalie": "goalkeeper", "skipper": "captain", "favorite": "favourite",
                     "titleholder": "champion", "medalist": "medallist"}
# Role heads that say no occupation: a person so described may still take any standing noun.
NEUTRAL_ROLE_HEADS = frozenset("candidate nominee hopeful contender rival opponent front-runner frontrunner "
                               "counterpart member friend colleague former then".split())

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

# the country each nationality noun names
NATIONALITY_NOUN_COUNTRY: dict[str, str] = {
    **{noun: NATIONALITY_COUNTRY[noun] for noun in _NATIONALITY_NOUNS["-"].split() if noun in NATIONALITY_COUNTRY},
    **{noun: country for country, nouns in {
        "France": "frenchman frenchwoman", "Netherlands": "dutchman dutchwoman", "England": "englishman englishwoman",
        "Ireland": "irishman irishwoman", "Wales": "welshman welshwoman", "Scotland": "scotsman scotswoman scot",
        "Sweden": "swede", "Denmark": "dane", "Finland": "finn", "Poland": "pole", "United Kingdom": "briton",
        "Spain": "spaniard", "Turkey": "turk", "New Zealand": "kiwi"}.items() for noun in nouns.split()},
}

EPITHET_GENDERS: dict[str, str | None] = {
    noun: (None if gender == "-" else gender)
    for by_gender in (*_TABLE.values(), _NATIONALITY_NOUNS) for gender, nouns in by_gender.items()
    for noun in nouns.split()}
EPITHET_NOUNS = frozenset(EPITHET_GENDERS)
SEX_NOUNS = frozenset(_TABLE["sex"]["male"].split() + _TABLE["sex"]["female"].split())
PARTY_NOUNS = frozenset(_TABLE["party"]["-"].split())
STANDING_NOUNS = frozenset(noun for nouns in _TABLE["standing"].values() for noun in nouns.split())
NATIONALITY_NOUNS = frozenset(noun for nouns in _NATIONALITY_NOUNS.values() for noun in nouns.split())
FAMILY_NOUNS = frozenset(noun for nouns in _TABLE["family"].values() for noun in nouns.split())

# "the world number four", "the No. 2": a rank, written "number"/"No." and a numeral
RANK_WORDS = frozenset({"number", "no", "no."})
NUMERAL_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())

# "the 58-year-old", "the 44-year-old welder": an age written as a noun or before one
AGE_SUFFIX = "-year-old"
# the words after which "the 58-year-old" still opens its clause as the subject ("said the 58-year-old", "Since then
# the 58-year-old ..."); after another word it is an object ("police arrested the 58-year-old")
AGE_SUBJECT_LEADS = frozenset("said says say added adds that".split())
AGE_SUBJECT_ADVERBS = frozenset("then now today yesterday later meanwhile afterwards there here still".split())
# the words after "the 58-year-old" that show it is the subject whatever came before ("Officials believe the
# 58-year-old was ...", "It is understood the 58-year-old has ...") besides a verb in -ed
AGE_SUBJECT_VERBS = frozenset("""
is was are were has had have will would can could may might must shall should did does do also still never later
then now once first went came got took made began left told
""".split())


# Groups of people whose "member" before one word vouches for a person ("Band member Flea", "cast member Zendaya",
# "crew member Tomasz"): no firm or country is a band's or a cast's member, unlike "NATO member Turkey" or "Big
# Ten member Rutgers", so other "member" phrases keep wanting a name of two words.
PEOPLE_GROUP_MEMBERS = frozenset("""
band cast crew
""".split())
