"""A speaker label that names a person of the article's cast is that person.

The resolver keeps a speaker phrase as a label when it cannot read a person from it. Some such phrases do name
one of the people the people step found, only not in a form the resolver reads: a name followed by an adverb or
a time word that the phrase read back from the verb took in ("Priebus later Thursday told Fox News"), an
honorific before a surname ("Mr. Okafor"), or a surname misspelt once ("Labbot" for the "Labott" the article
writes six times). `cast_person_named_by` cuts the label at its first word that is no name, and matches the
name's last word against the surnames of the cast: the same word, or a spelling a small edit away (rapidfuzz's
optimal-string-alignment distance, a swap of two letters one edit: 1 for a surname of 5 letters or more, 2 for
one of 6 or more that starts with the same two letters), when the label's spelling occurs once in the article
and the person's spelling more often (a misprint is rare, a different person is written again). An honorific's
gender must fit the person's first name ("Mr. Obama" is not the cast's Michelle Obama). Only one cast person
may fit; two people of one surname leave the label, as does a label naming nobody in the cast, or a name that
modifies a noun ("the Okafor campaign").
"""
from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from loaders.extract.data.given_names import first_name_gender
from loaders.extract.data.lexicon import DAYS_MONTHS, FUNCTION_WORDS, HONORIFICS
from loaders.extract.data.role_forms import TITLE_ABBREVIATIONS
from loaders.extract.data.speaker_heads import AFTER_NAME_ADVERBS
from loaders.records import PersonRecord

_NAME_WORD = re.compile(r"[A-Z][\w’'-]*\.?")
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _title_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in HONORIFICS or lowered.rstrip(".") in TITLE_ABBREVIATIONS and word.endswith(".")


def _name_run(label: str) -> tuple[list[str], bool, str | None] | None:
    """The name words the label opens with (after honorifics and abbreviated titles), whether a title or an
    adverb stands around them, and the gender an honorific tells; None when the words after the name are not
    ones that may follow a speaker's name."""
    words = label.split()
    titled, gender = False, None
    while words and _title_word(words[0]):
        gender = gender or _HONORIFIC_GENDER.get(words[0].lower().rstrip("."))
        words, titled = words[1:], True
    run: list[str] = []
    for word in words:
        if len(run) == 3 or not _NAME_WORD.fullmatch(word) or word.lower() in FUNCTION_WORDS \
                or word.lower().rstrip(".") in DAYS_MONTHS or word.endswith(("’s", "'s")):
            break
        run.append(word)
    if not run:
        return None
    rest = words[len(run):]
    if rest and not (rest[0].lower() in AFTER_NAME_ADVERBS or rest[0].lower() in DAYS_MONTHS):
        return None  # "the Okafor campaign", "Okafor and Lee": not the person alone
    return run, titled or bool(rest), gender


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in _SUFFIXES]
    return words[-1] if words else ""


def _close(written: str, surname: str, body: str) -> bool:
    """A misspelling of `surname`: a small edit away, the spelling written once and the person's more often."""
    if len(surname) < 5 or written[:1].casefold() != surname[:1].casefold():
        return False
    if written.casefold() in (surname.casefold() + "s", surname.casefold() + "es"):
        return False  # "Reuters" for a cast "Tom Reuter", "the Hales": a family's or a firm's name, no misprint
    distance = OSA.distance(written.casefold(), surname.casefold(), score_cutoff=2)
    if distance > 2 or distance == 2 and (len(surname) < 6 or written[:2].casefold() != surname[:2].casefold()):
        return False
    count = lambda word: len(re.findall(r"\b" + re.escape(word) + r"\b", body))  # noqa: E731
    return count(written) <= 1 < count(surname)


def cast_person_named_by(label: str, people: list[PersonRecord], body: str,
                         organisations: set[str] = frozenset()) -> PersonRecord | None:
    """The one cast person the label names, or None (see the module's docstring)."""
    found = _name_run(label.strip(" ,"))
    if found is None:
        return None
    run, marked, gender = found
    last = run[-1].rstrip(".")
    first = run[0].rstrip(".") if len(run) > 1 else None
    cast = [p for p in people if p.name not in organisations and len(p.name.split()) >= 2]

    def fits_first(person: PersonRecord) -> bool:
        if gender and first_name_gender(person.name.split()[0]) not in (gender, None):
            return False  # "Mr. Obama" is not the cast's Michelle Obama
        return first is None or person.name.split()[0].rstrip(".").casefold() in (first.casefold(), ) or (
            len(first) == 1 and person.name[:1] == first)

    exact = [p for p in cast if any(_surname(n).casefold() == last.casefold() for n in (p.name, *p.aliases))
             and fits_first(p)]
    if exact:
        # a bare surname the resolver left as a label had its reasons; a title or an adverb around it tells it
        # is the person
        return exact[0] if len(exact) == 1 and marked else None
    close = [p for p in cast if _close(last, _surname(p.name), body) and fits_first(p)]
    return close[0] if len(close) == 1 else None
