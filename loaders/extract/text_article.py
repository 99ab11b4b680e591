"""Copied-text articles: split a page copied as text into headline block, boilerplate and body.

A copied page opens with menus and banners, then a headline block in no fixed order (kicker, title, standfirst,
date line, byline, reading time, a photo caption and credit); the body follows as paragraphs, possibly with
sub-headings, and ends with "Related" blocks, appeals, footers and cookie notices. `parse_text` labels
boilerplate with `boilerplate.scan_lines`, takes the headline `pageblocks.find_headline` chooses (the lines above
its block are navigation), reads the block around it, and collects the dates it prints as `DateClue`s: from the
block, or a little further under the headline (`_date_zone_clues`), never from the body. `DATE_CLUE_RULES` picks
the article's date among them; an update date dates nothing on a page that says it was revised after it first
appeared (`REVISION_SIGNS`): a missing date beats a wrong one. A headline copied after the body (the copy opens
with the article) is found by the URL's slug (`pageblocks.find_late_headline`). The short lines between the headline block and the body's first paragraph, the
furniture after the body's last sentence (footnotes, a footer menu, an author box: a name line over a biography
that opens with the name) and lines copied twice in a row leave the body; a list that a line ending in a colon
announces stays. A headline chosen after the body's first paragraphs leaves them in the body. A credit line right
under the headline ("Reporting by Jane Roe and John Doe", "By Jane Roe (AFP)") is its byline, though at the end it
is furniture; names alone over the date line ("Jane Roe and John Doe", "Jane Roe | Reporter") are a byline, not
a standfirst; so is the writer's name among the segments of a meta line around its date ("12/19/2025 • Column •
Jane Roe"). A gallery between the headline block and the body (captions with their credits, the headline copied
again) leaves the body however long its lines are. `collect_outlet_evidence`
gathers what the furniture says about the outlet, so the caller can resolve it (and with it the date order)
before reading numeric dates.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from dataclasses import dataclass, field, replace

from loaders.extract import boilerplate, pageblocks
from loaders.extract.outlets import OutletEvidence, find_outlet_evidence
from loaders.extract.data.lexicon import FUNCTION_WORDS, NAME_PREFIXES, ORG_WORDS, is_industry_word
from loaders.extract.data.not_people import NON_PERSON_NAME_TAILS, ORG_NAME_HEADS
from loaders.extract.data.credits import (BIO_VERBS, BIO_WORDS, NAME_CONJUNCTIONS, WRITER_ROLE_WORDS,
                                          agency_alternation, credit_alternation)
from loaders.extract.data.author_bios import BEAT, CONTRIBUTOR_NOTE_PHRASES, NAME_CAPITAL, NOTE_NAME
from loaders.extract.data.family_names import FAMILY_FIRST_SURNAMES, GIVEN_SYLLABLES, SYLLABLE
from loaders.extract.data.given_names import first_name_gender, is_given_name
from loaders.extract.data import layout
from loaders.extract.data.cities import city_countries, fold_place, place_country
from loaders.extract.gazetteer import find_places_and_organisations
from loaders.extract.text import DOTTED_ACRONYMS, UNSEEN_IN_WORDS, country_of_word
from loaders.extract.data.dateforms import (MONTH_KEYS, REPUBLICATION_WORDS, REVISION_SIGNS, WEEKDAY_KEYS, fold_word,
                                           weekday_names)
from loaders.extract.data.signoffs import NOT_SIGN_OFF_CODES
from loaders.extract.prose_names import ranking_run
from loaders.extract.pubdates import DateMatch, date_line, find_dates, labelled, publication_date

_STAFF_CREDIT = pageblocks.STAFF_CREDIT
_BIO_VERB = re.compile(
    r"\s+(?:is|was|reports|reported|covers|covered|writes|wrote|edits|contributed|joined|has\s+(?:been|covered|reported|written|joined)|"
    # the same verbs in the languages of the bylines read abroad ("María Roe es periodista", "Jo Roe ist Redakteurin")
    r"es|est|ist|war|è|é|är|var|er|jest|fue|era|était|foi|escribe|écrit|schreibt|scrive|skriver|pisze)\b"
)
_BIO_TAIL_PARAGRAPHS = 3  # author notes close the article
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_HEADER_SCAN_LIMIT = 12
# A bare count on its own line ("142", "1,204"): a comment counter printed in the headline block.
_COUNT_ALONE = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d{1,6}$")
_DATELINE_PARAGRAPHS = 2  # headline blocks are short; past this many lines the body has begun


@dataclass(frozen=True)
class DateClue:
    """A date the headline block prints, where it stands, and the words it was read from."""

    match: DateMatch  # as read from its line, with the label in front of it ('published', 'updated', None)
    text: str  # the evidence: the date line as written, or the date's words inside a byline
    place: str  # 'below' or 'above' the headline, 'byline', 'chain' (a credit chain's), 'header' (no headline), 'foot' (after the body) or 'signoff' (a place and date closing it)
    line: str = ""  # the whole line the date stands on
    loose: bool = False  # a month-only line standing outside the headline block (`_month_in_block`): no date


@dataclass
class TextParts:
    title: str | None = None
    title_evidence: str | None = None  # the page-block signals that chose the headline
    subtitle: str | None = None
    byline: str | None = None
    date_text: str | None = None  # the evidence text of the chosen date clue
    dates: list[DateClue] = field(default_factory=list)  # every date clue of the headline block, in page order
    revision: str | None = None  # a line saying the page was revised after it first appeared (`REVISION_SIGNS`)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    box_authors: list[str] = field(default_factory=list)  # named by an author's note closing a page without byline
    byline_outlet: str | None = None  # the outlet's name on the byline's second line ("Jo Roe" / "Riverton Post")


_is_byline = pageblocks.is_byline


def _is_title_like(line: str) -> bool:
    words = len(line.split())
    return 0 < len(line) <= 220 and words <= 35 and pageblocks.sentence_breaks(line) == 0


def _is_subtitle_like(line: str) -> bool:
    return 0 < len(line) <= 350 and pageblocks.sentence_breaks(line) <= 1 and not pageblocks.is_sender_line(line)


_STANDFIRST_SENTENCES = 3  # a standfirst right under the headline and over the byline or date holds this many


def _is_standfirst_like(line: str) -> bool:
    """A standfirst right under the headline, over the byline or date line (the caller checks both): up to
    `_STANDFIRST_SENTENCES` short sentences ("More than 200 wells have failed. A pipeline could fix it. Getting one
    built is another matter."), within a subtitle's length."""
    return 0 < len(line) <= 350 and pageblocks.sentence_breaks(line) < _STANDFIRST_SENTENCES \
        and not pageblocks.is_sender_line(line)


def _is_caption_like(line: str) -> bool:
    """A short label without closing punctuation: a photo caption or a heading, not prose."""
    return 0 < len(line) <= 100 and len(line.split()) <= 12 and not _SENTENCE_END.search(line) \
        and not line.endswith((",", ";")) and not pageblocks.reported_in_past(line) \
        and not _reported_before_button(line)


# UTF-8 read as Latin-1 or Windows-1252 ("Earthâ\x80\x99s", "donâ€™t", "cafÃ©"): a lead byte's character and
# its continuation bytes' characters, one run per character.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")


def _as_bytes(run: str) -> bytes | None:
    out = bytearray()
    for char in run:
        if ord(char) < 256:
            out.append(ord(char))
        else:
            try:
                out.extend(char.encode("cp1252"))
            except UnicodeEncodeError:
                return None
    return bytes(out)


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 characters that were read as Latin-1 or Windows-1252 read again ("Earthâ\x80\x99s" ->
    "Earth’s"): a page served with the wrong character set, copied as it was shown. A run is replaced only when
    its bytes are one valid UTF-8 character, so real accented text ("São", "«été»") stays."""
    if not _MOJIBAKE.search(text):
        return text

    def fix(match: re.Match) -> str:
        raw = _as_bytes(match.group())
        if raw is None:
            return match.group()
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()
        return decoded if len(decoded) == 1 else match.group()

    return _MOJIBAKE.sub(fix, text)


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and joiners, the byte-order mark


def strip_line(line: str) -> str:
    """A line without the white space and the invisible characters around it: a line of zero-width spaces
    ("\u200b\u200b", left by a page's empty paragraph) is a blank line."""
    return line.strip().strip(_INVISIBLE).strip()


# A drop cap copied off a page: the article's first letter on a line of its own, set large, and the rest of the
# word opening the next line ("T" / "he first time ..."). The letter is one capital; the line it belongs to opens
# in lower case mid-word and reads as prose (`_DROP_CAP_WORDS` words at least), so an index letter over a short
# lowercase menu item ("Z" / "zoning rules") or a list of grades ("A" / "B") is left alone.
_DROP_CAP = re.compile(r"^[^\W\d_a-z]$")
_DROP_CAP_REST = re.compile(r"^[^\W\d_A-Z]")
_DROP_CAP_WORDS = 8
_DROP_CAP_PARAGRAPHS_ABOVE = 2  # paragraphs above a letter alone that show the body under way (a standfirst is one)


def join_drop_caps(lines: list[str]) -> list[str]:
    """`lines` with each drop cap joined to the word it opens (the drop cap's own line left blank, so the line
    count stays); see `_DROP_CAP`."""
    joined = list(lines)
    for index, line in enumerate(lines):
        if not _DROP_CAP.match(line) or not line.isupper():
            continue
        after = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i]), None)
        if after is None or not _DROP_CAP_REST.match(lines[after]) or len(lines[after].split()) < _DROP_CAP_WORDS:
            continue
        if sum(boilerplate.is_paragraph(above) for above in lines[:index]) >= _DROP_CAP_PARAGRAPHS_ABOVE:
            break  # a drop cap opens the body: a letter alone under the story's paragraphs is the text's own line
        rest = lines[after].split()[0].lower().strip(",.;:!?")
        if rest in FUNCTION_WORDS and (line.lower() + rest) not in FUNCTION_WORDS:
            continue  # "I" / "is a letter ...", "B" / "but the gap ...", "Q" / "what surprised ...": the line goes
            # on with a whole word, so the letter is a word or a label of its own ("T" / "he ..." makes "the")
        joined[index], joined[after] = "", line + lines[after]
        break
    return joined


def collect_outlet_evidence(lines: list[str], labels: list[str | None]) -> list[OutletEvidence]:
    """Outlet evidence from the furniture: boilerplate lines, the headline block's bylines and banners, an agency
    dateline opening the first paragraph, and an author's note among the article's last lines."""
    evidence: list[OutletEvidence] = []
    paragraphs_seen = 0
    kept = [index for index, (line, label) in enumerate(zip(lines, labels)) if line and label is None]
    closing = set(kept[-_BIO_TAIL_PARAGRAPHS:])
    # "© Amazon" over a picture with the story running on below it is a photo's credit, no outlet's; so is every
    # other bare "© Name" on that page ("© Jane Roe of Riverton" under the last paragraph).
    last_paragraph = max((index for index in kept if boilerplate.is_paragraph(lines[index])), default=-1)
    photo_credits = any(_PHOTO_COPYRIGHT.match(line) for line in lines[:last_paragraph])
    for index, (line, label) in enumerate(zip(lines, labels)):
        if not line:
            continue
        if label is not None:
            found = find_outlet_evidence(line, appeal=label == "appeal")
        elif paragraphs_seen < _DATELINE_PARAGRAPHS:
            # A long standfirst reads like prose too, so the dateline may open the second paragraph-like line.
            found = find_outlet_evidence(line, furniture=not boilerplate.is_paragraph(line))
            paragraphs_seen += boilerplate.is_paragraph(line)
        else:
            found = find_outlet_evidence(line, furniture=False, closing=index in closing) if index in closing \
                else None
        if found and found.kind == "copyright" and _PHOTO_COPYRIGHT.match(line) and photo_credits:
            continue
        if found:
            evidence.append(found)
    return evidence


# A bare "© Name" (no year, no "Copyright", no "All rights reserved"): the form a picture's credit takes.
_PHOTO_COPYRIGHT = re.compile(r"^\s*©\s*(?!.*\d{4})(?!.*\brights\s+reserved)(?i:(?!copyright\b))[^\n]*$",
                              re.IGNORECASE)


def parse_text(raw_text: str, *, date_order: str | None = None, lines: list[str] | None = None,
               labels: list[str | None] | None = None, url: str | None = None,
               outlet_bylines: tuple[str, ...] = ()) -> TextParts:
    """Headline block, body paragraphs and removed boilerplate of a copied page.

    The headline is the line `pageblocks.find_headline` chooses (the page's URL, when known, lends its slug);
    the lines above its block are navigation and go to `removed`. Without a headline that evidence supports,
    the headline block is read from the top. `lines` and `labels` (from `boilerplate.scan_lines`) may be passed
    when the caller already computed them; `outlet_bylines` are lines that name the outlet under the headline
    ("KXRT News"), which are its byline.
    """
    if lines is None:
        lines = join_drop_caps([strip_line(line) for line in raw_text.splitlines()])
    if labels is None:
        labels = boilerplate.scan_lines(lines)
    parts = TextParts()
    page = pageblocks.Page(lines, labels, url, date_order)
    choice = pageblocks.find_headline(page)
    late = pageblocks.find_late_headline(page, choice)
    entries = list(zip(page.texts, page.labels))
    if choice is not None and late is None:
        entries = _credit_as_byline(entries, choice.index)
    parts.removed = [line for line, label in entries if label is None and late is not None and line == late.text]
    parts.removed[:0] = [line for line, label in entries if label is not None]
    title_at = None
    start = 0
    opening: list[str] = []  # the body's paragraphs above a headline chosen after them
    if late is not None:
        # The headline stands after the body: the copy opens with the article; no headline block to read.
        choice = None
        parts.title, parts.title_evidence = late.text, late.evidence
        kept = [line for line, label in entries if label is None and line != late.text]
    elif choice is None:
        kept = [line for line, label in entries if label is None]
    else:
        start = _block_start(page, choice.index)
        # The headline may stand after the body's first paragraphs (the copy opened with the article, or the
        # page prints its headline under a summary): from the first paragraph of prose on, those lines are the
        # article's, not navigation (a menu's one-line descriptions are too short to count).
        first = next((i for i in range(page.body_start, start) if page.labels[i] is None
                      and page.lines[i].prose and page.lines[i].words >= _ZONE_PROSE_WORDS), start)
        opening = [line for line, label in entries[first:start] if label is None]
        parts.removed.extend(line for line, label in entries[:first] if label is None)
        kept = [line for line, label in entries[start:] if label is None]
        title_at = sum(label is None for _, label in entries[start:choice.index])
        parts.title_evidence = choice.evidence

    # A line right under an entry's timestamp ("16:42 GMT" on a live page), or right over its reporter's sign-on
    # ("Jo Roe" / "Reporting from Riverton"), is that entry's heading, not a caption.
    stamped = frozenset(page.texts[i + 1] for i in range(len(page) - 1) if page.labels[i] == "timestamp") | \
        frozenset(page.texts[i - 1] for i in range(1, len(page) - 1) if page.labels[i] == "credits"
                  and _REPORTING_FROM.match(page.texts[i + 1]))
    # "Media release" over the headline: the page is a press release, whose contact is no writer
    release = choice is not None and _press_release(page.texts[:choice.index + _RELEASE_LABEL_REACH])
    header_end = 0 if late is not None else _read_header(kept, parts, date_order, title_at, outlet_bylines, stamped,
                                                         release)
    paragraphs = _drop_contents_list(opening + kept[header_end:], parts)
    if not parts.dates:
        paragraphs = _take_late_header(paragraphs, parts, date_order)
    if not parts.dates:
        parts.dates = _date_zone_clues(page, choice.index if choice else None, start)
        zone_lines = {clue.line for clue in parts.dates}
        paragraphs = [line for line in paragraphs if line not in zone_lines]
        if parts.byline is None:
            # The zone's meta line may name the writer among its segments ("12/19/2025 • Philosophy • Jane Roe").
            parts.byline = next((signed for clue in parts.dates if clue.place in ("below", "byline")
                                 for signed in (_segmented_byline(clue.line, date_order, _lines_under(
                                     page.texts, clue.line)),) if signed), None)
    if not parts.dates and paragraphs:
        parts.dates = _dateline_clues(paragraphs[0], date_order)
    parts.dates = [clue if clue.match.precision != "month" or clue.place not in ("below", "header")
                   or _month_in_block(page, choice.index if choice else None, clue, {parts.byline, *outlet_bylines})
                   else replace(clue, loose=True)
                   for clue in parts.dates]
    if choice is not None:
        paragraphs = _drop_pre_body_furniture(paragraphs, page, choice.index, parts, stamped)
        paragraphs = _standfirst_over_picture(paragraphs, page, choice.index, parts)
        paragraphs = _credit_repeats_byline(paragraphs, parts)
        paragraphs = _standfirst_over_dateline(paragraphs, parts)
        paragraphs = _standfirst_over_spaced_body(paragraphs, page, choice.index, parts)
        paragraphs = _caption_over_lede(paragraphs, page, choice.index, parts, stamped)
        paragraphs = _caption_with_desk_credit(paragraphs, page, choice.index, parts)
        paragraphs = _standfirst_repeated(paragraphs, parts)
    paragraphs = _drop_teaser_listing(_collapse_repeats(paragraphs, parts), parts, date_order)
    paragraphs = _drop_trailing_furniture(_drop_footer_menu(_drop_footnotes(paragraphs, parts), parts), parts)
    paragraphs = _drop_app_promo(paragraphs, page, parts)
    # An author box may stand above the related links the step before took: look again at the new end.
    paragraphs = _drop_footnotes(_drop_trailing_furniture(_drop_author_box(paragraphs, parts), parts), parts)
    if parts.byline is None and late is None:
        paragraphs = _closing_byline_over_bio(paragraphs, parts)
    parts.paragraphs = _drop_inline_about(
        _drop_author_notes(paragraphs, parts, _opinion_page(page.texts), page.texts), parts)
    if parts.byline is None and late is None:
        parts.byline = _closing_byline(page, parts.paragraphs)
    if not parts.dates and late is None:
        parts.dates = _closing_date(page, parts.paragraphs, date_order)
    parts.revision = revision_line(page.texts)
    found = pick_date_rule(parts.dates, parts.revision)
    chosen = found[1] if found else None
    parts.date_text = chosen.text if chosen else None
    # The other date lines of the block ("Updated ...", a "today" banner) are furniture, not body.
    parts.removed.extend(clue.text for clue in parts.dates if clue is not chosen and clue.place not in ("byline", "chain"))
    return parts


def _month_in_block(page: pageblocks.Page, headline: int | None, clue: DateClue, bylines: set) -> bool:
    """True when a date line giving only a month ("November 2026") stands in the headline block: under the
    headline, with nothing between them but the block's bylines (`bylines`: the one the block read, the outlet's
    name as its desk byline), its date lines, furniture and at most one standfirst (a long one only with a byline
    or date line under it); right under the headline, a byline, a date line or a standfirst ending as a sentence,
    not under a label of its own ("Archives", "Festival dates"); and, unlabelled, not one of a run of month lines
    (an archive list, a timeline's headings). Elsewhere a month names an archive, an event or a stage of the
    story, not when the article appeared: a missing date beats a wrong one."""
    if headline is None:
        return False
    at = next((i for i in range(headline + 1, len(page)) if page.texts[i] == clue.line), None)
    if at is None:
        return False

    def block_line(i: int) -> bool:
        line = page.lines[i]
        # a picture's credit in the block ("Words by Nia Corran" / "Photographs by Ben Tollis" / "May 2024")
        return bool(line.date or line.text in bylines or _is_byline(line.text)
                    or (line.meta and _is_meta_line(line.text)) or _DATE_LABEL_ONLY.match(line.text)
                    or page.labels[i] in _BLOCK_CREDIT_LABELS)

    def bare_month(i: int) -> bool:
        dated = page.lines[i].date
        return bool(dated and dated.precision == "month" and dated.label is None)

    standfirst: int | None = None
    for i in range(headline + 1, at):
        if block_line(i):
            continue
        if page.labels[i] is not None and i != at - 1:
            continue
        if standfirst is not None:
            return False
        standfirst = i
    if standfirst is not None:
        line = page.lines[standfirst]
        if not _SENTENCE_END.search(line.text):
            return False
        if line.prose and line.words >= _ZONE_PROSE_WORDS and not any(block_line(i) for i in range(standfirst + 1, at)):
            return False
    if clue.match.label is None and any(0 <= i < len(page) and i != headline and bare_month(i)
                                        for i in (at - 1, at + 1)):
        return False
    return True


_BLOCK_CREDIT_LABELS = frozenset({"photo_credit", "credits"})
_REPORTING_FROM = re.compile(r"^reporting\s+from\s", re.IGNORECASE)
_ABOVE_HEADLINE = 3  # lines over the headline where its date line or byline may stand


def _block_start(page: pageblocks.Page, headline: int) -> int:
    """Where the headline block starts: the headline, or the date lines and bylines right above it (a section
    line between them and the headline is passed over)."""
    start = headline
    for i in range(headline - 1, max(-1, headline - 1 - _ABOVE_HEADLINE), -1):
        line = page.lines[i]
        if line.label is not None or line.section:
            continue
        if line.date or _is_byline(line.text) or (line.meta and _is_meta_line(line.text)):
            start = i
            continue
        break
    return start


_DATE_ZONE = 12  # lines under the headline where its date may still stand...
_ZONE_PROSE = 2  # ...before this many paragraphs of prose (a standfirst, the first paragraph) have passed
_ZONE_PROSE_WORDS = 16  # shorter prose (an author's one-line note) does not count
_NO_DATES_IN = {"related", "appeal", "newsletter", "cookie", "copyright", "link", "advert", "caption",
                "photo_credit", "archive"}


def _date_zone_clues(page: pageblocks.Page, headline: int | None, start: int) -> list[DateClue]:
    """Date clues a little further from the headline than its block: past a standfirst, a share bar or an
    author's note ("Author / Jane Roe / Updated on / April 19, 2025", "12/19/2025 • Philosophy • Jane Roe"),
    but never in the body, a related-links list, a comment or a copyright line."""
    clues: list[DateClue] = []
    anchor = headline if headline is not None else -1
    prose = 0
    pending: str | None = None
    for i in range(start, min(len(page), anchor + 1 + _DATE_ZONE)):
        if i == headline:
            continue
        line = page.lines[i]
        if line.label in _NO_DATES_IN:
            continue
        if i > anchor and line.prose and not line.meta and line.words >= _ZONE_PROSE_WORDS:
            prose += 1
            if prose >= _ZONE_PROSE:
                break
            continue
        place = "header" if headline is None else ("above" if i < headline else "below")
        if line.date:
            match = line.date
            if match.label is None and pending:
                match = replace(match, label=pending)
            clues.append(DateClue(match, line.text, place, line.text))
            pending = None
        elif _DATE_LABEL_ONLY.match(line.text):
            pending = "updated" if _UPDATED.match(line.text) else "published"
        elif line.meta and _is_meta_line(line.text):
            found = [item for item in labelled(line.text, find_dates(line.text, page.date_order))
                     if item.precision == "day" or item.form == "numeric"]
            chosen = publication_date(found) if found else None
            if chosen is not None:
                clues.append(DateClue(chosen, chosen.text, "byline" if _is_byline(line.text) else place, line.text))
    above = [clue for clue in clues if clue.place == "above"][::-1]  # the nearest to the headline first
    return [clue for clue in clues if clue.place != "above"] + above


_LATE_HEADER_LINES = 8


