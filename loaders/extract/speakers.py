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

Two parts of the resolver live in their own modules as its base classes: a pronoun's antecedent
(`speaker_antecedents.PronounAntecedents`, with the salience cues of `PRONOUN_SALIENCE`) and who is who, the roles
that descriptions are resolved against (`speaker_roles.WhoIsWho`); the words they share are in `speaker_words.py`.
Descriptions with no such role fall back on epithets (`data/epithets.py`: family, age, party, standing such as
"the striker", nationality nouns such as "the Swede"), which refer to the person the sentences just before are about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile

from loaders.extract.analysis import FEMALE_MARKERS, MALE_MARKERS, ArticleAnalysis, Mention, analyse  # noqa: F401
from loaders.extract.data import speech_verbs
from loaders.extract.data.documents import DOCUMENT_NOUNS, ISSUING
from loaders.extract.data.epithets import (
    AGE_STANDINGS,
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
from loaders.extract.data.kin import PERSON_TIE_NOUNS
from loaders.extract.data.given_names import WEEKDAY_GIVEN_NAMES, first_name_gender
from loaders.extract.data.role_forms import TITLE_ABBREVIATIONS
from loaders.extract.data.speaker_heads import (
    AGENT_SUFFIXES,
    ING_DESCRIBERS,
    AT_BODY_PAST_WORDS,
    AT_BODY_ROLE_SYNONYMS,
    BODY_OWNED_OPENINGS,
    BUSINESS_WORDS,
    COLLECTIVE_AFTER_NAME,
    GENDERED_HEADS,
    GENERIC_BODY_NOUNS,
    LED_GROUP_NOUNS,
    MANNER_SUFFIXES,
    MOOD_ADJECTIVES,
    REDESCRIPTIONS,
    HYPHENED_NAME_PARTICLES,
    NOT_AGENTS,
    DESCRIPTION_SCENE_PREPOSITIONS,
    TITLE_GRADE_WORDS,
    speaker_like_head,
)
from loaders.extract.data.unnamed_sources import (ANONYMITY_CLAUSES, NAME_GIVING_BEFORE_AS, PERSON_NOUNS,
                                                   SOURCE_MODIFIER_OPENERS, SOURCE_NOUNS, VERB_ADVERBS)
from loaders.extract.data.lexicon import (
    COMPANY_SUFFIXES,
    FUNCTION_WORDS,
    HONORIFIC_STYLES,
    NAME_PARTICLES,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    POST_NOMINALS,
    ROLE_SYNONYMS,
    TITLE_HEADS,
)
from loaders.extract.orgnames import acronym_definitions
from loaders.extract.people_descriptions import is_description
from loaders.extract.speaker_labels import cast_person_named_by
from loaders.extract.speaker_antecedents import PRONOUN_SALIENCE, PronounAntecedents  # noqa: F401
from loaders.extract.speaker_roles import (  # noqa: F401  (DEMONYMS … _own_role: re-exported)
    DEMONYMS,
    HEAD_SYNONYMS,
    LEADER_HEADS,
    LEADER_TITLES,
    WhoIsWho,
    _own_role,
    _role_heads,
)
from loaders.extract.speaker_words import (  # noqa: F401  (re-exported for the modules that import them from here)
    _FUNCTION_WORDS,
    _POSSESSIVE_WORD,
    DETERMINERS,
    PREPOSITIONS,
    FRONTED_PHRASE_OPENERS,
    PRONOUNS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_THING,
    ROLE_NOUNS,
    VERB_LIKE,
    organisation_head,
)
from loaders.extract.text import country_of_word, sentences
from loaders.records import ArticleRecord, PersonRecord
from loaders.registry import Registry


# Words that end a noun phrase when reading backwards from a speech verb.
CLAUSE_WORDS = {
    "that", "and", "but", "or", "when", "while", "as", "because", "since", "after", "before", "although",
    "though", "if", "so", "which", "who", "whom", "where", "whereas", "then", "until", "than", "once", "yet",
    "nor", "whether", "why", "how", "what",
}


# How far back a rule reading "the last sentences" reads at most, in characters (see look_back_floor)
LOOK_BACK_CHARS = 3000
_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f’'.-]*|\d[\w/.,-]*")
_SENTENCE_SUBJECT_PRONOUN = re.compile(
    r"[\s\"“”]*(?:(?:But|And|Then|So|Yet|Still|Later|Now|However|Instead|Also),?\s+)?(?:[^,]{0,60},\s+)?"
    r"(he|she|He|She)\b"
)
# a time told right after a body's name ("on Monday", "this week", "last month"): the words opening it, and its word
TIME_OPENERS = frozenset({"on", "last", "this", "each", "every", "early", "late"})
TIME_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|"
                        r"month|year|morning|afternoon|evening)\b")
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(TIME_OPENERS)) + r")\s+)?" + TIME_WORD.pattern + r".*$")


def _without_trailing_time(phrase: str) -> str:
    """A subject phrase without the time told after the body's name ("The National Health Agency on Monday"). A
    weekday followed by a capitalised word is a word of the name ("The Sunday Times", "The Good Friday Peace
    Foundation") and is kept."""
    match = _TRAILING_TIME.search(phrase)
    if not match:
        return phrase
    time = TIME_WORD.search(phrase, match.start())
    after = phrase[time.end():].split() if time else []
    if after and after[0][:1].isupper():
        return phrase
    return phrase[:match.start()]


_AGENT_PHRASE = re.compile(r"(?:[a-z]+ed|run|owned|founded|headed|chaired)\s+by\b")
_EXAMPLES = re.compile(r"(?:including|among\s+them|such\s+as|notably|especially)\b", re.IGNORECASE)
def _manner_words(words: list[str]) -> bool:
    """Whether the words between an article and a name all say how the person was ("a visibly emotional", "an
    angry"): lower-case words of mood or manner, no noun ("the newspaper")."""
    return bool(words) and all(
        word.isalpha() and word.islower() and (word in MOOD_ADJECTIVES or word.endswith(MANNER_SUFFIXES))
        for word in words)


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "its": "it", "their": "they"}


