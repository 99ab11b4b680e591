"""Packaging: what a wheel carries, and a wheel installed outside the checkout working like the checkout.

The fast tests check the source tree against pyproject.toml (every code folder is a package the `find`
configuration picks up, every data file matches a package-data glob). The `wheel` test builds a wheel from a
copy of the tree, installs it in a fresh virtual environment, ingests a copy of the seeds from another folder
and compares the database with one made by the editable install. It takes about a minute (pip reuses its
cache of downloaded wheels); skip it locally with `-m "not wheel"`; CI runs it.
"""
from __future__ import annotations

import fnmatch
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

from tests.conftest import REPO, SEEDS

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
FIND = PYPROJECT["tool"]["setuptools"]["packages"]["find"]
PACKAGE_DATA: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["package-data"]
NOT_SHIPPED = {"tests", "scripts", "docs", "seeds"}  # the checkout's own folders, never installed
SKIP_PARTS = {"__pycache__", ".venv", ".git", "build", "dist", ".pytest_cache"}


def _top_level_packages() -> list[str]:
    return sorted(path.parent.name for path in REPO.glob("*/__init__.py") if path.parent.name not in NOT_SHIPPED)


def _source_files() -> list[Path]:
    """Every file under the shipped top-level packages (paths relative to the repository)."""
    found = []
    for top in _top_level_packages():
        for path in (REPO / top).rglob("*"):
            relative = path.relative_to(REPO)
            if path.is_file() and not SKIP_PARTS & set(relative.parts) and path.suffix != ".pyc":
                found.append(relative)
    return sorted(found)


def _owning_package(relative: Path) -> tuple[str, str]:
    """(dotted package, path inside it) for a file: the nearest folder above it with an `__init__.py`."""
    folder = relative.parent
    while not (REPO / folder / "__init__.py").is_file():
        folder = folder.parent
    return ".".join(folder.parts), relative.relative_to(folder).as_posix()


def test_every_top_level_package_is_found():
    found = set(find_packages(str(REPO), include=FIND["include"]))
    assert set(_top_level_packages()) <= found


def _is_package_data(relative: Path) -> bool:
    package, inside = _owning_package(relative)
    return any(fnmatch.fnmatch(inside, pattern) for pattern in PACKAGE_DATA.get(package, []))


def test_every_code_folder_is_a_package_and_found():
    """A folder of Python modules must be a package, unless its files are package data loaded by path
    (Datasette's plugins folder)."""
    found = set(find_packages(str(REPO), include=FIND["include"]))
    folders = {path.parent for path in _source_files() if path.suffix == ".py" and not _is_package_data(path)}
    missing_init = sorted(str(folder) for folder in folders if not (REPO / folder / "__init__.py").is_file())
    assert not missing_init, f"code folders without __init__.py (a wheel would leave them out): {missing_init}"
    assert {".".join(folder.parts) for folder in folders} <= found


def test_every_data_file_matches_a_package_data_glob():
    unmatched = [str(relative) for relative in _source_files()
                 if relative.suffix != ".py" and not _is_package_data(relative)]
    assert not unmatched, f"files a wheel would not carry (add them to [tool.setuptools.package-data]): {unmatched}"


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    import newsdb

    assert newsdb.__version__ == version("newsdb") == PYPROJECT["project"]["version"]


def test_alembic_ini_works_from_the_repository(tmp_path):
    url = f"sqlite:///{tmp_path / 'alembic.sqlite3'}"
    env = {**os.environ, "NEWSDB_DATABASE_URL": url}
    done = subprocess.run([sys.executable, "-m", "alembic", "upgrade", "head"], cwd=REPO, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(tmp_path / "alembic.sqlite3") as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    from db.migrate import head_revision

    assert revision == head_revision()


# --- the wheel, installed in a fresh virtual environment --------------------------------------------------

def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 600) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _clean_env() -> dict[str, str]:
    """The environment without anything that could point newsdb back at the checkout."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "NEWSDB_REGISTRY", "NEWSDB_DATABASE_URL", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _snapshot(database: Path) -> dict[str, object]:
    """Row counts of every table, plus the rows a user would compare (names, quotes, versions)."""
    with sqlite3.connect(database) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' ORDER BY name")]
        snapshot: dict[str, object] = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }
        for label, sql in {
            "outlet rows": "SELECT name, domain, full_name, country FROM outlets ORDER BY name",
            "people names": "SELECT name FROM people ORDER BY name_key",
            "quotes": "SELECT text, kind FROM quotes ORDER BY text, kind",
            "events": "SELECT event_type, start_date FROM events ORDER BY event_type, start_date",
            "extractor versions": "SELECT DISTINCT extractor_version FROM articles",
        }.items():
            snapshot[label] = [tuple(row) for row in connection.execute(sql)]
    return snapshot


def _wheelhouse() -> Path:
    """Where downloaded wheels are kept between runs, so the test installs offline after its first run."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("NEWSDB_WHEELHOUSE") or cache / "newsdb" / "wheelhouse")


