"""pagesR48 (made-up rows): mend of the R47 review. Under a bare "More:" label between paragraphs, list-marked items
are a box of links only when they read as headlines: an item that opens with a quote mark or reports speech
("* “We lost everything,” said Lina Roe") is the story's quotes, and one led by a number ("* 1,200 homes still
without power") is the story's figures; both stay. The label words are the teaser table's (credits.LINK_BOX_LABELS,
"Read also:" among them) and the list marks one class (an en dash too)."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

_HEAD = [
    "Storm cuts the coast road at Pell Bay",
    "",
    "A winter storm tore away a stretch of the coast road at Pell Bay on Sunday night, leaving the fishing villages "
    "north of the bay cut off from the county town for the second time this year.",
    "",
]
_AFTER = [
    "",
    "\u201cWe will open a ferry link by Wednesday if the sea allows it,\u201d said Ines Calder, who runs the county's "
    "roads office.",
    "",
    "The county said repairs would take at least six weeks and cost about 3 million.",
]


def _body(box: list[str]) -> str:
    text = "\n".join(_HEAD + box + _AFTER) + "\n"
    return extract_article(SourceDocument("/tmp/r48.txt", "txt", text, {}), REGISTRY).body


HITS = [
    # headlines under the bare labels, "Read also:" and en-dash marks included
    ["Read also:", "", "* Pell Bay Ferry Returns For Winter", "", "* County budget faces storm bill", "",
     "* Fishing fleet stays in port"],
    ["More:", "", "\u2013 Pell Bay Ferry Returns For Winter", "", "\u2013 County budget faces storm bill", "",
     "\u2013 Fishing fleet stays in port"],
    ["See also:", "\u2022 Why the coast road keeps failing", "\u2022 Villages plan their own bus",
     "\u2022 Storm season starts early"],
    ["More:", "", "* Pell Bay Ferry Returns For Winter", "", "* Villages plan their own bus", "",
     "* What the repairs will cost"],
]

NEAR = [
    # the story's quotes, with list marks and no full stops
    ["More:", "", "* \u201cWe lost everything,\u201d said Lina Roe", "", "* \u201cThe road is gone,\u201d said Ben Kaur",
     "", "* \u201cWe will rebuild,\u201d said the mayor"],
    ["More:", "", "* \u2018It came in the night\u2019, said a fisherman", "", "* \u2018Nobody warned us\u2019, a neighbour said",
     "", "* \u2018We stay\u2019, the priest told reporters"],
    # reported speech without quote marks
    ["More:", "", "* The road will reopen in spring, officials said", "", "* No one was hurt, police said", "",
     "* The ferry is full, the operator said"],
    # the story's figures, led by a number
    ["More:", "", "* 1,200 homes still without power", "", "* 3 schools closed in Pell Bay", "",
     "* 40 km of coast road shut"],
    ["More:", "", "\u2013 600 people moved to the school hall", "", "\u2013 2 bridges under water", "",
     "\u2013 14 boats lost"],
    ["More:", "* 9 villages cut off", "* 300 cattle moved inland", "* 1 ferry running"],
]


@pytest.mark.parametrize("box", HITS)
def test_headline_box_goes(box):
    body = _body(box)
    for line in box:
        if line.strip():
            assert line.strip() not in body.splitlines(), line
    assert "runs the county's roads office" in body
    assert body.rstrip().endswith("cost about 3 million.")


@pytest.mark.parametrize("box", NEAR)
def test_quotes_and_figures_stay(box):
    lines = _body(box).splitlines()
    for line in box:
        if line.strip() and not line.strip().endswith(":"):
            assert line.strip() in lines, line
