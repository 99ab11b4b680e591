"""A speech verb in an infinitive after a causative verb ("The audit prompted Senator X to state, “…”", "forced
X to admit: “…”") has the causative's object as its subject: X speaks, not the cause. Data: `quote_words.
CAUSATIVE_VERBS`. Made-up people and texts only."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


@pytest.mark.parametrize("text, words, speaker", [
    ("The audit prompted Senator Maria Delgado to state, “This agency has lost its way and must be rebuilt.”",
     "lost its way", "Maria Delgado"),
    ("The report led Mayor Tomas Brandt to declare, “We will rebuild every bridge in this city.”",
     "every bridge", "Tomas Brandt"),
    ("The scandal forced chief executive Tom Reyes to admit: “We made serious mistakes with the accounts.”",
     "serious mistakes", "Tom Reyes"),
    ("Her defeat in May has prompted Ana Ruiz to publicly say, “I will not run again for any office.”",
     "run again", "Ana Ruiz"),
    ("The vote prompted Senator Maria Delgado, who chairs the panel, to state: “This agency has lost its way.”",
     "lost its way", "Maria Delgado"),
])
def test_the_caused_speaker_speaks(text, words, speaker):
    assert quote_with(text, words).speaker_name == speaker


# Near misses: no causative, a causative whose infinitive is no speech verb, a later cue of its own, and an
# asking verb (the asker's quote may follow), stay as they are.
@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Maria Delgado was blunt. She told reporters, “This agency has lost its way.”",
     "lost its way", "Maria Delgado"),
    ("The audit prompted Senator Maria Delgado to act. “This agency has lost its way,” said Governor Ivo Pask.",
     "lost its way", "Ivo Pask"),
    ("Governor Ivo Pask, whose audit prompted Senator Maria Delgado to resign, said: “This agency has lost its way.”",
     "lost its way", "Ivo Pask"),
    ("The audit led Senator Maria Delgado to say the mayor told her, “This agency has lost its way.”",
     "lost its way", None),
])
def test_other_shapes_keep_their_speaker(text, words, speaker):
    quote = quote_with(text, words)
    if speaker is None:
        assert quote.speaker_name != "Maria Delgado"
    else:
        assert quote.speaker_name == speaker
