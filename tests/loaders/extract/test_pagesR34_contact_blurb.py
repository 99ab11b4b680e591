"""pagesR34: a release's institution blurb right under its media contact line among the page's last lines is the
release's furniture; the same blurb with no contact above it, or a reported sentence there, is the article's.
Made-up pages."""
from __future__ import annotations

import pytest

from loaders.extract.boilerplate import scan_lines

_BODY = ["Marrowbrook College and the county water board signed a five-year agreement on Tuesday to restore the",
         "old fishpond on the east shore, with students monitoring water quality each month of the year.", "",
         "The first survey of the pond will take place in the spring, the college said in its announcement.", ""]


@pytest.mark.parametrize(("tail", "label"), [
    # hits
    (["Media contact: Tam Orrell, (555) 555-0142, tam@marrowbrook.example",
      "Marrowbrook College at Lowmouth is one of four campuses of the Marrowbrook System."], "related"),
    (["Media contact: Tam Orrell, tam@marrowbrook.example",
      "The Kestrel Water Board is a public agency serving 40,000 homes."], "related"),
    # near misses: no contact line above; a reported sentence; a plain sentence of the story
    (["The pond was last restored in 1994.",
      "Marrowbrook College at Lowmouth is one of four campuses of the Marrowbrook System."], None),
    (["Media contact: Tam Orrell, tam@marrowbrook.example",
      "The board is one of the oldest in the county, Orrell said."], None),
    (["Media contact: Tam Orrell, tam@marrowbrook.example",
      "Students will present their findings in June."], None),
])
def test_blurb_under_media_contact(tail, label):
    lines = _BODY + tail + ["© 2026 Marrowbrook College"]
    assert scan_lines(lines)[len(_BODY) + 1] == label
