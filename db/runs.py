"""Which ingest runs are alive: a running ingest holds a lock that dies with its process.

A run's row in `ingest_runs` says `running` from its start to its end; a process killed outright (SIGKILL, power
loss) never writes its end. So while it runs, an ingest holds a lock that the operating system or the database
server releases when the process dies: on PostgreSQL a session advisory lock (keys `ADVISORY_NAMESPACE`, run id)
on a connection kept for the run; on SQLite a POSIX byte lock at offset `run_id` of the file `<database>-runs`.
A `running` row whose lock can be taken belongs to a dead process: the next ingest marks it `abandoned`, and
`newsdb db check` reports it. (Behind a pgbouncer in transaction mode, session locks do not hold: point the
ingest at PostgreSQL directly or through session pooling.)
"""
from __future__ import annotations

from sqlalchemy import Engine, select, text, update

from db.models import IngestRun

ADVISORY_NAMESPACE = 0x6E777364  # 'nwsd': the first key of newsdb's advisory locks; the second is the run id


class RunLock:
    """Held by a running ingest so that another process can tell it is alive. PostgreSQL: a session advisory
    lock on a connection kept for the run. SQLite: a POSIX byte lock at offset `run_id` of `<database>-runs`
    (released by the kernel when the process dies). Elsewhere (in-memory SQLite) a run is alive while running."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.connection = None
        self.file = None
        self.run_id: int | None = None
        if engine.dialect.name == "postgresql":
            self.connection = engine.connect()
        elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            try:
                import fcntl  # noqa: F401  (POSIX only)

                self.file = open(f"{engine.url.database}-runs", "a+b")
            except (ImportError, OSError):
                self.file = None

    def _try(self, run_id: int) -> bool:
        if self.connection is not None:
            locked = self.connection.execute(
                text("SELECT pg_try_advisory_lock(:ns, :id)"), {"ns": ADVISORY_NAMESPACE, "id": run_id}).scalar()
            self.connection.commit()
            return bool(locked)
        if self.file is not None:
            import fcntl

            try:
                fcntl.lockf(self.file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, run_id)
            except OSError:
                return False
            return True
        return True

    def _release(self, run_id: int) -> None:
        if self.connection is not None:
            self.connection.execute(text("SELECT pg_advisory_unlock(:ns, :id)"), {"ns": ADVISORY_NAMESPACE, "id": run_id})
            self.connection.commit()
        elif self.file is not None:
            import fcntl

            fcntl.lockf(self.file.fileno(), fcntl.LOCK_UN, 1, run_id)

    def hold(self, run_id: int) -> None:
        self.run_id = run_id
        self._try(run_id)

    def is_alive(self, run_id: int) -> bool:
        """Whether the run `run_id` (not ours) is held by a living process."""
        if self.connection is None and self.file is None:
            return False
        if self._try(run_id):
            self._release(run_id)
            return False
        return True

    def close(self) -> None:
        try:
            if self.run_id is not None and (self.connection is not None or self.file is not None):
                self._release(self.run_id)
        except Exception:
            pass  # a lost connection has released its locks already
        if self.connection is not None:
            self.connection.close()
        if self.file is not None:
            self.file.close()


def mark_abandoned(engine: Engine, lock: RunLock) -> list[int]:
    """Mark `abandoned` the runs left `running` by processes that no longer exist; return their ids."""
    with engine.connect() as connection:
        running = list(connection.execute(select(IngestRun.id).where(IngestRun.status == "running")).scalars())
    dead = [run_id for run_id in running if run_id != lock.run_id and not lock.is_alive(run_id)]
    if dead:
        with engine.begin() as connection:
            connection.execute(
                update(IngestRun).where(IngestRun.id.in_(dead), IngestRun.status == "running").values(
                    status="abandoned",
                    reason="left running by a process that ended without closing it (killed or lost); "
                           "marked by a later run"))
    return dead


def dead_runs(engine: Engine) -> list[int]:
    """The runs marked `running` whose process is gone (checked from a fresh lock handle)."""
    lock = RunLock(engine)
    try:
        with engine.connect() as connection:
            running = list(connection.execute(select(IngestRun.id).where(IngestRun.status == "running")).scalars())
        return [run_id for run_id in running if not lock.is_alive(run_id)]
    finally:
        lock.close()
