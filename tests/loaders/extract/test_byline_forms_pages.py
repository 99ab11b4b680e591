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
     "Reporting by Kwame Mensah in Accra; Additional reporting by Ama Owusu; Editing by Lucy Hart",
     ["Kwame Mensah", "Ama Owusu"],  # the added reporter writes too (review of round 2); the editor does not
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


# --- a second batch: the headline block alone varies (written before the step ran; the 'By 2030,' lede is the
# near miss whose row puts it first in the body) ---
H = "Capital Times\nCouncil votes to extend tram line to airport\n"
HEADER_ROWS = [
    ("comma_outlet", H + "By Jane Roe, The Portland Daily Herald\nJune 4, 2026", "By Jane Roe, The Portland Daily Herald", ["Jane Roe"]),
    ("special_to", H + "Jane Roe and John Doe / Special to The Herald\nJune 4, 2026", "Jane Roe and John Doe / Special to The Herald", ["Jane Roe", "John Doe"]),
    ("email", H + "BY JANE ROE | jroe@herald.example\nJune 4, 2026", "BY JANE ROE | jroe@herald.example", ["JANE ROE"]),
    ("posted_by_colon", H + "Posted by: Jane Roe\nJune 4, 2026", "Posted by: Jane Roe", ["Jane Roe"]),
    ("two_comma_agency", H + "By Jane Roe and John Doe, Associated Press\nJune 4, 2026", "By Jane Roe and John Doe, Associated Press", ["Jane Roe", "John Doe"]),
    ("dr_title", H + "By Dr Amara Singh\nJune 4, 2026", "By Dr Amara Singh", ["Amara Singh"]),
    ("bin_al", H + "By Mohammed bin Rashid Al-Otaibi\nJune 4, 2026", "By Mohammed bin Rashid Al-Otaibi", ["Mohammed bin Rashid Al-Otaibi"]),
    ("short_names", H + "By Li Na and Wu Bo\nJune 4, 2026", "By Li Na and Wu Bo", ["Li Na", "Wu Bo"]),
    ("name_comma_wire", H + "Jane Roe, Reuters\nJune 4, 2026", "Jane Roe, Reuters", ["Jane Roe"]),
    ("afp_alone", H + "AFP\nJune 4, 2026", "AFP", []),
    ("agency_spelt_alone", H + "Agence France-Presse\nJune 4, 2026", "Agence France-Presse", []),
    ("handle_own_line", H + "Jane Roe\n@janeroe\nJune 4, 2026", "Jane Roe", ["Jane Roe"]),
    ("by_updated_same_line", H + "By Jane Roe Updated June 4, 2026, 3:00 p.m. ET", "By Jane Roe", ["Jane Roe"]),
    ("opinion_by", H + "Opinion by Jane Roe\nJune 4, 2026", "Opinion by Jane Roe", ["Jane Roe"]),
    ("analysis_by", H + "Analysis by Jane Roe\nJune 4, 2026", "Analysis by Jane Roe", ["Jane Roe"]),
    ("words_photos", H + "Words by Jane Roe | Photos by John Doe\nJune 4, 2026", "Words by Jane Roe", ["Jane Roe"]),
    ("bar_outlet", H + "By Jane Roe and John Doe | The Herald\nJune 4, 2026", "By Jane Roe and John Doe | The Herald", ["Jane Roe", "John Doe"]),
    ("dots_read_time", H + "By Sipho Dlamini • Jun 4, 2026 • 5 min read", "By Sipho Dlamini", ["Sipho Dlamini"]),
    ("name_role_date", H + "Jane Roe\nSenior Reporter\nJune 4, 2026", "Jane Roe", ["Jane Roe"]),
    ("by_newline_name", H + "By\nJane Roe\nJune 4, 2026", "Jane Roe", ["Jane Roe"]),
    ("caps_comma_role_outlet", H + "JANE ROE, Chief Reporter\nJune 4, 2026", "JANE ROE, Chief Reporter", ["JANE ROE"]),
    ("family_first_caps", H + "By TANAKA Hiroshi\nJune 4, 2026", "By TANAKA Hiroshi", ["TANAKA Hiroshi"]),
    ("standfirst_by", "Capital Times\nCouncil votes to extend tram line to airport\nBy cutting fares, the city hopes to win back riders lost in the pandemic\nBy Jane Roe\nJune 4, 2026", "By Jane Roe", ["Jane Roe"]),
    ("lede_by_year", H + "June 4, 2026", None, []),
    # added after the agency rule, expected answers first: another agency spelt out; near misses, topic tags
    ("agencia_alone", H + "Agencia EFE\nJune 4, 2026", "Agencia EFE", []),
    ("protection_agency_tag", H + "Environmental Protection Agency\nJune 4, 2026", None, []),
    ("press_freedom_tag", H + "Press Freedom Day\nJune 4, 2026", None, []),
]

_LEDE_BY_YEAR = "By 2030, the line will carry 40,000 riders a day, the council said.\n"
_REST = ("The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate.\n"
         "Opponents said the money would be better spent on buses.")
# Taken as the byline before this round too (not by the agency rule): a Title Case organisation's name alone over
# the date line reads as a byline without "By"; left.
HEADER_XFAIL = {"protection_agency_tag"}


@pytest.mark.parametrize("name, top, byline, authors", [
    pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(strict=True, reason="not read yet")]
                 if row[0] in HEADER_XFAIL else []) for row in HEADER_ROWS])
def test_header_byline_forms(name, top, byline, authors):
    article = _article(top + "\n" + (_LEDE_BY_YEAR if name == "lede_by_year" else "") + _REST)
    assert (article.byline, article.authors) == (byline, authors)
    assert article.body.startswith("By 2030," if name == "lede_by_year" else "The regional council")


