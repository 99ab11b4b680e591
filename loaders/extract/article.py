"""Article step: one `SourceDocument` (copied text, HTML page or JSON record) becomes one `ArticleRecord`.

What comes from outside the text (`doc.given`: manifest row or JSON fields) wins; everything missing is inferred.
Copied text and JSON record texts go through `text_article` (headline block, boilerplate, body); HTML pages go
through `html_article` (trafilatura body, structured metadata). The outlet is resolved before any numeric date is
read, because the outlet's country decides whether 06/09/2004 is June or September. The body is always the kept
paragraphs, stripped and joined by blank lines, so later steps treat every source alike.
"""
from __future__ import annotations

import contextvars
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from loaders.extract import boilerplate, pageblocks, text_article
from loaders.extract.data.dateforms import URL_DRAFT_DAYS, WEEKDAY_KEYS
from loaders.extract.data.eventwords import COUNTRY_STAND_INS
from loaders.extract.data.layout import (
    GOVERNMENT_DOMAIN_LABELS, INSTITUTION_BANNER_WORDS, MOTTO_CLOSER, MOTTO_OPENERS, NAV_WORDS, OUTLET_NAME_WORDS,
)
from loaders.extract.data.lexicon import HEADLINE_VERBS
from loaders.extract.outlets import (
    OWN_COPYRIGHT_LINE, Outlet, OutletEvidence, acronym_expansion, banner_printed, domain_lettered, domain_of,
    is_outlet_banner, match_outlet_domain, match_outlet_name, name_spelling_domain, page_extended, page_spelled,
    page_styled, resolve_outlet, short_form, site_label, spells_domain_letters, vouched_evidence, weak_banner,
)
from loaders.extract.pageblocks import is_byline, is_name_line, is_person_byline
from loaders.extract.pubdates import (
    date_from_url, date_line, date_order_for, date_order_of_page, parse_given_date, previewed_day,
)
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry

_AUTHOR_LIST_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*")
_WORD = re.compile(r"[^\W\d_]+")
_DOMAIN_LINE = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?$", re.IGNORECASE)
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "as", "by"},
    "fr": {"le", "la", "les", "et", "des", "du", "est", "une", "pour", "que", "dans", "qui", "sur", "au"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "für", "ein"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para", "se", "es"},
    "it": {"il", "di", "che", "della", "per", "una", "sono", "con", "non", "del", "alla", "anche", "nel", "gli"},
    "pt": {"que", "não", "uma", "para", "com", "dos", "das", "mais", "pelo", "pela", "foi", "são", "ao", "os"},
    "nl": {"het", "een", "van", "niet", "zijn", "voor", "met", "ook", "maar", "dat", "wordt", "deze", "naar", "bij"},
    "sv": {"och", "att", "det", "som", "för", "med", "inte", "har", "till", "av", "den", "är", "på", "ett"},
    "pl": {"nie", "się", "jest", "że", "na", "do", "jak", "ale", "przez", "dla", "oraz", "już", "od", "po"},
}
_SCRIPTS = (("ru", re.compile(r"[\u0400-\u04FF]")), ("ar", re.compile(r"[\u0600-\u06FF]")),
            ("he", re.compile(r"[\u0590-\u05FF]")))
_ANY_SCRIPT = re.compile(r"[\u0400-\u06FF]")  # holds every range of `_SCRIPTS`


