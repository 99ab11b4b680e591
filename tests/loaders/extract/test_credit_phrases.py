"""The one table of byline and credit phrases (`data.credits.CREDIT_PHRASES`): every phrase is read where its
uses say, by the module that reads that use."""
from __future__ import annotations

import re

import pytest

from loaders.extract import boilerplate, html_article, pageblocks, text_article
from loaders.extract.data.credits import CREDIT_PHRASES, credit_phrases
from loaders.extract.furniture_names import _BEFORE


def _cased(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _rows(use: str) -> list[str]:
    return [phrase for phrase, uses in CREDIT_PHRASES if use in uses]


def test_every_phrase_has_a_known_use_and_appears_once():
    known = {"byline", "alone", "author", "credits", "html", "name", "dated"}
    phrases = [phrase for phrase, _ in CREDIT_PHRASES]
    assert len(phrases) == len(set(phrases))
    assert all(uses and set(uses) <= known for _, uses in CREDIT_PHRASES)
    assert credit_phrases("byline")[-1] == "by"  # longest first: "written by" is tried before "by"


@pytest.mark.parametrize("phrase", _rows("byline"))
def test_byline_phrases_open_a_byline(phrase):
    assert pageblocks.is_byline(f"{_cased(phrase)} Jane Roe")
    assert text_article._BY_PREFIX.sub("", f"{_cased(phrase)} Jane Roe") == "Jane Roe"


@pytest.mark.parametrize("phrase", _rows("alone"))
def test_alone_phrases_stand_over_the_name(phrase):
    assert text_article._BY_ALONE.match(f"{_cased(phrase)}:")


@pytest.mark.parametrize("phrase", _rows("author"))
def test_author_phrases_mark_a_headline_block_line_but_no_byline(phrase):
    assert pageblocks._BYLINE.match(f"{_cased(phrase)} Jane Roe")
    assert not pageblocks.BYLINE.match(f"{_cased(phrase)} Jane Roe")


@pytest.mark.parametrize("phrase", _rows("credits"))
def test_credits_phrases_open_a_credits_line(phrase):
    assert boilerplate.classify_line(f"{_cased(phrase)} Jane Roe in Riverton; Editing by John Doe") == "credits"


@pytest.mark.parametrize("phrase", _rows("html"))
def test_html_phrases_open_an_html_byline(phrase):
    assert html_article._BYLINE_START.match(f"{_cased(phrase)} Jane Roe")


@pytest.mark.parametrize("phrase", [phrase for phrase, _ in CREDIT_PHRASES if phrase.endswith(" by")])
def test_every_role_credits_a_name_for_the_people_step(phrase):
    row = dict(_BEFORE)["byline"]
    assert row.search(f"{_cased(phrase)} ")
    assert not re.search(row, "the minister said ")
