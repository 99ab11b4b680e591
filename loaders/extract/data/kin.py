"""Words for family members ("her son, Tunde,", "his wife Maria", "Wife Huma Roe"): a kin noun before a name says
the name is a person's, and a given name alone after one is a person of the article, though never named in full.

Entries are lower case.
"""
from __future__ import annotations

KIN_NOUNS = frozenset("""
wife husband spouse partner fiancee fiancée fiance fiancé widow widower son sons daughter daughters child children
mother father mom mum dad parent parents brother brothers sister sisters sibling siblings grandmother grandfather
grandson granddaughter grandchild grandchildren grandma grandpa granny aunt uncle nephew niece cousin cousins
stepson stepdaughter stepmother stepfather stepbrother stepsister half-brother half-sister twin boyfriend
girlfriend baby toddler infant
mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law
""".split())

# Determiners that make the kin noun someone's ("her son", "their daughter"); "its" is left out ("its parent,
# Meridian,": a firm's).
KIN_OWNERS = frozenset("""
his her their my our your
""".split())

# Indefinite determiners before a kin noun: "She has a granddaughter, Ada, who is three" introduces a family
# member by a given name alone, but only set off in commas on both sides ("a son, Tom, and"): without them "a
# sister Vireo" or "a twin Lund" is as often a firm's or a town's.
KIN_INDEFINITES = frozenset("""
a an
""".split())

# Lowercase owners whose possessive makes the kin noun a person's ("the couple's son", "the victim's brother");
# a capitalised owner ("Lena Roth's son") is a name; any other lowercase owner ("the firm's sister") is a body.
KIN_OWNER_NOUNS = frozenset("""
couple couples family families victim victims man woman boy girl pair player singer actor actress
""".split())

# Kin nouns that firms, towns and titles take as well ("Orlo's parent Meridian", "its sister title Echo", "the
# town's twin Lund"): after one of these only a personal determiner ("her partner Karl") makes a family member.
CORPORATE_KIN_NOUNS = frozenset("""
parent parents partner partners sister sisters twin
""".split())

# Nouns for a person's tie to someone outside the family ("Her neighbour, Sonam Roe,", "His deputy, Ana Lund,", "His
# rival, Rabiu Roe,"):
# after a personal determiner (`KIN_OWNERS`) in commas before a full name, the description is that name's role.
TIE_NOUNS = frozenset("""
neighbour neighbor colleague deputy assistant friend classmate boss employer landlord landlady tenant flatmate
roommate housemate mentor protege protégé successor predecessor rival opponent challenger ally
""".split())
# ... of which these a firm or a body is as often ("her employer Lumen Apparels", "its successor Kestel Holdings"):
# without commas, before a name, they give no role (`people_roles._tie_before`).
TIE_NOUNS_BODIES_TOO = frozenset("""
employer landlord landlady successor predecessor rival opponent challenger ally
""".split())
# ... and the rest, the ties only a person has: before a name without commas they give its role ("Her colleague
# Rokeya Banu", "Neighbour Hope Kamara said").
PERSON_TIE_NOUNS = TIE_NOUNS - TIE_NOUNS_BODIES_TOO

# Nouns of a person's attachment to someone or something ("a fan of the club", "a friend of the mayor", "an ally
# of the minister"): with `KIN_NOUNS` and `TIE_NOUNS`, what a predicate "X is a N of Y" says is a relation, not an
# office, so it gives no role.
RELATION_NOUNS = frozenset("""
fan fans friend friends admirer follower devotee supporter backer ally allies rival acquaintance companion
sweetheart lover enemy foe confidant confidante
""".split())

# Kin nouns only a person has, never a firm, a town or a nation ("its sister title", "the nation's sons", "the
# mother ship" left out): after a full name in the possessive ("Zorvath Keleti's wife said", "Ana Lund's widow")
# they say the name is a person's, though no list holds its given name (`people._KIN_OWNED_AFTER`).
PERSON_ONLY_KIN = frozenset("""
wife husband spouse fiancee fiancée fiance fiancé widow widower son daughter grandson granddaughter nephew niece
stepson stepdaughter boyfriend girlfriend son-in-law daughter-in-law mother-in-law father-in-law
""".split())

# Kin words that are religious styles before a full name ("Sister Ana Kell", "Brother Tom Hale", "Mother Mary
# Roe"), though a given-name list may hold them as rare given names: before a given name they open no name.
RELIGIOUS_KIN_STYLES = frozenset("""
sister brother mother
""".split())

# Family words a business tie shares ("their partner, Westpac,"): before a lone word no list holds as a given name,
# only a person's pronoun after it ("her partner, Akhuvo, had died. He was 40.") makes a family member.
BUSINESS_TIE_KIN = frozenset("""
partner partners
""".split())

# Kin born into the family, who bear its name: a given name alone after one of these and a person owning it
# ("Vance and his daughter Ruth", "Omar Marsh's son Abel") is that family's member, named in full with the owner's
# surname. Spouses and mothers are left out, many keep their own name ("his wife Huma" is Huma Abedin), and so are
# grandchildren, a daughter's children bearing their father's. A woman's father, brothers and sisters are left out
# too (`people._kin_family_name`): they bear her maiden name, not the married one she is written by; only her
# children (CHILD_KIN) take it.
SURNAME_SHARING_KIN = frozenset("""
son sons daughter daughters brother brothers sister sisters father
""".split())

# ... of which a person's children, the only ones of them who take a woman's married name
CHILD_KIN = frozenset("""
son sons daughter daughters
""".split())

# ... of which the ones a father's namesake is introduced by: a bare name right after one ("his sons Cal Roe and
# Billy Roe") is the son, never the article's "Cal Roe Sr."
NAMESAKE_KIN = frozenset("""
son sons
""".split())
