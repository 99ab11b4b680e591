"""pagesR9: a one-word name in capitals spelling the host keeps its capitals where the page letters it so beside
mixed-case words on a short line ("KESTREL News Agency", "Jo Roe, KESTREL"). Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry


def _article(raw: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())


_BODY = ("The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing fuel costs "
         "and the price of new engines.\n\n"
         "Board members said the increase was the first in six years and would be reviewed in the spring.\n\n"
         "Commuters' groups said they would ask the board to keep a cheaper ticket for students.\n")


@pytest.mark.parametrize(("top", "credit", "outlet"), [
    # positives: the capitals beside mixed-case words on a short line
    ("KOMAT News Agency", "", "KOMAT"),
    ("KOMAT", "Jo Roe, KOMAT\n", "KOMAT"),
    # near misses: capitals alone, beside other capitals, in a copyright line, in a sentence, in a dateline
    ("KOMAT", "", "Komat"),
    ("KOMAT EN", "", "Komat"),
    ("KOMAT", "© 2026 KOMAT News Agency. All rights reserved.\n", "Komat"),
    ("KOMAT", "RIVERTON, SEPT. 24, KOMAT. The harbour board met on Wednesday to discuss ferry fares.\n", "Komat"),
    ("KOMAT", "The content of this release was provided by an outside party and KOMAT is not responsible for it.\n",
     "Komat"),
])
def test_capitals_beside_mixed_case_words_are_the_brands_lettering(top, credit, outlet):
    raw = f"{top}\nFerry fares rise by ten percent\n24 September 2026\n{credit}{_BODY}"
    assert _article(raw, "https://www.komat.example/news/ferry-fares").outlet_name == outlet


