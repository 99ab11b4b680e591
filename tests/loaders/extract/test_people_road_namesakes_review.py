"""People step (made-up snippets, written before the fix; review of the road-name and registry place-slot rules):
a road's or ground's word after a given name is the place only where nothing marks a person ("Emma Quay, 29,",
"nurse Ana Oval said", "Kate Street's debut novel", "a painting by George Street", "Della Street and Perry Mason");
a lead that is a road's ("on", "off", "the corner of", a house number) keeps it the place. A bare registry surname
is in a place's slot only after a place-only preposition no person-taking word leads ("trust in X") and not as an
owner ("in X's cabinet"), or as a span's second end whose first end is neither a person nor a body."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import PersonEntry, Registry

_REGISTRY = Registry(people=tuple(PersonEntry(name=n) for n in (
    "Orla Quarrington", "Teodor Vashenko", "Mirela Dunstable", "Cyprian Holloway")))


def _people(body: str, registry: Registry = Registry()) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, registry)}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present"), [
    (_EK + "Cafe owner Mia Drive said trade had been slow.", {"Mia Drive"}),
    (_EK + "Hospital nurse Rosa Oval said the ward was full.", {"Rosa Oval"}),
    (_EK + "Clara Quay, 29, was fined for speeding.", {"Clara Quay"}),
    (_EK + "The essay prize was won by Clara Quay.", {"Clara Quay"}),
    (_EK + "Minh Dam, 41, was sentenced to two years.", {"Minh Dam"}),
    (_EK + "Helen Lane stars in the film as a widow.", {"Helen Lane"}),
    (_EK + "The Gold Award went to Oscar Lane.", {"Oscar Lane"}),
    (_EK + "The medal went to Chloe Lane.", {"Chloe Lane"}),
    (_EK + "The museum bought a portrait by Peter Street.", {"Peter Street"}),
    (_EK + "Grace Street's debut album won the prize.", {"Grace Street"}),
    (_EK + "Ruby Lane and Oliver Street were named the club's joint winners.", {"Ruby Lane", "Oliver Street"}),
    (_EK + "Nora Street and Felix Bramwell solved the riddle together.", {"Nora Street", "Felix Bramwell"}),
    (_EK + "Tara Street, who runs a bakery there, said she was worried.", {"Tara Street"}),
])
def test_road_named_people(body, present):
    assert present <= _people(body)


@pytest.mark.parametrize(("body", "absent"), [
    # near misses: the road, where a road's word leads it, whatever follows
    (_EK + "Police closed Annie Street after the crash.", {"Annie Street"}),
    (_EK + "A car hit a pole on Grace Street and sped off.", {"Grace Street"}),
    (_EK + "The crash happened at 12 Mary Street, 29 metres from the school.", {"Mary Street"}),
    (_EK + "The café on Helen Lane stars in the guide.", {"Helen Lane"}),
])
def test_road_places_stay(body, absent):
    names = _people(body)
    assert "Tomas Ek" in names and not absent & names


@pytest.mark.parametrize(("body", "present"), [
    (_EK + "Talks between Vashenko and Quarrington stalled.", {"Teodor Vashenko", "Orla Quarrington"}),
    (_EK + "Momentum shifted from Dunstable to Quarrington in the final week.", {"Mirela Dunstable", "Orla Quarrington"}),
    (_EK + "The rift between Labour and Holloway deepened in 2003.", {"Cyprian Holloway"}),
    (_EK + "There was little trust in Vashenko among the allies.", {"Teodor Vashenko"}),
    (_EK + "Voters who believed in Dunstable stayed home.", {"Mirela Dunstable"}),
    (_EK + "The mood in Holloway's cabinet soured after the vote.", {"Cyprian Holloway"}),
])
def test_registry_surname_where_a_person_stands(body, present):
    assert present <= _people(body, _REGISTRY)


@pytest.mark.parametrize("body", [
    _EK + "Trains ran between Central Station and Quarrington until noon.",
    _EK + "Homes in Quarrington lost power overnight.",
])
def test_registry_surname_in_a_place_slot_stays_out(body):
    assert "Orla Quarrington" not in _people(body, _REGISTRY)


@pytest.mark.parametrize("body", [
    # a title of several words ending in a body's word, then a family-first name
    _EK + "Member of Parliament Goh Mei Lin, who chairs the committee, said the bill would pass.",
    _EK + "Member of Parliament Goh Mei Lin said the bill would pass.",
])
def test_family_first_name_after_a_title_of_several_words(body):
    assert "Goh Mei Lin" in _people(body)



@pytest.mark.parametrize(("body", "absent"), [
    # a given name and a place word families bear, listed with a place no family's word closes
    (_EK + "Marlow Square and Edwin Park were packed on Sunday.", {"Edwin Park"}),
    (_EK + "Crowds filled Edwin Park and Marlow Plaza.", {"Edwin Park"}),
])
def test_park_listed_with_a_place(body, absent):
    names = _people(body)
    assert "Tomas Ek" in names and not absent & names


@pytest.mark.parametrize(("body", "present"), [
    # near misses: people listed with people, or marked as people
    (_EK + "Rosa Hill and Mia Park were there.", {"Rosa Hill", "Mia Park"}),
    (_EK + "Lecturer Edwin Park and Jo Roe said the square was packed.", {"Edwin Park"}),
])
def test_park_surnames_stay_people(body, present):
    assert present <= _people(body)


@pytest.mark.parametrize(("body", "absent"), [
    # a firm named like a person: a period's accounts after "for the", or its outlets right after the name
    (_EK + "Corwin Abbott reported a loss for the half.", {"Corwin Abbott"}),
    (_EK + "Corwin Abbott posted a record net profit for the full year.", {"Corwin Abbott"}),
    (_EK + "Shoppers queued outside Corwin Abbott stores on Friday.", {"Corwin Abbott"}),
])
def test_firm_named_like_a_person(body, absent):
    names = _people(body)
    assert "Tomas Ek" in names and not absent & names


@pytest.mark.parametrize("body", [
    # near misses: a person reporting a firm's accounts, or owning stores
    _EK + "Corwin Abbott reported a loss for Velmora in the half, she said.",
    _EK + "Corwin Abbott's stores closed, she said.",
    # review of peopleC: "stores" and "branches" as the name's verbs, not a firm's outlets
    _EK + "Corwin Abbott stores his bikes in the garage, he said.",
    _EK + "Corwin Abbott stores her medals in a shoebox.",
    _EK + "Chef Corwin Abbott branches out into catering next month, he said.",
    _EK + "Corwin Abbott stores them in the shed.",
])
def test_person_beside_a_firms_accounts(body):
    assert "Corwin Abbott" in _people(body)
