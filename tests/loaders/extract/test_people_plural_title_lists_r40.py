"""People step, round 40 (made-up snippets, written before the change): a plural title before a list of names
("Sens. X, Y and Z", "Reps. X (R-N.Y.) and Y (R-Calif.)", "Ministers X, Y and Z") is each listed name's title, the
dotted forms with their full stop, a bracketed party and state tag between the names passed. Near misses: a plural
title ending a sentence before a name, a list with no plural title, a singular title before a list (the first
name's only), a plural title far before a clause."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="US")
    return {p.name: {r for m in p.mentions for r in (m.role, m.apposition) if r}
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "role", "names"), [
    ("The rivals — Sens. Jo Marrow and Kit Danner — have struggled.", "Sens.", ["Jo Marrow", "Kit Danner"]),
    ("Sens. Jo Marrow (D-Ore.), Ted Vance (D-Ohio) and Kit Danner (D-N.J.) all said so.", "Sens.",
     ["Jo Marrow", "Ted Vance", "Kit Danner"]),
    ("Reps. Jo Marrow (R-N.Y.) and Kit Danner (R-Calif.) on Wednesday endorsed him.", "Reps.",
     ["Jo Marrow", "Kit Danner"]),
    ("Ministers Ana Kell, Bo Rask and Chen Yu met in Velmora.", "Ministers", ["Ana Kell", "Bo Rask", "Chen Yu"]),
    ("Republican Sens. Jo Marrow and Kit Danner said so.", "Republican Sens.", ["Jo Marrow", "Kit Danner"]),
])
def test_a_plural_title_is_each_listed_names(body, role, names):
    roles = _roles(body)
    for name in names:
        assert role in roles[name], (name, roles)


@pytest.mark.parametrize(("body", "name"), [
    # a plural title ending its sentence
    ("The vote split the Senators. Jo Marrow said so.", "Jo Marrow"),
    ("Senators argued. Jo Marrow (D-Ore.) and Kit Danner said no.", "Kit Danner"),
    # a list with no plural title before it
    ("Ted Vance, Jo Marrow and Kit Danner said so.", "Kit Danner"),
    # a singular title: the first name's only
    ("Sen. Jo Marrow and Kit Danner said so.", "Kit Danner"),
    # a plural title before a clause, not before the list
    ("Senators said on Monday that Jo Marrow and Kit Danner would vote.", "Kit Danner"),
])
def test_no_plural_title_for_the_name(body, name):
    roles = _roles(body).get(name, set())
    assert not any(r.rstrip(".").lower().endswith(("senators", "sens", "sen")) for r in roles), roles
