"""HTML pages: the body from trafilatura, the metadata from the page's own structured data.

Pages describe themselves better than any heuristic: JSON-LD (`NewsArticle`, `Article`, `BlogPosting`...),
OpenGraph and `<meta>` tags give headline, publication date, authors and site name. `read_page_metadata` reads
them with lxml (no network); trafilatura (with htmldate) fills what is missing and extracts the body (its
recall-first pass where that finds clearly more text than the precise one). Headlines
lose " | Site name" suffixes and come out in their plain (NFKC) form; the article's own declared titles judge
the <h1>s. Dates: the declared one, unless its published and modified stamps are one moment and the headline
has an earlier day beside it; with nothing declared, a day in the URL overrules a different printed one. The body goes through the same boilerplate signals as copied text, keeps a paragraph
repeated word for word once (pages that render their text twice), and comes out in the same format: stripped paragraphs joined by blank lines.
"""
from __future__ import annotations

import html as html_lib
import json
import re
import unicodedata
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html

from loaders.extract import boilerplate
from loaders.extract.data.credits import credit_alternation
from loaders.extract.data.dateforms import MONTH_KEYS, URL_DRAFT_DAYS, WEEKDAY_KEYS
from loaders.extract.data.layout import NAV_WORDS, SECTION_WORDS
from loaders.extract.outlets import OutletEvidence, domain_of, page_spelled, resolve_outlet
from loaders.extract.pubdates import DateMatch, date_from_url, date_line, date_order_for, parse_given_date, previewed_day
from loaders.extract.text_article import drop_closing_furniture, first_appearance, revision_line
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
    "reviewnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle", "techarticle", "liveblogposting",
    "socialmediaposting", "posting", "webpage", "medicalwebpage", "howto", "recipe", "review",
}
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
    "pubdate", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "article.published", "published_time", "cxenseparse:recs:publishtime",
    "original-publish-date", "article_date_original", "date_published",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—•·:»-]\s+|\s+[|]\s*|\s*[|]\s+")
_SPACE = re.compile(r"\s+")


@dataclass
class PageMetadata:
    headline: str | None = None
    og_title: str | None = None
    h1: str | None = None
    headings: list[str] = field(default_factory=list)  # every <h1>, in page order
    visible_dates: list[tuple[str, str]] = field(default_factory=list)  # (ISO day, text) shown on the page
    title_tag: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None  # the JSON-LD dateModified beside the `published` it came with
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    canonical_url: str | None = None
    description: str | None = None


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    text = _SPACE.sub(" ", html_lib.unescape(html_lib.unescape(str(value)))).strip()
    return text or None


def _jsonld_objects(data: object):
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            inner = data.get(key)
            if isinstance(inner, (list, dict)):
                yield from _jsonld_objects(inner)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(item).lower() for item in kinds if item}


_AUTHOR_PREFIX = re.compile(
    r"^(?:by|author|written\s+by|posted\s+by|words\s+by|recipe\s+by|reviewed\s+by|story\s+by)\s*:?\s+", re.IGNORECASE
)
_AUTHOR_TAIL = re.compile(
    r"\s+(?:(?:last\s+)?updated|published|posted|on)\b.*$|\s+(?:staff\s+)?(?:writer|founder|editor|contributor)$",
    re.IGNORECASE,
)
_NOT_AUTHOR = re.compile(r"^(?:the\s+author|admin|administrator|view\s+(?:all|more)\s+posts|unknown|anonymous)$",
                         re.IGNORECASE)


_DATE_WORDS = frozenset(MONTH_KEYS + WEEKDAY_KEYS)


def clean_author(raw: object) -> str | None:
    """An author name as a page declares it, without "By"/"Author" labels, trailing dates or job words."""
    name = _text(raw)
    if not name or name.startswith("http"):
        return None
    name = _AUTHOR_TAIL.sub("", _AUTHOR_PREFIX.sub("", name)).strip(" \"'“”‘’,;:|-–—")
    if not name or not re.search(r"[^\W\d_]", name) or _NOT_AUTHOR.match(name) or name.lower() in _DATE_WORDS:
        return None  # "October": a date's word left in an author field, not a person
    return name