def _take_late_header(paragraphs: list[str], parts: TextParts, date_order: str | None) -> list[str]:
    """A byline and date printed below a summary (live pages: headline, bullet points, "Edited by", "Posted at")
    before the first paragraph of prose: take them into the headline block."""
    found: list[int] = []
    clue = None
    for index, line in enumerate(paragraphs[:_LATE_HEADER_LINES]):
        if boilerplate.is_paragraph(line) and _SENTENCE_END.search(line):
            break
        dated = date_line(line, date_order) if clue is None else None
        if dated:
            clue = DateClue(dated, line, "below", line)
            found.append(index)
        elif parts.byline is None and _is_byline(line):
            parts.byline = line
            found.append(index)
    if clue is None:
        if found:
            parts.byline = None  # a byline-like line alone is not enough to call the block a header
        return paragraphs
    parts.dates.append(clue)
    return [line for index, line in enumerate(paragraphs) if index not in found]


_FURNITURE_WORDS = 5  # a line this short between the headline block and the body is furniture
_PLAYER_LABELS = frozenset(layout.PLAYER_LABELS)
_PROSE_WORDS = 4  # a line of at least this many words closing on a full stop, or one in quotation marks, is prose
_PROSE_QUOTE = re.compile("[\"“”]")


def _reads_as_prose(text: str) -> bool:
    """A full sentence (4+ words, closing on a stop) or a quotation: a player's lines (its clip's length, title and
    source, 'Warriors at Suns preview') are neither."""
    stripped = text.strip()
    return bool(_PROSE_QUOTE.search(stripped)) or (
        len(stripped.split()) >= _PROSE_WORDS and stripped.rstrip("”\"'’)").endswith((".", "!", "?")))


_LIST_ABOVE = 2  # short headings right above a heading that make it a list's last item


def _closes_list(page: pageblocks.Page, i: int, headline: int) -> bool:
    """True when the heading-shaped line `i` right above the body's first paragraph is the last item of a list of
    such lines (a contents list without its label: "What it is" / "Foods to eat" / "Takeaway"): at least
    `_LIST_ABOVE` short heading lines stand right above it, none a byline, date or meta line. A heading alone
    under the byline and date ("Introduction") stays the body's, and so does one under tag lines or a recipe's
    facts ("Payments" / "Banking" / "What happened"): the list's items must come back as headings further down
    the body, as a contents list's do."""
    run, items = 0, []
    for j in range(i - 1, headline, -1):
        line = page.lines[j]
        if page.labels[j] is not None or not line.shaped or line.prose or line.meta or line.date \
                or line.words > _FURNITURE_WORDS or _is_byline(page.texts[j]):
            break
        run += 1
        items.append(page.texts[j])
    later = set(page.texts[i + 1:])
    return run >= _LIST_ABOVE and sum(item in later for item in items + [page.texts[i]]) >= _LIST_ABOVE


def _drop_pre_body_furniture(paragraphs: list[str], page: pageblocks.Page, headline: int,
                             parts: TextParts, entry_headings: frozenset[str] = frozenset()) -> list[str]:
    """Between the headline and the body's first paragraph stand the headline block's furniture: author names
    and roles, share buttons, tags, a table of contents. Those lines leave the body; longer lines (a summary's
    bullet points) stay. A paragraph of prose there with the block's date line under it is the standfirst. A live
    page's entry heading under its timestamp (`entry_headings`) is the entry's, not furniture; so is a known place
    in capitals alone right over the first paragraph ("ASTANA:", "NEW DELHI —"), the body's wire dateline."""
    if page.body_start >= len(page) or page.body_start <= headline:
        return paragraphs
    heading = next((i for i in range(page.body_start - 1, headline, -1) if page.labels[i] is None), None)
    furniture = {page.texts[i] for i in range(headline + 1, page.body_start)
                 if (page.lines[i].meta or page.lines[i].nav_words or page.in_contents(i)
                     or (page.lines[i].words <= _FURNITURE_WORDS and not (i == heading and page.lines[i].shaped
                                                                          and not _closes_list(page, i, headline))))
                 and not (page.lines[i].shaped and page.texts[i] in entry_headings)
                 and not pageblocks.is_transcript_turn(page.texts, i)
                 and not (i == page.body_start - 1 and _is_town_dateline_alone(page.texts[i]))}
    # A picture's caption with its credit, and the headline copied again (a gallery's or a sticky bar's copy),
    # leave the body however long they are: neither is the article's prose.
    pictured = {page.texts[i] for i in range(headline + 2, page.body_start) if _caption_under_credit(page, i, parts)
                or _caption_over_credit(page, i, parts)}
    pictured |= {page.texts[i] for i in range(headline + 2, page.body_start)
                 if page.texts[i].strip() and page.texts[i].strip() == page.texts[headline].strip()}
    furniture |= pictured
    # A player's label ("Video player", "Now playing") between the headline block and the body: the short lines
    # under it (the clip's length, title and source) are the player's; prose under it stays.
    player = next((i for i in range(headline + 1, page.body_start)
                   if page.texts[i].strip().lower() in _PLAYER_LABELS), None)
    if player is not None:
        for i in range(player + 1, page.body_start):
            if boilerplate.is_paragraph(page.texts[i]) or _reads_as_prose(page.texts[i]):
                break  # the player's lines end at the first line of prose ('"I just kept shooting," Curry said.')
            furniture.add(page.texts[i])
    try:
        end = paragraphs.index(page.texts[page.body_start])
    except ValueError:
        return paragraphs
    # Where each line stands on the page between the headline and the body: the block's date line may have left
    # the paragraphs already, so "above the date line" is read on the page.
    block = {text: i for i in range(page.body_start - 1, headline, -1) for text in (page.texts[i],)}
    date_at = [block[clue.line] for clue in parts.dates if clue.line in block]
    kept: list[str] = []
    for position, line in enumerate(paragraphs[:end]):
        if line in furniture and (line in pictured or not boilerplate.is_paragraph(line)):
            parts.removed.append(line)
        elif parts.subtitle is None and not kept and boilerplate.is_paragraph(line) and parts.dates and (any(
                clue.line in paragraphs[position + 1:end] for clue in parts.dates)
                or (line in block and any(at > block[line] for at in date_at))):
            parts.subtitle = line  # a standfirst above the block's date line
        else:
            kept.append(line)
    return kept + paragraphs[end:]


_CREDIT_NAME_WORDS = 4  # a picture's credit over its caption is a short name ("Riverton Police", "Getty Images")
_CAPTION_WORDS = (6, 25)  # the caption under it: a clause of this many words, not full-stopped
_CAPITALISED = re.compile(r"^(?:[A-Z][\w.'’&-]*|&|of|and|the|de|for)$")


def _caption_under_credit(page: pageblocks.Page, index: int, parts: TextParts) -> bool:
    """A picture's credit and caption between the headline block and the body, the credit first ("Riverton
    Police" / "Jo Roe was sentenced at Riverton Crown Court"): a line of a clause's length that ends no sentence,
    right under a short capitalised name that is neither the byline, a byline's name nor a date line. A full-stopped
    sentence there is the body's first paragraph."""
    line, above = page.texts[index].strip(), page.texts[index - 1].strip()
    words = line.split()
    if not _CAPTION_WORDS[0] <= len(words) <= _CAPTION_WORDS[1] or _ends_sentence(line) \
            or line.endswith((",", ";", ":")) or page.labels[index] not in (None, "caption") \
            or page.labels[index - 1] not in (None, "photo_credit"):  # a label ("Live Reporting") is no credit
        return False
    names = above.rstrip(".").split()
    if not 0 < len(names) <= _CREDIT_NAME_WORDS or not all(_CAPITALISED.match(word) for word in names) \
            or not names[0][:1].isupper() or any(ch.isdigit() for ch in above) or find_dates(above):
        return False
    byline = parts.byline or ""
    return above != byline.strip() and above.casefold() not in {name.casefold() for name in authors_from_byline(byline)}


_CAPTION_OVER_CREDIT_WORDS = 40  # a caption over its picture's credit is a sentence or two at most


def _caption_over_credit(page: pageblocks.Page, index: int, parts: TextParts) -> bool:
    """A picture's caption and credit between the headline block and the body, the caption first ("Engineers
    inspect the bridge on Monday." / "Jo Roe/Wire"): a line of a caption's length right over a line the scan
    labelled a photo credit, the credit still above the body's first paragraph (a caption long enough to pass
    for the body's first line counts too). A sentence told in the past (`boilerplate.tells_in_past`) is the lede. Never the block's own lines: its
    date line, its byline or a name of it, which a credit may follow too. A line right under the headline over a
    credit is the standfirst (`_standfirst_over_picture`), so the caption stands further down."""
    if index > page.body_start or index + 1 >= len(page) or page.labels[index] is not None \
            or page.labels[index + 1] != "photo_credit":
        return False
    line = page.texts[index].strip()
    if not line or len(line.split()) > _CAPTION_OVER_CREDIT_WORDS or date_line(line) or _is_byline(line) \
            or boilerplate.tells_in_past(line) \
            or any(clue.line == page.texts[index] or clue.text == line for clue in parts.dates):
        return False
    byline = parts.byline or ""
    return line != byline.strip() and line.casefold() not in {name.casefold() for name in authors_from_byline(byline)}


_STANDFIRST_WORDS = 30  # a standfirst over the headline's picture is one sentence this long at most
_PICTURE_LABELS = frozenset({"photo_credit", "caption"})


def _standfirst_over_picture(paragraphs: list[str], page: pageblocks.Page, headline: int,
                             parts: TextParts) -> list[str]:
    """A sentence right under the headline with the headline's picture credit right under it ("Drivers will have to
    slow down from next month." / "Image: Jo Roe/Wire"), the body after the picture: the standfirst (or the
    picture's caption), not the body's first paragraph."""
    below = headline + 1
    if parts.subtitle is not None or len(paragraphs) < 2 or below + 1 >= len(page) \
            or page.texts[below] != paragraphs[0] or page.labels[below] is not None \
            or page.labels[below + 1] not in _PICTURE_LABELS:
        return paragraphs
    line = paragraphs[0]
    if len(line.split()) > _STANDFIRST_WORDS or pageblocks.sentence_breaks(line) > 0 or not _ends_sentence(line):
        return paragraphs
    parts.subtitle = line
    return paragraphs[1:]


_SPACED_BODY_GAPS = 2  # blank lines between the body's paragraphs below: the page spaces its paragraphs
_SPACED_STANDFIRST_WORDS = 10  # a summary sentence this long at least; "The bridge is shut." is a one-line lede


def _standfirst_over_spaced_body(paragraphs: list[str], page: pageblocks.Page, headline: int,
                                 parts: TextParts) -> list[str]:
    """A summary sentence under the block's date line, in the block's run of single-spaced lines, with the body's
    first paragraph right under it and a blank line after that ("3.12.2026" / "The deal will bring 40 inspectors
    ..." / "The two countries today signed ..." / blank), on a page that spaces its body's paragraphs with blank
    lines: the run is the headline block, which the first paragraph closes, so the sentence over it is the
    standfirst. Only in a block without a byline (a signed block's date line ends it: the line under it is the
    lede, single-spaced or not), for one or two sentences closed by a stop, of `_SPACED_STANDFIRST_WORDS` words or more and
    shorter than the paragraph under them: a short line ("The bridge is shut.") is a one-line lede, and so is a
    sentence told in the past that says when ("The council voted on Tuesday to ...", `boilerplate.dated_lede`): the
    copy lost the blank line under it."""
    if parts.subtitle is not None or not parts.dates or parts.byline is not None or len(paragraphs) < 3:
        return paragraphs
    line, lede = paragraphs[0], paragraphs[1]
    if "\n" in line or "\n" in lede or not _SPACED_STANDFIRST_WORDS <= len(line.split()) <= _STANDFIRST_WORDS \
            or pageblocks.sentence_breaks(line) > 1 \
            or not _ends_sentence(line) or opens_with_dateline(line) or line.startswith(("\"", "“", "'", "‘")) \
            or len(lede.split()) <= len(line.split()) or boilerplate.dated_lede(line):
        return paragraphs
    texts, spaced = page.texts, [page.index[i + 1] - page.index[i] > 1 for i in range(len(page) - 1)]
    at = next((i for i in range(headline + 1, len(texts) - 2) if texts[i] == line), None)
    if at is None or texts[at + 1] != lede or spaced[at] or not spaced[at + 1] or any(spaced[headline:at]):
        return paragraphs
    if not any(clue.line in texts[headline + 1:at] for clue in parts.dates):
        return paragraphs
    if sum(spaced[at + 1:]) < _SPACED_BODY_GAPS:
        return paragraphs
    parts.subtitle = line
    return paragraphs[1:]


# A story's dateline opening its paragraph: a place of a few capitalised words, maybe a region after a comma, the
# date with its month's name ("November 30/2026", "Dec. 3", "3 December 2026"), maybe an agency in brackets, then a
# dash or the bracket's stop ("Riverton, November 30/2026 – ", "Lima, Dec. 3 (Wire). ").
_MONTH_WORD = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED_DATELINE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:[A-Z][\w.]{1,15},\s+)?"
    r"(?:" + _MONTH_WORD + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH_WORD + r")(?:\s*/\s*\d{4}|,?\s+\d{4})?"
    r"(?:\s*\([^()]{2,30}\)\.?)?\s*(?:[–—]|--?\s)")
_DATELINE_STANDFIRST_WORDS = 45  # a standfirst over the dateline paragraph is this long at most


def opens_with_dateline(paragraph: str) -> bool:
    """The paragraph opens with the story's dateline: a place and the date with its month's name before a dash
    ("Riverton, November 30/2026 – The ministry ...", `_DATED_DATELINE`), or a place in capitals before one
    ("RIVERTON – The ministry ...", `cities.DATELINE`)."""
    from loaders.extract.data.cities import DATELINE

    if _DATED_DATELINE.match(paragraph):
        return True
    found = DATELINE.match(paragraph)
    # a story's flag in capitals before a dash ("UPDATE —", "BREAKING —", `layout.STORY_FLAGS`) is no place
    return bool(found and found.group("place").isupper() and len(found.group("place")) >= 3
                and found.group("place").casefold() not in layout.STORY_FLAGS)


_INNER_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+[\"'“‘(]?[A-Z]")  # two sentences: no caption's clause
# The picture's credit after the caption's sentence ("... on Tuesday. Getty Images", "... 2019. File photo",
# "... Tuesday. Photo: Jo Roe/Reuters", "... Tuesday. (Jo Roe)"): a short tail after the last stop.
_CAPTION_CREDIT = re.compile(r"^(?:(?:photo|image|picture|photograph|illustration)s?\b.*|file(?:\s+(?:photo|picture|image))?"
                             r"|[\[(].*[\])]|.*\b" + agency_alternation() + r"\b.*)$", re.IGNORECASE)
# A credit is a label, never a sentence: its lower-case words are only the label's ("Photo: Jo Roe", "File photo",
# "Image courtesy of Jo Roe"); "Pictures from the scene show ...", "Reuters reported the toll ..." are sentences.
_CREDIT_LABEL_WORDS = frozenset({"photo", "photos", "image", "images", "picture", "pictures", "photograph",
                                 "photographs", "illustration", "file", "by", "via", "courtesy", "of", "credit",
                                 "credits", "and", "for", "handout", "supplied"})
_CREDIT_TAIL_WORDS = 8


def _credit_after_stop(line: str) -> bool:
    """True when the text after a line's last sentence break is a picture's credit (`_CAPTION_CREDIT`)."""
    breaks = list(_INNER_SENTENCE_BREAK.finditer(line))
    tail = line[breaks[-1].end() - 1:].strip() if breaks else ""
    if breaks and line[breaks[-1].end() - 2] in "([":
        tail = line[breaks[-1].end() - 2:].strip()
    return bool(tail) and len(tail.split()) <= _CREDIT_TAIL_WORDS and bool(_CAPTION_CREDIT.match(tail)) \
        and all(word.casefold() in _CREDIT_LABEL_WORDS for word in re.findall(r"[^\W\d_]+", tail)
                if word.islower())  # (words of any script: "Photo: Árni Pétursson" holds no lower-case word)


# What a caption never is (it describes the picture in the present tense or with participles: "Police officers
# stand guard ...", "Firefighters battling the blaze ...", "File photo of ..."), so the line is the lede or a
# heading: a finite verb in the past or perfect ("The council voted ...", "... has won ...", "... was arrested
# ...", "Unemployment fell ..."), a dateline ("NAIROBI, Kenya — ...", "KAMPALA, Uganda (AP) — ..."), reported speech
# ("..., according to police", "..., telling reporters ...", "“...,” said Ana Ruiz"), a closing quote mark, an
# emoji or symbol at the end, a subheading's or label's opening ("What we know ...", "Why ...", "In short: ...").
_PERFECT_OR_PASSIVE = re.compile(r"\b(?:has|have|had|was|were)\s+(?:(?:not|now|already|just|been)\s+)*"
                                 r"[a-z]+(?:ed|en|wn|ne|t|ht|ck|un)\b")
_PAST_IRREGULAR = frozenset(
    "rose fell won lost said told took made gave came went left became began broke brought bought caught chose drove "
    "fought found flew grew held kept knew led met paid ran sank saw sent shot sold spoke stood struck swept threw "
    "wrote rang froze hung dug spent ate fled sought taught thought slid stole sprang swam tore wore woke".split())
# a word in -ed that is an adjective or a caption's participle, not a finite verb: after an article or a
# possessive ("the flooded estate", "its burnt-out roof"), or a caption's own participles
_CAPTION_PARTICIPLES = frozenset({"pictured", "photographed", "seen", "shown", "filmed", "captured", "posed",
                                  "dressed", "armed", "masked", "covered", "crowded", "packed", "gathered"})
_NOT_VERB_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
                              "those", "newly", "recently", "so-called", "well", "long", "half", "self"})
_LEDE_DATELINE = re.compile(r"^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}(?:,\s*[A-Z][\w'’. -]{1,30})?"
                            r"(?:\s*\([^()]{1,30}\))?\s*(?:[—–]|--?)\s")
_REPORTED_SPEECH = re.compile(r"\baccording\s+to\b|\b(?:told|telling|tells)\s+(?:reporters|journalists|the\s+\w+)"
                              r"|[\"”’]\s*,?\s*(?:said|says|added|told)\b|,[\"”’]\s+\w+\s+(?:said|says)\b", re.IGNORECASE)
_LABEL_OPENING = re.compile(r"^(?:what|why|how|who|where|when|in\s+short|in\s+brief|the\s+big\s+picture|explained|"
                            r"analysis|timeline|key\s+points|summary)\b", re.IGNORECASE)


def _past_or_perfect(line: str) -> bool:
    """The line holds a finite verb in the past or perfect (`_PERFECT_OR_PASSIVE`, `_PAST_IRREGULAR`, a word in -ed
    that no article, possessive or caption participle explains)."""
    if _PERFECT_OR_PASSIVE.search(line):
        return True
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    for index, word in enumerate(words):
        low = word.casefold()
        if index and low in _PAST_IRREGULAR:
            return True
        if index and word.islower() and low.endswith("ed") and len(low) > 4 and low not in _CAPTION_PARTICIPLES \
                and words[index - 1].casefold() not in _NOT_VERB_BEFORE and "-" not in low:
            return True
    return False


def _never_caption(line: str) -> bool:
    """The line is the lede or a heading, never the picture's caption (see `_PAST_IRREGULAR` above)."""
    last = line.rstrip()[-1:]
    return (_past_or_perfect(line) or opens_with_dateline(line) or bool(_LEDE_DATELINE.match(line))
            or bool(_REPORTED_SPEECH.search(line)) or last in "\"”’'" or (bool(last) and not last.isalnum()
                                                                            and last not in ")]")
            or bool(_LABEL_OPENING.match(line)))


_LEDE_WORDS = 16  # the lede under a caption: a paragraph of sentences this long at least
# A caption may close on a stop when it is a noun phrase with a caption's participle after a comma and only the
# picture's time or place after it ("The old bridge over the river, pictured in 2019."); "Jo Roe, pictured in
# 2019, was elected ..." goes on past the clause and is the lede. A relative clause on the person may close it, the
# line still without a main verb ("Jo Roe, pictured with his family in 2020, who died at sea last week.").
_PARTICIPLE_CAPTION = re.compile(r"^[^.!?,]{3,150},\s+(?:" + "|".join(sorted(_CAPTION_PARTICIPLES)) + r")\s+"
                                 r"(?:in|on|at|during|with|after|before|outside|inside|near)\b[^.!?,]{1,80}"
                                 r"(?:,\s+(?:who|whose)\s[^.!?,]{3,80})?\.$")
_RELATIVE_TAIL = re.compile(r",\s+(?:who|whose)\s[^.!?,]{3,80}$")  # the person's relative clause, its verb the clause's own
# A short scene's caption: an indefinite noun phrase and where it stands, closed by a stop, no verb of a lede
# ("A WFP distribution site in eastern Chad."); "A fire broke out in Chad." has its verb (`_never_caption`).
_SHORT_SCENE = re.compile(r"^(?-i:An?)\s+(?:[\w'’-]+\s+){1,4}(?:in|at|near|outside|on)\s+[\w'’ -]{2,40}\.$")
_SCENE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|says?|said)\b")
_CAPTION_LEDE_WORDS = (9, 25)  # a picture's caption over the lede: a descriptive clause of this many words


def _caption_over_lede(paragraphs: list[str], page: pageblocks.Page, headline: int, parts: TextParts,
                       entry_headings: frozenset[str]) -> list[str]:
    """The headline picture's caption standing as the body's first line, right over the lede ("Firefighters tackle
    the blaze at the Mill Lane depot on Tuesday" / "A fire at a bus depot forced ..."): a clause of
    `_CAPTION_LEDE_WORDS` words below the headline that ends no sentence (no stop, question or exclamation mark,
    no colon or comma of an intro), over a paragraph of sentences of `_LEDE_WORDS` words or more. A line that
    reports speech ("... for his part in the robbery, police said") is a lede that lost its stop, a line of two
    sentences an intro ("... here! Scroll down ⬇️") unless the second is the picture's credit ("... Tuesday.
    Getty Images"), a line in Title Case a heading; a live page's
    entry heading under its timestamp (`entry_headings`) is the entry's; a body of one line keeps it."""
    if len(paragraphs) < 2:
        return paragraphs
    line, lede = paragraphs[0].strip(), paragraphs[1].strip()
    words = len(line.split())
    stopped = _ends_sentence(line) or _SENTENCE_END.search(line)
    tagged = len(paragraphs) > 2 and "\n" not in lede and _is_topic_label(lede)  # "Humanitarian Aid" over the lede
    if tagged:
        lede = paragraphs[2].strip()
    if _SHORT_SCENE.match(line) and not _SCENE_VERB.search(line) and not _never_caption(line[:-1]) and not boilerplate.reports_speech(line) \
            and len(lede.split()) >= _LEDE_WORDS and _SENTENCE_END.search(lede) and boilerplate.is_paragraph(lede) \
            and any(page.texts[i].strip() == line for i in range(headline + 1, len(page))):
        parts.removed.extend(paragraphs[: 1 + tagged])  # "A food distribution site in eastern Chad." over the lede
        return paragraphs[1 + tagged:]
    if tagged:
        return paragraphs
    if not _CAPTION_LEDE_WORDS[0] <= words <= _CAPTION_LEDE_WORDS[1] or (stopped and not _PARTICIPLE_CAPTION.match(line)) \
            or line.endswith((",", ";", ":", "—", "-")) or line in entry_headings \
            or boilerplate.reports_speech(line) or pageblocks.is_title_case(line) or _never_caption(_RELATIVE_TAIL.sub("", line[:-1]) if stopped else line) \
            or (_INNER_SENTENCE_BREAK.search(line) and not _credit_after_stop(line)) \
            or len(lede.split()) < _LEDE_WORDS or not _SENTENCE_END.search(lede) \
            or not boilerplate.is_paragraph(lede):
        return paragraphs
    at = next((i for i in range(headline + 1, len(page)) if page.texts[i].strip() == line), None)
    if at is None:
        return paragraphs
    parts.removed.append(paragraphs[0])
    return paragraphs[1:]


