"""Speaker phrases around a cue: where the noun phrase of a speech verb's subject starts and ends.

Given the reporter's words next to a cue verb, these rules read the speaker's phrase for `quotes` (direct and
partial quotes) and `indirect` (reported clauses): the noun phrase ending at the verb back to a clause boundary
(`_np_before`: an apposition or relative clause between commas, a body's name holding a list, a person with a
modifier), the subject opening a clause or a main clause after a participle, a name leading a clause, the
inverted phrase after the verb and a named apposition ending it, the adverbs and auxiliaries between subject and
verb, a listener after "told", a speech-verb form used as a noun and its possessor ("Trump’s claim"), and whether
a phrase can be a speaker at all (`valid_np`, `_speaking_phrase`). Resolving the phrase to a person is left to
`speakers.SpeakerResolver`; the word lists are the tables in `data/`.
"""
from __future__ import annotations

import re

from loaders.extract.analysis import Mention
from loaders.extract.quotemarks import nickname_between
from loaders.extract.data import speech_verbs
from loaders.extract.data.documents import DOCUMENT_NOUNS, ISSUING, WORK_NOUNS
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.lexicon import NAME_PARTICLES
from loaders.extract.data.lexicon import (
    DAYS_MONTHS, DOTTED_TITLES, FUNCTION_WORDS, HONORIFICS, ORG_WORDS, PLACES, TITLE_HEADS,
)
from loaders.extract.data.not_people import MAIN_CLAUSE_VERBS
from loaders.extract.data.quote_words import (
    ADVERBS_BEFORE_VERB as _ADVERBS_BEFORE_VERB,
    CLAUSE_PRONOUNS as _CLAUSE_PRONOUNS,
    GROUP_NOUNS as _GROUP_NOUNS,
    NOT_IN_NP as _NOT_IN_NP,
    NOT_SPEAKERS as _NOT_SPEAKERS,
    NP_OPENERS as _NP_OPENERS,
    POSSESSIVE_DETERMINERS as _POSSESSIVE_DETERMINERS,
    SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS,
)
from loaders.extract.data.speaker_heads import (
    HYPHENED_NAME_PARTICLES,
    PAST_OBJECT_STARTS,
    PAST_SHARED_WITH_NOUNS,
    COUNTED_PRONOUNS,
    ING_DESCRIBERS,
    IRREGULAR_SINGULARS,
    PERSON_COMPOUND_ENDINGS,
    QUANTITY_WORDS,
    label_core,
    names_people,
    speaker_heads,
    speaker_like_head,
    speaker_like_label,
)
from loaders.extract.data.unnamed_sources import PERSON_NOUNS, REPORTER_CONTACT_VERBS
from loaders.extract.speakers import (
    CLAUSE_WORDS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    VERB_LIKE,
    Resolution,
    TIME_OPENERS,
    TIME_WORD,
    SpeakerResolver,
    _LIST_IN_NAME_BEFORE,
    particle_name,
)
from loaders.extract.text import country_of_word

_CUE_WORD_SET = speech_verbs.CLAUSE_VERBS
# Adverbs and auxiliaries between a subject and its speech verb ("Carter had also said"), stripped word by word.
_FILLER_WORD = re.compile(
    r"[a-z]+ly|also|had|has|have|was|were|is|are|been|would|will|could|might|may|later|then|again|"
    r"once|first|previously|further|still|even|just|never|not|always|often|earlier|subsequently|then-|"
    r"did|does|do"
)
_TOLD_OBJECT = re.compile(
    r"[ \t\xa0]+(?:reporters|journalists|the[ \t]+(?:press|media|audience|crowd|newspaper|paper|station|network)|"
    r"(?:the[ \t]+)?[A-Z][\w’'.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'.&-]*){0,3}|(?:him|her|them|us|me|supporters|"
    r"lawmakers|voters|students|delegates|viewers|listeners|readers|the[ \t]+\w+))"
)
_TIME_ONLY = re.compile(
    r"(?:(?:on|last|this|late|early|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Tonight|Yesterday|today|tonight|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night|\d{1,2}(?:,\s*\d{4})?))?",
)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIME_WORDS = re.compile(
    r"\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+\w+|"
    r"this\s+week|earlier|later|recently|again|publicly|repeatedly)\b"
    # a date: "on June 10", "on 10 June", "in March", "on March 3, 2024"
    r"|(?:on|in)\s+(?:\d{1,2}\s+)?" + _MONTHS + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?),?"
)


def trim_np(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in ",—–-'"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",.;:"):
        end -= 1
    return start, end


# "told PTI. He said …": a full stop after a word (not an abbreviation such as Mr. or an initial) ends the listener


_trim = trim_np  # (the older private name, still imported elsewhere)
_SENTENCE_STOP = re.compile(r"(?<=\w\w)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bGov)(?<!\bSen)"
                            r"(?<!\bRep)\.(?=\s)")


def _cue_text(body: str, cue_start: int, cue_end: int) -> str:
    word = body[cue_start:cue_end]
    if word.lower() in ("told", "tells", "tell", "telling"):
        match = _TOLD_OBJECT.match(body, cue_end)
        if match:
            listener = body[cue_start:match.end()]
            stop = _SENTENCE_STOP.search(listener)
            return (listener[:stop.start()] if stop else listener).rstrip(".,")
    return word
_CONTRACTED_VERB = re.compile(r"['’](?:re|ve|ll|d|m)$")  # "They're doing this, he says": a clause


_ARTICLES = ("a", "an", "the")


