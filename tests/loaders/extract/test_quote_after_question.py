"""A quote answering the writer's question about someone ('Why was he out in the heat? "My mom says I have to
save."'): the person the question's he/she stands for speaks. Made-up rows: the speaker each quote must get."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _speakers(text: str) -> dict[str, str | None]:
    article = ArticleRecord(source_path="t", source_format="text", raw_text=text, body=text)
    registry = Registry()
    people = extract_people(article, registry)
    return {q.text: q.speaker_name for q in extract_quotes(article, people, registry) if q.kind != "indirect"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Tomas Varga, 13, sold water on Main Street. Sales were good.\n\n"
         "Why was he out in the heat? \"My mom says I have to save up for college.\"",
         "My mom says I have to save up for college.", "Tomas Varga"),
        ("Lena Ortiz runs the shelter on Pike Street.\n\nWhat keeps her going? “The dogs, every single day.”",
         "The dogs, every single day.", "Lena Ortiz"),
        # near misses: a question with no he/she, and a quote with its own attribution
        ("Lena Ortiz runs the shelter on Pike Street.\n\nWhy does it matter? “Nobody else will,” Tom Reyes said.",
         "Nobody else will,", "Tom Reyes"),
    ],
)
def test_quote_answers_question(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker
