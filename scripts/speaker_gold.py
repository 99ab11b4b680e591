"""Who a gold speaker span names, for strict speaker scoring: the person, titles and appositions aside.

PolNeAR marks the whole phrase that names a speaker ("Senate Minority Leader Harry M. Reid (D-Nev.)",
"Paul Lindsay, a spokesman for the Bush super PAC", "Clinton", "the campaign", "he"). A predicted speaker is
right when it is the person that phrase names, so this module reads the phrase the way a careful annotator
would: parentheses and appositions set aside, titles and party or nationality words before the name
stripped, a name that only modifies a noun ("an Obama adviser", "a spokesman for Paul Ryan") not taken for
the speaker, and a bare surname ("Clinton", "Mr. Kerry") resolved to the article's person of that surname
(the full name written most often in the article, of the honorific's gender). Names are compared as the same
person with `loaders.extract.names` (surname up to transliteration, compatible given names), so "Hillary
Clinton" is not "Bill Clinton". Phrases that name no person (organisations, documents, descriptions such as
"the president") are `described`; pronouns are `pronoun`. Pure functions over the gold and the text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from loaders.extract.data.clauses import alternation as clause_alternation
from loaders.extract.data.clauses import words_doing
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import (
    ADDRESS_TITLES,
    DAYS_MONTHS,
    DOTTED_TITLES,
    FUNCTION_WORDS,
    HONORIFICS,
    NATIONALITY_COUNTRY,
    ORG_WORDS,
    PLACES,
    ROLE_MODIFIERS,
    TITLE_HEADS,
)
from loaders.extract.names import same_person, split_name
from loaders.extract.quotemarks import find_quoted_spans
from loaders.extract.speakers import first_name_gender

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PRONOUNS = {"he", "him", "his", "she", "her", "they", "them", "it", "its", "i", "we", "us", "who", "which", "you",
            "me"}
# Titles that are never a given name, even when a name list has them ("King Abdullah", "Pope Francis").
_STRONG_TITLES = {"king", "queen", "prince", "princess", "pope", "sheikh", "sheik", "emir", "sultan", "president",
                  "senator", "governor", "general", "mayor", "minister", "premier", "chancellor", "ayatollah"}
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
                     "madam": "female", "dame": "female", "lady": "female", "lord": "male"}
_ROLE_GENDER = {"spokeswoman": "female", "chairwoman": "female", "congresswoman": "female",
                "businesswoman": "female", "actress": "female", "queen": "female", "princess": "female",
                "wife": "female", "mother": "female", "daughter": "female", "sister": "female",
                "spokesman": "male", "chairman": "male", "congressman": "male", "businessman": "male",
                "actor": "male", "king": "male", "prince": "male", "husband": "male", "father": "male",
                "son": "male", "brother": "male"}
_DETERMINERS = {"the", "a", "an", "another", "one", "some", "this", "that", "these", "those", "his", "her",
                "their", "its", "our", "my", "two", "three", "several", "many", "most", "all", "both", "each"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_INDEFINITE_PRONOUNS = {"someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody", "others"}
_INDEFINITE = {"a", "an", "another", "one", "some", "two", "three", "several", "many"}
# Words that may follow a name inside a speaker phrase without making the name a modifier of a noun.
_AFTER_NAME = {"of", "at", "from", "with", "in", "for", "on", "himself", "herself", "who", "and", "writing",
               "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "said", "says", "told", "wrote", "added", "also"}
_PREPOSITIONS = {"for", "of", "at", "with", "to", "from", "by", "in", "on", "about", "under", "behind", "near",
                 "against", "like", "between", "among", "including"}
# What a person's possessive may govern and still stand for the person ("Trump's mind", "Ryan's statement").
_UTTERANCE_NOUNS = {"statement", "statements", "tweet", "tweets", "remarks", "words", "letter", "email", "speech",
                    "memo", "post", "posts", "account", "book", "mind", "message", "comments", "testimony",
                    "op-ed", "column", "essay", "interview", "response", "reply", "note", "video", "ad"}
_PARTICLES = {"de", "van", "von", "der", "den", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "bin",
              "ibn", "al", "el", "abu", "st", "st."}
_TITLE_WORDS = TITLE_HEADS | ADDRESS_TITLES | {t + "." for t in DOTTED_TITLES} | DOTTED_TITLES | HONORIFICS | {
    "sen.", "rep.", "gov.", "pres.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "prof.", "rev.", "dr.",
    "madam", "lady", "sir", "dame", "lord", "justice", "anchor", "co-anchor", "host", "co-host", "pundit", "blogger",
    "consultant", "operative", "lobbyist", "comedian", "chef"}
_LEAD_WORDS = ROLE_MODIFIERS | set(NATIONALITY_COUNTRY) | _DETERMINERS | {"former", "ex", "then", "late", "u.s.", "us"}
_TOKEN = re.compile(r"\S+")
# Several speakers: plural titles, names joined by "and", "and others".
_GROUP = re.compile(r"\b(?:Sens|Reps|Govs|Senators|Representatives|Drs|Messrs)\b\.?|"
                    r"[A-Z][\w’'-]+\s+(?:and|or|&)\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+)?[A-Z]|\band\s+others\b")
_LIST = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+,\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+,?\s+(?:and|or)\s+[A-Z]")
_PARENS = re.compile(r"\s*\([^()]*\)")
# A phrase that counts a crowd ("Hundreds of pro-Sanders demonstrators", "Dozens of voters") names no person.
_CROWD_WORDS = {"hundreds", "thousands", "dozens", "scores", "millions", "crowds", "tens", "throngs", "groups"}
# A chapter-and-verse or section reference ("Isaiah 45:1", "Article 5:2"): a text quoted, not a person.
_CITATION = re.compile(r"\b\d+:\d+\b")
# One-word publications, pollsters and fact-checkers that a text cites by name alone ("Politico reported",
# "Pew found", "Politifact ruled"); the registry's one-word outlet names are added at first use.
_PUBLICATIONS = {"pew", "gallup", "politifact", "factcheck.org", "snopes", "quinnipiac", "ipsos", "yougov",
                 "rasmussen reports", "axios", "vox", "slate", "salon", "breitbart", "buzzfeed", "mediaite",
                 "politico", "reuters", "bloomberg", "newsweek", "time"}


@lru_cache(maxsize=1)
def _publications() -> frozenset[str]:
    names = set(_PUBLICATIONS)
    try:
        from loaders.registry import default_registry_dir, load_registry

        folder = default_registry_dir()
        for outlet in (load_registry(folder).outlets if folder else ()):
            for name in (outlet.name, *getattr(outlet, "aliases", ())):
                if name and " " not in name.strip():
                    names.add(name.strip().casefold())
    except Exception:  # the scorer works without the registry
        pass
    return frozenset(names)
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class GoldSpeaker:
    """What a gold speaker phrase names: a person (`name`, full name when the article gives one), a pronoun,
    or a description / organisation (`described`, with `person_like` when its head noun is a person's role)."""

    kind: str  # 'person', 'pronoun' or 'described'
    surface: str
    name: str | None = None  # the person's name as the phrase gives it, titles stripped
    full_name: str | None = None  # the name resolved against the article (a bare surname -> its full name)
    gender: str | None = None
    person_like: bool = False  # a description headed by a person noun ('the senator', 'a spokeswoman')
    indefinite: bool = False  # 'a spokesman', 'one official': a new, unnamed person


def _clean(word: str) -> str:
    return word.strip(",;:\"“”‘’'()").lower()


def _is_name_token(token: str) -> bool:
    bare = token.strip(",;:\"“”()")
    if not bare:
        return False
    if bare[0].isupper():
        return True
    # Particles inside names ("Ruth de la Cruz") and prefixed surnames ("al-Awlaki")
    return bool(re.match(r"(?:al|el|ad|bin|ibn|abu)-[A-Z]", bare))


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) word indices of the capitalised runs in a phrase part (particles inside a run kept)."""
    runs = []
    index = 0
    while index < len(words):
        if not _is_name_token(words[index]):
            index += 1
            continue
        start = index
        index += 1
        while index < len(words):
            word = words[index]
            if _POSSESSIVE.search(words[index - 1].rstrip(",")) and words[index - 1][0].isupper():
                break  # "Trump's" ends its run
            if _is_name_token(word):
                index += 1
            elif word.lower() in _PARTICLES and index + 1 < len(words) and _is_name_token(words[index + 1]):
                index += 1
            else:
                break
        runs.append((start, index))
    return runs


def _is_title(token: str, first: bool = True) -> bool:
    lowered = token.lower().rstrip(",")
    if not first and re.fullmatch(r"[a-z]\.", lowered):
        return False  # "Harry M. Reid": an initial, not "M." for Monsieur
    # "Co-anchor", "ex-President", "Texas-based"
    return lowered in _TITLE_WORDS or lowered.rstrip(".") in _TITLE_WORDS or "-" in lowered and (
        lowered.rsplit("-", 1)[1] in _TITLE_WORDS or lowered.endswith(("-based", "-born", "-area")))


def _strip_titles(tokens: list[str], text: str = "") -> tuple[list[str], str | None, str | None]:
    """The name left after the titles and lead words before it, the title stripped (the last one), and the
    gender an honorific or a gendered title gives."""
    gender = None
    last_title = -1
    for index, token in enumerate(tokens[:-1]):
        lowered = token.lower().rstrip(",")
        if _is_title(token, first=index == 0):
            last_title = index
            gender = _HONORIFIC_GENDER.get(lowered.rstrip(".")) or _ROLE_GENDER.get(lowered) or gender
    if last_title == 0 and len(tokens) == 2 and not tokens[0].endswith(".") and is_given_name(tokens[0]) \
            and tokens[0].lower() not in _STRONG_TITLES and tokens[0].lower() not in HONORIFICS \
            and not any(not name.startswith(tokens[0] + " ") for name, _ in full_names(text, tokens[1])):
        # "Dean Baker": a given name that is also a title, unless the article gives the surname another
        # given name ("Dean Amar" for Vikram Amar)
        last_title, gender = -1, None
    title = tokens[last_title] if last_title >= 0 else None
    rest = tokens[last_title + 1:]
    while len(rest) > 1 and (rest[0].lower().rstrip(",") in _LEAD_WORDS or rest[0].isupper() and len(rest[0]) > 1
                             and not rest[0].endswith(".")):
        rest = rest[1:]  # "Democrat Hillary Clinton", "Former Rep.", "GOP"
    return rest, title, gender


def _looks_like_person(name: list[str], titled: bool, text: str, followed_by_apposition: bool) -> bool:
    words = [w.strip(",.;:").lower() for w in name]
    if not words or not words[-1]:
        return False
    if words[-1] in ORG_WORDS or words[-1] in PLACES and not titled:
        return False
    if len(name) >= 2:
        first = name[0].strip(",")
        if titled or is_given_name(first.rstrip(".")) or re.fullmatch(r"[A-Z]\.?", first):
            return not any(w in ORG_WORDS for w in words[1:])
        return not any(w in ORG_WORDS or w in PLACES or w in FUNCTION_WORDS for w in words) \
            and not any(len(w.strip(".,")) > 1 and w.strip(".,").isupper() for w in name)
    if titled or followed_by_apposition:
        return True
    surname = name[0].strip(",.;:")
    if full_names(text, surname) or any(
            _clean(match.group(1)) in _TITLE_WORDS or _clean(match.group(1)).rstrip(".") in _TITLE_WORDS
            for match in re.finditer(r"(\S+)\s+" + re.escape(surname) + r"\b", text)):
        return True
    # A lone capitalised word the article never introduces ("Cruz"): a name unless it is a common word, a
    # plural group, an acronym or the first word of an organisation's name elsewhere ("Pew Research Center").
    lowered = surname.lower()
    if lowered in _publications():
        return False  # "Politico reveals", "Pew found": a publication the article cites by name
    if surname.isupper() or lowered in FUNCTION_WORDS or lowered in PRONOUNS or lowered in _INDEFINITE_PRONOUNS \
            or lowered in DAYS_MONTHS or lowered.endswith(("ers", "ists", "ans", "ors", "ants", "ents", "nds", "ies",
                                                           "ees", "ing", "ings")) \
            or lowered in ("hundreds", "thousands", "dozens", "millions", "others", "several"):
        return False
    if re.search(r"\b" + re.escape(lowered) + r"\b", text) or lowered.endswith("s") and re.search(
            r"\b" + re.escape(lowered[:-1]) + r"\b", text):
        return False
    return not any(_clean(match.group(1)) in ORG_WORDS
                   for match in re.finditer(re.escape(surname) + r"\s+(?:[A-Z]\w+\s+)?([A-Z]\w+)", text))


@lru_cache(maxsize=8192)
def _full_name_pattern(surname: str) -> re.Pattern:
    return re.compile(r"((?:(?:[A-Z][\w’'-]+|[A-Z]\.)\s+){1,3})" + re.escape(surname) + r"\b")


def full_names(text: str, surname: str) -> list[tuple[str, int]]:
    """(full name, position) of every 'Given [Middle] Surname' the text writes: the given name a known one."""
    if len(surname) < 2 or not surname[0].isupper():
        return []
    found = []
    for match in _full_name_pattern(surname).finditer(text):
        before = match.group(1).split()
        if any(_POSSESSIVE.search(word) and len(word) > 2 for word in before):
            continue  # "Dave Leip's Atlas" is no person called Atlas
        for index in range(len(before)):
            first = before[index].rstrip(".")
            lowered = first.lower()
            if is_given_name(first) and lowered not in _TITLE_WORDS and lowered not in _LEAD_WORDS \
                    and lowered not in FUNCTION_WORDS and lowered not in _WEEKDAYS:
                found.append((" ".join(before[index:] + [surname]), match.start()))
                break
    return found


def resolve_surname(text: str, surname: str, gender: str | None, at: int | None = None) -> str | None:
    """The article's person of that surname: of the honorific's gender, the one whose full name the article
    writes most often (earliest on a tie); None when the article never writes a full name for it. Given the
    offset `at` of the bare surname and no gender, the gender the article's last mention of the surname before
    it shows decides between two people of that surname (`_nearest_mention_gender`): "Bill Clinton" is written
    more often, but "Clinton's server while she was …, “…,” Clinton said" is Hillary Clinton's."""
    if gender is None and at is not None:
        gender = _nearest_mention_gender(text, surname, at)
    candidates = full_names(text, surname)
    if gender:
        fitting = [c for c in candidates if first_name_gender(c[0].split()[0]) in (gender, None)]
        candidates = fitting or candidates
    if not candidates:
        return None
    groups: list[list[tuple[str, int]]] = []
    for name, where in candidates:
        parts = split_name(name)
        for group in groups:
            if same_person(parts, split_name(group[0][0])):
                group.append((name, where))
                break
        else:
            groups.append([(name, where)])
    best = max(groups, key=lambda group: (len(group), -group[0][1]))
    return Counter(name for name, _ in best).most_common(1)[0][0]


