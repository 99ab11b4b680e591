"""A numbered ranking of people inside the body ("WEEK 13." over "1. Jo Roe (Last week: 2.)", "2. Ana Lund (1.)")
is the article's content, not a menu or a list of links (`prose_names.ranking_run`, for the page step to keep such a
run in the body; `ProseLines.in_prose` reads its names as content). Made-up rows, written before the code."""
from __future__ import annotations

import pytest

from loaders.extract.prose_names import ProseLines, ranking_run

_RANKING = ["1. Jonas Varga (Last week: 2.)", "2. Mira Kessby (1.)", "3. Tom Ormsby (4.)", "4. Lena Drury (3.)"]


@pytest.mark.parametrize(("paragraphs", "index", "expected"), [
    (["WEEK 7.", *_RANKING], 1, 4),
    (_RANKING, 0, 4),
    (["3. Tom Ormsby (4.)", "4. Lena Drury (3.)", "5. Ivo Pell"], 0, 3),  # counting on from where it starts
    (["1. Jonas Varga", "2. Mira Kessby", "3. Tom Ormsby", "Prose follows here, as it does."], 0, 3),
    # near misses: a menu, a list of headlines, too short a run, numbers not counting up, no given names
    (["1. Home", "2. World", "3. Business", "4. Sport"], 0, 0),
    (["1. Why Jonas Varga quit the race", "2. Mira Kessby on fuel", "3. Tom Ormsby speaks"], 0, 0),
    (["1. Jonas Varga (2.)", "2. Mira Kessby (1.)"], 0, 0),
    (["1. Jonas Varga", "3. Mira Kessby", "7. Tom Ormsby"], 0, 0),
    (["1. Oil Prices", "2. Grain Exports", "3. Steel Tariffs"], 0, 0),
    (["WEEK 7.", *_RANKING], 0, 0),
])
def test_ranking_run(paragraphs, index, expected):
    assert ranking_run(paragraphs, index) == expected


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("WEEK 7.\n\n1. Jonas Varga (Last week: 2.)\n\n2. Mira Kessby (1.)", "Jonas Varga", True),
    ("WEEK 7.\n\n1. Jonas Varga (Last week: 2.)\n\n2. Mira Kessby (1.)", "Mira Kessby", True),
    # near misses: a headline's lowercase words before the bracket, a link's words with no sentence's end
    ("Most read\n\n1. Jonas Varga quits race\n\n2. Mira Kessby on fuel", "Jonas Varga", False),
    ("Most read\n\n1. Jonas Varga quits (video)\n\n2. Mira Kessby on fuel", "Mira Kessby", False),
])
def test_ranked_names_are_prose(body, name, expected):
    assert ProseLines(body).in_prose(body.index(name) + len(name)) is expected
