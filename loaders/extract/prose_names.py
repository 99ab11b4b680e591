"""Whether a name stands in the article's prose or only in page furniture: the shape of the sentence around it.

A person of the article is told of in sentences: "Council leader Jo Roe said the savings would protect bin
collections." Page furniture left in a body names people on lines of another shape: a teaser or a related link
("Why Jo Roe Quit", "Jo Roe on fuel subsidies", "Jo Roe: a life in ceramics  12 Feb 2026"), a tag line ("Topics:
Oil fund, Jo Roe, Mining"), a comment's user name over "3 hours ago", a "Posted by Jo Roe" under a live-blog time,
a credit after a caption's sentence ("... since 1985. Photograph: Jo Roe"), a contact or a reporter's line ("Noor
Aziz, news editor, +971 4 555 0101"), a share count ("Jo Roe 1.2k shares"). None of them is a sentence: it does
not end as one, and few of its words are written in lowercase.

`ProseLines(body).in_prose(end)` asks that of the sentence holding the name's last character (the line cut at
its sentence ends, so a caption's sentence and the credit after it are judged apart; the last character, because
a name's initials may end a cut: "Minister D.K. | Roe said the state backed it."): prose is a sentence that
ends with a sentence's mark (".", "?", "!", ":", or a closing quote or bracket after one) and holds at least
one lowercase word ("Rival Jo Roe conceded."), or a long run of words that a copy cut before its end (`LONG_WORDS` words,
half of them lowercase); an item of a numbered ranking holding only a name ("5. Jo Roe (7.)") is the article's
content too. The people step keeps a person only when one of its mentions stands in prose: the
mechanism knows no outlet or name, only the shape of the text around a name, and a few sentence shapes that are
credits whatever their marks: a sign-off or a call to follow or subscribe to authors (the rows of
`data.signoffs`, read from a sentence's first name, so one sharing its line with another sentence or naming
several people is caught), an excerpt's credit and an author's note (`data.author_bios`); a short paragraph saying
the article appeared elsewhere first is an author's box.
"""
from __future__ import annotations

import re

from loaders.extract.data import author_bios, signoffs
from loaders.extract.data.lexicon import VIEWS_NOTE, WRITER_BIO

LONG_WORDS = 14  # a paragraph this long is prose even when the copy lost its last mark
# A sentence ends at one of these marks, then a space and a capital, a quote or a bracket opening the next one.
# (Not after an initial or a short capitalised abbreviation: "M. Karunanidhi", "the U.S. District Court", "Gov.
# Jo Roe", "Rep. Jo Roe, R-Tenn.": a cut there would leave the name in a "sentence" of its own.) The mark's
# look-behind comes first: the pattern is tried at every character of a line, and it fails there at once, where
# the four abbreviation look-behinds before it were all read first (the same matches, a sixth of the cost).
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!\b[A-Z][a-z]{3}\.)"
                           r"[\"”’')\]]*\s+(?=[A-Z\"“‘'(\[])")
