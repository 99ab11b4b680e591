"""Reading an article body into its units: paragraphs, sentences, words with offsets, abbreviations.

Every body step reads the same units from here (through `loaders.extract.analysis.ArticleAnalysis`, which computes
each once per article), so the steps agree on where a sentence ends and what a word is.

- `ABBREVIATIONS`: words whose full stop is the abbreviation's, not a sentence's ("Mr.", "Sept.", "U.S.", "Inc.").
- `sentences(body, protected)`: sentence spans; a full stop after an abbreviation or an initial ("Gen.", "W.")
  ends none, nor does one inside a `protected` span (quoted speech: “Stop. Now.” is one unit of the reporter's
  sentence). Line breaks always end a sentence.
- `paragraphs(body)`: the spans of the body's non-empty lines (a quote never runs over a line break).
- `tokenise(body)`: the words, each a `Token` with its offsets and the features the name rules read (capital,
  possessive, initial, acronym); words repeat, so the features of a word are computed once per process.

Every function is linear in the body's length: one regex pass, look-ups in sets and dicts, and no look-back
longer than a fixed number of characters.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.data.given_names import DOTTED_GIVEN_NAMES, SURNAME_DOTTED_GIVEN_NAMES, is_given_name
from loaders.extract.data.lexicon import (COUNTRY_NAMES, DOTTED_TITLES, FUNCTION_WORDS, HONORIFICS, NAME_PREFIXES,
                                          NAME_SUFFIXES, NATIONALITY_COUNTRY, SURNAME_HONORIFICS)

# -- abbreviations --------------------------------------------------------------------------------------------
# Lowercase, without the final full stop. Titles and honorifics ("Gen.", "Mr."), name suffixes ("Jr."), months
# ("Sept."), company forms ("Inc."), dotted place and time abbreviations ("U.S.", "a.m.").
ABBREVIATIONS = frozenset(w.rstrip(".") for w in HONORIFICS | NAME_SUFFIXES | DOTTED_TITLES) | frozenset("""
    dr st ft mt no vs vol etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n u.k e.u d.c a.m p.m sens reps govs gens drs""".split())
# Of those, the ones a tokeniser keeps the full stop of: a sentence may end in "Inc." or "U.S." as often as
# not, so only words that are never a sentence's last word keep theirs ("King." ends one).
WORD_ABBREVIATIONS = frozenset(w.rstrip(".") for w in HONORIFICS | NAME_SUFFIXES | DOTTED_TITLES) | frozenset(
    {"dr", "st", "ft", "mt", "sept", "jan", "feb", "aug", "oct", "nov", "dec", "no", "vs"})

# Of those, the ones whose full stop never ends a sentence, as written (case matters: "No." but not "no."),
# read on the characters before the stop; a single capital letter is an initial.
SENTENCE_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Cmdr", "Prof",
    "Rev", "St", "Jr", "Sr", "Sens", "Reps", "Govs", "Gens", "Drs", "Messrs", "Inc", "Corp", "Co", "Ltd", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Vol", "vs", "etc", "Ft", "Mt", "U.S", "U.N", "U.K", "D.C", "a.m", "p.m",
)
# Every title or honorific the lexicon writes with a full stop and the list above lacks ("Hon.", "Engr.", "Brig.",
# "Supt."): its stop ends no sentence before the name it belongs to ("said Hon. Ana Roe"), but does before a
# function word, as some are surnames too ("witness Amy Barr. Her neighbour said").
TITLE_ABBREVIATIONS = tuple(sorted(
    ({word.rstrip(".").capitalize() for word in HONORIFICS if word.endswith(".") and len(word) > 2}
     | {word.capitalize() for word in DOTTED_TITLES}) - set(SENTENCE_ABBREVIATIONS)))
_SENTENCE_ABBREVIATION = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, SENTENCE_ABBREVIATIONS)) + r")|\b[A-Z])\.$")
# A shortened given name ("Md.", "Mohd.", `given_names.DOTTED_GIVEN_NAMES`) ends no sentence when a given name follows
# ("Md. Karim Uddin said"); "Bethesda, Md. Police said" still ends one, as the next word is no given name.
_DOTTED_GIVEN_NAME = re.compile(r"\b(?:" + "|".join(sorted(name.capitalize() for name in DOTTED_GIVEN_NAMES)) + r")\.$")
_TITLE_ABBREVIATION = re.compile(r"\b(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\.$")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
# A capitalised word, or a dotted honorific (`lexicon.HONORIFICS`: "Mr.", "Mrs."), right before a word
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\.?) $")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")
# Punctuation (with closing marks) before a capital or a digit, or a run of line breaks. The same matches as
# `[.!?]+CLOSERS*(?=…)|\n+`, written to open with one character class so that the regex engine passes over the
# text between stops in its C search loop instead of trying both alternatives at every character (the search
# costs a quarter as much).
_SENTENCE_END = re.compile(
    # (an ʻokina or a modifier apostrophe opens a name at a sentence's start too: "… was up. ʻIlima Kahale agreed")
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019\u00bb\u203a)\]]*"
    r"(?=\s+[\"'\u201c\u2018\u00ab\u201e\u2039\u02bb\u02bc(\[]{0,2}[A-Z0-9])"
    r"|(?<=\n)\n*)")
_LINE = re.compile(r"[^\n]+")


def sentence_breaks(body: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a line break) of each place a sentence may end: punctuation before a capital that no
    abbreviation or initial owns, and line breaks. `sentences` keeps those outside its protected spans; the
    analysis computes them once for its two sentence splits."""
    breaks = []
    for match in _SENTENCE_END.finditer(body):
        start = match.start()
        if body[start] == "\n":
            breaks.append((start, match.end(), True))
        elif not _SENTENCE_ABBREVIATION.search(body, max(0, start - 6), start + 1) and not _name_follows(
                body, start, match.end()):
            breaks.append((start, match.end(), False))
    return breaks


