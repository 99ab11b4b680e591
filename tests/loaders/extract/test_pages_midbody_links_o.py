"""Furniture inside a long guide's body (pagesO): a "More on <topic>" box of up to six Title Case headlines between
paragraphs, an "Also read how to ..." pointer and an "Icons by Jo Roe" credit leave the body; the article's prose
around them stays. Pages, outlets and people made up. Near misses: a Title Case subheading with no box heading over it, an "Also
read the small print ..." sentence, "Icons by the door ..." prose."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_H = "Your car maintenance checklist\n\nBy Jane Roe\n\nJune 4, 2026\n\n"
_P1 = ("Nothing will do more to make your car last longer than keeping on top of basic upkeep, the experts say, "
       "and most of it is cheap.\n")
_P2 = ("Tighter service intervals: if your mechanic suggests that you come in for oil changes more often than the "
       "manual says, ask why before you agree.\n")
_P3 = ("Flushes: coolant, power steering fluid and brake fluid occasionally need to be changed, but not as often "
       "as some shops suggest to their customers.\n")
_BOX = ("\nMore on Car Repair\nThe Riverton Repair Shops Guide\nHow to Save Money on Car Repairs\nKeep Your Car in "
        "Great Shape\nCar Owners Favor Independent Shops\nHow to Make Your Car Last Longer\n\n")


def _body(page: str) -> str:
    return extract_article(SourceDocument("x", "txt", page, {}), Registry()).body


def test_title_case_box_leaves_body():
    body = _body(_H + _P1 + "\n" + _P2 + _BOX + _P3)
    assert "Keep Your Car in Great Shape" not in body
    assert "Flushes: coolant" in body and "Tighter service intervals" in body


def test_title_case_subheadings_without_box_heading_stay():
    heads = "\nUpkeep Your Car May Not Need\n\n"
    body = _body(_H + _P1 + "\n" + _P2 + heads + _P3)
    assert "Upkeep Your Car May Not Need" in body and "Flushes: coolant" in body


ROWS = [
    ("also_read_pointer", "Also read how to save money on car repairs.", "link"),
    ("icons_credit", "Icons by Tim Lund", "photo_credit"),
    ("map_credit", "Map by Jo Roe", "photo_credit"),
    ("also_read_sentence", "Also read the small print before you sign, she said.", None),
    ("icons_prose", "Icons by the door were stolen, police said.", None),
]


@pytest.mark.parametrize("name,line,kind", ROWS, ids=[row[0] for row in ROWS])
def test_midbody_lines(name, line, kind):
    assert boilerplate.classify_line(line) == kind
