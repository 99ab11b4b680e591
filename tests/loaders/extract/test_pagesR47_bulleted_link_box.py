"""pagesR47 (made-up rows): a box of links inside the article whose headlines each carry a list mark ("* ", "• ",
"- "), under a "More:" / "Read more:" / "Related:" label, between two paragraphs of the article: the label and its
headlines are furniture and the article's prose after them stays. A bulleted list that is the story's own (its items
full sentences, or the prose under it gone, or no label over it) stays."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

_HEAD = [
    "Harbour board approves new ferry berth",
    "",
    "The Kestrel harbour board on Tuesday approved a second ferry berth at the north quay, ending a two-year dispute "
    "with the island councils over where the larger boats should dock in winter.",
    "",
]
_AFTER = [
    "",
    "\u201cWe have waited long enough for a berth that the winter boats can use,\u201d said Mara Oduya, who chairs the "
    "island council, adding that work should start in the spring.",
    "",
    "The board said the berth would cost about 14 million and be paid from the port's reserves and a loan.",
]


def _body(box: list[str]) -> str:
    text = "\n".join(_HEAD + box + _AFTER) + "\n"
    return extract_article(SourceDocument("/tmp/r47.txt", "txt", text, {}), REGISTRY).body


HITS = [
    ["More:", "", "* The New Ferry Timetable", "", "* Island schools close for storm week", "",
     "* Dock workers vote on pay offer in 2027"],
    ["Read more:", "", "* Ferry fares to rise in March", "", "* Quay repairs delayed again", "",
     "* Storm closes the north quay", "", "* Harbour master retires after 30 years"],
    ["Related:", "", "\u2022 Island councils split over berth", "", "\u2022 What the new boats will cost", "",
     "\u2022 Port reserves at a ten-year high"],
    ["More:", "", "- Ferry fares to rise in March", "", "- Quay repairs delayed again", "",
     "- Storm closes the north quay"],
    ["More:", "* Ferry fares to rise in March", "* Quay repairs delayed again", "* Storm closes the north quay"],
]

NEAR = [
    # the story's own list: full sentences after the marks
    ["The board set three conditions:", "", "* The berth must open by the winter of 2027.", "",
     "* The island councils must pay a fifth of the cost.", "", "* Ferries must keep their current timetable."],
    # "More:" over prose, not headlines
    ["More:", "", "The board also voted to repaint the old ferry terminal, which has not been refurbished since "
     "1998, and to reopen its cafe next summer."],
    # a bulleted list with no label over it: kept
    ["* Ferry fares to rise in March", "", "* Quay repairs delayed again", "", "* Storm closes the north quay"],
    # a label the story uses itself, then its own list items
    ["What changes:", "", "* Ferry fares to rise in March", "", "* Quay repairs delayed again"],
    # more headlines than a box holds
    ["More:"] + sum([["", f"* Ferry item number {n} in the list"] for n in range(1, 10)], []),
]


@pytest.mark.parametrize("box", HITS)
def test_bulleted_box_inside_the_article_goes(box):
    body = _body(box)
    for line in box:
        if line.strip():
            assert line.strip() not in body.splitlines(), line
    assert "chairs the island council" in body
    assert body.rstrip().endswith("paid from the port's reserves and a loan.")


@pytest.mark.parametrize("box", NEAR)
def test_story_lists_and_prose_stay(box):
    body = _body(box)
    lines = body.splitlines()
    for line in box:
        if line.strip() and not line.strip().endswith(":"):  # the items and prose (labels aside)
            assert line.strip() in lines, line
    assert "chairs the island council" in body