def _authors(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = clean_author(item.get("name") if isinstance(item, dict) else item)
        if name and name not in names:
            names.append(name)
    return names


def read_page_metadata(tree) -> PageMetadata:
    """Headline, date, authors, site name and language as the page declares them."""
    meta = PageMetadata()
    best_rank = 99
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            kinds = _types(obj)
            if not kinds & _ARTICLE_TYPES:
                if kinds & {"website", "organization", "newsmediaorganization"} and not meta.site_name:
                    meta.site_name = _text(obj.get("name"))
                continue
            # A NewsArticle beats a generic WebPage describing the same page.
            rank = 2 if kinds <= {"webpage", "medicalwebpage"} else (0 if any("news" in k for k in kinds) else 1)
            if rank > best_rank:
                continue
            headline = _text(obj.get("headline")) or (_text(obj.get("name")) if rank < 2 else None)
            published = _text(obj.get("datePublished")) or (_text(obj.get("dateCreated")) if rank < 2 else None)
            if headline and (rank < best_rank or not meta.headline):
                meta.headline = headline
            if published and (rank < best_rank or not meta.published):
                meta.published = published
                meta.modified = _text(obj.get("dateModified"))
            authors = _authors(obj.get("author")) if obj.get("author") else []
            if authors and (rank < best_rank or not meta.authors):
                meta.authors = authors
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and _text(publisher.get("name")):
                meta.site_name = meta.site_name or _text(publisher.get("name"))
            best_rank = min(best_rank, rank)
    metas: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        if key and key not in metas and element.get("content", "").strip():
            metas[key] = element.get("content").strip()
    meta.og_title = _text(metas.get("og:title") or metas.get("twitter:title"))
    meta.site_name = meta.site_name or _text(metas.get("og:site_name") or metas.get("application-name"))
    meta.description = _text(metas.get("og:description") or metas.get("description"))
    if not meta.published:
        for key in _PUBLISHED_META:
            if metas.get(key):
                meta.published = metas[key]
                break
    if not meta.authors:
        for key in _AUTHOR_META:
            value = clean_author(metas.get(key))
            if value:
                meta.authors = [value]
                break
    for heading in tree.xpath("//h1")[:12]:
        text = _element_text(heading)
        if text and "{{" not in text:
            meta.headings.append(text)
    meta.h1 = meta.headings[0] if meta.headings else None
    meta.visible_dates = _visible_dates(tree)
    title = tree.xpath("//title")
    if title:
        meta.title_tag = _text(title[0].text_content())
    lang = tree.xpath("/html/@lang")
    if lang:
        meta.language = lang[0].split("-")[0].strip().lower() or None
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.canonical_url = canonical[0].strip() if canonical else _text(metas.get("og:url"))
    return meta


def _element_text(element) -> str | None:
    """An element's text with line breaks as spaces (text_content() glues "Title<br>Subtitle" together). A comment's
    words ("<!-- comment bubble -->", markup commented out) are no text the reader sees; the text after it is."""
    pieces = []
    for node in element.iter():
        if node.tag == "br":
            pieces.append(" ")
        if node is not element and node.tag in _BLOCK_TAGS:
            pieces.append(" ")
        if node.text and isinstance(node.tag, str) and node.tag not in ("script", "style"):
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    return _text("".join(pieces))


_BLOCK_TAGS = {"div", "p", "br", "li", "h2", "h3", "small", "sub", "header"}
_DATE_HOLDER = re.compile(r"date|time|publish|posted|byline|meta", re.IGNORECASE)


def _visible_dates(tree) -> list[tuple[str, str]]:
    """Day-precision dates printed in date-like elements (<time>, class/id naming a date or byline), in page
    order: what a reader sees next to the headline."""
    from loaders.extract.pubdates import find_dates

    found: list[tuple[str, str]] = []
    body = tree.find("body")
    if body is None:
        return found
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
            continue
        attributes = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("itemprop"))))
        if element.tag != "time" and not _DATE_HOLDER.search(attributes):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if not text or len(text) > 120:
            continue
        dates = find_dates(text)
        if dates and dates[0].precision == "day":
            found.append((dates[0].value.isoformat(), text))
            if len(found) >= 5:
                break
    return found


