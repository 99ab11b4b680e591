"""Credit lines of many outlets' furniture through the article step and the people step: a photo, video or audio
credit, a reporting or editing credit, a contact line, an author's box or a follow line, a disclosure, each set
inside the body's paragraphs and after its last. The names in a credit are no people of the article; a person
the body's prose also tells of stays one (near misses: a body sentence whose opening reads like a credit's)."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.extract.people import extract_people
from loaders.records import SourceDocument
from loaders.registry import Registry

_HEAD = """The Harbour Ledger
News | World | Business
Dam talks stall as river levels fall
By Petra Lindholm
March 3, 2025
"""
_PARAGRAPH_1 = ("Talks over the Kessel dam stalled on Tuesday after negotiators failed to agree on how much water "
                "should be released downstream this summer.\n")
_PARAGRAPH_2 = ("Water minister Daniel Okafor said the two sides were \"still far apart\" on the figures, while "
                "farmers' leader Greta Holm warned that crops would fail within weeks.\n")
_PARAGRAPH_3 = ("The next round is due in April. Okafor said he expected a deal before the planting season, and "
                "Holm said her members would wait.\n")
_TAIL = "Sign up for our newsletter\n© 2025 The Harbour Ledger\n"
_BODY_PEOPLE = {"Daniel Okafor", "Greta Holm"}

# Credit lines, each naming people of the page's furniture only.
_CREDITS = [
    "Photo: Anna Berg/Reuters",
    "(Photo by Jonas Rask/Getty Images)",
    "Anna Berg | AFP",
    "© Jonas Rask",
    "Image: Jonas Rask via Reuters",
    "Credit: Jonas Rask for The Times",
    "Jonas Rask/Bloomberg",
    "Reporting by Jonas Rask; Editing by Anna Berg",
    "Additional reporting by Jonas Rask in Kyiv",
    "With inputs from Jonas Rask",
    "(Writing by Jonas Rask; editing by Anna Berg and Tomas Vik)",
    "Compiled by Jonas Rask",
    "Edited by Jonas Rask",
    "Contact: Jonas Rask, press officer, +44 20 7946 0000",
    "Media enquiries: Jonas Rask",
    "Jonas Rask is a senior reporter at the Harbour Ledger.",
    "About the author\nJonas Rask is a senior reporter at the Harbour Ledger. He covers energy and water.",
    "Follow Jonas Rask on X",
    "Jonas Rask contributed to this report.",
    "Editor's note: Jonas Rask is a board member of the Kessel Water Trust.",
    "Listen to this article · 4 min · Read by Jonas Rask",
    "Video: Jonas Rask",
    "Photographs by Jonas Rask",
    "Illustration: Anna Berg",
    "Foto: Jonas Rask/dpa",
    "Photo: Jonas Rask / The Harbour Ledger",
    "Jonas Rask, Anna Berg contributed reporting.",
    "Reporting by Jonas Rask in Kyiv and Anna Berg in Warsaw; Editing by Tomas Vik",
    "Photograph: Jonas Rask/The Guardian",
    "Photo credit: Jonas Rask",
    "AP Photo/Jonas Rask",
    "Getty Images / Jonas Rask",
    "Courtesy of Jonas Rask",
    "Words by Jonas Rask",
    "Text: Jonas Rask",
    "Written by Jonas Rask",
    "Story by Jonas Rask",
    "Produced by Jonas Rask",
    "Graphics by Anna Berg",
    "Fact-checked by Jonas Rask",
    "Translated by Jonas Rask",
    "Narrated by Jonas Rask",
    "Audio: Jonas Rask",
    "Camera: Jonas Rask",
    "Cartoon by Anna Berg",
    "Email Jonas Rask at jrask@ledger.example",
    "Send tips to Jonas Rask at tips@ledger.example",
    "Jonas Rask (@jrask) covers energy for the Ledger.",
    "Fotografía: Jonas Rask/EFE",
    "Crédit photo : Jonas Rask",
    "Texto: Jonas Rask",
    "Redacción: Jonas Rask",
    "Bild: Jonas Rask/dpa",
    "Mit Material von Jonas Rask",
    "Editor's note: Anna Berg, who edited this story, is married to a member of the Kessel board.",
    "Disclosure: Jonas Rask owns shares in Kessel Power.",
    "Listen · 6:12 · Narrated by Jonas Rask",
    "Video by Jonas Rask and Anna Berg",
    "Watch: Jonas Rask reports from the dam",
]


def _people(text: str) -> set[str]:
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", text, {}), registry)
    return {person.name for person in extract_people(article, registry)}


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_credit_after_the_body_names_no_person(credit):
    page = _HEAD + _PARAGRAPH_1 + _PARAGRAPH_2 + _PARAGRAPH_3 + credit + "\n" + _TAIL
    assert _people(page) == _BODY_PEOPLE


# (an "About the author" heading ends the body where the article step finds it: no body reads on under it)
@pytest.mark.parametrize("credit", [credit for credit in _CREDITS if not credit.startswith("About the author")])
def test_a_credit_inside_the_body_names_no_person(credit):
    page = _HEAD + _PARAGRAPH_1 + credit + "\n" + _PARAGRAPH_2 + _PARAGRAPH_3 + _TAIL
    assert _people(page) == _BODY_PEOPLE


def test_a_credited_photographer_the_body_tells_of_stays_a_person():
    page = (_HEAD + _PARAGRAPH_1 + "Photo: Jonas Rask/AFP\n" + _PARAGRAPH_2
            + "Jonas Rask, the photographer, was injured when the crowd surged.\n" + _PARAGRAPH_3 + _TAIL)
    assert _people(page) == _BODY_PEOPLE | {"Jonas Rask"}


@pytest.mark.parametrize(("sentence", "person"), [
    ("Reporting by the BBC found that Anna Berg, a hydrologist, had warned of the shortfall in 2023.", "Anna Berg"),
    ("The figures were edited by hand, said Anna Berg, a hydrologist at Lund University.", "Anna Berg"),
    ("Contact with Anna Berg, the dam's chief engineer, was lost on Monday night.", "Anna Berg"),
    ("Jonas Rask (@jrask) has two million followers and posts a video from the riverbank every day.",
     "Jonas Rask"),
    ("Photographer Jonas Rask, who has covered the river for a decade, said the banks had never been so dry.",
     "Jonas Rask"),
])
def test_a_body_sentence_opening_like_a_credit_keeps_its_person(sentence, person):
    page = _HEAD + _PARAGRAPH_1 + sentence + "\n" + _PARAGRAPH_2 + _PARAGRAPH_3 + _TAIL
    assert _people(page) == _BODY_PEOPLE | {person}


def test_a_note_naming_a_person_of_the_story_keeps_them():
    page = (_HEAD + _PARAGRAPH_1 + _PARAGRAPH_2 + _PARAGRAPH_3
            + "Editor's note: Daniel Okafor declined to comment for an earlier version of this story.\n" + _TAIL)
    assert _people(page) == _BODY_PEOPLE
