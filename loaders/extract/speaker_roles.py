"""Who is who, for speaker resolution: a description ("the Russian leader", "the minister", "the defendant")
resolved to the person of the article whose roles fit it, or to the registry's office holder. A person's roles are
what the article says of them, wherever it says it: titles and appositions, a description before the name ("Lumen
Bank's chief executive, X,", "his Borovian counterpart, X"), a copula ("X is the Democratic front-runner"), a
relative clause whose verb is a role ("X, who heads the union,"), and what a story's genre implies (the one on trial
is "the defendant", the one who led a study its "lead author"). `WhoIsWho` holds these readings as a part of
`speakers.SpeakerResolver` (it reads the resolver's body, sentences, people and mentions); descriptions with no
such role fall back on the resolver's epithets.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from datetime import date
from itertools import takewhile

from loaders.extract.analysis import Mention
from loaders.extract.data import speech_verbs
from loaders.extract.data.cities import place_country
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.kin import KIN_NOUNS
from loaders.extract.data.lexicon import (
    ASSOCIATE_NOUNS,
    DESCRIPTION_RANK_QUALIFIERS,
    OTHER_OFFICE_RANKS,
    FUNCTION_WORDS,
    GENERIC_QUALIFIERS,
    HONORIFIC_STYLES,
    HONORIFICS,
    NATIONALITY_COUNTRY,
    ROLE_SYNONYMS,
    TITLE_HEADS,
)
from loaders.extract.data.speaker_heads import (
    BODY_OBJECT_WORDS,
    GENERIC_OFFICE_HEADS,
    HEAD_TITLES_ADDED,
    PUBLIC_OFFICE_HEADS,
    CARRYING_ON_VERBS,
    OTHER_SIDE_WORDS,
    APPOINTING_VERBS,
    COUNCIL_ROLE_SYNONYMS,
    MEMBERSHIP_HEADS,
    ROLE_KEEPING_VERBS, ROLE_KEEPING_AUXILIARIES, ROLE_CLOSING_WORDS, ROLE_DELIBERATIONS,
    ROLE_STOP_WORDS,
    SPEAKING_THINGS,
    BRACKET_FURNITURE,
    BRACKET_NOTE_WORDS,
    STYLE_HONORIFICS,
    TOP_RANK_WORDS,
    speaker_like_head,
)
from loaders.extract.data.not_people import CAPTION_POSITIONS, MAIN_CLAUSE_VERBS, OBJECT_GAP_VERBS
from loaders.extract.data.office_subjects import OFFICE_SUBJECT_LINKS, OFFICE_SUBJECTS
from loaders.extract.data.role_forms import (
    ABBREVIATED_OFFICES,
    BODY_HEAD_OFFICES,
    SINGLE_HOLDER_OFFICES,
    GENDERED_FORMS,
    GRADED_OFFICES,
    PAST_HOLDER_WORDS,
    PORTFOLIO_HEADS,
    QUALIFIER_FORMS,
    RANKED_HOLDER_HEADS,
    ROLE_FORM_GROUPS,
    SUBORDINATE_RANKS,
    TITLE_ABBREVIATIONS,
    TEAM_NOUNS,
    TEAM_POSSESSOR_ROLES,
    TEAM_RESULT_VERBS,
    TEAM_SPORTS_WORDS,
)
from loaders.extract.data.unnamed_sources import SOURCE_NOUNS
from loaders.extract.speaker_words import (
    POSSESSIVE_WORD, PREPOSITIONS, PRONOUN_GENDERS, ROLE_NOUNS, organisation_head,
)
from loaders.extract.text import country_of_word
from loaders.records import MentionRecord, PersonRecord

# Heads of a description and the roles they can stand for: one table, in the lexicon.
HEAD_SYNONYMS = {**ROLE_SYNONYMS, **COUNCIL_ROLE_SYNONYMS}
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


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
_WORD_RUN = re.compile(r"\S+")  # a word as str.split() reads it
# the shape of a nationality adjective ("Norvian", "Sylvanese", "Borovish"), for ones no table knows
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i)")

_NAME_WORD = r"[A-Z][\w’'-]*\.?"
# "spokesman for Mrs. Clinton", "aide to President Ana Lind", "Mr. Dunn's lawyer": a person named inside a role,
# with the preposition or possessive that ties them to it.
_OTHER_PERSON_IN_ROLE = re.compile(
    r"(?:\s+(?:for|to|of|with|at|under|from)\s+(?P<after>(?:" + _NAME_WORD + r"\s+){0,5}" + _NAME_WORD + r")(?=\s|$|[,;])"
    r"|(?:^|(?<=\s))(?P<before>(?:" + _NAME_WORD + r"\s+){0,3}[A-Z][\w-]*)['’]s(?=\s))")


# the honorifics without their dots ("ms", "dr")
_BARE_HONORIFICS = frozenset(word.rstrip(".") for word in HONORIFICS)
# the heads a title or role may have (`_title_with_portfolio`, `_description_after`), united once
_TITLE_OR_ROLE_HEADS = TITLE_HEADS | ROLE_NOUNS
# what a bracket after a title holds when it is a photo's furniture or place, or a status, no portfolio
_BRACKET_NOTES = BRACKET_FURNITURE | BRACKET_NOTE_WORDS | frozenset(CAPTION_POSITIONS)


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


# a form of an office's head (`role_forms`), where a role holds it as its head: at the role's end, or before
# "of"/"for" ("chairperson of the water board"); never as a word of something else ("top diplomat in Iraq")
_ROLE_FORM = re.compile(
    r"\b(" + "|".join(sorted((re.escape(form) for group in ROLE_FORM_GROUPS for form in group), key=len, reverse=True))
    + r")(?=$|\s+(?:of|for)\s)", re.IGNORECASE)
_FORM_GROUP = {form: group for group in ROLE_FORM_GROUPS for form in group}


@functools.lru_cache(maxsize=4096)
def _abbreviations_spelt(role: str) -> str | None:
    """A role made only of office abbreviations ("Cllr", "Det. Supt.") spelt out ("detective superintendent");
    None for any other role."""
    words = [word.rstrip(".").lower() for word in role.split()]
    if not words or any(word not in ABBREVIATED_OFFICES for word in words):
        return None
    return " ".join(TITLE_ABBREVIATIONS[word] for word in words)


def _other_forms(role: str) -> tuple[str, ...]:
    """The role written in the other forms of its head's group ("Chairperson of the Board" → "chair of the
    Board", "chairman of the Board", …), none when its head has no other form."""
    found = _ROLE_FORM.search(role)
    if not found:
        return ()
    own = found.group(1).lower()
    return tuple(role[:found.start()] + form + role[found.end():] for form in _FORM_GROUP[own]
                 if form != own and GENDERED_FORMS.get(form, GENDERED_FORMS.get(own)) == GENDERED_FORMS.get(own, GENDERED_FORMS.get(form)))


# a speech verb and the "that" opening the clause it reports, before a name in the same sentence: the name is
# inside someone else's reported words ("The ministry said in a statement that Minister X would lead …")
_REPORTED_THAT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(speech_verbs.CORE | {"announced", "confirmed", "reported"}, key=len, reverse=True))
    + r")\b[^.;:\"“”]{0,120}?\bthat\b[^;:\"“”]*$")
_SUBORDINATE = re.compile(r"\b(" + "|".join(SUBORDINATE_RANKS) + r")[\s-]+$")
# a relation written before a title ("lawyer for the mayor", "adviser to the president", "wife of the governor"):
# the title names the other one, never the role's holder
_RELATION_BEFORE = re.compile(r"\b[a-z]+\s+(?:for|to|of)\s+(?:the|a|an|his|her|their|its)\s+$")
_PORTFOLIO_AFTER = re.compile(r"['’]?s?\s+(?:" + "|".join(PORTFOLIO_HEADS) + r")\b")


def _last_word(text: str) -> str:
    found = re.search(r"([a-z]+)$", text)
    return found.group(1) if found else ""


def _first_word(text: str) -> str:
    found = re.match(r"[a-z]+", text)
    return found.group(0) if found else ""


_PAST_HOLDER = [re.compile(rf"\b{word}\b") for word in PAST_HOLDER_WORDS]
# A title's portfolio between it and the holder's name, capitalised words of an office's subjects
# (`data/office_subjects`) joined by "and", "&", "of", "the": "Ombudsperson for Fisheries and Forestry Ana Roe",
# "Commissioner of the Environment Bo Lind" (`_titled_by_word`); after "and"/"&" that follows a subject word, another
# capitalised noun the list lacks ("Fisheries and Hunting", a plural too: "Women and Equalities", "Lands and
# Waters"), but never a verb form in headline capitals: a past in -ed ("Fisheries and Welcomed Ana Roe") or a verb
# of the verb lists (speech verbs' forms, `MAIN_CLAUSE_VERBS`, `OBJECT_GAP_VERBS`: "Fisheries and Warns Ana Roe",
# "Roads and Runs"); any other capitalised word ends it ("Ombudsperson for Fisheries Warned Ana Roe")
_SUBJECT_WORD = r"(?:" + "|".join(sorted((word.capitalize() for word in OFFICE_SUBJECTS if word.isalpha()),
                                         key=len, reverse=True)) + r")\b"
_SUBJECT_LINKS = "|".join(re.escape(link) for link in sorted(OFFICE_SUBJECT_LINKS))
_HEADLINE_VERBS = "|".join(sorted((word.capitalize() for word in speech_verbs.CUE_WORDS | MAIN_CLAUSE_VERBS
                                    | OBJECT_GAP_VERBS if word.isalpha()), key=len, reverse=True))
_UNLISTED_SUBJECT = r"(?!(?:" + _HEADLINE_VERBS + r")\b)(?![A-Z][\w’'-]*ed\b)[A-Z][a-z][\w’'-]*\b"
_SUBJECT_UNIT = _SUBJECT_WORD + r"(?:[ \t]+(?:" + _SUBJECT_LINKS + r")[ \t]+" + _UNLISTED_SUBJECT + r")?"
_PORTFOLIO_AFTER_TITLE = (r"(?P<portfolio>[ \t]+(?:for|of)(?:[ \t]+the)?[ \t]+" + _SUBJECT_UNIT
                          + r"(?:(?:[ \t]+(?:" + _SUBJECT_LINKS + r"|of|the|for))*[ \t]+" + _SUBJECT_UNIT
                          + r"){0,5}?)?")
_PORTFOLIO_REACH = 80


@functools.lru_cache(maxsize=256)
def _title_patterns(head: str, other: frozenset) -> tuple[re.Pattern, re.Pattern | None]:
    """`_titled_by_word`'s patterns for `head`, built once per head and set of office-changing words: the title
    capitalised right before a name, its portfolio allowed between them ("Ombudsperson for Fisheries and Forestry
    Ana Roe"), and the words `other` that make it another office when written before it ("Deputy Warden")."""
    words = [word for word in _OFFICE_CHANGING_WORDS if word in other]  # (the table's order, as before)
    changed = re.compile(r"\b(?i:" + "|".join(words) + r")[\s-]+$") if words else None
    title = re.compile(r"(?:^|(?<=[\s(]))" + re.escape(head.capitalize()) + _PORTFOLIO_AFTER_TITLE + r"[ \t]+$")
    return title, changed
