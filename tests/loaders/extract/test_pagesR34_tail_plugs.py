"""pagesR34: the outlet's plugs under the last paragraph: its headline mail named with "the" ("Sign up to receive
daily headline news from the Kestrel Ledger, ...") and its donation button after a line about its own work
("Kestrel Ledger is a nonprofit newsroom. Support our journalism: Donate."). The same words in a story's
sentences, or a button with no word of the outlet's own work, are the story's. Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract import boilerplate


@pytest.mark.parametrize(("line", "kind"), [
    # hits
    ("Sign up to receive daily headline news from the Kestrel Ledger, a division of Harbor Media Inc.", "newsletter"),
    ("Sign up to receive weekly news from the Marrow Courier.", "newsletter"),
    ("Kestrel Ledger is a nonprofit newsroom. Support our journalism: Donate.", "appeal"),
    ("Independent reporting depends on readers like you: Donate", "appeal"),
    # near misses
    ("Parents can sign up to receive daily news from the school by text, the principal said on Tuesday.", None),
    ("Sign up to receive daily news from the Marrow Courier, the council told residents on Monday.", None),
    ("The food bank's banner over the door read: Donate.", None),
    ("Her message to the shelter's neighbours was short: donate.", None),
    ("The newsroom's reporting on the flood drew letters from readers who asked how to donate to families.", None),
])
def test_tail_plugs(line, kind):
    assert boilerplate.classify_line(line) == kind
