"""A side or a body opening the sentence right before a pronoun's quote and giving one person the floor ("The defence
called Dr Lena Ortiz as its first witness. “The injuries were not accidental,” she said.") hands that person on,
not the subject two sentences back (speaker_antecedents: BODY_WHEN_ALONE heads such as "the defence", "the state",
"the campaign" name no person; _cue_object_kept_in_reserve). Made-up texts; near misses below keep their earlier
output, except two marked rows, where a lawyer two sentences back gave way to the witness the defence called."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of

FIXED = [
    ("Lawyer Ana Diaz arrived at court early. The defence called Dr Lena Ortiz as its first witness. \u201cThe "
     "injuries were not accidental,\u201d she said.", "not accidental", "Lena Ortiz"),
    ("Ana Diaz chaired the hearing. The committee heard from Lena Ortiz, a nurse. \u201cWe are exhausted,\u201d she "
     "said.", "exhausted", "Lena Ortiz"),
]


@pytest.mark.parametrize("text, words, name", FIXED)
def test_called_person_speaks(text, words, name):
    assert quote_with(text, words).speaker_name == name


# (rows 5 and 14 changed from Ana Diaz to Lena Ortiz: two witnesses called, the first; 'after calling Lena Ortiz')
NEAR = [
    ('Lawyer Ana Diaz arrived at court early. The defence minister praised Lena Ortiz on Monday. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. The judge thanked Lena Ortiz for her evidence. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. Police arrested Lena Ortiz at her home. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Lena Ortiz')]),
    ('Lawyer Ana Diaz arrived at court early. The defence called Dr Tom Reed as its first witness. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. The defence called Dr Lena Ortiz and Dr Mia Holt as witnesses. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Lena Ortiz')]),
    ('Lawyer Ana Diaz arrived at court early. The defence called Dr Lena Ortiz as its first witness.\n\nLater Diaz spoke to reporters outside. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. She said the defence called Dr Lena Ortiz first. “The injuries were not accidental,” she said.',
     [('the defence called Dr Lena Ortiz first', 'Ana Diaz'), ('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. The defence called Dr Lena Ortiz as its first witness. “The injuries were not accidental,” Diaz said.',
     [('The injuries were not accidental,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. The state senator met Lena Ortiz on Friday. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Lena Ortiz')]),
    ('Lawyer Ana Diaz arrived at court early. The prosecution called Dr Lena Ortiz. She testified for an hour. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Lena Ortiz')]),
    ('Tom Reed arrived at court early. The defence called Dr Lena Ortiz as its first witness. “The injuries were not accidental,” he said.',
     [('The injuries were not accidental,', 'Tom Reed')]),
    ('Senator Ana Diaz spoke first. The campaign hired Lena Ortiz last year. “We will win this state,” Diaz said.',
     [('We will win this state,', 'Ana Diaz')]),
    ('Senator Ana Diaz spoke first. Ana Diaz praised Lena Ortiz for her work. “We will win this state,” she said.',
     [('Lena Ortiz for her work', 'Ana Diaz'), ('We will win this state,', 'Ana Diaz')]),
    ('Lawyer Ana Diaz arrived at court early. The defence rested its case after calling Lena Ortiz. “The injuries were not accidental,” she said.',
     [('The injuries were not accidental,', 'Lena Ortiz')]),
    ('Mayor Ana Diaz opened the session. The council thanked Lena Ortiz for her years of service. “We are grateful,” she said.',
     [('We are grateful,', 'Lena Ortiz')]),
]


@pytest.mark.parametrize("text, expected", NEAR)
def test_near_misses(text, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(text)] == [tuple(row) for row in expected]


# Final review of speakK: "The opposition called Finance Minister Peter Obi to account" is another sense of "called"
# (the witness rule no longer fires on it: _GIVES_THE_FLOOR_AFTER), but since "the opposition" reads as a side, not
# a person, the criticised minister is the one person of the sentence before and "he" goes to him, as it does after
# "The opposition criticised Peter Obi"; telling who would say "He has a lot to explain" needs the quote's content.
@pytest.mark.xfail(strict=True, reason="the object of criticism is the only person of the sentence before the pronoun")
@pytest.mark.parametrize("text", [
    "Senator John Hale attacked the budget on Monday. The opposition called Finance Minister Peter Obi to account. "
    "\u201cHe has a lot to explain,\u201d he said.",
    "Senator John Hale attacked the budget on Monday. The opposition called Peter Obi a liar. \u201cHe has a lot to "
    "explain,\u201d he said.",
])
def test_other_sense_of_called_keeps_the_speaker(text):
    assert quote_with(text, "lot to explain").speaker_name == "John Hale"
