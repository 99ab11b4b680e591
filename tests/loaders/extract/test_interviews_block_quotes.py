"""A statement set out without quotation marks after a line "X said:" (press releases): a direct quote of X."""

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people

CAST = ("Idris Penhallow", "Sofia Marchetti")


def _quotes(body: str) -> list[tuple[str, str, str | None, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = cast_people(body, CAST)
    return [(q.text, q.kind, q.speaker_name, q.speaker_label)
            for q in extract_quotes(article, people, Registry()) if q.kind != "indirect"]


_OPEN = "Velmora Shipping today opened its new terminal at Port Tarrin.\n\n"


@pytest.mark.parametrize(
    "body, quotes",
    [
        # the paragraph after "X said:" is X's words, marks or none
        (_OPEN + "Chief executive Idris Penhallow said:\n\nThis terminal doubles our capacity. We are proud of it."
         "\n\nThe terminal will employ 300 people.",
         [("This terminal doubles our capacity. We are proud of it.", "direct", "Idris Penhallow", None)]),
        # a time or a medium between the verb and the colon; a second first-person paragraph goes on
        (_OPEN + "Penhallow said in a statement on Monday:\n\nThis terminal doubles our capacity.\n\n"
         "We thank our staff and our partners.\n\nThe terminal will employ 300 people.",
         [("This terminal doubles our capacity.", "direct", "Idris Penhallow", None),
          ("We thank our staff and our partners.", "direct", "Idris Penhallow", None)]),
        # a body's statement: its label
        (_OPEN + "The Harbour Board said:\n\nThe board welcomes the investment and will review the lease.",
         [("The board welcomes the investment and will review the lease.", "direct", None, "The Harbour Board")]),
        # near miss: the paragraph after has its own marks: found as usual, once
        (_OPEN + "Penhallow said:\n\n“This terminal doubles our capacity.”",
         [("This terminal doubles our capacity.", "direct", "Idris Penhallow", None)]),
        # near miss: a colon line without a speech verb introduces a list, not words spoken
        (_OPEN + "The following ships will call at the terminal:\n\nOrion, Vesta and Pallas.", []),
        # near miss: the paragraph after names another person: the reporter's prose, not the statement
        (_OPEN + "Penhallow said:\n\nSofia Marchetti, the harbour master, will run the terminal.", []),
        # near miss: a heading-like fragment with no sentence end
        (_OPEN + "Penhallow said:\n\nMore to follow", []),
    ],
)
def test_a_statement_after_a_colon_line_is_a_direct_quote(body, quotes):
    assert _quotes(body) == quotes
