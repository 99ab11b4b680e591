"""People step, the peopleR7 review's newly-wrong cases (made-up snippets, written before the fix), each beside
near misses that must keep firing.

- A registry surname as a modifier after a determiner names that person only before a noun of a person's time in
  office, following or campaign ("the Quarrington years", "a Quarrington delegate"): before any other noun the
  surname is as often a brand's or a firm's ("a Dell laptop", "the Disney parks", "A Harris poll", "The Kerry
  team").
- A run listed with a person is vouched for only when it is a person's shape: a run no word of which any
  given-name list holds, and whose last word never comes back alone, is the shape of a firm named after its
  founders ("Goldman Sachs"), and one word written twice is a place's or a thing's ("Bora Bora").
- "X is an asset manager who": a trade head that a firm bears once a noun says what it trades in ("asset manager",
  "fund manager") describes firms too, so it vouches for no person; a bare or capital-modified head still does.
"""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import PersonEntry, Registry
from tests.loaders.extract.test_people_world_names_stress import _people as _plain_people

_REGISTRY = Registry(people=(PersonEntry(name="Orla Quarrington"), PersonEntry(name="Michael Dell"),
                             PersonEntry(name="Walt Disney"), PersonEntry(name="Kamala Harris"),
                             PersonEntry(name="John Kerry")))


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, _REGISTRY)}


_FOX = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "nobody"), [
    (_FOX + "Students got a Dell laptop each, said teacher Amy Fox.", "Michael Dell"),
    (_FOX + "Queues formed at the Disney parks, said visitor Amy Fox.", "Walt Disney"),
    (_FOX + "A Harris poll of 1,000 voters found support slipping, said pollster Amy Fox.", "Kamala Harris"),
    (_FOX + "The Kerry team beat Dublin in the final, said manager Amy Fox.", "John Kerry"),
    (_FOX + "Each pupil got a Quarrington laptop, said teacher Amy Fox.", "Orla Quarrington"),
    (_FOX + "The Quarrington team won the final, said manager Amy Fox.", "Orla Quarrington"),
])
def test_registry_surname_before_a_thing_is_no_person(body, nobody):
    names = _people(body)
    assert "Tomas Ek" in names and nobody not in names


@pytest.mark.parametrize("body", [
    _FOX + "Many agencies took a hit during the Quarrington years, the report found.",
    _FOX + "Critics said the Quarrington era ended with the budget, the report found.",
    _FOX + "Mia Hale said the Quarrington campaign had run out of money.",
    _FOX + "Several Quarrington loyalists left the party, the paper said.",
    _FOX + "Mia Hale, a Quarrington ally from Perth, criticised the plan.",
    _FOX + "The Quarrington administration cut the grant in its first budget, officials said.",
])
def test_registry_surname_before_a_tenure_or_following_noun_is_the_person(body):
    names = _people(body)
    assert "Tomas Ek" in names and "Orla Quarrington" in names


_HEAD = "Daily Post\nVote count\n"


@pytest.mark.parametrize(("text", "nobody"), [
    (_HEAD + "The board named Sarah Connolly and Goldman Sachs as advisers.", "Goldman Sachs"),
    (_HEAD + "Tom Hale rather than Bora Bora was the subject of the film.", "Bora Bora"),
    (_HEAD + "Officials said on Monday the board hired Ana Roe and Vantor Kessling as advisers.", "Vantor Kessling"),
    (_HEAD + "Officials said the film chose Ana Roe rather than Walla Walla as its subject.", "Walla Walla"),
    (_HEAD + "The board named Sarah Connolly and Goldman Sachs as advisers. The fee went to Sachs Bank.",
     "Goldman Sachs"),
])
def test_a_firm_or_place_shaped_run_listed_with_a_person_is_no_person(text, nobody):
    assert nobody not in _plain_people(text)


@pytest.mark.parametrize(("text", "person"), [
    (_HEAD + "The county voted for Rossel Jennings Bryan rather than William Howard Taft in 1908, officials said.",
     "Rossel Jennings Bryan"),
    (_HEAD + "Officials said on Monday the county backed Ana Roe, Kessling Vell Bryan and Tom Hale in the race.",
     "Kessling Vell Bryan"),
    (_HEAD + "Officials said on Monday the county backed Ana Roe and Rossel Kemp in the race. Kemp won easily.",
     "Rossel Kemp"),
])
def test_a_person_shaped_run_listed_with_a_person_is_a_person(text, person):
    assert person in _plain_people(text)


_OLD = "Daily Post\nOld story retold\n"


@pytest.mark.parametrize(("text", "nobody"), [
    (_OLD + "Brightwater is an asset manager who runs pension money, the filing said.", "Brightwater"),
    (_OLD + "Records show that Kestrel Vane is a fund manager who oversees pension money.", "Kestrel Vane"),
    (_OLD + "Records show that Kemmeth was a wealth adviser who served rich families.", "Kemmeth"),
])
def test_a_firm_capable_trade_with_a_noun_modifier_vouches_for_nobody(text, nobody):
    assert nobody not in _plain_people(text)


@pytest.mark.parametrize(("text", "person"), [
    (_OLD + "Orsat was a Persian king, who conquered much of the region during his lifetime, historians said.", "Orsat"),
    (_OLD + "Records show that Kemmeth was an army general who crossed the river in winter.", "Kemmeth"),
    (_OLD + "Historians said on Monday that Orsat Vell was a poet who served the court in the old city.", "Orsat Vell"),
    (_OLD + "Records show that Kemmeth was a Labour adviser who crossed the floor in winter.", "Kemmeth"),
    (_OLD + "Records show that Kemmeth was a manager who crossed the river in winter.", "Kemmeth"),
])
def test_a_person_title_still_vouches(text, person):
    assert person in _plain_people(text)