# A sentence's end (a full stop not after an initial or a short title), or a paragraph break.
_STOP = re.compile(r"(?<![A-Z])(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)[.!?](?=\s)|\n")
_SHE, _HE = re.compile(r"\b(?:she|her|herself)\b", re.I), re.compile(r"\b(?:he|him|his|himself)\b", re.I)


def _nearest_mention_gender(text: str, surname: str, at: int) -> str | None:
    """The gender of the surname's last mention before `at`, within the two paragraphs before: an honorific
    ("Mrs. Clinton"), or the only gendered pronouns of that mention's sentence after it ("Clinton's server
    while she was …"), else before it ("For her part, Clinton was …"). None when the article writes the surname with one person only, or
    the nearest mention tells nothing."""
    if len({name for name, _ in full_names(text, surname)}) < 2:
        return None
    floor = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))))
    mentions = [m for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text[:at]) if m.start() >= floor
                and not re.search(r"[A-Z][\w’'-]+\s+$", text[max(0, m.start() - 30):m.start()])]
    for mention in reversed(mentions):
        honorific = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", text[max(0, mention.start() - 6):mention.start()])
        if honorific:
            return _HONORIFIC_GENDER[honorific.group(1).lower()]
        stops = [m.end() for m in _STOP.finditer(text, max(0, mention.start() - 300), mention.start())]
        start = stops[-1] if stops else max(0, mention.start() - 300)
        end_match = _STOP.search(text, mention.end())
        # the words after the mention first ("Clinton's server while she was …"), then those before it
        for part in (text[mention.end():end_match.start() if end_match else len(text)],
                     text[start:mention.start()]):
            part = re.sub(r"[\"“][^\"“”]*[\"”]", " ", part)  # the quoted words speak of others
            female, male = bool(_SHE.search(part)), bool(_HE.search(part))
            if female != male:
                return "female" if female else "male"
    return None


