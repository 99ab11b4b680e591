"""People step, issue 9 second round (made-up snippets, written before the fix): "Supervisor" is an office title
(a US county's board: "Tulare County Supervisor Ana Ruelas"), so a place and a body's word before it make the
office's body, not an organisation swallowing the name; the board itself names no person."""
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
    (_EK + "Varna County Supervisor Ana Ruelas, whose district includes Dorva, told reporters she expects a vote. "
     "\"If they vote no, the state will do it,\" Ruelas said.", {"Ana Ruelas", "Tomas Ek"}, set()),
    (_EK + "Kern County Supervisor Lena Ott said the wells were dry.", {"Lena Ott"}, set()),
    (_EK + "Supervisor Lena Ott said the wells were dry.", {"Lena Ott"}, set()),
    # near misses: the board and the office's plural name nobody
    (_EK + "The Varna County Board of Supervisors voted 4-1 on Tuesday.", {"Tomas Ek"},
     {"Varna County Board", "Varna County", "Supervisors"}),
    (_EK + "Varna County Supervisors said the wells were dry.", {"Tomas Ek"}, {"Varna County Supervisors"}),
])
def test_supervisor_is_a_title(body, present, absent):
    names = _names(body)
    assert present <= names
    assert not absent & names
