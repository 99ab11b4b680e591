"""Round eventsR47 (code mend, no rule change): `acts_as_body` looks a name up at the article's body-pattern places
instead of scanning the body per name, and `lower_headed_bodies` checks the people's spans by bisection. Made-up
text only: the hits and the near misses the two must keep."""
import pytest

from loaders.extract.orgnames import acts_as_body, lower_headed_bodies

BODY = ("Quarrow said little. Later a spokesperson for Telvane Mills declined to comment. "
        "Ostrel Freight said in a statement it would appeal. Mira Quent's spokesman was silent. "
        "Brindle's board met on Monday. The chief executive of   Qarvex Dunes resigned.\n"
        "Pemberton said it had no plans. Ashgrove's chairman and Ashgrove-Lyle staff left.")

HITS = ["Telvane Mills", "Telvane",  # ("a spokesperson for Telvane": the pattern before the name's start)
         "Ostrel Freight", "Brindle", "Qarvex Dunes", "Pemberton", "Ashgrove"]
MISSES = [
    "Quarrow",          # said, with no statement and no "it"
    "Mills",            # a name's last word: the pattern comes before "Telvane"
    "Mira Quent",       # a known given name opens it: a person's
    "Quent",            # the run's last word inside a person's span (below)
    "Lyle",             # inside a hyphenated word
    "Ostrel Freight said",  # not a name the pattern follows
    "brindle",          # not capitalised
]


@pytest.mark.parametrize("name", HITS)
def test_a_name_the_article_writes_as_a_body(name):
    assert acts_as_body(BODY, name)


@pytest.mark.parametrize("name", MISSES)
def test_no_body_where_the_pattern_does_not_touch_the_name(name):
    quent = BODY.index("Quent")
    assert not acts_as_body(BODY, name, [(quent - 5, quent + 5)])


def test_a_mention_inside_a_persons_span_is_read_past():
    start = BODY.index("Brindle")
    assert not acts_as_body(BODY, "Brindle", [(start - 3, start + 12)])
    assert acts_as_body(BODY, "Brindle", [(start - 30, start - 3)])  # (a span before it: not inside)


def test_the_pattern_before_reaches_back_forty_characters_only():
    far = "The spokesperson for" + " " * 40 + "Kelvor Mills arrived."
    near = "The spokesperson for " + "Kelvor Mills arrived."
    assert not acts_as_body(far, "Kelvor Mills")
    assert acts_as_body(near, "Kelvor Mills")


TEXT = ("Critics met. Then the Varnholt water board and Kestle's hotel association spoke, "
        "and Ana Voss's union and the Lode fishermen's cooperative did too.")


def _names(people):
    return [name for _, _, name in lower_headed_bodies(TEXT, 0, len(TEXT), people)]


def test_lower_headed_bodies_with_no_people():
    assert _names([]) == ["Varnholt water board", "Kestle hotel association", "Ana Voss union",
                          "Lode fishermen's cooperative"]


def test_a_long_span_starting_far_before_still_covers_the_name():
    voss = TEXT.index("Ana Voss")
    # a long span opening well before the name and a short one after it: the long one covers "Ana Voss"
    people = [(0, voss + 8), (voss + 1, voss + 3), (len(TEXT) - 5, len(TEXT))]
    assert not any(name.startswith("Ana Voss") for name in _names(people))
    assert any(name.startswith("Varnholt") for name in _names([(voss, voss + 8)]))


def test_a_span_ending_right_before_the_name_does_not_cover_it():
    varnholt = TEXT.index("Varnholt")
    assert "Varnholt water board" in _names([(varnholt - 10, varnholt)])
    assert "Varnholt water board" not in _names([(varnholt - 10, varnholt + 1)])
