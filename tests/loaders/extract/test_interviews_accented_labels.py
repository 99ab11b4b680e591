"""Interview turns labelled by a name that opens on a capital outside ASCII ("Żak:", "Šimkutė-Varga:")."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

# made-up people, each found wherever its full name or its surname is written
CAST = ("Łucja Żak", "Ilze Šimkutė-Varga", "Ömer Ünal", "Hugo Brand")


def _answers(body: str) -> list[tuple[str, str | None]]:
    people = []
    for name in CAST:
        surname = name.split()[-1]
        mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end())
                    for m in re.finditer(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(surname)})(?!\w)", body)]
        if mentions:
            people.append(PersonRecord(name=name, mentions=mentions))
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.text, q.speaker_name) for q in extract_quotes(article, people, Registry())
            if q.kind == "direct" and q.cue is None]


@pytest.mark.parametrize(
    "body, answers",
    [
        # a surname opening on a Polish capital labels the answers
        ("Łucja Żak runs the ferry line. The Gazette spoke to her.\n\nGazette: Why stop now?\n\n"
         "Żak: The pier is sinking. We cannot dock safely.\n\nGazette: And next year?\n\nŻak: We rebuild it.",
         [("The pier is sinking. We cannot dock safely.", "Łucja Żak"), ("We rebuild it.", "Łucja Żak")]),
        # a hyphenated surname with a Baltic capital
        ("Ilze Šimkutė-Varga heads the canal works.\n\nHERALD: Is it late?\n\nŠimkutė-Varga: A year late. I "
         "will not hide it.\n\nHERALD: Why?\n\nŠimkutė-Varga: The banks gave way.",
         [("A year late. I will not hide it.", "Ilze Šimkutė-Varga"), ("The banks gave way.", "Ilze Šimkutė-Varga")]),
        # a Turkish capital; the unlabelled paragraph before the next turn goes on with the answer
        ("Ömer Ünal builds the tunnel.\n\nPost: When will it open?\n\nÜnal: In spring. I promise it.\n\n"
         "So the date holds.\n\nPost: And the cost?\n\nÜnal: Higher than planned.",
         [("In spring. I promise it.", "Ömer Ünal"), ("So the date holds.", "Ömer Ünal"),
          ("Higher than planned.", "Ömer Ünal")]),
        # a person the people step did not list, the first name written in full opening on "Š"
        ("Šarūnas Vilkas took over the port in May.\n\nPost: Why?\n\nVilkas: Nobody else wanted it.\n\n"
         "Post: And now?\n\nVilkas: Now I want it.",
         [("Nobody else wanted it.", "Šarūnas Vilkas"), ("Now I want it.", "Šarūnas Vilkas")]),
        # near miss: one answer only is no interview
        ("Łucja Żak runs the ferry line.\n\nGazette: Why stop now?\n\nŻak: The pier is sinking.", []),
        # near miss: labelled statements without a question are no interview
        ("Łucja Żak runs the ferry line.\n\nŻak: The pier is sinking.\n\nŻak: We rebuild it.", []),
        # near miss: a lowercase word before a colon labels no turn ("über: …")
        ("Ömer Ünal builds the tunnel.\n\nPost: When will it open?\n\nüber: In spring.\n\nPost: And the cost?"
         "\n\nüber: Higher than planned.", []),
        # near miss: the label names nobody of the article
        ("Hugo Brand builds the tunnel.\n\nPost: When will it open?\n\nÉcluse: In spring.\n\nPost: And the cost?"
         "\n\nÉcluse: Higher than planned.", []),
    ],
)
def test_labels_opening_on_a_capital_outside_ascii(body, answers):
    assert _answers(body) == answers
