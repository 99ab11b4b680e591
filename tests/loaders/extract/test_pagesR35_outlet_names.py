"""pagesR35: an outlet's full name where the page writes more than its domain spells: a wire's "News Service" tail
("Kestrel News Service" on kestrelnews.example), an academic banner's "University of" head ("University of Kestrel
News" on kestrel.edu.example), and an agency of several words the page writes in mixed case again and again over its
copyright capitals ("Kestrel Press" over "© 2026 KESTREL PRESS LTD."). Made-up text."""
from __future__ import annotations

import pytest

from loaders.extract.outlets import Outlet, name_spelling_domain, page_spelled


@pytest.mark.parametrize(("text", "domain", "name"), [
    # hits
    ("Kestrel News Service\nCovering the harbour since 1950\nFares rise", "kestrelnews.example", "Kestrel News Service"),
    ("University of Kestrel News\nCampuses\nFishpond deal signed", "kestrel.edu.example", "University of Kestrel News"),
    # near misses: the service word alone after the name; "of" after no institution's head; a sentence's university
    ("Kestrel Service\nFares rise", "kestrel.example", "Kestrel"),
    ("Friends of Kestrel News\nFares rise", "kestrel.example", "Kestrel News"),
    ("Fares rise\nA professor at the University of Kestrel News desk said so.", "kestrel.edu.example", "Kestrel News"),
])
def test_name_runs_on_through_its_tail_or_head(text, domain, name):
    found = name_spelling_domain(text, domain)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(("name", "text", "spelled"), [
    # hit: two words, written twice in mixed case over the copyright capitals
    ("KESTREL PRESS", "KESTREL PRESS\nRIVERTON, May 2 (Kestrel Press)--Talks resumed.\nShe told Kestrel Press so.\n"
     "Copyright (C) 2026 KESTREL PRESS LTD. All rights reserved.", "Kestrel Press"),
    # near misses: once only; one word (a call sign); no copyright capitals needed for the old reading
    ("KESTREL PRESS", "KESTREL PRESS\nRIVERTON, May 2 (Kestrel Press)--Talks resumed.\n"
     "Copyright (C) 2026 KESTREL PRESS LTD. All rights reserved.", "KESTREL PRESS"),
    ("KXRV", "KXRV\nRIVERTON, May 2 (Kxrv) - Talks resumed.\nShe told Kxrv so.\n© 2026 KXRV. All rights reserved.",
     "KXRV"),
])
def test_agency_name_written_in_mixed_case_again_and_again(name, text, spelled):
    assert page_spelled(Outlet(name=name), text).name == spelled
