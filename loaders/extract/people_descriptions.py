"""A person's later definite description: "Harbours Minister Tova Brenn opened the quay. … The minister said" is Tova
Brenn too. The article's who-is-who: the titles its people were given beside their names (`MentionRecord.role` and
`.apposition`). A "the <title>" written later, not before a name, whose words all come from the role of exactly one
person whose title was written before it, is that person's; so is a "the <head>" a synonym table lets stand for that
role's last words ("the governor" for "Gov. Tova Brenn", `ROLE_SYNONYMS`), though its words are not the role's. Where it
is stored: as one more mention of the person whose span is the description itself (`surface` and `role` are
`body[start:end]`, "The minister" as written), so the role can be traced to where it was written and the stored text is
always a substring of the body, with `kind` 'description' (the database's `mentions.kind`): the speaker step reads it
through the roles, not as a name; the mentions beside the name keep their own role and apposition. A holder of a lower
office ("Deputy Minister", "former mayor") fits only a description that writes the rank word too. Nothing is attached
where the description may be someone else's: two people fit ("the minister" with two ministers named); the description
goes on to name its own office or holder ("the minister who signed it", "the minister from Norland", "the spokesman for
the clinic"); its sentence names another team, body or country before it ("Dalby sacked the coach"), or it or the
sentence before names, outside a quotation, a country not the holder's (the holder's are those written before the name
or of the places the holder's sentences put them in: "Norway also plans a dam. There, the minister signed"); someone
holding that same title by relation was named before it ("his counterpart", "the minister's predecessor"); or its
sentence tells what any holder may do ("the president has the power to", "In such cases the judge may impose"). Nor is a
description stored when it repeats, a leading determiner and case aside, a role or apposition already written beside one
of the holder's names ("Minister Ana Rojas … the minister", "Ana Rojas, the minister, … the minister", "Harbours
Minister Tova Brenn … the harbours minister"): a check kept from when a description was stored as its holder's
apposition, where it added no title; so a description gets a mention of its own only when it differs from every title
written beside the holder's names ("Harbours Minister Tova Brenn … the minister", but not after a "Minister Brenn" too).
Nor is one attached when another holder of its head was written without a name between the holder's name and it ("The
president of the rowing club spoke … the president", `_unnamed_holder_between`). A later "the 61-year-old" is the person
given that age beside a name, or the one person named just before it (`attach_age_descriptions`); a later "the younger
woman" / "the older man" is the younger (older) of exactly two people of that gender with known ages named just before
it (`attach_compared_descriptions`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache

from loaders.extract.data.lexicon import (
    COUNTRY_NAMES,
    DAYS_MONTHS,
    DESCRIPTION_HEADS_EXCLUDED,
    DESCRIPTION_RANK_QUALIFIERS,
    DESCRIPTION_SUCCESSION_WORDS,
    DESCRIPTION_SYNONYM_HEADS_EXCLUDED,
    FUNCTION_WORDS,
    GENERIC_OFFICE_CONTEXTS,
    GENERIC_OFFICE_MODALS,
    GENERIC_OFFICE_POWERS,
    HEAD_OF_STATE_TITLES,
    NATIONAL_TITLE_WORDS,
    NATIONALITY_COUNTRY,
    ORGANISATION_TITLE_QUALIFIERS,
    POSSESSIVE_DESCRIPTION_HEADS,
    RANK_WORDS_BEFORE_A_ROLE,
    RELATIONAL_TITLE_HEADS,
    ROLE_SYNONYMS,
    TITLE_HEADS,
)
from loaders.extract.data.cities import place_country
from loaders.extract.data.clauses import words_doing
from loaders.extract.data.epithets import (
    AGE_SUBJECT_ADVERBS, AGE_SUBJECT_LEADS, AGE_SUBJECT_VERBS, AGE_SUFFIX, EPITHET_GENDERS, SEX_NOUNS,
)
from loaders.extract.data.eventwords import ARRIVAL_VERBS
from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.kin import KIN_NOUNS
from loaders.extract.data.not_people import common_plurals
from loaders.extract.people_names import DESCRIPTION_ENDS, person_noun
from loaders.records import MentionRecord, PersonRecord

# A role's own words end at the first of these ("the Minister of Works", "adviser to the president")
_ROLE_ENDS = DESCRIPTION_ENDS | {"to"}
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})
_WORD = re.compile(r"[\w’'-]+")
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w’'-]*")
# the spaces and the one comma between a title and the name it goes with ("the minister, Tova Brenn")
_NAME_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*")
# The description goes on to tell which holder it means, so it is not simply the one named before: its office's
# name ("the minister of Health", "the spokesman for the clinic"), a place ("the minister from Norland", "in Korvik"),
# a defining clause ("the minister who signed it", "that signed"). After a comma the clause is an aside ("The
# minister, who was absent,").
_LONGER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted((DESCRIPTION_ENDS - {"and", "on"}) | {"that", "which"}))
                     + r")\b", re.IGNORECASE)
_GENERIC_MODAL = re.compile(r"[ \u00a0]+(?:(?:also|only|then|not)[ \u00a0]+)?(?:"
                            + "|".join(sorted(GENERIC_OFFICE_MODALS)) + r")\b", re.IGNORECASE)
_GENERIC_POWER = re.compile(r"[ \u00a0]+(?:has|have)[ \u00a0]+(?:the|no)[ \u00a0]+(?:"
                            + "|".join(sorted(GENERIC_OFFICE_POWERS)) + r")\b", re.IGNORECASE)
_GENERIC_CONTEXT = re.compile(r"\b(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+")
                                                 for phrase in GENERIC_OFFICE_CONTEXTS)
                              + r")\b(?![ \u00a0]+elections?\b)", re.IGNORECASE)
# "the minister before her", "the mayor after Jo Roe": the holder before or after another one, not that one
_SUCCESSION = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(DESCRIPTION_SUCCESSION_WORDS))
                         + r")[ \u00a0]+(?:(?:her|him|them|me|us|you|it)\b|([A-Z][\w’'-]*))")
_CLAUSE_END = re.compile(r"[.!?;,:\n]")
# an owner's possessive ending ("Norland's" -> "Norland")
_POSSESSIVE_END = re.compile(r"[’']s$")
# a word the article writes in lowercase
_LOWERCASE_WORD = re.compile(r"\b[a-z][\w’'-]*")
# "ambassador to the UN": an office going on after its head
_TO_AFTER = re.compile(r"[ \u00a0]+to\b")
# the next word after spaces (its first letter alone, or the word lowercase only)
_SPACED_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w’'-]*)")
_SPACED_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z][\w’'-]*)")
_SPACED_LETTER = re.compile(r"[ \u00a0]+([A-Za-z])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _own_words(role: str) -> list[str]:
    """The role's own words, folded, up to its first preposition and without a determiner in front ("the
    Minister of Harbours" -> ["minister"], "Harbours Minister" -> ["harbours", "minister"])."""
    words: list[str] = []
    for word in _WORD.findall(role):
        low = word.casefold()
        if low in _ROLE_ENDS:
            break
        words.append(low)
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return words


