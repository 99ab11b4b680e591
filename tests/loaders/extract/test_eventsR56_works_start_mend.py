"""eventsR56 (mend of the eventsR55 review): a bare singular "work" after a teller is a return to work or a shift, not
building works ("The guild said work would resume on Monday after the walkout", "Crews said work would start at 7
a.m. on Thursday"); a told clause opens works only after a telling verb itself, not after "told <someone> in
<place>" (the teller is no participant and the place he spoke no location). Made-up text; expected events written
before the code."""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

# key: (text, expected (trigger, date) of the planned start, or None)
ROWS = {
    # hits that must stay
    "hit: told plural works": ("The board said works would start on the Varn quay in June.",
                               ("start", date(2010, 6, 1))),
    "hit: told construction": ("Ana Silva said construction would begin in spring 2028.",
                               ("begin", date(2028, 1, 1))),
    "hit: told reporters that": ("Ana Silva told reporters that construction would start next year.",
                                 ("start", date(2011, 1, 1))),
    # near misses: no start of works
    "near miss: back to work after a walkout": ("The guild said work would resume on Monday after the walkout.",
                                                None),
    "near miss: office work after an outage": ("The insurer said work would resume on Friday once the lights "
                                               "were back.", None),
    "near miss: a shift's start": ("Crews said work would start at 7 a.m. on Thursday under the new roster.", None),
    "near miss: bare work will": ("Work will resume on Monday, the guild said.", None),
    "near miss: a told shift at noon": ("Porters said work would begin at noon on Monday.", None),
}


@pytest.mark.parametrize("key", ROWS)
def test_works_start_mend(key):
    text, expected = ROWS[key]
    starts = [(text[e.start:e.end], e.start_date) for e in events_of(text, "Ana Silva")
              if e.status == "planned" and text[e.start:e.end] in ("begin", "start", "resume", "starts", "began")]
    assert starts == ([expected] if expected else [])


# key: (text, the name's opening expected of the planned start, or None: no works' name, no teller in it)
NAME_ROWS = {
    "hit: told plural works with its thing after": ("The board said works would start on the Varn quay in June.",
                                                    "Works start"),
    "hit: told construction of a thing": ("Ana Silva said construction of the Varn depot would begin in May.",
                                          "Construction of the Varn depot begin"),
    "hit: told that construction": ("The port added that construction would begin in July.",
                                    "Construction begin"),
    # near misses: names as before
    "near miss: works at the opening": ("Construction of the Varn depot will begin in May.",
                                        "Start of construction of the Varn depot"),
    "near miss: a told non-works start": ("The board said talks would start in June.", None),
    "near miss: a told works noun in a longer subject": ("The board said road works crews would start in June.",
                                                          None),
    "near miss: a told works noun as an object": ("The board said it would start construction in June.", None),
}


@pytest.mark.parametrize("key", NAME_ROWS)
def test_works_start_name_without_teller(key):
    text, expected = NAME_ROWS[key]
    names = [e.name for e in events_of(text, "Ana Silva") if e.status == "planned"]
    if expected is None:
        assert not any(name.startswith(("Start of", "Talks start", "Works start", "Construction start"))
                       for name in names)
    else:
        assert any(name.startswith(expected) for name in names), names
        assert not any(" said " in name or " added " in name for name in names)
