"""The Datasette configuration that `newsdb serve` generates: canned queries, descriptions, facets, search.

Nothing here is written by hand twice: the canned queries come from `db/queries/` (`CannedQuery.
datasette_config()`), the table, view and column descriptions from the model and view comments
(`db.docs.descriptions()`), the full-text tables from `db.fts`. What is chosen here is how a person browses:
which columns to facet on (outlet, year, kind, speaker), which column labels a row, which table searches
through which full-text index.

Datasette 0.65 reads all of it from one metadata file (`-m`). 1.0 alphas moved queries, facets, labels, search
and plugin settings to a configuration file (`-c datasette.yaml`) and keep only descriptions in metadata;
`split_for_datasette_1()` makes that pair from the same dictionary.
"""
from __future__ import annotations

from db.docs import descriptions
from db.fts import FtsSet
from db.queries import load_queries
from db.views import CURRENT_FTS

PLUGIN = "newsdb_web"  # the plugin module's name, and its key under "plugins"
WEB_PREFIX = "/-/newsdb"  # the plugin's pages: /-/newsdb/article/ID, /-/newsdb/charts

# How each table or view is browsed. Facets are the columns a person narrows by; views carry the year and the
# outlet's name, so they facet by those directly.
BROWSING: dict[str, dict[str, object]] = {
    "outlets": {"label_column": "name", "facets": ["country", "kind"], "sort": "name"},
    "articles": {"label_column": "title", "facets": ["outlet_id", "date_precision", "language"],
                 "sort_desc": "published_on"},
    "people": {"label_column": "name", "facets": ["country"], "sort": "name"},
    "person_aliases": {"facets": ["person_id"]},
    "mentions": {"facets": ["person_id", "role"]},
    "quotes": {"facets": ["kind", "speaker_id", "speaker_label", "speaker_reference", "cue"]},
    "events": {"label_column": "name", "facets": ["event_type", "status", "date_precision"], "sort": "start_date"},
    "event_mentions": {"facets": ["event_id", "role"]},
    "event_participants": {"facets": ["person_id"]},
    "event_actors": {"facets": ["actor"]},
    "ingest_runs": {"facets": ["status"], "sort_desc": "id"},
    "ingest_failures": {"facets": ["run_id", "kind"], "sort_desc": "id"},
    "v_quote_facts": {"facets": ["outlet_name", "published_year", "kind", "speaker", "speaker_reference"]},
    "v_article_facts": {"facets": ["outlet_name", "published_year", "outlet_kind", "language"]},
    "v_mention_facts": {"facets": ["person_name", "outlet_name", "published_year", "role"]},
    "v_person_facts": {"facets": ["country"], "sort_desc": "quote_count"},
    "v_event_coverage": {"facets": ["event_type", "event_status", "outlet_name", "event_year", "mention_role"]},
}
HIDDEN = ("alembic_version", "outlet_boilerplate")
# Views search through their base table's index, by the view's column holding that table's id.
VIEW_SEARCH = {"v_quote_facts": ("quotes", "quote_id"), "v_article_facts": ("articles", "article_id")}


def _search(fts: FtsSet) -> dict[str, dict[str, str]]:
    by_table = {index.table: index.fts_table for index in fts.indexes}
    search = {table: {"fts_table": fts_table, "fts_pk": "id"} for table, fts_table in by_table.items()}
    for view, (table, pk) in VIEW_SEARCH.items():
        if table in by_table:
            search[view] = {"fts_table": by_table[table], "fts_pk": pk}
    return search


def database_description(database: str, prefix: str = WEB_PREFIX) -> str:
    return (
        "<p>News articles, the people named in them, their quotations and the events they report.</p><ul>"
        f"<li>A person's quotations: the query <a href=\"/{database}/quotes_by_person\">Quotes by person</a>, or "
        f"their row in <a href=\"/{database}/people\">people</a>; each quotation links to its place in its article.</li>"
        f"<li>An article with every quotation highlighted and credited: click its title in "
        f"<a href=\"/{database}/articles\">articles</a>.</li>"
        f"<li><a href=\"{prefix}/charts\">Coverage charts</a>: articles per outlet and month, quotations per speaker, "
        "unnamed sources per outlet.</li>"
        f"<li>Search <a href=\"/{database}/articles\">articles</a> or <a href=\"/{database}/quotes\">quotes</a>; "
        "build dashboards on the <code>v_*</code> views; the queries below are newsdb's own "
        "(<code>newsdb queries</code>).</li></ul>"
    )


def metadata(database: str, fts: FtsSet = CURRENT_FTS) -> dict[str, object]:
    """The Datasette 0.65 metadata for a newsdb SQLite file served under the name `database`."""
    search = _search(fts)
    tables: dict[str, dict[str, object]] = {}
    for name, (description, columns) in descriptions().items():
        table: dict[str, object] = {"description": description, "columns": columns}
        table.update(BROWSING.get(name, {}))
        table.update(search.get(name, {}))
        tables[name] = table
    for name in HIDDEN:
        tables.setdefault(name, {})["hidden"] = True
    for index in fts.indexes:
        tables[index.fts_table] = {"hidden": True}
    return {
        "title": "newsdb",
        "description_html": database_description(database),
        "plugins": {PLUGIN: {"database": database}},
        "databases": {
            database: {
                "description_html": database_description(database),
                "tables": tables,
                "queries": {name: query.datasette_config() for name, query in load_queries().items()},
            }
        },
    }


# Keys that Datasette 1.0 alphas read from datasette.yaml instead of metadata.
_CONFIG_TABLE_KEYS = ("label_column", "facets", "sort", "sort_desc", "fts_table", "fts_pk", "hidden")


def split_for_datasette_1(meta: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """(metadata, configuration) for Datasette 1.0 alphas, where queries became stored queries in the config."""
    metadata_1 = {key: value for key, value in meta.items() if key not in ("plugins", "databases")}
    config = {"plugins": meta["plugins"], "databases": {}}
    metadata_1["databases"] = {}
    for name, database in meta["databases"].items():
        tables_meta, tables_config = {}, {}
        for table, settings in database["tables"].items():
            tables_meta[table] = {k: v for k, v in settings.items() if k not in _CONFIG_TABLE_KEYS}
            tables_config[table] = {k: v for k, v in settings.items() if k in _CONFIG_TABLE_KEYS}
        metadata_1["databases"][name] = {"description_html": database["description_html"], "tables": tables_meta}
        config["databases"][name] = {"tables": tables_config, "queries": database["queries"]}
    return metadata_1, config
