"""The article page: the stored body with every quotation, speaker, person and event marked where newsdb found it.

This is where a person checks provenance, so the page shows the offsets as they are: the body is printed
verbatim (`white-space: pre-wrap`) and each extracted row wraps exactly `body[start_char:end_char]`.
Spans overlap (two speakers credited with one reported clause, a name inside a quotation), so `highlight()`
cuts the body at every span edge and wraps each piece in the tags of all spans covering it, outermost layer
first (quotation, event, speaker, person). A quotation ends with a badge naming its speaker, cue and kind; an
event with a badge naming its type and date. `highlight()` is a pure function over plain spans; `load()` reads
the rows through any `execute(sql, params)` that returns rows with named columns (Datasette's, in the plugin).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from html import escape

LAYERS = ("quote", "event", "speaker", "person")


@dataclass(frozen=True)
class Span:
    """A stretch of the body to mark: `open`/`close` wrap each piece of it, `after` follows its end."""

    start: int
    end: int
    layer: str
    open: str
    close: str
    anchors: tuple[str, ...] = ()  # element ids placed where the span starts
    after: str = ""
    order: int = 0  # ties between spans of one layer with the same start


def highlight(body: str, spans: Sequence[Span]) -> str:
    """The body as HTML with every span marked; spans outside the body or empty are left out."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(body)]
    edges = sorted({0, len(body), *(s.start for s in spans), *(s.end for s in spans)})
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    out: list[str] = []
    placed: set[str] = set()
    for a, b in zip(edges, edges[1:]):
        for span in sorted((s for s in spans if s.start == a), key=lambda s: (rank[s.layer], s.order)):
            for anchor in span.anchors:
                if anchor not in placed:
                    placed.add(anchor)
                    out.append(f'<span class="anchor" id="{escape(anchor)}"></span>')
        covering = sorted((s for s in spans if s.start <= a and s.end >= b),
                          key=lambda s: (rank[s.layer], s.start, -s.end, s.order))
        out.extend(s.open for s in covering)
        out.append(escape(body[a:b], quote=False))
        out.extend(s.close for s in reversed(covering))
        out.extend(s.after for s in sorted((s for s in spans if s.end == b and s.after),
                                           key=lambda s: (rank[s.layer], s.order)))
    return "".join(out)


# -- reading the rows ---------------------------------------------------------------------------------------------

ARTICLE_SQL = """
SELECT a.id, a.title, a.subtitle, a.byline, a.published_on, a.date_precision, a.url, a.body, a.source_path,
       a.outlet_id, o.name AS outlet_name,
       (SELECT MAX(id) FROM articles WHERE id < a.id) AS previous_id,
       (SELECT MIN(id) FROM articles WHERE id > a.id) AS next_id
FROM articles AS a LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE a.id = :id
"""
QUOTES_SQL = """
SELECT q.id, q.kind, q.cue, q.text, q.start_char, q.end_char, q.speaker_start_char, q.speaker_end_char,
       q.speaker_id, p.name AS speaker_name, q.speaker_label, q.speaker_reference, q.speaker_confidence
FROM quotes AS q LEFT JOIN people AS p ON p.id = q.speaker_id
WHERE q.article_id = :id
ORDER BY q.start_char, q.id
"""
MENTIONS_SQL = """
SELECT m.id, m.person_id, p.name AS person_name, m.surface, m.role, m.start_char, m.end_char
FROM mentions AS m JOIN people AS p ON p.id = m.person_id
WHERE m.article_id = :id
ORDER BY m.start_char, m.id
"""
EVENTS_SQL = """
SELECT em.id, em.event_id, e.name AS event_name, e.event_type, e.start_date, e.date_precision, em.role,
       em.date_phrase, em.start_char, em.end_char
FROM event_mentions AS em JOIN events AS e ON e.id = em.event_id
WHERE em.article_id = :id
ORDER BY em.start_char, em.id
"""

Execute = Callable[[str, dict], Awaitable[Sequence]]