def _ends_in_article(words: list[str]) -> bool:
    """Whether a phrase's last word is an article ("According to a"): a lower-case one, or a capitalised one
    standing alone or after a word that is no capitalised name word. A capitalised "An"/"A" after a
    capitalised word ends a name ("Tran Van An", "Serie A") and is no article."""
    last = words[-1].strip(",.;:")
    if last.lower() not in _ARTICLES:
        return False
    if last.islower() or len(words) == 1:
        return True
    before = words[-2].strip(",.;:")
    return not (before[:1].isupper() and before.lower() not in _ARTICLES)


def _gerund_clause(head: list[str]) -> bool:
    """'Rural Ohio embracing Kerr', 'Washington courting the donors': a capitalised name followed by a lowercase
    -ing verb and its object (a capitalised word or a determiner) is a gerund clause, something that happens,
    not a person or a body that speaks. 'Voters backing Kerr' (a person noun before the participle: the voters
    speak), 'the acting mayor' (`ING_DESCRIBERS`) and 'the Lumen Bank trading desk' (a noun after the -ing word)
    are noun phrases."""
    for index in range(1, len(head) - 1):
        word, before, after = head[index], head[index - 1], head[index + 1].strip(",")
        if word.endswith("ing") and word.isalpha() and word.islower() and word not in ING_DESCRIBERS \
                and word not in ROLE_NOUNS and before[:1].isupper() and before.lower() not in DETERMINERS \
                and not speaker_like_head(before.lower()) and (after[:1].isupper() or after.lower() in DETERMINERS):
            return True
    return False


def valid_np(body: str, start: int, end: int, strict_end: bool = True) -> bool:
    """Whether `body[start:end]` can be a speaker's noun phrase (its head, before any apposition)."""
    text = body[start:end]
    words = text.split()
    head = text.split(",")[0].split()  # an apposition may hold verbs: "X, who spoke first,"
    if not words or not head or len(head) > 12 or len(words) > 40:
        return False
    first = head[0].lower()
    if _reporters_source(head):
        return True  # "A ministry official I asked said": the source and the clause saying how the reporter met it
    if len(head) == 3 and first in QUANTITY_WORDS and head[1] == "of" and head[2].lower() in COUNTED_PRONOUNS:
        return True  # "One of them said to me": a count of a group named before, no clause
    if len(words) == 1 and first in DETERMINERS:
        return False  # "by the ruling and would “…”": a determiner alone names nobody
    if _ends_in_article(words):
        return False  # "According to a | written statement": a phrase ending in an article names nobody
    if first in PRONOUNS:
        if len(head) == 1:
            return first in _SUBJECT_PRONOUNS and len(words) == 1
        if first not in _POSSESSIVE_DETERMINERS:
            return False  # "her campaign" is a speaker, "he always" is not
    if first in CLAUSE_WORDS or first in PREPOSITIONS or first in _NOT_SPEAKERS or _CONTRACTED_VERB.search(first):
        return False
    # (a capitalised word after another inside a name is part of it: "Ana May Chan, the mayor,", "Rosa Will Ortiz")
    if any(w.lower() in _NOT_IN_NP and not (i and w[:1].isupper() and head[i - 1][:1].isupper())
           for i, w in enumerate(head)):
        return False
    if _gerund_clause(head):
        return False  # "White Ohio embracing Kerr announced …": an event, headed by no person or body
    # ("US ambassador X" is no clause: only lowercase pronouns and "I" count)
    if any(w.strip(",") in _CLAUSE_PRONOUNS or w.strip(",") == "I" or "’re" in w or "'re" in w or "n't" in w
           or "n’t" in w for w in head[1:]) or first == "you":
        return False  # "They're doing this, he": a clause
    if any(w.lower() in _CUE_WORD_SET and not (i and head[i - 1].lower() in _NOUN_DETERMINERS)
           for i, w in enumerate(head) if w[:1].islower()):
        return False  # (after a determiner a cue's form is a noun: "the accused")
    last = words[-1].lower().strip(",")
    if (last in PREPOSITIONS or last in CLAUSE_WORDS) and not (len(last) > 1 and words[-1].strip(",").isupper()):
        return False  # (an acronym spelled like a clause word is a name: "the WHO said")
    if strict_end and "," not in text and words[-1][0].islower() and last.endswith("ed") and last not in ROLE_NOUNS \
            and not (len(words) > 1 and words[-2].lower() in _NOUN_DETERMINERS):
        return False  # "Israeli officials denied": a clause, not a noun phrase (but "the accused" is one)
    # (a plural without -s counts as one when it names people: "fishermen", "women", "children")
    return words[0][0].isupper() or first in DETERMINERS or first in ROLE_NOUNS or first.endswith("s") \
        or first in IRREGULAR_SINGULARS or first.endswith(("men", "people")) \
        or words[-1][0].isupper() or first in _POSSESSIVE_DETERMINERS or particle_name(words[-1]) or particle_name(head[-1]) \
        or (len(head) <= 3 and head[-1].lower().rstrip(",") in _GROUP_NOUNS) \
        or (first in NAME_PARTICLES and head[0] == first and head[-1][:1].isupper())  # "van Dijk, the mayor,"


_valid_np = valid_np  # (the older private name, still imported elsewhere)




_REPORTERS_SOURCE = re.compile(
    r"(?P<noun>[A-Za-z]+)\s+(?:I|we)\s+(?:later\s+|also\s+|first\s+)?(?:" + "|".join(sorted(REPORTER_CONTACT_VERBS))
    + r")(?:\s+(?:to|with))?(?:\s+(?:about|over|for)(?:\s+[\w’'-]+){1,4})?"
    r"(?:\s+(?:in|at|on|near|outside|by|from|after)(?:\s+[\w’'-]+){1,4}|\s+outside)?")


