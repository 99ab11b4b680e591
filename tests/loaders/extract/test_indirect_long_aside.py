"""'said the meeting on the pump station, set for Nov. 24 at the Marbeck Centennial Hall, had been put off': an aside
between commas, up to seventy characters and with an abbreviation's full stop (before a number or a lower-case
word) inside it, is passed over when looking for a bare clause's finite verb. Near misses: an aside with no finite
verb after it, the verb's object and its phrases."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Mira Dalton",)

_LEAD = "Floods reached Marbeck on Sunday. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Mira Dalton said the meeting on the new pump station, set for Nov. 24 at the Marbeck Centennial "
         "Hall, had been put off.",
         [("the meeting on the new pump station, set for Nov. 24 at the Marbeck Centennial Hall, had been put off",
           "Mira Dalton")]),
        (_LEAD + "Mira Dalton said the ferry, idle since the storm tore the roof off the old terminal in March, "
         "would sail again.",
         [("the ferry, idle since the storm tore the roof off the old terminal in March, would sail again",
           "Mira Dalton")]),
        # near misses: no finite verb of a clause after the aside
        (_LEAD + "Mira Dalton said the report, written in Jan. 2024 by the old board of the port, in May.", []),
        (_LEAD + "Mira Dalton said the words, late on Nov. 24 at the hall, to the crowd.", []),
        (_LEAD + "Mira Dalton said a prayer, slowly and in a low voice for the whole village, at the pier.", []),
    ],
)
def test_long_aside(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