def read_speaker(surface: str, text: str, at: int | None = None) -> GoldSpeaker:
    """Read a gold speaker phrase of the article `text`; `at`, the phrase's offset, lets a bare surname be
    the person of that surname the article named last before it."""
    phrase = surface.replace("\xa0", " ").strip()
    if phrase.lower() in PRONOUNS:
        return GoldSpeaker("pronoun", surface, gender=PRONOUN_GENDER.get(phrase.lower()))
    if _clean(phrase.split()[0]) in _CROWD_WORDS or _CITATION.search(phrase):
        return _described(surface, phrase)  # a crowd, or a chapter and verse: no person
    phrase = _PARENS.sub("", phrase)
    phrase = re.split(r"\s+(?:who|which|whose)\s+", phrase)[0]
    parts = [part.strip() for part in re.split(r",|\s[—–]\s", phrase) if part.strip()]
    if parts and (_GROUP.search(parts[0]) or _LIST.match(phrase)):
        return _described(surface, phrase)  # "Sens. X and Y", "Vargas and others": several speakers
    for number, part in enumerate(parts):
        if _GROUP.search(part):
            continue
        words = _TOKEN.findall(part)
        apposition_follows = number + 1 < len(parts) and _clean(parts[number + 1].split()[0]) in _DETERMINERS
        for start, end in _runs(words):
            tokens = [w.rstrip(",;:") for w in words[start:end]]
            possessive = bool(_POSSESSIVE.search(tokens[-1])) and not tokens[-1].endswith("s'")
            following = words[end] if end < len(words) else None
            if possessive:
                tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
                if following is not None and _clean(following) not in _UTTERANCE_NOUNS:
                    continue  # "Ryan's spokesman": a modifier
            elif following is not None and following[:1].islower() and _clean(following) not in _AFTER_NAME:
                continue  # "an Obama adviser", "White House press secretary": the run modifies a noun
            lead = [_clean(w) for w in words[:start]]
            if lead and lead[-1] in _PREPOSITIONS and not (
                    lead[-1] == "of" and len(lead) >= 2 and words[start - 2][:1].isupper()):
                continue  # "a spokesman for House Speaker Paul Ryan" (but "Secretary of State John Kerry")
            if start and _clean(words[start - 1]) in _INDEFINITE and len(lead) == 1 and end < len(words):
                continue
            while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii", "iv"):
                tokens = tokens[:-1]
            if all(_is_title(token) or token.lower() in _LEAD_WORDS for token in tokens):
                continue  # "Secretary" (of State …), "Former President": no name
            name, title, gender = _strip_titles(tokens, text)
            titled = title is not None
            role_gender = next((_ROLE_GENDER[w] for w in lead if w in _ROLE_GENDER), None)
            gender = gender or role_gender
            if not titled and (tokens[0].lower() in ("the", "a", "an") or lead and lead[-1] in ("the", "a", "an")
                               or len(name) == 1 and lead and lead[-1] in _DETERMINERS):
                continue  # "the Times", "The Hill", "the Las Vegas Sun": a name of a thing
            if len(name) == 1 and not titled and lead and _POSSESSIVE.search(words[start - 1]):
                continue  # "Dave Leip's Atlas"
            if not _looks_like_person(name, titled, text, apposition_follows and len(words) == end - start):
                continue
            name_text = " ".join(name).strip(",.") if not name[-1].endswith(".") or len(name[-1]) > 2 \
                else " ".join(name)
            return _person(surface, _headline_subject(name_text, text), gender, text, title, at)
    return _described(surface, phrase)


