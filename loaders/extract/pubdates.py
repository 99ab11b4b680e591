"""Publication dates: read the dates news pages print, tell a publication date from an update, say how precise.

Pages print their date in many shapes ("September 8, 2004", "8 Sept. 2004", "3. März 2024", "3 de marzo de 2024",
"Last Update: 06/09/2004 13:45", "06.18.2025", "2016-06-07T10:00:00Z", "2024年3月3日", a date inside the URL).
`DATE_FORMS` is the ordered list of written forms (earlier rows win where two readings overlap); month names in
the languages of `data.dateforms.DATE_LANGUAGES` come from dateparser's locale data. Every reader returns
`DateMatch`es with the date, its precision ('day', 'month', 'year'), the span it was read from, the form that read
it and the label in front of it ('published', 'updated' or None).

A numeric date whose day and month could be swapped is resolved only by evidence (the outlet's `date_order`, a
value above 12, the order the page's other dates reveal); without it only the year is certain, so the match keeps
year precision rather than guessing a wrong day. A date without a year ("Jan 4") is read only on request
(`yearless=True`), with precision 'yearless': it dates nothing until a year is known from elsewhere.

Why not a library parser: dateparser reads every language but takes 5 to 1000 ms a line, guesses freely
("2025-11-03 14 min" became 2026-12-04) and gives no span; htmldate's `try_date_expr` is fast but always reads
numeric dates day-first, turns a month into its first day and gives no span. Both are kept for what they do well:
dateparser's locale data supplies the month and weekday names, htmldate still reads HTML metadata.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from loaders.extract.data.dateforms import (
    DATE_LINE_GLUE, MONTH_FIRST_ZONES, PAGE_SELF_NOUNS, WEEKDAY_KEYS, WEEKEND_WORDS, PUBLISHED_LABELS, TIME_ZONES, UPDATED_LABELS, WEAK_MONTH_NAMES, fold_word, month_names,
    weekday_names,
)

# Kept for readers of the old table: English month words -> number.
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}


@dataclass(frozen=True)
class DateMatch:
    value: date
    precision: str  # 'day', 'month', 'year' (or 'yearless': month and day only, the year 2000 a placeholder)
    start: int  # span of the date text inside the string it was read from
    end: int
    text: str
    form: str = ""  # the `DATE_FORMS` row that read it
    label: str | None = None  # 'published' or 'updated' when a label stands before the date


@dataclass(frozen=True)
class DateForm:
    """One written form of a date: its name, an example (tests are generated from these), the pattern and the
    function that turns a match into (date, precision) or None."""

    name: str
    example: str
    expected: tuple[int, int, int] | None  # the example's (year, month, day); None for year-less forms
    pattern: re.Pattern
    read: Callable[[re.Match, str | None], tuple[date, str] | None]


# --- readers ---

def _make(year: int, month: int, day: int | None) -> tuple[date, str] | None:
    try:
        if day is None:
            return date(year, month, 1), "month"
        return date(year, month, day), "day"
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900  # two-digit years in news are recent
    return year


def _month(word: str | None) -> int | None:
    return month_names().get(fold_word(word)) if word else None


def _read_ymd(match: re.Match, order: str | None) -> tuple[date, str] | None:
    return _make(int(match["y"]), int(match["m"]), int(match["d"]))


def _read_named(match: re.Match, order: str | None) -> tuple[date, str] | None:
    month = _month(match["mw"])
    return _make(_full_year(match["y"]), month, int(match["d"])) if month else None


def _read_month_year(match: re.Match, order: str | None) -> tuple[date, str] | None:
    word = fold_word(match["mw"])
    if word in WEAK_MONTH_NAMES and not match["mw"][:1].isupper():
        return None  # "to set 2025 targets"
    month = _month(match["mw"])
    return _make(int(match["y"]), month, None) if month else None


def _read_yearless(match: re.Match, order: str | None) -> tuple[date, str] | None:
    month = _month(match["mw"])
    if not month:
        return None
    try:
        return date(2000, month, int(match["d"])), "yearless"
    except ValueError:
        return None


def _read_numeric(match: re.Match, order: str | None) -> tuple[date, str] | None:
    first, second, year = int(match["a"]), int(match["b"]), _full_year(match["y"])
    if first == 0 or second == 0:
        return None
    if first > 12 and second <= 12:
        return _make(year, second, first)
    if second > 12 and first <= 12:
        return _make(year, first, second)
    if first == second:
        return _make(year, first, second)
    if first > 12:
        return None
    if order == "DMY":
        return _make(year, second, first)
    if order == "MDY":
        return _make(year, first, second)
    # Day and month could be swapped and nothing says which: only the year is certain.
    return date(year, 1, 1), "year"


# --- the written forms ---

_MONTH_WORD = r"(?P<mw>[^\W\d_]{3,}\.?)"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°|\.)?"
_YEAR4 = r"(?P<y>(?:1[89]|20)\d\d)"
_YEAR_SUFFIX = r"(?:\s*(?:г\.|г\b|года\b|r\.|roku\b))?"  # "3 марта 2024 г.", "3 marca 2024 r."
_I = re.IGNORECASE

DATE_FORMS: tuple[DateForm, ...] = (
    DateForm("iso", "2016-06-07T10:00:00Z", (2016, 6, 7),
             re.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])"), _read_ymd),
    DateForm("cjk", "2024年3月3日", (2024, 3, 3),
             re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]?"),
             _read_ymd),
    DateForm("year-first", "2025/4/29", (2025, 4, 29),
             re.compile(r"(?<![\d./])(?P<y>(?:19|20)\d\d)[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)(?![\d/]|\.\d)"),
             _read_ymd),
    # "Dec.4,2026": an abbreviation's full stop may stand for the space before the day.
    DateForm("month-day-year", "December 2nd, 2025", (2025, 12, 2),
             re.compile(_MONTH_WORD + r"(?:\s+|(?<=\.))(?P<d>[0-3]?\d)" + _ORDINAL + r"(?:,\s*|\s+)" + _YEAR4
                        + r"(?!\d)", _I),
             _read_named),
    DateForm("day-month-year", "3 de marzo de 2024", (2024, 3, 3),
             re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)" + _ORDINAL + r"(?:\s+(?:of|de|del)\s+|\s*[-/ ]\s*)"
                        + _MONTH_WORD + r"(?:,?\s+(?:de|del)\s+|,\s*|\s*[-/ ]\s*)" + _YEAR4 + r"(?!\d)"
                        + _YEAR_SUFFIX, _I),
             _read_named),
    # Stops alone between day, month word and year, as Portuguese pages print them: "3.dez.2026 às 7h00".
    DateForm("day-month-year", "3.dez.2026", (2026, 12, 3),
             re.compile(r"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<mw>[^\W\d_]{3,9})\.(?P<y>(?:19|20)\d\d)(?!\w|\.\w)", _I),
             _read_named),
    DateForm("numeric", "06.18.2025", (2025, 6, 18),
             re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                        r"(?![\d/-]|\.\d)"),
             _read_numeric),
    DateForm("month-year", "September 2004", (2004, 9, 1),
             re.compile(_MONTH_WORD + r",?\s+" + _YEAR4 + r"(?!\d)", _I), _read_month_year),
)
# Forms without a year ("Jan 4", "4 January"): read only on request.
YEARLESS_FORMS: tuple[DateForm, ...] = (
    DateForm("month-day", "Jan 4", None,
             re.compile(_MONTH_WORD + r"\s+(?P<d>[0-3]?\d)" + _ORDINAL + r"(?![\d:.]|\s*[,/-]?\s*\d)", _I),
             _read_yearless),
    DateForm("day-month", "4 January", None,
             re.compile(r"(?<![\d.:])(?P<d>[0-3]?\d)" + _ORDINAL + r"(?:\s+(?:of|de)\s+|\s+)" + _MONTH_WORD
                        + r"(?![^\W\d_]|\s*,?\s*\d)", _I),
             _read_yearless),
)


# Arabic-Indic and Persian digits read as ASCII ones (one character for one, so spans stay put).
_ANY_DIGIT = re.compile(r"\d")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def find_dates(text: str, date_order: str | None = None, *, yearless: bool = False) -> list[DateMatch]:
    """All date expressions in `text`, in order; where two readings overlap, the earlier form wins."""
    original, text = text, text.translate(_DIGITS)
    if not _ANY_DIGIT.search(text):
        return []  # every date form holds a digit; most lines and bylines asked have none
    found: list[DateMatch] = []
    starts: list[int] = []  # taken spans, sorted by start, never overlapping
    ends: list[int] = []
    forms = DATE_FORMS + YEARLESS_FORMS if yearless else DATE_FORMS
    for form in forms:
        position = 0
        while True:
            match = form.pattern.search(text, position)
            if match is None:
                break
            start, end = match.span()
            position = match.start() + 1 if form.name in ("month-day-year", "month-year", "month-day") else end
            slot = bisect.bisect_left(starts, start)
            if (slot < len(starts) and starts[slot] < end) or (slot and ends[slot - 1] > start):
                continue
            resolved = form.read(match, date_order)
            if resolved is None:
                continue
            if resolved[1] == "year" and form.name == "numeric":
                resolved = _by_weekday(text, match) or resolved
            starts.insert(slot, start)
            ends.insert(slot, end)
            position = max(position, end)
            found.append(DateMatch(resolved[0], resolved[1], start, end, original[start:end], form.name))
    found.sort(key=lambda item: item.start)
    return found


_WEEKDAY_REACH = 20  # characters around a numeric date where its weekday is printed ("Wed, 03/04/2026")
_WEEKDAY_WORD = re.compile(r"[^\W\d_]{2,}\.?")


def _by_weekday(text: str, match: re.Match) -> tuple[date, str] | None:
    """An ambiguous numeric date (03/04/2026) read in the order whose day falls on the weekday printed beside it
    ("Wed, 03/04/2026" is 4 March, a Wednesday; 3 April is a Friday); None when no weekday or both fit."""
    from loaders.extract.data.dateforms import fold_word, weekday_numbers

    around = text[max(0, match.start() - _WEEKDAY_REACH):match.start()] + " " + text[match.end():match.end()
                                                                                    + _WEEKDAY_REACH]
    days = {weekday_numbers().get(fold_word(word.group())) for word in _WEEKDAY_WORD.finditer(around)} - {None}
    if len(days) != 1:
        return None
    first, second, year = int(match["a"]), int(match["b"]), _full_year(match["y"])
    fits = [made for made in (_make(year, second, first), _make(year, first, second))
            if made is not None and made[0].isoweekday() in days]
    return fits[0] if len(fits) == 1 else None


# --- labels, clocks and date lines ---

def _alternation(words) -> str:
    ordered = sorted({word.lower() for word in words}, key=len, reverse=True)
    if not ordered:
        raise ValueError("an empty word list would match everywhere")
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


_LABEL = re.compile(r"(?<![^\W\d_])(?:(?P<published>" + _alternation(PUBLISHED_LABELS) + r")|(?P<updated>"
                    + _alternation(UPDATED_LABELS) + r"))(?![^\W\d_])", _I)
_TIME = re.compile(
    r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|"
    r"(?<!\d)\d{1,2}\s*[:.hH]\s*\d{2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|uhr|hrs?|h)(?![^\W\d_]))?|"
    r"(?<!\d)\d{1,2}\s*(?:[ap]\.?\s?m\.?|uhr)(?![^\W\d_])",
    _I,
)
_ZONE = re.compile(r"(?<![^\W\d_])(?:" + _alternation(TIME_ZONES) + r")(?![^\W\d_])(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|"
                   r"[+-]\d{2}:?\d{2}(?!\d)", _I)
_READING_TIME = re.compile(
    r"(?<!\d)\d+\s*(?:-\s*)?(?:min(?:ute)?s?|mins?|minuten|minutos|minuti|мин)\.?"
    r"(?:\s+(?:read|reading|de\s+lecture|lesezeit|di\s+lettura|de\s+lectura|de\s+leitura|leestijd|чтения))?",
    _I,
)
_LEFTOVER_PIECES = re.compile(
    r"\b\d+\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s+ago\b|"
    r"\(\s*(?-i:[A-Z])[\w .'’-]{0,30}\)|"  # "4:12 pm (Paris)": the place whose clock is meant
    r"[-–—|]\s*(?-i:[A-Z][A-Z .'’-]{2,30})$",  # "... 08:10 pm IST - NEW DELHI": the dateline's place
    _I,
)
# The section after the date on a news site's date line ("Mar 7, 2024 - Politics & Policy"): a dash or bar, then
# section words only (layout.SECTION_WORDS, joined by "&" or "and"); a name there ("- Jane Roe") is no section.
_SECTION_TAIL = re.compile(r"\s[-–—|]\s+(?P<words>[A-Z][\w'’]*(?:\s+(?:&|and|[A-Z][\w'’]*)){0,4})\s*$")


def _all_section_words(words: str) -> bool:
    from loaders.extract.data.layout import SECTION_WORDS

    return all(word.lower() in SECTION_WORDS for word in words.split() if word.lower() not in ("&", "and"))


_MONTH_FIRST_ZONE = re.compile(r"(?<![^\W\d_])(?:" + _alternation(MONTH_FIRST_ZONES) + r")(?![^\W\d_])", _I)
# A place before the date on the headline block's date line ("Madrid - 28 April 2026 - 10:32 CEST", "Abu Dhabi,
# 8 March 2026"): a known place (the gazetteer's), then a dash, bar or comma. A name there ("Jane Roe - 28 April
# 2026") is a byline.
_PLACE_BEFORE = re.compile(r"^\s*(?P<place>[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){0,2})\s*[-–—|,]\s*$")


def _place_before(piece: str) -> bool:
    from loaders.extract.data.cities import place_country

    found = _PLACE_BEFORE.match(piece)
    return bool(found) and place_country(found.group("place")) is not None


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NON_WORD = re.compile(r"[\W_]+")
_DATE_LINE_MAX = 90


def label_before(text: str, start: int, floor: int = 0) -> str | None:
    """'published' or 'updated' when the words just before `text[start:]` (after `floor`) label a date."""
    window = text[max(floor, start - 40):start]
    kind = None
    for match in _LABEL.finditer(window):
        between = _ZONE.sub(" ", _TIME.sub(" ", window[match.end():]))
        if sum(not _is_glue(word) for word in _WORD.findall(between)) <= 1:  # "Updated 10.30 am GMT, Tuesday"
            kind = "published" if match.group("published") else "updated"
    return kind


def labelled(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """`matches` with the label in front of each date ("Updated: June 8, 2016" -> 'updated')."""
    result = []
    floor = 0
    for item in matches:
        kind = label_before(text, item.start, floor)
        result.append(DateMatch(item.value, item.precision, item.start, item.end, item.text, item.form, kind))
        floor = item.end
    return result


def publication_date(matches: list[DateMatch]) -> DateMatch | None:
    """The date a line gives as the publication date: a 'published' one, else the first unlabelled one, else
    the first 'updated' one. Of two unlabelled days on one line ("May 21, 2025April 24, 2025": a page printing
    its update and publication dates side by side), the earlier: a page is published before it is updated."""
    for wanted in ("published", None, "updated"):
        found = [item for item in matches if item.label == wanted]
        if not found:
            continue
        days = [item for item in found if item.precision == "day"]
        if wanted is None and len(days) >= 2:
            return min(days, key=lambda item: item.value)
        return found[0]
    return None


def _is_glue(word: str) -> bool:
    folded = fold_word(word)
    return folded in DATE_LINE_GLUE or folded in weekday_names() or word.lower() in DATE_LINE_GLUE


def date_line(line: str, date_order: str | None = None, *, yearless: bool = False) -> DateMatch | None:
    """The date when the whole line is a date line ("Last Update: 06/09/2004 13:45", "Publié le 3 mars 2024
    à 14h05", "December 15, 2025 // 8 min read"), else None.

    The match's span is the whole stripped line, which is what a reader would cite as evidence; its label says
    whether the line gives it as the publication date or an update.
    """
    original = line.strip()
    text = original.translate(_DIGITS)
    if not text or len(text) > _DATE_LINE_MAX:
        return None
    if date_order is None and _MONTH_FIRST_ZONE.search(text):
        date_order = "MDY"  # a North American clock on the line: its numeric date is month first
    matches = find_dates(text, date_order, yearless=yearless)
    if not 1 <= len(matches) <= 2:
        return None
    leftover, cursor = [], 0
    for item in matches:
        leftover.append(text[cursor:item.start])
        cursor = item.end
    leftover.append(text[cursor:])
    if leftover[0].strip() and _place_before(leftover[0]):
        leftover[0] = ""
    rest = _SECTION_TAIL.sub(lambda found: " " if _all_section_words(found.group("words")) else found.group(0),
                             " ".join(leftover))
    for pattern in (_LABEL, _TIME, _ZONE, _READING_TIME, _LEFTOVER_PIECES):
        rest = pattern.sub(" ", rest)
    if any(not _is_glue(word) for word in _WORD.findall(rest)):
        return None
    if _NON_WORD.sub("", "".join(word for word in _WORD.split(rest))):
        return None  # digits left over: a number that is no date, time or reading time
    chosen = publication_date(labelled(text, matches))
    return DateMatch(chosen.value, chosen.precision, 0, len(original), original, chosen.form, chosen.label)


# --- URLs, given values, conventions ---

_URL_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m2>0?[1-9]|1[0-2])[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_COMPACT = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m2>0?[1-9]|1[0-2])/")
_URL_YEAR = re.compile(r"/(?P<y>(?:19|20)\d\d)/")
_URL_NAMED = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<mw>[a-z]{3,9})/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$)", re.IGNORECASE)


def date_from_url(url: str | None, *, with_year: bool = False) -> DateMatch | None:
    """A date written in a URL path (/2019/11/19/, 2019-11-19, /20191119/, /2023/october/03/, or /2019/11/ for
    the month; with `with_year`, /2019/ for the year)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?", 1)[0].split("#", 1)[0], flags=re.IGNORECASE)
    named = _URL_NAMED.search(path)
    if named and _month(named["mw"]):
        resolved = _make(int(named["y"]), _month(named["mw"]), int(named["d"]))
        if resolved:
            return DateMatch(resolved[0], resolved[1], named.start(), named.end(), named.group(0), "url")
    patterns = [(_URL_DAY, "day"), (_URL_COMPACT, "day"), (_URL_MONTH, "month")]
    if with_year:
        patterns.append((_URL_YEAR, "year"))
    for pattern, precision in patterns:
        match = pattern.search(path)
        if not match:
            continue
        if precision == "year":
            return DateMatch(date(int(match.group("y")), 1, 1), "year", match.start(), match.end(),
                             match.group(0), "url")
        day = int(match.group("d")) if precision == "day" else None
        resolved = _make(int(match.group("y")), int(match.group("m2")), day)
        if resolved:
            return DateMatch(resolved[0], resolved[1], match.start(), match.end(), match.group(0), "url")
    return None


_ISO_VALUE = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T\s].*)?$")
EARLIEST_PUBLISHED = date(1700, 1, 1)  # a date given before this, or over a year ahead, is a typo or a placeholder