# A picture's credit closing its caption, the desk and the photographer parted by a slash, in brackets or after a
# dash ("... on Oct. 30. (Mainichi/Kenji Arima)", "... in Kuala Krai. - NSTP/NIK ABDULLAH"): after the stop.
_DESK_CREDIT_TAIL = re.compile(r"[.!?][\"'”’]?\s+(?:\((?P<bracket>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}/[A-Z][\w.'’-]*"
                               r"(?:\s[A-Z][\w.'’-]*){0,4})\)|[-–—]\s+(?P<dash>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}/"
                               r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}))\s*$")
_DESK_CAPTION_WORDS = 45  # a caption with its credit: a sentence or two at most
# ...or closed by its credit's label in brackets ("... came down overnight. (Source: Riverton News)", "(Photo: Jo Roe)")
_LABELLED_CREDIT_TAIL = re.compile(r"[.!?][\"'”’]?\s+\((?i:source|photo(?:graph)?|picture|image|credit|file\s+photo)s?\s*:"
                                   r"\s*[A-Z0-9][^()]{1,60}\)\s*$")


def _caption_with_desk_credit(paragraphs: list[str], page: pageblocks.Page, headline: int,
                              parts: TextParts) -> list[str]:
    """The headline picture's caption standing as the body's first line, closed by its credit of a desk and a
    photographer parted by a slash ("Divers prepare their gear at the hut on Oct. 30. (Mainichi/Kenji Arima)"):
    a single line of at most `_DESK_CAPTION_WORDS` words under the headline, over more body. A lede closed by a
    wire's name alone ("... on Monday. (Reuters)"), a quote, or a line with no stop before the credit stays."""
    if len(paragraphs) < 2 or "\n" in paragraphs[0]:
        return paragraphs
    line = paragraphs[0].strip()
    if len(line.split()) > _DESK_CAPTION_WORDS or line.startswith(("\"", "“", "'", "‘")) \
            or not (_DESK_CREDIT_TAIL.search(line) or _LABELLED_CREDIT_TAIL.search(line)) \
            or boilerplate.reports_speech(line):
        return paragraphs
    if not any(page.texts[i].strip() == line for i in range(headline + 1, len(page))):
        return paragraphs
    parts.removed.append(paragraphs[0])
    return paragraphs[1:]


def _standfirst_over_dateline(paragraphs: list[str], parts: TextParts) -> list[str]:
    """A summary sentence right under the headline block with the story's dateline opening the paragraph under it
    ("The ministry today launched a voucher ..." / "Riverton, November 30/2026 – The ministry ..."): the dateline
    opens the body, so the sentence over it is the standfirst. Only under a block that printed a date or a byline,
    for one or two sentences closed by a stop, themselves no dateline paragraph. Under a block that already has
    its standfirst, a single sentence of at most `_CAPTION_LEDE_WORDS` words there is the picture's caption ("Cranes
    stand idle at the terminal on Tuesday." / "SOUTHAMPTON — The harbour authority ..."): it leaves the body."""
    if len(paragraphs) < 2 or not (parts.dates or parts.byline):
        return paragraphs
    line = paragraphs[0]
    if "\n" in line or len(line.split()) > _DATELINE_STANDFIRST_WORDS or pageblocks.sentence_breaks(line) > 1 \
            or not _ends_sentence(line) or opens_with_dateline(line) or not opens_with_dateline(paragraphs[1]):
        return paragraphs
    if parts.subtitle is None:
        parts.subtitle = line
    elif len(line.split()) <= _CAPTION_LEDE_WORDS[1] and pageblocks.sentence_breaks(line) == 0 \
            and _caption_shaped(line) and sum(map(opens_with_dateline, paragraphs[1:])) == 1:
        parts.removed.append(line)
    else:
        return paragraphs
    return paragraphs[1:]


# The moment a picture was taken, which a caption in the present tense names ("Cranes stand idle ... on Tuesday",
# "... in Prague, December 11, 2026"): a weekday, or a month's name beside a day's number.
_CAPTION_MOMENT = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b" + _MONTH_WORD + r"\s+\d{1,2}\b|"
                             r"\b\d{1,2}\s+" + _MONTH_WORD + r"(?![a-z])", re.IGNORECASE)
# A lede's opening that no caption has: it presents what follows ("Here is the news ...", "Here are ...").
_PRESENTING = re.compile(r"^(?:here\s+(?:is|are|'s|’s)|this\s+is|these\s+are)\b", re.IGNORECASE)


def _caption_shaped(line: str) -> bool:
    """A sentence that reads as a picture's caption, not a lede: it shows a scene in the present tense at the
    moment the picture was taken (`_CAPTION_MOMENT`), with no opening quote mark, no reported speech, no finite
    verb in the past or perfect or 'will' (`_never_caption`), and does not present what follows (`_PRESENTING`).
    "The city council meets tonight to vote ..." (no dated moment), "Polls have now closed ...", "Here is the news
    from across East Africa this week.", a quote lede and a lede in another language (no English weekday or date)
    are ledes."""
    text = line.strip()
    return (not text.startswith(("\"", "“", "'", "‘", "«")) and not _never_caption(text.rstrip(".")) 
            and not re.search(r"\bwill\b", text, re.IGNORECASE) and not _PRESENTING.match(text)
            and not boilerplate.reports_speech(text) and bool(_CAPTION_MOMENT.search(text)))


def _credit_repeats_byline(paragraphs: list[str], parts: TextParts) -> list[str]:
    """The byline printed again right over the lede is the picture's credit (a desk that signs the story also
    credits its photo: "Officials at the signing ceremony." / "The Peninsula" / "Doha, Qatar: ..."): the credit
    leaves the body, and so does a caption of one clause of at most `_CAPTION_LEDE_WORDS` words over it."""
    if not parts.byline or len(paragraphs) < 2:
        return paragraphs
    name = re.sub(r"^by\s+", "", parts.byline.strip(), flags=re.IGNORECASE).casefold()
    def credit(line: str) -> bool:
        return "\n" not in line and line.strip().casefold() in (name, parts.byline.strip().casefold())
    # The name on a line of its own again further down is a speaker's label (an interview's transcript: "Ana
    # Ruiz" / "Minister, why ...?"), not a credit: the lines stay.
    if sum(1 for paragraph in paragraphs[:40] for line in paragraph.split("\n") if credit(line)) > 1:
        return paragraphs
    if credit(paragraphs[0]):
        parts.removed.append(paragraphs[0])
        return paragraphs[1:]
    caption = paragraphs[0]
    if len(paragraphs) < 3 or not credit(paragraphs[1]):
        return paragraphs
    # The line over the credit goes with it only when it reads as a caption: it ends on no stop, or the byline is a
    # desk's or an agency's (no person signs), whose captions are sentences ("Airport officials at the signing
    # ceremony." / "Gulf Daily Wire"). A writer's name under a sentence ("The city's central library will reopen
    # ..." / "By Ana Ruiz") is her byline printed again under the lede: only it leaves.
    if "\n" in caption or len(caption.split()) > _CAPTION_LEDE_WORDS[1] or pageblocks.sentence_breaks(caption) > 0 \
            or (_ends_sentence(caption) and _signed_by_person(parts.byline)):
        parts.removed.append(paragraphs[1])
        return paragraphs[:1] + paragraphs[2:]
    parts.removed.extend(paragraphs[:2])
    return paragraphs[2:]


# "City Desk", "Metro Bureau", "Foreign Newsroom": a desk's name alone, a few capitalised words and the desk word.
_DESK_ALONE = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,3}(?i:desk|bureau|newsroom)$")


def _desk_credit_alone(byline: str) -> bool:
    """"City Desk", "Metro Bureau": a desk's credit that names no person (not "Jo Roe, City Desk"); a release's
    label ("Press Release") is no desk."""
    return bool(_DESK_ALONE.match(byline.strip())) and not authors_from_byline(byline)


def _signed_by_person(byline: str) -> bool:
    """The byline names a writer, not a desk, a paper or an agency: it yields a person's name and does not open with
    an article (a person's name never does: "The Peninsula", "The Associated Press") nor name a news agency."""
    name = re.sub(r"^by\s+", "", byline.strip(), flags=re.IGNORECASE)
    return bool(authors_from_byline(byline)) and not re.match(r"(?:the|a|an)\s", name, re.IGNORECASE) \
        and not re.search(r"\b" + agency_alternation() + r"\b", name)


def _standfirst_repeated(paragraphs: list[str], parts: TextParts) -> list[str]:
    """The standfirst printed again as the body's first paragraph (a page rendering the summary twice, once in the
    headline block and once over the text): lines copied twice count once, so the copy leaves the body. Compared
    without case and closing stop; a lede that only begins like the standfirst stays."""
    if parts.subtitle is None or len(paragraphs) < 2:
        return paragraphs
    def key(text: str) -> str:
        return " ".join(text.split()).rstrip(".!?…").casefold()
    if key(paragraphs[0]) != key(parts.subtitle):
        return paragraphs
    parts.removed.append(paragraphs[0])
    return paragraphs[1:]


_TEASER_PAIRS = 2  # teaser blocks (a heading over a date line or a cut summary) that make a list of other articles
_TEASER_REACH = 4  # lines from one block to the next
_SUMMARY_WORDS = 10  # a cut line this long is a summary; a shorter one is a cut headline, which may be the body's


def _is_cut_summary(line: str) -> bool:
    """A listing's summary of another article, cut short: prose ending in a truncation mark after a word
    ("... the midnight sun..."), not an editor's "[...]"."""
    text = line.rstrip("\"'”’)] ")
    return (text.endswith(layout.TRUNCATION_MARKS) and not text.endswith(("[...]", "[…]"))
            and len(text.split()) >= _SUMMARY_WORDS)


def _drop_teaser_listing(paragraphs: list[str], parts: TextParts, date_order: str | None) -> list[str]:
    """After the body, a list of other articles: teaser blocks, each a short headline-shaped line over a date
    line ("Can You Sue ...? / March 29, 2025 / teaser / How to Get ... / March 22, 2025") or over a summary cut
    short ("Interview with Jane Roe / Landscape photography is as much of an art form as ..."), again a few lines
    on. From its first block on, the rest is furniture, and so is one cut summary just above it (a teaser whose
    heading the copy lost). One block alone, or a body paragraph ending in "..." alone, is no list."""
    known: dict[int, bool] = {}  # each line is judged once, however many runs look at it

    def pair(index: int) -> bool:
        if index not in known:
            known[index] = teaser_pair(index)
        return known[index]

    def teaser_pair(index: int) -> bool:
        # A teaser's headline may end with a colon ("5 Biggest Reasons:"): the date under it closes it.
        if not (index + 1 < len(paragraphs) and pageblocks.is_headline_shaped(paragraphs[index].rstrip(":"))
                and not boilerplate.is_paragraph(paragraphs[index])):
            return False
        under = paragraphs[index + 1]
        return date_line(under, date_order) is not None or _is_cut_summary(under)

    begun = False
    for index, line in enumerate(paragraphs):
        if not begun:
            begun = boilerplate.is_paragraph(line)
            continue
        if pair(index):
            found, at = 1, index
            for later in range(index + 2, len(paragraphs)):
                if later - at > _TEASER_REACH + 1:
                    break
                if pair(later):
                    found, at = found + 1, later
            if found >= _TEASER_PAIRS:
                # One line only: a body paragraph trailing off in "..." may stand above a listing too.
                start = index - 1 if index > 1 and _is_cut_summary(paragraphs[index - 1]) else index
                parts.removed.extend(paragraphs[start:])
                return paragraphs[:start]
    return paragraphs


# A sentence's end, maybe with the outlet's sign-off code in capitals after it ("... the bridge reopened. JR",
# "ENDS"), unless the capitals are a link or a label ("Follow us on social media. RSS", "HOME", "FAQ").
# A wire agency signs off with its name in brackets and the editor's initials in lower case ("... in 2021. (Ritna) jr"),
# or with its code after a slash ("... in 2021. /RNA").
_TAIL_SENTENCE = re.compile(r"[.!?…:][\"'”’)\]]*(?:(?:\s+|\s*/\s*)(?P<code>[A-Z]{2,5})|"
                            r"\s+\((?-i:[A-Z])[\w.-]{1,15}\)(?:\s+[a-z]{1,4}(?:/[a-z]{1,4})*)?|"
                            r"\s+/[a-z]{2,4}(?:/[a-z]{2,4})*/)?$")  # "... in 1979. /jr/": the editor's initials
_NOT_CODES = NOT_SIGN_OFF_CODES | layout.NAV_WORDS


def _ends_sentence(line: str) -> bool:
    found = _TAIL_SENTENCE.search(line)
    return bool(found) and (found.group("code") or "").casefold() not in _NOT_CODES
_TAIL_SENTENCE_WORDS = 3


def _reported_before_button(line: str) -> bool:
    """A reported sentence with a button after it ("The post office said it would sign up more drivers. Sign
    up"): the copy caught the button on the body's line, which is still the body's sentence."""
    before = boilerplate.sentences_before_button(line)
    return before is not None and len(before.split()) >= _TAIL_SENTENCE_WORDS and boilerplate.reports_speech(before)


_APP_PROMO_WORDS = 15  # a promo's tagline under its app call is a short line ("Stay up to date with alerts.")


def _drop_app_promo(paragraphs: list[str], page: pageblocks.Page, parts: TextParts) -> list[str]:
    """The outlet's app promo after the article: the call ("Get the Riverton Post app", `boilerplate.is_app_call`)
    has left the body already, the short lines under it (its tagline, its store buttons) have not. Those closing
    the body from under the page's last app call, each under `_APP_PROMO_WORDS` words, leave it; a paragraph that mentions an app ("... launched an app that tells
    drivers ...") stands over no call and stays."""
    calls = [i for i, text in enumerate(page.texts) if boilerplate.is_app_call(text)]
    if not calls or not paragraphs:
        return paragraphs
    after = {text.strip() for text in page.texts[calls[-1] + 1:] if text.strip()}
    end = len(paragraphs)
    while end > 1 and paragraphs[end - 1].strip() in after and len(paragraphs[end - 1].split()) < _APP_PROMO_WORDS:
        end -= 1
    if end == len(paragraphs) or any(text.strip() in after for text in paragraphs[:end]):
        return paragraphs  # the call stands inside the article, or the promo's lines are the body's too
    parts.removed.extend(paragraphs[end:])
    return paragraphs[:end]


# A wire story's pointer to its chart or fact box in brackets ("(Graphic: Global assets in 2019 - here)", "(Factbox:
# ...)"): a line of the text, however short.
_TEXT_POINTER = re.compile(r"^\((?:" + "|".join(layout.TEXT_POINTER_LABELS) + r")\s*:\s*\S[^()]{0,150}\)$",
                           re.IGNORECASE)


_LIST_ITEM = re.compile(r"^[-•*–]\s+")  # a list item's marker: "- ", "• ", "* ", "– "


def _drop_trailing_furniture(paragraphs: list[str], parts: TextParts) -> list[str]:
    """After the body's last sentence the copy holds only page furniture (related links, footer menus, share
    bars, the page's date stamps): short lines that end no sentence, headlines in Title Case ("Should You Consider
    Solar?") or lines that are only a (labelled) date, leave the body. A numbered ranking of people ("1. Jo Roe
    (2.)" lines, `prose_names.ranking_run`) is the article's content, however much it reads like a list of links:
    the cut stops under its last item."""
    ranked = _ranking_lines(paragraphs)
    last = None
    for index in range(len(paragraphs) - 1, -1, -1):
        line = paragraphs[index]
        if index in ranked:
            last = index
            break
        if is_lineup(line) or (index > 0 and is_lineup(paragraphs[index - 1]) and _MATCH_FIELD.match(line)):
            last = index  # a match report's line-ups and the officials' line under them close the body
            break
        if pageblocks.is_title_case(line) and not line.endswith(":"):
            continue  # a headline of a list of links, even one asking a question
        if date_line(line) is not None:
            continue  # the page's date stamp ("Updated March 4, 2021 at 9:00 a.m."), however sentence-like its end
        if boilerplate.is_paragraph(line) or (len(line.split()) >= _TAIL_SENTENCE_WORDS
                                               and _ends_sentence(line)) or _reported_before_button(line) \
                or _TEXT_POINTER.match(line) or boilerplate.is_excerpt_pointer(line):
            # "(Graphic: Emerging markets in 2019 - here)": the story's own pointer to its chart; "Read it all here"
            # (unstopped), an excerpt's close the boilerplate scan kept (`boilerplate.scan_lines`)
            last = index
            break
    marker = _LIST_ITEM.match(paragraphs[last]) if last is not None else None
    if marker:
        # "- Nova Scotia has 240 km of dikes" / "- the funding is part of ...": a fact list's items end no
        # sentence; under the body's last item, the items with its marker (three words or more, not headlines in
        # Title Case) are the list's too.
        # An item opening on a capital under a stopped item starts another list (the related links'
        # headlines in sentence case: "- The province keeps 240 km of dikes." / "- Minister visits Truro farm").
        while last + 1 < len(paragraphs) and paragraphs[last + 1].startswith(marker.group(0)) \
                and len(paragraphs[last + 1][marker.end():].split()) > _TAIL_SENTENCE_WORDS \
                and not pageblocks.is_title_case(paragraphs[last + 1][marker.end():]) \
                and not (paragraphs[last].rstrip().endswith((".", "!", "?"))
                         and paragraphs[last + 1][marker.end():][:1].isupper()):
            last += 1
    if last is not None and paragraphs[last].endswith(":"):
        # "What you get:" announces a list: its items end no sentence but are the article's, while they read
        # as items (three words or more, not headlines in Title Case).
        while last + 1 < len(paragraphs) and len(paragraphs[last + 1].split()) >= _TAIL_SENTENCE_WORDS \
                and not pageblocks.is_title_case(paragraphs[last + 1]):
            last += 1
    if last is None or last == len(paragraphs) - 1:
        return paragraphs
    parts.removed.extend(paragraphs[last + 1:])
    return paragraphs[:last + 1]


# A site's box of its most read, viewed or shared pages, whose items may be names alone (obituaries).
_MOST_VIEWED = re.compile(r"^(?:the\s+)?(?:most|top|trending)\s+(?:viewed|read|popular|shared|emailed|commented|clicked)\b"
                          r"[\w\s'’-]{0,40}:?$", re.IGNORECASE)
_RANK_OPENERS = frozenset("#0123456789")  # (a ranking's item opens on its number: the other lines are not read)


def _ranking_lines(paragraphs: list[str]) -> set[int]:
    """The indexes of the lines that make a numbered ranking of people (`prose_names.ranking_run`)."""
    ranked: set[int] = set()
    index = 0
    while index < len(paragraphs):
        run = ranking_run(paragraphs, index) if paragraphs[index].lstrip()[:1] in _RANK_OPENERS else 0
        # (the site's list of its most read pages, "Most Viewed Obituaries" over names, is furniture: skipped whole)
        if not (run and index and _MOST_VIEWED.match(paragraphs[index - 1].strip())):
            ranked.update(range(index, index + run))
        index += max(run, 1)
    return ranked


# A team's line-up closing a match report: the side's name, a colon, then the players in groups parted by
# semicolons ("RIVERTON: Murphy; Coughlan, Keane, Doyle; Walsh, Hegarty (Lynch 83); Fitzgerald."); a field of the
# match's under it ("Referee: Jo Roe (Riverton).", "Attendance: 5,210.") closes on a stop.
_LINEUP = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+[A-Z&][\w'’.&-]*){0,4}:\s+[^;:]{2,80}(?:;\s*[^;:]{2,120}){2,}$")
_MATCH_FIELD = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+)?:\s+\S.{0,80}[.)]$")


def is_lineup(line: str) -> bool:
    """A team's line-up on its own line (`_LINEUP`): a sports report's closing lines, the body's, never furniture
    (its names in capitals read like a list of link headlines)."""
    return len(line) <= 600 and bool(_LINEUP.match(line))


_SIGN_OFF_TAIL = 3  # the byline repeated as a sign-off stands among the body's last lines...
_SIGN_OFF_UNDER = 1  # ...with at most this many lines under it (a translation note)
_BOX_TAIL = 8  # an author box stands among the body's last lines...
_BOX_BIO_REACH = 3  # ...its biography at most this many lines under the name (a job line may stand between)
_BOX_BIO_WORDS = 12  # a biography is a paragraph of this many words or more...
_KNOWN_BIO_WORDS = 6  # (under a line that is a byline author's name, a note of this many words)
_BOX_NAME_WITHIN = 12  # ...that names its author (first name, surname, or whole) among its first words


def _box_names(line: str) -> list[str]:
    """The people a line names when it is nothing but a name or a short credit ("Jane Roe", "Written By Jane
    Roe"), else []."""
    if len(line.split()) > 6 or _SENTENCE_END.search(line):
        return []
    if _is_name_only(line) or pageblocks.is_name_line(line) or _is_byline(line):
        return authors_from_byline(line)
    return []


def _names_early(paragraph: str, names: list[str], shortest: int = _BOX_BIO_WORDS) -> bool:
    """True when `paragraph` is a biography of one of `names`: long enough, opening with one of the name's words
    (capital first, three letters or more) and a biography's verb or a possessive ("Jane Roe is a writer ...",
    "(Editor) Jane has ...", "Jane Roe's lens ..."), or introducing the author in the first person ("Hi there!
    I'm Jane")."""
    if len(paragraph.split()) < shortest:
        return False
    parts = {part for name in names for part in name.split() if len(part) >= 3 and part[:1].isupper()}
    words = re.findall(r"[^\W\d_][\w-]*(?:['’]s\b)?", _BRACKETED.sub(" ", paragraph))
    for position, word in enumerate(words[:_BOX_NAME_AT]):
        bare = re.sub(r"['’]s$", "", word)
        if bare not in parts:
            continue
        if bare != word:
            return True
        rest = " ".join(word for word in words[position + 1:position + 4] if word not in parts)
        if _BOX_BIO_VERB.match(rest):
            return True
    opening = " ".join(words[:_BOX_NAME_WITHIN])
    return bool(_FIRST_PERSON.search(opening)) and any(part in words[:_BOX_NAME_WITHIN] for part in parts)


def _box_voice(paragraph: str, names: list[str]) -> bool:
    """True when `paragraph` names one of `names` by first name among its first words and quotes nobody: an
    author box's voice, not a news profile's ("Roe is a retired teacher ... 'We need roads,' she said.")."""
    if _QUOTED.search(paragraph):
        return False
    firsts = {name.split()[0] for name in names if name.split()}
    words = re.findall(r"[^\W\d_][\w-]*", _BRACKETED.sub(" ", paragraph))[:_BOX_NAME_WITHIN]
    return any(word in firsts for word in words)


# A quotation or a speech verb: someone speaks in the paragraph.
_QUOTED = re.compile(r"[\"“”]|['‘]\s*(?-i:[A-Z])|\b(?:said|says|told)\b", re.IGNORECASE)
_BOX_NAME_AT = 3  # the biography's subject opens it, maybe after a job ("Editor / Journalist - Jane ...")
_BRACKETED = re.compile(r"\([^()]{0,60}\)")  # "Jane Roe (@janeroe) is", "Rebecca (Bec) is": asides in brackets
_BOX_BIO_VERB = re.compile(r"^" + BIO_VERBS + r"\b")
_FIRST_PERSON = re.compile(r"\b(?:I\s*['’]?\s*m|I\s+am|my\s+name\s+is)\b", re.IGNORECASE)


