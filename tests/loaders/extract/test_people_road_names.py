"""People step (made-up snippets, written before the fix): a road, a wharf or a dam is often named after a given
name ("Annie Street", "Elizabeth Drive", "George Lane", "Somerset Dam"). A run ending in a road's or a works' word
no family bears (`not_people.INSTITUTION_TAILS`: drive, dam, wharf, terrace, oval, reserve...) is the place unless it is described
as a person; one ending in a word families bear too (`not_people.ROAD_TAILS_FAMILIES_BEAR`: street, lane) is the
place unless it speaks, is titled or described, or its surname speaks alone ("Paul Street said")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name for p in extract_people(article, Registry())}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "absent"), [
    (_EK + "Police closed Annie Street after the crash.", {"Annie Street"}),
    (_EK + "The crash happened on Annie Street near the school.", {"Annie Street"}),
    (_EK + "A fire broke out in a house on Mary Street.", {"Mary Street"}),
    (_EK + "Traffic was diverted down Victoria Street and Albert Street.", {"Victoria Street", "Albert Street"}),
    (_EK + "Crews worked at the corner of Adelaide Street and Edward Street.", {"Adelaide Street", "Edward Street"}),
    (_EK + "The site is off George Lane in the city centre.", {"George Lane"}),
    (_EK + "A man was hit by a car on Elizabeth Drive.", {"Elizabeth Drive"}),
    (_EK + "Rescuers reached Wivenhoe Dam and Somerset Dam.", {"Somerset Dam"}),
    (_EK + "The new bridge links Kangaroo Point and Howard Smith Wharves.", {"Howard Smith Wharves"}),
    (_EK + "Stalls lined Victoria Terrace on Sunday.", {"Victoria Terrace"}),
    (_EK + "Crowds filled Marvel Oval and Arthur Reserve.", {"Marvel Oval", "Arthur Reserve"}),
    (_EK + "The show moved to the Edward Showgrounds.", {"Edward Showgrounds"}),
])
def test_road_named_after_a_given_name(body, absent):
    names = _people(body)
    assert "Tomas Ek" in names
    assert not absent & names


@pytest.mark.parametrize(("body", "present"), [
    # near misses: people whose surname is a road's word
    (_EK + "Paul Street said the road was unsafe.", {"Paul Street"}),
    (_EK + "Actor Nathan Lane won the award.", {"Nathan Lane"}),
    (_EK + "Mia Lane, a nurse, treated the boys.", {"Mia Lane"}),
    (_EK + "Mia Lane scored twice. Lane said the team had earned it.", {"Mia Lane"}),
    (_EK + "\"It was close,\" said Mia Lane.", {"Mia Lane"}),
    (_EK + "Ana Oval, a nurse, treated the boys.", {"Ana Oval"}),
])
def test_people_with_road_surnames(body, present):
    assert present <= _people(body)