def _pip_offline_else_fill(args: list[str], fill: list[str], cwd: Path, env: dict[str, str]) -> None:
    """Run `pip ARGS` from the wheelhouse alone; when it lacks something, download FILL into it and retry."""
    house = _wheelhouse()
    house.mkdir(parents=True, exist_ok=True)
    offline = [sys.executable, "-m", "pip", *args, "--no-index", "--find-links", str(house)]
    if subprocess.run(offline, cwd=cwd, env=env, capture_output=True, text=True).returncode == 0:
        return
    _run([sys.executable, "-m", "pip", "download", "-q", "-d", str(house), *fill], cwd=cwd, env=env)
    for stale in house.glob("newsdb-*"):  # only the dependencies are kept; newsdb itself is built afresh
        stale.unlink()
    _run(offline, cwd=cwd, env=env)


@pytest.mark.wheel
def test_wheel_installed_elsewhere_works_like_the_checkout(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    # Build from a copy, so no build/ or *.egg-info lands in the checkout and no stale build/lib slips in.
    source = work / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        *SKIP_PARTS, "*.egg-info", "*.sqlite3*", "tests"))
    env = _clean_env()
    _pip_offline_else_fill(["wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)],
                           PYPROJECT["build-system"]["requires"], cwd=work, env=env)
    (wheel,) = (work / "dist").glob("newsdb-*.whl")
    assert wheel.name.startswith(f"newsdb-{PYPROJECT['project']['version']}-")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(next(name for name in names if name.endswith(".dist-info/METADATA"))).decode()
    missing = [str(path) for path in _source_files() if path.as_posix() not in names]
    assert not missing, f"files missing from the wheel: {missing}"
    assert not any(name.startswith(("tests/", "seeds/", "scripts/")) for name in names)
    assert f"License-Expression: {PYPROJECT['project']['license']}" in metadata
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)

    # A fresh environment without pip of its own: this interpreter's pip installs into it (`--python`).
    environment = work / "venv"
    venv.EnvBuilder(with_pip=False).create(environment)
    python, newsdb = environment / "bin" / "python", environment / "bin" / "newsdb"
    _pip_offline_else_fill(["--python", str(python), "install", "-q", "--no-compile", str(wheel)], [str(wheel)],
                           cwd=work, env=env)

    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(SEEDS, work / "myseeds")
    located = _run([str(python), "-c", "import db, loaders, migrations, newsdb; "
                    "print(db.__file__, loaders.__file__, migrations.__file__, newsdb.__file__)"],
                   cwd=elsewhere, env=env)
    assert all(path.startswith(str(environment)) for path in located.split()), located

    assert _run([str(newsdb), "--version"], cwd=elsewhere, env=env).strip() == \
        f"newsdb, version {PYPROJECT['project']['version']}"

    # The installed tool, from another folder, with the default database file in that folder.
    installed_out = _run([str(newsdb), "ingest", "../myseeds", "--workers", "1", "--no-progress"],
                         cwd=elsewhere, env=env)
    assert installed_out.startswith("5 added, 0 updated, 0 unchanged, 0 failed"), installed_out
    installed_db = elsewhere / "newsdb.sqlite3"
    assert installed_db.is_file()
    installed_query = _run([str(newsdb), "query", "most_quoted_people", "--format", "json"], cwd=elsewhere, env=env)
    assert json.loads(installed_query), "the canned query returned no rows"

    # The same through the editable install of this checkout.
    editable_db = work / "editable.sqlite3"
    editable_url = f"sqlite:///{editable_db}"
    _run([sys.executable, "-m", "newsdb", "--db", editable_url, "ingest", str(SEEDS), "--workers", "1",
          "--no-progress"], cwd=REPO, env=env)
    editable_query = _run([sys.executable, "-m", "newsdb", "--db", editable_url, "query", "most_quoted_people",
                           "--format", "json"], cwd=REPO, env=env)

    assert _snapshot(installed_db) == _snapshot(editable_db)
    assert json.loads(installed_query) == json.loads(editable_query)

    # Migrations need no alembic.ini: down to nothing and up again, from a folder that has none.
    assert not list(elsewhere.glob("alembic.ini"))
    assert "up to date" in _run([str(newsdb), "db", "current"], cwd=elsewhere, env=env)
    assert _run([str(newsdb), "db", "downgrade", "base"], cwd=elsewhere, env=env).strip() == "database at revision base"
    assert _run([str(newsdb), "db", "current"], cwd=elsewhere, env=env).startswith("base (head ")
    _run([str(newsdb), "db", "upgrade"], cwd=elsewhere, env=env)
    assert "up to date" in _run([str(newsdb), "db", "current"], cwd=elsewhere, env=env)
