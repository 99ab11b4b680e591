"""Interview answers labelled by a surname the people step did not list: the name the article writes in full."""
import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _answers(body: str) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.text, q.speaker_name) for q in extract_quotes(article, [], Registry())
            if q.kind == "direct" and q.cue is None]


_INTRO = "Korvina Talmadge took over the harbour board in May. The Clarion spoke to her.\n\n"


@pytest.mark.parametrize(
    "body, answers",
    [
        # the surname labels the answers; the article writes it in full once: that person answers
        (_INTRO + "Clarion: What surprised you?\n\nTalmadge: How little we can see. We need more boats.\n\n"
         "Clarion: And the money?\n\nTalmadge: It has not come. I will keep asking.",
         [("How little we can see. We need more boats.", "Korvina Talmadge"),
          ("It has not come. I will keep asking.", "Korvina Talmadge")]),
        # near miss: one answer only is no interview
        (_INTRO + "Clarion: What surprised you?\n\nTalmadge: How little we can see.", []),
        # near miss: no question asked, statements by label
        (_INTRO + "Talmadge: We need more boats.\n\nTalmadge: The money has not come.", []),
        # near miss: the label is never written after a first name: no person to give it
        ("The harbour board met in May.\n\nClarion: What surprised you?\n\nTalmadge: How little we can see."
         "\n\nClarion: And the money?\n\nTalmadge: It has not come.", []),
        # near miss: two people share the surname: which one answers is unknown
        ("Korvina Talmadge and Oren Talmadge run the board.\n\nClarion: What surprised you?\n\nTalmadge: How "
         "little we can see.\n\nClarion: And the money?\n\nTalmadge: It has not come.", []),
    ],
)
def test_answers_of_an_unlisted_person_are_the_full_name(body, answers):
    assert _answers(body) == answers
