"""One reading of an article body, shared by the people, quotes and events steps.

`ArticleAnalysis` is a plain record built from an `ArticleRecord` (and the registry) by `analyse(article, registry)`.
Each of its parts is computed the first time a step asks for it and then kept, so a body is tokenised, split into
sentences and scanned for quotation marks once, whichever steps run, and every step sees the same units:

- `paragraphs`, `sentences` (quoted speech protected: “Stop. Now.” stays inside its sentence), `plain_sentences`
  (split inside quotes too), `tokens` (`text.Token`, offsets into the body, with sentence starts and title-case
  headline lines marked), `quoted` (`quotemarks.QuotedSpan`s) and `quoted_ranges` (their marks' spans);
- the article's vocabulary: `lower_words` (words it writes in lowercase) and `common_words` (written in
  lowercase at least twice, four letters or more);
- `places`: the countries, demonyms, capitals and organisations the body names (`gazetteer`);
- after the people step, `set_people(people)`: who is who. `who` (each person by name as a `Who`: mentions,
  roles, gender, first mention), `mentions` (every mention of a person, sorted, with bare surnames of a unique
  person found again), `gender(name)` (from roles, first names, then the pronouns that follow the person's
  mentions), `mentions_in(start, end)`, `sentence_of(position)`, `is_quoted(position)`;
- `forward(pattern)`: a `text.ForwardSearch` kept for the article, for "the next match after here" asked
  many times in one long stretch.

The record holds only plain values (lists, tuples, records), so it pickles to a worker like the others. Nothing
here reads the database or the disk; every part is linear in the body's length (n log n for look-ups).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from loaders.extract import text as _text
from loaders.extract.data.lexicon import FUNCTION_WORDS, HEADLINE_VERBS
from loaders.extract.quotemarks import QuotedSpan, find_quoted_spans
from loaders.records import ArticleRecord, PersonRecord
from loaders.registry import Registry

# (a word before "n't" is a contraction's stem, no word the article writes: "don't" says nothing of "Don Roe")
_LOWER_WORDS = re.compile(r"\b[a-z]+\b(?!['’]t\b)")
_LINE = re.compile(r"[^\n]+")
_HEADLINE_MAX_CHARS = 200
_SENTENCE_END_CHARS = frozenset(".!?:;\n")
_OPENERS = frozenset("“\"‘'«([—–")
_NEXT_PRONOUN = re.compile(r"\b(he|his|him|she|her|He|His|She|Her)\b")
_PRONOUN_BREAK = re.compile(r"[.!?\n\"“”]")
_MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_MARKERS = frozenset({"mrs", "ms", "miss", "madam", "queen", "princess", "spokeswoman", "chairwoman",
                            "congresswoman", "businesswoman", "wife", "mother", "daughter", "sister", "lady", "dame",
                            "actress", "grandmother", "widow"})
MALE_MARKERS = frozenset({"mr", "sir", "king", "prince", "spokesman", "chairman", "congressman", "businessman",
                          "husband", "father", "son", "brother", "lord", "actor", "grandfather", "rabbi", "pope",
                          "bishop", "widower"})
# Job nouns among the gendered words here and in `speaker_heads.GENDERED_HEADS`: papers write "chairman" and
# "spokesman" of women too, so one says nothing of a named person's gender against her own "she" or a headline's
# given name ("Anne Roe named board chairman" over "Roe, the chairman of the board, said she").
JOB_GENDER_NOUNS = frozenset("""
spokesman spokeswoman chairman chairwoman congressman congresswoman businessman businesswoman councilman
councilwoman policeman policewoman fisherman fisherwoman fishermen sportsman sportswoman headmaster headmistress
actor actress
""".split())


@dataclass
class Mention:
    """A person's mention in the body (a `MentionRecord` of the people step, or a bare surname found again)."""

    start: int
    end: int
    person: PersonRecord
    role: str | None = None


