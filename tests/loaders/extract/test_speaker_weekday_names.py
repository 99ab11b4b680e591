"""A weekday given name ("Sunday Okafor", "Monday Eze") says no gender: the name list's guess yields to the
article's own pronoun, one attribution with nobody named between being enough (as for a name no list knows).
Near misses: a given name the list is sure of keeps its gender against one pronoun. Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

BEFORE = ("The ministry said the grant had been approved. The statement was signed by Dr Peter Lund, director of "
          "the division.\n\n")


@pytest.mark.parametrize(
    "body, speaker",
    [
        (BEFORE + "The board's president, Dr Sunday Okafor, a surgeon, told reporters that the ward was full.\n\n"
         "“We have no beds left,” he said.", "Sunday Okafor"),
        (BEFORE + "Monday Eze, who runs the clinic, told reporters that the ward was full.\n\n"
         "“We have no beds left,” he said.", "Monday Eze"),
        # ... and "she" keeps her
        ("Dr Sunday Okafor, a surgeon, told reporters that the ward was full.\n\n“We have no beds left,” she said.",
         "Sunday Okafor"),
        # near miss: a given name the list is sure of is not turned by one pronoun: the man named before speaks
        (BEFORE + "The board's president, Dr Anna Okafor, a surgeon, told reporters that the ward was full.\n\n"
         "“We have no beds left,” he said.", "Peter Lund"),
    ],
)
def test_a_weekday_given_name_takes_the_articles_pronoun(body, speaker):
    [quote] = [q for q in quotes_of(body) if q.kind == "direct"]
    assert quote.speaker_name == speaker
