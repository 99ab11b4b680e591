"""Outlets: which publication an article comes from, and the text that says so.

The strongest evidence comes from outside the text (a manifest's `outlet`, the URL's domain). Failing that, copied
pages name their outlet in furniture around the article: archive banners ("Search X's archive"), wire bylines
("By X Service", "X Staff"), "Recommended from X" blocks, copyright lines, "X – Exclusive" banners, appeals
("more people are reading X than ever before") and agency datelines ("MOSCOW (X) –"). `find_outlet_evidence`
reads one line for these signals; `resolve_outlet` matches the names against the registry (name, full name,
aliases, domain) and keeps an unregistered outlet when the evidence is clear. The article body is never searched
for outlet names: "he told X last week" says nothing about who published the article. The one exception is
`name_spelling_domain`: for a URL whose domain the registry does not know, the page's own spelling of that
domain ("The Kathmandu Post" on kathmandupost.example) names the site wherever it stands, since the URL already
says who published the page and the text only tells how the name is written. A byline's tail names an unregistered
outlet when a newspaper word closes it ("By Jane Roe, The Riverton Post"; "Senior Reporter" is a job). When
nothing names the outlet, the domain's words do where they split clearly ("riverton-post.example" -> "Riverton
Post"), a label of two to four letters without a vowel as its acronym ("npr.org" -> "NPR"), else the bare domain.

The page's own evidence outranks the registry: the strongest kind of evidence wins (`_KIND_RANK`: the site's
name in the page-title line "Headline - Riverton 4 News", a banner, then copyright lines, the site's lines about
itself "About X" / "Sign up for the X newsletter", appeals, datelines), and only among equally strong evidence
does a registered name win; so a local site running a wire story ("Copyright The Wire Agency") keeps its banner.
"About X" names the site only where the site's own evidence agrees (`vouched_evidence`): X spells the domain's
letters or is the banner's or copyright's name; "About Jo Roe" closing a story is a box about a person in it.
An unregistered outlet named in capitals goes by the page's own mixed-case spelling (`page_spelled`). The name is the
one the page prints: an acronym found from the domain or a dateline goes by the banner whose initials spell it
(`acronym_expansion`), a registered outlet by the alias or edition brand its banner prints (`banner_printed`), and
a domain may be spelled by initials and words ("nytimes": "New York Times").
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from loaders.extract.data.author_bios import NOTE_NAME
from loaders.extract.data.credits import WIRE_CREDITS
from loaders.extract.data.layout import BANNER_GLUE as _BANNER_GLUE, INSTITUTION_COPYRIGHT_WORDS, OUTLET_KIND_SUFFIXES
from loaders.extract.data.layout import (
    OUTLET_COMPANY_WORDS, OUTLET_DESK_BYLINE_WORDS, OUTLET_EDITION_TAILS, OUTLET_GENERIC_WORDS, OUTLET_NAME_WORDS,
    OUTLET_PUBLISHER_TAILS)
from loaders.registry import OutletEntry, Registry


@dataclass(frozen=True)
class OutletEvidence:
    name: str  # the outlet as the text names it
    text: str  # the words cited as evidence
    kind: str  # 'archive', 'byline', 'recommended', 'copyright', 'exclusive', 'appeal', 'dateline', 'site', ...


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str | None = None
    country: str | None = None
    evidence: str | None = None
    entry: OutletEntry | None = None


_TOKEN = r"[A-Z0-9][\w'’&!-]*(?:\.[\w-]+)*"
_NAME = r"(?P<name>(?:[Tt]he\s+)?" + _TOKEN + r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+|de\s+|al\s+|el\s+|[-–]\s+)?" + _TOKEN + r"){0,5})"
# An institution's name in full, its parts joined by "of the" as well ("Government of the Principality of Kestrel").
_INSTITUTION_NAME = (r"(?P<name>" + _TOKEN + r"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+|&\s+)?" + _TOKEN
                     + r"){1,8})")
# "© 2026 Ministry of Foreign Affairs of the Republic of Kestrel": an institution's long name, linked by "of the"
_INSTITUTION_COPYRIGHT = re.compile(
    r"^(?:(?i:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?" + _INSTITUTION_NAME
    + r"\s*(?:[.,|]|(?i:all\s+rights)|$)")
_INSTITUTION_WORDS = 10


def _institution_named(name: str) -> bool:
    """A long name in a copyright line is an institution's only with a word of a public body in it
    (`layout.INSTITUTION_COPYRIGHT_WORDS`: "Ministry", "Government", "Authority"); an agency's may be a photo
    agency's, credited under a picture."""
    return any(word.casefold().strip(".,") in INSTITUTION_COPYRIGHT_WORDS for word in name.split())
_LINE_SIGNALS: tuple[tuple[str, re.Pattern], ...] = (
    ("archive", re.compile(r"^(?i:search)\s+" + _NAME + r"(?:'s|’s|')?\s+(?:[\w-]+\s+){0,3}(?i:archives?)\b")),
    ("archive", re.compile(r"^(?i:from\s+the)\s+" + _NAME + r"\s+(?i:archives?)\b")),
    ("recommended", re.compile(
        r"^(?i:recommended|more|latest|most\s+(?:read|popular|viewed))\s+(?i:stories\s+)?(?i:from|on|at|in)\s+"
        + _NAME + r"\s*:?$")),
    ("byline", re.compile(
        r"^(?i:by)\s+(?:[Tt]he\s+)?" + _NAME + r"\s+(?i:(?:news\s+)?(?:service|staff(?:\s+writers?|\s+reporters?)?|"
        r"newsroom|news\s+desk|desk|correspondents?|reporters?|wire(?:\s+services?)?|online|editorial(?:\s+board)?)"
        r"(?:\s+(?:and|&)\s+(?:news\s+)?(?:agencies|wires|wire\s+services))?)$")),
    ("byline", re.compile(r"^(?:(?i:by)\s+)?" + _NAME + r"\s+(?:with|and)\s+(?:"
                          + "|".join(sorted(WIRE_CREDITS, key=len, reverse=True)) + r"|(?i:agencies|wires))$")),
    ("byline_tail", re.compile(r"^(?i:by)\s+.{3,120}?\s+(?i:for)\s+" + _NAME + r"$")),  # "By X, REPORTER FOR OUTLET"
    ("byline_tail", re.compile(r"^(?i:by)\s+[^,]{3,60}(?:,\s+[^,]{3,60}){0,4},\s+" + _NAME + r"$")),
    ("exclusive", re.compile(r"^" + _NAME + r"\s*[-–—:|]\s*(?i:exclusive)$")),
    ("exclusive", re.compile(r"^(?i:exclusive\s+(?:to|for))\s+" + _NAME + r"\.?$")),
    # "Published in Dawn, October 19th, 2026": the newspaper's own print credit under the article.
    ("print", re.compile(r"^(?i:(?:first\s+|originally\s+)?(?:published|printed))\s+(?i:in)\s+" + _NAME + r",\s+\S.{0,40}$")),
    # "Sign up for the Riverton Post newsletter": the outlet's own mailing list.
    ("newsletter", re.compile(r"^(?i:sign\s+up\s+(?:for|to)|subscribe\s+to|get)\s+(?i:the\s+|our\s+)?" + _NAME
                              + r"(?:'s|’s)?\s+(?i:newsletters?|daily\s+briefing|briefing|e-?mails?)\b")),
    # "About Riverton Post", "Contact Riverton Post": the site's pages about itself, in its footer.
    ("about", re.compile(r"^(?i:about|contact)\s+(?:(?i:us\s+at)\s+)?" + _NAME + r"$")),
    # "Riverton Post is part of Northern Media Group": the site saying who owns it.
    ("about", re.compile(r"^" + _NAME + r"\s+(?i:is\s+(?:part\s+of|owned\s+by|published\s+by|a\s+(?:member|"
                         r"division|brand|publication|title)\s+of))\b")),
    ("copyright", re.compile(
        r"^(?:(?i:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?" + _NAME
        + r"\s*(?:[.,|]|(?i:all\s+rights)|(?i:(?:or|and)\s+its\s+)|$)")),
    ("copyright", _INSTITUTION_COPYRIGHT),
)
_APPEAL_MENTION = re.compile(
    r"\b(?i:reading|support(?:ing)?|subscrib(?:e|ing)\s+to|donat(?:e|ing)\s+to)\s+(?:the\s+)?"
    r"(?P<name>(?:The\s+)?" + _TOKEN + r"(?:\s+" + _TOKEN + r"){0,4})"
)
_APPEAL_WORDS = re.compile(r"\b(?:reader|donat|subscri|support|journalism|paywall|premium|member)", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<name>[A-Z][\w .&/-]{0,30}?)\)\s*[-–—:]|"
    r"^[A-Z][A-Z .'’-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*/(?P<slashed>[A-Z][\w .&-]{0,30}?)/"
)
# A photo credit naming the outlet that commissioned the picture: "Credit...Jane Roe for The Riverton Times".
_CREDIT_FOR = re.compile(
    r"\b(?i:credit|photograph|photo|picture)\s*(?::|\.\.\.|…)\s*[^.!?]{1,60}?\s+for\s+" + _NAME + r"\s*$"
)
# "Follow The Riverton Times channel on WhatsApp": an outlet's own social-media call.
_FOLLOW_ON = re.compile(
    r"^(?i:follow)\s+" + _NAME + r"(?:\s+(?i:channel|page|account))?\s+(?i:on)\s+(?i:twitter|facebook|instagram|x|"
    r"telegram|whatsapp|youtube|linkedin|threads|bluesky|google\s+news)\b"
)
# An author's note closing the article: "Jane Roe is senior transport correspondent at The Riverton Times".
_AUTHOR_NOTE = re.compile(
    # the writer's name, capitals of any alphabet and particles too ("Séan Ó Roe", "Łukasz Nowak", "Emma de
    # Vries"): `author_bios.NOTE_NAME`, shared with the unsigned page's writer's note
    r"^" + NOTE_NAME + r"\s+(?:is|was)\s+(?:a\s+|an\s+|the\s+)?"
    # the job held now: a former one ("a former reporter for X who now runs ...") is the person's news
    r"(?:(?!(?i:former|onetime|one-time|retired|ex)\b)[\w-]+\s+){0,4}"
    r"(?i:correspondent|reporter|editor|writer|columnist|journalist|producer|critic|photographer)s?\s+"
    # "... a reporter covering business and transport at X": the beat between the job and the outlet
    r"(?P<beat>(?i:covering|who\s+covers)\s+(?:[\w'’-]+,?\s+){1,5}?)?"
    r"(?:at|for|with|of)\s+" + _NAME + r"(?=[,.;]|\s+(?:and|who|where|covering|based)\b|$)"
)
# Company words after an outlet's name in copyright lines: "Riverton Media Limited" is Riverton.
_COMPANY_SUFFIX_WORDS = (
    r"(?:Limited|Ltd\.?|Inc\.?|LLC|LLP|plc|PLC|GmbH|AG|S\.A\.|SA|S\.L\.|SpA|S\.p\.A\.|NV|N\.V\.|BV|ASA|"
    r"AS|AB|A/S|Oy|DAC|Pty|Pvt|Private|Sdn\.?\s+Bhd\.?|Bhd\.?|Ltda\.?|K\.K\.|Corp(?:oration|\.)?|Company|Co\.?)")
