"""Coverage charts drawn as SVG on the server: no JavaScript, no CDN, nothing fetched by the browser.

Three charts, each a SQL query over the `v_*` views (portable, so the same SQL runs in any client) and a pure
function from its rows to an SVG string:
- `articles_per_outlet_month`: stacked bars, one per month from the first to the last, one colour per outlet;
- `quotes_per_speaker_year`: a grid of circles, the most quoted named people by publication year;
- `unnamed_share_per_outlet`: horizontal bars, the share of each outlet's quotations whose speaker is not a
  named person (a labelled source such as 'an official', or none found).
Every mark is an element of class `mark` with its numbers in `data-*` attributes and a `<title>` tooltip,
so a person can hover and a test can read what was drawn.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
OTHER_COLOUR = "#bab0ac"
WIDTH = 880
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif" font-size="12"'

ARTICLES_PER_OUTLET_MONTH_SQL = """
SELECT published_month AS month, COALESCE(outlet_name, '(unknown outlet)') AS outlet, COUNT(*) AS articles
FROM v_article_facts
WHERE published_month IS NOT NULL
GROUP BY published_month, COALESCE(outlet_name, '(unknown outlet)')
ORDER BY month, outlet
"""
ARTICLES_WITHOUT_MONTH_SQL = "SELECT COUNT(*) AS articles FROM v_article_facts WHERE published_month IS NULL"
QUOTES_PER_SPEAKER_YEAR_SQL = """
SELECT f.speaker_id, f.speaker_name AS speaker, f.published_year AS year, COUNT(*) AS quotes
FROM v_quote_facts AS f
JOIN (
    SELECT speaker_id
    FROM v_quote_facts
    WHERE speaker_id IS NOT NULL
    GROUP BY speaker_id
    ORDER BY COUNT(*) DESC, MIN(speaker_name)
    LIMIT :top
) AS top ON top.speaker_id = f.speaker_id
GROUP BY f.speaker_id, f.speaker_name, f.published_year
ORDER BY speaker, year
"""
UNNAMED_SHARE_PER_OUTLET_SQL = """
SELECT COALESCE(outlet_name, '(unknown outlet)') AS outlet,
       COUNT(*) AS quotes,
       SUM(CASE WHEN speaker_id IS NULL AND speaker_label IS NOT NULL THEN 1 ELSE 0 END) AS labelled,
       SUM(CASE WHEN speaker_id IS NULL AND speaker_label IS NULL THEN 1 ELSE 0 END) AS unattributed