def _role_key(role: str) -> str:
    words = role.split()
    if len(words) > 1 and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    return " ".join(words).casefold()


def _lead_ranks(body: str, mention: MentionRecord, role: str, count: int) -> list[str]:
    """Rank words written right before a role that is itself written right before the name, within the same
    clause: "former San Marco mayor Jo Roe" stored as "Marco mayor" keeps "former"."""
    before = body[max(0, mention.start - len(role) - 60):mention.start]
    if role not in before[-(len(role) + 3):]:
        return []  # the role is written after the name ("Jo Roe, the new mayor"): nothing before the name is its
    breaks = list(_CLAUSE_END.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return [word.casefold() for word in _WORD.findall(before)[-count:] if word.casefold() in RANK_WORDS_BEFORE_A_ROLE]


def _other_names(body: str, start: int, known: set[str], lower_words: set[str]) -> bool:
    """Whether the clause before a description at `start` names a team, body, place or country that is not in the
    holder's roles, the holder's own sentences nor a person's name ("Dalby sacked the coach"): that one's holder
    may be meant. A day or month ("On Monday the minister said") names no one. A word the article also writes in
    lowercase, or a plural of one or of a person noun ("Residents thanked the mayor"), is a sentence's capitalised
    first word, no name."""
    clause_start = _clause_start(body, start)
    for word in _CAPITAL_WORD.finditer(body, clause_start, start):
        low = word.group().casefold()
        if low in known or low in FUNCTION_WORDS or low in lower_words or low in DAYS_MONTHS:
            continue
        if low.endswith("s") and (low[:-1] in lower_words or person_noun(low[:-1])):
            continue
        if word.start() == _sentence_start_word(body, word.start()) and low in _plurals():
            continue  # a common plural opening its sentence ("Critics said the minister …") names no one
        return True
    return False


@cache
def _plurals() -> frozenset[str]:
    return common_plurals()


def _sentence_start_word(body: str, position: int) -> int:
    """Where the first word of the sentence holding `position` starts."""
    start = _sentence_start(body, position)
    return start + len(body[start:position]) - len(body[start:position].lstrip(" \u00a0\"“‘'(\t"))


@lru_cache(maxsize=4)
def _sentence_ends(body: str) -> tuple[int, ...]:
    """Where the article's sentences end (past each [.!?] or line end), scanned once per article and shared by every
    description rule (a small bounded cache, like `_quote_spans`)."""
    return tuple(found.end() for found in _SENTENCE_END.finditer(body))


def _sentence_start(body: str, position: int) -> int:
    """Where the sentence holding `position` starts: after the last [.!?] or line end before it (a bisection)."""
    ends = _sentence_ends(body)
    index = bisect_right(ends, position) - 1
    return ends[index] if index >= 0 else 0


@lru_cache(maxsize=4)
def _clause_ends(body: str) -> tuple[int, ...]:
    """Where the article's clauses end (past each [.!?;,:] or line end), scanned once per article like
    `_sentence_ends`."""
    return tuple(found.end() for found in _CLAUSE_END.finditer(body))


def _clause_start(body: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last clause end at or before it (a bisection)."""
    ends = _clause_ends(body)
    index = bisect_right(ends, position) - 1
    return ends[index] if index >= 0 else 0


def _holder_sentences(body: str, holder: PersonRecord) -> str:
    """The sentences the holder is named in: the places and bodies written there are the holder's own."""
    parts = []
    for mention in holder.mentions:
        end = _SENTENCE_END.search(body, mention.end)
        parts.append(body[_sentence_start(body, mention.start):end.start() if end else len(body)])
    return " ".join(parts)


_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


@lru_cache(maxsize=4)
def _quote_spans(body: str) -> tuple[tuple[int, int], ...]:
    """The article's direct quotations (start, end), scanned once per article and shared by every description rule
    (a small bounded cache: the rules run on one article after another)."""
    return tuple((found.start(), found.end()) for found in _QUOTED.finditer(body))


def _quoted_at(spans: tuple[tuple[int, int], ...], position: int) -> bool:
    """Whether `position` lies inside one of the sorted quotation `spans` (a bisection)."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


# another holder of a title written without a name: "Mexico's president", "the club's new president", "a president",
# "Its president"; "The Mexican president" (`modifier`: a capitalised word the holder's title lacks); "The President
# of the Rotary Club", "the president of Mexico" (`longer`: `_LONGER` after it)
_UNNAMED_HOLDER = (r"(?:\b(?:[\w-]+['’]s|(?i:an?|its|their))(?:[ \u00a0]+[a-z][\w-]*)?"
                   r"|\b[Tt]he[ \u00a0]+(?P<modifier>[A-Z][\w-]*)|\b(?P<longer>[Tt]he))"
                   r"[ \u00a0]+(?i:{head})\b(?![’'\-])")


@lru_cache(maxsize=64)
def _unnamed_holder_pattern(head: str) -> re.Pattern:
    return re.compile(_UNNAMED_HOLDER.format(head=re.escape(head)))


def _unnamed_holder_between(body: str, begin: int, end: int, head: str, starts: set[int],
                            own: frozenset[str] | set[str]) -> bool:
    """Whether another holder of `head` is written without a name between `begin` and `end` (not followed by a
    name, which is that name's own title; for a longer title, by a name after its comma: "the president of the
    club, Ray Dunn,"). `own`: the holder's title words (folded), whose modifiers are the holder's own."""
    for found in _unnamed_holder_pattern(head).finditer(body, begin, end):
        if found.group("modifier") and found.group("modifier").casefold() in own:
            continue  # "Norland President Ana Roe … The Norland president": hers
        stop = found.end()
        if found.group("longer") is not None:
            if not _LONGER.match(body, stop):
                continue  # the description itself, or "the president" after another sentence
            comma = _CLAUSE_END.search(body, stop, end)
            if comma and body[comma.start()] == ",":
                stop = comma.start()
        if _NAME_GAP.match(body, stop, stop + 40).end() not in starts:
            return True
    return False


def _after_last_name(body: str, person: PersonRecord, position: int) -> int:
    """Where the person's last name mention (not a description) before `position` ends, past its own apposition
    ("Tova Brenn, the centre's executive director,"): the other holders are looked for from there."""
    before = [mention for mention in person.mentions if mention.start < position and not is_description(mention)]
    if not before:
        return position
    last, end = before[-1], before[-1].end
    for own in (last.apposition, last.role):  # a role written after the name is stored as its role too
        found = body.find(own, last.end, min(position, last.end + 8 + len(own))) if own else -1
        if found >= 0:
            end = max(end, found + len(own))
    return end


_PLACE_AFTER = re.compile(r"\b(?:in|near|at|outside|from)[ \u00a0]+([A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)?)")


def _holder_countries(body: str, holder: PersonRecord) -> set[str]:
    """The holder's own countries: one written in the lead-in of a name mention's clause ("Norwegian Water Minister
    Pia Santorr") and the countries of the places the holder's sentences put them in ("near Trondheim", "in
    Norway"). Another country the holder's sentence names ("met Danish traders") is not the holder's."""
    return _countries_around_names(body, holder, lambda sentence: (
        place.group(1) for place in _PLACE_AFTER.finditer(sentence)))


def _countries_around_names(body: str, person: PersonRecord, places) -> set[str]:
    """The countries written in the lead-in of each name mention's clause, and those of the places `places` reads
    in the mention's sentence (a place's whole name, else its first word). Shared by `_holder_countries` and
    `_placed_countries`, which differ only in the places they read."""
    found: set[str] = set()
    for mention in person.mentions:
        if mention.kind != "name":
            continue
        clause = _clause_start(body, mention.start)
        found |= _countries(body[clause:mention.end])
        end = _SENTENCE_END.search(body, mention.end)
        sentence = body[_sentence_start(body, mention.start):end.start() if end else len(body)]
        for place in places(sentence):
            country = place_country(place) or place_country(place.split()[0])
            if country:
                found.add(country)
    return found


def _countries(text: str) -> set[str]:
    """The countries a text names, by name or nationality word ("Norway", "Norwegian")."""
    found = set()
    for word in _CAPITAL_WORD.finditer(text):
        low = word.group().casefold()
        country = COUNTRY_NAMES.get(low) or NATIONALITY_COUNTRY.get(low)
        if country:
            found.add(country)
    return found


def _another_country(body: str, start: int, holder_countries: set[str]) -> bool:
    """Whether the description's sentence or the one before it, in its paragraph, names a country that is not the
    holder's ("Norway also plans a dam. There, the minister signed"): that country's holder may be meant. A country
    inside a quotation is the speaker's words ("\"These Danish pumps are the best,\" the minister said")."""
    paragraph = body.rfind("\n", 0, start) + 1
    begin = max(paragraph, _sentence_start(body, max(paragraph, _sentence_start(body, start) - 1)))
    return bool(_countries(_unquoted(body, begin, start)) - holder_countries)


def _unquoted(body: str, begin: int, end: int) -> str:
    """The text from `begin` to `end` with the article's quotations in it (`_quote_spans`) blanked."""
    parts, last = [], begin
    spans = _quote_spans(body)
    for start, stop in spans[max(0, bisect_right(spans, (begin, -1)) - 1):]:
        if start >= end:
            break
        if stop <= begin:
            continue
        parts += [body[last:max(last, start)], " "]
        last = max(last, min(stop, end))
    return "".join(parts) + body[last:end]


def _succession(after: str) -> bool:
    """Whether the words after the description put its holder before or after another ("the minister before her",
    "the mayor after Dalgren"); a day or month is the sentence's own time ("the minister after Monday's vote")."""
    found = _SUCCESSION.match(after)
    if not found:
        return False
    name = found.group(1)
    return not name or _POSSESSIVE_END.sub("", name.casefold()) not in DAYS_MONTHS


def _national(words: set[str], head: str) -> bool:
    """Whether a holder's title words beside the head are none or national ("Chilean president", "the country's
    president", "U.S. President"): such a holder is the head of state a capitalised "the President" names."""
    return all(word == head or word in NATIONAL_TITLE_WORDS or word in COUNTRY_NAMES or word in NATIONALITY_COUNTRY
               or len(word) == 1 for word in words)  # one letter: an abbreviated country ("U.S.")


def _generic(body: str, start: int, after: str) -> bool:
    """Whether "the <title>" speaks of any holder: "has the power to", or a modal in a sentence about any holder
    ("In such cases the judge may also impose")."""
    if _GENERIC_POWER.match(after):
        return True
    if not _GENERIC_MODAL.match(after):
        return False
    end = _SENTENCE_END.search(body, start)
    return _GENERIC_CONTEXT.search(body, _sentence_start(body, start), end.start() if end else len(body)) is not None


@lru_cache(maxsize=64)
def _introduced_pattern(head: str) -> re.Pattern[str]:
    """One compiled "a/an/another/one … <head>" per title head (like `_unnamed_holder_pattern`)."""
    return re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)(?:[ \u00a0]+[\w.’'-]+){0,3}?[ \u00a0]+" + re.escape(head) + r"\b",
                      re.IGNORECASE)


def _introduced(body: str, start: int, end: int, head: str) -> bool:
    """Whether another holder of the title is brought in between the holder's title and the description ("A junior
    minister from the north disagreed. The minister said"): the description may be that one's. (Searched in the
    slice, not with pos/endpos: a "\\b" at pos would read the character before it.)"""
    return _introduced_pattern(head).search(body[start:end]) is not None


def _untitled_between(body: str, holder: PersonRecord, start: int, untitled: list[PersonRecord]) -> bool:
    """Whether someone whose office the article does not give is named in the description's paragraph after the
    holder's last mention ("Vinueza and her counterpart, Carla Mamani, … Mamani said … 'No,' the minister said"):
    the description may be that person's. A person with a title of their own ("county governor Tor Aas … the
    mayor") is told apart by it."""
    paragraph = body.rfind("\n", 0, start) + 1
    last = max((mention.end for mention in holder.mentions if mention.end <= start), default=0)
    since = max(paragraph, last)
    return any(since <= mention.start < start for person in untitled for mention in person.mentions)


def attach_descriptions(body: str, people: list[PersonRecord]) -> None:
    """Give each person the later "the <title>" descriptions only that person's roles fit (see the module), the
    country's possessive descriptions (`attach_possessive_descriptions`), the age descriptions
    (`attach_age_descriptions`) and the compared descriptions (`attach_compared_descriptions`)."""
    _attach_the_descriptions(body, people)
    attach_possessive_descriptions(body, people)
    table = _age_table(body, people)  # one per article, shared by the age and the compared descriptions
    if table is not None:
        attach_age_descriptions(body, people, table)
        attach_compared_descriptions(body, people, table)


# per one-word description head of the synonym table, the own words (folded, dots dropped) of the roles it may stand
# for, as endings of a holder's role, by their last word ("gov": [("governor", ("gov",))])
_SYNONYM_ENDINGS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _head, _forms in ROLE_SYNONYMS.items():
    if " " not in _head and _head not in DESCRIPTION_SYNONYM_HEADS_EXCLUDED:
        for _form in _forms:
            _ending = tuple(_WORD.findall(_form.casefold()))
            _SYNONYM_ENDINGS.setdefault(_ending[-1], []).append((_head, _ending))


def _attach_the_descriptions(body: str, people: list[PersonRecord]) -> None:
    # per title head, per person: (person, the words of the roles with that head, where the title was first written)
    holders: dict[str, dict[int, tuple[PersonRecord, set[str], int]]] = {}
    for person in people:
        for mention in person.mentions:
            for is_role, role in ((True, mention.role), (False, mention.apposition)):
                words = _own_words(role) if role else []
                if not words:
                    continue
                # its own head, and the description heads that may stand for it ("the governor" for "Gov. Ana
                # Roe", "the judge" for "Justice Roe", "the Kestel boss" for "Kestel manager Roe")
                heads = list(dict.fromkeys(head for head, ending in _SYNONYM_ENDINGS.get(words[-1], ())
                                           if tuple(words[-len(ending):]) == ending))
                if words[-1] in TITLE_HEADS:
                    heads.append(words[-1])
                heads = [head for head in heads if head not in DESCRIPTION_HEADS_EXCLUDED]
                if not heads:
                    continue
                if is_role:
                    words = words + _lead_ranks(body, mention, role, len(words) + 3)
                # a role before the name is written by its start, an apposition after it by its end
                for head in heads:
                    written = mention.start if is_role else mention.end
                    entry = holders.setdefault(head, {}).get(id(person))
                    found = set(words)
                    if entry:
                        found, written = entry[1] | found, min(entry[2], written)
                    holders[head][id(person)] = (person, found, written)
    if not holders:
        return
    starts = {mention.start for person in people for mention in person.mentions}
    titled = {id(person) for by_person in holders.values() for person, _, _ in by_person.values()}
    # per person holding a title by relation, the title heads it holds: "the minister's predecessor" the
    # minister's; "his counterpart" any (the holder's own title); "his predecessor" none now (a former holder
    # is "the former minister"), nor "the mayor's predecessor" a minister's
    relational: dict[int, set[str] | None] = {}
    # per counterpart, the words of its relational titles ("his Polish counterpart": polish, counterpart), which a
    # description's modifiers must fit for the counterpart to be the one it names, or to hide another holder
    relational_words: dict[int, set[str]] = {}
    for person in people:
        for mention in person.mentions:
            for role in (mention.role, mention.apposition):
                words = _own_words(role) if role else []
                if not words or words[-1] not in RELATIONAL_TITLE_HEADS:
                    continue
                relational_words.setdefault(id(person), set()).update(words)
                about = {_POSSESSIVE_END.sub("", word) for word in words[:-1]} & set(TITLE_HEADS)
                if about:
                    previous = relational.get(id(person), set())
                    relational[id(person)] = None if previous is None else previous | about
                elif words[-1] == "counterpart":
                    relational[id(person)] = None
                else:
                    relational.setdefault(id(person), set())
    counterparts = [person for person in people if id(person) in relational]
    # per counterpart, the title heads of the holders written before it in its sentence ("Danish Foreign Minister
    # Jo Roe met his Polish counterpart X": minister): a counterpart holds their office, no other ("the Polish
    # ambassador" is not X, though an ambassador is named too)
    counterpart_heads: dict[int, set[str]] = {}
    for other in counterparts:
        if relational[id(other)] is not None:
            continue
        first = min(mention.start for mention in other.mentions)
        sentence = max(body.rfind(". ", 0, first), body.rfind("\n", 0, first))
        counterpart_heads[id(other)] = {head for head, by_person in holders.items()
                                        for holder, _, written in by_person.values()
                                        if holder is not other and sentence < written < first}
    untitled = [person for person in people
                if id(person) not in titled and all(person is not other for other in counterparts)]
    name_words = {word.casefold() for person in people for mention in person.mentions
                  for word in _WORD.findall(mention.surface)}
    lower_words = {match.group() for match in _LOWERCASE_WORD.finditer(body)}
    # a description inside a direct quotation is the speaker's words, about whichever holder they mean
    quoted = _quote_spans(body)
    # per person (keyed by id): the holder's countries (`_holder_countries`), read once and dropped when the person
    # gets a description mention. (The holder's sentences are still read per match: keeping them too drops a fixed
    # number of copies on both texts of tests/loaders/extract/test_linear.py and lifts its growth ratio past 6.5.)
    countries: dict[int, set[str]] = {}
    pattern = re.compile(r"\b[Tt]he((?:[ \u00a0]+(?![Tt]he\b)[A-Za-z][\w-]*){0,2}?)[ \u00a0]+((?i:"
                         + "|".join(map(re.escape, sorted(holders))) + r"))\b(?![’'\-])")
    for match in pattern.finditer(body):
        after = body[match.end():match.end() + 40]
        following = _NAME_GAP.match(body, match.end(), match.end() + 40).end()
        if following in starts:
            continue  # "the minister, Tova Brenn," / "the minister Tova Brenn": the name's own title, read with it
        if _LONGER.match(after) or _generic(body, match.start(), after) or _succession(after):
            continue
        if _quoted_at(quoted, match.start()):
            continue
        modifiers = [word.casefold() for word in match.group(1).split()]
        head = match.group(2).casefold()
        # a capitalised "the President" is the head of state: not a union's or the senate's president
        head_of_state = match.group(2)[0].isupper() and head in HEAD_OF_STATE_TITLES
        # The holders the description fits: its words all the holder's, and no rank word of the holder's that it
        # lacks ("Deputy Minister Jo Roe and Minister Ana Rojas … the minister": Ana Rojas)
        fitting = [(person, words, written) for person, words, written in holders[match.group(2).casefold()].values()
                   if all(word in words for word in modifiers)
                   and not any(word in DESCRIPTION_RANK_QUALIFIERS and word not in modifiers for word in words)
                   # an organisation's office ("Union president") fits only a description naming it too
                   and not any(word in ORGANISATION_TITLE_QUALIFIERS and word not in modifiers for word in words)
                   and (not head_of_state or _national(words - set(modifiers), head))]
        if modifiers and not head_of_state:
            # "his Polish counterpart X … the Polish minister": a counterpart of the titled holder's title whose own
            # words carry the description's modifiers fits it too
            fitting += [(other, relational_words[id(other)], min(m.start for m in other.mentions))
                        for other in counterparts if relational[id(other)] is None
                        and head in counterpart_heads[id(other)]
                        and all(word in relational_words[id(other)] for word in modifiers)
                        and all(other is not person for person, _, _ in fitting)]
        if len(fitting) != 1:
            continue  # none, or two ministers named: "the minister" is not told apart here
        person, words, written = fitting[0]
        if written >= match.start():
            continue  # a description before the title was given points at no one yet
        own = _holder_sentences(body, person)
        own_words = {word.group().casefold() for word in _CAPITAL_WORD.finditer(own)}
        if _other_names(body, match.start(), words | name_words | own_words, lower_words):
            continue
        # (not person.country: the article's country may have been given to the holder from that very sentence)
        if id(person) not in countries:
            countries[id(person)] = _holder_countries(body, person)
        if _another_country(body, match.start(), countries[id(person)]):
            continue
        if any(mention.start < match.start() for other in counterparts if other is not person
               and (relational[id(other)] is None or head in relational[id(other)])
               # ("the Danish minister" is not "his Polish counterpart")
               and all(word in relational_words[id(other)] for word in modifiers)
               for mention in other.mentions):
            continue  # "his counterpart, Seva Brook": she holds the title too
        if _introduced(body, written, match.start(), match.group(2)):
            continue
        if _untitled_between(body, person, match.start(), untitled):
            continue
        if _unnamed_holder_between(body, _after_last_name(body, person, match.start()), match.start(), head, starts,
                                   words):
            continue  # "Gov. Ana Roe met farmers. Ostland's governor wrote. The governor said": maybe the other
        description = match.group(0)
        # (a description repeating a title already written beside a name is not stored: see the module paragraph)
        owned = {_role_key(role) for mention in person.mentions for role in (mention.role, mention.apposition) if role}
        if _role_key(" ".join(description.split())) in owned:
            continue
        person.mentions.append(MentionRecord(description, match.start(), match.end(), role=description,
                                             kind="description"))
        person.mentions.sort(key=lambda mention: mention.start)
        countries.pop(id(person), None)


_POSSESSIVE_OWNER = re.compile(r"\b(?:([Tt]he[ \u00a0]+(?:country|nation))|([A-Z][\w-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?"
                               r"[A-Z][\w-]*){0,2}))['’]s((?:[ \u00a0]+[a-z][\w-]*){1,3})")
_OF_COUNTRY = re.compile(r"[ \u00a0]+of[ \u00a0]+([A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*){0,2})")
_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*){0,2})['’]s((?:[ \u00a0]+[a-z][\w-]*){1,3}),"
                                r"[ \u00a0]*$")
_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z][\w-]*)")
# the closing marks of a sentence and the spaces after it: '."' and the line break
_SENTENCE_CLOSE = re.compile(r"[.!?\n\"”’' \u00a0]*")
_POSSESSIVE_LINKS = frozenset({"of", "for", "to", "and", "the", "a", "an", "on", "at", "in"})