def guess_language(text: str) -> str | None:
    """A two-letter language code from script and function words; None when the text is too short to tell."""
    sample = text[:4000]
    words = _WORD.findall(sample)
    if len(words) < 20:
        return None
    if _ANY_SCRIPT.search(sample):  # one scan for the three scripts' ranges; most pages have none of them
        for code, script in _SCRIPTS:
            if len(script.findall(sample)) > len(sample) * 0.3:
                return code
    counts = Counter(map(str.lower, words))
    get = counts.get
    scores = {code: sum(get(word, 0) for word in stop) for code, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(3, len(words) * 0.05) else None


def _given_str(given: dict, key: str) -> str | None:
    value = given.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _given_authors(value: object) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        parts = _AUTHOR_LIST_SPLIT.split(value)
    else:
        parts = [str(item) for item in value]  # type: ignore[union-attr]
    return [part.strip() for part in parts if part and part.strip()]


def _language_date_order(text: str) -> str | None:
    """'DMY' for a page written in a language that puts the day first (`layout.DAY_FIRST_LANGUAGES`)."""
    from loaders.extract.data.layout import DAY_FIRST_LANGUAGES

    return "DMY" if guess_language(text) in DAY_FIRST_LANGUAGES else None


def _date_order(outlet: Outlet | None, url: str | None) -> str | None:
    if outlet and outlet.entry and outlet.entry.date_order:
        return outlet.entry.date_order
    if outlet and outlet.country:
        return date_order_for(outlet.country)
    domain = (outlet.domain if outlet else None) or domain_of(url)
    return date_order_for(None, domain) if domain else None


_BANNER_SCAN = 6  # banners sit above the headline
_BY = re.compile(r"^by\s+(?:the\s+)?", re.IGNORECASE)  # "By Wire Agency": the outlet as byline
_URL_LINE = re.compile(r"^(?:(?:source|url|link|originally\s+published\s+at)\s*:\s*)?<?(https?://[^\s<>]+)>?$",
                       re.IGNORECASE)


def _source_url_line(lines: list[str], labels: list[str | None]) -> str | None:
    """The page's address when the copy carries it on a line of its own near the top or the bottom; the line
    is marked as boilerplate in `labels`."""
    filled = [index for index, line in enumerate(lines) if line]
    for index in filled[:_BANNER_SCAN] + filled[-_BANNER_SCAN:]:
        match = _URL_LINE.match(lines[index])
        if match:
            labels[index] = "url"
            return match.group(1)
    return None


_SKIP_LINK = re.compile(r"^skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)\b", re.IGNORECASE)


def _outlet_banners(lines: list[str], labels: list[str | None], registry: Registry, text: str = "",
                    domain: str | None = None, page_title: str = "") -> list[OutletEvidence]:
    """Lines at the top that are nothing but an outlet's name or domain ("The Daily Planet", "planet.example",
    "By Daily Planet"), or a name the page vouches for as its outlet (`outlets.is_outlet_banner`): marked as
    boilerplate in `labels`, returned as outlet evidence. Under a headline-long line the outlet's name is the
    byline ("KXRT News" under the standfirst) and stays for the headline block."""
    found: list[OutletEvidence] = []
    seen = 0
    unlabelled = 0  # lines seen that are no navigation or other furniture: a banner is among the first of them
    below_headline = False
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _BANNER_SCAN:
            break
        if labels[index] is not None:
            # a menu ("Home | News | Opinion") is no headline, however many items it lists
            # (nor is the page's skip link, "Skip to main content", the first line of any page)
            below_headline = below_headline or (labels[index] != "navigation" and not _SKIP_LINK.match(line)
                                                and len(line.split()) >= _HEADLINE_WORDS)
            continue
        unlabelled += 1
        logo = _LOGO.match(line)
        if logo and not below_headline:
            # "The Riverton Post logo": the logo's alternative text, copied with the page, names the outlet.
            name = logo.group("lead") or logo.group("tail")
            entry = match_outlet_name(name, registry)
            if entry is not None or is_outlet_banner(name, text, domain):
                labels[index] = "banner"
                found.append(OutletEvidence(entry.name if entry else name, line, "banner"))
                continue
        named = None if below_headline or unlabelled > _UNREGISTERED_BANNER_SCAN else _banner_with_tagline(
            line, registry, text, domain)
        if named is not None:
            # "Portland Daily Herald — News for the Casco Bay since 1901": the name before the site's motto.
            labels[index] = "banner"
            found.append(OutletEvidence(named, line, "banner"))
            continue
        if len(line) > 60:
            below_headline = below_headline or len(line.split()) >= _HEADLINE_WORDS
            continue
        if seen == 1 and _motto_line(line) and _headline_under(lines, labels, index) \
                and not _told_below(line, lines[index + 1:]):
            labels[index] = "banner"  # "News for the harbour towns since 1901" over the headline: the site's motto
            continue
        if not below_headline and _host_label(line, domain, _BY_HOST_WORD):
            labels[index] = "banner"  # "in-kestrel" / "by kestrelnews" on in-kestrel.kestrelnews.com: the parent's tagline
            continue
        if not below_headline and seen == 1 and (_host_label(line, domain, _HOST_WORD_LINE)
                                                  or _lower_case_wordmark(line, lines[index + 1:], domain)):
            # "in-kestrel" as the page's first line on in-kestrel.kestrelnews.com, "kestrelwire" over the page of
            # kestrelwire.example that names itself so again: the site's wordmark, as its address writes it
            labels[index] = "banner"
            found.append(OutletEvidence(line, line, "banner"))
            continue
        bare = _BY.sub("", line)
        entry = match_outlet_name(bare, registry)
        if entry is not None and bare == line and _shortened_name(line, entry) and (
                _menu_item(lines, labels, index) or _section_under_banner(lines, labels, index)):
            continue  # "National" between "Home" and "Business": a section of the menu, not "The National"
        if entry is not None and bare == line and _in_home_menu(lines, index):
            continue  # "Home" / "Ministry" / "Foreign Policy" / "Consular Services": a menu item, no byline
        if bare != line:
            if entry is not None:  # the byline stays a byline; it names no person
                found.append(OutletEvidence(entry.name, line, "byline"))
        elif entry is not None or _DOMAIN_LINE.match(line):
            name = entry.name if entry else line
            if below_headline:
                found.append(OutletEvidence(name, line, "byline"))
            else:
                labels[index] = "banner"
                found.append(OutletEvidence(name, line, "banner"))
        elif not below_headline and unlabelled <= _UNREGISTERED_BANNER_SCAN \
                and is_outlet_banner(line, text, domain, page_title=page_title):
            labels[index] = "banner"
            # A newspaper word alone ("The Silent Spectator", a column's title over the headline) names the outlet
            # only above the menu; elsewhere it yields to the page's other evidence (its copyright line).
            weak = weak_banner(line, text, domain) and not _above_menu(lines, labels, index)
            found.append(OutletEvidence(line, line, "weak_banner" if weak else "banner"))
        elif below_headline and is_outlet_banner(line, text, domain, named=True):
            # "KXRT News" under the standfirst: an outlet's name as the byline, which stays for the headline block.
            found.append(OutletEvidence(line, line, "byline"))
        # "Republic of the Philippines" over the agency's own masthead on a government's site: a portal's notice
        # naming the state, no headline
        below_headline = below_headline or (len(line.split()) >= _HEADLINE_WORDS and not (
            _government_site(domain) and state_name_line(line)))
    return found


# A state's name as a line of its own ("Republic of the Philippines", "KINGDOM OF KESTRELLAND"): one of the nouns
# standing for a state (`eventwords.COUNTRY_STAND_INS`, not "country" or "nation", which open a phrase) and "of",
# then capitalised words joined by "and"/"of"/"the" only; no stop, colon or lower-case word (a headline).
_STATE_NOUNS = sorted(COUNTRY_STAND_INS - {"country", "nation"})
_STATE_LINE = re.compile(
    r"^(?:[Tt]he\s+|THE\s+)?(?i:" + "|".join(_STATE_NOUNS) + r")\s+(?i:of)\s+(?:(?i:the)\s+)?"
    r"[A-Z\u00c0-\u00de][^\W\d_]*(?:\s+(?:(?:and|of|the|AND|OF|THE)\s+)?[A-Z\u00c0-\u00de][^\W\d_]*){0,4}$")


def state_name_line(line: str) -> bool:
    """The line is a state's name alone ("Republic of the Philippines"), as a government portal prints it over the
    agency's masthead: no headline ("Republic of Varnia votes ...", "Kingdom of Varnia Crowns New King" are)."""
    line = line.strip()
    if not _STATE_LINE.match(line):
        return False
    words = line.split()
    name = words[[word.lower() for word in words].index("of") + 1:]
    named_with_the = bool(name) and name[0].lower() == "the"
    name = name[1:] if named_with_the else name
    for position, word in enumerate(name):
        # a Title-Case headline's verb after the name: one of `lexicon.HEADLINE_VERBS`, or a word in -s with a
        # capitalised word right after it ("Kestria Opens Grain Depots"; "Saint Kitts and Nevis" is glued by "and")
        # or right after a name word, closing a name not opened by "the" ("Kestria Votes"; "the Marshall Islands",
        # "Seychelles", "Saint Kitts and Nevis" are names)
        if position == 0:
            continue
        low = word.lower()
        verb_like = low.endswith("s") and not low.endswith("ss")
        if low in HEADLINE_VERBS or (verb_like and position + 1 < len(name) and name[position + 1][0].isupper()) \
                or (verb_like and position + 1 == len(name) and not named_with_the and name[position - 1][0].isupper()):
            return False
    return True


def _government_site(domain: str | None) -> bool:
    """The site is a government's ("pia.gov.ph", "interieur.gouv.fr": `layout.GOVERNMENT_DOMAIN_LABELS`)."""
    return bool(domain) and bool(set(domain.lower().split(".")[:-1]) & GOVERNMENT_DOMAIN_LABELS)


# A lower-case word as the site's address writes it: a wordmark ("in-kestrel") or its parent's tagline ("by
# kestrelnews"); one of the host's labels, the last (the country's or ".com") aside.
_BY_HOST_WORD = re.compile(r"^by\s+([a-z][a-z0-9-]{3,})$")
_HOST_WORD_LINE = re.compile(r"^([a-z][a-z0-9]*-[a-z0-9-]+)$")


_MOTTO = re.compile(r"^(?:" + "|".join(r"\s+".join(map(re.escape, opener.split())) for opener in MOTTO_OPENERS)
                    + r")\b[^:;?!|\d]*$|^[^:;?!|\d]*" + MOTTO_CLOSER, re.IGNORECASE)
_MOTTO_WORDS = 10


def _motto_line(line: str) -> bool:
    """A site's motto: a short line with no colon, question or figure (the founding year aside), opening with a
    motto's words or closing on its founding year (`layout.MOTTO_OPENERS`, `MOTTO_CLOSER`), no sentence's stop."""
    return len(line.split()) <= _MOTTO_WORDS and not line.rstrip().endswith(".") and bool(_MOTTO.match(line.strip()))


def _headline_under(lines: list[str], labels: list[str | None], index: int) -> bool:
    """The next filled line is headline-long, title-like (no sentence's closing stop: a story's first sentence or
    a standfirst under a headline that opens with a motto's words, "The voice of a generation falls silent", is
    no headline) and no furniture (the motto heads the headline block)."""
    below = next((position for position in range(index + 1, len(lines)) if lines[position]), None)
    if below is None or labels[below] is not None or len(lines[below].split()) < _HEADLINE_WORDS \
            or _CLOSING_STOP.search(lines[below]):
        return False
    # a longer line with the story's first paragraph right under it: the standfirst, the line over it the headline
    after = next((position for position in range(below + 1, len(lines)) if lines[position]), None)
    return after is None or len(lines[below].split()) <= len(lines[index].split()) \
        or not (labels[after] is None and len(lines[after]) > _STORY_LINE_CHARS and _CLOSING_STOP.search(lines[after]))


_STORY_LINE_CHARS = 80  # a line this long closing on a stop is a story's paragraph
_CLOSING_STOP = re.compile(r"[.!?…][\"'’”)]?\s*$")  # a sentence's closing stop, a quote or bracket after it


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_MOTTO_CLOSER = re.compile(MOTTO_CLOSER, re.IGNORECASE)
_MOTTO_WORDS_TOLD = 0.5  # this share of a headline's words or more comes again in the story; a motto's words do not


def _told_below(line: str, below: list[str]) -> bool:
    """The line's words (four letters or more) come again in the story under it, half of them or more: a headline
    ("Serving the king for forty years" over a story of forty years' service), not the site's motto."""
    words = {word.casefold() for word in _CONTENT_WORD.findall(_MOTTO_CLOSER.sub("", line))}
    if not words:
        return False
    story = {word.casefold() for text in below for word in _CONTENT_WORD.findall(text or "")}
    return len(words & story) >= _MOTTO_WORDS_TOLD * len(words)


_LOWER_WORDMARK = re.compile(r"^[a-z][a-z0-9]{3,}$")
# Where a page names itself by its lower-case lettering below the banner: its copyright line, its possessive
# ("kestrelwire's newsletter", not "the market's fall") or after a verb of telling or a preposition of source ("told
# kestrelwire", "to kestrelwire"). A plain word in a sentence ("would drive home") or a menu item ("home | about")
# names nothing; nor does a word as a reporter or a work's maker ("the market reported", "A market survey"), which a
# plain word takes as readily as a wordmark.
_NAMING_WORDS = ("told", "tells", "telling", "tell", "to", "at", "by", "from", "with", "via", "contacted", "joined",
                 "asked")  # telling verbs and a source's prepositions, in the order the pattern tries them
_NAMING_BEFORE = r"(?:\b(?:" + "|".join(_NAMING_WORDS) + r")\s+)"
_NO_ARTICLE_BEFORE = r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bA\s)(?<!\ban\s)(?<!\bAn\s)"


