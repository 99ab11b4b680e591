"""Date expressions in news text, found and resolved against the article's publication date.

`find_dates` scans a text once, left to right, and returns every date expression with its character span, its words
(`phrase`) and, when the text supports one, its value: a `DateValue` (first day, last day, precision 'day', 'month'
or 'year'). Absolute dates ("Sept. 11, 2001", "in February 2022", "in 2005", "at the end of 1991", and year ranges
such as "from 2010 to 2013", kept whole) need no anchor. Deictic ones ("on Monday", "yesterday", "last week", "last
September", "on October 7", "this year", "three days ago", "25 years of relations") are resolved against the
anchor: the publication date, or, when that is unknown, an estimate that the caller derives from the article's own
dates (then expressions that need the exact day, such as weekdays and "yesterday", stay unresolved). Anaphoric ones
("the same day", "earlier in the day", "the following month", "a week later") take the previous resolved expression
as reference, and compound ones ("a full 10 days after [X on October 7]", "a few weeks after [... last September]")
the next expression in the same sentence. News convention: a bare weekday or day of month is the most recent one on
or before the anchor, unless the sentence speaks of the future ("will", "is to", "plans to", "scheduled to"), then
the next one on or after it. Fuzzy amounts ("a few weeks") coarsen the precision. A week is stored at month
precision: the month holding most of the week (its Thursday), clipped to that month. The module is pure: no I/O, no
global state.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from loaders.extract.data.clauses import TENSE_TAKING, alternation, words_doing
from loaders.extract.data.eventwords import (REPORTED_DOCUMENT_CUES, ALL_EVENT_NOUNS, HABIT_ADVERBS,
                                             IRREGULAR_PAST_VERBS, NOT_SUBJECT_VERB_BEFORE, PLAN_FIRST_SET_ADVERBS,
                                             PLAN_UNDONE_VERBS,
                                             REPORTING_VERBS_BEFORE_WOULD, RELATIVE_OR_PREPOSITION_BEFORE)
from loaders.extract.data.dateforms import MONTH_KEYS, WEEKDAY_KEYS

# Month and weekday names as running text writes them, from one source (`dateforms.MONTH_KEYS`, `WEEKDAY_KEYS`).
_MONTHS = "|".join(key.capitalize() for key in MONTH_KEYS)
_WEEKDAYS = "|".join(key.capitalize() for key in WEEKDAY_KEYS)

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    precision: str  # 'day', 'month' or 'year'

    @property
    def midpoint(self) -> date:
        return self.start + (self.end - self.start) / 2


@dataclass
class DateMention:
    start: int  # span of `phrase` in the text
    end: int
    phrase: str
    kind: str  # 'absolute', 'deictic', 'anaphoric', 'compound', 'anniversary'
    value: DateValue | None = None
    # For 'compound' mentions: where the embedded reference ("after <...>") starts, and its mention's index.
    scope_start: int | None = None
    reference_index: int | None = None


def day_value(day: date) -> DateValue:
    return DateValue(day, day, "day")


def month_value(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(date(year, month, 1), date(year, month, last), "month")


def year_value(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")


def week_value(monday: date) -> DateValue:
    """A Monday-to-Sunday week, at month precision (the month of its Thursday), clipped to that month."""
    thursday = monday + timedelta(days=3)
    month = month_value(thursday.year, thursday.month)
    return DateValue(max(monday, month.start), min(monday + timedelta(days=6), month.end), "month")


def coarsen(value: DateValue, precision: str) -> DateValue:
    if PRECISION_RANK[precision] <= PRECISION_RANK[value.precision]:
        return value
    if precision == "month":
        return month_value(value.start.year, value.start.month)
    return year_value(value.start.year)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(value: DateValue, amount: int, unit: str, fuzzy: bool = False) -> DateValue:
    """The period `amount` units (day/week/month/year) after `value` (before when negative)."""
    unit_precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    # A coarse reference ('last September') moved by days or weeks is moved from its middle.
    base = value.midpoint if unit_precision == "day" and value.precision != "day" else value.start
    if unit == "day":
        moved = base + timedelta(days=amount)
    elif unit == "week":
        moved = base + timedelta(weeks=amount)
    elif unit == "month":
        moved = add_months(base, amount)
    else:
        moved = date(base.year + amount, base.month, min(base.day, 28))
    precision = max(value.precision, unit_precision, key=PRECISION_RANK.__getitem__)
    if fuzzy:
        precision = max(precision, "month" if unit in ("day", "week") else "year", key=PRECISION_RANK.__getitem__)
    return coarsen(day_value(moved), precision)


# --- vocabulary ---------------------------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
FUZZY_NUMBERS = {"a few": 3, "few": 3, "several": 3, "a couple of": 2, "couple of": 2, "some": 3}

_MONTH = (r"(?P<{name}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sep(?:tember|t\.|t|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_WEEKDAY = r"(?P<weekday>" + _WEEKDAYS + ")"
_YEAR = r"(?P<{name}>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER = (r"(?P<{name}>\d{{1,3}}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|"
           r"seven|eight|nine))?|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few|few|several|"
           r"a couple of|couple of)")
_UNIT = r"(?P<{name}>day|week|month|year)s?"
_DAY_WEEKDAY = r"(?:(?P<dweek>" + _WEEKDAYS + r"),?\s+)?"

# A part of a month named before it dates a happening within that month ("in the first week of September", "in
# the last days of March", "at the start of May"): the month's date, the month's precision. Only with an ordinal,
# so that "two weeks of September rain" is no date of its own.
_MONTH_PART = (r"(?:(?:in|during|over)\s+)?the\s+(?:first|second|third|fourth|last|final|closing|opening)\s+"
               r"(?:weeks?|days|fortnight|half|ten\s+days)\s+of|(?:at\s+)?the\s+start\s+of|(?:in\s+)?the\s+middle\s+of")
# Each form: (kind name, regex). Alternatives are tried at every position; the longest match wins.
_FORMS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    # "on 14/04/2024" in prose: read only when one number is above 12, so the order cannot be mistaken.
    ("numeric", r"(?<![\d/.])(?:on\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)(?![\d/])"),
    ("mdy", r"\b(?:on\s+)?" + _MONTH.format(name="month") + r"\s+" + _DAY.format(name="day")
     + r",?\s+" + _YEAR.format(name="year") + r"\b"),
    ("dmy", r"\b(?:on\s+)?(?:the\s+)?" + _DAY.format(name="day") + r"\s+(?:of\s+)?" + _MONTH.format(name="month")
     + r",?\s+" + _YEAR.format(name="year") + r"\b"),
    ("my", r"\b(?:(?:" + _MONTH_PART + r"|in|since|by|during|until|from|of|early|late|mid-?|the\s+end\s+of|"
     r"the\s+beginning\s+of)\s+)?(?:early\s+|late\s+|mid-?)?" + _MONTH.format(name="month")
     + r",?\s+" + _YEAR.format(name="year") + r"\b"),
    # (a weekday written before the day picks its year: "Thursday 19 November", "Friday, May 30")
    ("md", r"\b(?:on\s+)?" + _DAY_WEEKDAY + _MONTH.format(name="month") + r"\s+" + _DAY.format(name="day")
     + r"\b(?!,?\s+\d)"),
    ("dm", r"\b(?:on\s+)?" + _DAY_WEEKDAY + r"(?:the\s+)?" + _DAY.format(name="day") + r"\s+(?:of\s+)?" + _MONTH.format(name="month")
     + r"\b(?!,?\s+\d)"),
    # ("planned for May", "moved to October", "postponed until March": the month a plan is set for, the coming one)
    # (a month part's month that is a name, possessive or followed by a capitalised word, is no month: "the first
    # weeks of May's premiership", "the final days of August Wilson")
    ("rel_month", r"\b(?P<rel>(?P<part>" + _MONTH_PART + r")|last|this|next|in|since|until|by|early|late|earlier\s+this|"
     r"later\s+this|"
     r"(?:planned|scheduled|set|slated|prepared|moved|postponed|rescheduled|delayed|deferred|pushed\s+back|"
     r"brought\s+forward|put\s+off)\s+(?:to|for|until|till)|"
     r"(?:at\s+)?the\s+end\s+of|(?:at\s+)?the\s+beginning\s+of|(?:in\s+|since\s+|until\s+)?mid(?=-))(?:\s+|-)"
     + _MONTH.format(name="month")
     + r"\b(?!\.?\s+\d)(?(part)(?!['’]s\b|\s+(?-i:[A-Z])))"),  # (a day after the month, "scheduled for Oct. 17", is a day's date)
    # A span of months ("between January and June", "from March to May 2025"): what ran over it, from its first
    # month (its year the last month's when written, else the one a bare month would have)
    ("month_span", r"\b(?:from|between)\s+" + _MONTH.format(name="month") + r"\s+(?:and|to|until|till|through|-|–)\s+"
     + _MONTH.format(name="month2") + r"(?:,?\s+" + _YEAR.format(name="year") + r")?\b(?!\.?\s+\d{1,2}\b)"),
    # A month before an event noun ("the August primary", "the March vote"): that event's month
    ("month_event", r"\bthe\s+" + _MONTH.format(name="month") + r"(?=\s+(?:"
     + "|".join(sorted(ALL_EVENT_NOUNS, key=len, reverse=True)) + r")\b)"),
    ("year_range", r"\b(?:(?:from|between)\s+)?" + _YEAR.format(name="year") + r"\s*(?:-|–|to|and|until|through)\s*"
     + _YEAR.format(name="year2") + r"(?![\w%]|[,.]\d)"),
    ("year_cue", r"\b(?P<cue>in|since|by|during|until|from|of|before|after|early|late|mid-?|(?:at\s+)?the\s+end\s+of|"
     r"(?:at\s+)?the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|again\s+in|back\s+in|as\s+early\s+as|"
     r"as\s+late\s+as|around|circa)\s+" + _YEAR.format(name="year") + r"(?![\w,.]\d|s\b|-\w|%)"),
    ("year_bare", r"(?<![\w$€£.,/-])" + _YEAR.format(name="year")
     + r"(?![\w%]|[,.]\d|-\d|s\b|\s*(?:people|persons|troops|"
     r"soldiers|dollars|euros|tons|km|kilometers|meters|members|residents|refugees)\b)"),
    ("weekday", r"\b(?P<wrel>(?:on\s+)?(?:last|this\s+past|this\s+coming|this|next|past)\s+|on\s+)?" + _WEEKDAY
     + r"(?:(?:'s|’s)|\s+(?:morning|afternoon|evening|night))?(?:\s+(?P<wweek>(?:of\s+)?(?:last|next|this)\s+week)(?![’']s))?\b"),
    ("weekend", r"\b(?P<wkrel>this|last|next|this\s+past|this\s+coming|over\s+the|at\s+the)\s+weekend\b"),
    ("named_day", r"\b(?P<named>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|"
     r"tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("rel_period", r"(?<!the\s)\b(?P<prel>last|this|next|past|earlier\s+this|later\s+this|late\s+last|early\s+last|"
     r"earlier\s+last|late\s+this|early\s+this|early\s+next|late\s+next|"
     # ("by the end of the month": the current one)
     r"(?:(?:by|at|before|until|towards?)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+the)"
     r"\s+(?P<punit>week|month|year)(?:'s|’s)?\b"),
    ("ago", r"\b" + _NUMBER.format(name="n") + r"\s+" + _UNIT.format(name="unit") + r"\s+ago\b"),
    ("fortnight", r"\ba\s+fortnight\s+ago\b"),
    ("anaphoric_day", r"\b(?P<aday>(?:on\s+)?the\s+same\s+day|(?:on\s+)?that\s+(?:same\s+)?day|"
     r"(?:earlier|later)\s+(?:in\s+the|that)\s+day|earlier\s+that\s+(?:morning|afternoon|evening)|"
     r"later\s+that\s+(?:morning|afternoon|evening|night)|that\s+(?:morning|afternoon|evening|night))\b"),
    ("anaphoric_next", r"\b(?:the\s+)?(?P<dir>following|next|previous|preceding|prior)\s+"
                       r"(?P<aunit>day|week|month|year)\b"),
    ("anaphoric_offset", r"\b(?:(?:a\s+full|just|only|some|about|nearly|almost|around|more\s+than)\s+)?"
     + _NUMBER.format(name="n") + r"\s+" + _UNIT.format(name="unit") + r"\s+(?P<odir>later|earlier|before|after)\b"),
    # "days after ...", "weeks later": an unstated few.
    ("anaphoric_offset", r"\b(?:(?:just|only|mere)\s+)?(?P<unit>day|week|month)s\s+(?P<odir>later|earlier|before|after)\b"),
    ("day_before_after", r"\bthe\s+day\s+(?P<bdir>before|after)\b"),
    # "earlier in the year", "later that month", "that same week": the period of the previous date
    ("anaphoric_period", r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+(?P<pmonth>month|year)|"
     r"(?:that|the)\s+same\s+(?P<psame>week|month|year))\b"),
    ("anniversary", r"\b(?P<n>\d{1,3}|" + r"|".join(k for k in NUMBER_WORDS if k not in ("a", "an")) +
     r"|twenty[- ]\w+|thirty[- ]\w+|forty[- ]\w+|fifty[- ]\w+|sixty[- ]\w+|seventy[- ]\w+)\s+years\s+"
     r"(?:of|since)\b"),
]

_FORM_PATTERNS = [(kind, re.compile(regex, re.IGNORECASE)) for kind, regex in _FORMS]
# Words that every match of a form contains (searched with the same flags and bounds as the form): a window
# without them cannot hold a match, so the form's own slower regex (optional lead-ins tried at every position)
# is not run there. Speed only: a form missing here is scanned in every window of its keywords.
_YEAR_DIGITS = r"(?:1[6-9]|20)\d\d"
_FORM_NEEDS: dict[int, str] = {
    index: needs for index, (kind, _) in enumerate(_FORMS) for form, needs in (
        ("mdy", _YEAR_DIGITS), ("dmy", _YEAR_DIGITS), ("my", _YEAR_DIGITS), ("md", r"\d"), ("dm", r"\d"),
        ("rel_period", r"(?:last|this|next|past|the)\s+(?:week|month|year)"), ("ago", "ago"),
        ("anaphoric_next", r"(?:following|next|previous|preceding|prior)\s+(?:day|week|month|year)"),
        ("anaphoric_offset", r"(?:day|week|month|year)s?\s+(?:later|earlier|before|after)"),
        ("day_before_after", r"day\s+(?:before|after)"), ("anniversary", r"years\s+(?:of|since)"),
        ("anaphoric_day", r"(?:same|that|the)\s+(?:day|morning|afternoon|evening|night)"),
        ("anaphoric_period", r"(?:same|that|the)\s+(?:week|month|year)"),
    ) if form == kind}
_FORM_SCANS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    (kind, pattern, re.compile(_FORM_NEEDS[index], re.IGNORECASE) if index in _FORM_NEEDS else None)
    for index, (kind, pattern) in enumerate(_FORM_PATTERNS)]
# From one source (`dateforms.MONTH_KEYS`, `WEEKDAY_KEYS`): the months' three-letter stems, capitalised and in capitals.
_CAPITAL_MONTHS = (tuple(key[:3].capitalize() for key in MONTH_KEYS) + tuple(key[:3].upper() for key in MONTH_KEYS))
_CAPITAL_WEEKDAYS = tuple(key.capitalize() for key in WEEKDAY_KEYS)
# Each form contains a keyword of one of these classes; the keywords are found first and each form then runs
# only in windows around the keywords of its classes (speed: a pass per form over the whole text would cost more).
# (class, regex, whether it reads the lower-cased text); simple separate regexes scan faster than one alternation.
_KEYWORDS: list[tuple[str, re.Pattern[str], bool]] = [
    ("month", re.compile("|".join(_CAPITAL_MONTHS)), False),
    ("year", re.compile(r"(?:1[6-9]|20)\d\d"), False),
    ("weekday", re.compile(r"[MTWFS][a-z]+day"), False),
    ("named", re.compile(r"yesterday|today|tomorrow|tonight|night|morning|afternoon|evening"), True),
    ("unit", re.compile(r"\b(?:day|week|month|year)s?\b"), True),
    ("fortnight", re.compile(r"fortnight"), True),
    ("weekend", re.compile(r"weekend"), True),
]
_FORMS_OF_KEYWORD: dict[str, tuple[str, ...]] = {
    "month": ("mdy", "dmy", "my", "md", "dm", "rel_month", "month_span", "month_event"),
    "year": ("iso", "numeric", "mdy", "dmy", "my", "year_cue", "year_bare", "year_range"),
    "weekday": ("weekday",),
    "weekend": ("weekend",),
    "named": ("named_day", "anaphoric_day"),
    "unit": ("rel_period", "ago", "anaphoric_day", "anaphoric_period", "anaphoric_next", "anaphoric_offset",
             "day_before_after", "anniversary"),
    "fortnight": ("fortnight",),
}
_KEYWORD_REACH = 70
# Case matters for weekdays and months ("may", "march", "sat" are ordinary words in lower case).
_PLAN_TARGETS = (" to", " for", " until", " till")  # (a planning cue's last word: "planned for May")
# A yearless day written as a deadline or as the day a plan is moved to ("file a report by July 23", "has been
# moved to May 6"): the day is set ahead of the verb that sets it, so the verb's past tense does not make it a day
# gone by (`rel_month`'s cues of a moved plan, for a day).
# (not a day a plan was "set for": whether that plan was dropped last year is the sentence's to tell, `events`)
_TARGET_BEFORE = re.compile(r"\b(?:(?P<moved>(?:moved|postponed|rescheduled|delayed|deferred|pushed\s+back|"
                            r"brought\s+forward|put\s+off|adjourned)(?:\s+[\w’'-]+){0,4}?\s+(?:to|until|till))|"
                            r"by|until|till)\s+$", re.I)
# ... but only a day still ahead of a plan or a task is read so. A bare "by"/"until" after a simple past tells how
# long a finished state lasted or when a finished act was done ("stayed closed until October 3", "ran until
# November 30", "had repaid the loan by December 1", "sales were up 4 percent by September 30"): such a day is gone
# by. A deadline is ahead when something sets it: a verb that gives someone a task or time, before the day in
# its sentence, with the task's infinitive ("directed the civic body to file a report by July 23"; "ordered",
# "asked", "agreed to"), a grant of time ("gave the council until July 30"), or a verb of obligation ("must file
# by"). (the verbs of setting a task or time, as word forms; "to" must open a verb, not a noun: "closed to the
# public until")
_TASK_SETTERS = ("ordered", "orders", "order", "directed", "directs", "direct", "told", "tells", "asked", "asks",
                 "instructed", "instructs", "required", "requires", "urged", "urges", "called on", "calls on",
                 "summoned", "agreed", "agrees", "promised", "promises", "pledged", "pledges", "vowed", "vows",
                 "decided", "decides", "voted", "votes", "plans", "planned", "intends", "intended", "aims", "aimed",
                 "wants", "wanted", "expects", "expected", "sought", "seeks", "committed", "undertook", "obliged",
                 "forced", "compelled", "allowed", "allows", "permitted", "authorised", "authorized",
                 "empowered", "mandated", "scheduled", "set out")
_TIME_GRANTERS = ("gave", "given", "gives", "give", "granted", "grants", "allowed", "allows", "extended",
                  "extends", "has", "have")  # ... someone until/till a day: "gave the council until July 30"
# A measure imposed until a day lasts till then ("suspended flights until August 30", "remanded him in custody
# until"), not a state that lasted ("stayed closed until October 3": a verb of staying before the measure word)
_MEASURES = ("suspended", "suspends", "banned", "bans", "barred", "bars", "closed", "closes", "shut", "shuts",
             "halted", "halts", "imposed", "imposes", "froze", "frozen", "freezes", "paused", "pauses", "restricted",
             "restricts", "remanded", "remands", "detained", "extended", "extends")
# (only a past verb of staying: "was suspended until", a passive, tells the measure imposed; "remains closed until",
# a present state, lasts on; `_STATE_GOING_ON`)
_STAYING = ("stayed", "remained", "kept", "lay", "stood", "sat")
# A state told in the present tense is still going on, so the day it lasts until is ahead ("The road remains closed
# until October 3", "The offer is valid until August 31"); its past ("stayed closed until") is `_STAYING`.
_STATES_GOING_ON = ("remains", "remain", "stays", "stay", "is", "are", "keeps", "keep")
_STATE_GOING_ON = re.compile(r"\b(?:" + alternation(_STATES_GOING_ON) + r")\b(?:\s+(?!(?:by|until|till)\b)[\w’'-]+){0,4}?"
                             r"\s+(?:until|till)\s+$", re.I)
# A request or a wish for something done by a day asks for it ahead, with or without an infinitive ("Mayor Berg has
# asked staff for a plan by October 9", "The minister wants the bill passed by December 10"); within a few words,
# so that a later clause's own "by" is not taken for it.
_REQUESTERS = ("asked", "asks", "ask", "wants", "want", "called for", "calls for", "call for", "demanded", "demands",
               "requested", "requests", "sought", "seeks")
_REQUESTED = re.compile(r"\b(?:" + alternation(_REQUESTERS) + r")\b(?:\s+(?!(?:by|until|till)\b)[\w’'-]+){0,6}?"
                        r"\s+(?:by|until|till)\s+$", re.I)
_OBLIGATIONS = ("must", "should", "has to", "have to", "needs to", "need to", "is required to", "are required to",
                "is obliged to", "are obliged to", "is due to", "are due to")
_NOT_A_VERB_AFTER_TO = ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                        "your", "some", "any", "all", "no", "each", "every", "about", "around", "over", "under")
_TASK_SET = re.compile(
    r"\b(?:" + alternation(_TASK_SETTERS) + r")\b[^.;:!?]*?\bto\s+(?!(?:" + alternation(_NOT_A_VERB_AFTER_TO)
    + r")\b)[a-z]+\b[^.;:!?]*$|\b(?:" + alternation(_OBLIGATIONS) + r")\b[^.;:!?]*$", re.I)
_TIME_GRANTED = re.compile(r"\b(?:" + alternation(_TIME_GRANTERS) + r")\b(?:\s+(?!(?:by|until|till)\b)[\w’'-]+){0,4}?"
                           r"\s+(?:until|till)\s+$", re.I)
_MEASURE_UNTIL = re.compile(r"(?<!\w)(?P<staying>(?:" + alternation(_STAYING) + r")\s+)?(?:" + alternation(_MEASURES)
                            + r")\b(?:\s+(?!(?:by|until|till)\b)[\w’'-]+){0,5}?\s+(?:until|till)\s+$", re.I)
# A moved plan's new day (or a measure's last one) is ahead unless the sentence tells the plan is done: a year gone by anchors it ("Last
# year the regatta was moved to September 12"), its verb is a past perfect ("had been moved to"), or a clause after
# the day tells what happened on it ("moved to September 12, when 40 boats raced").
_PAST_ANCHORS = ("last year", "the previous year", "the year before", "a year earlier", "a year before",
                 "a year ago", "last season", "the previous season")
_PAST_ANCHOR = re.compile(r"\b(?:" + alternation(_PAST_ANCHORS) + r"|(?:in|since|of)\s+(?:1[6-9]|20)\d\d)\b", re.I)
# ... and a day followed by such an anchor is gone by whatever the verb's form ("The ferry ran hourly until September
# 30 last year": an irregular past `_PAST` does not see)
_LAST_YEAR_BEFORE = re.compile(r"\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+ago)\b(?![’']s)", re.I)
_PAST_ANCHOR_AFTER = re.compile(r"\s*,?\s*(?:" + alternation(_PAST_ANCHORS) + r")\b", re.I)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|just|\w+ly)\s+)?(?!(?:to|until|till|by|a|an|the|no|its|"
                           r"his|her|their|some|any|one|two|three|\d+)\b)[a-z]+\b", re.I)
_OUTCOME_AFTER = re.compile(r"\s*,?\s*(?:when|where|and)\s", re.I)
# A deadline or a measure's last day is over when the rest of its sentence says so (review4): a follow-on marker
# anywhere after the day ("; the bar has since reopened", "and has been busy ever since", ", after which they
# jumped"), or a clause opened right after the day whose verb is a past one and no verb of what is to come
# ("and the mayor won it", "and most did", ", which it got in time", ", the day the new span opened", or an
# appositive's main verb: "The hearing, adjourned until February 4, heard from three witnesses"). Near misses keep
# the day ahead: "and will reopen then", ", which it expects on time", ", when it will hear".
_FOLLOW_ON_MARKERS = ("has since", "have since", "had since", "ever since", "since then", "after which")
_FOLLOW_ON_OPENERS = ("and", "but", "which", "who", "when", "where", "the day", "the date")
_FOLLOW_ON_IRREGULAR_PASTS = ("got", "won", "paid", "heard", "lost", "made", "gave", "saw", "sold", "left", "rose",
                              "fell", "ran", "became", "kept", "found", "brought", "bought", "spent", "sent",
                              "wrote", "spoke", "knew", "thought", "began", "met", "took", "went", "came", "held")
_FOLLOW_ON_AHEAD = ("will", "would", "shall", "is", "are", "am", "expects", "expect", "plans", "plan", "hopes",
                    "hope", "intends", "intend", "aims", "aim", "wants", "want", "needs", "need", "must", "should",
                    "can", "may", "might", "remains", "remain", "going to")
_FOLLOW_ON_MARKER = re.compile(r"\b(?:" + alternation(_FOLLOW_ON_MARKERS) + r")\b", re.I)
_FOLLOW_ON_PAST_VERB = (r"\b(?:(?:was|were|had|did|" + alternation(_FOLLOW_ON_IRREGULAR_PASTS)
                        + r")|(?!(?:expected|scheduled|planned|supposed|slated|intended)\b)\w{3,}ed)\b")
_FOLLOW_ON_PAST = re.compile(_FOLLOW_ON_PAST_VERB, re.I)
# (the clause may come after the task's own infinitive: "given until March 2 to accept the offer, and most did")
_FOLLOW_ON_CLAUSE = re.compile(r"(?:\s+to\s+[a-z][^,;]*?)?\s*[,;]?\s*(?:(?:" + alternation(_FOLLOW_ON_OPENERS)
                               + r")\s|(?=" + _FOLLOW_ON_PAST_VERB + r"))", re.I)
_FOLLOW_ON_FUTURE = re.compile(r"\b(?:" + alternation(_FOLLOW_ON_AHEAD) + r")\b", re.I)


def _over_after(text: str, end: int, right: int) -> bool:
    """Whether the sentence after a deadline's day (text[end:right]) tells the deadline or measure is over."""
    if _FOLLOW_ON_MARKER.search(text, end, right):
        return True
    clause = _FOLLOW_ON_CLAUSE.match(text, end, right)
    if clause is None:
        return False
    return bool(_FOLLOW_ON_PAST.search(text, clause.end(), right)) and not _FOLLOW_ON_FUTURE.search(
        text, clause.end(), right)
