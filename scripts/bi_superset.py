"""Apache Superset on a PostgreSQL newsdb, end to end: install, connect read-only, datasets, a chart, a dashboard.

    python scripts/bi_superset.py [--db URL | --server URL] [--home DIR] [--port 8088] [--keep-running]

Superset is never a newsdb dependency: it is installed into its own virtual environment under --home (default
~/.cache/newsdb/superset; about 46 s and 825 MB the first time, reused afterwards) with the line that works
for 6.1.0 (its metadata misses two dependencies and one pin). The script then
1. takes the newsdb database at --db, or makes `newsdb_superset` on --server and ingests the seed articles;
2. creates the read-only login role `newsdb_reader` (`newsdb db grant-readonly`) and connects Superset as it;
3. registers every `v_*` view as a dataset, gives each the view's description, publication date as its time
   column and a few ready metrics (Superset takes column comments as descriptions, but not the view's);
4. creates a bar chart (articles per outlet per year) and a dashboard holding it, through the REST API;
5. checks that the chart's data equals the rows of the canned query `articles_by_outlet_year`;
6. prints what a Superset user sees: each dataset's columns, types, time columns and descriptions.
It exits 0 when the check passes. It is run by hand (not in CI): it downloads Superset and takes minutes.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

SUPERSET_INSTALL = ["apache-superset==6.1.0", "psycopg2-binary", "rich", "cachetools", "flask-caching<2.4"]
READER = "newsdb_reader"
ADMIN = ("admin", "admin")  # a throw-away local Superset, reachable on 127.0.0.1 only
DASHBOARD_TITLE = "newsdb coverage"
CHART_NAME = "Articles per outlet per year"
# Ready metrics per dataset: what most questions about these facts start with.
METRICS = {
    "v_quote_facts": [("quotes", "COUNT(*)"), ("unnamed_share", "AVG(1.0 - speaker_is_named)"),
                      ("speakers", "COUNT(DISTINCT speaker)")],
    "v_article_facts": [("articles", "COUNT(*)"), ("quotations", "SUM(quote_count)"),
                        ("unnamed_quotations", "SUM(unnamed_quote_count)")],
    "v_mention_facts": [("mentions", "COUNT(*)"), ("people", "COUNT(DISTINCT person_id)")],
    "v_person_facts": [("people", "COUNT(*)"), ("quotations", "SUM(quote_count)")],
    "v_event_coverage": [("events", "COUNT(DISTINCT event_id)"), ("event_mentions", "COUNT(event_mention_id)")],
}
TIME_COLUMN = {"v_event_coverage": "start_date", "v_person_facts": "first_published_on"}  # else published_on


def log(message: str) -> None:
    print(f"bi_superset: {message}", flush=True)


# -- newsdb side -----------------------------------------------------------------------------------------------


def newsdb_database(args) -> str:
    """The newsdb PostgreSQL URL to chart: --db as given, else a fresh `newsdb_superset` with the seeds in it."""
    from db.engine import make_engine
    from db.migrate import upgrade

    if args.db:
        url = args.db
    else:
        server = make_url(args.server).set(drivername="postgresql+psycopg")
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text('DROP DATABASE IF EXISTS "newsdb_superset" WITH (FORCE)'))
            connection.execute(text('CREATE DATABASE "newsdb_superset"'))
        admin.dispose()
        url = server.set(database="newsdb_superset").render_as_string(hide_password=False)
        upgrade(url)
        from loaders.ingest import ingest
        from loaders.registry import default_registry_dir, load_registry

        engine = make_engine(url)
        summary = ingest(engine, [str(REPO / "seeds")], load_registry(default_registry_dir()), workers=1)
        engine.dispose()
        log(f"ingested the seeds into newsdb_superset: {summary.added} articles")
    if make_url(url).get_backend_name() != "postgresql":
        sys.exit("bi_superset: --db must be a PostgreSQL newsdb (for SQLite, see docs/bi.md)")
    upgrade(url)
    return url


def reader_uri(newsdb_url: str, password: str) -> str:
    """Create or refresh the read-only role and return the URI Superset connects with (its psycopg2 driver)."""
    from db.engine import make_engine
    from db.roles import grant_readonly

    engine = make_engine(newsdb_url)
    grant_readonly(engine, READER, password)
    engine.dispose()
    url = make_url(newsdb_url).set(drivername="postgresql", username=READER, password=password)
    return url.render_as_string(hide_password=False)


def canned_rows(newsdb_url: str) -> set[tuple]:
    from db.engine import make_engine
    from db.queries import load_queries

    engine = make_engine(newsdb_url)
    columns, rows = load_queries()["articles_by_outlet_year"].run(engine, {})
    engine.dispose()
    index = {name: i for i, name in enumerate(columns)}
    return {(row[index["outlet"]], row[index["year"]], int(row[index["articles"]]), int(row[index["quotes"]]))
            for row in rows}


# -- Superset's own environment ----------------------------------------------------------------------------------


def install(home: Path) -> Path:
    venv = home / "venv"
    superset = venv / "bin" / "superset"
    if superset.exists():
        log(f"Superset already installed in {venv}")
        return superset
    log(f"installing Superset into {venv} (about a minute, 825 MB)")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *SUPERSET_INSTALL], check=True)
    return superset


def configure(home: Path) -> dict[str, str]:
    """Write superset_config.py (once: the secret key must stay the same) and return the environment to run in."""
    config = home / "superset_config.py"
    if not config.exists():
        config.write_text(
            "# Written by newsdb's scripts/bi_superset.py: a local, single-user Superset.\n"
            f"SECRET_KEY = {secrets.token_urlsafe(42)!r}\n"
            f"SQLALCHEMY_DATABASE_URI = {('sqlite:///' + str(home / 'superset.db'))!r}\n"
            "WTF_CSRF_ENABLED = False  # the REST API is driven by this script with a bearer token\n",
            encoding="utf-8",
        )
    return {**os.environ, "SUPERSET_CONFIG_PATH": str(config), "FLASK_APP": "superset", "SUPERSET_HOME": str(home)}


def initialise(superset: Path, env: dict[str, str], home: Path) -> None:
    done = home / "initialised"
    if done.exists() and done.read_text() == SUPERSET_INSTALL[0]:
        log("Superset's metastore is already set up")
        return

    def run(*args: str) -> None:
        result = subprocess.run([str(superset), *args], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"bi_superset: superset {args[0]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")

    log("superset db upgrade, fab create-admin, init")
    run("db", "upgrade")
    run("fab", "create-admin", "--username", ADMIN[0], "--firstname", "newsdb", "--lastname", "admin",
        "--email", "admin@localhost", "--password", ADMIN[1])
    run("init")
    done.write_text(SUPERSET_INSTALL[0])


def start(superset: Path, env: dict[str, str], port: int, home: Path) -> subprocess.Popen:
    log_file = (home / "superset.log").open("w")
    process = subprocess.Popen([str(superset), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
                               env=env, stdout=log_file, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"bi_superset: superset run exited; see {home / 'superset.log'}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                if response.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(2)
    process.terminate()
    sys.exit("bi_superset: Superset did not answer /health within 3 minutes")


# -- the REST API --------------------------------------------------------------------------------------------------


class Api:
    def __init__(self, base: str) -> None:
        self.base = base
        self.token = None

    def call(self, method: str, path: str, body=None, ok=(200, 201)) -> tuple[int, dict]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:  # Flask answers 400 to a GET that claims a JSON body
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            payload = error.read()
            if error.code in ok:
                return error.code, json.loads(payload or b"{}")
            raise SystemExit(f"bi_superset: {method} {path} -> {error.code}: {payload[:800]!r}") from None

    def login(self) -> None:
        _, body = self.call("POST", "/api/v1/security/login",
                            {"username": ADMIN[0], "password": ADMIN[1], "provider": "db", "refresh": False})
        self.token = body["access_token"]

    def find(self, resource: str, column: str, value) -> dict | None:
        query = {"filters": [{"col": column, "opr": "eq", "value": value}], "page_size": 100}
        _, body = self.call("GET", f"/api/v1/{resource}/?q=" + urllib.request.quote(json.dumps(query)))
        return body["result"][0] if body.get("result") else None


def connect_database(api: Api, uri: str) -> int:
    payload = {"database_name": "newsdb", "sqlalchemy_uri": uri, "expose_in_sqllab": True,
               "allow_dml": False, "allow_run_async": False}
    existing = api.find("database", "database_name", "newsdb")
    if existing:
        api.call("PUT", f"/api/v1/database/{existing['id']}", payload)
        return existing["id"]
    _, body = api.call("POST", "/api/v1/database/", payload)
    return body["id"]


def register_view(api: Api, database_id: int, view) -> dict:
    existing = api.find("dataset", "table_name", view.name)
    if existing:
        dataset_id = existing["id"]
        api.call("PUT", f"/api/v1/dataset/{dataset_id}/refresh")
    else:
        _, body = api.call("POST", "/api/v1/dataset/", {"database": database_id, "schema": "public",
                                                         "table_name": view.name})
        dataset_id = body["id"]
    _, body = api.call("GET", f"/api/v1/dataset/{dataset_id}")
    dataset = body["result"]
    # Superset reads column comments but not the view's own; the time column it guesses may be ingested_at.
    metrics = [{key: m[key] for key in ("id", "metric_name", "expression", "metric_type", "description", "verbose_name")
                if m.get(key) is not None} for m in dataset["metrics"]]
    have = {m["metric_name"] for m in metrics}
    metrics += [{"metric_name": name, "expression": expression, "verbose_name": name.replace("_", " ")}
                for name, expression in METRICS.get(view.name, []) if name not in have]
    api.call("PUT", f"/api/v1/dataset/{dataset_id}", {
        "description": view.description,
        "main_dttm_col": TIME_COLUMN.get(view.name, "published_on"),
        "metrics": metrics,
    })
    _, body = api.call("GET", f"/api/v1/dataset/{dataset_id}")
    return body["result"]


def chart_and_dashboard(api: Api, dataset: dict) -> tuple[int, int]:
    existing = api.find("dashboard", "dashboard_title", DASHBOARD_TITLE)
    if existing:
        dashboard_id = existing["id"]
    else:
        _, body = api.call("POST", "/api/v1/dashboard/", {"dashboard_title": DASHBOARD_TITLE, "published": True})
        dashboard_id = body["id"]
    metrics = [{"expressionType": "SQL", "sqlExpression": "COUNT(*)", "label": "articles"},
               {"expressionType": "SQL", "sqlExpression": "SUM(quote_count)", "label": "quotes"}]
    form_data = {
        "datasource": f"{dataset['id']}__table", "viz_type": "echarts_timeseries_bar",
        "x_axis": "published_year", "groupby": ["outlet_name"], "metrics": metrics[:1],
        "row_limit": 10000, "adhoc_filters": [], "stack": True, "show_legend": True,
        "x_axis_title": "year of publication", "y_axis_title": "articles",
    }
    query_context = {
        "datasource": {"id": dataset["id"], "type": "table"}, "force": True,
        "queries": [{"columns": ["outlet_name", "published_year"], "metrics": metrics, "orderby": [],
                     "row_limit": 10000, "filters": [], "extras": {}}],
        "form_data": form_data, "result_format": "json", "result_type": "full",
    }
    chart = {"slice_name": CHART_NAME, "viz_type": "echarts_timeseries_bar", "datasource_id": dataset["id"],
             "datasource_type": "table", "params": json.dumps(form_data), "query_context": json.dumps(query_context),
             "dashboards": [dashboard_id],
             "description": "From v_article_facts; the same numbers as `newsdb query articles_by_outlet_year`."}
    existing = api.find("chart", "slice_name", CHART_NAME)
    if existing:
        chart_id = existing["id"]
        api.call("PUT", f"/api/v1/chart/{chart_id}", chart)
    else:
        _, body = api.call("POST", "/api/v1/chart/", chart)
        chart_id = body["id"]
    position = {
        "DASHBOARD_VERSION_KEY": "v2",
        "ROOT_ID": {"type": "ROOT", "id": "ROOT_ID", "children": ["GRID_ID"]},
        "GRID_ID": {"type": "GRID", "id": "GRID_ID", "children": ["ROW-1"], "parents": ["ROOT_ID"]},
        "HEADER_ID": {"id": "HEADER_ID", "type": "HEADER", "meta": {"text": DASHBOARD_TITLE}},
        "ROW-1": {"type": "ROW", "id": "ROW-1", "children": ["CHART-1"], "parents": ["ROOT_ID", "GRID_ID"],
                  "meta": {"background": "BACKGROUND_TRANSPARENT"}},
        "CHART-1": {"type": "CHART", "id": "CHART-1", "children": [], "parents": ["ROOT_ID", "GRID_ID", "ROW-1"],
                    "meta": {"width": 12, "height": 60, "chartId": chart_id, "sliceName": CHART_NAME}},
    }
    api.call("PUT", f"/api/v1/dashboard/{dashboard_id}", {"position_json": json.dumps(position), "published": True})
    _, body = api.call("GET", f"/api/v1/dashboard/{dashboard_id}/charts")
    on_dashboard = {chart.get("id") for chart in body["result"]}
    if chart_id not in on_dashboard:
        sys.exit(f"bi_superset: the dashboard holds charts {sorted(on_dashboard)}, not chart {chart_id}")
    return chart_id, dashboard_id


def chart_rows(api: Api, chart_id: int) -> set[tuple]:
    _, body = api.call("GET", f"/api/v1/chart/{chart_id}/data/?format=json&type=full&force=true")
    rows = body["result"][0]["data"]
    return {(row["outlet_name"] if row["outlet_name"] is not None else "(unknown outlet)", row["published_year"],
             int(row["articles"]), int(row["quotes"] or 0)) for row in rows}


def describe(dataset: dict) -> list[str]:
    columns = dataset["columns"]
    described = sum(1 for c in columns if c.get("description"))
    temporal = [c["column_name"] for c in columns if c.get("is_dttm")]
    types = ", ".join(f"{c['column_name']} {c.get('type') or '?'}" for c in columns)
    return [
        f"{dataset['table_name']}: {len(columns)} columns, {described} with descriptions; time column "
        f"{dataset.get('main_dttm_col')}; temporal: {', '.join(temporal) or 'none'}; "
        f"metrics: {', '.join(m['metric_name'] for m in dataset['metrics'])}",
        f"    description: {dataset.get('description') or '(none)'}",
        f"    types: {types}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a PostgreSQL newsdb URL to chart (default: seeds in a fresh newsdb_superset)")
    parser.add_argument("--server", default=os.environ.get("NEWSDB_TEST_PG_URL",
                                                           "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
                        help="PostgreSQL server URL to create newsdb_superset on when --db is not given")
    parser.add_argument("--home", type=Path, default=Path.home() / ".cache" / "newsdb" / "superset",
                        help="Superset's venv, configuration and metastore")
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--keep-running", action="store_true", help="leave Superset running to look at it")
    args = parser.parse_args(argv)
    started = time.time()
    args.home.mkdir(parents=True, exist_ok=True)

    from db.views import CURRENT_VIEWS

    url = newsdb_database(args)
    uri = reader_uri(url, password=secrets.token_urlsafe(12))
    superset = install(args.home)
    env = configure(args.home)
    initialise(superset, env, args.home)
    process = start(superset, env, args.port, args.home)
    try:
        api = Api(f"http://127.0.0.1:{args.port}")
        api.login()
        database_id = connect_database(api, uri)
        log(f"connected Superset to {make_url(uri).render_as_string(hide_password=True)} (database id {database_id})")
        datasets = {view.name: register_view(api, database_id, view) for view in CURRENT_VIEWS}
        chart_id, dashboard_id = chart_and_dashboard(api, datasets["v_article_facts"])
        log(f"chart {chart_id} '{CHART_NAME}' on dashboard {dashboard_id} '{DASHBOARD_TITLE}': "
            f"http://127.0.0.1:{args.port}/superset/dashboard/{dashboard_id}/")
        print("\nWhat a Superset user sees (datasets):")
        for dataset in datasets.values():
            print("\n".join(describe(dataset)))
        expected, got = canned_rows(url), chart_rows(api, chart_id)
        if expected != got:
            log(f"MISMATCH: chart rows {sorted(got, key=str)} != canned query rows {sorted(expected, key=str)}")
            return 1
        log(f"check passed: the chart's {len(got)} rows equal `newsdb query articles_by_outlet_year` "
            f"({time.time() - started:.0f} s in all)")
        if args.keep_running:
            log(f"Superset keeps running at http://127.0.0.1:{args.port} (user {ADMIN[0]}); Ctrl-C stops it")
            process.wait()
        return 0
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
