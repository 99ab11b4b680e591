"""A body named only in the article's headline or standfirst (the subtitle the article step takes out of the body)
is named before the body: a later "the ministry announced" takes it up (`orgnames.ArticleBodies`, issue 15,
actors). Made-up articles, published Wednesday 10 March 2010; the actors expected were written before the code.
Near misses: two ministries in the standfirst (none fits alone), no standfirst, a standfirst naming a body of
another head."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry

BODY = ("Ana Roe has run harbour works for ten years.\n\n"
        "The ministry announced on Monday that work on the harbour would stop.")


def actors_of(subtitle: str | None, trigger: str = "announced") -> list[str]:
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=BODY, body=BODY,
                            title="Harbour works wait for spring", subtitle=subtitle,
                            published_on=date(2010, 3, 10), date_precision="day")
    events = [e for e in extract_events(article, [], Registry()) if BODY[e.start:e.end].startswith(trigger)]
    assert events, [(e.event_type, BODY[e.start:e.end]) for e in extract_events(article, [], Registry())]
    return events[0].actors


# key: (subtitle, actors)
ROWS = {
    "a ministry named in the standfirst": (
        "Ana Roe, who runs harbour works at the Ministry of Fisheries, says the repairs are late.",
        ["Ministry of Fisheries"]),
    # near misses
    "near miss: no standfirst": (None, []),
    "near miss: two ministries in the standfirst": (
        "Ana Roe, who moved from the Ministry of Fisheries to the Ministry of Transport, says the repairs are late.",
        []),
    "near miss: a body of another head": (
        "Ana Roe, who runs harbour works at the Varn Harbour Company, says the repairs are late.", []),
}


@pytest.mark.parametrize("subtitle, expected", ROWS.values(), ids=ROWS.keys())
def test_a_body_the_standfirst_names_is_taken_up(subtitle, expected):
    assert actors_of(subtitle) == expected
