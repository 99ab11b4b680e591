"""Local workers vs `--dask local`: ingest throughput on the same corpus (the benchmark's: seeds plus PolNeAR texts).

    .venv/bin/python scripts/bench_dask.py --articles 2000 --workers 2 [--pg URL]

Each configuration ingests the corpus into a fresh database and prints articles per second (extraction and
writing, start-up included: the LocalCluster's start is part of what a user waits for).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from benchmark import make_corpus  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from loaders.ingest import ingest  # noqa: E402
from loaders.registry import default_registry_dir, load_registry  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    args = parser.parse_args()
    registry = load_registry(default_registry_dir())
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.articles, REPO / "tests" / "data" / "dev" / "polnear.dev.jsonl")
        for workers in args.workers:
            for mode in ("local", "dask"):
                url = f"sqlite:///{folder}/{mode}-{workers}.sqlite3"
                upgrade(url)
                engine = make_engine(url)
                start = time.perf_counter()
                summary = ingest(engine, [str(corpus)], registry, workers=workers,
                                 dask="local" if mode == "dask" else None)
                seconds = time.perf_counter() - start
                engine.dispose()
                label = f"--dask local, {workers} workers" if mode == "dask" else f"local, {workers} workers"
                print(f"{label:28s} {summary.added} added in {seconds:6.1f} s = {summary.added / seconds:5.1f} articles/s"
                      f" ({summary.failed} failed)", flush=True)


if __name__ == "__main__":
    main()