_NEEDS_CAPITAL = {"md", "dm", "my", "mdy", "dmy", "rel_month", "weekday", "month_span", "month_event"}

_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")
# Verbs of scheduled acts: "would" before them reports a plan ("would" alone is as often a condition), and so does
# their present progressive before a day.
_SCHEDULED_ACTS = ("meet", "travel", "visit", "tour", "hold", "sign", "vote", "resume", "return", "go", "fly", "host",
                   "attend", "arrive", r"take\s+place")


# ... and their simple present, a subject's verb (not the noun after a determiner: "his visits on Friday"), in the
# weekday's own clause: "Kowal meets Silva in Varna on Friday", "the delegation flies to Orrin on Monday" (news
# English's scheduled present); not under a habit adverb ("usually meets on Friday", `eventwords.HABIT_ADVERBS`).
_SCHEDULED_PRESENT = re.compile(r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmy\s)"
                                r"\b(?:meets|travels|visits|tours|holds|signs|hosts|flies|heads|arrives|attends|returns)"
                                r"\b[^,;.:!?]{0,70}$", re.I)
_HABIT = re.compile(r"\b(?:" + alternation(HABIT_ADVERBS) + r")\b", re.I)


# ... and only as the main verb of its clause: not after a relative pronoun, determiner, preposition or adjective
# within two words ("The official who heads the agency met ...", "over late returns"), with no past verb between it
# and the weekday ("meets Silva on Monday and flew home on Tuesday"), not of a habit ("meets every Friday") and not
# in a report told in the historical present, a score in its sentence ("meets Silva on Saturday and beats him 6-2").
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:(?:" + alternation(NOT_SUBJECT_VERB_BEFORE) + r")\s+|(?:"
                                 + alternation(RELATIVE_OR_PREPOSITION_BEFORE) + r")\s+(?:[\w'’-]+\s+)?)$", re.I)
