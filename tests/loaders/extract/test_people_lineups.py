"""People step, issue 9 round 2 (made-up snippets, written before the code): a match report's line-up line ("MAKO
UNITED: Varga; Tolland, Kessby, Ormsby, Pell; ...") names its players by surname alone, one item each between
semicolons and commas after a label and a colon; each is a person, or a mention of the player the report names
in full. Near misses: lists of places, teams, counties, products or prose words in the same shape are nobody,
and a lone capitalised subject of a prose verb ("Kerry scored", "Chelsea won") stays no person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry

_REPORT = ("Ryan Tolland's header in stoppage time gave Mako United a 2-1 win over Port Selwyn on Friday night.\n"
           "Port Selwyn had looked set for a draw after Dara Quill cancelled out the opener, but Tolland rose "
           "highest to meet a corner and send the home crowd into raptures.\n"
           "'I just closed my eyes,' said Tolland.\n")


def _people(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: [m.surface for m in p.mentions] for p in extract_people(article, Registry())}


@pytest.mark.parametrize(("lines", "expected"), [
    ("MAKO UNITED: Varga; Tolland, Kessby, Ormsby, Pell; Drury, Hatchley (Vance 83); Corrin, Loftus, Breck; "
     "Mulgrew.\n",
     {"Varga", "Kessby", "Ormsby", "Pell", "Drury", "Hatchley", "Vance", "Corrin", "Loftus", "Breck", "Mulgrew"}),
    ("PORT SELWYN: Ashdown; Fennick, Quill, Gorley, Renwick; Strode, Tamsett; Yelland.\n",
     {"Ashdown", "Fennick", "Gorley", "Renwick", "Strode", "Tamsett", "Yelland"}),
    # a formation in the label, initials before surnames
    ("Mako United (4-4-2): P Varga; D Kessby, T Ormsby, L Pell, R Tolland; J Drury, K Hatchley, S Corrin, "
     "M Loftus; A Breck, C Mulgrew.\n",
     {"Varga", "Kessby", "Ormsby", "Pell", "Drury", "Hatchley", "Corrin", "Loftus", "Breck", "Mulgrew"}),
])
def test_lineup_surnames_are_players(lines, expected):
    people = _people(_REPORT + lines)
    found = {word for name, surfaces in people.items() for s in surfaces for word in [s.split()[-1]]}
    assert expected <= found
    assert "Ryan Tolland" in people
    # the line-up's "Tolland" and "Quill" are the players named in full, not new people
    assert "Tolland" not in people and "Quill" not in people


@pytest.mark.parametrize("lines", [
    # near misses: the same shape listing places, teams, counties, products or words of the article's prose
    "Venues: Dublin; Cork, Galway, Limerick, Belfast; Derry, Waterford, Sligo.\n",
    "Fixtures: Arsenal; Chelsea, Liverpool, Everton, Fulham; Brentford, Burnley.\n",
    "Stockists: Tesco; Lidl, Aldi, Boots, Asda; Sainsbury's, Waitrose.\n",
    "Results: Cork 2-14 Kerry 1-12; Clare 0-19 Limerick 1-15; Galway 3-10 Mayo 0-18.\n",
    "Menu: Soup; Bread, Cheese, Butter, Ham; Cake, Tea.\n",
    "Kit list: Boots; Gloves, Shorts, Socks, Jersey; Helmet, Water.\n",
])
def test_lineup_shaped_lists_of_things_are_nobody(lines):
    body = ("The club said boots, gloves, socks, shorts, a helmet, a jersey, water, soup, bread, cheese, butter, "
            "ham, cake and tea were on offer.\n" + _REPORT + lines)
    people = _people(body)
    assert set(people) <= {"Ryan Tolland", "Dara Quill"}, people


@pytest.mark.parametrize("body", [
    # near misses of a lone subject: teams, counties and places act too
    "Kerry scored twice in the first half and Cork never recovered.",
    "Chelsea won 3-0 at home, and Arsenal saved a point late on.",
    "Mayo scored first, Galway replied and Clare said nothing.",
])
def test_lone_team_subjects_are_nobody(body):
    assert _people(body) == {}


def test_lineup_surname_is_a_player_not_the_registry_namesake():
    from loaders.registry import PersonEntry

    registry = Registry(people=(PersonEntry(name="Ivo Kessby", country="Sweden"),))
    body = _REPORT + ("MAKO UNITED: Varga; Tolland, Kessby, Ormsby, Pell; Drury, Hatchley; Corrin, Loftus, Breck; "
                      "Mulgrew.\n")
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    names = {p.name for p in extract_people(article, registry)}
    assert "Kessby" in names and "Ivo Kessby" not in names
    # near miss: the same surname speaking in prose is still the registry's person
    prose = "Kessby said the talks in Stockholm had gone well."
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=prose, body=prose)
    assert {p.name for p in extract_people(article, registry)} == {"Ivo Kessby"}
