"""People step, round 47 (made-up snippets): a form of address written after a given name ("Ayşe Hanım") set
beside a full name with that given name by "and" ("Ayşe Demirtaş and Ayşe Hanım") is another person whatever
letters the given name holds: the given names are compared folded, as `_address_owner` folds them ("ayşe" was
compared with "ayse" and never matched, so a given name with a letter outside ASCII joined the two people)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return sorted(p.name for p in extract_people(article, Registry()))


# hits: two people side by side, the given name with a letter outside ASCII
@pytest.mark.parametrize(("body", "people"), [
    ("Ayşe Demirtaş and Ayşe Hanım spoke at the event.", ["Ayşe Demirtaş", "Ayşe Hanım"]),
    ("Gülşen Arıkan and Gülşen Hanım run the bakery together.", ["Gülşen Arıkan", "Gülşen Hanım"]),
])
def test_address_form_beside_a_folded_namesake_stays_apart(body, people):
    assert _people(body) == people


# near misses: the form of address still joins the one person named before it, "and" or not; one written first
# is apart as before; ASCII given names and other given names as before
@pytest.mark.parametrize(("body", "people"), [
    ("Ömer Bey and Ömer Tunalı opened the shop in 1990.", ["Ömer Bey", "Ömer Tunalı"]),
    ("Ayşe Demirtaş runs the bakery.\n\nAyşe Hanım, as the children call her, bakes at dawn.", ["Ayşe Demirtaş"]),
    ("Ayşe Demirtaş runs the bakery.\n\nEvery morning Ayşe Hanım bakes bread.", ["Ayşe Demirtaş"]),
    ("Gülşen Arıkan runs the bakery.\n\nHer sister waves and Gülşen Hanım smiles.", ["Gülşen Arıkan"]),
    ("Ömer Tunalı opened the shop in 1990.\n\n\"Business is slow,\" Ömer Bey said.", ["Ömer Tunalı"]),
    ("Ayse Demir and Ayse Hanım spoke at the event.", ["Ayse Demir", "Ayse Hanım"]),
    ("Ayşe Demirtaş and Elif Hanım spoke at the event.", ["Ayşe Demirtaş", "Elif Hanım"]),
])
def test_address_form_after_its_owner_still_joins(body, people):
    assert _people(body) == people


def _roles(body: str) -> dict[str, list[str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {p.name: [m.role for m in p.mentions] for p in extract_people(article, Registry())}


# a title after two levels of government joined by "and" is both levels' office: the role holds them both
@pytest.mark.parametrize(("body", "name", "role"), [
    ("City and County Attorney Noor Vantas said the deal was fair.", "Noor Vantas", "City and County Attorney"),
    ("County and City Commissioner Bram Otley wrote the rules.", "Bram Otley", "County and City Commissioner"),
    ("The City and County Treasurer Tamsin Greel resigned.", "Tamsin Greel", "City and County Treasurer"),
    ("Former City and County Attorney Odo Prewitt spoke.", "Odo Prewitt", "Former City and County Attorney"),
])
def test_two_levels_of_government_share_the_title(body, name, role):
    assert _roles(body)[name] == [role]


# near misses: another body's words before "and", a person before it, a lowercase level, the same level twice
@pytest.mark.parametrize(("body", "name", "role"), [
    ("The Chamber of Commerce and County Commissioner Noor Vantas met.", "Noor Vantas", "County Commissioner"),
    ("Kestel Water and State Senator Ilse Morrow met on Monday.", "Ilse Morrow", "State Senator"),
    ("Mayor Bram Otley and County Attorney Noor Vantas met.", "Noor Vantas", "County Attorney"),
    ("The city and County Attorney Noor Vantas settled the case.", "Noor Vantas", "County Attorney"),
    ("City and City Attorney Noor Vantas met.", "Noor Vantas", "City Attorney"),
    ("Justice and Home Affairs Minister Ilse Morrow said it.", "Ilse Morrow", "Justice and Home Affairs Minister"),
])
def test_other_words_before_and_stay_out_of_the_title(body, name, role):
    assert _roles(body)[name] == [role]


# near misses (review of R47): only a city and its county share one office ("the City and County of ..."); other
# pairs of levels are two parties; "both"/"between" before the pair says two parties; a place's own "City"
# ("Port Vell City") is no level
@pytest.mark.parametrize(("body", "name", "role"), [
    ("State and Federal Judge Ilse Morrow heard the case.", "Ilse Morrow", "Federal Judge"),
    ("The deal between the City and State Senator Maria Quell was signed.", "Maria Quell", "State Senator"),
    ("Both the City and County Attorney Lorna Pemb objected.", "Lorna Pemb", "County Attorney"),
    ("The suit names the State and Federal Judge Ilse Morrow as defendants.", "Ilse Morrow", "Federal Judge"),
    ("The Federal and State Senator Maria Quell both rejected the deal.", "Maria Quell", "State Senator"),
    ("Port Vell City and County Attorney Jo Ravik filed a brief.", "Jo Ravik", "County Attorney"),
    ("Talks between City and County Attorney Jo Ravik stalled.", "Jo Ravik", "County Attorney"),
])
def test_two_parties_before_a_title_stay_out_of_it(body, name, role):
    assert _roles(body)[name] == [role]
