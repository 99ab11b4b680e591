"""The words a speaker phrase is read by that the speaker modules share: pronouns, prepositions, determiners and
function words, the lowercase role nouns written before a name, the verb-like word after a subject, a possessive's
ending and the organisations' description heads. `speakers.py` (phrases), `speaker_antecedents.py` (a pronoun's
antecedent) and `speaker_roles.py` (who is who) read them from here; `speakers.py` re-exports them for the modules
that import them from there.
"""
from __future__ import annotations

import re

from loaders.extract.data.lexicon import NATIONALITY_COUNTRY, ORG_DESCRIPTION_HEADS, TITLE_HEADS, is_firm_maker
from loaders.extract.data.quote_words import GOVERNMENT_LEVELS, OWN_TITLE_OPENERS
from loaders.extract.data.speaker_heads import BODY_DESCRIPTION_HEADS

PRONOUNS_MALE = {"he", "him", "his"}
PRONOUNS_FEMALE = {"she", "her"}
PRONOUNS_THING = {"it", "they", "we", "i"}
PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_THING
# the gender each gendered pronoun says, looked up by the people step and the speaker steps alike
PRONOUN_GENDERS = {**dict.fromkeys(PRONOUNS_MALE, "male"), **dict.fromkeys(PRONOUNS_FEMALE, "female")}

PREPOSITIONS = {
    "to", "with", "by", "of", "for", "from", "on", "at", "in", "about", "against", "between", "than", "into",
    "toward", "towards", "like", "among", "behind", "beside", "under", "over", "via", "without", "upon",
    "including", "unlike", "versus", "alongside", "despite", "around", "across", "through", "throughout", "near",
    "inside", "outside", "beyond", "within", "along", "amid", "during", "besides", "except", "per",
}

# Words that open a fronted adverbial phrase at a sentence's start, beside the prepositions ("After the verdict
# Karl Moss said", "Following the ruling Ana Lind said"), whether or not a comma closes the phrase.
FRONTED_PHRASE_OPENERS = PREPOSITIONS | {"after", "before", "since", "following", "until"}

# Lowercase words that are part of a title or description before a name ("opposition leader Tom Reyes").
ROLE_NOUNS = {
    "leader", "president", "minister", "premier", "chancellor", "king", "queen", "prince", "spokesman",
    "spokeswoman", "spokesperson", "secretary", "senator", "sen", "governor", "gov", "candidate", "nominee",
    "front-runner", "frontrunner", "mogul", "billionaire", "businessman", "businesswoman", "ambassador", "envoy",
    "chief", "head", "mayor", "congressman", "congresswoman", "lawmaker", "representative", "rep", "general",
    "commander", "attorney", "director", "chairman", "chairwoman", "chair", "official", "adviser", "advisor",
    "aide", "colonel", "officer", "judge", "justice", "speaker", "diplomat", "delegate", "negotiator",
    "manager", "strategist", "analyst", "professor", "expert", "economist", "pollster", "executive", "ceo",
    "founder", "deputy", "member", "vice", "former", "then", "opposition", "foreign", "prime", "defense",
    "defence", "state", "party", "campaign", "press", "democrat", "republican", "host", "anchor", "reporter",
    "correspondent", "editor", "columnist", "writer", "author", "activist", "lawyer", "doctor", "dr",
    "pastor", "rabbi", "imam", "cleric", "bishop", "pope", "gop", "democratic", "attache", "attaché",
    "governor-elect", "president-elect", "hopeful", "contender", "rival", "opponent", "counterpart",
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "friend", "colleague",
}

# Role nouns that, heading a description alone, name a side or a body, not one person: "The defence called Dr Lena
# Ortiz", "The state rested its case", "The campaign hired Tom Reed" (a modifier before a head otherwise: "defence
# minister", "state senator")
BODY_WHEN_ALONE = frozenset({"defence", "defense", "prosecution", "state", "campaign", "press", "opposition"})

# Determiners and quantifiers that open a description or an unnamed source ("a Carter confidant").
DETERMINERS = {"a", "an", "the", "some", "one", "two", "three", "several", "many", "few", "other", "another",
               "its", "their", "his", "her", "our", "this", "that", "these", "those", "most", "all", "both", "each",
               "senior", "top", "unnamed", "anonymous"}

# A word that reads as a verb (or an adverb or auxiliary before one) after a subject.
VERB_LIKE = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|also|then|"
    r"[a-z]+ed|[a-z]+ly)$"
)

_FUNCTION_WORDS = {"for", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after", "before", "since",
                   "so", "yet", "or", "this", "that", "these", "those", "there", "here", "its", "what", "why", "how",
                   "because", "although", "though", "still", "now", "then", "meanwhile", "however", "instead"}

