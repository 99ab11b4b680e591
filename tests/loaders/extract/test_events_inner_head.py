"""A body's name with a head word before its last head ("Toro Fishers Cooperative Association") is taken up by that
inner head too: "the cooperative has postponed" acts for it (`orgnames.INNER_HEADS`). Made-up articles, published
Wednesday 10 March 2010; the actors expected were written before the code. Near misses: a body with no inner head
("Toro Fishers Association"), the inner head as the name's first word, another head word as the subject."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.events import extract_events
from loaders.records import ArticleRecord
from loaders.registry import Registry


def actors_of(first: str, second: str, trigger: str = "meeting") -> list[str]:
    body = first + "\n\n" + second
    article = ArticleRecord(source_path="x.txt", source_format="txt", raw_text=body, body=body,
                            title="Harbour news", subtitle=None,
                            published_on=date(2010, 3, 10), date_precision="day")
    events = [e for e in extract_events(article, [], Registry()) if body[e.start:e.end].startswith(trigger)]
    return events[0].actors if events else []  # (a meeting of no one is not kept)


SECOND = "The cooperative has postponed its annual meeting, which had been set for Friday."

# key: (first paragraph, second paragraph, actors)
ROWS = {
    "the inner head of a cooperative association": (
        "The Toro Fishers Cooperative Association runs the old harbour at Vell.", SECOND,
        ["Toro Fishers Cooperative Association"]),
    "the inner head of a cooperative society": (
        "Boats of the Vell Cooperative Society fill the old harbour.", SECOND, ["Vell Cooperative Society"]),
    # near misses
    "near miss: no inner head": (
        "The Toro Fishers Association runs the old harbour at Vell.", SECOND, []),
    "near miss: another head as the subject": (
        "The Toro Fishers Cooperative Association runs the old harbour at Vell.",
        "The council has postponed its annual meeting, which had been set for Friday.", []),
    "near miss: the association is the subject, as before": (
        "The Toro Fishers Cooperative Association runs the old harbour at Vell.",
        "The association has postponed its annual meeting, which had been set for Friday.",
        ["Toro Fishers Cooperative Association"]),
}


@pytest.mark.parametrize("first, second, expected", ROWS.values(), ids=ROWS.keys())
def test_an_inner_head_takes_up_the_body(first, second, expected):
    assert actors_of(first, second) == expected
