"""Who is who: another name the article gives someone right where it first names them in full.

"Inés Calvo – Nena to everyone in the village –", "Ignacio Ferro (Nacho)", "Marta Delgado, Tita as her friends
call her,": the short name, a one-word person of the people step whose first mention stands there, is the
full-named person's other name, and a quote the short name attributes is that person's. The short name must be
written right after a mention of the full name, inside a bracket, a dash pair or after a comma, and be marked as
a name the person goes by (a word of `ALIAS_AUDIENCES` after "to", "as … call(s)"), or stand alone in the
brackets or dashes when it is a one-word person of the people step, a given name (`given_names`; not a place, "Ana
Roe (Jordan)", nor a party's short word, `NOT_ALIASES`: "Ana Roe (Tory)") or begins as the full name does ("Alejandro Ferro (Alex)"). Initials of
the full name's words count as a short name too ("John Patrick Kelly – JP to colleagues –"). A short name already
used before that point is somebody's own name. A two-word name written elsewhere and marked as what people call
someone ("Leyla Hanım, as the fishermen call her,") is the one person named before whose given name it opens with.
"""
from __future__ import annotations

import re

from loaders.extract.data.given_names import first_name_gender, is_given_name
from loaders.extract.data.lexicon import KNOWN_AS_QUALIFIERS
from loaders.extract.data.speaker_heads import ADDRESS_FORMS_AFTER_GIVEN_NAME
from loaders.extract.gazetteer import find_places_and_organisations
from loaders.extract.speaker_words import PRONOUN_GENDERS
from loaders.records import PersonRecord

# Who calls the person by the short name: "Tita to everyone", "Nacho to his friends", "as the neighbours call him"
ALIAS_AUDIENCES = (
    "everyone", "everybody", "all", "friends", "family", "colleagues", "locals", "neighbours", "neighbors",
    "villagers", "fans", "regulars", "customers", "students", "pupils", "players", "teammates", "staff",
    "the village", "the town", "the family", "the children", "the kids", "those who know her",
    "those who know him", "those who know them", "most people", "many",
)
_AUDIENCE = "|".join(re.escape(words) for words in sorted(ALIAS_AUDIENCES, key=len, reverse=True))
_OWNER = r"(?:(?:her|his|their|the|its|our|my)\s+)?"
# what follows the short name when it is marked as a name the person goes by
_MARKED = re.compile(
    rf"[\"”’']?\s*(?:(?:to|for|among|with)\s+{_OWNER}(?:{_AUDIENCE})\b"
    rf"|as\s+{_OWNER}(?:{_AUDIENCE})\s+(?:calls?|knows?|called|knew)\b)", re.IGNORECASE)
# what follows the short name standing alone in brackets or between dashes
_CLOSING = {"(": re.compile(r"[\"”’']?\)"), "dash": re.compile(r"[\"”’']?\s*[–—]|[\"”’']?\s+-\s")}
# between the full name and the short name: an opening bracket, a dash or a comma, maybe a quotation mark
_OPENING = re.compile(r"\s*(?P<mark>\(|[–—]|\s-|,)\s*[\"“‘']?")


_SHORT = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?\b|[A-Z]{2,3}\b")
# Given names that are a party's or a side's short word in brackets after a name: "Ana Roe (Tory)"
NOT_ALIASES = frozenset({"Tory", "Whig", "Green", "Dem", "Rep", "Con", "Lab", "Lib", "Ind", "Labour", "Reform"})


def _initials_of(short: str, name: str) -> bool:
    """"JP" for "John Patrick Kelly", "JPK" too: the first letters of the full name's words, in order."""
    initials = "".join(word[0] for word in name.split())
    return short.isupper() and initials.startswith(short) if len(short) < len(initials) else short == initials


# "Karim Haddad, known in the village as Abu Samir,", "…, better known as Seu Pedrinho,": words saying the name
# after them is one the person goes by (an audience or place of at most two words between "known" and "as"; the
# qualifiers before "known" the one table the people step's patterns use too)
_KNOWN_AS = re.compile(r"(?:(?:" + "|".join(sorted(KNOWN_AS_QUALIFIERS)) + r")\s+)?known\s+"
                       r"(?:(?:in|to|among|around|across|throughout)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                       r"[\w’'-]+(?:\s+[\w’'-]+)?\s+)?as\s+[\"“‘']?")
# what closes a name given after "known as": a comma, the sentence's end, a bracket or a dash
_KNOWN_AS_END = re.compile(r"[\"”’']?\s*(?:[,;:)]|\.(?:\s|$)|[–—]|\s-\s|$)")

# a name's first word, to look up the people whose name opens with it
_FIRST_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def _longer_name_at(body: str, at: int, several: dict[str, list[str]], own: str) -> str | None:
    """A person of the people step (not `own`) whose name has several words ("Abu Samir") written at `at`, a whole
    word (`several`: their names by first word, longest first)."""
    first = _FIRST_WORD.match(body, at)
    for name in several.get(first.group(), ()) if first else ():
        end = at + len(name)
        if name != own and body.startswith(name, at) and (end == len(body) or not body[end].isalnum()):
            return name
    return None