def _title_words(role: str) -> set[str]:
    """All the words of a title, folded, its office's subject after "of" too ("Minister of Foreign Affairs" ->
    minister, foreign, affairs), without links, determiners and an owner's possessive ending."""
    return {_POSSESSIVE_END.sub("", word.casefold()) for word in _WORD.findall(role)} - _POSSESSIVE_LINKS - _DETERMINERS


def _role_countries(role: str) -> set[str]:
    """The countries a title names: by name, nationality word or a city's ("Lima's Deputy Mayor": Peru)."""
    found = set()
    for word in _CAPITAL_WORD.finditer(role):
        text = _POSSESSIVE_END.sub("", word.group())
        country = COUNTRY_NAMES.get(text.casefold()) or NATIONALITY_COUNTRY.get(text.casefold()) or place_country(text)
        if country:
            found.add(country)
    return found


def _country_named(text: str) -> str | None:
    """The country a written name is ("Norland", "New  Zealand" over a line break), or None."""
    return COUNTRY_NAMES.get(" ".join(text.split()).casefold())


def _named_before(person: PersonRecord, position: int) -> bool:
    """Whether the person's name is written before the position."""
    return any(mention.kind == "name" and mention.start < position for mention in person.mentions)


_PLACE_IN = re.compile(r"\b([a-z]+)[ \u00a0]+in[ \u00a0]+([A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)?)")