def _headline_subject(name: str, text: str) -> str:
    """'Elizabeth Warren Hammers Wells Fargo CEO' (a headline set in title case): a run of four words or more
    whose first two or three the article writes as a name of their own, before a lowercase word or a stop, is
    that name."""
    words = name.split()
    if len(words) < 4:
        return name
    for size in (3, 2):
        prefix = " ".join(words[:size])
        if re.search(re.escape(prefix) + r"(?:['’]s)?(?=[,.;:]|\s+[a-z(])", text):
            return prefix
    return name


def _person(surface: str, name: str, gender: str | None, text: str, title: str | None = None,
            at: int | None = None) -> GoldSpeaker:
    parts = split_name(name)
    full = name
    if not parts.given and title and title.lower().rstrip(".") not in HONORIFICS | {"mr", "mrs", "ms", "dr"}:
        # "President Obama": the full name the article writes with that title, else the surname alone (the
        # article's most frequent Obama may be another one)
        titled_names = [found for found, where in full_names(text, name.split()[-1])
                        if re.search(re.escape(title) + r"\s+" + re.escape(found), text)]
        full = titled_names[0] if titled_names else name
    elif not parts.given:
        full = resolve_surname(text, name.split()[-1], gender, at) or name
    if gender is None:
        given = split_name(full).given
        gender = first_name_gender(full.split()[0]) if given else _surname_gender(text, name.split()[-1])
    return GoldSpeaker("person", surface, name=name, full_name=full, gender=gender)


