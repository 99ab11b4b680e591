"""HTML pages: the body from trafilatura, the metadata from the page's own structured data.

Pages describe themselves better than any heuristic: JSON-LD (`NewsArticle`, `Article`, `BlogPosting`...),
OpenGraph and `<meta>` tags give headline, publication date, authors and site name. `read_page_metadata` reads
them with lxml (no network); trafilatura (with htmldate) fills what is missing and extracts the body. Headlines
lose " | Site name" suffixes; the body goes through the same boilerplate signals as copied text and comes out
in the same format: stripped paragraphs joined by blank lines.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html

from loaders.extract import boilerplate
from loaders.extract.outlets import OutletEvidence, domain_of, resolve_outlet
from loaders.extract.pubdates import DateMatch, date_from_url, parse_given_date
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
    title_tag: str | None = None
    site_name: str | None = None
    published: str | None = None
    published_source: str | None = None
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


def _authors(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item.get("name") if isinstance(item, dict) else item)
        if name and not name.startswith("http") and name not in names:
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
                meta.published, meta.published_source = published, "jsonld"
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
                meta.published, meta.published_source = metas[key], "meta"
                break
    if not meta.authors:
        for key in _AUTHOR_META:
            value = _text(metas.get(key))
            if value and not value.startswith("http"):
                meta.authors = [value]
                break
    h1 = tree.xpath("//h1")
    if h1:
        meta.h1 = _text(h1[0].text_content())
    title = tree.xpath("//title")
    if title:
        meta.title_tag = _text(title[0].text_content())
    lang = tree.xpath("/html/@lang")
    if lang:
        meta.language = lang[0].split("-")[0].strip().lower() or None
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    meta.canonical_url = canonical[0].strip() if canonical else _text(metas.get("og:url"))
    return meta


def _fold(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").replace("’", "'")).strip().casefold()


def strip_site_suffix(title: str | None, site_name: str | None = None, domain: str | None = None) -> str | None:
    """The headline without " | Site name" / " - Site" (or a site prefix); unchanged when no part is the site."""
    if not title:
        return title
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


def _join_back(title: str, kept: list[str]) -> str:
    # Re-cut the original title so separators inside the headline keep their own spelling.
    first, last = kept[0], kept[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def choose_headline(meta: PageMetadata, extracted_title: str | None, domain: str | None) -> str | None:
    """The page's headline: the <h1> when it agrees with the declared title, else the declared one, cleaned."""
    declared = meta.headline or meta.og_title or extracted_title or meta.title_tag
    declared = strip_site_suffix(declared, meta.site_name, domain)
    if meta.h1 and declared and _fold(meta.h1) == _fold(declared):
        return meta.h1
    if declared:
        return declared
    return meta.h1


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
    return kept, removed


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


def _parse(source: str):
    """The page as an lxml tree, parsed from the decoded text so the characters stay as decoded."""
    if not source.strip():
        return None
    return lxml_html.fromstring(_XML_DECLARATION.sub("", source, count=1))


def extract_html_article(doc: SourceDocument, registry: Registry) -> ArticleRecord:
    given = doc.given or {}
    given_url = str(given.get("url") or "").strip() or None
    try:
        tree = _parse(doc.raw_text)
    except (ValueError, lxml_html.etree.ParserError):
        tree = None
    meta = read_page_metadata(tree) if tree is not None else PageMetadata()
    url = given_url or meta.canonical_url
    extracted = None
    if tree is not None:
        extracted = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    domain = domain_of(url)

    evidence: list[OutletEvidence] = []
    site_name = meta.site_name or (getattr(extracted, "sitename", None) if extracted is not None else None)
    if site_name:
        evidence.append(OutletEvidence(site_name, site_name, "site"))
    outlet = resolve_outlet(registry, given=str(given.get("outlet") or "").strip() or None, url=url,
                            evidence=evidence)
    if outlet and outlet.entry is None and site_name and outlet.name == domain:
        outlet = type(outlet)(name=site_name, domain=domain, evidence=site_name)

    title = str(given.get("title") or "").strip() or choose_headline(
        meta, getattr(extracted, "title", None) if extracted is not None else None, domain)
    paragraphs, removed = _body_paragraphs(text, title)

    published, precision, date_evidence = None, None, None
    if given.get("published"):
        published, precision = parse_given_date(given.get("published"))
    if published is None and meta.published:
        published, precision = parse_given_date(meta.published)
        date_evidence = meta.published if published else None
    if published is None and extracted is not None and getattr(extracted, "date", None):
        published, precision = parse_given_date(extracted.date)
        date_evidence = extracted.date if published else None
    if published is None:
        found: DateMatch | None = date_from_url(url)
        if found:
            published, precision, date_evidence = found.value, found.precision, found.text

    authors_given = given.get("authors")
    if isinstance(authors_given, str):
        authors = [part.strip() for part in re.split(r"\s*(?:;|,|\band\b)\s*", authors_given) if part.strip()]
    elif authors_given:
        authors = [str(item).strip() for item in authors_given if str(item).strip()]  # type: ignore[union-attr]
    else:
        authors = list(meta.authors)
        if not authors and extracted is not None and getattr(extracted, "author", None):
            authors = [part.strip() for part in extracted.author.split(";") if part.strip()]

    from loaders.extract.article import guess_language

    body = "\n\n".join(paragraphs)
    return ArticleRecord(
        source_path=doc.source_path,
        source_format=doc.source_format,
        source_record=doc.source_record,
        raw_text=doc.raw_text,
        body=body,
        title=title,
        subtitle=meta.description if meta.description and _fold(meta.description) not in _fold(body[:600]) else None,
        byline=", ".join(authors) if authors else None,
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