def _drop_author_box(paragraphs: list[str], parts: TextParts) -> list[str]:
    """An author box closes the article: a line with only the author's name ("Jane Roe", "Written By Jane Roe"),
    maybe a job line, then a biography that names the author early ("Jane Roe is a writer who ...", "Hi! I'm
    Jane"). From the name line on (and a "Written by" or "Author" label over it) the rest is furniture: more
    authors' boxes, the site's services. A name line under the byline's author, with only short lines left
    under it ("Jane Roe / Thanks for sharing."), closes the article the same way."""
    byline_names = set(authors_from_byline(parts.byline))
    start = max(1, len(paragraphs) - _BOX_TAIL)
    signature = _BY_PREFIX.sub("", (parts.byline or "").strip()).strip().casefold()
    for index in range(max(1, len(paragraphs) - _SIGN_OFF_TAIL), len(paragraphs)):
        # The byline printed again at the end, without its "By" ("Jo Roe (Riverton, field reporter)"):
        # the article's sign-off; the unquoted lines under it (a translation note) go with it.
        # At most one line stands under it, and no news of the author ("Jo Roe was one of three reporters ...").
        under = paragraphs[index + 1:]
        if signature and len(signature.split()) >= 2 and paragraphs[index].strip().casefold() == signature \
                and len(under) <= _SIGN_OFF_UNDER and not any(_QUOTED.search(line) for line in under) \
                and not any(_news_of_author(line) for line in under):
            parts.removed.extend(paragraphs[index:])
            return paragraphs[:index]
    for index in range(start, len(paragraphs)):
        # A line that is a byline author's name, whatever its case ("JO ROE"), names that author.
        names = [name for name in byline_names if name.casefold() == paragraphs[index].strip().casefold()] \
            or _box_names(paragraphs[index])
        if not names:
            continue
        # A name line over a biography is a section of the article too ("Meet the candidates": "Jo Roe" / "Roe
        # is a retired teacher ... 'Our roads are a disgrace,' she said."). Unless it names the byline's author
        # or a label marks it, the box's biography must read as one: the person by first name ("Jo is", "Jo Roe
        # is"), not a news story's surname alone, and nobody quoted.
        labelled = index > 1 and _BOX_LABEL.match(paragraphs[index - 1])
        known = set(names) <= byline_names or labelled or pageblocks.is_byline(paragraphs[index])
        under = paragraphs[index + 1:index + 1 + _BOX_BIO_REACH]
        # Under a byline author's own name a short note is enough ("Roe covers the courts for the Ledger.").
        shortest = _KNOWN_BIO_WORDS if set(names) <= byline_names else _BOX_BIO_WORDS
        # A note on the byline's author must read as a biography ("Jo Roe covers the courts"), not news of them
        # ("Jo Roe was one of three reporters turned away").
        bio = any(_names_early(line, names, shortest) and (known or _box_voice(line, names))
                  and (labelled or not set(names) <= byline_names or not _news_of_author(line)) for line in under)
        signed = set(names) <= byline_names and index >= len(paragraphs) - 3 and all(
            len(line.split()) < _SUBTITLE_MIN_WORDS for line in paragraphs[index + 1:])
        # The byline author's own name over a job line ("Jo Roe" / "Content Writer"): the box, whatever follows.
        signed = signed or (set(names) <= byline_names and index + 1 < len(paragraphs)
                            and _is_short_line(paragraphs[index + 1]) and not _box_names(paragraphs[index + 1]))
        if not (bio or signed):
            continue
        if labelled:
            index -= 1
        parts.removed.extend(paragraphs[index:])
        return paragraphs[:index]
    # Without its name line (extracted HTML often drops it), a blogger's box still greets the reader.
    for index in range(max(1, len(paragraphs) - _GREETING_TAIL), len(paragraphs)):
        if _GREETING_BIO.match(paragraphs[index]):
            parts.removed.extend(paragraphs[index:])
            return paragraphs[:index]
    return paragraphs


# "Written by" / "About the author" alone over the box's name line.
_BOX_LABEL = re.compile(r"^(?:" + credit_alternation("alone") + "|"
                        + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in layout.AUTHOR_BOX_LABELS)
                        + r")\s*:?$", re.IGNORECASE)

_GREETING_TAIL = 2  # the box is the last paragraph or the one before it
# "Hi there! I'm Jane, and I started this blog in 2011 ...": an author introducing herself at the close.
_GREETING_BIO = re.compile(r"^(?:hi|hello|hey|howdy)\b[^.!?]{0,20}[!,.]\s*(?:I\s*['’]\s*m|I\s+am|my\s+name\s+is)\s+"
                           r"(?-i:[A-Z])", re.IGNORECASE)


_NOTE_MARK = re.compile(r"^[\[(]?(\d{1,2})[\])]?\.?$")  # "1", "[2]", "(3)", "4.": a footnote's number alone
_NOTE_LINES = 2  # a footnote's text runs at most this many lines before the next number
_NOTES_MIN = 2  # numbered notes in a row that make a list of footnotes


_MARKED_TAIL = 12  # glued note marks stand among the body's last lines...
_MARKED_REACH = 3  # ...the next mark of the series at most this many lines under the one before
_MARK_GLUED = re.compile(r"^(?P<mark>\d{1,2}|\*{1,3}|[†‡§])(?=[“\"‘']?(?-i:[A-Z][a-z]))")


def _mark_rank(mark: str) -> tuple[int, int] | None:
    """(series, position) of a note mark: digits are series 0 counting from 1, the others `NOTE_MARK_SERIES`."""
    if mark.isdigit():
        return 0, int(mark)
    for series, marks in enumerate(layout.NOTE_MARK_SERIES, start=1):
        if mark in marks:
            return series, marks.index(mark) + 1
    return None


_ITEM_LABEL = re.compile(r"^(?P<label>[^\W\d][\w'’&-]*(?:\s+[\w'’&-]+){0,2})\s*:\s")  # "Housing: build ..."
_REPORTED = re.compile(layout.REPORTING_CLAUSE + "|" + layout.REPORTING_OPENING, re.IGNORECASE)


def _reads_as_list_item(line: str) -> bool:
    """A marked line that heads an item of the article's own list, not a note: a short heading without a full stop
    ("1The Old Mill Café", "2Longer library hours") or a topic label before a colon ("1Housing: build 500 homes")
    that is no note's label ("**Note: ...", "†Source: ...")."""
    text = _MARK_GLUED.sub("", line, count=1).strip()
    label = _ITEM_LABEL.match(text)
    if label:
        return label.group("label").casefold() not in layout.NOTE_LABELS
    return _is_short_line(text)  # a heading: a few words, no full stop


_LIST_LEAD_IN = re.compile(r"\w[\w)’'\"”]*\s*:$")  # a paragraph of prose closing on a colon announces a list


def _marked_run_is_notes(paragraphs: list[str], first: int) -> bool:
    """Whether the marked lines from `first` on, with the lines under them, read as the page's notes rather than a
    numbered list inside the article: no marked line heads a list's item (`_reads_as_list_item`), and nobody
    speaks from there to the end ("..., Brandt said.", "Lind said she hopes ..."): a page's notes and
    disclosures report no speech, while a list in the story is followed by its prose, quotes and all. A paragraph
    closing on a colon right above the first mark announces the list ("The plan has two aims:")."""
    rest = paragraphs[first:]
    if first > 0 and _LIST_LEAD_IN.search(paragraphs[first - 1]):
        return False  # "The plan has two aims:" announces the numbered items under it: the article's own list
    if any(_MARK_GLUED.match(line) and _reads_as_list_item(line) for line in rest):
        return False
    return not any(_REPORTED.search(_MARK_GLUED.sub("", line, count=1)) for line in rest)


def _drop_marked_notes(paragraphs: list[str], parts: TextParts) -> list[str]:
    """Notes whose superscript marks the copy glued to their first word ("1Average fees ...", "2For the ten
    years ...", "*Survey of ...", "**Note: ...") close the article with the page's disclosures under them: from
    the first mark of a series (1, *, †) followed within a few lines by its second (2, **, ‡) among the body's
    last lines, the rest is the page's apparatus. One marked line alone (a "*See below" aside, "3Doors" in a
    sentence) or a series not counting up is no list of notes; a mark with a space after it is a list's bullet.
    A numbered list of the article's own (headings over paragraphs, topic labels, items or prose after them
    reporting speech) stays (`_marked_run_is_notes`)."""
    start = max(1, len(paragraphs) - _MARKED_TAIL)
    for index in range(start, len(paragraphs) - 1):
        glued = _MARK_GLUED.match(paragraphs[index])
        rank = _mark_rank(glued.group("mark")) if glued else None
        if rank is None or rank[1] != 1:
            continue
        for later in range(index + 1, min(len(paragraphs), index + 1 + _MARKED_REACH)):
            nxt = _MARK_GLUED.match(paragraphs[later])
            if nxt and _mark_rank(nxt.group("mark")) == (rank[0], 2):
                if not _marked_run_is_notes(paragraphs, index):
                    return paragraphs
                parts.removed.extend(paragraphs[index:])
                return paragraphs[:index]
    return paragraphs


def _drop_footnotes(paragraphs: list[str], parts: TextParts) -> list[str]:
    """Footnotes close the article: its numbers alone on a line ("1", "2", ...), counting up from 1, each over a
    line or two of note, to the end of the text. They are the page's apparatus, not the article's prose; one
    numbered line alone (a list item "1" of a count) is no list. Notes whose marks the copy glued to their text
    go too (`_drop_marked_notes`)."""
    paragraphs = _drop_marked_notes(paragraphs, parts)
    index = len(paragraphs) - 1
    expected = None  # the number the note above must carry, scanning up from the last
    first = None
    since = 0
    while index >= 0:
        mark = _NOTE_MARK.match(paragraphs[index])
        if mark and (expected is None or int(mark.group(1)) == expected) and since >= 1:
            number = int(mark.group(1))
            if number == 1:
                first = index
                break
            expected, since = number - 1, 0
        elif mark or since >= _NOTE_LINES:
            return paragraphs
        else:
            since += 1
        index -= 1
    if first is None or first == 0:
        return paragraphs
    notes = sum(bool(_NOTE_MARK.match(line)) for line in paragraphs[first:])
    if notes < _NOTES_MIN:
        return paragraphs
    parts.removed.extend(paragraphs[first:])
    return paragraphs[:first]


def drop_closing_furniture(paragraphs: list[str], byline: str | None = None) -> tuple[list[str], list[str]]:
    """(kept, removed): `paragraphs` of any extracted body (HTML too) without the footnotes, the footer menu and
    the author box that close it (`_drop_footnotes`, `_drop_footer_menu`, `_drop_author_box`); `byline` names the
    authors when known."""
    parts = TextParts(byline=byline)
    kept = _drop_author_box(_drop_footer_menu(_drop_footnotes(paragraphs, parts), parts), parts)
    return kept, parts.removed


_FOOTER_RUN = 3  # menu lines in one run of short lines that make a footer menu...
_FOOTER_AFTER = 3  # ...with at most this many longer lines (the site's blurb, a copyright) under it


def _drop_footer_menu(paragraphs: list[str], parts: TextParts) -> list[str]:
    """A site's footer menu near the end ("About / Contact / Privacy Policy / Terms of Use"), maybe with the
    site's blurb or ownership line under it ("Example Eats is part of the Example family."): a run of short
    lines of which `_FOOTER_RUN` or more are made only of menu words, with no more than `_FOOTER_AFTER` longer
    lines after it. From the run on, the rest is furniture."""
    longer = 0
    index = len(paragraphs) - 1
    while index > 0 and longer <= _FOOTER_AFTER:
        if not _is_short_line(paragraphs[index]):
            longer += 1
            index -= 1
            continue
        run = index
        while run > 0 and _is_short_line(paragraphs[run - 1]):
            run -= 1
        if run > 0 and sum(_is_menu_line(line) for line in paragraphs[run:index + 1]) >= _FOOTER_RUN:
            parts.removed.extend(paragraphs[run:])
            return paragraphs[:run]
        index = run - 1
    return paragraphs


_SHORT_LINE_WORDS = 6  # a menu item, a heading: no sentence


def _is_short_line(line: str) -> bool:
    return len(line.split()) <= _SHORT_LINE_WORDS and not _SENTENCE_END.search(line)


def _is_menu_line(line: str) -> bool:
    words = re.findall(r"[^\W\d_]+", line.lower())
    return len(line.split()) <= 4 and bool(words) and all(word in layout.NAV_WORDS for word in words)


_CONTENTS_MIN = 3  # entries of a table of contents
_CONTENTS_WORDS = 15  # an entry is a heading: this many words at most, no full stop at its end
_CONTENTS_SHARE = 0.8  # of a run's entries, this share must stand again further down as the body's headings
_CONTENTS_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[•·▪-])\s+")  # "2.", "2.1", "02", "•"


def _contents_key(line: str) -> str:
    return " ".join(_CONTENTS_NUMBER.sub("", line).casefold().split())


def _drop_contents_list(paragraphs: list[str], parts: TextParts) -> list[str]:
    """A table of contents goes: a run of `_CONTENTS_MIN` or more heading-like lines (short, no full stop at the
    end, maybe numbered) of which `_CONTENTS_SHARE` stand again further down the body, each on its own line,
    as its section headings (apart from each other, over their sections, unless the run is numbered). The
    repetition is the evidence: a list the article makes (steps, items) does not stand again as its headings,
    and a chorus sung twice stands again as one block."""
    keys = [_contents_key(line) for line in paragraphs]
    index = 0
    while index < len(paragraphs):
        end = index
        while end < len(paragraphs) and len(paragraphs[end].split()) <= _CONTENTS_WORDS \
                and not paragraphs[end].rstrip().endswith("."):
            end += 1
        if end - index >= _CONTENTS_MIN:
            entries = {keys[i] for i in range(index, end) if keys[i]}
            later = set(keys[end:])
            again = sum(bool(keys[i]) and keys[i] in later for i in range(index, end))
            # The copies further down must stand apart, each over its own section: the same lines again as one
            # block are a chorus or a list repeated, unless the run is numbered or bulleted.
            numbered = all(_CONTENTS_NUMBER.match(paragraphs[i]) for i in range(index, end))
            apart = numbered or not any(keys[at] in entries and keys[at + 1] in entries
                                        for at in range(end, len(paragraphs) - 1))
            if apart and again >= _CONTENTS_MIN and again >= _CONTENTS_SHARE * (end - index):
                parts.removed.extend(paragraphs[index:end])
                return paragraphs[:index] + paragraphs[end:]
        index = end + 1
    return paragraphs


_REPEAT_WORDS = 8  # a paragraph this long seen again is a copy of a block, not the article saying it twice


def _collapse_repeats(paragraphs: list[str], parts: TextParts) -> list[str]:
    """A line copied twice in a row, or a block copied again further down (a page rendering one block for two
    screen sizes, tabs holding the same text), counts once: a paragraph of `_REPEAT_WORDS` words seen before
    goes, and so do the short lines (headings, list items) of the repeated run it belongs to."""
    kept: list[str] = []
    seen: set[str] = set()
    in_copy = False
    for line in paragraphs:
        repeat = line in seen
        if (kept and line == kept[-1]) or (repeat and (in_copy or len(line.split()) >= _REPEAT_WORDS)):
            parts.removed.append(line)
            in_copy = in_copy or len(line.split()) >= _REPEAT_WORDS
        else:
            kept.append(line)
            seen.add(line)
            in_copy = False
    return kept


_NOTE_MAX_CHARS = 300


def _is_author_note(line: str, byline: str | None) -> bool:
    """A line that opens with a byline author's name and a biography's verb ("Jo Roe is a planner ...")."""
    return len(line) <= _NOTE_MAX_CHARS and not _QUOTED.search(line) and any(
        line[:len(name)].casefold() == name.casefold() and _BIO_VERB.match(line, len(name))
        for name in authors_from_byline(byline))


# A press release's "About X" box run into one paragraph ("About Kestrel Rail: Kestrel Rail Inc. builds trams ..."):
# the heading, a colon or dash, and the company's description opening on its own name's first word.
_INLINE_ABOUT = re.compile(r"^About\s+(?:the\s+)?(?P<first>[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,5}\s*[:–—-]\s+"
                           r"(?:The\s+)?(?P=first)\b")
_INLINE_ABOUT_TAIL = 3  # paragraphs from the end where the release's box stands
# A press release's signs: a wire's dateline or "X today announced/reported".
_RELEASE_SIGN = re.compile(r"/PRNewswire(?:-\w+)?/|\bBUSINESS\s+WIRE\b|\bGLOBE\s+NEWSWIRE\b|\bACCESSWIRE\b|"
                           r"\btoday\s+(?:announced|reported)\b", re.IGNORECASE)
# What may follow the release's box: its investor call, contacts, legal notes; a news paragraph ("Shares in the
# company rose 4% ...") means the box was the article's own.
_RELEASE_AFTER = re.compile(r"\b(?:call|webcast|dial|dial-in|contact|contacts|investors?|media|forward-looking|"
                            r"safe\s+harbor|inquiries|enquiries|press)\b|@|\d{3}-\d{4}", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|told|according\s+to)\b", re.IGNORECASE)


def _drop_inline_about(paragraphs: list[str], parts: TextParts) -> list[str]:
    """The release's "About X: X ..." box near the end of a press release (a wire's dateline, "today announced"),
    and what follows it when that is the release's furniture (the investor call's time and dial-in, contacts) and
    nothing there is quoted: like an "About X" heading's box. A box reporting someone ("..., officials said.") or
    a news paragraph after it ("Shares in the company rose 4% ...") is the article's own."""
    start = max(1, len(paragraphs) - _INLINE_ABOUT_TAIL)
    # (the cheap test first: a tail paragraph opening "About X:" is rare, a release's sign is searched only then)
    if not any(paragraph.startswith("About") and _INLINE_ABOUT.match(paragraph) for paragraph in paragraphs[start:]):
        return paragraphs
    if not any(_RELEASE_SIGN.search(paragraph) for paragraph in paragraphs[:_INLINE_ABOUT_TAIL + 1]):
        return paragraphs
    for position in range(start, len(paragraphs)):
        if _INLINE_ABOUT.match(paragraphs[position]) and not _REPORTED.search(paragraphs[position]) and all(
                not _QUOTED.search(rest) and _RELEASE_AFTER.search(rest) for rest in paragraphs[position + 1:]):
            parts.removed.extend(paragraphs[position:])
            return paragraphs[:position]
    return paragraphs


_OPENING_BIO_CHARS = 160  # an opinion writer's one-line bio over her column


# An opinion page names its section over the headline ("Opinion", "Comment", "Op-Ed"): a writer's one-line bio
# opens only such a page's body.
_OPINION_LINE = re.compile(r"^(?:opinion|comment|commentary|op-?ed|column|guest\s+column|viewpoint|perspective|"
                           r"analysis\s*(?:&|and)\s*opinion)(?:\s*[:|/–—-].{0,60})?$", re.IGNORECASE)
_OPINION_TOP = 8  # page lines over the body where the section's name stands
_TITLE_GENDER = {"mr": "female", "ms": "male", "mrs": "male", "miss": "male"}  # the gender a title rules out


def _opinion_page(texts: list[str]) -> bool:
    return any(_OPINION_LINE.match(text.strip()) for text in texts[:_OPINION_TOP])


def _opening_bio(line: str, names: list[str]) -> bool:
    """"Mr. Bell is a former mayor of Riverton, Ohio." over the column "By Tom Bell" signs (the caller checks the
    page is an opinion page): the writer named in full, or by a title that fits her first name and her surname,
    "is a/an/the", one sentence, nothing quoted, no second clause ("..., and he backed the line"). A lede that goes
    on is longer than one such sentence or holds a second clause's verb of saying."""
    if len(line) > _OPENING_BIO_CHARS or _QUOTED.search(line) or "\n" in line or pageblocks.sentence_breaks(line) > 0:
        return False
    found = re.match(r"^(?:(?P<title>Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)"
                     r"{0,3})\s+is\s+(?:a|an|the)\s+(?!.*(?:,\s*(?:and|but)\b|\b(?:said|says|told|announced|who|which|"
                     r"when|after|but)\b))[^.!?]*[.]$", line)
    if not found:
        return False
    named, title = found.group("name"), (found.group("title") or "").lower()
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        if not title and named == name:
            return True
        if title and named == words[-1]:
            gender = first_name_gender(words[0]) if title in _TITLE_GENDER else None
            if title not in _TITLE_GENDER or (gender is not None and gender != _TITLE_GENDER[title]):
                return True  # "Mr." over "Tom": the title fits the first name ("Mr. Roe" over "Jane Roe" does not)
    return False


_NOTE_MARKS = re.compile(r"^(?:[—–*]+|-{1,2})\s*(?=[A-Z])")