def _surname_gender(text: str, surname: str) -> str | None:
    """A bare surname's gender from the honorifics and first names it has in the article."""
    found = set()
    for match in re.finditer(r"\b(Mr|Mrs|Ms|Miss|[A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b",
                             text):
        word = match.group(1)
        found.add(_HONORIFIC_GENDER.get(word.lower()) or first_name_gender(word))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _described(surface: str, phrase: str) -> GoldSpeaker:
    words = [_clean(w) for w in phrase.split()]
    words = [w for w in words if w]
    head_words = []
    for word in words:
        if word in _PREPOSITIONS:
            break
        head_words.append(word)
    head = head_words[-1] if head_words else ""
    singular_person = (head in TITLE_HEADS or head in _ROLE_GENDER) and not head.endswith("s") or head in (
        "spokesman", "spokeswoman", "chairman", "chairwoman", "congressman", "congresswoman")
    gender = next((_ROLE_GENDER[w] for w in head_words if w in _ROLE_GENDER), None)
    return GoldSpeaker("described", surface, gender=gender, person_like=singular_person,
                       indefinite=bool(words) and words[0] in _INDEFINITE)


def same_speaker(predicted: str | None, gold: GoldSpeaker, text: str) -> bool:
    """Whether a predicted speaker (a person's name, or a label that is a name) is the gold person."""
    if not predicted or gold.full_name is None:
        return False
    reading = read_speaker(predicted, text)
    candidate = reading.full_name if reading.kind == "person" else predicted
    if not candidate:
        return False
    if gold.full_name == gold.name and " " not in gold.name:
        # A lone name the article never writes in full ("Kasich", "Politico", "Mr. Lou" for Lou Jiwei, whose
        # surname comes first): the same word names it.
        # A person's name as the extractor wrote it counts whole, where the reading stops at a lowercase
        # particle ("Sophie in 't Veld" is read "Sophie"; the article's "In 't Veld" is "Veld").
        written = predicted.split() if reading.kind == "person" else []
        words = {word.strip(",.").casefold() for word in candidate.split() + written}
        return gold.name.casefold() in words or reading.kind == "person" and _misspelt(gold.name, candidate, text)
    return same_person(split_name(candidate), split_name(gold.full_name))