_COMPANY_SUFFIX = re.compile(r"(?:\s*,?\s+" + _COMPANY_SUFFIX_WORDS + r")+$")
# A copyright line's year or span of years ("2026", "2019–2026").
_YEAR_SPAN = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
_BUSINESS_SUFFIX = re.compile(
    r"\s+(?:News\s+(?:&|and)\s+Media|Media\s+Group|Media|Group|Online|Publishing|Publications|Holdings|Digital)$"
)
_SIGNAL_MAX = 120
_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")
_COPYRIGHT_MAX = 200
_CLAUSE_END = re.compile(r"[,;:.!?]")
# Words that are not outlets even though they sit where an outlet name would.
_NOT_OUTLETS = {
    "staff", "our", "the", "a", "an", "news", "wire", "agencies", "agency", "reuters staff", "this", "all", "more",
    "exclusive", "service", "editor", "editors", "us", "you", "here", "now", "today", "contributors",
}
_PERSON_FOLLOWS = {"me", "him", "her", "them"}
_LOOKS_LIKE_DOMAIN = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/?$")
_SITE_SUFFIX = re.compile(r"^(?:www\d?|m|amp|mobile|edition|beta)\.")
_NORMALISE = re.compile(r"[^a-z0-9]+")


def domain_of(url: str | None) -> str | None:
    """The host of a URL without 'www.', 'm.' and similar prefixes, lower-cased; None when there is none."""
    if not url:
        return None
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        host = (urlsplit(text).hostname or "").lower()
    except ValueError:
        return None
    if "." not in host.strip("."):
        return None  # a record id ('rec-2') or a bare word is no web address
    while _SITE_SUFFIX.match(host) and host.count(".") > 1:
        host = _SITE_SUFFIX.sub("", host, count=1)
    return host or None


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # "Agência" spells "agencia"
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"\.(com|net|org|co\.uk|co\.il)$", "", text)
    return _NORMALISE.sub("", text)


_INDEXES: dict[int, tuple[tuple[OutletEntry, ...], tuple[dict, dict]]] = {}


def _index(outlets: tuple[OutletEntry, ...]) -> tuple[dict[str, OutletEntry], dict[str, OutletEntry]]:
    """The registry's outlets by name and by domain, built once per registry (looked up by identity: hashing
    the whole tuple of entries on every call cost more than the look-up)."""
    cached = _INDEXES.get(id(outlets))
    if cached is not None and cached[0] is outlets:
        return cached[1]
    if len(_INDEXES) >= 32:
        _INDEXES.clear()
    index = _build_index(outlets)
    _INDEXES[id(outlets)] = (outlets, index)
    return index


def _build_index(outlets: tuple[OutletEntry, ...]) -> tuple[dict[str, OutletEntry], dict[str, OutletEntry]]:
    by_name: dict[str, OutletEntry] = {}
    by_domain: dict[str, OutletEntry] = {}
    for entry in outlets:
        for alias in (entry.name, entry.full_name, *entry.aliases):
            if alias:
                by_name.setdefault(_key(alias), entry)
        if entry.domain:
            by_domain.setdefault(entry.domain.lower(), entry)
            by_name.setdefault(_key(entry.domain), entry)
    return by_name, by_domain


def match_outlet_name(name: str | None, registry: Registry) -> OutletEntry | None:
    """The registry entry whose name, full name, alias or domain is `name` (case, 'The' and punctuation aside)."""
    if not name:
        return None
    by_name, by_domain = _index(registry.outlets)
    found = by_name.get(_key(name))
    if found is None and "." in name:
        found = match_outlet_domain(domain_of(name), registry)
    if found is None:
        # "Riverton News & Media Limited" -> "Riverton News & Media" -> "Riverton".
        shorter = _COMPANY_SUFFIX.sub("", name)
        while found is None:
            shorter = _BUSINESS_SUFFIX.sub("", shorter) if shorter == name else shorter
            if not shorter or shorter == name:
                break
            found = by_name.get(_key(shorter))
            name = shorter
    return found


def match_outlet_domain(domain: str | None, registry: Registry) -> OutletEntry | None:
    """The registry entry for a host or any parent domain of it (edition.cnn.com -> cnn.com)."""
    if not domain:
        return None
    _, by_domain = _index(registry.outlets)
    parts = domain.lower().split(".")
    for first in range(len(parts) - 1):
        found = by_domain.get(".".join(parts[first:]))
        if found:
            return found
    return None


def _clean_name(raw: str, max_words: int = 6) -> str | None:
    name = raw.strip(" .,:;-–—|'’\"")
    name = re.sub(r"(?:'s|’s)$", "", name)
    name = re.sub(r"^the\s+", "", name)  # a lower-case article is the sentence's, not part of the name
    name = _TRAILING_YEAR.sub("", name)  # "© Riverton Ledger 2026": the year is the notice's, not the name's
    if not name or name.lower() in _NOT_OUTLETS or len(name) > 60 or len(name.split()) > max_words \
            or not re.search(r"[^\W\d_]", name):
        return None  # "© 2026": a notice's year names nothing
    return name


# A desk's word closing the name in "<Outlet> Reporter with Reuters": the writer's credit, no part of the outlet's name.
_DESK_WORD_END = re.compile(r"\s+(?i:staff|reporters?|correspondents?|writers?|desk|bureau|newsroom)$")


def _role_words_only(name: str) -> bool:
    """"Senior", "Chief Political": what is left of a desk byline's first part when it ranks the writer
    (lexicon.ROLE_MODIFIERS) instead of naming her outlet."""
    from loaders.extract.data.lexicon import ROLE_MODIFIERS

    words = name.lower().split()
    return bool(words) and all(word in ROLE_MODIFIERS for word in words)


def _without_desk_word(name: str) -> str:
    """"Capital Times Reporter" -> "Capital Times": the outlet a desk byline names, without the desk's word."""
    shorter = _DESK_WORD_END.sub("", name)
    return shorter if shorter.strip() else name


def _clause_around(line: str, start: int, end: int) -> str:
    """The comma/sentence clause of `line` that holds `line[start:end]`, without its closing punctuation."""
    left = max((m.end() for m in _CLAUSE_END.finditer(line, 0, start)), default=0)
    right_match = _CLAUSE_END.search(line, end)
    right = right_match.start() if right_match else len(line)
    return line[left:right].strip()


def _section_words_only(name: str) -> bool:
    """A name made of a site's section words only ("Culture", "World News", "Sport"): `layout.SECTION_WORDS`."""
    from loaders.extract.data.layout import SECTION_WORDS

    words = [word.lower() for word in name.split() if word.lower() not in ("the", "&", "and")]
    return bool(words) and all(word in SECTION_WORDS or word == "news" for word in words)


def find_outlet_evidence(line: str, *, furniture: bool = True, appeal: bool = False,
                         closing: bool = False) -> OutletEvidence | None:
    """The outlet named by one line of page furniture (banner, byline, copyright, appeal), or None.

    With `furniture=False` the line is article text, where only an agency dateline ("MOSCOW (X) –") counts,
    and with `closing`, one of the article's last lines, an author's note ("Jane Roe is a reporter at X").
    `appeal=True` says the line belongs to a donation or subscription appeal, whose wording need not say so.
    """
    text = line.strip()
    if not text:
        return None
    if closing and len(text) <= _COPYRIGHT_MAX:
        match = _AUTHOR_NOTE.match(text)
        name = _clean_name(match.group("name")) if match else None
        if name and match.group("beat") and not looks_like_outlet_name(name):
            name = None  # "covering Congress at the Capitol": after a beat only a newspaper's name is the outlet
        if name:
            return OutletEvidence(name, text, "author_note")
        if not furniture and len(text) <= _SIGNAL_MAX:
            # The site's lines about itself close the page unlabelled: "About Riverton Post", "Riverton Post is
            # part of Northern Media Group".
            for kind, pattern in _LINE_SIGNALS:
                match = pattern.match(text) if kind == "about" else None
                name = _clean_name(match.group("name")) if match else None
                if name:
                    return OutletEvidence(name, text, kind)
    if furniture and len(text) <= _COPYRIGHT_MAX:
        for kind, pattern in _LINE_SIGNALS:
            if len(text) > _SIGNAL_MAX and kind != "copyright":
                continue  # a long line is prose; a copyright notice may run on ("... or its affiliates")
            match = pattern.match(text)
            if match:
                name = _clean_name(match.group("name"),
                                   _INSTITUTION_WORDS if pattern is _INSTITUTION_COPYRIGHT else 6)
                if name and pattern is _INSTITUTION_COPYRIGHT and not _institution_named(name):
                    name = None  # "© 2026 Agency of Northern Photographers of ...": a photo credit's agency
                if name:
                    if kind == "byline":
                        from loaders.extract.text_article import writer_with_wire  # it reads this module's evidence

                        if writer_with_wire(re.sub(r"^(?i:by)\s+", "", text)):
                            continue  # "By Alba Renwick with AFP": the writer and the wire, no outlet named
                        name = _without_desk_word(name)
                        if _role_words_only(name):
                            continue  # "Senior Reporter with AFP": a rank and a job, no outlet "Senior"
                    if kind == "recommended" and _section_words_only(name):
                        continue  # "More from Culture", "Latest in Politics": a section's link, no outlet
                    if kind == "byline_tail" and looks_like_outlet_name(name):
                        kind = "byline_outlet"  # "By Jane Roe, The Riverton Post": a newspaper's name, no job
                    return OutletEvidence(name, text, kind)
    if furniture:
        for kind, pattern in (("credit", _CREDIT_FOR), ("social", _FOLLOW_ON)):
            match = pattern.search(text) if kind == "credit" else pattern.match(text)
            if match:
                name = _clean_name(match.group("name"))
                if name and name.lower() not in _PERSON_FOLLOWS:
                    return OutletEvidence(name, text if kind == "social" else text[match.start("name"):], kind)
    if furniture and (appeal or _APPEAL_WORDS.search(text)):
        match = _APPEAL_MENTION.search(text)
        if match:
            name = _clean_name(match.group("name"))
            if name:
                return OutletEvidence(name, _clause_around(text, match.start(), match.end()), "appeal")
    match = _DATELINE.match(text)
    if match:
        name = _clean_name(match.group("name") or match.group("slashed"))
        if name:
            return OutletEvidence(name, text[: match.end()].rstrip(" -–—:"), "dateline")
    return None


_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+")  # "NewsChannel" -> "News", "Channel"
_GLUED_CHANNEL = re.compile(r"^\d{1,2}(?=[A-Z])")  # "1News", "9NEWS": a channel number glued to its name
_BROADCAST_WORDS = {"news", "channel", "tv", "radio", "fm", "am", "television", "newschannel"}
_BANNER_MAX_WORDS = 6


