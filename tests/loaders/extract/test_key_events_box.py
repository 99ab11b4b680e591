"""A live page's "Key events" box: the chosen entries' headings listed under the label, before the first entry's
time stamp, are links, not the first entry; the body starts at the first entry. Rows: (the lines between the
headline block and the first entry, the body's expected first words). Made-up pages."""
import pytest

from loaders.extract.text_article import parse_text

HEAD = ("LIVE: Storm Hollis latest as ferries are suspended and trees come down\n\n"
        "Gusts of up to 80mph are expected on the coast this afternoon\n\nBy Jo Roe\n\n11:02, 28 NOV 2026\n\n")
ENTRY = ("16:45\n\nCouncil to hold emergency meeting on Monday\n\nThe city council will hold an emergency meeting on "
         "Monday to review the clean-up, a cabinet member has confirmed.\n\n15:20\n\nFerries suspended\n\n"
         "All ferry sailings were suspended at noon because of the wind, the operator said on its website.\n")

ROWS = [
    ("Key Events\n\nFootball match called off on safety grounds\n\nCouncil emergency meeting on Monday\n\n",
     "Council to hold emergency meeting on Monday"),
    ("Key events:\n\nFerries suspended\n\n", "Council to hold emergency meeting on Monday"),
    # near misses: no box label, or a paragraph under the label before any time stamp
    ("", "Council to hold emergency meeting on Monday"),
    ("Key Events\n\nResidents along the river were told on Saturday morning to move their cars to higher ground "
     "before the tide, the council said.\n\n", "Residents along the river were told"),
]


@pytest.mark.parametrize(("box", "first"), ROWS)
def test_key_events_items_are_links(box, first):
    parts = parse_text(HEAD + box + ENTRY)
    assert parts.paragraphs[0].startswith(first)
