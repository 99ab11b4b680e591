"""`newsdb serve`: Datasette over a newsdb SQLite file, read-only, with newsdb's own queries, descriptions and pages.

The command checks what it can before starting anything (a SQLite URL, an existing file, Datasette installed),
brings the schema to the newest migration and checkpoints the write-ahead log, so a read-only or immutable
reader sees every row. It then writes the generated metadata (`newsdb.web.config`) to a temporary file and runs
`python -m datasette serve` on it with newsdb's plugin and templates from inside the package: what the browser
gets works from an installed wheel as from the checkout. By default the file is opened read-only
(`mode=ro`: an ingest running beside it shows up on reload); `--immutable` promises Datasette that the file
will not change, which lets it cache counts.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

WEB_DIR = Path(__file__).resolve().parent / "web"
PLUGINS_DIR = WEB_DIR / "plugins"
TEMPLATES_DIR = WEB_DIR / "templates"
# The generated metadata is Datasette 0.65's; 1.0 alphas read queries from a separate config file.
DATASETTE_REQUIREMENT = "datasette>=0.65.5,<0.66"
INSTALL_HINT = (
    'newsdb serve needs Datasette, an optional extra: pip install "newsdb[web]" '
    '(in a checkout: pip install -e ".[web]")'
)
POSTGRES_HINT = (
    "newsdb serve is a web view of SQLite databases (Datasette reads SQLite only); for PostgreSQL, "
    "connect a BI tool as docs/bi.md describes"
)


class ServeError(Exception):
    """The database cannot be served (not SQLite, no file, no Datasette); the message says what to do."""


def sqlite_file(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise ServeError(POSTGRES_HINT)
    database = parsed.database or ""
    if database.startswith("file:"):  # sqlite:///file:path?mode=ro&uri=true
        database = database[len("file:"):].split("?", 1)[0]
    if not database or database == ":memory:":
        raise ServeError("newsdb serve needs a SQLite file, not an in-memory database")
    path = Path(database)
    if not path.is_file():
        raise ServeError(f"no database at {path}: load articles first with `newsdb ingest PATH...`")
    return path


def datasette_version() -> str:
    if importlib.util.find_spec("datasette") is None:
        raise ServeError(INSTALL_HINT)
    version = importlib.metadata.version("datasette")
    if not version.startswith("0.65."):
        raise ServeError(f"newsdb serve needs {DATASETTE_REQUIREMENT} (found {version}): pip install \"newsdb[web]\"")
    return version


def database_name(path: Path) -> str:
    """The name Datasette gives the file (its stem), which its URLs and the metadata use."""
    return path.stem


def checkpoint(engine) -> None:
    """Move the write-ahead log into the main file, so a reader that cannot write (or is immutable) sees it all."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def command(path: Path, metadata_file: Path, host: str, port: int, open_browser: bool, immutable: bool,
            extra: tuple[str, ...] = ()) -> list[str]:
    return [
        sys.executable, "-m", "datasette", "serve",
        *(["--immutable", str(path)] if immutable else [str(path)]),
        "--metadata", str(metadata_file),
        "--plugins-dir", str(PLUGINS_DIR),
        "--template-dir", str(TEMPLATES_DIR),
        "--host", host, "--port", str(port),
        "--setting", "truncate_cells_html", "300",
        *(["--open"] if open_browser else []),
        *extra,
    ]


def serve(path: Path, host: str, port: int, open_browser: bool = False, immutable: bool = False,
          extra: tuple[str, ...] = (), announce=print) -> int:
    """Run Datasette until it stops (Ctrl-C); return its exit code."""
    from newsdb.web.config import WEB_PREFIX, metadata

    with tempfile.TemporaryDirectory(prefix="newsdb-serve-") as folder:
        metadata_file = Path(folder) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata(database_name(path)), indent=2), encoding="utf-8")
        base = f"http://{host}:{port}"
        announce(f"newsdb: serving {path} {'immutable' if immutable else 'read-only'} at {base}/ "
                 f"(charts: {base}{WEB_PREFIX}/charts; article pages: {base}{WEB_PREFIX}/article/ID); Ctrl-C stops")
        process = subprocess.Popen(command(path, metadata_file, host, port, open_browser, immutable, extra))
        # `kill` (SIGTERM) on newsdb stops Datasette too, instead of leaving it serving on its own.
        previous = signal.signal(signal.SIGTERM, lambda _signal, _frame: process.terminate())
        try:
            return process.wait()
        except KeyboardInterrupt:  # the terminal sent it to Datasette too; let it finish
            try:
                return process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                return process.wait()
        finally:
            signal.signal(signal.SIGTERM, previous)
