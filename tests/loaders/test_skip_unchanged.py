"""Re-ingesting unchanged input: raw inputs whose hash the store keeps are skipped before they are read; the
others (changed, warned about, too large to judge, written by another extractor version) are read as before."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from db.models import Article, ArticleInput, IngestFailure
from loaders import readers
from loaders.ingest import ingest
from loaders.readers import RawInput, iter_inputs
from loaders.registry import Registry


def _count(engine, model) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def _reads(monkeypatch) -> list[str]:
    """Record every raw input the ingest reads (decodes and parses)."""
    read = []
    original = RawInput.read

    def counting(self):
        read.append(f"{self.path.name}:{self.number}")
        return original(self)

    monkeypatch.setattr(RawInput, "read", counting)
    return read


def _corpus(folder):
    (folder / "a.txt").write_text("Headline A\n\nAnna Berg met Carl Dorn in Oslo.", encoding="utf-8")
    (folder / "b.html").write_text("<html><head><title>B</title></head><body><p>Erik Fahl spoke.</p></body></html>",
                                   encoding="utf-8")
    records = [{"url": f"https://example.org/{i}", "title": f"T{i}", "text": f"Gina Holm said {i} things."}
               for i in range(3)]
    (folder / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_unchanged_inputs_are_skipped_without_being_read(engine, tmp_path, monkeypatch):
    _corpus(tmp_path)
    first = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (first.added, first.failed, _count(engine, ArticleInput)) == (5, 0, 5)
    read = _reads(monkeypatch)
    second = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (second.added, second.updated, second.unchanged, second.failed) == (0, 0, 5, 0)
    assert read == []


def test_a_changed_line_alone_is_read_again(engine, tmp_path, monkeypatch):
    _corpus(tmp_path)
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"url": "https://example.org/1", "title": "T1", "text": "Ivan Lund said more."})
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = _reads(monkeypatch)
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.updated, summary.unchanged) == (1, 4)
    assert read == ["c.jsonl:2"]
    assert _count(engine, ArticleInput) == 5  # the old line's hash left with its article's old text


def test_an_input_read_with_a_warning_is_read_and_warned_about_every_time(engine, tmp_path, monkeypatch):
    (tmp_path / "w.jsonl").write_text(json.dumps({"text": "Anna Berg spoke.", "published": "not a date"}) + "\n",
                                      encoding="utf-8")
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert _count(engine, ArticleInput) == 0
    read = _reads(monkeypatch)
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.unchanged, summary.warnings, read) == (1, 1, ["w.jsonl:1"])
    with engine.connect() as connection:
        kinds = connection.execute(select(IngestFailure.kind)).scalars().all()
    assert kinds == ["warning", "warning"]


def test_an_article_updated_from_another_input_is_not_skipped_for_its_old_one(engine, tmp_path):
    old = tmp_path / "old"
    new = tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "x.jsonl").write_text(json.dumps({"url": "https://example.org/x", "text": "Anna Berg spoke."}) + "\n")
    (new / "x.jsonl").write_text(json.dumps({"url": "https://example.org/x", "text": "Carl Dorn spoke."}) + "\n")
    ingest(engine, [str(old)], Registry(), workers=1)
    assert ingest(engine, [str(new)], Registry(), workers=1).updated == 1
    back = ingest(engine, [str(old)], Registry(), workers=1)  # the same URL: the old text comes back
    assert (back.updated, back.unchanged) == (1, 0)
    with engine.connect() as connection:
        assert "Anna Berg" in connection.execute(select(Article.body)).scalar_one()
    assert _count(engine, ArticleInput) == 1


def test_another_extractor_version_reads_the_input_again(engine, tmp_path, monkeypatch):
    _corpus(tmp_path)
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    with engine.begin() as connection:
        connection.execute(Article.__table__.update().values(extractor_version="old"))
    read = _reads(monkeypatch)
    summary = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (summary.updated, len(read), _count(engine, ArticleInput)) == (5, 5, 5)


@pytest.mark.parametrize("change", ["reader", "given", "bytes"])
def test_the_hash_covers_the_reader_the_given_metadata_and_the_bytes(tmp_path, monkeypatch, change):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.")
    before = next(iter_inputs([str(tmp_path)])).input_hash
    if change == "reader":
        monkeypatch.setattr(readers, "reader_fingerprint", lambda: b"another reader")
    elif change == "given":
        (tmp_path / "manifest.csv").write_text("file,url\na.txt,https://example.org/a\n")
    else:
        (tmp_path / "a.txt").write_text("Headline\n\nBody!")
    assert next(iter_inputs([str(tmp_path)])).input_hash not in (before, None)


def test_an_input_large_enough_for_the_size_limit_to_matter_has_no_hash(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 400)
    assert next(iter_inputs([str(tmp_path)], max_size=1200)).input_hash is not None
    assert next(iter_inputs([str(tmp_path)], max_size=1199)).input_hash is None  # 400 bytes may become 1,200


def test_articles_stored_without_their_raw_hash_get_it_at_the_next_re_ingest(engine, tmp_path, monkeypatch):
    _corpus(tmp_path)
    ingest(engine, [str(tmp_path)], Registry(), workers=1)
    with engine.begin() as connection:  # as in a database written before article_inputs existed
        connection.execute(ArticleInput.__table__.delete())
    read = _reads(monkeypatch)
    first = ingest(engine, [str(tmp_path)], Registry(), workers=1)
    assert (first.unchanged, len(read), _count(engine, ArticleInput)) == (5, 5, 5)
    read.clear()
    assert ingest(engine, [str(tmp_path)], Registry(), workers=1).unchanged == 5
    assert read == []