def _placed_countries(body: str, person: PersonRecord) -> set[str]:
    """The countries the article puts a person in: a country or nationality word in the lead-in of a name
    mention's clause ("chaired on the Norlandic side by Foreign Minister Ana Roe"), and the country of a place the
    person's sentence has them "in" ("Ana Roe held talks in Tarnby"), not one they arrive in ("arrived in Tarnby":
    a visitor), nor one they come "from" with another ("met her counterpart from Norland")."""
    return _countries_around_names(body, person, lambda sentence: (
        place.group(2) for place in _PLACE_IN.finditer(sentence) if place.group(1) not in ARRIVAL_VERBS))


def attach_possessive_descriptions(body: str, people: list[PersonRecord]) -> None:
    """A country's possessive description of its office holder: "Norland's foreign minister told reporters …
    Foreign Minister Ana Roe added", "Norland's top diplomat said", "the country's transport minister". Written
    before the holder's name, in the sentence right before it, or anywhere after it, not before a name of its own
    ("Norland's foreign minister Ana Roe": the name's title), it is the one person whose title it fits: every word
    of the description beside the owner is the title's ("top diplomat" stands for a foreign-affairs title, see
    `POSSESSIVE_DESCRIPTION_HEADS`), the title holds no rank word the description lacks ("deputy"), and the title
    names no other country. Stored as `attach_descriptions` stores "the minister", as written."""
    titles: list[tuple[PersonRecord, str, set[str], set[str]]] = []  # (holder, head, its words, its countries)
    for person in people:
        # the countries any of the person's titles names, or "of <country>" right after the name ("Foreign
        # Minister Ana Roe of Norway", "Foreign Minister Ana Roe, Norland's top diplomat")
        countries = set()
        found: list[tuple[str, list[str], str]] = []
        for mention in person.mentions:
            if mention.kind != "name":
                continue
            for role in (mention.role, mention.apposition):
                if role:
                    countries |= _role_countries(role)
                own = _own_words(role) if role else []
                if own and own[-1] in TITLE_HEADS and own[-1] not in DESCRIPTION_HEADS_EXCLUDED:
                    found.append((own[-1], role))
            of_country = _OF_COUNTRY.match(body, mention.end)
            country = of_country and _country_named(of_country.group(1))
            if country:
                countries.add(country)
            # a country's possessive title written before the name and a comma ("Norland's foreign minister, Ana
            # Roe"): the person may hold it, whether or not the name step kept it as a role
            before = _POSSESSIVE_BEFORE.search(body[max(0, mention.start - 80):mention.start])
            country = before and _country_named(before.group(1))
            if country:
                countries.add(country)
                own = before.group(2).casefold().split()
                if own[-1] in TITLE_HEADS and own[-1] not in DESCRIPTION_HEADS_EXCLUDED:
                    found.append((own[-1], before.group(2)))
        titles.extend((person, head, _title_words(role), countries) for head, role in found)
    if not titles:
        return
    starts = {mention.start for person in people for mention in person.mentions}
    taken = [(mention.start, mention.end) for person in people for mention in person.mentions]
    quoted = _quote_spans(body)
    heads = {title[1] for title in titles} | set(POSSESSIVE_DESCRIPTION_HEADS)
    placed: dict[int, set[str]] = {}  # `_placed_countries` once per person (keyed by id)

    def placed_countries(person: PersonRecord) -> set[str]:
        if id(person) not in placed:
            placed[id(person)] = _placed_countries(body, person)
        return placed[id(person)]

    for match in _POSSESSIVE_OWNER.finditer(body):
        # the head: the first title word after the owner ("Norland's deputy foreign minister told": minister)
        head_word = next((word for word in _LOWER_WORD.finditer(body, match.end(2) if match.group(2) else
                                                                 match.end(1), match.end())
                          if word.group(1) in heads), None)
        if head_word is None or body[head_word.end():head_word.end() + 1] in ("'", "’", "-"):
            continue
        head, end = head_word.group(1), head_word.end()
        owner_country = None
        if match.group(2):
            owner_country = _country_named(match.group(2))
            if not owner_country:
                continue  # "the NPA's spokesperson", "Dalby's coach": not a country's holder
        after = body[end:end + 40]
        following = _NAME_GAP.match(body, end, end + 40).end()
        if following in starts or _LONGER.match(after) or _TO_AFTER.match(after):
            continue  # "Norland's ambassador to the UN": the office goes on
        if _quoted_at(quoted, match.start()):
            continue
        if any(start < end and match.start() < stop for start, stop in taken):
            continue
        modifiers = set(body[match.end(2) if match.group(2) else match.end(1):head_word.start()].casefold().split())
        modifiers.discard("'s")
        modifiers = {word for word in modifiers if not word.endswith(("'s", "’s"))}
        if head in POSSESSIVE_DESCRIPTION_HEADS:
            if "top" not in modifiers:
                continue
            need = POSSESSIVE_DESCRIPTION_HEADS[head] | (modifiers - {"top"})
        else:
            need = modifiers
        fitting = []
        for person, title_head, words, countries in titles:
            if head not in POSSESSIVE_DESCRIPTION_HEADS and title_head != head:
                continue
            if not need <= words or any(word in DESCRIPTION_RANK_QUALIFIERS and word not in modifiers for word in words):
                continue
            if owner_country and countries != {owner_country} and (
                    countries or _named_before(person, match.start())
                    and owner_country not in placed_countries(person)):
                # "Norland's foreign minister" is not the Danish foreign minister; nor, once the holder is named,
                # one whose title does not give the country and whom the article does not place there
                # (`_placed_countries`: "Foreign Minister Ana Roe met her counterpart from Norland. Norland's
                # foreign minister said": a missing holder beats a wrong one); the name the next sentence brings
                # in may be it unplaced ("Norland's foreign minister told reporters … Foreign Minister Ana Roe
                # added")
                continue
            if all(person is not other for other in fitting):
                fitting.append(person)
        if len(fitting) != 1:
            continue
        person = fitting[0]
        sentence_end = _SENTENCE_END.search(body, end)
        # (past the closing marks of the description's sentence: '."' and the line break after it)
        next_start = _SENTENCE_CLOSE.match(body, sentence_end.end()).end() if sentence_end else 0
        next_end = _SENTENCE_END.search(body, next_start) if sentence_end else None
        reach = next_end.end() if next_end else len(body)
        if not any(mention.kind == "name" and mention.start < reach for mention in person.mentions):
            continue  # the holder is named neither before it nor in the next sentence
        description = body[match.start():end]
        owned = {_role_key(role) for mention in person.mentions for role in (mention.role, mention.apposition) if role}
        if _role_key(" ".join(description.split())) in owned:
            continue
        person.mentions.append(MentionRecord(description, match.start(), end, role=description, kind="description"))
        person.mentions.sort(key=lambda mention: mention.start)
        taken.append((match.start(), end))


