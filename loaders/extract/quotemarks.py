"""Quotation-mark scanning: where quoted passages start and end in an article body.

News text mixes curly and straight marks, double and single marks and guillemets, and uses the same
characters as apostrophes ("don't", "Israel's", "the '90s"). This module pairs opening and closing marks
paragraph by paragraph and returns the spans of the quoted words (without the marks). An unclosed mark
runs to the end of its paragraph or to the next opening mark; a passage continued over paragraphs (an
opening mark on each, a closing one only on the last) is linked to the segment it continues. Deciding
whether a span is a real quotation (and whose) is left to `loaders.extract.quotes`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from loaders.extract.data import speech_verbs
from loaders.extract.data import quote_words
from loaders.extract.data.quote_words import CLIPPED_WORDS
from loaders.extract.text import ForwardSearch, alternation_by_first_letter

# Paragraphs are separated by blank lines, but a quote never runs over a line break either.
_PARAGRAPH = re.compile(r"[^\n]+")

_DOUBLE_OPEN = "\u201c\u00ab\u201e"  # “ « „
_DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
_SINGLE_OPEN = "\u2018\u2039"  # ‘ ‹
_SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
# Some wires (the NYT archive) write a double mark as two straight single ones: ''like this.''
# (the two marks first, each look-behind reaching back past them: the regex engine then scans for the marks in C
# instead of trying the look-behinds at every character; the same matches)
_DOUBLED_SINGLE = re.compile(r"''(?:(?<![\w']'')(?=[^\s'])|(?<=[^\s']'')(?![\w'])|(?<=\S''')(?![\w']))")
_DOUBLE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")
_SINGLE_MARKS = re.compile("['\u2018\u2019\u2039\u203a]")
_ANY_MARK = re.compile("[\"'\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019\u2039\u203a]")


# A nickname inside a person's name: one or two capitalised words in marks, no stop or comma of their own, right
# between a capitalised word and another ("Mayor Tomas “Bucky” Herrald", 'Della "Dee" Marsh said'): part of the
# name, nobody's quoted words (`quotes`), and no boundary of a speaker's noun phrase (`quote_subjects`).
# `NICKNAME_MARKS` is the marked part alone, without groups, for a pattern that repeats it (`indirect._TRAILING`:
# there a word must stand right before it, and `nickname_between` confirms the capitalised one).
NICKNAME_MARKS = r"[“\"][A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'-]*)?(?<![.,;:!?])[”\"](?=[ \t][A-Z])"
NICKNAME_IN_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ \t](?P<nickname>" + NICKNAME_MARKS + r")")


def nickname_between(body: str, open_mark: int | None = None, close_mark: int | None = None) -> re.Match | None:
    """The nickname in marks whose opening mark is at `open_mark` (or whose closing mark is at `close_mark`), when
    it stands inside a name as `NICKNAME_IN_NAME` reads one; else None. Read at the marks themselves: the
    capitalised word right before the opening mark, and `NICKNAME_IN_NAME` matched from it."""
    at = open_mark if open_mark is not None else close_mark
    if open_mark is None:
        # (the nickname holds no marks: its opening one is the last before the closing mark)
        reach = max(0, at - _NICKNAME_REACH)
        open_mark = max(body.rfind("“", reach, at), body.rfind('"', reach, at))
        if open_mark < 0:
            return None
    word = _WORD_BEFORE_MARK.search(body, max(0, open_mark - _NICKNAME_REACH), open_mark)
    match = NICKNAME_IN_NAME.match(body, word.start(), at + _NICKNAME_REACH) if word else None
    if match is None or match.start("nickname") != open_mark \
            or (close_mark is not None and match.end("nickname") - 1 != close_mark):
        return None
    return match


_NICKNAME_REACH = 60
# the capitalised word and the space or tab right before a nickname's opening mark (`NICKNAME_IN_NAME`'s first part)
_WORD_BEFORE_MARK = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ \t]$")


@dataclass
class QuotedSpan:
    """One quoted segment: `body[start:end]` is the quoted text without its marks."""

    start: int
    end: int
    open_mark: int  # index of the opening mark
    close_mark: int | None  # index of the closing mark; None when the segment is unclosed
    paragraph_start: int
    paragraph_end: int
    single: bool = False  # delimited by single marks
    continues: int | None = None  # index (in the returned list) of the segment this one continues

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def outer_end(self) -> int:
        """End of the segment including its closing mark (or of the text when unclosed)."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