# --- a third batch: what stands around the byline (a picture between standfirst and byline, share buttons, the
# date first, an avatar's name again, labels, places) and where the outlet is named (tagline banner, copyright,
# print credit, logo, capitals, a desk byline with an agency); a caption naming a person is the near miss. Each
# row: name, page top, byline, authors, outlet, page bottom (written before the step ran) ---
_T = "Council votes to extend tram line to airport\n"
_LAYOUT_REST = ("The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate.\n"
        "Opponents said the money would be better spent on buses in the outer suburbs, a residents' group said.\n"
        "The extension will add six stops.")
LAYOUT_ROWS = [
    ("caption_credit_then_byline", "Capital Times\n" + _T + "The line will add six stops by 2029\nA tram at the central station on Monday.\nPhoto: Ian Moss\nBy Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("share_then_byline", "Capital Times\n" + _T + "Share\nFacebook\nTwitter\nBy Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("date_then_byline", "Capital Times\n" + _T + "June 4, 2026\nBy Jane Roe\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("ago_then_byline", "Capital Times\n" + _T + "Published 2 hours ago\nBy Jane Roe\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("avatar_repeat", "Capital Times\n" + _T + "Jane Roe\nJane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("contributor_label", "Capital Times\n" + _T + "Contributor: Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "Contributor: Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("staff_writer_updated", "Capital Times\n" + _T + "By Jane Roe, Staff Writer\nUpdated 3 hours ago\n" + _LAYOUT_REST, "By Jane Roe, Staff Writer", ["Jane Roe"], "Capital Times", ""),
    ("name_paren_place", "Capital Times\n" + _T + "Jane Roe (Nairobi)\nJune 4, 2026\n" + _LAYOUT_REST, "Jane Roe (Nairobi)", ["Jane Roe"], "Capital Times", ""),
    ("two_places", "Capital Times\n" + _T + "By Jane Roe in Kyiv and John Doe in London\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe in Kyiv and John Doe in London", ["Jane Roe", "John Doe"], "Capital Times", ""),
    ("name_comma_place", "Capital Times\n" + _T + "Jane Roe, Nairobi\nJune 4, 2026\n" + _LAYOUT_REST, "Jane Roe, Nairobi", ["Jane Roe"], "Capital Times", ""),
    ("tagline_banner", "Capital Times — Your voice since 1901\n" + _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("copyright_ltd", _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", "© Copyright 2026, Capital Times Ltd. All rights reserved."),
    ("published_in", _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", "Published in Capital Times, June 4th, 2026"),
    ("logo_then_title", "Capital Times logo\n" + _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", ""),
    ("caps_banner", "CAPITAL TIMES\n" + _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "CAPITAL TIMES", ""),
    ("byline_then_bio_end", "Capital Times\n" + _T + "By Jane Roe\nJune 4, 2026\n" + _LAYOUT_REST, "By Jane Roe", ["Jane Roe"], "Capital Times", "Jane Roe is the transport reporter at Capital Times."),
    ("caption_names_person", "Capital Times\n" + _T + "June 4, 2026\nMayor Ruth Ames cuts the ribbon on Monday. Photo: Ian Moss\n" + _LAYOUT_REST, None, [], "Capital Times", ""),
    ("desk_and_agency", "Capital Times\n" + _T + "Capital Times Reporter with Reuters\nJune 4, 2026\n" + _LAYOUT_REST, "Capital Times Reporter with Reuters", [], "Capital Times", ""),
]


@pytest.mark.parametrize("name, top, byline, authors, outlet, tail", LAYOUT_ROWS, ids=[row[0] for row in LAYOUT_ROWS])
def test_layout_around_byline(name, top, byline, authors, outlet, tail):
    article = _article(top + ("\n" + tail if tail else ""))
    assert (article.byline, article.authors, article.outlet_name) == (byline, authors, outlet)
    assert article.body.startswith("The regional council") and article.body.endswith("add six stops.")


# --- a wire credited alone as the byline says whose copy the page runs, not whose page it is: the site's banner,
# even one only its newspaper word vouches for, names the outlet. Near misses: the agency's own pages ---
_WIRE_TOP = "{banner}\nCouncil votes to extend tram line to airport\n{byline}\nJune 4, 2026\n"
_WIRE_BODY = ("The regional council voted on Tuesday to extend the tram line to the airport, ending a decade of debate.\n"
              "Opponents said the money would be better spent on buses.")


@pytest.mark.parametrize("banner, byline, outlet", [
    ("Capital Times", "Anadolu Agency", "Capital Times"),
    ("Capital Times", "Xinhua News Agency", "Capital Times"),
    ("Capital Times", "The Associated Press", "Capital Times"),
    ("Capital Times", "Kyodo News", "Capital Times"),
    ("Capital Times", "By AFP", "Capital Times"),
    # near misses: the agency's own page, its banner over its own name or its reporter
    ("Anadolu Agency", "Anadolu Agency", "Anadolu Agency"),
    pytest.param("Reuters", "By Jane Roe", "Reuters", marks=pytest.mark.xfail(strict=True, reason=(
        "an agency's one-word name alone over the headline is read as no banner (no outlet at all, before this "
        "round too): left"))),
    ("Capital Times", "Capital Times", "Capital Times"),
])
def test_wire_byline_is_no_outlet(banner, byline, outlet):
    article = _article(_WIRE_TOP.format(banner=banner, byline=byline) + _WIRE_BODY)
    assert article.outlet_name == outlet
