"""The people step on made-up sentences for shapes met on unseen pages, each with near misses: a diplomat's style
of address ("H.E.") and a noun for a person opening a sentence ("Resident") before a name are no part of it; a
sport's position ("flyhalf") is a role; a team's name before someone's role and name ("Mako Rovers coach Jo Roe")
is no person; a father's honorific inside a Malay patronymic ("binti Haji Yusof") stays in the name."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = extract_people(article, Registry())
    for person in people:
        for mention in person.mentions:
            assert body[mention.start:mention.end] == mention.surface
    return [person.name for person in people]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "H.E." before a name is a style of address, like "Hon."
        ("The envoy of Norland to Vesta, H.E. Tarik Obuya, opened the fair on Friday.", ["Tarik Obuya"]),
        ("The talks were chaired by H.E. Mireille Tandou. Tandou said little.", ["Mireille Tandou"]),
        # near misses: other dotted letters are a person's initials ("H.G."), a plain name stays whole
        ("Author H.G. Tandou said the book was late.", ["H.G. Tandou"]),
        ("He met Anna Berg in May. He said nothing.", ["Anna Berg"]),
        # a noun for a person opening a sentence, before a name the given-name list lacks
        ("Resident Tavita Ruamoko, a retired nurse, said the road flooded every winter.", ["Tavita Ruamoko"]),
        ("Pensioner Tavita Ruamoko said the bus never came.", ["Tavita Ruamoko"]),
        # near misses: a given name opening the sentence stays the name's ("Hunter"), and a lead word that is not
        # a noun for a person does not go
        ("Hunter Lakoba said the bridge was safe.", ["Hunter Lakoba"]),
        ("Walker Tavita Ruamoko said the bridge was safe.", ["Walker Tavita Ruamoko"]),
    ],
)
def test_leads_and_styles_before_names(body, expected):
    assert _names(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a sport's position is a role before a name, like "winger" and "striker"
        ("The Harriers won. Replacement flyhalf Tavita Ruamoko kicked the last penalty.", ["Tavita Ruamoko"]),
        ("Scrumhalf Lemeki Vaka scored twice.", ["Lemeki Vaka"]),
        ("Fullback Tavita Ruamoko kicked the last penalty.", ["Tavita Ruamoko"]),
        # near miss: a plain verb after an unknown name gives no role, and nothing is invented
        ("The last penalty was kicked late.", []),
    ],
)
def test_sport_positions_before_names(body, expected):
    assert _names(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name only ever standing before someone else's lowercase role and name, never titled or speaking, is
        # the team or body the role belongs to
        ("Kelo won 3-1 over Mako Rovers on Sunday. Mako Rovers coach Tavita Ruamoko said the referee was fair.",
         ["Tavita Ruamoko"]),
        ("Vesta Tide head coach Lemeki Vaka said the pitch was heavy.", ["Lemeki Vaka"]),
        # near misses: a common given name opens a person's name; a name that speaks is vouched for
        ("Anna Berg adviser Tom Hale said the plan was fair.", ["Anna Berg", "Tom Hale"]),
        ("Tavita Ruamoko coach Lemeki Vaka watched. Tavita Ruamoko said the pitch was heavy.",
         ["Tavita Ruamoko", "Lemeki Vaka"]),
    ],
)
def test_names_qualifying_another_persons_role(body, expected):
    assert sorted(_names(body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a father's honorific after "bin"/"binti" stays inside the name
        ("Board chairman Haji Azlan Rosdi bin Haji Kamarul said the work would start in May. Haji Azlan Rosdi "
         "added that it would take a year.", ["Azlan Rosdi bin Haji Kamarul"]),
        ("Committee member Dayang Siti Aminah binti Haji Yusof said the stalls were too small.",
         ["Siti Aminah binti Haji Yusof"]),
        # near misses: without the honorific the name is read as before; an honorific opening a name is cut
        ("Committee member Siti Aminah binti Yusof said the stalls were too small.", ["Siti Aminah binti Yusof"]),
        ("Haji Azlan Rosdi said the stalls were too small.", ["Azlan Rosdi"]),
    ],
)
def test_fathers_honorific_inside_a_patronymic(body, expected):
    assert _names(body) == expected


def _removed(body: str, removed: list[str], authors: list[str] | None = None) -> list[tuple[str, list[str]]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            removed_lines=removed, authors=authors or [])
    people = extract_people(article, Registry())
    for person in people:
        for mention in person.mentions:
            assert body[mention.start:mention.end] == mention.surface
    return [(person.name, [m.surface for m in person.mentions]) for person in people]


@pytest.mark.parametrize(
    ("body", "removed", "authors", "expected"),
    [
        # a surname the body gives alone, speaking or described by a "who" clause, named in full only in a
        # caption taken out of the body
        ("The Harriers won. Tavake, who scored two tries, said the crowd had carried the team.",
         ["Harriers winger Eroni Tavake dives over. Picture: JO ROE"], None, [("Eroni Tavake", ["Tavake"])]),
        ("The council met. Tavake said the road would open in May.",
         ["Mayor Eroni Tavake cuts the ribbon. Photo: supplied"], None, [("Eroni Tavake", ["Tavake"])]),
        # near misses: no removed line, the byline's author, a longer capitalised run (a team), a common plural
        ("The Harriers won. Tavake said the crowd had carried the team.", [], None, []),
        ("The Harriers won. Tavake said the crowd had carried the team.", ["By Eroni Tavake"], ["Eroni Tavake"], []),
        ("The final was close. Rovers said the referee was fair.", ["North Side Rovers lift the cup."], None, []),
        ("The final was close. Tavake said the referee was fair.", ["Fans at Eroni Tavake Park."], None, []),
    ],
)
def test_surname_completed_from_a_removed_caption(body, removed, authors, expected):
    assert _removed(body, removed, authors) == expected