_PAST_BETWEEN = re.compile(r"\b(?:" + alternation(IRREGULAR_PAST_VERBS) + r")\b", re.I)
_EVERY_BEFORE = re.compile(r"\bevery\s+$", re.I)
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _scheduled_present(text: str, left: int, start: int) -> bool:
    found = _SCHEDULED_PRESENT.search(text, max(left, start - 90), start)
    if found is None or _HABIT.search(text, max(left, found.start() - 30), start):
        return False
    right = _sentence_bounds(text, start, start)[1]
    verb_end = text.find(" ", found.start())
    return not (_NOT_SUBJECT_BEFORE.search(text, max(left, found.start() - 40), found.start())
                or _PAST.search(text, verb_end, start) or _PAST_BETWEEN.search(text, verb_end, start)
                or _EVERY_BEFORE.search(text, max(left, start - 10), start) or _SCORE.search(text, left, right))


def _progressive(act: str) -> str:
    """The -ing form of a scheduled act's verb ("meeting", "travel(l)ing", "arriving", "taking place")."""
    if act == "travel":
        return r"travell?ing"
    head, _, rest = act.partition("\\")
    head = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
    return head + "ing" + ("\\" + rest if rest else "")


_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|is\s+to|are\s+to|(?:is|are)\s+due\s+(?:to|in|at|for|back)|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)"
    r"(?<!\bhis\s)(?<!\bher\s)plans?\s+to|planning\s+to|"
    r"scheduled\s+(?:to|for)|(?:is|are)\s+expected\s+to|set\s+to|going\s+to|intends?\s+to|to\s+be\s+held|upcoming|"
    # Reported plans: "said the delegations would meet again on Tuesday".
    # ("would" alone is as often a condition: only verbs of scheduled acts count)
    r"would(?:\s+\w+ly)?\s+(?:" + "|".join(_SCHEDULED_ACTS) + r")|"
    # The present progressive of a scheduled act names a coming day: "is travelling to Berlin on Friday", "are
    # meeting on Tuesday" (English's futurate progressive).
    r"(?:is|are|am)(?:\s+\w+ly)?\s+(?:" + "|".join(_progressive(act) for act in _SCHEDULED_ACTS) + r")|"
    # a reported "would" is the future of the past, whatever its verb ("said the plant would open in March"; the
    # reporting verbs are `eventwords.REPORTING_VERBS_BEFORE_WOULD`): not "would have"
    r"(?:" + "|".join(sorted(REPORTING_VERBS_BEFORE_WOULD, key=len, reverse=True)) + r")\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?would\s+(?!have\b)|"
    # ... and a second reported clause joined by "and that" ("told reporters that 27 shelters had opened and that
    # the army would deliver water on Friday"; not "and that would mean": its own subject first)
    r"(?<=\band\s)that\s+(?:[\w’'-]+\s+){1,6}?would\s+(?!have\b)|"
    # an agreement, decision or promise to act: the act's date is to come ("agreed to convene the committee in
    # Amman in January"), not a noun object ("agreed to the deal in January")
    r"(?:agreed|decided|pledged|promised|vowed|resolved)\s+to\s+(?!(?:the|a|an|this|that|its|their|his|her)\b)"
    r"[a-z]+|"
    r"forthcoming|"
    # a present perfect of arranging an event ("has organised a fair ... on December 5", "has called a strike on
    # Monday"): the arranging is done, the event is ahead (a present perfect takes no past day of its own)
    r"(?:has|have|['’]ve)\s+(?:\w+ly\s+)?(?:organi[sz]ed|arranged|called|scheduled|planned|booked|convened|"
    r"set\s+up)\s+(?:a|an))\b",
    re.IGNORECASE,
)