def latest_published() -> date:
    """The last plausible publication date: the end of next year (a clock or time zone ahead, never more)."""
    return date(date.today().year + 1, 12, 31)


def parse_given_date(value: object, date_order: str | None = None, *,
                     bounded: bool = True) -> tuple[date | None, str | None]:
    """A date given from outside (manifest, JSON, page metadata): ISO forms first, then any printed form. With
    `bounded`, a date before `EARLIEST_PUBLISHED` or after `latest_published()` ("0001-01-01", "9999-12-31": a
    placeholder or a typo) is no date."""
    value, precision = _given_date(value, date_order)
    if bounded and value is not None and not EARLIEST_PUBLISHED <= value <= latest_published():
        return None, None
    return value, precision


def _given_date(value: object, date_order: str | None) -> tuple[date | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, date):
        return (value if type(value) is date else value.date()), "day"  # type: ignore[union-attr]
    text = str(value).strip()
    match = _ISO_VALUE.match(text)
    if match:
        year, month, day = match.group("y"), match.group("m"), match.group("d")
        resolved = _make(int(year), int(month), int(day) if day else None) if month else (date(int(year), 1, 1), "year")
        if resolved:
            return resolved
    found = find_dates(text, date_order)
    if found:
        return found[0].value, found[0].precision
    return None, None