# words before a capitalised title that make it another office than the bare title ("Deputy Warden", "Acting
# Warden", "Former Taoiseach")
_OFFICE_CHANGING_WORDS = SUBORDINATE_RANKS + PAST_HOLDER_WORDS + ("acting", "interim")


@functools.lru_cache(maxsize=4096)
def _past_holder(role: str) -> bool:
    """Whether the role says its holder no longer holds it ("Retired general", "former prime minister", "ex-CEO")."""
    lowered = role.lower()
    return any(pattern.search(lowered) for pattern in _PAST_HOLDER)


def _holds_title(title: str, lowered: str, qualifiers) -> bool:
    """Whether the lowercase role holds the title, not only a lower rank of it ("deputy speaker" holds no
    "speaker", unless the description names the rank too: "the deputy speaker")."""
    start = lowered.find(title)
    while start >= 0:
        if _RELATION_BEFORE.search(lowered, 0, start) and _last_word(title) in TITLE_HEADS:
            start = lowered.find(title, start + 1)
            continue  # ("lawyer for the mayor" holds no "mayor"; "governor of the central bank" a body's word)
        rank = _SUBORDINATE.search(lowered, 0, start)
        # (a word before a portfolio's head names the portfolio: "justice minister" holds no "justice")
        portfolio = not any(head in title for head in PORTFOLIO_HEADS) \
            and _PORTFOLIO_AFTER.match(lowered, start + len(title)) is not None
        # (a title joined by a hyphen to another office's word is that other, compound office: "Attorney-General"
        # holds no "general", "Major-General" no "major"; only a description naming the whole compound finds it,
        # hyphen or not: "the major general", "the DG")
        end = start + len(title)
        joined = (start >= 2 and lowered[start - 1] == "-" and _last_word(lowered[:start - 1]) in TITLE_HEADS
                  and _last_word(lowered[:start - 1]) not in qualifiers) \
            or (lowered[end:end + 1] == "-" and _first_word(lowered[end + 1:]) in TITLE_HEADS)
        if (rank is None or rank.group(1) in qualifiers or rank.group(1) in title or title in GRADED_OFFICES) \
                and not portfolio and not (joined and rank is None):
            return True
        start = lowered.find(title, start + 1)
    return False


# "-ly" adjectives, which modify the noun, not a following word
_LY_ADJECTIVES = frozenset("""elderly friendly family only early daily weekly monthly yearly likely unlikely lonely
lovely deadly costly orderly holy""".split())


def _without_manner(qualifiers: list[str]) -> list[str]:
    """A description's qualifiers without an adverb of manner and the adjective it qualifies ("the visibly
    angry coach", "a clearly frustrated minister"): they tell how the person was, not which role they hold."""
    kept: list[str] = []
    skip = False
    for index, word in enumerate(qualifiers):
        if skip:
            skip = False
            continue
        if word.endswith("ly") and len(word) >= 6 and word not in _LY_ADJECTIVES and index + 1 < len(qualifiers):
            skip = True
            continue
        kept.append(word)
    return kept


# Heads naming a person by a relation to another ("a friend of the victim", "a lawyer for the family"): the
# preposition's object is that other one, never a head of the role (a chief or a deputy of a body is no relation).
_RELATION_HEADS = (KIN_NOUNS | ASSOCIATE_NOUNS) - {"chief", "deputy", "campaign", "spokesman", "spokeswoman",
                                                  "spokesperson"}
_DETERMINED_OBJECT = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def _role_heads(role: str) -> set[str]:
    """The words a role can be named by: its last word, and the last word before a preposition ("developer" in
    "real estate developer from Manhattan", "chief" in "chief of staff")."""
    words = [word.strip(".,").lower() for word in role.split()]
    heads = {words[-1]} if words else set()
    before = [i - 1 for i in range(1, len(words)) if words[i] in PREPOSITIONS]
    heads.update(words[i] for i in before)
    if before and words[before[-1]] in _RELATION_HEADS and before[-1] + 2 < len(words) \
            and words[before[-1] + 2] in _DETERMINED_OBJECT:
        # "a friend of the victim", "a lawyer for the family": the other one, no head ("a mother of three" keeps
        # "three", a count)
        heads.discard(words[-1])
        heads.add(words[before[-1]])
    return heads


def _prepositional_object(role: str) -> set[str]:
    """The role's last word when it ends a preposition's object and names a body, a proper name's word or an
    organisation's head ("Centre" in "a spokesperson for the Flood Relief Centre", "ministry" in "an adviser to the
    ministry"): it names what the holder serves or heads, never the holder, so a description headed by it ("the
    centre said") is that body, not its spokesperson. ("a mother of three" is still "the mother of three".)"""
    words = [word.strip(".,") for word in role.split()]
    if len(words) < 2 or not any(word.lower() in PREPOSITIONS for word in words[:-1]):
        return set()
    last = words[-1]
    return {last.lower()} if last[:1].isupper() or organisation_head(last.lower()) \
        or last.lower() in BODY_OBJECT_WORDS else set()


def _same_stem(qualifier: str, role: str) -> bool:
    """'the economy minister' for "Minister of Economic Affairs", 'the defence minister' for "Minister of
    Defense", 'the mining minister' for "Minister of Mines": a word of the role shares the qualifier's first five
    letters, or begins with what is left of it without "-ing"."""
    stem = qualifier[:-3] if qualifier.endswith("ing") and len(qualifier) >= 6 else qualifier[:5]
    return len(stem) >= 3 and re.search(r"\b" + re.escape(stem), role) is not None


def _holds_verb(role: str) -> bool:
    """Whether a role's lowercase words hold a finite verb or its adverb ("spokesman also denied")."""
    words = [w.lower() for w in role.split()[1:] if w[:1].islower()]
    return any(w in _ROLE_VERB_WORDS or w in speech_verbs.CLAUSE_VERBS for w in words)


_ROLE_VERB_WORDS = frozenset({"also", "has", "had", "have", "was", "were", "is", "are", "will", "would", "did",
                              "does", "then", "later", "earlier"})


