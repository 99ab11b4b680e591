"""People step, the review of round 40 (made-up snippets from /work/notes/reviews/peopleR40.md): its NEWLY WRONG
items. A counterpart fits a later "the <nationality> <head>" only for the office of the holder named before it
in its sentence; a plural title gives its role only to a name of two words or more, not to a place's, an event's
or a building's ("Governors Island", "Presidents Day", "the Justices Building"), and never across a sentence's
end and a bracket. The rows the round made right stay right."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name: [r for m in p.mentions for r in (m.role, m.apposition) if r]
            for p in extract_people(article, Registry())}


@pytest.mark.parametrize("body", [
    "Danish Foreign Minister Jens Holmvik met his Polish counterpart Marek Zielak and Ambassador Lise Berg. "
    "The Polish ambassador said trade would grow.",
    "Danish Foreign Minister Jens Holmvik met his Polish counterpart Marek Zielak and Mayor Lise Berg. "
    "The Polish mayor said trade would grow.",
    "Acme president Lise Berg spoke. Danish Foreign Minister Jens Holmvik met his Polish counterpart Marek Zielak. "
    "Later the Polish president said trade would grow.",
])
def test_counterpart_fits_only_its_holders_office(body):
    assert _people(body)["Marek Zielak"] == ["Polish counterpart"]


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Danish Foreign Minister Jens Holmvik met his Finnish counterpart Aino Virtala in Oslo. "
     "The Finnish minister said trade would grow.", "Aino Virtala", "The Finnish minister"),
    ("Talks were held in Karvik between Danish Foreign Minister Jens Holmvik and his Polish counterpart Marek "
     "Zielak, who is on a visit.\n\nThe two ministers met twice.\n\nThe Polish minister said trade would grow.",
     "Marek Zielak", "The Polish minister"),
])
def test_counterpart_of_the_holders_office_still_fits(body, name, role):
    assert role in _people(body)[name]


@pytest.mark.parametrize(("body", "names"), [
    ("On Governors Island, Lina Corvel and Hal Brisk toured the fort.", ("Lina Corvel", "Hal Brisk")),
    ("On Presidents Day, Lina Corvel and Hal Brisk toured the fort.", ("Lina Corvel", "Hal Brisk")),
    ("The bill was led by Senators Jo Marrow and Kit Danner of Ohio. (Lina Corvel and Hal Brisk were absent.)",
     ("Lina Corvel", "Hal Brisk")),
    ("Our sales reps. Lina Corvel and Hal Brisk were absent.", ("Hal Brisk",)),
])
def test_plural_title_gives_no_role_to_names_outside_its_list(body, names):
    people = _people(body)
    for name in names:
        assert not any(role in ("Governors", "Presidents", "Senators", "reps.") for role in people[name])


@pytest.mark.parametrize("body", [
    "The Justices Building hosted the talk.",
    "The Governors Ball drew Lina Corvel.",
])
def test_plural_title_before_one_thing_word_names_no_one(body):
    assert set(_people(body)) <= {"Lina Corvel"}


@pytest.mark.parametrize(("body", "names", "role"), [
    ("The bill was led by Senators Jo Marrow and Kit Danner of Ohio.", ("Jo Marrow", "Kit Danner"), "Senators"),
    ("Sens. Jo Marrow, Kit Danner and Lina Corvel signed.", ("Jo Marrow", "Kit Danner", "Lina Corvel"), "Sens."),
    ("Reps. Jo Marrow (R-N.Y.) and Kit Danner (D-Ore.) signed.", ("Jo Marrow", "Kit Danner"), "Reps."),
])
def test_plural_title_lists_stay_right(body, names, role):
    people = _people(body)
    for name in names:
        assert role in people[name]