# Country codes whose press writes numeric dates year-first or month-first; everyone else writes day-first.
_YEAR_FIRST_COUNTRIES = {"CN", "JP", "KR", "TW", "HU", "LT", "MN", "IR"}
_MONTH_FIRST_COUNTRIES = {"US", "PH", "FM", "PW", "MH"}


def date_order_for(country: str | None = None, domain: str | None = None) -> str | None:
    """The numeric date order a country's press uses ('DMY', 'MDY', 'YMD'), judged from country code or ccTLD."""
    code = (country or "").strip().upper()
    if not code and domain:
        tld = domain.rsplit(".", 1)[-1].upper()
        code = tld if len(tld) == 2 else ""
        if code == "UK":
            code = "GB"
    if not code:
        return None
    if code in _YEAR_FIRST_COUNTRIES:
        return "YMD"
    if code in _MONTH_FIRST_COUNTRIES:
        return "MDY"
    return "DMY"


_NUMERIC_FORM = next(form.pattern for form in DATE_FORMS if form.name == "numeric")
# The same pattern opening on its first digit, the look-behind read after it (`(?<![\d/.-]\d)` there is the
# form's `(?<![\d/.-])` before it): the regular-expression engine then skips to the page's digits instead of
# trying the look-behind at every character (the same matches and groups, a third of the cost on a page).
_LOOKBEHIND_DAY = r"(?<![\d/.-])(?P<a>\d{1,2})"
assert _NUMERIC_FORM.pattern.startswith(_LOOKBEHIND_DAY)
_NUMERIC_ANYWHERE = re.compile(r"(?P<a>\d(?<![\d/.-]\d)\d?)" + _NUMERIC_FORM.pattern[len(_LOOKBEHIND_DAY):],
                               _NUMERIC_FORM.flags)