# "The 61-year-old has grown oranges here": an age as the subject, no name nor noun after it
_AGE_DESCRIPTION = re.compile(r"\b[Tt]he[ \u00a0]+(\d{1,3})" + re.escape(AGE_SUFFIX) + r"\b(?![’'-])")
# an age written beside a name: "Lea Holm, 47, works", "Holm, now 47,", "Lea Holm (47)"; "the 47-year-old Lea Holm"
# a figure that goes on in digits ("2,400 votes", "3.5 points") is no age
_NO_FIGURE_GOING_ON = r"(?![.,]\d)"
_AGE_BESIDE_AFTER = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:now[ \u00a0]+|aged[ \u00a0]+)?|\()(\d{1,3})"
                               + _NO_FIGURE_GOING_ON + r"[ \u00a0]*[,;.)]")
_AGE_BESIDE_BEFORE = re.compile(r"\b(\d{1,3})" + re.escape(AGE_SUFFIX) + r"((?:[ \u00a0]+[\w’'-]+){0,3})[ \u00a0]+$")
# an age the article gives someone: "a 61-year-old", "the 22-year-old driver", ", 61,", "aged 61", "(61)" -- whose
# when no name is beside it (`_AgeTable.unnamed`)
_AGE_GIVEN = re.compile(r"\b(?P<article>[Aa]n?|[Tt]he)[ \u00a0]+(?P<noun_age>\d{1,3})" + re.escape(AGE_SUFFIX)
                        + r"\b(?![’'-])|(?:,[ \u00a0]*(?:aged[ \u00a0]+)?|\()(?P<age>\d{1,3})" + _NO_FIGURE_GOING_ON
                        + r"[ \u00a0]*[,;.)]"
                        + r"|\baged[ \u00a0]+(?P<aged>\d{1,3})\b")
