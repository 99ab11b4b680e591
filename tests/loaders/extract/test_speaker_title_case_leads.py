"""A title-case lead line ('Tom Vidal Thanked Pell For Making Larch Bank Her First Business Audience. “…”') names the
speaker of the quotation after it, instead of the quotation going on quoting the speaker of the excerpt before.
Near misses: the same line in sentence case, a title-case line whose subject is no name, a lead of too few
title-case words. Made-up texts."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.extract.speaker_leads import title_case_lead
from loaders.records import ArticleRecord
from loaders.registry import Registry

BEFORE = "Nora Pell spoke to bankers in 2013.\n\n“We need calm markets,” Pell said.\n\n"


@pytest.mark.parametrize(
    "line, name",
    [
        ("Tom Vidal Thanked Pell For Making Larch Bank Her First Business Audience. ", "Tom Vidal"),
        ("Tom Vidal Says The Bank Is Ready To Lend Again: ", "Tom Vidal"),
        ("Ana Maria Soto Told Bankers The Rules Would Change. ", "Ana Maria Soto"),
        # near misses
        ("Tom Vidal thanked Pell for making Larch Bank her first business audience. ", None),  # sentence case
        ("Pell Speech For Larch Bank Investors. ", None),          # no verb after the name
        ("Tom Vidal Thanked Pell. ", None),                        # too few title-case words
        ("The Bank Said Rates Would Rise Again Soon. ", None),     # no name: a determiner opens it
        ("Vidal Thanked Pell For Making Larch Bank Her Audience. ", None),  # one word, nobody the cast has there
        ("Tom Vidal Thanked Pell For making Larch Bank her first audience. ", None),  # not title case
    ],
)
def test_a_title_case_lead_line_gives_a_name(line, name):
    body = BEFORE + line + "“Well, thank you for coming here today.”"
    opening = body.index("“Well")
    found = title_case_lead(body, body.rindex("\n", 0, opening) + 1, opening)
    assert (body[found[0]:found[1]] if found else None) == name


@pytest.mark.parametrize(
    "line, name, label",
    [
        ("Tom Vidal Thanked Pell For Making Larch Bank Her First Business Audience. ", None, "Tom Vidal"),
        ("Pell Said The Blame Lay With Larch Bank. ", "Nora Pell", None),
        # near misses: prose and a heading with no name go on quoting Pell
        ("Pell Speech For Larch Bank Investors. ", "Nora Pell", None),
        ("The Bank Said Rates Would Rise Again Soon. ", "Nora Pell", None),
    ],
)
def test_the_quote_after_a_title_case_lead_is_its_subjects(line, name, label):
    text = BEFORE + line + "“Well, thank you all for coming here today.”"
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=text, body=text)
    people = extract_people(article, Registry())
    quotes = [q for q in extract_quotes(article, people, Registry()) if q.text.startswith("Well")]
    assert [(q.speaker_name, q.speaker_label) for q in quotes] == [(name, label)]


def test_a_quote_inside_a_title_case_line_and_the_next_one():
    text = (BEFORE + "Tom Vidal Thanked Pell For Making Larch Bank Her First Business Audience. “Well, Madam "
            "Secretary, thank you for coming here today.”\n\nPell Joked It’s “Risky” For Her To Speak To A Group Of "
            "Bankers. “I am glad to be here with all of you tonight.”")
    article = ArticleRecord(source_path="x", source_format="txt", raw_text=text, body=text)
    people = extract_people(article, Registry())
    glad = [q for q in extract_quotes(article, people, Registry()) if q.text.startswith("I am glad")]
    assert [q.speaker_name for q in glad] == ["Nora Pell"]