# ... and a present perfect of calling people to one ("has called operators and county officials to a meeting on
# Friday", "has invited the two unions to a round of talks on Monday"), read across the 'and' of its object up to the
# date's clause: the calling is done, the gathering ahead (not a call on someone to act: "has called on voters to
# reject it")
_CALLED_TO = re.compile(r"\b(?:has|have|['’]ve)\s+(?:\w+ly\s+)?(?:called|invited|summoned|convened)\s+(?!on\b)"
                        r"(?:[\w’'-]+\s+){1,6}?to\s+(?:a|an)\b", re.IGNORECASE)


# Words before "N years of" that make it a finished span, not a count back from today: "ended two years of war".
_SPELL_BEFORE = re.compile(r"\b(?:end(?:ed|ing|s)?|after|following|than|over|(?:the\s+)?end\s+of|concluded|closed)\s+$",
                           re.IGNORECASE)


# The nouns of events held on a set day, which a day names ahead of time ("the Nov. 8 election", "holds a
# referendum on Oct. 20"); an attack recalled by its day is past ("the Sept. 11 attacks"). One list for both uses.
_SCHEDULED_NOUNS = (r"(?:elections?|votes?|referend(?:um|a)|primar(?:y|ies)|caucus(?:es)?|runoffs?|ballots?|polls?|"
                    r"summits?|meetings?|talks|hearings?|debates?|deadlines?|launch|opening|congress|conferences?|"
                    r"conventions?|inauguration|ceremony|match|final|game|trial|sentencing|kickoff)")


# A present-tense verb right before a yearless date ("before early voting begins on April 4"): the date is to come
# even when the sentence's main verb is past ("experts said").
# An end not yet known, "until at least Wednesday", "until at the earliest Friday": the day is still to come (a
# live blog's "has cancelled all services until at least Wednesday"; not "was closed until Wednesday", told done;
# only in a sentence told in the present or the perfect, `_told_present`).
_AT_LEAST_UNTIL = re.compile(r"\b(?:until|till|through)\s+at\s+(?:the\s+)?(?:least|earliest)\s+$", re.I)
_PRESENT_AUX = re.compile(r"\b(?:has|have|is|are|remains?|stays?)\b", re.I)
_PAST_AUX = re.compile(r"\b(?:was|were|had)\b", re.I)


def _told_present(text: str, left: int, start: int) -> bool:
    """The sentence up to the day is told in the present or the perfect ("has suspended", "are off"), with no
    'was', 'were' or 'had' (a span told done, "were suspended until at least Wednesday", may be gone by)."""
    return bool(_PRESENT_AUX.search(text, left, start)) and not _PAST_AUX.search(text, left, start)


_PRESENT_BEFORE = re.compile(r"\b(?:begins|starts|opens|ends|closes|expires|resumes|takes\s+(?:place|effect|office)|"
                             r"comes\s+into\s+force|kicks\s+off|runs\s+until|is\s+held|are\s+held|"
                             # "A hearing on whether X should be forfeited is set for September 14": set ahead
                             r"(?:is|are)\s+(?:now\s+)?set\s+(?:for|on)|"
                             # "Bolivia holds a general election on Oct. 20": a scheduled vote or meeting
                             r"holds?\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?" + _SCHEDULED_NOUNS + r")\s+$",
                             re.I)


# A past-tense verb in the sentence: "was", "had", "met", "opened".
# Participles of plans ("is expected to", "scheduled") look past but speak of what is to come.
# (with the irregular simple pasts that are no present form too: "sold the house in September", "won the cup in
# October", "paid the fine on Nov. 24" are gone by as "closed" ones are; not "beat", "hit", "cut", "put", "set",
# "read", "left", which are also presents, nouns or adjectives)
_IRREGULAR_SIMPLE_PASTS = ("sold", "bought", "built", "rebuilt", "won", "lost", "made", "gave", "paid", "sent",
                           "spent", "sought", "struck", "broke", "fought", "caught", "wrote", "chose", "flew", "drove",
                           "ran", "rose", "fell", "spoke", "sank", "threw", "drew", "stole", "withdrew", "upheld",
                           "laid", "swept", "blew", "shook", "tore", "froze", "swore", "overtook", "undertook")
_PAST = re.compile(r"\b(?:was|were|had|did|met|began|took|said|told|went|came|held|"
                   + "|".join(_IRREGULAR_SIMPLE_PASTS) + r"|"
                   r"(?!(?:expected|scheduled|planned|supposed|slated|intended)\b)\w{3,}ed)\b", re.IGNORECASE)


def _number(word: str) -> tuple[int, bool]:
    """The number a count word stands for, and whether it is fuzzy ('a few')."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in FUZZY_NUMBERS:
        return FUZZY_NUMBERS[word], True
    if word.isdigit():
        return int(word), False
    parts = re.split(r"[- ]", word)
    return sum(NUMBER_WORDS.get(part, 0) for part in parts), False


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_SENTENCE_STOPS = re.compile(r"[.?!] |\n")
_stops_cache: list = [None, []]  # [text, its stops]: the last text asked about


def _stops(text: str) -> list[int]:
    """Where ". ", "? ", "! " and line breaks stand in the text (found once per text, then bisected: looking
    for them with rfind and find from every date would scan a long unpunctuated text once per date)."""
    if _stops_cache[0] is not text:
        _stops_cache[0], _stops_cache[1] = text, [match.start() for match in _SENTENCE_STOPS.finditer(text)]
    return _stops_cache[1]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # The last stop ending by `start` and the first one at or after `end` (as rfind(…, 0, start) and find(…, end)).
    stops = _stops(text)
    index = bisect_right(stops, start - 2) - 1
    left = stops[index] if index >= 0 else -1
    if start - 1 >= 0 and text[start - 1] == "\n":
        left = max(left, start - 1)  # a line break right before `start` (one character, so it fits too)
    left = 0 if left < 0 else left + 1
    index = bisect_left(stops, end)
    right = stops[index] if index < len(stops) else len(text)
    return left, right


# A subordinate clause between a future and a date whose own verb is told in the past before the date: the date is
# that verb's ("The library will close in June after the council voted on Monday evening": the vote is gone by).
_SUBORDINATOR = re.compile(r"\b(?:" + alternation(words_doing("ahead", "time", "reason", "when")) + r")\b", re.I)

# (only under a future told from now, "will"/"shall": under a reported "would" the clause's past is the future's
# past, "said a decision would be made after the review was presented in February")
_PRESENT_FUTURE = re.compile(r"(?:will|won['’]t|shall)\b", re.I)


def _past_subclause(text: str, low: int, start: int) -> bool:
    opener = None
    for opener in _SUBORDINATOR.finditer(text, low, start):
        pass
    return opener is not None and _PAST.search(text, opener.end(), start) is not None


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] is about the future ('will', 'is to', 'plans to'): the clause
    runs to the nearest comma, semicolon or 'and'/'but'/'while' on each side, within its sentence, and a future
    verb after the date counts only when no past verb stands before it."""
    left, right = _sentence_bounds(text, start, end)
    window_left = max(left, start - 120)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_left, start)]
    clause_left = breaks[-1] if breaks else window_left
    following = _CLAUSE_BREAK.search(text, end, min(right, end + 80))
    clause_right = following.start() if following else min(right, end + 80)
    future = None
    for future in _FUTURE.finditer(text, clause_left, end):
        pass
    if future is not None and not (_PRESENT_FUTURE.match(future.group(0)) and _past_subclause(text, future.end(), start)):
        return True
    if any(called.end() > clause_left for called in _CALLED_TO.finditer(text, window_left, start)):
        return True
    # A clause of time hangs on its main clause's tense: "The two sides will then play a series, before Pakistan
    # leave for their tour in December".
    if _TIME_CLAUSE.match(text, clause_left, end) and _FUTURE.search(text, max(left, clause_left - 160), clause_left):
        return True
    if not _FUTURE.search(text, end, clause_right):
        return False
    # Only a later verb speaks of the future: a past verb before the date is the one it dates ("the fund agreed
    # on Monday will pay", "said on Monday it will").
    return not _PAST.search(text, clause_left, start)


# A weekday after a word that starts or sets what it dates is the coming one: "a 35-hour rail strike starting on
# Thursday", "protests beginning Friday", "the vote is due on Tuesday" (not "started on Thursday": a past verb).
_START_BEFORE = re.compile(r"\b(?:starting|beginning|commencing|(?:due|slated)(?:\s+(?:on|for))?)\s+"
                           r"(?:on\s+)?(?:this\s+)?$", re.I)
# A weekday a plan was set for, the plan then told called off in the same clause ("A planned meeting between the
# premier and farmers on Friday was cancelled", "a session scheduled for Thursday has been called off"): the day it
# was set for is still to come (not "A meeting on Friday was cancelled": no word of a plan; not "was held").
_PLAN_WORD_BEFORE = re.compile(r"\b(?:planned|scheduled|set\s+for|due|slated|proposed)\b[^,;.]{0,80}$", re.I)
_UNDONE_AFTER = re.compile(r"[^,;.]{0,30}?,?\s*\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
                           + "|".join(PLAN_UNDONE_VERBS) + r")\b", re.I)
# ... and the same told actively, the verb first: "has called off a visit to Gisborne planned for Thursday",
# "cancelled a hearing scheduled for Friday" (not "cancelled on Friday": the day of the cancelling).
_UNDONE_THEN_PLAN = re.compile(r"\b(?:" + "|".join(PLAN_UNDONE_VERBS)
                               + r"|withdr(?:ew|awn)\s+from|pulled\s+out\s+of)\b[^,;.]{0,80}?\b(?:planned|scheduled|set|"
                               r"due|slated)\s+(?:for|on)\s+$", re.I)
# ... only in a sentence told as future or planned, never under a past main verb (review: "The festival, starting
# on Friday, drew thousands", "The ship, due on Tuesday, arrived a day late", "Rent was due on Monday": the past
# weekday); verbs that report or set a plan ("announced", "was scheduled") are no past main verb.
_START_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are|am)\s+(?:to|due|set|scheduled|planned|expected|slated|going)|"
                           r"plans?|planning|set\s+to|scheduled|starts|begins|opens|commences|"
                           r"[\w’']+['’]ll)\b", re.I)
