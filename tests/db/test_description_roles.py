"""Roles are roles written next to a name: a description mention ("the commissioner", mentions.kind
'description') is a mention of its holder but no role of theirs. people_roles_over_time (person_role_stats,
kept by the loader and recomputed by SQL alike) lists titles beside names only; v_mention_facts shows the kind.
Made-up articles, both backends."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import downgrade, upgrade
from db.queries import load_queries
from db.summaries import verify
from loaders.records import ArticleRecord, ExtractedArticle, MentionRecord, PersonRecord
from loaders.store import Store

QUERY = load_queries()["people_roles_over_time"]

BODY = ("Harbour Commissioner Ilse Varga opened the pier. The commissioner said it was late. "
        "Tomas Reyl, the former commissioner, disagreed.")


def _mentions(body: str, *rows: tuple[str, str | None, str]) -> list[MentionRecord]:
    return [MentionRecord(surface, body.index(surface), body.index(surface) + len(surface), role=role, kind=kind)
            for surface, role, kind in rows]


# (person, mentions as (surface, role, kind), roles people_roles_over_time must list)
CASES = [
    # a description mention: the person's mention, not their role
    ("Ilse Varga", (("Ilse Varga", "Harbour Commissioner", "name"), ("The commissioner", "The commissioner",
                                                                      "description")), ["Harbour Commissioner"]),
    # near miss: a role written beside a name that reads like a description is still a role
    ("Tomas Reyl", (("Tomas Reyl", "the former commissioner", "name"),), ["the former commissioner"]),
]


def _write(engine, path: str = "roles.txt", body: str = BODY) -> None:
    people = [PersonRecord(name, _mentions(body, *rows)) for name, rows, _ in CASES]
    article = ArticleRecord(path, "txt", body, body, title="Pier", published_on=None)
    Store(engine, "v1").write_batch([(f"{path}:{len(body)}", ExtractedArticle(article, people, []))], None)


def _roles(engine, person: str) -> list[tuple[str, int]]:
    columns, rows = QUERY.run(engine, QUERY.bind({"person": person}))
    return [(row[columns.index("role")], row[columns.index("mentions")]) for row in rows]


@pytest.mark.parametrize("person,rows,roles", CASES)
def test_roles_over_time_list_titles_not_descriptions(engine, person, rows, roles):
    _write(engine)
    assert _roles(engine, person) == [(role, 1) for role in roles]
    with engine.connect() as connection:
        assert verify(connection) == []  # the loader's Python twin agrees with the summary's SQL
        kinds = connection.execute(text(
            "SELECT surface, kind FROM v_mention_facts WHERE person_name = :p ORDER BY start_char"),
            {"p": person}).all()
    assert [tuple(row) for row in kinds] == [(surface, kind) for surface, _, kind in rows]


def test_replacing_an_article_with_a_description_keeps_roles_exact(engine):
    """The removal path reads the stored kind (load_facts): replacing the article subtracts no description."""
    _write(engine)
    _write(engine, body=BODY + " More.")
    assert _roles(engine, "Varga") == [("Harbour Commissioner", 1)]
    with engine.connect() as connection:
        assert verify(connection) == []


def test_0008_drops_description_roles_and_downgrades(db_url):
    """Down to 0007 the summary counts descriptions as roles again (0005's definition) and v_mention_facts has no
    kind; up to 0008 the description's person_role_stats row is removed and kind is back."""
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        _write(engine)
        downgrade(db_url, "0007")
        with engine.connect() as connection:
            roles = connection.execute(text("SELECT role FROM person_role_stats ORDER BY role")).scalars().all()
            assert roles == ["Harbour Commissioner", "The commissioner", "the former commissioner"]
            columns = connection.execute(text("SELECT * FROM v_mention_facts")).keys()
            assert "kind" not in columns
        upgrade(db_url, "0008")
        with engine.connect() as connection:
            roles = connection.execute(text("SELECT role FROM person_role_stats ORDER BY role")).scalars().all()
            assert roles == ["Harbour Commissioner", "the former commissioner"]
            assert "kind" in connection.execute(text("SELECT * FROM v_mention_facts")).keys()
            assert verify(connection) == []
    finally:
        engine.dispose()