def is_outlet_banner(line: str, text: str, domain: str | None = None, *, named: bool = False,
                     page_title: str = "") -> bool:
    """A line at the top of a copied page that names an outlet the registry does not know: a short name in
    title case ("Portland Daily Herald", "Korvel Energy") that is no section, place, menu or person, and that
    the page vouches for: a newspaper word in it, the URL's domain spelling it, or the name standing again
    elsewhere in the page ("About Korvel Energy", "© 2026 Korvel Energy ASA"). With `named`, only the
    newspaper word counts (a line under a headline is a byline: "KXRT News" is an outlet, "Jane Roe" is not). A
    desk credit ("Sports Reporter") is no outlet."""
    from loaders.extract.data.layout import NAV_WORDS, OUTLET_NAME_WORDS, SECTION_WORDS
    from loaders.extract.data.lexicon import COUNTRY_NAMES, PLACES
    from loaders.extract.pageblocks import STAFF_CREDIT, is_name_line

    words = line.split()
    if not 0 < len(words) <= _BANNER_MAX_WORDS or len(line) > 60 or _CLAUSE_END.search(line[-1:]) or "," in line:
        return False  # "Jo Roe, Riverton News": a byline naming its outlet, not the outlet's name
    # A broadcaster's channel number is the one figure a name holds ("NewsChannel 9", "KXRT 7 News").
    parts = [part for word in words for part in (
        _CAMEL_PARTS.findall(word) if _CAMEL.search(word) or _GLUED_CHANNEL.match(word) else [word])]
    channel = any(part.lower() in _BROADCAST_WORDS for part in parts)
    if any(ch.isdigit() for ch in line) and not (channel and all(
            part.isdigit() and len(part) <= 2 for part in parts if any(ch.isdigit() for ch in part))):
        return False
    # The site's own address may close its name as printed ("KVT kestrelvale.example"), after a brand of no glue
    # words ("Read KVT on kestrelvale.example" is a call): a word of the name.
    address = bool(domain) and len(words) >= 2 and words[-1].lower() == domain \
        and not any(word.lower() in _BANNER_GLUE for word in words)
    if not all(word[:1].isupper() or word.isdigit() or word.lower() in _BANNER_GLUE or _GLUED_CHANNEL.match(word)
               for word in (words[:-1] if address else words)) \
            or not (words[0][:1].isupper() or _GLUED_CHANNEL.match(words[0])):
        return False
    if len(parts) > len(words):
        words = parts  # "NewsChannel 9": its words are News, Channel and 9
    folded = [word.lower().strip(".,:'’") for word in words]
    lowered = line.lower()
    if all(word in SECTION_WORDS or word in NAV_WORDS or word in _BANNER_GLUE for word in folded) \
            or lowered in PLACES or lowered in COUNTRY_NAMES or STAFF_CREDIT.match(line):
        return False
    # before any "of": "Mother of Jailed Reporter", closing on one after "of", is a headline about a person of
    # that trade
    head = folded[:folded.index("of")] if "of" in folded[1:] else folded
    if len(head) >= 2 and any(word in OUTLET_NAME_WORDS for word in head[1:] if word not in _BANNER_GLUE):
        return True  # "Portland Daily Herald": a newspaper word after the first
    if named:
        return False
    if is_name_line(line):
        # A banner shaped like a person's name ("Mother Jones", "Marie Claire") is the outlet only where the
        # site's address or the page's copyright line names it so; a byline's name has neither.
        return len(words) >= 2 and not below_menu_item(line) and (
            agrees_with_domain(line, domain) and _NORMALISE.sub("", _key(line)) in _NORMALISE.sub("", domain or "")
            or copyrighted(line, text))
    label = (domain or "").split(".")[0]
    if label and len(label) >= 3 and _NORMALISE.sub("", _key(line)) in (label, label.replace("-", "")) + _stems(label):
        return True
    from loaders.extract.data.layout import INSTITUTION_BANNER_WORDS

    site = site_label(domain)
    keys = [_key(word) for word in words]
    # the label spelled by one word or by a run of them ("Government of Nova Scotia" on news.novascotia.example)
    runs = {"".join(keys[start:end]) for start in range(len(keys)) for end in range(start + 1, len(keys) + 1)}
    if len(words) >= 2 and len(site) >= 3 and site in runs \
            and any(word in INSTITUTION_BANNER_WORDS for word in folded):
        return True  # "Ministry of Kestrel Affairs" on kestrel.gov.example: the institution's name in full
    if len(words) >= 2 and any(word in INSTITUTION_BANNER_WORDS for word in folded) and _sent_by(line, text):
        return True  # "Ministry of Kestrel Affairs" over its release "From: Ministry of Kestrel Affairs"
    if len(words) == 1 and _copyright_names_word(line, text):
        return True  # "AZERTAC" over the menu, "© AZERTAC. All rights reserved." at the foot: the site's name
    return len(words) >= 2 and (named_again(line, text) or titled_again(line, page_title) or desk_credit(line, text))


_SENDER_FIELD = re.compile(r"^\s*from\s*:?\s+(?:the\s+)?", re.IGNORECASE)


def _sent_by(line: str, text: str) -> bool:
    """A release's sender line ("From: Ministry of Kestrel Affairs", `pageblocks.is_sender_line`) names the line
    again, whole: the institution that publishes the page."""
    from loaders.extract.pageblocks import is_sender_line

    name = re.sub(r"^the\s+", "", line.strip(), flags=re.IGNORECASE).casefold()
    return any(_SENDER_FIELD.sub("", other.strip(), count=1).casefold() == name and is_sender_line(other.strip())
               for other in text.splitlines() if _SENDER_FIELD.match(other))


def _copyright_names_word(word: str, text: str) -> bool:
    """A one-word line that the page's copyright line opens on, spelt the same, case included ("© KESTREL.",
    "Copyright © 2026 Kestrel"): the site's name. The word elsewhere in a copyright line ("© 2026 Riverton Post.
    Kestrel photos") or in another case ("© 2026 KESTREL" for a line "Kestrel") does not say so."""
    found = re.search(r"(?:\b(?i:copyright)\s*(?:©\s*)?|©\s*)(?:(?:19|20)\d{2}\s+)?" + re.escape(word)
                      + r"(?![\w&'’-])(?!\s+[A-Z])", text)
    if found is None:
        return False
    rest = text[found.end():].split("\n", 1)[0]
    # "Copyright © 2026 Kestrelcorp. Riverton Evening Post is a Kestrelcorp title.": the group owning the site
    return re.search(_OWNER_CUE + re.escape(word) + r"(?![\w&'’-])", rest) is None


# The words a copyright line names the site's owner after ("... is a Kestrelcorp title", "part of Kestrelcorp").
_OWNER_CUE = r"(?i:\b(?:is\s+an?|part\s+of(?:\s+the)?|owned\s+by|a\s+member\s+of(?:\s+the)?|an?)\s+)"


def below_menu_item(line: str) -> bool:
    """A menu's item is no banner ("Home", "Latest News")."""
    from loaders.extract.data.layout import NAV_WORDS

    return line.lower() in NAV_WORDS


def copyrighted(line: str, text: str) -> bool:
    """The page's copyright line names it ("© 2026 Marie Claire", "Copyright 2026 Marie Claire")."""
    name = re.escape(line)
    return bool(re.search(r"(?:\bcopyright\s*(?:©\s*)?|©\s*)(?:(?:19|20)\d{2}\s+)?(?:the\s+)?" + name + r"\b",
                          text, re.IGNORECASE))


def titled_again(line: str, text: str) -> bool:
    """The page's title (its metadata, never a line of the text) closes on the name after a bar or a dash ("Council weighs levy | Medium Town"): the
    headline before it is the longer part (a title opening on the site's name, "Medium Town - Budget Talks
    Stall", puts a short headline last)."""
    name = re.escape(line)
    for found in re.finditer(r"^(?P<head>.*\S)\s+(?:\||[-–—])\s+(?:the\s+)?" + name + r"\s*$", text,
                             re.IGNORECASE | re.MULTILINE):
        head = found.group("head").split()
        if len(head) >= 4 and len(head) > len(line.split()) + 1:
            return True
    return False


def desk_credit(line: str, text: str) -> bool:
    """The page credits its newsroom by the name ("Medium Town Staff", "Medium Town Reporter")."""
    name = re.escape(line)
    return bool(re.search(r"(?<![\w-])" + name + r"\s+(?i:staff|reporters?|newsroom|editors?)\b", text))


def named_again(line: str, text: str) -> bool:
    """The name again where a page names itself: an "About X" box, a copyright or contact line, or with its
    company form ("X ASA", "X Ltd"). A headline repeated in the text is no such evidence."""
    name = re.escape(line)
    return bool(re.search(
        r"(?:\b(?:about|contact|copyright)\s+|©\s*(?:\d{4}\s*)?)(?:the\s+)?" + name + r"\b|"
        + name + r",?\s+(?:ASA|AS|AB|Inc\.?|Ltd\.?|LLC|plc|PLC|GmbH|AG|S\.A\.|SA|NV|Limited|Corp(?:oration|\.)?)(?!\w)",
        text, re.IGNORECASE)) or _full_form_after_dash(line, text)


_FULL_FORM_NAME_WORDS = 4
_FULL_FORM_STEM = 4  # "Paraguay" in "IP Paraguay" and "Paraguaya" in its full form: one word, two endings
# The endings an English word takes ("Island" and "Islanders"): a name and a full form sharing a common word so
# inflected share no name ("Island Voices – Islanders Weekly" is a column and its outlet)
_ENGLISH_ENDINGS = frozenset("s es er ers ing ings ed ly ness".split())


