"""Review of the speakers session (127 made-up cases, /work/notes/review_speakers3): the two rows that became
wrong, and one wrong both ways, as regression rows with near misses, written before the fix."""
import pytest

from tests.loaders.extract.test_speaker_round2 import QA
from tests.loaders.extract.test_speaker_stress import quotes_of


def _speaker(text: str, start: str) -> str | None:
    found = [q for q in quotes_of(text) if q.text.lstrip("\"“‘ ").startswith(start)]
    return (found[0].speaker_name or found[0].speaker_label) if found else None


# A paragraph after an answer opened by a turn's label as a word of its sentence ends the answer only when it
# reads as the interviewer's (or the outlet's) prose: no first person, or only "we"/"us" with the label the
# subject of its sentence (the outlet speaking of itself: "Harbour Herald is … Support us"). A first-person
# singular paragraph ("I", "me", "my": no outlet says "I") or a "we" paragraph where the label only qualifies a
# noun ("Harbour Herald readers") goes on with the answer.
@pytest.mark.parametrize("tail, start, speaker", [
    # review rows (b3_qa_outlet_readers, b4_qa_outlet_object_first)
    ("Harbour Herald readers have been generous. We thank every one of them.\n", "Harbour Herald readers",
     "Rina Kovac"),
    ("Harbour Herald was the first paper to call me. I owe you a coffee.\n", "Harbour Herald was the first",
     "Rina Kovac"),
    # near misses: the outlet speaking of itself with "we"/"us", the interviewer's "we" about the interviewee,
    # and a paragraph with no first person
    ("Harbour Herald is an independent paper. Support us with a subscription.\n", "Harbour Herald is", None),
    ("Harbour Herald has covered the river since 1901. We publish on Fridays.\n", "Harbour Herald has", None),
    ("Kovac is stepping down in the spring. We wish her well.\n", "Kovac is stepping", None),
    ("Harbour Herald readers donated 500 euros to the clean-up.\n", "Harbour Herald readers", None),
])
def test_a_turn_label_opening_a_paragraph(tail, start, speaker):
    assert _speaker(QA + tail, start) == speaker


# A company named inside an opening about its shares, results or staff ("Staff at Ridgeway Hospital …") is the
# body a later "the company" means only when its name ends on a business's word (speaker_heads.BUSINESS_WORDS),
# and a company named later as a sentence's subject wins over it.
@pytest.mark.parametrize("text, start, speaker", [
    # review row (b3_staff_hospital)
    ("Staff at Ridgeway Hospital were told of the cuts. Drayton Care, which runs it, said it had no choice.\n\n"
     "\"Costs have soared,\" the company said.\n", "Costs have soared", "Drayton Care"),
    ("Staff at Ridgeway Hospital were told of the cuts. Drayton Care said it had no choice.\n\n"
     "\"Costs have soared,\" the company said.\n", "Costs have soared", "Drayton Care"),
    ("Sales at Grove Motors fell. Pellam Holdings, which owns it, said it would sell.\n\n"
     "\"The market is hard,\" the company said.\n", "The market is hard", "Pellam Holdings"),
    # still: a business's name in the opening with no later company
    ("Staff at Drayton Care were told of the cuts.\n\n\"Costs have soared,\" the company said.\n",
     "Costs have soared", "Drayton Care"),
    ("Shares in Halvorsen Energy fell 14% on Tuesday.\n\n\"We take full responsibility,\" the company said.\n",
     "We take full responsibility", "Halvorsen Energy"),
    # near misses: a hospital, a university, a council in the opening is no company
    ("Staff at Ridgeway Hospital were told of the cuts.\n\n\"Costs have soared,\" the company said.\n",
     "Costs have soared", "the company"),
    ("Workers at Felby District Council went on strike.\n\n\"This is a council matter,\" the company said.\n",
     "This is a council matter", "the company"),
    ("Staff at Ardley University held a vote.\n\n\"We value our cleaners,\" the firm said.\n",
     "We value our cleaners", "the firm"),
    # near miss: a person as the later subject is no company
    ("Staff at Drayton Care were told of the cuts. Ann Roe, who runs the ward, said she had no choice.\n\n"
     "\"Costs have soared,\" the company said.\n", "Costs have soared", "Drayton Care"),
])
def test_a_company_in_an_opening_and_a_later_company_subject(text, start, speaker):
    got = _speaker(text, start)
    assert got is not None and got.casefold() == speaker.casefold(), got
