"""The `newsdb` command line: parses arguments, calls `loaders` and `db`, formats what they return.

The database URL comes from `--db`, else NEWSDB_DATABASE_URL, else the SQLite file `newsdb.sqlite3` here.
Every command that touches the database first brings its schema to the newest migration. Errors print one
line on stderr (a traceback only with `--debug`); bad usage exits 2, a failed input or error exits 1.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from newsdb.output import emit, output_options

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


class Settings:
    def __init__(self, db_url: str | None, debug: bool) -> None:
        self.db_url = db_url
        self.debug = debug
        self._engine = None

    def url(self) -> str:
        from db.engine import resolve_url

        return resolve_url(self.db_url)

    def engine(self, migrate: bool = True, must_exist: bool = False):
        """The engine, with the schema brought to head first unless `migrate` is False. With `must_exist`, a
        SQLite file that does not exist is an error (only `ingest` and `db upgrade` create a database)."""
        if must_exist:
            self.require_database()
        if self._engine is None:
            from db.engine import make_engine

            self._engine = make_engine(self.url())
        if migrate:
            from db.revision import is_current

            if not is_current(self._engine):  # one cheap read; Alembic loads only for a database behind
                from db.migrate import ensure_current

                ensure_current(self._engine)
        return self._engine


    def require_database(self) -> None:
        """Exit 1 when the URL names a SQLite file that does not exist, instead of creating an empty one."""
        from sqlalchemy.engine import make_url

        url = make_url(self.url())
        database = url.database
        if url.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
            return
        if not Path(database).is_file():
            _fail(f"no database at {database} (from {self.url()}); check --db or NEWSDB_DATABASE_URL, or create "
                  "it with `newsdb ingest PATH...` or `newsdb db upgrade`")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


class NewsdbGroup(click.Group):
    """Turns any unexpected exception into a one-line error (or a traceback with --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `newsdb query ... | head`: the reader has what it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as error:
            settings = ctx.find_object(Settings)
            if settings is not None and settings.debug:
                raise
            orig = getattr(error, "orig", None)
            message = " ".join(str(orig or error).split())
            if "database is locked" in message:  # SQLite: another writer held the lock past the busy timeout
                message += (" (another process kept writing to this SQLite database longer than the busy timeout, "
                            "$NEWSDB_BUSY_TIMEOUT seconds, default 30; nothing half-written was left: run it again)")
            click.echo(f"error: {type(orig or error).__name__}: {message[:500]}", err=True)
            sys.exit(1)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """`--version`, as click's own option prints it; the version is read only when asked for."""
    if not value or ctx.resilient_parsing:
        return
    from newsdb import __version__

    click.echo(f"newsdb, version {__version__}")
    ctx.exit()


@click.group(cls=NewsdbGroup, context_settings=CONTEXT)
@click.option("--db", "db_url", metavar="URL", help="SQLAlchemy database URL (sqlite:///file or postgresql+psycopg://...). "
              "Default: $NEWSDB_DATABASE_URL, else sqlite:///newsdb.sqlite3.")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None, debug: bool) -> None:
    """newsdb: a database of news articles, the people in them, their quotations and the events they report.

    Load articles with `newsdb ingest PATH...`, then ask questions with `newsdb query NAME` or in plain SQL.
    """
    ctx.obj = Settings(db_url, debug)


# -- db ---------------------------------------------------------------------------------------------------------


@cli.group(context_settings=CONTEXT)
def db() -> None:
    """Schema migrations (Alembic) on the configured database."""


