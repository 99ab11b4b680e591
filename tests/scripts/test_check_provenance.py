"""scripts/check_provenance.py over the seeds: every extracted row's text is the body's text at its offsets."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from check_provenance import _registry, check, folder_articles  # noqa: E402


def test_seeds_have_no_provenance_mismatch():
    counts, faults = check(folder_articles([REPO / "seeds"], _registry()))
    assert counts["mention"] and counts["quote"] and counts["event"]
    assert [str(fault) for fault in faults] == []
