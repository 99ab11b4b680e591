"""People step, blind reviewers' gaps (made-up snippets, written before the fixes): a family name that is a
facility's word ("Court", "Hall") after a given name, a month as the given name before one ("April Hall said"), and a
double given name before one ("Mary Ann Hall"); courts, halls and venues of their own stay nobody's."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name for p in extract_people(article, Registry())}


_LEAD = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    (_LEAD + "Wendy Court won the county title in 1981, and fans still recall the final.", {"Wendy Court"}, set()),
    (_LEAD + "Lorna Court, 34, said the rent had doubled.", {"Lorna Court"}, set()),
    (_LEAD + "April Hall said the plan would fail.", {"April Hall"}, set()),
    (_LEAD + "Rose Ann Hall won the vote on Tuesday.", {"Rose Ann Hall"}, set()),
    # near misses: courts, halls and parks of their own
    (_LEAD + "The Supreme Court ruled on Monday. The High Court agreed.", set(), {"Supreme Court", "High Court"}),
    (_LEAD + "The case went to the Federal Court and the Family Court in April.", set(),
     {"Federal Court", "Family Court"}),
    (_LEAD + "Residents at Lorna Court complained about the noise.", set(), {"Lorna Court"}),
    (_LEAD + "The Kelvale Court apartments were sold.", set(), {"Kelvale Court"}),
    (_LEAD + "In April Hall prices rose. The April Hall Fair opened.", set(), {"April Hall"}),
    (_LEAD + "Fans packed Simon Bolivar Park.", set(), {"Simon Bolivar Park"}),
    (_LEAD + "Tennis at Wendy Court Arena resumed.", set(), {"Wendy Court", "Wendy Court Arena"}),
    (_LEAD + "The June Hall concert starts at 8pm.", set(), {"June Hall"}),
    (_LEAD + "The ruling came from the Kelvale County Court on Monday.", set(), {"Kelvale County Court"}),
])
def test_facility_word_surnames(body: str, present: set[str], absent: set[str]) -> None:
    names = _names(body)
    assert present <= names, names
    assert not absent & names, names


def _names_with(body: str, registry: Registry) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")
    return {p.name for p in extract_people(article, registry)}


@pytest.mark.parametrize(("body", "present", "absent"), [
    # a trade's word opening the sentence, then a firm's name ending in a plural ("Homes")
    (_LEAD + "Builder Kestrel Crest Homes said it would build 40 houses.", set(), {"Kestrel Crest Homes", "Crest Homes"}),
    (_LEAD + "Builder Crest Homes said it would build 40 houses.", set(), {"Crest Homes"}),
    # events named "X Fest" or "X Expo" are left: Fest and Expo are family names too (a review found "Karin Fest,
    # 41, said" lost when they were organisation words), and only the plurals say a body
    pytest.param(_LEAD + "Blessing Fest drew 5,000 people.", set(), {"Blessing Fest"},
                 marks=pytest.mark.xfail(strict=True, reason="Fest is a family name too")),
    (_LEAD + "Karin Fest, 41, said the festival drew record crowds.", {"Karin Fest"}, set()),
    (_LEAD + "Anna Expo said the stands were full.", {"Anna Expo"}, set()),
    # a venue's head before a royal's title: the venue's name
    (_LEAD + "The orchestra played at the Arena King Haakon IX on Friday.", set(), {"Haakon IX"}),
    (_LEAD + "Crowds gathered at the Palace Sultan Abu Rahman in Pekan.", set(), {"Abu Rahman"}),
    # near misses
    (_LEAD + "Builder Joe Banks said he would build 40 houses.", {"Joe Banks"}, set()),
    (_LEAD + "Builder Tom Crest said he would build 40 houses.", {"Tom Crest"}, set()),
    (_LEAD + "Elton Homes, 52, said the rent had doubled.", {"Elton Homes"}, set()),
    (_LEAD + "Blessing Adeyemi said the crowds were huge at the Kelvale Expo.", {"Blessing Adeyemi"}, set()),
])
def test_firms_events_and_venues(body: str, present: set[str], absent: set[str]) -> None:
    names = _names(body)
    assert present <= names, names
    assert not absent & names, names


def test_a_surname_inside_a_place_name_is_nobody() -> None:
    from loaders.registry import PersonEntry
    registry = Registry(people=(PersonEntry(name="Lorcan Kerrane"),))
    assert "Lorcan Kerrane" not in _names_with(_LEAD + "Farmers in County Kerrane protested on Monday.", registry)
    assert "Lorcan Kerrane" not in _names_with(_LEAD + "Troops left Fort Kerrane on Monday.", registry)
    # near misses: the person named, and the surname alone elsewhere
    names = _names_with(_LEAD + "Lorcan Kerrane flew to Dublin. Farmers in County Kerrane protested. Kerrane said "
                        "he would visit.", registry)
    assert "Lorcan Kerrane" in names