def _fold(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").replace("’", "'")).strip().casefold()


def strip_site_suffix(title: str | None, site_name: str | None = None, domain: str | None = None) -> str | None:
    """The headline without " | Site name" / " - Site" (or a site prefix); unchanged when no part is the site."""
    if not title:
        return title
    if site_name and len(site_name.split()) > _SITE_NAME_WORDS:
        site_name = None  # a "site name" as long as a headline is the page's headline put in the wrong field
    if site_name:
        prefix = re.match(re.escape(site_name) + r"\s*[:|–—-]\s+(?=\S)", title, re.IGNORECASE)
        if prefix:
            return title[prefix.end():]
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_keys = {_fold(site_name)} if site_name else set()
    if domain:
        site_keys.add(_fold(domain.split(".")[0]))
        site_keys.add(_fold(domain))

    def is_site(part: str) -> bool:
        folded = _fold(part)
        squashed = folded.replace(" ", "")
        return bool(folded) and any(key and (folded == key or squashed == key.replace(" ", "")) for key in site_keys)

    if is_site(parts[-1]):
        return _join_back(title, parts[:-1])
    if is_site(parts[0]):
        return _join_back(title, parts[1:])
    return title


_SITE_NAME_WORDS = 8


def _join_back(title: str, kept: list[str]) -> str:
    # Re-cut the original title so separators inside the headline keep their own spelling.
    first, last = kept[0], kept[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def _similarity(first: str, second: str) -> float:
    left, right = set(_WORDS.findall(_fold(first))), set(_WORDS.findall(_fold(second)))
    return len(left & right) / len(left | right) if left and right else 0.0


_WORDS = re.compile(r"\w+")
_HEADING_AGREEMENT = 0.2  # word overlap (Jaccard) an <h1> needs with a declared title to count as the headline


def choose_headline(meta: PageMetadata, extracted_title: str | None, domain: str | None) -> str | None:
    """The page's headline (see `_choose_headline`) in its plain form: compatibility characters folded (NFKC:
    a full-width "？", a no-break space; the ellipsis character is the headline's own spelling and stays), and a
    section label before a colon ("Blog: ...") dropped. Text that looks like markup stays: a headline may be
    about a tag ("30 Years of <br> Tags")."""
    title = _choose_headline(meta, extracted_title, domain)
    if not title:
        return title
    title = _WHITE.sub(" ", "…".join(unicodedata.normalize("NFKC", part) for part in title.split("…"))).strip()
    label = _SECTION_PREFIX.match(title)
    if label and label.group(1).lower() in NAV_WORDS | SECTION_WORDS:
        title = title[label.end():]
    return title or None


_WHITE = re.compile(r"\s+")
_SECTION_PREFIX = re.compile(r"^(\w+)\s*:\s+(?=\S)")


def _choose_headline(meta: PageMetadata, extracted_title: str | None, domain: str | None) -> str | None:
    """The visible <h1> that agrees best with the declared titles (JSON-LD, OpenGraph, <title>), which tells it
    from logo and sidebar headings; else the declared title without its site suffix."""
    declared = [strip_site_suffix(title, meta.site_name, domain)
                for title in (meta.headline, meta.og_title, extracted_title, meta.title_tag) if title]
    # The article's own declared titles (JSON-LD headline, OpenGraph) judge the headings when the page has them:
    # an <h1> sharing no word with them is a logo or a blog's name, even where the <title> names the site too.
    site = {_fold(meta.site_name), _fold((domain or "").split(".")[0])} - {""}
    primary = [strip_site_suffix(title, meta.site_name, domain) for title in (meta.headline, meta.og_title)
               if title and _fold(title) not in site and _fold(title).replace(" ", "") not in site]
    judges = primary or declared
    if meta.headings and declared:
        scored = [(max(_similarity(heading, title) for title in judges), -index, heading)
                  for index, heading in enumerate(meta.headings)]
        best = max(scored)
        if best[0] >= _HEADING_AGREEMENT:
            return best[2]
    if declared:
        return declared[0]
    return meta.h1


_BYLINE_START = re.compile(r"^(?:" + credit_alternation("html") + r")\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,8}$",
                           re.IGNORECASE)


def _standfirst(description: str | None, body: str) -> str | None:
    """The page's description as standfirst, unless it is only the opening of the body (an excerpt)."""
    if not description:
        return None
    folded = _fold(description.rstrip(" .…"))
    if not folded or folded in _fold(body[: len(description) + 400]):
        return None
    return description


def _body_paragraphs(text: str, headline: str | None) -> tuple[list[str], list[str]]:
    lines = [line.strip() for line in text.splitlines()]
    labels = boilerplate.scan_lines(lines, truncate_related=False)
    kept: list[str] = []
    removed: list[str] = []
    for line, label in zip(lines, labels):
        if not line:
            continue
        (removed if label else kept).append(line)
    if kept and headline and _fold(kept[0]) == _fold(headline):
        removed.append(kept.pop(0))
    # Date lines and bylines the extractor kept above the text belong to the headline block, not the body.
    while kept and len(removed) < 40 and (date_line(kept[0]) or _BYLINE_START.match(kept[0])):
        removed.append(kept.pop(0))
    kept, closing = drop_closing_furniture(kept)
    kept, repeated = _drop_repeats(kept)
    return kept, removed + closing + repeated


_REPEAT_MIN_WORDS = 8  # short lines ("Step 1", "Ingredients") may well recur in one article


def _drop_repeats(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs of some length that repeat an earlier one word for word leave the body: a page that renders its
    text twice (a desktop and a mobile copy, a tab and its print view) gives trafilatura both copies."""
    seen: set[str] = set()
    kept: list[str] = []
    repeated: list[str] = []
    for paragraph in paragraphs:
        key = _fold(paragraph)
        if len(paragraph.split()) >= _REPEAT_MIN_WORDS and key in seen:
            repeated.append(paragraph)
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept, repeated


_SKIPPED_TAGS = {"script", "style", "noscript", "template"}
_NEAR_AFTER, _NEAR_BEFORE = 40, 8  # text pieces after / before the headline where its date line sits


def date_near_headline(tree, headline: str | None, date_order: str | None = None) -> DateMatch | None:
    """A whole-line date printed just after (or just before) the headline's <h1>, as a reader sees it."""
    body = tree.find("body") if tree is not None else None
    if body is None or not headline:
        return None
    wanted = _fold(headline)[:60]
    pieces: list[str] = []
    heading_at = None
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED_TAGS:
            continue
        if heading_at is None and element.tag == "h1" and _fold(_element_text(element))[:60] == wanted:
            heading_at = len(pieces)
        if element.text and element.text.strip():
            pieces.append(element.text.strip())
        if element.tail and element.tail.strip():
            pieces.append(element.tail.strip())
        if heading_at is not None and len(pieces) > heading_at + _NEAR_AFTER:
            break
    if heading_at is None:
        return None
    order = list(range(heading_at, min(len(pieces), heading_at + _NEAR_AFTER)))
    order += list(range(max(0, heading_at - _NEAR_BEFORE), heading_at))
    for index in order:
        if len(pieces[index]) <= 80:
            found = date_line(pieces[index], date_order)
            if found and found.precision == "day":
                return found
    return None


def _page_date(meta: PageMetadata, extracted, url: str | None, near: DateMatch | None = None, body: str = ""):
    """The publication date: declared metadata first; without it, the date line next to the headline. A date
    printed in a date element wins over the metadata when htmldate's reading of the page agrees with it. Then
    htmldate alone, then the URL. Declared stamps that are `_restamped` yield to an earlier day printed by the
    headline. Where nothing is declared, a day in the URL (/2023/10/03/, fixed when the
    page was first published) overrules a different printed or guessed day: that one is an update or another
    article's."""
    declared, declared_precision = parse_given_date(meta.published) if meta.published else (None, None)
    if declared is not None and near is not None and near.value < declared and _restamped(meta):
        return near.value, near.precision, near.text
    from_url = date_from_url(url)
    if declared is None and from_url is not None and from_url.precision == "day":
        chosen = _page_date_read(meta, extracted, near, declared, declared_precision)
        if chosen[0] != from_url.value and not _draft_went_out(near, chosen, from_url.value, body):
            return from_url.value, from_url.precision, from_url.text
        return chosen
    chosen = _page_date_read(meta, extracted, near, declared, declared_precision)
    if chosen[0] is None and from_url:
        return from_url.value, from_url.precision, from_url.text
    return chosen


def _draft_went_out(near: DateMatch | None, chosen, url_day, body: str = "") -> bool:
    """The unlabelled date line by the headline, a few days (`URL_DRAFT_DAYS`) after the URL's day: the address
    was made when the draft was first saved, and the printed day is when it went out (as for copied text,
    `article._draft_went_out`); a day the body looks forward to (`previewed_day`) is an event's, not the draft's."""
    return near is not None and chosen[0] == near.value and near.precision == "day" and near.label is None \
        and 0 < (near.value - url_day).days <= URL_DRAFT_DAYS and not previewed_day(near.value, body)


def _restamped(meta: PageMetadata) -> bool:
    """True when the metadata's publication and modification stamps are one and the same moment: a template
    that stamps both when the page is saved, so an earlier day printed by the headline is the publication."""
    return bool(meta.published and meta.modified and meta.published.strip() == meta.modified.strip())


def _page_date_read(meta: PageMetadata, extracted, near: DateMatch | None, declared, declared_precision):
    """The page's own date as `_page_date` orders its evidence, without the URL's."""
    if declared is None and near is not None:
        return near.value, near.precision, near.text
    guessed_text = getattr(extracted, "date", None) if extracted is not None else None
    guessed, guessed_precision = parse_given_date(guessed_text) if guessed_text else (None, None)
    shown, shown_text = (meta.visible_dates[0] if meta.visible_dates else (None, None))
    if shown and (declared is None or (guessed is not None and shown == guessed.isoformat()
                                       and guessed != declared)):
        found = parse_given_date(shown)
        return found[0], found[1], shown_text
    if declared:
        return declared, declared_precision, meta.published
    if guessed:
        return guessed, guessed_precision, guessed_text
    return None, None, None


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _parse(source: str):
    """The page as an lxml tree, parsed from the decoded text so the characters stay as decoded."""
    if not source.strip():
        return None
    return lxml_html.document_fromstring(_XML_DECLARATION.sub("", source, count=1))


# Elements whose content a reader never sees: a <template> is inert until a script clones it, and <noscript> shows
# only when scripts are off (then it usually asks to turn them on). Trafilatura keeps both as text.
_UNSEEN_TAGS = ("template", "noscript")


def drop_unseen(tree) -> None:
    """Remove the `_UNSEEN_TAGS` elements (with their content, keeping the text that follows them)."""
    for element in list(tree.iter(*_UNSEEN_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()


_COPYRIGHT_TEXTS = "//text()[contains(., '©') or contains(., 'opyright')]"
_COPYRIGHT_CHARS = 200
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def page_outlet_evidence(tree, meta: PageMetadata, domain: str | None = None) -> list[OutletEvidence]:
    """Outlet evidence of a page that declares no site name: its copyright notices ("© 2026 The Riverton Post"),
    as `outlets.find_outlet_evidence` reads them, and the name its <title> puts after the headline ("Council
    shuts bridge | The Riverton Post", `pageblocks.site_suffix`). The <title>'s tail is as often a section
    ("Weather", "Local News") or a writer ("Jim Ortiz"), so it names the site only where it has an outlet's shape
    the page vouches for (`outlets.is_outlet_banner`: a newspaper word, no section or person), spells the
    domain's letters ("Harbor Gazette" on hgz.example) or is the copyright's name."""
    from loaders.extract.outlets import find_outlet_evidence, is_outlet_banner, spells_domain_letters
    from loaders.extract.pageblocks import site_suffix

    notices: list[OutletEvidence] = []
    for text in tree.xpath(_COPYRIGHT_TEXTS):
        line = " ".join(str(text).split())
        # A notice carries its sign or its year: "Copyright Notices" is a link to a page.
        if len(line) <= _COPYRIGHT_CHARS and ("©" in line or _YEAR.search(line)):
            item = find_outlet_evidence(line)
            if item is not None and item.kind == "copyright":
                notices.append(item)
    found: list[OutletEvidence] = []
    if meta.title_tag:
        for headline in (meta.og_title, meta.headline, meta.h1):
            site = site_suffix(meta.title_tag.strip(), headline.strip()) if headline else None
            if site and len(site.split()) <= _SITE_NAME_WORDS:
                if is_outlet_banner(site, " ".join(item.text for item in notices), domain) \
                        or spells_domain_letters(site, domain) \
                        or any(_key_of(site) and _key_of(site) in _key_of(item.name) for item in notices):
                    found.append(OutletEvidence(site, meta.title_tag, "title-site"))
                break
    return found + notices


def _key_of(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"^the\s+", "", name.lower()))


_RECALL_RATIO = 1.2  # how much more text the recall-first pass must find to replace the precise one


def extract_html_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    given = doc.given or {}
    given_url = str(given.get("url") or "").strip() or None
    try:
        tree = _parse(doc.raw_text)
    except (ValueError, lxml_html.etree.ParserError):
        tree = None
    meta = read_page_metadata(tree) if tree is not None else PageMetadata()
    if tree is not None:
        drop_unseen(tree)
    url = given_url or meta.canonical_url
    extracted = None
    if tree is not None:
        extracted = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    if tree is not None:
        # The precise pass sometimes keeps one block of a page whose text runs over several (a review's listings,
        # an introduction box): a recall-first pass that finds clearly more text has the article.
        recall = trafilatura.extract(tree, url=url, include_comments=False, include_tables=True, favor_recall=True) or ""
        if len(recall) > _RECALL_RATIO * len(text):
            text = recall
    if tree is not None and not text.strip():
        # Short or unusual pages defeat both extractors: the plain page text.
        text = trafilatura.baseline(tree)[1] or ""
    domain = domain_of(url)

    evidence: list[OutletEvidence] = []
    site_name = meta.site_name or (getattr(extracted, "sitename", None) if extracted is not None else None)
    if site_name and domain is not None and site_name.islower() and domain_of(site_name) == domain:
        site_name = None  # the extractor's fallback, the bare domain, is no name the page gives itself
    if site_name and len(site_name.split()) <= _SITE_NAME_WORDS:
        evidence.append(OutletEvidence(site_name, site_name, "site"))
    elif tree is not None:
        evidence.extend(page_outlet_evidence(tree, meta, domain))
    outlet = resolve_outlet(registry, given=str(given.get("outlet") or "").strip() or None, url=url,
                            evidence=evidence, text=text)
    if not str(given.get("outlet") or "").strip():
        # An unregistered site naming itself in capitals ("NORTHERN VOICES") goes by the page's mixed-case form.
        outlet = page_spelled(outlet, text)

    title = str(given.get("title") or "").strip() or choose_headline(
        meta, getattr(extracted, "title", None) if extracted is not None else None, domain)
    paragraphs, removed = _body_paragraphs(text, title)

    published, precision, date_evidence = None, None, None
    if given.get("published"):
        published, precision = parse_given_date(given.get("published"))
    if published is None:
        date_order = (outlet.entry.date_order if outlet and outlet.entry else None) or date_order_for(
            outlet.country if outlet else None, domain)
        near = date_near_headline(tree, title, date_order) if not meta.published or _restamped(meta) else None
        published, precision, date_evidence = _page_date(meta, extracted, url, near, "\n".join(paragraphs))
        # A note that the page first appeared on an earlier day ("originally published on 26 Sep 2019 ...") dates
        # it: the stamp the page declares or prints is its last revision (as for copied text).
        note_line = revision_line(paragraphs + removed)
        note = first_appearance(note_line, date_order)
        if note and note[1] == "day" and published is not None and precision == "day" and note[0] < published:
            published, precision, date_evidence = note[0], "day", note_line

    authors_given = given.get("authors")
    if isinstance(authors_given, str):
        authors = [part.strip() for part in re.split(r"\s*(?:;|,|\band\b)\s*", authors_given) if part.strip()]
    elif authors_given:
        authors = [str(item).strip() for item in authors_given if str(item).strip()]  # type: ignore[union-attr]
    else:
        authors = list(meta.authors)
        if not authors and extracted is not None and getattr(extracted, "author", None):
            authors = [name for name in map(clean_author, extracted.author.split(";")) if name]

    from loaders.extract.article import guess_language  # here: article imports this module

    body = "\n\n".join(paragraphs)
    return ArticleRecord(
        source_path=doc.source_path,
        source_format=doc.source_format,
        source_record=doc.source_record,
        raw_text=doc.raw_text,
        body=body,
        title=title,
        subtitle=_standfirst(meta.description, body),
        byline=next((line for line in removed if _BYLINE_START.match(line)), None)
        or (", ".join(authors) if authors else None),
        authors=authors,
        published_on=published,
        date_precision=precision,
        date_evidence=date_evidence,
        url=url,
        outlet_name=outlet.name if outlet else None,
        outlet_domain=outlet.domain if outlet else domain,
        outlet_country=outlet.country if outlet else None,
        outlet_evidence=outlet.evidence if outlet else None,
        language=str(given.get("language") or "").strip() or meta.language or guess_language(body),
        removed_lines=removed,
    )