def _reporters_source(head: list[str]) -> bool:
    """'A ministry official I asked', 'Residents we met near the bridge', 'a guard I spoke to outside': a person
    noun (`PERSON_NOUNS`, singular or plural) followed by a relative clause without "that" in which the reporter
    ("I", "we") met, asked or spoke to that person, and nothing after it but a short phrase of what was asked
    ("I asked about the delay", "we spoke to over the fares") and a short place or time phrase."""
    if "I" not in head and "we" not in head:
        return False  # (the clause's "I" or "we" is a word of its own: most phrases have neither)
    text = " ".join(head)
    for match in re.finditer(r"\b[A-Za-z]+\s+(?:I|we)\s", text):
        found = _REPORTERS_SOURCE.fullmatch(text, match.start())
        if found is None:
            continue
        noun = found.group("noun").lower()
        singular = IRREGULAR_SINGULARS.get(noun) or (noun[:-1] if noun.endswith("s") else noun)
        return noun in PERSON_NOUNS or singular in PERSON_NOUNS or noun.endswith(PERSON_COMPOUND_ENDINGS)
    return False


# a body's name after its capitalised head: "of Agriculture", "for Roads, Rail and Ports", "of Health and Care"
_BODY_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w’'-]*)*"
                                r"(?:,\s+(?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+[A-Z][\w’'-]*)?")

_APPOSITION_NAME = re.compile(r",\s+")


def _named_apposition_end(body: str, start: int, end: int, limit: int, resolver: SpeakerResolver) -> int:
    """'said another leading advocate, Andrew Pincus of the firm' and 'said Rubio's deputy campaign manager,
    Rich Beeson, who …': a description naming nobody, then a comma and a person's name, is that person's
    apposition; the phrase runs on to the end of the name."""
    if end <= start or any(not re.match(r"['’]s?\s", body[m.end:m.end + 3]) for m in resolver.mentions_in(start, end)):
        return end  # (a name in it only as a possessor: "Rubio's deputy campaign manager")
    first = body[start:end].split()[0]
    if not first[:1].islower() and first.lower() not in DETERMINERS and not _POSSESSOR.match(body, start, end):
        return end
    # ("said a member of the fire brigade, Paul Ode": the phrase was cut before its "of …")
    comma = _APPOSITION_NAME.match(body, end, limit) or _QUALIFIED_APPOSITION.match(body, end, limit)
    if not comma:
        return end
    following = resolver.mentions_in(comma.end(), min(limit, comma.end() + 80))
    if following and _only_titles(body, comma.end(), following[0].start):
        return following[0].end
    return end


_POSSESSOR = re.compile(r"[A-Z][\w.-]*['’]s?\s")
_QUALIFIED_APPOSITION = re.compile(r"\s+(?:of|for|at|from|with|in|on)\s+[^,;:!?\"“”()\n]{1,60}?,\s+")