_NEXT_SUBJECT_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
# a preposition (and titles) right before a name: the name is an object ("Asked about Ana Lind, “…,” he said")
_OBJECT_BEFORE = re.compile(r"\b(?:about|of|to|with|for|by|on|at|from|against|over|like)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
# a quote's closing mark, then "he said" / "she added": the attribution a pronoun makes
_PRONOUN_ATTRIBUTION = re.compile(r"[,?!.]?[\"”’]\s+(?P<pronoun>he|she)\s+(?:" + speech_verbs.alternation(
    speech_verbs.TRAILING_INVERTED + ("told", "asked", "explained", "insisted", "replied", "says")) + r")\b")
# A body's name ending in a list ("The Ministry of Agriculture, Land and Fisheries"): the name "of" its first
# item before the list's comma, capitalised items joined by one "and" after it (and the phrase's own words after the
# name: "… Land and Fisheries on Monday")
_LIST_IN_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*$")
_NAMES_AFTER_PREPOSITION = re.compile(r"\b(?:from|of|in|at)\s+(?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*$")
_NAMES_LIST_END = re.compile(r"\s*(?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*,?\s+and\s+[A-Z][\w’'-]*(?:\s+[a-z][^,;:\"“”]*)?\s*")
_LIST_IN_NAME_AFTER = re.compile(r"\s*(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                                 r"(?:\s+[a-z][^,;:\"“”]*)?\s*")


def _part_end(body: str, start: int, end: int) -> int:
    """Where the comma-separated part of `body[start:end]` that opens at `start` ends (the next comma, or `end`):
    "The Ministry of Agriculture, Land and Fisheries, in a statement": the list's last item ends at the comma."""
    comma = body.find(",", start, end)
    return end if comma < 0 else comma


_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_PLACE_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s")  # "Sylvania's foreign minister"
_INDEFINITE: dict[str, re.Pattern[str]] = {}
# a list of one-word names: "Sweden, Finland and Denmark"
_NAME_LIST = re.compile(r"[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+[A-Z][\w’'-]*")
# "his uncle, Karl Reyes": the possessive noun written before a related person's name, one pattern per noun
_RELATED_BEFORE: dict[str, re.Pattern[str]] = {}
# comparatives that pick one of several people by the ages the article gives them
# a sentence's end inside a phrase: a line break, or a full stop before a capital ("a crew of 18. The minister";
# not an abbreviation's, "a U.S. minister", "a St. Kitts minister")
_SENTENCE_BREAK = re.compile(r"\n|(?:[a-z\d]{2}|\b\d)[.!?][\"”’)]*\s+[A-Z]")
# how far back "the younger woman" looks for the pair told apart by a pronoun without ages
_COMPARED_PAIR_SENTENCES = 8
# ... but people whose ages are both written (`_aged_before`, two or more) are compared from further back (a profile
# gives each age once, at the person's introduction, and quotes them paragraphs later; it was 4 sentences, then 8)
_AGED_PAIR_SENTENCES = 12
# ... and the pronoun that shows the story speaking of the one of them named last
_COMPARED_PAIR_PRONOUNS = {"male": re.compile(r"\b[Hh]e\b"), "female": re.compile(r"\b[Ss]he\b")}
_LEADING_SPACE = re.compile(r"\s*")
_COMPARED_AGE = {"younger": "young", "youngest": "young", "older": "old", "oldest": "old", "elder": "old",
                 "eldest": "old"}
_COMPARATIVE_AGE = {"younger", "older", "elder"}
# the same words brought in after "a"/"an" ("An older woman walking past"); group 1 is compared with the words as
# written after "the"
_INDEFINITE_COMPARED = re.compile(r"\b[Aa]n?\s+((?:" + "|".join(_COMPARED_AGE) + r")\s+[a-z]+)\b")


@lru_cache(maxsize=8192)
def _form_pattern(form: str, owners: bool = False) -> re.Pattern[str]:
    """A name's form as a whole word, not an owner (unless `owners`) nor followed by a capitalised word
    (`_named_in`): compiled once per form, as re's own cache of 512 patterns overflows on an article's people
    times its quotes."""
    owner = "" if owners else r"(?!['’]s?\b)"
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-]){owner}(?!\s+[A-Z])")


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


def person_noun(word: str) -> bool:
    """A noun for a person by what they do: the unnamed sources' and title tables, or an agent's ending that no
    organisation or thing takes ("journalist", "novelist", "economist"; not "the company", "the matter")."""
    if word in PERSON_NOUNS:
        return True
    return word.endswith(AGENT_SUFFIXES) and word not in NOT_AGENTS and word not in ORG_WORDS \
        and not organisation_head(word) and word not in DOCUMENT_NOUNS


_person_noun = person_noun  # (the older private name, still imported elsewhere)


_GROUP_INTRODUCED: dict[str, re.Pattern[str]] = {}
# the verbs by which a group a sentence opens with speaks or takes a side ("Senior officials said …")
_GROUP_SPEECH = speech_verbs.alternation(speech_verbs.longest_first(speech_verbs.INTRODUCING))


def _singular(noun: str) -> str:
    """'officials' -> 'official', 'witnesses' -> 'witness' (a plural of the source nouns; others unchanged)."""
    if noun.endswith("sses"):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
SPEECH_VERB_WORDS = frozenset(speech_verbs.SUBJECT_BEFORE_VERB)
# the verbs after a pronoun that go on with words already spoken ("he added", "she continued")
CONTINUING_VERBS = ("added", "adds", "continued", "continues", "went on")
_CONTINUING_AFTER = re.compile(r"\s+(?:" + "|".join(CONTINUING_VERBS) + r")\b")
# a name's own speech verb right after it ("Kowal said", "Kowal told reporters")
_SPEECH_AFTER_NAME = re.compile(r"[\w'’.-]*\s+(?:" + speech_verbs.alternation(
    speech_verbs.TRAILING_INVERTED + ("told", "says")) + r")\b")
_CLAUSE_OPENERS = frozenset({"who", "which", "that", "whose", "and", "but", "because", "as", "when", "while"})
_ANOTHER_ONE = frozenset({"second", "third", "fourth", "other", "another", "latter", "last", "first", "next"})
# (written as companies write them: "Ltd", "LTD", "plc", never a lowercase word of the sentence)
_COMPANY_SUFFIX = re.compile(r",?\s+(?:" + "|".join(re.escape(form) for w in sorted(
    COMPANY_SUFFIXES, key=len, reverse=True) for form in dict.fromkeys((w.capitalize(), w.upper(), w))
    if form[:1].isupper() or w in ("plc",)) + r")(?![\w])")


# Honorifics written before a name that say its bearer's gender ("Mrs. Clinton" is never Bill): the words are
# listed here once; their gender is read from the people analysis's marker tables (`analysis.MALE_MARKERS`,
# `FEMALE_MARKERS`), and the pattern that finds one before a bare surname is built from this table.
_GENDERED_HONORIFICS = ("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady")
_HONORIFIC_GENDER = {word: gender for word in _GENDERED_HONORIFICS
                     for gender, markers in (("male", MALE_MARKERS), ("female", FEMALE_MARKERS)) if word in markers}
_HONORIFIC_BEFORE = re.compile(r"\b(" + "|".join(word.capitalize() for word in sorted(
    _HONORIFIC_GENDER, key=len, reverse=True)) + r")\.?\s+$")


# Party adjectives and abbreviations, for the party noun they stand for.
_PARTY_OF = {"democratic": "democrat", "gop": "republican"}


def organisation_like(name: str, known_first: bool = False) -> bool:
    """'Lumen Bank', 'Volta Motors', 'Kestel Water Board': a name of two words or more whose last is an
    organisation's word or description head and whose first is no known first name (`known_first`: whatever
    the first word)."""
    words = name.split()
    return len(words) > 1 and (words[-1].lower() in ORG_WORDS or words[-1].lower() in ORG_DESCRIPTION_HEADS) \
        and (known_first or first_name_gender(words[0]) is None)


_organisation_like = organisation_like  # (the older private name, still imported elsewhere)


def _title_only(name: str) -> bool:
    """Whether every word of a person's name is a title or a style of address ("Honourable Minister"): a
    description the people step took for a name."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in TITLE_HEADS and all(word.lower() in TITLE_GRADE_WORDS
                                                                   for word in words[:-1]):
        return True  # ("Permanent Secretary", "Deputy Director": a grade and a title)
    return all(word.lower() in TITLE_HEADS or word.lower() in HONORIFIC_STYLES for word in words)


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


# the standings a nationality may come with for anyone the article gave no other ("the Chinese player")
_ANY_PLAYER = frozenset({"player", "star", "sportsman", "sportswoman"})


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


def _marker_gender(words: list[str]) -> str | None:
    """The gender a marker word tells ("mrs", "spokesman"), the female markers first as the analysis reads them."""
    found = set(words)
    return "female" if found & FEMALE_MARKERS else "male" if found & MALE_MARKERS else None


# what stands before a phrase that opens a sentence (searched in the few characters before it)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*)$")
# "Harlow & Finch", "the Brandt & Kessler group": capitalised words joined by an ampersand
_AMPERSAND_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*\s*&\s*(?:[A-Z][\w’'.-]*\s*){1,3}"
                             r"(?:\s+[a-z]+)?")


# first-person words: a text someone speaks in their own voice (an interview answer), not the reporter's
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")


# words that open a fronted adverbial clause ("After meeting the union, …", "When the council voted, …")
_FRONTING_SUBORDINATORS = frozenset("after before when while since as once until unless although though if because "
                                    "following".split())


_PARTICLE_NAME = re.compile(r"(?P<particle>[a-z]+)[-’'][A-Z][\w’'-]*,?")


def particle_name(word: str) -> bool:
    """'al-Mutairi', 'el-Hadi', 'd’Alema': a surname opened by a lowercase particle joined to it (data
    HYPHENED_NAME_PARTICLES), a name though its first letter is lowercase ("half-Measures" is none)."""
    found = _PARTICLE_NAME.fullmatch(word)
    return bool(found) and found.group("particle") in HYPHENED_NAME_PARTICLES


@dataclass
class SpeakerResolver(PronounAntecedents, WhoIsWho):
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
        self._written_roles: dict[int, list[str]] = {}  # the roles before other written forms were added
        self._words_written_of: dict[int, set[str]] | None = None  # (`speaker_roles._held_by_another`)
        self._parties: dict[int, set[tuple[str, str]]] = {}
        self._counterpart_sentences: dict[int, frozenset[int]] = {}  # (`_introduced_as_counterpart`)
        self._people_by_variant: dict[str, PersonRecord] = {}
        for person in self.people:
            for variant in (person.name, *person.aliases):
                self._people_by_variant[variant.lower()] = person
        # The spans of the mentions the people step stored for a later description ("the minister", read as its
        # holder's by `people_descriptions`): a speaker found through one was found through a role, not a name.
        self._description_spans: set[tuple[int, int]] = {
            (mention.start, mention.end) for person in self.people for mention in person.mentions
            if is_description(mention)}

    def _own_marker_genders(self, genders: dict[str, str | None]) -> dict[str, str | None]:
        """The analysis reads a gender from any marker word in a person's role or apposition; the words after
        the apposition's first preposition describe someone else ("Nick Merrill, a spokesman for Mrs. Clinton":
        the "Mrs." is hers). Where the person's own words (up to that preposition) tell otherwise, they decide,
        else a first name the list is sure of, else the gender is left open for the pronouns to tell."""
        changed = dict(genders)
        for person in self.people:
            if genders.get(person.name) is None:
                continue
            own = full = None
            for mention in person.mentions:
                own_words: list[str] = []
                all_words: list[str] = []
                for phrase in (mention.role, getattr(mention, "apposition", None)):
                    if not phrase:
                        continue
                    words = [word.strip(".,") for word in (phrase or "").lower().split()]
                    all_words += words
                    own_words += takewhile(lambda word: word not in PREPOSITIONS, words)
                own = own or _marker_gender(own_words)
                full = full or _marker_gender(all_words)
            if full is not None and full == genders[person.name] and own != full:
                first = person.name.split()[0] if person.name.split() else ""
                changed[person.name] = own or first_name_gender(first)
        return changed

    def _with_pronoun_genders(self, analysis: ArticleAnalysis) -> dict[str, str | None]:
        """The analysis's genders, with a person it leaves open (a first name no list knows, a bare surname)
        given the gender of a subject pronoun that follows one of their mentions in the same sentence with
        nobody else named in between ("Okonkwo said she …"), when no such pronoun says otherwise; a gender the
        first name alone gave is overturned when three such pronouns, and none of its own, say otherwise."""
        genders = self._own_marker_genders(analysis.genders)
        open_people = {name for name, gender in genders.items() if gender is None}
        # A gender read from the first name alone (no marker word of a role or apposition) is the name list's
        # guess: a given name that is also a word or a name of either gender elsewhere ("Sunday", "Precious") is
        # not sure, and the article's own pronouns, when they say otherwise often enough, decide.
        guessed = {person.name for person in self.people if genders.get(person.name) is not None
                   and genders.get(person.name) == first_name_gender((person.name.split() or [""])[0])
                   and not any(_marker_gender([word.strip(".,") for phrase in (m.role, getattr(m, "apposition", None))
                                               for word in (phrase or "").lower().split()])
                               for m in person.mentions)}
        if not open_people and not guessed:
            return genders
        genders = dict(genders)
        seen: dict[str, list[str]] = {}
        mentions = analysis.mentions
        for index, mention in enumerate(mentions):
            if mention.person is None or analysis.is_quoted(mention.start) \
                    or mention.person.name not in open_people and mention.person.name not in guessed:
                continue
            sentence_end = analysis.sentences[analysis.sentence_of(mention.start)][1]
            limit = min(sentence_end, mentions[index + 1].start if index + 1 < len(mentions) else sentence_end,
                        mention.end + 80)
            following = _NEXT_SUBJECT_PRONOUN.search(self.body, mention.end, limit)
            if following and not analysis.is_quoted(following.start()) \
                    and not re.search(r"[\"“”]", self.body[mention.end:following.start()]) \
                    and not (mention.person.name in guessed and self._opens_reported_clause(mention.end, following.start())):
                seen.setdefault(mention.person.name, []).append(
                    "male" if following.group(1).lower() == "he" else "female")
            # "Adaeze was calmer. “We will rebuild,” she said.": the next attribution's pronoun, with nobody else
            # named between, is hers
            next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(self.body)
            attributed = _PRONOUN_ATTRIBUTION.search(self.body, mention.end, min(next_start, mention.end + 400))
            if attributed and not analysis.is_quoted(attributed.start("pronoun")) \
                    and self.body.count("\n", mention.end, attributed.start()) <= 2 \
                    and not _OBJECT_BEFORE.search(self.body, max(0, mention.start - 60), mention.start):
                seen.setdefault(mention.person.name, []).append(
                    "male" if attributed.group("pronoun").lower() == "he" else "female")
                if mention.person.name in guessed:
                    seen[mention.person.name] += self._attribution_run(
                        analysis, mention, attributed, next_start, attributed.group("pronoun").lower())
        # a weekday given name ("Sunday Okafor") says no gender at all: like a name no list knows, one pronoun decides
        unsure = {name for name in guessed if name.split()[0].lower() in WEEKDAY_GIVEN_NAMES}
        for name, found in seen.items():
            if (name in open_people or name in unsure) and len(set(found)) == 1:
                genders[name] = found[0]
            elif name in guessed and len(found) >= 3 and len(set(found)) == 1 and found[0] != genders[name]:
                genders[name] = found[0]  # three pronouns and none of the name's guessed gender
        return genders

    _QUOTED_SPAN = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")

    def _attribution_run(self, analysis: ArticleAnalysis, mention: Mention, first: re.Match, limit: int,
                         pronoun: str) -> list[str]:
        """A name given once as a sentence's subject, then a run of quotes each attributed by the same "he said"
        ("Sunday Okafor runs a ferry. “…,” he said. “…,” he added. He said … “…,” he said."): the genders of the
        run's attributions after `first`, when nothing stands between them but quotes and sentences opening with
        that pronoun (a man described in between, "A man at the next stall shrugged.", ends it: so does a name
        that is only a possessive's, "Grace Mensah’s son …"), so a name the article gives once can say more than
        two pronouns."""
        def only_the_run(start: int, end: int) -> bool:
            unquoted = self._QUOTED_SPAN.sub(" ", self.body[start:end])
            return self.body.count("\n", start, end) <= 2 and all(
                not fragment.strip(" \n,;:") or re.match(r"\s*" + pronoun + r"\b", fragment, re.IGNORECASE)
                for fragment in re.split(r"[.!?]", unquoted))
        if re.match(r"[’']s\b", self.body[mention.end:mention.end + 3]) \
                or not only_the_run(analysis.sentences[analysis.sentence_of(mention.start)][1], first.start()):
            return []
        run, position = [], first.end()
        while found := _PRONOUN_ATTRIBUTION.search(self.body, position, limit):
            if analysis.is_quoted(found.start("pronoun")) or found.group("pronoun").lower() != pronoun \
                    or not only_the_run(position, found.start()):
                break
            run.append("male" if pronoun == "he" else "female")
            position = found.end()
        return run

    def _opens_reported_clause(self, start: int, pronoun: int) -> bool:
        """A speech verb between a mention and the pronoun after it ("Banda, the lawyer for the accused, said he
        would appeal", "Banda told reporters he …"): the pronoun is the reported clause's subject, often someone
        else (a lawyer's or a spokesperson's client), so it says nothing against the gender a name gave."""
        return any(word.lower() in speech_verbs.CLAUSE_VERBS for word in re.findall(r"[A-Za-z]+", self.body[start:pronoun]))

    def of_mention(self, mention: Mention, via: str = "name") -> Resolution:
        """The speaker a mention names, at the mention's span, found `via` the caller's reading ('name' unless
        told otherwise). The mentions callers pass are the article analysis's (`mentions_in`), and analysis.py
        leaves out the later descriptions the people step stores as mentions of their holders ("the minister",
        kind 'description'), so no mention here sits on a description's span: `_as_written` changes nothing
        and the resolution is a plain `Resolution(..., via=via)`; the check only guards a caller that would
        pass a people-step mention. A speaker written as such a description is found by `resolve` through the
        holder's roles (via 'description', a 'role' reference), and after an adverb ("Later the minister
        said") through `description_ending`."""
        return self._as_written(Resolution(name=mention.person.name, start=mention.start, end=mention.end, via=via))

    def description_ending(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of a description mention (people step: "the minister" read as its holder's) that ends the
        phrase body[start:end] after its start ("Later the minister"), the longest; None when there is none."""
        found = [span for span in self._description_spans if span[1] == end and start < span[0]]
        return min(found) if found else None

    def _as_written(self, found: Resolution) -> Resolution:
        """A name found at a description mention's span is a description: 'the minister said' is no name."""
        if found.name and found.via == "name" and (found.start, found.end) in self._description_spans:
            found.via = "description"
        return found

    # -- phrases --------------------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Resolution:
        """Resolve the speaker phrase `body[start:end]` (already trimmed to the noun phrase); the reference of
        a name found at a description's mention is 'role' (`_as_written`)."""
        return self._as_written(self._resolve(start, end))

    def _resolve(self, start: int, end: int) -> Resolution:
        """Resolve the speaker phrase `body[start:end]` (already trimmed to the noun phrase). An organisation the
        people step took for a person ("Lumen Bank") is a label."""
        named_before = {mention.person.name for mention in self.mentions_in(0, start)}
        # ("Van Dijk said: “…”": a particle capitalised only because it opens the sentence is still the particle)
        opens = _SENTENCE_OPENING.search(self.body, max(0, start - 4), start) is not None
        head = self.body[start:end].split(",")[0]  # (the name before an apposition: "van Dijk, the mayor,")
        if len([owner for owner in self._particle_owners(head, opens) if owner.name in named_before]) > 1:
            # "Anna van Dijk and her brother Pieter van Dijk" … "van Dijk said": a particle and surname two people
            # named by then share names neither; the quote stays open rather than go to whichever the mention
            # index chose (a relative named only after the quote, "Her cousin Luis de la Cruz disagreed", leaves
            # the short form to the one named before it)
            return Resolution(label=self.body[start:end], start=start, end=end, via="label")
        found = self._resolve_phrase(start, end)
        if found.name and found.name in self._organisations:
            return Resolution(label=found.name, start=found.start, end=found.end, via="label")
        if found.name and _AMPERSAND_NAME.fullmatch(self.body, start, end):
            # "Harlow & Finch said": names joined by an ampersand are a firm's (or a pair's) name, never the one
            # person whose surname is a word of it ("Oliver Finch", the firm's chief executive)
            return Resolution(label=self.body[start:end], start=start, end=end, via="label")
        if not found.name:
            lead = self._group_lead(start, end)
            if lead:
                return lead
        if found.label and not found.name:
            # "Priebus later", "Mr. Okafor", a surname misspelt once: a label that names one cast person is them
            person = cast_person_named_by(found.label, self.people, self.body, self._organisations) \
                or self._particle_short_form(found.label)
            if person is not None:
                return Resolution(name=person.name, start=found.start, end=found.end, via="name")
        if not found.name:
            # (after the lookups above: a short word that names someone of the article, "said Tan." for Grace
            # Tan, is that person and no title)
            titled = self._after_unlisted_title(start, end)
            if titled is not None:
                return titled
        return found

    def _particle_short_form(self, label: str) -> PersonRecord | None:
        """'bin Rashid said', 'bint Khalid told', 'van Dijk added': a label opened by a lowercase name particle
        (`lexicon.NAME_PARTICLES`) whose words run, in that order, inside exactly one cast person's name (or
        alias), the press shortening a name to its patronymic or to particle and surname; None for none or
        several."""
        owners = self._particle_owners(label)
        if len(owners) != 1:
            return None
        particle, run = label.split()[0], f" {label} ".casefold()
        for name in (owners[0].name, *owners[0].aliases):
            folded = f" {name} ".casefold()
            if run in folded and f" {particle.casefold()} " in folded[:folded.index(run)]:
                # "bin Rashid" after a second "bin" ("Hamdan bin Mohammed bin Rashid Al Maktoum"): a grandfather's
                # name, or a father the people step merged into his son; no guess
                return None
        return owners[0]

    def _particle_owners(self, label: str, opens_sentence: bool = False) -> list[PersonRecord]:
        """The cast people in whose name (or alias) a label opened by a lowercase name particle runs, its words in
        that order ("van Dijk" in "Anna van Dijk"); empty for a label opened by anything else. A label that opens
        a sentence may carry the particle capitalised ("Van Dijk said")."""
        words = label.split()
        lowered = words[0][:1].lower() + words[0][1:] if words else ""
        if opens_sentence and lowered != words[0] and lowered in NAME_PARTICLES:
            words[0] = lowered
        if not (len(words) >= 2 and words[0] in NAME_PARTICLES or len(words) == 1 and particle_name(words[0])):
            return []  # (one hyphened word, "al-Mutairi", is particle and surname too)
        run = f" {' '.join(words)} ".casefold()
        return [person for person in self.people if person.name not in self._organisations
                and any(run in f" {name} ".casefold() for name in (person.name, *person.aliases))]

    # a capitalised word of two to five letters, its full stop, then the next word (Latin American press: "Lic.",
    # "Ing.", "Arq.", "Mtro." before a name)
    _UNLISTED_TITLE = re.compile(r"[A-Z][a-z]{1,4}")
    _TITLE_STOP = re.compile(r"\.[ \t]+(?=[A-Z])")
    # what may follow the titled name: the sentence's end, or one apposition running to it ("Ana May Chan, the
    # municipal lawyer."); a verb ("Mark Zuckerberg did not comment") or an apposition closed by a second comma
    # ("Maria Lopez, her deputy, declined") makes the name the next sentence's subject
    _TITLED_NAME_END = re.compile(r"[ \t]*(?:[.!?]|\n|$)|,[ \t]+[^,.!?;:\n]+(?:[.!?]|\n|$)")

    def _after_unlisted_title(self, start: int, end: int) -> Resolution | None:
        """'“…,” said Mtro. Ana May Chan': a speaker phrase cut at the full stop of a title the lexicon does not
        list is only that abbreviation; the person the people step read right after the stop, by a full name on
        the same line that ends the sentence (alone or with its apposition), is the speaker. Asked only when the
        phrase named nobody. None for any other phrase, for a word that is a name's word of the article's people
        or bodies ("said Tan." with Grace Tan: a surname ends the sentence), when nobody is named right there
        ("said Lic. The council met …"), and when the name opens the next sentence ("said Meta. Mark Zuckerberg
        did not comment.")."""
        if not self._UNLISTED_TITLE.fullmatch(self.body, start, end):
            return None
        stop = self._TITLE_STOP.match(self.body, end)
        if stop is None:
            return None
        word = self.body[start:end].casefold()
        if any(word in name.casefold().split() for person in self.people for name in (person.name, *person.aliases)):
            return None
        named = next((m for m in self.mentions_in(stop.end(), stop.end() + 120)
                      if m.start == stop.end() and m.person.name not in self._organisations), None)
        if named is None or len(self.body[named.start:named.end].split()) < 2 \
                or not self._TITLED_NAME_END.match(self.body, named.end):
            return None
        return self.of_mention(named)

    # "his team", "her colleagues", "their lawyers": a group by its leader's possessive
    _LED_GROUP = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)")

    def _group_lead(self, start: int, end: int) -> Resolution | None:
        """'Ana Lind and her team reported that …': the group coordinated after a named person speaks through that
        person (the speaker phrase read back from the verb holds only the group); None for any other phrase, and
        when no name stands right before the "and" ("The board and its staff")."""
        found = self._LED_GROUP.fullmatch(self.body, start, end)
        if not found or found.group("noun") not in LED_GROUP_NOUNS:
            return None
        conjunction = re.search(r"(?:^|\s)and\s+$", self.body[max(0, start - 6):start])
        if not conjunction:
            return None
        before = max(0, start - 6) + conjunction.start()
        mentions = [m for m in self.mentions_in(max(0, before - 80), before)
                    if self.body[m.end:before].strip() == "" and not self.is_quoted(m.start)]
        if not mentions or mentions[-1].person.name in self._organisations:
            return None
        mention = mentions[-1]
        if not self._opens_subject(mention):
            return None  # "Supporters of Ana Lind and her lawyers said", "The court fined Karl Moss and his …"
        return self.of_mention(mention)

    def _opens_subject(self, mention: Mention) -> bool:
        """Whether a mention opens its clause's subject: only capitalised words (titles), determiners and role
        nouns stand between it and the sentence's start or the clause's last comma ("On Monday, Karl Moss",
        "The defendant Ana Lind", "Coach Tom Hale"); a verb or a preposition there ("fined Karl Moss",
        "Supporters of Ana Lind") makes the name an object."""
        sentence_start = self.sentences[self.sentence_of(mention.start)][0]
        floor = max(sentence_start, self.body.rfind(",", sentence_start, mention.start) + 1)
        words = [word.strip("\"“”‘’'()") for word in self.body[floor:mention.start].split()]
        if len(words) > 1 and words[0].lower() in FRONTED_PHRASE_OPENERS and floor == sentence_start:
            # a fronted phrase whose comma was left out ("After the verdict Karl Moss and his lawyers said", "In a
            # statement Friday Ana Lind"): the name opens the subject unless the phrase ends in a word that takes it
            # as an object ("After meeting Karl Moss", "In a letter to Ana Lind")
            last = words[-1].lower()
            return not (last in PREPOSITIONS or last in ("and", "or") or last.endswith("ing"))
        for bare in words:
            lowered = bare.lower()
            if lowered in PREPOSITIONS or lowered in ("and", "or"):
                return False
            if bare[:1].isupper() or lowered in DETERMINERS or lowered in ROLE_NOUNS or person_noun(lowered):
                continue
            return False
        return True

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
        if _NAME_LIST.fullmatch(phrase) and not self.mentions_in(start, end):
            # "Sweden, Finland and Denmark warned": a list of one-word names speaks together, its label whole
            return Resolution(label=phrase, start=start, end=end, via="label")
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
        holder = self._title_before_holder(start, end)
        if holder:
            return holder
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
        if len(head_words) == 2 and head_words[0].lower() == "the":
            titled = self._titled_by_acronym(head_words[1], head_start)
            if titled is not None:  # "Additional Solicitor General (ASG) Rohan Kapoor" … "the ASG said"
                return Resolution(name=titled.name, start=head_start, end=head_end, via="description")
        if (head_words[0].lower() in ("the", "this") or _PLACE_POSSESSIVE.fullmatch(head_words[0])
                and not self.mentions_in(head_start, head_start + len(head_words[0]))) \
                and (head_words[-1][0].islower() or head_words[-1][0].isdigit() or head_words[-1].lower() in ROLE_SYNONYMS
                     or head_words[-1].isupper() and head_words[-1].lower() in TITLE_HEADS  # "the MP"
                     or len(head_words) == 2 and self._title_of_initials(head_words[-1])  # "the PS"
                     # a title written in capitals, as press releases do: "The Managing Director", "The Minister"
                     or head_words[-1].lower() in TITLE_HEADS and all(word[:1].isupper() for word in head_words[1:])
                     # ... and one no table knows, which the article wrote as a title before a name ("Taoiseach
                     # Mary Flynn" … "the Taoiseach said")
                     or len(head_words) == 2 and head_words[-1][:1].isupper()
                     and bool(self._titled_by_word(head_words[-1].lower()))
                     or head_words[-1].lower() in EPITHET_NOUNS or head_words[-1].endswith(AGE_SUFFIX)) \
                and len(head_words) > 1:
            if len(head_words) == 2 and self._title_of_initials(head_words[1]):
                # "the PS": the title its initials spell
                head_words = [head_words[0], *self._title_of_initials(head_words[1]).split()]
            described = self._definite_description(head_words[1:], start)
            scene = len(head_words) > 4 and head_words[-3].lower() in DESCRIPTION_SCENE_PREPOSITIONS \
                and head_words[-2].lower() == "the" and head_words[-1].isalpha() and head_words[-1].islower() \
                and speaker_like_head(head_words[-4].lower())
            if described is None and scene:
                # "Chile's top diplomat at the talks": the scene the holder speaks at says nothing of the office;
                # the description is read without it (the label, if none is found, keeps it as written)
                described = self._definite_description(head_words[1:-3], start)
                if described is not None and not described.name:
                    described = None
            if described:
                described.start, described.end = head_start, head_end
                return described
        if len(head_words) == 2 and head_words[0].lower() in ("his", "her", "their") and head_words[1][:1].islower():
            related = self._related_by_role(head_words[1].lower(), start)
            if related:  # "Tom farms with his uncle, Karl Reyes. … His uncle says": the one introduced so
                return Resolution(name=related.name, start=head_start, end=head_end, via="description")
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
        at_body = self._person_at_body(head_words, core, start)
        if at_body is not None:
            return Resolution(name=at_body.name, start=head_start, end=head_end, via="description")
        if head_words[0].lower() in ("a", "an") and len(core) > 1 and core[-1][0].islower():
            mention = self._named_next(core[-1].lower(), head_end)
            if mention:
                return Resolution(name=mention.person.name, start=head_start, end=head_end, via="description")
        return Resolution(label=head, start=head_start, end=head_end, via="label")

    _AT_BODY = re.compile(r"(?:at|of|from|with|for)\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s*)+)$")

    def _person_at_body(self, head_words: list[str], core: list[str], position: int) -> PersonRecord | None:
        """'The analyst at Brenwick', 'the economist from Brenwick Capital': a definite person's noun at a body
        the article names is the one person named before whose role it gave at that body (the name in full or
        its first words: "head of research at Brenwick Capital Partners"), whatever the role's noun; two at that
        body, or none: not known."""
        if len(core) != 2 or core[0].lower() != "the" or not core[1][:1].islower() \
                or not (person_noun(_singular(core[1].lower())) or core[1].lower() in TITLE_HEADS):
            return None
        found = self._AT_BODY.fullmatch(" ".join(head_words[2:]))
        if found is None:
            return None
        body_name = found.group(1).strip()
        if any(person.name == body_name or person.name.split()[-1] == body_name.split()[-1]
               for person in self.people):
            return None  # "the daughter of Tomas Vell": a person, not a body
        noun = _singular(core[1].lower())
        nouns = AT_BODY_ROLE_SYNONYMS.get(noun, (noun,))
        at = r"\b(?:at|of|from|with|for)\s+(?:the\s+)?" + re.escape(body_name) + r"\b"
        pattern = re.compile(at)
        # (an apposition right after a mention counts even when no role was read from it: "said Tomas Vell, head
        # of research at Brenwick Capital.")
        apposition = re.compile(r",\s+([^,.;:\"“”\n]{0,60}?)" + at)

        def holds(role: str) -> bool:
            """the role's words before the body hold the description's noun (or a synonym row's) and do not
            put it in the past"""
            words = role.lower()
            return any(re.search(r"\b" + re.escape(n) + r"s?\b", words) for n in nouns) \
                and not any(re.search(r"(?<![\w-])" + re.escape(w) + (r"\b" if w[-1].isalpha() else ""), words)
                            for w in AT_BODY_PAST_WORDS)

        holders = {}
        for person in self._people_named_before(position, None, 1000):
            if any(holds(role[:hit.start()]) for role in self._roles_of(person) for hit in pattern.finditer(role)):
                holders[person.name] = person
                continue
            for mention in self._mentions_of.get(id(person), ()):
                hit = apposition.match(self.body, mention.end)
                if hit and holds(hit.group(1)):
                    holders[person.name] = person
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _title_before_holder(self, start: int, end: int) -> Resolution | None:
        """'Minister of Roads Jo Roe said': a phrase cut from the title written before a name (the phrase and the
        words up to the name are the role the people step gave that mention) is the name's holder. A single word
        of that title that is also a name's word ('Kessler Valley Director of Science Ana Lind' with a Tom Kessler
        in the article) is part of the title the people step read, never a second speaker; a name of two or more
        words inside the phrase still stops it."""
        inside = self.mentions_in(start, end)
        if any(not _title_only(mention.person.name) and len(self.body[mention.start:mention.end].split()) > 1
               for mention in inside):
            return None
        after = self.mentions_in(end, min(len(self.body), end + 80))
        if not after or not after[0].role:
            return None
        title = " ".join(self.body[start:after[0].start].split())
        if title and title == " ".join(after[0].role.split()):
            return self.of_mention(after[0])
        return None

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

    def _titled_surname_owner(self, mention: Mention) -> Mention:
        """'Cr Hale', 'Sen. Quill': a "person" the people step made of a title's abbreviation
        (role_forms.TITLE_ABBREVIATIONS) and a surname is the article's one other person of that surname with a
        fuller name; of several, the one whose roles hold the title the abbreviation spells ("Councillor Wren
        Hale" beside her brother Otto). None fitting, or several: the name as found."""
        words = mention.person.name.split()
        if len(words) != 2 or words[0].rstrip(".").lower() not in TITLE_ABBREVIATIONS:
            return mention
        title = TITLE_ABBREVIATIONS[words[0].rstrip(".").lower()]
        sharing = [person for person in self.people if person is not mention.person
                   and len(person.name.split()) > 1 and person.name.split()[-1] == words[1]]
        titled = [person for person in sharing
                  if any(title in role.lower().split() for role in self._roles_of(person))]
        if len(sharing) > 1 or titled or any(self._roles_of(person) for person in sharing):
            # of one, the one holding the title too, unless no role is known for them ("Bram Quill, a farmer,
            # … his wife, the senator … Sen Quill said" is not Bram)
            sharing = titled
        return Mention(mention.start, mention.end, sharing[0], mention.role) if len(sharing) == 1 else mention

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
        return self.of_mention(mention)

    def _aged_before(self, position: int, gender: str | None) -> list[tuple[int, PersonRecord]]:
        """(age, person) of the people of that gender named in the sentences just before whose ages are written."""
        return [(age, person) for person in self._people_named_before(position, gender, _AGED_PAIR_SENTENCES)
                for age in [self._age_of(person)] if age is not None]

    def _definite_description(self, words: list[str], position: int) -> Resolution | None:
        """'the minister', 'the country's top diplomat', 'the ferry operator', 'the spokesman': the person the
        article gave that role; an organisation's description stands for the organisation last named as a
        subject; and an unnamed person the article introduced with the same noun ("A board spokesman denied
        …") more recently than any fitting person is that label."""
        noun = words[-1].strip(".,").lower()
        if len(words) == 2 and words[0].lower() in _COMPARED_AGE:
            # "the younger man", "the elder sister": of the people just named whose ages the article writes
            gender = EPITHET_GENDERS.get(noun)
            aged = self._aged_before(position, gender)
            if len(aged) > 2 and words[0].lower() in _COMPARATIVE_AGE:
                return None  # ("older" tells two apart: of three aged people only "oldest" picks one)
            if len(aged) >= 2 and len({age for age, _ in aged}) == len(aged):
                chosen = (min if _COMPARED_AGE[words[0].lower()] == "young" else max)(aged, key=lambda item: item[0])
                return Resolution(name=chosen[1].name, via="description", doubtful=True)
            # without both ages, of exactly two people of that gender named lately the comparison tells apart the
            # one the story was not just speaking of (a pronoun would do for the one named last)
            # (only when a pronoun of that gender after the last naming shows the story speaking of that one: with
            # none, nothing tells the two apart, and the text may make the last named the older, 'his grandfather')
            pair = self._people_named_before(position, gender, _COMPARED_PAIR_SENTENCES) if gender else []
            if len(pair) == 2 and len(aged) < 2 and self._spoken_of_since_named(pair[0], gender, position):
                return Resolution(name=pair[1].name, via="description", doubtful=True)
        if any(word.lower() in _ANOTHER_ONE for word in words):
            return None  # "the second official", "the other lawyer": not the one named before
        if noun in STANDING_NOUNS and len(words) >= 2 and words[-2][:1].isupper():
            country = country_of_word(words[-2].strip(".,"))
            if country:  # "the Chinese player", "the Italian coach"
                return self._of_nationality(noun, country, position)
        cleaned = [word.strip(".,").lower() for word in words]
        role_phrase = any(" ".join(cleaned[-span:]) in ROLE_SYNONYMS for span in (3, 2))
        if organisation_head(noun) and not role_phrase:  # ("the head of government" is a person)
            organisation = self._organisation_before(position, owned=noun in GENERIC_BODY_NOUNS)
            if noun not in GENERIC_BODY_NOUNS and (organisation is None or not any(
                    form.lower().endswith(noun) for form in (organisation, self._acronyms.get(organisation, "")))):
                # "the association" after "The Kestel Pharmacists Association says …" and a company named as a
                # later subject: the name written with the description's own head is the one meant (a subject
                # written as the acronym of such a name is that name: "KHB" for "Kestel Harbour Board")
                organisation = self._named_with_head(words, position) or organisation
            # (an acronym the article defines is read as its full name: "the University of Kestel (UoK)")
            full = self._acronyms.get(organisation, "") if organisation else ""
            proper = {word.strip(".,'’").lower() for word in words[:-1] if word[:1].isupper()}
            if organisation and proper and not proper & set(re.findall(r"[\w-]+", f"{organisation} {full}".lower())):
                # "Trains stopped. '…,' the Yerevan Metro company said": a description with a proper name of its own
                # names its own body, not an organisation before whose name lacks that word (the phrase's label)
                return None
            if organisation and re.search(r"\b" + re.escape(noun) + r"\s+(?:of|for)\s", f"{organisation} {full}",
                                          re.IGNORECASE):
                # "The Department of Forests … denied it. The department said": the description is the name's own
                # head, the short form the article uses for it; the label keeps it as written
                return None
            if organisation:
                return Resolution(label=organisation, via="description")
            # "Victor Hale, a real estate developer, … the developer said": no organisation fits, but the article
            # gave a person that role
            found = self._resolve_description(words, position) if self._person_role_head(noun) else None
            return Resolution(name=found[0].name, via="description", doubtful=found[1]) if found else None
        singular = _singular(noun)
        if len(words) == 1 and singular != noun and singular in PERSON_NOUNS:
            group = self._introduced_group(noun, position)
            if group:  # "Senior Borovian officials said …" then "the officials said": those officials
                return Resolution(label=group, via="description")
        # (a place's possessive opening the phrase tells apart several people who fit: "Chile's top diplomat")
        owner = _PLACE_POSSESSIVE.match(self.body, position)
        found = self._resolve_description(words, position, owner.group(0) if owner else None)
        # (a noun no table knows as well when the article gave a person that role: "A fisherman, Jon Eide, …
        # Another fisherman said …" then "the fisherman said" is the unnamed one, introduced since)
        introduced = self._introduced_unnamed(noun, position) \
            if noun in TITLE_HEADS | SOURCE_NOUNS | EPITHET_NOUNS or found is not None else None
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
        return self._epithet(words, position) or self._redescribed(words, position)

    def _person_role_head(self, noun: str) -> bool:
        """Whether the article gave a person a role whose own head is `noun` ("Victor Hale, a real estate
        developer"), not a word of its prepositional phrase ("Undersecretary at the Ministry of Transport" gives no
        one the role "ministry") nor a thing they own ("Bloomberg's company" is no role "company")."""
        for person in self.people:
            for role in self._roles_of(person):
                core = list(takewhile(lambda word: word.lower() not in PREPOSITIONS, role.split(",")[0].split()))
                if core and core[-1].strip(".,’'").lower() == noun \
                        and not (len(core) > 1 and _POSSESSIVE_WORD.search(core[-2])):
                    return True
        return False

    def _of_nationality(self, noun: str, country: str, position: int) -> Resolution | None:
        """'the Chinese player', 'the Italian coach': the one person named before `position` whom the article gave
        that nationality and the standing (a plain "player"/"star" fits anyone not given another; a post, "the
        Spanish captain", must be one the article gave); nobody or several: the label."""
        given = [person for person in self._people_named_before(position, EPITHET_GENDERS.get(noun),
                                                                 len(self.sentences))
                 if self._nationality_fit(person, country) is True
                 and (self._standing_fit(person, noun) is True
                      or noun in _ANY_PLAYER and self._standing_fit(person, noun) is None)]
        return Resolution(name=given[0].name, via="description", doubtful=True) if len(given) == 1 else None

    def _redescribed(self, words: list[str], position: int) -> Resolution | None:
        """'Bishop Paul Okoro led the service. “…,” the cleric said': a broader word for a role
        (`speaker_heads.REDESCRIPTIONS`: cleric for a bishop or an imam, pilot for a captain) is the writer's other
        word for the one person named in the sentence before (or the quote's own) whose role it covers; a
        description that covers none of their roles is someone else, a person the story is about ("Senator Amy Holt
        toured the clinic. “…,” the nurse said"), and stays a label, as do two people named there."""
        cleaned_words = [word.strip(".,").lower() for word in words]
        head = cleaned_words[-1]
        family = REDESCRIPTIONS.get(head)
        if family is None or len(cleaned_words) != 1 or head in HEAD_SYNONYMS:
            return None  # a bare word of the table only ("the defence lawyer" names an office of its own)
        gender = EPITHET_GENDERS.get(head) or GENDERED_HEADS.get(head)
        sentence = self.sentence_of(position)
        start = self.sentences[max(0, sentence - 1)][0]
        people = {m.person.name: m for m in self.mentions_in(start, position)
                  if m.person is not None and not self.is_quoted(m.start)}
        if len(people) != 1:
            return None
        [mention] = people.values()
        if mention.person.name in self._organisations:
            return None
        # the words the article describes them by: their roles, and the title written before a mention ("Imam")
        described = {word for role in self._roles_of(mention.person) for word in _role_heads(role)}
        described |= {word.strip(".,").lower() for m in self._mentions_of.get(id(mention.person), ())
                      for word in self._title_words_before(m)}
        if not described & family:
            return None  # "the nurse" after "Senator Amy Holt": no word of a senator's
        if self.body[mention.end:mention.end + 1] == ":" or any(
                not self.is_quoted(found.start())
                for found in _FIRST_PERSON.finditer(self.body, mention.end, position)):
            # "Lopez: They will get pumps. As the engineer told me, …": words someone speaks in the first
            # person, outside quote marks; the one named is the one speaking, and the description someone else
            # (the quote's own "we" is the speaker's: "“We stand with our neighbours,” the cleric said")
            return None
        known = self.genders.get(mention.person.name) or first_name_gender(mention.person.name.split()[0])
        if gender and known not in (None, gender):
            return None  # "the nun" is not Bishop Paul Okoro
        return Resolution(name=mention.person.name, via="description", doubtful=True)

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
        stated = self._person_of_age(cleaned, gender, position)
        if stated is None and head in PARTY_NOUNS:
            stated = self._person_of_party(head, words, position)
        if stated is not None:
            return Resolution(name=stated.name, via="description") if stated else None
        # (the attribution pronoun carries the topic only to a description that is an age or an epithet alone:
        # "the 45-year-old fisherman" tells a trade the person's own mentions never gave)
        mention = self.person_antecedent(position, gender, limit_sentences=2) or self._topic_by_pronoun(
            position, gender, by_attribution=head.endswith(AGE_SUFFIX) or head in EPITHET_NOUNS,
            age=head[:-len(AGE_SUFFIX)] if head.endswith(AGE_SUFFIX) else "")
        if mention is None:
            return None
        if gender and self.genders.get(mention.person.name) != gender:
            return None  # ("the woman" is not someone whose gender the article leaves open either)
        if head in PARTY_NOUNS and self._other_party(mention.person, head):
            return None  # "Tom Reyes, a Republican, …" is not "the Democrat"
        return Resolution(name=mention.person.name, via="description", doubtful=True)

    _SENTENCE_PRONOUN = re.compile(r"(?:(?:But|And|Then|Later|Now|Today)\s+)?(?P<pronoun>He|She)\b")

    def _topic_by_pronoun(self, position: int, gender: str | None, by_attribution: bool = False,
                          age: str = "") -> Mention | None:
        """The paragraph's topic person when the two sentences before `position` name nobody but go on about
        someone with a sentence-opening "She"/"He" ("Oku came to diving late. She grew up inland. She took up
        diving at 31. “…,” the 68-year-old said."), or a quote attributed by "he said"/"she said": the nearest
        such pronoun's antecedent, of the description's gender (a gender the description does not tell takes
        the pronoun's)."""
        sentence = self.sentence_of(position)
        for index in range(sentence - 1, max(-1, sentence - 3), -1):
            start, end = self.sentences[index]
            opening = len(self.body[start:end]) - len(self.body[start:end].lstrip(" \n\"“”‘’'"))
            found = self._SENTENCE_PRONOUN.match(self.body, start + opening, end)
            attribution = False
            if found is None and by_attribution:
                # ("“Both vans are here,” he said. Asked again, the 58-year-old said: …": the pronoun of the last
                # quote's attribution carries the topic on as a sentence-opening one does)
                found = _PRONOUN_ATTRIBUTION.search(self.body, start, end)
                attribution = True
            if found is None or self.is_quoted(found.start("pronoun")):
                continue
            pronoun_gender = "female" if found.group("pronoun").lower() == "she" else "male"
            if gender not in (None, pronoun_gender):
                return None
            mention = self.person_antecedent(found.start("pronoun"), pronoun_gender)
            if mention is None or self.is_quoted(mention.start):
                return None
            if attribution and (self._own_pronoun_against(position, pronoun_gender)
                                or age and self._age_given_unnamed(age, position, mention.person)):
                return None
            # "Ana Roe and Eva Lind live here. She remembers …": two of the pronoun's gender named since the
            # antecedent's sentence opened leave the chain's topic open, and the description stays a label
            since = self.sentences[self.sentence_of(mention.start)][0]
            rivals = {m.person.name for m in self.mentions if since <= m.start < found.start("pronoun")
                      and m.person.name != mention.person.name
                      and self.genders.get(m.person.name) in (None, pronoun_gender)}
            return None if rivals else mention
        return None

    def _own_pronoun_against(self, position: int, pronoun_gender: str) -> bool:
        """The description's own sentence says only the other subject pronoun outside quotes ("“…,” she said.
        … The 70-year-old said he had given up."): the description is not the last attribution's person."""
        start, end = self.sentences[self.sentence_of(position)]
        said = {"male" if found.group(1).lower() == "he" else "female"
                for found in _NEXT_SUBJECT_PRONOUN.finditer(self.body, start, end) if not self.is_quoted(found.start())}
        return bool(said) and pronoun_gender not in said

    _UNNAMED_AGE = re.compile(r"\b[Aa]n?\s+(?P<age>\d+)-year-old\b")

    def _age_given_unnamed(self, age: str, position: int, person: PersonRecord) -> bool:
        """The article introduced someone of the description's age with no name before it ("A 34-year-old man was
        arrested …"), in a sentence that does not name `person` ("Piet Maas is a 45-year-old driver" is his): the
        description is most likely that one."""
        for found in self._UNNAMED_AGE.finditer(self.body, 0, position):
            if found.group("age") != age or self.is_quoted(found.start()):
                continue
            start, end = self.sentences[self.sentence_of(found.start())]
            if not any(start <= m.start < end for m in self._mentions_of.get(id(person), ())):
                return True
        return False

    def _person_of_age(self, cleaned: list[str], gender: str | None,
                       position: int) -> PersonRecord | bool | None:
        """'the 61-year-old' (lowercase words): the one person named before `position` whose age the article
        wrote as that number ("Alan Price, 61,", "the 61-year-old Alan Price"), however far back; False when
        several people were given that age (the description tells none apart: a label), None when nobody was
        given any age that number (the nearby person is then read as before)."""
        number = next((word[:-len(AGE_SUFFIX)] for word in cleaned if word.endswith(AGE_SUFFIX)), "")
        if not number.isdigit():
            return None
        aged = []
        for person in self.people:
            if person.name in self._organisations or self._age_of(person) != int(number):
                continue
            if not any(m.start < position and not self.is_quoted(m.start) for m in self._mentions_of.get(id(person), ())):
                continue
            if gender and self.genders.get(person.name) not in (gender, None):
                continue
            aged.append(person)
        if not aged:
            return None
        if len(aged) > 1:
            return False
        last = max(m.end for m in self._mentions_of.get(id(aged[0]), ()) if m.start < position and not self.is_quoted(m.start))
        return False if self._unnamed_of_age(number, last, position) else aged[0]

    def _unnamed_of_age(self, number: str, start: int, end: int) -> bool:
        """Whether the article, between `start` and `end`, gives that age to someone it does not name ("a
        61-year-old neighbour who did not want to be named", "His neighbour, 61, said"): the age written outside
        quotes with no name right after "N-year-old" (a few words between) nor right before ", N,"."""
        for found in re.finditer(rf"\b{number}-year-old\b|,\s*{number}\s*[,;.)]|\({number}\)", self.body[:end]):
            if found.start() < start or self.is_quoted(found.start()):
                continue
            if found.group().endswith("old"):
                named = any(found.end() <= m.start <= found.end() + 40
                            and self._AGE_BEFORE.search(self.body, found.start(), m.start) for m in self.mentions)
            else:
                named = any(m.end <= found.start() <= m.end + 2 for m in self.mentions)
            if not named:
                return True
        return False

    # a party tag after a name: "Rep. Ana Lind (D-Ohio)", "Sen. Karl Moss, R-Texas,"
    _PARTY_TAG = re.compile(r"\s*(?:,\s*|\()([RDI])-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*[,)]")
    _TAG_PARTY = {"R": "republican", "D": "democrat", "I": "independent"}

    def _parties_of(self, person: PersonRecord) -> set[tuple[str, str]]:
        """The parties the article gives the person, each with the state or place of a party tag ("" without):
        a tag after a mention ("(D-Ohio)"), a party word in a role or written right before a mention (worked out
        once per person)."""
        found = self._parties.get(id(person))
        if found is not None:
            return found
        found = set()
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            tag = self._PARTY_TAG.match(self.body, mention.end, mention.end + 30)
            if tag:
                found.add((self._TAG_PARTY[tag.group(1)], tag.group(2).lower()))
            for word in self._title_words_before(mention):
                party = _PARTY_OF.get(word.lower(), word.lower())
                if party in PARTY_NOUNS:
                    found.add((party, ""))
        for role in self._roles_of(person):
            found.update((party, "") for word in re.findall(r"[a-z]+", role.lower())
                         for party in [_PARTY_OF.get(word, word)] if party in PARTY_NOUNS)
        self._parties[id(person)] = found
        return found

    def _person_of_party(self, party: str, words: list[str], position: int) -> PersonRecord | bool | None:
        """'the Republican', 'the Texas Democrat': the one person named before `position` the article gave that
        party (and the place a capitalised word of the description names, when a tag gives one); False when
        people were given parties but not that one or several have it (the label); None when nobody was given
        any party (the nearby person is then read as before)."""
        places = {word.strip(".,").lower() for word in words[:-1] if word[:1].isupper()} - {"the"}
        named = [person for person in self.people if person.name not in self._organisations and any(
            m.start < position and not self.is_quoted(m.start) for m in self._mentions_of.get(id(person), ()))]
        parties = {id(person): self._parties_of(person) for person in named}
        if not any(parties.values()):
            return None
        fitting = [person for person in named if any(
            own == party and (not places or not state or state in places) for own, state in parties[id(person)])]
        return fitting[0] if len(fitting) == 1 else False

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
        if country and noun not in STANDING_NOUNS:
            # the nationality the article gave someone, however far back: the one person given it is meant
            # before anyone nearer whose nationality is left open; nobody given it while others were given
            # another leaves the label ("Norwegian skier Karl Moss … the Kenyan said")
            everyone = self._people_named_before(position, gender, len(self.sentences))
            given = [person for person in everyone if fit(person) is True]
            if len(given) == 1:
                return given[0]
            if len(given) > 1:
                return None  # "Italian coach Carlo Ancelotti and Italian striker Ciro Rossi": neither is meant
            others = [person for person in everyone if fit(person) is False]
            if not given and others:
                # ... unless the one whose nationality is open was named in a sentence with one given another
                # (the contest it tells them apart in: "Paul Dunn of Norway beat Karl Lenz. … the Dane said")
                contrasted = {self.sentence_of(m.start) for person in others
                              for m in self._mentions_of.get(id(person), ()) if m.start < position}
                open_ = [person for person in everyone if fit(person) is None and any(
                    self.sentence_of(m.start) in contrasted for m in self._mentions_of.get(id(person), ())
                    if m.start < position)]
                return open_[0] if len(open_) == 1 else None
        candidates = self._people_named_before(position, gender, sentences)
        verdicts = [(person, fit(person)) for person in candidates]
        described = [person for person, verdict in verdicts if verdict is True]
        if len(described) > 1 and noun in AGE_STANDINGS:
            return None  # "Anna Berg, 16, and Lisa Berg, 19, …": an age fits both, "the teenager" is neither
        if described:
            return described[0]
        open_ = [person for person, verdict in verdicts if verdict is None]
        if len(open_) > 1:
            # a name with neither a gender nor a role beside a person's may be no person ("Accra Lions beat …")
            open_ = [person for person in open_ if self.genders.get(person.name) or self._roles_of(person)] or open_
        return open_[0] if len(open_) == 1 else None

    def _spoken_of_since_named(self, person: PersonRecord, gender: str, position: int) -> bool:
        """Whether a subject pronoun of `gender` ('he', 'she') stands between the person's last naming before
        `position` and `position` (outside quotes): the story went on speaking of that person."""
        named = [mention.end for mention in self.mentions_in(0, position) if mention.person.name == person.name]
        pronoun = _COMPARED_PAIR_PRONOUNS.get(gender)
        return bool(named and pronoun) and any(
            not self.is_quoted(match.start()) for match in pronoun.finditer(self.body, named[-1], position))

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
        if noun in AGE_STANDINGS:  # "the teenager": the person whose written age it spans
            age = self._age_of(person)
            return None if age is None else AGE_STANDINGS[noun][0] <= age <= AGE_STANDINGS[noun][1]
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

    # an age written beside a name: "Lea Holm, 17, scored", "the 17-year-old Lea Holm", "Lea Holm (17)"
    # (a figure going on in digits is no age: "Dora Lenk, 1,200 votes behind", "She is 3.5 points behind")
    _NO_FIGURE_GOING_ON = r"(?![.,]\d)"
    _AGE_AFTER = re.compile(r"\s*(?:,\s*|\()(?P<age>\d{1,3})" + _NO_FIGURE_GOING_ON + r"\s*[,);.]")
    _AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[\w’'-]+\s+){0,3}$")
    # ... or told by the name opening its sentence as its subject: "Lenk is 29.", "Lenk's 29", "Lenk is 9 years old"
    # (not "29 votes behind"; "The tally for Lenk is 29." is no age, and one bare digit is a rank: "Lenk is 1.")
    _AGE_IS = re.compile(r"(?:\s+is|['’]s)\s+(?=\d{2}|\d\s+years?\s+old\b)(?P<age>\d{1,3})" + _NO_FIGURE_GOING_ON
                         + r"(?=\s+years?\s+old\b|\s*[,.;])")
    _SENTENCE_OPENING = re.compile(r"[\s\"“”‘’'(]*")

    # ... or told by a pronoun opening the sentence after the name's: "Her deputy, Dora Lenk, keeps the books. She is
    # 29, the youngest member." (an age only: a comma, stop or "years old" after the number)
    _AGE_NEXT_SENTENCE = re.compile(r"[\s\"“”]*(?P<pronoun>She|He)(?:\s+is|['’]s)\s+(?P<age>\d{1,3})"
                                    + _NO_FIGURE_GOING_ON + r"(?=\s+years?\s+old\b|\s*[,.;])")

    def _opens_sentence(self, position: int) -> bool:
        start = self.sentences[self.sentence_of(position)][0]
        return self._SENTENCE_OPENING.fullmatch(self.body, start, position) is not None

    def _age_of(self, person: PersonRecord) -> int | None:
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            found = self._AGE_AFTER.match(self.body, mention.end, mention.end + 8) \
                or self._AGE_BEFORE.search(self.body, max(0, mention.start - 40), mention.start) \
                or (self._AGE_IS.match(self.body, mention.end, mention.end + 24)
                    if self._opens_sentence(mention.start) else None)
            if found:
                return int(found.group("age"))
        return self._age_in_next_sentence(person)

    def _age_in_next_sentence(self, person: PersonRecord) -> int | None:
        """The age a pronoun opening the sentence after a mention's gives, when that sentence names nobody else
        and the pronoun fits the person's known gender ("Dora Lenk keeps the books. She is 29.")."""
        for mention in self._mentions_of.get(id(person), ()):
            if self.is_quoted(mention.start):
                continue
            index = self.sentence_of(mention.start)
            if index + 1 >= len(self.sentences):
                continue
            start, end = self.sentences[index]
            if any(other.person is not person for other in self.mentions_in(start, end)):
                continue  # ("Dora Lenk keeps the books with Eva Dunn. She is 29.": whose age is unknown)
            found = self._AGE_NEXT_SENTENCE.match(self.body, *self.sentences[index + 1])
            if found and self.genders.get(person.name) is not None \
                    and self._compatible(person, "female" if found.group("pronoun") == "She" else "male"):
                return int(found.group("age"))
            # ... or the epithet a speech verb follows there, outside quotes, naming no one else ("Karim Haddad
            # counted the tins. “…,” the 58-year-old said.")
            next_start, next_end = self.sentences[index + 1]
            epithets = [match for match in self._AGE_EPITHET.finditer(self.body, next_start, next_end)
                        if not self.is_quoted(match.start())]
            if len(epithets) == 1 and not self.mentions_in(next_start, next_end):
                return int(epithets[0].group("age"))
        return None

    # "the 58-year-old said", "the 58-year-old told reporters": an age epithet as a speech verb's subject
    _AGE_EPITHET = re.compile(r"\b[Tt]he\s+(?P<age>\d{1,3})-year-old\s+(?="
                              + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r"\b)")

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
        return any("counterpart" in role.lower() for role in self._roles_of(person)) \
            or self._introduced_as_counterpart(person)

    def _introduced_as_counterpart(self, person: PersonRecord) -> bool:
        """Whether the text right before a mention of the person calls them someone's counterpart ("his
        counterpart in the Northern Division, Commissioner X"), not only a role the people step read (which may
        be the other side's: "Minister A said after meeting her Austrian counterpart")."""
        return bool(self._counterpart_introductions(person))

    def _counterpart_introductions(self, person: PersonRecord) -> frozenset[int]:
        """The sentences (indexes) in which the text calls the person someone's counterpart (cached per person)."""
        found = self._counterpart_sentences.get(id(person))
        if found is None:
            found = self._counterpart_sentences[id(person)] = frozenset(
                self.sentence_of(mention.start) for mention in self._mentions_of.get(id(person), ())
                if not self.is_quoted(mention.start)
                and self._INTRODUCED_AS_COUNTERPART.search(self.body, max(0, mention.start - 80), mention.start))
        return found

    # (the counterpart's side may follow the word, closed by a comma: "his counterpart in the Northern Division,
    # Commissioner X")
    _INTRODUCED_AS_COUNTERPART = re.compile(r"\bcounterparts?(?:\s+(?:in|at|from|for|of|on)\s+[^,.;:!?\"“”()\n]{1,40},)?"
                                            r",?\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")

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
            following = self.mentions_in(match.end(), match.end() + 80)
            if following and following[0].start <= match.end() + 1:
                continue  # "Trade Minister Lea Kinnunen": a title written before a person's name, no body's name
            if not self.is_quoted(match.start()) and not self.mentions_in(match.start(), match.end()):
                last = match
        if last is None:
            return None
        phrase = last.group(0).split()
        while len(phrase) > 1 and phrase[0].lower() in _FUNCTION_WORDS | FUNCTION_WORDS - {"the"}:
            phrase = phrase[1:]  # "In Keflavík International Airport": the sentence's opening word
        return " ".join(phrase) if len(phrase) > 1 else None

    # ("a statement from the prime minister's office": lowercase words up to an owner's possessive, then its noun)
    # (a collective head may follow the name: "a statement from the Mendes family", speaker_heads.COLLECTIVE_AFTER_NAME)
    # (a possessive and its noun are one source: "from Crane’s office", not "Crane’s")
    _SOURCE = re.compile(r"\s+(?:from|by|of)\s+(?P<np>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+[a-z]+\b|"
                         r"(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on)\s+)?){0,6}"
                         r"[A-Z][\w’'&.-]*(?:\s+(?:" + "|".join(COLLECTIVE_AFTER_NAME) + r")\b(?!['’]))?|[Tt]he\s+(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+[a-z]+|[Tt]he\s+[a-z]+)")
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
                if following and (organisation_head(following[0].lower()) or following[0].lower() == "campaign"):
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
                r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,5}?" + re.escape(noun) + r"\b(?!['’])")
        floor = max(0, position - 3000)
        last = None
        for match in pattern.finditer(self.body, floor, position):
            if self.is_quoted(match.start()) or any(ch in match.group(0) for ch in ",;:") \
                    or _SENTENCE_BREAK.search(match.group(0)):
                continue  # ("a crew of 18. The minister": two sentences, no phrase)
            after = self.body[match.end():match.end() + 4]
            if self.mentions_in(match.start(), match.end()) or (
                    after[:1] in ", " and any(mention.start <= match.end() + 3
                                              for mention in self.mentions_in(match.end(), match.end() + 80))):
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
                r"(?:^|(?<=\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?!(?:The|These|Those|Their|Its)\b)"
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
            if position > end and text.islower() and (bare in VERB_ADVERBS or bare.endswith("ly")):
                # "A spokesman for the mayor | later said": an adverb before the verb is no part of the source
                verb = self._MODIFIER_WORD.match(self.body, word.end())
                following = verb.group(1).rstrip(".,").lower() if verb else ""
                if following in SPEECH_VERB_WORDS or VERB_LIKE.match(following):
                    return last
            if text.endswith((".", ",")) and not text[:-1].isupper():
                return word.end() - 1
            last = position = word.end()
        return end

    # (a clause ends at a conjunction, but "as" after the words giving a name, "only" between or not, goes on:
    # "who gave his name only as Tomas", `NAME_GIVING_BEFORE_AS`; "who spoke only as the meeting ended" ends)
    _RELATIVE_AFTER_SOURCE = re.compile(
        r"\s+(?:who|that)\s+(?P<clause>[^,;:.!?\"“”\n—()]{3,80}?)"
        r"(?=\s+(?:and|but|because|after|while|when|since|although|though)\b|"
        + "".join(rf"(?<!\b{word})(?<!\b{word}\sonly)" for word in NAME_GIVING_BEFORE_AS)
        + r"\s+as\b|[,;:.!?\"“”\n—()]|$)")

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
        # ("An engineer who worked on the survey was less sure": the clause ends before the main clause's verb;
        # a speech verb right after an auxiliary is the clause's own passive or perfect: "fishermen who were told
        # by the council to wait")
        previous = ""
        for word in re.finditer(r"\S+", relative.group("clause")):
            if word.start() and (word.group(0) in self._FINITE_AFTER_CLAUSE or word.group(0) in SPEECH_VERB_WORDS
                                 and previous not in self._AUXILIARIES):
                return _trim_end(self.body, relative.start("clause") + word.start())
            previous = word.group(0).lower()
        return relative.end()

    _FINITE_AFTER_CLAUSE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
                                      "can", "did", "does", "do", "should", "may", "might", "must"})
    _AUXILIARIES = _FINITE_AFTER_CLAUSE | {"be", "been", "being"}

    def _organisation_before(self, position: int, back: int = 3, owned: bool = False) -> str | None:
        """The organisation last named as a sentence's subject in the `back` sentences before `position`; with
        `owned` (for a description any business takes, "the company") also a company whose shares, results or
        staff are the subject ("Shares in Halvorsen Energy fell")."""
        sentence = self.sentence_of(position)
        for index in range(sentence, max(-1, sentence - back), -1):
            start, end = self.sentences[index]
            match = self._ORG_SUBJECT.match(self.body, start, min(end, position))
            if not match:
                found = self._BODY_OWNED.match(self.body, start, min(end, position)) if owned else None
                if found and found.group(1).split()[-1].lower() in BUSINESS_WORDS:
                    return found.group(1)  # "Shares in Halvorsen Energy fell": the company of the sentence
                continue
            # ("The National Health Agency on Monday urged": the day is no word of the body's name)
            phrase = _without_trailing_time(match.group(1))
            first = phrase.split()[0].lower()
            if first in _FUNCTION_WORDS or first in PRONOUNS or not phrase.split()[-1][:1].isupper():
                continue  # a proper name only: "A statement posted …" is no organisation
            if not speaker_like_head(phrase.split()[-1], opens_sentence=True, only_word=len(phrase.split()) == 1):
                continue  # "Temperatures reached 39°C": a common plural opening a sentence names no organisation
            last = phrase.split()[-1].lower()
            if len(phrase.split()) == 1 and _singular(last) != last and person_noun(_singular(last)):
                continue  # "Analysts were unconvinced": people of a trade, not the company a description names
            if self._opening_word_before_people(phrase, match, start):
                continue  # "Health officials in Verdane confirmed …": the opening word names no body
            mentions = self.mentions_in(match.start(1), match.end(1))
            # (with `owned`, a name of two words or more ending on a business's word is the company even when the
            # people step took it for a person: "Drayton Care, which runs it, said", speaker_heads.BUSINESS_WORDS)
            business = owned and len(phrase.split()) > 1 and last in BUSINESS_WORDS
            if mentions and not all(m.person.name in self._organisations for m in mentions) and not business:
                continue
            return phrase
        return None

    # "Shares in Halvorsen Energy fell …" (speaker_heads.BODY_OWNED_OPENINGS): the capitalised name after them
    _BODY_OWNED = re.compile(r"[\s\"“”‘’']*(?:" + "|".join(o.replace(" ", r"\s+") for o in BODY_OWNED_OPENINGS)
                             + r")\s+((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*)(?=\s+[a-z])")

    _NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")

    def _opening_word_before_people(self, phrase: str, match: re.Match[str], start: int) -> bool:
        """'Health officials in Verdane province confirmed …': one capitalised word opening the sentence, then a
        plural noun of people (the subject's own head, which the verb pattern took for a verb), is a modifier,
        not a body's name, unless the article writes that word capitalised inside a sentence too ("… called by
        Unison. Unison officials said")."""
        if len(phrase.split()) != 1 or match.start(1) != start:
            return False
        following = self._NEXT_WORD.match(self.body, match.end(1))
        if following is None:
            return False
        plural = following.group(1)
        if _singular(plural) == plural or not person_noun(_singular(plural)):
            return False
        # (a word of a longer name is no evidence: "Health" in "the World Health Organization")
        for found in re.finditer(r"(?<=\s)" + re.escape(phrase) + r"\b(?!\s+[A-Z])", self.body):
            before = self.body[max(0, found.start() - 40):found.start()].split()
            if before and before[-1][:1].islower():
                return False
        return True

    def _related_by_role(self, noun: str, position: int) -> PersonRecord | None:
        """'his uncle', 'her daughter', 'their lawyer': the one person the article introduced before `position`
        with the same possessive noun right before their name ("his uncle, Karl Reyes", "her daughter Eva")."""
        pattern = _RELATED_BEFORE.get(noun)
        if pattern is None:
            pattern = _RELATED_BEFORE[noun] = re.compile(
                r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?" + re.escape(noun) + r",?\s+$")
        found = {mention.person.name: mention.person for mention in self.mentions
                 if mention.start < position and not self.is_quoted(mention.start)
                 and pattern.search(self.body, max(0, mention.start - 40), mention.start)}
        return next(iter(found.values())) if len(found) == 1 else None

    _TITLE_INITIALS = re.compile(r"[A-Z]{2,4}")

    _BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)[ \t]+")

    def _titled_by_acronym(self, word: str, position: int) -> PersonRecord | None:
        """'the ASG' after "Additional Solicitor General (ASG) Rohan Kapoor": the person named right after the
        acronym's bracket, outside quotes before `position`, when the capitalised words before the bracket spell
        it (function words aside) and hold a title ("Senior Superintendent of Police"); None otherwise (an organisation's acronym, "The Central
        Bureau of Investigation (CBI)", names a body)."""
        if not self._TITLE_INITIALS.fullmatch(word):
            return None
        floor = max(0, position - LOOK_BACK_CHARS)
        for found in self._BRACKETED_ACRONYM.finditer(self.body, floor, position):
            if found.group(1) != word or self.is_quoted(found.start()):
                continue
            named = next((m for m in self.mentions_in(found.end(), found.end() + 120)
                          if m.start == found.end() and m.person.name not in self._organisations), None)
            if named is None:
                continue
            before = [w for w in re.split(r"[\s-]+", self.body[max(floor, found.start() - 80):found.start()]) if w]
            capitals = [w for w in before if w.lower() not in ("of", "the", "and", "for")]
            tail = capitals[-len(word):]
            if len(tail) == len(word) and all(w[:1].isupper() for w in tail) \
                    and "".join(w[0] for w in tail) == word and any(w.lower() in TITLE_HEADS for w in tail):
                return named.person
        return None

    def _title_of_initials(self, word: str) -> str | None:
        """'the PS' for "Permanent Secretary Ana Lind", 'the MD' for "Ana Lind, the managing director,": the title
        of a person of the article whose words' initials the capitals spell (the title's last words only)."""
        if not self._TITLE_INITIALS.fullmatch(word):
            return None
        titles = self.__dict__.setdefault("_titles_by_initials", {})
        if word not in titles:
            titles[word] = None
            for person in self.people:
                for role in [part for role in self._roles_of(person)
                             for part in {role, re.split(r"\s+(?:of|for|at|in|with)\s+", role)[0]}]:
                    # (the title only, before what it is of: "managing director of Kestel Rail")
                    words = [w for w in re.split(r"[\s-]+", role) if w and w.lower() not in ("of", "the", "and", "for")]
                    tail = words[-len(word):]
                    if len(tail) == len(word) and "".join(w[0] for w in tail).upper() == word \
                            and tail[-1].lower() in TITLE_HEADS:
                        titles[word] = " ".join(tail)
                        break
                if titles[word]:
                    break
        return titles[word]

    @property
    def _acronyms(self) -> dict[str, str]:
        """The organisations' acronyms the article defines and their full names (read once, when needed)."""
        found = self.__dict__.get("_acronym_names")
        if found is None:
            found = self.__dict__["_acronym_names"] = acronym_definitions(self.body)
        return found

    @property
    def _organisations(self) -> set[str]:
        """People the people step found whose name the article also writes with a company's suffix
        ("Westwind Renewables Ltd"): organisations, whose words are a label."""
        found = self.__dict__.get("_organisation_names")
        if found is None:
            found = self.__dict__["_organisation_names"] = {
                mention.person.name for mention in self.mentions
                if (_COMPANY_SUFFIX.match(self.body, mention.end) or self._org_noun_before(mention)
                    # ("The Holm Harbour Board": a body's word last and the article before it, whatever a first
                    # name its first word could be)
                    or organisation_like(mention.person.name, known_first=True)
                    and self.body[max(0, mention.start - 4):mention.start] in ("the ", "The "))} | {
                person.name for person in self.people if organisation_like(person.name)}
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
        if not match and self.body[mention.end:mention.end + 1] == ",":
            # "A local watchdog group, Bantay Bayan, said": the name in apposition, set off by commas, to an
            # indefinite or definite body's description (not the object of a fronted phrase, "Speaking to the
            # committee, Ngozi Eze, …", nor the body a "head of" phrase names, "The head of the farmers' union,
            # Tavita Leota, …")
            match = self._ORG_NOUN_APPOSED.search(self.body, max(0, mention.start - 60), mention.start)
            opening = max(self.body.rfind(mark, 0, mention.start) for mark in (". ", "! ", "? ", "\n")) + 1
            fronted = self.body[opening:match.start()].split() if match else []
            if fronted and "," not in self.body[opening:match.start()] and (
                    fronted[0].lower().strip("“\"(") in PREPOSITIONS | _FRONTING_SUBORDINATORS
                    or fronted[0].lower().endswith("ing")):
                # (a phrase the sentence opens with a preposition, a subordinator or a participle, ending at the
                # comma before the name, is fronted: the body is its object and the name opens the main clause,
                # "After meeting the union, Siosaia Taufa, …", "Speaking to the committee, Ngozi Eze, …")
                match = None
        return bool(match) and organisation_head(match.group("noun"))

    # (a bare body's phrase: its article, up to three words none of them a preposition, the body's noun)
    # (nor one after "of": "The head of the farmers' union, Tavita Leota," is in apposition to the head)
    _ORG_NOUN_APPOSED = re.compile(r"(?:^|(?<=[\s(“\"]))(?<!\bof\s)(?:[Tt]he|[Aa]n?)\s+"
                                   r"(?:(?!(?:of|for|at|in|on|to|with|from|by)\s)[\w’'-]+\s+){0,3}?"
                                   r"(?P<noun>[a-z][\w-]*),\s+$")

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
        """Whether `head` is a description of an organisation ("The state operator", "A local watchdog group")
        and `name` a proper name of several words naming nobody of the article ("Ferrovie Italiane Unite (FIU)")."""
        words = self.body[head[0]:head[1]].split()
        if len(words) < 2 or words[0].lower() not in ("the", "a", "an") or not organisation_head(words[-1].lower()):
            return False
        return bool(self._BODY_NAME.fullmatch(self.body, *name)) and not self.mentions_in(*name)

    def _comma_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        parts = []
        cursor = start
        for match in re.finditer(r",|\s*(?:\u2014|\u2013|--)\s*|\s+-\s+", self.body[start:end]):  # commas, dashes, spaced hyphens
            if match.group(0) == "," and _LIST_IN_NAME_BEFORE.search(self.body, max(start, start + match.start() - 60),
                                                                    start + match.start()) \
                    and _LIST_IN_NAME_AFTER.fullmatch(self.body, start + match.end(), _part_end(self.body,
                                                                                 start + match.end(), end)):
                continue  # "The Ministry of Agriculture, Land and Fisheries": the last items of a body's name
            if match.group(0) == "," and _NAMES_AFTER_PREPOSITION.search(self.body, max(start, start + match.start() - 60),
                                                                        start + match.start()) \
                    and _NAMES_LIST_END.fullmatch(self.body, start + match.end(), end):
                continue  # "Officials from Holm, Kesk and Varna": a list of names the phrase's preposition takes
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
                    and not person_noun(lead[-1].lower()) and not _manner_words(lead[1:]) \
                    and lead[-1].lower() not in PERSON_TIE_NOUNS:
                # (a tie to someone outside the family is a person's too: "Her neighbour Mira Sand said")
                return None  # ("the journalist Mira Sand", "the novelist X": a person's noun before the name)
            if any(word.lower() in PREPOSITIONS for word in lead):
                return None  # "a spokesman for House Speaker Paul Ryan" is the spokesman, not Ryan
        lead = self.body[start:last.start].split()
        if len(lead) > 1 and lead[1].lower() in PREPOSITIONS and lead[0].lower() not in TITLE_HEADS \
                and person_noun(_singular(lead[0].lower())):
            return None  # "Residents of Calder Street say": the residents speak, the name only says which
        if len(lead) > 1 and lead[-1].endswith("ing") and lead[-1].isalpha() and lead[-1].islower() \
                and lead[-1] not in ING_DESCRIBERS and lead[-1] not in ROLE_NOUNS \
                and not (lead[0].lower() in ("a", "an") and _manner_words(lead[1:])):
            # "Voters backing Ann Bell said": the name is the participle's object, the voters speak (but "a
            # smiling Crane said" is Crane, smiling)
            return None
        last = self._surname_owner(last)
        last = self._titled_surname_owner(last)
        if _title_only(last.person.name):
            # a "person" whose every name word is a title or a style ("Honourable Minister") is a description
            # the people step took for a name: read as one, it finds the holder the article names
            return None
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
        return self.of_mention(last)

    def resolve_pronoun_not_spoken_of(self, resolution: Resolution, quoted_text: str,
                                      reported: bool = False) -> Resolution:
        """A pronoun speaker is not a person its own quote speaks of by name ("“Marta is always right,” she
        says" is not Marta): when the quoted words name the person resolved, the pronoun is resolved again
        without them (and without anyone else they name); the first reading stays when nobody else fits.
        `reported`: the words are a clause the reporter tells in the third person ("Fenwick's estimate was
        wrong, she said"), where an owner's name counts too (the reporter would have written "her estimate")."""
        if resolution.via != "pronoun" or not resolution.name or resolution.start is None:
            return resolution
        # (the person resolved first: most quotes do not name them, and then nobody else needs reading)
        if not any(person.name == resolution.name and self._named_in(person, quoted_text, reported)
                   for person in self.people):
            return resolution
        spoken_of = frozenset(person.name for person in self.people
                              if self._named_in(person, quoted_text, reported))
        gender = {"he": "male", "she": "female"}.get(self.body[resolution.start:resolution.end].lower())
        if gender is None:
            return resolution
        mention = self.person_antecedent(resolution.start, gender, exclude=spoken_of)
        if mention is None:
            return resolution
        return Resolution(name=mention.person.name, start=resolution.start, end=resolution.end, via="pronoun",
                          doubtful=True, factor="not_spoken_of_in_quote")

    @staticmethod
    def _named_in(person: PersonRecord, text: str, owners: bool = False) -> bool:
        """Whether `text` speaks of the person: the surname or the first name alone, as whole words,
        not in the first person ("I am Ana Ruiz", "my name is Ruiz"), nor as an owner or part of a longer name
        ("Ruiz's message", "Ruiz Holdings": a speaker's way of naming their own campaign or firm), nor by the full
        name or title and name, the public name a speaker may give themselves ("they will love Ana Ruiz")."""
        words = person.name.split()
        forms = {words[-1], *(words[:1] if len(words) > 1 else [])}
        inner = None
        for form in forms:
            if form not in text:
                continue  # (the pattern's words are the form's own)
            for match in _form_pattern(form, owners).finditer(text):
                if inner is None:
                    inner = [nested.span() for nested in _NESTED_QUOTE.finditer(text)]
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

    def _last_speaker_before(self, mention: Mention, gender: str, end: int) -> Mention | None:
        """A pronoun whose verb goes on with words already spoken ("he added", `CONTINUING_VERBS`) is the one who
        last spoke, not a person of its gender named since in a sentence that says nothing ("“…,” Kowal said.
        Roe, a senator, backed the plan. “…,” he added." is Kowal's): the subject of a speech clause in the
        sentence right before the antecedent's, when the antecedent's own sentence has no speech verb."""
        if not _CONTINUING_AFTER.match(self.body, end):
            return None
        index = self.sentence_of(mention.start)
        if index == 0 or index >= self.sentence_of(end):
            return None
        own_start, own_end = self.sentences[index]
        if any(word.lower() in SPEECH_VERB_WORDS for word in re.findall(r"[A-Za-z]+", self.body[own_start:own_end])):
            return None
        before_start, before_end = self.sentences[index - 1]
        speakers = {found.person.name: found for found in self.mentions_in(before_start, before_end)
                    if found.person is not mention.person and not self.is_quoted(found.start)
                    and self._compatible(found.person, gender)
                    and _SPEECH_AFTER_NAME.match(self.body, found.end)}
        return next(iter(speakers.values())) if len(speakers) == 1 else None

    def _resolve_pronoun(self, pronoun: str, start: int, end: int) -> Resolution:
        if pronoun in ("he", "she"):
            gender = "male" if pronoun == "he" else "female"
            described = self._described_in_opening_clause(start, gender)
            if described is not None:  # "When I met the labour secretary, the first thing she said was"
                return Resolution(name=described.name, label=described.label, start=start, end=end, via="pronoun",
                                  doubtful=True)
            compared = self._compared_subject(start, gender)
            if compared is not None:  # "The older woman laughs at this. “…,” she says."
                return Resolution(name=compared.name, label=compared.label, start=start, end=end, via="pronoun",
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
                speaker = self._last_speaker_before(mention, gender, end)
                if speaker is not None:  # "“…,” Kowal said. Roe, a senator, backed it. “…,” he added."
                    return Resolution(name=speaker.person.name, start=start, end=end, via="pronoun",
                                      doubtful=True, factor="continues_last_speaker")
                return Resolution(name=mention.person.name, start=start, end=end, via="pronoun",
                                  doubtful=self._rival(mention, gender, start), factor=self.last_factor)
            chained = self._attribution_chain(start, gender)
            if chained:
                return Resolution(name=chained.person.name, start=start, end=end, via="pronoun", doubtful=True,
                                  factor="attribution_chain")
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

    _COMPARED_SUBJECT = re.compile(r"[\s\"“”‘’']*[Tt]he\s+(?P<words>(?:" + "|".join(_COMPARED_AGE)
                                   + r")\s+(?P<noun>[a-z]+))\b")

    # words after the compared noun that set the person apart: a prepositional phrase, a relative clause or an
    # appositive ("The older woman at the next stall", "…, who gave no name", "…, a stranger")
    _COMPARED_SUBJECT_QUALIFIED = re.compile(r"\s*(?:,\s*(?:who|whom|whose|that|which|a|an|the|one)\b|(?:"
                                             + "|".join(sorted(map(re.escape, PREPOSITIONS), key=len, reverse=True))
                                             + r")\b)")

    def _compared_subject(self, position: int, gender: str) -> Resolution | None:
        """'The older woman laughs at this. “…,” she says.': a pronoun whose own sentence or the one before it (in
        the same paragraph) opens with a comparison of age ("The older woman", "The younger man"; `_COMPARED_AGE`)
        of a noun of the pronoun's gender, nobody being named outside quotes between it and the pronoun, stands
        for the person the comparison picks (`_definite_description`), not for the one named last."""
        own = self.sentence_of(position)
        for index in (own, own - 1):
            if index < 0:
                break
            start, _ = self.sentences[index]
            if self.body.rfind("\n", _LEADING_SPACE.match(self.body, start).end(), position) >= 0:
                break  # (another paragraph: found without copying the text between)
            match = self._COMPARED_SUBJECT.match(self.body, start, position)
            if match is None or self.is_quoted(match.start("words")):
                continue
            if EPITHET_GENDERS.get(match.group("noun")) != gender:
                return None  # ("The older man laughs. “…,” she says.": someone else; "The older stall": a thing)
            if any(not self.is_quoted(m.start) for m in self.mentions_in(match.end(), position)):
                return None
            unnamed = Resolution(label="the " + match.group("words").lower())
            if self._COMPARED_SUBJECT_QUALIFIED.match(self.body, match.end()):
                return unnamed  # "The older woman at the next stall, who gave no name": someone else, set apart
            paragraph = max(0, self.body.rfind("\n", 0, match.start("words")))
            if any(brought.group(1) == match.group("words")
                   for brought in _INDEFINITE_COMPARED.finditer(self.body, paragraph, match.start("words"))):
                return unnamed  # "An older woman walking past stops. The older woman laughs.": the one brought in
            if match.group("words").split()[0].lower() in _COMPARATIVE_AGE \
                    and len(self._aged_before(match.start("words"), gender)) > 2:
                return unnamed  # "older" tells two apart: of three aged women, which one is unknown
            found = self._definite_description(match.group("words").split(), match.start("words"))
            return found if found is not None and found.name else None
        return None

    _CHAIN_PARAGRAPHS = 6  # how far back the last attribution of the chain may lie

    def _attribution_chain(self, position: int, gender: str) -> Mention | None:
        """A "she says" past the antecedent search's reach, the paragraphs between naming nobody ("“…,” she says. /
        The post closes in December. / The two will walk down together. / Asked about spring, the 48-year-old
        laughs. / “…,” she says."): a feature goes on quoting the person its last attribution of the same pronoun
        was, within six paragraphs; that attribution's own antecedent is the speaker. Anyone named outside quotes
        since (of either gender) leaves the pronoun open, as does a last attribution of the other pronoun."""
        # (six paragraphs, and no further than any look back reads: a text of one line stays linear)
        bound = max(0, position - LOOK_BACK_CHARS)
        floor = position
        for _ in range(self._CHAIN_PARAGRAPHS):
            floor = self.body.rfind("\n", bound, max(bound, floor - 1))
            if floor < 0:
                floor = bound
                break
        last = None
        for found in _PRONOUN_ATTRIBUTION.finditer(self.body, floor, position):
            if not self.is_quoted(found.start("pronoun")):
                last = found
        if last is None or last.group("pronoun") != ("he" if gender == "male" else "she"):
            return None
        if any(not self.is_quoted(m.start) for m in self.mentions_in(last.end(), position)):
            return None
        return self.person_antecedent(last.start("pronoun"), gender)

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
