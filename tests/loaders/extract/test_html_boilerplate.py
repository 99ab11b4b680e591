"""The HTML path runs the boilerplate step: lines a page puts inside its article (adverts, newsletter and cookie
notices, share buttons, copyright, credits) leave the body and are listed as removed, one kind at a time."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

PARAGRAPHS = [
    "The council of Riverton voted on Monday to rebuild the old river bridge, which closed last winter after "
    "engineers found deep cracks in two of its piers.",
    "Mayor Ana Silva said the work would start in the spring and take about eighteen months, with a temporary ferry "
    "running in the meantime.",
    "Residents on the east bank, who now drive forty minutes to reach the hospital, welcomed the decision but asked "
    "for a firm timetable.",
]


def _page(inserted: str, position: int) -> str:
    paragraphs = [f"<p>{text}</p>" for text in PARAGRAPHS]
    paragraphs.insert(position, f"<p>{inserted}</p>")
    return ("<html><head><title>Riverton votes to rebuild its bridge</title></head><body><article>"
            "<h1>Riverton votes to rebuild its bridge</h1>" + "".join(paragraphs) + "</article></body></html>")


@pytest.mark.parametrize(("line", "position"), [
    ("Advertisement", 1),
    ("Sign up for our newsletter to get the latest news delivered to your inbox every morning.", 2),
    ("Share on Facebook", 2),
    ("We use cookies to improve your experience. By continuing to browse you accept our use of cookies.", 3),
    ("© 2024 Riverton Ledger. All rights reserved.", 3),
    ("Reporting by Jane Roe; Editing by John Doe", 3),
])
def test_boilerplate_inside_the_article_leaves_the_body(line, position):
    document = SourceDocument("bridge.html", "html", _page(line, position),
                              {"url": "https://example.org/news/2024/03/04/bridge"})
    article = extract_article(document, Registry())
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert line in article.removed_lines