def _name_follows(body: str, stop: int, end: int) -> bool:
    """Whether the full stop at `stop` closes a shortened given name before a given name ("Md. Karim") or a dotted
    title before a word that is no function word ("Hon. Ana Roe"), so that it ends no sentence."""
    following = _NEXT_WORD.match(body, end)
    if following is None:
        return False
    word = following.group(1).lower()
    dotted = _DOTTED_GIVEN_NAME.search(body, max(0, stop - 6), stop + 1)
    if dotted:
        # a shortened given name that is a family name too closes the name of a capitalised word before it, a title
        # or an honorific included, dotted or not ("founder Jack Ma. Lena Ortiz said", "President Ma. Susan Lee
        # said", "Mr. Ma. Susan Lee said"); after a lowercase word it opens one ("said Ma. Lena Ortiz")
        if dotted.group().rstrip(".").lower() in SURNAME_DOTTED_GIVEN_NAMES:
            before = _WORD_BEFORE.search(body, max(0, dotted.start() - 40), dotted.start())
            if before and (not before.group(2) or before.group(1).lower() + "." in HONORIFICS):
                return False
        return is_given_name(word)
    title = _TITLE_ABBREVIATION.search(body, max(0, stop - 6), stop + 1)
    if title is None or word in FUNCTION_WORDS:
        return False
    # an honorific that is a surname too ("Barr", `lexicon.SURNAME_HONORIFICS`) closes a name after a capitalised
    # word ("coach Tom Barr. Barr said"), and opens one elsewhere ("said Barr. Emeka Nwosu")
    return not (title.group().rstrip(".").lower() in SURNAME_HONORIFICS and _CAPITALISED_BEFORE.search(
        body, max(0, title.start() - 40), title.start()))


