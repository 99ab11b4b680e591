"""Publication dates: read the dates news pages print, decide day-first vs month-first, and say how precise they are.

Copied articles print their date in many shapes ("September 8, 2004", "8 Sept. 2004", "Last Update: 06/09/2004
13:45", "2016-06-07T10:00:00Z", a date inside the URL). Every reader here returns a `DateMatch` with the date, its
precision ('day', 'month' or 'year') and the span of text it was read from, or None. A numeric date whose day and
month could be swapped is resolved only by evidence (the outlet's `date_order`, a value above 12); without it, only
the year is certain, so the match keeps year precision rather than guessing a wrong day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<{}>(?:1[89]|20)\d\d)"

# Each pattern names its groups: y (year), m (month name), d (day); numeric ones use a, b, y or y, m2, d.
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _WEEKDAY + _MONTH.format("m") + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+" + _YEAR4.format("y") + r"\b",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    r"\b" + _WEEKDAY + r"(?P<d>\d{1,2})" + _ORD + r"(?:\s+of)?[\s-]+" + _MONTH.format("m") + r",?[\s-]+"
    + _YEAR4.format("y") + r"\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"\b" + _MONTH.format("m") + r",?\s+" + _YEAR4.format("y") + r"\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_YEAR_FIRST = re.compile(r"\b(?P<y>(?:19|20)\d\d)[/.](?P<m2>\d{1,2})[/.](?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.-]|\.\d)")
_PATTERNS = (
    ("mdy", _MONTH_DAY_YEAR),
    ("dmy", _DAY_MONTH_YEAR),
    ("iso", _ISO),
    ("yfirst", _YEAR_FIRST),
    ("numeric", _NUMERIC),
    ("my", _MONTH_YEAR),
)

# A date line may carry a label before the date and a time, zone or separator after it.
_LABEL = re.compile(
    r"^(?:(?:last\s+)?(?:updated?|published|posted|issued|modified|created|first\s+published|date(?:d)?|on)"
    r"(?:\s+(?:on|at))?\s*[:\-–—|]?\s*)+",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE
)
_TIME_ZONE = re.compile(
    r"\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|idt|ist|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ast|jst)\b"
    r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}\b|\bz\b",
    re.IGNORECASE,
)
_LEFTOVER_WORDS = re.compile(
    r"\b\d+\s+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s+ago\b|"
    r"\b(?:at|on|updated?|last|first|originally|published|posted|issued|modified|local\s+time|hrs?|hours)\b|"
    r"\(\s*(?-i:[A-Z])[\w .'’-]{0,30}\)|"
    r"[-–—|]\s*(?-i:[A-Z][A-Z .'’-]{2,30})$",  # "... 08:10 pm IST - NEW DELHI": the dateline's place  # "4:12 pm (Paris)": the place whose clock is meant
    re.IGNORECASE,
)
_UPDATE_LABEL = re.compile(r"\b(?:updated?|modified|edited)\b", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")

_URL_DAY = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m2>0?[1-9]|1[0-2])[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_COMPACT = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])")
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m2>0?[1-9]|1[0-2])/")

# Country codes whose press writes numeric dates year-first or month-first; everyone else writes day-first.
_YEAR_FIRST_COUNTRIES = {"CN", "JP", "KR", "TW", "HU", "LT", "MN", "IR"}
_MONTH_FIRST_COUNTRIES = {"US", "PH", "FM", "PW", "MH"}


@dataclass(frozen=True)
class DateMatch:
    value: date
    precision: str  # 'day', 'month' or 'year'
    start: int  # span of the date text inside the string it was read from
    end: int
    text: str


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
        # Two-digit years in news are recent: 00-49 -> 2000s.
        year += 2000 if year < 50 else 1900
    return year


def _resolve(kind: str, match: re.Match, date_order: str | None) -> tuple[date, str] | None:
    groups = match.groupdict()
    if kind in ("mdy", "dmy"):
        return _make(int(groups["y"]), MONTHS[groups["m"].lower().rstrip(".")], int(groups["d"]))
    if kind == "my":
        return _make(int(groups["y"]), MONTHS[groups["m"].lower().rstrip(".")], None)
    if kind in ("iso", "yfirst"):
        return _make(int(groups["y"]), int(groups["m2"]), int(groups["d"]))
    first, second, year = int(groups["a"]), int(groups["b"]), _full_year(groups["y"])
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
    if date_order == "DMY":
        return _make(year, second, first)
    if date_order == "MDY":
        return _make(year, first, second)
    # Day and month could be swapped and nothing says which: only the year is certain.
    return date(year, 1, 1), "year"


def find_dates(text: str, date_order: str | None = None) -> list[DateMatch]:
    """All date expressions in `text`, in order, longest reading first where they overlap."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            resolved = _resolve(kind, match, date_order)
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(DateMatch(resolved[0], resolved[1], start, end, match.group(0)))
    found.sort(key=lambda item: item.start)
    return found


def date_line(line: str, date_order: str | None = None) -> DateMatch | None:
    """The date when the whole line is a date line ("Last Update: 06/09/2004 13:45"), else None.

    The match's span is the whole stripped line, which is what a reader would cite as evidence.
    """
    text = line.strip()
    if not text or len(text) > 80:
        return None
    label = _LABEL.match(text)
    rest = text[label.end():] if label else text
    matches = find_dates(rest, date_order)
    if not 1 <= len(matches) <= 2:
        return None
    leftover, cursor = "", 0
    for item in matches:
        leftover += rest[cursor:item.start] + " "
        cursor = item.end
    leftover += rest[cursor:]
    found = matches[0]
    offset = label.end() if label else 0
    if len(matches) == 2 and _UPDATE_LABEL.search(text[max(0, offset + found.start - 20):offset + found.start]) \
            and not _UPDATE_LABEL.search(rest[max(0, matches[1].start - 20):matches[1].start]):
        # "Updated June 8, 2016, first published June 7, 2016": the publication date is the other one.
        found = matches[1]
    leftover = _TIME_ZONE.sub(" ", _TIME.sub(" ", leftover))
    leftover = _LEFTOVER_WORDS.sub(" ", leftover)
    if _NON_WORD.sub("", leftover):
        return None
    return DateMatch(found.value, found.precision, 0, len(text), text)


def date_from_url(url: str | None) -> DateMatch | None:
    """A date written in a URL path (/2019/11/19/, 2019-11-19, /20191119/, or /2019/11/ for the month)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern, precision in ((_URL_DAY, "day"), (_URL_COMPACT, "day"), (_URL_MONTH, "month")):
        match = pattern.search(path)
        if not match:
            continue
        day = int(match.group("d")) if precision == "day" else None
        resolved = _make(int(match.group("y")), int(match.group("m2")), day)
        if resolved:
            return DateMatch(resolved[0], resolved[1], match.start(), match.end(), match.group(0))
    return None


_ISO_VALUE = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?(?:[T\s].*)?$")


def parse_given_date(value: object, date_order: str | None = None) -> tuple[date | None, str | None]:
    """A date given from outside (manifest, JSON, page metadata): ISO forms first, then any printed form."""
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