def _misspelt(gold_name: str, predicted: str, text: str) -> bool:
    """A gold name that is the article's one misspelling of the predicted person's surname ("Keidis" once for
    the "Kiedis" written throughout, "Labbot" for "Labott"): a small edit away (1, or 2 for 6 letters and the
    same first two), the gold spelling written once and the surname more often."""
    surname = predicted.split()[-1].strip(",.")
    if len(surname) < 5 or len(gold_name) < 5 or gold_name[:1] != surname[:1] or gold_name == surname:
        return False
    distance = OSA.distance(gold_name.casefold(), surname.casefold(), score_cutoff=2)
    if distance > 2 or distance == 2 and (len(surname) < 6 or gold_name[:2] != surname[:2]):
        return False
    count = lambda word: len(re.findall(r"\b" + re.escape(word) + r"\b", text))  # noqa: E731
    return count(gold_name) <= 1 < count(surname)


def gender_fits(speaker: GoldSpeaker, gender: str | None) -> bool:
    return gender is None or speaker.gender is None or speaker.gender == gender


_FIRST_PERSON = {"i", "me", "we", "us", "you"}
_RELATIVE_HEAD = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:\s*\([^()]{1,20}\))?\s*,?\s*$")


def antecedent(quote: dict, gold: list[dict], text: str) -> GoldSpeaker | None:
    """What a gold pronoun speaker stands for, read from the gold attributions before it.

    "who"/"which" stand for the name right before them. "he"/"she" take the nearest preceding gold speaker
    that is a person of a compatible gender; pronoun speakers in between pass the search on (they share
    the antecedent), definite descriptions of a person ("the senator") are passed over as back-references to
    someone named earlier, while an indefinite one ("a spokeswoman") is a new unnamed person and is returned
    (described: no person to compare with). Organisations and documents are passed over. A person of the
    pronoun's gender that the last few sentences name, gold speaker or not, comes first (`_recent_mention`:
    the README scores a pronoun against the nearest preceding name it refers to), then the subjects of the
    sentences after the gold speaker found. "it", "they" and the rest take the nearest non-pronoun speaker of
    any kind. None when nothing fits.
    """
    pronoun = (quote["speaker"] or "").strip().lower()
    position = quote["speaker_start"]
    if pronoun in ("who", "which", "that"):
        head = _RELATIVE_HEAD.search(text, max(0, position - 80), position)
        if head:
            reading = read_speaker(head.group(1), text)
            if reading.kind == "person" or pronoun != "who":
                return reading
    if pronoun in _FIRST_PERSON:
        return None  # "I", "we", "you": the writer or a group, not a name the text gives
    wanted = PRONOUN_GENDER.get(pronoun)
    earlier = sorted({(g["speaker_start"], g["speaker"]) for g in gold
                      if g.get("speaker") and g.get("speaker_start") is not None and g["speaker_start"] < position},
                     reverse=True)
    found, found_at = None, 0
    for start, surface in earlier:
        if surface.strip().lower() in PRONOUNS:
            continue
        reading = read_speaker(surface, text)
        if wanted is None:
            return reading
        if reading.kind == "person":
            if gender_fits(reading, wanted):
                found, found_at = reading, start
                break
        elif reading.person_like and reading.indefinite and gender_fits(reading, wanted):
            found, found_at = reading, start
            break
    if wanted is None:
        return None
    # A person the last sentences name, though the annotation marks no attribution of theirs ("… listening to
    # FBI Director James Comey's statement. He called her …"), is the nearest preceding name he or she
    # refers to, as the dev set's README defines a pronoun's antecedent.
    named = _recent_mention(text, found_at, position, wanted, found)
    if named is not None:
        return named
    # A person the text makes the subject of a sentence after that speaker ("Trump eased his tone. …, he
    # said") is a nearer antecedent, though the annotation marks no attribution of theirs before.
    quoted = _quoted(text)
    for subject_at, reading in reversed(_sentence_subjects(text, found_at, position)):
        if any(start <= subject_at < end for start, end in quoted):
            continue
        if gender_fits(reading, wanted):
            return reading
    return found


