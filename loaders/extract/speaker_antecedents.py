"""A pronoun's antecedent, for speaker resolution: the person (or, for "it" and "they", the organisation or group)
a pronoun at a position stands for. The sentences before it are searched nearest first, and within a sentence the
named salience cues of `PRONOUN_SALIENCE` rank the people that fit (the sentence's own attribution speaker, then
the subject opening its main clause over objects, … down to a person named only as an object, kept in reserve);
a sentence opened by a description of a person stands for that person, and a person the article introduces
without a name may be the one meant. `PronounAntecedents` holds these searches as a part of
`speakers.SpeakerResolver` (it reads the resolver's body, sentences, people, genders and mentions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from loaders.extract.analysis import FEMALE_MARKERS, MALE_MARKERS, Mention
from loaders.extract.data import speech_verbs
from loaders.extract.data.clauses import DAY_PHRASE, PRONOUN_CLAUSE_OPENERS, REDUCED_RELATIVE_SUBJECTS
from loaders.extract.data.credits import BEFORE_NAME
from loaders.extract.data.clauses import alternation as clause_alternation
from loaders.extract.data.documents import DOCUMENT_NOUNS
from loaders.extract.data.epithets import EPITHET_GENDERS, EPITHET_NOUNS, GENERAL_STANDINGS, NEUTRAL_ROLE_HEADS
from loaders.extract.data.eventwords import NON_COMPANY_HEADS
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.kin import KIN_NOUNS
from loaders.extract.data.not_people import AUXILIARIES, OFFICE_BODY_WORDS
from loaders.extract.data.lexicon import (
    ASSOCIATE_NOUNS,
    BODY_HEADS,
    DAYS_MONTHS,
    FUNCTION_WORDS,
    MAKER_SUFFIXES,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    ORGANISATION_TITLE_QUALIFIERS,
    PLACES,
    TITLE_HEADS,
)
from loaders.extract.data.speaker_heads import (
    AGENT_SUFFIXES, BODY_DESCRIPTION_HEADS, BRACKET_FURNITURE, GENDERED_HEADS, NOT_AGENTS, PAST_AFTER_RELATIVE, PERSON_COMPOUND_ENDINGS, PLACE_OPENINGS, SPEAKING_GROUPS,
)
from loaders.extract.data.unnamed_sources import PERSON_NOUNS

# every noun the vocabularies give for a person by trade, standing, description or tie
_PERSON_VOCABULARY = PERSON_NOUNS | EPITHET_NOUNS | GENERAL_STANDINGS | NEUTRAL_ROLE_HEADS | KIN_NOUNS | ASSOCIATE_NOUNS
from loaders.extract.speaker_words import (
    BODY_WHEN_ALONE,
    _FUNCTION_WORDS,
    _POSSESSIVE_WORD,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    VERB_LIKE,
    organisation_head,
    folded,
    opens_own_title,
)
from loaders.extract.text import country_of_word
from loaders.records import PersonRecord

_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_SPEECH_AFTER = re.compile(
    r"(?:\s*,[^,.;:\"“”]{1,90},)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|had\s+|has\s+)*"
    r"(?:" + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r")\b"
)
_ACCORDING_BEFORE = re.compile(r",\s+according\s+to\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
_SPEECH_BEFORE = re.compile(
    r"\b(?:" + speech_verbs.alternation(speech_verbs.SUBJECT_AFTER_VERB) + r")\s+(?:[A-Z][\w.’'-]*\s+){0,4}$"
)

# A sentence that closes on its pronoun's attribution ("Fenwick's estimate counted old costs, she said."): the
# clause before the comma is what "she" reported, and nobody named in it is that "she" (nor a later one)
_TRAILING_PRONOUN = re.compile(
    r",\s+(?P<pronoun>he|she)\s+(?:also\s+)?(?:" + speech_verbs.alternation(speech_verbs.TRAILING)
    + r"|told\s+[^,.;:\"“”]{1,40}?)[\s.]*$")

_POSSESSIVE = re.compile(r"^['’]s?\b")
# lowercase words joining the capitalised words of a body's name and office written before a name ("College of Arts
# and Sciences Dean", "Port of Elm and Ash Authority Director")
_TITLE_JOINING_WORDS = frozenset({"of", "and", "for", "&"})
# The words of a body or an office that an "of"/"for" inside a long title follows ("Port of Elm", "Chamber of
# Commerce", "Division of Water Resources", "Minister for Health"); the words for a body's members ("Staff of …")
# are left out.
_BODY_OR_OFFICE_WORDS = (ORG_WORDS | ORGANISATION_TITLE_QUALIFIERS | OFFICE_BODY_WORDS | TITLE_HEADS) \
    - {"staff", "crew"}
# The head words that end a body's name ("Growers Association", "Chamber", "Ministry"), not the subject words one may
# end with before an "and" of its own ("Department of Health and Human Services", "Trade and Industry")
_BODY_HEAD_WORDS = NON_COMPANY_HEADS | BODY_HEADS | ORGANISATION_TITLE_QUALIFIERS | OFFICE_BODY_WORDS


_WORD_CHARS = re.compile(r"\w+")


def _names_owner(role: str, owner: str) -> bool:
    """Whether the role's words hold the owner's name as whole words in a row ("Helen's Senior Vice President" names
    Helen; "Helena Energy's chief" does not), with no pattern built per name."""
    words, wanted = _WORD_CHARS.findall(role.lower()), _WORD_CHARS.findall(owner.lower())
    return bool(wanted) and any(words[at:at + len(wanted)] == wanted for at in range(len(words) - len(wanted) + 1))


def _and_inside_title(before: list[str], after: list[str]) -> bool:
    """Whether an "and" between the capitalised words `before` and `after` (the words up to the name) stays inside
    one person's title. Only after an "of"/"for" of a body's name or office. Either one person's two titles: a
    title head right before the first "of"/"for" and at the end, a title or rank word opening the second ("Minister
    of Trade and Deputy Prime Minister", "Secretary of State and Deputy Prime Minister"); or words of one body's
    name on both sides ("Ministry of Trade and Industry Secretary", "Port of Elm and Ash Authority Director"): no
    body's word ends the part before it, and no title of her own opens the part after it ("The Growers Association
    and State Senator Maud Fenwick", "The Ministry of Trade and Deputy Prime Minister X" are two subjects)."""
    joins = [index for index, word in enumerate(before) if word in ("of", "for")]
    if not joins or not after:
        return False
    # a title of her own after the "and": a title's head ("Senator"), or what `opens_own_title` reads as one ("Deputy
    # Prime Minister", "State Senator", "Sylvanian Prime Minister"; not "City Planning Director")
    opens_title = folded(after[0]) in TITLE_HEADS or opens_own_title(before[-1], after)
    if opens_title and joins[0] >= 1 and folded(before[joins[0] - 1]) in TITLE_HEADS \
            and folded(after[-1]) in TITLE_HEADS:
        return True
    return not opens_title and folded(before[-1]) not in _BODY_HEAD_WORDS


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

# the heads of a body's description: the lexicon's organisation heads and the body heads it leaves out ("the
# secretariat", "the directorate", "the observatory")
_BODY_HEADS = ORG_DESCRIPTION_HEADS | BODY_DESCRIPTION_HEADS
# plurals of the organisations' description heads ("The unions walked out. “…,” they said")
_ORG_HEAD_PLURALS = frozenset(head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
                              for head in _BODY_HEADS if not head.endswith("s"))
# groups of people that "they" may stand for once a sentence has them as its subject ("The couple, who …, say …
# “…,” they said"): the speaking groups and the plurals of the person nouns
_GROUP_HEADS = frozenset(SPEAKING_GROUPS | {noun + "s" for noun in PERSON_NOUNS if not noun.endswith("s")})
# a photo's furniture in brackets after a body's name (data BRACKET_FURNITURE), any case: "(File)", "(PHOTO)"
_BRACKET_FURNITURE = "(?i:" + "|".join(sorted(BRACKET_FURNITURE, key=len, reverse=True)) + ")"
# irregular past forms a subject's verb may take ("Kestel council met on Monday. “…,” it said"), and the bare present
# of a plural subject ("The couple … say they will stay")
_BARE_SUBJECT_VERBS = ("say", "tell", "want", "fear", "hope", "warn", "insist", "believe", "feel", "think", "plan",
                    "expect", "argue", "claim", "complain", "agree",  # (and a plural subject's present: "they say")
                    "met", "held", "took", "made", "gave", "went", "sent", "won", "lost", "began", "chose", "found",
                    "set", "cut", "ran", "saw", "spoke", "wrote", "kept", "left", "brought", "bought",
                    "sought", "rose", "fell", "struck", "told", "paid", "built", "sold", "spent", "drew", "threw")
# the auxiliaries that take a bare verb ("will", "would", "can", "did"): a body's subject may stand before one
_BARE_VERB_AUXILIARIES = sorted(AUXILIARIES - {"is", "are", "was", "were", "has", "have", "had"}, key=len, reverse=True)

# A sentence opened by a definite description and its verb: "The judge said", "But the Wisconsin Republican did".
# A live blog's entry time before it ("14:32 - The minister was asked …") is no part of the sentence.
_DESCRIPTION_OPENING = (
    r"[\s\"“”‘’']*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*[-–—:|]\s*)?"
    r"(?:(?:But|And|Then|So|Yet|Still|Later|Meanwhile|However|Instead|Also),?\s+)?"
    r"(?P<np>(?:[Tt]he|(?P<place>[A-Z][\w.-]*)['’]s)\s+(?:[\w’'.-]+\s+){0,4}?[A-Za-z][\w-]+)"
    r"(?=\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?")
_DESCRIPTION_SUBJECT = re.compile(
    _DESCRIPTION_OPENING + r"(?:said|says|told|was|is|has|had|did|does|will|would|gave|"
    r"made|took|went|spoke|wrote|wept|sat|stood|shook|fell|ran|left|came|[a-z]{2,}ed)\b)")
# ... and, tried after it, the present tense a feature story is told in ("The clerk laughs at that. She says …"):
# any verb of the third person singular (not "-ss" or "-us", which are nouns: "the coach class", "the school bus")
_DESCRIPTION_SUBJECT_PRESENT = re.compile(_DESCRIPTION_OPENING + r"(?P<verb>[a-z]{2,}(?<![su])s)\b)")
# ... whose -s word is a verb only when what follows it is no verb: a stop, a preposition, a determiner or pronoun
# opening its object, an adverb, "and"/"then" ("The clerk nods.", "The clerk laughs at that", "The clerk shakes her
# head"); never a plural noun of a compound before its own verb ("The nurse shifts run twelve hours", "The
# detective series returns in May")
_PRESENT_VERB_FOLLOWER = re.compile(
    r"\s*(?:[.,;:!?)\"”’—–-]|$|(?P<word>[a-z]+)\b)")
_OBJECT_OPENERS = frozenset({"him", "her", "them", "it", "me", "us", "you", "himself", "herself", "and", "then",
                             "again", "back", "up", "off", "out", "down", "away", "over", "around", "what",
                             "how", "why", "when", "where", "whether", "if"})


# ... a preposition's short phrase, then a plural verb or auxiliary: the -s word was a plural noun with its own
# phrase ("The nurse rosters for May are out", "The council rates for the hall were raised"); no relative word or
# conjunction in between ("The clerk looks at the men who are waiting" keeps its verb), and no determiner,
# subject pronoun or "there" after the phrase's first word, which opens a clause of its own with no "that" ("The
# clerk adds in a memo the forms are late", "explains to readers there are no forms")
_NEW_SUBJECT_OPENER = r"(?!(?:" + "|".join(sorted(DETERMINERS | {w.lower() for w in REDUCED_RELATIVE_SUBJECTS}
                                                  | {"there"}, key=len, reverse=True)) + r")\b)"
_PHRASE_THEN_PLURAL_VERB = re.compile(
    r"\s+(?!(?:who|whom|which|that|where|when|and|but|or|as|while)\b)[\w’'-]+"
    r"(?:\s+(?!(?:who|whom|which|that|where|when|and|but|or|as|while)\b)" + _NEW_SUBJECT_OPENER
    + r"[\w’'-]+){0,3}?\s+"
    r"(?:are|were|have|do|remain|aren[’']t|weren[’']t|haven[’']t|don[’']t)\b")


def _present_verb_followed(body: str, position: int, end: int) -> bool:
    """Whether the -s word ending at `position` is followed as a verb is (`_PRESENT_VERB_FOLLOWER`)."""
    after = _PRESENT_VERB_FOLLOWER.match(body, position, max(end, position))
    if after is None:
        return False
    word = after.group("word")
    if word in PREPOSITIONS:
        return not _PHRASE_THEN_PLURAL_VERB.match(body, after.end(), max(end, after.end()))
    return word is None or word in DETERMINERS or word in _OBJECT_OPENERS \
        or word.endswith("ly") or word == "that"


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")
_MODIFIED_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
_OPENING_DETERMINERS = frozenset({"the", "former", "then"})
# Lowercase words of a description written before a name ("Club captain Jo Baptiste", "Finance chief Clara Dunmore"):
# the name after them still opens the main clause.
_DESCRIPTION_WORDS = ROLE_NOUNS | TITLE_HEADS | PERSON_NOUNS
# Words opening a phrase that comes before a sentence's subject ("In Iowa, Clinton …", "Asked about it, Cruz …").
_OPENING_PHRASE_WORDS = frozenset({
    "in", "on", "at", "after", "before", "during", "when", "while", "as", "since", "asked", "speaking", "earlier",
    "later", "meanwhile", "but", "and", "yet", "still", "however", "instead", "also", "then", "now", "last",
    "this", "on", "by", "with", "for", "from", "despite", "although", "though", "if", "once", "until", "over",
    "under", "back", "today", "yesterday", "tonight", "separately", "elsewhere", "still",
})


def _described_then_named(words: list[str]) -> bool:
    """'The deputy energy minister,', "Norvia's top diplomat,", 'Its chief executive,', 'The coordinator of the
    welfare centre at Te Karaka,', 'A member of the visiting delegation,': the words before a name are one phrase (a single comma, at its end) opened by a
    determiner or a possessive, its head (the word before its first preposition) a role or title word, a
    description the name after it is apposed to."""
    if not words or any(word.endswith(",") for word in words[:-1]) or len(words) > 12:
        return False
    head = list(takewhile(lambda word: word.lower() not in PREPOSITIONS, words))
    first, last = words[0].strip("\"“‘'(").lower(), head[-1].rstrip(",").lower() if head else ""
    return (first in ("the", "a", "an", "its", "their", "his", "her") or first.endswith(("'s", "’s"))) \
        and (last in TITLE_HEADS or last in ROLE_NOUNS)


_SUBORDINATE_OPENING = re.compile(
    r"[\s\"“”‘’']*(?:After|Before|When|While|As|Since|If|Although|Though|Because|Once|Until|Unless|Whereas)\b"
    r"[^,.;:!?\"“”]{1,150},")

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


def _names_a_person_by_trade(noun: str, verb: str) -> bool:
    """'fisherman', 'resident', 'trader', 'architect': a noun for a person by trade or standing (the person nouns
    of `unnamed_sources`, the epithets, standings, kin and associates, or a compound ending in a person noun).
    An agent's ending alone ('document', 'letter', 'container', 'tractor') names things as often as people, and
    'he'/'she' never takes up a thing: such a noun no vocabulary knows counts only as the subject of a speech verb
    ('A ferryboat skipper said …'; never a document's word: 'A letter from the defendant said …')."""
    if noun in _PERSON_VOCABULARY or (noun.endswith(PERSON_COMPOUND_ENDINGS) and not organisation_head(noun)):
        return True
    return noun.endswith(AGENT_SUFFIXES) and noun not in NOT_AGENTS and noun not in DOCUMENT_NOUNS \
        and not organisation_head(noun) and verb in speech_verbs.ALL_FORMS


# a sentence opened by a side or a body as its subject and a verb that gives someone the floor: "The defence called",
# "The committee heard from"
# what may follow the person a side calls for the call to give them the floor: the sentence's end, "as (its first)
# witness", "to testify", "to the stand", a time or place ("first", "on Monday", "in the afternoon"), another name,
# an apposition ("heard from Lena Ortiz, a nurse")
_GIVES_THE_FLOOR_AFTER = re.compile(r"\s*(?:$|[.!?;:,]|\b(?:as|and|to\s+(?:testify|the\s+stand|give\s+evidence|speak)|"
                                    r"first|next|later|again|on|in|at|after|before|during|from|for\s+(?:the\s+)?"
                                    r"(?:defen[cs]e|prosecution|state))\b)")
_BODY_SUBJECT_OPENING = re.compile(r"[\s\"“”‘’']*The\s+(?P<head>" + "|".join(sorted(BODY_WHEN_ALONE)) + r"|[a-z]+)\s+"
                                   r"(?:called|heard\s+from|brought\s+in|summoned|invited|introduced|presented)\s")


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


def _looks_plural(phrase: str) -> bool:
    head = phrase.split()[-1].lower().strip(".,")
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in ("people", "police", "media")


# The picture credits of `data.credits.BEFORE_NAME` (what stands before a credited name), a sentence's closing
# marks, and a capitalised word's start: what tells a caption line left in a body from a paragraph.
_PICTURE_CREDITS = tuple(re.compile(pattern, re.IGNORECASE) for name, pattern in BEFORE_NAME
                         if name in ("photo-credit", "credit-label", "agency-slash"))
_SENTENCE_CLOSERS = frozenset(".!?:;\"'”’»…")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z]")


