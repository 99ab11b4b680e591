"""Page blocks: read a copied page as a person does, as navigation, headline block, body and trailing furniture.

A page copied from a browser keeps its layout as lines: menus and breadcrumbs (runs of short lines of menu
words), then the headline block (a kicker or section line, the headline, a standfirst, the byline, the date
line, a photo caption), the body (paragraphs of prose, sub-headings between them) and, after it, furniture
(related links, footers). `find_headline` scores every headline-shaped line before the body by the evidence a
reader would use, one named signal per row of `HEADLINE_SIGNALS`:

- the URL's slug: the headline usually echoes it ("/cheap-fixes-are-the-best" -> "Cheap Fixes Are the Best!");
- repetition: the page title and the <h1> both copied, or the breadcrumb's last item;
- what follows and precedes it: a byline, a date line or a reading time under it, a date line over it;
- its place: right before the first paragraph of the body, or the first headline-shaped line of the page;
- and against it: a run of menu lines around it, menu words only ("Home", "Log in"), a menu line ("News |
  Sports"), a section line right above a longer headline ("LOCAL NEWS"), one or two words, prose before it.

The weights were fitted on the copied dev set's tune half, with and without URLs, and the layouts of the tests
(`scripts/fit_headline_weights.py`). The signals that fired are the headline's evidence (`HeadlineChoice.evidence`, stored as `title_evidence`).
`Page.body_start` finds the body's first paragraph (the first prose that a few more lines of prose follow);
`text_article` reads the headline block, its dates and the furniture around the body from these marks.
Everything is linear in the number of lines: a line's features are computed once, on first use, only the first
`_MAX_CANDIDATES` lines are candidates, and every signal looks at a bounded window around its line.
"""
from __future__ import annotations

import contextvars
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import unquote, urlsplit

from loaders.extract import boilerplate
from loaders.extract.data.credits import (
    DESK_CREDITS, DESK_ROLES, DESK_TEAMS, NAMED_DESK_CREDITS, NAMED_DESK_NOT_NAMES, NOT_TEAM_OPENERS,
    TEAM_NEWSROOM_WORDS, WIRE_CREDITS,
    credit_alternation,
)
from loaders.extract.data.cities import DATELINE, dateline_country
from loaders.extract.data.layout import (
    BYLINE_FIELD_LABELS, CREDITS_BOX_LABELS, BYLINE_LEAD_PHRASES, BYLINE_WORDS_ABROAD, FINITE_VERBS, HEADLINE_ABBREVIATIONS, NEWS_AGENCIES, NEWSROOM_CREDITS,
    INSTITUTION_BANNER_WORDS, NAV_WORDS, OUTLET_NAME_WORDS, SECTION_PATH_ITEM_WORDS, SECTION_PATH_MARKS, SECTION_WORDS,
    RELEASE_SENDER_OPENERS,
    SENDER_OPENERS,
)
from loaders.extract.data.author_bios import NAME_CAPITAL, REPUBLISHED_NOTE
from loaders.extract.data.dateforms import ISSUE_SEASONS, MONTH_KEYS
from loaders.extract.pubdates import date_line, find_dates

# --- sentences and headline shape ---

_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z“\"‘'(\[])")
_WORD_BEFORE = re.compile(r"([\w.&'’-]*\w)$")
_DOTTED = re.compile(r"(?:\w\.)+\w?")  # "U.S", "e.g", "Ph.D"


def sentence_breaks(text: str, *, full_stops_only: bool = False) -> int:
    """How many sentence ends fall inside `text` (not counting its last one): an abbreviation ("St. Louis",
    "Dr. Roe", "U.S. Army", "No. 10") or an initial ("J. K. Rowling") ends no sentence. With
    `full_stops_only`, a question or exclamation mark does not count ("Can it save you money? Yes")."""
    count = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if text[match.start()] != "." and full_stops_only:
            continue
        if text[match.start()] == ".":
            before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
            word = before.group(1).lower() if before else ""
            if len(word) <= 1 or word in HEADLINE_ABBREVIATIONS or _DOTTED.fullmatch(word):
                continue
        count += 1
    return count


_LETTERS = re.compile(r"[^\W\d_]")
_TEMPLATE = re.compile(r"\{\{|\}\}|\{%|%\}")
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def is_headline_shaped(line: str) -> bool:
    """A line that could be a headline: 1 to 30 words, at most 250 characters, mostly letters, one sentence,
    not ending like a clause (',' ';' ':') and no template code."""
    if len(line) > 250:  # before splitting: most lines this long are paragraphs
        return False
    words = line.split()
    if not 0 < len(words) <= 30 or line.endswith((",", ";", ":")) or _TEMPLATE.search(line):
        return False
    if len(words) == 1 and _WEB_ADDRESS.match(line):
        return False  # the page's address copied over it: it spells the slug, but it is no headline
    letters = len(_LETTERS.findall(line))
    if letters < 3 or letters < 0.5 * len(line.replace(" ", "")):
        return False
    breaks = sentence_breaks(line, full_stops_only=True)
    return breaks == 0 or (breaks == 1 and _two_sentence_headline(line, words))


_TWO_SENTENCE_WORDS = 20  # a headline of two sentences is this short at most...
_SENTENCE_WORDS_MIN = 3  # ...each sentence this long at least
_SECOND_SENTENCE = re.compile(r"(?<=[^\W\d_]\.)\s+(?=[\"'“‘]?[A-Z])")


def _two_sentence_headline(line: str, words: list[str]) -> bool:
    """A headline of two short sentences without a closing stop ("Small towns lose their ferries. The capital looks
    away"): no full stop, question or exclamation mark at its end, no label with a colon in it (a caption's
    "Photo: Jo Roe") and each sentence a few words."""
    if len(words) > _TWO_SENTENCE_WORDS or not re.search(r"[\w\"'”’)]$", line) or ":" in line \
            or _FULL_STOP.search(line):
        return False
    parts = _SECOND_SENTENCE.split(line)
    return len(parts) == 2 and all(len(part.split()) >= _SENTENCE_WORDS_MIN for part in parts)


_BODY_SENTENCE_WORDS = 10  # a full-stopped line this long with a finite verb is a sentence of the body
_DATELINE_SENTENCE_WORDS = 8  # a dateline opening a line this long (or full-stopped) opens the body
_FULL_STOP = re.compile(r"\w[\"'”’)\]]*\.[\"'”’)\]]*$")  # ends with a full stop, not "…" nor "..."
_PAST_TENSE = re.compile(r"^[a-z]{3,}ed$")
# A reporting clause in the past closing the line, maybe before its source in brackets (", the bureau said
# (Wire)"): the body's reported sentence; a headline reports in the present (", officials say").
_REPORTED_PAST = re.compile(r",\s*(?:[\w'’.-]+\s+){0,5}(?:said|added|noted|explained|wrote|argued|insisted|recalled|"
                            r"warned)\b[^.!?]{0,60}[.!?]?[\"'”’]?$")


def reported_in_past(line: str) -> bool:
    """True when a past reporting clause closes the line (", the bureau said (Wire)"): a sentence of the body,
    never a headline, a caption or a credit."""
    return bool(_REPORTED_PAST.search(line))


def reads_as_body(line: str) -> bool:
    """A line with the shape of the body's prose, never a headline: a headline is short and has no final full
    stop. Two shapes: a paragraph opening with a dateline ("LAGOS — Governor Jo Roe said ...", the story's first
    paragraph: a known place and the line full-stopped or `_DATELINE_SENTENCE_WORDS` long, or a place in
    capitals and the line full-stopped), and a full-stopped line of `_BODY_SENTENCE_WORDS` words or more with a
    finite verb (`FINITE_VERBS`, an English "-ed" past). A Title Case line is a headline whatever its stop
    ("Things to Know Before You Travel.")."""
    words = line.split()
    full_stop = bool(_FULL_STOP.search(line)) and not line.endswith("..")
    dateline = DATELINE.match(line)
    # A place not known must be in capitals and the line full-stopped: "EXCLUSIVE — Minister quits ..." is a kicker.
    if dateline and ((dateline.group("place").isupper() and full_stop) or (
            dateline_country(line) and (full_stop or len(words) >= _DATELINE_SENTENCE_WORDS))):
        return True
    if _REPORTED_PAST.search(line) and not is_title_case(line):
        return True  # "Exports rose 5 per cent, the bureau said (Wire)": a headline's clause is present, "... says"
    if not full_stop or len(words) < _BODY_SENTENCE_WORDS or is_title_case(line):
        return False
    folded = [word.strip("\"'“”‘’(),;:.!?").lower() for word in words[1:]]
    return any(word in FINITE_VERBS or _PAST_TENSE.match(word) for word in folded)


_SMALL_WORDS = frozenset("""a an the and or but nor for of to in on at by as vs via with from into onto over per
than up out off is are be was its it's your our my their his her how what why when who you we not""".split())
_CAPITALISED = re.compile(r"^[\W\d_]*(?:[^\W\d_][\w'’.-]*)?$")


def is_title_case(line: str) -> bool:
    """A headline written in Title Case ("Best Practices for Query Optimization on PostgreSQL"): three words or
    more, every word but the small ones starting with a capital or a digit, not all capitals, not a name."""
    words = [word.strip("\"'“”‘’()[],:;!?") for word in line.split()]
    words = [word for word in words if word]
    if len(words) < 3 or len(words) > 25 or line.isupper():
        return False
    major = [word for word in words[1:] if word.lower() not in _SMALL_WORDS]
    if len(major) < 2:
        return False
    return all(word[0].isupper() or word[0].isdigit() or not word[0].isalpha() for word in major)


# --- the URL's slug ---

