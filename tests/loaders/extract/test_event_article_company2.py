"""The article's one company (parties.article_company), fix round for round 2 (a reviewer's made-up articles,
expectations written before the change): a name given a company's apposition ("Tarnholm Lines, Norway's largest
ferry operator,") is a company; a name after from/by/with (the other side of a purchase, a loan) is not the one
"the company" takes up when another candidate is named; and a performance ("The company performed") is a troupe's,
so "the company" there takes up no company.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_event_parties_stress import assert_row_actors

# key: (body, trigger, actors)
ROWS = {
    "apposed operator against the seller": (
        "Tarnholm Lines, Norway's largest ferry operator, bought two ships from Brenn Shipyard last year.\n\n"
        "The company announced on Monday that it would open a route to Kiel.", "announced", {"Tarnholm Lines"}),
    "a troupe's performance": (
        "The Kenyan dance troupe Sarakasi received a loan from Equity Bank Holdings.\n\nThe company performed in "
        "Nairobi on Saturday and signed a deal with Uganda on Monday.", "performed", set()),
    "a sponsored ballet's performance": (
        "Tarn Medical Corporation sponsors the Royal Ballet.\n\nThe company performed Swan Lake in Nairobi on "
        "Saturday, the ballet's first tour in Africa.", "performed", set()),
    # near misses
    "near miss: buyer with a head word against the seller": (
        "Tarnholm Shipping bought two ships from Brenn Shipyard last year.\n\nThe company announced on Monday that "
        "it would open a route to Kiel.", "announced", {"Tarnholm Shipping"}),
    "near miss: the one company, after 'from'": (
        "Two ferries were bought from Brenn Shipyard last year.\n\nThe company announced on Monday that it would "
        "open a yard in Kiel.", "announced", {"Brenn Shipyard"}),
    "near miss: one company": (
        "Tarn Medical Corporation posted record profits last year.\n\nAnalysts were surprised.\n\nThe company signed "
        "a supply deal with Kenya on Tuesday.", "signed", {"Tarn Medical Corporation", "Kenya"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_article_company_rows(key):
    body, trigger, actors = ROWS[key]
    assert_row_actors(body, trigger, actors)
