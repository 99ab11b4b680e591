"""A date line under the byline with a photo credit under it is the article's date, never the picture's caption:
the caption rule over a credit skips block meta (a date, a byline). A short caption there stays a caption. Rows
made up: (the line between the byline and the credit, its label)."""
import pytest

from loaders.extract.boilerplate import scan_lines

_BODY = ("Three years after the park opened, its director is facing a summer of record visitors and a dispute "
         "over gravel extraction upstream, she told the paper in her office on Monday afternoon.")

ROWS = [
    # positives: a date line is no caption
    ("4 Dec 2026", None),
    ("December 4, 2026", None),
    ("04/12/2026", None),
    # near misses: a short caption over the credit stays a caption
    ("Jo Marden at the park office", "caption"),
    ("The river below the old bridge", "caption"),
    ("Visitors on the gravel bars", "caption"),
]


@pytest.mark.parametrize(("line", "label"), ROWS)
def test_a_date_line_over_a_photo_credit_is_no_caption(line, label):
    lines = ["Park chief on gravel, guesthouses and the summer crowds at the river", "By Besa Marden", line,
             "Photo: Jo Marden at the park office (Riverton Times / Tam Vey)", _BODY, _BODY]
    assert scan_lines(lines)[2] == label
