"""`orgnames._trim` keeps the offsets of a run's text per process: the same run at any place of any body trims
alike, and long runs (not kept) trim as short ones do (made-up names)."""
import pytest

from loaders.extract import orgnames

ROWS = [
    ("The Brindlemoor Water Board", "Brindlemoor Water Board"),
    ("and Quellway Freight of", "Quellway Freight"),
    ("  “Tuesday Harlow Mills and the  ", "Harlow Mills"),
    ("of the", ""),
]


@pytest.mark.parametrize(("run", "kept"), ROWS)
@pytest.mark.parametrize("prefix", ["", "Yesterday, ", "x" * 300 + " "])
def test_trim_same_run_anywhere(run: str, kept: str, prefix: str) -> None:
    body = prefix + run + " said."
    start, end = orgnames._trim(body, len(prefix), len(prefix) + len(run))
    assert body[start:end] == kept
    assert not kept or start >= len(prefix)


def test_long_run_trims_as_uncached() -> None:
    run = "The " + " ".join(["Varnholt"] * 60) + " of"
    start, end = orgnames._trim(run, 0, len(run))
    assert (start, end) == orgnames._trim_offsets.__wrapped__(run)
    assert run[start:end].startswith("Varnholt") and run[start:end].endswith("Varnholt")
