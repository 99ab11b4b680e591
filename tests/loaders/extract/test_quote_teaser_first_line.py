"""A body opening on a teaser line that is not the article's headline (a live blog's first entry heading,
"Mayor: shelters stay open 'as long as it takes'", below a headline given apart): the teaser is left out like
any other, the story's own sentence is kept. Near misses: the body's first line is the headline itself, or no
headline is known (the first line may be it): kept as before. Made-up text."""
import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

FIRST = "Mayor: shelters stay open 'as long as it takes'"
BODY = (FIRST + "\n\nMayor Ann Vale told reporters the city would keep its shelters open \"as long as it takes.\"\n\n"
        "Crews worked through the night.")


def _partials(title: str | None) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=BODY, body=BODY, title=title)
    start = BODY.index("Ann Vale")
    people = [PersonRecord(name="Ann Vale", mentions=[MentionRecord(surface="Ann Vale", start=start,
                                                                    end=start + 8, role="Mayor")])]
    return [(q.text, q.speaker_name) for q in extract_quotes(article, people, Registry()) if q.kind == "partial"]


@pytest.mark.parametrize(
    "title, partials",
    [
        ("Storm live updates: thousands without power", [("as long as it takes.", "Ann Vale")]),
        ("Ice storm: city braces for a second night", [("as long as it takes.", "Ann Vale")]),
        # near misses: the first line is the headline, or none is known
        (FIRST, [("as long as it takes", None), ("as long as it takes.", "Ann Vale")]),
        (None, [("as long as it takes", None), ("as long as it takes.", "Ann Vale")]),
    ],
)
def test_a_first_line_teaser_that_is_not_the_headline(title, partials):
    assert _partials(title) == partials