_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms)$", re.IGNORECASE)
_SLUG_ID = re.compile(r"^(?:\d{4,}|[0-9a-f]{8,}|[a-z]?\d{6,}|\d+[a-z]\d+\w*)$", re.IGNORECASE)
_SLUG_SPLIT = re.compile(r"[-_+.,~]+")
_TOKEN = re.compile(r"[^\W_]+")


_FOLD_DROP = str.maketrans("", "", "'’&")


def _fold(text: str) -> str:
    """Lower case without accents or apostrophes, as slugs write words ("They’re" -> "theyre", "M&A" -> "ma")."""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        # The combining marks among the text's distinct characters (none below U+0300), not a test per character.
        marks = [ch for ch in set(text) if ch >= "\u0300" and unicodedata.combining(ch)]
        if marks:
            text = text.translate(dict.fromkeys(map(ord, marks)))
    return text.translate(_FOLD_DROP)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


def slug_tokens(url: str | None) -> list[str]:
    """The words of the URL's slug: the last path segment with at least two words, ids and extensions dropped
    ("/2019/11/19/opinion/republicans-elections-impeachment.html" -> republicans, elections, impeachment; an id
    of numbers after the slug, "/council-shuts-bridge/2-1-998877", is skipped)."""
    if not url:
        return []
    try:
        path = unquote(urlsplit(url if "://" in url else "http://" + url).path)
    except ValueError:
        return []
    for segment in reversed([part for part in path.split("/") if part]):
        words = [word for word in _SLUG_SPLIT.split(_fold(_SLUG_EXTENSION.sub("", segment))) if word]
        while words and _SLUG_ID.match(words[-1]):
            words.pop()
        words = [token for word in words for token in _TOKEN.findall(word)]
        # An id written as numbers ("/2-1-1738420") is no slug: a slug has at least two words with letters.
        if sum(not word.isdigit() for word in words) >= 2:
            return words
    return []


def slug_cover(line_tokens: set[str], slug: list[str]) -> float:
    """The share of the slug's words the line holds (a slug word may be the start of a line word: "tip" of
    "tips", "ma" of "m&a")."""
    if not slug or not line_tokens:
        return 0.0
    found = 0
    for word in slug:
        if word in line_tokens or (len(word) >= 4 and any(token.startswith(word) or word.startswith(token)
                                                             for token in line_tokens if len(token) >= 4)):
            found += 1
    return found / len(slug)


# --- one line of the page ---

def _words_alternation(phrases) -> str:
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True))


# A byline: "By Jane Roe", "Written by ...", "Edited by ..." (live pages): `data.credits.CREDIT_PHRASES`.
BYLINE = re.compile(r"^(?:" + credit_alternation("byline") + r")\s+\S", re.IGNORECASE)
# A team credited as the byline: "By Riverton Team", or a newsroom's word before it ("Kestrel News Team", "Nation
# Team"); `data.credits.DESK_TEAMS` says why a team word alone is not enough.
_TEAM = (r"(?!(?i:" + _words_alternation(NOT_TEAM_OPENERS) + r")\s)(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:"
         + _words_alternation(DESK_TEAMS) + r")$")
_TEAM_NEWSROOM = _words_alternation(set(TEAM_NEWSROOM_WORDS) | OUTLET_NAME_WORDS)
# A byline that credits a desk rather than a person: "Express News Service", "Riverton Bureau", "Staff Reporter".
# A desk's name word: capitalised, or a broadcaster's channel number glued to its name ("1News Reporters"); or
# the site's address as its name ("rivertonnews24.com Desk"; a lower-case word needs its dotted
# ending, and it counts only when it is the page's own address: `PAGE_HOSTS`).
_DESK_NAME_WORD_PLAIN = r"(?:[A-Z]|\d{1,2}(?=[A-Z]))[\w&.'’-]*"
_ADDRESS_WORD = r"[a-z][a-z\d-]*(?:\.[a-z]{2,})+"
_DESK_NAME_WORD = r"(?:" + _DESK_NAME_WORD_PLAIN + r"|" + _ADDRESS_WORD + r"(?=\s))"


def _staff_credit_pattern(name_word: str) -> re.Pattern[str]:
    return re.compile(
        r"^(?:by\s+)?(?:" + name_word + r"\s+){0,4}(?i:" + _words_alternation(DESK_CREDITS) + r")$|"
        # "Riverton Desk", "Times of Harrowby Desk": a name's "of" between its capitalised words ("Head of News
        # Desk" is a job)
        r"^(?!(?i:head|chief|director|deputy|editor)\s)" + name_word + r"\s+(?:(?:of\s+)?" + name_word
        + r"\s+){0,2}(?i:desk)s?$|"
        # "Riverton Post Reporter": a name's words and a role, no "of" ("Bank of England Correspondent",
        # "Mother of Jailed Reporter" are a job's or a headline's)
        r"^(?:" + name_word + r"\s+){1,3}(?i:" + _words_alternation(DESK_ROLES) + r")s?$|"
        # "Riverton Post newsroom", "Ärzte Zeitung Redaktion": a name's words and its newsroom (in any language:
        # `layout.NEWSROOM_CREDITS`)
        r"^(?:by\s+)?(?!(?i:" + _words_alternation(NAMED_DESK_NOT_NAMES) + r")\s)(?:" + NAME_CAPITAL
        + r"[\w&.'’-]*\s+){1,4}(?i:" + _words_alternation(NAMED_DESK_CREDITS + tuple(NEWSROOM_CREDITS)) + r")$|"
        r"^(?:[A-Z][\w&.'’-]*\s+){1,4}(?:with|and)\s+(?:" + _words_alternation(WIRE_CREDITS) + r"|(?i:agencies|wires))$|"
        r"^(?i:by)\s+" + _TEAM + r"|^(?=(?:[A-Z][\w&.'’-]*\s+){0,2}(?i:" + _TEAM_NEWSROOM + r")\s)" + _TEAM + r"|"
        # "From our correspondent", "By our Special Correspondent", "From Our Own Reporter": the paper's own writer
        # unnamed, in any case (the possessive is what tells it from a role line under a name).
        r"^(?i:(?:by|from)\s+)?(?i:our)\s+(?:(?i:own)\s+)?(?:[A-Za-z]+\s+){0,2}(?i:"
        + _words_alternation(DESK_ROLES + ("bureau",)) + r")s?$"
    )


# The page's own web addresses (its URL's host, a line that is only an address), set for the page being read
# (`set_page_hosts`): a desk credited by an address is a staff credit only under the page's own address
# ("rivertonnews24.com Desk" on rivertonnews24.com; "twitter.com Desk" there is no desk of the site's).
PAGE_HOSTS: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("page_hosts", default=frozenset())
_ADDRESS_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(" + _ADDRESS_WORD + r")/?$", re.IGNORECASE)
_ADDRESS_IN_CREDIT = re.compile(r"(?<!\S)" + _ADDRESS_WORD + r"(?=\s)")


def _bare_host(host: str) -> str:
    host = host.lower().strip(".")
    return host[4:] if host.startswith("www.") else host


def set_page_hosts(url: str | None, lines: list[str]) -> None:
    """Note the page's own addresses (`PAGE_HOSTS`) in the current context: the URL's host and any line that is
    only an address ("rivertonnews24.com" over the menu)."""
    hosts = set()
    if url:
        try:
            host = urlsplit(url if "://" in url else "http://" + url).hostname
        except ValueError:
            host = None
        if host and "." in host:
            hosts.add(_bare_host(host))
    for line in lines:
        found = _ADDRESS_LINE.match(line.strip()) if line and len(line) <= 80 else None
        if found:
            hosts.add(_bare_host(found.group(1)))
    PAGE_HOSTS.set(frozenset(hosts))


def _own_address(word: str, hosts: frozenset[str]) -> bool:
    word = _bare_host(word)
    return any(word == host or host.endswith("." + word) or word.endswith("." + host) for host in hosts)


class _StaffCredit:
    """`STAFF_CREDIT.match(line)`: a desk's credit; one naming a desk by a web address only on that address's own
    page (`PAGE_HOSTS`)."""

    def __init__(self) -> None:
        self._plain = _staff_credit_pattern(_DESK_NAME_WORD_PLAIN)
        self._address = _staff_credit_pattern(_DESK_NAME_WORD)

    def match(self, line: str) -> re.Match[str] | None:
        found = self._plain.match(line)
        if found or not (found := self._address.match(line)):
            return found
        hosts = PAGE_HOSTS.get()
        return found if all(_own_address(word, hosts) for word in _ADDRESS_IN_CREDIT.findall(line)) else None


STAFF_CREDIT = _StaffCredit()


# A person's name, a separator, and the outlet, desk or place the person writes for or from: "Jane Roe | Riverton
# 4 News", "Jane Roe - ISTANBUL", "Jane Roe • Staff", "Jane Roe / RNS" (a spaced slash). A comma is no such
# separator ("Paris, France").
_SIGNED_CREDIT = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|der|al|bin|la|le|[A-Z][\w'’.-]*)){1,3})"
                            r"\s*(?:[|•·]|\s[-–—/])\s*(?P<rest>[A-Z0-9][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5})$")


def is_signed_credit(line: str) -> bool:
    """"Jane Roe | Riverton 4 News": a byline without "By" (the name opens with a known given name), the part
    after the separator an outlet (a newspaper word), a desk or job, or a place in capitals ("ISTANBUL"); "Jane
    Austen - A Life" is a headline."""
    match = _SIGNED_CREDIT.match(line)
    if not match:
        return False
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.layout import BYLINE_JOB_WORDS, OUTLET_NAME_WORDS

    rest = match.group("rest")
    words = {word.lower().strip(".,") for word in rest.split()}
    credit = rest.isupper() or bool(words & (OUTLET_NAME_WORDS | BYLINE_JOB_WORDS)) or any(
        part.lower() in OUTLET_NAME_WORDS for part in re.findall(r"[A-Z][a-z]+", rest))
    return credit and _person_name_opening(match.group("name"))