@dataclass
class Who:
    """Who one person of the article is, as the article tells it."""

    person: PersonRecord
    mentions: list[Mention]  # in order, the bare surnames found again included
    roles: list[str]  # titles and appositions as written, in order of mention, without repeats
    gender: str | None  # 'male', 'female' or None
    first: int  # where the article first names the person

    @property
    def name(self) -> str:
        return self.person.name


@dataclass
class ArticleAnalysis:
    article: ArticleRecord
    registry: Registry = field(default_factory=Registry)
    people: list[PersonRecord] | None = None  # set by `set_people` once the people step has run

    @property
    def body(self) -> str:
        return self.article.body

    # -- units ----------------------------------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return _text.paragraphs(self.body)

    @cached_property
    def quoted(self) -> list[QuotedSpan]:
        return find_quoted_spans(self.body)

    @cached_property
    def quoted_ranges(self) -> list[tuple[int, int]]:
        """(opening mark, end of closing mark) of each quoted segment, in order."""
        return [(span.open_mark, span.outer_end) for span in self.quoted]

    @cached_property
    def _sentence_breaks(self) -> list[tuple[int, int, bool]]:
        return _text.sentence_breaks(self.body)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The reporter's sentences: a full stop inside quoted speech ends none."""
        return _text.sentences(self.body, self.quoted_ranges, self._sentence_breaks)

    @cached_property
    def plain_sentences(self) -> list[tuple[int, int]]:
        """Sentences split inside quoted speech too ("“Stop. Now.”" is two): where a quote's own sentences
        matter more than the reporter's (events date and place the words around their trigger)."""
        return _text.sentences(self.body, (), self._sentence_breaks)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_of(self, position: int) -> int:
        """The index in `sentences` of the sentence holding `position`."""
        return max(0, bisect_right(self._sentence_starts, position) - 1)

    @cached_property
    def _quoted_starts(self) -> list[int]:
        return [start for start, _ in self.quoted_ranges]

    def is_quoted(self, position: int) -> bool:
        index = bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and self.quoted_ranges[index][0] <= position < self.quoted_ranges[index][1]

    def forward(self, pattern: re.Pattern[str]) -> _text.ForwardSearch:
        """A `ForwardSearch` of `pattern` over the body, kept for the article (see `text.ForwardSearch`)."""
        searches = self.__dict__.setdefault("_forward", {})
        found = searches.get(pattern)
        if found is None:
            found = searches[pattern] = _text.ForwardSearch(pattern, self.body)
        return found

    # -- vocabulary -----------------------------------------------------------------------------------------
    @cached_property
    def lower_counts(self) -> Counter:
        return Counter(_LOWER_WORDS.findall(self.body))

    @cached_property
    def lower_words(self) -> set[str]:
        """Words the article writes in lowercase: common words wherever they are capitalised ("Key")."""
        return set(self.lower_counts)

    @cached_property
    def common_words(self) -> set[str]:
        """Words written in lowercase again and again: the article's vocabulary ("springs", "mattresses")."""
        return {word for word, count in self.lower_counts.items() if count >= 2 and len(word) >= 4}

    # -- words ----------------------------------------------------------------------------------------------
    @cached_property
    def tokens(self) -> list[_text.Token]:
        tokens = _text.tokenise(self.body, sentence_starts=True)
        _closing_apostrophes(self.body, tokens)
        _mark_headlines(self.body, tokens, self.lower_words)
        return tokens

    @cached_property
    def places(self):
        """Countries, demonyms, capitals, regions and organisations named in the body (`GazetteerHit`s)."""
        from loaders.extract.gazetteer import find_places_and_organisations

        return find_places_and_organisations(self.body)

    # -- who is who -----------------------------------------------------------------------------------------
    def set_people(self, people: list[PersonRecord]) -> None:
        self.people = people
        for name in ("mentions", "_mention_starts", "genders", "who"):
            self.__dict__.pop(name, None)

    @cached_property
    def mentions(self) -> list[Mention]:
        """Every mention of the article's people, by position; a bare surname the people step left alone is a
        mention of the one person with that surname."""
        return _collect_mentions(self.body, self.people or [])

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [mention.start for mention in self.mentions]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions lying inside [start, end)."""
        mentions = self.mentions
        index = bisect_left(self._mention_starts, start)
        found = []
        while index < len(mentions) and mentions[index].start < end:
            if mentions[index].end <= end:
                found.append(mentions[index])
            index += 1
        return found

    def mentions_before(self, position: int) -> int:
        """How many mentions start before `position`."""
        return bisect_left(self._mention_starts, position)

    @cached_property
    def genders(self) -> dict[str, str | None]:
        """Each person's gender where the article tells it ('male', 'female'), else None."""
        return {person.name: _gender(self.body, person) for person in self.people or []}

    def gender(self, name: str) -> str | None:
        return self.genders.get(name)

    @cached_property
    def who(self) -> dict[str, Who]:
        """Each person of the article by name: mentions, roles, gender and first mention."""
        found: dict[str, Who] = {}
        for person in self.people or []:
            roles = [role for mention in person.mentions for role in (mention.role, mention.apposition) if role]
            found[person.name] = Who(person, [], list(dict.fromkeys(roles)), self.gender(person.name),
                                     min((m.start for m in person.mentions), default=-1))
        for mention in self.mentions:
            entry = found.get(mention.person.name)
            if entry is not None:
                entry.mentions.append(mention)
                entry.first = mention.start if entry.first < 0 else min(entry.first, mention.start)
        return found


