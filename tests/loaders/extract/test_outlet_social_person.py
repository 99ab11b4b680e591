"""A call to follow someone on a social network names the outlet only when the name is not a person's: "Follow The
Riverton Times on Twitter" is the paper's own call, "Follow Nora Belling on Twitter @norabelling" the writer's (a
given name first, no newspaper word last, not the site's address) where the page credits her as a person too (a
byline "By Nora Belling", an author note "Nora Belling is ..."): a given name opens many outlets' names ("Follow
Marie Claire", "Follow Austin American-Statesman"). Rows: (URL or None, the page's byline or note or None, the
closing call, the outlet's name or None). Made up."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_PAGE = ("Harbour levy to rise in spring\n\n"
         "The harbour board voted on Monday to raise the mooring levy by four percent from April, its chair said.\n\n"
         "Fishing crews had asked the board to delay the rise until the new breakwater is finished.\n\n"
         "The board will publish the new rates next week.\n\n")

ROWS = [
    # hits: a person's name in the call, credited as a person on the page: no outlet from it
    (None, "By Nora Belling", "Follow Nora Belling on Twitter @norabelling.", None),
    (None, "Written by Ian Thistlewood", "Follow Ian Thistlewood on X @ithistle", None),
    (None, "Pamela Orrin Vask is a reporter on the harbour desk.", "Follow Pamela Orrin Vask on Instagram.", None),
    # near misses: an outlet's own call, a newspaper word last, the site's own address spells the name
    (None, None, "Follow The Riverton Times on Twitter", "The Riverton Times"),
    (None, None, "Follow Kestrel News on Facebook", "Kestrel News"),
    (None, "By Nora Belling", "Follow Sydney Courier on Twitter @sydcourier", "Sydney Courier"),
    ("https://www.norabelling.example/2026/levy", "By Nora Belling", "Follow Nora Belling on Twitter @norabelling.",
     "Nora Belling"),
    (None, None, "Follow Marsh Valley Radio on Facebook", "Marsh Valley Radio"),
    # near misses: an outlet's name opening on a given name, no one credited by it on the page
    (None, None, "Follow Rosalind Claire on Instagram", "Rosalind Claire"),
    (None, "By Nora Belling", "Follow Edwina Hebdo on X", "Edwina Hebdo"),
    (None, None, "Follow Dorian Kestrel-Statesman on Facebook",
     "Dorian Kestrel-Statesman"),
    (None, None, "Follow Lorna Business on LinkedIn", "Lorna Business"),
    (None, "By Ian Thistlewood", "Follow Nora Belling on Twitter @norabelling.", "Nora Belling"),
    # review pagesR39: a person's credit is a byline that ends on the name and an author note that gives a writer's
    # job; hits: the name then a comma or a second writer, a job after "is the paper's ..."
    (None, "By Nora Belling, Staff Writer", "Follow Nora Belling on Twitter @norabelling.", None),
    (None, "By Nora Belling and Ian Thistlewood", "Follow Nora Belling on X", None),
    (None, "Nora Belling is the paper's harbour correspondent.", "Follow Nora Belling on Instagram.", None),
    # near misses: a sentence about the outlet opening on its name, a desk's byline opening on it
    (None, "Rosalind Claire is published every Thursday.", "Follow Rosalind Claire on Instagram", "Rosalind Claire"),
    (None, "Lorna Business was founded in 1877.", "Follow Lorna Business on LinkedIn", "Lorna Business"),
    (None, "Edwina Hebdo is a weekly magazine of satire.", "Follow Edwina Hebdo on X", "Edwina Hebdo"),
    (None, "By Rosalind Claire Living Editors", "Follow Rosalind Claire Living on Instagram",
     "Rosalind Claire Living"),
    (None, "By Rosalind Claire Staff", "Follow Rosalind Claire on Instagram", "Rosalind Claire"),
]


@pytest.mark.parametrize(("url", "credit", "call", "outlet"), ROWS)
def test_a_call_to_follow_a_person_names_no_outlet(url, credit, call, outlet):
    given = {"url": url} if url else {}
    page = _PAGE
    if credit and (" is " in credit or " was " in credit):
        page = _PAGE + credit + "\n\n"  # an author note under the story
    elif credit:
        page = _PAGE.replace("\n\n", "\n\n" + credit + "\n\n", 1)  # a byline under the headline
    article = extract_article(SourceDocument("x.txt", "txt", page + call + "\n", given), Registry())
    assert article.outlet_name == outlet