def sentences(body: str, protected: list[tuple[int, int]] | tuple = (),
              breaks: list[tuple[int, int, bool]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, end after its closing punctuation and marks; boundaries inside the
    `protected` spans (sorted (start, end) pairs, such as quoted speech) are ignored. `breaks`: the body's
    `sentence_breaks`, when already known."""
    bounds: list[tuple[int, int]] = []
    protected_starts = [start for start, _ in protected]
    start = 0
    length = len(body)
    for match_start, end, line_break in sentence_breaks(body) if breaks is None else breaks:
        if not line_break and protected_starts:
            index = bisect_right(protected_starts, match_start) - 1
            if index >= 0 and protected[index][0] <= match_start and end < protected[index][1]:
                continue
        if end > start:
            bounds.append((start, end))
        start = end
        while start < length and body[start].isspace():
            start += 1
    if start < length:
        bounds.append((start, length))
    return bounds


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    return [match.span() for match in _LINE.finditer(body)]


class Spans:
    """Sorted, non-overlapping (start, end) spans, with the index of the one holding a position."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def index(self, position: int) -> int:
        """The index of the last span starting at or before `position` (0 when none does)."""
        return max(0, bisect_right(self.starts, position) - 1)

    def holding(self, position: int) -> int | None:
        """The index of the span that holds `position`, or None."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and self.spans[index][0] <= position < self.spans[index][1]:
            return index
        return None

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.spans[index]

    def __iter__(self):
        return iter(self.spans)


class ForwardSearch:
    """`pattern.search(body, start, end)` for many starts in one stretch of text, in amortised linear time.

    Steps ask "where is the next clause break after this point, before the sentence's end?" once per cue; in a
    sentence with no break each ask would scan to its end, and a long sentence would cost the square of its
    length. A match found from `start` is also the first one from any later start up to where it begins, so it
    is kept per `end` and reused. Valid for patterns whose match at a position does not depend on where the
    search began: no `^`, `\\A` or `\\G` (look-behinds and `\\b` are fine: they see the text before `start`)."""

    __slots__ = ("pattern", "body", "_last")

    def __init__(self, pattern: re.Pattern[str], body: str) -> None:
        self.pattern = pattern
        self.body = body
        self._last: dict[int, tuple[int, re.Match[str] | None]] = {}

    def search(self, start: int, end: int) -> re.Match[str] | None:
        last = self._last.get(end)
        if last is not None:
            searched_from, match = last
            if searched_from <= start and (match is None or match.start() >= start):
                return match
        match = self.pattern.search(self.body, start, end)
        self._last[end] = (start, match)
        return match


# -- regexes --------------------------------------------------------------------------------------------------
def alternation_by_first_letter(words: list[str], capitalise: bool = False) -> str:
    """`speech_verbs.alternation(words, capitalise)` with the words grouped under their first letter, in the
    order given within each group: "a(?:dded|dds)|s(?:aid|ays)". It matches the same (words with different first
    letters never match at one place, so only the order within a group matters, and it is kept; for a pattern
    without IGNORECASE), but the regex engine tries one group per place instead of each of hundreds of words:
    a search for a cue costs a fifth as much. Like the plain alternation, it belongs inside a group ("(?:" … ")"):
    text written right before or after it would join its first or last branch only."""
    groups: dict[str, list[str]] = {}
    for word in words:
        word = word[:1].upper() + word[1:] if capitalise else word
        groups.setdefault(word[:1], []).append(word[1:])
    if not groups:
        raise ValueError("an empty word list would match everywhere")
    return "|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")" for first, rests in groups.items())


# -- words ----------------------------------------------------------------------------------------------------
# A word: letters ([^\W\d_]) joined by hyphens, apostrophes or dots, with a number before a hyphen ("12-year").
# Written as `(?:\d+-(?=L))?L+(?:[-’'.]L+)*\.?` it would read the same, but this form opens with one character
# class (a letter or a digit, [^\W_]), which lets the regex engine skip the text between words in its C search
# loop instead of trying a match at each character: tokenising a body costs 15% less. The repeats are possessive
# (`*+`, `++`): what follows each can match nothing or cannot start with what it repeats, so giving characters
# back never finds another match, and the engine keeps no backtracking points (the split costs 7% less).
_LETTER = r"[^\W\d_]"
WORD = re.compile(r"[^\W_](?:(?<=\d)\d*+-" + _LETTER + r"++|(?<!\d)" + _LETTER + r"*+)(?:[-’'.]" + _LETTER
                  + r"++)*+\.?")
_WORD_SPLIT = re.compile("(" + WORD.pattern + ")")  # the words between the text around them (WORD has no group)
_MULTI_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,}$")
_JOINER = re.compile(r"[-’']")
_PARTY_CODE = re.compile(r"^[A-Z]-[A-Z]")  # "R-Pa.", "D-Calif."
LOWER_PREFIXES = NAME_PREFIXES | {"then", "ex", "former"}

# Characters a reader does not see inside a word: the soft hyphen, zero-width spaces and joiners, the word joiner,
# the byte-order mark ("Ma\xadrek", "Ol\u200bsen"). One list for every step that reads a name across them (people,
# bylines).
UNSEEN_IN_WORDS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Dotted letters that abbreviate a place or body, not a person's initials ("H.K. Rao").
DOTTED_ACRONYMS = frozenset({"us", "uk", "un", "eu", "usa", "ussr", "uae", "dc", "la", "ny", "nj", "pa", "nyc", "bc",
                             "ad", "am", "pm", "ie", "eg", "vs", "op", "gop", "fbi", "cia", "tv", "ok", "sc", "nc",
                             "nh", "nd", "sd", "nm", "ri", "wva", "va", "ga", "fla", "md", "mass"})


@lru_cache(maxsize=65536)
def country_of_word(word: str) -> str | None:
    """The country a word or phrase names or is the adjective of ("Israeli", "then-Russian", "France")."""
    word = word.lower()
    for prefix in ("then-", "ex-", "former-"):
        if word.startswith(prefix):
            word = word[len(prefix):]
    return NATIONALITY_COUNTRY.get(word) or COUNTRY_NAMES.get(word)


@dataclass(slots=True)
class Token:
    """A word of the body: `body[start:end] == text`."""

    text: str  # as written (possessive included; a sentence's full stop left out)
    start: int
    end: int
    low: str  # lowercase, without a trailing period or possessive
    capital: bool  # starts with a capital (after a lowercase particle prefix such as "al-")
    possessive: bool
    initial: bool  # "W."
    acronym: bool  # "IDF", "U.S."
    sentence_start: bool = False  # set by `ArticleAnalysis`: the first word of a sentence (or after an opener)
    headline: bool = False  # set by `ArticleAnalysis`: in a line written in title case


# word as matched -> (text, cut, low, capital, possessive, initial, acronym); bounded, cleared when full
_FEATURES: dict[str, tuple[str, int, str, bool, bool, bool, bool]] = {}
_FEATURES_LIMIT = 200_000


def _features(word: str) -> tuple[str, int, str, bool, bool, bool, bool]:
    text, cut = word, 0
    if text.endswith(".") and not (len(text) == 2 and text[0].isupper()) and not _MULTI_INITIALS.match(text):
        if text[:-1].lower() not in WORD_ABBREVIATIONS:
            text, cut = text[:-1], 1  # a sentence-ending full stop, not an abbreviation
    possessive = text.endswith(("’s", "'s"))
    bare = text[:-2] if possessive else text
    low = bare.lower().rstrip(".")
    head = bare
    prefix = _JOINER.split(bare, maxsplit=1)[0]
    if prefix != bare and prefix.lower() in LOWER_PREFIXES:
        head = bare[len(prefix) + 1:]  # "al-Malki", "then-Israeli": the capital comes after the prefix
    capital = head[:1].isupper()
    letters = bare.replace(".", "")
    initial = len(bare) == 2 and bare[1] == "." and bare[0].isupper() or bool(
        _MULTI_INITIALS.match(bare) and letters.lower() not in DOTTED_ACRONYMS and not country_of_word(low))
    acronym = capital and not initial and low not in NAME_SUFFIXES and (
        len(letters) >= 2 and letters.isupper() or bool(_PARTY_CODE.match(bare)))
    return text, cut, low, capital, possessive, initial, acronym


# What the text between two words says about the second opening a sentence, read from its last character back
# (`analysis._starts_sentence` on the same characters): True at a sentence's end or an opener, False at any other
# non-space character, None when it is all space (then the word before decides). Gaps repeat (" ", ", ", ". "),
# so each is read once per process; bounded, cleared when full.
_SENTENCE_END_CHARS = frozenset(".!?:;\n")
_OPENERS = frozenset("“\"‘'«([—–")
_GAP_OPENS: dict[str, bool | None] = {}
_UNREAD = object()


# Closing marks a sentence's end may carry before the space ("… encouraging.” Its manager"): read past them back to
# the stop (`analysis._starts_sentence` reads them the same way).
SENTENCE_CLOSERS = frozenset("”’»›)]")


def _gap_opens(gap: str) -> bool | None:
    closed = False
    for char in reversed(gap):
        if char in _SENTENCE_END_CHARS or char in _OPENERS and not closed:
            return True
        if char in SENTENCE_CLOSERS:
            closed = True  # (only a stop before the closing marks ends the sentence: "the “ghost” Its" opens none)
            continue
        if closed or not char.isspace():
            return False
    return None


def tokenise(body: str, sentence_starts: bool = False) -> list[Token]:
    """The words of `body` in order (headline lines are marked by the analysis). With `sentence_starts`, each
    capitalised word that opens a sentence (or follows an opener) is marked as `analysis._starts_sentence` reads
    it, in the same pass: the analysis asks for it."""
    features = _FEATURES
    if len(features) > _FEATURES_LIMIT:
        features.clear()
    gaps = _GAP_OPENS
    if len(gaps) > _FEATURES_LIMIT:
        gaps.clear()
    tokens: list[Token] = []
    append = tokens.append
    get = features.get
    get_gap = gaps.get
    # `split` hands over the words and the text between them as strings, in C: offsets are running sums of
    # their lengths, with no match object per word.
    parts = _WORD_SPLIT.split(body)
    end = 0
    # The previous word's cut full stop ends a sentence; its kept one ("R.", "Mr.", "U.S.") is an abbreviation's
    # and opens none; the first word of the body opens one when only space comes before it.
    previous_cut = 1
    previous_dotted = False
    # (a token is made by `object.__new__` and its ten slots set here: a third cheaper than calling the
    # dataclass's `__init__`; `test_text` checks that every field is set as `Token(...)` would set it)
    new = object.__new__
    for gap, word in zip(parts[::2], parts[1::2]):
        found = get(word)
        if found is None:
            found = features[word] = _features(word)
        text, cut, low, capital, possessive, initial, acronym = found
        start = end + len(gap)
        end = start + len(word)
        opens = False
        if capital and sentence_starts and not previous_dotted:
            opens = get_gap(gap, _UNREAD)
            if opens is _UNREAD:
                opens = gaps[gap] = _gap_opens(gap)
            if opens is None:
                opens = previous_cut == 1
        token = new(Token)
        token.text = text
        token.start = start
        token.end = end - cut
        token.low = low
        token.capital = capital
        token.possessive = possessive
        token.initial = initial
        token.acronym = acronym
        token.sentence_start = opens
        token.headline = False
        append(token)
        previous_cut = cut
        previous_dotted = text[-1] == "."
    return tokens
