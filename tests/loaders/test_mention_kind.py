"""`mentions.kind`, on both backends and every PostgreSQL bulk path: a description mention ("the minister" standing
for its holder) is stored and read back as 'description', a name as 'name'; the CHECK refuses anything else; a
mention written without a kind (older code, hand-written SQL) is a name. Made-up text only."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from db.models import Mention
from loaders.records import ArticleRecord, ExtractedArticle, MentionRecord, PersonRecord
from loaders.store import Store

_BODY = "Works Minister Rosa Delmoor opened the bridge. The minister said it was safe. Delmoor left."


def _extracted(path: str) -> tuple[str, ExtractedArticle]:
    article = ArticleRecord(source_path=path, source_format="txt", raw_text=_BODY, body=_BODY)
    described = _BODY.index("The minister")
    person = PersonRecord("Rosa Delmoor", [
        MentionRecord("Rosa Delmoor", 15, 27, role="Works Minister"),
        MentionRecord("The minister", described, described + 12, role="The minister", kind="description"),
        MentionRecord("Delmoor", _BODY.rindex("Delmoor"), _BODY.rindex("Delmoor") + 7),
    ])
    return "hash-" + path, ExtractedArticle(article=article, people=[person])


def _writes_each_kind(engine, **store_options):
    Store(engine, "v1", **store_options).write_batch([_extracted("made/up.txt")], None)
    with engine.connect() as connection:
        rows = connection.execute(select(Mention.surface, Mention.role, Mention.kind).order_by(Mention.start_char))
        assert rows.all() == [("Rosa Delmoor", "Works Minister", "name"), ("The minister", "The minister",
                                                                            "description"), ("Delmoor", None, "name")]


def test_store_writes_each_mentions_kind(engine):
    _writes_each_kind(engine)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("pg_bulk", ["copy", "values", "executemany"])
def test_every_postgresql_bulk_path_writes_each_mentions_kind(engine, pg_bulk):
    _writes_each_kind(engine, pg_bulk=pg_bulk)


def test_kind_defaults_to_name_and_is_checked(engine):
    Store(engine, "v1").write_batch([_extracted("made/up.txt")], None)
    with engine.begin() as connection:
        article_id, person_id = connection.execute(select(Mention.article_id, Mention.person_id)).first()
        connection.execute(text("INSERT INTO mentions (article_id, person_id, surface, start_char, end_char) "
                                "VALUES (:a, :p, 'Works', 0, 5)"), {"a": article_id, "p": person_id})
        kinds = connection.execute(select(Mention.kind).where(Mention.start_char == 0)).scalars().all()
    assert kinds == ["name"]
    with pytest.raises(IntegrityError):
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO mentions (article_id, person_id, surface, start_char, end_char, "
                                    "kind) VALUES (:a, :p, 'the mayor', 0, 9, 'title')"),
                               {"a": article_id, "p": person_id})