# A mistyped or missing opening mark after a speech verb's comma ("He says,” there …”", "she added, the plan
# failed.”"): the verbs that take a quote as their object (`speech_verbs.LEAD`), and where a sentence ends.
_LEAD_COMMA = re.compile(r"\b(?:" + alternation_by_first_letter(speech_verbs.longest_first(speech_verbs.LEAD))
                         + r"),[ \t]+(?=\S)")
_LEAD_COMMA_END = re.compile(r"\b(?:" + alternation_by_first_letter(speech_verbs.longest_first(speech_verbs.LEAD))
                             + r"),\Z")
_SENTENCE_END = re.compile(r"[.!?][\"”’']*[ \t]+(?=[A-Z\"“‘'])")
_NEXT_DOUBLE = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")


def _opens_after_lead(body: str, index: int, para_start: int, para_end: int) -> bool:
    """A closing double mark typed for the opening one right after a speech verb's comma ("He says,” there
    are …”"): nothing is open, a word follows, and the next double mark of the paragraph is a closing one."""
    if not _LEAD_COMMA_END.search(body, max(para_start, index - 20), index):
        return False
    following = _NEXT_DOUBLE.search(body, index + 1, para_end)
    return following is not None and body[following.start()] in _DOUBLE_CLOSE \
        and not body[following.start() - 1].isspace()


def _missing_opening(body: str, index: int, para_start: int) -> int | None:
    """Where a quote opens whose opening mark is missing: a closing double mark with nothing open in its
    paragraph, in a sentence where a speech verb and a comma lead into the words ("Listing them, she added,
    the plan failed.”"); the words start after the last such comma."""
    floor = para_start
    for end in _SENTENCE_END.finditer(body, para_start, index):
        floor = end.end()
    lead = None
    for lead in _LEAD_COMMA.finditer(body, floor, index):
        pass
    return lead.end() if lead is not None else None


_PLURAL_POSSESSIVE = re.compile(r"[ \t]+[a-z]")  # "the lads' welfare": a lowercase noun follows
_LATER_SINGLE_CLOSE = re.compile("(?<=[^\\s])['\u2019\u203a](?![\\w])")


def _plural_possessive(body: str, index: int, para_end: int, closes: ForwardSearch | None = None) -> bool:
    """An apostrophe after a plural ('the lads' welfare'): an s before it, a lowercase word after it, and a
    closing mark still to come in the paragraph."""
    if body[index - 1:index] not in ("s", "S") or not _PLURAL_POSSESSIVE.match(body, index + 1, para_end):
        return False
    if closes is None:
        return _LATER_SINGLE_CLOSE.search(body, index + 2, para_end) is not None
    return closes.search(index + 2, para_end) is not None


