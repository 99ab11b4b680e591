"""Fix round of the people1 helper: a read-only reviewer's made-up passages (expectations written before any
run) that round 1 newly got wrong, each with the round-1 target it must not lose beside it as a near miss.

Each passage is wrapped as the reviewer wrapped it: `Daily Wire\\nNews of the day\\nCITY — <text>`. Rows: id,
text, the people a reader would list (exactly)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

ROWS = [
    # change 1: a head word that is also a name's first word, after a role ("Producer", "forward", "elder")
    ("metro_boomin", "Producer Metro Boomin said the album was finished. Metro Boomin added that a tour would follow in June.", {"Metro Boomin"}),
    ("calle_nhl", "Maple Leafs forward Calle Jarnkrok scored twice on Saturday. Calle Jarnkrok said the team had found its rhythm.", {"Calle Jarnkrok"}),
    ("rua_maori", "Ngati Awa elder Rua Tamihana said the land must be returned. Rua Tamihana spoke at a hui on Friday.", {"Rua Tamihana"}),
    # changes 1 and 2: a possessive head, "Body's Name"
    ("commission_poss", "The European Commission's Ursula von der Leyen said the tariffs were unjustified.", {"Ursula von der Leyen"}),
    ("inc_poss", "Apple Inc's Tim Cook met Chinese officials on Monday, the company said.", {"Tim Cook"}),
    ("board_poss", "The Federal Reserve Board's Jerome Powell said rates would stay high.", {"Jerome Powell"}),
    ("agency_poss", "The Environment Agency's Ana Roe said rivers were rising fast.", {"Ana Roe"}),
    ("ministry_poss", "India's Foreign Ministry's Randhir Jaiswal told reporters the visit was on.", {"Randhir Jaiswal"}),
    ("council_poss", "Auckland Council's Ana Roe said rates would rise 7 percent.", {"Ana Roe"}),
    ("plc_poss", "Shell Plc's Wael Sawan said oil demand would hold up.", {"Wael Sawan"}),
    ("hosp_poss", "Children's Hospital's Ana Roe said flu cases had doubled.", {"Ana Roe"}),
    ("metro_poss", "Metro's Ana Roe reported the story first. The Metro reporter said sources were solid.", {"Ana Roe"}),
    # change 2: an opening phrase with no comma before a given name
    ("no_comma_intro", "After months of talks with the Public Service Commission Ana Roe resigned on Friday.", {"Ana Roe"}),
    # change 5: a person opening a new clause after "in/near Place and"
    ("london_met", "The couple met in London and John Smith proposed a year later.", {"John Smith"}),
    ("byron_bay", "Surfers gathered near Byron Bay and Tom Carroll paddled out first.", {"Tom Carroll"}),
    ("born_lagos", "She was born in Lagos and Ana Roe raised her after her parents died.", {"Ana Roe"}),
    ("byron_elsewhere", "Tom Carroll, a former champion, surfed at dawn. Crowds gathered near Byron Bay and Tom Carroll paddled out first.", {"Tom Carroll"}),
    # near misses: round-1 targets kept
    ("metro_manila", "Floods hit Metro Manila on Monday, said city engineer Ana Roe.", {"Ana Roe"}),
    ("jalan_tun_razak", "Traffic stalled on Jalan Tun Razak for hours, said police chief Ana Roe.", {"Ana Roe"}),
    ("hospital_name", "Doctors at Hospital Gregorio Maranon treated 40 people, said director Ana Roe.", {"Ana Roe"}),
    ("waka_kotahi", "NZ Transport Agency Waka Kotahi says the road will reopen on Monday, spokesperson Ana Roe said.", {"Ana Roe"}),
    ("tolaga_bay", "Families were evacuated in Tolaga Bay and Te Karaka on Friday, said Ana Roe.", {"Ana Roe"}),
    ("elder_sister", "Her elder sister Ana Roe said the family was relieved.", {"Ana Roe"}),
    ("elder_title", "Elder Jeffrey Holland spoke at the conference on Sunday.", {"Jeffrey Holland"}),
    ("verb_before_head", "Floods hit Metro Manila on Monday. Commuters crowded Metro Manila stations, said transport chief Ana Roe.", {"Ana Roe"}),
    ("place_or_place", "Flooding closed roads near Byron Bay or Mullumbimby overnight, said Ana Roe.", {"Ana Roe"}),
]


def _people(text: str) -> set[str]:
    registry = Registry()
    page = f"Daily Wire\nNews of the day\nCITY — {text}\n"
    article = extract_article(SourceDocument("page.txt", "txt", page, {}), registry)
    return {person.name for person in extract_people(article, registry)}


@pytest.mark.parametrize("text,expected", [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_people_review_fix(text: str, expected: set[str]) -> None:
    assert _people(text) == expected