# A sentence ends at ".!?" (and a closing mark) before a space, unless the full stop ends a title or an initial.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n+")
_NAME_RUN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|Prof)\.[ \t]+)?(?:[A-Z][\w’'-]*\.?[ \t]+){0,3}"
                       r"[A-Z][\w’'-]+")
_LOWER_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# A subordinate clause between a sentence's opening name and the gold speaker: "Ryan frowned when Tapper asked".
_SUBORDINATE = re.compile(r"\b(?:" + clause_alternation(words_doing("ahead", "time", "reason", "contrast",
                                                                      "condition", "when"))
                          + r")\s+(?:[\w.’'-]+\s+){0,2}$")
_SUBJECT_PRONOUN = {"male": re.compile(r"\b[Hh]e\b"), "female": re.compile(r"\b[Ss]he\b")}
# How many sentences before the pronoun a plain mention of a person is looked for.
_MENTION_SENTENCES = 3


def _sentences_before(text: str, start: int, position: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences from the one holding `start` to the text before `position`, nearest first."""
    bounds, cursor = [], max(0, text.rfind("\n", 0, start) + 1)
    quoted = _quoted(text)
    for end in _SENTENCE_END.finditer(text, cursor, position):
        if _ABBREVIATION_BEFORE.search(text, max(0, end.start() - 8), end.start() + 1):
            continue
        if text[end.start()] != "\n" and any(q_start < end.start() and end.end() < q_end for q_start, q_end in quoted):
            continue  # a full stop inside a quotation ends the quoted sentence, not the reporter's
        if end.end() > start:
            bounds.append((cursor, end.end()))
        cursor = end.end()
    bounds.append((cursor, position))
    return bounds[::-1]


def _recent_mention(text: str, found_at: int, position: int, wanted: str,
                    found: GoldSpeaker | None) -> GoldSpeaker | None:
    """The first person of `wanted` gender named outside quotes in one of the few sentences before a pronoun
    (the nearest first, back to the sentence of the gold speaker found at `found_at`), or None: a sentence with
    he/she as a subject before any name carries the chain further back, where the gold speakers decide. In
    the gold speaker's own sentence only a name opening the sentence overrules it, when the gold speaker speaks
    in a subordinate clause ("Ryan frowned when Tapper asked …", but not "Cruz won the crowds, Stovall said").
    Names after a preposition ("with Clinton") and names modifying a noun are passed over. A lone word counts
    only when the article writes it as part of a full name."""
    quoted = _quoted(text)
    # Sentences of the reporter's words only: an empty one (the pronoun opens its sentence) or a quotation
    # standing alone does not count.
    sentences = [(start, end) for start, end in _sentences_before(text, found_at, position)
                 if any(char.isalpha() and not any(q_start <= at < q_end for q_start, q_end in quoted)
                        for at, char in enumerate(text[start:end], start))]
    for start, end in sentences[:_MENTION_SENTENCES]:
        chain = next((m for m in _SUBJECT_PRONOUN[wanted].finditer(text, start, end)
                      if not any(q_start <= m.start() < q_end for q_start, q_end in quoted)), None)
        own = start <= found_at < end
        for match in _NAME_RUN.finditer(text, start, end):
            if chain and chain.start() < match.start():
                return None
            if own and match.start() >= found_at:
                return None
            if any(q_start <= match.start() < q_end for q_start, q_end in quoted):
                continue
            if _modifies_noun(text, match):
                continue  # "a Trump presidency", "the Obama administration"
            before = _WORD_BEFORE.search(text, max(start, match.start() - 20), match.start())
            if before and before.group(1).lower() in _PREPOSITIONS and not _POSSESSIVE.search(match.group(0)):
                continue  # "in her correspondence with Clinton, she", "growing up in El Paso" (not "to Comey's")
            reading = read_speaker(match.group(0), text)
            if reading.kind != "person" or not gender_fits(reading, wanted) or not _named_in_full(reading, text):
                continue
            if own and (text[start:match.start()].strip(" \t\"“”‘’'(")
                        or not _SUBORDINATE.search(text, max(match.end(), found_at - 40), found_at)):
                return None  # the gold speaker stands unless it only speaks in a clause under the opening name's
            return reading
        if chain or own:
            return None
    return None


def _modifies_noun(text: str, match: re.Match) -> bool:
    """Whether a capitalised run is followed by a lowercase word that is neither a verb nor one that may follow a
    name ("Trump presidency"); a possessive stands for the person ("Comey's statement")."""
    if _POSSESSIVE.search(match.group(0)):
        return False
    after = _LOWER_WORD.match(text, match.end())
    return bool(after) and after.group(1) not in _AFTER_NAME and not re.match(_VERB, text[after.start(1):])


def _named_in_full(reading: GoldSpeaker, text: str) -> bool:
    name = reading.full_name or reading.name or ""
    if len(name.split()) >= 2 or reading.gender is not None:
        return True
    return bool(re.search(r"\b[A-Z][\w’'-]+\s+" + re.escape(name) + r"\b|\b" + re.escape(name) + r"\s+[A-Z][\w’'-]+",
                          text))


@lru_cache(maxsize=4)
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((span.open_mark, span.outer_end) for span in find_quoted_spans(text))


# A finite verb after a subject (an adverb may stand between): "Ryan also did", "Carter defied", "she says".
_VERB = (r"(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:[a-z]+ed|[a-z]+[^s]s|said|told|was|is|has|had|will|would|"
         r"can|could|did|does|went|made|took|gave|spoke|wrote|met|won|lost|sent|began|came|got|left|ran|saw|sat|stood|"
         r"felt|kept|held|became|brought|thought|knew|grew|drew|put|set|let|hit|cut|quit|spent|paid|sold|led|might|may|"
         r"must|should)\b")
_SUBJECT = re.compile(
    r"(?:(?<=[.!?][\"”’ ])|(?<=\n)|(?<=[.!?]\s[\"”’])|(?<=[.!?][\"”’]\s))\s*"
    r"(?:(?:When|While|After|As|If|Although|Though|Because|Before|Since|Once|But|And|So|Still|Yet|Then|Now|Later|"
    r"However|Instead|Meanwhile),?\s+)?(?:[A-Z][^,.!?\"“”\n]{0,60},\s+)?"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev|Prof)\.[ \t]+)?(?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w-]+)"
    r"(?:['’]s(?:\s+[a-z]+){1,4}|,[^.!?\"“”\n]{1,150}?,)?"
    r"(?=\s+" + _VERB + r")")


def _sentence_subjects(text: str, start: int, end: int) -> list[tuple[int, GoldSpeaker]]:
    """(position, person) of the names that open a sentence (or its opening clause) between `start` and `end`."""
    found = []
    for match in _SUBJECT.finditer(text, start, end):
        words = match.group(1).split()
        if words[0].lower() in FUNCTION_WORDS or words[0].lower() in _DETERMINERS:
            continue
        if _ABBREVIATION_BEFORE.search(text, max(0, match.start(1) - 8), match.start(1)):
            continue  # "Govs. Jeb Bush", "Mr. Lynch": no sentence starts after a title's full stop
        reading = read_speaker(match.group(1), text)
        if reading.kind != "person":
            continue
        if len((reading.full_name or "").split()) < 2 and not _lone_word_names(reading.name, text, match.end(1)):
            continue  # a lone capitalised word that may be no name ("Officials said", "Congress voted")
        found.append((match.start(1), reading))
    return found


def _lone_word_names(word: str, text: str, end: int) -> bool:
    """Whether a lone capitalised word opening a sentence before a verb is a name: the article uses it as one
    mid-sentence ("… said Carson"), or (the README's "nearest preceding name the pronoun refers to" holds for a
    surname the article never gives in full: "Carson defied the question. “…,” he said.") it is followed by a
    past-tense verb and an object or a stop ("Forty undecided voters", "Similar firearms sell" are no subjects),
    and is no word the article also writes in lowercase, no plural, and no place, organisation, month or
    nationality word."""
    if re.search(r"\b[a-z]+\s+" + re.escape(word) + r"\b", text):
        return True
    if not _LONE_SUBJECT_VERB.match(text, end):
        return False
    low = word.lower()
    if re.search(r"\b" + re.escape(low) + r"\b", text) or (low.endswith("s") and not low.endswith("ss")):
        return False
    return low not in _NO_NAME_WORDS


_LONE_SUBJECT_VERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|then[ \t]+)?(?:[a-z]+ed|said|told|did|went|gave|"
                                r"spoke|wrote|met|won|lost|sent|made|took)(?:[ \t]+(?:the|a|an|that|to|his|her|it|"
                                r"him|them|this|not|no)\b|[,.;:!?])")
_NO_NAME_WORDS = PLACES | ORG_WORDS | DAYS_MONTHS | frozenset(NATIONALITY_COUNTRY)


_ABBREVIATION_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?|Gen|Lt|Col|Capt|Sgt|Prof|Rev|St|Jr|Sr|No|Ft|Mt|U\.S|[A-Z])\.[\"”’]?\s*$")
