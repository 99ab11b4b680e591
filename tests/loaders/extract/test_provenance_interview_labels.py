"""Provenance: an interview answer labelled by a surname the people step did not list ("Talmadge:") takes the
full name the article writes ("Korvina Talmadge took over ..."); that name is no person of the article, so the
store writes it as the quote's speaker_label, and its offsets must be where the body writes that name."""
import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _stored_labels(body: str) -> list[tuple[str, str, str]]:
    """(answer, label as the store writes it, body at the speaker offsets) of each labelled answer."""
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.text, q.speaker_label or q.speaker_name, body[q.speaker_start:q.speaker_end])
            for q in extract_quotes(article, [], Registry())
            if q.kind == "direct" and q.cue is None and q.speaker_start is not None]


@pytest.mark.parametrize(
    "body, name",
    [
        ("Korvina Talmadge took over the harbour board in May. The Clarion spoke to her.\n\n"
         "Clarion: What surprised you?\n\nTalmadge: How little we can see.\n\n"
         "Clarion: And the money?\n\nTalmadge: It has not come.", "Korvina Talmadge"),
        # the name written after the answers only: its first writing after them
        ("Clarion: What surprised you?\n\nBrevik: How little we can see.\n\nClarion: And the money?\n\n"
         "Brevik: It has not come.\n\nOdalys Brevik has run the board since May.", "Odalys Brevik"),
        # written with a run of spaces (a page's layout): the label is the name as written
        ("Korvina   Talmadge took over the harbour board in May.\n\nClarion: What surprised you?\n\n"
         "Talmadge: How little we can see.\n\nClarion: And the money?\n\nTalmadge: It has not come.",
         "Korvina   Talmadge"),
    ],
)
def test_an_unlisted_interviewee_label_is_the_body_at_its_offsets(body, name):
    rows = _stored_labels(body)
    assert len(rows) == 2
    for _, label, written in rows:
        assert label == written == name
