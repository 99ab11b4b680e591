"""The article and people steps over the synthetic regression set (tests/data/synthetic), against its gold.

The articles imitate outlets and conventions the seeds do not have. They were edited together with the
extractors they check, so they are a regression set, not a holdout: they show what a change breaks, not how the
rules generalise (the fresh set's check half measures that). Every field the steps get right is checked here, so
a regression shows; the fields they still miss are listed in `_PEOPLE_MISSES` and left unchecked.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.extract.people_descriptions import is_description
from loaders.records import SourceDocument
from loaders.registry import Registry, default_registry_dir, load_registry

_FOLDER = Path(__file__).resolve().parents[2] / "data" / "synthetic"
_GOLD = json.loads((_FOLDER / "synthetic.gold.json").read_text(encoding="utf-8"))
_REGISTRY = load_registry(default_registry_dir())

# (file, person) -> the fields of that gold person the people step does not get yet.
_PEOPLE_MISSES = {
    ("101_reuters.txt", "Miriam García-Lindqvist"): {"country"},
    ("105_dw.txt", "Leyla Yıldırım"): {"roles", "country"},
    ("105_dw.txt", "Karl-Heinz Müller-Lüdenscheidt"): {"roles", "country"},
    ("105_dw.txt", "Anja Sommerfeld"): {"roles", "country"},
    ("107_analysis.txt", "Muhammadu Buhari"): {"country"},
}
# Roles this gold does not list that the people step now gives: a later "the <title>" of the person
# (`people_descriptions`), which the blind gold sets (fresh*) list as a role and this older gold leaves out.
_LATER_DESCRIPTIONS = {
    ("102_tass.txt", "Enkhbold Tserendash"): {"The Mongolian minister"},
}
# People this gold leaves without a country because the text does not state one. The fresh gold set (written
# blind, tests/data/fresh) gives such people the article's own country, and so does the people step (the
# outlet's, or the one the article names most): their country is not compared with this gold's None.
_COUNTRY_UNSTATED = {
    ("100_guardian.txt", "Priya Raman"),
    ("103_newindianexpress.txt", "Fathima Begum"),
    ("104_nytimes.txt", "Keisha Danforth-Moore"),
    ("106_bbc.txt", "Fatima Zahra Ait Lahcen"),
    ("106_bbc.txt", "Caroline Holmes-Watt"),
    ("107_analysis.txt", "Kwame Asante-Darko"),
    ("107_analysis.txt", "Wamkele Mene"),
    ("107_analysis.txt", "Nomvula Dlamini"),
    ("107_analysis.txt", "Mokgadi Thobejane"),
    ("105_dw.txt", "Jan-Erik Lindqvist"),  # the only country the story names (Turkey), since it may stand alone
}


def _article(item: dict, registry: Registry):
    path = _FOLDER / item["file"]
    return extract_article(SourceDocument(str(path), "txt", path.read_text(encoding="utf-8")), registry)


def _published(article) -> str | None:
    if article.published_on is None:
        return None
    return {"day": article.published_on.isoformat(), "month": article.published_on.isoformat()[:7],
            "year": str(article.published_on.year)}[article.date_precision]


@pytest.mark.parametrize("item", _GOLD, ids=[item["file"] for item in _GOLD])
@pytest.mark.parametrize("registry", [_REGISTRY, Registry()], ids=["registry", "empty-registry"])
def test_article_step_matches_the_gold(item, registry):
    article = _article(item, registry)
    paragraphs = article.body.split("\n\n")
    body_lines = {line.strip() for line in article.body.splitlines()}
    if registry is _REGISTRY:  # without the registry an outlet keeps the name its evidence gives
        assert article.outlet_name == item["outlet"]["name"]
    else:
        assert article.outlet_name
    assert article.title == item["title"]
    assert article.subtitle == item["subtitle"]
    assert (_published(article), article.date_precision) == (item["published"], item["date_precision"])
    assert article.byline == item["byline"]
    assert article.authors == item["authors"]
    assert paragraphs[0].startswith(item["body_first_words"])
    assert paragraphs[-1].endswith(item["body_last_words"])
    assert not [line for line in item["boilerplate"] if line in body_lines]
    assert all(heading in body_lines for heading in item["subheadings"])


_PEOPLE_CASES = [(item, person) for item in _GOLD for person in item["people"]]


@pytest.mark.parametrize(("item", "gold"), _PEOPLE_CASES,
                         ids=[f"{item['file']}:{person['name']}" for item, person in _PEOPLE_CASES])
def test_people_step_matches_the_gold(item, gold):
    article = _article(item, _REGISTRY)
    people = {person.name: person for person in extract_people(article, _REGISTRY)}
    assert gold["name"] in people
    person = people[gold["name"]]
    misses = _PEOPLE_MISSES.get((item["file"], gold["name"]), set())
    # a later description's own mention ("The Mongolian minister", `people_descriptions`) is no name's surface
    assert {m.surface for m in person.mentions if not is_description(m)} == set(gold["surface_forms"])
    for mention in person.mentions:
        assert article.body[mention.start:mention.end] == mention.surface
    if "roles" not in misses:
        assert {r for m in person.mentions for r in (m.role, m.apposition) if r} == set(gold["roles"]) | (
            _LATER_DESCRIPTIONS.get((item["file"], gold["name"]), set()))
    if "country" not in misses and (item["file"], gold["name"]) not in _COUNTRY_UNSTATED:
        assert person.country == gold["country"]


@pytest.mark.parametrize("item", _GOLD, ids=[item["file"] for item in _GOLD])
def test_no_extra_people_and_no_boilerplate_people(item):
    article = _article(item, _REGISTRY)
    names = {person.name for person in extract_people(article, _REGISTRY)}
    assert names == {person["name"] for person in item["people"]}
    assert not names & {person["name"] for person in item["boilerplate_people"]}
