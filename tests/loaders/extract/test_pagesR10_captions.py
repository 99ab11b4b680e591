"""pagesR10: a caption closing on its agency's one-word credit in brackets ("... in this file photo. (Wirex)"),
in caption wording (a photo, "is seen", "pictured"), at the top of the page. Made-up lines."""
from __future__ import annotations

import pytest

from loaders.extract.boilerplate import scan_lines

_TOP = ["Harbour News", "Ferry fares rise by ten percent at Dunmore", "Dunmore - Nov 18, 2026 - 14:05"]
_LEDE = ("DUNMORE - The harbour board voted on Wednesday to raise ferry fares by ten percent from January, citing "
         "fuel costs and the price of new engines, the board said.")


@pytest.mark.parametrize(("line", "caption"), [
    # positives: caption wording and a one-word credit in brackets
    ("The ferry Tern is seen at Dunmore harbour in this file photo taken in May 2025. (Wirex)", True),
    ("Board chair Ana Velloso is pictured at the harbour office on Tuesday. (WIREX)", True),
    ("A photo shows the old ferry pier at Dunmore before the storm of 2024. (Wirex)", True),
    # near misses: no caption wording, a sentence before a bracketed aside, a long bracket, the credit mid-line
    ("The board will meet again in March to review the new fares. (Wirex)", False),
    ("The ferry Tern is seen as the oldest in the fleet, the board said. (Updated)", False),
    ("The ferry Tern is seen at Dunmore harbour in this file photo. (Wirex and partners)", False),
    ("The ferry Tern is seen at Dunmore (Wirex) in this file photo taken in May 2025.", False),
])
def test_a_caption_with_a_bracketed_agency_credit(line, caption):
    labels = scan_lines(_TOP + [line, _LEDE])
    assert (labels[3] is not None) == caption
