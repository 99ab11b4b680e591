"""The `newsdb` command line: parses arguments, calls `loaders` and `db`, formats what they return.

The database URL comes from `--db`, else NEWSDB_DATABASE_URL, else the SQLite file `newsdb.sqlite3` here.
Every command that touches the database first brings its schema to the newest migration. Errors print one
line on stderr (a traceback only with `--debug`); bad usage exits 2, a failed input or error exits 1.
"""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from newsdb import __version__
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

    def engine(self, migrate: bool = True):
        """The engine, with the schema brought to head first unless `migrate` is False."""
        if self._engine is None:
            from db.engine import make_engine

            self._engine = make_engine(self.url())
        if migrate:
            from db.migrate import ensure_current

            ensure_current(self._engine)
        return self._engine


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
            click.echo(f"error: {type(orig or error).__name__}: {message[:500]}", err=True)
            sys.exit(1)


@click.group(cls=NewsdbGroup, context_settings=CONTEXT)
@click.option("--db", "db_url", metavar="URL", help="SQLAlchemy database URL (sqlite:///file or postgresql+psycopg://...). "
              "Default: $NEWSDB_DATABASE_URL, else sqlite:///newsdb.sqlite3.")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(__version__, "--version", prog_name="newsdb")
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

    downgrade(settings.url(), revision)
    click.echo(f"database at revision {current_revision(settings.engine(migrate=False)) or 'base'}")


@db.command("current")
@click.pass_obj
def db_current(settings: Settings) -> None:
    """Show the database's revision and the newest one."""
    from db.migrate import current_revision, head_revision

    current = current_revision(settings.engine(migrate=False))
    head = head_revision()
    state = "up to date" if current == head else "behind: run `newsdb db upgrade`"
    click.echo(f"{current or 'base'} (head {head}, {state})")


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


def _interrupt(_signal, _frame) -> None:
    raise KeyboardInterrupt


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


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--workers", type=click.IntRange(min=1), help="Extraction processes (default: one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Inputs written per transaction.")
@click.option("--registry", "registry_dir", type=click.Path(file_okay=False, exists=True),
              help="Curated registry folder (default: $NEWSDB_REGISTRY, else the registry bundled with newsdb).")
@click.option("--no-registry", is_flag=True, help="Extract without the curated registry.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.pass_obj
def ingest(settings: Settings, paths, workers, batch_size, registry_dir, no_registry, progress) -> None:
    """Load articles from files or folders (recursively).

    Reads .txt (text copied from a web page), .html/.htm, .json (one record or a list) and .jsonl (one record
    a line), optionally gzip-compressed; a folder's manifest.csv or manifest.jsonl gives metadata for its
    files. Prints one summary line; exits 1 when any input failed (after processing all others).
    """
    from loaders.ingest import ingest as run_ingest
    from loaders.registry import default_registry_dir, load_registry

    registry = load_registry(None if no_registry else (registry_dir or default_registry_dir()))
    engine = settings.engine()
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the run like Ctrl-C: the run is marked interrupted
    show_progress = sys.stderr.isatty() if progress is None else progress

    def report_failure(failure) -> None:
        where = failure.source_path + (f" (record {failure.source_record})" if failure.source_record else "")
        message = f"failed: {where}: {failure.reason}"
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
            on_progress=(lambda n: bar.advance(task, n)) if bar else None, on_failure=report_failure,
        )
    finally:
        if bar is not None:
            bar.stop()
    click.echo(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed (ingest run {summary.run_id}"
        + (f"; {summary.recleaned} cleaned of paragraphs their outlet repeats)" if summary.recleaned else ")")
    )
    if summary.failed:
        sys.exit(1)


# -- canned queries ---------------------------------------------------------------------------------------------


@cli.command("queries", context_settings=CONTEXT)
@output_options(default=None)
def list_queries(output_format: str | None) -> None:
    """List the canned queries: name, description and parameters (-p NAME, with type and default).

    \b
    One line per query by default; --format table|csv|json|jsonl for a table or data.
    `newsdb query NAME --help` shows one query's parameters in full.
    """
    from db.queries import load_queries

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
    columns, rows = query.run(settings.engine(), bound)
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
