"""Issue 9, role descriptions, fifth batch: one role (a coach named with her title), a distractor paragraph, then
the quote attributed by a description of her in the attribution shapes news prose uses (verb first, "according
to", a colon lead, an interrupting participle, modifiers of mood, a relative clause after the description).
Expectations written before the extractor ran: always the coach."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

INTRO = "Kestel Rovers coach Ana Lind, 47, was sent off in Saturday's 2-1 defeat at Holm.\n\n" \
        "Tom Reyes, a local resident, said he had followed the club for years.\n\n"

ROWS = [
    "\"We will not give up on this,\" said the coach.",
    "\"We will not give up on this,\" the Rovers coach told reporters.",
    "According to the coach, \"We will not give up on this.\"",
    "The coach said: \"We will not give up on this.\"",
    "The coach, speaking at a news conference after the match, said: \"We will not give up on this.\"",
    "\"We will not give up on this,\" the visibly angry coach said.",
    "\"We will not give up on this,\" the coach, who watched the second half from the stand, said.",
    "\"We will not give up on this,\" the 47-year-old coach said.",
    "\"We will not give up on this,\" the Rovers boss said.",
    "\"We will not give up on this,\" the coach wrote on social media.",
    "\"We will not give up on this,\" the coach says.",
    "\"We will not give up on this,\" the coach explained after the game.",
]


@pytest.mark.parametrize("tail", ROWS)
def test_attribution_shape(tail):
    text = INTRO + tail + "\n"
    found = [q for q in quotes_of(text) if q.kind != "indirect" and "We will not give up" in q.text]
    assert found, "no quote"
    assert found[0].speaker_name == "Ana Lind", (found[0].speaker_name, found[0].speaker_label)


# near misses: a manner adverb drops only itself and its adjective, never the word that restricts the role
@pytest.mark.parametrize("tail, label", [
    ("\"We will not give up on this,\" the visibly angry referee said.", "referee"),
    ("\"We will not give up on this,\" the visibly angry assistant coach said.", "assistant coach"),
])
def test_manner_keeps_the_role(tail, label):
    text = INTRO + tail + "\n"
    found = [q for q in quotes_of(text) if q.kind != "indirect" and "We will not give up" in q.text]
    assert found[0].speaker_name is None, found[0].speaker_name
    assert label in (found[0].speaker_label or ""), found[0].speaker_label
