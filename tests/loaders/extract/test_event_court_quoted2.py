"""The article's one court when only a quotation names it (fix round for round 2, a reviewer's made-up article,
expectations written before the change): a court the quotation tells acting ("The High Court of Kenya has found the
accused guilty") is the court of the narration's unnamed court acts when the narration names none; a court the
quotation only looks to ("We will take this to the Supreme Court", "the Court of Appeal will see it differently")
stays what was said.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, people, trigger, actors)
ROWS = {
    "a quoted court's verdict": (
        "\"The High Court of Kenya has found the accused guilty,\" the judiciary said in a statement.\n\n"
        "Otieno was sentenced to five years on Tuesday.", (), "sentenced", {"High Court of Kenya"}),
    "near miss: a court appealed to": (
        "Peter Otieno was jailed for fraud on Monday.\n\n\"We will take this to the Supreme Court,\" his lawyer "
        "said.\n\nHe was sentenced to five years on Tuesday.", ("Peter Otieno",), "sentenced", set()),
    "near miss: a court hoped for": (
        "Peter Otieno was jailed for fraud on Monday.\n\n\"We are confident the Court of Appeal will see it "
        "differently,\" his lawyer said.\n\nHe was sentenced to five years on Tuesday.", ("Peter Otieno",),
        "sentenced", set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_quoted_court_rows(key):
    body, people, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors, people)
