"""People step, issue 9 second round (made-up snippets, written before the fix): a word that leads to a date ("since",
"late", "in", "on") makes the month or weekday after it a date only within its own sentence; one that ends the
sentence before ("... not been paid since. Jun Madriaga, who ...") leads to nothing, and the month word opening the
next sentence is a given name."""
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
    (_EK + "The subsidy was paid in August and has not been paid since.\nJun Maderal, who captained the boat, "
     "does the sums.\nMaderal laughs.", {"Jun Maderal"}, set()),
    (_EK + "The subsidy is late. Jun Maderal, who captained the boat, does the sums.", {"Jun Maderal"}, set()),
    (_EK + "Nobody has fished there since. Jan Kowalik, a skipper, said so.", {"Jan Kowalik"}, set()),
    # near misses: within one sentence the lead still makes a date
    (_EK + "The mill reopens in Jan Kowalik said.", {"Tomas Ek"}, {"Jan Kowalik"}),
    (_EK + "Talks resume on Sunday Morning Live, the show said.", {"Tomas Ek"}, {"Sunday Morning Live"}),
])
def test_a_date_lead_stays_in_its_sentence(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