def _drop_author_notes(paragraphs: list[str], parts: TextParts, opinion: bool = False,
                       page_texts: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Notes closing the article about its authors ("Jane Roe reports on courts from Riverton.") are furniture.
    On a page without a byline, a last paragraph that says who wrote for the outlet ("Jane Roe is a community
    reporter for the Riverton Ledger.", `outlets.find_outlet_evidence`'s author note) is one too, and names the
    page's author (`TextParts.box_authors`); so is the page's own writer's note (`_contributor_note`, the page's
    lines outside the body, `page_texts`, naming the outlet the note names)."""
    names = authors_from_byline(parts.byline)
    if not names and paragraphs and len(paragraphs) > 1 and len(paragraphs[-1]) <= _NOTE_MAX_CHARS \
            and not _QUOTED.search(paragraphs[-1]):
        note = find_outlet_evidence(paragraphs[-1], furniture=False, closing=True)
        if note is not None and note.kind == "author_note":
            person = re.match(r"^(.+?)\s+(?:is|was)\b", paragraphs[-1])
            parts.box_authors = authors_from_byline(person.group(1)) if person else []
            parts.removed.append(paragraphs[-1])
            return _drop_box_label(paragraphs[:-1], parts)
    if not names and len(paragraphs) > 1:
        body = set(paragraphs)  # built once per page, not once per page line
        if _contributor_note(paragraphs[-1], [text for text in page_texts if text not in body], paragraphs[:-1]):
            parts.removed.append(paragraphs[-1])  # the writer is not the page's author by this alone: no byline
            return _drop_box_label(paragraphs[:-1], parts)
    if not names or not paragraphs:
        return paragraphs
    if len(paragraphs) > 2 and opinion and _opening_bio(paragraphs[0], names):
        parts.removed.append(paragraphs[0])
        paragraphs = paragraphs[1:]
    tail_start = max(0, len(paragraphs) - _BIO_TAIL_PARAGRAPHS)
    kept = paragraphs[:tail_start]
    for position, line in enumerate(paragraphs[tail_start:], tail_start):
        # Case aside: "By JANE ROE" over "Jane Roe covers courts", "Jane MacLeod" under "By JANE MACLEOD".
        # (a note set off by a dash or an asterisk, "— Jo Roe is a freelance journalist.", as printed in italics)
        note = _NOTE_MARKS.sub("", line)
        if any(_opens_with_author(note, name) for name in names) \
                and len(line) <= 400 and not _news_of_author(note):
            parts.removed.append(line)
            if 0 < position and position + 1 < len(paragraphs) and _reads_as_bio(line) \
                    and not any(_QUOTED.search(rest) for rest in paragraphs[position + 1:]):
                # The note closes the article: what stands under it is the box's too ("Named one of ..."); a note
                # with no article above it opens the page and closes nothing.
                parts.removed.extend(paragraphs[position + 1:])
                break
        else:
            kept.append(line)
    return _drop_box_label(kept, parts) if len(kept) < len(paragraphs) else kept


_BEAT = re.compile(BEAT, re.IGNORECASE)


# A writer's note closing an unsigned page: the writer's name (`author_bios.NOTE_NAME`, shared with the outlet's
# author note), maybe an apposition between commas, "is", then a place on the opinion pages in one of its exact
# phrases (`author_bios.CONTRIBUTOR_NOTE_PHRASES`), one sentence ("Jo Roe, a law professor, is a member of the
# Courier's Board of Contributors.").
_CONTRIBUTOR_NOTE = re.compile(r"^(?P<name>" + NOTE_NAME + r")(?:,\s+[^,.;:!?\"“”]{3,80},)?\s+is\s+[^!?\"“”]{3,160}\.$")
_CONTRIBUTOR_PLACE = re.compile(CONTRIBUTOR_NOTE_PHRASES, re.IGNORECASE)
# The opinion pages' own phrases, the page's whatever outlet they name: "a member of the Courier's Board of
# Contributors", "is (the) editor of the editorial page". An editorial board is a board of anything (a school
# magazine's, a society's): never enough alone.
_OWN_OPINION_PAGES = re.compile(r"\bboard\s+of\s+contributors\b|\bis\s+(?:the\s+)?editor\s+of\s+the\s+editorial\s+page\b",
                                re.IGNORECASE)
_EDITORIAL_BOARD = re.compile(r"\beditorial\s+board\b", re.IGNORECASE)
# A job held once ("a former columnist for ...", "an ex-editor of ...") is the story's news about the person.
_FORMER_JOB = re.compile(r"\b(?:former|retired|onetime|one-time|ex-)", re.IGNORECASE)
# A relative clause ("the walker who filmed the flood", "..., which backed the weir") says what the person did in the
# story: a writer's note says only where the writer writes.
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_ORGANISATION_TAILS = ORG_WORDS | ORG_NAME_HEADS | NON_PERSON_NAME_TAILS


def _page_outlets(elsewhere: list[str] | tuple[str, ...]) -> set[str]:
    """The outlet names the page's own furniture lines give (`outlets.find_outlet_evidence`: its copyright line,
    masthead or site line), not any capitalised word of its headline or date line."""
    found = (find_outlet_evidence(text) for text in elsewhere)
    return {evidence.name for evidence in found if evidence is not None and evidence.name}


def _contributor_note(line: str, elsewhere: list[str] | tuple[str, ...] = (), before: list[str] | tuple[str, ...] = ()) -> bool:
    """The last paragraph of a page without a byline is its writer's note (`_CONTRIBUTOR_NOTE`) when it names the
    writer's place on the opinion pages in an exact phrase (`author_bios.CONTRIBUTOR_NOTE_PHRASES`), is one
    sentence and reports nobody ("..., her mother said"). It must be the page's own: the opinion pages' own
    phrases ("Board of Contributors", "is editor of the editorial page"), or the page's outlet, as its furniture
    lines outside the body (`elsewhere`) name it, right after "for/at/with/to (the)". Never an editorial board
    (any body has one), never a former job, never a person the body (`before`) already named: that is the
    story's person. The name is a person's (no "The ...", no organisation's last word after a word that is no
    given name), and a relative clause about the story ("the walker who filmed the flood") makes it news."""
    if len(line) > _NOTE_MAX_CHARS or _QUOTED.search(line) or _REPORTED.search(line) \
            or pageblocks.sentence_breaks(line) or _RELATIVE_CLAUSE.search(line) or _FORMER_JOB.search(line) \
            or _EDITORIAL_BOARD.search(line):
        return False
    match = _CONTRIBUTOR_NOTE.match(line)
    if not match or not _CONTRIBUTOR_PLACE.search(line):
        return False
    name = match.group("name")
    words = name.split()
    if words[0] == "The" or (words[-1].lower() in _ORGANISATION_TAILS and not is_given_name(words[0])):
        return False
    named = re.compile(r"\b(?:" + re.escape(name) + "|" + re.escape(words[-1]) + r")\b")
    if any(named.search(text) for text in before):
        return False  # named in the story: the note is news about the person
    if _OWN_OPINION_PAGES.search(line):
        return True
    return any(re.search(r"\b(?:for|at|with|to)\s+(?:the\s+)?" + re.escape(outlet) + r"(?:'s|’s)?\.?$", line)
               for outlet in _page_outlets(elsewhere))


def _opens_with_author(line: str, name: str) -> bool:
    """True when `line` opens with the byline author's name and a biography's verb. A byline that glued the
    outlet's name to the writer's ("By Jo Roe Kestrel News" read as "Jo Roe Kestrel") also matches a note opening
    with the name's first two words or more ("Jo Roe is a Kestrel News contributor") where the note names the rest
    of the byline's words again: they were the outlet's, which the note names as where the author works."""
    if line[:len(name)].casefold() == name.casefold() and _BIO_VERB.match(line, len(name)):
        return True
    tokens = name.split()
    for cut in range(len(tokens) - 1, 1, -1):
        short = " ".join(tokens[:cut])
        if line[:len(short)].casefold() == short.casefold() and _BIO_VERB.match(line, len(short)):
            later = {word.casefold() for word in re.findall(r"[^\W\d_]+", line[len(short):])}
            return all(word.casefold() in later for word in tokens[cut:])
    return False


def _reads_as_bio(line: str) -> bool:
    """True when an author's note reads as a biography: the author is a something, or writes, reports or covers
    ("Jo Roe is a planner ...", "Jo Roe covers courts"), or it names a writing job or a beat. Only then is what
    stands under it the box's too: a news sentence about the author ("Jo Roe is among the residents who
    complained") leaves the lines under it alone."""
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", line)}
    return bool(_BIO_OPENING.search(line) or words & _BIO_JOBS or _BEAT.search(line))


def _news_of_author(line: str) -> bool:
    """True for a sentence whose subject is a person in the news rather than a biography's ("Jo Roe was one of
    three reporters turned away"): a name, then is/was/has, and nothing a biography says (`_reads_as_bio`)."""
    return bool(_NAME_THEN_VERB.match(line)) and not _reads_as_bio(line)


_NAME_THEN_VERB = re.compile(r"^(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:is|was|has|had)\b")
# One writer's job ("reporter", not "one of three reporters turned away").
_BIO_JOBS = frozenset(word for word in BIO_WORDS if not word.endswith("s"))
_BIO_OPENING = re.compile(r"^(?:\S+\s+){1,4}?(?:(?:is|was|has\s+been)\s+an?\s|"
                          r"(?:reports|covers|writes|edits|contributed)\b)")


def _drop_box_label(paragraphs: list[str], parts: TextParts) -> list[str]:
    """An author box's label ("About the author") left last once its note went is furniture too."""
    if len(paragraphs) > 1 and _BOX_LABEL.match(paragraphs[-1]):
        parts.removed.append(paragraphs[-1])
        return paragraphs[:-1]
    return paragraphs


def _in_credits_box(kept: list[str], index: int, titles: set[int | None]) -> bool:
    """A field-label byline ("Writer: Jo Roe") beside another field whose label credits no part of the article
    ("Director: ...", "Running time: ..."): a row of a credits box, not the byline. The headline's line is no row."""
    if not pageblocks.is_field_label_byline(kept[index]):
        return False
    return any(0 <= near < len(kept) and near not in titles and pageblocks.is_credits_box_row(kept[near])
               for near in (index - 1, index + 1))


def _read_header(kept: list[str], parts: TextParts, date_order: str | None, title_at: int | None = None,
                 outlet_bylines: tuple[str, ...] = (), entry_headings: frozenset[str] = frozenset(),
                 release: bool = False) -> int:
    """Fill title/subtitle/byline/date clues from the top of the kept lines; return where the body starts.
    `release`: the page is labelled a press release (its contact's name over her address is no byline).

    With `title_at`, the headline is that line (chosen by the page blocks): the lines above it are date lines,
    bylines or a kicker; without it, the first headline-like line is the headline.
    """
    index = 0
    limit = min(len(kept), (title_at or 0) + _HEADER_SCAN_LIMIT)
    title_index: int | None = None
    last_non_date = -1  # the last headline-block line that was not a date line
    pending_label: str | None = None  # "Updated on" alone on its line labels the date on the next one
    while index < limit:
        line = kept[index]
        place = "header" if title_at is None and title_index is None else (
            "above" if title_index is None else "below")
        dated = date_line(line, date_order, yearless=True) if index != title_at else None
        if dated:
            if dated.label is None and pending_label:
                dated = replace(dated, label=pending_label)
            parts.dates.append(DateClue(dated, line, place, line))
            pending_label = None
            index += 1
            continue
        label_only = _DATE_LABEL_ONLY.match(line) if index != title_at else None
        if label_only:
            pending_label = "updated" if _UPDATED.match(line) else "published"
            parts.removed.append(line)
            index += 1
            continue
        if parts.byline is None and index != title_at and _BY_ALONE.match(line) and index + 1 < len(kept) \
                and _is_name_only(kept[index + 1]):
            # "Written By" on one line, the name on the next
            parts.removed.append(line)
            parts.byline, last_non_date = kept[index + 1], index + 1
            index += 2
            continue
        if parts.byline is not None and index != title_at and pageblocks.is_person_byline(line) and (
                pageblocks.is_team_credit(parts.byline) or parts.byline in outlet_bylines
                or (_desk_credit_alone(parts.byline) and authors_from_byline(line))):
            # "World Cup Team" (a kicker), "The Silent Spectator" (a column's name) or "City Desk" (a masthead or a
            # desk's line) then "By Jo Roe": a person's byline outranks a team's, a desk's or an outlet's name.
            parts.removed.append(parts.byline)
            parts.byline = None
        above_headline = index < title_at if title_at is not None else title_index is None
        if parts.byline is None and index != title_at and _in_credits_box(kept, index, {title_at, title_index}):
            # "Director: Jo Roe" / "Writer: Ann Lee" under a review's headline: a film's credits box, no byline.
            index += 1
            continue
        chained = _credit_chain_byline(line, date_order) if parts.byline is None and index != title_at else None
        if chained:
            # "Medically reviewed by Jo Roe — Written by Ann Lee — Updated on April 2, 2026": the block's credits
            # and date on one line; the writer's credit is the byline.
            parts.byline, last_non_date = chained, index
            _add_dates_in_line(parts, line, date_order, "chain")
            index += 1
            continue
        if parts.byline is None and index != title_at and (_is_byline(line) or (
                line in outlet_bylines and (title_index is not None or title_at is not None))
                or (title_index is not None and _agency_credit(line) and _is_date_or_byline(kept, index + 1, date_order))) \
                and not (above_headline and (pageblocks.is_bare_team_credit(line) or _RELEASE_CREDIT.match(line))) \
                and not (_RELEASE_CREDIT.match(line) and _writer_under(kept, index)) \
                and not _lede_opening_by(line) and not _opens_with_gerund(line):
            parts.byline, last_non_date = _before_date(line, date_order) or line, index
            _add_dates_in_line(parts, line, date_order, "byline")
            index += 1
            continue
        if parts.byline is None and title_index is not None and index != title_at \
                and _dated_credit(line, kept[index + 1] if index + 1 < len(kept) else "", date_order):
            # "Interview by Jo Roe" right over the date line (or "May 2024 issue"): the byline.
            parts.byline, last_non_date = line, index
            index += 1
            continue
        if parts.byline is not None and index != title_at and _repeats_byline(line, parts.byline):
            # "By" / "Jo Roe" / "Jo Roe": the writer's name printed again (a link's text and a picture's).
            parts.removed.append(line)
            index += 1
            continue
        if parts.byline is not None and index != title_at and not boilerplate.is_paragraph(line) \
                and boilerplate.classify_line(line) in _SECOND_CREDITS:
            # "Edited by Jo Roe", "Photos by Ann Lee" under the byline: another credit of the headline block, not
            # the body's first line (a lede that opens with the words reads as prose: "Edited by nobody, the ...").
            parts.removed.append(line)
            index += 1
            continue
        if parts.byline is not None and parts.subtitle is None and title_index is not None and index != title_at \
                and last_non_date == index - 1 and title_index < index and _is_subtitle_like(line) \
                and len(line.split()) >= _SUBTITLE_MIN_WORDS and index + 1 < len(kept) \
                and date_line(kept[index + 1], date_order) and not date_line(line, date_order, yearless=True) \
                and not boilerplate.dated_lede(line):
            # Headline, "Interview by Jo Roe", a one-sentence summary, the date line: the summary between the
            # byline and the date is the standfirst (a magazine prints its credit over it), not the body's first line.
            # A past-tense sentence saying when ("The council voted on Tuesday night to ...") is the news lede.
            parts.subtitle, last_non_date = line, index
            index += 1
            continue
        if parts.byline is not None and index != title_at and _is_author_note(line, parts.byline):
            # "Jo Roe is a transport planner." under an opinion piece's byline: the author's note, not the body.
            parts.removed.append(line)
            index += 1
            continue
        if parts.byline is None and not parts.dates and index != title_at:
            signed = _author_with_date(line, date_order, outlet_bylines) or _date_then_byline(line, date_order)
            if signed:
                # "Jane Roe | Published: 06.07.16, 18:30": byline and date on one line; the byline is the name.
                parts.byline, last_non_date = signed, index
                _add_dates_in_line(parts, line, date_order, "byline")
                index += 1
                continue
        if index != title_at and (title_at is not None or title_index is not None) and _is_meta_line(line) \
                and _add_dates_in_line(parts, line, date_order, place):
            # "On Behalf of Riverton Law | Apr 21, 2017 | Liability", "12/19/2025 • Philosophy • Jane Roe"; the
            # writer's name among such segments is the byline.
            if parts.byline is None:
                signed = _segmented_byline(line, date_order, kept[index + 1:])
                if signed:
                    parts.byline, last_non_date = signed, index
            index += 1
            continue
        if title_at is not None and title_index is None:
            if index < title_at:
                parts.removed.append(line)  # a kicker or banner between the block's first line and the headline
                index += 1
                continue
            parts.title = line
            title_index = last_non_date = index
            index += 1
            continue
        if parts.title is None:
            if boilerplate.is_paragraph(line) or not _is_title_like(line) or pageblocks.reads_as_body(line) \
                    or pageblocks.is_transcript_turn(kept, index):
                break
            parts.title = line
            title_index = last_non_date = index
            index += 1
            continue
        if title_index is not None and index != title_at and last_non_date == index - 1 \
                and _COUNT_ALONE.match(line) and _header_follows(kept, index + 1, date_order, outlet_bylines):
            # Headline, standfirst, "142" (the comment counter), caption or byline: furniture of the block.
            parts.removed.append(line)
            last_non_date = index
            index += 1
            continue
        if parts.subtitle is None and title_index == index - 1 and _is_standfirst_like(line) \
                and len(line.split()) >= _SUBTITLE_MIN_WORDS and not _is_signed_line(kept, index, date_order) \
                and (_header_follows(kept, index + 1, date_order, outlet_bylines)
                     or _place_over_block(kept, index + 1, date_order)) \
                and not (_is_section_kicker(parts.title) and _is_title_like(line)):
            parts.subtitle, last_non_date = line, index
            index += 1
            continue
        if parts.subtitle is None and title_index == index - 1 and index + 2 < len(kept) \
                and all(_is_subtitle_like(item) and len(item.split()) >= _SUBTITLE_MIN_WORDS
                        and not boilerplate.is_paragraph(item) for item in kept[index:index + 2]) \
                and not _is_signed_line(kept, index + 1, date_order) \
                and not boilerplate.is_editor_credit(kept[index + 2]) \
                and _header_follows(kept, index + 2, date_order, outlet_bylines):
            # Two summary lines between the headline and its byline or date line: the standfirst and a second
            # point of the summary, which is furniture. Over a live page's "Edited by" they are its summary, the
            # article's (`_take_late_header`).
            parts.subtitle, last_non_date = line, index + 1
            parts.removed.append(kept[index + 1])
            index += 2
            continue
        if title_at is None and last_non_date == title_index and parts.subtitle is None and parts.byline is None \
                and _is_kicker(parts.title) and _is_title_like(line) and not boilerplate.is_paragraph(line) \
                and len(line.split()) > len(parts.title.split()) and (
                    _header_follows(kept, index + 1, date_order)
                    or (index + 1 < len(kept) and _is_subtitle_like(kept[index + 1])
                        and _header_follows(kept, index + 2, date_order))):
            # The first line was a section label ("World news") above the real headline.
            parts.removed.append(parts.title)
            parts.title = line
            title_index = last_non_date = index
            index += 1
            continue
        if parts.byline is None and title_index is not None and index != title_at \
                and not release:
            mailed = _name_with_email(line, kept[index + 1] if index + 1 < len(kept) else "")
            if mailed:
                # "Jo Roe" over "jroe@post.example", or "Jo Roe  jroe@post.example" on one line, under the
                # headline: the writer and her address, the byline without "By" (the address is no part of it).
                name, lines_used = mailed
                names = [name]
                parts.removed.extend(kept[index + 1:index + lines_used])
                index += lines_used
                # "Park Ji-won" over "jwpark@..." right under the first pair: the byline's next writer.
                while len(names) < _MAILED_WRITERS and index < len(kept):
                    more = _name_with_email(kept[index], kept[index + 1] if index + 1 < len(kept) else "")
                    if not more:
                        break
                    names.append(more[0])
                    parts.removed.extend(kept[index:index + more[1]])
                    index += more[1]
                parts.byline = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                last_non_date = index - 1
                continue
        if parts.byline is None and (_is_author_line(line) or pageblocks.is_sender_line(line)) \
                and not _is_dateline_alone(line) and (
                _is_date_or_byline(kept, index + 1, date_order) or _is_date_or_byline(kept, index - 1, date_order)):
            # "Jane Roe in Moscow" beside the date line is a byline without "By"; so is a release's sender there
            # ("From: Department for Transport"), which names no author.
            parts.byline, last_non_date = line, index
            index += 1
            continue
        if parts.byline is None and index != title_at and index + 2 < len(kept) and _is_name_only(line) \
                and (is_role_line(kept[index + 1]) or (_HANDLE_ALONE.match(kept[index + 1])
                                                      and _person_shaped(line, plain=True))) \
                and (_is_date_or_byline(kept, index + 2, date_order) or (
                    _HANDLE_ALONE.match(kept[index + 1]) and _body_after_handle(kept, index + 2))):
            # "Jo Roe" / "Opinion columnist" (or her handle, "@joroe") / "Published July 15, 2026": the writer, her
            # job, the date line.
            parts.byline, last_non_date = line, index
            parts.removed.append(kept[index + 1])
            index += 2
            continue
        if parts.byline is None and index + 1 < len(kept) and _is_name_only(line) and index != title_at and (
                kept[index + 1] in outlet_bylines or _outlet_under_writer(kept, index, date_order)):
            # "Jo Roe" over "Riverton Post": the writer and her outlet, the byline on two lines.
            parts.byline, parts.byline_outlet, last_non_date = line, kept[index + 1], index
            index += 1
            continue
        if parts.subtitle is not None and parts.byline is None and last_non_date == index - 1 \
                and index != title_at and _caption_over_byline(kept, index, date_order):
            # Standfirst, "A tram at the station on Monday." (its credit line already taken out), "By Jo Roe": a
            # short line between the standfirst and the byline or date line is the picture's caption.
            parts.removed.append(line)
            last_non_date = index
            index += 1
            continue
        if _is_section_label(line) and _header_follows(kept, index + 1, date_order):
            parts.removed.append(line)  # "POLITICS" between the headline and its date
            last_non_date = index
            index += 1
            continue
        if parts.byline is not None and (line in outlet_bylines or line == parts.byline_outlet) and index != title_at:
            # "Jo Roe" / "Riverton Post": the outlet's name under its writer's is the byline's second line.
            parts.removed.append(line)
            index += 1
            continue
        if parts.byline is None and _is_name_only(line) and index != title_at and index + 2 < len(kept) \
                and _is_place_line(kept[index + 1]) and _is_date_or_byline(kept, index + 2, date_order) \
                and not any(_is_byline(kept[k]) for k in range(index + 2, min(len(kept), index + 2 + _BY_REACH))):
            # "Marie Tremblay" / "Ottawa" / "Published March 5, 2026": the writer, her place, the date line (an
            # explicit byline under them wins: "Keir Starmer" / "London" / "5 March 2026" / "By Harriet Lowe" are
            # topic tags over the date)
            parts.byline = line
            parts.removed.append(kept[index + 1])
            index += 2
            continue
        if parts.byline is None and _is_name_only(line) and (
                (_next_is_paragraph(kept, index + 1) and pageblocks.is_name_line(line))
                or _is_date_or_byline(kept, index + 1, date_order)):
            parts.byline = line  # a bare author name right above the first paragraph or the date line
            index += 1
            if _next_is_paragraph(kept, index):
                break
            continue
        if parts.byline is None and index != title_at and (title_at is not None or title_index is not None):
            signed = _dateline_byline(line, date_order)
            if signed:
                # "Riverton, Norland, May 12. By Jo Roe": a wire dateline closing with the writer's byline.
                parts.byline, last_non_date = signed, index
                parts.removed.append(line)
                index += 1
                continue
        if _is_caption_like(line) and _next_is_paragraph(kept, index + 1) and line not in entry_headings \
                and not _is_town_dateline_alone(line):
            # A short unpunctuated line between the headline block and the first paragraph is a photo caption; a
            # known place in capitals alone there ("NEW DELHI") is the body's wire dateline, its first words.
            parts.removed.append(line)
            index += 1
        break
    if parts.byline and not parts.dates:
        _add_dates_in_line(parts, parts.byline, date_order, "byline")
    return index


# A chain of the headline block's credits on one line, parted by dashes, bars or dots: each link a credit phrase
# of `CREDIT_PHRASES` before a capitalised name, or a date line ("Updated on April 2, 2026").
_CHAIN_SPLIT = re.compile(r"\s+[—–|·•]\s+")
_CHAIN_SPLIT_KEPT = re.compile(r"(" + _CHAIN_SPLIT.pattern + r")")  # the same, the separators kept in the split


def without_reading_time(byline: str | None) -> str | None:
    """The byline without a reading time chained to it ("Story by Jo Roe • 3 min read" -> "Story by Jo Roe"): the
    page's estimate is no part of the credit. A byline that is only a reading time is left as it is."""
    if not byline or not _CHAIN_SPLIT.search(byline):
        return byline
    pieces = _CHAIN_SPLIT_KEPT.split(byline)
    links, separators = pieces[0::2], pieces[1::2]
    if not any(boilerplate.is_reading_time(link) for link in links) \
            or all(boilerplate.is_reading_time(link) for link in links):
        return byline
    kept = ""
    for position, link in enumerate(links):
        if boilerplate.is_reading_time(link):
            continue
        kept += (separators[position - 1] if kept and position else "") + link
    return kept
_CHAIN_CREDIT = re.compile(r"^(?:" + "|".join(credit_alternation(use) for use in ("byline", "author", "credits", "name"))
                           + r")\s*:?\s+(?=(?-i:[^\W\d_a-z]))", re.IGNORECASE)
_CHAIN_MAX_CHARS = 250


def _credit_chain_byline(line: str, date_order: str | None) -> str | None:
    """The byline link of a credit chain (see `_CHAIN_SPLIT`): two credits or more, every link a credit or a date
    line, one of them a byline ("Written by Ann Lee"); else None ("By the river — a story of floods")."""
    if len(line) > _CHAIN_MAX_CHARS:
        return None
    links = _CHAIN_SPLIT.split(line.strip())
    if len(links) < 2:
        return None
    byline, credits = None, 0
    for link in links:
        credit = _CHAIN_CREDIT.match(link)
        credits += bool(credit)
        if credit and byline is None and pageblocks.BYLINE.match(link):
            byline = link
        elif not credit and not date_line(link, date_order):
            return None
    return byline if credits >= 2 else None  # a byline and a date alone are read as such ("By Jo Roe | June 7")


_CREDIT_OPENING = re.compile(r"^(?:" + credit_alternation("byline") + r")\s*:?\s+(?P<next>[\w'’-]+)(?P<after>,|\s+\S+)?",
                             re.IGNORECASE)
# Month and weekday names are first names too ("By June Carter", "By Tuesday Bennett"): such a word opens a lede
# only with a word in lower case, a figure or a comma after it ("By Tuesday evening,", "By June, the ...").
_CALENDAR_NAMES = frozenset(WEEKDAY_KEYS + MONTH_KEYS)  # from one source (`dateforms`)


def _lede_opening_by(line: str) -> bool:
    """True when a paragraph that opens like a byline is the lede: it ends as a sentence and the word after the
    credit phrase is no name: a time word or a word in lower case ("By Tuesday evening, rescuers had pulled ...",
    "By the time the ferry ..."). "Posted by Jo Roe on Friday December 19, 2025 from the desk." is a byline."""
    found = _CREDIT_OPENING.match(line)
    if not found or not boilerplate.is_paragraph(line) or not _SENTENCE_END.search(line):
        return False
    word = found.group("next")
    if word.lower() in _CALENDAR_NAMES:
        after = (found.group("after") or "").strip()
        return after == "," or after[:1].islower() or after[:1].isdigit()
    return not word[:1].isupper() or word.lower() in _DATELINE_TIME_WORDS or word.isdigit()


