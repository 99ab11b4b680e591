"""The extractor's fingerprint (`loaders.extract.code_fingerprint`): cached per process, yet new as soon as a file
it covers changes."""
from __future__ import annotations

import os

import pytest

from loaders.extract import code_fingerprint


def _package(tmp_path):
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "rules.py").write_text("WORDS = 1\n")
    (package / "data" / "names.csv").write_text("name\nAna\n")
    return package


def _edit_same_size(package):
    path = package / "rules.py"
    path.write_text("WORDS = 2\n")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a later write, whatever the clock's grain


@pytest.mark.parametrize("change, changes_fingerprint", [
    (_edit_same_size, True),
    (lambda package: (package / "data" / "names.csv").write_text("name\nAna\nBea\n"), True),
    (lambda package: (package / "data" / "places.toml").write_text("x = 1\n"), True),
    (lambda package: (package / "data" / "names.csv").unlink(), True),
    (lambda package: (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0"), False),
    (lambda package: (package / "notes.md").write_text("not read\n"), False),
], ids=["edited-same-size", "data-edited", "file-added", "file-removed", "bytecode", "other-suffix"])
def test_the_fingerprint_follows_the_files_it_covers(tmp_path, change, changes_fingerprint):
    package = _package(tmp_path)
    before = code_fingerprint(package, "registry")
    assert code_fingerprint(package, "registry") == before  # cached: unchanged files give the same
    change(package)
    assert (code_fingerprint(package, "registry") != before) == changes_fingerprint


def test_the_extra_part_counts(tmp_path):
    package = _package(tmp_path)
    assert code_fingerprint(package, "one registry") != code_fingerprint(package, "another")
