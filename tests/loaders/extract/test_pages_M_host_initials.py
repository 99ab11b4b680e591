"""The outlet a host label spells as initials (pagesM): on krhc.kestrel.example a page's "Kestrel Regional Health
Center" is the unit the host names (its initials, with the site's own word in full), not the bare "Kestrel" the
domain spells. Names and hosts made up. Near misses: a run with the initials but without the site's word, a host
that is a section ("news."), a run with the site's word whose initials differ, a host too short to be initials."""
from __future__ import annotations

import pytest

from loaders.extract.outlets import name_spelling_domain

_PAGE = ("The hospital said on Tuesday that its {run}’s new ward would open next year.\n"
         "About {run}\n{run} is a teaching hospital in the valley.\n")


# name, run on the page, domain, expected name (None: the rule leaves the domain's own spelling)
ROWS = [
    ("unit_initials", "Kestrel Regional Health Center", "krhc.kestrel.example", "Kestrel Regional Health Center"),
    ("unit_initials_glue", "Kestrel College of Marine Studies", "kcms.kestrel.example",
     "Kestrel College of Marine Studies"),
    ("nm_initials_without_site_word", "Kent Riverside Health Clinic", "krhc.kestrel.example", None),
    ("nm_section_host", "Kestrel Regional Health Center", "news.kestrel.example", None),
    ("nm_other_initials", "Kestrel Regional Health Center", "kmed.kestrel.example", None),
    ("nm_short_host", "Kestrel Health", "kh.kestrel.example", None),
]


@pytest.mark.parametrize("name,run,domain,expected", ROWS, ids=[row[0] for row in ROWS])
def test_host_initials(name, run, domain, expected):
    found = name_spelling_domain(_PAGE.format(run=run), domain)
    if expected is None:
        assert found is None or found.name != run
    else:
        assert found is not None and found.name == expected