def analyse(article: ArticleRecord, registry: Registry | None = None) -> ArticleAnalysis:
    """The analysis of an article whose body is final; parts are computed when first read."""
    return ArticleAnalysis(article, registry if registry is not None else Registry())


# -- sentence starts and headline lines ---------------------------------------------------------------------------
def _starts_sentence(body: str, start: int, previous_end: int) -> bool:
    """Whether the word at `start` opens a sentence, read back to the previous word's end. `text.tokenise` marks
    the tokens' `sentence_start` with the same reading of the text between words (kept equal to this one)."""
    position = start - 1
    if _CLOSING_APOSTROPHE_GAP.match(body, previous_end, start) and previous_end and body[previous_end - 1].isalpha():
        position = previous_end - 1  # "the Growers' Association": a closing apostrophe glued to the word before
    closed = False
    while position >= previous_end:
        char = body[position]
        if char in _SENTENCE_END_CHARS or char in _OPENERS and not closed:
            return True
        if char in _text.SENTENCE_CLOSERS:
            closed = True  # "… encouraging.” Its manager": closing marks after the stop (`text._gap_opens`)
            position -= 1
            continue
        if closed or not char.isspace():
            return False
        position -= 1
    if closed:
        return False  # closing marks after a kept stop ("No.’ Then"): an abbreviation's, as `text.tokenise` reads it
    return previous_end == 0 or body[previous_end - 1] in _SENTENCE_END_CHARS


# An apostrophe glued to a word's last letter, then only space: a plural's possessive ("the Growers' Association")
# or a closing single quote ("the song 'Tears' Bell wrote"), no opening quote.
_CLOSING_APOSTROPHE_GAP = re.compile(r"['’][ \t\u00a0]+$")
_CLOSING_APOSTROPHE = re.compile(r"['’](?=[ \t\u00a0]+[^\W\d_])")


def _closing_apostrophes(body: str, tokens: list[_text.Token]) -> None:
    """Unmark the sentence start `text.tokenise` reads after a closing apostrophe glued to the word before it (it
    takes any apostrophe for an opening quote): the word after it opens a sentence only as the word before it
    would, after a cut full stop ("'Stop these attacks.' Then" opens one; "the Growers' Association" does not)."""
    if "'" not in body and "’" not in body:
        return
    starts = None
    for match in _CLOSING_APOSTROPHE.finditer(body):
        position = match.start()
        if not position or not body[position - 1].isalpha():
            continue  # an opening quote ("said 'Kemelo"), or one after a sentence's end ("attacks.' Then")
        if starts is None:
            starts = [token.start for token in tokens]
        index = bisect_right(starts, position)  # the word after the apostrophe
        if 0 < index < len(tokens) and tokens[index].sentence_start and tokens[index - 1].end == position:
            tokens[index].sentence_start = False