FROM v_quote_facts
GROUP BY COALESCE(outlet_name, '(unknown outlet)')
ORDER BY 1.0 * SUM(1 - speaker_is_named) / COUNT(*) DESC, outlet
"""


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    caption: str
    svg: str


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _svg(width: float, height: float, title: str, body: list[str], name: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="newsdb-chart" id="chart-{name}" role="img" '
        f'width="{_f(width)}" height="{_f(height)}" viewBox="0 0 {_f(width)} {_f(height)}" {FONT}>'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above `value` (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _empty(name: str, title: str, message: str) -> str:
    return _svg(WIDTH, 60, title, [f'<text x="10" y="35" fill="#666">{escape(message)}</text>'], name)


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _colours(names_by_weight: Sequence[str]) -> dict[str, str]:
    """The heaviest series get the palette; the rest share one grey."""
    return {name: PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR for i, name in enumerate(names_by_weight)}


def _legend(colours: dict[str, str], x: float, y: float, limit: int = len(PALETTE)) -> list[str]:
    out, dx = [], x
    shown = list(colours.items())[:limit]
    for name, colour in shown:
        out.append(f'<rect x="{_f(dx)}" y="{_f(y - 9)}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{_f(dx + 14)}" y="{_f(y)}">{escape(name)}</text>')
        dx += 24 + 7 * len(name)
        if dx > WIDTH - 120:
            dx, y = x, y + 16
    if len(colours) > limit:
        out.append(f'<rect x="{_f(dx)}" y="{_f(y - 9)}" width="10" height="10" fill="{OTHER_COLOUR}"/>'
                   f'<text x="{_f(dx + 14)}" y="{_f(y)}">{len(colours) - limit} other outlets</text>')
    return out


def articles_per_outlet_month(rows: Sequence[tuple[str, str, int]], without_month: int = 0) -> Chart:
    """rows: (month 'YYYY-MM', outlet, articles)."""
    name, title = "articles_per_outlet_month", "Articles per outlet per month"
    missing = f"{without_month} article{'s' if without_month != 1 else ''} without a known month not shown." \
        if without_month else "Every article has a known month."
    if not rows:
        return Chart(name, title, missing, _empty(name, title, "No dated articles yet."))
    totals: dict[str, int] = {}
    for _, outlet, count in rows:
        totals[outlet] = totals.get(outlet, 0) + count
    colours = _colours(sorted(totals, key=lambda o: (-totals[o], o)))
    months = _months(min(r[0] for r in rows), max(r[0] for r in rows))
    stacks: dict[str, int] = {}
    for month, _, count in rows:
        stacks[month] = stacks.get(month, 0) + count
    top = _nice_max(max(stacks.values()))
    left, right, plot_top, plot_h = 48, 16, 20, 220
    plot_w = WIDTH - left - right
    step = plot_w / len(months)
    bar_w = max(step * 0.8, 2.0)
    body: list[str] = []
    tick_step = max(1, _nice_max(top / 4)) if top > 4 else 1
    for value in range(0, int(top) + 1, int(tick_step)):
        y = plot_top + plot_h - plot_h * value / top
        body.append(f'<line x1="{left}" x2="{WIDTH - right}" y1="{_f(y)}" y2="{_f(y)}" stroke="#e5e5e5"/>'
                    f'<text x="{left - 6}" y="{_f(y + 4)}" text-anchor="end" fill="#555">{value}</text>')
    base: dict[str, float] = {}
    for month, outlet, count in sorted(rows, key=lambda r: (r[0], -totals[r[1]], r[1])):
        i = months.index(month)
        height = plot_h * count / top
        y0 = base.get(month, plot_top + plot_h)
        base[month] = y0 - height
        x = left + i * step + (step - bar_w) / 2
        body.append(
            f'<rect class="mark" x="{_f(x)}" y="{_f(y0 - height)}" width="{_f(bar_w)}" height="{_f(height)}" '
            f'fill="{colours[outlet]}" data-month="{month}" data-outlet="{escape(outlet)}" data-count="{count}">'
            f"<title>{escape(outlet)}, {month}: {count} article{'s' if count != 1 else ''}</title></rect>"
        )
    # Label years (or months, for a short span), at most about 12 labels.
    starts = [i for i, m in enumerate(months) if len(months) <= 12 or m.endswith("-01") or i == 0]
    if len(starts) > 1 and 0 < starts[1] < 6:
        starts.pop(1)  # the next January's label would run into the first month's year
    every = max(1, math.ceil(len(starts) / 12))
    axis_y = plot_top + plot_h
    body.append(f'<line x1="{left}" x2="{WIDTH - right}" y1="{axis_y}" y2="{axis_y}" stroke="#333"/>')
    for i in starts[::every]:
        label = months[i] if len(months) <= 12 else months[i][:4]
        x = left + i * step + step / 2
        body.append(f'<text x="{_f(x)}" y="{axis_y + 16}" text-anchor="middle" fill="#333">{label}</text>')
    body.append(f'<text x="{left}" y="12" fill="#555">articles</text>')
    body += _legend(colours, left, axis_y + 40)
    height = axis_y + 40 + 16 * (1 + len(colours) // 6) + 8
    return Chart(name, title, missing, _svg(WIDTH, height, title, body, name))


def quotes_per_speaker_year(rows: Sequence[tuple[int, str, int | None, int]],
                            person_url: Callable[[int], str] | None = None) -> Chart:
    """rows: (speaker_id, speaker, year or None, quotes) for the speakers to show."""
    name, title = "quotes_per_speaker_year", "Quotations per speaker per year"
    caption = "The most quoted named people; circle area is the number of quotations in a year of publication."
    if not rows:
        return Chart(name, title, caption, _empty(name, title, "No quotations by named people yet."))
    totals: dict[tuple[int, str], int] = {}
    for speaker_id, speaker, _, count in rows:
        totals[(speaker_id, speaker)] = totals.get((speaker_id, speaker), 0) + count
    speakers = sorted(totals, key=lambda s: (-totals[s], s[1]))
    years_known = [r[2] for r in rows if r[2] is not None]
    years: list[int | None] = list(range(min(years_known), max(years_known) + 1)) if years_known else []
    if any(r[2] is None for r in rows):
        years.append(None)
    label_w = min(220, 12 + 7 * max(len(s[1]) for s in speakers))
    left, right, top_y, row_h = label_w, 60, 34, 30
    col_w = max(14.0, min(48.0, (WIDTH - left - right) / len(years)))
    width = left + col_w * len(years) + right
    biggest = max(r[3] for r in rows)
    radius = min(row_h, col_w) / 2 - 1
    body: list[str] = []
    every = max(1, math.ceil(len(years) * 30 / (WIDTH - left - right)))
    for j, year in enumerate(years):
        x = left + col_w * j + col_w / 2
        if j % every == 0 or year is None:
            body.append(f'<text x="{_f(x)}" y="{top_y - 12}" text-anchor="middle" fill="#333">'
                        f'{year if year is not None else "n.d."}</text>')
        body.append(f'<line x1="{_f(x)}" x2="{_f(x)}" y1="{top_y - 6}" y2="{top_y + row_h * len(speakers)}" '
                    'stroke="#f0f0f0"/>')
    cells = {(r[0], r[2]): r[3] for r in rows}
    for i, (speaker_id, speaker) in enumerate(speakers):
        y = top_y + row_h * i + row_h / 2
        label = f'<text x="{left - 8}" y="{_f(y + 4)}" text-anchor="end" fill="#222">{escape(speaker)}</text>'
        if person_url:
            label = f'<a href="{escape(person_url(speaker_id))}">{label}</a>'
        body.append(label)
        for j, year in enumerate(years):
            count = cells.get((speaker_id, year))
            if not count:
                continue
            x = left + col_w * j + col_w / 2
            r = max(2.0, radius * math.sqrt(count / biggest))
            when = year if year is not None else "undated articles"
            body.append(
                f'<circle class="mark" cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="#4e79a7" fill-opacity="0.8" '
                f'data-speaker="{escape(speaker)}" data-speaker-id="{speaker_id}" data-year="{year or ""}" '
                f'data-count="{count}"><title>{escape(speaker)}, {when}: {count} quotation'
                f"{'s' if count != 1 else ''}</title></circle>"
            )
        body.append(f'<text x="{_f(width - right + 8)}" y="{_f(y + 4)}" fill="#555">{totals[(speaker_id, speaker)]}</text>')
    body.append(f'<text x="{_f(width - right + 8)}" y="{top_y - 12}" fill="#555">total</text>')
    height = top_y + row_h * len(speakers) + 10
    return Chart(name, title, caption, _svg(width, height, title, body, name))


_PARTS = {"labelled": "from a source the text describes but does not name", "unattributed": "with no speaker found"}


def unnamed_share_per_outlet(rows: Sequence[tuple[str, int, int, int]]) -> Chart:
    """rows: (outlet, quotes, labelled unnamed quotes, unattributed quotes)."""
    name, title = "unnamed_share_per_outlet", "Share of quotations from unnamed sources, per outlet"
    caption = ("Dark: a source the text describes but does not name ('an official'); light: no speaker found. "
               "The rest of each bar's width are quotations of named people.")
    if not rows:
        return Chart(name, title, caption, _empty(name, title, "No quotations yet."))
    label_w = min(240, 12 + 7 * max(len(r[0]) for r in rows))
    left, right, top_y, row_h = label_w, 150, 10, 26
    plot_w = WIDTH - left - right
    body: list[str] = []
    for i, (outlet, quotes, labelled, unattributed) in enumerate(rows):
        y = top_y + row_h * i
        share = 100.0 * (labelled + unattributed) / quotes if quotes else 0.0
        body.append(f'<text x="{left - 8}" y="{_f(y + 15)}" text-anchor="end" fill="#222">{escape(outlet)}</text>'
                    f'<rect x="{left}" y="{_f(y + 4)}" width="{plot_w}" height="16" fill="#f2f2f2"/>')
        x = float(left)
        for part, count, colour in (("labelled", labelled, "#e15759"), ("unattributed", unattributed, "#f4a6a7")):
            if not count:
                continue
            w = plot_w * count / quotes
            body.append(
                f'<rect class="mark" x="{_f(x)}" y="{_f(y + 4)}" width="{_f(w)}" height="16" fill="{colour}" '
                f'data-outlet="{escape(outlet)}" data-part="{part}" data-count="{count}" data-quotes="{quotes}">'
                f"<title>{escape(outlet)}: {count} of {quotes} quotations {_PARTS[part]}</title></rect>"
            )
            x += w
        body.append(f'<text x="{left + plot_w + 8}" y="{_f(y + 15)}" fill="#333" class="share" '
                    f'data-outlet="{escape(outlet)}" data-share="{share:.1f}">{share:.1f}% '
                    f'<tspan fill="#777">({labelled + unattributed} of {quotes})</tspan></text>')
    height = top_y + row_h * len(rows) + 10
    return Chart(name, title, caption, _svg(WIDTH, height, title, body, name))