def _stem_shared(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _FULL_FORM_STEM and long_.startswith(short) and long_[len(short):] not in _ENGLISH_ENDINGS


def _full_form_after_dash(line: str, text: str) -> bool:
    """"Kestrel Info – Agencia de Noticias Kestrel. Content may be reproduced": a footer line, the name then its full
    form after a dash. The full form is the name's only where it holds one of the name's words ("Kestrel", or
    "Kestrela" for "Kestrel", one opening the other) or the
    name is its initials ("KNA – Kestrel News Agency"); "Island Voices – Lindhaven Post" is a column and its
    outlet, "Harbour Council Approves Ferry Timetable – Lindhaven Post" a headline and its outlet."""
    if len(line.split()) > _FULL_FORM_NAME_WORDS:
        return False  # a headline's words, not a masthead's
    words = {_key(word) for word in line.split() if word.lower() not in _BANNER_GLUE} - {""}
    for found in re.finditer(r"(?m:^)" + re.escape(line) + r"\s+[–—-]\s+(?P<full>(?-i:[A-Z][\w'’]+(?:\s+"
                             r"(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’]+)+))\s*(?:[.|]|$)", text, re.IGNORECASE):
        full = found.group("full")
        keys = {_key(word) for word in full.split() if word.lower() not in _BANNER_GLUE} - {""}
        if any(a == b or _stem_shared(a, b) for a in words for b in keys) \
                or (len(line) >= 2 and line.replace(".", "") == initials(full)):
            return True
    return False


def agrees_with_domain(name: str, domain: str | None) -> bool:
    """The site's address agrees with a name: it spells the name's letters (`spells_domain_letters`: "The Riverton
    Post" on rivertonpost.example, "Riverton Harbour Authority" on rha.example) or one of its labels is a word of
    the name ("The Kestrel Spectator" on spectator.vale.example)."""
    if not domain:
        return False
    if spells_domain_letters(name, domain) or _hyphen_head_agrees(name, domain):
        return True
    labels = {_NORMALISE.sub("", part) for part in domain.lower().split(".")}
    return any(len(key) >= _LETTERS_MIN and key in labels and word.lower() not in _BANNER_GLUE
               for word in name.split() for key in (_key(word),))


def _hyphen_head_agrees(name: str, domain: str) -> bool:
    """A site label of hyphened parts names the outlet in its first part ("kestrel-np", "dsr-news"): the name
    agrees when that part, three letters or more and no newspaper word ("news-harbour"), is one of its words
    ("Kestrel Shimbun") or its initials ("Daily Shimbun Review"); "Daily Shimbun" on dsr-news does not."""
    from loaders.extract.data.layout import OUTLET_NAME_WORDS

    parts = site_label(domain).lower().split("-")
    head = _NORMALISE.sub("", parts[0])
    if len(parts) < 2 or len(head) < _LETTERS_MIN or head in OUTLET_NAME_WORDS:
        return False
    return initials(name).lower() == head or any(
        word.lower() not in _BANNER_GLUE and _key(word) == head for word in name.split())


def weak_banner(line: str, text: str, domain: str | None) -> bool:
    """A banner that only its newspaper word vouches for ("The Silent Spectator", a column's title): neither the
    site's address agrees with it nor does the page name itself so elsewhere. Column and kicker titles use
    newspaper words too, so such a line names the outlet only where it stands at the top above the menu."""
    return is_outlet_banner(line, text, domain, named=True) and not agrees_with_domain(line, domain) \
        and not named_again(line, text) and not named_again(_THE.sub("", line), text)


def _stems(label: str) -> tuple[str, ...]:
    """The domain's label without the newspaper word the site added to its name ("rechargenews" -> "recharge",
    "harbordaily" -> "harbor"): a banner writing only the name still spells the site. At least five letters stay
    (a shorter stem names too many things)."""
    from loaders.extract.data.layout import OUTLET_NAME_WORDS, SITE_LABEL_SUFFIXES

    bare = label.replace("-", "")
    return tuple(bare[: -len(word)] for word in OUTLET_NAME_WORDS | SITE_LABEL_SUFFIXES
                 if word.isalpha() and bare.endswith(word) and len(bare) - len(word) >= 5)


_LETTERS_MIN = 3  # a shorter site label ("jo.example") spells too many names


def spells_domain_letters(name: str, domain: str | None) -> bool:
    """True when `name` holds the letters of the site's domain label in order, from its first letter on: "Harbor
    Gazette" on hgz.example, "Riverton Broadcasting News" on rbn.example, "The Riverton Post" on
    rivertonpost.example; "Weather" and "Jim Ortiz" on hgz.example do not."""
    label = _NORMALISE.sub("", site_label(domain))
    key = _key(name)
    if len(label) < _LETTERS_MIN or not key or key[0] != label[0]:
        return False
    letters = iter(key)
    return all(letter in letters for letter in label)


def _same_name(one: str, other: str) -> bool:
    """One name is the other, or holds it ("Riverton Post" and "Riverton Post Media Ltd")."""
    a, b = _key(one), _key(other)
    return bool(a) and bool(b) and min(len(a), len(b)) >= _LETTERS_MIN and (a in b or b in a)


# Evidence kinds that name the site only where its own evidence agrees: "About Jim Ortiz" closing a story is a box
# about a person in it, "Dover Museum of Art is part of the city's trust" a sentence about a subject.
_VOUCHED_KINDS = frozenset({"about"})


def vouched_evidence(evidence: list[OutletEvidence], domain: str | None) -> list[OutletEvidence]:
    """`evidence` without the site's lines about itself ("About X", "X is part of Y Group") whose X is neither
    the domain's letters (`spells_domain_letters`) nor a name other evidence gives (the banner, the copyright)."""
    others = [item.name for item in evidence if item.kind not in _VOUCHED_KINDS]
    return [item for item in evidence if item.kind not in _VOUCHED_KINDS
            or spells_domain_letters(item.name, domain) or any(_same_name(item.name, other) for other in others)]


_KIND_RANK = {"site": 0, "title-site": 0, "site-name": 0, "banner": 1, "archive": 1, "exclusive": 1, "byline": 1.5, "print": 1,
              "author_note": 1, "weak_banner": 2.5,
              "recommended": 2, "copyright": 2, "byline_outlet": 2, "about": 2, "newsletter": 3,
              "appeal": 3, "dateline": 4, "credit": 5, "social": 5, "byline_tail": 6}
# A news agency credited alone as the byline ("Anadolu Agency", "By AFP") says whose copy the page runs, not whose
# page it is: it yields to any banner of the site, even one only its newspaper word vouches for ("weak_banner").
_AGENCY_BYLINE_RANK = 2.75


def _names_wire(name: str, entry: OutletEntry | None) -> bool:
    from loaders.extract.data.layout import NEWS_AGENCIES

    agencies = {agency.casefold() for agency in NEWS_AGENCIES}
    for named in (name, entry.name if entry is not None else ""):
        words = re.sub(r"^the\s+", "", named.casefold()).split()
        # "Reuters", "The Associated Press", "Kyodo News": the agency's name, maybe with a news word after it
        if words and (" ".join(words) in agencies or words[0] in agencies
                      or any(word in ("agency", "agencies", "wire") for word in words)):
            return True
    return False


_PERSON_WORDS = (2, 3)  # "Nora Belling", "Pamela Orrin Vask"


def _person_shaped(name: str, domain: str | None) -> bool:
    """A name of two or three capitalised words opening on a given name (`given_names.is_given_name`) and closing
    on no newspaper word (`layout.OUTLET_NAME_WORDS`, "Sydney Courier"), which the site's address does not spell
    (a writer's own site): a person's ("Nora Belling"), not an outlet's."""
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.layout import OUTLET_NAME_WORDS

    words = name.split()
    if len(words) not in _PERSON_WORDS or not all(word[:1].isupper() and not word.isupper() for word in words):
        return False
    return (is_given_name(words[0]) and words[-1].lower().rstrip(".") not in OUTLET_NAME_WORDS
            and not agrees_with_domain(name, domain))


# Words that end a note's noun phrase before its head ("X is a magazine for writers", "is the voice of every
# reporter"): the job word must be the head noun after "is a"/"is our" and at most its adjectives.
_NOT_NOTE_MODIFIERS = "|".join(("for", "by", "of", "with", "in", "on", "at", "to", "from", "and", "or", "who", "that",
                                "which", "read", "run", "written", "published", "loved"))


def _credited_person(name: str, text: str) -> bool:
    """True when the page credits `name` as a person on a line of its own: a byline that ends on the name or goes
    on to a comma or another writer ("By Nora Belling", "Written by Ian Roe and Nora Belling, Staff": the
    phrases of `credits.credit_alternation('byline')`; "By Marie Claire Editors" is a desk's), or an author note
    opening on it that gives a writer's job ("Nora Belling is the paper's harbour correspondent":
    `credits.WRITER_ROLE_WORDS`; "Paris Match is published every Thursday" is about the outlet). A given name
    opens many outlets' names too ("Marie Claire"), so the call's shape alone does not make it a person's."""
    from loaders.extract.data.credits import WRITER_ROLE_WORDS, credit_alternation  # noqa: PLC0415

    spelled = r"\s+".join(map(re.escape, name.split()))
    roles = "|".join(WRITER_ROLE_WORDS)
    credited = re.compile(r"^[ \t]*(?:(?i:" + credit_alternation("byline") + r")\s*:?\s+"
                          r"(?:[^\n]*?(?:,|\s(?i:and)|\s&)\s+)?" + spelled + r"(?=[ \t]*(?:$|[,;|•·(]|(?i:and|&)\s))"
                          r"|" + spelled + r"\s+(?:is|was)\s+(?i:a|an|the|our|their|his|her|[\w-]+['’]s)\s+"
                          r"(?:(?!(?i:" + _NOT_NOTE_MODIFIERS + r")\s)[\w'’-]+\s+){0,3}?(?i:" + roles + r")s?\b)",
                          re.MULTILINE)
    return bool(credited.search(text))


# Evidence that names an outlet only if the registry knows it ("By Jane Roe, Staff Writer" names no outlet).
_REGISTRY_ONLY_KINDS = {"byline_tail"}


def looks_like_outlet_name(name: str) -> bool:
    """"The Riverton Post", "Riverton Gazette": capitalised words ending in a newspaper word
    (`layout.OUTLET_NAME_WORDS`), not a job ("Senior Reporter", "Staff Writer": `credits.DESK_ROLES`)."""
    from loaders.extract.data.credits import DESK_CREDITS, DESK_ROLES
    from loaders.extract.data.layout import OUTLET_NAME_WORDS

    words = name.split()
    if len(words) < 2 or not all(word[:1].isupper() or word.lower() in _BANNER_GLUE for word in words):
        return False
    from loaders.extract.data.given_names import is_given_name

    if is_given_name(words[0]):
        return False  # "Mary Post": a person whose family name is a newspaper word
    last = words[-1].lower().rstrip(".")
    jobs = set(DESK_ROLES) | {credit.split()[-1] for credit in DESK_CREDITS}
    return last in OUTLET_NAME_WORDS and last not in jobs and not any(
        word.lower().rstrip("s") in jobs for word in words)


# A domain label that reads as words: hyphens between them ("riverton-post"), or a newspaper word closing it
# after a known word ("denverpost" -> "Denver Post"), with "the" before ("thedenverpost" -> "The Denver Post").
_LABEL_MIN = 3
# A label of two to four letters none of them a vowel ("msn", "npr", "bbc" in bbc.co.uk) is an acronym ("y" counts as
# a vowel: "sky", "fly" are words). A digit ("abc7ny") or a vowel ("ovx") leaves the domain as it is.
_ACRONYM_LABEL = re.compile(r"^[b-df-hj-np-tv-xz]{2,4}$")


def readable_domain_name(domain: str | None, text: str = "") -> str | None:
    """The name a site's domain spells, for an outlet nothing else names: "riverton-post.example" -> "Riverton
    Post", "denverpost.example" -> "Denver Post". None when the label does not split into known words: a split
    that leaves a part of no word list ("postandcourier" -> "Postand", "trustpilot" -> "Trust"?) would be a
    guess at the site's spacing, and a shared host ("janesgarden.wordpress.com") names no outlet."""
    from loaders.extract.data.layout import OUTLET_NAME_WORDS, SHARED_HOSTS

    label = site_label(domain)
    if label in SHARED_HOSTS:
        return None
    if _ACRONYM_LABEL.match(label):
        return label.upper()  # "npr.org" -> "NPR": a reader knows the site by its initials, not by its address
    if "-" in label:
        words = [word for word in label.split("-") if word]
    else:
        ending = max((word for word in OUTLET_NAME_WORDS if word.isalpha() and len(word) >= _LABEL_MIN
                      and label.endswith(word) and len(label) - len(word) >= _LABEL_MIN), key=len, default=None)
        if ending is None:
            return _leading_name_word(label, text)
        words = [label[: -len(ending)], ending]
        if words[0].startswith("the") and len(words[0]) > 3 + _LABEL_MIN - 1:
            words[:1] = ["the", words[0][3:]]
        if not _name_part(words[-2], text) or "and" in words:
            return None
    if len(words) < 2 or not all(word.isalpha() for word in words):
        return None
    # A word without a vowel is an acronym: "bdc-network" -> "BDC Network".
    return " ".join(word.upper() if not re.search("[aeiouy]", word) else word.capitalize() for word in words)


_NAME_GLUE = ("della", "del", "de", "do", "da", "di", "du", "des", "dos", "das")  # "Diario del Valle"


def _name_part(word: str, text: str) -> bool:
    """A known word (`_name_part_words`), or a name the page itself writes capitalised inside a sentence ("in
    Yorkshire" on a page of yorkshirechronicle.example; "Trust us." opens a sentence)."""
    return word in _name_part_words() or (len(word) >= 4 and bool(re.search(
        r"[a-z,]\s+" + re.escape(word.capitalize()) + r"(?![^\W_])", text)))


def _leading_name_word(label: str, text: str) -> str | None:
    """A label whose newspaper word comes first, as names in the Romance and Slavic languages put it
    ("diariodelvalle" -> "Diario del Valle", "kurierbaltycki" -> "Kurier Baltycki"), when the rest reads as a name."""
    from loaders.extract.data.layout import OUTLET_NAME_WORDS

    lead = max((word for word in OUTLET_NAME_WORDS if word.isalpha() and len(word) >= 5 and label.startswith(word)
                and len(label) - len(word) >= _LABEL_MIN), key=len, default=None)
    if lead is None:
        return None
    rest = label[len(lead):]
    glue = next((word for word in _NAME_GLUE if rest.startswith(word) and _name_part(rest[len(word):], text)), None)
    if glue:
        return f"{lead.capitalize()} {glue} {rest[len(glue):].capitalize()}"
    return f"{lead.capitalize()} {rest.capitalize()}" if rest.isalpha() and _name_part(rest, text) else None


@functools.cache
def _name_part_words() -> frozenset[str]:
    """The words a glued domain label may put before its newspaper word: another newspaper word ("dailyherald")
    or a place of one word ("denverpost"): the lexicon's places, the countries, their capitals and the regions
    of `data/regions.csv` ("yorkshirechronicle", "ontariotimes")."""
    from loaders.extract.data.layout import OUTLET_NAME_WORDS
    from loaders.extract.data.lexicon import COUNTRY_NAMES, PLACES
    from loaders.extract.data.regions import region_countries
    from loaders.extract.gazetteer import _CAPITALS

    places = set(PLACES) | set(COUNTRY_NAMES) | {name.lower() for name in region_countries()} \
        | {name.lower() for name in _CAPITALS.values() if name}
    return OUTLET_NAME_WORDS | frozenset(place for place in places if place.isalpha())


_PHRASE_WORD = re.compile(r"[^\W_][\w'’&.-]*")
_PHRASE_WORD_AMP = re.compile(r"[^\W_][\w'’&.-]*|&")
_PHRASE_WORDS = 6


def name_spelling_domain(text: str, domain: str | None, *, joined: bool = True) -> OutletEvidence | None:
    """The outlet's name as the page writes it, where it spells the URL's domain: "The Harbour Post" on
    harbourpost.example, "Agência Varden" on agenciavarden.example, "KXRT News" on kxrt.example (the domain's
    name and a newspaper word after it). A run of capitalised words whose letters are the domain's first label
    (with or without "the") is the name the site goes by, with an edition the host names after it ("Riverton Asia"
    on asia.riverton.example); the first such run in the page, longest first."""
    from loaders.extract.data.layout import (ACADEMIC_HOST_LABELS, ACADEMIC_NAME_HEADS, ORG_NAME_TAIL_WORDS,
                                             OUTLET_NAME_WORDS, OUTLET_SERVICE_HEADS, OUTLET_SERVICE_TAILS,
                                             SITE_LABEL_SUFFIXES)

    label = site_label(domain)
    if len(label) < 3:
        return None
    nonprofit = (domain or "").lower().endswith(".org")
    # The host's other labels name an edition of the site where the page writes them after its name ("Riverton
    # Asia" on asia.riverton.example); "www" and a section's "news" are no part of it.
    edition = {part for part in (domain or "").split(".")[:-1] if len(part) >= 3 and part != label
               and part not in _SECOND_LEVEL and part != "www"}
    spelled_host = _host_initials_name(text, label, edition)
    if spelled_host is not None:
        return spelled_host
    # "thehill.example": "The Hill" names the site, a bare "Hill" ("Capitol Hill") does not.
    bare = label[3:] if label.startswith("the") and len(label) > 6 else None
    targets = {label} | ({bare} if bare else set())
    # Only runs that open with a capital the name could start with are read (an accented capital may fold to it).
    initials = "".join(sorted({target[0].upper() for target in targets if target[0].isalpha()}))
    if not initials:
        return None
    # The capital first, the look-behind for a word character before it after it (`.` is the capital): the
    # engine skips to the capitals instead of trying the look-behind at every character (the same matches).
    starts = re.compile(r"[" + initials + r"\u00c0-\u00de](?<![^\W_].)")
    for found in starts.finditer(text):
        run = _RUN.match(text, found.start())
        # "Hill & Vale" on hillandvale.example: the ampersand spells "and"
        words = list(_PHRASE_WORD_AMP.finditer(run.group())) if run else []
        spelled, best = "", None
        if best is None and len(words) >= 3:
            best = _initials_spelling(words, label)
        for last, word in enumerate(words if best is None else ()):
            spelled += "and" if word.group() == "&" else _key(word.group())
            if spelled == label or (spelled == bare and _THE_BEFORE.search(text, max(0, found.start() - 5),
                                                                         found.start())):
                best = last
            elif best is not None and (word.group().lower() in OUTLET_NAME_WORDS
                                       or word.group().lower() in SITE_LABEL_SUFFIXES or _key(word.group()) in edition):
                best = last  # "KXRT News": the domain's name and a newspaper word; "Riverton Asia" on asia.riverton;
                # "Riverton Online": the word a site adds to its name
            elif best is not None and last == best + 1 and word.group().lower() in OUTLET_SERVICE_TAILS \
                    and words[best].group().lower() in OUTLET_SERVICE_HEADS:
                best = last  # "Kestrel News Service": the wire's name closes on its service word
            elif best is not None and last == best + 1 and nonprofit and word.group().lower().rstrip(".") in ORG_NAME_TAIL_WORDS:
                best = last  # "Mises Institute" on mises.org: a nonprofit's name closes on its institution word
            elif not any(target.startswith(spelled) for target in targets):
                break
        if best is not None and best == 0 and _key(words[0].group()) in OUTLET_NAME_WORDS:
            # A generic word as the site's label ("radio"): it names the site only opening a banner line of its
            # own ("Radio Marovia International"), which is the name.
            line_start = found.start() == 0 or text[found.start() - 1] == "\n"
            line_end = run.end() == len(text) or text[run.end()] in "\r\n"
            if not (line_start and line_end and len(words) >= 2) or _DESK_WORD_END.search(run.group()):
                continue  # "Guardian Newsroom", "Herald Staff": the desk credited as the byline, no banner
            best = len(words) - 1
        if best is not None:
            start = found.start()
            article = _article_before().search(text, max(0, start - 5), start)
            if article is None and words[0].group().isupper():
                article = _article_before_capitals().search(text, max(0, start - 5), start)  # "DER SPIEGEL"
            if article and not _run_on_pattern().match(text, found.start() + words[best].end()):
                # "The Irish Times", "Il Corriere Alpino", "Het Zuiderblad"; a name running on into another
                # capitalised word ("The Hill & Vale Trust") lends no article: the longer name is another body's
                start = article.start()
            end = found.start() + words[best].end()
            head = _ACADEMIC_HEAD.search(text, text.rfind("\n", 0, start) + 1, start)
            if head and head.group("head").lower() in ACADEMIC_NAME_HEADS and _LINE_ENDS.match(text, end) \
                    and not ACADEMIC_HOST_LABELS.isdisjoint((domain or "").lower().split(".")):
                start = head.start()  # "University of Kestrel News": the banner's institution is the name's head
            name = text[start:end].rstrip(".")
            if joined and " " not in name and _INNER_CAPITAL.search(name):
                spaced = _copyright_spacing(text, domain)
                if spaced is not None:
                    return spaced
            return OutletEvidence(name, name, "site-name")
    return None


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# The banner line opening on an institution's head and "of" right before the name ("University of " + "Kestrel")
_ACADEMIC_HEAD = re.compile(r"^(?:The\s+)?(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?$", re.MULTILINE)
_LINE_ENDS = re.compile(r"[ \t]*(?:\r?\n|$)")  # the name closes its line: a banner of its own


def _styled_with_the(outlet: Outlet, text: str) -> Outlet:
    """An outlet the registry does not know, named without "The" ("Riverton Courier" banner), goes by "The
    Riverton Courier" where the page writes that mid-sentence with its capital ("told The Riverton Courier"): a
    capital "The" after a small word is the name's own, not the sentence's (one opening a sentence or a line tells
    nothing). A name in capitals, or one word alone, is left as it is."""
    name = outlet.name
    if not name or name.isupper() or len(name.split()) < 2 or re.match(r"(?i)the\s", name):
        return outlet
    if _the_mid_sentence(name).search(text):
        return replace(outlet, name=f"The {name}")
    return outlet


def _the_mid_sentence(name: str) -> re.Pattern:
    return re.compile(r"(?<![^\W_])[a-z][\w'’-]*,?[ \t]+The[ \t]+" + r"[ \t]+".join(map(re.escape, name.split()))
                      + r"(?![^\W_]|-\w)" + _runs_on())  # "The Riverton Courier-Journal" is another name


@functools.lru_cache(maxsize=1)
def _runs_on() -> str:
    """A look-ahead refusing a name that runs on into another capitalised word ("The Northwire Trust Principles",
    "The Riverton Courier Foundation"): the longer name is another body's; a day or a month after it is the
    sentence's ("told The Riverton Courier Monday"), a legal suffix the company's ("Northern Voices Ltd")."""
    return r"(?!" + _run_on_core() + r")"


@functools.lru_cache(maxsize=1)
def _run_on_core() -> str:
    from loaders.extract.data.dateforms import month_names, weekday_names

    # a company's legal suffix after the name is its own ("© 2026 Northern Voices Ltd")
    dated = sorted({word for word in (*month_names(), *weekday_names()) if word.isalpha() and len(word) > 2}
                   | {"ltd", "limited", "inc", "plc", "llc", "llp", "corp"}, key=len, reverse=True)
    return r"[ \t]+(?!(?i:" + "|".join(map(re.escape, dated)) + r")\b)(?-i:[A-Z][a-z])"


@functools.lru_cache(maxsize=1)
def _run_on_pattern() -> re.Pattern:
    """`_run_on_core` compiled once."""
    return re.compile(_run_on_core())


_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE | re.MULTILINE)