def _person_name_opening(name: str) -> bool:
    """A name that opens with a known given name, or whose words read family name first ("Nguyen Thi Lan", "Park
    Ji-won", `names.family_first`): a person's, not a place's or a desk's."""
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.names import family_first

    words = name.split()
    if is_given_name(words[0].strip(".")):
        return True
    # The family-first reading takes any surname then romanised syllables, which places fit too ("Ha Long", "Lam
    # Dong"): it needs a word after the surname that is a known given name ("Nguyen Thi Lan", "Park Ji-won") and no
    # place the gazetteer knows.
    from loaders.extract.data.cities import place_country
    return 2 <= len(words) <= 3 and family_first(words) and place_country(name) is None and any(
        is_given_name(word.strip(".")) or is_given_name(word.split("-")[0]) for word in words[1:])


_PICTURE_JOB_WORDS = frozenset({"photographer", "producer"})  # a job that credits a picture or a clip, not a story


def is_slash_job_credit(line: str) -> bool:
    """"Kerry-Ann Walters/Staff Reporter": a writer (a known given name first), a slash and only job words
    (`layout.BYLINE_JOB_WORDS`, less a picture's jobs). "Jo Roe/Staff Photographer" and "Jo Roe/Reuters" credit a
    picture; "Cedar Falls/Metro Desk" names no writer."""
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.layout import BYLINE_JOB_WORDS

    parts = [part.strip() for part in line.strip().split("/")]
    if len(line) > 80 or len(parts) != 2 or not _NAME_LINE.match(parts[0]) or parts[0].lower().startswith("by "):
        return False
    job = [word.lower().strip(".") for word in parts[1].split()]
    return bool(job) and all(word in BYLINE_JOB_WORDS and word not in _PICTURE_JOB_WORDS for word in job) \
        and is_given_name(parts[0].split()[0].split("-")[0])


# The same after a comma: "Jane Roe, Riverton Broadcasting News", "Jane Roe, Associated Press", "Jane Roe, Staff
# Writer". A comma joins many things ("Paris, France", "Ann Bell, Star of the Show"), so only a whole outlet's name
# (a newspaper word last, `outlets.looks_like_outlet_name`), a news agency or a job made of job words follows it.
_COMMA_CREDIT = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|der|al|bin|la|le|[A-Z][\w'’.-]*)){1,3})"
                           r",\s+(?P<rest>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5})$")


def is_comma_credit(line: str) -> bool:
    """"Jane Roe, Riverton Broadcasting News": a writer (a known given name first) and, after a comma, her outlet,
    agency (`layout.NEWS_AGENCIES`) or job (`layout.BYLINE_JOB_WORDS` only); "Paris, France" is a place."""
    match = _COMMA_CREDIT.match(line)
    if not match:
        return False
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.layout import BYLINE_JOB_WORDS, NEWS_AGENCIES
    from loaders.extract.outlets import looks_like_outlet_name

    rest = match.group("rest")
    job = all(word.lower().strip(".") in BYLINE_JOB_WORDS for word in rest.split())
    credit = rest in NEWS_AGENCIES or job or looks_like_outlet_name(rest)
    return credit and _person_name_opening(match.group("name"))