def previewed_day(day: date, body: str) -> bool:
    """True when the body names `day`'s weekday ("on Saturday") or, for a Saturday or Sunday, the weekend: a
    printed day after the URL's that the article looks forward to is its event's (a kick-off, a festival), not
    the day its draft went out (`URL_DRAFT_DAYS`)."""
    low = body.lower()
    if re.search(r"\b" + WEEKDAY_KEYS[day.weekday()] + r"\b", low):
        return True
    return day.weekday() >= 5 and any(word in low for word in WEEKEND_WORDS)


def date_order_of_page(text: str) -> str | None:
    """The numeric order the page's own dates reveal: 'DMY' when some date can only be day-first (25/09/2004),
    'MDY' when some can only be month-first (09/25/2004), None when none tells or they disagree."""
    seen = set()
    for match in _NUMERIC_ANYWHERE.finditer(text):
        first, second = int(match["a"]), int(match["b"])
        if 12 < first <= 31 and 1 <= second <= 12:
            seen.add("DMY")
        elif 12 < second <= 31 and 1 <= first <= 12:
            seen.add("MDY")
        if len(seen) > 1:
            return None
    if seen:
        return seen.pop()
    return _clock_order(text) or _neighbour_order(text)


# A page's dates cluster: a related-links list, a "Most read" box and the copyright year sit within days of the
# article's own date. An ambiguous numeric date ("04.12.2026") whose one reading lies within `_NEAR_DAYS` of another
# date the page prints in full ("December 1, 2026", "28.11.2026", or another ambiguous date read the same way)
# while the other reading lies more than `_FAR_DAYS` from every such date is read the near way.
_NEAR_DAYS = 7
_FAR_DAYS = 21
# The page's furniture: a date line, a list's entry ("03.12.2026 Bus lanes open", "December 1, 2026: Port posts
# record month"), a short line. A story's sentence naming a day ("The storm of April 9, 2026 wrecked the pier")
# tells of its events, which may lie months from the day it went out.
_FURNITURE_LINE_WORDS = 12
# A short line that is a story's sentence ("The storm struck on April 9, 2026."): a full stop closes it and this many
# words or more come before its first date; a label's few words ("Last updated on December 5, 2026.") are fewer.
_SENTENCE_WORDS_BEFORE_DATE = 4