_START_PAST = re.compile(r"\b(?!(?:announced|called|declared|planned|scheduled|expected|proposed|unveiled|"
                         r"warned|threatened|urged|voted|agreed|decided|confirmed|hundred|need|speed|proceed|"
                         r"succeed|exceed|indeed|red|bed|feed|seed|shed)\b)(?:(?:was|were)\b(?!\s+(?:announced|"
                         r"called|declared|planned|scheduled|expected|proposed|unveiled|confirmed)\b)|had|did|"
                         r"\w{2,}ed|drew|began|went|came|took|fell|ran|won|lost|left|made|saw|got|broke|held|met|"
                         r"sent|led|cut|shut|struck|fought|stood|brought|kept|spent|never)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _start_told_future(text: str, start: int) -> bool:
    left = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start), -1) + 1
    end = _SENTENCE_END.search(text, start)
    right = end.start() if end else len(text)
    if _START_FUTURE.search(text, left, right):
        return True
    return not _START_PAST.search(text, left, right)


# A yearless day or month of a plan called off: a verb of calling off before it in its sentence ("called off a strike
# planned for April 18", "shelved plans for a referendum in May"), or a plan word before it and the verb after ("A
# concert set for May 9 was cancelled"). What is called off was still to come, so a past reading more than half a
# year back gives way to the coming one (`_called_off_ahead`); a day gone by within half a year stays past.
_UNDONE_BEFORE = re.compile(r"\b(?:" + "|".join(PLAN_UNDONE_VERBS) + r")\b", re.I)


_PLAN_OWNS_DATE = re.compile(r"\b(?:planned|scheduled|set|due|slated|proposed|plans?)\s+(?:for|on|in)\s+"
                             r"(?:(?!(?:" + "|".join(PLAN_UNDONE_VERBS) + r")\b)[\w'’-]+\s+){0,4}?(?:on\s+|in\s+)?$",
                             re.I)
_MONTH_WORD = re.compile(r"\b(?:" + _MONTHS + r")\b")


def _called_off_ahead(text: str, left: int, start: int, end: int, right: int) -> bool:
    if _PAST_ANCHOR.search(text, left, right) or _TARGET_BEFORE.search(text, max(left, start - 30), start):
        return False  # "Last year the union called off a strike planned for April 18"; a new day set ("postponed to
        # September 20") is `_deadline_ahead`'s
    # the date must be the plan's ("planned for March 2"), not the called-off verb's ("postponed the referendum in
    # May"), and no other month in the sentence may set a past frame ("in hospital from February to April")
    if not (_PLAN_OWNS_DATE.search(text, max(left, start - 45), start)
            or re.match(r"the\s", text[start:start + 4], re.I) or _MODIFIER_BEFORE.search(text, max(left, start - 5), start)):
        return False
    if any(not (start <= other.start() < end) for other in _MONTH_WORD.finditer(text, left, right)):
        return False
    return bool(_UNDONE_BEFORE.search(text, max(left, start - 100), start) or _UNDONE_AFTER.match(text, end))


# A plan's yearless day told as the one first set ("originally scheduled for 19 November but postponed") or as a plan
# then undone ("a meeting scheduled for Nov. 19 was called off", "an audit planned for November has now moved to
# February") is the nearest such day, gone by or to come: "scheduled for" names no future once the plan is undone.
_PLAN_SET_DAY = re.compile(r"\b(?P<first>(?:" + alternation(PLAN_FIRST_SET_ADVERBS) + r")\s+(?:been\s+)?)?"
                           r"(?:planned|scheduled|set|slated|due)\s+(?:(?:for|on)\s+)?(?:on\s+)?$", re.I)
_UNDONE_LATER = re.compile(r"[^;.]{0,60}?\b(?:but|and)\s+(?:(?:now|since|then|later|\w+ly)\s+)?(?:has|have|had|was|"
                           r"were)\s+(?:(?:been|now|since|then|later|\w+ly)\s+){0,2}(?:" + "|".join(PLAN_UNDONE_VERBS)
                           + r"|moved)\b", re.I)


def _undone_plan_day(text: str, left: int, start: int, end: int, right: int) -> bool:
    """Whether the yearless day or month whose words run from `start` (after any plan word of its own phrase) to
    `end` is a plan's day told first set or undone (`_PLAN_SET_DAY`); `left`/`right` bound its sentence."""
    plan = _PLAN_SET_DAY.search(text, max(left, start - 40), start)
    if plan is None or _PAST_ANCHOR.search(text, left, right):
        return False
    if plan.group("first"):
        return True
    return bool(_UNDONE_AFTER.match(text, end) or _UNDONE_LATER.match(text, end))


# A called-off plan's day gone by is news only while fresh: one more than about three months back is the coming one
# ("a festival scheduled for September 20 was cancelled", published in March: this September; review of eventsR16).
# (Not a month: "an expedition planned for April was cancelled", published in September, is the April gone by, the
# nearest; a window for months too lost a right tune date.)
_UNDONE_PAST_DAYS = 92


def _nearest(*days: date | None, anchor: date) -> date | None:
    found = [day for day in days if day is not None and (anchor - day).days <= _UNDONE_PAST_DAYS]
    return min(found, key=lambda day: abs((day - anchor).days)) if found else None


_MODIFIER_BEFORE = re.compile(r"\bthe\s+$", re.I)
# ... the nouns of events held on a set day (an attack recalled by its day is past: "the Sept. 11 attacks")
_SCHEDULED_NOUN_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:general\s+)?" + _SCHEDULED_NOUNS + r"\b", re.I)
# What is called off is still to come: "has cancelled all of Sunday's crossings", "postponed the Friday match"; the
# day must modify what was called off (a possessive, or before an event noun of the events vocabulary): "cancelled
# flights on Monday" tells when the cancelling happened.
_CALLED_OFF_BEFORE = re.compile(r"\b(?:cancel(?:l)?(?:ed|s|ing)?|called\s+off|postpon(?:ed|es|ing)|scrapped|"
                                r"suspended)\b(?:\s+[\w’'-]+){0,3}?\s+$", re.I)
_DAY_MODIFIES = re.compile(r"['’]s?(?!\w)|\s+(?:" + "|".join(sorted(ALL_EVENT_NOUNS, key=len, reverse=True))
                           + r")\b", re.I)
_TIME_CLAUSE = re.compile(r"\s*(?:" + alternation(TENSE_TAKING) + r")\b", re.I)  # `clauses.TENSE_TAKING`
_YEARLESS_PAST_DAYS = 183  # news gives the year of a date further back than this
_NAMED_DAY_AHEAD = 120  # a yearless day naming an event is read ahead within this many days at most


# ... but a plan told with the day it was first set, then moved, is moved still ahead whatever the tense ("the
# signing, originally planned for 20 November, had been postponed to 14 January": a report's past perfect; a
# postponement's new day comes after the day it is told)
_FIRST_SET_BEFORE = re.compile(r"\b(?:" + alternation(PLAN_FIRST_SET_ADVERBS) + r")\s+(?:been\s+)?"
                               r"(?:planned|scheduled|set|slated|due)\b", re.I)


# A sentence setting its news after another ("The signing follows a memorandum ... in March", "The deal comes after
# talks in April"): the month is the earlier news's, a gone-by one, though no verb is in the past. Only as the
# sentence's verb right after a plain subject (no comma, no "which") with a noun object: not "follows in April" (it
# comes then), not "The festival, which follows the harvest, opens in March".
_NOT_AN_OBJECT = ("in", "on", "at", "by", "during", "within", "from", "next", "this", "soon", "later", "shortly", "suit",
                  "closely", "immediately", "early", "late")
_AFTER_EARLIER_NEWS = re.compile(r"\s*(?:[\w'’-]+\s+){1,5}?(?:follows|comes\s+after)\s+"
                                 r"(?!(?:" + "|".join(_NOT_AN_OBJECT) + r")\b)[\w$£€]", re.I)
# A present or future verb, or a clause of its own, between the object and the month: the month is that verb's
# ("follows the new rules that take effect in March", "follows inflation and takes effect in January").
# (regex pieces: "set to", "plan to", "plans to")
_LATER_VERB_WORDS = ("that", "which", "who", "when", "where", "will", "shall", "would", "is", "are", "take", "takes",
                     "start", "starts", "begin", "begins", "open", "opens", "run", "runs", "end", "ends", "expected",
                     "due", r"set\s+to", r"plans?\s+to")
_LATER_VERB = re.compile(r"\b(?:" + "|".join(_LATER_VERB_WORDS) + r")\b|\band\s+(?-i:[a-z]+s)\b", re.I)


def _after_earlier_news(text: str, left: int, start: int) -> bool:
    """Whether the sentence opening at `left` sets its news after earlier news whose month stands at `start`."""
    opening = _AFTER_EARLIER_NEWS.match(text, left, start)
    return opening is not None and _LATER_VERB.search(text, opening.end() - 1, start) is None


def _deadline_ahead(text: str, left: int, start: int, end: int, right: int, anchor: date) -> bool:
    """Whether the yearless day at text[start:end] is a deadline or a plan's new day still ahead (`_TARGET_BEFORE`
    and the cues after it); `left`/`right` bound its sentence."""
    target = _TARGET_BEFORE.search(text, max(left, start - 30), start)
    if target is None:
        return False
    if _over_after(text, end, right):
        return False  # "was moved to May 6 and the mayor won it", "suspended until February 2; the bar has since"
    anchored = _PAST_ANCHOR.search(text, left, right)
    if anchored is not None and not (anchored.group(0)[-4:].isdigit() and int(anchored.group(0)[-4:]) >= anchor.year):
        return False  # "Last year the regatta was moved to September 12"
    before = text[left:target.start()]
    measure = _MEASURE_UNTIL.search(text, left, start)
    if target.group("moved") or (measure is not None and not measure.group("staying")):
        if _PAST_PERFECT.search(text, left, right) and not _FIRST_SET_BEFORE.search(text, left, target.start()):
            return False  # "had been moved to September 12", "had suspended flights until"
        outcome = _OUTCOME_AFTER.match(text, end, right)
        return not (outcome and _PAST.search(text, outcome.end(), right)
                    and not _FOLLOW_ON_FUTURE.search(text, outcome.end(), right))  # ("when it will hear")
    if _TASK_SET.search(before) or _TIME_GRANTED.search(text, left, start):
        return True
    if _STATE_GOING_ON.search(text, left, start) or _REQUESTED.search(text, left, start):
        return not _PAST_PERFECT.search(text, left, right)  # ("had asked for a plan by": `_TASK_SET` only)
    return False