def _copyright_spacing(text: str, domain: str | None) -> OutletEvidence | None:
    """The spaced name a copyright line gives a site the page elsewhere writes joined, as a handle ("(HawaiiNewsNow)"
    in a dateline, "Copyright 2019 Hawaii News Now." at the foot): the company's own name, spaced as it writes it.
    None where no copyright line spells the host in more than one word."""
    for found in _COPYRIGHT_LINE.finditer(text):
        line = text[found.start():text.find("\n", found.start()) if "\n" in text[found.start():] else len(text)]
        spelled = name_spelling_domain(line, domain, joined=False)
        if spelled is not None and " " in spelled.name:
            return spelled
    return None


_HOST_INITIALS = (3, 6)  # letters of a host label that may be a name's initials ("krhc" in krhc.kestrel.example)


def _host_initials_name(text: str, label: str, hosts: set[str]) -> OutletEvidence | None:
    """The name a host label before the site's spells as initials, holding the site's own word in full: "Kestrel
    Regional Health Center" on krhc.kestrel.example (a unit of the institution the domain names). None without
    such a run: "Kent Riverside Health Clinic" has the initials but not the site's word."""
    for host in sorted(hosts):
        if not (host.isalpha() and _HOST_INITIALS[0] <= len(host) <= _HOST_INITIALS[1]):
            continue
        capital = re.compile(r"(?<![^\W_])" + host[0].upper())
        for found in capital.finditer(text):
            run = _RUN.match(text, found.start())
            words = [word.group() for word in _PHRASE_WORD.finditer(run.group())] if run else []
            words = [word for word in words if word.lower() not in _BANNER_GLUE]
            if len(words) < len(host) or not all(word[:1].isupper() for word in words[: len(host)]):
                continue
            head = words[: len(host)]
            if "".join(word[0].lower() for word in head) == host and label in {_key(word) for word in head}:
                end = text.find(head[-1], found.start()) + len(head[-1])
                name = re.sub(r"['’]s$", "", text[found.start():end])  # "... Center’s Department"
                return OutletEvidence(name, name, "site-name")
    return None


# Labels under a country's domain that name a kind of site, not the site ("bbc.co.uk", "abc.net.au"; "example",
# reserved for documentation, stands for "com" in test addresses such as "site.example.br").
_SECOND_LEVEL = frozenset("co com org net gov ac edu ne or go gob nic example".split())


def site_label(domain: str | None) -> str:
    """The label that names the site: "sky" in news.sky.example, "bbc" in bbc.co.uk, "kathmandupost" in
    kathmandupost.example (a section's host, "news." or "sport.", names a section, not the outlet)."""
    labels = (domain or "").split(".")[:-1]  # the top-level domain names no site
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else ""


# A name's capitalised words with only spaces between them, at most `_PHRASE_WORDS`, maybe with a small linking
# word written small between two of them ("Notes from Poland", "Voice of the Valley": `layout.BANNER_GLUE`).
_LINKS = "|".join(sorted((word for word in _BANNER_GLUE if word.isalpha() and word.islower()), key=len, reverse=True))
_RUN = re.compile(r"[^\W_][\w'’&.-]*(?:[ \t]+(?:(?:" + _LINKS + r"|&)[ \t]+){0,2}(?=[^\W\d_])(?-i:[A-Z\u00c0-\u00de])"
                  r"[\w'’&.-]*){0,%d}" % (_PHRASE_WORDS - 1))