def _lower_case_wordmark(line: str, rest: list[str], domain: str | None) -> bool:
    """The page's first line is one lower-case word that is the site's own label ("kestrelwire" on
    kestrelwire.example), and the page names itself so again below ("told kestrelwire", "© 2026 kestrelwire",
    "kestrelwire's"): the outlet letters its name so. Written once, or only capitalised below, it may be a logo's
    leftover or the address alone; a section's host ("news" on news.kestrel.example) is not the site's label, and a
    menu's word ("home", "weather") is the page's chrome, never its name."""
    if not _LOWER_WORDMARK.match(line) or line != site_label(domain) or line in NAV_WORDS:
        return False
    word = re.escape(line)
    named = re.compile(r"(?:" + _NAMING_BEFORE + word + r"|" + _NO_ARTICLE_BEFORE + r"(?<![\w./@#-])" + word
                       + r"['’]s\b)(?![\w@-]|\.[a-z])")
    plain = re.compile(r"(?<![\w./@#-])" + word + r"(?![\w@-]|\.[a-z])")
    return any(named.search(other) or (OWN_COPYRIGHT_LINE.match(other) and plain.search(other)) for other in rest)


def _host_label(line: str, domain: str | None, pattern: re.Pattern) -> bool:
    found = pattern.match(line)
    return bool(found and domain) and found.group(1) in domain.split(".")[:-1]


_MENU_AHEAD = 2  # lines under a banner where the site's menu starts
_MENU_ITEM_WORDS = 3  # a menu's item on a line of its own ("Consular Services"), no headline or dated line
_MENU_HOME = ("home", "homepage", "home page")