class WhoIsWho:
    """The role and description readings of `speakers.SpeakerResolver` (a base class of it, never used alone)."""

    def _resolve_description(self, words: list[str], position: int,
                             owner: str | None = None) -> tuple[PersonRecord, bool, int] | None:
        """'the Russian leader', 'the prime minister': a person whose role (or registry office) fits, whether
        several people fit (the latest named is taken), and where that person was last named. `owner`, a place's
        possessive written before the description ("Chile's top diplomat"), only tells apart several who fit."""
        cleaned = [w.strip(".,").lower() for w in words]
        # (a description saying its holder no longer holds the office keeps saying so: "the former prime minister")
        past = any(QUALIFIER_FORMS.get(w, w) == "former" for w in cleaned[:-1])
        # (a style of address says how the holder is addressed, not which role: "the Honourable Minister")
        cleaned = [w for w in cleaned if w and w not in GENERIC_QUALIFIERS and w not in HONORIFIC_STYLES]
        # "the deputy minister of fisheries", "Valdmark's undersecretary of forestry": an office, then its portfolio after
        # "of"; the office's word is the head, and the portfolio's words must be in the holder's role as qualifiers
        # are (a country among them is a nationality: "the president of Chile")
        portfolio: list[str] = []
        if "of" in cleaned[1:-1]:
            at = cleaned.index("of", 1)
            # (never an office's own name holding "of": "the head of government", "the chief of staff")
            if (cleaned[at - 1] in ROLE_NOUNS or cleaned[at - 1] in TITLE_HEADS) \
                    and not any(" ".join(cleaned[at - 1:at + 2 + extra]) in HEAD_SYNONYMS for extra in (0, 1)):
                portfolio = [w for w in cleaned[at + 1:] if w.isalpha() and w not in ("the", "and")]
                cleaned = cleaned[:at]
        head = cleaned[-1] if cleaned else ""
        size = 1
        for span in (3, 2):  # "head of government", "prime minister", "chief executive"
            if " ".join(cleaned[-span:]) in HEAD_SYNONYMS or " ".join(cleaned[-span:]) == "prime minister":
                head, size = " ".join(cleaned[-span:]), span
                break
        titles = HEAD_SYNONYMS.get(head, (head,))
        titled_by_word: list[PersonRecord] = []
        if head not in ROLE_NOUNS and head not in TITLE_HEADS and head not in HEAD_SYNONYMS \
                and head not in SOURCE_NOUNS and head != "prime minister" and not self._article_role_head(head):
            # an office no table knows, written as a title right before a name ("Warden Ana Lind", "Abbot Karl
            # Moss"): the article gave it to that person
            titled_by_word = self._titled_by_word(head, set(cleaned[:-1]) | ({"former"} if past else set())) \
                if size == 1 else []
            if not titled_by_word:
                return None
        nations = [_nation_of(w) for w in cleaned[:-size] if _nation_of(w)]
        # ("Egypt's top diplomat", "Chile's president": the country a possessive names)
        nations += [country.lower() for w in cleaned[:-size] if POSSESSIVE_WORD.search(w)
                    for country in [country_of_word(POSSESSIVE_WORD.sub("", w))] if country]
        # Words up to a possessive describe the owner, not the role ("the central bank's governor" is a governor,
        # of a bank that is central); "the company boss", "the bank chief": whose organisation, not which role.
        owner_end = max((i + 1 for i, w in enumerate(cleaned[:-size]) if POSSESSIVE_WORD.search(w)), default=0)
        qualifiers = [w for w in cleaned[owner_end:-size]
                      if not _nation_of(w) and w.isalpha() and (head in MEMBERSHIP_HEADS or not organisation_head(w))]
        qualifiers = _without_manner(qualifiers)
        qualifiers = [q for q in qualifiers if QUALIFIER_FORMS.get(q, q) != "former"] + (["former"] if past else [])
        nations += [country.lower() for w in portfolio for country in [country_of_word(w)] if country]
        qualifiers += [w for w in portfolio if not country_of_word(w)]
        # The latest mention before `position` (outside quotes) of a person whose roles fit: which people fit
        # depends on the description only, so it is worked out once per description, and each of them is then
        # looked up by position in its own mentions.
        # "Peru's deputy foreign minister" is never one whose own title names another place's possessive ("Chile's
        # Deputy Minister of Foreign Affairs, Ana Rojas"), even the only minister named
        owning = POSSESSIVE_WORD.sub("", owner) if owner and POSSESSIVE_WORD.search(owner) else ""
        fitting = [person for person in self._people_fitting(titles, nations, qualifiers) or titled_by_word
                   if not owning or not self._owned_elsewhere(person, owning)]
        top = any(word.strip(".,").lower() in TOP_RANK_WORDS for word in words[:-1])
        if top:
            # "the top government spokesman" is not someone the article gives that role only as one of several
            # ("A spokesman for the coast guard, Ivo Marr, …"): a wrong person is worse than the label
            fitting = [person for person in fitting if not self._only_one_of_several(person, titles, nations,
                                                                                     qualifiers)]
        if head in HEAD_TITLES_ADDED:
            # "Chile's top diplomat" of no foreign minister or ambassador the text gives Chile: one holding an office
            # of Chile's foreign ministry; "the top diplomat" of none at all: one holding such an office
            country = (country_of_word(owning) or "").lower() if owning else ""
            added_titles = (*titles, *HEAD_TITLES_ADDED[head])
            # (never a former official of that ministry: "Ana Lind, a former official of Chile's Foreign Ministry")
            added = [person for person in self._people_fitting(added_titles, nations, qualifiers)
                     if (not owning or not self._owned_elsewhere(person, owning))
                     and (past or not self._held_only_before(person, added_titles, nations, qualifiers))]
            if country and not any(country in self._nationalities_of(person) for person in fitting):
                fitting = [person for person in added if country in self._nationalities_of(person)] or fitting
            elif not fitting:
                fitting = added
        ranked = False
        if not fitting and not past and head in RANKED_HOLDER_HEADS and not set(SUBORDINATE_RANKS) & set(qualifiers):
            # "Deputy Minister Ana Lind … the minister said": the one junior holder, when no full one is named
            fitting = list({id(person): person for rank in SUBORDINATE_RANKS
                            for person in self._people_fitting(titles, nations, [*qualifiers, rank])
                            if not owning or not self._owned_elsewhere(person, owning)}.values())
            fitting = fitting if len(fitting) == 1 else []
            ranked = bool(fitting)
        if not fitting and nations and head in GENERIC_OFFICE_HEADS:
            # "the Omani official": the one person holding a public office whom the text itself gives that
            # nationality (not the people step's country, which may be the article's, given to anyone)
            fitting = [person for person in self.people
                       if set(nations) <= self._nationalities_of(person)
                       and any(_role_heads(role) & PUBLIC_OFFICE_HEADS for role in self._roles_of(person))]
            fitting = fitting if len(fitting) == 1 else []
        if not nations and len(fitting) > 1 and any(POSSESSIVE_WORD.sub("", w.lower()) in ("country", "nation")
                                                    for w in words[:-1] if POSSESSIVE_WORD.search(w)):
            # "the country's top diplomat" is the country's own office holder, never someone introduced as a
            # counterpart (an office held relative to another's, of another country)
            fitting = [person for person in fitting if not self._a_counterpart(person)] or fitting
        if not nations and len(fitting) > 1:
            # a counterpart holds the office only relative to someone, by nationality: a description that names
            # no nationality ("the country's top diplomat") is the one who holds the title as such
            titled = [person for person in fitting if any(
                any(title in role.lower() for title in titles) for role in self._roles_of(person))]
            fitting = titled or fitting
        if not nations and not qualifiers and not owner and len(fitting) > 1:
            # "Governor A said … She named her counterpart in the West, Governor B, … The governor said": a bare
            # description in a later paragraph goes on with the article's own holder, never the one introduced only
            # relative to them (in the paragraph that names the counterpart it goes on with them: "B said … “…,”
            # the minister said")
            # (only when that own holder is named outside the sentence introducing the counterpart: "Governor A of
            # the East met his counterpart, Governor B, who hosted the talks" establishes neither as the article's)
            own = [person for person in fitting if not self._introduced_as_counterpart(person)
                   or self._named_in_paragraph(person, position)]
            introductions = frozenset().union(*(self._counterpart_introductions(person) for person in fitting))
            if any(self.sentence_of(mention.start) not in introductions and not self.is_quoted(mention.start)
                   for person in own for mention in self._mentions_of.get(id(person), ())):
                fitting = own
        if not past and fitting and any(title in SINGLE_HOLDER_OFFICES or title.split()[-1] in SINGLE_HOLDER_OFFICES
                                        for title in titles):
            # "the prime minister" is not someone the article gives the office only as a former one ("Former prime
            # minister Jan Kowal criticised the plan. “…,” the prime minister said" is the one in office now)
            fitting = [person for person in fitting if not self._held_only_before(person, titles, nations, qualifiers)]
        if not past and len(fitting) > 1:
            # "the CEO" of a CEO and a former CEO is the one who holds the office now
            current = [person for person in fitting if any(
                not _past_holder(role) and self._role_fits(role, titles, nations, qualifiers, person)
                for role in self._roles_of(person))]
            fitting = current or fitting
        if len(fitting) > 1:
            # "the harbourmaster" of a harbourmaster and a harbour chief: the one whose role is written as the
            # description is, over one only another form of the office fits
            fitting = [person for person in fitting if self._fits_as_written(person, titles, nations, qualifiers)] \
                or fitting
        if not past:
            # ... and never a former holder through another form ("the former harbour chief" is no harbourmaster
            # in office)
            fitting = [person for person in fitting
                       if self._fits_as_written(person, titles, nations, qualifiers, now=True)
                       or not any(self._role_fits(role, titles, nations, qualifiers, person)
                                  for role in self._roles_of(person))]
        if nations and len(fitting) > 1:
            # the people the text itself gives the nationality ("her Polish counterpart, X") before those only
            # the people step's country fits (which may be the article's country, given to anyone)
            explicit = [person for person in fitting if set(nations) <= self._nationalities_of(person)]
            fitting = explicit or fitting
        if len(fitting) > 1 and owner and POSSESSIVE_WORD.search(owner):
            # "Chile's top diplomat", "Norvia's top diplomat" of two ministers: the one the text gives that
            # country, else (a place no table knows) the one whose title words share the place's stem ("Norvian
            # Foreign Minister Karl Moss")
            place = POSSESSIVE_WORD.sub("", owner)
            country = (country_of_word(place) or "").lower()
            if country:
                fitting = [person for person in fitting if country in self._nationalities_of(person)] or fitting
            elif len(place) >= 4 and not any(place in person.name.split() for person in self.people):
                # (a person's possessive, "Lind's lawyer", is no place)
                fitting = [person for person in fitting if place[:4].lower() in self._title_stems(person)] or fitting
        # "the Borovian leader": a capitalised word that no fitting role holds is a nationality or party no
        # table knows; without it, one person only may fit.
        capitalised = {word.strip(".,").lower() for word in words[:-size] if word[:1].isupper()}
        if not fitting and capitalised & set(qualifiers) and head in TITLE_HEADS:  # (not "the Wisconsin Republican")
            relaxed = self._people_fitting(titles, nations, [q for q in qualifiers if q not in capitalised])
            # ... nor one whose role names another place ("Estland's top diplomat" is not "the Norvian minister")
            relaxed = [person for person in relaxed if not self._from_elsewhere(person, capitalised)]
            if len(relaxed) > 1:  # "Sylvanian President Dan Ezra": the words written before a mention tell
                # ... or the place written right after one ("Premier Rob Kerr of Westland")
                relaxed = [person for person in relaxed if capitalised <= {
                    word.strip(".,").lower() for mention in self._mentions_of.get(id(person), ())
                    for word in [*self._title_words_before(mention), *self._place_after(mention)]}]
            fitting = relaxed if len(relaxed) == 1 else []
        implied = False  # the role is only implied: the person fits by nationality alone
        if not fitting:
            fitting = self._of_nation_only(words[:-size], head, position)
            implied = bool(fitting)
        loose = not fitting
        if loose:
            fitting = self._people_described_by(qualifiers, position)
            if past:  # "the former minister of energy" is no serving one whose role merely holds "energy"
                fitting = [person for person in fitting if any(_past_holder(role) for role in self._roles_of(person))]
            if (head in TITLE_HEADS or head in HEAD_SYNONYMS) and head not in LEADER_HEADS:
                # an office ("the justice minister") is not someone who holds another office its qualifiers only
                # name ("Justice Ana Lind", a judge); a leader's word says only who leads ("the transport chief"
                # of "Secretary for Transport X")
                fitting = [person for person in fitting if not self._holds_other_office(person, titles)]
            domains = [w for w in cleaned[owner_end:-size] if w.isalpha() and organisation_head(w)]
            body_words = [w.strip(".,") for w in words[:-size] if w[:1].isupper() and w.lower() not in ("the",)]
            if not fitting and body_words and head in LEADER_HEADS:
                # "the UN chief", "the WHO chief" for "United Nations Secretary-General X", "WHO Director-General Y":
                # the one titled person whose role names the body (its words or their initials)
                fitting = self._heads_of_body(body_words)
            if not fitting and domains and head in LEADER_HEADS:
                # "the police chief" for "Police Commissioner X": a leader named by the body whose role names it
                # (one who speaks for or advises the body, "a spokeswoman for the police", does not lead it)
                fitting = [person for person in self._people_described_by(domains, position)
                           if any(_role_heads(role) & TITLE_HEADS - ASSOCIATE_NOUNS for role in self._roles_of(person))]
            if owning:
                fitting = [person for person in fitting if not self._owned_elsewhere(person, owning)]
            if top:  # ... nor one found only by the description's words ("The top energy adviser": "an energy
                # adviser")
                fitting = [person for person in fitting if not self._only_one_of_several(person, titles, nations,
                                                                                         qualifiers)]
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
            if best is None:
                return None
            best = self._speaker_over_reported(best, latest, position)
        if best:
            return best.person, named_before > 1 or loose or implied or ranked, best.start
        if not best and head in GENERIC_OFFICE_HEADS and qualifiers:
            # "Chile's top trade official told journalists … Trade Minister Ana Lind added": an official described
            # by the field of their office, no one named yet, is the one holding a public office of that field
            # named in the next sentence (of no other country the text gives them)
            places = set(nations) | ({(country_of_word(owning) or "").lower()} - {""} if owning else set())
            holders = [person for person in self.people
                       if any(self._field_office(role, qualifiers, places) for role in self._roles_of(person))
                       and not (places and self._nationalities_of(person)
                                and not places <= self._nationalities_of(person))
                       and not (owning and self._owned_elsewhere(person, owning))]
            named = self._named_ahead(holders, position, sentences=1)
            if named and self._CARRYING_ON.match(self.body, named.end):
                return named.person, True, named.start
        ahead = self._named_ahead(fitting, position)
        if ahead:  # "Sylvania's foreign minister said … Foreign Minister Dan Ezra added"
            return ahead.person, True, ahead.start
        if not fitting and size == 1:
            ranks = [w for w in (word.strip(".,").lower() for word in words[:-1]) if w in OTHER_OFFICE_RANKS]
            renamed = self._head_named_next(head, position, ranks)
            if renamed:  # "Norway's fisheries minister told reporters … The minister, Irena Voltask, said …"
                return renamed.person, True, renamed.start
        registered = self._registry_description(titles, nations)
        return (registered, True, -1) if registered else None

    def _named_in_paragraph(self, person: PersonRecord, position: int) -> bool:
        """Whether the person is named (outside quotes) earlier in the paragraph holding `position`."""
        opening = self.body.rfind("\n", 0, position) + 1
        return any(opening <= mention.start < position and not self.is_quoted(mention.start)
                   for mention in self._mentions_of.get(id(person), ()))

    def _held_only_before(self, person: PersonRecord, titles, nations, qualifiers) -> bool:
        """Whether every role of the person that fits the description says, in the writer's own words, that they
        no longer hold it ("Former prime minister Jan Kowal"); a role read off a past verb ("who founded Lumen":
        "former founder of Lumen") is written nowhere and still says what they are."""
        fits = self._written_roles_fitting(person, titles, nations, qualifiers)
        lowered = self.body.lower()
        return bool(fits) and all(_past_holder(role) and role.lower() in lowered for role in fits)

    def _title_stems(self, person: PersonRecord) -> set[str]:
        """The first four letters of the nationality-shaped words of the person's roles and of the title written
        before their mentions ("Norvian Foreign Minister" gives "norv")."""
        words = [word for role in self._roles_of(person) for word in role.split()]
        words += [word for mention in self._mentions_of.get(id(person), ()) if not self.is_quoted(mention.start)
                  for word in self._title_words_before(mention)]
        return {word[:4].lower() for word in words if _DEMONYM_SHAPE.fullmatch(word)}

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

    _OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")

    def _place_after(self, mention: Mention) -> list[str]:
        """The capitalised words of an "of" phrase right after a mention ("Rob Kerr of Westland"), outside quotes."""
        found = self._OF_PLACE_AFTER.match(self.body, mention.end)
        return found.group(1).split() if found and not self.is_quoted(mention.start) else []

    _PLACE_OWNING_ROLE = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{3,})['’]s\s")

    def _owned_elsewhere(self, person: PersonRecord, place: str) -> bool:
        """Whether the person's roles name a place's possessive ("Chile's Deputy Minister …") and none of them the
        place, when the place is no word of a person's name ("Lind's lawyer"). Two countries the table knows are
        the same place under any of their names ("The United Kingdom's …" and "Britain's …"); a title's owner the
        table does not know as a country (a city, a firm: "Lima's Deputy Mayor" for "Peru's deputy mayor",
        "Nokia's Chief Executive" for "Finland's chief executive") may well be in the description's country, so
        it tells nothing against it unless the gazetteer places that city or region in another country ("Lima's"
        is no "Chile's") (a known country in the title does tell against an owner no table knows:
        "Norway's Deputy Minister" is no "Kessland's deputy minister"); two owners no table knows differ when their
        first four letters do ("Eastland", "Westland")."""
        if len(place) < 4 or not place[:1].isupper() or any(place in other.name.split() for other in self.people):
            return False
        places = {match.group(1) for role in self._roles_of(person)
                  for match in self._PLACE_OWNING_ROLE.finditer(role)}
        if not places:
            return False
        country = country_of_word(place)
        for known in places:
            known_country = country_of_word(known) or country_of_word(known.split()[-1])
            if country and known_country:
                if known_country == country:
                    return False
            elif country:
                # (a city or region the gazetteer places in another country is elsewhere: "Lima's Deputy Mayor"
                # is no "Chile's deputy mayor"; one it does not know, or places in that country, may be there)
                town_country = place_country(known)
                if town_country is None or town_country == country:
                    return False
            elif not known_country and known.split()[-1][:4].lower() == place[:4].lower():
                return False
        return True

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

    def _titled_by_word(self, head: str, said=frozenset()) -> list[PersonRecord]:
        """The people a mention of whom (outside quotes) is written right after `head` capitalised as a title
        ("Warden Ana Lind", "Kestel Prison Warden Ana Lind" for "warden"). A single word only, and only for a head
        no table knows: what the words before it say is left to the tables' readings. A rank or a past holder's
        word before the title makes it another office ("Deputy Warden Tom Hale", "Former Taoiseach Bertie Nolan"),
        held only by a description that says that word too (`said`: "the former Taoiseach"). Its portfolio may stand
        between the title and the name ("Ombudsperson for Fisheries and Forestry Ana Roe"), unless the head is a
        body's ("Institute for Fisheries Ana Roe" is no institute)."""
        if head.capitalize() not in self.body:
            return []  # (the title is written nowhere)
        title, changed = _title_patterns(head, frozenset(word for word in _OFFICE_CHANGING_WORDS if word not in said))
        reach = len(head) + 2 + _PORTFOLIO_REACH
        body_head = organisation_head(head)  # ("the Institute for Fisheries Ana Roe chairs": a body's name)
        found = []
        for person in self.people:
            if person.name in self._organisations:
                continue
            if any(not self.is_quoted(m.start) and titled
                   and not (changed and changed.search(self.body, max(0, titled.start() - 16), titled.start()))
                   and not (body_head and titled.group("portfolio"))
                   for m in self._mentions_of.get(id(person), ())
                   for titled in [title.search(self.body, max(0, m.start - reach), m.start)]):
                found.append(person)
        return found

    def _holds_other_office(self, person: PersonRecord, titles) -> bool:
        """Whether every office the person's roles are headed by (a title head) is none of `titles`."""
        heads = {head for role in self._roles_of(person) for head in _role_heads(role) & TITLE_HEADS}
        return bool(heads) and not any(title.split()[-1] in heads for title in titles)

    def _article_role_head(self, head: str) -> bool:
        """Whether a role the article itself gave someone ends in `head` ("Maria Lopez, the harbour master,"
        then "the veteran harbour master said"): a role no table knows is still a role once the article has
        given it to a named person."""
        found = self._role_heads.get(head)
        if found is None:
            found = self._role_heads[head] = any(
                head in _role_heads(role) - _prepositional_object(role)
                for person in self.people for role in self._roles_of(person))
        return found

    def _written_roles_fitting(self, person: PersonRecord, titles, nations, qualifiers) -> list[str]:
        """The person's roles as the text writes them (no form only added) that fit the description, as written or
        in another form of the same office ("a spokeswoman for the navy" fits "the spokesman")."""
        self._roles_of(person)
        return [role for role in self._written_roles.get(id(person), [])
                if any(self._role_fits(form, titles, nations, qualifiers, person)
                       for form in (role, *_other_forms(role)))]

    def _only_one_of_several(self, person: PersonRecord, titles, nations, qualifiers) -> bool:
        """Whether each role of the person's that fits is written in the text only after "a"/"an"/"one" ("a
        spokesman for the coast guard", "one spokesman"), never after "the", a possessive or as a title before the name. A use after a top-rank
        word ("The top government spokesman said") is the description asked about, no use naming the person."""
        fits = self._written_roles_fitting(person, titles, nations, qualifiers)
        return bool(fits) and all(
            re.search(r"\b(?:[Aa]n?|[Oo]ne)\s+" + re.escape(role), self.body)
            and not any(self._word_before(match.start()) not in TOP_RANK_WORDS for match in re.finditer(
                r"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Oo]ne\s)\b" + re.escape(role), self.body))
            for role in fits)

    def _word_before(self, position: int) -> str:
        """The word right before `position` in the body, lower case ("" at the start)."""
        before = self.body[max(0, position - 40):position].split()
        return before[-1].lower() if before else ""

    def _people_fitting(self, titles, nations, qualifiers) -> list[PersonRecord]:
        """The people whose roles fit a description (worked out once per description)."""
        key = (tuple(titles), tuple(nations), tuple(qualifiers))
        fitting = self._fitting_people.get(key)
        if fitting is None:
            fitting = self._fitting_people[key] = [
                person for person in self.people if any(
                    self._role_fits(role, titles, nations, qualifiers, person) for role in self._roles_of(person))]
        return fitting

    def _the_one_who_spoke(self, best: Mention, latest: list[Mention], position: int) -> Mention | None:
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
        # (when neither has spoken, the description tells them apart no more than the order they were named in:
        # "Defence Minister A and Health Minister B opened …" then "the minister said" is either: the label)
        return spoke if last_spoke(spoke) >= 0 else None

    def _speaker_over_reported(self, best: Mention, latest: list[Mention], position: int) -> Mention:
        """'Foreign Minister A added that … The ministry said that State Minister B would lead … “…,” the
        minister said': when the latest fitting person was named only inside someone else's reported clause and
        has not spoken, the description goes on with the one other fitting person who has spoken before it."""
        sentence_start = self.sentences[self.sentence_of(best.start)][0]
        if not _REPORTED_THAT_BEFORE.search(self.body, sentence_start, best.start):
            return best
        if any(m.start < position and not self.is_quoted(m.start) and self._speaks(m)
               for m in self._mentions_of.get(id(best.person), ())):
            return best
        spoke = [mention for mention in latest if mention.person is not best.person and any(
            m.start < position and not self.is_quoted(m.start) and self._speaks(m)
            for m in self._mentions_of.get(id(mention.person), ()))]
        if len(spoke) != 1:
            return best
        # "… announced that Minister B would inspect the flooded tunnel. At the tunnel, the minister said …": the
        # description's sentence goes on with a thing of the reported clause that the speaker's own sentences never
        # named, so the one announced is the one there
        said_by_speaker = set().union(*(self._content_words(*self.sentences[self.sentence_of(m.start)])
                                        for m in self._mentions_of.get(id(spoke[0].person), ()) if m.start < position))
        reported = self._content_words(best.end, self.sentences[self.sentence_of(best.start)][1]) - said_by_speaker
        return best if reported & self._content_words(*self.sentences[self.sentence_of(position)]) else spoke[0]

    def _content_words(self, start: int, end: int) -> set[str]:
        """The lowercase content words of `body[start:end]`, plural "s" dropped (no function word, speech verb or
        role noun): what a stretch of text is about, to tell whether two sentences go on with one thing."""
        return {word[:-1] if word.endswith("s") else word for word in re.findall(r"\b[a-z][a-z'’-]{3,}\b", self.body[start:end])
                if word not in FUNCTION_WORDS and word not in speech_verbs.CUE_WORDS and word not in ROLE_NOUNS
                and word not in TITLE_HEADS}

    # a holder named after a described official carries the statement on: the name, at most an apposition (no
    # contrast word), then a speech verb of theirs ("Trade Minister Ana Lind added that …")
    _CARRYING_ON = re.compile(
        r"(?:,\s+(?!(?:however|though|meanwhile|instead|nevertheless|in\s+turn)\b)[^,;:.!?\"“”]{1,60},)?"
        r"\s+(?:also\s+|later\s+|then\s+)?(?:" + "|".join(CARRYING_ON_VERBS) + r")\b")

    @staticmethod
    def _field_office(role: str, qualifiers, places: set[str]) -> bool:
        """Whether a role is a public office of the field the qualifiers name, held now, for the government of
        the place (if any): not a former one, an opposition one, nor one a possessive gives another owner ("the
        WTO's trade director", "the Trade Ministry's spokeswoman")."""
        lowered = role.lower()
        if not _role_heads(role) & PUBLIC_OFFICE_HEADS or _past_holder(role) \
                or not all(re.search(rf"\b{re.escape(q)}\b", lowered) for q in qualifiers) \
                or set(re.findall(r"[a-z]+", lowered)) & OTHER_SIDE_WORDS:
            return False
        owners = [POSSESSIVE_WORD.sub("", word) for word in role.split() if POSSESSIVE_WORD.search(word)]
        return not any((country_of_word(owner) or "").lower() not in places or not places for owner in owners)

    def _head_named_next(self, head: str, position: int, ranks: list[str] = ()) -> Mention | None:
        """The person a description no role fits is named as right after it: its head again, with "the" and an
        apposed name, in its own or the next sentence ("Norway's fisheries minister told reporters … The minister,
        Irena Voltask, said …"): the short form takes up the description, and the name says who holds it. The
        short form keeps the description's rank words (`ranks`: "the deputy minister" is no "The minister, X"), no
        other description with the head stands between them ("… after Sweden's minister spoke. The minister, X":
        Sweden's), and a person the article gave another office before ("X is the mayor") holds none of it."""
        limit = self.sentences[min(len(self.sentences) - 1, self.sentence_of(position) + 1)][1]
        written = r"\s+".join(map(re.escape, [*ranks, *head.split()]))
        pattern = re.compile(r"\b[Tt]he\s+" + written + r",\s+")
        own_head = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
        for match in pattern.finditer(self.body, position + 1, limit):
            if self.is_quoted(match.start()):
                continue
            between = [found for found in own_head.finditer(self.body, position, match.start())
                       if not self._other_office_or_reported(found.start(), ranks)]
            if len(between) > 1:
                return None  # (another holder's description between: the short form may take up that one)
            named = [mention for person in self.people for mention in self._mentions_of.get(id(person), ())
                     if mention.start == match.end()]
            if len(named) == 1 and self.body.startswith(",", named[0].end) \
                    and not self._other_office_before(named[0].person, head, position):
                return named[0]
        return None

    # a description opening a reported clause: "said (that) the prime minister had …", "told reporters the minister …"
    _REPORTED_OPENING = re.compile(r"\b(?:" + "|".join(sorted(speech_verbs.CLAUSE_VERBS, key=len, reverse=True))
                                   + r")\s+(?:[a-z]+\s+)?(?:that\s+)?(?:the|a|an)\s+(?:[\w’'-]+\s+)?$")

    def _other_office_or_reported(self, start: int, ranks) -> bool:
        """Whether the head word at `start` is written as another office (a rank word the description lacks: "the
        prime minister", "Sweden's deputy minister") or in the object of a speech ("said the prime minister had …"):
        neither is a description "The minister, X," could take up instead."""
        before = self.body[max(0, start - 80):start]
        previous = re.findall(r"[\w-]+", before[-30:])
        if previous and previous[-1].lower() in OTHER_OFFICE_RANKS and previous[-1].lower() not in ranks:
            return True
        return bool(self._REPORTED_OPENING.search(before))

    def _other_office_before(self, person: PersonRecord, head: str, position: int) -> bool:
        """Whether the article gave the person, in a mention before `position`, an office whose heads do not hold
        `head` ("Irena Voltask is the mayor of Tromvik" before "the minister")."""
        for mention in self._mentions_of.get(id(person), ()):
            if mention.start >= position:
                break
            heads = _role_heads(mention.role) & TITLE_HEADS if mention.role else set()
            if heads and head not in heads:
                return True
        for role in self._roles_of(person):
            heads = _role_heads(role) & TITLE_HEADS
            if heads and head not in heads and role.lower() in self.body[:position].lower():
                return True
        return False

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

    # a past holder's word before the capitalised place words a title opens with ("former San Isidro mayor"): the
    # people step may keep only the title's end ("Isidro mayor")
    _PAST_BEFORE_TITLE = re.compile(r"\b(?i:" + "|".join(PAST_HOLDER_WORDS) + r")[\s-]+(?:[A-Z][\w’'-]*\s+){1,3}$")

    def _past_word_before(self, mention: MentionRecord) -> str | None:
        """The mention's role widened back to the past holder's word it was written after ("former San Isidro
        mayor Rodrigo Villanueva" is the former mayor, though the people step gives "Isidro mayor"), else None."""
        role = mention.role
        if not role or _past_holder(role) or self.is_quoted(mention.start):
            return None
        role_start = self.body.rfind(role, max(0, mention.start - len(role) - 3), mention.start)
        if role_start < 0 or self.body[role_start + len(role):mention.start].strip():
            return None
        found = self._PAST_BEFORE_TITLE.search(self.body, max(0, role_start - 60), role_start)
        return self.body[found.start():role_start] + role if found else None

    def _roles_of(self, person: PersonRecord) -> list[str]:
        """The person's roles and appositions as written, each once; a "role" holding a clause's verb
        ("Cricket Board spokesman also denied") was cut from a sentence, and describes nobody."""
        roles = self._roles.get(id(person))
        if roles is None:
            roles = self._roles[id(person)] = list(dict.fromkeys(
                role for m in person.mentions for role in (self._past_word_before(m) or m.role,
                                                           getattr(m, "apposition", None),
                                                           self._description_before(m), self._description_after(m),
                                                           self._description_predicated(m),
                                                           *self._standing_trial(m), *self._leading_a_study(m),
                                                           *self._role_by_verb(m), *self._managing_a_team(m),
                                                           self._role_of_honorific(m),
                                                           self._title_over_style(m), self._title_of_body(m), self._hyphenated_title(m),
                                                           self._title_with_portfolio(m), self._title_of_portfolios(m),
                                                           self._role_given(m), self._role_kept(m, person),
                                                           self._job_opening_sentence(m))
                if role and not _holds_verb(role)))
            roles = list(dict.fromkeys(_own_role(role) for role in roles))
            # (a title read from the end of a relation, "mayor" from "The son of the mayor, X,", is the other one's)
            roles = [role for role in roles if not any(
                other.lower().endswith(" " + role.lower())
                and _RELATION_BEFORE.search(other.lower(), 0, len(other) - len(role)) for other in roles)]
            roles += [office for role in roles if _COUNTERPART.search(role)
                      for office in [self._counterpart_office(person, role)] if office and office not in roles]
            # (a title written only as its abbreviation is the office: "Cllr" is a councillor, "Det Supt" a
            # detective superintendent)
            roles += [spelt for role in list(roles) for spelt in [_abbreviations_spelt(role)]
                      if spelt and spelt not in roles]
            self._written_roles[id(person)] = list(roles)
            # (the same office in its other written forms: "Premier" is a "prime minister")
            roles += [form for role in list(roles) for form in _other_forms(role) if form not in roles]
            self._roles[id(person)] = roles
        return roles

    def _fits_as_written(self, person: PersonRecord, titles, nations, qualifiers, now: bool = False) -> bool:
        """Whether one of the person's roles as the text gives it (no other written form of its office) fits the
        description; with `now`, or any role of an office they hold now (no past holder's)."""
        self._roles_of(person)
        if any(self._role_fits(role, titles, nations, qualifiers, person) for role in self._written_roles.get(id(person), [])):
            return True
        return now and any(not _past_holder(role) and self._role_fits(role, titles, nations, qualifiers, person)
                           for role in self._roles_of(person))

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
            own = [word for word in role.split() if word.lower() not in ("his", "her", "their", "its")
                   and not _COUNTERPART.fullmatch(word)]
            # (when the counterpart's own role gives a nationality, a nationality no table knows is left out of
            # the other's office too: "Norvian Foreign Minister" is the Sylvanian counterpart's "Foreign Minister")
            unknown_nationality = _DEMONYM_SHAPE if any(word[:1].isupper() for word in own) else None
            office = [word for word in offices[0].split()
                      if not (_nation_of(word.lower()) or country_of_word(POSSESSIVE_WORD.sub("", word))
                              or unknown_nationality and unknown_nationality.fullmatch(word)
                              and word.lower() not in TITLE_HEADS)]
            return " ".join(own + office) if office else None
        return None

    # "The chief executive of Anglo Platinum, Natascha Viljoen, said": a definite description opening the
    # clause, then a comma, then the name.
    # An owner's name can open it instead of the article, and is part of the role then ("Lumen Bank's new chief
    # executive, Ada Obi, said"); a possessive pronoun may open it anywhere, and a nationality may follow that
    # ("talks with his Borovian counterpart, Ivan Petrov").
    _DESCRIPTION_BEFORE = re.compile(
        r"(?:(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=,\s))(?:(?:[Tt]he|[Ii]ts|[Tt]heir|(?<![,]\s)An?)\s+(?P<described>[a-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6})|(?P<owned>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+[a-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6}))|(?:^|(?<=\s))(?:[Hh]is|[Hh]er)\s+(?P<related>[A-Za-z0-9][\w’'-]*"
        r"(?:\s+[\w’'&.-]+){0,6})"
        # (a place's possessive description as an object, after a lower-case verb or preposition: "met Peru's
        # foreign minister, Ana Rojas,")
        r"|(?<=[a-z]\s)(?P<owned_object>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+[a-z0-9][\w’'-]*"
        r"(?:\s+[a-z][\w’'&.-]*){0,4})),\s+$")  # ("The 62-year-old mayor, X,")

    # "A City of Kestel councillor, Ana Lind,", "The Harbour Board chair, Jon Pax,": a description opened by the
    # capitalised name of its body, its head a lower-case noun right before the comma and the name
    _BODY_DESCRIPTION_BEFORE = re.compile(
        r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=[a-z]\s))(?:[Tt]he|[Aa]n?)\s+(?P<described>(?:[A-Z][\w&’'.-]*\s+"
        r"(?:(?:of|for|and)\s+(?:the\s+)?)?){1,5}(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w’'-]*)),\s+$")

    # "Yuki Tanabe, an auto analyst at Kestrel Securities, said": the apposition after the name, up to its
    # closing comma, the sentence's end or the verb.
    # (or a place's or body's possessive: "Ana Lind, Kestel's health minister, said", kept in the role)
    _DESCRIPTION_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:(?:an?|the)\s+|"
                                    r"(?=(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[A-Za-z]))"
                                    r"((?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[A-Za-z0-9]|[a-z0-9])"
                                    r"[^,;:!?\"“”()\n]{1,80}?)(?=,|\.(?:\s|$)|\s+(?:"
                                    + speech_verbs.alternation(speech_verbs.SUBJECT_BEFORE_VERB) + r")\b)")

    # "Hale is the Democratic front-runner.", "Caldwell, 70, was a real estate developer": what the article says
    # the person is, as the subject of "is"/"was" (up to a comma, the sentence's end or a relative clause).
    _DESCRIPTION_PREDICATED = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:is|was|has\s+been|had\s+been|remains|became)\s+"
                                         r"(?:an?|the)\s+([A-Za-z0-9][^,;:!?\"“”()\n]{1,60}?)(?=[,;]|\.(?:\s|$)|\s+"
                                         r"(?:who|that|which|and|but|since|until|for|with)\b)")

    # "Daniel Frost, 41, denies murder.", "Ann Bell, who is charged with fraud,": the one on trial, whom a court
    # report then calls "the defendant" or "the accused". The age may stand in brackets ("Declan Moran (41)") and
    # an address may follow it ("Declan Moran (41), of Marsh Road, Drogheda, pleaded guilty").
    _ON_TRIAL = re.compile(r"(?:\s*,\s*\d{1,3}\s*,|\s*\(\s*\d{1,3}\s*\))?"
                           r"(?:\s*,\s*(?:of|from)\s+[^,;:.!?\"“”()\n]{2,40}(?:,\s*[A-Z][^,;:.!?\"“”()\n]{1,30}){0,2},)?"
                           r"(?:\s*,\s*who)?\s+(?:denies|denied|pleaded|pleads|has\s+pleaded|"
                           r"(?:is|was|has\s+been|had\s+been)\s+(?:charged|accused|on\s+trial|convicted|acquitted)|"
                           r"stands\s+accused|stood\s+trial|admits|admitted)\b")

    # "A team led by Dr. Hana Sato found …", "The study, led by Hana Sato of Kyoto University,": the study's lead
    # author, whom a science story then calls so.
    _LED_STUDY = re.compile(r"\b(?:team|study|research|group|project|survey|paper|researchers|scientists)\b[^.;:!?\n]{0,40}?"
                            r"\bled\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$", re.IGNORECASE)

    def _leading_a_study(self, mention: MentionRecord) -> tuple[str, ...]:
        window = self.body[max(0, mention.start - 80):mention.start].lower()
        if "led" not in window or "by" not in window:
            return ()  # (the pattern needs "led by": a cheap test first)
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

    # "Tom Reyes chairs the finance committee.": the present tense says a standing role without a relative clause
    # (the past, "Tom Reyes led the march", tells of one act); an age may stand between ("Tom Reyes, 47, chairs …")
    _ROLE_BY_PRESENT_VERB = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:now\s+|also\s+)?(?P<verb>" + "|".join(
        sorted((verb for verb in _ROLE_VERBS if verb.endswith("s")), key=len, reverse=True))
        + r")\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^,;:.!?\"“”()\n]{2,60}|[A-Z][^,;:.!?\"“”()\n]{1,60})")

    # "Damien Walsh's side", "Karl Moss's men": the possessor of a team's word (`role_forms.TEAM_NOUNS`)
    # ("side of the family", "side of the border": a side of something is no team)
    _TEAM_POSSESSED = re.compile(r"['’]s?\s+(?:" + "|".join(TEAM_NOUNS) + r")\b(?!\s+of\b)")
    # a score ("2-1", "3–0") or a sports word (`role_forms.TEAM_SPORTS_WORDS`) in the possessor's sentence
    _SPORTS_REPORT = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b|\b(?:" + "|".join(TEAM_SPORTS_WORDS) + r")\b", re.I)
    # the possessor's side as the object of a result verb, the possessor's name right after it
    _BEATEN_SIDE = re.compile(r"\b(?:" + "|".join(sorted(TEAM_RESULT_VERBS, key=len, reverse=True)) + r")\s+$")

    def _managing_a_team(self, mention: MentionRecord) -> tuple[str, ...]:
        """The roles of one whose team a sports report names by them (`role_forms.TEAM_POSSESSOR_ROLES`): not in
        another kind of report, and not when another team beat that side (the report is then the other team's)."""
        if not self._TEAM_POSSESSED.match(self.body, mention.end, mention.end + 12) or self.is_quoted(mention.start):
            return ()
        opening = max(self.body.rfind(mark, 0, mention.start) for mark in (". ", "! ", "? ", "\n")) + 1
        closing = min((found for found in (self.body.find(mark, mention.end) for mark in (". ", "! ", "? ", "\n"))
                       if found >= 0), default=len(self.body))
        if not self._SPORTS_REPORT.search(self.body, opening, closing) \
                or self._BEATEN_SIDE.search(self.body[max(opening, mention.start - 20):mention.start]):
            return ()
        titled = self._TITLE_BEFORE.search(self.body[max(opening, mention.start - 30):mention.start])
        if titled and titled.group(1).lower() in TITLE_HEADS and titled.group(1).lower() not in TEAM_POSSESSOR_ROLES:
            return ()  # "Club owner Avram Glazer's side", "Chairman Karl Moss's team": another office owns the side
        return TEAM_POSSESSOR_ROLES

    # the title word right before a name ("owner" in "Club owner Avram Glazer")
    _TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")

    def _role_by_verb(self, mention: MentionRecord) -> tuple[str, ...]:
        found = self._ROLE_BY_VERB.match(self.body, mention.end, mention.end + 120) \
            or self._ROLE_BY_PRESENT_VERB.match(self.body, mention.end, mention.end + 100)
        if not found or self.is_quoted(mention.start):
            return ()
        # (a past tense with no "has" before it, "who coached the team for a decade", may tell of an office the
        # person no longer holds: the role is a former one too, so that "the former coach" finds it)
        verb = found.group("verb")
        past = "former " if not verb.endswith("s") and not re.search(r"\bhas\s+$", found.group(0)[:found.start("verb") - found.start()]) else ""
        roles = tuple(f"{past}{noun} of {found.group('np')}" for noun in self._ROLE_VERBS[verb].split())
        if "head" in self._ROLE_VERBS[verb].split():
            # "who heads the finance ministry": the office the body's word fixes ("the finance minister")
            np = found.group("np")
            office = self._BODY_HEAD_WORD.sub(lambda word: BODY_HEAD_OFFICES[word.group(0).lower()], np, count=1)
            if office != np and not self._PART_OF_BODY.search(np[:self._BODY_HEAD_WORD.search(np).start()]):
                roles += (past + re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", office),)
        return roles

    # (the body's word as the head of what is headed, last or before "of": not "the ministry's press office")
    _BODY_HEAD_WORD = re.compile(r"\b(?:" + "|".join(BODY_HEAD_OFFICES) + r")\b(?=\s*$|\s+(?:of|for)\s)",
                                 re.IGNORECASE)
    # (a preposition before the body's word makes what is headed a part of the body, the body no object of the
    # verb: "heads the legal department of the finance ministry", "leads the press office at the health ministry")
    _PART_OF_BODY = re.compile(r"\b(?:of|at|in|for|within|inside|under|on|from)\s", re.IGNORECASE)

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

    # ("Ana Lind, who serves as the city's housing director,", "Karl Moss, who has worked as a court interpreter")
    _ROLE_SERVING = re.compile(r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:now\s+|also\s+|currently\s+)?(?:(?:has|had)\s+)?"
                               r"(?:serves|served|works|worked|acts|acted)\s+as\s+"
                               r"(?:(?:its|the|their|his|her|a|an)\s+)?" + _ROLE_WORDS)

    # ("Ana Lind, who has been harbour master since 2019,", "Karl Moss remains chairman"): a present or perfect
    # copula, then a bare role with no article (an article's role is `_DESCRIPTION_PREDICATED`'s); "was" is left
    # out, as it may tell of an office someone else holds now
    _ROLE_COPULA = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*who)?\s+(?:is|has\s+been|remains)\s+"
                              r"(?:also\s+|now\s+|still\s+|currently\s+)?(?!(?:an?|the|its|their|his|her)\s)"
                              + _ROLE_WORDS)

    def _role_given(self, mention: MentionRecord) -> str | None:
        if self.is_quoted(mention.start):
            return None
        found = None
        if self._APPOINTED_BEFORE.search(self.body, max(0, mention.start - 30), mention.start):
            found = self._ROLE_AS.match(self.body, mention.end, mention.end + 80)
        found = found or self._ROLE_NAMED.match(self.body, mention.end, mention.end + 100) \
            or self._ROLE_SERVING.match(self.body, mention.end, mention.end + 100) \
            or self._ROLE_COPULA.match(self.body, mention.end, mention.end + 100)
        if not found:
            return None
        # the role ends in its last word that names a person by office or work ("chief executive", "harbour
        # master"); "was confirmed dead" gives none
        words = found.group("role").split()
        while words and (not speaker_like_head(words[-1]) or words[-1].lower() in SPEAKING_THINGS):
            words.pop()
        if words and found.re is self._ROLE_COPULA and not found.group(0).lstrip(" ,0123456789").startswith("who") \
                and not self._copula_subject(mention):
            return None  # (the copula's subject a phrase holding the name: "The priority for Ana Cruz is nurse …")
        if words and found.re is self._ROLE_COPULA and self._COMPLEMENT_GOES_ON.match(self.body, found.end("role")):
            # a bare copula's role must be its whole complement: in "Leo Ward is chairman Karl Moss's closest
            # ally" the word is the title of the name after it, and Leo Ward is an ally, no chairman
            return None
        return " ".join(words) or None

    # "Ana Roe says she will stay on as director", "Karl Moss has remained as coach": a role the person keeps, the
    # verb's subject the name itself or a pronoun of the name's gender, in the name's own sentence (`_role_kept`)
    _ROLE_KEPT = re.compile(r"\b(?:" + "|".join(ROLE_KEEPING_VERBS) + r")(?:\s+on)?\s+as\s+"
                            r"(?:(?:its|the|their|his|her|a|an)\s+)?" + _ROLE_WORDS)
    # what stands between the name and the verb: only "says (that) she/he" and auxiliaries, intent words and "to";
    # any other word may be another subject ("nobody", "staff", "the board wants her deputy"), a refusal or negation
    # ("will not", "refuses to", "rather than") or a verb of doubt ("doubts she can"), so the role is none of hers;
    # a deliberation over whether to keep it ("has not decided whether to") shows she holds it now
    _KEEPER_BEFORE_VERB = re.compile(
        r"\s*(?:,\s*)?(?:(?:says?|said|adds?|added|told\s+(?!him\b|her\b|them\b|us\b|me\b)[a-z]+)\s+(?:that\s+)?"
        r"(?P<pronoun>she|he)\s+)?(?:(?:" + "|".join(ROLE_KEEPING_AUXILIARIES) + r")\s+)*"
        r"(?:(?:" + "|".join(ROLE_DELIBERATIONS) + r")\s+whether\s+to\s+)?")
    # the role must close its clause: "work will continue as the director wants" keeps no role, "will stay on as
    # coach of the juniors" / "as director until June" / "as chair." does
    _ROLE_CLOSES = re.compile(r"\s*(?:[,.;:!?)\"”—–]|$)|\s+(?:" + "|".join(ROLE_CLOSING_WORDS) + r")\b")
    # a refusal after the role ("was asked to stay on as director but declined")
    _REFUSED_AFTER = re.compile(r"\b(?:declin|refus|turn(?:s|ed)?\s+(?:it|the\s+\w+)\s+down)", re.I)

    def _role_kept(self, mention: MentionRecord, person: PersonRecord) -> str | None:
        if self.is_quoted(mention.start):
            return None
        end = self.sentences[self.sentence_of(mention.start)][1]
        found = self._ROLE_KEPT.search(self.body, mention.end, end)
        if not found or self.is_quoted(found.start()):
            return None
        between = self._KEEPER_BEFORE_VERB.fullmatch(self.body, mention.end, found.start())
        if between is None:
            return None
        if between.group("pronoun"):
            said = PRONOUN_GENDERS[between.group("pronoun")]
            if said != self.genders.get(person.name):
                return None  # (a pronoun of the other gender, or of a person whose gender is unknown, may be another's)
        words = found.group("role").split()
        while words and (not speaker_like_head(words[-1]) or words[-1].lower() in SPEAKING_THINGS):
            words.pop()
        if not words:
            return None
        # (the kept words' end read from the match: any run of spaces, a tab or a no-break space may join them)
        role_end = found.start("role") + [word.end() for word in _WORD_RUN.finditer(found.group("role"))][len(words) - 1]
        if not self._ROLE_CLOSES.match(self.body, role_end) or self._REFUSED_AFTER.search(self.body, role_end, end):
            return None
        role = " ".join(words)
        if self._held_by_another(person, role):
            return None
        return role

    def _held_by_another(self, person: PersonRecord, role: str) -> bool:
        """Whether another person of the article holds the role's head by what the text writes of them ("Karl Moss,
        the coach,", "Karl Moss is the director now"): a person keeping a role others hold takes nothing from them."""
        head = role.split()[-1].lower()
        if self._words_written_of is None:
            # (worked out once per article: each kept role looks its head word up in everyone else's words)
            self._words_written_of = {
                id(other): {word for m in other.mentions
                            for written in (m.role, m.apposition, self._description_before(m),
                                            self._description_after(m), self._description_predicated(m),
                                            self._role_given(m))
                            if written for word in written.lower().split()}
                for other in self.people}
        return any(head in self._words_written_of[id(other)] for other in self.people if other is not person)

    # a bare role followed by a name or a possessive: the role is a title of someone else the complement names
    _COMPLEMENT_GOES_ON = re.compile(r"(?:\s+[A-Z]|['’]s\b)")

    # "Dr Amina Yusuf" is a doctor, "Prof. Hana Sato" a professor: the honorific is a role too.
    _ROLE_HONORIFIC = re.compile(r"\b(?P<title>Dr|Doctor|Prof|Professor)\.?\s+$")

    def _role_of_honorific(self, mention: MentionRecord) -> str | None:
        found = self._ROLE_HONORIFIC.search(self.body, max(0, mention.start - 12), mention.start)
        if not found:
            return None
        return "doctor" if found.group("title").startswith("D") else "professor"

    # "Minister of Transport HE Ana Lind", "Norvia's Minister of Works and Housing H.E. Karl Moss": a capitalised title
    # written before a name over a style of address; the people step keeps no role across the style, so the
    # title is read here (an optional country's possessive first, then capitalised words joined by of/for/and/the).
    _STYLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(re.escape(s) for s in STYLE_HONORIFICS) + r")\s+$")
    _TITLE_OVER_STYLE = re.compile(
        r"(?P<title>(?:[A-Z][\w-]*['’]s\s+)?[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w’'-]*))*)[ \t]+(?:"
        + "|".join(re.escape(s) for s in STYLE_HONORIFICS) + r")\s+$")

    def _title_over_style(self, mention: MentionRecord) -> str | None:
        if mention.role or self.is_quoted(mention.start) \
                or not self._STYLE_BEFORE.search(self.body, max(0, mention.start - 8), mention.start):
            return None
        line_start = self.body.rfind("\n", max(0, mention.start - 100), mention.start) + 1
        found = self._TITLE_OVER_STYLE.search(self.body, max(line_start, mention.start - 100), mention.start)
        if not found:
            return None
        # the shortest run of its "and"-joined parts that holds a title: "Minister of Works and Housing", never
        # the name before another title ("… Ana Lind and Norvia's Minister of Works")
        parts = found.group("title").split(" and ")
        for first in range(len(parts) - 1, -1, -1):
            title = " and ".join(parts[first:])
            if _role_heads(title) & TITLE_HEADS:
                return title
        return None

    # "Chairman of the Kestel Harbour Board Haji Omar Farouk said": a sentence opened by a capitalised title and
    # the body it is of, then the name (over honorifics, if any), no comma; the people step keeps no role across
    # the body's name. The title's head is the word before "of"/"for", and must be a title ("Members of the Board
    # Omar Farouk and Tom Reyes" hold none).
    _TITLE_OF_BODY = re.compile(
        r"(?P<title>(?:[A-Z][\w’'-]*[ \t]+){0,2}(?P<head>[A-Z][a-z’'-]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
        r"[A-Z][\w&’'.-]*(?:[ \t]+(?:of|for|and|the|de|[A-Z][\w&’'.-]*))*)[ \t]+$")

    # "Vice-Chancellor Karl Moss", "Inspector-General of Police Karl Moss": a hyphenated capitalised title (a
    # part of it a title head) right before the name, which the people step keeps no role for
    _HYPHENATED_TITLE = re.compile(
        r"(?:^|(?<=[\s(]))(?P<title>[A-Z][a-z]+-[A-Za-z][a-z]+(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
        r"(?:[A-Z][\w&’'.-]*[ \t]+){1,4})?)[ \t]*$")

    def _hyphenated_title(self, mention: MentionRecord) -> str | None:
        if mention.role or "-" not in self.body[max(0, mention.start - 60):mention.start] \
                or self.is_quoted(mention.start):
            return None  # (no hyphen before the name: no hyphenated title)
        found = self._HYPHENATED_TITLE.search(self.body, max(0, mention.start - 60), mention.start)
        if not found:
            return None
        title = found.group("title").strip()
        parts = title.split()[0].lower().split("-")
        return title if any(part in TITLE_HEADS for part in parts) else None

    # "mayoral committee member for transport Lerato Mbeki", "city councillor for ward 12 Ana Lind": a lowercase
    # title with its portfolio written right before the name, no comma; the people step keeps no role across the
    # portfolio's words, so the title is read here: the words after "for"/"of" (or in brackets: "deputy commissioner
    # (works) R Senthilkumar") are lowercase (or a number) and
    # hold no title of their own ("a spokesman for minister Ana Lind" is the minister's name, not a role of hers)
    _TITLE_WITH_PORTFOLIO = re.compile(
        r"(?:^|(?<=[\s(]))(?P<title>(?:(?P<lead>[A-Za-z][a-z’'-]*)[ \t]+){0,2}(?P<head>[A-Za-z][a-z-]+)[ \t]+"
        r"(?:(?P<bracket>\()|(?:for|of)[ \t]+(?:the[ \t]+)?)"
        r"(?P<portfolio>(?:[a-z][a-z-]*|\d+)(?:[ \t]+(?:and[ \t]+)?(?:[a-z][a-z-]*|\d+)){0,2})(?(bracket)\)))"
        r"[ \t]+$")

    # "signed by Minister of Industry, Energy and Mining Ana Rinn": a capitalised title (its head a title) and the
    # portfolios it is of, joined by commas and "and", written right before the name inside a sentence; the people
    # step keeps no role across the portfolio's commas ("Minister of Health, Ana Rinn, said" is an apposition, read
    # there); up to two rank words before the title are its own ("former", "Deputy", "Vice": _OFFICE_CHANGING_WORDS),
    # as before a single portfolio
    _TITLE_OF_PORTFOLIOS = re.compile(
        r"(?:^|(?<=[\s(]))(?P<title>(?P<lead>(?:[A-Za-z][a-z’'-]*[ \t]+){0,2})(?P<head>[A-Z][a-z’'-]+)[ \t]+"
        r"(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
        r"(?:,?[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)[ \t]+$")

    def _title_of_portfolios(self, mention: MentionRecord) -> str | None:
        if mention.role or self.is_quoted(mention.start):
            return None
        found = self._TITLE_OF_PORTFOLIOS.search(self.body, max(0, mention.start - 90), mention.start)
        title = found.group("title") if found else ""
        if "," not in title or " and " not in title[title.find(","):] \
                or found.group("head").lower() not in TITLE_HEADS:
            # (a title without a comma is the other readings'; a list ends in "and": "Deputy Minister of Transport,
            # Ana Perlova Rinn," is an apposition, its first name no portfolio)
            return None
        words = found.group("lead").split()  # (the rank words right before the head: none in "signed by")
        lead = words[next((i + 1 for i in range(len(words) - 1, -1, -1)
                           if words[i].lower() not in _OFFICE_CHANGING_WORDS), 0):]
        return " ".join(lead + self.body[found.start("head"):found.end("title")].split())

    def _title_with_portfolio(self, mention: MentionRecord) -> str | None:
        if mention.role or self.is_quoted(mention.start):
            return None
        found = self._TITLE_WITH_PORTFOLIO.search(self.body, max(0, mention.start - 90), mention.start)
        if not found or found.group("head").lower() not in _TITLE_OR_ROLE_HEADS:
            return None
        if any(word in _TITLE_OR_ROLE_HEADS for word in found.group("portfolio").split()):
            return None
        # the words before the head are its own only when they are no function words ("with", "and", "the")
        lead = self.body[found.start("title"):found.start("head")].split()
        while lead and lead[0].lower() in FUNCTION_WORDS:
            lead.pop(0)
        if found.group("bracket") and " ".join(found.group("portfolio").lower().split()) in _BRACKET_NOTES:
            # (a photo's place or a status in the bracket is no portfolio: the title alone is the role)
            return " ".join(lead + [found.group("head")])
        return " ".join(lead + self.body[found.start("head"):found.end("title")].split())

    def _title_of_body(self, mention: MentionRecord) -> str | None:
        if mention.role or self.is_quoted(mention.start):
            return None
        start, _ = self.sentences[self.sentence_of(mention.start)]
        if mention.start - start > 120:  # (a title opening the sentence is short; a long line is never sliced)
            return None
        before = self.body[start:mention.start]
        if " of " not in before and " for " not in before and "\t" not in before:
            return None  # (no "of"/"for" between spaces: no title of a body)
        words = before.split(" ")
        while len(words) > 1 and words[-2].lower().rstrip(".") in HONORIFICS:  # (the trailing "" after a space)
            words.pop(-2)
        found = self._TITLE_OF_BODY.fullmatch(" ".join(words))
        if not found or found.group("head").lower() not in TITLE_HEADS:
            return None
        return found.group("title")

    def _standing_trial(self, mention: MentionRecord) -> tuple[str, ...]:
        if self.is_quoted(mention.start) or not self._ON_TRIAL.match(self.body, mention.end, mention.end + 140):
            return ()
        return "defendant", "accused"

    def _description_predicated(self, mention: MentionRecord) -> str | None:
        if self.is_quoted(mention.start):
            return None
        found = self._DESCRIPTION_PREDICATED.match(self.body, mention.end, mention.end + 100)
        return found.group(1) if found and self._copula_subject(mention) else None

    def _copula_subject(self, mention: MentionRecord) -> bool:
        """Whether the person is the subject of a copula written after their name: the name (and any title before
        it) opens its clause, not a phrase that merely holds it ("The priority for Health Minister Ana Cruz is
        nurse recruitment" says what a priority is, not what she is)."""
        opening = max(self.body.rfind(mark, 0, mention.start) for mark in self._CLAUSE_MARKS) + 1
        titles = self._title_words_before(mention)
        head = self.body[opening:mention.start]
        for word in titles:
            head = head.rstrip()
            if head.endswith(word):
                head = head[:-len(word)]
        return self._BARE_SUBJECT_OPENING.fullmatch(head) is not None

    _CLAUSE_MARKS = (". ", "! ", "? ", "\n", ", ", "; ", ": ", "\u201c", "\"")
    # (what may open a clause before its subject's title and name: an article, a conjunction)
    _BARE_SUBJECT_OPENING = re.compile(r"\s*(?:(?:[Tt]he|[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?")

    # "Karl Moss, manager of Holm Timber, said": a bare title, no article, then what it is of (the title's last
    # word a title head: not "Karl Moss, tired of waiting,")
    _BARE_ROLE_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+(?P<role>(?P<title>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s+"
                                  r"(?:of|at|for)\s+[^,;:!?\"“”()\n]{2,60}?)(?=,|\.(?:\s|$))")

    # "Karl Moss, CEO of Holm Timber,", "Ana Lind, Director of Communications at Holm,": the same with the title
    # capitalised, as press releases and many outlets write it (its last word a title head: not "Ana Lind, Kestel
    # Rovers of the Premier League")
    _CAPITALISED_ROLE_AFTER = re.compile(
        r"(?:,\s+\d{1,3})?,\s+(?P<role>(?P<title>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:of|at|for)\s+"
        r"[^,;:!?\"“”()\n]{2,60}?)(?=,|\.(?:\s|$))")

    # "Sofie Lund, Norway's energy minister until 2019,": an office held up to a year, which she holds no more
    _HELD_UNTIL = re.compile(r"\s+(?:until|till)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d$")

    def _description_after(self, mention: MentionRecord) -> str | None:
        found = self._DESCRIPTION_AFTER.match(self.body, mention.end, mention.end + 120)
        ended = self._HELD_UNTIL.search(found.group(1)) if found else None
        if ended and _role_heads(found.group(1)[:ended.start()]) & TITLE_HEADS:
            return "former " + found.group(1)[:ended.start()]  # (read as a past holder's role, `_past_holder`)
        if not found:
            bare = self._BARE_ROLE_AFTER.match(self.body, mention.end, mention.end + 100) \
                or self._CAPITALISED_ROLE_AFTER.match(self.body, mention.end, mention.end + 100)
            if bare and bare.group("title").split()[-1].lower() in TITLE_HEADS and not self.is_quoted(mention.start):
                return bare.group("role")
        if found and found.group(1)[:1].isupper() and not _role_heads(found.group(1)) & _TITLE_OR_ROLE_HEADS:
            return None  # (a possessive, then no title: "Ana Lind, Kestel's pride,")
        return found.group(1) if found else None

    # "met his Finnish counterpart Mikko Heino": a counterpart needs no comma before the name
    _COUNTERPART_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<role>(?:[A-Z][\w-]*\s+)?"
                                     r"counterpart)\s+$")

    # "Software developer Priya Nandi built the app": a sentence opened by a capitalised modifier and a lowercase
    # word for a person's job right before the name
    _JOB_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<role>[A-Z][a-z]+\s+(?P<job>[a-z][a-z-]+))\s+$")

    def _job_opening_sentence(self, mention: MentionRecord) -> str | None:
        """The job written before a name that opens its sentence ("Software developer Priya Nandi", "Club
        captain Jo Baptiste"), when the people step gave the mention no title: an agent noun, not a verb."""
        if mention.role:
            return None
        found = self._JOB_OPENING.search(self.body, max(0, mention.start - 60), mention.start)
        job = found.group("job") if found else ""
        if not found or not speaker_like_head(job) or job in FUNCTION_WORDS or job.endswith("s") and not job.endswith("ss"):
            return None  # (a plural, "Kenyan runners Ana Roe and Mary Lind", is the role of several people)
        return found.group("role")

    def _description_before(self, mention: MentionRecord) -> str | None:
        start = mention.start
        title = mention.role
        if title and self.body[start - len(title) - 1:start - 1] == title and self.body[start - 1:start] == " " \
                and self.body[start - len(title) - 3:start - len(title) - 1] == ", ":
            # "Hale's running mate, Gov. Nina Park,": the description stands before the title written with the name
            start -= len(title) + 1
        styled = self._STYLE_AFTER_COMMA.search(self.body, max(0, start - 40), start) \
            or self._HONORIFIC_AFTER_COMMA.search(self.body, max(0, start - 12), start)
        if styled and not title and (styled.re is self._STYLE_AFTER_COMMA
                                     or styled.group("style").lower().rstrip(". ") in _BARE_HONORIFICS):
            # "The authority's director of works, Eng. Ana Lind,", "the Permanent Secretary of the Ministry, Ms. Ana
            # Lind,": a form of address between the description's comma and the name (one the people step does not
            # know, "Eng.", "Arch.", only after a lower-case word: not a list's name, "met Tom Orr, Eng. Ana Lind")
            start = styled.start("style")
        if start < 2 or self.body[start - 2:start] != ", ":
            counterpart = self._COUNTERPART_BEFORE.search(self.body, max(0, mention.start - 40), mention.start)
            return counterpart.group("role") if counterpart else None
        relative = self._DESCRIPTION_WITH_RELATIVE.search(self.body, max(0, start - 160), start)
        if relative and not mention.role and speaker_like_head(relative.group("role").split()[-1]) \
                and not self.mentions_in(relative.start("clause"), relative.end("clause")):
            # "A veteran fisherman who has worked the bay for 40 years, Tomas Reide, said": the description is
            # the words before its relative clause (which names nobody: "The fisherman who found the boat thanked
            # Tomas Reide, Ana Lind …" describes no Ana Lind)
            return relative.group("role")
        found = self._DESCRIPTION_BEFORE.search(self.body, max(0, start - 80), start)
        if found:
            return next(role for role in found.groups() if role)
        bodied = None if mention.role else self._BODY_DESCRIPTION_BEFORE.search(self.body, max(0, start - 80), start)
        if bodied and speaker_like_head(bodied.group("head").lower()) \
                and not self.mentions_in(bodied.start("described"), bodied.end("described")) \
                and self.body.startswith(",", mention.end):
            # (an apposition closed by its second comma, even after a preposition: "According to a Kestel
            # planner, Ana Lind, the road …"; with no closing comma the name opens the main clause:
            # "Speaking to the Harbour Board chair, Ana Lind said …" has Lind speak to the chair)
            # "A City of Kestel councillor, Ana Lind, said": a description whose words name its body first
            return bodied.group("described")
        titled = None if mention.role else self._TITLED_OWNED_BEFORE.search(self.body, max(0, start - 80), start) \
            or self._TITLED_DEFINITE_BEFORE.search(self.body, max(0, start - 140), start)
        if titled:
            words = titled.group("role").split()[1:]
            head = [w for w in takewhile(lambda w: w not in ("of", "for", "and", "the"), words)]
            if head and head[-1].lower() in TITLE_HEADS and len(head) < len(words) and words[len(head)] == "of":
                return titled.group("role")
        return None

    # a short capitalised word with its dot right after a comma and right before the name: a form of address
    # (a lower-case word before the comma: the description's, not a name of a list, "met Tom Orr, Eng. Ana Lind")
    _STYLE_AFTER_COMMA = re.compile(r"(?:^|\s)[a-z][\w’'-]*,\s(?P<style>[A-Z][a-z]{1,3}\.\s)$")

    # ... a sentence opened by an indefinite or definite description whose relative clause runs up to the comma
    # before the name ("A veteran fisherman who has worked the bay for 40 years, Tomas Reide,")
    _DESCRIPTION_WITH_RELATIVE = re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Tt]he|An?)\s+(?P<role>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s+"
        r"(?P<clause>(?:who|whose)\s+[^,;:!?\"“”()\n]{3,120}),\s+$")
    _HONORIFIC_AFTER_COMMA = re.compile(r",\s(?P<style>[A-Z][a-z]{1,3}\.?\s)$")
    # ... "the" and a capitalised title of a body: "met the Permanent Secretary of Norvia's Ministry of Fisheries,
    # Ana Lind," (its head, the word before "of", a title; the first word, "the", is dropped below)
    _TITLED_DEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<role>[Tt]he\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w&.-]*(?:['’]s)?|of|for|"
                                         r"and|the)){1,12}),\s+$")

    # ... a place's possessive with a capitalised title and its portfolio, the second of two people, when the
    # people step gave the mention no role: "signed by X and Peru's Deputy Minister of Foreign Affairs, Ana
    # Rojas," (its head, the word before "of", a title: not "X and Kessel's Friends of the Valley, Ana …")
    _TITLED_OWNED_BEFORE = re.compile(r"(?<=\band\s)(?P<role>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+"
                                      r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|the)){0,6}),\s+$")

    @staticmethod
    def _role_fits(role: str, titles, nations, qualifiers, person: PersonRecord) -> bool:
        lowered = role.lower()
        # A counterpart holds the same office as the one it is the counterpart of: any title fits it, its
        # nationality still has to ("his Borovian counterpart, X" is "the Borovian leader").
        if not any(_holds_title(title, lowered, qualifiers) for title in titles) \
                and not re.search(r"\bcounterparts?\b", lowered):
            return False
        for nation in nations:
            demonyms = [d for d, n in DEMONYMS.items() if n == nation]
            if not (any(d in lowered for d in demonyms) or nation in lowered or (person.country or "").lower() == nation
                    or any((country_of_word(word) or "").lower() == nation for word in re.findall(r"[A-Za-z]+", role))):
                return False
        qualifiers = [QUALIFIER_FORMS.get(q, q) for q in qualifiers]
        if "former" in qualifiers and not _past_holder(role):
            return False  # "the retired general" is one the article called retired or former, no serving general
        return all(q in lowered or _same_stem(q, lowered) for q in qualifiers if q not in ("former", "then"))

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
