"""A person's later definite description: "Works Minister Rosa Roe opened the road. … The minister said" gives
Rosa Roe the role "The minister" as well. The article's who-is-who: the titles its people were given beside their
names (`MentionRecord.role` and `.apposition`); a "the <title>" written later, not before a name, whose words all
come from the role of exactly one person named before it, is that person's, and is stored as an apposition of the
person's latest mention before it that has none (a role the text gave the person, away from the name). A holder of a
lower office ("Deputy Minister", "former mayor") fits only a description that writes the rank word too. Where two
people fit ("the minister" with two ministers named), nothing is attached.
"""
from __future__ import annotations

import re

from loaders.extract.data.lexicon import DESCRIPTION_HEADS_EXCLUDED, DESCRIPTION_RANK_QUALIFIERS, TITLE_HEADS
from loaders.records import MentionRecord, PersonRecord

_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "on", "with", "from", "and", "who", "whose"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})
_WORD = re.compile(r"[\w’'-]+")
# An office's own name after the title ("the minister of Health", "the minister for the Arts"); "thanked the mayor
# for the new park" goes on about the mayor.
_LONGER = re.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


def _own_words(role: str) -> list[str]:
    """The role's own words, folded, up to its first preposition and without a determiner in front ("the
    Minister of Works" -> ["minister"], "Works Minister" -> ["works", "minister"])."""
    words: list[str] = []
    for word in _WORD.findall(role):
        low = word.casefold()
        if low in _PREPOSITIONS:
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


def attach_descriptions(body: str, people: list[PersonRecord]) -> None:
    """Give each person the later "the <title>" descriptions only that person's roles fit (see the module)."""
    holders: dict[str, dict[int, tuple[PersonRecord, set[str], int]]] = {}
    for person in people:
        if not person.mentions:
            continue
        first = min(mention.start for mention in person.mentions)
        for mention in person.mentions:
            for role in (mention.role, mention.apposition):
                words = _own_words(role) if role else []
                if not words or words[-1] not in TITLE_HEADS or words[-1] in DESCRIPTION_HEADS_EXCLUDED:
                    continue
                head = words[-1]
                if role is mention.role:
                    # a rank word the role lost in front of it ("former San Marco mayor Jo Roe" stored as "Marco
                    # mayor"): the words written before the name up to the role's own words
                    lead = _WORD.findall(body[max(0, mention.start - 60):mention.start])[-(len(words) + 3):]
                    words = words + [word.casefold() for word in lead
                                     if word.casefold() in DESCRIPTION_RANK_QUALIFIERS]
                entry = holders.setdefault(head, {}).get(id(person))
                known = entry[1] if entry else set()
                holders[head][id(person)] = (person, known | set(words), first)
    heads = sorted(holders)
    if not heads:
        return
    starts = {mention.start for person in people for mention in person.mentions}
    pattern = re.compile(r"\b[Tt]he((?:[ \u00a0]+[A-Za-z][\w-]*){0,2}?)[ \u00a0]+((?i:"
                         + "|".join(map(re.escape, heads)) + r"))\b(?![’'\-])")
    for match in pattern.finditer(body):
        after = body[match.end():match.end() + 40]
        following = re.match(r"[ \u00a0]*,?[ \u00a0]*", after).end() + match.end()
        if following in starts:
            continue  # "the minister, Rosa Roe," / "the minister Rosa Roe": the name's own title, read with it
        if _LONGER.match(after):
            continue  # "the minister of Health", "the minister for Works": a longer description, another office
        modifiers = [word.casefold() for word in match.group(1).split()]
        # The holders the description fits: its words all the holder's, and no rank word of the holder's that it
        # lacks ("Deputy Minister Jo Roe and Minister Ana Rojas … the minister": Ana Rojas)
        fitting = [(person, words, first) for person, words, first in holders[match.group(2).casefold()].values()
                   if all(word in words for word in modifiers)
                   and not any(word in DESCRIPTION_RANK_QUALIFIERS and word not in modifiers for word in words)]
        if len(fitting) != 1:
            continue  # none, or two ministers named: "the minister" is not told apart here
        person, words, first = fitting[0]
        if first >= match.start():
            continue  # a description before the person is named points at no one yet
        description = " ".join(match.group(0).split())
        owned = {_role_key(role) for mention in person.mentions for role in (mention.role, mention.apposition) if role}
        if _role_key(description) in owned:
            continue
        free = [mention for mention in person.mentions if mention.apposition is None]
        if not free:
            continue
        before = [mention for mention in free if mention.start < match.start()]
        mention: MentionRecord = before[-1] if before else free[0]
        mention.apposition = description