_AGENCY_CREDIT_WORDS = 6


def _agency_credit(line: str) -> bool:
    """"Agence France-Presse", "Agencia EFE", "Xinhua News Agency": a news agency's name spelt out, alone on a
    line (a few capitalised words, one of them an agency's word of `layout.AGENCY_WORDS_ABROAD`, or "news agency").
    Under the headline, over the date line, it is the story's byline (no person: `_names_agency`)."""
    words = line.split()
    if not 2 <= len(words) <= _AGENCY_CREDIT_WORDS or any(char.isdigit() for char in line) \
            or _SENTENCE_END.search(line) or not all(word[:1].isupper() or word in ("of", "de", "du") for word in words):
        return False
    parts = {part for word in words for part in word.casefold().split("-")}
    # "agency" only with a news word: "Environmental Protection Agency" under a headline is a topic tag
    return bool(parts & layout.AGENCY_WORDS_ABROAD) or ("agency" in parts and bool(parts & {"news", "press"}))


def _opens_with_gerund(line: str) -> bool:
    """"By cutting fares, the city hopes to ...": the credit word before a verb's -ing form in lower case opens a
    clause (a standfirst without its full stop, or a lede), never a byline; no name is written so."""
    found = _CREDIT_OPENING.match(line)
    word = found.group("next") if found else ""
    return word.islower() and len(word) > 4 and word.endswith("ing")


def _repeats_byline(line: str, byline: str) -> bool:
    """True when `line` is the byline's name again, alone ("Jo Roe" under "By Jo Roe" or "Jo Roe")."""
    names = authors_from_byline(byline)
    return bool(names) and _is_name_only(line) and authors_from_byline(line) == names


_SECOND_CREDITS = frozenset({"credits", "photo_credit"})  # `boilerplate.classify_line` labels of a credit line
_DATE_LABEL_ONLY = re.compile(r"^(?:(?:first\s+|last\s+)?(?:updated|published|posted|modified|created)(?:\s+(?:on|at))?|"
                              r"date|publish(?:ed)?\s+date|last\s+update)\s*:?$", re.IGNORECASE)
_BY_ALONE = re.compile(r"^(?:" + credit_alternation("alone") + r")\s*:?$", re.IGNORECASE)
_META_MAX_WORDS = 20
_META_SEPARATOR = re.compile(r"[|•·/—–]|\s--?\s|\bby\b|^\S.*\d{4}$|^\d", re.IGNORECASE)


def _is_meta_line(line: str) -> bool:
    """A short line of headline-block facts rather than prose: separators, "by", or a date at one end."""
    return len(line.split()) <= _META_MAX_WORDS and not _SENTENCE_END.search(line) \
        and not boilerplate.is_paragraph(line) and bool(_META_SEPARATOR.search(line))


def _add_dates_in_line(parts: TextParts, line: str, date_order: str | None, place: str) -> bool:
    """The day-precision dates inside a byline or meta line become clues, the publication one first."""
    found = [item for item in labelled(line, find_dates(line, date_order))
             if item.precision == "day" or item.form == "numeric"]  # "06.07.16" may be settled later
    if not found:
        return False
    chosen = publication_date(found)
    parts.dates.append(DateClue(chosen, chosen.text, place, line))
    return True


# Which clue dates the article, in order: a labelled publication date wins; then an unlabelled date under the
# headline (or in its byline), then one over it; a date labelled as an update comes last.
DATE_CLUE_RULES: tuple[tuple[str, object], ...] = (
    ("published-label", lambda clue: clue.match.label == "published"),
    ("date-line", lambda clue: clue.match.label is None and clue.place in ("below", "header")),
    ("byline-date", lambda clue: clue.match.label is None and clue.place in ("byline", "chain")),
    ("date-above-headline", lambda clue: clue.match.label is None and clue.place == "above"),
    ("dateline", lambda clue: clue.match.label is None and clue.place == "dateline"),
    # The place-and-date sign-off under the last paragraph ("Lowmouth, 5 June 2024", `_closing_date`).
    ("signoff", lambda clue: clue.match.label is None and clue.place == "signoff"),
    # A blog entry's meta line under the article, its date and comment count (`_entry_meta_date`).
    ("entry-meta", lambda clue: clue.match.label is None and clue.place == "entry-meta"),
    # An update stamp in a credit chain ("Reviewed by ... — Written by ... — Updated on April 2, 2026") is the
    # date a reviewer last touched a guide, not when it appeared: with no published stamp beside it, no date.
    ("updated-only", lambda clue: clue.match.label == "updated" and clue.place != "chain"),
)

# A release's or wire story's dateline opening the first paragraph with its full date: "RIVERTON, March 10, 2026
# /Wire/ --", "RIVERTON, Ore., March 10, 2026 —" (the place in capitals, the date with its year).
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:,\s+[A-Z][\w.]{1,15})?,\s+(?P<rest>.{6,40}?)(?:\s*/|\s+[-–—]{1,2}\s)")


def _dateline_clues(paragraph: str, date_order: str | None) -> list[DateClue]:
    """The date of a dateline that opens the body's first paragraph, when the page's headline block has none;
    only a date with its year (a bare "March 10" is the wire's day, whose year the page does not say)."""
    head = _DATELINE_HEAD.match(paragraph)
    if not head:
        return []
    found = [item for item in find_dates(head.group("rest"), date_order) if item.precision == "day"]
    if len(found) != 1:
        return []
    return [DateClue(found[0], found[0].text, "dateline", paragraph)]


# Rules whose date is only as good as the page's silence about a revision: an update date is the publication
# date only on a page that says nothing of an earlier appearance or of someone else updating it.
REVISABLE_DATE_RULES = frozenset({"updated-only"})


def pick_date_clue(clues: list[DateClue], revision: str | None = None) -> DateClue | None:
    found = pick_date_rule(clues, revision)
    return found[1] if found else None


def pick_date_rule(clues: list[DateClue], revision: str | None = None) -> tuple[str, DateClue] | None:
    """The rule that dates the article and its clue (the first clue each rule accepts, rules in order). A month
    without its day ("March 2024") gives no day, which would be a guess: it dates the article to the month only, and
    only where no clue gives a day and it is the block's publication date line (`MONTH_DATE_RULES`).
    With `revision` (a line saying the page was revised after it first appeared, see `_revises`), a rule of
    `REVISABLE_DATE_RULES` dates nothing either: the update is known to come after the publication."""
    days = [clue for clue in clues if clue.match.precision != "month"]
    for name, accepts in DATE_CLUE_RULES:
        for clue in days:
            if accepts(clue):
                return None if name in REVISABLE_DATE_RULES and _revises(revision, clue) else (name, clue)
    # A page that prints only a month ("November 2026" under the byline) is dated to that month, with the
    # precision saying so: no day is guessed. Only a publication's date line counts, never an update's.
    for name, accepts in DATE_CLUE_RULES:
        if name in MONTH_DATE_RULES:
            for clue in clues:
                if clue.match.precision == "month" and not clue.loose and accepts(clue):
                    return name, clue
    return None


# The rules whose clue may give only a month: the block's publication date line, unlabelled or labelled.
MONTH_DATE_RULES = frozenset({"published-label", "date-line", "byline-date"})


def _revises(revision: str | None, clue: DateClue) -> bool:
    """True when `revision` says the page appeared before the clue's update: it names no date ("Updated by Jo
    Roe"), or an earlier one ("also appeared in the May 2024 issue"). A later one ("A version of this article
    appears in print on March 7": the next day's paper) is no revision of the web page."""
    if not revision:
        return False
    dates = [item.value for item in find_dates(revision) if item.precision != "yearless"]
    return not dates or min(dates) < clue.match.value


# The sign opens the line, maybe after a note's label and its subject ("Editor's note: This article was ...").
_REVISION = re.compile(r"^[\W_]*(?:(?:editor['’]?s\s+)?note\s*:\s*)?(?P<subject>(?:this|the)\s+(?:article|story|piece|"
                       r"post|report|column|page|guide|review|essay)\s+(?:was\s+|has\s+been\s+|is\s+)?)?(?:" + "|".join(
    re.escape(sign).replace(r"\ ", r"\s+") for sign in sorted(REVISION_SIGNS, key=len, reverse=True))
    + r")(?![^\W\d_])", re.IGNORECASE)
_REVISION_LINE_CHARS = 250  # a note or a credit, not a body paragraph that happens to use the words


def revision_line(lines: list[str]) -> str | None:
    """The first line saying the page was revised after it first appeared ("Updated by Jo Roe", "This article
    also appeared in the May/June 2024 issue"): a short line that opens with a `REVISION_SIGNS` phrase."""
    for line in lines:
        if line and len(line) <= _REVISION_LINE_CHARS and (sign := _REVISION.match(line)) \
                and not _about_another_thing(line, sign):
            return line
    return None


# A sentence that opens with a note's words but has a subject of its own after its date ("First published on 4
# August 1931, the Gazette was set by hand ...", "First published in 1994, the novel follows ..."): the opening is
# a phrase about that subject (a newspaper's founding, a book's first edition), not a note on the page. The note's
# own subject after the comma ("..., this post has been updated") or words going on with the note ("..., and
# updated since") keep it a note.
_PAGE_SUBJECT = r"(?:(?:this|the)\s+(?:article|story|piece|post|report|column|page|guide|review|essay)|it)\b"
_NOTE_GOES_ON = r"(?:and|but|or|then|at|by|in|on|from|with|under|since|updated|revised|last|first)\b"
_OWN_SUBJECT = re.compile(r"^\s*,\s*(?!" + _PAGE_SUBJECT + "|" + _NOTE_GOES_ON + r")[^\W\d_]", re.IGNORECASE)
_SIGN_GLUE = re.compile(r"^\s*(?:on|in)?\s*", re.IGNORECASE)


def _about_another_thing(line: str, sign: re.Match) -> bool:
    """True when `line`, which opens with a revision sign and names no page subject before it, goes on after the
    date right after the sign to a clause with another subject (`_OWN_SUBJECT`)."""
    if sign["subject"]:
        return False
    rest = line[sign.end():]
    rest = rest[_SIGN_GLUE.match(rest).end():]
    dated = [item for item in find_dates(rest) if item.start == 0]
    end = dated[0].end if dated else (year.end() if (year := _NOTE_YEAR.match(rest)) else None)
    return end is not None and bool(_OWN_SUBJECT.match(rest[end:]))


# A note that the page first appeared earlier ("This article was originally published on 26 Sep 2019 ...") and
# the date right after its words: not a republication credit, which names another outlet first ("... originally
# published on The Ledger") or after the date ("... on May 3, 2024 by The Ledger"), nor a print edition.
_FIRST_APPEARANCE = re.compile(r"\b(?:originally|first)\s+(?:published|appeared|posted)\s+(?:on\s+|in\s+)?",
                               re.IGNORECASE)
_NOTE_YEAR = re.compile(r"((?:19|20)\d\d)\b(?!\s*[/.\-]\s*\d)")
# After the note's date, a name after a preposition ("by The Ledger", "by our partners at Wexby Courier", "with
# permission from The Courier") or words of republication (`REPUBLICATION_WORDS`: "is reprinted with permission")
# credit another outlet; a date after "on" ("and updated on March 3") and a person after an editing verb ("and
# updated by Jo Roe") name none.
_OTHER_OUTLET = re.compile(r"(?<!updated\s)(?<!revised\s)(?<!edited\s)(?<!reviewed\s)"
                           r"\b(?:by|in|on|at|for|with|from)\s+(?:our\s+(?:[\w-]+\s+){0,2}(?:at|from|of|in)\s+)?"
                           r"(?:the\s+)?(?=[A-Z])(?P<name>\w+)")
_REPUBLICATION = re.compile(r"\b(?:" + "|".join(REPUBLICATION_WORDS) + r")", re.IGNORECASE)


def _credits_another_outlet(tail: str, date_order: str | None) -> bool:
    """True when the words after a first-appearance note's date credit another outlet (`_OTHER_OUTLET`)."""
    if _REPUBLICATION.search(tail):
        return True
    for found in _OTHER_OUTLET.finditer(tail):
        if fold_word(found["name"]) in weekday_names():
            continue
        if not any(item.start == 0 for item in find_dates(tail[found.start("name"):], date_order)):
            return True
    return False


def first_appearance(revision: str | None, date_order: str | None = None) -> tuple[date, str] | None:
    """(the day or year, 'day' or 'year') a revision note says the page first appeared on ("This post was first
    published on June 2, 2023", "... originally published in 2019 and has been updated"); None when the note names
    no date right after its words, or credits another outlet with it (a republication, whose own date stands)."""
    found = _FIRST_APPEARANCE.search(revision or "")
    if found is None:
        return None
    rest = revision[found.end():]
    dates = [item for item in find_dates(rest, date_order) if item.start == 0 and item.precision == "day"]
    if dates:
        return None if _credits_another_outlet(rest[dates[0].end:], date_order) else (dates[0].value, "day")
    year = _NOTE_YEAR.match(rest)
    if year is None or _credits_another_outlet(rest[year.end():], date_order):
        return None
    return date(int(year.group(1)), 1, 1), "year"


_SUBTITLE_MIN_WORDS = 4
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated?|modified)\b", re.IGNORECASE)
_DATE_SEPARATORS = re.compile(r"^[\s|•·,;:/–—-]+|[\s|•·,;:/–—-]+$")
_DATE_LABEL_TAIL = re.compile(r"\b(?:published|posted|updated|last\s+updated|on)\s*:?\s*$", re.IGNORECASE)


_DATELINE_BY = re.compile(r"^(?P<head>[^.!?]{3,60})\s*[.,;|–—-]\s+(?P<by>\S.*)$")


# The byline after a wire dateline is name-shaped and ends the line: "By" and two or three capitalised name words
# (several writers joined by "and"), maybe ", <Role>" in capitalised words; no lowercase word, no verb, no full stop
# ("By Tuesday evening, rescuers had pulled ...", "By boat is ...", "By Order of the Court, ..." are lead sentences).
_NAME_WORD = r"[A-Z][\w'’-]*\.?"
_DATELINE_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2}"
_DATELINE_SIGNED = re.compile(r"^By\s+" + _DATELINE_NAME + r"(?:\s+and\s+" + _DATELINE_NAME + r")*"
                              r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$")
# Time words open a lead sentence, never a name ("By Tuesday evening", "By March", "By the time").
_DATELINE_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today tonight yesterday tomorrow morning afternoon evening night noon "
    "midnight dawn dusk time then now week month year weekend order".split())


def _name_shaped_byline(by: str) -> bool:
    if not _DATELINE_SIGNED.match(by):
        return False
    words = re.findall(r"[\w'’-]+", by)
    return not any(word.lower() in _DATELINE_TIME_WORDS for word in words[1:])


def _dateline_byline(line: str, date_order: str | None) -> str | None:
    """The byline closing a wire dateline ("Riverton, Norland, May 12. By Jo Roe" -> "By Jo Roe"): a place and a
    date, the day's date maybe without its year, then a name-shaped byline that ends the line; else None
    ("Riverton harbour at dusk. By night", "March 12. By Tuesday evening, rescuers had pulled ...")."""
    found = _DATELINE_BY.match(line)
    if not found or not _is_byline(found.group("by")) or not _name_shaped_byline(found.group("by").strip()):
        return None
    head = found.group("head")
    dates = find_dates(head, date_order, yearless=True)
    if not dates or dates[-1].end < len(head.rstrip(" .,")) or dates[0].start == 0:
        return None  # the date closes a dateline that opens with its place
    return found.group("by")


# The separator before the update stamp: a bar or dot, or a dash between spaces ("2:26 PM HST - Updated June 4 at
# 4:46 PM"), whose date may leave out the year the posting date just gave.
_UPDATE_TAIL = re.compile(r"^(?P<clock>[^|·•]{0,30}?)(?:[|·•]|\s[-–—])\s*"
                          r"(?P<update>(?:last\s+)?(?:updated?|modified)\s*:?\s*\S.{5,40})$", re.IGNORECASE)


def update_tail(rest: str, date_order: str | None) -> bool:
    """Whether what follows a line's first date is its clock time and an update stamp with a date of its own
    ("6:00 AM CST | Last Updated: November 15, 2023"): the update never hides the posting date and byline before."""
    found = _UPDATE_TAIL.match(rest.strip())
    return bool(found) and bool(find_dates(found.group("update"), date_order, yearless=True))


_TAIL_TAGS = re.compile(r"(?:\s*(?:" + "|".join(layout.DATE_LINE_TAIL_TAGS) + r"))+\s*$", re.IGNORECASE)


def _without_tail_tags(rest: str) -> str:
    """What a date line says after its date, without the tags that date nothing (`layout.DATE_LINE_TAIL_TAGS`:
    "@08:00PM from the long-wait dept." -> "")."""
    return _TAIL_TAGS.sub("", rest)


def _before_date(line: str, date_order: str | None) -> str | None:
    """What a line says before the date that closes it, without the separator, label or weekday between ("By Jane
    Roe | Published: June 7, 2016" -> "By Jane Roe"); None when no date closes it."""
    if len(line) > 120:
        return None
    found = find_dates(line, date_order)
    if not found or (len(_without_tail_tags(line[found[0].end:])) > 30
                     and not update_tail(line[found[0].end:], date_order)):
        return None
    before = _DATE_SEPARATORS.sub("", _DATE_LABEL_TAIL.sub("", line[: found[0].start].strip()))
    words = before.split()
    while words and fold_word(words[-1].strip(",.")) in weekday_names():
        words.pop()  # "Jane Roe, Wednesday 4 Nov 2026": the date's weekday
    return _without_filed_section(_DATE_SEPARATORS.sub("", _DATE_LABEL_TAIL.sub("", " ".join(words)))) or None


_FILED_IN = re.compile(r"\s+in\s+((?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,2})$")


def _without_filed_section(before: str) -> str:
    """A byline without the section the story is filed in before its date ("By Jane Roe in Business on 21 May
    2026" -> "By Jane Roe"): capitalised section words (`layout.SECTION_WORDS`) that name no place ("By Jane Roe in
    Europe" says where she writes from)."""
    from loaders.extract.data.lexicon import COUNTRY_NAMES, PLACES

    found = _FILED_IN.search(before)
    if not found:
        return before
    section = found.group(1)
    folded = [word.lower() for word in section.split()]
    if all(word in layout.SECTION_WORDS for word in folded) and section.lower() not in PLACES \
            and section.lower() not in COUNTRY_NAMES and not any(word in PLACES for word in folded):
        return before[: found.start()]
    return before


# A date line, the section the story is filed in and the byline, in that order, on one line ("On November 17,
# 2026 11:48 pm In Sports by Jo Roe").
_DATE_THEN_BY = re.compile(r"^(?P<date>.{6,60}?)\s+(?:(?i:in)\s+(?P<section>[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,2})\s+)?"
                           r"(?P<by>(?i:by)\s+\S.*)$")
_ON_BEFORE_DATE = re.compile(r"^(?i:on|posted\s+on|published\s+on)\s+")


def _date_then_byline(line: str, date_order: str | None) -> str | None:
    """The byline of a line that opens with its date and closes with "by" and the writer, maybe with the section
    between ("On November 17, 2026 11:48 pm In Sports by Jo Roe" -> "by Jo Roe"); the section must be section
    words (`layout.SECTION_WORDS`), the date a whole date line with its day, the rest a person's byline. None else
    ("On Tuesday in Riverton by the river" names no date)."""
    found = _DATE_THEN_BY.match(line.strip())
    if not found:
        return None
    dated = date_line(_ON_BEFORE_DATE.sub("", found.group("date")), date_order)
    if dated is None or dated.precision != "day":
        return None
    section = found.group("section")
    if section and not all(word.lower() in layout.SECTION_WORDS for word in section.split()):
        return None
    by = found.group("by")
    return by if pageblocks.is_person_byline(by) and authors_from_byline(by) else None


# "Press Release" credits a company's text only under the headline: over it, it is the section's label.
_RELEASE_CREDIT = re.compile(r"^(?:by\s+)?press\s+release$", re.IGNORECASE)
_RELEASE_WRITER_REACH = 2  # a writer's "By" line this close under "Press Release" is the byline, not the label


def _writer_under(kept: list[str], index: int) -> bool:
    """A byline naming people right under line `index` ("Press Release" / "By Jane Roe"): the writer's credit is
    the byline, the label over it the page's section."""
    # (each name opening on a given name: "By Acme Corp" under the label is the company's release, no writer)
    return any(_is_byline(line) and (names := authors_from_byline(line))
               and all(is_given_name(name.split()[0]) for name in names)
               for line in kept[index + 1:index + 1 + _RELEASE_WRITER_REACH])


_SEGMENT_WORDS = 4  # a section's segment on a meta line ("Friday Philosophy", "World") is this short


def _segmented_byline(line: str, date_order: str | None, following: list[str] | tuple[str, ...] = ()) -> str | None:
    """The writer's name on a meta line of segments around its date ("12/19/2025 • Weekly Column • Jane Roe",
    "Jane Roe | Politics | March 3, 2026"): one segment a whole date line with its day, the first or the last
    other segment person names alone, each opening with a known given name (a section such as "Friday
    Philosophy" reads as a name too), the rest short segments without digits. None else. A tag reads as a name
    too, where a given name opens a firm's or a place's: it is what the story tells of, named in its first lines
    (`following`: the lines under the meta line; "Morgan Stanley reported ..."), where a writer's name is not."""
    segments = [segment.strip() for segment in _CHAIN_SPLIT.split(line.strip())]
    # two segments too: "May 4, 2024 | Jane Roe" (the name before the date, "Jane Roe | May 4, 2024", is
    # `_author_with_date`'s)
    if not 2 <= len(segments) <= 4:
        return None
    dated = [i for i, segment in enumerate(segments) if (found := date_line(segment, date_order)) is not None
             and found.precision == "day"]
    if len(dated) != 1:
        return None
    others = [segment for i, segment in enumerate(segments) if i != dated[0]]
    for name in (others[-1], others[0]):
        names = authors_from_byline(name)
        if _is_name_only(name) and names and all(is_given_name(person.split()[0]) for person in names) \
                and not any(_tag_name(person, following) for person in names) \
                and not (len(segments) == 2 and any(_place_tail(person) for person in names)):
            rest = [segment for segment in others if segment is not name]
            if all(len(segment.split()) <= _SEGMENT_WORDS and not any(ch.isdigit() for ch in segment)
                   for segment in rest):
                return name
    return None


def _place_tail(name: str) -> bool:
    """A name closing on a place's, a street's or a team's word ("Victoria Falls", "Kerry County", "Florence
    Street"): on a meta line of a date and one tag, the tag is no writer."""
    from loaders.extract.data.not_people import common_plurals

    last = fold_word(name.split()[-1]).lower()
    # a plural noun ("Charlotte Hornets", "Grace Notes"), an event's or an edition's word ("Mark Twain Lecture")
    return last in NON_PERSON_NAME_TAILS or last in layout.BYLINE_PLACE_TAILS or is_industry_word(last) \
        or last in layout.EVENT_NAME_TAILS or last in common_plurals()


def _lines_under(texts: list[str], line: str) -> list[str]:
    """The page's lines under the first line that is `line` (none when it is not one of them)."""
    return texts[texts.index(line) + 1:] if line in texts else []


_TAG_LEDE_LINES = 3  # a meta line's tag is named again in the story's first lines