# "a woman", "A man": an unnamed man or woman the article brings in (a later "the 61-year-old" may be them)
_UNNAMED_SEX = re.compile(r"\b[Aa][ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}?(?:" + "|".join(sorted(SEX_NOUNS))
                          + r")\b(?![’'-])")
# how close after an age or "a woman" a name must start to be theirs ("a 61-year-old neighbour, Ana Roe,")
_NAME_AFTER_CHARS = 40
# how many sentences naming nobody but saying "she"/"he" the description looks back over for its person
_AGE_REACH_SENTENCES = 3
# how many lowercase words after the age are read for a noun of its own ("the 46-year-old noodle seller")
_AGE_NOUN_WORDS = 3
# the words after which "the 61-year-old" opens a clause as its subject ("said the 61-year-old ...", "when the
# 61-year-old ..."); after any other word ("arrested the 61-year-old") it is an object
_SUBJECT_LEADS = AGE_SUBJECT_LEADS | AGE_SUBJECT_ADVERBS | frozenset(
    word for word in words_doing("ahead", "time", "reason", "contrast", "condition", "when", "as") if " " not in word)
# "…, and the 61-year-old": after a comma, these open a clause of their own
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "so", "yet"})


def _people_plural(low: str) -> bool:
    """A plural of a noun for a person or kin ("drivers", "twins"), not a verb's "-s" ("blames", "runs")."""
    return low.endswith("s") and (person_noun(low[:-1]) or low[:-1] in KIN_NOUNS or low in KIN_NOUNS)


def _noun_after_age(body: str, stop: int) -> bool:
    """Whether a noun for a person or kin (or their plural) follows the age ending at `stop` in the words that go on
    one after the other from it ("the 45-year-old fisherman", "the 34-year-old twins"); not after a function word
    ("the 61-year-old told the driver": that noun is another's)."""
    follows = []
    for word in _SPACED_WORD.finditer(body[stop:stop + 60]):
        if len(follows) == _AGE_NOUN_WORDS or word.start() != (follows[-1].end() if follows else 0) \
                or word.group(1).casefold() in FUNCTION_WORDS:
            break
        follows.append(word)
    return bool(follows) and (_people_plural(follows[0].group(1).casefold()) or any(
        person_noun(word.group(1).casefold()) or word.group(1).casefold() in KIN_NOUNS for word in follows))


_SUBJECT_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")


def _mask_quotes(body: str) -> str:
    """The body with its direct quotations blanked (same length): their names and full stops are the speaker's."""
    out, last = [], 0
    for start, end in _quote_spans(body):  # the shared quotation scan
        out += [body[last:start], " " * (end - start)]
        last = end
    return "".join(out) + body[last:]