@db.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
def db_upgrade(settings: Settings, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from db.migrate import current_revision, upgrade

    upgrade(settings.url(), revision)
    click.echo(f"database at revision {current_revision(settings.engine(migrate=False)) or 'base'}")


@db.command("downgrade")
@click.argument("revision")
@click.pass_obj
def db_downgrade(settings: Settings, revision: str) -> None:
    """Downgrade the schema to REVISION ('base' removes every table)."""
    from db.migrate import current_revision, downgrade

    settings.require_database()
    downgrade(settings.url(), revision)
    click.echo(f"database at revision {current_revision(settings.engine(migrate=False)) or 'base'}")


@db.command("current")
@click.pass_obj
def db_current(settings: Settings) -> None:
    """Show the database's revision and the newest one."""
    from db.migrate import current_revision, head_revision

    current = current_revision(settings.engine(migrate=False, must_exist=True))
    head = head_revision()
    state = "up to date" if current == head else "behind: run `newsdb db upgrade`"
    click.echo(f"{current or 'base'} (head {head}, {state})")


@db.command("check")
@click.option("--sample", default="200", show_default=True, metavar="N|all",
              help="How many articles to re-extract and compare with their stored rows (0: none).")
@click.option("--registry", "registry_dir", type=click.Path(file_okay=False, exists=True),
              help="Registry the articles were extracted with, if not the default (the default and none are tried).")
@click.pass_obj
def db_check(settings: Settings, sample: str, registry_dir: str | None) -> None:
    """Verify the database: offsets hold, foreign keys resolve, full-text indexes are in sync, no run is left
    running by a dead process, and re-extracting a sample of articles gives the rows stored for them.

    Prints `ok` and exits 0, or one line per fault and exits 1.
    """
    from db.check import check_database
    from loaders.check import check_extractions
    from loaders.registry import Registry, default_registry_dir, load_registry

    if sample != "all" and not sample.isdigit():
        raise click.BadParameter("a number or 'all'", param_hint="--sample")
    engine = settings.engine(must_exist=True)
    faults = check_database(engine)
    if not faults and sample != "0":
        registries = [load_registry(registry_dir or default_registry_dir()), Registry()]
        faults.extend(check_extractions(engine, registries, None if sample == "all" else int(sample)).faults)
    for fault in faults:
        click.echo(fault)
    if faults:
        sys.exit(1)
    click.echo("ok")


@db.command("grant-readonly")
@click.argument("role")
@click.option("--password", help="Set the role's password (PostgreSQL login role); prompted when given as '-'.")
@click.pass_obj
def db_grant_readonly(settings: Settings, role: str, password: str | None) -> None:
    """Create or update a PostgreSQL ROLE that can read every newsdb table and view, and nothing more.

    For BI connections. Run it again after upgrades; it is idempotent. On SQLite, open the file read-only
    instead: sqlite3 -readonly newsdb.sqlite3, or the URL sqlite:///file:newsdb.sqlite3?mode=ro&uri=true.
    """
    from db.roles import RoleError, grant_readonly

    if password == "-":
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        statements = grant_readonly(settings.engine(), role, password)
    except RoleError as error:
        raise click.UsageError(str(error)) from None
    for statement in statements:
        click.echo(statement)


# -- ingest -----------------------------------------------------------------------------------------------------


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    """How many documents the paths hold, for the progress bar: one per file, one per line of a .jsonl."""
    from loaders.readers import MANIFEST_NAMES, input_format

    def documents(path: Path) -> int:
        if input_format(path) == "jsonl" and path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        return 1

    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            total += documents(path)
        elif path.is_dir():
            total += sum(documents(p) for p in path.rglob("*")
                         if p.is_file() and input_format(p) and p.name not in MANIFEST_NAMES)
    return total


def _stopped_message(error: BaseException) -> str:
    """One line on a run that did not complete: why, and what became of its row in ingest_runs."""
    summary = getattr(error, "ingest_summary", None)
    if summary is None:
        return ""
    where = (f"ingest run {summary.run_id} marked {summary.status}" if summary.status_recorded else
             f"ingest run {summary.run_id} could not be marked {summary.status}: the next ingest marks it abandoned")
    return (f"{summary.status}: {summary.reason} ({summary.added} added, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.failed} failed before the stop; {where}; "
            "only whole articles are stored: run the same command again to complete the job)")


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--workers", type=click.IntRange(min=1), help="Extraction processes (default: one per core); with "
              "--dask local, the number of Dask workers.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Inputs written per transaction.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=5.0, show_default=True,
              metavar="MB", help="Largest input text, in MB after decoding (a .json/.jsonl record, a WARC page); "
              "a larger input fails alone.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=120.0, show_default=True, metavar="SECONDS",
              help="Extraction time budget per input; an input over it fails alone (0: none).")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Extract on a dask.distributed cluster (tcp://host:8786), or 'local' for a LocalCluster here. "
              "Needs the extra: pip install 'newsdb[dask]'.")
