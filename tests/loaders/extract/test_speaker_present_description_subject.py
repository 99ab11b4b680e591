"""A pronoun after a sentence opened by a person's description in the present tense a feature story is told in
("The clerk laughs at that. She says …"): the description's person, as "The clerk laughed at that." already was;
a plural subject, a noun ending in -ss or -us after the description ("the coach class", "the school bus") and a
description that names no person of the pronoun's gender leave the pronoun to the person named last."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Marta Quill", "Tina Vale", "Jon Brede")

_LEAD = ("Marta Quill keeps a notebook. Quill, 63, has been the town clerk for nine years. "
         "The hall is run by Tina Vale, a nurse. Vale says the hall opens at nine. ")
_LEAD_MALE = ("Jon Brede keeps a notebook. Brede, 63, has been the town clerk for nine years. "
              "The hall is run by Tina Vale, a nurse. Vale says the hall opens at nine. ")


@pytest.mark.parametrize(
    "body, speaker",
    [
        (_LEAD + "The clerk laughs at that. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk nods. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The town clerk shrugs at that. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk laughed at that. She says the list was never planned.", "Marta Quill"),  # (the past: as before)
        # near misses: the pronoun stays with the person named last
        (_LEAD + "The clerks laugh at that. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk class meets on Fridays. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The nurse bus stops at nine. She says the list was never planned.", "Tina Vale"),
        (_LEAD_MALE + "The clerk laughs at that. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The list grows. She says the list was never planned.", "Tina Vale"),
        # (speakersR49, review of R48) the -s word is a verb only when no verb follows it: hits with an object,
        # an adverb, "and"; near misses where a plural noun of a compound stands before its own verb
        (_LEAD + "The clerk shakes her head. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk smiles and waves. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk sighs loudly. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk shifts run nine hours. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk series returns in May. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk unions are angry. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk reports were lost. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk elections will wait. She says the list was never planned.", "Tina Vale"),
        # (review of R49, newly wrong 4) a plural noun of a compound, its prepositional phrase, then its own plural
        # verb: no verb of the description's; hits where a preposition's phrase ends the clause or a singular verb
        # of the object's follows
        (_LEAD + "The clerk rosters for May are out. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk rates for the hall were raised. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk notes in the margin have faded. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk rolls for the year don't match. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk waits for the bus. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk looks at the men who are waiting. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk points to the door, which is open. She says the list was never planned.", "Marta Quill"),
        # (review of R50, lost since R49) the short phrase ends where a new subject opens with a determiner or
        # "there": the -s word stays the description's verb; near misses keep a determiner right after the preposition
        (_LEAD + "The clerk adds in a memo the forms are late. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk explains to readers there are no forms. She says the list was never planned.",
         "Marta Quill"),
        (_LEAD + "The clerk writes on a card the doors were shut. She says the list was never planned.", "Marta Quill"),
        (_LEAD + "The clerk fees for the hall are high. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk files from the old office were lost. She says the list was never planned.", "Tina Vale"),
        (_LEAD + "The clerk forms at the desk remain blank. She says the list was never planned.", "Tina Vale"),
    ],
)
def test_present_tense_description_subject(body, speaker):
    assert dict(indirect_clauses(body, CAST)).get("the list was never planned") == speaker