def _short_item(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MENU_ITEM_WORDS and not any(ch.isdigit() for ch in line) \
        and not re.search(r"[.,:;!?]$", line) and all(word[:1].isupper() for word in words if word.isalpha())


def _in_home_menu(lines: list[str], index: int) -> bool:
    """The line stands inside the site's menu: a run of short item lines (`_MENU_ITEM_WORDS` words at most, no
    figure, no closing stop) opening on "Home" runs to it with an item between, and the next line is such an item too
    ("Home" / "Ministry" / "Foreign Policy" / "Consular Services"). A registered outlet's name there is a section's,
    not the byline's."""
    filled = [position for position in range(len(lines)) if lines[position]]
    at = filled.index(index)
    if at + 1 >= len(filled) or not _short_item(lines[filled[at + 1]]):
        return False
    under = lines[filled[at + 1]].strip()
    after = lines[filled[at + 2]].strip() if at + 2 < len(filled) else ""
    if is_person_byline(under) or (is_name_line(under) or is_byline(under)) and date_line(after, yearless=True):
        # "Harbour Policy" over "By Jo Marden", or over "Jo Marden" or "Riverton Desk" over the date line: the
        # byline under a headline. "News Desk" or "Grace Hall" over another item or the headline is a menu's item.
        return False
    items = 0
    for position in reversed(filled[:at]):
        line = lines[position].strip()
        if line.lower() in _MENU_HOME:
            return items > 0  # right after "Home" a name heads the top bar ("Home" / "The National" / "World")
        if not _short_item(line):
            return False
        items += 1
    return False


_DEPARTMENT_SCAN = 8  # lines at the top where a department's banner stands
_PATH_SEGMENT = re.compile(r"^https?://[^/]+/(?P<segment>[A-Za-z]{2,8})(?:/|$)")


def _section_department(lines: list[str], url: str | None) -> OutletEvidence | None:
    """A department on a shared site (a state's or a city's portal): the URL's first path segment is its acronym,
    printed at the top of the page as a line of its own, with the name it stands for printed there too
    ("Riverton Department of Roads & Bridges" over "RDRB" on riverton.example/rdrb/...). The department
    publishes the page, not the portal whose name the domain spells ("Riverton"). A section word ("NEWS" on
    /news/) has no printed name whose initials spell it."""
    found = _PATH_SEGMENT.match(url or "")
    if not found:
        return None
    letters = found.group("segment").upper()
    top = [line for line in lines if line][:_DEPARTMENT_SCAN]
    if letters not in top:
        return None
    expansion = acronym_expansion(letters, [line for line in top if line != letters])
    # Initials that spell out are not enough ("FAQ" over "Frequently Asked Questions" on /faq/ is a section): the
    # name must read as a public body, one of its words a department's, ministry's or agency's head word
    # (`layout.INSTITUTION_BANNER_WORDS`).
    body = expansion and any(word.lower().strip(".,&") in INSTITUTION_BANNER_WORDS for word in expansion.split())
    return OutletEvidence(letters, letters, "site-name") if body else None


def _shortened_name(line: str, entry) -> bool:
    """The line spells a registered outlet's name shortened ("National" for "The National"), not as the registry
    writes it: the exact name or full name ("NPR", "RFI" in the top bar) is the site's banner wherever it stands."""
    spelled = " ".join(line.split()).casefold()
    return all(spelled != " ".join(name.split()).casefold() for name in (entry.name, entry.full_name) if name)


def _section_under_banner(lines: list[str], labels: list[str | None], index: int) -> bool:
    """The line is the section's label right under the page's banner ("Kestrel Shimbun" over "National"): a
    section word alone, the line above it taken as the banner. A registered outlet's name shortened to that word
    ("The National") is not named there; at the top of the page with no banner above, it still may be."""
    from loaders.extract.pageblocks import _line

    # the menu's own lines may stand between ("TAP" / "Home | National | World" / "English | Français" / "National")
    above = next((position for position in range(index - 1, -1, -1)
                  if lines[position] and labels[position] != "navigation"), None)
    if above is None or labels[above] != "banner":
        return False
    own = _line(lines[index], labels[index], None)
    return bool(own.section) and len(lines[index].split()) == 1


def _menu_item(lines: list[str], labels: list[str | None], index: int) -> bool:
    """The line is an item of the site's menu: nothing but menu or section words itself ("National", "World"),
    with a menu item right above and right below it ("Home" / "National" / "Business"). A registered outlet's
    name spelled by such a word ("The National") is not named there; a banner heads the menu, it stands in none."""
    from loaders.extract.pageblocks import _line

    own = _line(lines[index], labels[index], None)
    if not (own.nav_words or own.section):
        return False
    filled = [position for position in range(len(lines)) if lines[position]]
    at = filled.index(index)
    if at == 0 or at + 1 >= len(filled):
        return False
    for position in (filled[at - 1], filled[at + 1]):
        line = _line(lines[position], labels[position], None)
        if not (labels[position] in ("navigation", "label") or line.nav_words or line.section or line.menu):
            return False
    return True


def _above_menu(lines: list[str], labels: list[str | None], index: int) -> bool:
    """The line stands over the site's menu: one of the next lines is navigation ("Home | News | Sport",
    "Subscribe", a section label), as under a masthead; a column's title stands over its headline instead."""
    from loaders.extract.pageblocks import _line

    ahead = [position for position in range(index + 1, len(lines)) if lines[position]][:_MENU_AHEAD]
    for position in ahead:
        line = _line(lines[position], labels[position], None)
        if labels[position] is not None or line.menu or line.nav_words:
            return True
    return False


def _byline_outlet(byline: str | None, registry: Registry, outlet: Outlet | None,
                   second_line: str | None = None) -> Outlet | None:
    """The outlet a byline names after its writer ("Jo Roe, Riverton Broadcasting News", "Jo Roe | Riverton 4
    News", or on the line under the writer's name, `second_line`) when nothing but the domain named one: a
    registered name or an outlet-shaped one (a newspaper word last, `outlets.looks_like_outlet_name`). Where the
    URL gives a domain, the name must spell its letters ("Riverton Broadcasting News" on rbn.example): a site
    running another outlet's or an agency's story ("Jo Roe, Associated Press" on riverton.example) is still the
    site."""
    from loaders.extract.outlets import looks_like_outlet_name

    tail = re.split(r"\s*[,|•·]\s*|\s+[-–—]\s+", byline or "")[-1].strip() if byline else ""
    if second_line:
        tail = second_line.strip()
    elif not tail or tail == (byline or "").strip():
        return outlet
    entry = match_outlet_name(tail, registry)
    if entry is None and not looks_like_outlet_name(tail):
        return outlet
    if outlet is not None and outlet.domain and not spells_domain_letters(tail, outlet.domain):
        return outlet
    return Outlet(name=entry.name if entry else tail, domain=(outlet.domain if outlet else None) or (
        entry.domain if entry else None), country=entry.country if entry else None, evidence=byline, entry=entry)


_AGENCY_SCAN = 40  # the headline block stands among the page's first lines
_AGENCY_WORDS = 4


def _agency_lines(lines: list[str], registry: Registry) -> tuple[str, ...]:
    """Lines near the top that are only a wire agency's or another registered outlet's name ("Associated
    Press", "AFP"): under a headline such a line credits the story to that outlet, a byline naming no person."""
    from loaders.extract.data.credits import WIRE_CREDITS
    from loaders.extract.data.layout import NEWS_AGENCIES

    found = []
    for line in [line for line in lines if line][:_AGENCY_SCAN]:
        if len(line.split()) <= _AGENCY_WORDS and (line in WIRE_CREDITS or line in NEWS_AGENCIES
                                                   or match_outlet_name(line, registry)
                                                   or _dateline_credited(line, lines)):
            found.append(line)
    return tuple(found)


_ACRONYM_LINE = re.compile(r"^[A-Z]{2,6}$")


def _dateline_credited(line: str, lines: list[str]) -> bool:
    """A line of capitals ("QMX") that a dateline of the page credits ("KESTRELBURG, Norland, Mar 17, QMX –",
    "KESTRELBURG, Mar 17 (QMX) –"): an agency no table lists, named as the agency of the story."""
    if not _ACRONYM_LINE.match(line):
        return False
    credit = re.compile(r"^[A-Z][A-Z .'’-]{1,40},(?:\s+[A-Z][\w .'’-]{1,30},)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                        r"(?:,\s+|\s*\(\s*)" + re.escape(line) + r"\s*\)?\s*[-–—:]\s")
    return any(credit.match(other) for other in lines if other)


_TITLE_PAIR_SCAN = 40  # the page title and the <h1> stand among the page's first lines
_SITE_WORDS = 6


def _title_line_sites(lines: list[str], registry: Registry, text: str, domain: str | None) -> list[OutletEvidence]:
    """The site's name after the headline in the browser's page title copied over the <h1> ("Council shuts
    bridge | The Riverton Post" above "Council shuts bridge"), when it reads as an outlet: a registered name, a
    name the page vouches for (`outlets.is_outlet_banner`) or one the page writes again elsewhere."""
    from loaders.extract.pageblocks import page_title_pairs

    filled = [line for line in lines if line]
    found = []
    for titled, _, site in page_title_pairs(filled, _TITLE_PAIR_SCAN):
        if len(site.split()) > _SITE_WORDS:
            continue
        entry = match_outlet_name(site, registry)
        if entry is not None or is_outlet_banner(site, text, domain) or text.count(site) >= 2:
            found.append(OutletEvidence(entry.name if entry else site, filled[titled], "title-site"))
    return found


_LOGO = re.compile(r"^(?:(?:site\s+)?logo\s+(?:of\s+|for\s+)?(?P<lead>.{3,60})|(?P<tail>.{3,60}?)\s+(?:site\s+)?logo)$",
                   re.IGNORECASE)
_TAGLINE = re.compile(r"\s+[—–|·•-]\s+|\s*[|•]\s*")  # no colon: "Premier League Review: Arsenal win" is a headline
_TAGLINE_HEAD_CHARS = 60


def _banner_with_tagline(line: str, registry: Registry, text: str, domain: str | None) -> str | None:
    """The outlet a banner line names before its motto or tagline ("Portland Daily Herald — Your trusted source
    since 1901", "The Riverton Ledger | Riverton's news"): the part before the first separator, when it is a
    known outlet's name or an outlet-shaped name the page vouches for (`outlets.is_outlet_banner`)."""
    parts = _TAGLINE.split(line, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip() or len(parts[0]) > _TAGLINE_HEAD_CHARS:
        return None
    head = parts[0].strip()
    from loaders.extract.data.layout import NAV_WORDS

    if head.lower() in NAV_WORDS and len(parts[1]) <= _TAGLINE_HEAD_CHARS:
        # "Home - Daily Star": the home page's own title copied over the article, the site's name after the menu
        # word ("Home", "Homepage"), as a browser's tab prints it.
        head = parts[1].strip()
    entry = match_outlet_name(head, registry)
    if entry is not None:
        return entry.name
    return head if is_outlet_banner(head, text, domain) else None


_HEADLINE_WORDS = 4  # a line this long is the headline or under it: no banner below it
_UNREGISTERED_BANNER_SCAN = 2  # an outlet the registry does not know is named only by the page's first lines


# Other names the same fields go by in JSON records (news-please and common exports); the contract names win.
_GIVEN_ALIASES = {
    "published": ("date_publish", "date_published", "datePublished", "publish_date", "date"),
    "outlet": ("source_domain", "source", "site_name", "publisher"),
    "authors": ("author",),
    "language": ("lang",),
    "url": ("id", "link"),
}


def given_fields(given: dict | None) -> dict:
    """`given` with the contract names filled from their aliases (a URL alias must look like a URL)."""
    fields = dict(given or {})
    for name, aliases in _GIVEN_ALIASES.items():
        if fields.get(name) not in (None, "", []):
            continue
        for alias in aliases:
            value = fields.get(alias)
            if value in (None, "", []):
                continue
            if name == "url" and not str(value).startswith(("http://", "https://")):
                continue
            fields[name] = value
            break
    return fields


def extract_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    if doc.given:
        doc = replace(doc, given=given_fields(doc.given))
    if doc.source_format == "html":
        from loaders.extract.html_article import extract_html_article

        article = extract_html_article(doc, registry)
    else:
        article = extract_text_article(doc, registry)
    body = close_punctuation_gaps(article.body)
    if body != article.body:
        article = replace(article, body=body)
    return with_fallback_date(article, doc.given or {})


# A space before a comma or a full stop after a word ("said Jo Roe , an analyst"): a page's markup put a line break
# between a link or a styled name and the punctuation after it, and the browser's copy (or the HTML reader) kept it
# as a space. Written text never has it, and it splits a name from its apposition. Colons and semicolons are left:
# French sets them off with a space ("a-t-il dit : « non »"); so is a spaced ellipsis (". . ."). Done on the whole
# body before any step reads it, so every offset into the stored body stays right.
_PUNCTUATION_GAP = re.compile(r"(?<=[^\W_]|[”’\"')\]])[ \t\u00a0]+(?=(?:,|\.(?![ \u00a0]\.))(?:\s|$))")

# Every match of `_PUNCTUATION_GAP` ends with one of these pairs (its spaces run up to the comma or stop).
_GAPS = tuple(space + mark for space in " \t\u00a0" for mark in ",.")


def close_punctuation_gaps(body: str) -> str:
    """`body` without the space between a word and the comma or full stop after it."""
    if not body or not any(gap in body for gap in _GAPS):
        return body  # no space, tab or no-break space right before a comma or a full stop: nothing to close
    return _PUNCTUATION_GAP.sub("", body)


# Dates known from outside the page that date it only when it gives no date of its own, with the evidence each
# leaves: a web archive's record date is when the page was fetched, so publication came on or before it.
FALLBACK_DATES = (
    ("warc_date", "WARC-Date {value}: when the page was archived (the page gives no date)"),
)


def with_fallback_date(article: ArticleRecord, given: dict) -> ArticleRecord:
    """`article` dated by the first fallback date in `given` (`FALLBACK_DATES`) when neither the page nor the
    given fields date it."""
    if article.published_on is not None:
        return article
    for name, evidence in FALLBACK_DATES:
        text = _given_str(given, name)
        value, precision = parse_given_date(text) if text else (None, None)
        if value is not None:
            return replace(article, published_on=value, date_precision=precision,
                           date_evidence=evidence.format(value=text), date_rule="fallback")
    return article


def _other_paper(core: str, banner: str) -> bool:
    """A banner holding the domain's short name that is another newspaper's: the short name closes on a newspaper
    word ("The Star" on thestar.example) and the banner on a different one ("Lone Star Gazette"). "Riverton Ledger"
    around "The Ledger" closes on the same word: the site's name in full."""
    last = core.split()[-1].lower() if core.split() else ""
    banner_last = banner.split()[-1].lower().strip(".,") if banner.split() else ""
    return last in OUTLET_NAME_WORDS and banner_last in OUTLET_NAME_WORDS and banner_last != last


def extract_text_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    """Copied text or a JSON record's text: headline block, boilerplate and body, then the given fields on top.
    Runs in a context of its own: the page's own addresses (`pageblocks.PAGE_HOSTS`) hold for this page only."""
    return contextvars.copy_context().run(_extract_text_article, doc, registry)


def _extract_text_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    given = doc.given or {}
    url = _given_str(given, "url")
    text = text_article.repair_mojibake(doc.raw_text)
    lines = text_article.join_drop_caps([text_article.strip_line(line) for line in text.splitlines()])
    labels = boilerplate.scan_lines(lines)
    url = url or _source_url_line(lines, labels)
    pageblocks.set_page_hosts(url, lines)
    page_title = _given_str(given, "page_title") or _given_str(given, "title") or ""
    evidence = _outlet_banners(lines, labels, registry, text, domain_of(url), page_title) \
        + text_article.collect_outlet_evidence(lines, labels)
    if url and match_outlet_domain(domain_of(url), registry) is None:
        # An outlet the registry does not know: the page's own spelling of its domain names it best.
        spelled = _section_department(lines, url) or name_spelling_domain(text, domain_of(url))
        # A leading "The" is the spelling's, not the name's: "The Ledger" on theledger.example is the short form
        # of a banner "Riverton Ledger" as much as "Ledger" is.
        core = re.sub(r"^[Tt]he\s+", "", spelled.name) if spelled else ""
        if spelled and any(item.kind == "banner" and item.name != spelled.name and re.search(
                r"(?<![^\W_])" + re.escape(core) + r"(?![^\W_])", item.name)
                and not _other_paper(core, item.name) for item in evidence):
            spelled = None  # the banner names the site in full ("Ministry of Kestrel Affairs" around "Kestrel")
        elif spelled and any(item.kind == "banner" and _host_label(item.name, domain_of(url), _HOST_WORD_LINE)
                             for item in evidence):
            spelled = None  # "in-kestrel" on in-kestrel.kestrelnews.com: the subsite's wordmark, not its parent's name
        evidence = ([spelled] if spelled else []) + evidence
    # The name the site gives itself in its page title comes first ("WQRN 4 News" where the domain spells "WQRN").
    evidence = vouched_evidence(_title_line_sites(lines, registry, text, domain_of(url)) + evidence, domain_of(url))
    outlet = resolve_outlet(registry, given=_given_str(given, "outlet"), url=url, evidence=evidence, text=text)
    if not _given_str(given, "outlet"):
        outlet = domain_lettered(outlet, text)  # "told Kestrel.example": the address as the text names the site
        outlet = short_form(banner_printed(page_extended(page_spelled(page_styled(outlet, text), text), text),
                                           evidence, registry, text), text)
    date_order = _date_order(outlet, url)
    if date_order in (None, "YMD"):
        # A year-first press ("2026.12.04") says nothing of a date printed year-last ("04.12.2026"): the page's own
        # dates or its language may.
        date_order = date_order_of_page(text) or _language_date_order(text) or date_order
    # A line that is only the outlet's name under the headline ("KXRT News" over "Posted: ...") is its byline.
    # Without the registry, the name the page gives its outlet counts the same ("Riverton Online, Monday 2 March").
    outlet_bylines = tuple(item.text for item in evidence if item.kind == "byline") + (
        (outlet.name,) + ((outlet.entry.full_name,) if outlet.entry and outlet.entry.full_name else ())
        + outlet.entry.aliases if outlet and outlet.entry else ()) + (
        (outlet.name,) if outlet and outlet.entry is None and outlet.evidence is not None else ()) \
        + _agency_lines(lines, registry)
    parts = text_article.parse_text(text, date_order=date_order, lines=lines, labels=labels, url=url,
                                    outlet_bylines=outlet_bylines)
    if not _given_str(given, "outlet") and (outlet is None or (outlet.entry is None and outlet.evidence is None)):
        outlet = _byline_outlet(parts.byline, registry, outlet, parts.byline_outlet)

    published, precision, evidence_text, date_rule = _pick_date(given, parts, date_order, url)
    outlet_names = tuple(item.name for item in evidence) + ((outlet.name,) if outlet else ())
    title = _given_str(given, "title") or _without_source_mark(_without_site_name(parts.title, outlet_names))
    title_evidence = None if _given_str(given, "title") else parts.title_evidence
    authors = _given_authors(given.get("authors")) or text_article.authors_from_byline(parts.byline, outlet_names, as_written=True) \
        or parts.box_authors
    paragraphs = parts.paragraphs
    given_title = _given_str(given, "title")
    if given_title and parts.title and not parts.subtitle and not parts.byline and not parts.date_text \
            and _word_overlap(parts.title, given_title) < 0.5:
        # A short first line that is not the given headline, with no headline block around it, is the body's
        # first line (JSON records often carry the text without its headline).
        paragraphs = [parts.title, *paragraphs]
    if not paragraphs and parts.title and not parts.subtitle:
        # A text of one line is its own body, not a headline with nothing under it.
        paragraphs = [parts.title]
        title = given_title
        title_evidence = None
    body = "\n\n".join(paragraphs)
    return ArticleRecord(
        source_path=doc.source_path,
        source_format=doc.source_format,
        source_record=doc.source_record,
        raw_text=doc.raw_text,
        body=body,
        title=title,
        title_evidence=title_evidence if title else None,
        subtitle=parts.subtitle,
        byline=text_article.without_reading_time(parts.byline),
        authors=authors,
        published_on=published,
        date_precision=precision,
        date_evidence=evidence_text,
        date_rule=date_rule,
        url=url,
        outlet_name=outlet.name if outlet else None,
        outlet_domain=outlet.domain if outlet else None,
        outlet_country=outlet.country if outlet else None,
        outlet_evidence=outlet.evidence if outlet else None,
        language=_given_str(given, "language") or guess_language(body),
        removed_lines=parts.removed,
    )


_SITE_NAME_SEPARATOR = re.compile(r"\s+(?:[|•·]|[-–—]{1,2})\s*$|\s*[|•·]\s*$")


def _without_site_name(title: str | None, outlet_names: tuple[str, ...]) -> str | None:
    """The headline without the site's name the browser's page title adds after it ("Council shuts bridge — The
    Riverton Ledger"), when that name is the outlet's (case and "The" aside) and a headline is left."""
    if not title:
        return title
    folded = title.casefold()
    for name in sorted({name for name in outlet_names if name}, key=len, reverse=True):
        bare = re.sub(r"^the\s+", "", name.casefold())
        for form in (f"the {bare}", bare):
            if folded.endswith(form):
                head = title[: len(title) - len(form)]
                separator = _SITE_NAME_SEPARATOR.search(head)
                if separator and len(head[: separator.start()].split()) >= 3:
                    return head[: separator.start()].strip()
    return title


# An aggregator's mark after a headline: the source's host in brackets and the comment count ("... Jobs (latimes.com)
# 87" on a link-sharing board).
_SOURCE_MARK = re.compile(r"\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}\)(?:\s+\d{1,6})?$")


def _without_source_mark(title: str | None) -> str | None:
    """The headline without an aggregator's source mark (`_SOURCE_MARK`), when three words or more are left."""
    if not title:
        return title
    found = _SOURCE_MARK.search(title)
    if found and len(title[: found.start()].split()) >= 3:
        return title[: found.start()].strip()
    return title


def _word_overlap(first: str, second: str) -> float:
    left, right = set(_WORD.findall(first.casefold())), set(_WORD.findall(second.casefold()))
    return len(left & right) / len(left | right) if left and right else 0.0


# How strongly each kind of evidence dates a copied page (0 to 1), and why: a date is stored only at
# `STORE_DATE_AT` or above, since a missing date is better than a wrong one. The base rules are
# `text_article.DATE_CLUE_RULES` (where the page prints its date) and the URL's own date; a second, independent
# source agreeing (`DATE_CORROBORATION`: the URL's path and the printed date) lifts the strength. Measured on the
# copied dev tune half (visible-day accuracy vs wrong share of stored dates where the day is not shown):
# the weakest kinds are an unlabelled date over the headline (a "today" banner, the last item of a menu) and an
# update stamp; an unlabelled date line under the headline or in the byline is as often the page's last revision
# as its publication, but without it most visible-day pages would lose their date.
DATE_EVIDENCE: dict[str, tuple[float, str]] = {
    "given": (1.0, "given with the page"),
    "published-label": (0.9, "labelled as the publication date"),
    "url": (0.7, "the date in the URL's path, fixed when the page was first published"),
    "date-line": (0.6, "an unlabelled date line in the headline block"),
    "byline-date": (0.6, "the date beside the byline"),
    "dateline": (0.6, "the dateline opening the first paragraph"),
    "signoff": (0.6, "the place-and-date sign-off under the last paragraph"),
    "entry-meta": (0.6, "a blog entry's date and comment count under the article"),
    "updated-only": (0.5, "the page's only date, labelled as an update"),
    "date-above-headline": (0.4, "an unlabelled date line over the headline"),
    "fallback": (0.5, "a date from outside the page (when it was archived)"),
    "first-appearance-note": (0.9, "the day a note says the page first appeared (what it prints is a revision)"),
    "re-dated": (0.0, "a printed day on a page whose note says it first appeared years before (a revision)"),
}
# Corroboration: what a second source adds (suffix of the rule name -> (the strength it gives, why)).
DATE_CORROBORATION: dict[str, tuple[object, str]] = {
    "url": (lambda base: max(base, 0.95), "the URL's path gives the same day"),
    "url-day": (lambda base: max(base, 0.95), "the URL's path settles the order of an ambiguous numeric date"),
    "url-month": (lambda base: min(0.9, base + 0.2), "the URL's path gives the same month"),
    "url-same-year": (lambda base: min(0.9, base + 0.1), "the URL's path gives the same year"),
    "url-year": (lambda base: base, "the URL's path gives the year the printed day leaves out"),
}
# The operating point, measured on the copied dev set. Tune half (visible-day accuracy / wrong share of stored dates
# where the day is not shown): 0.40 .968/.70, 0.50 .935/.67, 0.60 .839/.63, 0.70 .258/0. Dropping the dates over
# the headline (0.50) rested on 2 right and 1 wrong tune page, and on the check half it cost 7 right dates for
# 1 wrong one (.926 -> .824, under the .85 bar), so every printed date is stored for now: no kind of printed date
# tells a revision from a publication on these pages (an unlabelled blog date line is either). The bar stays for
# weaker evidence to come, and for the evidence to say why a date was stored. Where the day is not shown, every
# wrong tune date (`eval_articles.py --by-rule`: date-line 3/5, byline-date 2/2, date-above-headline 1/1,
# updated-only 1/1 wrong/stored) is the page's own printed date in its headline block: a day or three off the
# date the page's metadata gives (a time zone, a scheduled post), or its last revision printed without a label.
# Neither the clue's place, its rule, the headline's evidence nor the years the page mentions tells them from the
# right dates of the same rules (60 tune pages), so no rule withholds them; the URL's date still overrides them.
# Looked at again (#10, 7 wrong of 10 stored on the tune half): three are one to three days off the metadata's day
# (a time zone; "12/11/25" there is read in the order the page's other dates prove, so it is no ambiguity), two
# are old guides re-dated years later with no label, one is an update stamp, one a byline date five weeks late.
# Tried as evidence and rejected, each firing on as many right visible-day dates as wrong ones: the date's distance
# from the headline (wrong ones sit 1-3 lines under it, like 24 right ones), a year in the headline ("... in 2026":
# 4 wrong, 16 right), the latest year the body names far before the printed one (1 wrong, 5 right), an update
# stamp (6 right of 7), dated items of a related listing under the body (none older than the printed date).
# Looked at once more (#10 round 1, tune half, 8 wrong of 11 stored where the day is not shown): of the evidence
# the issue names, only two tune pages print more than one distinct date in the headline block (both right); the
# wrong byline dates share their shape with right ones ("Name 21 February 2026" vs "Name July 3, 2025"); an update
# label with no published one is right on 6 visible-day pages for 2 wrong (withholding it: visible-day .968 -> .871,
# under the .95 floor); a date over the headline alone is 2 right for 1 wrong. So the bar stays where it is; a
# credit chain read this round ("Reviewed by ... — Written by ... — Updated on ...") added one wrong update stamp.
# Round 2: an update stamp read off a credit chain no longer dates a page with no published stamp (a reviewer's
# touch of a guide, not its first appearance; the tune half's one such page was wrong): 8/11 -> 7/10 wrong where the
# day is not shown, visible-day dates unchanged. An update stamp on a line of its own still dates (6 right, 2 wrong).
# Round 3 (pagesA): the 7 wrong are 2 one day off (time zone: "12/11/25", "February 22, 2026" twice), 1 three days
# off, 2 old guides re-dated by years ("By Jo Roe 12th February 2025", "2025-11-03 14 min read"), 1 update stamp,
# 1 byline date five weeks late; the 3 right are a "YYYY/M/D" byline date, a line of two dates (update then
# publication) and a yearless day the URL's year completes. Withholding a day whose year is before a year the
# headline names ("... in 2026" over "Nov 20, 2025") was measured: tune 7/10 -> 4/7 wrong but visible-day .968 ->
# .871, check .926 -> .853, 2/3 unchanged: rejected. Dated reader comments earlier than the printed day would prove
# a re-dated page, but the tune pages' comments print no dates. Storing a coarser precision does not help: the
# scorer counts any stored date that is not the right day as wrong.
# Round 4 (pagesH): the same 7 wrong of 10; 3 of them (Nov 20 for 17, "12/11/25" for Dec 10, Feb 22 for 23) print
# a day the metadata puts elsewhere with nothing in the text to say so, so even withholding every other wrong one
# leaves 3/6 wrong, over the 10% bar, and every withholding cue measured so far costs right visible-day dates. Added
# instead: a printed day 1-7 days after the URL's (`URL_DRAFT_DAYS`) stands over it (the draft's address, then its
# publication; fresh tune +1 date), the same in the HTML path, and a 24-hour clock past noon settles day-first order.
# Round 5 (pagesR3): the same 7 wrong of 10 (the 3 right: a "2025/4/29" byline date, a glued "updated, published"
# pair, a yearless day the URL's year completes). No wrong one prints a second, different date near its headline,
# a date in its URL, a revision note or a dated comment, so no conflict rule fires on them; each shares its rule
# and shape with right visible-day dates (byline-date: 3 wrong of 5 stored where the day is not shown, 6 of 6 right
# where it is; date-line: 2 wrong of 2, 29 of 29 right), and three are one to three days off the metadata's day
# with nothing else on the page: the 10% bar is out of reach of the printed text on these pages. Added instead: a
# note that the page first appeared earlier (`text_article.first_appearance`: "originally published on 26 Sep
# 2019", its day; a year only withholds a printed day as `re-dated`) and a blog entry's meta line under the body
# ("June 9, 2020 · 6 Comments"): tune visible-day .968 -> 1.000, check unchanged.
# Round 6 (pagesR23): the same 7 wrong of 10 (tune; check 2 of 3). Six of the seven print a day later than the
# metadata's (a refreshed guide's last revision, or a time zone), so the missing evidence is "this page was revised
# after it first appeared", which none of them says. Page-level cues counted as (hidden-day wrong, hidden-day right,
# visible-day right) stored dates: a guide-shaped headline ("Best", "Top", "Tips", "Trends", "Guide", a number)
# 7, 2, 37; no date in the URL's path 7, 2, 57; a reading time by the date ("14 min read") 1, 0, 12; a year in the
# headline 4, 1, 15; a share or comment count line of its own 2, 0, 1. Each would withhold right visible-day dates
# (the tune visible-day 1.000 may not fall), so the store decision is unchanged this round. The other 30 tune
# pages whose day is not shown print no date candidate at all (none withheld, no day in the URL), so no right
# date can be added to the stored ones either: the share moves only by withholding.
STORE_DATE_AT = 0.4


def date_strength(rule: str | None) -> float:
    """The strength of the evidence a `date_rule` names (see `DATE_EVIDENCE`, `DATE_CORROBORATION`); 0 for none."""
    if not rule:
        return 0.0
    base, *extras = rule.split("+")
    if base.startswith("url-over-"):
        base = "url"
    strength = DATE_EVIDENCE.get(base, (0.5, ""))[0]
    for extra in extras:
        strength = DATE_CORROBORATION[extra][0](strength) if extra in DATE_CORROBORATION else strength
    return round(strength, 2)


def date_why(rule: str) -> str:
    """In words, what the evidence of a `date_rule` is and how strong."""
    base, *extras = rule.split("+")
    if base.startswith("url-over-"):
        why = DATE_EVIDENCE["url"][1] + f" (over {DATE_EVIDENCE.get(base[9:], (0, base[9:]))[1]} on another day)"
    else:
        why = DATE_EVIDENCE.get(base, (0.5, base))[1]
    why += "".join(f"; {DATE_CORROBORATION[extra][1]}" for extra in extras if extra in DATE_CORROBORATION)
    return f"{why} (strength {date_strength(rule):.2f})"


def _pick_date(given: dict, parts: text_article.TextParts, date_order: str | None, url: str | None):
    """(date, precision, evidence text, rule): the given date, else the strongest reading of the headline block's
    dates and the URL's (`_date_candidate`) when its strength (`date_strength`) reaches `STORE_DATE_AT`. A date
    too weak to store leaves no date, and the evidence says what was withheld and why."""
    value, precision = parse_given_date(given.get("published"), date_order)
    if value:
        return value, precision, None, "given"
    found = _first_appearance(_date_candidate(parts, url), parts.revision, date_order)
    if found is None:
        return None, None, None, None
    value, precision, evidence, rule = found
    if date_strength(rule) < STORE_DATE_AT:
        return None, None, f"no date stored: {evidence!r} is {date_why(rule)}, under {STORE_DATE_AT:.2f}", \
            f"withheld-{rule}"
    return value, precision, evidence, rule


def _date_candidate(parts: text_article.TextParts, url: str | None):
    """(date, precision, evidence text, rule) as the headline block's dates (see
    `text_article.DATE_CLUE_RULES`) and the URL's date read together: completed, settled or corroborated by the
    URL's date, or replaced by it, else the URL's date alone; None without either."""
    from_url = date_from_url(url, with_year=True)
    found = text_article.pick_date_rule(parts.dates, parts.revision)
    if found is not None:
        rule, clue = found
        match = clue.match
        url_day = from_url is not None and from_url.precision == "day"
        if match.precision == "yearless":
            if from_url is not None:
                try:
                    return date(from_url.value.year, match.value.month, match.value.day), "day", clue.text, \
                        f"{rule}+url-year"
                except ValueError:
                    pass
        elif match.precision == "year" and url_day and from_url.value.year == match.value.year:
            return from_url.value, "day", clue.text, f"{rule}+url-day"  # an ambiguous 06/09/2004 the URL settles
        elif url_day and match.value != from_url.value and match.label != "published" \
                and not (abs((match.value - from_url.value).days) == 1 and _posted_then_updated(clue)) \
                and not _draft_went_out(clue, from_url.value, rule, parts.paragraphs):
            # The URL's day was fixed when the page was first published; a different day printed without a
            # "Published" label is an update (or another article's date).
            return from_url.value, "day", from_url.text, f"url-over-{rule}"
        else:
            return match.value, match.precision, clue.text, rule + _url_agreement(match, from_url)
    if from_url is not None and from_url.precision in ("day", "month"):
        return from_url.value, from_url.precision, from_url.text, "url"
    return None


def _first_appearance(found, revision: str | None, date_order: str | None):
    """`found` (a `_date_candidate`) read against a note that the page first appeared earlier
    (`text_article.first_appearance`): the note's earlier day dates the page (what it prints is its last revision),
    and a note giving only an earlier year leaves a printed day as a revision with no publication day known (rule
    `re-dated`, too weak to store). The URL's own day stands over a year: the address was made at publication."""
    note = text_article.first_appearance(revision, date_order)
    if note is None:
        return found
    day, precision = note
    if precision == "day":
        if found is None or (found[1] == "day" and day < found[0]):
            return day, "day", revision, "first-appearance-note"
        return found
    if found is not None and found[1] == "day" and day.year < found[0].year and "url" not in found[3].split("+")[0] \
            and not found[3].endswith(("+url", "+url-day")):
        return found[0], found[1], found[2], "re-dated"
    return found


def _posted_then_updated(clue) -> bool:
    """True when the clue's own line goes on from its date to an update stamp ("June 4, 2026 at 2:26 PM HST -
    Updated June 4 at 4:46 PM"): the first date is the posting day, and a URL a day off it (made in another time
    zone) does not make it an update."""
    line = clue.line or ""
    at = line.find(clue.match.text) if clue.match.text else -1
    if at < 0:
        return False
    return text_article.update_tail(line[at + len(clue.match.text):], None)


def _draft_went_out(clue, url_day: date, rule: str, paragraphs: list[str]) -> bool:
    """An unlabelled day printed a few days (`URL_DRAFT_DAYS`) after the URL's: the address was made when the
    draft was first saved and the printed day is when it went out, not a revision (an update stamp says so). Only
    a date line of its own may say so: words before the date on its line ("Correction appended", "Kick-off:")
    make it another day, and so does a day the body looks forward to (`previewed_day`: an event's)."""
    match = clue.match
    return match.precision == "day" and match.label is None and not rule.startswith("updated") \
        and 0 < (match.value - url_day).days <= URL_DRAFT_DAYS \
        and clue.place in ("below", "above", "byline") and not _labelled_date(clue) \
        and not previewed_day(match.value, "\n".join(paragraphs))


def _labelled_date(clue) -> bool:
    """True when words other than a weekday stand before the date on its date line ("Correction appended March
    14, 2026", "Kick-off: 14/03/2026 15:00")."""
    if clue.place == "byline" or not clue.line:
        return False
    head = clue.line[:clue.line.find(clue.match.text)] if clue.match.text in clue.line else ""
    words = re.findall(r"[^\W\d_]+", head.lower())
    return any(word not in WEEKDAY_KEYS for word in words)


def _url_agreement(match, from_url) -> str:
    """The rule suffix saying how far the URL's date agrees with a printed one ('' when it has none or differs)."""
    if from_url is None or match.precision != "day":
        return ""
    same_year = from_url.value.year == match.value.year
    if from_url.precision == "day" and from_url.value == match.value:
        return "+url"
    if from_url.precision == "month" and same_year and from_url.value.month == match.value.month:
        return "+url-month"
    if from_url.precision == "year" and same_year:
        return "+url-same-year"
    return ""
