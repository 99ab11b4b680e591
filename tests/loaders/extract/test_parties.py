"""Parties' look-up helpers: `WrittenCounts` (counted key by key) answers as `written_counts` (counted whole)."""
import pytest

from loaders.extract.parties import WrittenCounts, written_counts

_BODY = ("Jan Kowal met the Land Transport Authority. Kowal said Kowal's aides, the Kowal-Ezra team and "
         "Ezra agreed. Mr. Jan Kowal left; The Board of Elections met. kowal? Kowal")


@pytest.mark.parametrize("key", [
    "Kowal",  # alone, before a comma, at the very end; not inside "Kowal's" or "Kowal-Ezra"
    "Jan Kowal",  # a capitalised run (trimmed of "Mr.")
    "Land Transport Authority", "Board of Elections", "Kowal-Ezra", "Kowal's", "kowal", "Ezra", "Jan",
    "Kow", "Mr", "Nobody", "", "met the",
])
def test_written_counts_read_key_by_key_match_the_whole_count(key):
    whole = written_counts(_BODY)
    lazy = WrittenCounts(_BODY)
    assert (lazy.get(key), lazy.get(key, 0), lazy[key]) == (whole.get(key), whole.get(key, 0), whole[key])


def test_words_are_counted_only_where_they_stand_alone():
    assert WrittenCounts(_BODY).get("Kowal") == written_counts(_BODY)["Kowal"] >= 3


@pytest.mark.parametrize("run, kept", [
    ("Land Transport Authority", "Land Transport Authority"),
    ("  The Board of Elections  ", "Board of Elections"),  # a leading article and blanks dropped
    ("On Monday Jan Kowal of", "Jan Kowal"),  # calendar and link words at the edges
    ("(The\tKowal-Ezra  team and", "Kowal-Ezra  team"),  # tabs and double blanks inside kept
    ("of the and", ""),
    ("the the Kowal the", "Kowal"),  # a word repeated at the edge: each occurrence found in its place
])
def test_trim_keeps_the_run_between_its_edge_words(run, kept):
    from loaders.extract.parties import _trim
    body = "x " + run + " y"
    start, end = _trim(body, 2, 2 + len(run))
    assert body[start:end] == kept
    assert start == (2 + run.index(kept) if kept else 2)