def alias_owners(body: str, people: list[PersonRecord]) -> dict[str, str]:
    """Short name -> the full name of the person it is another name of (`people` as the people step gives them;
    the short name may be a one-word person of theirs or no person at all; a name of several words must be a
    person of theirs, written after "known as" or alone in brackets: "Karim Haddad (Abu Samir)")."""
    owners: dict[str, str] = {}
    one_word = {person.name for person in people if len(person.name.split()) == 1}
    several: dict[str, list[str]] = {}
    for name in sorted((person.name for person in people if len(person.name.split()) > 1), key=len, reverse=True):
        several.setdefault(name.split()[0], []).append(name)
    for person in people:
        if len(person.name.split()) < 2:
            continue
        for mention in person.mentions:
            opening = _OPENING.match(body, mention.end)
            if opening is None or opening.end() - mention.end > 6:
                continue
            known = _KNOWN_AS.match(body, opening.end()) if opening.group("mark") == "," else None
            at = known.end() if known else opening.end()
            longer = _longer_name_at(body, at, several, person.name)
            if longer and not _word_between(body, longer, 0, at) and (
                    known and _KNOWN_AS_END.match(body, at + len(longer))
                    or not known and opening.group("mark") == "(" and _CLOSING["("].match(body, at + len(longer))
                    and not _related_later(body, longer, at + len(longer))):
                owners.setdefault(longer, person.name)
                continue
            short = _SHORT.match(body, opening.end())
            if short is None or short.group() in person.name.split() or short.group() in NOT_ALIASES:
                continue
            if short.group().isupper() and not _initials_of(short.group(), person.name):
                continue  # "Ana Roe (BBC)": capitals that are no initials of hers
            mark = "dash" if opening.group("mark").strip() in ("–", "—", "-") else opening.group("mark")
            if not _MARKED.match(body, short.end()):
                if mark not in _CLOSING or not _CLOSING[mark].match(body, short.end()):
                    continue
                given = person.name.split()[0]
                given_name = is_given_name(short.group()) and not find_places_and_organisations(short.group())
                if short.group() not in one_word and not short.group().isupper() and not given_name and not (
                        len(short.group()) < len(given) and short.group()[:3] == given[:3]):
                    continue  # "Ana Roe (Labour)": alone in brackets, only a person's name or a short form of hers
            if _word_between(body, short.group(), 0, short.start()):
                continue  # a name used before the full name is somebody's own
            owners.setdefault(short.group(), person.name)
    owners.update({name: owner for name, owner in _called_name_owners(body, people).items() if name not in owners})
    return owners


def _word_between(body: str, name: str, start: int, end: int) -> bool:
    """Whether `name` stands in `body[start:end]` as whole words (a plain search, no pattern built per name)."""
    at = body.find(name, start, end)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not body[at - 1].isalnum()) and (after >= len(body) or not body[after].isalnum()):
            return True
        at = body.find(name, at + 1, end)
    return False


# a later mention of a bracketed name giving it a relation of its own to someone ("Paul Grant is her deputy",
# "Paul Grant, her deputy,"): another person, named beside the first (a nickname is given no relation to its owner)
_OWN_RELATION = re.compile(r"(?:\s+(?:is|was)|\s*,)\s+(?:her|his|their)\s+[a-z]")


def _related_later(body: str, name: str, start: int) -> bool:
    at = body.find(name, start)
    while at >= 0:
        if _OWN_RELATION.match(body, at + len(name)):
            return True
        at = body.find(name, at + 1)
    return False


# a name marked, wherever it stands, as the name people call someone by: "Leyla Hanım, as the fishermen call her,"
# (the pronoun must end the phrase: in "as critics call her plan" what is called is her plan)
_CALLED_MARK = re.compile(rf"\s*,\s*as\s+{_OWNER}(?:[\w’'-]+\s+){{0,2}}(?:calls?|called|knows?|knew)\s+"
                          r"(?P<pronoun>her|him)\s*[,.;)]")


def _called_name_owners(body: str, people: list[PersonRecord]) -> dict[str, str]:
    """A two-word person of the people step whose mention is marked as a called name ("Leyla Hanım, as the
    fishermen call her,") -> the one other person named before it whose given name it opens with: a form of
    address built on her given name ("Hanım", "Abla": ADDRESS_FORMS_AFTER_GIVEN_NAME) is hers. A second word no
    form of address ("John Bishop"), a pronoun of the other gender than the given name's, two such people, or none named
    before, give none."""
    owners: dict[str, str] = {}
    for person in people:
        words = person.name.split()
        if len(words) != 2 or words[1] not in ADDRESS_FORMS_AFTER_GIVEN_NAME:
            continue
        marks = [_CALLED_MARK.match(body, mention.end) for mention in person.mentions]
        marks = [mark for mark in marks if mark]
        if not marks:
            continue
        first = min(mention.start for mention in person.mentions)
        sharing = [other for other in people if other is not person and other.name.split()[0] == words[0]
                   and len(other.name.split()) >= 2]
        if len(sharing) != 1 or min(mention.start for mention in sharing[0].mentions) >= first:
            continue
        gender = first_name_gender(words[0])
        if any(gender and gender != PRONOUN_GENDERS[mark.group("pronoun")] for mark in marks):
            continue  # ("Leyla Bey, as the fishermen call him," of a woman named Leyla is someone else)
        owners[person.name] = sharing[0].name
    return owners
