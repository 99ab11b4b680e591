"""Person-name keys and matching, shared by within-article and cross-database resolution.

A name is split into given names, middle names or initials, and a surname; an East Asian name written family
name first ("Park Ji-hoon", "Tan Ah Kow") is read that way (`family_first`). Two names are the same person
when their surnames are the same up to transliteration (Zelensky/Zelenskyy, Ahmadinejad/Ahmadinezhad) and their
given names agree: equal, a known variant (Sergei/Sergey, Benjamin/Binyamin, Vladimir/Volodymyr, Bill/William),
close in spelling, or an initial of the other; differing middle initials (George W. Bush, George H. W. Bush)
or different first names (Hillary/Bill Clinton) keep people apart, and so does a surname spelled differently
together with a first name spelled differently (Eric Woolson/Rick Wilson). `PeopleIndex` buckets people by a
phonetic surname skeleton so each look-up compares a handful of candidates, not every known person, and never
lets a vague variant ("George Bush", a bare "Baker") stand for everyone sharing the surname.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from loaders.extract.data.family_names import FAMILY_FIRST_SURNAMES, GIVEN_SYLLABLES, ONE_SYLLABLE
from loaders.extract.data.given_names import BURMESE_NAME_SYLLABLES, is_given_name, name_variants
from loaders.extract.data.lexicon import HONORIFICS, NAME_PARTICLES, NAME_PREFIXES, NAME_SUFFIXES, SURNAME_HONORIFICS

_NON_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"[\s-]+")
_NON_LETTER = re.compile(r"[^a-z]")
_REPEATS = re.compile(r"(.)\1+")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_PREFIX = re.compile(r"^(?:%s)[-'’]" % "|".join(sorted(NAME_PREFIXES, key=len, reverse=True)))
# Spelling differences that transliterations produce for the same sound.
_DIGRAPHS = (("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("zh", "j"),
             ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"), ("q", "k"), ("c", "k"), ("x", "ks"))
_SURNAME_PARTICLES = frozenset({"bin", "ibn", "abu", "al", "el", "van", "von", "de", "le", "la", "du", "di", "da",
                                "der", "den", "dos", "das"})
_VOWELS = re.compile(r"[aeiou]")
_CONSONANT = re.compile(r"[b-df-hj-np-tv-z]")
_GIVEN_RATIO = 80
_SURNAME_RATIO = 80


# Letters with a stroke or a bar through them: Unicode gives them no combining mark to drop, so decomposing leaves
# them whole ("Đức", "Łukasz", "Søren"); read as the plain letter the press writes without them ("Duc", "Lukasz").
_STROKE_LETTERS = str.maketrans("đĐłŁøØħĦ", "dDlLoOhH")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accents and strokes removed and case folded ("Zelenskyy" stays, "Ménard" -> "menard", "Đức" -> "duc")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A normalised key: accents folded, case folded, punctuation and extra spaces removed."""
    folded = _NON_WORD.sub("", fold(name).replace("’", "'").replace("'", ""))
    return _SPACES.sub(" ", folded).strip()


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A transliteration-neutral spelling: digraphs unified, doubled letters collapsed."""
    text = _NON_LETTER.sub("", fold(word))
    for written, sound in _DIGRAPHS:
        text = text.replace(written, sound)
    return _REPEATS.sub(r"\1", text)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """First letter and consonants of `spelling(word)`: the bucket key for surnames."""
    text = spelling(word)
    return text[:1] + _VOWELS.sub("", text[1:]) if text else ""


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # folded first name(s); the first is the main given name
    middle: tuple[str, ...]  # folded middle names or initials (without dots)
    surname: str  # folded surname without particles ("al-Malki" -> "malki")
    # a family-first name's given name is its syllables run together ("Jae-yong" -> "jaeyong"): romanised syllables
    # that differ by one letter are other people ("Lee Jae-yong"/"Lee Jae-myung", "Li Keqiang"/"Li Qiang"), so
    # such given names are matched by spelling, never by closeness
    syllabic: bool = False

    @property
    def has_given(self) -> bool:
        return bool(self.given)


def family_first(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name as written puts the family name first: "Tan Ah Kow", "Park Ji-hoon", "Xi Jinping", "Lee
    Hsien Loong" (an East Asian surname, then a given name of one or two words made of romanised syllables), or
    "Nguyen Thi Lan Anh" (a Vietnamese name: three words of one syllable each after the surname)."""
    if not 2 <= len(words) <= 4:
        return False
    if len(words) == 4 and not all(ONE_SYLLABLE.match(fold(word)) for word in words[1:]):
        return False  # four words only as Vietnamese names are written, one syllable each ("Nguyen Thi Lan Anh")
    first = fold(words[0]).rstrip(".")
    if len(words) == 2 and (first in NAME_PARTICLES or first in _SURNAME_PARTICLES):
        return False  # "Le Pen", "Van Trong": a particle opening a surname, unless a given name follows ("Le Duc Tho")
    return first in FAMILY_FIRST_SURNAMES and all(
        GIVEN_SYLLABLES.match(fold(word).replace("’", "'")) for word in words[1:])


