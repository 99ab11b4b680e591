"""A body opening on a teaser line that is not the article's headline (a live blog's first entry heading,
"Mayor: shelters stay open 'as long as it takes'", below a headline given apart): the teaser is left out like
any other, the story's own sentence is kept. Near misses: the body's first line is the headline itself, or no
headline is known (the first line may be it): kept as before. Made-up text."""
import re

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


# Review speakersR15 (E03): a first line that is a lede sentence without its full stop, the quote attributed on
# the line itself by its cue and a speaker, is the story's own sentence, no teaser, whatever the title.
# Near misses: a first line with no cue on it ('Union: “…”'), or one whose cue names nobody on the line.
def _directs(body: str, title: str) -> list[tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, title=title)
    people = [PersonRecord(name="Rhea Castell", mentions=[
        MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
        for m in re.finditer(r"Rhea Castell|Castell", body)])]
    return [(q.text.rstrip(","), q.speaker_name) for q in extract_quotes(article, people, Registry())
            if q.kind != "indirect"]


LATER = "\n\nThe walkout was calm. “We hold the line,” Castell said again at the mill gates."


@pytest.mark.parametrize(
    "first, kept",
    [
        ("“We hold the line” said mill union leader Rhea Castell as 900 weavers walked out on Monday", True),
        ("“We hold the line,” mill union leader Rhea Castell told the weavers as they walked out on Monday", True),
        ("Union: “We hold the line”", False),
        ("Weavers walk out: “We hold the line”", False),
        ("Mill union leader says “We hold the line”", False),
    ],
)
def test_a_first_line_lede_with_its_own_attribution_is_no_teaser(first, kept):
    found = _directs(first + LATER, "Mill strike: weavers walk out in Tarnby")
    assert found == [("We hold the line", "Rhea Castell")] * (2 if kept else 1), found