# Right after a capitalised word ("Meridian Rx|"): fixed-width look-behinds, one per word length
_AFTER_CAPITALISED_WORD = "(?:" + "|".join(r"(?<=\b[A-Z][\w’'&.-]{%d})" % length for length in range(25)) + ")"


class PronounAntecedents:
    """The antecedent searches of `speakers.SpeakerResolver` (a base class of it, never used alone)."""

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
            if index != sentence and self._outside_prose(start):
                continue  # a caption or heading left in the body ("X at the briefing. PHOTO / Y") tells no subject
            reported = _TRAILING_PRONOUN.search(self.body, start, end) if index != sentence and pronoun else None
            reported_end = reported.start() if reported and reported.group("pronoun") == pronoun else start
            candidates = [
                fitting for mention in self.mentions_in(start, end)
                if mention.start >= reported_end
                and not self.is_quoted(mention.start) and not self._in_compound(mention)
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

    def _outside_prose(self, position: int) -> bool:
        """Whether the line holding `position` is a photo caption left in the body: it does not end as a sentence
        does, and a picture credit (`data.credits.BEFORE_NAME`: "Photo: ", "MONITOR PHOTO / ", "Credit: ")
        stands before a capitalised word of it ("Ramon Villanueva at the briefing. MONITOR PHOTO / JUN DELA
        CRUZ"). The people named there are pictured, not the subject a later pronoun continues."""
        line_start = self.body.rfind("\n", 0, position) + 1
        cache = self.__dict__.setdefault("_caption_lines", {})
        if line_start not in cache:
            line_end = self.body.find("\n", position)
            line = self.body[line_start:len(self.body) if line_end < 0 else line_end].rstrip()
            cache[line_start] = bool(line) and line[-1] not in _SENTENCE_CLOSERS and any(
                pattern.search(line, 0, word.start()) for word in _CAPITALISED.finditer(line, 1)
                for pattern in _PICTURE_CREDITS)
        return cache[line_start]

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
        if c.pronoun and not c.own and self.sentence_of(c.start) == self.sentence_of(c.position) - 1 \
                and len({m.person.name for m in self.mentions_in(c.start, c.end)}) == 1 \
                and _BODY_SUBJECT_OPENING.match(self.body, c.start, c.candidates[0].start) \
                and _GIVES_THE_FLOOR_AFTER.match(self.body, c.candidates[-1].end, c.end):
            # "The defence called Dr Lena Ortiz as its first witness. “…,” she said": the sentence right before,
            # whose subject is a side or a body, hands on the one person it names (not "called X to account",
            # "called X a liar": another sense of the verb)
            return c.candidates[-1]
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
        joined = False  # a joining word inside a capitalised title was passed over
        after = ""  # the word passed over last, the one after words[-1]
        while words and not words[-1].endswith(","):
            if words[-1][:1].isupper() or words[-1].lower().strip(".,") in _DESCRIPTION_WORDS \
                    or words[-1].lower() in _OPENING_DETERMINERS:
                after = words.pop()
            elif words[-1] in _TITLE_JOINING_WORDS and len(words) >= 2 and words[-2][:1].isupper() \
                    and after[:1].isupper() and (
                        words[-1] == "and" or folded(words[-2]) in _BODY_OR_OFFICE_WORDS) \
                    and (words[-1] != "and" or _and_inside_title(words[:-1], lead.split()[len(words):])):
                # "Kent Valley College of Arts and Sciences Dean Mira Dalton": "of", "and" between capitalised words
                # of the title of a body and office are parts of her title ("Staff of the Elm Authority" are not); an
                # "of"/"for" only after a body's or office's word ("Praise for Elm County Commissioner Mira Dalton"
                # has her after a preposition); an "and" as `_and_inside_title` reads it
                after = words.pop()
                joined = True
            else:
                break
        if not words:
            # (a title joined by "and" may hold another person instead: "Roe of Elm and Director Mira Dalton")
            return not (joined and any(other.start < mention.start for other in self.mentions_in(sentence_start,
                                                                                                 mention.start)))
        if not words[-1].endswith(","):
            return False
        first = words[0].strip("\"“‘'(").lower()
        if _described_then_named(words) and self.body[mention.end:mention.end + 1] == ",":
            return True  # "Norvia's deputy energy minister, Rashad Guliyev, said …": the name apposed to its role
        return first in _OPENING_PHRASE_WORDS or first.endswith(("ing", "ed")) or first in PREPOSITIONS

    def _description_subject(self, start: int, end: int, gender: str | None) -> Mention | None:
        """A sentence opened by a person's description ("The judge said he accepted …"): a mention of the
        person it resolves to, when that person fits the gender; a `Mention` without a person when it resolves
        to nobody (the search passes on to the sentence before); None when the sentence opens otherwise."""
        match = _DESCRIPTION_SUBJECT.match(self.body, start, end)
        if not match:
            match = _DESCRIPTION_SUBJECT_PRESENT.match(self.body, start, end)
            if match and not _present_verb_followed(self.body, match.end("verb"), end):
                match = None
        if not match or self.is_quoted(match.start("np")):
            return None
        words = match.group("np").split()[1:]
        owner = None
        if match.group("place"):
            # "Egypt's top diplomat dismissed …": a country's possessive says whose office it is (and nobody's
            # possessive, "Marek's spokesman", opens a description of someone else); a body's possessive
            # ("Norvik's production chief") only of a person whose own role names that body (checked below)
            if self.mentions_in(match.start("np"), match.end("place")):
                return None
            if country_of_word(match.group("place")) is None:
                owner = match.group("place").lower()
            words = match.group("np").split()
        if len(words) == 1 and words[0].lower() in ("latter", "former"):
            pointed = self._latter_or_former(words[0].lower(), match.start("np"))
            return pointed if pointed is not None and self._compatible(pointed.person, gender) else None
        if words[-1].lower() not in TITLE_HEADS and words[-1].lower() not in ROLE_NOUNS \
                and not self._article_role_head(words[-1].lower()):
            return None
        if not match.group("place") and (organisation_head(words[-1].lower())
                                         or len(words) == 1 and words[0].lower() in BODY_WHEN_ALONE) \
                and not any(word.lower() in PREPOSITIONS for word in words):
            # "The party expelled Tom Reed": a body's noun heading the phrase ("party" is a role too, in "the
            # guilty party") names the organisation, not a person; the people the sentence names stay candidates
            return None
        found = self._resolve_description(words, match.start("np"))
        if owner is not None and (found is None or not any(
                _names_owner(role, owner) for role in self._roles_of(found[0]))):
            return None
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
    # connectives a subject may be followed by, set off by commas ("The commission, however, denied")
    _SET_OFF_CONNECTIVES = ("however", "meanwhile", "though", "too", "instead", "in turn", "for its part",
                            "for their part", "nonetheless", "nevertheless", "in response")
    _ORG_SUBJECT = re.compile(
        # (not a body's name whose comma opens a list: "The Department of Roads, Rail and Ports closed")
        r"(?:(?![^,]{0,40}?\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*,\s+(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z])"
        r"(?:[A-Z][\w’'-]*|On|In|At|After|Before|During|Earlier|Later|Meanwhile|Likewise|However)[^,]{0,40},\s+)?"
        # (a time phrase may open the sentence without its comma: "Last Wednesday the central bank kept …")
        r"(?:(?:Last|This|Next|On|In|Earlier|Early|Late)\s+(?:[\w-]+\s+){1,3}?(?=the\s))?"
        # (lowercase modifiers may stand before a body's head: "The river authority", "the state broadcaster")
        r"((?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*(?:,(?=\s+(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z]))?\s+"
        r"(?:(?:of|for|and|(?!" + DAY_PHRASE + r")on)\s+)?){0,5}"
        # (a plural owner may stand there too: "The residents' association", "the teachers’ union")
        r"(?:(?:[a-z][\w-]*(?<=s)['’]?\s+|[a-z][\w-]*\s+){1,2}(?=(?:" + "|".join(sorted(map(re.escape, _BODY_HEADS | _GROUP_HEADS),
                                                             key=len, reverse=True))
        + r")\b))?(?:[A-Z][\w’'&.-]*|officials|"
        r"sources|campaign|spokesman|spokeswoman|spokesperson|panel|paper|report|study|ad|video|website|document|"
        + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS), key=len, reverse=True)) + "|"
        + "|".join(sorted(map(re.escape, _BODY_HEADS | _ORG_HEAD_PLURALS | _GROUP_HEADS), key=len,
                          reverse=True))
        + r"|[a-z]{3,}-?makers?)"
        # (a body's domain may follow its head: "the ministry of health", "the department for transport", or
        # another body, its head after up to two lowercase modifiers: "the secretariat of the geodetic union")
        r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,2}(?:"
        + "|".join(sorted(map(re.escape, _BODY_HEADS), key=len, reverse=True))
        + r")\b|[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?))?"
        # (and so may its short name in brackets, part of the label: "The National Water Commission (Conagua) has";
        # a photo's furniture in brackets is read past, no part of it: "The Kestel County Council (File) has")
        r"(?:\s+\((?!" + _BRACKET_FURNITURE + r"\))[A-Z][\w.&’'-]{1,20}(?:\s+[A-Z][\w.&’'-]*){0,2}\))?)"
        r"(?:\s+\(" + _BRACKET_FURNITURE + r"\))?"
        # (any "-maker" is taken here and kept only when it is a firm: "the toymaker", not "the lawmaker")
        # (an apposition may stand before the verb: "Borealis Energy, the country's largest utility, said", and so
        # may the document it speaks in: "The ministry of health, in a statement, urged")
        # (or a relative clause: "The couple, who have farmed here for 30 years, say")
        # (or the comma closing an apposition to the opening phrase: "One of the largest, Veltrix Health, denied")
        # (or a connective set off by commas: "The commission, however, denied")
        r"(?=(?:,\s+(?:the|a|an|its|who|which)\s+[^,;:\"“”\n]{1,60},|,\s+in\s+(?:a|an|its)\s+[^,;:\"“”\n]{1,40},"
        r"|,\s+(?:" + "|".join(_SET_OFF_CONNECTIVES) + r"),)?"
        # (that comma only after a capitalised name, not after a description: "Voltara, the grid operator, said"
        # is the name and its apposition)
        # (a day may stand between the subject and its verb: "The port authority on Thursday denied", "Kessel Water
        # on 3 March cut": `clauses.DAY_PHRASE`)
        r"(?:" + _AFTER_CAPITALISED_WORD + r",)?(?:\s+(?:" + DAY_PHRASE + r"))?\s+(?:(?:[a-z]+ly|also|later|earlier|then|again|previously|still)\s+)?"
        # (or a modal verb: "The ferry operator on Thursday will not deny")
        r"(?:has|had|have|is|was|were|are|said|says|[a-z]+ed|[a-z]+s|" + "|".join(_BARE_SUBJECT_VERBS) + r"|"
        + "|".join(_BARE_VERB_AUXILIARIES) + r")\b)"
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
            if last.islower() and last.endswith(MAKER_SUFFIXES) and not organisation_head(last):
                continue  # "The lawmakers said": people, no organisation
            if phrase.split()[0].lower() in _FUNCTION_WORDS or phrase.lower() in DETERMINERS:
                continue  # ("The figures were bad": "The" alone names nothing)
            if phrase.split()[0].lower() in PRONOUNS or any(
                    mention.person.name not in self._organisations for mention in self.mentions_in(match.start(1),
                                                                                                 match.end(1))):
                # (a person names no "it", so the search reads past a person subject to the nearest body: "The
                # observatory confirmed … Director Elin Marsk said … It said" is the observatory's; a body the
                # people step took for one does name "it": "Kestel Power")
                continue
            # a name of two capitalised words or more is one body, whatever its last word ("Brightwater Foods",
            # "Orlo Airlines"; not "The Democrats")
            named_body = last[:1].isupper() and len([w for w in phrase.split() if w.lower() != "the"]) > 1
            if plural != phrase.lower().endswith(("s", "officials", "sources")) and not named_body:
                if not plural and phrase.lower().endswith("s") and not phrase.lower().endswith(("ss", "us")):
                    continue
            return phrase, match.start(1), match.end(1)
        return None if plural else self._trailing_org_speaker(position)

    # An organisation as the subject of a reporting clause closing a sentence: "Schools will stay shut, the
    # Health Ministry said in a statement." (its words unquoted, so no quote gave it a label)
    _TRAILING_ORG = re.compile(
        r",\s+(?P<np>[Tt]he\s+(?:[A-Z][\w’'&.-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}?(?P<head>[A-Za-z][\w-]*))\s+"
        r"(?:" + speech_verbs.alternation(speech_verbs.TRAILING) + r")\b[^,;:.!?\"“”«»]{0,40}[.!?]")

    # The same with a body's short name its full name defined in brackets earlier: "the National Disaster
    # Management Agency (Nadma) … has been postponed, Nadma said in a statement."
    _TRAILING_SHORT = re.compile(
        r",\s+(?P<np>[A-Z][A-Za-z&]{1,12})\s+(?:" + speech_verbs.alternation(speech_verbs.TRAILING)
        + r")\b[^,;:.!?\"“”«»]{0,40}[.!?]")

    def _bracket_short_name(self, name: str, before: int) -> bool:
        """`name` stood in brackets right after a body's capitalised name of two words or more before `before`:
        "The National Disaster Management Agency (Nadma)"."""
        return re.search(r"(?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|the)\s+)*){1,8}[A-Z][\w’'&-]*\s+\("
                         + re.escape(name) + r"\)", self.body[:before]) is not None

    def _trailing_org_speaker(self, position: int) -> tuple[str, int, int] | None:
        """'it' (singular) for the organisation that closed the pronoun's sentence or the one before it, in the
        same paragraph, with a reporting clause of its own (", the ministry said."): nothing else was found."""
        sentence = self.sentence_of(position)
        paragraph = self.body.rfind("\n", 0, position) + 1
        for index in range(sentence, max(-1, sentence - 2), -1):
            start, end = self.sentences[index]
            if end <= paragraph:
                # (a body's short name closing the paragraph before, the pronoun opening this one)
                if index == sentence - 1 and not self.body[paragraph:position].strip():
                    for match in self._TRAILING_SHORT.finditer(self.body, start, end):
                        if match.end() >= end - 1 and self._bracket_short_name(match.group("np"), match.start()):
                            return match.group("np"), match.start("np"), match.end("np")
                break
            found = None
            for match in self._TRAILING_ORG.finditer(self.body, max(start, paragraph), min(end, position)):
                found = match
            if found is None:
                for match in self._TRAILING_SHORT.finditer(self.body, max(start, paragraph), min(end, position)):
                    if self._bracket_short_name(match.group("np"), match.start("np")) \
                            and not self.is_quoted(match.start("np")):
                        found = match
                if found is not None:
                    return found.group("np"), found.start("np"), found.end("np")
            if found is None or self.is_quoted(found.start("np")):
                continue
            head = found.group("head").lower()
            if not organisation_head(head) or (found.group("head")[:1].islower() and head.endswith("s")
                                                and not head.endswith(("ss", "us"))):
                continue
            return found.group("np"), found.start("np"), found.end("np")
        return None

    # A person the article introduces without a name, as a sentence's subject: "Her husband, Peter, was
    # skeptical.", "A neighbour, who asked not to be named, agreed." (a possessive or indefinite determiner;
    # "The senator" refers back to someone named, and is read by `_description_subject`, so a definite one counts
    # only with a relative clause and when it fits nobody the article names: "The trader, who sells rice, was
    # angry.").
    # (an opening phrase of place may stand before the subject: "At a café above the port, a man …", and a
    # relative clause without commas may say who the person is: "a man who has rented boats for years read …",
    # up to a verb in the past, `speaker_heads.PAST_AFTER_RELATIVE`; a phrase after the head may run to four
    # words: "A nurse at one of the clinics said")
    _INTRODUCED_SUBJECT = re.compile(
        r"[\s\"“”‘’']*(?:(?:" + "|".join(PLACE_OPENINGS) + r")\s+[^,.;:!?\"“”\n]{1,60},\s+)?(?P<np>(?:[Hh]er|[Hh]is|[Tt]heir|[Aa]n?|[Oo]ne|[Tt]he|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]+)"
        r"(?:\s+(?:for|of|at|from|with|in)\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+(?!(?:"
        + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r"|was|is|had|has|did)\b)[a-z][\w’'-]+){0,3}"
        r"(?:\s+[A-Z][\w’'-]+){0,2})?)"
        r"(?P<relative>\s+who\s+(?:(?:has|have|had|is|was)\s+)?[a-z][\w’'-]+(?:\s+[^\s,.;:!?\"“”]+){0,12}?"
        r"(?=\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|" + "|".join(PAST_AFTER_RELATIVE) + r")\b))?"
        r"(?P<aside>(?:,\s+[^,.;:!?\"“”]{1,60}){1,2},)?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|earlier\s+)?(?P<verb>[a-z]{2,}ed|[a-z]{2,}[^s\W]s|was|is|had|has|says|said|"
        r"did|told|spoke|wrote|felt|thought|knew|became|came|went|took|made|saw|kept|stood|"
        + "|".join(PAST_AFTER_RELATIVE) + r")\b")
    # an aside that is an attribution of its own ("Her grandmother, she says, was …", ", Lopez said,"): the subject
    # is what the speaker talks of, not someone introduced
    _ATTRIBUTION_ASIDE = re.compile(r",\s+(?:[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:"
                                    + "|".join(sorted(speech_verbs.SENTENCE_FINAL, key=len, reverse=True))
                                    + r")(?:\s+[a-z]+ly)?\s*,")
    # what follows a form of "be" when the clause is passive ("was slightly injured", "is being held")
    _PASSIVE_REST = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|being\s+)?[a-z]{2,}(?:ed|en)\b")

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
            if head not in ROLE_NOUNS and head not in TITLE_HEADS \
                    and not _names_a_person_by_trade(head, match.group("verb")) \
                    or _looks_plural(self.body[match.start("np"):match.end("head")]):  # (the head, not its phrase)
                continue
            # (with nobody named before the pronoun there is no rival: a description that does not say the other
            # gender will do, "A local shopkeeper was blunt. “…,” she said")
            alone = after < 0
            other = FEMALE_MARKERS if gender == "male" else MALE_MARKERS
            if not (set(words) & (MALE_MARKERS if gender == "male" else FEMALE_MARKERS)) \
                    and not self._describes_gender(words, gender) and not (alone and not set(words) & other):
                continue
            if (EPITHET_GENDERS.get(head) or GENDERED_HEADS.get(head)) not in (None, gender):
                continue  # "A woman … “…,” he said": the head noun says the other gender
            if words[0] == "the" and (not (alone or re.match(r",\s+who(?:se)?\s", match.group("aside") or ""))
                                      or self._resolve_description(match.group("np").split()[1:],
                                                                   match.start("np")) is not None):
                # a definite description introduces someone only with a relative clause saying who ("The trader,
                # who sells rice,"); else ("The bloc's top trade official") it is someone named, before or after
                continue
            possessive = words[0] in ("her", "his", "their") or any(
                _POSSESSIVE_WORD.search(word) and word[:1].isupper() for word in match.group("np").split()[:3])
            if not set(words) & (MALE_MARKERS | FEMALE_MARKERS) and possessive:
                continue  # "Her lawyer", "Carter's lawyer": of either gender, so no safer than the named antecedent
            aside = match.group("aside")
            if match.group("verb") in ("was", "is") and (
                    not (aside or alone) or self._PASSIVE_REST.match(self.body, match.end("verb"))):
                # "A bystander at the corner was slightly injured.": a subject something happens to, or one only
                # described ("was there"), does not outrank the person named before it; one the article
                # introduces with an aside ("Her husband, Peter, was skeptical.") still does, unless passive
                continue
            if aside and self._ATTRIBUTION_ASIDE.fullmatch(aside):
                continue  # "Her grandmother, she says, was a nurse": spoken of by the one the aside's verb says
            if aside and aside[1:].strip()[:1].isupper():  # "Her husband, Peter": the name is part of it
                return match.start("np"), match.group("np") + aside.rstrip(",")
            if match.group("relative"):  # "a man who has rented boats for years": the clause says who he is
                return match.start("np"), match.group("np") + match.group("relative")
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
            if organisation_head(head) or head in ORG_WORDS or head in DOCUMENT_NOUNS:
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

