"""Made-up cases: a date is no organisation's name (events round 3, #15).

(1) A sentence's opening time phrase ("Last Wednesday", "Next Monday") is not read into the capitalised run of the
organisation that follows it; (2) a calendar word after a research noun's "by" is a deadline, not the author.
Near misses first: names that open with such a word, and authors after "by", stay what they were."""
from __future__ import annotations

import pytest

from loaders.extract.gazetteer import find_places_and_organisations
from loaders.extract.orgnames import organisation_names
from loaders.extract.parties import piece_authors


def names_in(body: str) -> list[str]:
    return [name for _, _, name in organisation_names(body, 0, len(body), [], {})]


@pytest.mark.parametrize("body, expected", [
    # near misses: the word before a name is kept when no day or month follows it, or when it is the name's own
    ("Last Chance Foundation signed the lease.", "Last Chance Foundation"),
    ("Next Generation Trust opened a school.", "Next Generation Trust"),
    ("Early Learning Council met staff.", "Early Learning Council"),
    ("The Bank of Thailand kept its rate.", "Bank of Thailand"),
    # positives: an opening time phrase before the name
    ("Last Wednesday the Bank of Thailand kept its rate.", "Bank of Thailand"),
    ("Next Monday the Harbour Authority will vote.", "Harbour Authority"),
    ("Late March the Water Board raised fees.", "Water Board"),
])
def test_an_opening_time_phrase_is_no_part_of_the_name(body, expected):
    names = names_in(body)
    assert expected in names
    assert not any(name != expected and name.endswith(expected) for name in names)


def authors(body: str, noun: str) -> list[str]:
    start = body.index(noun)
    return piece_authors(body, (start, start + len(noun)), len(body), find_places_and_organisations(body), [], {})


@pytest.mark.parametrize("body, noun, expected", [
    # near misses: an author after "by", one whose name opens with a calendar word among them
    ("A report by Oxfam said prices rose.", "report", ["Oxfam"]),
    ("A study by May Holdings found prices rose.", "study", ["May Holdings"]),
    ("An audit by Sunday Media Group found errors.", "audit", ["Sunday Media Group"]),
    # positives: a deadline after "by"
    ("The board must file a compliance report by July 23.", "report", []),
    ("The agency must finish the audit by Friday.", "audit", []),
    ("Officials will publish a study by March 2027.", "study", []),
    ("The council wants a survey by June 1st, 2026.", "survey", []),
])
def test_a_date_after_by_is_a_deadline_not_an_author(body, noun, expected):
    assert authors(body, noun) == expected
