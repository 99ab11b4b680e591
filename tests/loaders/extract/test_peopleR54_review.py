"""People step, round 54 (made-up snippets): fixes from the R53 review. A title and a name after a place's
possessive name a place only before a kind of place that nothing runs on from: the word between the name and the
place noun is no verb ("visited", "told", "opens"), and no number or further noun follows the place noun ("terminal
3", "district hospitals"); a royal who acts on a place stays a person with his role. One table of the words that
qualify "known as" (`lexicon.KNOWN_AS_QUALIFIERS`) feeds both "known as" patterns."""
from __future__ import annotations

import pytest

from loaders.extract import people
from loaders.extract.data.lexicon import KNOWN_AS_QUALIFIERS
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _people(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(m.surface, m.role) for m in p.mentions] for p in extract_people(_article(body), Registry())}


PLACE_CASES = [
    # near misses: a verb between, or a number or a further noun after the place noun: the royal stays a person
    ("Bahrain's King Hamad inspected district clinics in Riffa on Sunday.", "Hamad", 1, "Bahrain's King"),
    ("Sharjah's Sheikh Saud toured village schools on Tuesday.", "Saud", 1, "Sharjah's Sheikh"),
    ("Qatar's Emir Sheikh Tamim told township leaders to wait. Sheikh Tamim said talks would go on.", "Tamim", 2,
     "Qatar's Emir Sheikh"),
    ("Abu Dhabi's Sheikh Khalid opened terminal 5 on Monday. Sheikh Khalid said it was ready.", "Khalid", 2,
     "Abu Dhabi's Sheikh"),
    ("Jordan's King Abdullah opens district offices in Irbid each spring.", "Abdullah", 1, "Jordan's King"),
    ("Brunei's Sultan Hassanal saw ward staff at the hospital.", "Hassanal", 1, "Brunei's Sultan"),
    # hits: an adjective between and nothing running on: a place named with a royal's or holy title
    ("Workers left Homs's Sheikh Badr industrial zone on Friday.", "Badr", 0, None),
    ("Trucks queued outside Hama's Sheikh Hilal free zone.", "Hilal", 0, None),
    ("Power returned to Aleppo's Sheikh Fares old district at noon.", "Fares", 0, None),
]


@pytest.mark.parametrize("body,name,count,role", PLACE_CASES)
def test_possessive_titled_place(body: str, name: str, count: int, role: str | None) -> None:
    found = _people(body)
    owner = next((n for n in found if n.endswith(name)), None)
    if count == 0:
        assert owner is None, found
    else:
        assert owner is not None, found
        assert len(found[owner]) == count, found
        assert found[owner][0][1] == role, found


def test_known_as_qualifiers_one_table() -> None:
    assert {"also", "better", "widely", "locally", "affectionately", "popularly", "commonly"} <= KNOWN_AS_QUALIFIERS
    for word in KNOWN_AS_QUALIFIERS:  # the qualifier is part of each pattern's match, not left before it
        known = people._KNOWN_AS.search(f"Ana Roe, {word} known as Lulu, said")
        assert known and known.group(0).startswith(word), word
        nickname = people._NICKNAME_BEFORE.search(f"Ana Roe, {word} known as ")
        assert nickname and nickname.group(0).startswith(word), word
    # near misses: a word that is no qualifier stays out of the match
    assert not people._KNOWN_AS.search("Ana Roe, now known as Lulu, said").group(0).startswith("now")
    assert not people._NICKNAME_BEFORE.search("Ana Roe, now known as ").group(0).startswith("now")
