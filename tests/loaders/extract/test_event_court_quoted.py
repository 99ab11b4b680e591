"""The article's one court (`parties.ArticleEntities.sole_body`, read for a court's act told without a court: "was
sentenced on Wednesday") is counted among the bodies the narration names: a court named only inside a quotation
("We are confident the Court of Appeal will see it differently") is what someone said, not a second court of the
article (issue 15, events round 2: never across a quote boundary). Made-up rows, published Wednesday 10 March
2010; expected actors written before the code. Near misses: the second court named outside the quotation.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import _row_event
from tests.loaders.extract.test_events import events_of

_CONVICTED = "Ana Silva was convicted last month in the Brenn Circuit Court of fraud.\n\n"
_SENTENCED = "\n\nSilva was sentenced on Wednesday to seven years in prison."

# key: (body, people, trigger, actors)
ROWS = {
    "a second court only in a quotation": (
        _CONVICTED + "Her lawyer said she would appeal. \"We are confident the Court of Appeal will see it "
        "differently,\" he said." + _SENTENCED, ("Ana Silva",), "sentenced", {"Brenn Circuit Court"}),
    # near misses: the second court in the narration leaves the act's court unknown
    "near miss: a second court in the narration": (
        _CONVICTED + "Her lawyer said she would take the case to the Court of Appeal." + _SENTENCED,
        ("Ana Silva",), "sentenced", set()),
    # ... and a court named only in a quotation is no court of the article when it is the only one
    "near miss: the only court is in a quotation": (
        "Ana Silva's lawyer said she would appeal. \"We are confident the Court of Appeal will see it "
        "differently,\" he said." + _SENTENCED, ("Ana Silva",), "sentenced", set()),
    # a passive with a time adverbial between its auxiliary and the participle is still the court's act ("was on
    # Wednesday sentenced", "was last month convicted")
    "passive with a day between": (
        _CONVICTED + "A former councillor was on Wednesday sentenced to seven years in prison.", (), "sentenced",
        {"Brenn Circuit Court"}),
    # near miss: an active verb after a day keeps its own agent, no court
    "near miss: an active verb after a day": (
        _CONVICTED + "The referee on Wednesday sentenced the striker to a three-match ban.", (), "sentenced",
        set()),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_court_outside_quotes(key):
    body, people, trigger, actors = ROWS[key]
    event = _row_event(body, events_of(body, *people), trigger)
    assert event is not None, "no event over the trigger"
    assert set(event.actors) == actors