# A line in which the page dates itself ("This article was last updated on November 5, 2026."): the page's noun
# opens it (`PAGE_SELF_NOUNS`) and a published/updated label (`_LABEL`) follows before its date.
_PAGE_SELF_OPENING = re.compile(r"(?:this|the)\s+(?:" + _alternation(PAGE_SELF_NOUNS) + r")(?![^\W\d_])", _I)


def _story_sentence(line: str, dates: list) -> bool:
    """A short line that reads as a story's sentence (`_SENTENCE_WORDS_BEFORE_DATE`), not the page's furniture: a
    line dating the page itself (`_PAGE_SELF_OPENING`) is none."""
    if not dates or not line.endswith((".", "!", "?")):
        return False
    before = line[:min(item.start for item in dates)]
    if len(before.split()) < _SENTENCE_WORDS_BEFORE_DATE:
        return False
    opening = _PAGE_SELF_OPENING.match(before)
    return not (opening and _LABEL.search(before, opening.end()))


def _furniture_lines(text: str) -> list[str]:
    """The page's lines that may carry its own dates: short ones (`_FURNITURE_LINE_WORDS`) that are no story
    sentence (`_story_sentence`) and those opening on a date."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if not line or not _ANY_DIGIT.search(line):
            continue
        dates = find_dates(line)
        if any(item.start == 0 for item in dates) \
                or (len(line.split()) <= _FURNITURE_LINE_WORDS and not _story_sentence(line, dates)):
            kept.append(line)
    return kept


def _neighbour_order(text: str) -> str | None:
    """'DMY' or 'MDY' where the page's ambiguous numeric dates ("04.12.2026", "03-12-2026") each read close to the
    page's other dates in one order only (`_NEAR_DAYS`, `_FAR_DAYS`); None when no date votes or the votes
    disagree. Only the page's furniture votes (`_furniture_lines`), and a dotted date never reads month-first. A date
    printed twice is one date, not its own neighbour."""
    lines = _furniture_lines(text)
    ambiguous: dict[tuple[int, int, int], dict[str, date]] = {}
    dotted: set[tuple[int, int, int]] = set()
    for line in lines:
        for match in _NUMERIC_ANYWHERE.finditer(line):
            first, second = int(match["a"]), int(match["b"])
            if len(match["y"]) != 4 or not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
                continue
            year = int(match["y"])
            readings = {order: made[0] for order, made in (("DMY", _make(year, second, first)),
                                                             ("MDY", _make(year, first, second))) if made}
            if len(readings) == 2:
                ambiguous[(first, second, year)] = readings
                if match["sep"] == ".":
                    dotted.add((first, second, year))
    if not ambiguous:
        return None
    anchors = [item.value for line in lines for item in find_dates(line) if item.precision == "day"]
    votes = set()
    for key, readings in ambiguous.items():
        gaps = {}
        for order, value in readings.items():
            others = anchors + [other[order] for other_key, other in ambiguous.items() if other_key != key]
            gaps[order] = min((abs((value - other).days) for other in others), default=None)
        if None in gaps.values():
            continue
        for order, other_order in (("DMY", "MDY"), ("MDY", "DMY")):
            if gaps[order] <= _NEAR_DAYS and gaps[other_order] > _FAR_DAYS and not (order == "MDY" and key in dotted):
                votes.add(order)
    return votes.pop() if len(votes) == 1 else None


def _clock_order(text: str) -> str | None:
    """'DMY' for a date line's numeric date with a 24-hour clock past noon, unless other evidence says otherwise:
    a month-first (US) time zone after the clock, or a month-name date in the page ("Monday, March 2") that
    agrees with the month-first reading or names only its month; a clock in a longer line (the body's
    "scheduled for 04/06/2026 18:00") is not the date line's. None when nothing tells."""
    for line in text.splitlines():
        found = _DATE_WITH_24_HOUR_CLOCK.search(line)
        if found is None or len(line.strip()) > _CLOCK_LINE_MAX:
            continue
        if _MONTH_FIRST_ZONE.search(line[found.end():]):
            return "MDY"
        first, second = (int(part) for part in re.split(r"[./-]", found.group(0))[:2])
        named = {(MONTHS[word[:3].lower()], int(day)) for word, day in _MONTH_NAME_DAY.findall(text)}
        named |= {(MONTHS[word[:3].lower()], int(day)) for day, word in _DAY_MONTH_NAME.findall(text)}
        months = {month for month, _ in named}
        if (first, second) in named:
            return "MDY"
        if (second, first) in named:
            return "DMY"
        if first in months and second not in months:
            return None  # the page speaks of the month-first reading's month: too close to call
        return "DMY"
    return None


