"""Clean stops, end to end through `newsdb ingest` processes: every stop ends the run within seconds with its status
and reason, leaves only whole articles, no process behind, and the same command run again completes the job."""
from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.check import check_database
from db.engine import make_engine
from tests.conftest import REPO

NAMES = ["Lena Park", "Omar Haddad", "Ines Duarte", "Piotr Zielinski", "Grace Mensah", "Kenji Sato", "Ruth Adler"]
ARTICLES = 300
STOP_SECONDS = 10  # "within seconds", with room for a loaded machine


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(ARTICLES):
        (folder / f"{i:03d}.txt").write_text(
            f"Headline {i}\n\nMayor {NAMES[i % 7]} said budget {i} would pass. \u201cWe have the votes,\u201d "
            f"{NAMES[i % 7].split()[1]} told reporters on Monday.")
    return folder


def start(db_url: str, corpus: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsdb", "--db", db_url, "ingest", "--batch-size", "5", *options, str(corpus)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_for_articles(db_url: str, process: subprocess.Popen, at_least: int = 1) -> None:
    engine = create_engine(db_url)
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            assert process.poll() is None, process.communicate()
            try:
                with engine.connect() as connection:
                    if connection.execute(text("SELECT COUNT(*) FROM articles")).scalar() >= at_least:
                        return
            except Exception:
                pass  # the schema is not there yet
            time.sleep(0.05)
        pytest.fail("no article stored in time")
    finally:
        engine.dispose()


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stopped(process: subprocess.Popen, workers: list[int]) -> tuple[int, str]:
    start = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert time.monotonic() - start < STOP_SECONDS, f"took {time.monotonic() - start:.1f} s to stop"
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "worker processes left behind"
    return process.returncode, stderr


def runs(db_url: str) -> list[tuple]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(
                text("SELECT id, status, reason FROM ingest_runs ORDER BY id"))]
    finally:
        engine.dispose()


def assert_whole_and_completed_by_a_rerun(db_url: str, corpus: Path) -> None:
    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT COUNT(*) FROM articles")).scalar()
            bare = connection.execute(text(
                "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM mentions)")).scalar()
            half = connection.execute(text(
                "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM quotes)")).scalar()
        assert 0 < stored < ARTICLES and bare == 0 and half == 0  # only whole articles
        rerun = subprocess.run([sys.executable, "-m", "newsdb", "--db", db_url, "ingest", str(corpus)],
                               cwd=REPO, capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        added, unchanged = map(int, re.match(r"(\d+) added, 0 updated, (\d+) unchanged, 0 failed", rerun.stdout).groups())
        assert (added, unchanged) == (ARTICLES - stored, stored)
        assert check_database(engine) == []
    finally:
        engine.dispose()


# (who gets the signal, which signal, the run's status, its reason, the exit code)
STOPS = [
    ("main", signal.SIGTERM, "interrupted", r"stopped by SIGTERM", 130),
    ("main", signal.SIGINT, "interrupted", r"stopped by SIGINT", 130),
    ("main", signal.SIGHUP, "interrupted", r"stopped by SIGHUP", 130),
    # `timeout 5 newsdb ingest ...` and Ctrl-C in a terminal: whoever notices first, the run or a worker
    ("group", signal.SIGTERM, "interrupted", r"(worker process \d+ was )?stopped by SIGTERM", 130),
    ("group", signal.SIGINT, "interrupted", r"(worker process \d+ was )?stopped by SIGINT", 130),
    ("worker", signal.SIGTERM, "interrupted", r"worker process \d+ was stopped by SIGTERM", 130),
    ("worker", signal.SIGINT, "interrupted", r"worker process \d+ was stopped by SIGINT", 130),
    ("worker", signal.SIGKILL, "failed", r"worker process \d+ was killed by SIGKILL( while extracting .*)?", 1),
]


@pytest.mark.parametrize("target, signum, status, reason, code", STOPS,
                         ids=[f"{t}-{s.name}" for t, s, *_ in STOPS])
def test_a_stop_ends_the_run_within_seconds_and_a_rerun_completes_it(sqlite_url, corpus, target, signum, status,
                                                                      reason, code):
    process = start(sqlite_url, corpus, "--workers", "2")
    wait_for_articles(sqlite_url, process)
    workers = children(process.pid)
    assert len(workers) == 2
    if target == "main":
        os.kill(process.pid, signum)
    elif target == "group":
        os.killpg(process.pid, signum)
    else:
        os.kill(workers[0], signum)
    returncode, stderr = stopped(process, workers)
    assert returncode == code, stderr
    [(_, run_status, run_reason)] = runs(sqlite_url)
    assert run_status == status and re.fullmatch(reason, run_reason), run_reason
    assert f"marked {status}" in stderr and "run the same command again" in stderr and "Traceback" not in stderr
    assert_whole_and_completed_by_a_rerun(sqlite_url, corpus)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_stops_on_postgresql(pg_url, corpus, signum):
    process = start(pg_url, corpus, "--workers", "2")
    wait_for_articles(pg_url, process)
    workers = children(process.pid)
    os.kill(workers[-1] if signum == signal.SIGKILL else process.pid, signum)
    returncode, _ = stopped(process, workers)
    assert returncode == (1 if signum == signal.SIGKILL else 130)
    assert runs(pg_url)[0][1] == ("failed" if signum == signal.SIGKILL else "interrupted")
    assert_whole_and_completed_by_a_rerun(pg_url, corpus)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_run_left_running_by_a_killed_process_is_marked_abandoned_by_the_next(request, corpus, backend):
    db_url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    process = start(db_url, corpus, "--workers", "2")
    wait_for_articles(db_url, process)
    workers = children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    deadline = time.monotonic() + 5  # workers notice that the ingest is gone within a second or two
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)]
    assert runs(db_url)[0][1] == "running"
    engine = make_engine(db_url)
    try:
        assert any("left 'running' by a process that is gone" in fault for fault in check_database(engine))
    finally:
        engine.dispose()
    assert_whole_and_completed_by_a_rerun(db_url, corpus)
    (_, first, reason), (_, second, _) = runs(db_url)
    assert (first, second) == ("abandoned", "completed") and "marked by a later run" in reason


