"""A subject followed by a parenthetical attribution ("Her grandmother, she says, was …") is what the speaker talks
about, not someone introduced to speak: a later pronoun goes on with the one the attribution's pronoun is."""
import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people

CAST = ("Maria Lopez", "John Carter")


def _last_speaker(body: str) -> tuple[str | None, str | None]:
    people = cast_people(body, CAST)
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    quote = [q for q in extract_quotes(article, people, Registry()) if q.kind == "direct"][-1]
    return quote.speaker_name, quote.speaker_label


@pytest.mark.parametrize(
    "body, speaker",
    [
        # the subject's aside is "she says": the grandmother is spoken of, Lopez speaks
        ("Maria Lopez is not leaving. Her grandmother, she says, ran the ferry in the war.\n\n"
         "“We were here first,” she says.", ("Maria Lopez", None)),
        # ... with "he said" and the past
        ("John Carter stayed on. His father, he said, kept the lighthouse for forty years.\n\n"
         "“It is in the blood,” he said.", ("John Carter", None)),
        # ... with a named speaker in the aside
        ("John Carter stayed on. His father, Carter said, kept the lighthouse for forty years.\n\n"
         "“It is in the blood,” he said.", ("John Carter", None)),
        # near miss: an aside that names the subject still introduces him
        ("“I cried every night,” Maria Lopez recalls.\n\nHer husband, Peter, was skeptical. “I told her it "
         "would never work,” he says.", (None, "Her husband, Peter")),
        # near miss: an aside with an age after the name
        ("“I cried every night,” Maria Lopez recalls.\n\nHer daughter, Sofia, 14, has learned to swim. “I love "
         "the water,” she says.", (None, "Her daughter, Sofia, 14")),
        # near miss: an aside that is a relative clause
        ("“I cried every night,” Maria Lopez recalls.\n\nA diplomat from a neighbouring country, who asked not to"
         " be named, disagreed. “Nothing has moved,” he said.", (None, "A diplomat from a neighbouring country")),
    ],
)
def test_a_subject_spoken_of_in_a_parenthetical_attribution(body, speaker):
    assert _last_speaker(body) == speaker