def _resolve_month_day(anchor: date, month: int, day: int, future: bool, past: bool = True) -> date | None:
    """The `month`/`day` nearest the anchor: on or before it (past), on or after it (future). Without a future
    verb a past reading more than half a year back gives way to a coming date within half a year ("takes
    office on November 1" in October) unless the sentence is in the past tense (`past`): news writes the year of
    older dates."""
    found = None
    for year in ((anchor.year, anchor.year + 1) if future else (anchor.year, anchor.year - 1)):
        candidate = _safe_date(year, month, day)
        if candidate and (candidate >= anchor if future else candidate <= anchor):
            found = candidate
            break
    if not future and not past and found is not None and (anchor - found).days > _YEARLESS_PAST_DAYS:
        coming = _safe_date(found.year + 1, month, day)
        if coming is not None and (coming - anchor).days <= _YEARLESS_PAST_DAYS:
            return coming
    return found


def _resolve_month(anchor: date, month: int, relation: str, future: bool) -> DateValue:
    relation = relation.lower()
    if relation == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif relation.startswith(("this", "earlier this", "later this")):
        year = anchor.year
    elif future:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return month_value(year, month)


# A page's own day, said from the day it was written ("today", "tonight", "this morning").
_OWN_DAY_WORDS = ("today", "tonight", "this morning", "this afternoon", "this evening")


class _Resolver:
    def __init__(self, text: str, anchor: date | None, anchor_is_exact: bool, year_only: bool = False,
                 month_only: bool = False) -> None:
        self.text = text
        self.anchor = anchor
        self.exact = anchor_is_exact and anchor is not None
        # Only the anchor's month is known (a page dated "November 2026", anchored on its first day): the page may
        # be of any day of it, so a yearless past day is read against the month's last day ("signed on 6 November"
        # is that November's, not the year before's).
        self.month_only = month_only and anchor is not None and not self.exact
        # Only the anchor's year is known (a "07/03/2024" whose day and month could be swapped): yearless days and
        # months fall in that year, and month-relative phrases cannot be resolved.
        self.year_only = year_only and anchor is not None and not self.exact
        self.previous: DateValue | None = None
        self.previous_day: DateValue | None = None  # the last day-precision reference, for "the same day"

    def remember(self, value: DateValue | None) -> None:
        # An announced future date ("plans to meet on Wednesday") does not move the narration's time.
        if value is None or (self.exact and value.start > self.anchor):
            return
        self.previous = value
        if value.precision == "day":
            self.previous_day = value

    def resolve(self, kind: str, match: re.Match[str], start: int, end: int) -> tuple[str, DateValue | None]:
        group = match.groupdict()
        anchor = self.anchor
        if kind == "iso":
            day = _safe_date(int(group["y"]), int(group["m"]), int(group["d"]))
            return "absolute", day_value(day) if day else None
        if kind == "numeric":
            first, second = int(group["a"]), int(group["b"])
            if (first > 12) == (second > 12):
                return "absolute", None  # "05/06/2024": day and month could be either
            day_number, month_number = (first, second) if first > 12 else (second, first)
            day = _safe_date(int(group["y"]), month_number, day_number)
            return "absolute", day_value(day) if day else None
        if kind in ("mdy", "dmy"):
            day = _safe_date(int(group["year"]), _month_number(group["month"]), int(group["day"]))
            return "absolute", day_value(day) if day else None
        if kind == "my":
            return "absolute", month_value(int(group["year"]), _month_number(group["month"]))
        if kind in ("year_cue", "year_bare"):
            return "absolute", year_value(int(group["year"]))
        if kind == "month_span":
            first, last = _month_number(group["month"]), _month_number(group["month2"])
            if group["year"]:
                year = int(group["year"])
                start_year = year if first <= last else year - 1
                return "absolute", DateValue(date(start_year, first, 1), month_value(year, last).end, "month")
            if anchor is None or self.year_only and anchor is None:
                return "deictic", None
            future = speaks_of_future(self.text, start, end)
            opening = _resolve_month(anchor, first, "in", future)
            closing_year = opening.start.year if first <= last else opening.start.year + 1
            if not future and self.exact and month_value(closing_year, last).end > anchor:
                # "visited 40 farms between January and June" told in March: a span already run, last year's
                opening, closing_year = month_value(opening.start.year - 1, first), closing_year - 1
            return "deictic", DateValue(opening.start, month_value(closing_year, last).end, "month")
        if kind == "month_event":
            if anchor is None:
                return "deictic", None
            value = _resolve_month(anchor, _month_number(group["month"]), "the", speaks_of_future(self.text, start, end)
                                   or _AHEAD_OF.search(self.text, max(0, start - 30), start) is not None)
            return "deictic", self._called_off_month(value, group, start, end)
        if kind == "year_range":
            first, last = int(group["year"]), int(group["year2"])
            if not 0 < last - first <= 50:
                return "absolute", year_value(first)
            return "absolute", DateValue(date(first, 1, 1), date(last, 12, 31), "year")
        if kind in ("md", "dm"):
            if anchor is None:
                return "deictic", None
            if self.year_only:
                day = _safe_date(anchor.year, _month_number(group["month"]), int(group["day"]))
                return "deictic", day_value(day) if day else None
            future = speaks_of_future(self.text, start, end)
            left, right = _sentence_bounds(self.text, start, end)
            present = bool(_PRESENT_BEFORE.search(self.text, max(left, start - 45), start))
            if not present and not future and _scheduled_present(self.text, left, start):
                # "The fair returns on June 14, organisers said" (published June 1): a scheduled present names the
                # coming day within half a year; one just gone by stays past
                coming = _resolve_month_day(anchor, _month_number(group["month"]), int(group["day"]), True)
                present = coming is not None and (coming - anchor).days <= _YEARLESS_PAST_DAYS
            future = future or present
            past = (bool(_PAST.search(self.text, left, right)) and not present) or bool(
                _PAST_ANCHOR_AFTER.match(self.text, end))
            month, number = _month_number(group["month"]), int(group["day"])
            if group.get("dweek"):
                named = _weekday_year(anchor, month, number, WEEKDAYS[group["dweek"].lower()])
                clause = max(left, self.text.rfind(",", left, start) + 1, self.text.rfind(";", left, start) + 1)
                if named is not None and named > anchor and not future and not present and _PAST.search(
                        self.text, clause, start):
                    # "ministers met on Thursday 21 May" (published in March): a simple past of the date's own
                    # clause is never a day to come; the latest such weekday before publication within a year, or the weekday is ignored
                    named = _weekday_year_before(anchor, month, number, WEEKDAYS[group["dweek"].lower()])
                    if named is not None:
                        return "deictic", day_value(named)
                if named is not None and abs((named - anchor).days) <= _WEEKDAY_YEAR_REACH:
                    return "deictic", day_value(named)  # (farther, the weekday is a slip: read as without it)
            latest = month_value(anchor.year, anchor.month).end if self.month_only and not future else anchor
            day = _resolve_month_day(latest, month, number, future, past)
            if (not future and day is not None and (anchor - day).days > _YEARLESS_PAST_DAYS
                    and _called_off_ahead(self.text, left, start, end, right)):
                coming = _resolve_month_day(anchor, month, number, True)
                if coming is not None and (coming - anchor).days <= _YEARLESS_PAST_DAYS:
                    day = coming
            if (not future and day is not None and (anchor - day).days > _YEARLESS_PAST_DAYS
                    and _deadline_ahead(self.text, left, start, end, right, anchor)):
                # "directed the council to file a report by July 23" (published July 9): a deadline or a new day set
                # is the coming one within half a year; news writes the year of a day gone by that long ago
                coming = _resolve_month_day(anchor, month, number, True)
                if coming is not None and (coming - anchor).days <= _YEARLESS_PAST_DAYS:
                    day = coming
            if (self.exact and day is not None and day > anchor
                    and _undone_plan_day(self.text, left, start, end, right)):
                # "scheduled for Nov. 19, was called off" (published in December): the nearest Nov. 19, a gone-by one
                # within half a year (a coming one is left to `_called_off_ahead`)
                day = _nearest(_resolve_month_day(anchor, month, number, False), day, anchor=anchor)
            elif not future and _MODIFIER_BEFORE.search(self.text, max(0, start - 5), start) and \
                    _SCHEDULED_NOUN_AFTER.match(self.text, end):
                # "in the Nov. 8 general election": a date naming an event is the nearest one, whatever the
                # sentence's tense (its verbs are not the event's)
                coming = _resolve_month_day(anchor, month, number, True)
                if coming is not None and (coming - anchor).days <= _NAMED_DAY_AHEAD and (
                        day is None or (coming - anchor) < (anchor - day)):
                    day = coming
            return "deictic", day_value(day) if day else None
        if kind == "rel_month":
            if anchor is None:
                return "deictic", None
            relation = re.sub(r"\s+", " ", group["rel"].lower())
            if self.year_only:
                if relation in ("last", "next"):
                    return "deictic", None
                return "deictic", month_value(anchor.year, _month_number(group["month"]))
            future = speaks_of_future(self.text, start, end) or relation.endswith(_PLAN_TARGETS)
            value = _resolve_month(anchor, _month_number(group["month"]), relation, future)
            left, right = _sentence_bounds(self.text, start, end)
            if (relation in ("in", "early", "late", "by", "until") and not future
                    and (anchor - value.end).days > _YEARLESS_PAST_DAYS
                    and not _PAST.search(self.text, left, right)
                    and not _after_earlier_news(self.text, left, start)):
                # as for a yearless day: "leave for their tour in December" in October, no verb in the past,
                # is the coming December (news writes "last December" or the year of one ten months back)
                value = _resolve_month(anchor, _month_number(group["month"]), relation, True)
            if relation in ("in", "early", "late") and not future:
                value = self._called_off_month(value, group, start, end)
            if (self.exact and value.start > anchor and relation.split()[0] in ("planned", "scheduled", "set", "slated")
                    and _undone_plan_day(self.text, left, match.start("month"), end, right)):
                # "an audit that was planned for November and has now moved to February" (published in December):
                # the nearest November, a gone-by one within half a year
                month_start = month_value(anchor.year, anchor.month).start
                value = min((_resolve_month(anchor, _month_number(group["month"]), "in", False), value),
                            key=lambda v: abs((v.start - month_start).days))
            if (relation in ("in", "early", "late") or relation.endswith(_PLAN_TARGETS)) and value.start.year >= anchor.year \
                    and _LAST_YEAR_BEFORE.search(self.text, left, start) \
                    and not speaks_of_future(self.text, start, end):
                # "Last year the government called off a referendum planned for May": the anchor sets the year
                value = month_value(anchor.year - 1, _month_number(group["month"]))
            return "deictic", value
        if kind == "weekday":
            return "deictic", self._weekday(group, start, end)
        if kind == "weekend":
            return "deictic", self._weekend(group["wkrel"], start, end)
        if kind == "named_day":
            named = re.sub(r"\s+", " ", group["named"].lower())
            if not self.exact:
                # a page dated to its month: its own day is a day of that month (a neighbouring day may not be)
                if self.month_only and named in _OWN_DAY_WORDS:
                    return "deictic", month_value(anchor.year, anchor.month)
                return "deictic", None
            offset = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "tomorrow": 1,
                      "last night": -1}.get(named, 0)
            return "deictic", day_value(anchor + timedelta(days=offset))
        if kind == "rel_period":
            return "deictic", self._period(group)
        if kind == "fortnight":
            if not self.exact:
                return "deictic", None
            return "deictic", shift(day_value(anchor), -2, "week", False)
        if kind == "ago":
            if anchor is None:
                return "deictic", None
            amount, fuzzy = _number(group["n"])
            unit = group["unit"].lower()
            if unit in ("day", "week") and not self.exact or unit == "month" and self.year_only:
                return "deictic", None
            if unit == "week" and not fuzzy:
                # "two weeks ago" names a week, not a day: stored as "last week" is (`week_value`)
                day = anchor - timedelta(weeks=amount)
                return "deictic", week_value(day - timedelta(days=day.weekday()))
            return "deictic", shift(day_value(anchor), -amount, unit, fuzzy)
        if kind == "anaphoric_day":
            return "anaphoric", self.previous_day
        if kind == "anaphoric_period":
            return "anaphoric", self._period_of_previous(group)
        if kind == "anaphoric_next":
            reference = self.previous
            if reference is None:
                return "anaphoric", None
            step = 1 if group["dir"].lower() in ("following", "next") else -1
            unit = group["aunit"].lower()
            moved = shift(reference, step, unit)
            if unit == "week":
                monday = moved.start - timedelta(days=moved.start.weekday())
                moved = week_value(monday) if reference.precision == "day" else coarsen(moved, "month")
            elif unit == "day" and reference.precision != "day":
                return "anaphoric", None
            return "anaphoric", moved
        if kind == "anniversary":
            if anchor is None:
                return "anniversary", None
            if _SPELL_BEFORE.search(self.text, max(0, start - 30), start):
                return "anniversary", None  # "ended two years of war": a span that closed, counted from no known day
            amount, _ = _number(group["n"])
            return "anniversary", year_value(anchor.year - amount)
        return "anaphoric", None

    def _called_off_month(self, value: DateValue, group: dict, start: int, end: int) -> DateValue:
        """A month read as gone by more than half a year back is the coming one for a plan called off
        (`_called_off_ahead`)."""
        if (self.anchor - value.end).days <= _YEARLESS_PAST_DAYS:
            return value
        left, right = _sentence_bounds(self.text, start, end)
        if not _called_off_ahead(self.text, left, start, end, right):
            return value
        return _resolve_month(self.anchor, _month_number(group["month"]), "in", True)

    def _period_of_previous(self, group: dict) -> DateValue | None:
        """The month or year of the previous date ("later that year"; a week is its month, as 'last week' is
        stored). "earlier in the year" with no date before is the publication's own year or month; "the same
        week" with none is unknown."""
        unit = (group.get("pmonth") or group.get("psame")).lower()
        precision = "year" if unit == "year" else "month"
        if self.previous is not None:
            return coarsen(self.previous, precision)
        if group.get("psame") or not self.exact:
            return None
        return year_value(self.anchor.year) if precision == "year" else month_value(self.anchor.year, self.anchor.month)

    def _weekday(self, group: dict, start: int, end: int) -> DateValue | None:
        if not self.exact or _EVERY_BEFORE.search(self.text, max(0, start - 10), start):
            return None  # "meets every Friday": a habit, no day
        anchor = self.anchor
        weekday = WEEKDAYS[group["weekday"].lower()]
        relation = re.sub(r"\s+", " ", (group.get("wrel") or "").lower().replace("on ", "")).strip()
        if group.get("wweek"):
            # "on Thursday last week": that weekday of the week before (or after, or of) the anchor's week.
            which = group["wweek"].lower()
            step = -7 if "last" in which else 0 if "this" in which else 7
            return day_value(anchor - timedelta(days=anchor.weekday()) + timedelta(days=step + weekday))
        back = (anchor.weekday() - weekday) % 7
        ahead = (weekday - anchor.weekday()) % 7
        if relation in ("last", "this past", "past"):
            return day_value(anchor - timedelta(days=back or 7))
        if relation == "next":
            return day_value(anchor + timedelta(days=ahead or 7))
        if relation == "this coming":
            return day_value(anchor + timedelta(days=ahead))
        if (speaks_of_future(self.text, start, end) or _PRESENT_BEFORE.search(self.text, max(0, start - 30), start)
                or (_AT_LEAST_UNTIL.search(self.text, max(0, start - 30), start)
                    and _told_present(self.text, _sentence_bounds(self.text, start, end)[0], start))
                or _scheduled_present(self.text, _sentence_bounds(self.text, start, end)[0], start)
                or (_START_BEFORE.search(self.text, max(0, start - 30), start)
                    and _start_told_future(self.text, start))
                or _UNDONE_THEN_PLAN.search(self.text, max(0, start - 140), start)
                or (_PLAN_WORD_BEFORE.search(self.text, max(0, start - 100), start)
                    and _UNDONE_AFTER.match(self.text, end))
                or (_CALLED_OFF_BEFORE.search(self.text, max(0, start - 40), start)
                    and _DAY_MODIFIES.match(self.text, end))):
            # "will meet on Friday", "the summit opens on Friday", "has cancelled all of Sunday's crossings"
            return day_value(anchor + timedelta(days=ahead))
        return day_value(anchor - timedelta(days=back))

    def _weekend(self, relation: str, start: int, end: int) -> DateValue | None:
        """The Saturday of the weekend meant: this one (the one under way on a Sunday), the last or the next.
        Early in the week, "over/at the weekend" told without a future verb is the one just gone."""
        if not self.exact:
            return None
        relation = re.sub(r"\s+", " ", relation.lower())
        anchor = self.anchor
        saturday = anchor + timedelta(days=5 - anchor.weekday())  # this week's Saturday (Sunday: yesterday)
        if relation in ("last", "this past"):
            saturday -= timedelta(weeks=1) if anchor.weekday() < 6 else timedelta(0)
            if anchor.weekday() == 6 and relation == "last":
                saturday -= timedelta(weeks=1)
        elif relation == "next":
            saturday += timedelta(weeks=1)
        elif relation in ("over the", "at the") and anchor.weekday() <= 2 \
                and not speaks_of_future(self.text, start, end):
            saturday -= timedelta(weeks=1)
        return day_value(saturday)

    def _period(self, group: dict) -> DateValue | None:
        anchor = self.anchor
        if anchor is None:
            return None
        relation = re.sub(r"\s+", " ", group["prel"].lower())
        unit = group["punit"].lower()
        step = -1 if "last" in relation or relation == "past" else (1 if "next" in relation else 0)
        if unit == "year":
            if step and not self.exact and not self.year_only:
                # The anchor is only a lower bound on the publication date ("this year" is at least its year),
                # so a year counted from it ("next year's election") would be a guess.
                return None
            return year_value(anchor.year + step)
        if unit == "month":
            if self.year_only:
                return None
            moved = add_months(anchor, step)
            return month_value(moved.year, moved.month)
        if not self.exact:
            return None
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return week_value(monday)