POSSESSIVE_WORD = re.compile(r"['’]s?$")
_POSSESSIVE_WORD = POSSESSIVE_WORD  # (the older private name, still imported by other tracks' modules)


def organisation_head(word: str) -> bool:
    """A description head only organisations take: the lexicon's table ("the palace", "the regulator") or any
    firm named by its product ("the planemaker", "the toy-maker"; not "the lawmaker", a person)."""
    return word in ORG_DESCRIPTION_HEADS or word in BODY_DESCRIPTION_HEADS or is_firm_maker(word)


_organisation_head = organisation_head  # (the older private name, still imported by other tracks' modules)


# A label made of an optional determiner, a proper name's capitalised words and a lowercase run after them.
_NAME_THEN_DESCRIPTOR = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w'’.&-]*\s+)*[A-Z][\w'’.&-]*(?P<run>(?:\s+[a-z][a-z-]*)+)")


def _heads_a_name(word: str) -> bool:
    """Whether a lowercase word can head a speaker's label ("company", "police", "spokesman", "officials")."""
    from loaders.extract.data.speaker_heads import speaker_heads
    heads = speaker_heads()
    singulars = {word, word[:-1] if word.endswith("s") else word,
                 word[:-3] + "y" if word.endswith("ies") else word, word[:-2] if word.endswith("es") else word,
                 word[:-3] + "man" if word.endswith("men") else word}
    from loaders.extract.data.speaker_heads import AGENT_SUFFIXES, NOT_AGENTS
    agent = word.endswith(AGENT_SUFFIXES) and word not in NOT_AGENTS  # "diver", "guide": a person
    return agent or any(form in heads for form in singulars) or _organisation_head(word)


def label_form(label: str) -> int:
    """How much of `label` (its length from the start) the label-form rules keep (`speaker_heads.LABEL_FORM_RULES`):
    a lowercase run after a proper name drops only when its last word is a non-speaking descriptor
    (`speaker_heads.NON_SPEAKING_DESCRIPTORS`) that heads no name; a determiner and a
    description that names no body stay as written."""
    from loaders.extract.data.speaker_heads import LABEL_FORM_RULES
    actions = {row[0]: row[1] for row in LABEL_FORM_RULES}
    match = _NAME_THEN_DESCRIPTOR.fullmatch(label)
    if not match or actions.get("descriptor_after_name") != "drop":
        return len(label)
    run = match.group("run").split()
    name = label[:match.start("run")].split()
    name = name[1:] if name[0].lower() in ("the", "a", "an") else name
    if not name:
        return len(label)  # "A diver": a description with no proper name
    if any(word in PREPOSITIONS or word in PRONOUNS or word in DETERMINERS or word in _FUNCTION_WORDS
           or word in ("of", "them", "us", "who", "which", "whose") for word in run):
        return len(label)  # "One of them", "Some in town": not a name and its description
    if len(name) == 1 and (name[0] == label.split()[0] or name[0].lower() in DETERMINERS
                           or _heads_a_name(name[0].lower())):
        return len(label)  # "Young fishermen", "Officials there": maybe a sentence's capital, not a proper name
    from loaders.extract.data.speaker_heads import NON_SPEAKING_DESCRIPTORS
    if run[-1] in NON_SPEAKING_DESCRIPTORS and not _heads_a_name(run[-1]):
        return match.start("run")  # "The Blue Lagoon geothermal spa": the place's kind, not the speaking body
    return len(label)  # "the Marrow Bay coastguard": a lowercase head not known as a descriptor stays


def folded(word: str) -> str:
    """A word as the vocabularies list it: lowercase, without a full stop or comma at either end."""
    return word.lower().strip(".,")


def opens_own_title(before_and: str, after_and: list[str]) -> bool:
    """Whether the words after a coordinating "and" open a second person's title ("said Freedonia and Foreign
    Secretary X", "Sylvanian Prime Minister", "State Senator"), so the words before it are someone else: a rank word
    or a nationality first, or a level of government with a title head straight after it and no level before the
    "and" ("City and County Attorney", "Justice and State Affairs Minister" are one coordinated title)."""
    if not after_and:
        return False
    first = folded(after_and[0])
    if first in OWN_TITLE_OPENERS or first in NATIONALITY_COUNTRY:
        return True
    return first in GOVERNMENT_LEVELS and len(after_and) >= 2 and folded(after_and[1]) in TITLE_HEADS \
        and folded(before_and) not in GOVERNMENT_LEVELS
