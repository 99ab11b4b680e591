"""`--dask`: a LocalCluster ingest gives the rows a local ingest gives, even when a worker dies during the run."""
from __future__ import annotations

import json
import os
import shutil
import signal

import pytest
from sqlalchemy import func, select

from db.check import check_database
from db.models import Article, Event, EventMention, Mention, Outlet, Person, Quote
from loaders.ingest import ingest
from loaders.registry import default_registry_dir, load_registry
from tests.conftest import REPO, SEEDS

pytest.importorskip("distributed")

REGISTRY = load_registry(default_registry_dir())
DEV_ARTICLES = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds plus a few hundred dev articles (PolNeAR texts) as one .jsonl."""
    folder = tmp_path_factory.mktemp("dask")
    shutil.copytree(SEEDS, folder / "seeds", ignore=shutil.ignore_patterns("registry"))
    lines = (REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl").read_text(encoding="utf-8").splitlines()
    with (folder / "dev.jsonl").open("w", encoding="utf-8") as handle:
        for number, line in enumerate(lines[:DEV_ARTICLES]):
            record = json.loads(line)
            handle.write(json.dumps({"text": record["text"], "title": record.get("meta", {}).get("title"),
                                     "url": f"https://dev.example/{number}", "outlet": "Dev Wire"}) + "\n")
    return folder


def snapshot(engine) -> dict:
    with engine.connect() as connection:
        counts = {model.__tablename__: connection.execute(select(func.count()).select_from(model)).scalar_one()
                  for model in (Article, Outlet, Person, Mention, Quote, Event, EventMention)}
        quotes = sorted((tuple("" if v is None else v for v in row) for row in connection.execute(
            select(Article.url, Article.source_path, Article.source_record, Quote.start_char, Quote.end_char,
                   Quote.text, Quote.kind, Person.name, Quote.speaker_label)
            .join(Article, Article.id == Quote.article_id).outerjoin(Person, Person.id == Quote.speaker_id))))
    return {"counts": counts, "quotes": quotes}


@pytest.fixture(scope="module")
def local_result(corpus, tmp_path_factory):
    from db.engine import make_engine
    from db.migrate import upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'local.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    summary = ingest(engine, [str(corpus)], REGISTRY, workers=1)
    assert summary.failed == 0 and summary.added == 5 + DEV_ARTICLES
    result = snapshot(engine)
    engine.dispose()
    return result


def test_a_local_cluster_gives_the_rows_of_a_local_ingest(engine, corpus, local_result):
    summary = ingest(engine, [str(corpus)], REGISTRY, workers=2, dask="local", batch_size=16)
    assert (summary.added, summary.failed) == (5 + DEV_ARTICLES, 0)
    assert snapshot(engine) == local_result
    assert check_database(engine) == []


def test_a_worker_killed_during_the_run_changes_nothing(engine, corpus, local_result, monkeypatch):
    """A worker process is SIGKILLed while it holds tasks; the scheduler reruns them elsewhere."""
    from loaders import dask_run

    killed = []
    original = dask_run.DaskExecutor._result

    def result_then_kill(self, item):
        outcome = original(self, item)
        if not killed:
            pids = self.client.run(os.getpid)  # {worker address: pid}
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)
        return outcome

    monkeypatch.setattr(dask_run.DaskExecutor, "_result", result_then_kill)
    summary = ingest(engine, [str(corpus)], REGISTRY, workers=2, dask="local", batch_size=8)
    assert killed and (summary.added, summary.failed) == (5 + DEV_ARTICLES, 0)
    assert snapshot(engine) == local_result
    assert check_database(engine) == []
