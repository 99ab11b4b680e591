"""A denial told by its statement ("denied reports that the bank had sold ...") gets the actor its content clause's
subject describes: a body's head taking up the body named before that fits (`events._DESCRIBED_SUBJECT`,
`orgnames.ArticleBodies`; made-up texts, published 13 October 2031)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of


def _denied_actors(body):
    return [e.actors for e in events_of(body, "Karl Brenner", "Lena Marsh", published=date(2031, 10, 13))
            if e.status == "denied"]


@pytest.mark.parametrize("body, expected", [
    ("The Central Bank of Varrow kept its rate at 7 percent on Monday.\n\nGovernor Lena Marsh denied reports that the"
     " bank had sold foreign currency to support the krona in September.", [["Central Bank of Varrow"]]),
    ("The Kestle Water Authority raised tariffs in 2029.\n\nKarl Brenner denied claims that the authority had"
     " quietly cut maintenance.", [["Kestle Water Authority"]]),
    # two banks named in one sentence: "the bank" is neither (`ArticleOrganisations.refers_to`); in two sentences,
    # the later one
    ("Holm Savings Bank and Varn Trust Bank have both lost customers.\n\nKarl Brenner on Monday denied reports"
     " that the bank had sold its insurance arm.", [[]]),
    ("Holm Savings Bank has lost customers. Varn Trust Bank has gained them.\n\nKarl Brenner on Monday denied"
     " reports that the bank had sold its insurance arm.", [["Varn Trust Bank"]]),
    # near misses: a generic plural ("banks") and an indefinite ("a board") take up no body
    ("The Central Bank of Varrow kept its rate at 7 percent on Monday.\n\nGovernor Lena Marsh denied reports that"
     " banks had sold foreign currency to support the krona in September.", [[]]),
    ("The Central Bank of Varrow kept its rate at 7 percent on Monday.\n\nGovernor Lena Marsh denied reports that"
     " a bank had sold foreign currency to support the krona in September.", [[]]),
])
def test_a_denied_contents_description_is_the_body_named_before(body, expected):
    assert _denied_actors(body) == expected
