"""A call to follow someone on a social network names the outlet only when the name is not a person's: "Follow The
Riverton Times on Twitter" is the paper's own call, "Follow Nora Belling on Twitter @norabelling" the writer's (a
given name first, no newspaper word last, not the site's address). Rows: (URL or None, the closing call, the
outlet's name or None). Made up."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_PAGE = ("Harbour levy to rise in spring\n\n"
         "The harbour board voted on Monday to raise the mooring levy by four percent from April, its chair said.\n\n"
         "Fishing crews had asked the board to delay the rise until the new breakwater is finished.\n\n"
         "The board will publish the new rates next week.\n\n")

ROWS = [
    # hits: a person's name in the call, no outlet from it
    (None, "Follow Nora Belling on Twitter @norabelling.", None),
    (None, "Follow Ian Thistlewood on X @ithistle", None),
    (None, "Follow Pamela Orrin Vask on Instagram.", None),
    # near misses: an outlet's own call, a newspaper word last, the site's own address spells the name
    (None, "Follow The Riverton Times on Twitter", "The Riverton Times"),
    (None, "Follow Kestrel News on Facebook", "Kestrel News"),
    (None, "Follow Sydney Courier on Twitter @sydcourier", "Sydney Courier"),
    ("https://www.norabelling.example/2026/levy", "Follow Nora Belling on Twitter @norabelling.", "Nora Belling"),
    (None, "Follow Marsh Valley Radio on Facebook", "Marsh Valley Radio"),
]


@pytest.mark.parametrize(("url", "call", "outlet"), ROWS)
def test_a_call_to_follow_a_person_names_no_outlet(url, call, outlet):
    given = {"url": url} if url else {}
    article = extract_article(SourceDocument("x.txt", "txt", _PAGE + call + "\n", given), Registry())
    assert article.outlet_name == outlet
