"""newsdb's Datasette plugin (loaded by `newsdb serve` through --plugins-dir): the article page, the charts, links.

Routes (under /-/newsdb, Datasette's place for a plugin's own pages):
- /-/newsdb/article/ID: the article's body with quotations, speakers, people and events marked (newsdb.web.article);
- /-/newsdb/charts, /-/newsdb/charts/NAME.svg: coverage charts drawn on the server (newsdb.web.charts).
`render_cell` turns quotations and article ids in tables, views and query results into links to the article
page, at the quotation's place; `menu_links` adds both pages to Datasette's menu. The database to read is the
plugin setting "database" that `newsdb serve` writes.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from newsdb.web import article as article_page
from newsdb.web import charts
from newsdb.web.config import PLUGIN, WEB_PREFIX

MAX_SPEAKERS = 50


def _database_name(datasette) -> str:
    config = datasette.plugin_config(PLUGIN) or {}
    name = config.get("database")
    if name:
        return name
    return next(name for name, db in datasette.databases.items() if not name.startswith("_"))


def _article_url(datasette, article_id, fragment: str = "") -> str:
    return datasette.urls.path(f"{WEB_PREFIX}/article/{article_id}") + (f"#{fragment}" if fragment else "")


def _row_url(datasette, database: str):
    def row_url(table: str, pk) -> str:
        return datasette.urls.row(database, table, str(pk))

    return row_url


async def article_view(request, datasette):
    database = _database_name(datasette)
    db = datasette.get_database(database)

    async def execute(sql, params):
        return (await db.execute(sql, params)).rows

    page = await article_page.load(execute, int(request.url_vars["article_id"]))
    if page is None:
        raise NotFound("No article with that id")
    row_url = _row_url(datasette, database)
    body = Markup(article_page.highlight(page.article["body"], article_page.spans(page, row_url)))
    context = {
        "page": page,
        "a": page.article,
        "body_html": body,
        "database_name": database,
        "row_url": row_url,
        "article_url": lambda article_id: _article_url(datasette, article_id),
        "charts_url": datasette.urls.path(f"{WEB_PREFIX}/charts"),
    }
    return Response.html(await datasette.render_template("newsdb_article.html", context, request=request))


async def _charts(datasette, database: str, speakers: int) -> list[charts.Chart]:
    db = datasette.get_database(database)
    per_month = (await db.execute(charts.ARTICLES_PER_OUTLET_MONTH_SQL)).rows
    without_month = (await db.execute(charts.ARTICLES_WITHOUT_MONTH_SQL)).rows[0][0]
    per_speaker = (await db.execute(charts.QUOTES_PER_SPEAKER_YEAR_SQL, {"top": speakers})).rows
    unnamed = (await db.execute(charts.UNNAMED_SHARE_PER_OUTLET_SQL)).rows
    row_url = _row_url(datasette, database)
    return [
        charts.articles_per_outlet_month([tuple(r) for r in per_month], without_month),
        charts.quotes_per_speaker_year([tuple(r) for r in per_speaker], lambda pid: row_url("people", pid)),
        charts.unnamed_share_per_outlet([tuple(r) for r in unnamed]),
    ]


def _speakers(request) -> int:
    try:
        return max(1, min(MAX_SPEAKERS, int(request.args.get("speakers", 12))))
    except ValueError:
        return 12


def _sql_link(datasette, database: str, sql: str, **params) -> str:
    from urllib.parse import urlencode

    query = urlencode({"sql": " ".join(sql.split()), **{k: str(v) for k, v in params.items()}})
    return datasette.urls.database(database) + "?" + query


async def charts_view(request, datasette):
    database = _database_name(datasette)
    speakers = _speakers(request)
    drawn = await _charts(datasette, database, speakers)
    sources = {
        "articles_per_outlet_month": _sql_link(datasette, database, charts.ARTICLES_PER_OUTLET_MONTH_SQL),
        "quotes_per_speaker_year": _sql_link(datasette, database, charts.QUOTES_PER_SPEAKER_YEAR_SQL, top=speakers),
        "unnamed_share_per_outlet": _sql_link(datasette, database, charts.UNNAMED_SHARE_PER_OUTLET_SQL),
    }
    context = {
        "charts": [(chart, Markup(chart.svg), sources[chart.name]) for chart in drawn],
        "database_name": database,
        "speakers": speakers,
        "svg_url": lambda name: datasette.urls.path(f"{WEB_PREFIX}/charts/{name}.svg"),
    }
    return Response.html(await datasette.render_template("newsdb_charts.html", context, request=request))


async def chart_svg(request, datasette):
    database = _database_name(datasette)
    drawn = {chart.name: chart for chart in await _charts(datasette, database, _speakers(request))}
    chart = drawn.get(request.url_vars["name"])
    if chart is None:
        raise NotFound("No such chart")
    return Response(chart.svg, content_type="image/svg+xml; charset=utf-8")


@hookimpl
def register_routes():
    return [
        (rf"^{WEB_PREFIX}/article/(?P<article_id>\d+)$", article_view),
        (rf"^{WEB_PREFIX}/charts$", charts_view),
        (rf"^{WEB_PREFIX}/charts/(?P<name>[a-z_]+)\.svg$", chart_svg),
    ]


@hookimpl
def menu_links(datasette):
    return [
        {"href": datasette.urls.path(f"{WEB_PREFIX}/charts"), "label": "newsdb: coverage charts"},
        {"href": datasette.urls.table(_database_name(datasette), "articles"), "label": "newsdb: articles"},
    ]


def _value(row, column: str):
    try:
        value = row[column]
    except (KeyError, IndexError):
        return None
    return value.get("value") if isinstance(value, dict) else value


def _columns(row) -> set[str]:
    try:
        return set(row.keys())
    except AttributeError:
        return set()


def _link(href: str, text, css: str) -> Markup:
    return Markup(f'<a class="{css}" href="{escape(href)}">{escape(text)}</a>')


# Columns holding a quotation's words, by table or view (None: query results).
_QUOTE_TEXT = {("quotes", "text"): ("id", "article_id"), ("v_quote_facts", "quote_text"): ("quote_id", "article_id")}
_TITLE = {("articles", "title"): "id", ("v_article_facts", "title"): "article_id"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Quotations link to their place in the article page, titles and plain article ids to the page itself."""
    if database != _database_name(datasette):
        return None
    if (table, column) in _QUOTE_TEXT:
        quote_key, article_key = _QUOTE_TEXT[(table, column)]
        article_id = _value(row, article_key)
        if value is not None and article_id is not None:
            return _link(_article_url(datasette, article_id, f"quote-{_value(row, quote_key)}"), value, "newsdb-quote")
    if (table, column) in _TITLE:
        article_id = _value(row, _TITLE[(table, column)])
        if article_id is not None:
            return _link(_article_url(datasette, article_id), value or "(untitled)", "newsdb-article")
    if table is None or table.startswith("v_"):
        columns = _columns(row)
        if column == "article_id" and isinstance(value, int):
            return _link(_article_url(datasette, value), value, "newsdb-article")
        if column in ("quote", "quote_text", "snippet") and value is not None and "article_id" in columns:
            article_id = _value(row, "article_id")
            if article_id is None:
                return None
            if _value(row, "quote_id") is not None:
                fragment = f"quote-{_value(row, 'quote_id')}"
            elif "start_char" in columns and _value(row, "start_char") is not None:
                fragment = f"char-{_value(row, 'start_char')}"
            else:
                fragment = ""
            return _link(_article_url(datasette, article_id, fragment), value, "newsdb-quote")
    return None
