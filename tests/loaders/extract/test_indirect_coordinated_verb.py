"""'said the board had met and endorsed the plan': a second past verb after "and"/"but" that is no cue of speech
carries on the reported clause's own subject, so the clause runs on; a past cue of speech (`speech_verbs.CUE_WORDS`,
"thanked", "called", "urged") is the speaker's own second act and ends it."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tova Renk", "Edvin Sallar")

_LEAD = "Floods reached the lower streets of Marbeck on Sunday. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Tova Renk said the board had met on Monday and endorsed the repair plan.",
         [("the board had met on Monday and endorsed the repair plan", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the town had finished the dike and expected to tender the rest in May.",
         [("the town had finished the dike and expected to tender the rest in May", "Edvin Sallar")]),
        (_LEAD + "Tova Renk said the water reached the mill by noon and flooded the cellars.",
         [("the water reached the mill by noon and flooded the cellars", "Tova Renk")]),
        # near misses: the speaker's own second act, a cue of speech
        (_LEAD + "Tova Renk said the talks had gone well and thanked the harbour crews.",
         [("the talks had gone well", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the pumps had not failed and called the rumours false.",
         [("the pumps had not failed", "Edvin Sallar")]),
        (_LEAD + "Tova Renk said the dike would hold and urged the residents to stay calm.",
         [("the dike would hold", "Tova Renk"), ("the residents to stay calm", "Tova Renk")]),
        (_LEAD + "Edvin Sallar said the ferry would run but warned the crews to watch the ice.",
         [("the ferry would run", "Edvin Sallar")]),
    ],
)
def test_coordinated_verb(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
