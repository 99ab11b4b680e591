"""Speaker resolution: from the words that name a speaker to a person of the article, or to a label.

A quotation's attribution names its speaker in one of four ways: a person's name ("Prime Minister Tom
Reyes", "Hugh Hill, a doctor,"), a pronoun ("he", "she", "it"), a description ("the Russian leader",
"the minister") or an unnamed source or organisation ("an Israeli official", "the Kremlin"). `SpeakerResolver`
turns such a phrase into a `PersonRecord.name` of the article (names; pronouns resolved to the nearest
compatible preceding subject, following the pronoun chain and the clauses of the sentences between, with
gender from first names, honorifics, roles and the pronouns the article writes after a person; descriptions
resolved through the mentions' roles and the registry's offices; documents to their source) or into a label
kept as written. It works on the body's sentences and the people found by the people step, and with an empty
registry.

Who is who: a person's roles are what the article says of them, wherever it says it: titles and appositions,
a description before the name ("Lumen Bank's chief executive, X,", "his Borovian counterpart, X"), a copula
("X is the Democratic front-runner"), a relative clause whose verb is a role ("X, who heads the union,"), and
what a story's genre implies (the one on trial is "the defendant", the one who led a study its "lead author").
Descriptions with no such role fall back on epithets (`data/epithets.py`: family, age, party, standing such as
"the striker", nationality nouns such as "the Swede"), which refer to the person the sentences just before
are about.

A pronoun's antecedent: the sentences before it are searched nearest first, and within a sentence the named
salience cues of `PRONOUN_SALIENCE` rank the people that fit (the sentence's own attribution speaker, then the
subject opening its main clause over objects, … down to a person named only as an object, kept in reserve).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import takewhile

from loaders.extract.analysis import FEMALE_MARKERS, MALE_MARKERS, ArticleAnalysis, Mention, analyse  # noqa: F401
from loaders.extract.data import speech_verbs
from loaders.extract.data.clauses import PRONOUN_CLAUSE_OPENERS
from loaders.extract.data.clauses import alternation as clause_alternation
from loaders.extract.data.documents import DOCUMENT_NOUNS, ISSUING
from loaders.extract.data.epithets import (
    AGE_SUFFIX,
    CONTRASTING_STANDINGS,
    EPITHET_GENDERS,
    EPITHET_NOUNS,
    FAMILY_NOUNS,
    GENERAL_STANDINGS,
    NATIONALITY_NOUN_COUNTRY,
    NATIONALITY_NOUNS,
    NEUTRAL_ROLE_HEADS,
    NUMERAL_WORDS,
    PARTY_NOUNS,
    RANK_WORDS,
    SEX_NOUNS,
    STANDING_FIELDS,
    STANDING_NOUNS,
    STANDING_SYNONYMS,
)
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.speaker_heads import (
    AGENT_SUFFIXES,
    APPOINTING_VERBS,
    NOT_AGENTS,
    ROLE_STOP_WORDS,
    SPEAKING_GROUPS,
    SPEAKING_THINGS,
    speaker_like_head,
)
from loaders.extract.data.unnamed_sources import ANONYMITY_CLAUSES, PERSON_NOUNS, SOURCE_MODIFIER_OPENERS, SOURCE_NOUNS
from loaders.extract.data.lexicon import (
    ASSOCIATE_NOUNS,
    COMPANY_SUFFIXES,
    DAYS_MONTHS,
    FUNCTION_WORDS,
    GENERIC_QUALIFIERS,
    MAKER_SUFFIXES,
    NATIONALITY_COUNTRY,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    PLACES,
    POST_NOMINALS,
    HONORIFICS,
    ROLE_SYNONYMS,
    TITLE_HEADS,
    is_firm_maker,
)
from loaders.extract.text import country_of_word, sentences
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

PRONOUNS_MALE = {"he", "him", "his"}
PRONOUNS_FEMALE = {"she", "her"}
PRONOUNS_THING = {"it", "they", "we", "i"}
PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_THING

# Words that end a noun phrase when reading backwards from a speech verb.
CLAUSE_WORDS = {
    "that", "and", "but", "or", "when", "while", "as", "because", "since", "after", "before", "although",
    "though", "if", "so", "which", "who", "whom", "where", "whereas", "then", "until", "than", "once", "yet",
    "nor", "whether", "why", "how", "what",
}
PREPOSITIONS = {
    "to", "with", "by", "of", "for", "from", "on", "at", "in", "about", "against", "between", "than", "into",
    "toward", "towards", "like", "among", "behind", "beside", "under", "over", "via", "without", "upon",
    "including", "unlike", "versus", "alongside", "despite", "around", "across", "through", "throughout", "near",
    "inside", "outside", "beyond", "within", "along", "amid", "during", "besides", "except", "per",
}
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
# Heads of a description and the roles they can stand for: one table, in the lexicon.
HEAD_SYNONYMS = ROLE_SYNONYMS
# heads of a description that say only "the one who leads" a body named before them ("the police chief", "the party
# boss", "the army head")
LEADER_HEADS = frozenset({"chief", "boss", "head", "leader", "supremo"})
LEADER_TITLES = ROLE_SYNONYMS["leader"]
DEMONYMS = {
    "russian": "russia", "israeli": "israel", "american": "united states", "us": "united states",
    "u.s.": "united states", "palestinian": "palestine", "ukrainian": "ukraine", "british": "united kingdom",
    "french": "france", "german": "germany", "chinese": "china", "iranian": "iran", "syrian": "syria",
    "turkish": "turkey", "egyptian": "egypt", "jordanian": "jordan", "lebanese": "lebanon", "saudi": "saudi arabia",
    "japanese": "japan", "indian": "india", "canadian": "canada", "mexican": "mexico", "italian": "italy",
    "spanish": "spain", "polish": "poland", "qatari": "qatar", "iraqi": "iraq", "afghan": "afghanistan",
    "pakistani": "pakistan", "korean": "korea", "australian": "australia", "european": "european union",
}


def _nation_of(word: str) -> str | None:
    """The country (lowercase) a nationality adjective names: the short table above, then the lexicon's
    ("the Finnish minister", "the Estonian premier")."""
    nation = DEMONYMS.get(word)
    if nation is None:
        found = NATIONALITY_COUNTRY.get(word)
        nation = found.lower() if found else None
    return nation


# Determiners and quantifiers that open a description or an unnamed source ("a Carter confidant").
DETERMINERS = {"a", "an", "the", "some", "one", "two", "three", "several", "many", "few", "other", "another",
               "its", "their", "his", "her", "our", "this", "that", "these", "those", "most", "all", "both", "each",
               "senior", "top", "unnamed", "anonymous"}

# How far back a rule reading "the last sentences" reads at most, in characters (see look_back_floor)
LOOK_BACK_CHARS = 3000
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f’'.-]*|\d[\w/.,-]*")
# A word that reads as a verb (or an adverb or auxiliary before one) after a subject.
VERB_LIKE = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|also|then|"
    r"[a-z]+ed|[a-z]+ly)$"
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_SPEECH_AFTER = re.compile(
    r"(?:\s*,[^,.;:\"“”]{1,90},)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|had\s+|has\s+)*"
    r"(?:" + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r")\b"
)
_ACCORDING_BEFORE = re.compile(r",\s+according\s+to\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
_SPEECH_BEFORE = re.compile(
    r"\b(?:" + speech_verbs.alternation(speech_verbs.SUBJECT_AFTER_VERB) + r")\s+(?:[A-Z][\w.’'-]*\s+){0,4}$"
)
_SENTENCE_SUBJECT_PRONOUN = re.compile(
    r"[\s\"“”]*(?:(?:But|And|Then|So|Yet|Still|Later|Now|However|Instead|Also),?\s+)?(?:[^,]{0,60},\s+)?"
    r"(he|she|He|She)\b"
)
_FUNCTION_WORDS = {"for", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after", "before", "since",
                   "so", "yet", "or", "this", "that", "these", "those", "there", "here", "its", "what", "why", "how",
                   "because", "although", "though", "still", "now", "then", "meanwhile", "however", "instead"}
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|tonight|week|month|year|morning|afternoon|evening)\b.*$")
_AGENT_PHRASE = re.compile(r"(?:[a-z]+ed|run|owned|founded|headed|chaired)\s+by\b")
_EXAMPLES = re.compile(r"(?:including|among\s+them|such\s+as|notably|especially)\b", re.IGNORECASE)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "its": "it", "their": "they"}
_POSSESSIVE = re.compile(r"^['’]s?\b")
# A sentence whose subject is a lone capitalised word the people step did not take for a person ("Brenner openly
# admitted …", "Okafor defied the question"): a closer antecedent for "he"/"she" than a person further back.
_BARE_SUBJECT = re.compile(
    r"[\s\"“”‘’']*(?:(?:But|And|Then|So|Yet|Still|Later|Meanwhile|However|Instead|Also),?\s+)?"
    # ("And as Menendez pointed out, …": the subject of an opening "as" clause too)
    r"(?:(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?)"
    r"(?=\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:" + speech_verbs.alternation(speech_verbs.BARE_SUBJECT) + r"|[a-z]{2,}ed|"
    r"has|had|was|is|did|does|went|made|took|gave|spoke|sent|met|won|lost)\b)"
)
# ... and a feature's present tense ("Mateo sees it differently."), for a known first name only (a capitalised
# word before a plural noun reads the same: "Similar firearms sell for …").
_BARE_SUBJECT_PRESENT = re.compile(r"[\s\"“”‘’']*(?:(?:But|And|Then|So|Yet|Still|Meanwhile|However),?\s+)?"
                                   r"(?P<name>[A-Z][a-z]+)(?=\s+(?:[a-z]+ly\s+|also\s+)?[a-z]{2,}[^s\W]s\b)")
_NOT_BARE_NAMES = {"the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
                   "there", "here", "what", "who", "which", "one", "some", "many", "most", "all", "both", "each",
                   "nobody", "everyone", "someone", "police", "congress", "parliament", "government", "officials"}


_NEXT_SUBJECT_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
# a preposition (and titles) right before a name: the name is an object ("Asked about Ana Lind, “…,” he said")
_OBJECT_BEFORE = re.compile(r"\b(?:about|of|to|with|for|by|on|at|from|against|over|like)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
# a quote's closing mark, then "he said" / "she added": the attribution a pronoun makes
_PRONOUN_ATTRIBUTION = re.compile(r"[,?!.]?[\"”’]\s+(?P<pronoun>he|she)\s+(?:" + speech_verbs.alternation(
    speech_verbs.TRAILING_INVERTED + ("told", "asked", "explained", "insisted", "replied", "says")) + r")\b")
_POSSESSIVE_WORD = re.compile(r"['’]s?$")
# A body's name ending in a list ("The Ministry of Agriculture, Land and Fisheries"): the name "of" its first
# item before the list's comma, capitalised items joined by one "and" after it (and the phrase's own words after the
# name: "… Land and Fisheries on Monday")
_LIST_IN_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*$")
_LIST_IN_NAME_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                                 r"(?:\s+[a-z][^,;:\"“”]*)?\s*")


def _part_end(body: str, start: int, end: int) -> int:
    """Where the comma-separated part of `body[start:end]` that opens at `start` ends (the next comma, or `end`):
    "The Ministry of Agriculture, Land and Fisheries, in a statement": the list's last item ends at the comma."""
    comma = body.find(",", start, end)
    return end if comma < 0 else comma


_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
_PLACE_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s")  # "Sylvania's foreign minister"
_INDEFINITE: dict[str, re.Pattern[str]] = {}