class _AgeTable:
    """What the age and compared descriptions read of one article, built once in one pass over the body each:
    the quotations, the body with them blanked, its sentence ends, the names written outside quotations (by start),
    the he/she pronouns outside quotations, the ages written beside names, the ages given to someone unnamed and
    the unnamed men and women. Every look-up is a bisection."""

    def __init__(self, body: str, people: list[PersonRecord]) -> None:
        self.quotes = list(_quote_spans(body))
        self._quote_starts = [start for start, _ in self.quotes]
        self.masked = _mask_quotes(body)
        # its own [.!?] and line-end split of the masked body, not `text.sentences`: that one keeps "Mr." and
        # "Dr." inside a sentence, which moves a later pronoun or name into the age's sentence and changes who
        # an age is said of ("The 58-year-old met Mr. Rask and he was kind.")
        self._ends = [found.end() for found in _SENTENCE_END.finditer(self.masked)]
        self.starts = {mention.start for person in people for mention in person.mentions}
        names = sorted((mention.start, mention.end, index) for index, person in enumerate(people)
                       for mention in person.mentions if not is_description(mention) and not self.quoted(mention.start))
        self._people = people
        self._name_starts = [start for start, _, _ in names]
        self._name_people = [index for _, _, index in names]
        name_ends = {end for _, end, _ in names}
        self._pronouns = [(found.start(), "male" if found.group(1).lower() == "he" else "female")
                          for found in _SUBJECT_PRONOUN.finditer(self.masked)]
        self._pronoun_starts = [start for start, _ in self._pronouns]
        self.ages: dict[int, set[int]] = {}
        for start, end, index in names:
            found = _AGE_BESIDE_AFTER.match(body, end, end + 14) or _AGE_BESIDE_BEFORE.search(
                body, max(0, start - 40), start)
            if found and (found.re is _AGE_BESIDE_AFTER or not any(
                    word.casefold() in FUNCTION_WORDS or word.endswith(("'s", "’s")) for word in found.group(2).split())):
                self.ages.setdefault(id(people[index]), set()).add(int(found.group(1)))
        self.unnamed: dict[int, int] = {}  # age -> where it is first given to someone unnamed
        for found in _AGE_GIVEN.finditer(self.masked):
            if found.group("noun_age"):
                if found.group("article")[0] in "Tt" and not _noun_after_age(self.masked, found.end()):
                    continue  # "the 61-year-old said": a description, not someone brought in
                if self.name_after(found.end()):
                    continue  # "a 61-year-old neighbour, Ana Roe,": hers
                age = int(found.group("noun_age"))
            else:
                if any(found.start() - offset in name_ends for offset in range(3)):
                    continue  # "Ana Roe, 61," / "Ana Roe (61)" / "Ana Roe, aged 61": hers
                age = int(found.group("age") or found.group("aged"))
            self.unnamed.setdefault(age, found.start())
        self.unnamed_sex = [found.start() for found in _UNNAMED_SEX.finditer(self.masked)
                            if not self.name_after(found.end())]

    def quoted(self, position: int) -> bool:
        index = bisect_left(self._quote_starts, position) - 1
        return index >= 0 and self.quotes[index][1] > position

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding `position` starts (after the last [.!?] or line end before it)."""
        index = bisect_right(self._ends, position) - 1
        return self._ends[index] if index >= 0 else 0

    def sentence_end(self, position: int) -> int:
        """Where the sentence holding `position` ends (its [.!?] or line end, else the body's end)."""
        index = bisect_right(self._ends, position)
        return self._ends[index] - 1 if index < len(self._ends) else len(self.masked)

    def name_after(self, end: int) -> bool:
        """Whether a name follows `end` closely in its own sentence with no function word between ("a 61-year-old
        neighbour, Ana Roe", "the 52-year-old baker Idris Roe"; not "the 34-year-old mother of Ana Roe")."""
        index = bisect_left(self._name_starts, end)
        if index == len(self._name_starts):
            return False
        start = self._name_starts[index]
        if start >= min(end + _NAME_AFTER_CHARS, self.sentence_end(end)):
            return False
        return not any(word.strip(",").casefold() in FUNCTION_WORDS or word.endswith(("'s", "’s"))
                       for word in self.masked[end:start].split())

    def named(self, begin: int, end: int) -> dict[int, PersonRecord]:
        """The people named outside quotations from `begin` to `end`, by id, in order."""
        found = {}
        for index in range(bisect_left(self._name_starts, begin), bisect_left(self._name_starts, end)):
            person = self._people[self._name_people[index]]
            found.setdefault(id(person), person)
        return found

    def pronoun(self, begin: int, end: int) -> str | None:
        """The gender of the first "he"/"she" outside quotations from `begin` to `end`, else None."""
        index = bisect_left(self._pronoun_starts, begin)
        return self._pronouns[index][1] if index < len(self._pronouns) and self._pronouns[index][0] < end else None

    def subject(self, start: int, end: int) -> bool:
        """Whether "the" at `start` opens its clause's subject (ending at `end`): a verb follows ("… believe the
        61-year-old was", "the 61-year-old slipped"), or it stands at the sentence's start (or after a quotation),
        after a comma, after one opening word ("But the", "Today the"), or after "said"/"that"/a subordinator/an
        adverb of time ("Since then the")."""
        after = _SPACED_LOWER_WORD.match(self.masked[end:end + 30])
        if after and (after.group(1) in AGE_SUBJECT_VERBS or (
                len(after.group(1)) > 4 and after.group(1).endswith("ed") and after.group(1) not in FUNCTION_WORDS)):
            return True
        before = self.masked[self.sentence_start(start):start].split()
        if not before or before[-1].endswith((",", ";", ":")) or not any(char.isalnum() for char in before[-1]):
            return True  # "…, the 61-year-old", "— the 61-year-old", an opening quotation mark
        last = before[-1].casefold()
        if last in _CLAUSE_CONJUNCTIONS and len(before) > 1 and before[-2].endswith(","):
            return True  # "…, and the 61-year-old"
        return last in _SUBJECT_LEADS or (len(before) == 1 and before[0][:1].isupper())


def _other_gender(table: _AgeTable, holder: PersonRecord, start: int, end: int) -> bool:
    """The description's own sentence says "he" (or "she") outside quotations after it, and the holder is the other:
    by the pronoun the text uses for them after their last name before it ("Vera Holm runs the shelter. “…,” she
    said. … the 66-year-old said he had slept outside"), else by their given name's usual gender."""
    gender = table.pronoun(end, table.sentence_end(end))
    if gender is None:
        return False
    last = max((m.end for m in holder.mentions if m.end <= start and not is_description(m)), default=None)
    if last is None:
        return False
    known = table.pronoun(last, start) or first_name_gender(holder.name.split()[0])
    return known is not None and known != gender


def _named_just_before(table: _AgeTable, start: int) -> PersonRecord | None:
    """The one person named outside quotations in the sentence before `start` (its own first), or further back
    over up to `_AGE_REACH_SENTENCES` sentences that name nobody but go on about someone as "she"/"he"; None when
    two are named there, or a sentence naming nobody says neither ("The harbour was quiet.", "They grew up")."""
    end, left = start, _AGE_REACH_SENTENCES
    while left and end > 0:
        begin = table.sentence_start(end)
        named = table.named(begin, end)
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
        if end < start and table.masked[begin:end].strip():
            if table.pronoun(begin, end) is None:
                return None  # the topic person's chain ends
            left -= 1
        end = begin - 1
    return None


def _age_table(body: str, people: list[PersonRecord]) -> _AgeTable | None:
    """The article's age table when it has people and an age or a compared description to read, else None."""
    if not people or (AGE_SUFFIX not in body and not _COMPARED_DESCRIPTION.search(body)):
        return None
    return _AgeTable(body, people)


def attach_age_descriptions(body: str, people: list[PersonRecord], table: _AgeTable | None = None) -> None:
    """A later "the 61-year-old" with no name nor noun after it ("The 61-year-old has grown oranges here", "“…,” the
    58-year-old said") is the person the article gave that age beside a name ("Ana Roe, 61,"): the one person given it.
    Where nobody was given that age and it is written as its clause's subject (`_AgeTable.subject`: not "police arrested
    the 61-year-old", who may be someone else), it is the one person named outside quotations in its own sentence before
    it, or in the sentence before, or further back over up to `_AGE_REACH_SENTENCES` sentences that name nobody but go
    on about someone as "she"/"he" ("Ana Roe sells bread. She bakes at dawn. The 58-year-old …"), when that person was
    given no other age and no unnamed man or woman was brought in before ("the body of a woman"). Nothing is attached
    inside a quotation, before a name ("The 52-year-old Roe said", "the 52-year-old, Ana Roe,"), before a noun that may
    introduce someone else ("the 34-year-old driver"), when two people were given that age, or when the article gave
    that age to someone it does not name ("a 61-year-old neighbour", "a man aged 22", "a driver (22)"). Stored as a
    description mention of the person (`kind` 'description')."""
    if AGE_SUFFIX not in body:
        return
    table = table or _age_table(body, people)
    if table is None:
        return
    for match in _AGE_DESCRIPTION.finditer(body):
        if table.quoted(match.start()):
            continue
        following = _NAME_GAP.match(body, match.end(), match.end() + 10).end()
        if following in table.starts:
            continue  # "the 52-year-old, Ana Roe," / "The 52-year-old Roe": the name's own description
        stop = match.end()
        after = _SPACED_LETTER.match(body[stop:stop + 4])
        if after and after.group(1).isupper():
            continue  # "The 52-year-old Dalby": the name's own description
        if _noun_after_age(body, stop):
            continue  # "the 34-year-old twins", "the 45-year-old fisherman": a noun that may bring in someone else
        age = int(match.group(1))
        if table.unnamed.get(age, len(body)) < match.start():
            continue  # "a man aged 22 … The 22-year-old": perhaps the unnamed one
        given = [person for person in people if age in table.ages.get(id(person), ())
                 and any(m.start < match.start() and not is_description(m) for m in person.mentions)]
        if len(given) > 1:
            continue
        holder = given[0] if given else None
        if holder is None:
            if not table.subject(match.start(), match.end()):
                continue  # "Ana Roe said police arrested the 33-year-old": an object may be someone else
            if bisect_left(table.unnamed_sex, match.start()) > 0:
                continue  # "the body of a woman … The 61-year-old": perhaps the unnamed one
            holder = _named_just_before(table, match.start())
            if holder is None or table.ages.get(id(holder)):
                continue  # given another age: not the one this description tells
        if _other_gender(table, holder, match.start(), stop):
            continue
        description = body[match.start():stop]
        holder.mentions.append(MentionRecord(description, match.start(), stop, role=description,
                                             kind="description"))
        holder.mentions.sort(key=lambda mention: mention.start)


# "the younger woman", "The older man": one of two people told apart by their written ages
_COMPARED_WORDS = {"younger": min, "older": max, "elder": max}
_COMPARED_DESCRIPTION = re.compile(r"\b[Tt]he[ \u00a0]+(" + "|".join(_COMPARED_WORDS) + r")[ \u00a0]+("
                                   + "|".join(sorted(SEX_NOUNS)) + r")\b(?![’'-])")
# how many sentences back the people it compares were named
_COMPARED_REACH_SENTENCES = 8
_AGE_OF_DESCRIPTION = re.compile(r"(\d{1,3})" + re.escape(AGE_SUFFIX))


def attach_compared_descriptions(body: str, people: list[PersonRecord], table: _AgeTable | None = None) -> None:
    """A later "the younger woman" / "the older man" outside quotations and not before a name is, of the people of
    that gender (by given name) named outside quotations in the sentences just before it, the younger (older) of
    exactly two whose ages the article wrote (beside a name, "Ana Roe, 61,", or as a description of theirs, "The
    61-year-old"), the two ages differing. Nothing is attached when a third person of that gender (or of a gender
    the given name leaves open) was named there, when one age is missing, or when both are the same."""
    matches = list(_COMPARED_DESCRIPTION.finditer(body))
    if not matches:
        return
    table = table or _age_table(body, people)
    if table is None:
        return
    ages = {key: set(values) for key, values in table.ages.items()}
    for person in people:
        for mention in person.mentions:
            found = _AGE_OF_DESCRIPTION.search(mention.surface) if is_description(mention) else None
            if found:
                ages.setdefault(id(person), set()).add(int(found.group(1)))
    for match in matches:
        if table.quoted(match.start()):
            continue
        following = _NAME_GAP.match(body, match.end(), match.end() + 10).end()
        if following in table.starts:
            continue  # "the younger woman, Ana Roe,": the name's own description
        gender = EPITHET_GENDERS.get(match.group(2).casefold())
        begin = match.start()
        for _ in range(_COMPARED_REACH_SENTENCES):
            if begin <= 0:
                break
            begin = table.sentence_start(begin - 1)
        named = {key: person for key, person in table.named(begin, match.start()).items()
                 if first_name_gender(person.name.split()[0]) in (gender, None)}
        if len(named) != 2:
            continue
        aged = [(ages[key], person) for key, person in named.items() if len(ages.get(key, ())) == 1]
        if len(aged) != 2 or aged[0][0] == aged[1][0]:
            continue
        holder = _COMPARED_WORDS[match.group(1).casefold()](aged, key=lambda item: next(iter(item[0])))[1]
        description = match.group(0)
        holder.mentions.append(MentionRecord(description, match.start(), match.end(), role=description,
                                             kind="description"))
        holder.mentions.sort(key=lambda mention: mention.start)


def is_description(mention: MentionRecord) -> bool:
    """Whether the mention is a later description stored by `attach_descriptions` (its span the description, not a
    name). Read from its kind, which the store writes to `mentions.kind`, not guessed from surface == role."""
    return mention.kind == "description"