def burmese_name(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a run of three words or more is a Burmese name, every word a Burmese name syllable ("Min Aung Hlaing"):
    such a name has no family name, so its first word is the name's like the rest. Two words are left to the other
    rules ("Min Aung" may be a firm's or a place's as often)."""
    return len(words) >= 3 and all(fold(word) in BURMESE_NAME_SYLLABLES for word in words)


@lru_cache(maxsize=65536)
def split_name(name: str) -> NameParts:
    """Given name, middle names or initials, and surname of a name as written (honorifics and "Jr." dropped)."""
    tokens: list[str] = []
    for token in name.replace("’", "'").split():
        # "H.W." is two initials, as in "George H. W. Bush".
        if _INITIALS.match(token):
            tokens.extend(part + "." for part in token.split(".") if part)
        else:
            tokens.append(token)
    # an honorific opens a name; one that is also a surname (`lexicon.SURNAME_HONORIFICS`) closing one is the
    # surname ("Tom Barr.", "Anna Herr", "Hon. Barr")
    last = len(tokens) - 1
    tokens = [t for index, t in enumerate(tokens) if t.lower() not in HONORIFICS
              or index == last > 0 and t.lower().rstrip(".") in SURNAME_HONORIFICS]
    while tokens and tokens[-1].lower().rstrip(",") in NAME_SUFFIXES:
        tokens.pop()
    if not tokens:
        return NameParts((), (), "")
    if family_first(tokens):
        # One given name of all the syllables, so "Kim Jong Un" and "Kim Jong-un" agree.
        return NameParts(("".join(fold(t).replace("-", "") for t in tokens[1:]),), (), fold(tokens[0]), True)
    surname = fold(_PREFIX.sub("", tokens[-1])).rstrip(".")
    if surname.endswith("'s"):
        surname = surname[:-2]
    rest = [fold(t).rstrip(".") for t in tokens[:-1]]
    # Particles ("van", "Abu", "al") belong to the surname, not to the given names; a first word is a given
    # name even when it could be a particle ("Ben Carson").
    rest = rest[:1] + [t for t in rest[1:] if t not in NAME_PARTICLES and t not in NAME_PREFIXES and t != "abu"]
    if len(rest) == 1 and rest[0] in _SURNAME_PARTICLES:
        rest = []  # "Bin Laden", "Van Buren", "Abu Marzouk": a surname with its particle, no given name
    if not rest:
        return NameParts((), (), surname)
    return NameParts((rest[0],), tuple(rest[1:]), surname)


def _is_initial(word: str) -> bool:
    return len(word) == 1


def given_compatible(first: str, other: str) -> bool:
    """True when two first names may be the same person's (variant, close spelling or initial)."""
    if first == other:
        return True
    if _is_initial(first) or _is_initial(other):
        return first[0] == other[0]
    if other in name_variants(first) or first in name_variants(other):
        return True
    first_sp, other_sp = spelling(first), spelling(other)
    if first_sp == other_sp:
        return True
    # Short names differ by a letter between different people ("Dan"/"Dana", "Ali"/"Alia").
    return min(len(first_sp), len(other_sp)) >= 5 and ratio(first_sp, other_sp) >= _GIVEN_RATIO


def _middles_compatible(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    if not left or not right:
        return True
    return [m[0] for m in left] == [m[0] for m in right]


def _shape(text: str) -> str:
    return _CONSONANT.sub("C", _VOWELS.sub("V", text))


def surnames_compatible(left: str, right: str) -> bool:
    """Equal up to transliteration: the same spelling once digraphs are unified, or vowels swapped in the same
    places ("Morsi"/"Mursi"); "Stone"/"Sutton" and "Baker"/"Becker"/"Booker" stay apart."""
    return surname_closeness(left, right) > 0


def surname_closeness(left: str, right: str) -> int:
    """2 for the same surname, 1 for a transliteration variant, 0 for different surnames."""
    if left == right:
        return 2
    left_sp, right_sp = spelling(left), spelling(right)
    if left_sp == right_sp:
        return 2
    if skeleton(left) != skeleton(right) or _shape(left_sp) != _shape(right_sp):
        return 0
    return 1 if ratio(left_sp, right_sp) >= _SURNAME_RATIO else 0


@lru_cache(maxsize=65536)  # asked again and again for the same pairs of an article's and the registry's names
def same_person(left: NameParts, right: NameParts) -> bool:
    """True when two parsed names may denote one person (a bare surname is compatible with any given name)."""
    if not left.surname or not right.surname:
        return False
    closeness = surname_closeness(left.surname, right.surname)
    if not closeness:
        return False
    if not left.given or not right.given:
        return True
    if closeness == 2 and (_compound_surname(left, right) or _compound_surname(right, left)):
        return True
    if closeness == 1 or left.syllabic or right.syllabic:
        # Two approximate parts make a different person ("Eric Woolson"/"Rick Wilson"): with a surname spelled
        # differently, the given names must be spelled alike; and so must a family-first name's syllables.
        first_ok = spelling(left.given[0]) == spelling(right.given[0])
    else:
        first_ok = given_compatible(left.given[0], right.given[0])
    return first_ok and _middles_compatible(left.middle, right.middle)


def _compound_surname(short: NameParts, long: NameParts) -> bool:
    """ "Vargas Llosa" of "Mario Vargas Llosa", "López Obrador" of "Andrés Manuel López Obrador": a two-part
    surname written without the given names, its first part read as a given name that is none."""
    return (not short.middle and bool(long.middle) and long.middle[-1] == short.given[0]
            and not is_given_name(short.given[0]))


def _closeness(left: NameParts, right: NameParts) -> int:
    """How much two compatible names agree: used to prefer one candidate over another."""
    score = 2 if left.surname == right.surname else 1
    if left.given and right.given:
        score += 3 if left.given[0] == right.given[0] else 1
        if left.middle and right.middle:
            score += 2 if left.middle == right.middle else 1
        elif not left.middle and not right.middle:
            score += 1
    return score


class PeopleIndex:
    """The people already known (in the database), to resolve a new article's people against them.

    The store fills it with every person's id, canonical name and aliases, then asks `match` for each person
    of a new article; `add` records a person the store has just created or extended. A known person fits a new
    name when one of the person's variants fits it and the person's reference name (the first full name filed)
    does not contradict it, so a vague variant ("George Bush", "Baker") never turns one person into a wildcard
    for everyone sharing the surname.

    `remove(person_id)` and `remove_variants(person_id, names)` undo an `add` (a person created, or the names an
    extension gave a known person) so that `match` answers as if it had never happened: the store's recovery
    from a refused savepoint replays them instead of reloading the index from the database.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, int] = {}
        # Exact keys another id filed after the key's owner, in order: the next owner when the owner is removed
        # (rare: two people of one exact name).
        self._shadowed: dict[str, list[int]] = {}
        # Each id's filed keys, with the number of its variants filing each (a removal unfiles a key at zero).
        self._keys: dict[int, dict[str, int]] = {}
        # Surname skeleton -> ids filed under it; each id's parsed variants are kept once, in order, with the
        # number of times they were filed (an undone `add` forgets only its own).
        self._by_skeleton: dict[str, dict[int, None]] = {}
        self._variants: dict[int, dict[NameParts, int]] = {}
        self._reference: dict[int, NameParts] = {}

    def add(self, person_id: int, name: str, aliases: list[str] | tuple[str, ...] = ()) -> None:
        for variant in (name, *aliases):
            key = person_key(variant)
            if not key:
                continue
            parts = split_name(variant)
            if parts.given or variant == name:
                self._file_key(key, person_id)  # bare aliases ("Baker") are no exact handle
            if not parts.surname:
                continue
            self._by_skeleton.setdefault(skeleton(parts.surname), {})[person_id] = None
            variants = self._variants.setdefault(person_id, {})
            variants[parts] = variants.get(parts, 0) + 1
            reference = self._reference.get(person_id)
            if reference is None or not reference.given and parts.given:
                self._reference[person_id] = parts

    def _file_key(self, key: str, person_id: int) -> None:
        keys = self._keys.setdefault(person_id, {})
        keys[key] = keys.get(key, 0) + 1
        if keys[key] > 1:
            return
        owner = self._by_key.setdefault(key, person_id)
        if owner != person_id:
            self._shadowed.setdefault(key, []).append(person_id)

    def _unfile_key(self, key: str, person_id: int, all_of_them: bool = False) -> None:
        keys = self._keys.get(person_id, {})
        if key not in keys:
            return
        keys[key] = 0 if all_of_them else keys[key] - 1
        if keys[key] > 0:
            return
        del keys[key]
        waiting = self._shadowed.get(key, [])
        if self._by_key.get(key) == person_id:
            if waiting:
                self._by_key[key] = waiting.pop(0)
            else:
                del self._by_key[key]
        elif person_id in waiting:
            waiting.remove(person_id)
        if not waiting:
            self._shadowed.pop(key, None)

    def remove(self, person_id: int) -> None:
        """Forget a person entirely (a person created inside a savepoint that was rolled back)."""
        for key in list(self._keys.get(person_id, {})):
            self._unfile_key(key, person_id, all_of_them=True)
        self._keys.pop(person_id, None)
        for parts in self._variants.pop(person_id, {}):
            self._unfile_skeleton(skeleton(parts.surname), person_id)
        self._reference.pop(person_id, None)

    def remove_variants(self, person_id: int, names: list[str] | tuple[str, ...]) -> None:
        """Undo one `add(person_id, name, aliases)` of a person known before it (an extension inside a rolled-back
        savepoint): `names` is that call's `[name, *aliases]`. What the person had before stays filed, its
        reference name included."""
        variants = self._variants.get(person_id, {})
        for position, variant in enumerate(names):
            key = person_key(variant)
            if not key:
                continue
            parts = split_name(variant)
            if parts.given or position == 0:
                self._unfile_key(key, person_id)
            if not parts.surname or parts not in variants:
                continue
            variants[parts] -= 1
            if variants[parts] > 0:
                continue
            del variants[parts]
            bucket = skeleton(parts.surname)
            if not any(skeleton(kept.surname) == bucket for kept in variants):
                self._unfile_skeleton(bucket, person_id)
        if not variants:
            self._variants.pop(person_id, None)
            self._reference.pop(person_id, None)
        else:  # as `add` chose it: the first variant with a given name, else the first
            self._reference[person_id] = next((parts for parts in variants if parts.given), next(iter(variants)))

    def _unfile_skeleton(self, bucket: str, person_id: int) -> None:
        ids = self._by_skeleton.get(bucket)
        if ids is not None:
            ids.pop(person_id, None)
            if not ids:
                del self._by_skeleton[bucket]

    def match(self, name: str, aliases: list[str] | tuple[str, ...] = ()) -> int | None:
        """The id of the known person this name (or one of its aliases) refers to; None when new or ambiguous."""
        variants = (name, *aliases)
        for variant in variants:
            if not split_name(variant).given:
                continue  # a bare surname is resolved below, only when one known person fits
            found = self._by_key.get(person_key(variant))
            if found is not None:
                return found
        best: dict[int, int] = {}
        for variant in variants:
            parts = split_name(variant)
            if not parts.surname:
                continue
            for person_id in self._by_skeleton.get(skeleton(parts.surname), ()):
                if _contradicts(parts, self._reference[person_id]):
                    continue
                score = max((_closeness(parts, known) for known in self._variants[person_id]
                             if same_person(parts, known)), default=0)
                if score:
                    best[person_id] = max(best.get(person_id, 0), score)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda item: -item[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # two known people fit equally well ("George Bush"): do not guess
        return ranked[0][0]


def _contradicts(parts: NameParts, reference: NameParts) -> bool:
    """A name with the reference's surname but another first name or other middle initials."""
    if not parts.given or not reference.given or not surname_closeness(parts.surname, reference.surname):
        return False
    return not same_person(parts, reference)