def test_a_live_run_is_not_marked_abandoned(sqlite_url, corpus):
    process = start(sqlite_url, corpus, "--workers", "1")
    try:
        wait_for_articles(sqlite_url, process)
        engine = make_engine(sqlite_url)
        from db.runs import dead_runs

        assert dead_runs(engine) == []  # held by the running process
        engine.dispose()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=60)


# -- the database going away ----------------------------------------------------------------------------------------


def test_connections_terminated_by_the_server_fail_the_run_with_its_reason(pg_url, corpus):
    process = start(pg_url, corpus, "--workers", "2")
    wait_for_articles(pg_url, process)
    workers = children(process.pid)
    database = pg_url.rsplit("/", 1)[1]
    admin = create_engine(pg_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": database})
    admin.dispose()
    returncode, stderr = stopped(process, workers)
    assert returncode == 1 and "database error" in stderr and "marked failed" in stderr
    [(_, status, reason)] = runs(pg_url)
    # The driver words it by when it notices: the server's own message ("terminating connection due to
    # administrator command") when it reads it, "the connection is closed" when a busy writer's next call comes first.
    assert status == "failed" and reason.startswith("database error: ")
    assert "terminat" in reason or "connection is closed" in reason, reason
    assert_whole_and_completed_by_a_rerun(pg_url, corpus)


class Proxy:
    """A TCP proxy to the PostgreSQL server that the test can cut, as if the server went away."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while self.open:
                ready, _, _ = select.select([a, b], [], [], 0.2)
                for source in ready:
                    data = source.recv(65536)
                    if not data:
                        return
                    (b if source is a else a).sendall(data)
        except OSError:
            return
        finally:
            a.close()
            b.close()

    def cut(self) -> None:
        self.open = False
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self.listener.close()
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            except OSError:
                pass


def test_a_server_gone_for_good_ends_the_run_within_seconds(pg_url, corpus):
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    proxy = Proxy(url.host or "127.0.0.1", url.port or 5432)
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    process = start(proxied, corpus, "--workers", "2")
    wait_for_articles(pg_url, process)
    workers = children(process.pid)
    proxy.cut()
    returncode, stderr = stopped(process, workers)
    assert returncode == 1 and "Traceback" not in stderr
    assert "could not be marked failed: the next ingest marks it abandoned" in stderr
    assert runs(pg_url)[0][1] == "running"
    assert_whole_and_completed_by_a_rerun(pg_url, corpus)  # through the server itself
    assert [status for _, status, _ in runs(pg_url)] == ["abandoned", "completed"]
