"""A non-restrictive relative clause's subject (`parties.subject_before`): in "Brennvik Hydro, which won the
tender", the trigger's subject is the name before ", which", as in "the crisis that began". Made-up rows: the case
and near misses (a place before ", which", a clause with its own subject after "which", an object before it)."""
import pytest

from loaders.extract.parties import subject_before

ROWS = [
    # (body, trigger word, expected subject text or None)
    ("The plant was built by a consortium led by Brennvik Hydro, which won the tender in 2024.", "won",
     "Brennvik Hydro"),
    # near miss: a name after a plain "by" is the object of the verb before it, not the subject
    ("The plan was drafted by Varn Planning, which later failed.", "failed", None),
    ("Tarnholm Lines, which cancelled its crossings on Monday, blamed the storm.", "cancelled", "Tarnholm Lines"),
    ("The Varnby Festival, which was founded in 1950, opened on Friday.", "founded", "Varnby Festival"),  # (a leading "the" is trimmed)
    # "that" without a comma worked before and still does
    ("the global financial crisis that began in 2008", "began", "the global financial crisis"),
    # near miss: "which" opens a clause with its own subject: the subject is that clause's
    ("The report, which the Varn Council published on Monday, was long.", "published", "Varn Council"),
    # near miss: a place before ", which" (after "in") is no subject
    ("Talks were held in Brennvik, which hosted the summit.", "hosted", None),
]


@pytest.mark.parametrize("body, word, expected", ROWS)
def test_which_antecedent(body, word, expected):
    start = body.index(word)
    subject = subject_before(body, (start, start + len(word)), 0)
    assert (subject.text if subject else None) == expected