@lru_cache(maxsize=8192)
def _form_pattern(form: str) -> re.Pattern[str]:
    """A name's form as a whole word, not an owner nor followed by a capitalised word (`_named_in`): compiled once
    per form, as re's own cache of 512 patterns overflows on an article's people times its quotes."""
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])(?!['’]s?\b)(?!\s+[A-Z])")


@lru_cache(maxsize=4096)
def _name_with_head_pattern(name_word: str, head: str) -> re.Pattern[str]:
    """A name of one to five capitalised words ending in `head` ("Keflavík International Airport"), for
    `_named_with_head`: compiled once per head."""
    return re.compile(r"(?:\b[Tt]he\s+)?(?:" + name_word + r"\s+(?:(?:of|for|and)\s+)?){1,5}"
                      + re.escape(head) + r"\b(?!['’])")


@lru_cache(maxsize=None)
def _described_as_pattern(noun: str) -> re.Pattern[str]:
    """"a/an … `noun`" or ", the … `noun`": compiled once per noun (it is asked for every epithet speaker)."""
    return re.compile(r"(?:\b[Aa]n?|,\s+the)\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(noun) + r"\b")


def _person_noun(word: str) -> bool:
    """A noun for a person by what they do: the unnamed sources' and title tables, or an agent's ending that no
    organisation or thing takes ("journalist", "novelist", "economist"; not "the company", "the matter")."""
    if word in PERSON_NOUNS:
        return True
    return word.endswith(AGENT_SUFFIXES) and word not in NOT_AGENTS and word not in ORG_WORDS \
        and not _organisation_head(word) and word not in DOCUMENT_NOUNS


# plurals of the organisations' description heads ("The unions walked out. “…,” they said")
_ORG_HEAD_PLURALS = frozenset(head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
                              for head in ORG_DESCRIPTION_HEADS if not head.endswith("s"))
# groups of people that "they" may stand for once a sentence has them as its subject ("The couple, who …, say …
# “…,” they said"): the speaking groups and the plurals of the person nouns
_GROUP_HEADS = frozenset(SPEAKING_GROUPS | {noun + "s" for noun in PERSON_NOUNS if not noun.endswith("s")})
# irregular past forms a subject's verb may take ("Kestel council met on Monday. “…,” it said"), and the bare present
# of a plural subject ("The couple … say they will stay")
_BARE_SUBJECT_VERBS = ("say", "tell", "want", "fear", "hope", "warn", "insist", "believe", "feel", "think", "plan",
                    "expect", "argue", "claim", "complain", "agree",  # (and a plural subject's present: "they say")
                    "met", "held", "took", "made", "gave", "went", "sent", "won", "lost", "began", "chose", "found",
                    "set", "cut", "ran", "saw", "spoke", "wrote", "kept", "left", "brought", "bought",
                    "sought", "rose", "fell", "struck", "told", "paid", "built", "sold", "spent", "drew", "threw")


def _organisation_head(word: str) -> bool:
    """A description head only organisations take: the lexicon's table ("the palace", "the regulator") or any
    firm named by its product ("the planemaker", "the toy-maker"; not "the lawmaker", a person)."""
    return word in ORG_DESCRIPTION_HEADS or is_firm_maker(word)
_GROUP_INTRODUCED: dict[str, re.Pattern[str]] = {}
# the verbs by which a group a sentence opens with speaks or takes a side ("Senior officials said …")
_GROUP_SPEECH = speech_verbs.alternation(speech_verbs.longest_first(speech_verbs.INTRODUCING))


def _singular(noun: str) -> str:
    """'officials' -> 'official', 'witnesses' -> 'witness' (a plural of the source nouns; others unchanged)."""
    if noun.endswith("sses"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
SPEECH_VERB_WORDS = frozenset(speech_verbs.SUBJECT_BEFORE_VERB)
_CLAUSE_OPENERS = frozenset({"who", "which", "that", "whose", "and", "but", "because", "as", "when", "while"})
_ANOTHER_ONE = frozenset({"second", "third", "fourth", "other", "another", "latter", "last", "first", "next"})
# (written as companies write them: "Ltd", "LTD", "plc", never a lowercase word of the sentence)
_COMPANY_SUFFIX = re.compile(r",?\s+(?:" + "|".join(re.escape(form) for w in sorted(
    COMPANY_SUFFIXES, key=len, reverse=True) for form in dict.fromkeys((w.capitalize(), w.upper(), w))
    if form[:1].isupper() or w in ("plc",)) + r")(?![\w])")


# A sentence opened by a definite description and its verb: "The judge said", "But the Wisconsin Republican did".
_DESCRIPTION_SUBJECT = re.compile(
    r"[\s\"“”‘’']*(?:(?:But|And|Then|So|Yet|Still|Later|Meanwhile|However|Instead|Also),?\s+)?"
    r"(?P<np>(?:[Tt]he|(?P<place>[A-Z][\w.-]*)['’]s)\s+(?:[\w’'.-]+\s+){0,4}?[A-Za-z][\w-]+)"
    r"(?=\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:said|says|told|was|is|has|had|did|does|will|would|gave|"
    r"made|took|went|spoke|wrote|wept|sat|stood|shook|fell|ran|left|came|[a-z]{2,}ed)\b)")
# Honorifics written before a name that say its bearer's gender ("Mrs. Clinton" is never Bill): the words are
# listed here once; their gender is read from the people analysis's marker tables (`analysis.MALE_MARKERS`,
# `FEMALE_MARKERS`), and the pattern that finds one before a bare surname is built from this table.
_GENDERED_HONORIFICS = ("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady")
_HONORIFIC_GENDER = {word: gender for word in _GENDERED_HONORIFICS
                     for gender, markers in (("male", MALE_MARKERS), ("female", FEMALE_MARKERS)) if word in markers}
_HONORIFIC_BEFORE = re.compile(r"\b(" + "|".join(word.capitalize() for word in sorted(
    _HONORIFIC_GENDER, key=len, reverse=True)) + r")\.?\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")
_MODIFIED_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
_OPENING_DETERMINERS = frozenset({"the", "former", "then"})
# Words opening a phrase that comes before a sentence's subject ("In Iowa, Clinton …", "Asked about it, Cruz …").
_OPENING_PHRASE_WORDS = frozenset({
    "in", "on", "at", "after", "before", "during", "when", "while", "as", "since", "asked", "speaking", "earlier",
    "later", "meanwhile", "but", "and", "yet", "still", "however", "instead", "also", "then", "now", "last",
    "this", "on", "by", "with", "for", "from", "despite", "although", "though", "if", "once", "until", "over",
    "under", "back", "today", "yesterday", "tonight", "separately", "elsewhere", "still",
})
_SUBORDINATE_OPENING = re.compile(
    r"[\s\"“”‘’']*(?:After|Before|When|While|As|Since|If|Although|Though|Because|Once|Until|Unless|Whereas)\b"
    r"[^,.;:!?\"“”]{1,150},")


# Party adjectives and abbreviations, for the party noun they stand for.
_PARTY_OF = {"democratic": "democrat", "gop": "republican"}


# How a pronoun's antecedent is ranked. Sentences are searched from the pronoun's own backwards (recency first:
# a nearer sentence with a fitting person wins; a sentence opened by a description of a person stands for that
# person). Within a sentence, these cues are tried best rank first and the first that applies decides: it
# picks a candidate, passes the search on to the sentence before (the people here are not the pronoun's
# referent), or keeps the last candidate in reserve in case no better one is found further back.
#   (rank, cue, why)
PRONOUN_SALIENCE: tuple[tuple[int, str, str], ...] = tuple(sorted((
    (1, "attribution_speaker", "“Cruz won the crowds,” Stovall said: the sentence's own speaker, the last one"),
    (2, "main_clause_subject", "the subject opening the main clause outranks objects (of coordinated ones, the "
                               "last: 'X rejected it, but Y praised it')"),
    (3, "clause_subject_before", "the pronoun's own sentence: the subject of the clause just before its own "
                                 "('While Y talked, he …')"),
    (4, "same_pronoun_subject", "a sentence whose subject is the same pronoun speaks of the others: pass on"),
    (5, "speech_verb_subject", "a person a speech verb follows, outside an opening subordinate clause"),
    (6, "subject_like", "any mention that is no object, modifier or opening-clause subject, the first"),
    (7, "latest_for_other_references", "not for he/she: the latest mention"),
    (8, "possessor", "'One of Y's jeremiads came when he …': a possessor, the last"),
    (9, "object_in_own_clause", "an object in the pronoun's own clause, or under the same pronoun: pass on"),
    (10, "object_kept_in_reserve", "a person named only as an object: kept in case nobody else fits further back"),
)))


@dataclass(frozen=True)
class _SalienceContext:
    """What the salience cues look at: the fitting mentions of one sentence, its bounds, whether it is the
    pronoun's own sentence, the pronoun looked for ('he', 'she' or None) and where it stands."""
    candidates: list
    start: int
    end: int
    own: bool
    pronoun: str | None
    position: int


_PASS_ON = object()  # the cue says: the pronoun's referent is named further back
_KEEP_WEAK = object()  # the cue says: keep the last candidate in case no better one is found further back


_NAME_WORD = r"[A-Z][\w’'-]*\.?"
# "spokesman for Mrs. Clinton", "aide to President Ana Lind", "Mr. Dunn's lawyer": a person named inside a role,
# with the preposition or possessive that ties them to it.
_OTHER_PERSON_IN_ROLE = re.compile(
    r"(?:\s+(?:for|to|of|with|at|under|from)\s+(?P<after>(?:" + _NAME_WORD + r"\s+){0,5}" + _NAME_WORD + r")(?=\s|$|[,;])"
    r"|(?:^|(?<=\s))(?P<before>(?:" + _NAME_WORD + r"\s+){0,3}[A-Z][\w-]*)['’]s(?=\s))")


def _names_a_person(phrase: str) -> bool:
    """A capitalised phrase that names a person: opened by an honorific or a title followed by a name ("Mrs.
    Clinton", "President Lind"), or by a known given name ("Carl Dunn")."""
    words = phrase.split()
    titles = 0
    while titles < len(words) - 1 and (words[titles].lower() in HONORIFICS or words[titles].lower().rstrip(".")
                                       in HONORIFICS or words[titles].lower() in TITLE_HEADS
                                       or words[titles].lower() in ("vice", "deputy", "former", "acting")):
        titles += 1
    if titles and titles < len(words) and any(w.lower() in HONORIFICS or w.lower() in TITLE_HEADS
                                               for w in words[:titles]):
        return True
    return len(words) >= 2 and first_name_gender(words[0].rstrip(".")) is not None


def _own_role(role: str) -> str:
    """The part of a role that describes its holder: a person it names ("spokesman for Mrs. Clinton", "aide to
    President Lind", "Mr. Dunn's lawyer") is that other person's, and their titles and name are no words of the
    holder's role ("spokesman", "aide", "lawyer")."""
    def cut(match: re.Match) -> str:
        phrase = match.group("after") or match.group("before")
        return "" if _names_a_person(phrase) else match.group(0)
    own = _OTHER_PERSON_IN_ROLE.sub(cut, role).strip()
    return own or role


def _role_heads(role: str) -> set[str]:
    """The words a role can be named by: its last word, and the last word before a preposition ("developer" in
    "real estate developer from Manhattan", "chief" in "chief of staff")."""
    words = [word.strip(".,").lower() for word in role.split()]
    heads = {words[-1]} if words else set()
    heads.update(words[i - 1] for i in range(1, len(words)) if words[i] in PREPOSITIONS)
    return heads


def _organisation_like(name: str) -> bool:
    """'Lumen Bank', 'Volta Motors', 'Kestel Water Board': a name of two words or more whose last is an
    organisation's word or description head and whose first is no known first name."""
    words = name.split()
    return len(words) > 1 and (words[-1].lower() in ORG_WORDS or words[-1].lower() in ORG_DESCRIPTION_HEADS) \
        and first_name_gender(words[0]) is None


def _holds_verb(role: str) -> bool:
    """Whether a role's lowercase words hold a finite verb or its adverb ("spokesman also denied")."""
    words = [w.lower() for w in role.split()[1:] if w[:1].islower()]
    return any(w in _ROLE_VERB_WORDS or w in speech_verbs.CLAUSE_VERBS for w in words)


_ROLE_VERB_WORDS = frozenset({"also", "has", "had", "have", "was", "were", "is", "are", "will", "would", "did",
                              "does", "then", "later", "earlier"})


def _looks_plural(phrase: str) -> bool:
    head = phrase.split()[-1].lower().strip(".,")
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in ("people", "police", "media")


def _trim_end(body: str, end: int) -> int:
    while end and body[end - 1].isspace():
        end -= 1
    return end


def sentence_bounds(body: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence; boundaries inside `protected` spans (quoted text) are ignored."""
    return sentences(body, protected)


# How a speaker phrase was read (`Resolution.via`) and the reference kind stored on the quote for it.
REFERENCE_OF_VIA = {"name": "name", "pronoun": "pronoun", "description": "role", "label": "label"}
# How sure each kind of reference is when nothing argues against it, and when something does (a rival person of
# the same gender between a pronoun and its antecedent, several people whose roles fit a description). A quote
# that only continues another's attribution takes that one's confidence times CONTINUATION_FACTOR.
CONFIDENCE = {"name": 0.95, "label": 0.9, "pronoun": 0.85, "role": 0.85}
DOUBTFUL_CONFIDENCE = {"pronoun": 0.6, "role": 0.6, "label": 0.7}
CONTINUATION_FACTOR = {"same paragraph": 0.95, "next paragraph": 0.85}


@dataclass
class Resolution:
    """A resolved speaker: either a person's canonical name or a label, with the span that names it."""

    name: str | None = None
    label: str | None = None
    start: int | None = None
    end: int | None = None
    via: str = "name"  # 'name', 'pronoun', 'description', 'label'
    doubtful: bool = False  # another reading was nearly as good (a rival antecedent, several fitting roles)
    factor: str | None = None  # for a pronoun: the salience cue that decided (`PRONOUN_SALIENCE`), or another rule

    @property
    def known(self) -> bool:
        return self.name is not None or self.label is not None

    @property
    def reference(self) -> str | None:
        """The reference kind stored on the quote: 'name', 'role', 'pronoun' or 'label' (None when unknown)."""
        if not self.known:
            return None
        return REFERENCE_OF_VIA.get(self.via, "name") if self.name else (
            "pronoun" if self.via == "pronoun" else "label")

    @property
    def confidence(self) -> float | None:
        reference = self.reference
        if reference is None:
            return None
        return DOUBTFUL_CONFIDENCE.get(reference, CONFIDENCE[reference]) if self.doubtful else CONFIDENCE[reference]


# A name in a quote that does not speak of its person: inside the quote's own nested quote ("they shouted ‘Ana,
# get out’"), or after a determiner and before a noun ("the Ruiz orchard"). (A name spoken to, "Ana, look", is
# kept: the speaker is then not Ana either.)
_NESTED_QUOTE = re.compile(r"(?<![\w])['‘][^'‘’\n]{1,200}['’](?!\w)|[\"“][^\"“”\n]{1,200}[\"”]")
_DETERMINER_BEFORE = re.compile(r"(?:^|[^\w])(?:the|a|an|our|my|your|their|his|her|this|that|every)\s+$", re.I)


@dataclass
class SpeakerResolver:
    article: ArticleRecord
    people: list[PersonRecord]
    registry: Registry
    quoted: list[tuple[int, int]] | None = None  # quoted text spans, never antecedents (default: the analysis's)
    # (position, label) of unnamed speakers already attributed, in order: antecedents for "it" and "they"
    recent_labels: list[tuple[int, str]] = field(default_factory=list)
    last_factor: str | None = None  # the salience cue that decided the last `person_antecedent` search
    analysis: ArticleAnalysis | None = None  # the article's shared reading; made here when not given

    def __post_init__(self) -> None:
        if self.analysis is None:
            self.analysis = analyse(self.article, self.registry)
            if self.quoted is not None:  # spans given by the caller: the sentences protect those
                self.analysis.__dict__["quoted_ranges"] = list(self.quoted)
        if self.analysis.people is not self.people:
            self.analysis.set_people(self.people)
        analysis = self.analysis
        self.body = analysis.body
        self.quoted = analysis.quoted_ranges
        self.sentences = analysis.sentences
        self.mentions = analysis.mentions
        self.genders = self._with_pronoun_genders(analysis)
        self.sentence_of = analysis.sentence_of
        self.is_quoted = analysis.is_quoted
        self.mentions_in = analysis.mentions_in
        # For descriptions ("the prime minister"): each person's mentions in order, the rank of each mention in
        # the article's order, the people whose roles fit a description, and people by name variant.
        self._mentions_of: dict[int, list[Mention]] = {}
        self._rank: dict[int, int] = {}
        for rank, mention in enumerate(self.mentions):
            self._mentions_of.setdefault(id(mention.person), []).append(mention)
            self._rank[id(mention)] = rank
        self._fitting_people: dict[tuple, list[PersonRecord]] = {}
        self._role_heads: dict[str, bool] = {}
        self._roles: dict[int, list[str]] = {}
        self._people_by_variant: dict[str, PersonRecord] = {}
        for person in self.people:
            for variant in (person.name, *person.aliases):
                self._people_by_variant[variant.lower()] = person

    def _with_pronoun_genders(self, analysis: ArticleAnalysis) -> dict[str, str | None]:
        """The analysis's genders, with a person it leaves open (a first name no list knows, a bare surname)
        given the gender of a subject pronoun that follows one of their mentions in the same sentence with
        nobody else named in between ("Okonkwo said she …"), when no such pronoun says otherwise."""
        genders = analysis.genders
        open_people = {name for name, gender in genders.items() if gender is None}
        if not open_people:
            return genders
        genders = dict(genders)
        seen: dict[str, set[str]] = {}
        mentions = analysis.mentions
        for index, mention in enumerate(mentions):
            if mention.person is None or mention.person.name not in open_people or analysis.is_quoted(mention.start):
                continue
            sentence_end = analysis.sentences[analysis.sentence_of(mention.start)][1]
            limit = min(sentence_end, mentions[index + 1].start if index + 1 < len(mentions) else sentence_end,
                        mention.end + 80)
            following = _NEXT_SUBJECT_PRONOUN.search(self.body, mention.end, limit)
            if following and not analysis.is_quoted(following.start()) \
                    and not re.search(r"[\"“”]", self.body[mention.end:following.start()]):
                seen.setdefault(mention.person.name, set()).add(
                    "male" if following.group(1).lower() == "he" else "female")
            # "Adaeze was calmer. “We will rebuild,” she said.": the next attribution's pronoun, with nobody else
            # named between, is hers
            next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(self.body)
            attributed = _PRONOUN_ATTRIBUTION.search(self.body, mention.end, min(next_start, mention.end + 400))
            if attributed and not analysis.is_quoted(attributed.start("pronoun")) \
                    and self.body.count("\n", mention.end, attributed.start()) <= 2 \
                    and not _OBJECT_BEFORE.search(self.body, max(0, mention.start - 60), mention.start):
                seen.setdefault(mention.person.name, set()).add(
                    "male" if attributed.group("pronoun").lower() == "he" else "female")
        for name, found in seen.items():
            if len(found) == 1:
                genders[name] = found.pop()
        return genders

    # -- antecedents ----------------------------------------------------------------------------------------
    def is_object(self, mention: Mention) -> bool:
        """Whether the mention reads as an object (after a preposition) or a possessive, not a subject."""
        if _POSSESSIVE.match(self.body[mention.end:mention.end + 3]):
            return True
        sentence_start = self.sentences[self.sentence_of(mention.start)][0]
        window = self.body[max(sentence_start, mention.start - 80):mention.start]
        words = re.findall(r"[\w’'-]+|[,;:()\u2014]", window)
        for word in reversed(words[-8:]):
            lowered = word.lower()
            if lowered in PREPOSITIONS:
                return True
            if word[0].isupper() or lowered in ROLE_NOUNS or lowered.endswith("-based") or lowered in ("and", "or"):
                continue  # titles, roles and the first conjunct of "between Clinton and Sanders"
            return False
        return False

    def _speaks(self, mention: Mention) -> bool:
        """Whether a speech verb follows the mention ("Kunin said", "Kunin, a former governor, said")."""
        return bool(_SPEECH_AFTER.match(self.body, mention.end, mention.end + 120)
                    or _SPEECH_BEFORE.search(self.body, max(0, mention.start - 40), mention.start))

    def person_antecedent(self, position: int, gender: str | None, limit_sentences: int = 6,
                          exclude: frozenset[str] = frozenset()) -> Mention | None:
        """The antecedent of a pronoun of `gender` at `position` (or, gender None, of another reference): the
        nearest sentence with a fitting person decides, by the salience cues of `PRONOUN_SALIENCE`. People named
        in `exclude` (those the quote itself speaks of) are no candidates."""
        sentence = self.sentence_of(position)
        paragraph_floor = self.body.rfind("\n", 0, position)
        floors = 0
        pronoun = {"male": "he", "female": "she"}.get(gender or "")
        weak = None  # a person named only as an object, kept in case no subject is found further back
        for index in range(sentence, max(-1, sentence - limit_sentences), -1):
            start, end = self.sentences[index]
            if end <= paragraph_floor:
                floors += 1
                paragraph_floor = self.body.rfind("\n", 0, start)
                if floors > 3:
                    break
            end = min(end, position)
            candidates = [
                fitting for mention in self.mentions_in(start, end)
                if not self.is_quoted(mention.start) and not self._in_compound(mention)
                for fitting in [self._fitting(mention, gender)] if fitting is not None
                and fitting.person.name not in exclude
            ]
            own = index == sentence
            # The pronoun's own sentence may open with a description of its subject too ("The Wisconsin
            # Republican did give Trump some credit …, but he suggested …"), when it ends before the pronoun.
            described = self._description_subject(start, end, gender) if not own or pronoun else None
            if described is not None and described.end <= position:
                if described.person is None:
                    continue  # "The Wisconsin Republican gave Trump some credit": someone not named here
                self.last_factor = "description_subject"
                return described
            if not candidates:
                continue
            # Salience within the sentence: the cues of `PRONOUN_SALIENCE`, best rank first; the first cue that
            # picks a candidate decides, or passes the search on to the sentence before.
            context = _SalienceContext(candidates, start, end, own, pronoun, position)
            for _rank, cue, _why in PRONOUN_SALIENCE:
                if exclude and cue == "same_pronoun_subject":
                    continue  # the same pronoun there may be the person excluded: the others stay candidates
                picked = getattr(self, "_cue_" + cue)(context)
                if picked is not None:
                    break
            if picked is _PASS_ON:
                continue
            if picked is _KEEP_WEAK:
                weak = weak or candidates[-1]
                continue
            if picked is not None:
                self.last_factor = cue
                return picked
        self.last_factor = "object_kept_in_reserve" if weak is not None else None
        return weak

    # -- the salience cues of `PRONOUN_SALIENCE` (each: the candidate it picks, _PASS_ON, _KEEP_WEAK or None) --
    def _cue_attribution_speaker(self, c: _SalienceContext):
        attributed = [m for m in c.candidates if self._attribution_after_comma(m)]
        return attributed[-1] if attributed else None

    def _cue_main_clause_subject(self, c: _SalienceContext):
        main = [m for m in c.candidates if self.opens_main_clause(m, c.start)]
        if not main:
            return None
        # "Haddad rejected the deal, but Ezra praised it. “…,” he said": of coordinated main clauses, the subject
        # of the last one is the nearer.
        coordinated = [m for m in c.candidates if m.start > main[0].start and not c.own
                       and self._opens_coordinated_clause(m)]
        return coordinated[-1] if coordinated and c.pronoun else main[0]

    def _cue_clause_subject_before(self, c: _SalienceContext):
        if not (c.pronoun and c.own):
            return None
        return self._clause_subject_before(c.candidates, c.position)

    def _cue_same_pronoun_subject(self, c: _SalienceContext):
        if c.pronoun and self._same_pronoun_before(c.pronoun, c.start, c.candidates[0].start):
            return _PASS_ON
        return None

    def _cue_speech_verb_subject(self, c: _SalienceContext):
        subordinate_end = self._subordinate_opening_end(c.start, c.end)
        speaking = [m for m in c.candidates if self._speaks(m) and m.start >= subordinate_end]
        return speaking[0] if speaking else None

    def _cue_subject_like(self, c: _SalienceContext):
        subjects = [m for m in c.candidates if not self.is_object(m) and not self.is_modifier(m)]
        return subjects[0] if subjects else None

    def _cue_latest_for_other_references(self, c: _SalienceContext):
        return None if c.pronoun else c.candidates[-1]

    def _cue_possessor(self, c: _SalienceContext):
        possessors = [m for m in c.candidates if self._possessor(m)]
        return possessors[-1] if possessors else None

    def _cue_object_in_own_clause(self, c: _SalienceContext):
        if c.own or self._same_pronoun_before(c.pronoun, c.start, c.end):
            return _PASS_ON
        return None

    def _cue_object_kept_in_reserve(self, c: _SalienceContext):
        return _KEEP_WEAK

    def _possessor(self, mention: Mention) -> bool:
        """'Trump's jeremiads', 'the support of McCain': the mention owns a noun phrase."""
        return bool(_POSSESSIVE.match(self.body[mention.end:mention.end + 3])) or bool(
            re.search(r"\b[a-z]+\s+of\s+(?:[A-Z][\w.’'-]*\s+){0,3}$", self.body[max(0, mention.start - 60):mention.start]))

    def _in_compound(self, mention: Mention) -> bool:
        """'the are-you-with-Trump question', 'anti-Trump': a name inside a hyphenated word refers to nobody
        acting in the sentence."""
        return self.body[mention.start - 1:mention.start] == "-" or self.body[mention.end:mention.end + 1] == "-"

    _SUBJECT_PRONOUN = {"he": re.compile(r"\b[Hh]e\b"), "she": re.compile(r"\b[Ss]he\b")}

    def _same_pronoun_before(self, pronoun: str, start: int, end: int) -> bool:
        """Whether the subject pronoun `pronoun` occurs, outside quotes, in body[start:end]."""
        return any(not self.is_quoted(match.start())
                   for match in self._SUBJECT_PRONOUN[pronoun].finditer(self.body, start, end))

    _CLAUSE_OPENER = re.compile(r"\b(?:" + clause_alternation(PRONOUN_CLAUSE_OPENERS) + r")\s+"
                                r"(?:[A-Z][\w.’'-]*\s+){0,3}$", re.IGNORECASE)

    def _clause_subject_before(self, candidates: list[Mention], position: int) -> Mention | None:
        """A candidate opening a subordinate clause ("while Comey talked …,") that a comma closes right before
        the pronoun's clause."""
        for mention in reversed(candidates):
            opener = self._CLAUSE_OPENER.search(self.body, max(0, mention.start - 40), mention.start)
            if opener is None or self.is_object(mention):
                continue
            between = self.body[mention.end:position]
            if between.rstrip().endswith(",") and not re.search(r"[;:—]", between):
                return mention
            return None
        return None

    _COORDINATOR_BEFORE = re.compile(r"(?:,\s*(?:but|and|yet|while|whereas)|;)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")

    def _opens_coordinated_clause(self, mention: Mention) -> bool:
        """Whether the mention is the subject of a main clause coordinated after a comma or semicolon ("…, but
        Ezra praised it"): a conjunction and titles only before it, and a verb, not a noun, after it."""
        if self.is_modifier(mention) or _POSSESSIVE.match(self.body[mention.end:mention.end + 3]):
            return False
        if not self._COORDINATOR_BEFORE.search(self.body, max(0, mention.start - 40), mention.start):
            return False
        following = _NEXT_WORD.match(self.body, mention.end)
        return bool(following) and (bool(VERB_LIKE.match(following.group(1)))
                                    or following.group(1) in speech_verbs.CLAUSE_VERBS)

    def opens_main_clause(self, mention: Mention, sentence_start: int) -> bool:
        """Whether the mention is the subject opening the sentence's main clause: only titles, role words and
        an opening phrase closed by a comma ("Speaking to CBS on Monday, Rubio refrained …") come before it, and
        it is neither a possessor nor a noun's modifier ("Obama consultant Cornell Belcher")."""
        if self.is_modifier(mention) or _POSSESSIVE.match(self.body[mention.end:mention.end + 3]):
            return False
        lead = self.body[sentence_start:mention.start]
        words = lead.split()
        while words and (words[-1][:1].isupper() or words[-1].lower().strip(".,") in ROLE_NOUNS
                         or words[-1].lower() in _OPENING_DETERMINERS) and not words[-1].endswith(","):
            words.pop()
        if not words:
            return True
        if not words[-1].endswith(","):
            return False
        first = words[0].strip("\"“‘'(").lower()
        return first in _OPENING_PHRASE_WORDS or first.endswith(("ing", "ed")) or first in PREPOSITIONS

    def _description_subject(self, start: int, end: int, gender: str | None) -> Mention | None:
        """A sentence opened by a person's description ("The judge said he accepted …"): a mention of the
        person it resolves to, when that person fits the gender; a `Mention` without a person when it resolves
        to nobody (the search passes on to the sentence before); None when the sentence opens otherwise."""
        match = _DESCRIPTION_SUBJECT.match(self.body, start, end)
        if not match or self.is_quoted(match.start("np")):
            return None
        words = match.group("np").split()[1:]
        if match.group("place"):
            # "Egypt's top diplomat dismissed …": a country's possessive says whose office it is (and nobody's
            # possessive, "Marek's spokesman", opens a description of someone else)
            if country_of_word(match.group("place")) is None or self.mentions_in(match.start("np"), match.end("place")):
                return None
            words = match.group("np").split()
        if len(words) == 1 and words[0].lower() in ("latter", "former"):
            pointed = self._latter_or_former(words[0].lower(), match.start("np"))
            return pointed if pointed is not None and self._compatible(pointed.person, gender) else None
        if words[-1].lower() not in TITLE_HEADS and words[-1].lower() not in ROLE_NOUNS \
                and not self._article_role_head(words[-1].lower()):
            return None
        found = self._resolve_description(words, match.start("np"))
        if found is None:
            return Mention(match.start("np"), match.end("np"), None) if self._describes_gender(words, gender) else None
        if not self._compatible(found[0], gender):
            return None
        return Mention(match.start("np"), match.end("np"), found[0])

    def _latter_or_former(self, which: str, position: int) -> Mention | None:
        """'the latter' / 'the former': the second or the first of the last two people named (outside quotes) in
        the two sentences up to `position`."""
        sentence = self.sentence_of(position)
        floor = self.look_back_floor(self.sentences[max(0, sentence - 1)][0], position)
        last_two: list[Mention] = []
        for mention in self.mentions_in(floor, position):
            if self.is_quoted(mention.start):
                continue
            last_two = [m for m in last_two if m.person.name != mention.person.name] + [mention]
        if len(last_two) < 2:
            return None
        return last_two[-1] if which == "latter" else last_two[-2]

    @staticmethod
    def _describes_gender(words: list[str], gender: str | None) -> bool:
        lowered = {word.lower() for word in words}
        return not (lowered & (FEMALE_MARKERS if gender == "male" else MALE_MARKERS if gender == "female" else set()))

    def _attribution_after_comma(self, mention: Mention) -> bool:
        """'…, Stovall said.' / '“…,” Cole said': a speaker named after a comma or closing mark, then the verb;
        or the source of a sentence's '…, according to Tom Reyes, the mayor.'"""
        if _ACCORDING_BEFORE.search(self.body, max(0, mention.start - 40), mention.start):
            return True
        before = self.body[max(0, mention.start - 3):mention.start].rstrip()
        return before[-1:] in (",", "”", '"', "’", "'") and bool(
            _SPEECH_AFTER.match(self.body, mention.end, mention.end + 120))

    def is_modifier(self, mention: Mention) -> bool:
        """'Obama consultant Cornell Belcher', 'Trump adviser Ann Bell': a name followed by role words and
        another person's name modifies that name; so does a name between an article and a noun ('a Trump
        presidency', 'the Obama administration'): a person's name takes no article."""
        if _ARTICLE_BEFORE.search(self.body, max(0, mention.start - 5), mention.start) \
                and _NOUN_AFTER.match(self.body, mention.end):
            return True
        following = _MODIFIED_NAME.match(self.body, mention.end)
        if not following or not all(word in ROLE_NOUNS or word in TITLE_HEADS or word in ASSOCIATE_NOUNS
                                    for word in following.group(0).split()):
            return False
        return any(m.start == following.end() for m in self.mentions_in(following.end(), following.end() + 60))

    def _subordinate_opening_end(self, start: int, end: int) -> int:
        """Where an opening subordinate clause ends ("After Beck asked him …, D'Souza replied"): its
        subjects do not speak the sentence's words."""
        match = _SUBORDINATE_OPENING.match(self.body, start, end)
        return match.end() if match else start

    def _rival(self, antecedent: Mention, gender: str | None, position: int) -> bool:
        """Whether another person of the pronoun's gender is named between the antecedent's sentence and the
        pronoun (outside quotes): two such people alternating make "he" doubtful."""
        floor = self.sentences[self.sentence_of(antecedent.start)][0]
        return any(mention.person is not antecedent.person and not self.is_quoted(mention.start)
                   and self.genders.get(mention.person.name) in (gender, None)
                   for mention in self.mentions_in(floor, position))

    def _bare_subject(self, position: int, gender: str, floor: int) -> str | None:
        """A lone capitalised subject ('Brenner openly admitted') in a sentence after `floor` and before `position`."""
        current = self.sentence_of(position)
        # The pronoun's own sentence is left out: in "Cost estimates, he added," its subject is not the speaker.
        for index in range(current - 1, max(floor, current - 3) - 1, -1):
            start, end = self.sentences[index]
            match = _BARE_SUBJECT.match(self.body, start, end)
            if not match:
                match = _BARE_SUBJECT_PRESENT.match(self.body, start, end)
                if match and first_name_gender(match.group("name")) != gender:
                    continue
            if not match or self.is_quoted(match.start("name")):
                continue
            name = match.group("name")
            lowered = name.lower()
            if lowered.endswith("s") and not lowered.endswith(("ss", "us")):
                continue  # "Friends offered": a plural noun
            if lowered in _NOT_BARE_NAMES or lowered in FUNCTION_WORDS or lowered in DAYS_MONTHS \
                    or lowered in ORG_WORDS or lowered in PLACES or lowered in PRONOUNS:
                continue
            if self.mentions_in(match.start("name"), match.end("name")):
                continue
            if first_name_gender(name) not in (None, gender):
                continue
            return name
        return None

    def _fitting(self, mention: Mention, gender: str | None) -> Mention | None:
        """The mention if its person fits the pronoun's gender; a bare surname shared by several people
        ("Hill" for Hugh and Mary Hill) goes to the one who fits."""
        if self._compatible(mention.person, gender):
            return mention
        surface = self.body[mention.start:mention.end]
        if " " in surface:
            return None
        others = [person for person in self.people if person is not mention.person
                  and person.name.split()[-1] == surface and self._compatible(person, gender)]
        if len(others) == 1:
            return Mention(mention.start, mention.end, others[0], mention.role)
        return None

    def _compatible(self, person: PersonRecord, gender: str | None) -> bool:
        if gender is None:
            return True
        known = self.genders.get(person.name)
        return known is None or known == gender

    # (the organisations' description heads come from the lexicon's table: "the palace", "the regulator"; the
    # documents that speak for them from data/documents.py: "the statement", "the letter")
    _ORG_SUBJECT = re.compile(
        # (not a body's name whose comma opens a list: "The Department of Roads, Rail and Ports closed")
        r"(?:(?![^,]{0,40}?\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*,\s+(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z])"
        r"(?:[A-Z][\w’'-]*|On|In|At|After|Before|During|Earlier|Later|Meanwhile|Likewise|However)[^,]{0,40},\s+)?"
        # (lowercase modifiers may stand before a body's head: "The river authority", "the state broadcaster")
        r"((?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*(?:,(?=\s+(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z]))?\s+"
        r"(?:(?:of|for|and|on)\s+)?){0,5}"
        r"(?:(?:[a-z][\w-]*\s+){1,2}(?=(?:" + "|".join(sorted(map(re.escape, ORG_DESCRIPTION_HEADS | _GROUP_HEADS),
                                                             key=len, reverse=True))
        + r")\b))?(?:[A-Z][\w’'&.-]*|officials|"
        r"sources|campaign|spokesman|spokeswoman|spokesperson|panel|paper|report|study|ad|video|website|document|"
        + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True)) + "|"
        + "|".join(sorted(map(re.escape, ORG_DESCRIPTION_HEADS | _ORG_HEAD_PLURALS | _GROUP_HEADS), key=len,
                          reverse=True))
        + r"|[a-z]{3,}-?makers?)"
        # (a body's domain may follow its head: "the ministry of health", "the department for transport")
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?)?)"
        # (any "-maker" is taken here and kept only when it is a firm: "the toymaker", not "the lawmaker")
        # (an apposition may stand before the verb: "Borealis Energy, the country's largest utility, said", and so
        # may the document it speaks in: "The ministry of health, in a statement, urged")
        # (or a relative clause: "The couple, who have farmed here for 30 years, say")
        r"(?=(?:,\s+(?:the|a|an|its|who|which)\s+[^,;:\"“”\n]{1,60},|,\s+in\s+(?:a|an|its)\s+[^,;:\"“”\n]{1,40},)?"
        r"\s+(?:(?:[a-z]+ly|also|later|earlier|then|again|previously|still)\s+)?"
        r"(?:has|had|have|is|was|were|are|said|says|[a-z]+ed|[a-z]+s|" + "|".join(_BARE_SUBJECT_VERBS) + r")\b)"
    )

    def thing_antecedent(self, position: int, plural: bool) -> tuple[str, int, int] | None:
        """An organisation or group named as a sentence subject before `position` (for 'it', 'they'), or the
        unnamed speaker of a quote in the same or the previous sentence ("“…,” the Kremlin said. It added")."""
        sentence = self.sentence_of(position)
        floor = self.sentences[max(0, sentence - 1)][0]
        for quote_position, label in reversed(self.recent_labels):
            if quote_position < floor:
                break
            if quote_position < position and label.split()[0].lower() not in PRONOUNS \
                    and plural == _looks_plural(label):
                return label, quote_position, quote_position
        for index in range(sentence, max(-1, sentence - 3), -1):
            start, end = self.sentences[index]
            match = self._ORG_SUBJECT.match(self.body, start, min(end, position))
            if not match:
                continue
            phrase = match.group(1)
            last = phrase.split()[-1]
            if last.islower() and last.endswith(MAKER_SUFFIXES) and not _organisation_head(last):
                continue  # "The lawmakers said": people, no organisation
            if phrase.split()[0].lower() in _FUNCTION_WORDS or phrase.lower() in DETERMINERS:
                continue  # ("The figures were bad": "The" alone names nothing)
            if phrase.split()[0].lower() in PRONOUNS or self.mentions_in(match.start(1), match.end(1)):
                continue
            # a name of two capitalised words or more is one body, whatever its last word ("Brightwater Foods",
            # "Orlo Airlines"; not "The Democrats")
            named_body = last[:1].isupper() and len([w for w in phrase.split() if w.lower() != "the"]) > 1
            if plural != phrase.lower().endswith(("s", "officials", "sources")) and not named_body:
                if not plural and phrase.lower().endswith("s") and not phrase.lower().endswith(("ss", "us")):
                    continue
            return phrase, match.start(1), match.end(1)
        return None

    # -- phrases --------------------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Resolution:
        """Resolve the speaker phrase `body[start:end]` (already trimmed to the noun phrase). An organisation the
        people step took for a person ("Lumen Bank") is a label."""
        found = self._resolve_phrase(start, end)
        if found.name and found.name in self._organisations:
            return Resolution(label=found.name, start=found.start, end=found.end, via="label")
        return found

    def _resolve_phrase(self, start: int, end: int) -> Resolution:
        phrase = self.body[start:end]
        words = phrase.split()
        if not words:
            return Resolution()
        lowered = phrase.lower()
        if self.body[end:end + 1] == "." and any(m.end == end + 1 for m in self.mentions_in(start, end + 1)):
            end += 1  # the phrase was cut before the full stop of a name ending "Jr."
        if len(words) == 1:  # "according to him": the object form stands for the same person
            lowered = _OBJECT_PRONOUNS.get(lowered, lowered)
        if len(words) == 1 and lowered in PRONOUNS:
            return self._resolve_pronoun(lowered, start, end)
        # An apposition may carry the name: "Israel's ambassador to the UN, Gilad Erdan".
        for part_start, part_end in self._comma_parts(start, end):
            if _EXAMPLES.match(self.body, part_start, part_end) or _AGENT_PHRASE.match(self.body, part_start, part_end):
                # "Critics, including Ann Bell, said": the critics speak, not the example; "The central bank,
                # led by Governor Ann Bell, said": the bank speaks, not the one who leads it
                break
            found = self._named(part_start, part_end)
            if found:
                return found
        named_before = self._named_before_apposition(start, end)
        if named_before:
            return named_before
        if lowered in ("the latter", "the former"):
            pointed = self._latter_or_former(lowered.split()[1], start)
            if pointed is not None:
                return Resolution(name=pointed.person.name, start=start, end=end, via="description")
        parts = self._comma_parts(start, end)
        head_start, head_end = parts[0]
        if len(parts) > 1 and self._named_body_apposition(parts[0], parts[1]):
            # "The state operator, Ferrovie Italiane Unite (FIU), said": a body's description and its name are
            # one label
            return Resolution(label=self.body[head_start:parts[1][1]], start=head_start, end=parts[1][1], via="label")
        when = _TRAILING_TIME.search(self.body, head_start, head_end)
        if when and when.start() > head_start:
            head_end = when.start()  # "a judge in Columbus on Monday": the time is not part of the label
        head = self.body[head_start:head_end]
        head_words = head.split()
        if (head_words[0].lower() in ("the", "this") or _PLACE_POSSESSIVE.fullmatch(head_words[0])
                and not self.mentions_in(head_start, head_start + len(head_words[0]))) \
                and (head_words[-1][0].islower() or head_words[-1][0].isdigit() or head_words[-1].lower() in ROLE_SYNONYMS
                     or head_words[-1].isupper() and head_words[-1].lower() in TITLE_HEADS  # "the MP"
                     # a title written in capitals, as press releases do: "The Managing Director", "The Minister"
                     or head_words[-1].lower() in TITLE_HEADS and all(word[:1].isupper() for word in head_words[1:])
                     or head_words[-1].lower() in EPITHET_NOUNS or head_words[-1].endswith(AGE_SUFFIX)) \
                and len(head_words) > 1:
            described = self._definite_description(head_words[1:], start)
            if described:
                described.start, described.end = head_start, head_end
                return described
        core = list(takewhile(lambda word: word.lower() not in PREPOSITIONS, head_words))  # "a judge in X"
        if core and core[-1].lower().strip(".,") in DOCUMENT_NOUNS:
            owner = next((i for i in range(len(core) - 2, -1, -1) if _POSSESSIVE_WORD.search(core[i])), None)
            if owner is not None:  # "the ministry's statement", "Carter's letter": its owner speaks
                owner_end = head_start + len(" ".join(core[:owner + 1]))
                owner_end -= len(_POSSESSIVE_WORD.search(core[owner]).group(0))
                source = self.resolve(head_start, owner_end)
                if source.known:
                    source.start, source.end = head_start, owner_end
                    return source
            source = self._document_source(head_start + len(" ".join(core)), start)
            if source is not None:
                return source
        if head_words[0].lower() in ("a", "an") and len(core) > 1 and core[-1][0].islower():
            mention = self._named_next(core[-1].lower(), head_end)
            if mention:
                return Resolution(name=mention.person.name, start=head_start, end=head_end, via="description")
        return Resolution(label=head, start=head_start, end=head_end, via="label")

    def _surname_owner(self, mention: Mention) -> Mention:
        """A surname several people of the article share: with an honorific, the one of its gender ('Mrs.
        Clinton' is Hillary, never Bill; 'Mr. Obama' never Michelle); bare, the one the article named first,
        whom it is about ('Ebeling said' for Betsy Ebeling, not her husband Tom, named later)."""
        surface = self.body[mention.start:mention.end].split()
        if not surface or len(surface) > 2:
            return mention
        if len(surface) == 2:
            honorific = surface[0]
        else:
            before = self.body[max(0, mention.start - 6):mention.start].split()
            honorific = before[-1] if before and self.body[mention.start - 1:mention.start].isspace() else ""
        wanted = _HONORIFIC_GENDER.get(honorific.rstrip(".").lower())
        if len(surface) == 2 and wanted is None:
            return mention  # "Senator Clinton": a title, not a bare surname
        surname = surface[-1]
        sharing = [person for person in self.people
                   if person.name.split()[-1] == surname and len(person.name.split()) > 1]
        if len(sharing) < 2:
            return mention
        if wanted is not None:
            if self.genders.get(mention.person.name) in (wanted, None):
                return mention
            fitting = [person for person in sharing if self.genders.get(person.name) == wanted]
            if not fitting:  # ("Barack", whose gender no list knows, beside a Michelle who is female)
                fitting = [person for person in sharing if self.genders.get(person.name) is None]
            return Mention(mention.start, mention.end, fitting[0], mention.role) if len(fitting) == 1 else mention
        first = min(sharing, key=lambda person: min((m.start for m in self._mentions_of.get(id(person), ())),
                                                    default=len(self.body)))
        return mention if first is mention.person else Mention(mention.start, mention.end, first, mention.role)

    def _honorific_before(self, mention: Mention) -> tuple[str, int] | None:
        """The gendered honorific written with a mention ("Mr. Obama", "Mrs Lopez"): its key and where it starts."""
        surface = self.body[mention.start:mention.end].split()
        if len(surface) == 2 and surface[0].rstrip(".").lower() in _HONORIFIC_GENDER:
            return surface[0].rstrip(".").lower(), mention.start
        match = _HONORIFIC_BEFORE.search(self.body[max(0, mention.start - 6):mention.start])
        if match and len(surface) == 1:
            return match.group(1).lower(), max(0, mention.start - 6) + match.start(1)
        return None

    def _named_before_apposition(self, start: int, end: int) -> Resolution | None:
        """'“…,” Sam Lau, the communications director for the party said': an apposition whose closing comma
        is missing reaches the verb alone; the name opening the clause just before its comma is the speaker.
        A body's proper name is no person's apposition ("Ms. Roe, the Economy Ministry called …" addresses
        her, and the ministry speaks)."""
        if self.body[max(0, start - 2):start] != ", ":
            return None
        core = list(takewhile(lambda word: word.lower() not in PREPOSITIONS, self.body[start:end].split()))
        head = core[-1].strip(".,") if core else ""
        if head[:1].isupper() and not head.isupper() and head.lower() not in TITLE_HEADS | ROLE_NOUNS \
                and head.lower() not in ROLE_SYNONYMS:  # (an acronym may be a role: "the CEO")
            return None
        before = self.mentions_in(max(0, start - 80), start - 2)
        if not before or before[-1].end != start - 2:
            return None
        mention = before[-1]
        lead = self.body[max(0, mention.start - 3):mention.start].rstrip()
        if lead and lead[-1] not in ".!?\n\"“”'’:;(—":
            return None  # "a meeting with Sam Lau, the director": the name is not the clause's opening
        if self.is_quoted(mention.start) or mention.person.name in self._organisations:
            return None
        return Resolution(name=mention.person.name, start=mention.start, end=mention.end, via="name")

    def _definite_description(self, words: list[str], position: int) -> Resolution | None:
        """'the minister', 'the country's top diplomat', 'the ferry operator', 'the spokesman': the person the
        article gave that role; an organisation's description stands for the organisation last named as a
        subject; and an unnamed person the article introduced with the same noun ("A board spokesman denied
        …") more recently than any fitting person is that label."""
        noun = words[-1].strip(".,").lower()
        if any(word.lower() in _ANOTHER_ONE for word in words):
            return None  # "the second official", "the other lawyer": not the one named before
        cleaned = [word.strip(".,").lower() for word in words]
        role_phrase = any(" ".join(cleaned[-span:]) in ROLE_SYNONYMS for span in (3, 2))
        if _organisation_head(noun) and not role_phrase:  # ("the head of government" is a person)
            organisation = self._organisation_before(position) or self._named_with_head(words, position)
            if organisation and re.search(r"\b" + re.escape(noun) + r"\s+(?:of|for)\s", organisation, re.IGNORECASE):
                # "The Department of Forests … denied it. The department said": the description is the name's own
                # head, the short form the article uses for it; the label keeps it as written
                return None
            if organisation:
                return Resolution(label=organisation, via="description")
            return None
        singular = _singular(noun)
        if len(words) == 1 and singular != noun and singular in PERSON_NOUNS:
            group = self._introduced_group(noun, position)
            if group:  # "Senior Borovian officials said …" then "the officials said": those officials
                return Resolution(label=group, via="description")
        found = self._resolve_description(words, position)
        introduced = self._introduced_unnamed(noun, position) \
            if noun in TITLE_HEADS | SOURCE_NOUNS | EPITHET_NOUNS else None
        # (a person fitting the description but named only after the quote is no closer than the unnamed one
        # the article introduced before it: "A diplomat said … 'X,' the diplomat said. … said Ann Bell, of the
        # Diplomatic Academy")
        if introduced and (found is None or introduced[0] > found[2] or found[2] > position):
            return Resolution(label=introduced[1], via="description")
        if found:
            return Resolution(name=found[0].name, via="description", doubtful=found[1])
        named = self._named_with_head(words, position)
        if named:
            return Resolution(label=named, via="description")
        return self._epithet(words, position)

    def _epithet(self, words: list[str], position: int) -> Resolution | None:
        """'the father of three', 'the 58-year-old', 'the Democrat' (`data/epithets.py`): the person the two
        sentences before are about, of the gender the words say."""
        cleaned = [word.strip(".,").lower() for word in words]
        head = cleaned[cleaned.index("of") - 1] if "of" in cleaned[1:] else cleaned[-1]
        if len(cleaned) > 1 and cleaned[-2] in RANK_WORDS and (head in NUMERAL_WORDS or head.isdigit()):
            head = "number"  # "the world number four", "the No. 2"
        aged = any(word.endswith(AGE_SUFFIX) for word in cleaned[:-1])  # "the 46-year-old noodle seller"
        if head not in EPITHET_NOUNS and not head.endswith(AGE_SUFFIX) and not aged:
            return None
        gender = EPITHET_GENDERS.get(head) or (
            "female" if set(cleaned) & FEMALE_MARKERS else "male" if set(cleaned) & MALE_MARKERS else None)
        if head in SEX_NOUNS and not self._described_as(head, position):
            return None  # "the woman said" with no woman described before: a stranger, the label
        if head in STANDING_NOUNS or head in NATIONALITY_NOUNS:
            person = self._standing_referent(head, gender, position)
            return Resolution(name=person.name, via="description", doubtful=True) if person else None
        mention = self.person_antecedent(position, gender, limit_sentences=2)
        if mention is None:
            return None
        if gender and self.genders.get(mention.person.name) != gender:
            return None  # ("the woman" is not someone whose gender the article leaves open either)
        if head in PARTY_NOUNS and self._other_party(mention.person, head):
            return None  # "Tom Reyes, a Republican, …" is not "the Democrat"
        return Resolution(name=mention.person.name, via="description", doubtful=True)

    def _standing_referent(self, noun: str, gender: str | None, position: int,
                           sentences: int = 4) -> PersonRecord | None:
        """'the player', 'the incumbent', 'the Ethiopian' (`data/epithets.py`): of the people of `gender` named
        (outside quotes) in the `sentences` up to `position`, the latest who has the description; else the one
        person nothing contradicts, when there is one only (a new description right after "X said" that fits
        nobody is someone new: the label)."""
        country = NATIONALITY_NOUN_COUNTRY.get(noun)
        if noun in NATIONALITY_NOUNS and noun not in STANDING_NOUNS and country is None:
            return None
        fit = (lambda person: self._nationality_fit(person, country)) if country and noun not in STANDING_NOUNS \
            else (lambda person: self._standing_fit(person, noun))
        candidates = self._people_named_before(position, gender, sentences)
        verdicts = [(person, fit(person)) for person in candidates]
        described = [person for person, verdict in verdicts if verdict is True]
        if described:
            return described[0]
        open_ = [person for person, verdict in verdicts if verdict is None]
        if len(open_) > 1:
            # a name with neither a gender nor a role beside a person's may be no person ("Accra Lions beat …")
            open_ = [person for person in open_ if self.genders.get(person.name) or self._roles_of(person)] or open_
        return open_[0] if len(open_) == 1 else None

    def _people_named_before(self, position: int, gender: str | None, sentences: int) -> list[PersonRecord]:
        """The people of `gender` (a gendered noun needs the person's gender known) named outside quotes in the
        `sentences` up to `position`, the latest named first."""
        own = self.sentence_of(position)
        floor = self.look_back_floor(self.sentences[max(0, own - sentences + 1)][0], position)
        found: list[PersonRecord] = []
        for mention in reversed(self.mentions_in(floor, position)):
            if self.is_quoted(mention.start) or self._in_compound(mention):
                continue
            fitting = self._fitting(mention, gender)
            if fitting is None or (gender and self.genders.get(fitting.person.name) != gender):
                continue
            if fitting.person not in found:
                found.append(fitting.person)
        return found

    def _standing_fit(self, person: PersonRecord, noun: str) -> bool | None:
        """Whether the person has the standing (True), cannot have it (False: another occupation, a contrasting
        standing), or may have it (None)."""
        words, heads = self._standings_of(person)
        wanted = STANDING_SYNONYMS.get(noun, noun)
        if wanted in {STANDING_SYNONYMS.get(word, word) for word in words}:
            return True
        if CONTRASTING_STANDINGS.get(noun, frozenset()) & words:
            return False
        if noun in GENERAL_STANDINGS:
            return None
        fields = [nouns for nouns in STANDING_FIELDS.values() if noun in nouns]
        occupations = heads - NEUTRAL_ROLE_HEADS - GENERAL_STANDINGS - FAMILY_NOUNS - PARTY_NOUNS
        if occupations and not any(occupations & nouns for nouns in fields):
            return False  # a coach is not "the player", a producer not "the actress"
        return None

    def _standings_of(self, person: PersonRecord) -> tuple[set[str], set[str]]:
        """The lowercase words of the person's roles and of a standing written before a mention ("challenger
        Omar Bell", "Tennis player Ana Kovac"), and the heads among them (each role's noun)."""
        words: set[str] = set()
        heads: set[str] = set()
        for role in self._roles_of(person):
            words.update(word.strip(".,").lower() for word in role.split())
            heads.update(_role_heads(role))
        known = STANDING_NOUNS.union(*STANDING_FIELDS.values())
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            for word in self._title_words_before(mention)[:1]:  # ("Chef Marco Bellini", "goalkeeper Ana Lund")
                if word.lower() in known:
                    words.add(word.lower())
                    heads.add(word.lower())
        return words, heads

    def _nationality_fit(self, person: PersonRecord, country: str) -> bool | None:
        """Whether the article gives the person that country (True: "Kenya's Ruth Chebet", "Almaz Tesfaye of
        Ethiopia", "the Russian minister"), another one (False: the text's, else the people step's), or none."""
        own = self._nationalities_of(person)
        if own:
            return country.lower() in own
        if person.country and person.country.lower() != country.lower():
            return False
        return None

    _COUNTRY_AFTER = re.compile(r"\s*(?:,\s*(?:an?\s+|the\s+)?|\s+(?:of|from)\s+(?:the\s+)?|\s*\()"
                                r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
    _WORDS_BEFORE = re.compile(r"((?:[\w.’'-]+[ \t]+){1,4})$")

    def _title_words_before(self, mention: Mention) -> list[str]:
        """The words written right before a mention as part of its title ("Kenya's", "Kenyan runner", "Russian
        Foreign Minister"): capitalised words and role nouns, up to the first other word."""
        before = self._WORDS_BEFORE.search(self.body, max(0, mention.start - 60), mention.start)
        words = []
        for word in reversed(before.group(1).split() if before else []):
            lowered = word.lower()
            if not (word[:1].isupper() or lowered in ROLE_NOUNS or lowered in TITLE_HEADS or lowered in STANDING_NOUNS):
                break
            words.append(word)
        return words

    def _a_counterpart(self, person: PersonRecord) -> bool:
        """Whether the article introduces the person as someone's counterpart ("his Finnish counterpart Ville
        Rantanen", "Peru's counterpart, Karl Mora")."""
        return any("counterpart" in role.lower() for role in self._roles_of(person)) or any(
            self._INTRODUCED_AS_COUNTERPART.search(self.body, max(0, mention.start - 80), mention.start)
            for mention in self._mentions_of.get(id(person), ()) if not self.is_quoted(mention.start))

    _INTRODUCED_AS_COUNTERPART = re.compile(r"\bcounterparts?,?\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")

    def _nationalities_of(self, person: PersonRecord) -> set[str]:
        """The countries (lowercase) the text gives the person: in a role, just before a mention (a country's
        possessive or a nationality adjective) or just after it ("of Ethiopia", ", a Kenyan", "(Kenya)")."""
        found: set[str] = set()
        for role in self._roles_of(person):
            found.update(c.lower() for word in role.split()
                         for c in [country_of_word(re.sub(r"['’]s$", "", word.strip(".,")))] if c)
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            for word in self._title_words_before(mention):
                country = country_of_word(re.sub(r"['’]s$", "", word))
                if country:
                    found.add(country.lower())
            after = self._COUNTRY_AFTER.match(self.body, mention.end, mention.end + 60)
            if after:
                named = after.group(1)
                country = country_of_word(named) or country_of_word(named.split()[0]) \
                    or NATIONALITY_NOUN_COUNTRY.get(named.split()[0].lower())  # (", a Swede,")
                if country:
                    found.add(country.lower())
        return found

    def _described_as(self, noun: str, position: int) -> bool:
        """Whether the article, outside quotes and before `position`, describes someone as "a/an … `noun`" or in
        an apposition ", the … `noun`" (another "the man said" is the same reference, no description)."""
        pattern = _described_as_pattern(noun)
        return any(not self.is_quoted(match.start()) for match in pattern.finditer(self.body, 0, position)
                   if match.end() < position)

    _APPOSITION_PARTY = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(" + "|".join(
        sorted(PARTY_NOUNS)) + r")\b", re.IGNORECASE)

    def _other_party(self, person: PersonRecord, party: str) -> bool:
        """Whether an apposition after one of the person's mentions gives another party ("Tom Reyes, a
        Republican,")."""
        for mention in self.mentions:
            if mention.person.name == person.name:
                found = self._APPOSITION_PARTY.match(self.body, mention.end)
                if found and found.group(1).lower() != party:
                    return True
        # ... or a role of the person ("Hale is the Democratic front-runner" is not "the Republican")
        parties = {_PARTY_OF.get(word, word) for role in self._roles_of(person)
                   for word in re.findall(r"[a-z]+", role.lower())} & PARTY_NOUNS
        return bool(parties) and party not in parties

    _NAME_WORD = r"[A-Z][\w’'.-]*"

    def look_back_floor(self, floor: int, position: int) -> int:
        """Where a look-back of a few sentences up to `position` starts: at `floor`, but no more than
        LOOK_BACK_CHARS before `position`, at a word's start. Sentences of news are far shorter, so this changes
        nothing there; a text with one huge sentence (a run-on, a page without full stops) would otherwise be
        read again from its start for every description in it, a cost growing with the square of its length."""
        cut = position - LOOK_BACK_CHARS
        if cut <= floor:
            return floor
        space = _WHITESPACE.search(self.body, cut, position)
        return space.end() if space else position

    def _named_with_head(self, words: list[str], position: int, back: int = 3) -> str | None:
        """'the airport' after 'Keflavík International Airport, north of the site, remains open.': the name
        written shortly before (in the `back` sentences up to `position`, outside quotes, no person's) whose
        last word is the description's noun, capitalised: the place or body the description refers back to."""
        if len(words) != 1 or not words[0].strip(".,").isalpha():
            return None  # ("the regional airport" could be another one)
        noun = words[0].strip(".,")
        pattern = _name_with_head_pattern(self._NAME_WORD, noun.capitalize())
        sentence = self.sentence_of(position)
        floor = self.look_back_floor(self.sentences[max(0, sentence - back + 1)][0], position)
        last = None
        for match in pattern.finditer(self.body, floor, position):
            if _NAME_GOES_ON.match(self.body, match.end()):
                continue  # "Colombia's Ministry of Environment": the name goes on past the noun
            if not self.is_quoted(match.start()) and not self.mentions_in(match.start(), match.end()):
                last = match
        if last is None:
            return None
        phrase = last.group(0).split()
        while len(phrase) > 1 and phrase[0].lower() in _FUNCTION_WORDS | FUNCTION_WORDS - {"the"}:
            phrase = phrase[1:]  # "In Keflavík International Airport": the sentence's opening word
        return " ".join(phrase) if len(phrase) > 1 else None

    # ("a statement from the prime minister's office": lowercase words up to an owner's possessive, then its noun)
    _SOURCE = re.compile(r"\s+(?:from|by|of)\s+(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on)\s+)?){0,6}"
                         r"[A-Z][\w’'&.-]*|[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+[a-z]+|[Tt]he\s+[a-z]+)")
    _ISSUED = re.compile(r"\b(?:" + "|".join(ISSUING) + r")\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:"
                         + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    # "In a statement, the council of governors said …": a description, then the sentence's speech verb
    # (an apposition may stand between them: "The ministry of health, headed by Ann Bell, said in a statement")
    _DESCRIBED_SPEAKER = re.compile(r"(?:^|,\s+|\n)((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?)"
                                    r"(?:,[^,;:.!?\"“”\n]{1,80},)?\s+(?:"
                                    + speech_verbs.alternation(speech_verbs.TRAILING) + r")\b")

    _DOCUMENT_WITH_SOURCE = re.compile(r"\b(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(
        sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")(?=\s+(?:from|by|of)\s)", re.IGNORECASE)

    def _document_source(self, noun_end: int, position: int) -> Resolution | None:
        """Who speaks through a document: its source after "from", "by" or "of" ("a statement from the Kenya
        Union of Nurses"), else, for a document mentioned before ("the statement added"), the subject of the
        sentence that issued it ("The council said in a statement …")."""
        source = self._SOURCE.match(self.body, noun_end, self.sentences[self.sentence_of(max(0, noun_end - 1))][1])
        if source:
            np_start, np_end = source.span("np")
            while np_end > np_start and self.body[np_end - 1] in ".,":
                np_end -= 1  # "… from the Kenya Union of Nurses." ends the sentence
            found = self.resolve(np_start, np_end)
            if found.known:
                return found
        sentence = self.sentence_of(position)
        for index in range(sentence, max(-1, sentence - 4), -1):
            start, end = self.sentences[index]
            scanned, end = self.look_back_floor(start, position), min(end, position)
            if scanned >= end:
                break  # (the sentences before lie further back still)
            # "…, according to a statement from the company." then "the statement said": that source
            for mentioned in self._DOCUMENT_WITH_SOURCE.finditer(self.body, scanned, end):
                source = self._SOURCE.match(self.body, mentioned.end(), end)
                if source and not self.is_quoted(mentioned.start()):
                    np_start, np_end = source.span("np")
                    while np_end > np_start and self.body[np_end - 1] in ".,":
                        np_end -= 1
                    found = self.resolve(np_start, np_end)
                    if found.known:
                        return found
            issued = self._ISSUED.search(self.body, scanned, end)
            if issued is None or self.is_quoted(issued.start()):
                continue
            for mention in self.mentions_in(scanned, issued.start()):
                following = self.body[mention.end:mention.end + 30].split()[:1]
                if following and (_organisation_head(following[0].lower()) or following[0].lower() == "campaign"):
                    continue  # "The Trump campaign sent an email": the campaign's words
                if not self.is_quoted(mention.start) and self.opens_main_clause(mention, start):
                    return Resolution(name=mention.person.name, start=mention.start, end=mention.end,
                                      via="description")
            organisation = self._organisation_before(start + 1, back=1)
            if organisation:
                return Resolution(label=organisation, via="label")
            subject = self._ORG_SUBJECT.match(self.body, start, end) or self._DESCRIBED_SPEAKER.search(
                self.body, start, end)
            if subject and subject.group(1).split()[0].lower() not in _FUNCTION_WORDS \
                    and subject.group(1).lower() not in DETERMINERS:
                return Resolution(label=subject.group(1), start=subject.start(1), end=subject.end(1), via="label")
            return None
        return None

    def _introduced_unnamed(self, noun: str, position: int) -> tuple[int, str] | None:
        """The last indefinite phrase before `position` whose head is `noun` and that names nobody ("A Pakistan
        Cricket Board spokesman also denied …"): (where it starts, its words)."""
        pattern = _INDEFINITE.get(noun)
        if pattern is None:
            pattern = _INDEFINITE[noun] = re.compile(
                r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'.-]+\s+){0,5}?" + re.escape(noun) + r"\b(?!['’])")
        floor = max(0, position - 3000)
        last = None
        for match in pattern.finditer(self.body, floor, position):
            if self.is_quoted(match.start()) or any(ch in match.group(0) for ch in ",;:"):
                continue
            after = self.body[match.end():match.end() + 4]
            if self.mentions_in(match.start(), match.end()) or (
                    after[:1] in ", " and self.mentions_in(match.end(), match.end() + 4)):
                continue  # "a spokesman, Ann Bell," and "Borovian spokesman Ann Bell" name the person
            before = self.mentions_in(max(0, match.start() - 80), match.start())
            if before and re.fullmatch(r"(?:,\s*\d{1,3}\s*)?,", self.body[before[-1].end:match.start()].strip()):
                continue  # "Yuki Tanabe, (41,) an analyst at Kestrel,": the apposition of a named person
            last = match
        if last is None:
            return None
        # (its modifier only: "A senior official who took part in the talks said …" is "A senior official" when
        # "the official" speaks later; the clause told what the source did, the attribution did not repeat it)
        return last.start(), self.body[last.start():self._source_modifier_end(last.end())]

    def _introduced_group(self, noun: str, position: int) -> str | None:
        """The last phrase before `position` opening a sentence with the plural `noun` as its head and naming
        nobody ("Senior Borovian officials said …", "Two witnesses described …"), within a few paragraphs: what
        "the officials" stands for. A phrase opened by "The" refers back itself and introduces no one; nor does
        a group the sentence only tells about ("Three officials were later fired."): a group is introduced as a
        source by the speech or stance verb it is the subject of."""
        pattern = _GROUP_INTRODUCED.get(noun)
        if pattern is None:
            pattern = _GROUP_INTRODUCED[noun] = re.compile(
                r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?!(?:The|These|Those|Their|Its)\b)"
                r"((?:[\w’'-]+\s+){0,4}?" + re.escape(noun) + r")\b(?!['’])"
                r"\s+(?:[a-z]+ly\s+|also\s+|have\s+|had\s+)*(?:" + _GROUP_SPEECH + r")\b")
        last = None
        for match in pattern.finditer(self.body, max(0, position - 3000), position):
            if not self.is_quoted(match.start()) and not self.mentions_in(match.start(), match.end()):
                last = match
        return last.group(1) if last else None

    _MODIFIER_WORD = re.compile(r"[ \t]+([\w’'.-]+)")

    def _source_modifier_end(self, end: int) -> int:
        """Where an unnamed source's phrase ends once the words saying who the source is are taken in ("A
        source | in the Energy Ministry | told …", "A person | familiar with the talks | said …"): up to the
        verb, a comma or the sentence's end; no more than the noun when no such phrase follows."""
        first = self._MODIFIER_WORD.match(self.body, end)
        if first is None or first.group(1).lower() not in SOURCE_MODIFIER_OPENERS:
            return end
        last, position = end, end
        for _ in range(8):
            word = self._MODIFIER_WORD.match(self.body, position)
            if word is None:
                # the phrase closed by a comma or the sentence's end ("A senior official at the ministry, who
                # asked not to be named, said"): the words so far are the source's
                return position if position > end and self.body[position:position + 1] in ",;:.—" else end
            text = word.group(1)
            bare = text.rstrip(".,").lower()
            if position > end and (bare in SPEECH_VERB_WORDS or bare in _CLAUSE_OPENERS
                                   or VERB_LIKE.match(bare) and text[:1].islower()):
                return last
            if text.endswith((".", ",")) and not text[:-1].isupper():
                return word.end() - 1
            last = position = word.end()
        return end

    _RELATIVE_AFTER_SOURCE = re.compile(
        r"\s+(?:who|that)\s+(?P<clause>[^,;:.!?\"“”\n—()]{3,80}?)"
        r"(?=\s+(?:and|but|because|as|after|while|when|since|although|though)\b|[,;:.!?\"“”\n—()]|$)")

    def source_label_end(self, end: int) -> int:
        """Where an unnamed source's label ends: its modifier ("a source | in the ministry") and then a relative
        clause without a comma that says who the source is ("a city planner | who worked on the 2016 plan | and
        asked not to be named"), up to a conjunction or a comma; a clause that only says why the source is not
        named (`ANONYMITY_CLAUSES`) is left out."""
        end = self._source_modifier_end(end)
        relative = self._RELATIVE_AFTER_SOURCE.match(self.body, end)
        if relative is None or self.is_quoted(relative.start("clause")):
            return end
        clause = relative.group("clause").lower()
        if clause.startswith(ANONYMITY_CLAUSES) or clause.split()[0] in SPEECH_VERB_WORDS:
            return end  # ("a source who spoke on condition of anonymity", "an aide who said")
        # ("An engineer who worked on the survey was less sure": the clause ends before the main clause's verb)
        for word in re.finditer(r"\S+", relative.group("clause")):
            if word.start() and (word.group(0) in self._FINITE_AFTER_CLAUSE or word.group(0) in SPEECH_VERB_WORDS):
                return _trim_end(self.body, relative.start("clause") + word.start())
        return relative.end()

    _FINITE_AFTER_CLAUSE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                                      "can", "did", "does", "do", "should", "may", "might", "must"})

    def _organisation_before(self, position: int, back: int = 3) -> str | None:
        """The organisation last named as a sentence's subject in the `back` sentences before `position`."""
        sentence = self.sentence_of(position)
        for index in range(sentence, max(-1, sentence - back), -1):
            start, end = self.sentences[index]
            match = self._ORG_SUBJECT.match(self.body, start, min(end, position))
            if not match:
                continue
            phrase = match.group(1)
            first = phrase.split()[0].lower()
            if first in _FUNCTION_WORDS or first in PRONOUNS or not phrase.split()[-1][:1].isupper():
                continue  # a proper name only: "A statement posted …" is no organisation
            if not speaker_like_head(phrase.split()[-1], opens_sentence=True, only_word=len(phrase.split()) == 1):
                continue  # "Temperatures reached 39°C": a common plural opening a sentence names no organisation
            mentions = self.mentions_in(match.start(1), match.end(1))
            if mentions and not all(m.person.name in self._organisations for m in mentions):
                continue
            return phrase
        return None

    @property
    def _organisations(self) -> set[str]:
        """People the people step found whose name the article also writes with a company's suffix
        ("Westwind Renewables Ltd"): organisations, whose words are a label."""
        found = self.__dict__.get("_organisation_names")
        if found is None:
            found = self.__dict__["_organisation_names"] = {
                mention.person.name for mention in self.mentions
                if (_COMPANY_SUFFIX.match(self.body, mention.end) or self._org_noun_before(mention))} | {
                person.name for person in self.people if _organisation_like(person.name)}
        return found

    # "the Nordic-Iberian consortium Vento Norte", "utility Energias do Norte": a body's description noun written
    # right before a name (a person's title never ends in such a noun)
    _ORG_NOUN_BEFORE = re.compile(r"(?:^|[\s(])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\w’'-]+\s+){0,3}?"
                                  r"(?P<noun>[a-z][\w-]*)\s+$")

    def _org_noun_before(self, mention: Mention) -> bool:
        if self.is_quoted(mention.start) or not self.body[mention.start:mention.end][:1].isupper() \
                or first_name_gender(mention.person.name.split()[0]) is not None:
            return False  # ("the union Ana Sol leads": a person's given name)
        before = self.body[max(0, mention.start - 50):mention.start]
        match = self._ORG_NOUN_BEFORE.search(before)
        return bool(match) and _organisation_head(match.group("noun"))

    def _cataphor(self, position: int, gender: str) -> Mention | None:
        """'She said: “…” Ann Bell, 34, fled last week.': with nobody named before, a feature's opening pronoun
        stands for the person the next sentence names first, when the gender does not contradict it."""
        if self.mentions_in(0, position):
            return None
        sentence = self.sentence_of(position)
        if sentence + 1 >= len(self.sentences):
            return None
        following = [m for m in self.mentions_in(self.sentences[sentence][1], self.sentences[sentence + 1][1])
                     if not self.is_quoted(m.start)]
        if following and self.genders.get(following[0].person.name) in (gender, None):
            return following[0]
        return None

    def _named_next(self, noun: str, position: int) -> Mention | None:
        """'A federal judge on Monday blocked …. Judge Ann Bell wrote …': a news lede describes the person
        whom the next sentence names, with the description's noun as the mention's role."""
        sentence = self.sentence_of(position)
        if sentence + 1 >= len(self.sentences):
            return None
        for mention in self.mentions_in(position, self.sentences[sentence + 1][1]):
            role_words = (mention.role or "").lower().split()
            if role_words and role_words[-1] == noun and not any(
                    m.person is mention.person for m in self.mentions_in(0, position)):
                return mention
        return None

    _BODY_NAME = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|de|do|da|del|di|du|la|le|the)\s+)?"
                            r"[A-Z][\w’'&.-]*)+(?:\s+\([A-Z][A-Za-z&.-]{1,9}\))?|[A-Z][\w’'&.-]*\s+\([A-Z][A-Za-z&.-]{1,9}\)"
                            r"|[A-Z][A-Z&.-]{1,8}")  # (or an acronym alone: "The UN refugee agency, UNHCR, said")

    def _named_body_apposition(self, head: tuple[int, int], name: tuple[int, int]) -> bool:
        """Whether `head` is a definite description of an organisation ("The state operator") and `name` a
        proper name of several words naming nobody of the article ("Ferrovie Italiane Unite (FIU)")."""
        words = self.body[head[0]:head[1]].split()
        if len(words) < 2 or words[0].lower() != "the" or not _organisation_head(words[-1].lower()):
            return False
        return bool(self._BODY_NAME.fullmatch(self.body, *name)) and not self.mentions_in(*name)

    def _comma_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        parts = []
        cursor = start
        for match in re.finditer(r",|\s*(?:\u2014|\u2013|--)\s*", self.body[start:end]):  # commas and dashes
            if match.group(0) == "," and _LIST_IN_NAME_BEFORE.search(self.body, max(start, start + match.start() - 60),
                                                                    start + match.start()) \
                    and _LIST_IN_NAME_AFTER.fullmatch(self.body, start + match.end(), _part_end(self.body,
                                                                                 start + match.end(), end)):
                continue  # "The Ministry of Agriculture, Land and Fisheries": the last items of a body's name
            parts.append((cursor, start + match.start()))
            cursor = start + match.end()
        parts.append((cursor, end))
        trimmed = []
        for part_start, part_end in parts:
            while part_start < part_end and self.body[part_start] in " \t":
                part_start += 1
            while part_end > part_start and self.body[part_end - 1] in " \t":
                part_end -= 1
            if part_end > part_start:
                trimmed.append((part_start, part_end))
        return trimmed or [(start, end)]

    def _named(self, start: int, end: int) -> Resolution | None:
        """A person named by this phrase, when the name is its head (not 'a Carter confidant')."""
        mentions = self.mentions_in(start, end)
        if not mentions:
            return None
        last = mentions[-1]
        tail = self.body[last.end:end].strip()
        first_word = self.body[start:end].split()[0].lower()
        # "Carter himself said", "Lopez (D-Ore.) said"
        # "Judge Ann Bell of the district court said": a place or body after the name is its modifier
        # "Mayor Ann Bell on Sunday said": a time after the name is the verb's
        if tail and not re.fullmatch(r"(?:Jr|Sr|II|III)\.?|himself|herself|\([^()]{1,30}\)|of\s+[^()]{2,80}", tail) \
                and not all(word.strip(".") in POST_NOMINALS or word in POST_NOMINALS for word in tail.split()) \
                and not _TRAILING_TIME.fullmatch(" " + tail):
            return None  # the name only modifies the head: "a Carter confidant", "Petrov's spokesman"
        if first_word in DETERMINERS and first_word not in ("former", "senior", "top"):
            # "a Carter confidant" ends in a noun; "the Israeli Foreign Minister, Ivan Petrov" is split by
            # commas before we get here, so a determiner followed by a name is a description with the name.
            lead = self.body[start:last.start].split()
            if lead and lead[-1][0].islower() and lead[-1].lower() not in ROLE_NOUNS \
                    and not _person_noun(lead[-1].lower()):
                return None  # ("the journalist Mira Sand", "the novelist X": a person's noun before the name)
            if any(word.lower() in PREPOSITIONS for word in lead):
                return None  # "a spokesman for House Speaker Paul Ryan" is the spokesman, not Ryan
        last = self._surname_owner(last)
        if last.person.name in self._organisations:  # "Westwind Renewables said in a statement"
            label_start = start if self.body[start:last.start].strip().lower() == "the" else last.start
            # ("The Kestel Water Board said": the article written with its name is part of the label)
            return Resolution(label=self.body[label_start:last.end], start=label_start, end=last.end, via="label")
        honorific = self._honorific_before(last)
        if honorific and self.genders.get(last.person.name) not in (_HONORIFIC_GENDER[honorific[0]], None):
            # "Mr. Obama said" where the article's only Obama with a full name is Michelle: not her; the name
            # as written is kept
            label_start = honorific[1]
            return Resolution(label=self.body[label_start:last.end], start=label_start, end=last.end, via="label")
        return Resolution(name=last.person.name, start=last.start, end=last.end, via="name")

    def resolve_pronoun_not_spoken_of(self, resolution: Resolution, quoted_text: str) -> Resolution:
        """A pronoun speaker is not a person its own quote speaks of by name ("“Marta is always right,” she
        says" is not Marta): when the quoted words name the person resolved, the pronoun is resolved again
        without them (and without anyone else they name); the first reading stays when nobody else fits."""
        if resolution.via != "pronoun" or not resolution.name or resolution.start is None:
            return resolution
        spoken_of = frozenset(person.name for person in self.people if self._named_in(person, quoted_text))
        if resolution.name not in spoken_of:
            return resolution
        gender = {"he": "male", "she": "female"}.get(self.body[resolution.start:resolution.end].lower())
        if gender is None:
            return resolution
        mention = self.person_antecedent(resolution.start, gender, exclude=spoken_of)
        if mention is None:
            return resolution
        return Resolution(name=mention.person.name, start=resolution.start, end=resolution.end, via="pronoun",
                          doubtful=True, factor="not_spoken_of_in_quote")

    @staticmethod
    def _named_in(person: PersonRecord, text: str) -> bool:
        """Whether `text` speaks of the person: the surname or the first name alone, as whole words,
        not in the first person ("I am Ana Ruiz", "my name is Ruiz"), nor as an owner or part of a longer name
        ("Ruiz's message", "Ruiz Holdings": a speaker's way of naming their own campaign or firm), nor by the full
        name or title and name, the public name a speaker may give themselves ("they will love Ana Ruiz")."""
        words = person.name.split()
        forms = {words[-1], *(words[:1] if len(words) > 1 else [])}
        inner = [match.span() for match in _NESTED_QUOTE.finditer(text)]
        for form in forms:
            for match in _form_pattern(form).finditer(text):
                before = text[max(0, match.start() - 30):match.start()]
                if re.search(r"[A-Z][\w'’.-]*\s+$", before):
                    continue  # part of a longer name or after a title: "Donald Trump", "Senator Ruiz"
                if any(start <= match.start() < end for start, end in inner):
                    continue  # words the speaker quotes someone else saying: "They shouted ‘Ana, get out’"
                if _DETERMINER_BEFORE.search(before) and re.match(r"\s+[a-z]", text[match.end():]):
                    continue  # a name that modifies a noun: "the Ruiz orchard"
                if not re.search(r"\b(?:I am|I'm|I’m|name is|call me)\s+$", before):
                    return True
        return False

    def _resolve_pronoun(self, pronoun: str, start: int, end: int) -> Resolution:
        if pronoun in ("he", "she"):
            gender = "male" if pronoun == "he" else "female"
            described = self._described_in_opening_clause(start, gender)
            if described is not None:  # "When I met the labour secretary, the first thing she said was"
                return Resolution(name=described.name, label=described.label, start=start, end=end, via="pronoun",
                                  doubtful=True)
            mention = self.person_antecedent(start, gender)
            floor = self.sentence_of(mention.start) + 1 if mention else max(0, self.sentence_of(start) - 2)
            bare = self._bare_subject(start, gender, floor)
            if bare:
                return Resolution(label=bare, start=start, end=end, via="pronoun")
            unnamed = self._unnamed_speaker(start, gender, mention.start if mention else -1)
            introduced = self._introduced_subject(start, gender, mention.start if mention else -1)
            # the nearer of the unnamed person quoted since ("“…,” a spokesman said. He added …") and the one a
            # sentence since introduced as its subject ("Her husband, Peter, was skeptical. “…,” he says.")
            nearest = max((found for found in (unnamed, introduced) if found), default=None)
            if nearest:
                return Resolution(label=nearest[1], start=start, end=end, via="pronoun")
            if mention:
                return Resolution(name=mention.person.name, start=start, end=end, via="pronoun",
                                  doubtful=self._rival(mention, gender, start), factor=self.last_factor)
            following = self._cataphor(start, gender)
            if following:
                return Resolution(name=following.person.name, start=start, end=end, via="pronoun")
            return Resolution()
        if pronoun in ("it", "they"):
            found = self.thing_antecedent(start, plural=pronoun == "they")
            if found:
                return Resolution(label=found[0], start=start, end=end, via="pronoun")
            if pronoun == "they":
                return Resolution()
        return Resolution()

    _CLAUSE_PRONOUN = re.compile(r"[\s\"“”‘’']*(?:[Hh]e|[Ss]he)\b")

    def _same_gender_subject(self, position: int, gender: str) -> bool:
        """Whether the clause at `position` has as its subject a pronoun of `gender` ("…, he asked me")."""
        found = self._CLAUSE_PRONOUN.match(self.body, position)
        return bool(found) and found.group(0).strip(" \t\n\"“”‘’'").lower() == ("he" if gender == "male" else "she")

    _OPENING_CLAUSE_DESCRIPTION = re.compile(
        r"[\s\"“”‘’']*(?:When|After|As|While|Before|Once|Since)\s+(?:I|we|you)\s+[^,;:.!?\"“”]{0,60}?\b"
        r"(?P<np>the\s+(?:[a-z][\w-]*\s+){0,2}"
        r"[a-z][\w-]*)\b[^,;:.!?\"“”]{0,60},")

    def _described_in_opening_clause(self, position: int, gender: str) -> Resolution | None:
        """'When I met the labour secretary last year, the first thing she said to me was, “…”': a pronoun whose own
        sentence opens with a clause whose subject is the speaker or the reader ("I", "we", "you") and whose object
        is one person named by a title ("the labour secretary"), nobody being named before the pronoun, stands for
        that description: the person holding it, else the description as a label. (With a third person as the
        clause's subject, "When the judge read the verdict, he shouted", the usual search decides.)"""
        own = self.sentence_of(position)
        start, _ = self.sentences[own]
        match = self._OPENING_CLAUSE_DESCRIPTION.match(self.body, start, position)
        if match is None and own > 0 and self._same_gender_subject(start, gender) and self.body.find(" ", start) > position:
            # "When I met the minister, he asked me. He told me, “…”": a sentence whose subject is the pronoun
            # again, right after one the clause opens, goes on with the same person (in the same paragraph)
            before, before_end = self.sentences[own - 1]
            match = self._OPENING_CLAUSE_DESCRIPTION.match(self.body, before, before_end)
            if match is not None and ("\n" in self.body[before:start]
                                      or not self._same_gender_subject(match.end(), gender)):
                match = None
            start = before
        if match is None or self.is_quoted(match.start("np")) or self.mentions_in(start, position):
            return None
        words = match.group("np").split()
        size = next((i + 1 for i in range(1, len(words)) if words[i] in TITLE_HEADS), None)
        if size is None or not self._describes_gender(words[:size], gender):
            return None  # ("the labour secretary last year": the phrase ends with its title)
        found = self._definite_description(words[1:size], match.start("np"))
        if found is not None and found.name:
            person = self._people_by_variant.get(found.name.lower())
            return found if person is not None and self._compatible(person, gender) else None
        return Resolution(label=" ".join(words[:size]))

    # A person the article introduces without a name, as a sentence's subject: "Her husband, Peter, was
    # skeptical.", "A neighbour, who asked not to be named, agreed." (a possessive or indefinite determiner:
    # "The senator" refers back to someone named, and is read by `_description_subject`).
    _INTRODUCED_SUBJECT = re.compile(
        r"[\s\"“”‘’']*(?P<np>(?:[Hh]er|[Hh]is|[Tt]heir|[Aa]n?|[Oo]ne|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]+)"
        r"(?:\s+(?:for|of|at|from|with|in)\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[a-z][\w’'-]+)?(?:\s+[A-Z][\w’'-]+){0,2})?)"
        r"(?P<aside>(?:,\s+[^,.;:!?\"“”]{1,60}){1,2},)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|earlier\s+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s\W]s|was|is|had|has|says|said|"
        r"did|told|spoke|wrote|felt|thought|knew|became|came|went|took|made|saw|kept|stood)\b")

    def _previous_paragraph_floor(self, position: int) -> int:
        """Where the paragraph before the one holding `position` begins (the newline before it, -1 at the start),
        over the blank line that may separate paragraphs."""
        previous_end = self.body.rfind("\n", 0, position) + 1
        while previous_end > 0 and self.body[previous_end - 1].isspace():
            previous_end -= 1
        return self.body.rfind("\n", 0, previous_end)

    def _introduced_subject(self, position: int, gender: str, after: int) -> tuple[int, str] | None:
        """An unnamed person of the pronoun's gender introduced as the subject of a sentence of the pronoun's
        paragraph or the one before, after the named antecedent at `after`: that description is the label."""
        floor = max(after, self._previous_paragraph_floor(position))
        for index in range(self.sentence_of(position), -1, -1):
            start, end = self.sentences[index]
            if end <= floor:
                return None
            match = self._INTRODUCED_SUBJECT.match(self.body, start, min(end, position))
            if not match or match.start("np") <= floor or self.is_quoted(match.start("np")):
                continue
            words = [word.strip(".,").lower() for word in match.group("np").split(",")[0].split()]
            head = match.group("head").lower()
            if head not in ROLE_NOUNS and head not in TITLE_HEADS or _looks_plural(match.group("np")):
                continue
            if not (set(words) & (MALE_MARKERS if gender == "male" else FEMALE_MARKERS)) \
                    and not self._describes_gender(words, gender):
                continue
            possessive = words[0] in ("her", "his", "their") or any(
                _POSSESSIVE_WORD.search(word) and word[:1].isupper() for word in match.group("np").split()[:3])
            if not set(words) & (MALE_MARKERS | FEMALE_MARKERS) and possessive:
                continue  # "Her lawyer", "Carter's lawyer": of either gender, so no safer than the named antecedent
            aside = match.group("aside")
            if aside and aside[1:].strip()[:1].isupper():  # "Her husband, Peter": the name is part of it
                return match.start("np"), match.group("np") + aside.rstrip(",")
            return match.start("np"), match.group("np")  # (not a clause: "A neighbour, who asked not to be named,")
        return None

    def _unnamed_speaker(self, position: int, gender: str, after: int) -> tuple[int, str] | None:
        """The unnamed person ("a spokeswoman", "one resident", "a senior aide to the president") whose quote was
        attributed after `after` (where the pronoun's named antecedent stands) and before `position`, in the
        pronoun's paragraph or the one before, when the words do not say another gender."""
        floor = self._previous_paragraph_floor(position)
        for where, label in reversed(self.recent_labels):
            if where >= position:
                continue
            if where <= after or where < floor:
                return None
            if after < 0 and self._unknown_gender_name(label, gender):
                # '“…,” said Reyes, who owns a shop. … “…,” she added': the only speaker, a name whose gender is
                # open (not when someone of the pronoun's gender is named: "Reuters" is no "he")
                return where, label
            words = [word.strip(".,").lower() for word in takewhile(
                lambda word: word.lower() not in PREPOSITIONS, label.split())]
            if len(words) < 2 or words[0] not in ("a", "an", "one", "another") or _looks_plural(label):
                return None  # a definite phrase names someone known; only an introduced unnamed person counts
            head = words[-1]
            if _organisation_head(head) or head in ORG_WORDS or head in DOCUMENT_NOUNS:
                return None  # "a statement", "a ministry": no person
            if not self._describes_gender(words, gender):
                return None
            return where, label
        return None

    @staticmethod
    def _unknown_gender_name(label: str, gender: str) -> bool:
        """Whether a speaker's label is a person's name (one to three capitalised words, no organisation's)
        whose gender nothing tells, or tells as `gender`: a bare surname the people step left unnamed."""
        words = label.split()
        if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", word) for word in words):
            return False
        if any(word.lower() in ORG_WORDS or word.lower() in FUNCTION_WORDS or word.lower() in PLACES
               or word.lower() in ROLE_NOUNS or word.lower() in TITLE_HEADS for word in words):
            return False
        first = first_name_gender(words[0]) if len(words) > 1 else None
        return first in (None, gender)

    def _resolve_description(self, words: list[str], position: int) -> tuple[PersonRecord, bool, int] | None:
        """'the Russian leader', 'the prime minister': a person whose role (or registry office) fits, whether
        several people fit (the latest named is taken), and where that person was last named."""
        cleaned = [w.strip(".,").lower() for w in words]
        cleaned = [w for w in cleaned if w and w not in GENERIC_QUALIFIERS]
        head = cleaned[-1] if cleaned else ""
        size = 1
        for span in (3, 2):  # "head of government", "prime minister", "chief executive"
            if " ".join(cleaned[-span:]) in ROLE_SYNONYMS or " ".join(cleaned[-span:]) == "prime minister":
                head, size = " ".join(cleaned[-span:]), span
                break
        titles = HEAD_SYNONYMS.get(head, (head,))
        if head not in ROLE_NOUNS and head not in TITLE_HEADS and head not in ROLE_SYNONYMS \
                and head not in SOURCE_NOUNS and head != "prime minister" and not self._article_role_head(head):
            return None
        nations = [_nation_of(w) for w in cleaned[:-size] if _nation_of(w)]
        # ("Egypt's top diplomat", "Chile's president": the country a possessive names)
        nations += [country.lower() for w in cleaned[:-size] if _POSSESSIVE_WORD.search(w)
                    for country in [country_of_word(_POSSESSIVE_WORD.sub("", w))] if country]
        # Words up to a possessive describe the owner, not the role ("the central bank's governor" is a governor,
        # of a bank that is central); "the company boss", "the bank chief": whose organisation, not which role.
        owner_end = max((i + 1 for i, w in enumerate(cleaned[:-size]) if _POSSESSIVE_WORD.search(w)), default=0)
        qualifiers = [w for w in cleaned[owner_end:-size]
                      if not _nation_of(w) and w.isalpha() and not _organisation_head(w)]
        # The latest mention before `position` (outside quotes) of a person whose roles fit: which people fit
        # depends on the description only, so it is worked out once per description, and each of them is then
        # looked up by position in its own mentions.
        fitting = self._people_fitting(titles, nations, qualifiers)
        if not nations and len(fitting) > 1 and any(_POSSESSIVE_WORD.sub("", w.lower()) in ("country", "nation")
                                                    for w in words[:-1] if _POSSESSIVE_WORD.search(w)):
            # "the country's top diplomat" is the country's own office holder, never someone introduced as a
            # counterpart (an office held relative to another's, of another country)
            fitting = [person for person in fitting if not self._a_counterpart(person)] or fitting
        if not nations and len(fitting) > 1:
            # a counterpart holds the office only relative to someone, by nationality: a description that names
            # no nationality ("the country's top diplomat") is the one who holds the title as such
            titled = [person for person in fitting if any(
                any(title in role.lower() for title in titles) for role in self._roles_of(person))]
            fitting = titled or fitting
        if nations and len(fitting) > 1:
            # the people the text itself gives the nationality ("her Polish counterpart, X") before those only
            # the people step's country fits (which may be the article's country, given to anyone)
            explicit = [person for person in fitting if set(nations) <= self._nationalities_of(person)]
            fitting = explicit or fitting
        # "the Borovian leader": a capitalised word that no fitting role holds is a nationality or party no
        # table knows; without it, one person only may fit.
        capitalised = {word.strip(".,").lower() for word in words[:-size] if word[:1].isupper()}
        if not fitting and capitalised & set(qualifiers) and head in TITLE_HEADS:  # (not "the Wisconsin Republican")
            relaxed = self._people_fitting(titles, nations, [q for q in qualifiers if q not in capitalised])
            # ... nor one whose role names another place ("Estland's top diplomat" is not "the Norvian minister")
            relaxed = [person for person in relaxed if not self._from_elsewhere(person, capitalised)]
            if len(relaxed) > 1:  # "Sylvanian President Dan Ezra": the words written before a mention tell
                relaxed = [person for person in relaxed if capitalised <= {
                    word.strip(".,").lower() for mention in self._mentions_of.get(id(person), ())
                    for word in self._title_words_before(mention)}]
            fitting = relaxed if len(relaxed) == 1 else []
        implied = False  # the role is only implied: the person fits by nationality alone
        if not fitting:
            fitting = self._of_nation_only(words[:-size], head, position)
            implied = bool(fitting)
        loose = not fitting
        if loose:
            fitting = self._people_described_by(qualifiers, position)
            domains = [w for w in cleaned[owner_end:-size] if w.isalpha() and _organisation_head(w)]
            body_words = [w.strip(".,") for w in words[:-size] if w[:1].isupper() and w.lower() not in ("the",)]
            if not fitting and body_words and head in LEADER_HEADS:
                # "the UN chief", "the WHO chief" for "United Nations Secretary-General X", "WHO Director-General Y":
                # the one titled person whose role names the body (its words or their initials)
                fitting = self._heads_of_body(body_words)
            if not fitting and domains and head in LEADER_HEADS:
                # "the police chief" for "Police Commissioner X": a leader named by the body whose role names it
                fitting = [person for person in self._people_described_by(domains, position)
                           if any(_role_heads(role) & TITLE_HEADS for role in self._roles_of(person))]
        best: Mention | None = None
        named_before = 0
        latest: list[Mention] = []
        for person in fitting:
            mentions = self._mentions_of.get(id(person), ())
            index = bisect_left(mentions, position, key=lambda mention: mention.start) - 1
            while index >= 0 and self.is_quoted(mentions[index].start):
                index -= 1
            named_before += index >= 0
            if index >= 0:
                latest.append(mentions[index])
            if index >= 0 and (best is None or mentions[index].start > best.start or (
                    mentions[index].start == best.start and self._rank[id(mentions[index])] > self._rank[id(best)])):
                best = mentions[index]
        if best and len(latest) > 1:
            best = self._the_one_who_spoke(best, latest, position)
        if best:
            return best.person, named_before > 1 or loose or implied, best.start
        ahead = self._named_ahead(fitting, position)
        if ahead:  # "Sylvania's foreign minister said … Foreign Minister Dan Ezra added"
            return ahead.person, True, ahead.start
        registered = self._registry_description(titles, nations)
        return (registered, True, -1) if registered else None

    def _of_nation_only(self, modifiers: list[str], head: str, position: int, sentences: int = 2) -> list[PersonRecord]:
        """'Poland's Jaroslaw Kwiatek backed her. “…,” the Polish minister said.': when nobody holds the role,
        the one person named in the sentences just before whom the text gives the description's nationality and
        no other title (a role the article never wrote out is implied by the story: trade ministers meeting)."""
        countries = {country.lower() for word in modifiers
                     for country in [country_of_word(re.sub(r"['’]s$", "", word.strip(".,")))] if country}
        if not countries or head not in TITLE_HEADS | set(ROLE_SYNONYMS):
            return []
        if not any(_role_heads(role) & TITLE_HEADS for person in self.people for role in self._roles_of(person)):
            return []  # nobody in the article holds a title: the story is not one of office holders
        spoken_of = self._third_persons_quoted(position)
        near = [person for person in self._people_named_before(position, None, sentences)
                if countries <= self._nationalities_of(person)]
        # one person only, with no description of any kind (a role, an apposition, a relative clause), and not
        # the one the quote speaks of ("“She was unstoppable,” the Spanish captain said")
        near = [person for person in near if not self._roles_of(person) and not self._described_after(person)
                and (self.genders.get(person.name) or "any") not in spoken_of]
        return near if len(near) == 1 else []

    _THIRD_PERSON = {"she": "female", "her": "female", "he": "male", "him": "male", "his": "male"}

    def _third_persons_quoted(self, position: int) -> set[str]:
        """The genders the quoted words in the sentence of `position` speak of in the third person ("She was
        unstoppable"); "any" when a pronoun is there but the gender is unknown to the people step."""
        start, end = self.sentences[self.sentence_of(position)]
        genders = {self._THIRD_PERSON[word.lower()] for index, word in
                   ((m.start(), m.group(0)) for m in re.finditer(r"\b(?:[Ss]he|[Hh]er|[Hh]e|[Hh]im|[Hh]is)\b",
                                                                  self.body[start:end]))
                   if self.is_quoted(start + index)}
        return genders | ({"any"} if genders else set())

    def _described_after(self, person: PersonRecord) -> bool:
        """A relative clause or apposition after a mention: "Oskar Brel, who grows rye, …"."""
        return any(re.match(r",\s+(?:who|whose|a|an|the)\b", self.body[m.end:m.end + 12])
                   for m in self._mentions_of.get(id(person), ()))

    _PLACE_IN_ROLE = re.compile(r"\b([A-Z][a-z]{3,})(?:['’]s\b|\s+[a-z])")

    def _from_elsewhere(self, person: PersonRecord, nationalities: set[str]) -> bool:
        """Whether the person's roles name a place ("Estland's top diplomat", "Estland foreign minister") that
        none of the nationality words comes from (no shared first four letters: "Norvian" is Norvia's)."""
        places = {match.group(1).lower() for role in self._roles_of(person)
                  for match in self._PLACE_IN_ROLE.finditer(role)}
        return bool(places) and not any(place[:4] == word[:4] for place in places for word in nationalities)

    _CAPITALS_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,5})$")

    def _heads_of_body(self, body_words: list[str]) -> list[PersonRecord]:
        """The one person with a title whose role names the body `body_words` name ("UN" in "United Nations
        Secretary-General", "WHO" in "WHO Director-General"): the same capitalised words, or their initials."""
        named = " ".join(body_words).lower()
        found = []
        for person in self.people:
            written = [found.group(1) for mention in self._mentions_of.get(id(person), ())
                       if not self.is_quoted(mention.start)
                       for found in [self._CAPITALS_BEFORE.search(self.body, max(0, mention.start - 60), mention.start)]
                       if found]  # ("WHO Director-General Tomas Reyes": the body a table did not keep in the role)
            for role in [*self._roles_of(person), *written]:
                if not _role_heads(role) & TITLE_HEADS:
                    continue
                capitals = [w.strip(".,’'") for w in role.split() if w[:1].isupper()]
                initials = "".join(w[0] for w in capitals if w.lower() not in TITLE_HEADS).lower()
                words = " ".join(capitals).lower()
                if re.search(rf"\b{re.escape(named)}\b", words) or len(named) >= 2 and named == initials:
                    found.append(person)
                    break
        return found if len(found) == 1 else []

    def _people_described_by(self, qualifiers: list[str], position: int | None = None) -> list[PersonRecord]:
        """'the real estate mogul' for "Caldwell, a real estate developer", 'the Manhattan billionaire' for one
        "from Manhattan": when nobody's role has the description's head, the one person whose roles hold all of
        its distinctive modifiers (words of four letters or more, no generic ones); of several, the one named
        (outside quotes) before `position`, when one only is ("the city's transport chief" is not someone the
        article introduces only later)."""
        distinctive = [q for q in qualifiers if len(q) >= 4 and q not in GENERIC_QUALIFIERS]
        if not distinctive:
            return []
        found = [person for person in self.people
                 if all(re.search(rf"\b{re.escape(q)}\b", " ".join(self._roles_of(person)).lower())
                        for q in distinctive)]
        if len(found) > 1 and position is not None:
            found = [person for person in found if any(
                mention.start < position and not self.is_quoted(mention.start)
                for mention in self._mentions_of.get(id(person), ()))]
        return found if len(found) == 1 else []

    def _article_role_head(self, head: str) -> bool:
        """Whether a role the article itself gave someone ends in `head` ("Maria Lopez, the harbour master,"
        then "the veteran harbour master said"): a role no table knows is still a role once the article has
        given it to a named person."""
        found = self._role_heads.get(head)
        if found is None:
            found = self._role_heads[head] = any(
                head in _role_heads(role) for person in self.people for role in self._roles_of(person))
        return found

    def _people_fitting(self, titles, nations, qualifiers) -> list[PersonRecord]:
        """The people whose roles fit a description (worked out once per description)."""
        key = (tuple(titles), tuple(nations), tuple(qualifiers))
        fitting = self._fitting_people.get(key)
        if fitting is None:
            fitting = self._fitting_people[key] = [
                person for person in self.people if any(
                    self._role_fits(role, titles, nations, qualifiers, person) for role in self._roles_of(person))]
        return fitting

    def _the_one_who_spoke(self, best: Mention, latest: list[Mention], position: int) -> Mention:
        """'Minister A said … A and Minister B met … “…,” the minister said': when the latest fitting person was
        last named in one sentence with another who fits ("A and B met"), naming tells them apart no more, and the
        description goes on with the one of them who spoke last before it (else the latest named)."""
        sentence = self.sentence_of(best.start)
        together = [mention for mention in latest if self.sentence_of(mention.start) == sentence]
        if len(together) < 2:
            return best

        def last_spoke(mention: Mention) -> int:
            return max((other.start for other in self._mentions_of.get(id(mention.person), ())
                        if other.start < position and not self.is_quoted(other.start) and self._speaks(other)),
                       default=-1)

        spoke = max(together, key=last_spoke)
        return spoke if last_spoke(spoke) >= 0 else best

    def _named_ahead(self, fitting: list[PersonRecord], position: int, sentences: int = 3) -> Mention | None:
        """The first of `fitting` named after `position` within the next few sentences, when one only is
        (or one only within the description's own paragraph)."""
        limit = self.sentences[min(len(self.sentences) - 1, self.sentence_of(position) + sentences)][1]
        ahead = [mention for person in fitting for mention in self._mentions_of.get(id(person), ())[:1]
                 if position < mention.start < limit and not self.is_quoted(mention.start)]
        if len(ahead) > 1:
            paragraph_end = self.body.find("\n", position)
            ahead = [mention for mention in ahead if paragraph_end < 0 or mention.start < paragraph_end]
        return ahead[0] if len(ahead) == 1 else None

    def _roles_of(self, person: PersonRecord) -> list[str]:
        """The person's roles and appositions as written, each once; a "role" holding a clause's verb
        ("Cricket Board spokesman also denied") was cut from a sentence, and describes nobody."""
        roles = self._roles.get(id(person))
        if roles is None:
            roles = self._roles[id(person)] = list(dict.fromkeys(
                role for m in person.mentions for role in (m.role, getattr(m, "apposition", None),
                                                           self._description_before(m), self._description_after(m),
                                                           self._description_predicated(m),
                                                           *self._standing_trial(m), *self._leading_a_study(m),
                                                           *self._role_by_verb(m), self._role_of_honorific(m),
                                                           self._role_given(m))
                if role and not _holds_verb(role)))
            roles = list(dict.fromkeys(_own_role(role) for role in roles))
            roles += [office for role in roles if _COUNTERPART.search(role)
                      for office in [self._counterpart_office(person, role)] if office and office not in roles]
            self._roles[id(person)] = roles
        return roles

    def _counterpart_office(self, person: PersonRecord, role: str) -> str | None:
        """'Estonian Foreign Minister Kaarel Tamm and his Latvian counterpart Janis Ozols': a counterpart holds the
        office of the one named before them in the sentence, for the country their own role names ("Latvian
        Foreign Minister"); that person's office is their role written as such, its country words left out."""
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            start, _ = self.sentences[self.sentence_of(mention.start)]
            before = [m for m in self.mentions_in(start, mention.start)
                      if m.person is not None and m.person is not person and not self.is_quoted(m.start)]
            if not before:
                continue
            offices = [record.role for record in before[-1].person.mentions
                       if record.role and not _COUNTERPART.search(record.role) and _role_heads(record.role) & TITLE_HEADS]
            if not offices:
                return None
            office = [word for word in offices[0].split()
                      if not (_nation_of(word.lower()) or country_of_word(_POSSESSIVE_WORD.sub("", word)))]
            own = [word for word in role.split() if word.lower() not in ("his", "her", "their", "its")
                   and not _COUNTERPART.fullmatch(word)]
            return " ".join(own + office) if office else None
        return None

    # "The chief executive of Anglo Platinum, Natascha Viljoen, said": a definite description opening the
    # clause, then a comma, then the name.
    # An owner's name can open it instead of the article, and is part of the role then ("Lumen Bank's new chief
    # executive, Ada Obi, said"); a possessive pronoun may open it anywhere, and a nationality may follow that
    # ("talks with his Borovian counterpart, Ivan Petrov").
    _DESCRIPTION_BEFORE = re.compile(
        r"(?:(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=,\s))(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<described>[a-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6})|(?P<owned>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+[a-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6}))|(?:^|(?<=\s))(?:[Hh]is|[Hh]er)\s+(?P<related>[A-Za-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6})),\s+$")  # ("The 62-year-old mayor, X,")

    # "Yuki Tanabe, an auto analyst at Kestrel Securities, said": the apposition after the name, up to its
    # closing comma, the sentence's end or the verb.
    # (or a place's or body's possessive: "Ana Lind, Kestel's health minister, said", kept in the role)
    _DESCRIPTION_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:(?:an?|the)\s+|"
                                    r"(?=(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[a-z]))"
                                    r"((?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+)?"
                                    r"[a-z0-9][^,;:!?\"“”()\n]{1,80}?)(?=,|\.(?:\s|$)|\s+(?:"
                                    + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r")\b)")

    # "Hale is the Democratic front-runner.", "Caldwell, 70, was a real estate developer": what the article says
    # the person is, as the subject of "is"/"was" (up to a comma, the sentence's end or a relative clause).
    _DESCRIPTION_PREDICATED = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:is|was|has\s+been|had\s+been|remains|became)\s+"
                                         r"(?:an?|the)\s+([A-Za-z0-9][^,;:!?\"“”()\n]{1,60}?)(?=[,;]|\.(?:\s|$)|\s+"
                                         r"(?:who|that|which|and|but|since|until|for|with)\b)")

    # "Daniel Frost, 41, denies murder.", "Ann Bell, who is charged with fraud,": the one on trial, whom a court
    # report then calls "the defendant" or "the accused".
    _ON_TRIAL = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*who)?\s+(?:denies|denied|pleaded|pleads|has\s+pleaded|"
                           r"(?:is|was|has\s+been|had\s+been)\s+(?:charged|accused|on\s+trial|convicted|acquitted)|"
                           r"stands\s+accused|stood\s+trial|admits|admitted)\b")

    # "A team led by Dr. Hana Sato found …", "The study, led by Hana Sato of Kyoto University,": the study's lead
    # author, whom a science story then calls so.
    _LED_STUDY = re.compile(r"\b(?:team|study|research|group|project|survey|paper|researchers|scientists)\b[^.;:!?\n]{0,40}?"
                            r"\bled\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$", re.IGNORECASE)

    def _leading_a_study(self, mention: MentionRecord) -> tuple[str, ...]:
        if self.is_quoted(mention.start) or not self._LED_STUDY.search(self.body, max(0, mention.start - 80),
                                                                      mention.start):
            return ()
        return "lead author", "lead researcher", "team leader"

    # "Ann Bell, who heads the nurses' union,": a relative clause whose verb says a role ("head of the nurses'
    # union"); the verbs and the role nouns they give.
    _ROLE_VERBS = {"heads": "head leader", "headed": "head leader", "leads": "leader head", "led": "leader head",
                   "runs": "head", "ran": "head", "chairs": "chair chairman chairwoman chairperson",
                   "chaired": "chair chairman chairwoman chairperson", "founded": "founder", "owns": "owner",
                   "owned": "owner", "coaches": "coach", "coached": "coach", "manages": "manager",
                   "managed": "manager", "directs": "director", "directed": "director", "represents": "representative",
                   "represented": "representative", "edits": "editor", "edited": "editor"}
    _ROLE_BY_VERB = re.compile(r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:now\s+|also\s+|has\s+|had\s+)?(?P<verb>" + "|".join(
        sorted(_ROLE_VERBS, key=len, reverse=True)) + r")\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^,;:.!?\"“”()\n]{2,60}|[A-Z][^,;:.!?\"“”()\n]{1,60})")

    def _role_by_verb(self, mention: MentionRecord) -> tuple[str, ...]:
        found = self._ROLE_BY_VERB.match(self.body, mention.end, mention.end + 120)
        if not found or self.is_quoted(mention.start):
            return ()
        return tuple(f"{noun} of {found.group('np')}" for noun in self._ROLE_VERBS[found.group("verb")].split())

    # "The board appointed Ada Obi as its new harbour master", "Ada Obi was named chief executive in May": the
    # role an appointing verb gives (`APPOINTING_VERBS`), up to its first word that is no lowercase noun.
    _APPOINTED_BEFORE = re.compile(r"\b(?:" + "|".join(APPOINTING_VERBS) + r")\s+$")
    _ROLE_WORDS = (r"(?P<role>(?!(?:" + "|".join(ROLE_STOP_WORDS) + r")\b)[a-z][\w’'-]*(?:\s+(?!(?:"
                   + "|".join(ROLE_STOP_WORDS) + r")\b)[a-z][\w’'-]*){0,4})")
    _ROLE_AS = re.compile(r"\s+as\s+(?:(?:its|the|their|his|her|a|an)\s+)?" + _ROLE_WORDS)
    # ("Ana Lind, who was elected mayor in 2019,", "Ana Lind became mayor of Kestel in 2019")
    _ROLE_NAMED = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*who)?\s+(?:(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:"
                             + "|".join(APPOINTING_VERBS) + r")|became|has\s+become|had\s+become)\s+(?:as\s+)?"
                             r"(?:(?:its|the|their|a|an)\s+)?" + _ROLE_WORDS)

    def _role_given(self, mention: MentionRecord) -> str | None:
        if self.is_quoted(mention.start):
            return None
        found = None
        if self._APPOINTED_BEFORE.search(self.body, max(0, mention.start - 30), mention.start):
            found = self._ROLE_AS.match(self.body, mention.end, mention.end + 80)
        found = found or self._ROLE_NAMED.match(self.body, mention.end, mention.end + 100)
        if not found:
            return None
        # the role ends in its last word that names a person by office or work ("chief executive", "harbour
        # master"); "was confirmed dead" gives none
        words = found.group("role").split()
        while words and (not speaker_like_head(words[-1]) or words[-1].lower() in SPEAKING_THINGS):
            words.pop()
        return " ".join(words) or None

    # "Dr Amina Yusuf" is a doctor, "Prof. Hana Sato" a professor: the honorific is a role too.
    _ROLE_HONORIFIC = re.compile(r"\b(?P<title>Dr|Doctor|Prof|Professor)\.?\s+$")

    def _role_of_honorific(self, mention: MentionRecord) -> str | None:
        found = self._ROLE_HONORIFIC.search(self.body, max(0, mention.start - 12), mention.start)
        if not found:
            return None
        return "doctor" if found.group("title").startswith("D") else "professor"

    def _standing_trial(self, mention: MentionRecord) -> tuple[str, ...]:
        if self.is_quoted(mention.start) or not self._ON_TRIAL.match(self.body, mention.end, mention.end + 60):
            return ()
        return "defendant", "accused"

    def _description_predicated(self, mention: MentionRecord) -> str | None:
        if self.is_quoted(mention.start):
            return None
        found = self._DESCRIPTION_PREDICATED.match(self.body, mention.end, mention.end + 100)
        return found.group(1) if found else None

    def _description_after(self, mention: MentionRecord) -> str | None:
        found = self._DESCRIPTION_AFTER.match(self.body, mention.end, mention.end + 120)
        if found and found.group(1)[:1].isupper() and not _role_heads(found.group(1)) & (TITLE_HEADS | ROLE_NOUNS):
            return None  # (a possessive, then no title: "Ana Lind, Kestel's pride,")
        return found.group(1) if found else None

    # "met his Finnish counterpart Mikko Heino": a counterpart needs no comma before the name
    _COUNTERPART_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<role>(?:[A-Z][\w-]*\s+)?"
                                     r"counterpart)\s+$")

    def _description_before(self, mention: MentionRecord) -> str | None:
        if mention.start < 2 or self.body[mention.start - 2:mention.start] != ", ":
            counterpart = self._COUNTERPART_BEFORE.search(self.body, max(0, mention.start - 40), mention.start)
            return counterpart.group("role") if counterpart else None
        found = self._DESCRIPTION_BEFORE.search(self.body, max(0, mention.start - 80), mention.start)
        return next(role for role in found.groups() if role) if found else None

    @staticmethod
    def _role_fits(role: str, titles, nations, qualifiers, person: PersonRecord) -> bool:
        lowered = role.lower()
        # A counterpart holds the same office as the one it is the counterpart of: any title fits it, its
        # nationality still has to ("his Borovian counterpart, X" is "the Borovian leader").
        if not any(title in lowered for title in titles) and not re.search(r"\bcounterparts?\b", lowered):
            return False
        for nation in nations:
            demonyms = [d for d, n in DEMONYMS.items() if n == nation]
            if not (any(d in lowered for d in demonyms) or nation in lowered or (person.country or "").lower() == nation
                    or any((country_of_word(word) or "").lower() == nation for word in re.findall(r"[A-Za-z]+", role))):
                return False
        return all(q in lowered for q in qualifiers if q not in ("former", "then"))

    def _registry_description(self, titles, nations) -> PersonRecord | None:
        if not self.registry.people:
            return None
        when: date | None = self.article.published_on
        country = (self.article.outlet_country or "").lower()
        by_key = self._people_by_variant
        for entry in self.registry.people:
            for office in entry.offices:
                if not any(title in office.title.lower() for title in titles):
                    continue
                office_country = (office.country or entry.country or "").lower()
                if nations and office_country not in nations:
                    continue
                if not nations and country and office_country and office_country != country:
                    continue
                if when and ((office.start and when < office.start) or (office.end and when > office.end)):
                    continue
                for variant in (entry.name, *entry.aliases):
                    if variant.lower() in by_key:
                        return by_key[variant.lower()]
        return None


def speaker_fields(resolution: Resolution, continuation: str | None = None) -> dict:
    """The speaker columns of a quote record: who, where named, how found and how sure."""
    if not resolution.known:
        return {}
    reference, confidence = resolution.reference, resolution.confidence
    if continuation:
        reference = "continuation"
        confidence = round(confidence * CONTINUATION_FACTOR[continuation], 3)
    return {"speaker_name": resolution.name, "speaker_label": None if resolution.name else resolution.label,
            "speaker_start": resolution.start, "speaker_end": resolution.end,
            "speaker_reference": reference, "speaker_confidence": confidence}
