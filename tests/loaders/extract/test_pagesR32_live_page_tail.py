"""pagesR32: a live page's tail: the editor's standing note ("This is a developing story. Check back for updates."),
the share row's "X (Twitter)" button and the outlet's plug for its headline mail ("Sign up to receive daily
headline news from ..."). The same words in a story's sentence are the story's. Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate


@pytest.mark.parametrize(("line", "kind"), [
    # hits
    ("This is a developing story. Check back for updates.", "banner"),
    ("This is a developing story and will be updated.", "banner"),
    ("This story is developing. Please check back for updates.", "banner"),
    ("X (Twitter)", "share"),
    ("Sign up to receive daily headline news from Kestrel Ledger, a division of Harbor Media Inc.", "newsletter"),
    # near misses: the words in the story's sentences
    ("This is a developing story for the town, the mayor said at the meeting on Monday.", None),
    ("Check back for updates, the clerk told callers who rang the office on Friday morning.", None),
    ("The developing story of the valley's mills fills a new book by a local teacher.", None),
    ("X (formerly Twitter) said it would appeal the ruling within the month.", None),
    ("Parents can sign up to receive daily news from the school by text, the principal said on Tuesday.", None),
    ("Growers sign up to receive daily frost warnings from the weather office each spring.", None),
])
def test_live_page_tail(line, kind):
    assert boilerplate.classify_line(line) == kind
