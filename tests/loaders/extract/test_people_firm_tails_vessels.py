"""People step, issue 9 second round (made-up snippets, written before the fix): a capitalised pair ending in a
company's word no family bears ("Rail", "Air", "Water", "Composite") is a firm, not a person; one ending in a word
a family bears as well ("Power") is a firm only when its first word is no given name ("Samantha Power" stays a
person). A name right after a slashed vessel prefix ("F/B", "M/V", "F/V") is a boat's. "Force" is an
organisation's word ("Kestel Police Force")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


_EK = "Farmers waited for rain, said grower Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    # firms named after a place or a coined word and their trade
    (_EK + "Kestel Rail said the trains were late.", {"Tomas Ek"}, {"Kestel Rail"}),
    (_EK + "A spokesman for Kestel Rail said trains were late.", {"Tomas Ek"}, {"Kestel Rail"}),
    (_EK + "Brora Air said flights were late.", {"Tomas Ek"}, {"Brora Air"}),
    (_EK + "Varn Water said pipes burst across the town.", {"Tomas Ek"}, {"Varn Water"}),
    (_EK + "Kestel Power said prices would rise.", {"Tomas Ek"}, {"Kestel Power"}),
    (_EK + "The workers are employed by Dorva Apparels and Dorva Knit Composite, sister firms.", {"Tomas Ek"},
     {"Dorva Knit Composite"}),
    (_EK + "The workers are employed by Mira Apparels and Mira Knit Composite, sister firms.", {"Tomas Ek"},
     {"Mira Knit Composite"}),
    (_EK + "Officers of the Kestel Police Force said the road was shut.", {"Tomas Ek"}, {"Kestel Police Force"}),
    # near misses: a given name before a word families bear stays a person
    (_EK + "Samantha Power said the plan was bad.", {"Samantha Power", "Tomas Ek"}, set()),
    (_EK + "Ana Power, a nurse, said the ward was full. Power said she was tired.", {"Ana Power"}, set()),
    (_EK + "Rail union leader Jo Kerr said the strike would go ahead.", {"Jo Kerr"}, set()),
    (_EK + "Air force pilot Dan Roe said the jet was lost.", {"Dan Roe"}, set()),
])
def test_company_word_tails(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "present", "absent"), [
    (_EK + "The boat, the F/B Santo Vela, was one of four wooden boats that sailed.", {"Tomas Ek"}, {"Santo Vela"}),
    (_EK + "The M/V Ana Kell sank off the coast on Monday.", {"Tomas Ek"}, {"Ana Kell"}),
    (_EK + "Crew of the F/V Mary Lund were rescued.", {"Tomas Ek"}, {"Mary Lund"}),
    # near misses: a slash between other words before a name
    (_EK + "The 24/7 shop owner Ana Kell said sales fell.", {"Ana Kell"}, set()),
    (_EK + "Either he/she or Ana Kell will sign the deal.", {"Ana Kell"}, set()),
    (_EK + "Captain Jun Vela of the F/B Santo Rey said the boat was hit.", {"Jun Vela"}, {"Santo Rey"}),
])
def test_slashed_vessel_prefixes(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