# A day word in capitals right after a capitalised word, in a line not all in capitals, ends a name: an outlet or
# a programme ("told KIEL TODAY's video series", "on Kiel TODAY"), not the page's day ("COUNCIL VOTES TODAY", a
# headline in capitals, and "approved it TODAY" keep it).
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z][\w&.’'-]*)\s+$")


def _day_word_in_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not word.isupper() or " " in word:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.upper() == line:
        return False
    return _NAME_WORD_BEFORE.search(text, max(line_start, start - 40), start) is not None


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """All form matches as (start, end, kind, match); overlapping ones are kept for the caller to choose."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = text  # lower-casing moved offsets (rare letters); the keywords are ASCII anyway
    hits: list[tuple[int, int, str]] = []
    for keyword_class, keyword, on_lower in _KEYWORDS:
        hits.extend([(match.start(), match.end(), keyword_class)
                     for match in keyword.finditer(lower if on_lower else text)])
    hits.sort()
    spans_of_form: dict[str, list[tuple[int, int]]] = {}
    for start, end, keyword_class in hits:
        low, high = max(0, start - _KEYWORD_REACH), min(len(text), end + _KEYWORD_REACH)
        for kind in _FORMS_OF_KEYWORD[keyword_class]:
            spans = spans_of_form.setdefault(kind, [])
            if spans and low <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], high))
            else:
                spans.append((low, high))
    found = []
    for kind, pattern, needs in _FORM_SCANS:
        windows = spans_of_form.get(kind, ())
        if needs is not None:
            windows = [(lo, hi) for lo, hi in windows if needs.search(text, lo, hi)]
        # (plain loops, and the pattern's group names read once per form: a generator resumed per match and a
        # `groupdict` built per match cost more than the scan on short windows)
        if kind not in _NEEDS_CAPITAL:
            for lo, hi in windows:
                found.extend([(match.start(), match.end(), kind, match) for match in pattern.finditer(text, lo, hi)
                              if kind != "named_day" or not _day_word_in_name(text, match.start(), match.end())])
            continue
        has_month, has_weekday = "month" in pattern.groupindex, "weekday" in pattern.groupindex
        for lo, hi in windows:
            for match in pattern.finditer(text, lo, hi):
                word = match.group("month") if has_month and match.group("month") else None
                word = word or (match.group("weekday") if has_weekday else None)
                if word and not word[0].isupper():
                    continue
                found.append((match.start(), match.end(), kind, match))
    return found


def _select(candidates: list[tuple[int, int, str, re.Match[str]]]) -> list[tuple[int, int, str, re.Match[str]]]:
    """Longest-first, non-overlapping."""
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    # The spans taken so far never overlap, so they are kept sorted and only the neighbours of a new span
    # are compared with it (n log n, not a comparison with every span taken).
    starts: list[int] = []
    ends: list[int] = []
    for item in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        index = bisect_right(starts, item[0])
        if index and ends[index - 1] > item[0] or index < len(starts) and starts[index] < item[1]:
            continue
        chosen.append(item)
        starts.insert(index, item[0])
        ends.insert(index, item[1])
    return sorted(chosen, key=lambda c: c[0])


# The last text's chosen form matches: the events step reads one body's dates twice (with and without the
# publication date), and the forms do not depend on the anchor. One entry, replaced whole, so it stays small.
_LAST_SELECTED: tuple[str, tuple[tuple[int, int, str, re.Match[str]], ...]] = ("", ())


def _selected(text: str) -> tuple[tuple[int, int, str, re.Match[str]], ...]:
    """`_select(_candidates(text))`, computed once for consecutive calls on the same text."""
    global _LAST_SELECTED
    last_text, selected = _LAST_SELECTED
    if last_text is not text and last_text != text or not text:
        selected = tuple(_select(_candidates(text)))
        _LAST_SELECTED = (text, selected)
    return selected


_WEEKDAY_YEAR_REACH = 200  # days


def _weekday_year(anchor: date, month: int, number: int, weekday: int) -> date | None:
    """The day `number` of `month` nearest the anchor (last year, this year or next) that falls on `weekday`:
    "Thursday 19 November" written in November 2026 is 19 November 2026. None when no such year is near."""
    days = [day for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (day := _safe_date(year, month, number)) is not None and day.weekday() == weekday]
    return min(days, key=lambda day: abs((day - anchor).days)) if days else None


def _weekday_year_before(anchor: date, month: int, number: int, weekday: int) -> date | None:
    """The day `number` of `month` on or before the anchor, at most a year before it, that falls on `weekday`."""
    days = [day for year in (anchor.year - 1, anchor.year)
            if (day := _safe_date(year, month, number)) is not None and day.weekday() == weekday
            and day <= anchor and (anchor - day).days <= 366]
    return max(days) if days else None


# A relative day with its own date in apposition ("tomorrow, Thursday 19 November", "today (Wednesday, November
# 18)", "Yesterday, Tuesday 17 November,"): the article tells its own day. An article whose publication day is
# unknown (an estimated anchor) resolves its other relative dates ("this morning", "on Monday") from it. The
# weekday, when written, must fit the date (in the estimate's year or the next): else nothing is pinned.
_PIN_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_PINNED_DAY = re.compile(
    r"\b(?P<rel>today|tonight|tomorrow|yesterday)\s*[,(–—-]?\s*" + _WEEKDAY + r"?,?\s*(?:"
    + _DAY.format(name="day1") + r"\s+(?:of\s+)?" + _MONTH.format(name="month1") + r"|"
    + _MONTH.format(name="month2") + r"\s+" + _DAY.format(name="day2") + r")\b(?:,?\s+" + _YEAR.format(name="year")
    + r")?", re.I)


_REPORTED_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(cue).replace(r"\ ", r"\s+")
                                                 for cue in REPORTED_DOCUMENT_CUES) + r")\b", re.I)
_QUOTES = "\"“”‘’'"


def _quoted_or_reported(text: str, start: int) -> bool:
    """A relative day inside quotation marks or after a reporting cue in its sentence (`REPORTED_DOCUMENT_CUES`)."""
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[sentence:start]
    opening = sum(before.count(mark) for mark in "\"“") + len(re.findall(r"(?:^|(?<=[\s:(]))['‘]", before))
    closing = before.count("”") + len(re.findall(r"[’'](?=[\s.,;:)]|$)", before))
    if "\"" in before:
        return True if before.count("\"") % 2 else _REPORTED_BEFORE.search(before) is not None
    return opening > closing or _REPORTED_BEFORE.search(before) is not None


# "ahead of the May election", "before the June vote": an event still to come (`month_event`)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+(?:run|lead)-?up\s+to|in\s+preparation\s+for)\s+$", re.I)


def pinned_day(text: str, estimate: date | None, year_only: bool = False) -> date | None:
    """The article's own day, told by a relative day with its date in apposition (`_PINNED_DAY`), or None. Not one
    quoted or reported (another's "tomorrow"), nor one whose written year cannot be the article's."""
    for match in _PINNED_DAY.finditer(text):
        if not match.group("weekday") and not match.group("year"):
            continue  # "tomorrow, 19 November" may be a list ("today, tomorrow, 19 November"): a weekday or year pins
        if _quoted_or_reported(text, match.start()):
            continue
        if match.group("year") and estimate is not None and (
                int(match.group("year")) < estimate.year or year_only and int(match.group("year")) != estimate.year):
            continue  # "Closed tomorrow, Thursday 20 November 2025" on a 2026 article: an old notice
        month = MONTHS.get(match.group("month1" if match.group("month1") else "month2").lower().rstrip("."))
        day = int(match.group("day1") or match.group("day2"))
        years = [int(match.group("year"))] if match.group("year") else (
            [estimate.year, estimate.year + 1] if estimate else [])
        for year in years:
            try:
                told = date(year, month, day)
            except ValueError:
                continue
            if match.group("weekday") and told.weekday() != WEEKDAYS[match.group("weekday").lower()]:
                continue
            own_day = told - timedelta(days=_PIN_OFFSETS[match.group("rel").lower()])
            if estimate is not None and not year_only and own_day < estimate:
                continue  # the estimate is a lower bound (a day the article names as past): the page is not older
            return own_day
    return None


def find_dates(text: str, anchor: date | None, anchor_is_exact: bool = True,
               anchor_year_only: bool = False, may_pin: bool = True,
               anchor_month_only: bool = False) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved as far as the text and the anchor allow.

    `anchor` is the publication date (`anchor_is_exact`), or an estimate of it (a lower bound derived from the
    article's own dates), or None. `anchor_year_only`: an inexact anchor whose year is the publication's.
    `anchor_month_only`: an inexact anchor that is the first day of the publication's month (a page dated to it).
    `may_pin`: False when the caller has already sought the article's own day (`pinned_day`) with its own bound.
    """
    if not anchor_is_exact and may_pin and (pinned := pinned_day(text, anchor, anchor_year_only)) is not None:
        anchor, anchor_is_exact, anchor_year_only = pinned, True, False  # the article tells its own day
    resolver = _Resolver(text, anchor, anchor_is_exact, anchor_year_only, anchor_month_only)
    mentions: list[DateMention] = []
    pending_compounds: list[tuple[DateMention, int, str, bool, int]] = []
    for start, end, kind, match in _selected(text):
        group = match.groupdict()
        if kind == "anaphoric_offset" and group["odir"].lower() in ("after", "before"):
            amount, fuzzy = _number(group["n"]) if group.get("n") else (3, True)
            sign = 1 if group["odir"].lower() == "after" else -1
            mention = DateMention(start, end, text[start:end], "compound", scope_start=end)
            mentions.append(mention)
            pending_compounds.append((mention, sign * amount, group["unit"].lower(), fuzzy, len(mentions) - 1))
            continue
        if kind == "anaphoric_offset":
            amount, fuzzy = _number(group["n"]) if group.get("n") else (3, True)
            sign = 1 if group["odir"].lower() == "later" else -1
            value = shift(resolver.previous, sign * amount, group["unit"].lower(), fuzzy) if resolver.previous else None
            mentions.append(DateMention(start, end, text[start:end], "anaphoric", value))
            resolver.remember(value)
            continue
        if kind == "day_before_after":
            sign = -1 if group["bdir"].lower() == "before" else 1
            reference = resolver.previous
            value = shift(reference, sign, "day") if reference and reference.precision == "day" else None
            mention = DateMention(start, end, text[start:end], "anaphoric", value)
            mentions.append(mention)
            pending_compounds.append((mention, sign, "day", False, len(mentions) - 1))
            resolver.remember(value)
            continue
        resolved_kind, value = resolver.resolve(kind, match, start, end)
        if mentions and value is not None and (joined := _with_year_tail(text, mentions[-1], start, end, value)
                                               or _with_range_year(text, mentions[-1], start, end, value)):
            mentions[-1] = joined  # "in March last year": one date, March of last year
            resolver.remember(joined.value)
            continue
        mention = DateMention(start, end, text[start:end], resolved_kind, value)
        mentions.append(mention)
        resolver.remember(value)
    _resolve_compounds(text, mentions, pending_compounds)
    return mentions


# A relative year right after a day or month written without its year ("in March last year", "on 3 March of next
# year") gives that day or month its year: one date, the month's or day's precision. Only "of" or a space between
# them; a comma, an 'and' or a possessive ("in March, last year's busiest month") leaves two phrases.
_YEAR_TAIL = re.compile(r"(?:last|this|next)\s+year", re.I)
_YEAR_TAIL_GAP = re.compile(r"\s+(?:of\s+)?", re.I)
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)", re.I)
_WRITTEN_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


# A range of days whose year follows its second day ("March 3-5, 2016", "3–5 March 2016" is one form already): the
# written year is the first day's too.
_RANGE_YEAR_GAP = re.compile(r"\s*[-–]\s*\d{1,2},?\s+")
_YEAR_ONLY = re.compile(r"(?:1[6-9]|20)\d\d")


def _with_range_year(text: str, previous: DateMention, start: int, end: int, value: DateValue) -> DateMention | None:
    """The previous day joined with the written year after its range's second day, or None."""
    if value.precision != "year" or not _YEAR_ONLY.fullmatch(text, start, end):
        return None
    if previous.value is None or previous.value.precision != "day" or previous.kind == "compound":
        return None
    if not _RANGE_YEAR_GAP.fullmatch(text, previous.end, start) or not _MONTH_WORD.search(previous.phrase + " "):
        return None
    if _WRITTEN_YEAR_IN.search(previous.phrase):
        return None
    try:
        joined = day_value(previous.value.start.replace(year=value.start.year))
    except ValueError:
        return None  # 29 February of a common year
    return DateMention(previous.start, end, text[previous.start:end], previous.kind, joined)


def _with_year_tail(text: str, previous: DateMention, start: int, end: int, value: DateValue) -> DateMention | None:
    """The previous mention joined with a relative year written right after it, or None."""
    if value.precision != "year" or not _YEAR_TAIL.fullmatch(text, start, end):
        return None
    if previous.value is None or previous.value.precision not in ("day", "month") or previous.kind == "compound":
        return None
    if not _YEAR_TAIL_GAP.fullmatch(text, previous.end, start) or not _MONTH_WORD.search(previous.phrase + " "):
        return None
    if _WRITTEN_YEAR_IN.search(previous.phrase):
        return None
    year = value.start.year
    try:
        if previous.value.precision == "day":
            joined = day_value(previous.value.start.replace(year=year))
        else:
            first = previous.value.start.replace(year=year)
            following = first.replace(year=year + 1, month=1) if first.month == 12 else first.replace(month=first.month + 1)
            joined = DateValue(first, following - timedelta(days=1), "month")
    except ValueError:
        return None  # 29 February of a common year: no such day
    return DateMention(previous.start, end, text[previous.start:end], previous.kind, joined)


def _resolve_compounds(text: str, mentions: list[DateMention], pending: list) -> None:
    """'N days after <... DATE>': the DATE is the next mention in the same sentence."""
    for mention, amount, unit, fuzzy, index in pending:
        sentence_end = _sentence_bounds(text, mention.start, mention.end)[1]
        for later_index in range(index + 1, len(mentions)):
            later = mentions[later_index]
            if later.start >= sentence_end:
                break
            if later.value is not None:
                mention.value = shift(later.value, amount, unit, fuzzy)
                mention.kind = "compound"
                mention.reference_index = later_index
                mention.scope_start = mention.end
                break
