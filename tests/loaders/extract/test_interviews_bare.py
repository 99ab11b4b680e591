"""Interviews set out as bare questions and answers: no "Q:"/"A:", no names, no quotation marks."""

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, PersonRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people

CAST = ("Wendla Orsk", "Piet Bramall")


def _people(body: str) -> list[PersonRecord]:
    return cast_people(body, CAST)


def _answers(body: str, **extra) -> list[tuple[str, str | None, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, **extra)
    quotes = extract_quotes(article, _people(body), Registry())
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text
    return [(q.text, q.speaker_name, q.speaker_reference) for q in quotes if q.kind == "direct"]


_NOTE = ("Wendla Orsk has kept bees on the moor for thirty years. I spoke with Orsk by phone last week. Our "
         "conversation has been edited for length and clarity.\n\n")
_QA = ("Why did you start?\n\n"
       "My father kept hives. I took them over when he fell ill.\n\n"
       "It was hard at first.\n\n"
       "What worries you most now?\n\n"
       "The winters. We lost half the colonies last year.\n\n")

_ORSK = [("My father kept hives. I took them over when he fell ill.", "Wendla Orsk", "name"),
         ("It was hard at first.", "Wendla Orsk", "continuation"),
         ("The winters. We lost half the colonies last year.", "Wendla Orsk", "name")]


@pytest.mark.parametrize(
    "body, answers",
    [
        # the intro's note and the writer's interview: each answer is the interviewee's
        (_NOTE + _QA, _ORSK),
        # an editor's note alone, the one person named before the questions answers
        ("Wendla Orsk has kept bees on the moor for thirty years. This interview has been condensed and "
         "edited.\n\n" + _QA, _ORSK),
        # the writer's interview names one of two people: the one spoken with
        ("Piet Bramall sold his farm to the trust. I talked to Wendla Orsk, who bought it, at her kitchen "
         "table.\n\n" + _QA, _ORSK),
        # near miss: a FAQ / explainer, no interview evidence
        ("Wendla Orsk announced the new hive levy on Monday.\n\nWhat is the new levy?\n\nThe levy is a charge on "
         "each hive kept for honey.\n\nWho has to pay it?\n\nEvery keeper with more than ten hives, from May.", []),
        # near miss: one rhetorical question in an article with a note
        ("Wendla Orsk has kept bees for thirty years. This interview has been condensed and edited.\n\n"
         "So why do the bees keep dying?\n\nThe winters are longer. We lost half the colonies last year.", []),
        # near miss: a live blog whose entries are headed by questions
        ("Wendla Orsk leads the beekeepers' union.\n\nWhat happened overnight?\n\nThe union voted to strike "
         "from Monday.\n\nWhat happens next?\n\nTalks resume on Thursday at the ministry.", []),
        # near miss: a reader's letter answered by the columnist, no interview
        ("Ask the beekeeper\n\nMy hives are empty every spring and my neighbour blames me. What should I do?\n\n"
         "I would start by checking the mites. We all lose colonies.\n\nIs it worth buying new queens?\n\n"
         "Not yet. I would wait until May.", []),
        # near miss: a note but questions not put to anyone and answers not in the first person
        ("Wendla Orsk wrote the report. This transcript has been lightly edited.\n\nWhat is the levy?\n\n"
         "The levy is a charge on each hive.\n\nWho pays it?\n\nEvery keeper with more than ten hives.", []),
    ],
)
def test_bare_interview_answers_are_the_interviewees(body, answers):
    assert _answers(body) == answers


def test_a_bare_answer_is_less_sure_than_a_name_beside_it():
    quote = next(q for q in extract_quotes(ArticleRecord(source_path="t.txt", source_format="txt",
                                                         raw_text=_NOTE + _QA, body=_NOTE + _QA),
                                           _people(_NOTE + _QA), Registry()) if q.kind == "direct")
    assert quote.speaker_confidence == 0.8
