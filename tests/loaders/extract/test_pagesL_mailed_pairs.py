"""pagesL: a second writer's name over her own address right under the first pair ("Kim Soo-min" /
"kimsm@..." / "Park Ji-won" / "jwpark@...") is the byline's second author (review E7). Near misses: one pair
alone, a second name with no address, a second address the name does not own and no known given name, a
ministry's contact, a role line under the pair, a date right under the pair."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

HEAD = "The Seoul Courier\nEconomy\nChipmakers lift exports to two-year high\n"
BODY = ("2026.03.02\nSouth Korea's exports rose 14 percent in February from a year earlier, led by memory chips.\n"
        "Shipments of semiconductors reached a record $13.2 billion.\n"
        "Exports to China rose for the fifth straight month.")

PAGES = [
    ("two_pairs", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\nPark Ji-won\njwpark@seoulcourier.example\n" + BODY,
     ["Kim Soo-min", "Park Ji-won"]),
    ("two_pairs_one_line", HEAD + "Kim Soo-min kimsm@seoulcourier.example\nPark Ji-won jwpark@seoulcourier.example\n"
     + BODY, ["Kim Soo-min", "Park Ji-won"]),
    ("three_pairs", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\nPark Ji-won\njwpark@seoulcourier.example\n"
     "Lee Min-ho\nmhlee@seoulcourier.example\n" + BODY, ["Kim Soo-min", "Park Ji-won", "Lee Min-ho"]),
    ("given_name_pair", HEAD + "Jane Roe\njroe@seoulcourier.example\nMaria Lopez\nmlopez@seoulcourier.example\n" + BODY,
     ["Jane Roe", "Maria Lopez"]),
    # near misses
    ("one_pair", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\n" + BODY, ["Kim Soo-min"]),
    ("ministry_second", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\nPark Ji-won\njwpark@trade.gov.example\n" + BODY,
     ["Kim Soo-min"]),
    ("desk_second", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\nEconomy Desk\neconomy@seoulcourier.example\n" + BODY,
     ["Kim Soo-min"]),
    ("not_owned_second", HEAD + "Kim Soo-min\nkimsm@seoulcourier.example\nHan River\nnews@seoulcourier.example\n" + BODY,
     ["Kim Soo-min"]),
    ("one_pair_one_line", HEAD + "Kim Soo-min kimsm@seoulcourier.example\n" + BODY, ["Kim Soo-min"]),
    ("given_one_pair", HEAD + "Jane Roe\njroe@seoulcourier.example\n" + BODY, ["Jane Roe"]),
]


@pytest.mark.parametrize("name, text, authors", PAGES, ids=[row[0] for row in PAGES])
def test_mailed_pairs(name, text, authors):
    article = extract_article(SourceDocument("x", "txt", text), Registry())
    assert list(article.authors) == authors
    assert article.title == "Chipmakers lift exports to two-year high"
    assert (article.body or "").startswith("South Korea's exports rose")