def _only_titles(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] holds nothing but titles before a name ("Inspector", "Dr."): none at all too."""
    return all(word.rstrip(".").lower() in TITLE_HEADS or word.rstrip(".").lower() in HONORIFICS
               or word.rstrip(".").lower() in DOTTED_TITLES for word in body[start:end].split())


def _inverted_np_ok(body: str, start: int, end: int) -> bool:
    words = body[start:end].split()
    first = words[0]
    if _TIME_ONLY.fullmatch(body[start:end]):
        return False  # "said Wednesday, “…"
    if first[0].isupper() or first.lower() in DETERMINERS or first.lower() in ROLE_NOUNS \
            or first.lower() in _POSSESSIVE_DETERMINERS or particle_name(first.rstrip(",")):
        return True  # (and "said al-Mutairi": a particle's name)
    # "national finance director Dennis Cheng", not "prior to meeting Petrov"
    lowercase = [w.lower() for w in words if w[0].islower()]
    return any(w[0].isupper() for w in words[1:]) and not any(
        w in PREPOSITIONS or w.endswith("ing") or w in _CUE_WORD_SET or w in CLAUSE_WORDS for w in lowercase)


def _strip_filler(prefix: str) -> str:
    return prefix[:_filler_end(prefix, 0, len(prefix))]


def _rstrip_end(body: str, floor: int, end: int) -> int:
    while end > floor and body[end - 1].isspace():
        end -= 1
    return end


def _word_start(body: str, floor: int, end: int) -> int:
    """Where the run of non-space characters ending at `end` starts (not before `floor`)."""
    while end > floor and not body[end - 1].isspace():
        end -= 1
    return end


def _filler_end(body: str, floor: int, end: int) -> int:
    """The end of `body[floor:end]` without trailing spaces, adverbs and auxiliaries ("Carter had also"):
    read back from `end` word by word, so the cost does not grow with the distance to `floor`."""
    end = _rstrip_end(body, floor, end)
    while end > floor:
        start = _word_start(body, floor, end)
        if not _FILLER_WORD.fullmatch(body, start, end) or body[start:end] in speaker_heads():
            break  # (a speaker's noun in "-ly" is no adverb: "The victim's family said", "the assembly")
        end = _rstrip_end(body, floor, start)
    return end


def _ends_with_word(body: str, floor: int, end: int, words: frozenset[str]) -> bool:
    """Whether `body[floor:end]` (already right-stripped) ends in one of `words`, as a whole word."""
    return body[_word_start(body, floor, end):end] in words


# Three words or more, read from the start of a text (and not further): len(text.split()) >= 3.
_AT_LEAST_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


def _list_in_name(body: str, floor: int, comma: int, words: list[str]) -> bool:
    """Whether the comma at `comma` separates the items of a list of capitalised words that a name ends in ("The
    Ministry of Agriculture, Land and Fisheries", "Roads, Rail and Ports"): the words after it (`words`, read
    backwards) are capitalised but for one "and" or "&" between them, and a body's name "of" or "for" its first
    item comes right before it. Words of the phrase may follow the list ("… Land and Fisheries on Monday said",
    "… Land and Fisheries officials said")."""
    reading = words[::-1]
    listed = next((index for index, word in enumerate(reading)
                   if not (word[:1].isupper() or word in ("and", "&"))), len(reading))
    words = reading[:listed][::-1]
    if len(words) < 3 or words[-1] in ("and", "&") or words[0] in ("and", "&") \
            or sum(word in ("and", "&") for word in words) != 1 \
            or not all(word[:1].isupper() or word in ("and", "&") for word in words):
        return False
    return bool(_LIST_IN_NAME_BEFORE.search(body, max(floor, comma - 60), comma))  # (speakers': one pattern)



# a list's first items, each one capitalised word, opening a sentence or paragraph: "Sweden, Finland and"
_LIST_OPENING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*$")


# ... or after a preposition of the subject's phrase: "Officials from Holm, Kesk and"
_LIST_AFTER_PREPOSITION = re.compile(r"\b(?:from|of|in|at)\s+((?:[A-Z][\w’'-]*,\s+)*[A-Z][\w’'-]*)$")


def _sentence_adverb(word: str) -> bool:
    """'Meanwhile', 'However', 'Yesterday', 'Separately', 'Finally': a word opening a sentence before a comma
    that names nothing (a function or time word, or an adverb in -ly that is no country's or place's name nor a
    given name: not 'Italy', not 'Kelly')."""
    lowered = word.lower()
    if lowered in FUNCTION_WORDS or lowered in DAYS_MONTHS:
        return True
    return lowered.endswith("ly") and country_of_word(word) is None and lowered not in PLACES \
        and first_name_gender(word) is None


def _list_of_names(body: str, floor: int, comma: int, words: list[str]) -> tuple[int, int, bool] | None:
    """'Sweden, Finland and Denmark warned', 'Officials from Holm, Kesk and Varna said': the comma at `comma`
    separates the first items of a list of one-word names that ends "X and Y" (`words`, read backwards: exactly
    those three) and opens the sentence or follows a preposition; returns where the list's first items start,
    where they end, and whether a preposition comes before them (else None)."""
    if len(words) != 3 or words[1] != "and" or not (words[0][:1].isupper() and words[2][:1].isupper()):
        return None
    found = _LIST_OPENING.search(body, max(floor, comma - 80), comma)
    if found:
        # a sentence adverb or time word opening the sentence ("Meanwhile, Finland and Denmark warned",
        # "Separately, ...") is no item of the list: the list starts after it, and with no first item left it is
        # only "X and Y", read as ever
        start = found.start()
        for item in re.finditer(r"[A-Z][\w’'-]*", body[start:comma]):
            if not _sentence_adverb(item.group(0)):
                start = found.start() + item.start()
                break
        else:
            return None
        return start, comma, False
    found = _LIST_AFTER_PREPOSITION.search(body, max(floor, comma - 80), comma)
    return (found.start(1), comma, True) if found else None


# a capitalised name word, then its initials in brackets (two to nine capitals): "Administration (NIA)"
_BRACKETED_INITIALS = re.compile(r"[A-Z][\w’'&.-]*[ \t]+(?P<open>\()[A-Z][A-Z&.]{1,8}\)$")


def _time_words_opening(words: list[str]) -> int:
    """How many of `words` a time opens them with: "this morning", "on Monday", "last month" (`TIME_OPENERS` and a
    `TIME_WORD`), "yesterday" alone; 0 for none."""
    if words and TIME_WORD.fullmatch(words[0]):
        return 1
    if len(words) > 1 and words[0].lower() in TIME_OPENERS and TIME_WORD.fullmatch(words[1]):
        return 2
    return 0


def _np_before(body: str, floor: int, end: int, appositive_ok: bool = True) -> tuple[int, int] | None:
    """The noun phrase that ends at `end` (a speech verb's subject), back to a clause boundary.

    "Carter, who spoke at the meeting, said": a phrase ending in a comma is an apposition or relative
    clause, and the subject is the phrase before the comma that opens it (both are returned).
    """
    end = _filler_end(body, floor, end)
    if end <= floor:
        return None
    issued = _ISSUED_DOCUMENT.search(body, max(floor, end - 120), end)
    if issued and issued.start() > floor:
        # "Sweden, Finland and Denmark circulated a joint paper before the meeting warning": the issuer's phrase
        return _np_before(body, floor, issued.start(), appositive_ok)
    dash = _CLOSING_DASH.search(body, max(floor, end - 4), end)
    if dash and appositive_ok:
        # "A former candidate -- Rick Sallow, who lost in 2008 -- said": an apposition between dashes; the
        # subject is the phrase before the opening dash, with the apposition (which may name the person)
        opening = max(body.rfind("\u2014", max(floor, end - 160), dash.start()),
                      body.rfind("\u2013", max(floor, end - 160), dash.start()),
                      body.rfind("--", max(floor, end - 160), dash.start()),
                      body.rfind(" - ", max(floor, end - 160), dash.start()) + 1)
        if opening <= floor or any(ch in body[opening:dash.start()] for ch in ";:\u201c\u201d\"\n"):
            return None
        main = _np_before(body, floor, opening, appositive_ok=False)
        return trim_np(body, main[0], dash.start()) if main is not None else None
    if body[end - 1] == ",":
        if not appositive_ok:
            return None
        opening = body.rfind(",", max(floor, end - 160), end - 1)
        inner = body[opening + 1:end - 1] if opening >= 0 else ""
        if opening < 0 or any(ch in inner for ch in ";:\u201c\u201d\"\u2014\n"):
            return None
        if _COORDINATED_APPOSITION.match(inner) and body[_rstrip_end(body, floor, opening) - 1:opening][:1].isalnum():
            # "Dylan Roe, a fellow at the institute in Munich, Germany, and co-author of the study, said": a
            # second description joined by "and" belongs to the same person as the apposition before it
            main = _np_before(body, floor, opening + 1, appositive_ok=True)
            if main is not None:
                return trim_np(body, main[0], end)
        participle = _PARTICIPLE_APPOSITION.search(body, max(floor, end - 160), opening + 1)
        if participle and not any(ch in body[participle.start():end] for ch in ";:\u201c\u201d\"\u2014\n"):
            # "Sallow, speaking at a rally in Ames, Iowa, on Monday, said": a participle's phrase (or a
            # relative clause) may hold commas of its own; the subject is the phrase before the comma opening it
            main = _np_before(body, floor, participle.start(), appositive_ok=False)
            if main is not None:
                return trim_np(body, main[0], end)
        main = _np_before(body, floor, opening, appositive_ok=False)
        while main is not None and _further_apposition(body, *main):
            # "Carter, 35, the son of a farmer, said", "Harry Bond, 30, of Raleigh, N.C., who was polled,
            # said": an age, a home town and its state are further appositions of the name before them
            opening = body.rfind(",", max(floor, opening - 60), main[0])
            main = _np_before(body, floor, opening, appositive_ok=False) if opening > floor else None
        if main is None:
            return None
        return trim_np(body, main[0], end)
    position = end
    words: list[str] = []
    while position > floor:
        ch = body[position - 1]
        if ch == ")" and not words:
            # "Sen. Maria Lopez (D-Ore.) said": a party and state tag is part of the name
            opening = body.rfind("(", max(floor, position - 40), position - 1)
            if opening > floor and ")" not in body[opening:position - 1]:
                position = opening
                continue
        if ch == ")" and words:
            # "The National Irrigation Administration (NIA) in the region said": a body's initials in brackets
            # right after its capitalised name are part of the phrase, not its boundary
            acronym = _BRACKETED_INITIALS.search(body, max(floor, position - 40), position)
            after = words[::-1]  # the words after the bracket, in order
            timed = _time_words_opening(after)
            if acronym and timed < len(after) and after[timed].lower() in _NOUN_DETERMINERS:
                # ... but a determiner right after the bracket opens a new subject, the bracket closing a
                # prepositional object before it: "In a letter to the Statistics Office (PSO) the minister said",
                # also after a time ("(PSO) this morning the minister said": the subject starts at "the"); a
                # time running into the verb is the body's ("The Statistics Office (PSO) this week said")
                for word in after[:timed]:
                    position = body.index(word, position) + len(word)
                break
            if acronym and acronym.start() > floor:
                position = acronym.start("open")
                continue
        if ch == "," and _list_in_name(body, floor, position - 1, words):
            position -= 1  # "The Ministry of Agriculture, Land and Fisheries said": a list inside a name
            continue
        listed = _list_of_names(body, floor, position - 1, words) if ch == "," else None
        if listed and listed[2]:
            # "Officials from Holm, Kesk and Varna said": the list is the object of the subject's preposition;
            # the phrase goes on before it
            words.extend(body[listed[0]:listed[1]].replace(",", " ").split()[::-1])
            position = listed[0]
            continue
        if listed:
            position = listed[0]  # "Sweden, Finland and Denmark warned": the whole list is the subject
            break

        nickname = nickname_between(body, close_mark=position - 1) if ch in "\u201d\"" and words else None
        if nickname:
            # "Mayor Tomas “Bucky” Herrald told": a nickname in marks inside the name is no boundary
            position = nickname.start("nickname")
            continue
        if ch in ",;:(\u201c\u201d\"\u2014\u2013\n":
            break
        if ch.isspace():
            position -= 1
            continue
        word_end = position
        while position > floor and not body[position - 1].isspace() and body[position - 1] not in ",;:(\"\u201c\u201d\u2014":
            position -= 1
        word = body[position:word_end]
        if word == "-":
            # "KARVIA CITY, May 12 (Northgate Press) - The prime minister said": a hyphen standing alone between
            # spaces is a dash (a dateline's end, an aside's edge), a boundary like the en and em dash; a hyphen
            # inside a word ("Jean-Pierre", "D-Ore.") is never a word of its own here
            position = word_end
            break
        lowered = word.lower()
        if lowered == "and" and any(w[:1].isupper() for w in words) \
                and body[_rstrip_end(body, 0, position) - 1:position][:1].isalpha() \
                and _previous_word(body, floor, position)[:1].isupper():
            words.append(word)  # "Petrov and Carter called for"
            continue
        if lowered in ("who", "which") and not words:
            # "Mike Pence, who called their son “…": the relative pronoun stands for the phrase before it
            comma = _rstrip_end(body, 0, position)
            if body[comma - 1:comma] in (",", "-", "\u2014", "\u2013") and comma:  # also "Donald Trump - who said …"
                return _relative_antecedent(body, floor, comma - 1)
        if lowered in ("who", "whom", "which") and words:
            # "a White House official who spoke anonymously said": the speaker is before "who" (and before
            # "which": "A spokesperson for Kestel County Council which owns the site said")
            inner = _np_before(body, floor, position, appositive_ok=False)
            return inner
        if lowered in CLAUSE_WORDS or lowered in _NP_OPENERS:
            modified = _modified_person_start(body, floor, position) if lowered in PREPOSITIONS and words else None
            if modified is not None:  # "An analyst with a large insurer said": the person's own modifier
                position = modified
                break
            described = _described_before_relative(body, floor, position)
            if described is not None:
                return described  # "A man who worked with Tomas Berg said": the man speaks, not Berg
            position = word_end
            break
        words.append(word)
        if len(words) == 1 and lowered in PRONOUNS:
            break  # "When X greeted Y he said": a pronoun is the whole subject
        if len(words) > 14:
            return None
    start, end = trim_np(body, position, end)
    return (start, end) if end > start else None


_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whose|whom)\s")
_CLAUSE_STOPS = ",;:(\u201c\u201d\"\u2014\u2013\n"


def _described_before_relative(body: str, floor: int, position: int) -> tuple[int, int] | None:
    """'A man who worked with Tomas Berg said', 'A woman whose son Pavel Lund drowned in the harbour said': the
    clause before the verb opens with a noun for people (a determiner or adjectives before it at most) and a
    relative clause without a comma; whatever the clause holds (a name, a preposition's object) describes that
    person, who is the subject. The phrase before the relative pronoun is returned; None when the clause opens
    otherwise ("Carter thanked the people who voted for him and said": a subject with its own verb first)."""
    clause_start = max([floor] + [body.rfind(ch, floor, position) + 1 for ch in _CLAUSE_STOPS])
    relatives = list(_RELATIVE_PRONOUN.finditer(body, clause_start, position))
    if not relatives:
        return None
    relative = relatives[0]
    words = body[clause_start:relative.start()].split()
    if not words or len(words) > 8 or not names_people(words[-1]):
        return None
    for index, word in enumerate(words[:-1]):
        lowered = word.lower()
        if index and word[:1].islower() and (lowered in _CUE_WORD_SET or lowered in CLAUSE_WORDS or (
                VERB_LIKE.match(lowered) and words[index - 1].lower() not in DETERMINERS)):
            return None  # a verb before the noun: the clause's subject came first
    np = trim_np(body, clause_start, relative.start())
    return np if np[1] > np[0] else None


def _main_subject_after(body: str, sentence_start: int, position: int, resolver: SpeakerResolver) -> Resolution | None:
    """The subject of a sentence's main clause, found after `position` (inside an opening participial clause):
    a person opening it, or a pronoun right after the clause's comma."""
    sentence_end = resolver.sentences[resolver.sentence_of(position)][1]
    for mention in resolver.mentions_in(position, sentence_end):
        if not resolver.is_quoted(mention.start) and resolver.opens_main_clause(mention, sentence_start):
            return resolver.of_mention(mention)
    pronoun = _PRONOUN_AFTER_CLAUSE.search(body, position, sentence_end)
    if pronoun and not resolver.is_quoted(pronoun.start(1)):
        resolution = resolver.resolve(pronoun.start(1), pronoun.end(1))
        if resolution.known:
            return resolution
    return None


_OPENING_PARTICIPLE = re.compile(r"[\s\"“”‘’']*(?P<cue>" + speech_verbs.alternation(
    speech_verbs.longest_first(word for word in _CUE_WORD_SET if word.endswith("ing")), capitalise=True) + r")\b")
_PRONOUN_AFTER_CLAUSE = re.compile(r",[\"”’']?\s+(?:(?:though|however|still),\s+)?(he|she|they|it)\s+[a-z]")


_CLOSING_DASH = re.compile(r"\s*(?:\u2014|\u2013|--|(?<=\s)-)\s*$")  # a spaced hyphen is a dash too
# A comma opening a participle's phrase or a relative clause inside the subject ("X, speaking in Ames, Iowa,
# said", "X, who spoke in Ames, Iowa, said").
_PARTICIPLE_APPOSITION = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:who|whose|[a-z]{3,}ing|asked|pressed|interviewed|reached|"
                                    r"contacted|questioned)\s")


# ", and co-author of the study,": a lowercase description joined to the apposition before it
_COORDINATED_APPOSITION = re.compile(r"\s*and\s+(?:a\s+|an\s+|the\s+)?[a-z][\w-]*\b")


def _further_apposition(body: str, start: int, end: int) -> bool:
    """An age ("35"), a home town ("of Raleigh") or a state's abbreviation ("N.C."): a piece of a chain of
    appositions after a name, not the subject itself."""
    text = body[start:end]
    return bool(re.fullmatch(r"\d{1,3}|(?:of|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|(?:[A-Z][a-z]?\.){1,2}[A-Z]?[a-z]?\.?", text))


def _relative_antecedent(body: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun after `comma` stands for: the name or phrase ending there."""
    np = _np_before(body, floor, comma, appositive_ok=False)
    if np is None:
        return None
    words = body[np[0]:np[1]].split()
    if _person_with_modifier(words):
        return np  # "A Geneva-based analyst with a large insurer, who …": the noun's own modifier, not an object
    # "The prize went to Hill, who …": keep the words after the last verb or preposition.
    for index in range(len(words) - 1, -1, -1):
        lowered = words[index].lower()
        if words[index][:1].islower() and (lowered in PREPOSITIONS or _VERB_LIKE.match(lowered)
                                           or lowered in ("went", "met", "won", "lost", "gave", "told")):
            tail = " ".join(words[index + 1:])
            if not tail:
                return None
            return trim_np(body, np[1] - len(tail), np[1])
    if words[0].lower() in ("a", "an", "the"):
        # "said Maria Lopez, a town official, who …": the description is the name's apposition
        named = _NAME_BEFORE_COMMA.search(body, max(floor, np[0] - 60), np[0])
        if named:
            return named.start(1), np[1]
    return np


_ARTICLE_PERSON_BEFORE = re.compile(r"(?:^|(?<=[\s\"“”‘’(]))(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+"
                                    r"(?:[\w’'.-]+\s+){0,4}?(?P<noun>[a-z][\w-]*)"
                                    r"(?:\s+(?:familiar|close|briefed|involved|knowledgeable))?\s+$")


def _modified_person_start(body: str, floor: int, preposition: int) -> int | None:
    """Where the phrase a preposition at `preposition` modifies starts, when that phrase is a person noun opened by
    an article at a clause's start, with no verb in it ("A Geneva-based analyst | with a large insurer")."""
    window_start = max(floor, preposition - 80)
    match = _ARTICLE_PERSON_BEFORE.search(body, window_start, preposition)
    noun = match.group("noun").lower() if match else ""
    # (any noun for people, irregular plurals too: "Two people | familiar with the matter", "three fishermen")
    if match is None or noun not in PERSON_NOUNS and not names_people(noun):
        return None
    if any(_VERB_LIKE.match(word.lower()) or word.lower() in PREPOSITIONS or word.lower() in CLAUSE_WORDS
           for word in body[match.start():match.start("noun")].split()[1:]):
        return None
    lead = body[max(0, match.start() - 4):match.start()].rstrip(" \t\"“”‘’(")
    if match.start() > floor and lead and lead[-1] not in ",.;:!?\n—":
        return None  # "He met an engineer with a grudge": an object, not the clause's subject
    return match.start()


def _person_with_modifier(words: list[str]) -> bool:
    """'A senior analyst with a large insurer', 'an engineer at the water board': a phrase opened by an article
    whose first preposition follows a person noun, with no verb before it, is one noun phrase (the preposition
    says who the person is)."""
    if not words or words[0].lower() not in ("a", "an", "one", "the"):
        return False
    for index, word in enumerate(words[1:], 1):
        lowered = word.lower()
        if _VERB_LIKE.match(lowered):
            return False
        if lowered in PREPOSITIONS:
            return words[index - 1].lower() in PERSON_NOUNS
    return False


_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*),\s*$")


def _speaking_phrase(body: str, resolution: Resolution, resolver: SpeakerResolver) -> bool:
    """Whether a resolved speaker can speak: a person, or a label whose head noun is speaker-like
    (`data/speaker_heads.py`: "the ministry", "the report", "critics", a proper name; not "the meeting")."""
    if resolution.name or not resolution.label:
        return True
    core = label_core(resolution.label)
    opens = resolution.start is not None and resolver.sentences[resolver.sentence_of(resolution.start)][0] \
        >= resolution.start - 2
    return speaker_like_label(core, opens_sentence=opens)


def _previous_word(body: str, floor: int, position: int) -> str:
    end = _rstrip_end(body, floor, position)
    return body[_word_start(body, floor, end):end]


_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "whose",
                               "any", "no", "every"})
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _noun_use(body: str, floor: int, cue_start: int) -> bool:
    """Whether a bare speech-verb form at `cue_start` is a noun: a possessive or a determiner before it, with at
    most two lowercase modifiers between ("Trump’s claim", "the rampant blame", "his repeated claim")."""
    words = body[max(floor, cue_start - 60):cue_start].split()[-3:]
    for index, word in enumerate(reversed(words)):
        if _POSSESSIVE_END.search(word) and len(word) > 2:
            return True
        if word.lower() in _NOUN_DETERMINERS:
            return True
        # between them only adjectives ("rampant", "public"): "the officials say", "the police claim" have
        # their subject there, and the bare form is the verb
        if not word.islower() or not word.isalpha() or index >= 2 or not word.endswith(_ADJECTIVE_ENDINGS):
            return False
    return False