_THE_BEFORE = re.compile(r"(?<![^\W_])The[ \t]+$")


_INITIALS_MIN = 2  # "NY" in nytimes; one letter ("n") would read too many runs as the site's name


def _initials_spelling(words: list[re.Match], label: str) -> int | None:
    """The last of `words` where the domain label is the initials of the first words and the rest in full
    ("nytimes": "New York Times", "rcpost": "Riverton City Post"): at least two initials and one word in full.
    None when no such split spells the label. The words are one capitalised run, at most `_PHRASE_WORDS`."""
    # The initials are compared first, from the words' first letters: most runs fail on the second word, before
    # any word is folded in full.
    head = ""
    for split, word in enumerate(words[:-1]):
        head += word.group()[:1].lower()
        if not label.startswith(head):
            return None
        if split + 1 < _INITIALS_MIN:
            continue
        tail = head
        for last in range(split + 1, len(words)):
            tail += _key(words[last].group())
            if tail == label:
                return last
            if not label.startswith(tail):
                break
    return None


@functools.cache
def _article_before_capitals() -> re.Pattern:
    """A title's opening article in capitals right before a name in capitals ("DER SPIEGEL", "THE RIVERTON POST")."""
    from loaders.extract.data.layout import NAME_ARTICLES

    words = "|".join(sorted((word.upper() for word in NAME_ARTICLES), key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + words + r")[ \t]+$")


@functools.cache
def _article_before() -> re.Pattern:
    """A title's opening article right before a position ("The", "Il", "Het": `layout.NAME_ARTICLES`)."""
    from loaders.extract.data.layout import NAME_ARTICLES

    words = "|".join(sorted((word.capitalize() for word in NAME_ARTICLES), key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + words + r")[ \t]+$")


def resolve_outlet(
    registry: Registry,
    *,
    given: str | None = None,
    url: str | None = None,
    evidence: list[OutletEvidence] | tuple[OutletEvidence, ...] = (),
    text: str = "",
) -> Outlet | None:
    """The article's outlet: the given name, else the URL's domain, else the best text evidence.

    A registry match supplies the canonical name, domain and country; without one, a given name, a clear name
    in the evidence or the bare domain still makes an outlet.
    """
    domain = domain_of(url)
    if given:
        entry = match_outlet_name(given, registry)
        given = given.strip()
        if entry is None and domain is None and _LOOKS_LIKE_DOMAIN.match(given):
            domain = domain_of(given)  # news-please's `source_domain` arrives as the outlet
        return _outlet(entry, entry.name if entry else given, domain, None)
    if domain:
        entry = match_outlet_domain(domain, registry)
        if entry:
            return _outlet(entry, entry.name, domain, None)
    # The strongest kind of evidence wins (the page's banner over a syndicated story's "Copyright The Wire
    # Agency" line); among equally strong evidence, a name the registry knows.
    candidates = []
    for position, item in enumerate(evidence):
        entry = match_outlet_name(item.name, registry)
        if entry is None and item.kind in _REGISTRY_ONLY_KINDS:
            continue
        if entry is None and item.kind == "social" and _person_shaped(item.name, domain) \
                and _credited_person(item.name, text):
            continue  # "Follow Nora Belling on Twitter" under "By Nora Belling": the writer's call, not the outlet's
        rank = _KIND_RANK.get(item.kind, 5)
        if item.kind == "byline" and _names_wire(item.name, entry):
            rank = _AGENCY_BYLINE_RANK  # a wire credited as the byline: a syndicated story on another site
        candidates.append(((rank, entry is None, position), item, entry))
    if candidates:
        _, best, entry = min(candidates, key=lambda candidate: candidate[0])
        if entry is not None:
            return _outlet(entry, entry.name, domain, best.text)
        name = _COMPANY_SUFFIX.sub("", best.name) or best.name
        if best.kind == "copyright":
            # A copyright line names the company: "Mail & Guardian Online", "Riverton Media Group" -> the title.
            name = _BUSINESS_SUFFIX.sub("", name) or name
        name = without_kind_words(name, domain, text)
        # The page's first line spells out only letters the site's address gives ("pib.example": "PIB" found in
        # the page); a copyright's company letters ("DSR Publishing Inc.") name the owner, not the banner.
        expansion = acronym_expansion(name, [item.text for item in evidence if item.kind == "banner"],
                                      masthead(text) if best.kind == "site-name" else ())
        if expansion:
            return _outlet(None, expansion, domain, best.text)
        return _outlet(None, name, domain, best.text)
    if domain:
        return Outlet(name=readable_domain_name(domain, text) or domain, domain=domain, country=None, evidence=None)
    return None


_KIND_TAIL = re.compile(r"\s+(?P<kind>" + "|".join(r"\s+".join(map(re.escape, phrase.split()))
                                                     for phrase in OUTLET_KIND_SUFFIXES) + r")$", re.IGNORECASE)


def without_kind_words(name: str, domain: str | None, text: str = "") -> str:
    """An outlet's name without the words saying what kind of outlet it is (`layout.OUTLET_KIND_SUFFIXES`) where the
    domain spells the name before them ("Harborwire News Agency" on harborwire.example): the kind is no part of the
    name. Where the domain glues the kind words on too ("KESTREL NEWSPAPER" on kestrelnewspaper.example) they are
    the brand's, unless the page's copyright line names the company by the name alone ("© 2026 Kestrel
    Publications"). The name stays whole where the domain spells it otherwise ("Norland News Agency" on nna.example)."""
    found = _KIND_TAIL.search(name)
    label = site_label(domain)
    if not found or not label:
        return name
    rest = name[: found.start()].strip()
    if not rest or not _key(rest):
        return name
    if label == _key(rest):
        return rest
    if label == _key(rest) + _key(found.group("kind")):
        kind = r"\s+".join(map(re.escape, found.group("kind").split()))
        alone = re.compile(r"(?<![^\W_])" + r"\s+".join(map(re.escape, rest.split())) + r"(?![^\W_])(?!\s+" + kind
                           + r"(?![^\W_]))", re.IGNORECASE)
        if any(alone.search(line) for line in text.splitlines() if _COPYRIGHT_LINE.match(line)):
            return rest
    return name


_ACRONYM = re.compile(r"^(?:[Tt]he\s+)?(?P<letters>[A-Z]{2,6})$")
_THE = re.compile(r"^[Tt]he\s+")
_INITIAL_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def initials(name: str) -> str:
    """The capitals a name's words open with, its glue words left out (`layout.BANNER_GLUE`: "of", "and", "the"):
    "Riverton Harbour Authority" -> "RHA", "Bank of Kestrel" -> "BK". Empty when a word other than glue is not
    capitalised ("Riverton said"), since an acronym stands for a name, not a phrase."""
    letters = []
    for word in _INITIAL_WORD.findall(name):
        if word.lower() in _BANNER_GLUE:
            continue
        if not word[:1].isupper():
            return ""
        letters.append(word[0])
    return "".join(letters)


_MASTHEAD_LINES = 1  # the page's first line: its masthead (a portal's notice or a menu may stand there instead)


def masthead(text: str) -> list[str]:
    """The first `_MASTHEAD_LINES` non-blank lines of a copied page, where its masthead stands. One line: a name
    spelling the acronym further down may be a department's under a portal's banner, which goes by its letters
    where the page prints them on a line of their own ("KDRB" under "Kestrel Department of Roads & Bridges")."""
    top: list[str] = []
    for line in text.splitlines():
        if line.strip():
            top.append(line.strip())
            if len(top) == _MASTHEAD_LINES:
                break
    return top


def acronym_expansion(name: str, banners: list[str] | tuple[str, ...],
                      top: list[str] | tuple[str, ...] = ()) -> str | None:
    """The name an acronym stands for where the page's banner prints it: an outlet found as its letters ("RHA",
    the domain's label or a dateline "(RHA)") goes by the banner's full name when that name's initials are the
    acronym's letters ("Riverton Harbour Authority" at the top of the page): the acronym is how texts refer to the
    outlet, the banner is what it calls itself. A banner printing the acronym itself keeps it (a site whose masthead
    reads "RHA" goes by "RHA", even over the name in full). The masthead (`top`, the page's first lines) expands it
    too when its first line is the name in full and no banner prints the letters ("Riverton Harbour Authority" over
    "Government of Riverton" on rha.example, the letters found in the domain or a credit "by RHA Riverton"). None
    when `name` is no acronym or nothing expands it."""
    match = _ACRONYM.match(name.strip())
    if not match:
        return None
    letters = match.group("letters")
    printed = [banner.strip() for banner in banners]
    if letters in printed or letters in (line.strip() for line in top):
        return None
    spelled = next((line.strip() for line in top if len(line.split()) >= 2 and initials(line) == letters), None)
    if spelled:
        return spelled
    return next((banner for banner in printed if len(banner.split()) >= 2 and initials(banner) == letters), None)


def banner_printed(outlet: Outlet | None, evidence: list[OutletEvidence] | tuple[OutletEvidence, ...],
                   registry: Registry, text: str = "") -> Outlet | None:
    """A registered outlet goes by the name its own banner at the top of the page prints, where that banner is a
    name of the same registry entry ("Riverton Online", an alias, for the registry's "Riverton Post Group"; "RIVERTON
    POST" for "Riverton Post") or the brand an edition's entry opens with ("RIVERTON" on the site of "Riverton
    Europe"): the registry is data about the outlet, the page says what the outlet calls itself. A banner in
    capitals goes by the page's mixed-case spelling of the same words where there is one (`page_spelled`)."""
    entry = outlet.entry if outlet else None
    if entry is None:
        return outlet
    for item in evidence:
        if item.kind != "banner":
            continue
        printed = item.text.strip()
        if _LOOKS_LIKE_DOMAIN.match(printed) or not re.search(r"[^\W\d_]", printed):
            continue  # "riverton.example": the site's address, not its name
        same = match_outlet_name(printed, registry) is entry
        key, entry_key = _key(printed), _key(entry.name)
        edition = not same and len(key) >= _LETTERS_MIN and entry_key.startswith(key) and len(entry.name.split()) > 1 \
            and _key(entry.name.split()[0]) == key
        if not (same or edition):
            continue
        if _ACRONYM.match(printed) or _THE.sub("", printed) == _THE.sub("", outlet.name) \
                or _key(_ANY_THE.sub("", _KIND_TAIL.sub("", printed))) == _key(_THE.sub("", outlet.name)):
            # "BBC" over "BBC News", "Riverton Post" under "The Riverton Post", "Xinhua News Agency" for "Xinhua" (the
            # kind words alone are no other brand): the registry's form
            return outlet
        form = _registry_form(printed, entry, registry)
        if form is not None:
            # "FINANCIAL TIMES" for the registry's "Financial Times", "KESTREL" on the site of "Kestrel Europe":
            # a masthead's capitals are its lettering, the name is the registry's.
            return outlet if form == entry.name else replace(outlet, name=form)
        spelled = page_spelled(Outlet(name=printed), text) or Outlet(name=printed)
        return replace(outlet, name=spelled.name)
    return outlet


_ANY_THE = re.compile(r"^the\s+", re.IGNORECASE)  # "The", "THE": a masthead's article in any letters


def _registry_form(printed: str, entry: OutletEntry, registry: Registry) -> str | None:
    """The registry's own spelling of a banner that differs from one of its names only in case or a leading "The"
    ("FINANCIAL TIMES", "The BBC NEWS" -> "Financial Times", "BBC News"; the brand "KESTREL" of "Kestrel Europe" ->
    "Kestrel"). None where the registry spells the banner exactly so (an alias "POLITICO" is its form) or no name of
    it matches: the banner is then the page's own name for the outlet. An alias that is the entry's name in other
    letters ("USA TODAY" for "USA Today") is no other name: the registry's name."""
    bare = _ANY_THE.sub("", printed).casefold()
    for name in (entry.name, entry.full_name or ""):
        if name and _ANY_THE.sub("", name).casefold() == bare:
            # the registry's name in other letters, even where an alias spells it so ("USA TODAY" for "USA
            # Today"): lettering, not another brand, so the stored name is the same whichever page comes first.
            # The entry's name first: "Financial Times" over its full name "The Financial Times". A banner
            # printing the formal full name ("Kestrel Broadcasting Corporation" for "Kestrel News") is the
            # company's style, not another brand: the outlet goes by the registry's name.
            return entry.name
    matched = match_outlet_name(printed, registry)
    names = [entry.name, entry.full_name or "", *entry.aliases]
    if matched is not None:
        names += [matched.name, matched.full_name or "", *matched.aliases]
    if printed in names:
        return None
    for name in entry.aliases:
        if name and _ANY_THE.sub("", name).casefold() == bare:
            return name  # "RIVERTON ONLINE": another brand of the entry, in the registry's letters
    brand = entry.name.split()[0]
    if len(entry.name.split()) > 1 and _ANY_THE.sub("", brand).casefold() == bare:
        return brand  # an edition's brand in capitals: the registry's lettering of its first word
    return None


def page_styled(outlet: Outlet | None, text: str) -> Outlet | None:
    """A registered outlet goes by its full name where that is its name with "The" before it and the page itself
    writes it so, capital included ("© 2026 The Riverton Independent" for the registry's "Riverton Independent"): the
    name as the site styles it. A lower-case "the" ("told the Riverton Independent") is the sentence's article."""
    entry = outlet.entry if outlet else None
    if outlet is not None and entry is None:
        return _styled_with_the(outlet, text)
    if entry is None or not entry.full_name or entry.full_name.casefold() != f"the {entry.name}".casefold() \
            or outlet.name == entry.full_name:
        return outlet
    if re.search(r"(?<![^\W_])" + re.escape(entry.full_name) + r"(?![^\W_])", text):
        return replace(outlet, name=entry.full_name)
    return outlet


_COPYRIGHT_LINE = re.compile(r"[^\n]*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"\s*about\s+$", re.IGNORECASE)  # "About Northern Voices": the page's box about itself


def page_extended(outlet: Outlet | None, text: str) -> Outlet | None:
    """An unregistered outlet whose banner gives its name short ("Ministry of Kestrel Affairs") goes by the longer
    name its own copyright line gives ("© 2026 Ministry of Kestrel Affairs of Norland"): the same name with the
    place it is of ("of" and one to three capitalised words) closing it."""
    if outlet is None or outlet.entry is not None or len(outlet.name.split()) < 2:
        return outlet
    from loaders.extract.data.layout import OWNER_NAME_WORDS

    pattern = re.compile(r"(?<![^\W_])" + r"\s+".join(map(re.escape, outlet.name.split()))
                         + r"(?P<tail>\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*(?:[.,]|\d|$)")
    for line in text.splitlines():
        # the page's own copyright line, opening on its mark ("© 2026 ...", "Copyright © 2026 ..."): a photo's
        # "Photo © ..." or a sentence about copyright is none
        # or a mark with its year further on ("All content copyright © 2024 ...")
        mark = OWN_COPYRIGHT_LINE.match(line) or _DATED_COPYRIGHT_MARK.search(line)
        if mark:
            found = pattern.search(line, mark.end())
            # "of Pellow Media Ltd", "of The Coastline Group": the owner's name, not the place the title is of;
            # a place whose name takes "The" ("of The Gambia") is a place
            if found and not any(word.lower().strip(".") in OWNER_NAME_WORDS
                                 for word in found.group("tail").split()[1:]):
                return replace(outlet, name=outlet.name + " " + " ".join(found.group("tail").split()))
    return outlet


OWN_COPYRIGHT_LINE = re.compile(r"^\s*(?:copyright\s*)?(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_DATED_COPYRIGHT_MARK = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b", re.IGNORECASE)


_STYLED_WORD_LETTERS = 5  # a word in capitals this long is the banner's lettering ("NATION"); a shorter one an acronym


def domain_lettered(outlet: Outlet | None, text: str) -> Outlet | None:
    """An unregistered outlet known only by its lower-case address ("kestrel.example") goes by the lettering its
    own text gives that address as a name ("told Kestrel.example", "KESTREL.example reported"): mixed case, a
    whole word that is no link (no "www." or "/" or "@" around it). Only capitals ("KESTREL.EXAMPLE") shout and
    leave it. A capital the sentence or a title-case headline gives ("Kestrel.example is free.", "Why
    Kestrel.example Is ...") letters nothing. The lower-case writings do not count against a lettering: they are
    the address as a link or a banner line ("al.com" over the page, "the al.com newsletter"), not a name given; the
    most frequent lettering wins."""
    if outlet is None or outlet.entry is not None or not outlet.name.islower() \
            or not _LOOKS_LIKE_DOMAIN.match(outlet.name) or "/" in outlet.name:
        return outlet
    pattern = re.compile(r"(?<![\w./@-])" + re.escape(outlet.name) + r"(?![\w@/-]|\.\w)", re.IGNORECASE)
    forms: Counter = Counter()
    for found in pattern.finditer(text):
        form = found.group()
        if form == outlet.name or form.isupper():
            continue
        if form == outlet.name[:1].upper() + outlet.name[1:] and _capital_by_position(text, found.start()):
            continue
        forms[form] += 1
    if not forms:
        return outlet
    return replace(outlet, name=forms.most_common(1)[0][0])


# A bracket or a colon opens no sentence here: "(Kestrel.example)" and "Source: Kestrel.example" are the page's lettering.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|[\"“‘]\s*)$")
_TITLE_CASE_WORDS = 3  # a line of this many words or more, each capitalised, is a headline in title case
_SMALL_WORD = 3  # "of", "the", "on": a title-case headline may leave them in lower case


def _capitalised_words(words: list[str], small: int) -> bool:
    """Whether every word longer than `small` letters opens with a capital (the shorter ones may stay lower case)."""
    return all(word[:1].isupper() for word in words if len(word) > small)


def _capital_by_position(text: str, start: int) -> bool:
    """True when a word's first capital is the sentence's (it opens the line or follows a full stop) or the title-case
    headline's (every word of its line capitalised)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if _SENTENCE_OPENING.search(text[line_start:start]):
        return True
    words = [word for word in text[line_start:None if line_end < 0 else line_end].split() if word[:1].isalpha()]
    return len(words) >= _TITLE_CASE_WORDS and _capitalised_words(words, _SMALL_WORD)


_MIXED_CASE_REPEATS = 2  # a mixed-case writing this often names the page's agency over its copyright capitals
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![^\W_])[A-Z][\w'’&.-]*[ \t]+\Z")
_NAME_SMALL_WORD = 2  # "of", "la": a name's small words may stay lower case
_OPENING_THE = re.compile(r"the\s", re.IGNORECASE)


def _every_word_capitalised(form: str) -> bool:
    """"Kestrel Press", not "Kestrel press": a name writes each of its words with a capital."""
    return _capitalised_words(form.split(), _NAME_SMALL_WORD)


def page_spelled(outlet: Outlet | None, text: str) -> Outlet | None:
    """An unregistered outlet named in capitals ("THE RIVERTON CLARION" banner) goes by the page's own mixed-case
    spelling of the same words where the page writes one ("© 2026 The Riverton Clarion"), its capitalised "The"
    included; the most frequent such spelling, the longer on a tie. Without one the capitals stay ("KXRT")."""
    if outlet is None or outlet.entry is not None:
        return outlet
    # A banner styled with one word in capitals ("Seychelles NATION", "Riverton CLARION") goes by the spelling the
    # page gives itself in its copyright line or its "About" line; an acronym in the name ("KXRT News") stays
    # where the page writes it so.
    styled = not outlet.name.isupper() and any(len(word) >= _STYLED_WORD_LETTERS and word.isupper() and word.isalpha()
                                                for word in outlet.name.split())
    if not outlet.name.isupper() and not styled:
        return outlet
    words = re.sub(r"^the\s+", "", outlet.name, flags=re.IGNORECASE).split()
    if not words:
        return outlet
    pattern = re.compile(r"(?<![^\W_])(?:The[ \t]+)?" + r"[ \t]+".join(map(re.escape, words)) + r"(?![^\W_])"
                         , re.IGNORECASE)
    runs_on = _run_on_pattern()
    forms: Counter = Counter()
    own: set[str] = set()  # forms where the page names itself: a line of their own, a copyright line, "About X"
    # the agency's name as the page writes it in its text: every word capitalised, no capitalised word before it
    # ("the New Kestrel Times" is another paper), its "The" kept where the capitals have one
    repeats: Counter = Counter()
    the = _OPENING_THE.match(outlet.name) is not None
    capitals_owned = False
    for match in pattern.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:None if line_end < 0 else line_end].strip()
        copyright_line = bool(_COPYRIGHT_LINE.match(text, line_start, match.start()))
        if match.group().isupper() and copyright_line:
            capitals_owned = True  # "© 2026 KXRV": the company writes its name in capitals
        if not copyright_line and runs_on.match(text, match.end()):
            continue  # "Our Standards: The Northwire Trust Principles": a longer name, another body's
        form = match.group()
        if form.lower().startswith("the") and not form.startswith("The"):
            form = form[3:].lstrip()  # a lower-case "the" is the sentence's
        if not form.isupper() and any(ch.isupper() for ch in form):
            forms[form] += 1
            if _every_word_capitalised(form) \
                    and not _CAPITAL_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                written = f"The {form}" if the and not form.startswith("The") else form
                repeats[written] += 1
            if copyright_line or line == match.group() or (_ABOUT_BEFORE.match(text, line_start, match.start())
                                                           and line.endswith(match.group())):
                own.add(form)
    if capitals_owned or styled:
        # The copyright line's capitals yield only to a mixed-case form where the page names itself too
        # ("About Northern Voices"), not to a dateline's "(Kxrv)" or a sentence; a name of several words the page
        # writes in mixed case again and again ("(Kestrel Press)" in its dateline, "told Kestrel Press") is the
        # agency's name, its capitals the company's lettering ("© 2026 KESTREL PRESS LTD.").
        forms = {form: count for form, count in forms.items() if form in own and not (styled and form == outlet.name)}
        if not forms and capitals_owned and not styled and len(words) >= 2:
            forms = {form: count for form, count in repeats.items() if count >= _MIXED_CASE_REPEATS}
    if not forms:
        return outlet
    best = max(forms, key=lambda form: (forms[form], len(form)))
    return replace(outlet, name=best)


def _outlet(entry: OutletEntry | None, name: str, domain: str | None, evidence: str | None) -> Outlet:
    if entry is None:
        return Outlet(name=name, domain=domain, evidence=evidence)
    return Outlet(name=entry.name, domain=entry.domain or domain, country=entry.country, evidence=evidence,
                  entry=entry)


_TRAILING_WORD = re.compile(r"^(?P<rest>.+?)\s+(?P<tail>\S+)$")


def _trailing_initials(name: str) -> str | None:
    """The name without a last word spelling the initials of the words before it ("Riverton Free Press RFP")."""
    found = _TRAILING_WORD.match(name)
    if not found or not found.group("tail").isupper():
        return None
    words = [word for word in found.group("rest").split() if word[:1].isupper()]
    initials = "".join(word[0] for word in words)
    return found.group("rest") if len(initials) >= 2 and initials == found.group("tail") else None


def _publisher_free(name: str, domain: str | None) -> str | None:
    """The name without a publisher's closing word ("Kestrel Express Newspapers", "Marsh Era Publication"),
    unless the domain glues that word on too (the brand's: "KESTREL NEWSPAPER" on kestrelnewspaper.example)."""
    found = _TRAILING_WORD.match(name)
    if not found or found.group("tail").lower() not in OUTLET_PUBLISHER_TAILS:
        return None
    label = site_label(domain)
    if label and label.endswith(_key(found.group("tail"))):
        return None
    return found.group("rest")


_RIGHTS_RESERVED = re.compile(r"\brights\s+reserved\b", re.IGNORECASE)


def _credited_alone(short: str, tail: str, text: str) -> bool:
    """The page credits itself by the short name alone more often than by the full name (the banner and copyright
    lines aside): a photo credit ("Photo: Jo Roe/Q7", "Photo: Q7/ Jo Roe"), "Read more on Q7", "told Q7", "By Q7
    Riga" (a desk byline with a known place or a desk's word), a copyright line naming the publisher after it
    ("© 2026 Q7 Publishing"; a corporate owner's "Q7 Media Group" is no credit). "told Q7 Latvia", "Follow Q7 Latvia on X" again and again keep the full name."""
    name = re.escape(short)
    tail_words = r"\s+".join(map(re.escape, tail.split()))
    not_tail = r"(?!\s+" + tail_words + r"(?![^\W_]))(?![^\W_])"
    company = "|".join(map(re.escape, OUTLET_COMPANY_WORDS))
    patterns = (
        r"(?m)^(?:Photo|Photos|Picture|Image|Foto|Credit)s?\s*:\s*" + name + not_tail + r"\s*/",
        r"(?m)/\s*" + name + not_tail + r"\s*$",
        r"(?m)^(?:Read|Watch|Listen|More)\s+(?:more\s+)?on\s+" + name + not_tail + r"\s*[.]?$",
        r"\btold\s+" + name + not_tail + r"(?=\s*[.,;])",
        r"(?m)^(?:Copyright\s*)?(?:©|\(c\))[^\n]*?(?<![^\W_])" + name + r"\s+(?i:" + company + r")(?![^\W_])",
    )
    alone = sum(len(re.findall(pattern, text)) for pattern in patterns)
    # "By Q7 Riga", "By Q7 Newsroom": a desk byline only with a known place or a desk's word after the name, never
    # a surname ("By Devon Walsh" is a person whose first name the outlet shares).
    alone += sum(1 for found in re.finditer(r"(?m)^By\s+" + name + not_tail + r"\s+([A-Z][\w-]+)\s*$", text)
                 if _desk_byline_word(found.group(1)))
    if not alone:
        return False
    full = re.compile(r"(?<![^\W_])" + name + r"\s+" + tail_words + r"(?![^\W_])", re.IGNORECASE)
    lines = [line for line in text.splitlines() if line.strip()]
    again = sum(len(full.findall(line)) for line in lines[1:] if not _COPYRIGHT_LINE.match(line)
                and not _RIGHTS_RESERVED.search(line)
                and line.strip().casefold() != f"{short} {tail}".casefold())
    return alone > again


def _desk_byline_word(word: str) -> bool:
    """Whether `word` after an outlet's short name in a byline names its desk: a known place or a desk's word."""
    from loaders.extract.data.cities import place_country

    return word.lower() in OUTLET_DESK_BYLINE_WORDS or place_country(word) is not None


def _distinctive(name: str) -> bool:
    """Whether a name holds a word that tells one outlet from another: not only "The" with newspaper words
    ("The Weekly", "The Daily Post")."""
    return any(word.lower() not in OUTLET_NAME_WORDS and word.lower() not in OUTLET_GENERIC_WORDS
               for word in name.split())


def _edition_free(name: str, text: str) -> str | None:
    """The name without an edition's closing words (`layout.OUTLET_EDITION_TAILS`, or a country: "Q7 Latvia")
    where the page's own credits name the outlet without them (`_credited_alone`)."""
    from loaders.extract.gazetteer import capital_of

    lowered = name.lower()
    for tail in OUTLET_EDITION_TAILS:
        if lowered.endswith(" " + tail):
            rest = name[: len(name) - len(tail)].strip()
            break
    else:
        found = _TRAILING_WORD.match(name)
        if not found or found.group("tail").lower() in OUTLET_NAME_WORDS or capital_of(found.group("tail")) is None:
            return None
        rest = found.group("rest")
    tail = name[len(rest):].strip()
    if not rest or rest.split()[-1].lower() in OUTLET_NAME_WORDS or rest.lower() in ("the",):
        return None
    return rest if _credited_alone(rest, tail, text) else None


_SITE_WORDS = frozenset({"online", "digital", "web", "website"})  # what a site adds to a paper's name
_HOST_WORD_LETTERS = 5  # a name in capitals this long, spelling the host, is a word, not initials ("ZAWYA")


def _site_word_free(name: str, domain: str | None) -> str | None:
    """The name without the word a website adds to it ("Matangi Tonga Online" on matangitonga.example) when the
    host's label glues the rest's two words or more; on kestrelonline.example, with no host, or with one word before
    it ("Kestrel Online" on kestrel.example: the brand) the name stays."""
    found = _TRAILING_WORD.match(name)
    if not found or found.group("tail").lower() not in _SITE_WORDS:
        return None
    label = site_label(domain)
    rest = found.group("rest")
    # a host that glues two words or more of the name; one word with the site's word is the brand ("Kestrel Online")
    return rest if label and len(rest.split()) >= 2 and _key(rest) == label else None


def _host_word_cased(name: str, domain: str | None, text: str = "") -> str:
    """A one-word name in capitals that spells the host's label and reads as a word (a vowel, at least
    `_HOST_WORD_LETTERS` letters: "ZAWYA" on zawya.example) in the case a reader writes it ("Zawya"); initials
    ("KXRT", "ABC"), a name the page spells out as its initials' words on a line of their own ("KOMAT" over
    "Kestrel Ocean and Marine Authority Trust"), a name the page's own copyright line letters in capitals
    ("© 2026 KESTREL. All rights reserved.": the company's lettering) and a name of several words keep their
    capitals."""
    if " " in name or not name.isupper() or not name.isalpha() or len(name) < _HOST_WORD_LETTERS \
            or not re.search(r"[AEIOUY]", name) or _key(name) != site_label(domain):
        return name
    if any(len(line.split()) >= 2 and initials(line) == name for line in text.splitlines()[:_SPELLED_OUT_LINES]):
        return name
    if _copyright_lettered(name, text):
        return name
    if _capitals_beside_mixed_case(name, text) or _defined_as_acronym(name, text):
        return name
    return name.capitalize()


def _copyright_lettered(name: str, text: str) -> bool:
    """The page's own copyright line, opening on its mark (`OWN_COPYRIGHT_LINE`) or dated further on, writes the
    name in capitals as the owner's ("© 2026 KESTREL. All rights reserved.", "Copyright © 2026 KESTREL - Kestrel
    Press"): the company letters its name so. Another owner's line ("© 2026 Northwire Group") or the capitals only in
    a sentence ("KESTREL is not responsible for ...") do not say so, nor where the page writes the name in mixed case
    too ("told Kestrel that", "(Kestrel) --"): that is how its reader spells it."""
    if re.search(r"(?<![^\W_])" + re.escape(name.capitalize()) + r"(?![^\W_])", text):
        return False
    # the whole owner, perhaps with its company suffix or the year after it ("© KESTREL Ltd. 2026"): "© 2026
    # KESTREL News Agency" is a longer name's line
    owner = re.compile(r"\s*(?:©\s*)?(?:" + _YEAR_SPAN + r"\s*,?\s*)?" + re.escape(name)
                       + r"(?:\s*,?\s+" + _COMPANY_SUFFIX_WORDS + r"(?!\.))?(?:\s*,?\s+" + _YEAR_SPAN + r")?"
                       + r"(?=\s*(?:$|[.,;:|•–—-]|(?i:all\s+rights)))")
    for line in text.splitlines():
        mark = OWN_COPYRIGHT_LINE.match(line) or _DATED_COPYRIGHT_MARK.search(line)
        if mark and owner.match(line, mark.end()):
            return True
    return False


def _defined_as_acronym(name: str, text: str) -> bool:
    """The page defines the capitals as an acronym: in brackets after a capitalised name of two words or more
    ("the Kestrel Ocean Marine Trust (KOMAT) said"), whatever letters of its words the acronym takes. The
    capitals bracketed alone ("(KOMAT)") or after lower-case words ("known as (KOMAT)") do not say so."""
    return re.search(r"(?<![^\W_])[A-Z][\w'’-]*(?:\s+(?:(?:" + "|".join(map(re.escape, sorted(_BANNER_GLUE)))
                     + r")\s+)*[A-Z][\w'’-]*)+\s+\(" + re.escape(name) + r"\)", text) is not None


_LETTERING_LINE_WORDS = 6  # a name line or a credit ("KESTREL News Agency", "Jo Roe, KESTREL"), not a sentence
# A banner's or a trail's divider ("HERALD | Sport", "Home > HERALD > Business"): the words in the name's own part
# are its lettering's company, a section's name beyond the divider is not.
_BANNER_DIVIDER = re.compile(r"\s+[|>»•·–—-]\s+|\s*\|\s*")
# A byline's credit beyond a divider ("By Jo Roe | KESTREL") is the name's company, the byline's words beside it.
_BYLINE_OPENING = re.compile(r"(?i:by)\s+(?-i:[A-Z])")


def _capitals_beside_mixed_case(name: str, text: str) -> bool:
    """The page writes the name in capitals on a short line beside words in mixed case ("KESTREL News Agency" as
    its banner, "Jo Roe, KESTREL" as a byline's credit): the capitals are the brand's lettering, not a masthead's
    shouting. A copyright line, a dateline's capitals ("RIVERTON, MARCH 3, KESTREL.") and a sentence do not say so,
    nor a section's name beyond a banner's divider ("KESTREL | Sport", `_BANNER_DIVIDER`); a byline's credit beyond
    one ("By Jo Roe | KESTREL") is the name's own line."""
    pattern = re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_]|-\w)")  # "The Riverton Courier-Journal" is another name
    for line in text.splitlines():
        line = line.strip()
        found = pattern.search(line)
        if found is None or _COPYRIGHT_LINE.match(line):
            continue
        if not _BYLINE_OPENING.match(line):  # "By Jo Roe | KESTREL": a byline's credit, its name's company
            line = next(part for part in _BANNER_DIVIDER.split(line) if pattern.search(part))
        words = re.findall(r"[^\W\d_][\w'’.-]*", line)
        if len(words) > _LETTERING_LINE_WORDS or any(word.isupper() and word != name for word in words):
            continue
        if any(not word.isupper() and word[:1].isupper() for word in words):
            return True
    return False


_SPELLED_OUT_LINES = 40  # the lines of the page's top where it may print what its acronym stands for


def short_form(outlet: Outlet | None, text: str) -> Outlet | None:
    """An outlet the registry does not know goes by the short name a reader gives it: without a trailing acronym
    of its own words ("Riverton Free Press RFP"), a publisher's closing word ("Kestrel Express Newspapers"), or
    an edition's words its own credits leave off ("Q7 Latvia" where the page writes "Read more on Q7")."""
    if outlet is None or outlet.entry is not None:
        return outlet
    name = outlet.name
    for step in (_trailing_initials, lambda value: _publisher_free(value, outlet.domain),
                 lambda value: _edition_free(value, text), lambda value: _site_word_free(value, outlet.domain)):
        shorter = step(name)
        if shorter and _key(shorter) and (step is _trailing_initials or _distinctive(shorter)):
            name = shorter
    name = _host_word_cased(name, outlet.domain, text)
    return outlet if name == outlet.name else replace(outlet, name=name)
