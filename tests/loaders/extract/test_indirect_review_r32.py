"""Rows for a reading of the speakersR32 round that was wrong: after a dash aside, an "-ed" word with "by" is a
passive participle with its agent, never a finite verb carrying the reported clause on, whatever the participle
("said grace — a short one — punctuated by coughs"); a finite verb or an "-ed" word without "by" still carries it.
Made-up text."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Runa Fellbrook",)
_MAP = "Runa Fellbrook drew the map. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_MAP + "Fellbrook said the mill — a small one — was sold in May.",
         [("the mill — a small one — was sold in May", "Runa Fellbrook")]),
        (_MAP + "Fellbrook said the barge — a heavy one — capsized in the gale.",
         [("the barge — a heavy one — capsized in the gale", "Runa Fellbrook")]),
        # near misses: participles with their agent, on no list
        (_MAP + "Fellbrook said grace — a short one — punctuated by coughs.", []),
        (_MAP + "Fellbrook said a prayer — a short one — overshadowed by the storm.", []),
        (_MAP + "Fellbrook said goodbye — a quiet one — marked by silence.", []),
    ],
)
def test_ed_by_after_a_dash_aside_is_passive(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
