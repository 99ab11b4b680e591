"""Review rows of round D: interview cues that are a noun phrase or a column's note, bare clauses after "says a"
whose "verb" is a plural noun, "said it was" after How/What, and "told LISTENER there was …"."""

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people

CAST = ("Runa Fellbrook", "Hallvard Moen", "Tamsin Greave", "Wendla Orsk")


def _quotes(body: str) -> list[tuple[str, str, str | None]]:
    people = cast_people(body, CAST)
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.kind, q.text, q.speaker_name) for q in extract_quotes(article, people, Registry())]


_QA = ("Why do you want this job?\n\nI have always wanted to work with children. I love teaching.\n\n"
       "What are your strengths?\n\nI am patient and I listen carefully.")
_BIKE = ("Have you ever tried to fix a bike yourself?\n\nI have, and I failed badly. I gave up in the end.\n\n"
         "What should I buy first?\n\nI would buy a good pump and a set of levers.")


@pytest.mark.parametrize(
    "body, quotes",
    [
        # "the following interview questions": a noun phrase, no editor's note on an interview
        ("Runa Fellbrook, the school's head, shares advice. Expect the following interview questions.\n\n" + _QA, []),
        # ... while the note itself still marks one
        ("Runa Fellbrook is the school's head. The following interview has been edited.\n\n" + _QA,
         [("direct", "I have always wanted to work with children. I love teaching.", "Runa Fellbrook"),
          ("direct", "I am patient and I listen carefully.", "Runa Fellbrook")]),
        # a column: the writer's narrative and a note on the column, not on an interview
        ("I spoke with Hallvard Moen, who fixes bikes, and it made me think. This column has been edited for "
         "length.\n\n" + _BIKE, []),
        # ... while a note on the conversation still marks one
        ("Hallvard Moen fixes bikes. Our conversation has been edited for length.\n\n" + _BIKE,
         [("direct", "I have, and I failed badly. I gave up in the end.", "Hallvard Moen"),
          ("direct", "I would buy a good pump and a set of levers.", "Hallvard Moen")]),
        # "says a few words", "says a big thanks": an object, no clause
        ("Tamsin Greave teaches Welsh. Greave says a few words in Welsh at every class.", []),
        ("Hallvard Moen runs the ferry. Moen says a big thanks to the volunteers.", []),
        # ... while a clause on "a" still reads
        ("Tamsin Greave teaches Welsh. Greave says a child learns fastest by singing.",
         [("indirect", "a child learns fastest by singing", "Tamsin Greave")]),
        # "How X said it was …": "it" is the object of "said"
        ("How Moen said it was not important; what mattered was that he said it at all.", []),
        # "told LISTENER there was …": "there" opens the clause
        ("Tamsin Greave told everyone there was no money and that cuts were coming.",
         [("indirect", "there was no money and that cuts were coming", "Tamsin Greave")]),
    ],
)
def test_review_d_rows(body, quotes):
    assert _quotes(body) == quotes