_PERSON_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:de|da|di|do|dos|das|del|van|von|der|den|ter|la|le|al|el|[A-Z][\w'’.-]*)){1,4}"
# "Von Jo Roe", "Par Jo Roe et Jo Doe", "Av Jo Roe, reporter", "Autor: Jo Roe": `layout.BYLINE_WORDS_ABROAD`.
_BYLINE_ABROAD = re.compile(
    r"^(?i:" + _words_alternation(BYLINE_WORDS_ABROAD | set(BYLINE_LEAD_PHRASES)) + r")\s*:?\s+(?P<name>" + _PERSON_NAME
    + r")(?:\s*(?:,|&|\b(?:and|und|et|e|y|en|och|og|i)\b)\s*" + _PERSON_NAME + r")*(?:\s*[,|/–—-]\s*[^.!?]{1,40})?$")
# "By: Jo Roe": the colon after "By"; "WRITER: Jo Roe": a byline field's label and its colon before the name
# (`layout.BYLINE_FIELD_LABELS`), the name and at most one more after "and"/"&"/"," and nothing else.
_BY_COLON = re.compile(r"^(?i:by)\s*:\s*[A-Za-z]|^(?i:" + _words_alternation(BYLINE_FIELD_LABELS) + r")\s*:\s*"
                       + r"(?P<name>" + _PERSON_NAME + r")(?:\s*(?:,|&|\band\b)\s*" + _PERSON_NAME + r")?$")


def _by_colon(line: str) -> bool:
    """"By: Jo Roe", "WRITER: Jo Roe": a field label's value reads as a byline only when it is a person's name: no
    organisation's word in it (`lexicon.ORG_WORDS`), unless it is a known given name and one surname that is also
    such a word ("Jo Hall", "Ann Park"). "Columnist: Kestle Harbour Trust" credits an organisation, no writer, and
    so does "Brenn Ferry Company" (a given name may open a firm's name)."""
    match = _BY_COLON.match(line)
    if not match or match.group("name") is None:
        return bool(match)
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.lexicon import ORG_WORDS

    words = match.group("name").split()
    if len(words) == 2 and is_given_name(words[0].strip(".")):
        return True
    return not any(word.lower().strip(".,") in ORG_WORDS for word in words)


def is_field_label_byline(line: str) -> bool:
    """"Writer: Jo Roe": a byline by a field's label (not "By:"), which a credits box prints too."""
    match = _BY_COLON.match(line.strip())
    return bool(match and match.group("name") is not None)


# "Director: Jo Roe", "Running time: 104 minutes", "Starring: ...": a field of a box (a short label, a colon, a value).
_FIELD_ROW = re.compile(r"^(?P<label>[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,2})\s*:\s*\S")


def is_credits_box_row(line: str) -> bool:
    """A field of a credits box ("Director: Jo Roe", "Running time: 104 minutes", `layout.CREDITS_BOX_LABELS`):
    beside a "Writer: Jo Roe" line it marks a film's or a book's credits, whose writer is not the byline. The
    page's own fields ("Newspaper section: News", "Photographer: ...") are no box's mark."""
    match = _FIELD_ROW.match(line.strip())
    if not match or len(line.split()) > 12:
        return False
    return match.group("label").lower() in CREDITS_BOX_LABELS


def is_byline_abroad(line: str) -> bool:
    """A byline opened by another language's word ("Von Jo Roe", "Door Jo Roe", "Autor: Jo Roe"), a known given
    name first ("Di Maio Resigns" is a headline)."""
    match = _BYLINE_ABROAD.match(line)
    if not match:
        return False
    from loaders.extract.data.given_names import is_given_name

    return is_given_name(match.group("name").split()[0].strip("."))


# "Redacción", "Par la rédaction", "Von der Redaktion": the newsroom as the byline (`layout.NEWSROOM_CREDITS`).
_NEWSROOM_CREDIT = re.compile(r"^(?:(?:by|par|por|von|di|door|av|af|da)\s+)?(?:the|la|le|der|de|het|el|a)?\s*(?:"
                              + _words_alternation(NEWSROOM_CREDITS) + r")$", re.IGNORECASE)


def is_newsroom_credit(line: str) -> bool:
    return bool(_NEWSROOM_CREDIT.match(line.strip()))


_TEAM_CREDIT = re.compile(r"^(?:(?i:by)\s+)?" + _TEAM)


def is_team_credit(line: str) -> bool:
    """"Nation Team", "By Riverton Team": a team credited as the byline (a `STAFF_CREDIT` naming no person)."""
    return bool(STAFF_CREDIT.match(line) and _TEAM_CREDIT.match(line))


def is_bare_team_credit(line: str) -> bool:
    """"News Team", "Kestrel Digital Team": a team credit without "By". It already needs a newsroom's word
    (`STAFF_CREDIT`); it is a byline only where bylines stand (under the headline or beside its date line), never
    above the headline, where a team line names a section or the site."""
    return is_team_credit(line) and not re.match(r"(?i:by)\s", line)


_SENDER_WORDS = 8  # words of a sender line at most
_SENDER_FIELD_EXTRA = 4  # a labelled field ("From: A and The Rt Hon Jo Roe MP") may name two senders
_SENDER_GLUE = frozenset({"of", "and", "for", "the", "&"})


def _is_field_opener(line: str) -> bool:
    """"From:" alone: a sender field's label whose value stands on the next line."""
    text = line.strip()
    return text.endswith(":") and text[:-1].strip().lower() in SENDER_OPENERS


def is_sender_line(line: str) -> bool:
    """"From Department of Agriculture", "From the Ministry of Kestrel Affairs": a press release's sender, read like
    a byline (headline-block furniture, never the headline): an opener (`layout.SENDER_OPENERS`) and then only an
    institution's name, capitalised words and glue with an institution's word among them
    (`layout.INSTITUTION_BANNER_WORDS`); the opener may carry a field's colon ("From: Department for Transport").
    "From Ministry to Market" is a headline."""
    words = line.split()
    release = " ".join(words[:3]).lower() in RELEASE_SENDER_OPENERS and len(words) > 3
    if release:
        words = ["from"] + words[3:]  # "Press Release by the Ministry ...": the release's sender
    most = _SENDER_WORDS + (_SENDER_FIELD_EXTRA if release or words and words[0].endswith(":") else 0)
    if not 2 <= len(words) <= most or words[0].lower().rstrip(":") not in SENDER_OPENERS \
            or _SENTENCE_END.search(line):
        return False
    name = words[1:]
    return all(word[:1].isupper() or word.lower() in _SENDER_GLUE for word in name) and name[-1][:1].isupper() \
        and any(word.lower().strip(".,") in INSTITUTION_BANNER_WORDS for word in name)


def is_person_byline(line: str) -> bool:
    """"By Jane Roe": a byline opened by a credit phrase that credits no desk or team."""
    return len(line) <= 150 and bool(BYLINE.match(line) or _by_colon(line)) and not STAFF_CREDIT.match(line)


def is_byline(line: str) -> bool:
    return len(line) <= 150 and bool(BYLINE.match(line) or STAFF_CREDIT.match(line) or _by_colon(line)
                                     or is_signed_credit(line) or is_comma_credit(line) or is_byline_abroad(line)
                                     or _NEWSROOM_CREDIT.match(line) or is_outlet_bar_byline(line)
                                     or is_slash_job_credit(line))


_BAR = re.compile(r"\s+\|\s+")


def is_outlet_bar_byline(line: str) -> bool:
    """"River Valley Public Radio | By Jenna Morales": the outlet's name, a bar, then 'By' and a person's name (a known
    given name first) and nothing else. "Review | By the numbers: the city budget" is a headline."""
    parts = _BAR.split(line.strip())
    return len(parts) == 2 and parts[1][:3].lower() == "by " and is_name_line(parts[1]) \
        and not _SENTENCE_END.search(parts[0])


_NAME_LINE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|der|al|bin|la|le|[A-Z][\w'’.-]*)){1,3}"
                        r"(?:\s+(?:in|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?|(?:,\s*[A-Z][A-Za-z.®]{1,7})+)?$")
_BYLINE = re.compile(r"^(?:" + credit_alternation("byline") + "|" + credit_alternation("author") + r")\b\s*:?",
                     re.IGNORECASE)
# "Interview by Jo Roe" right over the date line: the byline (`data.credits` use 'dated').
DATED_CREDIT = re.compile(r"^(?:" + credit_alternation("dated") + r")\s*:?\s+(?P<names>(?-i:[^\W\d_a-z])[^.!?]{1,60})$",
                          re.IGNORECASE)
_FIRST_NAME_OF = re.compile(r"\s*(?:,|&|\band\b)\s*")


def is_dated_credit(line: str) -> bool:
    """"Interview by Jo Roe": a dated credit (`DATED_CREDIT`) whose first name is a person's (`_person_name_opening`)
    and with no colon after it, so a headline opening with the words ("Interview by Zoom: how courts learned ...")
    is no byline."""
    match = DATED_CREDIT.match(line.strip())
    if not match or ":" in match.group("names"):
        return False
    first = _FIRST_NAME_OF.split(match.group("names"), maxsplit=1)[0].strip()
    return bool(first) and _person_name_opening(first)
_LABEL_ONLY = re.compile(r"^(?:(?:last\s+)?(?:updated|published|posted|modified|written|created)(?:\s+(?:on|by|at))?|"
                         r"by|date|author|authors|publish(?:ed)?\s+date)\s*:?$", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+")
_BREADCRUMB_SPLIT = re.compile(r"\s+[›»>/|–-]\s+|\s*[›»▸▶]\s*")
_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s*[|]\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def is_name_line(text: str) -> bool:
    """"Jane Roe", "By Jane Roe in Moscow": a person's name (a known given name first), maybe with a place."""
    if not _NAME_LINE.match(text):
        return False
    from loaders.extract.data.given_names import is_given_name

    first = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE).split()[0]
    return is_given_name(first.strip(".,"))


_NAMES_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_ONE_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:de|da|van|von|der|al|bin|la|le|[A-Z][\w'’.-]*)){1,2}$")


def is_names_line(text: str) -> bool:
    """Two or three people's names and nothing else ("Chan Dara and Jo Roe", "Jo Roe, Ann Lee & Tom Pike"): a
    byline without "By". Each name is two or three capitalised words; one of them opens with a known given name
    (a writer's name from elsewhere may be unknown to the list, a Title Case headline would hold none)."""
    if len(text) > 80 or not re.search(r"\s(?:and|&)\s|,", text):
        return False
    names = _NAMES_SPLIT.split(text.strip())
    if not 2 <= len(names) <= 3 or not all(_ONE_NAME.match(name) and name not in NEWS_AGENCIES for name in names):
        return False  # "Jo Roe and Ann Lee, Associated Press" is a byline with its agency, read elsewhere
    from loaders.extract.data.given_names import is_given_name

    return any(is_given_name(name.split()[0].strip(".")) for name in names)


@dataclass
class Line:
    """A non-empty line of the page with the shape features the signals read."""

    text: str
    label: str | None  # the boilerplate signal, or None for article text
    words: int = 0
    prose: bool = False
    shaped: bool = False  # headline-shaped and not boilerplate
    date: object = None  # the line as a date line (DateMatch), year-less dates included
    meta: bool = False  # a byline, an author's name, a date line, a reading time or "By"/"Updated on" alone
    navish: bool = False  # short, unpunctuated, no date: a menu item
    nav_words: bool = False  # only menu words
    section: bool = False  # "LOCAL NEWS", "Politics": a section or kicker line
    menu: bool = False  # "News | Sports | Weather"
    key: str = ""  # folded text, list number dropped, to find repetitions
    tail_key: str = ""  # the key of a breadcrumb's last item ("Home › Blog › X" -> key of X), else ""
    crumbs: int = 0  # items of a breadcrumb path ("Home > Blog > X" -> 3), else 0
    section_path: bool = False  # "Sports › Football": a two-item path opening on a section's name (`_section_path`)
    numbered: bool = False  # opens with a list number ("2. ")
    tokens: frozenset = field(default_factory=frozenset)


_DIGIT = re.compile(r"\d")
_GLUED_MENU = re.compile(r"[a-z]{2,}[A-Z][a-z]{2,}[A-Z][a-z]{2,}")  # "CapabilitiesPricingDownload": menu items run together
_NAV_SHARE = 0.7  # the share of menu words that makes a short line a menu item


# A magazine's issue line under its headline ("March 2026 Issue", "The Spring 2026 issue", "Issue 42, March 2026"): a
# month's date, which the date reader does not take as a date line, standing where the byline and date stand.
_ISSUE_WHEN = r"(?:" + "|".join(MONTH_KEYS + ISSUE_SEASONS) + r")(?:\s*[/–-]\s*(?:" + "|".join(MONTH_KEYS + ISSUE_SEASONS) \
    + r"))?\s+\d{4}(?:\s*/\s*\d{2,4})?"
_ISSUE_LINE = re.compile(r"^(?:the\s+)?" + _ISSUE_WHEN + r"\s+issue$|^issue\s+(?:no\.?\s*)?\d{1,4}\s*[,:·|–-]?\s*"
                         + _ISSUE_WHEN + r"$", re.IGNORECASE)


# A horizontal menu copied as one line keeps the gaps between its items as runs of spaces or tabs ("World  Business
# Markets  Legal", "myFT  Home  World  US"); a headline's words are one space apart (a stray double space parts it
# in two, not in three or more).
_SPACED_GAP = re.compile(r"\t+|\s{2,}")
_SPACED_MENU_ITEMS = 3  # items, so at least two gaps
_SPACED_MENU_WORDS = 3  # words of one item ("Hong Kong", "Middle East")


def _spaced_menu(text: str) -> bool:
    """Three or more items parted by two or more spaces or a tab, each a few words with a capital ("US", "myFT",
    "Hong Kong") and no sentence's stop: a menu copied as one line."""
    parts = [part for part in _SPACED_GAP.split(text.strip()) if part]
    return len(parts) >= _SPACED_MENU_ITEMS and all(
        len(part.split()) <= _SPACED_MENU_WORDS and any(char.isupper() for char in part)
        and not _SENTENCE_END.search(part) for part in parts)


# "Reporting from Port Clyde, Maine": where the writer filed from, printed with the byline; a place's capitalised
# words after the opener and nothing else ("Reporting from the front line changed how we ..." is a sentence).
_REPORTER_PLACE = re.compile(r"^(?i:reporting|reported|writing)\s+(?i:from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"
                             r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,2}\.?$")


def _line(text: str, label: str | None, date_order: str | None) -> Line:
    line = Line(text, label)
    words = text.split()
    line.words = len(words)
    line.prose = label is None and boilerplate.is_paragraph(text)
    has_digit = bool(_DIGIT.search(text))
    line.date = date_line(text, date_order, yearless=True) if has_digit and len(text) <= 90 else None
    byline_like = (bool(_BYLINE.match(text)) and line.words <= 25) or is_byline(text) or is_names_line(text) \
        or is_sender_line(text) or bool(_REPORTER_PLACE.match(text))
    dated = has_digit and line.words <= 25 and not line.prose and not _SENTENCE_END.search(text) and any(
        found.precision == "day" for found in find_dates(text))
    # a relative clock ("Updated 18h ago", a "timestamp") stands where a date line stands: the headline block's
    issue = has_digit and line.words <= 8 and bool(_ISSUE_LINE.match(text))
    line.meta = bool(line.date) or label in ("reading_time", "timestamp") or byline_like \
        or bool(_LABEL_ONLY.match(text)) or dated or issue
    folded_words = [word.lower().strip(":,.!?") for word in words] if line.words <= 8 else []
    line.nav_words = 0 < line.words <= 8 and sum(word in NAV_WORDS or not _LETTERS.search(word)
                                                 for word in folded_words) >= _NAV_SHARE * line.words
    line.section = line.words <= 3 and (all(word in SECTION_WORDS for word in folded_words) or (
        text.isupper() and len(text) <= 30))
    parts = _MENU_SEPARATOR.split(text) if line.words <= 15 else []
    line.menu = (len(parts) >= 2 and all(0 < len(part.split()) <= 3 for part in parts if part.strip())) or (
        line.words <= 8 and bool(_GLUED_MENU.search(text))) or _spaced_menu(text)
    line.navish = (line.words <= 4 and len(text) <= 40 and not _SENTENCE_END.search(text) and not line.date
                   and not line.meta) or line.nav_words or line.menu
    line.shaped = label is None and not line.date and not dated and not issue and not byline_like \
        and is_headline_shaped(text)
    line.numbered = bool(_LIST_NUMBER.match(text))
    if line.words <= 60:
        line.key = " ".join(tokens(_LIST_NUMBER.sub("", text)))
        line.tokens = frozenset(line.key.split())
        crumbs = _BREADCRUMB_SPLIT.split(text)
        if len(crumbs) >= 2:
            line.tail_key = " ".join(tokens(_LIST_NUMBER.sub("", crumbs[-1])))
            if all(0 < len(crumb.split()) <= 3 for crumb in crumbs[:-1]):
                line.crumbs = len(crumbs)
        line.section_path = len(crumbs) == 2 and _section_path(text)
    return line


_SECTION_PATH_SPLIT = re.compile(r"\s*(?:" + "|".join(re.escape(mark) for mark in SECTION_PATH_MARKS) + r")\s*")


def _section_path(text: str) -> bool:
    """"Sports › Football", "Health > Hospitals", "News / Local": a two-item breadcrumb whose first item is a
    section's name (`layout.SECTION_WORDS`, menu words) and whose second is a short label (`SECTION_PATH_ITEM_WORDS`
    words or fewer, no digit, no sentence's stop), split by a path's mark (`SECTION_PATH_MARKS`; a dash parts a
    headline from its kicker: "Review – Hamlet" stays). Page furniture above the headline, never the headline."""
    parts = _SECTION_PATH_SPLIT.split(text.strip())
    if len(parts) != 2 or _DIGIT.search(text) or not all(
            0 < len(part.split()) <= SECTION_PATH_ITEM_WORDS and part[0].isupper() and not _SENTENCE_END.search(part)
            for part in parts):
        return False
    words = [word.lower() for word in parts[0].split() if word.lower() not in ("&", "and")]
    return bool(words) and all(word in SECTION_WORDS or word in NAV_WORDS for word in words)


# --- the page ---

_BODY_WINDOW = 5  # lines in which the body's first paragraphs must gather...
_BODY_WORDS = 60  # ...this many words of prose
_REPEAT_BEFORE, _REPEAT_AFTER = 12, 3  # where a copy of the headline counts (page title, breadcrumb)
_TAG_WORDS = 3
_META_AHEAD = 5  # lines under a headline where its byline or date line may stand
_TOP_LINES = 2  # lines of text above a headline that still opens the page


class _Lines:
    """The page's lines with their features, each computed on first use: only the top of a long page (down
    to its body and a few lines past) is ever looked at, so the cost does not grow with the body."""

    def __init__(self, texts: list[str], labels: list[str | None], date_order: str | None) -> None:
        self.texts, self.labels, self.date_order = texts, labels, date_order
        self._base: list[Line | None] = [None] * len(texts)
        self._done: list[Line | None] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self.texts)

    def base(self, i: int) -> Line:
        line = self._base[i]
        if line is None:
            line = self._base[i] = _line(self.texts[i], self.labels[i], self.date_order)
        return line

    def __getitem__(self, i: int) -> Line:
        if i < 0:
            raise IndexError(i)
        line = self._done[i]
        if line is None:
            line = self.base(i)
            # "Jane Roe" or "Jane Roe in Moscow" beside a date line or another byline is a byline without "By".
            if not line.meta and line.label is None and is_name_line(line.text) and (
                    any(self.base(j).date or self.base(j).meta for j in range(i + 1, min(len(self), i + 3)))
                    or (i > 0 and self.base(i - 1).date)):
                line.meta, line.navish, line.shaped = True, False, False
            if not line.meta and line.label is None and is_dated_credit(line.text) and i + 1 < len(self) \
                    and self.base(i + 1).meta and not _BYLINE.match(self.texts[i + 1]):
                # "Interview by Jo Roe" / "May 2024 issue": the credit over the date line is the byline.
                line.meta, line.navish, line.shaped = True, False, False
            if not line.meta and line.label is None and i > 0 and _is_field_opener(self.texts[i - 1]) \
                    and is_sender_line(f"{self.texts[i - 1].strip()} {line.text}"):
                # "From:" / "Department for Transport and The Rt Hon Jo Roe MP": the field's value on its own line
                line.meta, line.navish, line.shaped = True, False, False
            if line.meta and is_team_credit(line.text) and i + 1 < len(self) \
                    and is_person_byline(self.texts[i + 1]):
                # "Wales Name Team" / "By Gareth Jones": a person's byline under it; the team line is a headline
                # or kicker, never the byline that takes the person's place.
                line.meta = line.date is not None
                line.shaped = line.label is None and not line.date and is_headline_shaped(line.text)
            self._done[i] = line
        return line


class Page:
    """The non-empty lines of a copied page with their features, the slug and the body's first paragraph."""

    def __init__(self, lines: list[str], labels: list[str | None], url: str | None = None,
                 date_order: str | None = None) -> None:
        self.index = [i for i, text in enumerate(lines) if text]  # position of each non-empty line in `lines`
        self.texts = [lines[i] for i in self.index]
        self.labels = [labels[i] for i in self.index]
        self.lines = _Lines(self.texts, self.labels, date_order)
        self.date_order = date_order
        self.slug = slug_tokens(url)
        self._cover: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self.texts)

    @cached_property
    def body_start(self) -> int:
        """The first paragraph of the body: the first prose line that, with the prose of the next few lines,
        makes `_BODY_WORDS` words (a one-line promotion or a standfirst does not); on a short page, the first
        prose line."""
        texts, labels = self.texts, self.labels
        prose: dict[int, int] = {}  # line -> its words when it is prose, else 0 (a breadcrumb path ending in the
        # headline, or a long headline in Title Case, is no prose)

        def prose_words(i: int) -> int:
            if i not in prose:
                prose[i] = len(texts[i].split()) if labels[i] is None and boilerplate.is_paragraph(texts[i]) \
                    and not self.lines[i].crumbs >= _PATH_CRUMBS and not self.long_title(i) \
                    and not self.credit_line(i) else 0
            return prose[i]

        first_prose = None
        for i in range(len(texts)):
            if not prose_words(i):
                continue
            if first_prose is None:
                first_prose = i
            if sum(prose_words(j) for j in range(i, min(len(texts), i + _BODY_WINDOW))) >= _BODY_WORDS:
                return i
        return first_prose if first_prose is not None else len(texts)

    def credit_line(self, i: int) -> bool:
        """A long line of the headline block's credits, no sentence ("Medically reviewed by Jo Roe, RD — Written
        by Ann Lee — Updated on April 2, 2026"): it opens with a credit phrase and has no full stop at its end (a
        lede opening "By Tuesday evening, rescuers had ..." ends as a sentence)."""
        text = self.texts[i]
        return bool(_BYLINE.match(text)) and not _SENTENCE_END.search(text)

    def long_title(self, i: int) -> bool:
        """A long line in Title Case without a full stop: a headline ("A Notion Alternative for Teams Managing
        Docs, Conversations, and Ongoing Work: How to Make The Switch"), not the body's first paragraph."""
        text = self.texts[i]
        return not _SENTENCE_END.search(text) and is_title_case(text)

    def cover(self, i: int) -> float:
        if i not in self._cover:
            line = self.lines[i]
            self._cover[i] = slug_cover(set(line.tokens), self.slug) if line.shaped and self.slug else 0.0
        return self._cover[i]

    @cached_property
    def first_shaped(self) -> int | None:
        limit = min(len(self), self.body_start + _CANDIDATES_AFTER_BODY + 1, _MAX_CANDIDATES)
        return next((i for i in range(limit) if self.lines[i].shaped and not self.lines[i].nav_words
                     and not self.lines[i].menu and not self.numbered_list(i) and not self.kicker_above(i)), None)

    def top_line(self, i: int) -> bool:
        """The page's first headline-shaped line, with at most two lines of text (not furniture) above it, and
        no prose: a heading under the article's opening paragraphs is a sub-heading."""
        return self.first_shaped == i and sum(label is None for label in self.labels[:i]) <= _TOP_LINES \
            and not self.prose_before(i)

    def in_list(self, i: int) -> bool:
        """One of three or more headline-shaped lines in a row, after its first: a list (bullet points,
        contents, links); the first of them may be the headline over them."""
        def listed(j: int) -> bool:
            return self.lines[j].shaped and not self.lines[j].navish

        if not listed(i):
            return False
        run = 1
        for j in range(i - 1, max(-1, i - 3), -1):
            if not listed(j):
                break
            run += 1
        if run == 1:
            return False
        for j in range(i + 1, min(len(self.lines), i + 3)):
            if not listed(j):
                break
            run += 1
        return run >= 3

    def breadcrumb(self, i: int) -> bool:
        """"Answers > Seven ways to ...": a path whose last item stands again as a line nearby."""
        tail = self.lines[i].tail_key
        if not tail:
            return False
        return any(self.lines[j].key == tail for j in range(max(0, i - 3), min(len(self.lines), i + 4)) if j != i)

    def repeated(self, i: int) -> bool:
        """The headline's words also stand on a line nearby: the page title and the <h1>, or a breadcrumb whose
        last item it is."""
        key = self.lines[i].key
        if not key:
            return False
        for j in range(max(0, i - _REPEAT_BEFORE), min(len(self.lines), i + _REPEAT_AFTER + 1)):
            if j == i:
                continue
            other = self.lines[j]
            if other.key == key or other.tail_key == key:
                return True
        # A breadcrumb anywhere above the body that ends in the line ("Home > Blog > <headline>").
        return self.path_tails.get(key, -1) > i

    @cached_property
    def path_tails(self) -> dict[str, int]:
        """{the last item of a breadcrumb path above the body: the last line it ends}."""
        tails: dict[str, int] = {}
        for j in range(min(len(self.lines), self.body_start + 1, _MAX_CANDIDATES)):
            if self.lines[j].crumbs >= _PATH_CRUMBS and self.lines[j].tail_key:
                tails[self.lines[j].tail_key] = j
        return tails

    def label_under_headline(self, i: int) -> bool:
        """A category line ("Product & Engineering") a few lines under a longer headline-shaped line: a label
        of the headline block, not its headline."""
        if not self._kicker_like(i):
            return False
        words = self.lines[i].words
        return any(self.lines[j].shaped and not self.lines[j].navish and self.lines[j].words >= words + 3
                   for j in range(max(0, i - _LABEL_REACH), i))

    def meta_follows(self, i: int) -> bool:
        """A byline, date line or reading time stands under the line, past at most a standfirst, a copy of the
        line, section lines, topic tags in lower case ("virtual classroom") and share buttons."""
        standfirst = named = False
        for j in range(i + 1, min(len(self.lines), i + 1 + _META_AHEAD)):
            line = self.lines[j]
            if line.meta:
                return True
            if line.nav_words or line.menu:
                return False
            if not named and line.navish and line.label is None and _NAME_LINE.match(line.text):
                named = True  # "Ong Wei Ling" over "Senior Transport Correspondent"
                continue
            if line.key == self.lines[i].key or line.section or line.label in ("share", "button", "label", "summary", "photo_credit"):
                continue
            if line.words <= _TAG_WORDS and line.text.islower() and not line.prose:
                continue  # a topic tag
            if not standfirst and (line.shaped or (line.prose and line.words <= 60)):
                standfirst = True
                continue
            return False
        return False

    def hangs_meta(self, i: int) -> bool:
        """The line the byline or date line hangs from: right above it, or above a standfirst that reads as a
        sentence right above it. A kicker over the headline does not get this: the headline is no sentence."""
        j = i + 1
        while j < len(self.lines) and self.lines[j].label in ("share", "button", "label", "summary", "photo_credit"):
            j += 1
        if j < len(self.lines) and not self.lines[j].meta and _reads_as_sentence(self.lines[j]):
            j += 1
        return j < len(self.lines) and self.lines[j].meta

    def meta_precedes(self, i: int) -> bool:
        return i > 0 and (self.lines[i - 1].meta and self.lines[i - 1].label != "reading_time"
                          or self.lines[i - 1].label == "reading_time" and i > 1 and self.lines[i - 2].meta)

    def right_before_body(self, i: int) -> bool:
        """Only furniture (bylines, date lines, labels, share buttons, lines of one or two words) stands between the
        line and the body's first paragraph."""
        if not 0 < self.body_start - i <= _RIGHT_BEFORE:
            return False
        return all(self.lines[j].meta or self.lines[j].label is not None or self.lines[j].words <= 2
                   for j in range(i + 1, self.body_start))

    def in_nav_run(self, i: int) -> bool:
        """The line sits among menu lines: two on each side, or four in a row with it. The last line of such a run
        with only furniture between it and the body's first paragraph ends the menus: it is the page's heading."""
        lines = self.lines
        if not lines[i].navish or (lines[i].shaped and not lines[i].nav_words and not lines[i].menu
                                   and self.right_before_body(i)):
            return False
        before = 0
        for j in range(i - 1, max(-1, i - 4), -1):
            if not lines[j].navish:
                break
            before += 1
        after = 0
        for j in range(i + 1, min(len(lines), i + 4)):
            if not lines[j].navish:
                break
            after += 1
        return (before >= 2 and after >= 2) or before + after >= 3 and (before >= 3 or after >= 3)

    def numbered_list(self, i: int) -> bool:
        """"2. Blog" next to "1. Home": an item of a numbered list (a breadcrumb copied as a list, contents)."""
        return self.lines[i].numbered and any(self.lines[j].numbered for j in range(max(0, i - 2), min(len(self), i + 3))
                                              if j != i)

    def in_contents(self, i: int) -> bool:
        """An entry of a table of contents: under a "Table of contents" heading, before any prose."""
        for j in range(i - 1, max(-1, i - _CONTENTS_SPAN), -1):
            line = self.lines[j]
            if line.prose and line.words >= _CONTENTS_PROSE:
                return False
            if _CONTENTS.match(line.text):
                return True
        return False

    def under_headline_block(self, i: int) -> bool:
        """Right under a byline or date line that itself stands under a headline-shaped line: a caption or a
        sub-heading past the headline block, not the headline."""
        j = i - 1
        while j >= 0 and i - j <= _META_AHEAD and self.lines[j].meta:
            j -= 1
        if j == i - 1:
            return False
        while j >= 0 and i - j <= _META_AHEAD + 2 and self.lines[j].label is not None:
            j -= 1  # page labels ("Live Reporting") between the headline block and its byline
        if j < 0:
            return False
        return self.lines[j].shaped and self.lines[j].words >= 3 and not self.lines[j].navish

    def writer_outlet(self, i: int) -> bool:
        """"Dana Ortiz" / "Springfield Daily Ledger" / "Published ...": a short line right under the writer's bare
        name and right over the date line is her outlet, the byline's second line (a masthead's copy, not the
        headline's). A headline under an author-first byline is longer than `_OUTLET_WORDS`."""
        return 0 < i < len(self.lines) - 1 and self.lines[i].words <= _OUTLET_WORDS \
            and is_name_line(self.texts[i - 1]) and self.lines[i + 1].date is not None

    def kicker_above(self, i: int) -> bool:
        """A section or category line ("LOCAL NEWS", "Camera & Gear Reviews", "Politics") right above a longer
        headline-shaped line: the line is a kicker."""
        line = self.lines[i]
        if not self._kicker_like(i):
            return False
        j = i + 1
        while j < len(self.lines) and j - i <= 2 and self._kicker_like(j):
            j += 1  # "Singapore / Transport": a section path over two lines
        if j >= len(self.lines):
            return False
        following = self.lines[j]
        return following.shaped and following.words > line.words and not following.section and not following.navish

    def _kicker_like(self, i: int) -> bool:
        line = self.lines[i]
        words = sum(word not in ("&", "+", "and") for word in line.text.split())
        return line.label is None and words <= 3 and (line.section or bool(_KICKER.match(line.text))) \
            and not is_name_line(line.text)

    def prose_before(self, i: int) -> bool:
        return self.body_start < i