@click.option("--registry", "registry_dir", type=click.Path(file_okay=False, exists=True),
              help="Curated registry folder (default: $NEWSDB_REGISTRY, else the registry bundled with newsdb).")
@click.option("--no-registry", is_flag=True, help="Extract without the curated registry.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.pass_obj
def ingest(settings: Settings, paths, workers, batch_size, max_size, time_limit, dask_address, registry_dir,
           no_registry, progress) -> None:
    """Load articles from files or folders (recursively).

    Reads .txt (text copied from a web page), .html/.htm, .json (one record or a list), .jsonl (one record a
    line) and .warc web archives (each HTML response), optionally gzip-compressed; a folder's manifest.csv or
    manifest.jsonl gives metadata for its files. Prints one summary line; exits 1 when any input failed (after
    processing all others). Warnings (ignored manifest columns or values, replaced characters, skipped records)
    go to stderr and to ingest_failures with kind 'warning'.

    A stop (Ctrl-C, SIGTERM, SIGHUP, a worker killed, the database gone) ends the run within seconds, marked
    interrupted (exit 130) or failed (exit 1) with its reason; running the same command again completes it.
    """
    from loaders.ingest import ingest as run_ingest
    from loaders.registry import default_registry_dir, load_registry

    if dask_address:
        from importlib.util import find_spec

        if find_spec("distributed") is None:
            from loaders.dask_run import INSTALL_HINT

            _fail(INSTALL_HINT)
    registry = load_registry(None if no_registry else (registry_dir or default_registry_dir()))
    engine = settings.engine()
    show_progress = sys.stderr.isatty() if progress is None else progress

    def report(prefix: str, item) -> None:
        where = item.source_path + (f" (record {item.source_record})" if item.source_record else "")
        message = f"{prefix}: {where}: {item.reason}"
        if bar is not None:
            bar.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    bar = None
    if show_progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        task = bar.add_task("ingest", total=_count_inputs(paths))
        bar.start()
    try:
        summary = run_ingest(
            engine, list(paths), registry, workers=workers, batch_size=batch_size,
            max_size=int(max_size * 1_000_000), time_limit=time_limit or None, dask=dask_address,
            on_progress=(lambda n: bar.advance(task, n)) if bar else None,
            on_failure=lambda failure: report("failed", failure),
            on_warning=lambda warning: report("warning", warning),
        )
    except KeyboardInterrupt as error:
        if bar is not None:
            bar.stop()
        click.echo(_stopped_message(error) or "interrupted", err=True)
        sys.exit(130)
    except Exception as error:
        if bar is not None:
            bar.stop()
        message = _stopped_message(error)
        if not message or settings.debug:
            raise
        interrupted = error.ingest_summary.status == "interrupted"  # e.g. a worker stopped by a signal
        click.echo(message if interrupted else f"error: {message}", err=True)
        sys.exit(130 if interrupted else 1)
    finally:
        if bar is not None:
            bar.stop()
    extra = "".join(f", {count} {label}" for count, label in (
        (summary.skipped, "skipped"), (summary.warnings, "warning" + "s" * (summary.warnings != 1))) if count)
    click.echo(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed{extra} (ingest run {summary.run_id}"
        + (f"; {summary.recleaned} cleaned of paragraphs their outlet repeats)" if summary.recleaned else ")")
    )
    if summary.failed:
        sys.exit(1)


# -- canned queries ---------------------------------------------------------------------------------------------


@cli.command("queries", context_settings=CONTEXT)
@output_options(default=None)
@click.pass_obj
def list_queries(settings: Settings, output_format: str | None) -> None:
    """List the canned queries: name, description and parameters (-p NAME, with type and default).

    \b
    One line per query by default; --format table|csv|json|jsonl for a table or data.
    `newsdb query NAME --help` shows one query's parameters in full.
    """
    from db.queries import load_queries

    if settings.db_url or os.environ.get("NEWSDB_DATABASE_URL"):
        settings.require_database()  # a database named by hand must exist (a typo is no empty database)
    queries = load_queries()
    if output_format is None:
        width = max(len(name) for name in queries)
        for name, query in queries.items():
            params = "; ".join(param.signature() for param in query.params)
            click.echo(f"{name.ljust(width)}  {query.description}" + (f"  [-p {params}]" if params else ""))
        return
    columns = ["name", "title", "description", "parameters"]
    rows = [(name, query.title, query.description, "; ".join(p.signature() for p in query.params))
            for name, query in queries.items()]
    if output_format in ("json", "jsonl"):
        rows = [(*row[:3], [dict(zip(("name", "type", "default", "description"),
                                     (p.name, p.kind, p.default, p.description))) for p in query.params])
                for row, query in zip(rows, queries.values())]
    emit(columns, rows, output_format, count=False)


class QueryCommand(click.Command):
    """`newsdb query NAME --help` documents NAME's own parameters (Click prints help before it reads NAME)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            opts, _, _ = self.make_parser(ctx).parse_args(args=list(args))
            ctx.meta["newsdb.query_name"] = opts.get("name")
        except click.ClickException:
            pass
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from db.queries import load_queries

        queries = load_queries()
        query = queries.get(ctx.meta.get("newsdb.query_name") or "")
        if query is None:
            with formatter.section("Queries (NAME)"):
                formatter.write_dl([(name, q.title) for name, q in queries.items()])
            formatter.write_paragraph()
            formatter.write_text("`newsdb query NAME --help` lists NAME's parameters.")
            return
        with formatter.section(query.title):
            formatter.write_text(query.description)
        with formatter.section(f"Parameters of {query.name} (-p NAME VALUE)"):
            if not query.params:
                formatter.write_text("none")
            else:
                formatter.write_dl([
                    (param.name, f"{param.kind}, {'required' if param.required else 'default ' + param.default_text()}."
                                 f" {param.description}")
                    for param in query.params
                ])


@cli.command("query", cls=QueryCommand, context_settings=CONTEXT)
@click.argument("name")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="KEY VALUE",
              help="A named parameter of the query; repeat for several.")
@output_options()
@click.pass_obj
def run_query(settings: Settings, name: str, params, output_format: str) -> None:
    """Run the canned query NAME (see `newsdb queries`) with its parameters."""
    from db.queries import QueryError, load_queries

    queries = load_queries()
    if name not in queries:
        raise click.UsageError(f"no query named {name!r}; `newsdb queries` lists them")
    query = queries[name]
    try:
        bound = query.bind(dict(params))
    except QueryError as error:
        raise click.UsageError(str(error)) from None
    from db import direct

    url = settings.url()  # plain URLs of a database at head: through the driver, without loading SQLAlchemy
    result = direct.run(url, query.executable_sql("postgresql" if url.startswith("postgresql") else "sqlite"), bound)
    columns, rows = result if result is not None else query.run(settings.engine(must_exist=True), bound)
    emit(columns, rows, output_format)


# -- web view ----------------------------------------------------------------------------------------------------


@cli.command(context_settings={**CONTEXT, "ignore_unknown_options": True})
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 lets other machines in: the data is then theirs to read).")
@click.option("--open", "open_browser", is_flag=True, help="Open the web view in a browser.")
@click.option("--immutable", is_flag=True,
              help="Promise the file will not change while served (faster counts; a later ingest is not seen).")
@click.argument("datasette_args", nargs=-1, type=click.UNPROCESSED, metavar="[-- DATASETTE OPTIONS]")
@click.pass_obj
def serve(settings: Settings, port: int, host: str, open_browser: bool, immutable: bool, datasette_args) -> None:
    """Browse the SQLite database in a web browser (Datasette, read-only; extra `web`).

    Tables and views with descriptions, facets and full-text search; every canned query as a form; each
    article with its quotations highlighted and credited (/-/newsdb/article/ID); coverage charts
    (/-/newsdb/charts). Options after `--` go to `datasette serve`, e.g. `-- --setting sql_time_limit_ms 5000`.
    """
    from newsdb.serve import ServeError, checkpoint, datasette_version, serve as run_serve, sqlite_file

    try:
        path = sqlite_file(settings.url())
        datasette_version()
    except ServeError as error:
        _fail(str(error))
    checkpoint(settings.engine())
    settings.engine(migrate=False).dispose()
    code = run_serve(path, host, port, open_browser, immutable, tuple(datasette_args),
                     announce=lambda line: click.echo(line, err=True))
    sys.exit(code)


def main() -> None:
    cli(prog_name="newsdb")
