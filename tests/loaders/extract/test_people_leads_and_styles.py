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
        # "H.E." is a style only before a given name or a title and more than one name word; else initials
        ("The festival celebrated H.E. Bates and his novels.", []),
        ("\"It was a fine show,\" said curator H.E. Lim.", []),
        ("The festival celebrated H.E. Bates, the novelist.", ["H.E. Bates"]),
        ("H.E. Bates wrote the novel in 1944.", ["H.E. Bates"]),
        ("\"Trade will grow,\" said H.E. Ahmed Al Mansouri, the ambassador.", ["Ahmed Al Mansouri"]),
        ("\"Trade will grow,\" said H.E. Ambassador Ahmed Al Mansouri.", ["Ahmed Al Mansouri"]),
        ("The envoy of Norland, H.E. Chen Meiling, opened the fair.", ["Chen Meiling"]),
        # round 2: a style before two or more name words whatever the given name (the list lacks many: "Tsehay")
        ("\u201cIt works,\u201d said H.E. Tsehay Workneh, State Minister of Agriculture.", ["Tsehay Workneh"]),
        ("H.E. Lemmu Bekele Dinsa opened the fair.", ["Lemmu Bekele Dinsa"]),
        # near miss: other dotted letters before two name words stay initials
        ("\u201cIt works,\u201d said H.G. Tsehay Workneh, State Minister of Agriculture.", ["H.G. Tsehay Workneh"]),
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
        # a person-only role after a name ("his spokesman", "her lawyer") makes the name a person's
        ("Kofi Mensah spokesman Ben Ade declined to comment.", ["Kofi Mensah", "Ben Ade"]),
        ("Chidi Okeke lawyer Femi Bello said the case was weak.", ["Chidi Okeke", "Femi Bello"]),
        ("Tavita Ruamoko aide Lemeki Vaka said the pitch was heavy.", ["Tavita Ruamoko", "Lemeki Vaka"]),
        ("Tavita Ruamoko wife Lemeki Vaka said the pitch was heavy.", ["Tavita Ruamoko", "Lemeki Vaka"]),
        # a body role after a name of a given name and name-shaped words only: still a person
        # when the name occurs elsewhere as a person
        ("Kofi Mensah's wife was there. Kofi Mensah coach Ben Ade said the pitch was heavy.",
         ["Kofi Mensah", "Ben Ade"]),
        ("Kofi Mensah, who won in May, was there. Kofi Mensah coach Ben Ade said the pitch was heavy.",
         ["Kofi Mensah", "Ben Ade"]),
        # near miss: met elsewhere as a team is met ("a win over Moana Kelo at the park"), still the team's
        ("The Drua won over Moana Kelo at the park. Moana Kelo coach Ben Ade said the pitch was heavy.",
         ["Ben Ade"]),
        # near miss: met only before a body role, it is the body's
        ("Kofi Mensah coach Ben Ade said the pitch was heavy.", ["Ben Ade"]),
        # near misses: a team's words keep a body's name no person
        ("Harbour City Rovers coach Jo Roe said the team was tired.", ["Jo Roe"]),
        ("Kofi City captain Ben Ade said the team was tired.", ["Ben Ade"]),
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
        # the name after "bin"/"binti" is the father's own: a lone "Yusof" or "Haji Yusof" is the father
        ("Dayang Siti Aishah binti Haji Yusof, the principal, opened the hall. \"We are proud,\" said Haji Yusof, "
         "her father.", ["Siti Aishah binti Haji Yusof", "Yusof"]),
        ("Siti Aminah binti Yusof opened the hall. Yusof, her father, said the family was proud.",
         ["Siti Aminah binti Yusof", "Yusof"]),
        # near misses: no lone father mention keeps the name whole; the given name still joins the child
        ("Dayang Siti Aishah binti Haji Yusof, the principal, opened the hall. \"We are proud,\" she said.",
         ["Siti Aishah binti Haji Yusof"]),
        ("Siti Aishah binti Haji Yusof opened the hall. \"We are proud,\" Siti Aishah said.",
         ["Siti Aishah binti Haji Yusof"]),
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
        # a caption naming a relative, or a past role, is no completion of the body's lone surname
        ("Osei, who is 14, beat three grandmasters. \"I just played my game,\" Osei said.",
         ["Photo: Proud mother Linda Osei watches the final."], None, []),
        ("Walsh, who is standing for the first time, said the town needed jobs.",
         ["Pictured: Former minister Peter Walsh at the count."], None, []),
        ("Osei said the final was hard.", ["Osei's father Kwame Osei watches the final."], None, []),
        ("Osei said the final was hard.", ["Kwame Osei and his wife Ama Osei watch."], None, []),
        # near miss: a caption naming the player himself still completes
        ("Osei, who is 14, beat three grandmasters. \"I just played my game,\" Osei said.",
         ["Kwame Osei at the board. Photo: supplied"], None, [("Kwame Osei", ["Osei", "Osei"])]),
    ],
)
def test_surname_completed_from_a_removed_caption(body, removed, authors, expected):
    assert _removed(body, removed, authors) == expected
