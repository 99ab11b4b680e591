"""A running `newsdb serve` on the seeds, shared by the web tests of a session, and how to reach it.

The server is the real command (`python -m newsdb serve`) on a free port of 127.0.0.1, against the seeded SQLite
database of tests/db/seeded.py. Without Datasette the HTTP and browser tests skip, except under CI (or with
NEWSDB_REQUIRE_WEB=1), where a missing extra or browser is a failure: `.ci/run` installs both.
"""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.db.seeded import seeded_engine

REQUIRE_ENV = "NEWSDB_REQUIRE_WEB"


def required() -> bool:
    return bool(os.environ.get("CI") or os.environ.get(REQUIRE_ENV))


def missing(what: str) -> None:
    """Skip for want of `what`, or fail where the web tests must run."""
    if required():
        pytest.fail(f"{what} (under CI or {REQUIRE_ENV}=1 the web tests must run: .ci/run installs it)")
    pytest.skip(what)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    base: str
    engine: object
    database: str  # Datasette's name for the file
    log: Path

    def get(self, path: str) -> tuple[int, str, str]:
        """(status, content type, body) of a GET."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")

    def json(self, path: str):
        status, _, body = self.get(path)
        assert status == 200, f"GET {path} -> {status}: {body[:500]}"
        return json.loads(body)


@pytest.fixture(scope="session")
def server(request, tmp_path_factory):
    if importlib.util.find_spec("datasette") is None:
        missing('Datasette is not installed (pip install -e ".[web]")')
    engine = seeded_engine("sqlite", request)
    path = Path(engine.url.database)
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdb", "--db", f"sqlite:///{path}", "serve", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    running = Server(f"http://127.0.0.1:{port}", engine, path.stem, log)
    try:
        deadline = time.time() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"newsdb serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if running.get("/-/versions.json")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.time() > deadline:
                pytest.fail(f"newsdb serve did not answer within 60 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield running
    finally:
        process.terminate()  # newsdb passes SIGTERM on to Datasette
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