def _mark_headlines(body: str, tokens: list[_text.Token], lower_words: set[str]) -> None:
    """Flag tokens on title-case lines ("Rand Paul Scores Direct Hit"), where capitals do not mark names."""
    index = 0
    count = len(tokens)
    for line in _LINE.finditer(body):
        line_end = line.end()
        first = index
        while index < count and tokens[index].start < line_end:
            index += 1
        if line_end - line.start() > _HEADLINE_MAX_CHARS:
            continue
        long_words = [t for t in tokens[first:index] if len(t.low) > 3]
        if len(long_words) < 3 or sum(t.capital for t in long_words) < 0.9 * len(long_words):
            continue
        # A sentence full of names is not a headline: a headline also capitalises ordinary words ("Says",
        # "About", "Wins") that the article writes in lowercase elsewhere.
        ordinary = sum(1 for t in long_words[1:] if t.capital and (
            t.low in lower_words or t.low in FUNCTION_WORDS or t.low in HEADLINE_VERBS))
        if ordinary:
            for token in tokens[first:index]:
                token.headline = True


# -- mentions and gender ------------------------------------------------------------------------------------------
def fuller_people(people: list[PersonRecord]) -> dict[int, PersonRecord]:
    """People the people step kept apart whose whole name (two words or more) is a run of words of one other
    person's longer name: a surname of several words written alone ("Dal Corso" for Matteo Dal Corso, "Ter Horst"
    for Willemijn ter Horst, "Santos Teixeira" for Maria João dos Santos Teixeira) or the given names a Malay or
    Arabic name is shortened to ("Ahmad Zaki" for Ahmad Zaki Hamzah), by id, each with the one person it names.
    Compared without case (a particle is capitalised when it opens the surname alone); a run that two longer names
    hold is nobody's."""
    keyed = [(person, tuple(word.lower() for word in person.name.split())) for person in people]
    found: dict[int, PersonRecord] = {}
    for person, words in keyed:
        if len(words) < 2:
            continue  # (one word: a bare surname the people step kept apart on purpose, "Obama" beside Michelle)
        size = len(words)
        longer = [other for other, other_words in keyed if len(other_words) > size
                  and any(other_words[i:i + size] == words for i in range(len(other_words) - size + 1))]
        if len(longer) == 1:
            found[id(person)] = longer[0]
    return found


def _collect_mentions(body: str, people: list[PersonRecord]) -> list[Mention]:
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    fuller = fuller_people(people)
    for person in people:
        owner = fuller.get(id(person), person)
        for mention in person.mentions:
            taken.append((mention.start, mention.end))
            if getattr(mention, "kind", "name") == "description":
                # "the minister" standing for its holder is no name written there: the speaker and event steps
                # read it through the holder's roles (a 'role' reference), not as a name at the quote
                continue
            mentions.append(Mention(mention.start, mention.end, owner, mention.role))
    # The people step may miss bare surnames; find them here when they point to one person only.
    by_surname: dict[str, list[PersonRecord]] = {}
    for person in people:
        if id(person) in fuller:
            continue  # (a surname written alone, whose mentions are its owner's)
        parts = person.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(person)
    unique = {surname: group[0] for surname, group in by_surname.items() if len(group) == 1 and len(surname) > 2}
    if unique:
        taken.sort()
        starts = [start for start, _ in taken]
        for start, end, surname in _surname_matches(body, sorted(unique, key=len, reverse=True)):
            index = bisect_right(starts, start) - 1
            if index >= 0 and taken[index][0] <= start < taken[index][1]:
                continue
            mentions.append(Mention(start, end, unique[surname]))
    mentions.sort(key=lambda mention: mention.start)
    return mentions


_WORD_RUN = re.compile(r"\w+")
_LEADING_RUN = re.compile(r"\w*")
_BOUNDARY = re.compile(r"\b")


