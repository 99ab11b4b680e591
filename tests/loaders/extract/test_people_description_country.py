"""A person the article gives no country of their own takes the one country a later description of them names
(`people._description_countries`); the article's own country stays for anyone else."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _countries(body: str) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body,
                            outlet_domain="riverpost.co.tt")
    return [(person.name, person.country) for person in extract_people(article, Registry())]


@pytest.mark.parametrize(("body", "expected"), [
    # a description naming a country: the person's
    ("The talks in Port of Spain ended on Monday.\n\nChile's foreign minister told reporters the talks went well. "
     "Foreign Minister Ana Roe added that a deal was near.", [("Ana Roe", "Chile")]),
    # ... with a dateline too, where no sentence tells of hosting
    ("PORT OF SPAIN — Chile's foreign minister told reporters the talks went well.\n\nForeign Minister Ana Roe "
     "added that a deal was near.", [("Ana Roe", "Chile")]),
    # near misses: a description of another office names no country of hers
    ("The talks in Port of Spain ended on Monday.\n\nChile's trade minister told reporters the talks went well. "
     "Foreign Minister Ana Roe added that a deal was near.", [("Ana Roe", "Trinidad and Tobago")]),
    # ... no description, or one naming no country: the article's country
    ("Foreign Minister Ana Roe arrived in Port of Spain on Monday.\n\nThe talks went well, Roe said.",
     [("Ana Roe", "Trinidad and Tobago")]),
    ("Foreign Minister Ana Roe arrived in Port of Spain on Monday.\n\nThe minister said the talks went well.",
     [("Ana Roe", "Trinidad and Tobago")]),
    # ... a country of the name's own title stands
    ("Peruvian Foreign Minister Ana Roe arrived in Port of Spain on Monday.\n\nThe minister said the talks went "
     "well.", [("Ana Roe", "Peru")]),
    # ... (peopleR45 review) a sentence telling of one side hosting or meeting another ("his host", "welcomed",
    # "counterpart"): the description may be the visitor's, the name the host's; the article's country stays
    ("PORT OF SPAIN — Chile's foreign minister arrived on Monday and met his counterpart.\n\nForeign Minister "
     "Ana Roe said a deal was near.", [("Ana Roe", "Trinidad and Tobago")]),
    ("PORT OF SPAIN — Chile's foreign minister arrived on Monday.\n\nForeign Minister Ana Roe, his host, said "
     "a deal was near.", [("Ana Roe", "Trinidad and Tobago")]),
    ("PORT OF SPAIN — Chile's foreign minister arrived on Monday.\n\nForeign Minister Ana Roe welcomed the "
     "delegation.", [("Ana Roe", "Trinidad and Tobago")]),
])
def test_a_description_names_the_persons_country(body, expected):
    assert _countries(body) == expected
