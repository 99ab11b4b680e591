"""People step, round 53 (made-up snippets): fixes from the R52 review. A name after "known as" is another name
of the person only when it is a whole name: one a number or a further capitalised word runs on from ("Route 9",
"Highway 1") is no alias, and its later mentions join no one. A compass adjective after a title is the title's
region only before a person's name of two words; a city ("Western Sydney"), a club's plural ("Wanderers") or a
longer run ("Central Java Ganjar Pranowo") leaves the compass word off the title."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(m.surface, m.role) for m in p.mentions] for p in extract_people(_article(body), Registry())}


ALIAS_CASES = [
    # hits: the words after "known as" run on into a number; no alias, no mention joins the person
    ("Tevita Fonua, known across the valley as Highway 1, said the bridge was shut. Highway 1 reopened on Monday.",
     "Tevita Fonua", 1),
    ("Mele Kata, known locally as Gate 4, said the queue was long. Gate 4 stayed shut all day.", "Mele Kata", 1),
    # near misses: a whole name after "known as" still joins its person (both its mentions)
    ("Ahmed Karim, 47, known locally as Abu Salem, said the road was shut. Abu Salem said it reopened.",
     "Ahmed Karim", 3),
    ("Rana Idris, known in the camp as Umm Nour, ran the clinic. Umm Nour said supplies were short.",
     "Rana Idris", 3),
]


@pytest.mark.parametrize("body,name,count", ALIAS_CASES)
def test_known_as_whole_name(body: str, name: str, count: int) -> None:
    people = _people(body)
    assert name in people
    assert len(people[name]) == count
    assert not any(surface in {"Highway", "Gate"} for mentions in people.values() for surface, _ in mentions)


COMPASS_CASES = [
    # hits: a club, a city's region or a longer run after the compass word: no person with the compass as title
    ("Coach Western Sydney Wanderers said the match was off.", None, None),
    ("Manager Northern Auckland Stingrays said the game was off.", None, None),
    ("Governor Eastern Java Budi Santoso said the dam held.", None, "Governor Eastern"),
    # near misses: a person's name of two words after the compass word keeps the region in the title
    ("Commissioner Western Mere Tora said the shelters were full.", "Mere Tora", "Commissioner Western"),
    ("Director Central Pelu Ranadi said the bridge was shut.", "Pelu Ranadi", "Director Central"),
    ("Commissioner Northern Losana Vatu said the road was clear. Vatu said crews had left.", "Losana Vatu",
     "Commissioner Northern"),
]


@pytest.mark.parametrize("body,name,bad_role", COMPASS_CASES)
def test_compass_region_before_a_name(body: str, name: str | None, bad_role: str | None) -> None:
    people = _people(body)
    roles = {role for mentions in people.values() for _, role in mentions}
    if name is None:
        assert not any(n.endswith(("Wanderers", "Stingrays")) for n in people), people
        if bad_role:
            assert bad_role not in roles, people
    else:
        assert name in people, people
        assert people[name][0][1] == bad_role


PLACE_CASES = [
    # hits: a title and a name after "the" or a place's possessive, before a kind of place (an adjective between):
    # a place named with a holy or royal title, no person
    ("The group bought a crusher from a workshop in Idlib's Sheikh Maqsoud industrial zone.", "Maqsoud", False),
    ("Shops reopened in the Sheikh Rashid industrial zone on Monday.", "Rashid", False),
    ("Families fled Aleppo's Sheikh Saad neighbourhood overnight.", "Saad", False),
    ("Traders left the Sheikh Tariq old district at dusk.", "Tariq", False),
    # near misses: a titled person, whatever place follows later or before
    ("Aleppo's Sheikh Ahmad Hassoun said the zone was calm.", "Ahmad Hassoun", True),
    ("Sheikh Tamim visited the industrial zone on Monday.", "Tamim", True),
    ("Dubai's Sheikh Mohammed opened the new terminal.", "Mohammed", True),
    ("Under Mayor Ada Okeke district offices opened.", "Ada Okeke", True),
    ("The Sheikh Jarrah neighbourhood was quiet.", "Jarrah", False),
]


@pytest.mark.parametrize("body,name,person", PLACE_CASES)
def test_titled_place_name(body: str, name: str, person: bool) -> None:
    assert (name in _people(body)) is person, _people(body)