_LOWER_START = re.compile(r"^[a-z]")


def _reads_as_sentence(line: Line) -> bool:
    """A standfirst rather than a headline: prose, a full stop at the end, or ten words or more in sentence case
    ("Difficult ground under Loyang and contractor woes push opening back by two years")."""
    if line.prose or line.text.endswith((".", "!")):
        return True
    words = line.text.split()[1:]
    return len(words) >= 9 and sum(bool(_LOWER_START.match(word)) for word in words) >= 0.5 * len(words)


@dataclass(frozen=True)
class Signal:
    """One piece of evidence about a headline candidate: its name, its weight, and the test."""

    name: str
    weight: float
    test: Callable[[Page, int], bool]


# Evidence for (positive weight) and against (negative) a line being the headline; the sum decides. The weights
# are fitted (`scripts/fit_headline_weights.py`): change them by refitting, not by hand.
HEADLINE_SIGNALS: tuple[Signal, ...] = (
    Signal("slug", 5.0, lambda page, i: page.cover(i) >= 0.75),
    Signal("slug-part", 2.0, lambda page, i: 0.5 <= page.cover(i) < 0.75),
    # a writer's outlet under her name repeats the masthead, not the headline's page title
    Signal("repeated", 3.0, lambda page, i: page.repeated(i) and not page.writer_outlet(i)),
    Signal("above-meta", 2.5, lambda page, i: page.meta_follows(i)),
    Signal("hangs-meta", 1.0, lambda page, i: not (page.lines[i].nav_words or page.lines[i].menu or page.in_nav_run(i))
           and page.hangs_meta(i)),
    Signal("below-meta", 1.0, lambda page, i: page.meta_precedes(i)),
    Signal("before-body", 2.0, lambda page, i: 0 < page.body_start - i <= 4),
    Signal("near-body", 1.0, lambda page, i: 4 < page.body_start - i <= 10),
    Signal("title-case", 2.0, lambda page, i: is_title_case(page.lines[i].text)),
    Signal("top-line", 3.0, lambda page, i: page.top_line(i)),
    Signal("first-line", 1.0, lambda page, i: page.first_shaped == i and not page.top_line(i)),
    Signal("headline-length", 1.5, lambda page, i: 4 <= page.lines[i].words <= 25),
    Signal("short", -1.5, lambda page, i: page.lines[i].words <= 2),
    Signal("nav-run", -2.5, lambda page, i: page.in_nav_run(i)),
    Signal("menu-words", -3.0, lambda page, i: page.lines[i].nav_words),
    Signal("menu-line", -3.0, lambda page, i: page.lines[i].menu),
    Signal("kicker", -2.0, lambda page, i: page.kicker_above(i)),
    Signal("label", -2.0, lambda page, i: page.label_under_headline(i)),
    Signal("in-list", -1.5, lambda page, i: page.in_list(i)),
    Signal("under-headline-block", -2.0, lambda page, i: page.under_headline_block(i)),
    Signal("breadcrumb", -2.0, lambda page, i: page.breadcrumb(i)),
    Signal("path", -3.0, lambda page, i: page.lines[i].crumbs >= _PATH_CRUMBS),
    Signal("section-path", -8.0, lambda page, i: page.lines[i].section_path),
    Signal("numbered-list", -2.5, lambda page, i: page.numbered_list(i)),
    Signal("contents", -2.5, lambda page, i: page.in_contents(i)),
    Signal("sentence", -1.5, lambda page, i: page.lines[i].words > 8 and page.lines[i].text.endswith((".", "!", "…"))),
    Signal("question-to-reader", -1.0, lambda page, i: bool(_TO_READER.match(page.lines[i].text))),
    Signal("after-prose", -3.0, lambda page, i: page.prose_before(i)),
)
_CONTENTS = re.compile(r"^(?:table\s+of\s+contents?|contents|article\s+contents|in\s+this\s+(?:article|post|guide|story)|"
                       r"on\s+this\s+page|jump\s+to(?:\s+(?:section|chapter))?|topics\s+covered|"
                       r"here['’]s\s+what\s+you['’]ll\s+learn|what\s+you['’]ll\s+learn|quick\s+links|skip\s+to)\s*:?$",
                       re.IGNORECASE)
