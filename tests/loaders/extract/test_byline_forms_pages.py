"""Bylines, authors and outlet names on made-up copied pages (#10, #9: bylines, credits and site names never become
people). Each page prints its byline the way some outlet does -- capitals joined by 'and', a role after a bar or a
comma, 'Written by' / 'Story by', a wire's 'Reporting by ...; Editing by ...' under the headline or at the end, a
place after 'in', a desk or an agency instead of a person, a handle, initials, particles, hyphens, family name
first, a byline run together with a reading time and a date, a byline after the body -- under an outlet banner
(a name, a logo's alt text, 'Home - <name>', a copyright line). Near misses: a lede opening 'By the end of', 'story
by' in prose, a person named in a caption. Outlets and people are invented. The expected byline (as printed, the
way the gold sets keep it), authors and outlet name of every row were written before the article step was run."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = """The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate.
The extension will add six stops and is expected to open in 2029, the council said.
Opponents said the money would be better spent on buses in the outer suburbs.
"This is the right line in the right place," the council's transport chair told reporters."""


def _page(top: str, bottom: str = "") -> str:
    return top + "\n" + _BODY + ("\n" + bottom if bottom else "")


# name, page, byline as printed, authors, outlet name
PAGES = [
    ("caps_and", _page("""The Portland Daily Herald
News
Council votes to extend tram line to airport
By JANE ROE and JOHN DOE
June 4, 2026"""), "By JANE ROE and JOHN DOE", ["JANE ROE", "JOHN DOE"], "The Portland Daily Herald"),
    ("bar_role", _page("""Harbour Times
Local
Council votes to extend tram line to airport
Jane Roe | Staff Reporter
June 4, 2026"""), "Jane Roe | Staff Reporter", ["Jane Roe"], "Harbour Times"),
    ("comma_role", _page("""Valley Gazette
Council votes to extend tram line to airport
Marta Kowalczyk, Correspondent
4 June 2026"""), "Marta Kowalczyk, Correspondent", ["Marta Kowalczyk"], "Valley Gazette"),
    ("written_by", _page("""Lakeside Observer
Council votes to extend tram line to airport
Written by Tomasz Nowicki
June 4, 2026"""), "Written by Tomasz Nowicki", ["Tomasz Nowicki"], "Lakeside Observer"),
    ("story_by", _page("""Coastal Courier
Council votes to extend tram line to airport
Story by Aroha Ngata
June 4, 2026"""), "Story by Aroha Ngata", ["Aroha Ngata"], "Coastal Courier"),
    ("reporting_editing_top", _page("""Council votes to extend tram line to airport
Reporting by Jane Roe; Editing by John Doe
June 4, 2026"""), "Reporting by Jane Roe; Editing by John Doe", ["Jane Roe"], None),
    ("reporting_editing_end", _page("""Northern Wire
Council votes to extend tram line to airport
June 4, 2026""", "Reporting by Kwame Mensah; Editing by Lucy Hart"),
     "Reporting by Kwame Mensah; Editing by Lucy Hart", ["Kwame Mensah"], "Northern Wire"),
    ("name_in_place", _page("""The Rift Chronicle
Council votes to extend tram line to airport
Amina Odhiambo in Nairobi
June 4, 2026"""), "Amina Odhiambo in Nairobi", ["Amina Odhiambo"], "The Rift Chronicle"),
    ("our_correspondent_from", _page("""Island Mirror
Council votes to extend tram line to airport
From our correspondent
June 4, 2026"""), "From our correspondent", [], "Island Mirror"),
    ("staff_reporter_desk", _page("""Delta Tribune
Council votes to extend tram line to airport
Staff Reporter
June 4, 2026"""), "Staff Reporter", [], "Delta Tribune"),
    ("our_correspondent_desk", _page("""Delta Tribune
Council votes to extend tram line to airport
Our Correspondent
June 4, 2026"""), "Our Correspondent", [], "Delta Tribune"),
    ("news_desk", _page("""Plains Record
Council votes to extend tram line to airport
By News Desk
June 4, 2026"""), "By News Desk", [], "Plains Record"),
    ("agency_byline", _page("""Plains Record
Council votes to extend tram line to airport
By Agence France-Presse
June 4, 2026"""), "By Agence France-Presse", [], "Plains Record"),
    ("handle", _page("""Metro Ledger
Council votes to extend tram line to airport
Jane Roe @janeroe
June 4, 2026"""), "Jane Roe @janeroe", ["Jane Roe"], "Metro Ledger"),
    ("initials", _page("""Metro Ledger
Council votes to extend tram line to airport
By J.R. Whitfield and A. B. Carter
June 4, 2026"""), "By J.R. Whitfield and A. B. Carter", ["J.R. Whitfield", "A. B. Carter"], "Metro Ledger"),
    ("particles", _page("""Metro Ledger
Council votes to extend tram line to airport
By Pieter van der Berg and Ana de la Cruz
June 4, 2026"""), "By Pieter van der Berg and Ana de la Cruz", ["Pieter van der Berg", "Ana de la Cruz"],
     "Metro Ledger"),
    ("hyphens", _page("""Metro Ledger
Council votes to extend tram line to airport
By Anne-Marie Lefèvre-Dubois
June 4, 2026"""), "By Anne-Marie Lefèvre-Dubois", ["Anne-Marie Lefèvre-Dubois"], "Metro Ledger"),
    ("family_first", _page("""Seoul Evening Post
Council votes to extend tram line to airport
By Kim Min-jun and Nguyen Thi Lan
June 4, 2026"""), "By Kim Min-jun and Nguyen Thi Lan", ["Kim Min-jun", "Nguyen Thi Lan"], "Seoul Evening Post"),
    ("read_time_merged", _page("""Council votes to extend tram line to airport
Jane Roe · 3 min read · Jun 4, 2026"""), "Jane Roe", ["Jane Roe"], None),
    ("byline_after_body", _page("""Highland Voice
Council votes to extend tram line to airport
June 4, 2026""", "By Fiona MacLeod"), "By Fiona MacLeod", ["Fiona MacLeod"], "Highland Voice"),
    ("logo_alt", _page("""Prairie Sentinel logo
Menu
Search
Council votes to extend tram line to airport
By Lars Eriksen
June 4, 2026"""), "By Lars Eriksen", ["Lars Eriksen"], "Prairie Sentinel"),
    ("home_dash_banner", _page("""Home - Daily Star
Council votes to extend tram line to airport
By Rafiq Hossain
June 4, 2026"""), "By Rafiq Hossain", ["Rafiq Hossain"], "Daily Star"),
    ("copyright_only", _page("""Council votes to extend tram line to airport
By Lars Eriksen
June 4, 2026""", "© 2026 The Fjord Post. All rights reserved."), "By Lars Eriksen", ["Lars Eriksen"],
     "The Fjord Post"),
    ("byline_with_role_caps", _page("""Capital Times
Council votes to extend tram line to airport
By SIPHO DLAMINI, Political Editor
June 4, 2026"""), "By SIPHO DLAMINI, Political Editor", ["SIPHO DLAMINI"], "Capital Times"),
    ("three_authors", _page("""Capital Times
Council votes to extend tram line to airport
By Jane Roe, John Doe and Li Wei
June 4, 2026"""), "By Jane Roe, John Doe and Li Wei", ["Jane Roe", "John Doe", "Li Wei"], "Capital Times"),
    ("chain_in_brackets_end", _page("""Northern Wire
Council votes to extend tram line to airport
June 4, 2026""", "(Reporting by Kwame Mensah in Accra; Additional reporting by Ama Owusu; Editing by Lucy Hart)"),
     "Reporting by Kwame Mensah in Accra; Additional reporting by Ama Owusu; Editing by Lucy Hart", ["Kwame Mensah"],
     "Northern Wire"),
    # near misses: a related story's byline under its headline after the body; a top byline outranks a closing one
    ("related_byline_after_body", _page("""Highland Voice
Council votes to extend tram line to airport
June 4, 2026""", "Related: Bus fares to rise in January\nBy Fiona MacLeod"), None, [], "Highland Voice"),
    ("top_byline_wins", _page("""Highland Voice
Council votes to extend tram line to airport
By Ewan Grant
June 4, 2026""", "Reporting by Kwame Mensah; Editing by Lucy Hart"), "By Ewan Grant", ["Ewan Grant"], "Highland Voice"),
    # near miss: a menu word before a section name is no site's title
    ("home_dash_section", _page("""Home - Latest News
Valley Gazette
Council votes to extend tram line to airport
By Rafiq Hossain
June 4, 2026"""), "By Rafiq Hossain", ["Rafiq Hossain"], "Valley Gazette"),
    # near misses: no byline; a lede opening 'By the end of', 'story by' in prose, a person named in a caption
    ("lede_by_the_end", """Capital Times
Council votes to extend tram line to airport
June 4, 2026
By the end of the decade, trams will run from the city centre to the airport every six minutes.
The regional council voted on Tuesday to extend the line, ending a decade of debate.
Opponents said the money would be better spent on buses.""", None, [], "Capital Times"),
    ("story_by_in_prose", """Capital Times
Council votes to extend tram line to airport
June 4, 2026
The regional council voted on Tuesday to extend the tram line to the airport.
A story by local historian Ruth Ames first traced the idea of the line to 1911.
Opponents said the money would be better spent on buses.""", None, [], "Capital Times"),
    ("caption_person", """Capital Times
Council votes to extend tram line to airport
June 4, 2026
Transport chair Helen Obi speaks to reporters after the vote on Tuesday.
The regional council voted on Tuesday to extend the tram line to the airport.
Opponents said the money would be better spent on buses.""", None, [], "Capital Times"),
]

IDS = [row[0] for row in PAGES]

# (page, field) rows that the article step does not read yet (strict: a fix must remove its row)
XFAIL = {
}


def _rows(field: str) -> list:
    return [pytest.param(*row, id=row[0], marks=pytest.mark.xfail(strict=True, reason="not read yet"))
            if (row[0], field) in XFAIL else pytest.param(*row, id=row[0]) for row in PAGES]


def _article(text: str):
    return extract_article(SourceDocument("x", "txt", text), Registry())


@pytest.mark.parametrize("name, text, byline, authors, outlet", _rows("byline"))
def test_byline_as_printed(name, text, byline, authors, outlet):
    assert _article(text).byline == byline


@pytest.mark.parametrize("name, text, byline, authors, outlet", _rows("authors"))
def test_authors(name, text, byline, authors, outlet):
    assert _article(text).authors == authors


@pytest.mark.parametrize("name, text, byline, authors, outlet", _rows("outlet"))
def test_outlet(name, text, byline, authors, outlet):
    assert _article(text).outlet_name == outlet