def _tag_name(name: str, following: list[str] | tuple[str, ...]) -> bool:
    """True when a meta line's segment `name` is a tag, not a writer (`_segmented_byline`): the story names it in
    its first lines, outside a note about the writer ("Editor's note: Jane Roe joins ..."), or it ends on a firm's,
    a place's or a trade's word after a town's name ("Austin Energy", "Sydney Harbour"). The last word alone is no
    sign: surnames are such words ("Sarah Hills", "Tom Power"); nor is the town alone ("Austin Hale")."""
    from loaders.extract.data.cities import city_countries, fold_place

    words = name.split()
    last = fold_word(words[-1]).lower()
    if len(words) >= 2 and (last in NON_PERSON_NAME_TAILS or is_industry_word(last)) \
            and fold_place(words[0]) in city_countries():
        return True
    pattern = re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])")
    return any(pattern.search(line) and not _WRITER_NOTE.match(line.strip())
               for line in following[:_TAG_LEDE_LINES])


# A note introducing the writer, which names them in the first lines ("Editor's note: Jane Roe joins ...").
_WRITER_NOTE = re.compile(r"^(?:editor['’]?s['’]?\s+)?note\s*:", re.IGNORECASE)


def _author_with_date(line: str, date_order: str | None, outlet_bylines: tuple[str, ...] = ()) -> str | None:
    """The byline of a line that holds only an author (or the outlet's name, `outlet_bylines`) and a date, maybe
    with its weekday ("Jane Roe | June 7, 2016" -> "Jane Roe", "Riverton Ledger , Wednesday 4 Nov 2026" ->
    "Riverton Ledger"), or an author signed with a desk ("Jane Roe / RNS / Updated: June 7, 2016" -> "Jane Roe /
    RNS", `pageblocks.is_signed_credit`), else None."""
    before = _before_date(line, date_order)
    if not before:
        return None
    links = _CHAIN_SPLIT.split(before)
    if len(links) > 1 and any(boilerplate.is_reading_time(link) for link in links):
        # "Jane Roe · 3 min read · Jun 4, 2026": the reading time between the writer and the date is no byline's.
        before = " · ".join(link for link in links if not boilerplate.is_reading_time(link))
    if _is_name_only(_BY_PREFIX.sub("", before)) or pageblocks.is_signed_credit(before) or any(
            before.casefold() == name.casefold() for name in outlet_bylines if name):
        return before
    return None


def _outlet_under_writer(kept: list[str], index: int, date_order: str | None) -> bool:
    """A writer's name (a known given name first) over an outlet's name the registry need not know ("Jo Roe" /
    "Harbor Gazette": a newspaper word after its first word, no person's name), with the date line, another
    byline line or the first paragraph after them: the byline on two lines."""
    from loaders.extract.outlets import is_outlet_banner

    below = kept[index + 1]
    return pageblocks.is_name_line(kept[index]) and not pageblocks.is_name_line(below) \
        and is_outlet_banner(below, "", None, named=True) and (
            _is_date_or_byline(kept, index + 2, date_order) or _next_is_paragraph(kept, index + 2))


_ROLE_LINE_WORDS = 4


def is_role_line(line: str) -> bool:
    """A writer's job on a line of its own ("Opinion columnist", "Senior Correspondent"): at most `_ROLE_LINE_WORDS`
    words, no figure or closing stop, the last a writer's job word (`credits.WRITER_ROLE_WORDS`)."""
    from loaders.extract.data.credits import WRITER_ROLE_WORDS

    job, comma, outlet = line.partition(",")
    if comma and not _ROLE_OUTLET.match(outlet.strip()):
        return False  # "Transport Reporter, Coastline Courier": the job, then the outlet's capitalised name
    words = job.split()
    return 0 < len(words) <= _ROLE_LINE_WORDS and not any(char.isdigit() for char in line) \
        and not _SENTENCE_END.search(line) and words[-1].lower() in WRITER_ROLE_WORDS and words[0][:1].isupper()


_ROLE_OUTLET = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}$")


def _is_section_label(line: str) -> bool:
    return len(line.split()) <= 3 and len(line) <= 30 and not _SENTENCE_END.search(line)


def _is_name_only(line: str) -> bool:
    """A line that is nothing but one or more person names ("Jane Roe", "Jane Roe and John Doe")."""
    names = authors_from_byline(line)
    if not names or len(line) > 80 or any(len(name.split()) > 3 for name in names):
        return False
    rest = line
    for name in names:
        rest = re.sub(re.escape(name), "", rest, flags=re.IGNORECASE)
    return not re.sub(r"\b(?:and|by)\b|[,&]", "", rest, flags=re.IGNORECASE).strip()


def _is_section_kicker(line: str | None) -> bool:
    """A kicker that cannot be a headline: one word ("Politics"), a path ("NATIONAL / POLITICS") or a few words
    all capitalised ("World News"); "Bridge closes" may be a short headline."""
    if not _is_kicker(line):
        return False
    words = line.split()
    return len(words) == 1 or bool(re.search(r"\s[/|›»]\s", line)) or (
        len(words) <= 3 and all(word[:1].isupper() for word in words))


def _is_kicker(line: str | None) -> bool:
    return bool(line) and len(line.split()) <= 4 and not _SENTENCE_END.search(line) and ":" not in line


def _is_dateline_alone(line: str) -> bool:
    """"NEW DELHI" on its own line under the date lines: a wire dateline in capitals naming a known place (the
    gazetteer's cities and regions), the body's first words, never a writer's name. Mixed case ("Jordan Pike") is
    left to the name tests: a writer's surname may be a place's."""
    text = line.strip(" ,.:—–-")
    if not line.isupper() or len(text.split()) > 5:
        return False
    # "ASTANA, KAZAKHSTAN": a known place with its region or country, each part a known place
    return all(0 < len(part.split()) <= 3 and place_country(part.strip()) is not None for part in text.split(",")) \
        if "," in text else len(text.split()) <= 4 and place_country(text) is not None


def _is_town_dateline_alone(line: str) -> bool:
    """A dateline alone over the first paragraph names a town or city, optionally with its region ("ANKARA",
    "ASTANA:", "NEW DELHI —", "ASTANA, KAZAKHSTAN"); a country, a territory or a region alone there ("GAZA",
    "UKRAINE", "CHINA:", "ISRAEL, GAZA") is a topic tag over the article, no dateline."""
    if not _is_dateline_alone(line):
        return False
    town = line.strip(" ,.:—–-").split(",")[0].strip()
    if country_of_word(town.lower()) or country_of_word(town) or city_countries().get(fold_place(town)) is None:
        return False
    name = town.title()
    return not any(hit.start == 0 and hit.end == len(name) and hit.kind in ("country", "region")
                   for hit in find_places_and_organisations(name))


def _place_over_block(kept: list[str], index: int, date_order: str | None) -> bool:
    """"Oslo" alone over the date line or the byline, under the standfirst: the writer's place, a line of the
    headline block (so the standfirst over it is the block's)."""
    return index + 1 < len(kept) and _is_place_line(kept[index]) and _is_date_or_byline(kept, index + 1, date_order)


def _is_place_line(line: str) -> bool:
    """A known place alone on its line, in any case ("Ottawa", "NEW DELHI"): the gazetteer's town or region."""
    text = line.strip(" ,.—–-")
    return 0 < len(text.split()) <= 3 and text[:1].isupper() and place_country(text) is not None


def _is_author_line(line: str) -> bool:
    names = authors_from_byline(line) if len(line) <= 80 and not _SENTENCE_END.search(line) else []
    # Headlines in Title Case look like names too; a name has two or three words.
    return bool(names) and all(len(name.split()) <= 3 for name in names) and not _is_topic_label(line)


def _is_topic_label(line: str) -> bool:
    """"Humanitarian Aid", "Peace and Security": a topic tag of section and topic words
    (`layout.SECTION_WORDS`, `layout.TOPIC_LABEL_WORDS`), its first word no known given name ("Rose Health")."""
    from loaders.extract.data.given_names import is_given_name

    words = [word.lower().strip(".,") for word in line.split()]
    if not words or is_given_name(line.split()[0].strip(".,")):
        return False
    return all(word in layout.SECTION_WORDS or word in layout.TOPIC_LABEL_WORDS or word in layout.TOPIC_LABEL_GLUE
               for word in words)


def _is_signed_line(kept: list[str], index: int, date_order: str | None) -> bool:
    """Names alone over the date line ("Jane Roe and John Doe", "Jane Roe | Reporter", "Jane Roe, AFP"): a byline
    without "By", not a standfirst. Each name opens with a known given name (a short Title Case standfirst looks
    like a name too)."""
    from loaders.extract.data.given_names import is_given_name

    line = kept[index]
    if not _is_author_line(line) or not _is_date_or_byline(kept, index + 1, date_order):
        return False
    # Two or three names joined as a byline need only one known given name (`pageblocks.is_names_line`).
    return pageblocks.is_names_line(line) or all(
        is_given_name(name.split()[0].strip(".")) for name in authors_from_byline(line))


_BY_REACH = 3  # lines from the date line down where an explicit byline outranks a bare name over a place


def _dated_credit(line: str, ahead: str, date_order: str | None) -> bool:
    """"Interview by Jo Roe" over "April 18, 2024" or "May 2024 issue": a credit that is the byline only right
    over the date line (`data.credits` use 'dated')."""
    return bool(ahead and pageblocks.is_dated_credit(line)) and bool(
        date_line(ahead, date_order, yearless=True) or pageblocks.is_issue_line(ahead))


def _is_date_or_byline(kept: list[str], index: int, date_order: str | None) -> bool:
    """A date line or a byline at `index`, or its label alone there with the value on the next line ("Author:" /
    "Jo Roe", "Published:" / "4 May 2026")."""
    if not 0 <= index < len(kept):
        return False
    line = kept[index]
    if date_line(line, date_order) or _is_byline(line):
        return True
    ahead = kept[index + 1] if index + 1 < len(kept) else ""
    if _dated_credit(line, ahead, date_order):
        return True
    return bool((_BY_ALONE.match(line) and _is_name_only(ahead)) or (_DATE_LABEL_ONLY.match(line) and date_line(
        ahead, date_order)))


def _next_is_paragraph(kept: list[str], index: int) -> bool:
    return index < len(kept) and boilerplate.is_paragraph(kept[index])


def _body_after_handle(kept: list[str], index: int) -> bool:
    """The body's first paragraph under a writer's handle, never an embedded post's text ("Alma Verin" /
    "@almaverin" / "Big day for the crews! ..."): a post's short text has an exclamation, a hashtag, a handle, a
    link or a clock time."""
    return _next_is_paragraph(kept, index) and not (len(kept[index]) <= _POST_CHARS and _POST_MARK.search(kept[index]))


_POST_CHARS = 280
_POST_MARK = re.compile(r"!|#\w|@\w|https?://|\bt\.co/|\bpic\.\w|\b\d{1,2}:\d{2}\b", re.IGNORECASE)


def _header_follows(kept: list[str], index: int, date_order: str | None, outlet_bylines: tuple[str, ...] = ()) -> bool:
    """True when the line at `index` still belongs to the headline block: a date or byline, an author line
    before one (or the outlet's name as byline, `outlet_bylines`), or a caption right before the first
    paragraph."""
    if index >= len(kept):
        return False
    line = kept[index]
    if _is_date_or_byline(kept, index, date_order):
        return True
    if _COUNT_ALONE.match(line):  # a comment counter ("142") over the rest of the block
        return _header_follows(kept, index + 1, date_order, outlet_bylines)
    if (_is_author_line(line) or line in outlet_bylines or pageblocks.is_sender_line(line)) \
            and _is_date_or_byline(kept, index + 1, date_order):
        return True
    if _is_author_line(line) and index + 1 < len(kept) and is_role_line(kept[index + 1]) \
            and _is_date_or_byline(kept, index + 2, date_order):
        return True  # "Jo Roe" / "Opinion columnist" / the date line
    if _is_author_line(line) and index + 1 < len(kept) and _HANDLE_ALONE.match(kept[index + 1]) \
            and _person_shaped(line, plain=True) and (_is_date_or_byline(kept, index + 2, date_order)
                                                      or _body_after_handle(kept, index + 2)):
        return True  # "Jo Roe" / her handle "@joroe" / the date line or the body's first paragraph
    # A caption over the byline or date line (the picture stands between the standfirst and the byline) too.
    if _is_caption_like(line) and _next_is_paragraph(kept, index + 1):
        return True
    return _caption_over_byline(kept, index, date_order)


_CAPTION_OVER_BYLINE_WORDS = 12  # a picture's caption over the byline: one short line (a sentence or not)


def _caption_over_byline(kept: list[str], index: int, date_order: str | None) -> bool:
    """A short sentence right over a "By Jo Roe" byline ("A tram at the central station on Monday." / "By Jo Roe"):
    the picture printed between the standfirst and the byline, its caption (the credit line already taken out).
    A lede stands under the byline, not over it. Over a bare name or a date line it may be a short summary or an
    entry of a live page: left."""
    line = kept[index]
    return len(line.split()) <= _CAPTION_OVER_BYLINE_WORDS and bool(_SENTENCE_END.search(line)) \
        and not _is_date_or_byline(kept, index, date_order) and index + 1 < len(kept) \
        and pageblocks.is_person_byline(kept[index + 1]) and not _lede_opening_by(kept[index + 1])


_CREDIT_BYLINE_REACH = 3  # lines under the headline where its byline stands


# A wire's credit chain opening with its reporters ("Reporting by Jane Roe; Editing by John Doe"), maybe bracketed.
_REPORTING_CHAIN = re.compile(r"^\(?(?:reporting|reported|written|words|story|text)\s+by\s+\S", re.IGNORECASE)
_HANDLE_ALONE = re.compile(r"^@\w{2,30}$")  # a writer's social handle on its own line ("@janeroe")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_EMAIL_ALONE = re.compile(r"^(?:e-?mail\s*:?\s*)?(?P<mail>" + _EMAIL + r")$", re.IGNORECASE)
# "Jo Roe  jroe@post.example", "Jo Roe | jroe@post.example": a name, then (after a gap or a separator) an address
_NAME_THEN_EMAIL = re.compile(r"^(?P<name>[^@|•·,]{3,60}?)\s*(?:\s[|•·/-]|,)?\s+(?P<mail>" + _EMAIL + r")$")
_MAIL_NAME_PART = 3  # a name's word of this many letters found in the address's local part names its owner


_MAILED_WRITERS = 4  # writers over their own addresses one under another, at most


def _email_names(name: str, mail: str) -> bool:
    """The address's local part spells a word of the name ("mlindqvist" for Marta Lindqvist, "kimsm" for Kim
    Soo-min): the address is the named person's own."""
    local = re.sub(r"[^a-z]", "", mail.split("@")[0].lower())
    return any(len(word) >= _MAIL_NAME_PART and word in local
               for word in (re.sub(r"[^a-z]", "", part.lower()) for part in re.split(r"[\s-]+", name)))


def _name_with_email(line: str, below: str) -> tuple[str, int] | None:
    """A person's name beside her e-mail address, on one line or over it on the next: (the name, lines used), else
    None. The name must be nothing but a person's name that opens with a known given name or that the address
    spells ("Park Ji-won" over "jwpark@..."); an address under a headline-shaped line or a desk's name is no
    byline evidence."""
    one = _NAME_THEN_EMAIL.match(line)
    if one:
        name, mail, used = one.group("name").strip(), one.group("mail"), 1
    else:
        alone = _EMAIL_ALONE.match(below.strip())
        if not alone:
            return None
        name, mail, used = line.strip(), alone.group("mail"), 2
    if not _is_name_only(name) or len(authors_from_byline(name)) != 1:
        return None
    if not (_person_shaped(name, plain=True) or _email_names(name, mail)):
        return None
    if set(mail.split("@")[1].lower().split(".")[:-1]) & layout.GOVERNMENT_DOMAIN_LABELS:
        return None  # "anna.kowalska@health.gov.example": a ministry's press contact, not a writer
    return name, used


_RELEASE_LABEL = re.compile(r"^\W*(?:" + "|".join(re.escape(label) for label in layout.PRESS_RELEASE_LABELS)
                            + r")\b\s*(?:[:|–—-].*)?$", re.IGNORECASE)


def _press_release(lines: list[str]) -> bool:
    """A line of the page's head that labels it a press release ("Press release", "FOR IMMEDIATE RELEASE",
    "Media release: ..."), so that a name over an address under its headline is the release's contact."""
    return any(_RELEASE_LABEL.match(line.strip()) for line in lines)
_RELEASE_LABEL_REACH = 3  # lines past a name over an address where a release's label may stand
_CLOSING_BYLINE_REACH = 2  # lines after the last paragraph where a byline printed at the end stands
# A byline field at the page's foot without its colon ("Author Jane Doe", "Reporter Jo Roe"): a label of
# `layout.BYLINE_FIELD_LABELS`, then only a person's name.
_FIELD_LABEL = re.compile(r"^(?:" + "|".join(sorted(layout.BYLINE_FIELD_LABELS, key=len, reverse=True))
                          + r")\s*:?\s+(?P<names>\S.*)$", re.IGNORECASE)


def _person_shaped(names: str, *, plain: bool = False) -> bool:
    """"Jo Roe", "J.R. Ortiz and Ann Lee": every name opens with a known given name or an initial and holds no
    function word ("The Numbers", "Tram Or Bus" are headings). `plain`: no title or organisation word either
    ("Mayor Ana Roe", "City Transit" post under their handle; a writer's handle follows her plain name)."""
    from loaders.extract.data.given_names import is_given_name
    from loaders.extract.data.lexicon import FUNCTION_WORDS, HONORIFICS, ORG_WORDS, TITLE_HEADS

    found = authors_from_byline(names)
    if not found:
        return False
    for name in found:
        tokens = name.split()
        first = tokens[0].strip(".")
        if not (is_given_name(first) or _INITIAL.match(tokens[0]) or _RUN_INITIALS.match(tokens[0])
                or _family_first_romanised(tokens)):
            return False
        folded = [token.lower().strip(".,") for token in tokens]
        if any(word in FUNCTION_WORDS and word not in layout.NAME_PARTICLES for word in folded):
            return False
        if plain and any(word in TITLE_HEADS or word in HONORIFICS or word in ORG_WORDS for word in folded):
            return False
    return True


# "Yoon Seo-yeon", "Park Ji-hoon": a short family name before a given name romanised in two hyphenated syllables,
# the second in lower case (a Western double name capitalises both: "Ruiz-Mendoza", "Jean-Pierre").
# The family name is a known one (`family_names.FAMILY_FIRST_SURNAMES`) or, where the table lacks it ("Shim",
# "Rhee"), a short word of one romanised syllable (an "h" after its first letter the romanisation's aspirate mark;
# a Vietnamese "Tr" opens none, its names are not hyphenated);
# the given name two romanised syllables (`family_names.GIVEN_SYLLABLES`), neither closing on "t" or "c" as no
# Korean or Chinese given name's syllable does: "Bus Drop-off", "Hong Kong-based" and "Sun Set-up" are compounds.
_ROMANISED_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,5}$")
_FAMILY_SYLLABLE_LETTERS = 4
_NO_GIVEN_SYLLABLE_CLOSE = re.compile(r"(?:t|c|ch)(?:-|$)")
_ASPIRATE_H = re.compile(r"^([a-z])h(?=[aeiou])")
_ONE_SYLLABLE = re.compile(SYLLABLE)


def _family_first_romanised(tokens: list[str]) -> bool:
    if len(tokens) != 2 or not _ROMANISED_GIVEN.match(tokens[1]):
        return False
    family, given = tokens[0].lower(), tokens[1].lower()
    shaped = family in FAMILY_FIRST_SURNAMES or (
        tokens[0][:1].isupper() and len(family) <= _FAMILY_SYLLABLE_LETTERS
        and bool(_ONE_SYLLABLE.fullmatch(_ASPIRATE_H.sub(r"\1", family))))
    return shaped and bool(GIVEN_SYLLABLES.match(given)) and not _NO_GIVEN_SYLLABLE_CLOSE.search(given)


_JOB_WORDS = 3


def _without_trailing_role(names: str) -> str:
    """The byline's names without the writer's role after a comma (", staff reporter", ", Senior Correspondent";
    `credits.WRITER_ROLE_WORDS`, at most _JOB_WORDS words)."""
    head, comma, job = names.rpartition(",")
    words = job.split()
    if comma and head.strip() and 0 < len(words) <= _JOB_WORDS and words[-1].lower() in WRITER_ROLE_WORDS \
            and not any(ch.isdigit() for ch in job):
        return head.strip()
    return names


def _closing_byline_over_bio(paragraphs: list[str], parts: TextParts) -> list[str]:
    """A page with no byline under its headline, ending "By Jo Roe" / "Jo Roe covers transport for the Gazette.":
    the writer's byline and her note after the last paragraph (the name person-shaped, the note opening on it with
    a biography's verb, `_opens_with_author`); both leave the body and the first is the byline."""
    if len(paragraphs) < 3:
        return paragraphs
    sign, note = paragraphs[-2], paragraphs[-1]
    if "\n" in sign or not pageblocks.is_person_byline(sign) or _lede_opening_by(sign):
        return paragraphs
    named = _BY_PREFIX.sub("", sign)
    if not (_is_name_only(named) and _person_shaped(named)):
        return paragraphs
    if len(note) <= _NOTE_MAX_CHARS and any(_opens_with_author(note, name) for name in authors_from_byline(sign)) \
            and _reads_as_bio(note):
        parts.byline = sign
        parts.removed.extend([sign, note])
        return paragraphs[:-2]
    return paragraphs


_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$")  # "https://p.dw.com/p/4dXyz": the page's own short link


def _after_short_links(texts: list[str], reach: int) -> list[str]:
    """The first `reach` lines of `texts` without a bare link line among them: a page's short link printed under
    its text stands between the last paragraph and the foot's fields, and is never one of them."""
    return [text for text in texts if not _BARE_LINK.match(text.strip())][:reach]


# A wire's bracketed note closing the story, between its last paragraph and its credit chain ("(Graphic: Global
# assets - here)", "(Factbox: ...)", "(Related coverage: ...)"): it points elsewhere and stands in no byline's place.
_WIRE_NOTE = re.compile(r"^\((?:graphic|factbox|interactive|related\s+coverage|see\s+also)s?\s*:[^()]{1,120}\)$",
                        re.IGNORECASE)


# A translated story's credit for its writer ("Japanese original by Jo Roe", "Original by Jo Roe"): her byline.
_ORIGINAL_BY = re.compile(r"^\(?(?:[A-Z][a-z]+(?:-language)?\s+)?(?i:original)\s+(?i:by)\s+(?=[A-Z])")
# The editors a wire's credit chain names after its reporters ("...; Editing by Jo Doe and Ann Lee"): no writers.
_EDITORS_TAIL = re.compile(r"\s*;\s*(?:edit(?:ing|ed)|copy[- ]?editing)\s+by\b.*$", re.IGNORECASE)


def _closing_byline(page: pageblocks.Page, paragraphs: list[str]) -> str | None:
    """A byline printed after the article instead of under its headline, for a page that has none there: a wire's
    credit chain ("(Reporting by Jane Roe; Editing by John Doe)") or "By Jo Roe" within `_CLOSING_BYLINE_REACH`
    lines of the last paragraph ("By Jo Roe" right under it), naming a person (`authors_from_byline`). The brackets are the page's, not the
    byline's. Further down, a "By ..." line is a related story's."""
    if not paragraphs:
        return None
    last = paragraphs[-1].split("\n")[-1]
    ends = [i for i, text in enumerate(page.texts) if text == last]
    if not ends:
        return None
    after = [text for text in page.texts[ends[-1] + 1:] if not _WIRE_NOTE.match(text.strip())]
    near = _after_short_links(after, _CLOSING_BYLINE_REACH + 1)
    for step, text in enumerate(near[:_CLOSING_BYLINE_REACH]):
        line = text.strip()
        if line.startswith("(") and line.endswith(")"):
            line = line[1:-1].strip()
        # "By Jo Roe" only right under the last paragraph: one line further it may sign a related story's headline.
        # A box heading there ("By The Numbers", "By Tram Or Bus") is Title Case too: the name must be a person's.
        signed = _without_trailing_role(_BY_PREFIX.sub("", line))  # "By Jo Roe, staff reporter": the name before the job
        if (_REPORTING_CHAIN.match(line) or (step == 0 and pageblocks.is_person_byline(line) and _is_name_only(
                signed) and _person_shaped(signed))) \
                and not _lede_opening_by(line) and authors_from_byline(line):
            return line
        if step == 0 and _ORIGINAL_BY.match(line) and text.strip().startswith("(") and authors_from_byline(line) \
                and all(_person_shaped(name) for name in authors_from_byline(line)):
            return text.strip()  # "(Japanese original by Jo Roe, Riverton Bureau)": a translated story's writer
        field = _FIELD_LABEL.match(line)
        if field and _is_name_only(field["names"]) and _person_shaped(field["names"]):
            return line
        # "Reporter: Jo Roe" / "Editor: Ann Lee": the foot's pair of staff fields vouches for a name the list of
        # given names does not hold.
        if field and ":" in line[: field.start("names")] and step + 1 < len(near) \
                and _FOOT_STAFF_FIELD.match(near[step + 1].strip()) and _is_name_only(field["names"]) \
                and authors_from_byline(line):
            return line
    return None