def _surname_matches(body: str, surnames: list[str]) -> list[tuple[int, int, str]]:
    """The matches of `\\b(surname1|surname2|…)\\b` (surnames longest first) in the body, in one pass over its
    words: a surname opening with a word character can only start where a run of them starts, and is looked up
    by that run. (An alternation of every surname would try each at every place: the square of a long text
    naming thousands of people.) Left to right, the first surname that fits at a place, never overlapping the
    match before, as `finditer` over the alternation does."""
    by_run: dict[str, list[str]] = {}
    others = []
    for surname in surnames:  # (in the alternation's order, kept within each run)
        lead = _LEADING_RUN.match(surname).group()
        if lead:
            by_run.setdefault(lead, []).append(surname)
        else:
            others.append(surname)
    found: list[tuple[int, int, str]] = []
    reached = 0
    for start, run in _runs_among(body, by_run):
        if start < reached:
            continue
        for surname in by_run.get(run, ()):
            end = start + len(surname)
            if body.startswith(surname, start) and _BOUNDARY.match(body, end):
                found.append((start, end, surname))
                reached = end
                break
    if others:  # surnames opening with another character: rare, and matched the plain way, then merged
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, others)) + r")\b")
        extra = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(body)]
        merged, reached = [], 0
        for start, end, surname in sorted(found + extra, key=lambda m: (m[0], surnames.index(m[2]))):
            if start >= reached:
                merged.append((start, end, surname))
                reached = end
        found = merged
    return found


_FEW_RUNS = 64
_WORD_CHAR = re.compile(r"\w")


def _runs_among(body: str, runs: dict[str, object]) -> list[tuple[int, str]] | Iterator[tuple[int, str]]:
    """(start, run) for each whole run of word characters in the body that is one of `runs`, in order. A few
    runs are found by `str.find` (C speed, no Python per word of the body); many, by walking every run once
    (a search per run would cost their number times the body's length)."""
    if len(runs) > _FEW_RUNS:
        return ((match.start(), match.group()) for match in _WORD_RUN.finditer(body))
    found = []
    length = len(body)
    for run in runs:
        size = len(run)
        position = body.find(run)
        while position >= 0:
            end = position + size
            if (not position or not _WORD_CHAR.match(body, position - 1)) and (
                    end == length or not _WORD_CHAR.match(body, end)):
                found.append((position, run))
            position = body.find(run, position + 1)
    found.sort()
    return found


def own_description_words(phrase: str | None) -> set[str]:
    """The lowercased words of a role or apposition that describe the person it stands beside: those before its
    first preposition. The words after it describe someone else ("a spokesman for Mrs. Clinton": the "Mrs." is
    hers; "an aide to Queen Rania"), while a marker before it is the person's own ("a mother of three", "the wife
    of Tom Park", "chairwoman of the board")."""
    if not phrase:  # (most mentions have no role or apposition)
        return set()
    from loaders.extract.speaker_words import PREPOSITIONS

    own: set[str] = set()
    for word in (phrase or "").lower().split():
        word = word.strip(".,;:")
        if word in PREPOSITIONS:
            break
        own.add(word)
    return own


def _gender(body: str, person: PersonRecord) -> str | None:
    from loaders.extract.speakers import first_name_gender

    for mention in person.mentions:
        words = own_description_words(mention.role) | own_description_words(getattr(mention, "apposition", None))
        if words & FEMALE_MARKERS:
            return "female"
        if words & MALE_MARKERS:
            return "male"
    # A first name the name list is sure of decides; otherwise ("Bernie", "Jordan", a bare surname) the
    # article's own pronouns right after the person's mentions ("Sanders said he …") do.
    first = person.name.split()[0] if person.name.split() else ""
    known = first_name_gender(first)
    if known:
        return known
    male = female = 0
    for mention in person.mentions:
        following = _NEXT_PRONOUN.search(body, mention.end, mention.end + 80)
        if following and not _PRONOUN_BREAK.search(body, mention.end, following.start()):
            if following.group(1).lower() in _MALE_PRONOUNS:
                male += 1
            else:
                female += 1
    if male >= 2 and male >= 2 * female:
        return "male"
    if female >= 2 and female >= 2 * male:
        return "female"
    return None