_ADJECTIVE_ENDINGS = ("ant", "ent", "ive", "al", "ous", "ful", "ic", "ar", "ary", "ory", "less", "ible", "able")


def _possessor_before(body: str, floor: int, cue_start: int, resolver: SpeakerResolver) -> Resolution | None:
    """The named person whose possessive opens the noun phrase of a noun cue ("Trump’s claim")."""
    words = list(re.finditer(r"\S+", body[max(floor, cue_start - 60):cue_start]))
    if not words:
        return None
    offset = max(floor, cue_start - 60)
    for word in reversed(words[-3:]):
        if _POSSESSIVE_END.search(word.group(0)):
            end = offset + word.end() - len(_POSSESSIVE_END.search(word.group(0)).group(0))
            mentions = resolver.mentions_in(max(floor, end - 60), end)
            if mentions and mentions[-1].end == end and not resolver.is_quoted(mentions[-1].start):
                mention = mentions[-1]
                return resolver.of_mention(mention)
            return None
    return None


_INTRO = re.compile(
    r"\s*(?:(?:(?:And|But|So)\s+then|[A-Z][a-z]+ly|Then|But|And|So|Yet|Still|Now|Later|Earlier|Meanwhile|However|"
    r"Instead|Also|Again)\b,?\s+"
    # a subordinate clause after an opener: "Last month, when I asked him about it, he said"
    r"|(?:when|while|after|before|as|if|because|since|although|though)\b[^,\u201c\u201d\"]{0,100},\s+"
    r"|(?:On|In|At|During|After|Before|When|While|As|Since|Ever\s+since|Over|Throughout|Last|This|Following|"
    r"Speaking|Asked|According\s+to)\b[^,\u201c\u201d\"]{0,100},\s+)*"
)
_COORDINATION = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they|it|we|He|She|They|It|We)\b")
_VERB_LIKE = VERB_LIKE