_FOOT_STAFF_FIELD = re.compile(r"^(?i:editor|editors|edited\s+by|editing|photographer|translator|translated\s+by)"
                               r"\s*:\s*[A-Z]")


_CLOSING_DATE_REACH = 3  # lines after the last paragraph where a labelled date printed at the end stands
# The article's sign-off right under its last paragraph: the place it was written and the day ("Lowmouth, 5 June
# 2024"), a letter's or a release's close; a date alone there may be a related story's.
_PLACE_DATE_SIGNOFF = re.compile(r"^[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3},\s+(?P<date>\S.{5,40})$")


def _closing_date(page: pageblocks.Page, paragraphs: list[str], date_order: str | None) -> list[DateClue]:
    """A publication date printed after the article instead of in its headline block ("Published: May 14, 2024",
    "Date 14.05.2024" over an "Author" field), for a page whose headline block has none: only a line that is a
    date with a publication label (`pubdates.date_line`), within `_CLOSING_DATE_REACH` lines of the last
    paragraph, or a place-and-date sign-off right under it. An unlabelled date there may be a related story's; a
    line between that is no sentence, byline field nor date (a "Related" heading, a linked headline) takes the
    date after it for its own."""
    if not paragraphs:
        return []
    last = paragraphs[-1].split("\n")[-1]
    ends = [i for i, text in enumerate(page.texts) if text == last]
    if not ends:
        return []
    for offset, text in enumerate(_after_short_links(page.texts[ends[-1] + 1:], _CLOSING_DATE_REACH)):
        line = text.strip()
        dated = date_line(line, date_order)
        if dated and dated.label == "published" and dated.precision == "day":
            return [DateClue(dated, line, "foot", text)]
        signed = _PLACE_DATE_SIGNOFF.match(line) if offset == 0 else None
        dated = date_line(signed["date"], date_order) if signed else None
        if dated and dated.label is None and dated.precision == "day":
            return [DateClue(dated, line, "signoff", text)]
        if dated is None and line and not _ends_sentence(line) and not _FIELD_LABEL.match(line) \
                and not _is_byline(line):
            break  # a related link's heading or title ("Related" / "Ferry fares to rise"): its date, not ours
    first = paragraphs[0].split("\n")[0]
    return _entry_meta_date(page.texts, next((i for i, text in enumerate(page.texts) if text == first), ends[-1]),
                            ends[-1], date_order)


# A blog entry's meta line: its date and its comment count ("June 9, 2020 · 6 Comments", "June 9, 2020 | No
# Comments"), printed under the article by many blog templates; a comment's own stamp has no count.
_ENTRY_META = re.compile(r"^(?P<date>.{6,40}?)\s*[·|•,–—-]?\s*(?:\d+|no|one)\s+comments?$", re.IGNORECASE)
_ENTRY_META_REACH = 8  # lines after the last paragraph: a share prompt or a related link may stand between


def _entry_meta_date(texts: list[str], first: int, last: int, date_order: str | None) -> list[DateClue]:
    """The day of the page's one entry meta line (`_ENTRY_META`) after the body's first line and within
    `_ENTRY_META_REACH` lines after its last paragraph (the body may have kept it, with the furniture under it);
    none when the page prints several (a listing's entries, each with its count)."""
    metas = [(index, dated) for index, text in enumerate(texts) if (found := _ENTRY_META.match(text.strip()))
             and (dated := date_line(found["date"], date_order)) and dated.precision == "day"]
    if len({texts[index].strip() for index, _ in metas}) != 1 or not first < metas[0][0] <= last + _ENTRY_META_REACH:
        return []
    index, dated = metas[0]
    if _in_other_posts_block(texts, first, index):
        return []
    return [] if dated.label is not None else [DateClue(dated, texts[index].strip(), "entry-meta", texts[index])]


def _in_other_posts_block(texts: list[str], first: int, index: int) -> bool:
    """True when a heading of links to other posts (`layout.OTHER_POSTS_HEADING`: "You might also like", "«
    Previous Post") stands between the line at `index` and the last prose paragraph above it (from `first` on):
    the line is a linked post's."""
    for text in reversed(texts[first + 1:index]):
        if layout.OTHER_POSTS_HEADING.match(text.strip()):
            return True
        if boilerplate.is_paragraph(text):
            return False
    return False


def _credit_as_byline(entries: list[tuple[str, str | None]], title_index: int) -> list[tuple[str, str | None]]:
    """A credit line right under the headline ("Reporting by Jane Roe and John Doe") is the article's byline;
    closing the article, with its editors ("Reporting by Jane Roe; Editing by John Doe"), it is furniture."""
    entries = list(entries)
    for index in range(title_index + 1, min(len(entries), title_index + 1 + _CREDIT_BYLINE_REACH)):
        text, label = entries[index]
        if entries[index - 1][1] == "timestamp":
            break  # "20:40" / "By Jon Pax": a live entry's byline under its clock is the entry's, not the article's
        # "By Jane Roe (AFP)" reads as a photo credit on its own; under the headline it is the byline.
        # A wire's chain ("Reporting by Jane Roe; Editing by John Doe") there too: its reporters are the authors.
        if label in ("credits", "photo_credit") and (";" not in text or (_REPORTING_CHAIN.match(text) and not any(
                above_label is None and boilerplate.is_paragraph(above)  # a chain closing a short story
                for above, above_label in entries[title_index + 1:index]))) \
                and pageblocks.BYLINE.match(text) and authors_from_byline(text):
            entries[index] = (text, None)
            break
        if label in ("credits", "photo_credit") and pageblocks.is_dated_credit(text) and index + 1 < len(entries) \
                and (date_line(entries[index + 1][0], yearless=True) or pageblocks.is_issue_line(entries[index + 1][0])) \
                and authors_from_byline(text):
            # "Interview by Jane Roe" right over the date line: the byline (furniture elsewhere in a Q&A).
            entries[index] = (text, None)
            break
        if label == "photo_credit" and text in layout.NEWS_AGENCIES:
            # "PTI" alone under the headline: the story's agency, its byline; under a photo it credits the picture.
            entries[index] = (text, None)
            break
    return entries


def read_date(parts: TextParts, date_order: str | None = None) -> DateMatch | None:
    """The date the headline block gives as the article's (see `DATE_CLUE_RULES`), read again with
    `date_order` when one is given; None when it gives none or only a day without its year."""
    chosen = pick_date_clue(parts.dates, parts.revision)
    if chosen is None:
        return None
    match = chosen.match
    if date_order is not None:
        match = date_line(chosen.text, date_order) or publication_date(
            labelled(chosen.text, find_dates(chosen.text, date_order))) or match
    return None if match.precision == "yearless" else match


# --- bylines ---

# "By Jo Roe", "Author: Jo Roe", "WRITER: Jo Roe" (a byline field's label, `layout.BYLINE_FIELD_LABELS`)
_BY_PREFIX = re.compile(r"^(?:(?:(?:" + credit_alternation("dated") + "|" + credit_alternation("byline")
                        + r")\s*:?|author\s*:)\s+|(?:"
                        + "|".join(sorted(layout.BYLINE_FIELD_LABELS, key=len, reverse=True)) + r")\s*:\s*)",
                        re.IGNORECASE)
# Another language's byline word before the names ("Par Jo Roe", "Autor: Jo Roe"), dropped where the line reads as
# a byline (`pageblocks.is_byline_abroad`).
_BY_PREFIX_ABROAD = re.compile(r"^(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(
    layout.BYLINE_WORDS_ABROAD | set(layout.BYLINE_LEAD_PHRASES), key=len, reverse=True)) + r")\s*:?\s+", re.IGNORECASE)
# Where a byline's names end: a separator, a date label, an agency in brackets ("By Jane Roe (AFP)"), or the
# outlet the writers wrote for ("By Jane Roe and John Doe for The Riverton Post").
_BYLINE_CUT = re.compile(r"\s+@\w+|\s*[|•·]\s*|\s+[—–]\s*|\s+-\s+|\s+(?:updated|published|posted)\b|\s*\((?=[^()]{1,40}\)\s*$)|"
                         r"\s+for\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# A spaced slash parts a name from its role or from a second name ("Jo Roe / Staff reporter", "Jo Roe / Ann Lee").
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\s/\s|\b(?:" + "|".join(NAME_CONJUNCTIONS) + r")\b|\bwith\b)\s*",
                           re.IGNORECASE)
_PLACE_SUFFIX = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
_NOT_PERSON = re.compile(
    r"\b(?:service|services|staff|news|agency|agencies|wire|wires|correspondents?|reporters?|editors?|editorial|"
    r"desk|online|newsroom|team|bureau|press|media|writers?|contributors?|times|post|journal|herald|daily|"
    r"tribune|guardian|channel|network|group|associated|board|report|reports)\b",
    re.IGNORECASE,
)
# A person's name holds no figure: "By N1 Belgrade", "By KXRT7 Staff" credit a station or desk. Initials may run
# together ("J.R. Whitfield", "A.B."). A word may open on any Latin, Greek or Cyrillic capital ("Šimić", "Émile",
# "Łukasz", "Østby"; `author_bios.NAME_CAPITAL`), not A-Z alone.
_PERSON_TOKEN = re.compile(r"^(?!.*\d)(?:" + NAME_CAPITAL + r"[\w'’-]*\.?|(?:[A-Z]\.){2,3}|(?:de|da|di|del|van|von|der|den|la|le|al|el|bin|binti|bint|ibn|ben)|"
                           # a surname joined to its particle by a hyphen or an apostrophe ("al-Hamwi", "el-Sayed",
                           # "d'Estaing": `lexicon.NAME_PREFIXES`), a capital after the join ("al-most" is no name)
                           r"(?:" + "|".join(sorted(map(re.escape, NAME_PREFIXES), key=len, reverse=True)) + r")[-'’]"
                           + NAME_CAPITAL + r"[\w'’-]*|"
                           r"[A-Z]\.)$")


# The writer's job in lower case between "By" and her name ("By political reporter Fiona Nash", "By senior
# correspondent Jo Roe"): no part of the name. Lower case only, so a name is never cut.
_ROLE_BEFORE_NAME = re.compile(r"^(?-i:(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|journalist)"
                               r"\s+)(?=(?-i:[A-Z]))")
# "additional reporting by", "further reporting by": a wire chain's link naming more reporters (not its editors).
_ADDED_REPORTING = re.compile(r"^(?:additional|further|extra)\s+reporting\s+by\s+", re.IGNORECASE)
_RUN_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")


def _abbreviates_place_or_body(token: str) -> bool:
    """"U.S.", "N.Y.C.", "E.U.": run-together initials that spell a country, city or body (text.DOTTED_ACRONYMS),
    not a person's ("J.R."). Such a line ("U.S. Politics") is a section's tag unless a credit word signs it."""
    return bool(_RUN_INITIALS.match(token)) and token.replace(".", "").lower() in DOTTED_ACRONYMS


def _names_agency(name: str) -> bool:
    """"Agence France-Presse", "Agencia EFE": an agency's name in its own language (`layout.AGENCY_WORDS_ABROAD`,
    any part of a hyphened word), no person's."""
    return any(part in layout.AGENCY_WORDS_ABROAD for part in re.split(r"[\s-]+", name.casefold()))


_WITH_WIRE = re.compile(r"\s+(?i:with|and)\s+(?=\S+$)")


def _writer_with_wire(named: str) -> bool:
    """"Jo Roe with AFP": a writer's name (a known given name first, two to four words, no desk's word) before a
    wire credited with her; "Le Courier with AFP", "DAILY SABAH WITH AA" are a paper's desk with the wire."""
    from loaders.extract.data.given_names import is_given_name

    parts = _WITH_WIRE.split(named.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    tokens = parts[0].split()
    return 2 <= len(tokens) <= 4 and not tokens[0].isupper() and is_given_name(tokens[0]) \
        and not _NOT_PERSON.search(parts[0]) and all(_PERSON_TOKEN.match(token) for token in tokens)


writer_with_wire = _writer_with_wire  # outlets.py reads the same test: such a byline names no outlet


def _names_institution(name: str) -> bool:
    """"Development Office" (of "From: Foreign, Commonwealth & Development Office"), "Ministry of Health": a public
    body signing the page (`layout.INSTITUTION_BANNER_WORDS`), no person."""
    return any(word.casefold().strip(".,") in layout.INSTITUTION_BANNER_WORDS for word in name.split())


_BUREAU_LETTERS = re.compile(r"^[A-Z]{3,5}$")


def _agency_bureau(name: str) -> bool:
    """"PIB Delhi", "APP Islamabad": an agency's letters and the city of its office that sent the item, a desk's
    credit, no person ("JJ Washington", two letters, may be a person's initials and surname; "PIB Smith" names no
    place). The letters are a known agency's (`credits.PICTURE_AGENCIES`: "ANI") or no given name: a byline in
    capitals whose surname is a city ("JACK LONDON", "MARY JORDAN") names a person."""
    from loaders.extract.data.cities import place_country
    from loaders.extract.data.credits import PICTURE_AGENCIES
    from loaders.extract.data.given_names import is_given_name

    head, _, rest = name.partition(" ")
    if not _BUREAU_LETTERS.match(head) or not rest or place_country(rest) is None:
        return False
    return head in PICTURE_AGENCIES or not is_given_name(head)


def _is_title_word(token: str) -> bool:
    """"Dr.", "Prof", "Mrs": a title before a byline's name (the lexicon's honorifics and dotted titles)."""
    from loaders.extract.data.lexicon import DOTTED_TITLES, HONORIFICS

    folded = token.lower()
    return folded in HONORIFICS or folded.rstrip(".") in DOTTED_TITLES


def _without_job_title(name: str, folded_outlets: set[str]) -> str:
    """"Jo Roe Clarion Staff Writer" -> "Jo Roe": a job title (`layout.BYLINE_JOB_WORDS`) and the outlet's words
    read off the end of a byline's name, when a known given name opens what is left; else `name` unchanged."""
    from loaders.extract.data.given_names import is_given_name

    tokens = name.split()
    if not any(token.lower() in layout.BYLINE_JOB_WORDS for token in tokens[2:]):
        return name
    outlet_words = {word for outlet in folded_outlets for word in outlet.split()} - {"the", "of", "and"}
    while len(tokens) > 2 and (tokens[-1].lower() in layout.BYLINE_JOB_WORDS or tokens[-1].casefold() in outlet_words):
        tokens.pop()
    if tokens[-1].lower() in layout.BYLINE_JOB_WORDS or not is_given_name(tokens[0].strip(".")):
        return name
    return " ".join(tokens)


_DESK_NAME_WORDS = 3  # a desk's own name before its desk word: "Washington", "City Hall", "Foreign News"
_INITIAL = re.compile(r"^[A-Z]\.$")


def _without_desk(name: str) -> str:
    """"Jo Roe City Hall Bureau" -> "Jo Roe": a desk's name (a few capitalised words closed by a desk word,
    `layout.BYLINE_DESK_WORDS`) printed after the writer's full name, a known given name then a surname (with any
    initials or particles between: "Jo A. Roe", "Ana de la Cruz"); else `name` unchanged. The desk word must end the
    name, and the surname is the first word after the given name that is neither, so a surname "Hall" stays the
    name's ("Jo Hall Metro Desk" -> "Jo Hall")."""
    from loaders.extract.data.given_names import is_given_name

    tokens = name.split()
    if len(tokens) < 4 or tokens[-1].lower() not in layout.BYLINE_DESK_WORDS or not is_given_name(tokens[0]):
        return name
    end = 1
    while end < len(tokens) - 1 and (_INITIAL.match(tokens[end]) or tokens[end].lower() in layout.NAME_PARTICLES):
        end += 1
    end += 1  # the surname
    desk = tokens[end:-1]
    if not 1 <= len(desk) <= _DESK_NAME_WORDS or not all(word[:1].isupper() for word in desk):
        return name
    # A place or section that a given name may spell opens a desk's name ("Austin City Hall Bureau", "Victoria
    # Daily News Desk", "Jackson State Bureau"): its second word is a newsroom's, no surname.
    surname = tokens[end - 1]
    if surname.lower() in layout.SECTION_WORDS or surname.lower() in layout.BYLINE_JOB_WORDS \
            or _NOT_PERSON.search(surname):
        return name
    return " ".join(tokens[:end])


def _re_capital_parts(token: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), token)


def authors_from_byline(byline: str | None, outlet_names: tuple[str, ...] = (), *, as_written: bool = False) -> list[str]:
    """`_authors_from_byline`, remembered: the page layout asks about the same few bylines several times per
    article (about six calls, one or two lines). A fresh list each time, so a caller may change its own."""
    if not byline:
        return []
    # "By Jo\u200b Roe", "By Jo Ro\xade": a name split by a character no reader sees is the name as read, so the
    # stored author and the author's note under the body ("Jo Roe is ...") match the clean name.
    byline = _UNSEEN_IN_NAMES.sub("", byline)
    return list(_authors_from_byline_cached(byline, tuple(outlet_names), as_written))


_UNSEEN_IN_NAMES = re.compile("[" + UNSEEN_IN_WORDS + "]")


@lru_cache(maxsize=2048)
def _authors_from_byline_cached(byline: str, outlet_names: tuple[str, ...], as_written: bool) -> tuple[str, ...]:
    return tuple(_authors_from_byline(byline, outlet_names, as_written=as_written))


# "ByMegan Corrie": a page that set "By" apart by its style alone, copied without the space before the name.
_GLUED_BY = re.compile(r"^By(?P<first>[A-Z][a-z]+)(?=\s+[A-Z])")


def _unglued_by(text: str) -> str:
    """"ByMegan Corrie" -> "By Megan Corrie": "By" glued to a known given name that opens a name of two words or
    more ("Byron Lee", "ByteDance staff", "ByHeart Foods" stay as they are: no capital after "By", or no given
    name)."""
    from loaders.extract.data.given_names import is_given_name

    found = _GLUED_BY.match(text)
    if found and is_given_name(found["first"]):
        return "By " + text[2:]
    return text


def _authors_from_byline(byline: str | None, outlet_names: tuple[str, ...] = (), *, as_written: bool = False) -> list[str]:
    """The people a byline names ("By Jane Doe and John Roe in Moscow" -> both names); outlets, desks and
    staff credits ("By X Service", "Reuters Staff") are not people. A name in capitals ("By JANE ROE") is read
    in title case ("Jane Roe") for matching it on the page; `as_written` keeps the byline's capitals, as the
    article's stored authors do."""
    if not byline or pageblocks.is_newsroom_credit(byline):
        return []
    folded_outlets = {name.casefold() for name in outlet_names if name}
    if _STAFF_CREDIT.match(byline.strip()):
        # "Riverton News Service", "Le Courier with AFP": a desk, not people; "By Jo Roe Staff Writer" names one.
        named = _BY_PREFIX.sub("", byline.strip())
        if _without_job_title(named, folded_outlets) == named and _without_desk(named) == named \
                and not _writer_with_wire(named):
            return []
    text = byline.strip()
    if pageblocks.is_slash_job_credit(text):
        text = text.split("/", 1)[0].strip()  # "Kerry-Ann Walters/Staff Reporter": the writer before the slash
    if pageblocks.is_outlet_bar_byline(text):
        text = text.split("|", 1)[1].strip()  # "River Valley Public Radio | By Jenna Morales": the writer after the bar
    text = _ORIGINAL_BY.sub("By ", _EDITORS_TAIL.sub("", _unglued_by(text)))
    credited = bool(_BY_PREFIX.match(text))  # a credit word ("By", "Reporting by") before the names
    text = _BY_PREFIX_ABROAD.sub("", text) if pageblocks.is_byline_abroad(text) else _BY_PREFIX.sub("", text)
    text = _BYLINE_CUT.split(text, maxsplit=1)[0]
    text = _ROLE_BEFORE_NAME.sub("", text) if credited else text  # "By political reporter Fiona Nash"
    for found in find_dates(text):
        text = text[: found.start]
    authors: list[str] = []
    for part in _AUTHOR_SPLIT.split(text):
        # "Reporting by Jo Roe; additional reporting by Ann Lee": the chain's added reporter writes too.
        name = _PLACE_SUFFIX.sub("", _ADDED_REPORTING.sub("", part.strip(" .,:;()")))
        if name and _NOT_PERSON.search(name):
            name = _without_desk(name)
        if name and _NOT_PERSON.search(name):
            name = _without_job_title(name, folded_outlets)
        if not name or _NOT_PERSON.search(name) or name.casefold() in folded_outlets or _names_agency(name) \
                or _names_institution(name) or _agency_bureau(name):
            continue
        tokens = name.split()
        while len(tokens) > 2 and _is_title_word(tokens[0]):
            tokens = tokens[1:]  # "By Dr. Jo Roe": the title is no part of the name
        name = " ".join(tokens)
        if not 2 <= len(tokens) <= 5 or not all(_PERSON_TOKEN.match(token) for token in tokens):
            continue
        if authors and tokens[-1].lower() in layout.BYLINE_ROLE_HEADS and not is_given_name(tokens[0].strip(".")):
            continue  # "by Lorna Vetch, Conservation Officer": the writer's title after her comma
        if not credited and _abbreviates_place_or_body(tokens[0]):
            continue  # "U.S. Politics", "N.Y.C. Transit": a tag line; "By U.S. Grant" is signed
        if name.isupper() and not as_written:
            # "HOLLOWAY-PRICE" -> "Holloway-Price", "O'NEIL" -> "O'Neil"
            name = " ".join(_re_capital_parts(token) for token in tokens)
        if name not in authors:
            authors.append(name)
    if not authors:
        handle = _POSTED_HANDLE.match(byline.strip())
        if handle and handle["handle"].casefold() not in _GENERIC_POSTERS and _handle_shaped(handle["handle"]) \
                and handle["handle"].casefold() not in folded_outlets:
            authors.append(handle["handle"])
    return authors


# "Posted by BeauHD on Friday ...": a board's poster by a one-word user name, the line's only writer.
_POSTED_HANDLE = re.compile(r"^(?:posted|submitted)\s+by\s+(?P<handle>[A-Za-z][A-Za-z0-9_.-]{2,30})"
                            r"(?=\s+on\b|\s+from\b|\s+at\b|\s*@|\s*[|,•·]|\s*$)", re.IGNORECASE)
_GENERIC_POSTERS = frozenset({"admin", "administrator", "staff", "editor", "editors", "anonymous", "guest", "team",
                              "newsdesk", "webmaster", "moderator", "user", "system", "desk", "author", "unknown"})


def _handle_shaped(word: str) -> bool:
    """A user name, not a word or a given name alone: a figure or an underscore in it ("jroe42", "jo_roe"), a
    capital after a small letter ("BeauHD", "JoRoe"); "Reuters", "Jessica" are not, nor a word in small letters
    ("Posted by police on Monday, the video ...": a sentence's)."""
    return bool(re.search(r"[\d_]", word) or re.search(r"[a-z][A-Z]", word))
