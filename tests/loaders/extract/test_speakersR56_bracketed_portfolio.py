"""Round R56 (speakers, made-up rows): a lowercase title with its portfolio in brackets right before the name
("Deputy commissioner (works) Ravi Kumar") is the person's role, as "deputy commissioner for works Ravi Kumar" is: a
later "the deputy commissioner said" is theirs. A bracket that is no lowercase portfolio, or holds a title of its own,
or follows no title, gives no role; a description of another office still goes to its own holder."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_CLAUSE = "The tender has been postponed to December 5"


def _speaker(text: str) -> str | None:
    found = [q.speaker_name or q.speaker_label for q in quotes_of(text) if q.text.startswith("The tender")]
    return found[0] if found else None


_HITS = [
    "Deputy commissioner (works) Ravi Kumar told the council that most drains were done. "
    + _CLAUSE + ", the deputy commissioner said.",
    "Deputy commissioner (works) R Senthil told the council that most drains were done. "
    + _CLAUSE + ", the deputy commissioner said.",
    "At the meeting, joint secretary (rural roads) Ravi Kumar presented the plan. " + _CLAUSE + ", the joint secretary said.",
]

_NEAR = [
    # the bracket follows no title: no role, so the description names nobody (the clause is dropped)
    ("Resident (ward 12) Ravi Kumar told the council that most drains were done. " + _CLAUSE
     + ", the deputy commissioner said.", "Ravi Kumar", False),
    # another office's holder keeps the description of that office
    ("Deputy commissioner (works) Ravi Kumar met Mayor Ana Lind. " + _CLAUSE + ", the mayor said.", "Ana Lind", True),
    # the bracketed role is another office than the description's
    ("Engineer (works) Ravi Kumar told the council that most drains were done. " + _CLAUSE
     + ", the deputy commissioner said.", "Ravi Kumar", False),
    # a bracket holding a title of its own is no portfolio
    ("Commissioner (deputy mayor) Ravi Kumar told the council that most drains were done. " + _CLAUSE
     + ", the joint secretary said.", "Ravi Kumar", False),
]


@pytest.mark.parametrize("text", _HITS)
def test_a_bracketed_portfolio_title_is_the_role(text):
    assert _speaker(text) in ("Ravi Kumar", "R Senthil")


@pytest.mark.parametrize("text, name, is_speaker", _NEAR)
def test_no_role_from_other_brackets(text, name, is_speaker):
    assert (_speaker(text) == name) is is_speaker