_ENDS_AS_SENTENCE = re.compile(r"[.!?:…][\"”’')\]]*$|[\"”’)]$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A numbered line holding only a name (and a bracket: a last rank, a party, an age): an item of a ranking the
# article is made of ("5. Jo Roe (7.)"); a most-read box numbers headlines, whose words are lowercase.
_RANKED_NAME = re.compile(r"^\s*#?\d{1,3}[.)]\s+[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,4}\s*(?:\([^()]{0,30}\))?\s*$")
_RANK_NUMBER = re.compile(r"^\s*#?(\d{1,3})[.)]\s")
RANKING_MIN_ITEMS = 3  # numbered name lines in a row that make a ranking
RANKING_GIVEN_SHARE = 0.5  # ... at least this share of them opening on a known given name


def ranking_run(paragraphs: list[str], index: int) -> int:
    """How many paragraphs from `index` on make a numbered ranking of people that is the article's content ("WEEK
    13." over "1. Jo Roe (Last week: 2.)", "2. Ana Lund (1.)", ...), 0 when they do not: at least
    `RANKING_MIN_ITEMS` lines in a row each holding only a number and a name with no lowercase word (a bracket
    may follow: a last rank, a party, an age), numbered from `index`'s number on by ones, at least
    `RANKING_GIVEN_SHARE` of them opening on a given name. A site's menu ("1. Home", "2. World") or a numbered
    list of related links or most-read headlines ("1. Why Jo Roe quit the race") fails one of these: its items
    are no people or hold lowercase words. The page step keeps such a run in the body, where it reads a run of short
    lines that end no sentence as furniture; the people step then reads its names as content (`ProseLines`)."""
    from loaders.extract.data.given_names import is_given_name

    count, given, expected = 0, 0, None
    for line in paragraphs[index:]:
        line = line.strip()
        number = _RANK_NUMBER.match(line)
        if not number or not _RANKED_NAME.match(line) or expected is not None and int(number.group(1)) != expected:
            break
        words = _WORD.findall(line.split("(")[0])  # (the bracket's "Last week: 2." may hold lowercase words)
        if not words or any(word[0].islower() for word in words):
            break
        given += is_given_name(words[0])
        expected = int(number.group(1)) + 1
        count += 1
    if count < RANKING_MIN_ITEMS or given < RANKING_GIVEN_SHARE * count:
        return 0
    return count


# A match report's line-up ("MAKO UNITED: Varga; Tolland, Kessby, Ormsby, Pell; Drury, Hatchley (Vance 83); ..."):
# a label and a colon, then at least `LINEUP_MIN_ITEMS` names of one to three capitalised words (an initial may open
# one; a short bracket may follow: a substitute, a minute, a score), between commas and semicolons, at least one a
# semicolon (a formation's lines). Its names are the article's content, as a ranking's are; which items are people
# (not places, teams or the article's own words) the people step judges (`people._lineup_players`).
LINEUP_MIN_ITEMS = 6
_LINEUP_ITEM = r"(?:[A-Z]\.?[ \u00a0]+)?[A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2}(?:[ \u00a0]*\([^()\n]{0,30}\))?"
_LINEUP = re.compile(r"^[ \t]*[^:\n]{1,40}:[ \u00a0]*(" + _LINEUP_ITEM + r"(?:[ \u00a0]*[;,][ \u00a0]*" + _LINEUP_ITEM
                     + r")+)[ \u00a0]*\.?[ \t]*$", re.MULTILINE)
_LINEUP_ITEM_RE = re.compile(_LINEUP_ITEM)
_SUBSTITUTE = re.compile(r"(?<=\()[A-Z][\w’'-]+(?=[ \u00a0]+\d)")
# A line-up is a match report's: the article carries a score ("2-1", "1-14 to 0-16") or a match's word, and the
# label is a team's: written in capitals ("IRELAND:"), holding a formation ("Mako United (4-4-2):") or a
# capitalised word the article writes elsewhere too ("India beat Spain ... India:"). A label of things
# ("Stations closed:", "Ingredients:", "Contributors:") or an article with no match holds no players.
_MATCH_EVIDENCE = re.compile(r"(?<![\w.-])\d{1,3}-\d{1,3}(?![\w.-])|\b(?:match|referee|kick-off|kickoff|half-time|"
                             r"halftime|full-time|scored|goal|goals|beat|won|win|draw|drew)\b", re.IGNORECASE)
_FORMATION = re.compile(r"\(\d(?:-\d){2,3}\)")


def _team_label(body: str, label: str, line_start: int, line_end: int) -> bool:
    label = label.strip()
    if _FORMATION.search(label):
        return True
    words = re.findall(r"[^\W\d_][\w’'-]*", label)
    if not words:
        return False
    if all(word.isupper() and len(word) > 1 for word in words):
        return True
    rest = body[:line_start] + " " + body[line_end:]
    return all(word[0].isupper() for word in words) and re.search(
        r"(?<![\w’'-])" + re.escape(" ".join(words)) + r"(?![\w’'-])", rest) is not None


def lineup_items(body: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The body's line-up lines: (line start, line end, the items' spans without their brackets)."""
    if ";" not in body:
        return []
    found = []
    for match in _LINEUP.finditer(body):
        listed = match.group(1)
        if ";" not in re.sub(r"\([^()]*\)", "", listed):
            continue
        rest = body[:match.start()] + " " + body[match.end():]
        if not _MATCH_EVIDENCE.search(rest) or not _team_label(body, body[match.start():match.start(1)].rstrip()[:-1],
                                                               match.start(), match.end()):
            continue  # a list of things, or a line-up of no match report
        items = []
        for item in _LINEUP_ITEM_RE.finditer(listed):
            text = item.group().split("(")[0].rstrip()
            items.append((match.start(1) + item.start(), match.start(1) + item.start() + len(text)))
            bracket = item.group().find("(")
            for sub in _SUBSTITUTE.finditer(item.group(), max(bracket, 0)) if bracket >= 0 else ():
                # "Hatchley (Vance 83)": the substitute who came on, at a minute
                items.append((match.start(1) + item.start() + sub.start(), match.start(1) + item.start() + sub.end()))
        if len(items) >= LINEUP_MIN_ITEMS:
            found.append((match.start(), match.end(), items))
    return found


_BROKEN_OFF = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*,\s*$")  # a sentence left open before a block quotation
_BROKEN_OFF_LOWER = 2  # ... holding this many lowercase words ("Jo Roe argues that,")
_LABEL = re.compile(r"^\s*[A-Z]{1,3}\s*:\s*")  # "Q:", "A:", "JR:"
_OPEN_END = re.compile(r"(?:[a-z]|,)$")  # a line cut inside a sentence (`_open_end` reads its last character)


def _open_end(line: str) -> bool:
    """`_OPEN_END.search(line)` for a line with no trailing whitespace, from its last character alone (the
    pattern's search would try every position of a long paragraph)."""
    last = line[-1:]
    return last == "," or "a" <= last <= "z"

_WRAP_COLUMN = 50  # a hard-wrapped text's lines are this long or longer
_WRAPPED_LINES = 8
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")  # an e-mail or web address holds no prose words


def _without_addresses(text: str) -> str:
    """`text` with its e-mail and web addresses blanked. Most sentences hold none: the literals every match needs
    are looked for first, sparing the regex, whose `\\S+@` is tried at every character of every word."""
    if "@" in text or "http" in text or "www." in text:
        return _ADDRESS.sub(" ", text)
    return text


# A sentence that is a sign-off, a call to follow its authors or to get their alerts, an excerpt's credit or an
# author's note ("Jo Roe wrote this article for ..."), even with prose beside it on the line ("Jo Roe contributed
# reporting from Lima. Ana Lund reported from Quito.", "Follow Jo Roe and Ana Lund on X: https://..."):
# the rows of `loaders.extract.data.signoffs` (read there against a name's whole line), here from a sentence's
# first name, so a credit sharing its line with another sentence or naming several people is still a credit (a
# row that reads on from the name's first word, through the list of names, needs only that word before it).
_NAME_WORD = r"[A-Z][\w.'’-]*"
_NAME = _NAME_WORD + r"(?:[ \u00a0]+" + _NAME_WORD + r"){0,3}"
_SIGN_OFF_SENTENCE = re.compile(
    r"^[\s\W]*(?:" + "|".join((_NAME if pattern.startswith("^[ \\u00a0]") else _NAME_WORD) + pattern[1:]
                                 for _, pattern in signoffs.AFTER_NAME) + ")"
    r"|^[\s\W]*(?i:" + signoffs.CALL_BEFORE.removeprefix(r"^\W*").removesuffix(r"\s*$") + r")[ \u00a0]+" + _NAME
    + r"(?:(?:,|,?[ \u00a0]+and|[ \u00a0]*&)[ \u00a0]+" + _NAME + r")*(?i:" + signoffs.CALL_AFTER.removeprefix("^") + ")"
    r"|(?i:" + author_bios.ALERT_CALL + ")"
    r"|^[\s\W]*(?i:" + author_bios.EXCERPT_CREDIT_BEFORE + r")[ \u00a0]+" + _NAME + "(?i:" + author_bios.EXCERPT_CREDIT_AFTER + ")"
    r"|^[\s\W]*" + _NAME + "(?i:" + author_bios.AUTHOR_NOTE_AFTER + ")")
# A short paragraph saying the article appeared elsewhere first: an author's box, none of its sentences prose.
# ... or one closing on an opinion writer's disclaimer ("X is a professor at Y. Views are personal.").
# (a disclaimer only beside a writer's bio: "Jo Roe reposted the clip. The views are his own." is news)
_REPUBLISHED = re.compile(author_bios.REPUBLISHED_NOTE, re.IGNORECASE)
_VIEWS_NOTE = re.compile(VIEWS_NOTE, re.IGNORECASE)
_WRITER_BIO = re.compile(WRITER_BIO)
_BOX_SENTENCES = 3


def _author_disclaimer(line: str) -> bool:
    """Whether a short paragraph closes on an opinion writer's disclaimer after a bio of the writer."""
    note = _VIEWS_NOTE.search(line)
    return note is not None and _WRITER_BIO.search(line, 0, note.start() + 1) is not None


def _lower_words(sentence: str) -> tuple[list[str], int]:
    words = _WORD.findall(_without_addresses(sentence))
    return words, sum(1 for word in words if word[0].islower())


def _prose(sentence: str, lower_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether one sentence of a line has the shape of the article's prose. Its first word counts as lowercase
    when the article writes it so elsewhere ("Does Jo Roe?": a question of an interview)."""
    if _SIGN_OFF_SENTENCE.match(sentence):
        return False
    words, lower = _lower_words(sentence)
    label = _LABEL.match(sentence)
    if label is None:
        opening = words[0] if words else ""
    else:  # after an interview's "Q:"
        found = _WORD.search(_without_addresses(sentence[label.end():]))
        opening = found.group() if found else ""
    if opening[:1].isupper() and opening[1:].islower() and opening.lower() in lower_words:
        lower += 1
    if len(words) >= LONG_WORDS and 2 * lower >= len(words):
        return True
    if _ENDS_AS_SENTENCE.search(sentence.rstrip()) is None:
        # "Jo Roe in her 1990 book argues that," over a block quotation: a sentence the quotation completes,
        # broken off on a lowercase word and a comma (a tag line or a credit list ends on a name)
        return bool(_BROKEN_OFF.search(sentence)) and lower >= _BROKEN_OFF_LOWER
    # "Rival Jo Roe conceded.", "Jo Roe arrived in Lima.": a short sentence is prose when it ends as one and
    # holds a lowercase word (a credit or a byline ending on a full stop holds none: "By Jo Roe.", "Jo Roe, AP.")
    return lower >= 1


# An embedded social post's closing line: a dash, its author's display name (an emoji may follow it), the account's
# handle in brackets and the post's date ("— Jo Roe 🌻 (@joroe) March 4, 2021"). The author is someone the article
# shows, as a quoted source is; the line is no byline (none carries a handle and a post's date after a dash). On
# the body's last line, where an author may sign off so, only under a paragraph holding a post's link, hashtag or
# handle (the post's own text).
_POST_AUTHOR_LINE = re.compile(r"[ \t]*[—–-][ \t\u00a0]+([^\W\d_][^()\n@]{1,60}?)[ \t\u00a0]*\((?:@\w{1,30})\)"
                               r"[ \t\u00a0]*(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2},?[ \u00a0]+\d{4}"
                               r"|\d{1,2}[ \u00a0]+[A-Z][a-z]{2,8}\.?,?[ \u00a0]+\d{4})[ \t]*$")


def post_author_line(body: str, end: int) -> bool:
    """Whether the name ending at `end` is an embedded post's author on its closing line (`_POST_AUTHOR_LINE`), with
    more of the body after the line or the post's text above it."""
    line_start = body.rfind("\n", 0, max(end - 1, 0)) + 1
    line_end = body.find("\n", end) % (len(body) + 1)
    line = _POST_AUTHOR_LINE.match(body, line_start, line_end)
    if line is None or end > line.end(1):
        return False
    if body[line_end:].strip():
        return True
    above = body[:line_start].rstrip()
    return _POST_MARK.search(above[above.rfind("\n") + 1:]) is not None


_POST_MARK = re.compile(r"https?://|\bpic\.\w+\.\w+/|(?<![\w@])[#@]\w")  # a post's link, hashtag or handle


class ProseLines:
    """The sentences of a body and whether each is prose, judged once per line on the first question."""

    def __init__(self, body: str, lower_words: frozenset[str] | set[str] = frozenset(),
                 lineups: list[tuple[int, int]] | None = None) -> None:
        self.body = body
        self.lower_words = lower_words  # the words the article writes in lowercase
        # line start -> [sentence end, prose, sentence] in order; `prose` is judged when first asked (None until
        # then): most sentences of a line with a name are never asked about
        self._lines: dict[int, list[list]] = {}
        # the line-ups whose items are players (the people step's things test passed: `people._lineup_players`)
        self._lineups = lineups if lineups is not None else [(start, end) for start, end, _ in lineup_items(body)]

    def _paragraph_end(self, line_start: int) -> int:
        """The end of the line, or of the hard-wrapped paragraph it opens ("Council leader Jo Roe said" / "the
        savings would protect bin collections."): a line left open on a lowercase word or a comma runs on into
        the next non-blank line when it is long (a wrapped column) or the next one opens in lowercase."""
        body = self.body
        end = body.find("\n", line_start) % (len(body) + 1)
        for _ in range(_WRAPPED_LINES):
            line = body[line_start:end].rstrip()
            if end >= len(body) or not _open_end(line):
                break
            next_end = body.find("\n", end + 1) % (len(body) + 1)
            following = body[end + 1:next_end]
            if not following.strip() or not (len(line) >= _WRAP_COLUMN or following[:1].islower()):
                break
            line_start, end = end + 1, next_end
        return end

    def in_prose(self, end: int) -> bool:
        """Whether the name ending at `end` stands in a sentence of the article's prose."""
        body = self.body
        if self._lineups and any(start <= end <= stop for start, stop in self._lineups):
            return True  # a line-up's players are the match report's content
        if "(@" in body[end:body.find("\n", end) % (len(body) + 1)] and post_author_line(body, end):
            return True  # an embedded post's author, on its closing line
        start = max(end - 1, 0)
        line_start = body.rfind("\n", 0, start) + 1
        sentences = self._lines.get(line_start)
        if sentences is None:
            line = body[line_start:self._paragraph_end(line_start)].replace("\n", " ")
            if _RANKED_NAME.match(line) and not any(word[0].islower() for word in _WORD.findall(line.split("(")[0])):
                # (the bracket after the name, "(Last week: 2.)", may hold lowercase words)
                self._lines[line_start] = [[line_start + len(line), True, ""]]
                return True
            sentences, offset = [], 0
            for match in _SENTENCE_END.finditer(line):
                sentences.append([line_start + match.start(), None, line[offset:match.start()]])
                offset = match.end()
            sentences.append([line_start + len(line), None, line[offset:]])
            if len(sentences) <= _BOX_SENTENCES and (_REPUBLISHED.search(line) or _author_disclaimer(line)):
                for sentence in sentences:
                    sentence[1] = False
            self._lines[line_start] = sentences
        found = next((sentence for sentence in sentences if start < sentence[0]), sentences[-1])
        if found[1] is None:
            found[1] = _prose(found[2], self.lower_words)
        return found[1]
