"""The curated registry: bundled as package data, overridable, and fingerprinted into the extractor version."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extractor_version
from loaders.registry import Registry, bundled_registry_dir, default_registry_dir, load_registry


def _copy_of_bundled(tmp_path: Path) -> Path:
    folder = tmp_path / "registry"
    folder.mkdir()
    for item in bundled_registry_dir().iterdir():
        if item.is_file():
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


def test_bundled_registry_is_package_data_with_every_section():
    registry = load_registry(bundled_registry_dir())
    assert registry.outlets and registry.people and registry.events
    assert {item.name for item in bundled_registry_dir().iterdir()} >= {"outlets.csv", "people.toml", "events.toml"}


def test_default_is_the_bundled_registry_unless_the_environment_names_one(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSDB_REGISTRY", raising=False)
    assert load_registry(default_registry_dir()).fingerprint == load_registry(bundled_registry_dir()).fingerprint
    monkeypatch.setenv("NEWSDB_REGISTRY", str(tmp_path))
    assert default_registry_dir() == tmp_path
    assert load_registry(default_registry_dir()) == Registry(source=str(tmp_path))  # an empty folder: no entries


def test_a_copy_reads_the_same_and_accepts_a_string_path(tmp_path):
    copy = _copy_of_bundled(tmp_path)
    bundled, copied = load_registry(bundled_registry_dir()), load_registry(str(copy))
    assert (copied.outlets, copied.people, copied.events) == (bundled.outlets, bundled.people, bundled.events)
    assert copied.fingerprint == bundled.fingerprint


def test_editing_the_registry_changes_the_extractor_version(tmp_path):
    copy = _copy_of_bundled(tmp_path)
    before = load_registry(copy)
    with (copy / "people.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[person]]\nname = "Ana Example"\ncountry = "Portugal"\n')
    after = load_registry(copy)
    assert after.people[-1].name == "Ana Example"
    assert after.fingerprint != before.fingerprint
    assert extractor_version(after) != extractor_version(before)


def test_none_is_empty_and_a_missing_folder_an_error(tmp_path):
    assert load_registry(None) == Registry()
    with pytest.raises(FileNotFoundError):
        load_registry(tmp_path / "nowhere")