def _scan_paragraph(body: str, para_start: int, para_end: int, single: bool) -> list[tuple[int, int | None]]:
    """Pairs of (opening mark index, closing mark index or None) for one family of marks."""
    openers = _SINGLE_OPEN if single else _DOUBLE_OPEN
    closers = _SINGLE_CLOSE if single else _DOUBLE_CLOSE
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    family_marks = _SINGLE_MARKS if single else _DOUBLE_MARKS
    closes = ForwardSearch(_LATER_SINGLE_CLOSE, body)  # one scan for all the paragraph's plural apostrophes
    for mark in family_marks.finditer(body, para_start, para_end):
        index = mark.start()
        ch = body[index]
        before = body[index - 1] if index > para_start else " "
        after = body[index + 1] if index + 1 < para_end else " "
        if single and _is_word_char(before) and _is_word_char(after):
            continue  # an apostrophe: "don't", "don‘t", "Israel’s"
        if ch in openers:
            if single and (_is_word_char(before) or not (after.isalpha() or after in "[(")):
                continue  # "the ‘90s", "rock ‘n’ roll"
            if open_at is not None and not single and not before.isspace() and not _is_word_char(after):
                pairs.append((open_at, index))  # an opening mark typed as the closing one: “…here,“ said
                open_at = None
                continue
            if open_at is not None:
                pairs.append((open_at, None))
            open_at = index
        elif ch in closers:
            if open_at is None:
                if not single and before.isspace() and _is_word_char(after):
                    open_at = index  # a closing mark typed as the opening one: ”Isis declares…”
                elif not single and after.isspace() and _opens_after_lead(body, index, para_start, para_end):
                    open_at = index  # the same after a speech verb's comma: 'He says,” there are …”'
                elif not single and not before.isspace() and not pairs:
                    missing = _missing_opening(body, index, para_start)
                    if missing is not None:  # 'she added, the plan failed.”': the opening mark was left out
                        pairs.append((missing - 1, index))
                continue
            if single and (before.isspace() or _is_word_char(after)
                           or _plural_possessive(body, index, para_end, closes)):
                continue
            pairs.append((open_at, index))
            open_at = None
        else:
            # A straight mark opens after a space or bracket and closes before a space or punctuation.
            opens = (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()
            if single:
                opens = opens and (after.isalpha() or after in "[(")
            if open_at is None:
                if opens:
                    open_at = index
            elif opens and not single:
                pairs.append((open_at, None))
                open_at = index
            elif single and _plural_possessive(body, index, para_end, closes):
                continue
            elif not before.isspace() and not _is_word_char(after) or before.isspace() and after.isspace():
                # A mark between spaces inside an open quote closes it: "… 'Well done,' " said X
                pairs.append((open_at, index))
                open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _inside(span: QuotedSpan, outer: QuotedSpan) -> bool:
    return outer.open_mark < span.open_mark < outer.outer_end


def _inside_any(position: int, family: list[QuotedSpan], starts: list[int]) -> bool:
    """Whether an opening mark at `position` falls inside one of `family` (sorted, not overlapping; `starts`:
    their opening marks)."""
    index = bisect_left(starts, position) - 1
    return index >= 0 and position < family[index].outer_end


def _runs_past(span: QuotedSpan, family: list[QuotedSpan], starts: list[int]) -> bool:
    """Whether a segment of `family` opens inside `span` and ends after it."""
    index = bisect_left(starts, span.outer_end) - 1
    # (of those opening inside, the last one ends latest: the family's segments do not overlap)
    return index >= 0 and starts[index] > span.open_mark and family[index].outer_end > span.outer_end


def find_quoted_spans(body: str) -> list[QuotedSpan]:
    """Every quoted segment of `body`, in order; a quote nested in another is part of the outer one."""
    spans: list[QuotedSpan] = []
    if not _ANY_MARK.search(body):
        return spans
    if "''" in body:
        body = _DOUBLED_SINGLE.sub(_as_double, body)
    for paragraph in _PARAGRAPH.finditer(body):
        para_start, para_end = paragraph.span()
        if not _ANY_MARK.search(body, para_start, para_end):
            continue
        families: list[list[QuotedSpan]] = []
        for single in (False, True):
            block = not single and _straight_block(body, para_start, para_end)
            if block:
                # the straight mark runs to its paragraph's end, or to a curly ” that no “ before it opened
                closing = _stray_curly_close(body, para_start, para_end)
                pairs = [(para_start, closing)]
                if closing is not None:
                    pairs += _scan_paragraph(body, closing + 1, para_end, single)
            else:
                pairs = _scan_paragraph(body, para_start, para_end, single)
            family: list[QuotedSpan] = []
            for position, (open_mark, close_mark) in enumerate(pairs):
                if close_mark is None:
                    if single and not _carried_over(body, open_mark, para_start, para_end,
                                                    position == len(pairs) - 1):
                        continue  # an unmatched single mark is far more often an apostrophe
                    following = pairs[position + 1][0] if position + 1 < len(pairs) else para_end
                    start, end = _trimmed(body, open_mark + 1, following)
                else:
                    start, end = _trimmed(body, open_mark + 1, close_mark)
                if end > start and not (single and end - start <= 2):  # rock ‘n’ roll
                    family.append(QuotedSpan(start, end, open_mark, close_mark, para_start, para_end, single))
            families.append(family)
        doubles, singles = families
        if singles:
            # A single-marked segment inside a double-marked one is part of it; one holding a double-marked
            # segment that runs past it was no quote. Segments of one family follow one another without
            # overlapping, so the segment that may hold a position is found by bisection.
            double_starts = [d.open_mark for d in doubles]
            singles = [s for s in singles if not (_inside_any(s.open_mark, doubles, double_starts)
                                                  or _runs_past(s, doubles, double_starts))]
            single_starts = [s.open_mark for s in singles]
            doubles = [d for d in doubles if not _inside_any(d.open_mark, singles, single_starts)]
        spans.extend(sorted(doubles + singles, key=lambda span: span.open_mark))
    _link_continuations(body, spans)
    return spans


def _straight_block(body: str, para_start: int, para_end: int) -> bool:
    """Whether a paragraph is one part of a passage quoted over paragraphs with straight marks: it opens with a
    straight double mark that nothing closes in it, holds a curly mark, and the paragraph before or after it
    opens the same way (the convention: an opening mark on each paragraph, here never closed). Curly marks in
    such a paragraph quote words within the passage ("defended Trump's “Look at my …” line"); paired as quotes
    of their own, the straight mark would end at the first of them."""
    if not _unclosed_straight(body[para_start:para_end]) or "\u201c" not in body[para_start:para_end]:
        return False
    following = _PARAGRAPH.search(body, para_end)
    previous = body[max(0, para_start - 2000):para_start].rstrip("\n").rpartition("\n")[2]
    return _unclosed_straight(following.group() if following else "") or _unclosed_straight(previous)


def _stray_curly_close(body: str, para_start: int, para_end: int) -> int | None:
    """In a paragraph opened by a straight mark, the first curly ” that closes no curly “ before it: such a
    paragraph's typist closed the straight mark with a curly one ('"Then the police came,” Ruiz said. “They …”',
    '"My neighbour shouted, “Get to the roof!” and we climbed,” Park said.'). Curly marks balanced “…” pairs
    close nothing of it: they are nested in a passage that runs to the paragraph's end."""
    depth = 0
    for index in range(para_start, para_end):
        ch = body[index]
        if ch == "\u201c":
            depth += 1
        elif ch == "\u201d":
            if not depth:
                return index
            depth -= 1
    return None


def _unclosed_straight(paragraph: str) -> bool:
    return paragraph.startswith('"') and paragraph.count('"') == 1


_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*$")


_FIRST_WORD = re.compile(r"[^\W\d_]*")


def _carried_over(body: str, open_mark: int, para_start: int, para_end: int, last: bool) -> bool:
    """Whether an unclosed single mark opens a quote carried over to the next paragraph, as British and Irish
    papers write it: the last mark of its paragraph, opening a sentence (at the paragraph's start or after a
    sentence's end or a colon) with a capital, the paragraph ending a sentence, and the next paragraph opening
    with a single mark. Anywhere else an unmatched single mark is an apostrophe ('Tis, 'em, the '90s), and so is
    the mark of a word clipped at the front even there ("'Twas a night to remember.", data CLIPPED_WORDS)."""
    if not last or not body[open_mark + 1:open_mark + 2].isupper():
        return False
    if _FIRST_WORD.match(body, open_mark + 1).group().lower() in CLIPPED_WORDS:
        return False
    before = body[para_start:open_mark].rstrip()
    if before and before[-1] not in ".!?:\u2026" and not (before[-1] in "'\u2019\"\u201d" and before[-2:-1] in ".!?,"):
        return False
    if not _ENDS_SENTENCE.search(body[open_mark:para_end].rstrip()):
        return False
    following = body[para_end:para_end + 20].lstrip()
    return following[:1] in ("'", "\u2018") and following[1:2].isalpha()


def _as_double(match: re.Match) -> str:
    """Same length, so offsets hold: an opening pair becomes ' "', a closing pair '" '."""
    text = match.string
    opening = match.start() == 0 or text[match.start() - 1].isspace() or not text[match.start() - 1].isalnum() \
        and match.end() < len(text) and not text[match.end()].isspace()
    return ' "' if opening else '" '


def _link_continuations(body: str, spans: list[QuotedSpan]) -> None:
    """Mark segments that continue an unclosed one (next opening mark, or the next paragraph's first mark)."""
    for index in range(1, len(spans)):
        previous, current = spans[index - 1], spans[index]
        if previous.closed or previous.single != current.single:
            continue
        if previous.paragraph_start == current.paragraph_start:
            current.continues = index - 1
        elif not body[current.paragraph_start:current.open_mark].strip():
            current.continues = index - 1


def opens_quoted_clause(quoted_ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """A reported clause that opens with a quotation mark is a direct quote ('said “We …”'), extracted as such;
    one with a quoted fragment inside ('said the plan was “dead” for now') is still reported speech, and is
    kept besides the partial quote."""
    # The ranges follow one another without overlapping: the last one opening by `start + 1` reaches furthest.
    index = bisect_right(quoted_ranges, (start + 1, float("inf"))) - 1
    return index >= 0 and start < quoted_ranges[index][1]


# After a quoted fragment's closing mark: the clause's own words going on at once, a lowercase word after a space
# ("“we need more facts” about how …"), not a comma, an attribution or the sentence's end
_CLAUSE_GOES_ON = re.compile(r"[ \t]+[a-z]")
_FRAGMENT_FIRST = re.compile(r"[\"'\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019\u2039\u203a\s]*[a-z]")
# a time or a short adjunct alone after the fragment ("… on Tuesday", "… again", "… last week"): the quote is the
# clause, the adjunct the verb's; after a preposition only a time ("… in three wards" is the clause's, `_adjunct_only`)
_ADJUNCT_ONLY = re.compile(
    r"[ \t]+(?P<preposition>(?:on|in|at|by|since|until)\s+)?(?:(?:last|this|next|that|the)\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"[ \t]*[.!?]*$")


def fragment_opens_clause(body: str, quoted_ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """A reported clause that opens on a quoted fragment which the clause's own words carry on after ('said that
    “we need more facts” about how the board decided'): reported speech holding a partial quote, not a quotation
    that is the clause (`opens_quoted_clause`). The fragment starts lowercase and ends on no punctuation of its
    own, and at least three words follow its closing mark that are not a time or a short adjunct alone
    (`_adjunct_only`) nor the reporting verb's own words (`_reporting_verbs_tail`)."""
    index = bisect_right(quoted_ranges, (start + 1, float("inf"))) - 1
    if index < 0 or not start < quoted_ranges[index][1]:
        return False
    open_mark, outer_end = quoted_ranges[index]
    if outer_end >= end or not _FRAGMENT_FIRST.match(body, open_mark, outer_end):
        return False
    inner = body[open_mark:outer_end].rstrip("\"'\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019\u2039\u203a ")
    if not inner or inner[-1] in ".,;:!?\u2026":
        return False
    rest = body[outer_end:end]
    return bool(_CLAUSE_GOES_ON.match(rest)) and len(rest.split()) >= 3 and not _adjunct_only(rest) \
        and not _reporting_verbs_tail(rest)


def _adjunct_only(rest: str) -> bool:
    """'again', 'last week', 'on Tuesday', 'in 2019': a short adjunct alone, a prepositional one only when it
    tells a time (`quote_words.FRAGMENT_TAIL_TIME_WORDS`; 'on the berth fees' is the clause's)."""
    match = _ADJUNCT_ONLY.match(rest)
    if not match:
        return False
    if not match.group("preposition"):
        return True
    return any(word.lower() in quote_words.FRAGMENT_TAIL_TIME_WORDS or any(char.isdigit() for char in word)
               for word in _TAIL_WORD.findall(rest, match.end("preposition")))


_TAIL_WORD = re.compile(r"[\w’'-]+")
_TAIL_SOURCE = re.compile(r"\s+(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+")
                                              for phrase in quote_words.FRAGMENT_TAIL_SOURCES) + r")\b")
_TAIL_MEDIUM_PREPOSITION = re.compile(r"\s+(?:" + "|".join(quote_words.FRAGMENT_TAIL_MEDIUM_PREPOSITIONS) + r")\s+",
                                      re.IGNORECASE)
_NOT_IN_MEDIUM_PHRASE = frozenset({"of", "for", "to", "about", "that", "which", "with"})


def _reporting_verbs_tail(rest: str) -> bool:
    """The words after a clause-opening fragment's closing mark are the reporting verb's own, not the clause's
    (`quote_words.FRAGMENT_TAIL_*`): a source ('according to the minutes') or a medium ('in a written statement')
    that ends the sentence or is followed only by a comma, further prepositional phrases or a time, with no verb of
    the clause (`_tail_phrase_ends`); or the speaker's next action ('and then left', 'but gave no date')."""
    words = [word.lower() for word in _TAIL_WORD.findall(rest)]
    if words[0] in quote_words.CONJUNCTIONS:
        index, pronoun = 1, False
        while index < len(words):
            if words[index] in quote_words.FRAGMENT_TAIL_ADVERBS:
                index += 1
            elif words[index] in quote_words.FRAGMENT_TAIL_SPEAKER_PRONOUNS and not pronoun:
                index, pronoun = index + 1, True
            else:
                after_time = _time_phrase_end(words, index)
                if after_time == index:
                    break
                index = after_time
        if index < len(words):
            return _past_verb(words[index])
        # a sequence adverb ending the sentence ('… and then left' has 'left' after it; not 'and then the workers')
        return index > 1 and words[index - 1] in quote_words.FRAGMENT_TAIL_SEQUENCE_ADVERBS
    source = _TAIL_SOURCE.match(rest)
    if source:
        return _tail_phrase_ends(_TAIL_TOKEN.findall(rest, source.end()), after_head=False)
    after_medium = _medium_phrase(rest)
    return after_medium is not None and _tail_phrase_ends(after_medium, after_head=True)


def _time_word(word: str) -> bool:
    return word in quote_words.FRAGMENT_TAIL_TIME_WORDS or any(char.isdigit() for char in word)


def _time_phrase_end(words: list[str], index: int) -> int:
    """The index after a time phrase starting at `index` in the speaker's next action (`quote_words.
    FRAGMENT_TAIL_TIME_*`): 'on Friday morning', 'at the weekend', 'that day', 'the next morning', 'a week later',
    'hours later'; `index` itself when none starts there ('a barge', 'the end', 'on the quay')."""
    position = index
    opener = words[position]
    if opener in quote_words.FRAGMENT_TAIL_TIME_PREPOSITIONS:
        position += 1
        while position < len(words) and words[position] in quote_words.FRAGMENT_TAIL_TIME_PHRASE_WORDS:
            position += 1
    elif opener in quote_words.FRAGMENT_TAIL_TIME_MODIFIERS or opener == "the" and index + 1 < len(words) \
            and words[index + 1] in quote_words.FRAGMENT_TAIL_TIME_MODIFIERS:
        position += 1 if opener != "the" else 2
    elif opener in quote_words.FRAGMENT_TAIL_TIME_COUNTS or _time_word(opener):
        position += 0 if _time_word(opener) else 1
        if position < len(words) and _time_word(words[position]) and position + 1 < len(words) \
                and words[position + 1] in quote_words.FRAGMENT_TAIL_TIME_LATENESS:
            return position + 2
        return index
    else:
        return index
    if position == len(words) or not _time_word(words[position]):
        return index
    while position < len(words) and _time_word(words[position]):
        position += 1
    return position


_TAIL_TOKEN = re.compile(r"[\w’'-]+|[,;:()\u2013\u2014]")


def _medium_phrase(rest: str) -> list[str] | None:
    """'in a written statement', 'during her speech', 'on Twitter': a preposition and, within its first four
    words, a medium noun with no 'of' before it ('in its handling of the letter' is no medium). Gives the tokens
    after the medium noun (and any medium noun right after it: 'a radio interview', 'a phone call'), or None."""
    match = _TAIL_MEDIUM_PREPOSITION.match(rest)
    if not match:
        return None
    tokens = [token.lower() for token in _TAIL_TOKEN.findall(rest, match.end())]
    words = [index for index, token in enumerate(tokens) if token[0].isalnum()]
    for index in words[:4]:
        if tokens[index] in quote_words.FRAGMENT_TAIL_MEDIA:
            index += 1
            while index < len(tokens) and tokens[index] in quote_words.FRAGMENT_TAIL_MEDIA:
                index += 1
            return tokens[index:]
        if tokens[index] in _NOT_IN_MEDIUM_PHRASE:
            return None
    return None


def _tail_phrase_ends(tokens: list[str], after_head: bool) -> bool:
    """After a source's opening words or a medium noun (`after_head`), the phrase is over by the sentence's end or
    a comma, with only further prepositional phrases, a time or a participle of the medium before it ('… of the
    meeting', '… on Friday', '… last week', '… released on Friday') and no verb of the clause on the way: an
    auxiliary, a past verb or an '-ed' word not after a determiner ('“the fees” in the letter rose too fast',
    '“a bomb” at the rally killed three people', '“a fair levy” according to tonnage would help')."""
    tokens = [token.lower() for token in tokens]
    if after_head and tokens and tokens[0][0].isalnum() and not (
            tokens[0] in quote_words.FRAGMENT_TAIL_AFTER_MEDIUM_PREPOSITIONS
            or tokens[0] in quote_words.FRAGMENT_TAIL_MEDIUM_PARTICIPLES
            or tokens[0] in quote_words.FRAGMENT_TAIL_TIME_OPENERS
            or tokens[0] in quote_words.FRAGMENT_TAIL_TIME_WORDS):
        return False
    previous = ""
    for token in tokens:
        if not token[0].isalnum():
            return True
        if token in quote_words.FRAGMENT_TAIL_AUXILIARIES or token not in quote_words.FRAGMENT_TAIL_MEDIUM_PARTICIPLES \
                and previous not in quote_words.FRAGMENT_TAIL_DETERMINERS and _past_verb(token):
            return False
        previous = token
    return True


def _past_verb(word: str) -> bool:
    """'left', 'gave', 'urged', 'walked' (not 'need', 'speed' nor a short '-ed' word such as 'red')."""
    return word in quote_words.FRAGMENT_TAIL_PAST_VERBS or len(word) > 4 and word.endswith("ed") \
        and not word.endswith("eed")