# "The deal was signed, said Lena Vogt, adding: …": an inverted attribution right before the participle.
_INVERTED_BEFORE_PARTICIPLE = re.compile(r",\s+(?:said|says|added|adds|wrote|writes)\s+(?P<np>[^,;:.!?\"“”\n]{2,80}?)"
                                         r"(?:,[^,;:!?\"“”\n]{1,80})?,\s*$")


def _past_verb_ends_subject(lowered: str, body: str, after: int) -> bool:
    """Whether an irregular past form in a subject's run is its main verb. A form that is also a noun or an
    adjective (speaker_heads.PAST_SHARED_WITH_NOUNS: "A far left group", "The party's left wing") is one only
    before an object-like word: a determiner, a pronoun, a particle, a number or a capitalised name ("Police put
    the number at 8,000", "Harbour City FC put Luis Moreno on leave")."""
    if lowered not in PAST_SHARED_WITH_NOUNS:
        return True
    following = re.match(r"\s*([^\s,]+)", body[after:])
    if not following:
        return True
    word = following.group(1).strip("\"“”")
    return (not word or word.lower() in DETERMINERS or word.lower() in PAST_OBJECT_STARTS
            or word[:1].isdigit() or word[:1].isupper())


def _clause_subject(body: str, floor: int, cue_start: int, resolver: SpeakerResolver) -> tuple[int, int] | None:
    """The subject that opens the clause: a pronoun, or the words before its first verb."""
    for boundary in reversed(list(_COORDINATION.finditer(body, floor, cue_start))):
        found = _clause_subject(body, boundary.end(), cue_start, resolver)
        if found:
            return found
        break
    hyphen = body.rfind(" - ", floor, cue_start)
    if hyphen >= 0 and body.rfind(" - ", floor, hyphen) >= 0:
        hyphen = -1  # "Clinton has called for tweaks - spending and a hike - and has said that": an aside's closing dash
    dash = max(body.rfind("\u2014", floor, cue_start), body.rfind(" -- ", floor, cue_start), hyphen)
    if dash >= 0:  # "WASHINGTON (UPI) — X rallied …", "KARVIA, May 12 (Northgate Press) - X rallied …"
        floor = dash + (1 if body[dash] == "\u2014" else 4 if body.startswith(" -- ", dash) else 3)
    position = _INTRO.match(body, floor, cue_start).end()
    pronoun = _SUBJECT_PRONOUN.match(body, position, cue_start)
    if pronoun:
        return pronoun.span()
    for mention in resolver.mentions_in(position, cue_start):
        # "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him …": the person
        # opening the main clause after an opening phrase (read from the clause's start: the opening phrase
        # may hold commas)
        if not resolver.is_quoted(mention.start) and resolver.opens_main_clause(mention, floor):
            return mention.start, mention.end
    end = None
    previous = previous_token = ""
    for word in re.finditer(r"[^\s,]+", body[position:cue_start]):
        token = word.group(0)
        lowered = token.lower()
        if lowered == "and" and previous_token[:1].isupper() \
                and _in_coordinated_name(body, position + word.end(), cue_start):
            previous, previous_token = lowered, token
            continue  # "The Kestel Growers and Exporters Association said … and called": one body's name
        if token[0].islower() and lowered not in ROLE_NOUNS and lowered not in DETERMINERS and (
                _VERB_LIKE.match(lowered) or lowered in _CUE_WORD_SET or lowered in CLAUSE_WORDS
                # an irregular past form ends the subject as an "-ed" one does ("Police put the number at 8,000
                # and said"), unless a determiner makes it a modifier ("The set designers")
                or previous and lowered in MAIN_CLAUSE_VERBS and previous not in DETERMINERS
                and _past_verb_ends_subject(lowered, body, position + word.end())):
            end = position + word.start()
            break
        previous, previous_token = lowered, token
    if end is None:
        end = cue_start  # "Mr. Butterfield, noting that …": the subject runs up to the participle
    start, end = _leading_name(body, *trim_np(body, position, end), resolver)
    return (start, end) if end > start else None


