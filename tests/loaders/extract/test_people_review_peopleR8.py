"""People step, issue 9, review of peopleR8 (made-up articles): the full name a headline gives a person the body
writes only by surname is refused where it names someone else: a given name of the other gender than the body's
honorific or family noun says ("Kevin Harlow remembered" over "Mrs. Harlow, his widow,"), a possessive before a
family noun ("Jacob Mbeki's son enters race": the body's Mbeki is the son), a question's opening auxiliary that is a
given name too ("Will Okafor Run Again?"); and the stored name drops the headline's invisible characters. Near
misses: the same headlines where the gender fits, the possessive owns no relative, the headline asks nothing or the
given name is not its first word."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(title: str, body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, title=title)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("title", "body", "expected"), [
    # c19: a woman, "his widow", is not the headline's Kevin
    ("Kevin Harlow remembered", "Hundreds attended the service. Mrs. Harlow, his widow, said he loved the town.",
     "Harlow"),
    ("Helen Marsh honoured at gala", "The hall was full. Mr. Marsh, her husband, said she would have laughed.",
     "Marsh"),
    # e01: the headline's possessive name owns a relative
    ("Ex-President Jacob Mbeki's son enters race",
     "Mr. Mbeki, 41, said he would run for the seat his father once held.", "Mbeki"),
    ("Ruth Calder's daughter takes the helm", "Ms. Calder, 38, said the firm would keep its staff.", "Calder"),
    # e02: a question's auxiliary is no given name
    ("Will Okafor Run Again?",
     "Supporters are waiting for an answer. Senator Okafor has not said whether she will stand in 2028.", "Okafor"),
    ("Can Duran Hold On?", "The vote is on Friday. Mayor Duran said she expected to win.", "Duran"),
    # e04: the headline's invisible characters stay out of the stored name
    ("Anna \u200bOberholzer takes office",
     "The new mayor was sworn in on Monday. Councillor Oberholzer said she would cut fees.", "Anna Oberholzer"),
    ("Anna\u00a0\u2060Oberholzer takes office",
     "The new mayor was sworn in on Monday. Councillor Oberholzer said she would cut fees.", "Anna Oberholzer"),
])
def test_headline_full_name_refused_or_cleaned(title, body, expected):
    assert _names(title, body) == {expected}


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Kevin Harlow retires", "The mill closed on Friday. Mr. Harlow, 64, said he would miss the work.", "Kevin Harlow"),
    ("Jane Harlow mourns husband", "Hundreds attended the service. Mrs. Harlow, his widow, said he loved the town.",
     "Jane Harlow"),
    ("Kevin Harlow remembered", "Hundreds attended the service. Mayor Harlow had led the town for years.",
     "Kevin Harlow"),
    ("Jacob Mbeki's bid ends", "Mr. Mbeki, 71, said he would not run for the seat again.", "Jacob Mbeki"),
    ("Ruth Calder's firm takes the helm", "Ms. Calder, 38, said the firm would keep its staff.", "Ruth Calder"),
    ("Will Okafor wins seat", "The count ended at dawn. Senator Okafor said he was grateful.", "Will Okafor"),
    ("Why Will Okafor quit?", "The count ended at dawn. Senator Okafor said he was tired.", "Will Okafor"),
    ("Can Duran holds on in Izmir", "The vote was on Friday. Mayor Duran said he expected to win.", "Can Duran"),
    ("Anna Oberholzer takes office",
     "The new mayor was sworn in on Monday. Councillor Oberholzer said she would cut fees.", "Anna Oberholzer"),
])
def test_headline_full_name_still_given(title, body, expected):
    assert _names(title, body) == {expected}


def _roles(body: str) -> dict[str, list[str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions] for person in extract_people(article, Registry())}


# The review's note: a role keeps the text as written, less the soft hyphens and zero-width characters in its words.
@pytest.mark.parametrize(("body", "expected"), [
    ("Coun\u00adcil\u00adlor Anna Berg said the fees would fall.", {"Anna Berg": ["Councillor"]}),
    ("Gov\u00adernor Amy Lund said the budget was tight.", {"Amy Lund": ["Governor"]}),
    ("May\u200bor Ana Roe said the school would open.", {"Ana Roe": ["Mayor"]}),
])
def test_role_drops_invisible_characters(body, expected):
    assert _roles(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Councillor Anna Berg said the fees would fall.", {"Anna Berg": ["Councillor"]}),
    ("Governor Amy Lund said the budget was tight.", {"Amy Lund": ["Governor"]}),
    ("Mayor Ana Roe said the school would open.", {"Ana Roe": ["Mayor"]}),
])
def test_role_as_written_stays(body, expected):
    assert _roles(body) == expected