_CLOCK_LINE_MAX = 60  # a date line with its clock, maybe a label or a byline: longer is a body sentence
_MONTH_WORDS = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTH_NAME_DAY = re.compile(r"\b" + _MONTH_WORDS + r"\.?\s+(\d{1,2})\b(?![:/.]\d)", re.IGNORECASE)
_DAY_MONTH_NAME = re.compile(r"\b(\d{1,2})\s+" + _MONTH_WORDS + r"\b", re.IGNORECASE)


# A numeric date with a 24-hour clock past noon right after it ("02.03.2026 • 18:40", "06/09/2004 13:45",
# "12.11.2026 at 17:40", no am/pm): the clock of the day-first convention; month-first pages print "6:40 p.m.". So
# is a morning hour with its leading zero ("07:15"): a 12-hour clock without am/pm writes "7:15", which tells
# nothing. An hour written with "h" ("17h40", "07h15") is the French, Portuguese and Spanish-speaking way at any
# hour, all of them day-first. But "1h05" after a separator is as often a running time (a podcast's or a video's
# duration, "Episode 12 · 04/05/2026 · 1h05"): an "h" hour is a clock with its leading zero ("07h15", "17h40") or
# after a clock word ("à 9h30"), and never with a minutes sign after it ("01h05m").
_CLOCK_WORD = r"(?:at|à|às|a\s+las|um)"
_DATE_WITH_24_HOUR_CLOCK = re.compile(
    r"(?<![\d/.-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\s*(?:(?:(?:[•|·,-]|" + _CLOCK_WORD + r")\s*)?"
    r"(?:(?:0\d|1[3-9]|2[0-3])[:.][0-5]\d|(?:[01]\d|2[0-3])h[0-5]\d(?!\s*m(?:ins?)?\b))|"
    + _CLOCK_WORD + r"\s*(?:[01]?\d|2[0-3])h[0-5]\d(?!\s*m(?:ins?)?\b))(?![\d:])"
    r"(?!\s*(?:[ap]\.?\s?m\b\.?|[AP]M\b))", re.IGNORECASE)