# Capitalised words after a name's inner "and", up to a word that is no part of the name
_CAPITALISED_RUN = re.compile(r"\s+((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s+[a-z(]|\s*\(|\s*$)")


def _in_coordinated_name(body: str, after_and: int, end: int) -> bool:
    """Whether the "and" ending at `after_and` joins the capitalised words of one body's name ("Growers and
    Exporters Association", "Food and Drug Administration"): a capitalised word stands before it and the
    capitalised words after it end in an organisation's head word (`lexicon.ORG_WORDS`)."""
    run = _CAPITALISED_RUN.match(body, after_and, end)
    return bool(run) and run.group(1).split()[-1].lower() in ORG_WORDS


# "The ministry published a report (on Monday) warning …": a subject, the verb by which it issued a document or
# work (`data/documents.py`), the document or documents ("two highly critical reports"), and a short phrase of time or place before the participle that
# describes it; the issuer speaks.
_ISSUED_DOCUMENT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in ISSUING if verb != "in")
    + r")\s+(?:a|an|the|its|their|his|her|two|three|four|five|several|new)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(map(re.escape, DOCUMENT_NOUNS | WORK_NOUNS), key=len, reverse=True)) + r")s?\b[^,;:.!?\"“”]{0,40}$")


def _leading_name(body: str, start: int, end: int, resolver: SpeakerResolver) -> tuple[int, int]:
    """'Lopez sent an email, saying': a name followed by a lowercase word (a verb no list knows) is the subject;
    so is a subject pronoun ('she sent an email saying')."""
    pronoun = _SUBJECT_PRONOUN.match(body, start, end)
    if pronoun and body[pronoun.end():end].split()[:1] and body[pronoun.end():end].split()[0][:1].islower():
        return pronoun.span()
    mentions = resolver.mentions_in(start, end)
    if mentions and mentions[0].start > start and all(
            word.lower() in HONORIFICS or word.lower().rstrip(".") in TITLE_HEADS
            for word in body[start:mentions[0].start].split()):
        mentions[0] = Mention(start, mentions[0].end, mentions[0].person)  # "Mrs. Clinton shook her head"
    if mentions and mentions[0].start == start and mentions[0].end < end:
        following = body[mentions[0].end:end].split()
        while len(following) > 1 and following[0] in _ADVERBS_BEFORE_VERB and following[1][:1].islower():
            following = following[1:]  # "Trump then appears in a clip": "then" is no role here
        if following and following[0][:1].islower() and following[0].lower() not in ROLE_NOUNS:
            return start, mentions[0].end
    return start, end