@dataclass
class ArticlePage:
    article: dict
    quotes: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)

    @property
    def people(self) -> list[dict]:
        """Each person named, once, in order of first mention, with their mention count and first role."""
        people: dict[int, dict] = {}
        for mention in self.mentions:
            person = people.setdefault(mention["person_id"], {
                "person_id": mention["person_id"], "name": mention["person_name"], "mentions": 0, "role": None,
                "quotes": 0,
            })
            person["mentions"] += 1
            person["role"] = person["role"] or mention["role"]
        for quote in self.quotes:
            if quote["speaker_id"] in people:
                people[quote["speaker_id"]]["quotes"] += 1
        return list(people.values())


async def load(execute: Execute, article_id: int) -> ArticlePage | None:
    rows = await execute(ARTICLE_SQL, {"id": article_id})
    if not rows:
        return None

    async def dicts(sql: str) -> list[dict]:
        return [dict(zip(row.keys(), tuple(row))) for row in await execute(sql, {"id": article_id})]

    article = dict(zip(rows[0].keys(), tuple(rows[0])))
    page = ArticlePage(article, await dicts(QUOTES_SQL), await dicts(MENTIONS_SQL), await dicts(EVENTS_SQL))
    for number, quote in enumerate(page.quotes, start=1):
        quote["number"] = number
        quote["speaker"] = quote["speaker_name"] or quote["speaker_label"] or "(unattributed)"
    return page


# -- marking it up ------------------------------------------------------------------------------------------------


def spans(page: ArticlePage, row_url: Callable[[str, object], str]) -> list[Span]:
    """The marks for `page`; `row_url(table, id)` is the address of a row's own page."""
    marks: list[Span] = []
    for quote in page.quotes:
        qid, number = quote["id"], quote["number"]
        speaker = escape(quote["speaker"])
        if quote["speaker_id"] is not None:
            speaker = f'<a class="speaker-name" href="{row_url("people", quote["speaker_id"])}">{speaker}</a>'
        else:
            speaker = f'<span class="speaker-name unnamed">{speaker}</span>'
        found = quote.get("speaker_reference")
        how = f"; speaker found by {found}" if found else ""
        if quote.get("speaker_confidence") is not None:
            how += f", confidence {quote['speaker_confidence']:.2f}"
        title = escape(f"#{number} {quote['speaker']} ({quote['kind']}, {quote['cue'] or 'no cue'}{how})")
        badge = (
            f'<span class="attribution kind-{escape(quote["kind"])}" data-quote-id="{qid}" title="{title}">'
            f'<a class="qnum" href="{row_url("quotes", qid)}" title="quotes row {qid}">{number}</a> {speaker}'
            f'<span class="cue">{escape(quote["cue"] or "no cue")}</span>'
            f'<span class="kind">{escape(quote["kind"])}</span></span>'
        )
        marks.append(Span(
            quote["start_char"], quote["end_char"], "quote",
            f'<mark class="quote kind-{escape(quote["kind"])}" data-quote-id="{qid}" title="{title}">', "</mark>",
            anchors=(f"quote-{qid}", f"char-{quote['start_char']}"), after=badge, order=qid,
        ))
        if quote["speaker_start_char"] is not None and quote["speaker_end_char"] is not None:
            marks.append(Span(
                quote["speaker_start_char"], quote["speaker_end_char"], "speaker",
                f'<span class="speaker-span" data-quote-id="{qid}" title="speaker of quotation #{number}">', "</span>",
                order=qid,
            ))
    for mention in page.mentions:
        title = escape(mention["person_name"] + (f" — {mention['role']}" if mention["role"] else ""))
        marks.append(Span(
            mention["start_char"], mention["end_char"], "person",
            f'<a class="person" data-person-id="{mention["person_id"]}" '
            f'href="{row_url("people", mention["person_id"])}" title="{title}">', "</a>",
            order=mention["id"],
        ))
    for event in page.events:
        when = event["start_date"] or "undated"
        title = escape(f"{event['event_name']} ({event['event_type']}, {when}, {event['role']})")
        badge = (
            f'<a class="event-badge" data-event-id="{event["event_id"]}" href="{row_url("events", event["event_id"])}" '
            f'title="{title}">{escape(event["event_type"].replace("_", " "))} · {escape(str(when))}</a>'
        )
        marks.append(Span(
            event["start_char"], event["end_char"], "event",
            f'<span class="event" data-event-id="{event["event_id"]}" title="{title}">', "</span>",
            after=badge, order=event["id"],
        ))
    return marks
