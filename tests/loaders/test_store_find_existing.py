"""The store finds the stored article an input replaces: by content hash, else URL, else file and record number."""
from __future__ import annotations

from loaders.records import ArticleRecord, ExtractedArticle
from loaders.store import Store


def _item(digest: str, path: str, record: int, url: str | None = None):
    article = ArticleRecord(source_path=path, source_format="json", raw_text=digest, body=f"Body {digest}.",
                            source_record=record, url=url)
    return f"{digest:0>64}", ExtractedArticle(article=article)


def test_file_and_record_are_matched_as_a_pair(engine):
    store = Store(engine, "v1")
    store.write_batch([_item("a1", "a.jsonl", 1), _item("b2", "b.jsonl", 2),
                       _item("c", "c.jsonl", 0, "https://x.org/c")], None)
    # Files and record numbers are looked up as two lists: a file with another file's record number is no match.
    wanted = [_item("new1", "a.jsonl", 2), _item("new2", "b.jsonl", 1), _item("new3", "a.jsonl", 1),
              _item("b2", "z.jsonl", 9), _item("new4", "z.jsonl", 9, "https://x.org/c")]
    with engine.connect() as connection:
        found = store._find_existing(connection, wanted)
    assert [row.content_hash if row else None for row in found] == [
        None, None, f"{'a1':0>64}", f"{'b2':0>64}", f"{'c':0>64}"]