_CONTENTS_SPAN = 15
_CONTENTS_PROSE = 20  # a contents entry may read like a sentence; a paragraph this long ends the contents
# One to three capitalised words (joined by "&", "and", "of"): a category name, not a sentence-case headline.
_KICKER = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:&|and|of|\+|[A-Z][\w'’.-]*)){0,3}$")
_TO_READER = re.compile(r"^(?:do|are|want|need|looking|ready|have)\s+you\b|.*\b(?:now|today)[!.]?$", re.IGNORECASE)
MIN_HEADLINE_SCORE = 2.0
_PATH_CRUMBS = 3  # items of a breadcrumb path ("Home > News > X")
_LABEL_REACH = 4  # lines above a category line where the headline it labels may stand
_OUTLET_WORDS = 5  # an outlet's name under its writer's is this short
_RIGHT_BEFORE = 4  # lines between a heading and the body's first paragraph that may all be furniture
_CANDIDATES_AFTER_BODY = 3  # headline-shaped lines past the body's start still scored (a standfirst-like start)
_LONG_SENTENCE = 20  # words of a full-stopped line that is prose, not a headline
_MAX_CANDIDATES = 300  # a headline stands within the page's first lines, however long the menus above it


@dataclass(frozen=True)
class HeadlineChoice:
    index: int  # position in `Page.lines`
    line: int  # position in the page's lines as given (blank lines counted)
    text: str
    score: float
    signals: tuple[str, ...]

    against: tuple[str, ...] = ()

    @property
    def evidence(self) -> str:
        """The signals for the headline and, after a semicolon, those against it:
        'slug+above-meta+before-body', 'slug+repeated+top-line; against: short'."""
        text = "+".join(self.signals) or "only-candidate"
        return f"{text}; against: {'+'.join(self.against)}" if self.against else text


def score_line(page: Page, i: int) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """The line's score and the names of the signals for and against it."""
    fired = [signal for signal in HEADLINE_SIGNALS if signal.test(page, i)]
    return (sum(signal.weight for signal in fired), tuple(signal.name for signal in fired if signal.weight > 0),
            tuple(signal.name for signal in fired if signal.weight < 0))


_LATE_COVER = 0.9  # a line past the body that spells the URL's slug this fully is the page's headline...
_LATE_SLUG_WORDS = 3  # ...when the slug says that much
_LATE_CHOICE_SCORE = 5.0
_LATE_CHARS = 250
_LATE_LABELS = (None, "related", "link")  # the page's own headline in a list of articles after it


def find_late_headline(page: Page, choice: HeadlineChoice | None) -> HeadlineChoice | None:
    """The headline copied after the body (a page whose copy starts at the article's first paragraph and ends
    with a list that names the article itself, or its title last), when the layout found none or one that
    something speaks against: the first headline-shaped line past the body's start that spells the URL's slug
    (`_LATE_COVER` of a slug of `_LATE_SLUG_WORDS` words or more) better than the chosen line does. A chosen
    line with the headline block's evidence around it (`_LATE_CHOICE_SCORE` without the slug's share) stands: a
    sub-heading inside the body may echo the slug too. A list item or an address is no headline."""
    if len(page.slug) < _LATE_SLUG_WORDS or (choice is not None and (
            not choice.against or _layout_score(choice) >= _LATE_CHOICE_SCORE)):
        return None
    floor = max(_LATE_COVER, page.cover(choice.index) + 0.01) if choice is not None else _LATE_COVER
    for i in range(page.body_start, len(page)):
        # Read from the text alone: the lines past the body have no features computed, and most never need them.
        text = page.texts[i]
        if page.labels[i] in _LATE_LABELS and len(text) <= _LATE_CHARS and "/" not in text \
                and slug_cover(set(tokens(text)), page.slug) >= floor and is_headline_shaped(text) \
                and not boilerplate.is_paragraph(text) and not _LIST_NUMBER.match(text) and not page.numbered_list(i):
            return HeadlineChoice(i, page.index[i], text, 0.0, ("slug-late",))
    return None


def _layout_score(choice: HeadlineChoice) -> float:
    """The choice's score from the page's layout alone, without what the URL's slug lent it."""
    return choice.score - sum(signal.weight for signal in HEADLINE_SIGNALS
                              if signal.name in ("slug", "slug-part") and signal.name in choice.signals)


# The browser's page title copied above the <h1>: the headline, a separator and the site's name ("Council shuts
# bridge | The Riverton Post", "Council shuts bridge - Riverton 4 News").
# No colon: "Riverton Blog: Small steps" puts the headline after the blog's name.
_SITE_SUFFIX = re.compile(r"^\s*(?:[|•·]|[-–—]{1,2})\s*(?P<site>\S.{0,59})$")
_TITLE_PAIR_REACH = 3


def site_suffix(titled: str, bare: str) -> str | None:
    """The site's name when `titled` is `bare` with the site's name after a separator (the page title over the
    <h1>), else None."""
    # The cheap tests first: most pairs of lines are not a title over its headline, and `bare` may be a long
    # paragraph, which the word count would split for nothing.
    if len(titled) <= len(bare) or not titled.startswith(bare) or len(bare.split()) < 3:
        return None
    match = _SITE_SUFFIX.match(titled[len(bare):])
    if not match or not match.group("site")[:1].isupper() or _SENTENCE_END.search(match.group("site")):
        return None
    return match.group("site").strip()


def page_title_pairs(texts: list[str], limit: int) -> list[tuple[int, int, str]]:
    """(page-title line, headline line, site name) for each page-title line among the first `limit` lines whose
    headline stands as a line of its own within `_TITLE_PAIR_REACH` lines of it."""
    pairs = []
    for i in range(min(limit, len(texts))):
        for j in range(max(0, i - _TITLE_PAIR_REACH), min(len(texts), i + _TITLE_PAIR_REACH + 1)):
            site = site_suffix(texts[i], texts[j]) if j != i and texts[j] else None
            if site:
                pairs.append((i, j, site))
                break
    return pairs


def find_headline(page: Page) -> HeadlineChoice | None:
    """The best-scored headline-shaped line before the body (ties go to the earlier line), or None when no line
    scores `MIN_HEADLINE_SCORE`. A page-title line ("Headline | Site") gives way to its bare headline nearby, and
    a line of two sentences to the one-sentence headline right under it (`_headline_under_two_sentences`)."""
    best = _best_headline(page)
    if best is not None:
        for titled, bare, _ in page_title_pairs(page.texts, best.index + 1):
            if titled == best.index:
                return HeadlineChoice(bare, page.index[bare], page.texts[bare], best.score,
                                      best.signals + ("page-title",), best.against)
        hung = _headline_under_tagline(page, best)
        if hung is not None:
            score, signals, against = score_line(page, hung)
            return HeadlineChoice(hung, page.index[hung], page.texts[hung], score,
                                  signals + ("under-tagline",), against)
        under = _headline_under_two_sentences(page, best.index)
        if under is not None:
            score, signals, against = score_line(page, under)
            return HeadlineChoice(under, page.index[under], page.texts[under], score,
                                  signals + ("under-two-sentences",), against)
    return best


def _headline_under_tagline(page: Page, best: HeadlineChoice) -> int | None:
    """The headline the byline and date hang from, when the chosen line is the page's top line with no byline or
    date under it and a section or menu line stands between the two ("Democracy Dies in Darkness" / "Politics" /
    the headline / "By Jo Roe" / the date): a masthead's tagline or the site's line, won on its capitals and its
    place at the top. A headline over its standfirst has nothing between them, so it keeps the choice; the URL's
    slug spelling the top line keeps it too."""
    i = best.index
    if not page.top_line(i) or page.meta_follows(i) or page.cover(i) >= 0.5:
        return None
    for j in range(i + 1, min(len(page), page.body_start)):
        line = page.lines[j]
        if line.meta:
            return None  # the first byline or date line ends the search: the headline stands over it
        if not (line.shaped and _headline_over(line) and page.meta_follows(j) and page.hangs_meta(j)):
            continue
        between = [page.lines[k] for k in range(i + 1, j)]
        if any(other.section or other.nav_words or other.menu for other in between) \
                and score_line(page, j)[0] >= MIN_HEADLINE_SCORE:
            return j
        return None
    return None


_TWO_SENTENCE_ECHO = 0.5  # the share of the URL's slug a two-sentence line spells to be the page's headline


def is_two_sentence_line(text: str) -> bool:
    """A headline-shaped line of two short sentences without a closing stop ("Small towns lose their ferries. The
    capital looks away")."""
    return is_headline_shaped(text) and sentence_breaks(text, full_stops_only=True) == 1


def _headline_under_two_sentences(page: Page, i: int) -> int | None:
    """The headline right under a chosen line of two sentences, when that line is not the last headline-shaped
    line over the byline and date block: a ticker, an app's promotion, live scores or a series tag over the
    headline ("Markets close higher today. Oil falls two percent" / "Council approves budget ..." / "By Jane
    Roe"). The line under it is one sentence, headline-shaped, no menu line and no standfirst (it does not read as
    a sentence), and the byline or date line hangs from it (`Page.hangs_meta`). A two-sentence line that spells the
    URL's slug or stands again nearby (the page title) stays the headline."""
    if not is_two_sentence_line(page.texts[i]) or page.cover(i) >= _TWO_SENTENCE_ECHO or page.repeated(i) \
            or any(bare == i for _, bare, _ in page_title_pairs(page.texts, i + _TITLE_PAIR_REACH + 1)):
        return None
    j = i + 1
    while j < len(page) and page.labels[j] in ("share", "button", "label"):
        j += 1
    if j >= len(page) or j > page.body_start:
        return None
    line = page.lines[j]
    if not line.shaped or line.navish or line.nav_words or line.menu or is_two_sentence_line(line.text) \
            or _reads_as_sentence(line) or reads_as_body(line.text):
        return None
    return j if page.hangs_meta(j) else None


# A transcript's turn: a speaker's name, a colon and what was said ("Ida Fenn: Because I care.").
_TURN = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s+\S")


def _turn_speaker(text: str) -> str | None:
    found = _TURN.match(text)
    return found.group("name") if found and is_name_line(found.group("name")) else None


def is_transcript_turn(texts: list[str], index: int) -> bool:
    """True when the line is a transcript's turn: a person's name and a colon before what was said, with
    another speaker's turn right above or below it ("Ola Brun: Why do you write?" / "Ida Fenn: Because I
    care."). The turns are the body's, never a headline nor the headline block's furniture."""
    speaker = _turn_speaker(texts[index])
    if speaker is None:
        return False
    return any(0 <= other < len(texts) and (_turn_speaker(texts[other]) or speaker) != speaker
               for other in (index - 1, index + 1))


_STOPPED_PAIR_WORDS = 16  # a headline of two full-stopped sentences is this short at most
_QUOTE_MARKS = re.compile(r"[\"“”‘]|(?<![^\W_])'|'(?![^\W_])")


def is_stopped_two_sentences(text: str) -> bool:
    """Two short sentences, each closed by its full stop ("Oaxaca's bins are not a service. They are a lottery."):
    the shape of an opinion page's headline, which the headline shape leaves out for its closing stop. No quotation,
    no colon (a caption's "Photo: ..."), no figure-led line, each sentence `_SENTENCE_WORDS_MIN` words or more."""
    words = text.split()
    if not _SENTENCE_WORDS_MIN * 2 <= len(words) <= _STOPPED_PAIR_WORDS or not _FULL_STOP.search(text) \
            or ":" in text or _QUOTE_MARKS.search(text) or not text[:1].isupper():
        return False
    if sentence_breaks(text, full_stops_only=True) != 1 or sentence_breaks(text) != 1:
        return False
    parts = _SECOND_SENTENCE.split(text)
    return len(parts) == 2 and all(len(part.split()) >= _SENTENCE_WORDS_MIN for part in parts)


def _stopped_headline(page: Page, i: int) -> bool:
    """A line of two full-stopped short sentences (`is_stopped_two_sentences`) the headline block hangs from (its
    standfirst, byline or date line right under it), above the body's first paragraph: the page's headline. Under
    the block, two short sentences open the body; under a headline-shaped line that is no menu item, section or
    label ("The last lighthouse keepers" / "For two centuries ... Then the machines came."), they are its standfirst."""
    line = page.lines[i]
    if line.label is not None or line.meta or i > page.body_start or not is_stopped_two_sentences(line.text) \
            or not page.hangs_meta(i):
        return False
    above = page.lines[i - 1] if i > 0 else None
    return above is None or above.label is not None or not above.shaped or above.nav_words or above.section \
        or above.menu or bool(_FULL_STOP.search(above.text))


# A match's result: two sides' names, each with its score after it ("Riverton Rovers 2 Kestrel Town 1"), or the
# score between them ("Riverton Rovers 2-1 Kestrel Town"); a name is one to four capitalised words.
_SIDE = r"[A-Z][\w'’.&-]*(?:\s+(?:&\s+)?[A-Z][\w'’.&-]*){0,3}"
_SCORE_LINE = re.compile(r"^" + _SIDE + r"\s+\d{1,3}(?:\s*\(\d{1,2}\))?,?\s+" + _SIDE + r"\s+\d{1,3}(?:\s*\(\d{1,2}\))?$|^"
                         + _SIDE + r"\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+" + _SIDE + r"$")


def is_score_line(text: str) -> bool:
    """A match's score line ("Riverton Rovers 2 Kestrel Town 1", "Riverton 2-1 Kestrel"): a result printed under a
    sports report's headline (its standfirst) or in a scoreboard, never the headline itself."""
    return bool(_SCORE_LINE.match(text.strip()))


def _headline_over(line: Line) -> bool:
    """A line that may be the headline over the line under it: article text, headline-shaped, no menu item."""
    return line.label is None and line.shaped and not (line.navish or line.nav_words or line.section or line.menu)


_OVER_DATE_WORDS = (4, 20)  # a headline over the page's date line is a few words, never a lead paragraph
# Past this many words a full-stopped line over the date line is the lead's sentence unless it is capitalised as a
# headline (half its words or more opening on a capital): "Jo Roe Just Made A Bold Prediction About ... ."
_STOPPED_OVER_DATE_WORDS = 16
# A line on the article itself ("This article was updated ...", "This story is part of our series ...", and
# `author_bios.REPUBLISHED_NOTE`'s "This commentary was originally published by ..."): the page's notice, never its
# headline.
_SELF_NOTICE = re.compile(r"^(?=" + REPUBLISHED_NOTE + r")|^this\s+(?:article|story|piece|report|post|page|column|interview|feature)\s+"
                          r"(?:was|has|had|is|will|first|originally|contains|includes)\b", re.IGNORECASE)
_INNER_BREAK = re.compile(r"[?!][\"'”’]?\s+\S")  # a question or exclamation inside the line: a kicker's two sentences


def _headline_under_date(page: Page, i: int) -> bool:
    """The line at `i`, right under the date line, reads as a headline: shaped, not prose nor a body's sentence,
    no full stop at its end."""
    after = page.lines[i]
    return page.labels[i] is None and after.shaped and not after.prose and not reads_as_body(after.text) \
        and not after.text.endswith(".")


def _sentence_over_date(page: Page) -> int | None:
    """The page's first line of text when it is a headline the other tests refuse, a sentence ("Mayor says council
    'right' in closing the bridge.") or a headline copied with the separator after it ("Roe: Lorries 'must
    wait';"), and the date line or byline stands right under it: a copy that opens with the headline, its date
    line and the body, no menus. Text above it, a menu or section line, more than one sentence (a question kicker),
    a lead paragraph's length, a notice on the article, or a headline-shaped line right under the date line (the
    real headline under a kicker): no headline."""
    i = next((j for j, label in enumerate(page.labels) if label is None), None)
    if i is None or i + 2 >= len(page):
        return None
    line, under, after = page.lines[i], page.lines[i + 1], page.lines[i + 2]
    low, high = _OVER_DATE_WORDS
    if not under.meta or after.meta or line.meta or not low <= line.words <= high \
            or len(line.text) > 250 or line.nav_words or line.menu or line.section:
        return None
    if sentence_breaks(line.text.rstrip(";"), full_stops_only=True) or line.text.endswith((",", ":", "?")) \
            or _INNER_BREAK.search(line.text) or _SELF_NOTICE.match(line.text):
        return None
    if line.text.endswith(".") and line.words > _STOPPED_OVER_DATE_WORDS \
            and 2 * sum(word[:1].isupper() for word in line.text.split()) < line.words:
        return None  # a lead paragraph's sentence, the headline lost or given from outside
    if _headline_under_date(page, i + 2):
        return None  # the headline stands under the date line: the line over it is a kicker or notice
    refused = not line.shaped or reads_as_body(line.text) or (
        line.prose and line.words >= _LONG_SENTENCE and line.text.endswith("."))
    return i if refused else None


def _best_headline(page: Page) -> HeadlineChoice | None:
    over_date = _sentence_over_date(page)
    if over_date is not None:
        score, signals, against = score_line(page, over_date)
        return HeadlineChoice(over_date, page.index[over_date], page.lines[over_date].text, max(score, MIN_HEADLINE_SCORE),
                              signals + ("over-date",), against)
    best: HeadlineChoice | None = None
    limit = min(len(page), page.body_start + _CANDIDATES_AFTER_BODY + 1, _MAX_CANDIDATES)
    for i in range(limit):
        line = page.lines[i]
        if (not line.shaped or (line.prose and (i > page.body_start or (
                line.words >= _LONG_SENTENCE and line.text.endswith(".")))) or reads_as_body(line.text)) \
                and not _stopped_headline(page, i):
            continue  # the body's prose, a long sentence or a dateline paragraph is no headline
        if is_score_line(line.text) and i > 0 and _headline_over(page.lines[i - 1]):
            continue  # a match's result ("Riverton Rovers 2 Kestrel Town 1") under the headline: its standfirst
        if is_transcript_turn(page.texts, i):
            continue  # an interview's first turn ("Ola Brun: Why do you write?") opens the body
        if best is not None and i > 0 and page.labels[i - 1] == "timestamp":
            continue  # a live page's entry heading under its clock ("23:10"): the page's headline stands above
        score, signals, against = score_line(page, i)
        if score >= MIN_HEADLINE_SCORE and (best is None or score > best.score):
            best = HeadlineChoice(i, page.index[i], page.lines[i].text, score, signals, against)
    return best


def is_issue_line(text: str) -> bool:
    """"May 2024 issue", "Issue 42, March 2026": a magazine's issue line, where the date line stands."""
    return len(text.split()) <= 8 and bool(_ISSUE_LINE.match(text.strip()))
