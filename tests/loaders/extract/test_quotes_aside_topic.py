"""'“…” Her deputy, she says, disagrees.': a subject and an attribution aside of a pronoun that goes on past its
comma open the next sentence; the quote before keeps its own attribution (review speakersR15 M25)."""
import pytest

from tests.loaders.extract.test_quotes import _direct


@pytest.mark.parametrize(
    "body, speaker, label, cue",
    [
        ("Maria Lopez said: “The ferry will stop in May.” Her brother, she says, disagrees.",
         "Maria Lopez", None, "said"),
        ("Maria Lopez, who runs the mill, said: “Flour is short.” The mayor, she says, blames the rain.",
         "Maria Lopez", None, "said"),
        ("John Carter said: “We will rebuild.” His neighbours, he says, quietly left.",
         "John Carter", None, "said"),
        # near misses: an apposed name, a pronoun alone, or an aside ending the sentence still attribute
        ("“The ferry will stop in May.” Her brother, Hugh Hill, says.", "Hugh Hill", None, "says"),
        ("Maria Lopez came. “The ferry will stop in May,” she says, and leaves.", "Maria Lopez", None, "says"),
        ("John Carter came. “The ferry will stop in May.” Her brother, he says.", None, "Her brother", "says"),
        ("“The ferry will stop in May,” the ferry captain says, then leaves.", None, "the ferry captain", "says"),
        # a quote that did not end its sentence is attributed by the words after it (review of speakersR18, M10/M12)
        ("“You should settle,” her lawyer, she says, told her.", None, "her lawyer", "says"),
        ("“Get out now,” one neighbour, she says, warned her.", None, "one neighbour", "says"),
    ],
)
def test_an_attribution_aside_after_another_subject_is_the_next_sentences(body, speaker, label, cue):
    [quote] = _direct(body)
    assert (quote.speaker_name, quote.speaker_label, quote.cue) == (speaker, label, cue)
