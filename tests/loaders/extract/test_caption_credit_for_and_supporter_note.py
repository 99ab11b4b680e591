"""Two lines a nonprofit newsroom's page carries that are not the article's: a photo caption closing on its credit
with the outlet it was taken for ("... on Tuesday. Credit: Jo Roe for The Riverton Ledger"), and a note that a
body in the story funds the newsroom ("Disclosure: Riverton County has been a financial supporter of The Riverton
Ledger."). Rows: (line, labelled boilerplate?). Made up."""
import pytest

from loaders.extract import boilerplate

ROWS = [
    ("Election workers count ballots at the county facility on Tuesday. Credit: Jo Roe for The Riverton Ledger", True),
    ("Crews clear the road near the bridge on Monday. Credit: Jo Roe for Riverton Ledger", True),
    ("Crews clear the road near the bridge on Monday. Credit: Jo Roe / Riverton Ledger", True),
    ("Disclosure: Riverton County has been a financial supporter of The Riverton Ledger. A complete list of them "
     "can be found here.", True),
    ("Disclosure: The Kestrel Foundation and Riverton University are financial supporters of The Ledger.", True),
    # near misses: a sentence about credit or support, no label: the article's
    ("The council gave the plan its backing on Tuesday. Credit: the mayor for pushing it through, residents said.",
     False),
    ("The mayor has been a financial supporter of the food bank for years, her office said on Monday.", False),
    ("Disclosure of the donors is required by law, the judge said, and the county has been a supporter of it.",
     False),
    ("Voters gave credit for the win to Jo Roe for The Riverton Ledger reported her campaign on Monday.", False),
]


@pytest.mark.parametrize(("line", "furniture"), ROWS)
def test_caption_credit_for_an_outlet_and_a_supporter_note(line, furniture):
    labels = boilerplate.scan_lines(["Council shuts the old bridge", line])
    assert (labels[1] is not None) is furniture
