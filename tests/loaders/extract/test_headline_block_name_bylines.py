"""Bylines read from the layout of the headline block on made-up pages (#10, round 2): a person's name alone on a
line under the headline, beside byline evidence (an e-mail line, the date line), is the byline without "By"; so is
"Jane Roe  jroe@..." on one line, and a credit phrase line ("Interview by ...", "Text and photos by ..."), which is
never the headline. Near misses keep what they are: a person's name as a kicker over the headline, a caption that
names a person, the subject's name in a Q&A header, a person named in the standfirst. Outlets, people and
addresses are invented; each row's expected title, byline and authors were written before the step was changed."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_TITLE = "Harbour council approves new ferry terminal"
_BODY = ("The harbour council voted on Tuesday to build a new ferry terminal on the east quay, ending years of debate.\n"
         "The terminal will cost 40 million dollars and is expected to open in 2029, the council said in a statement.\n"
         "Opponents said the money would be better spent on the bus network in the outer suburbs of the town.")


def _page(block: str, kicker: str = "") -> str:
    return "Coastline Courier\nNews | Sport | Business\n" + (kicker + "\n" if kicker else "") + _TITLE + "\n" \
        + block + "\n" + _BODY


# name, headline block under the headline, kicker over it, byline, authors
ROWS = [
    ("name_email_date", "Marta Lindqvist\nmlindqvist@coastline.example\nApril 18, 2024", "",
     "Marta Lindqvist", ["Marta Lindqvist"]),
    ("name_email_one_line", "Marta Lindqvist  mlindqvist@coastline.example\nApril 18, 2024", "",
     "Marta Lindqvist", ["Marta Lindqvist"]),
    ("family_first_email_one_line", "Park Ji-won  jwpark@coastline.example\nPublished 2024.04.18 07:00", "",
     "Park Ji-won", ["Park Ji-won"]),
    ("interview_by", "Interview by Tomas Ferreira\nApril 18, 2024", "",
     "Interview by Tomas Ferreira", ["Tomas Ferreira"]),
    ("interview_by_issue", "Interview by Tomas Ferreira\nMay 2024 issue", "",
     "Interview by Tomas Ferreira", ["Tomas Ferreira"]),
    ("text_and_photos_by", "Text and photos by Tomas Ferreira\nApril 18, 2024", "",
     "Text and photos by Tomas Ferreira", ["Tomas Ferreira"]),
    ("words_by", "Words by Tomas Ferreira\nApril 18, 2024", "",
     "Words by Tomas Ferreira", ["Tomas Ferreira"]),
    ("name_bar_role", "Marta Lindqvist | Transport Reporter\nApril 18, 2024", "",
     "Marta Lindqvist | Transport Reporter", ["Marta Lindqvist"]),
    ("name_date_under", "Marta Lindqvist\nApril 18, 2024", "",
     "Marta Lindqvist", ["Marta Lindqvist"]),
    ("story_and_photos_by", "Story and photos by Tomas Ferreira\nApril 18, 2024", "",
     "Story and photos by Tomas Ferreira", ["Tomas Ferreira"]),
    ("written_and_photographed_by", "Written and photographed by Tomas Ferreira\nApril 18, 2024", "",
     "Written and photographed by Tomas Ferreira", ["Tomas Ferreira"]),
    ("family_first_bar_role", "Nguyen Thi Lan | Reporter\nApril 18, 2024", "",
     "Nguyen Thi Lan | Reporter", ["Nguyen Thi Lan"]),
    ("name_then_role_and_outlet", "Marta Lindqvist\nTransport Reporter, Coastline Courier\nApril 18, 2024", "",
     "Marta Lindqvist", ["Marta Lindqvist"]),
    # near misses: no byline in the block
    ("kicker_person", "April 18, 2024", "Nelson Mandela", None, []),
    ("standfirst_person", "Mayor Marta Lindqvist says the vote ends a decade of argument over the quay.\nApril 18, 2024",
     "", None, []),
    ("caption_person", "April 18, 2024\nMarta Lindqvist, the harbour master, at the east quay on Monday.", "", None, []),
    ("place_bar_desk", "Hanoi Old Quarter | Staff\nApril 18, 2024", "", None, []),
]


def _article(text: str):
    return extract_article(SourceDocument("x", "txt", text), Registry())


@pytest.mark.parametrize("name, block, kicker, byline, authors", ROWS, ids=[row[0] for row in ROWS])
def test_headline_block_byline(name, block, kicker, byline, authors):
    article = _article(_page(block, kicker))
    assert (article.title, article.byline, article.authors) == (_TITLE, byline, authors)
    if name != "caption_person":  # (a full-stopped caption over the lede is the body's; only its name matters here)
        assert article.body.startswith("The harbour council voted")


# A Q&A page: the credit line under the standfirst is the byline, never the headline; the subject's name line over
# her answers is no byline.
_QA = """Tasmin Business Weekly
Magazine | Companies | Markets
Leadership / Interviews
Q&A: Rosa Delgado on why tidal power pays
The founder of TideWorks talks money, storms and her next plant
Interview by Colm Brennan
May 2024 issue
Rosa Delgado built TideWorks from a shed in Cork into a listed company in 2021. We spoke to her in March about the next plant.
TBW: Why tidal and not wind?
Delgado: "Because the tide never stops. The sea is a timetable you can bank on for a century or more."
TBW: What keeps you awake?
Delgado: "Storms, honestly. One bad winter can wreck a year of work."
This interview has been edited for length and clarity."""

_QA_SUBJECT = """Riverside Review
Culture | Books
Interview
Rosa Delgado
The novelist on silence, small towns and the books she rereads every winter
By Colm Brennan
April 18, 2024
Rosa Delgado grew up in a town of 800 people, and all four of her novels are set in places like it. We spoke to her this spring.
Why do you keep returning to small towns?
Because that is where I learned to listen to people talk when they think no one writes it down."""


def test_qa_interview_by_is_byline_not_headline():
    article = _article(_QA)
    assert (article.title, article.byline, article.authors) == (
        "Q&A: Rosa Delgado on why tidal power pays", "Interview by Colm Brennan", ["Colm Brennan"])


def test_qa_subject_name_is_no_byline():
    article = _article(_QA_SUBJECT)
    assert (article.byline, article.authors) == ("By Colm Brennan", ["Colm Brennan"])
