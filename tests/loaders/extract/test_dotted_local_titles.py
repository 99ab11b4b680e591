"""Short titles of local councillors and police constables written with a full stop before a name ("Coun.",
"Ald.", "Cllr.", "Const.", "Cst.": `lexicon.DOTTED_TITLES`): the stop ends no sentence, so a quote's speaker after
the title stays in the quote's sentence, and the title is the person's role; "Cllr", "Coun", "Ald" are titles
undotted too (`lexicon.UNDOTTED_TITLES`). Near misses: the stop before a function word still ends a sentence, and
a dotted-only title written without its stop is no role."""
from __future__ import annotations

import pytest

from loaders.extract import run_steps, text
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry


@pytest.mark.parametrize(("body", "expected"), [
    ("“Keep the café,” said Coun. Ilsa Marrow, who moved it. The vote passed.",
     ["“Keep the café,” said Coun. Ilsa Marrow, who moved it.", "The vote passed."]),
    ("Ald. Tove Brandis voted no. Cllr. Ravi Okafor agreed.", ["Ald. Tove Brandis voted no.",
                                                              "Cllr. Ravi Okafor agreed."]),
    ("Const. Dara Whelan of the city police said the road shut. Cst. Amos Lyle agreed.",
     ["Const. Dara Whelan of the city police said the road shut.", "Cst. Amos Lyle agreed."]),
    # near misses: before a function word the stop ends the sentence (a word that is a surname or a title's
    # last word), and an undotted "Cllr" ends nothing
    ("The ward elected its first Coun. The vote was close.", ["The ward elected its first Coun.",
                                                               "The vote was close."]),
    ("She thanked Cllr Ravi Okafor. He left.", ["She thanked Cllr Ravi Okafor.", "He left."]),
])
def test_a_dotted_local_title_ends_no_sentence(body, expected):
    assert [body[start:end].strip() for start, end in text.sentences(body)] == expected


def _speakers(body: str) -> list[str | None]:
    result = run_steps(SourceDocument(source_path="t.txt", source_format="txt",
                                      raw_text="The Riverton Ledger\nCafé rules pass\n\n" + body), Registry())
    return [quote.speaker_name for quote in result.quotes if quote.kind == "direct"]


@pytest.mark.parametrize(("body", "speakers"), [
    ("The council voted 9-4 on Tuesday to cap rents for small shops on the main street.\n"
     "“This is about the corner café,” said Coun. Ilsa Marrow, who moved the motion. “If we price them out, "
     "the street dies.”\n", ["Ilsa Marrow", "Ilsa Marrow"]),
    ("The council voted 9-4 on Tuesday to cap rents for small shops on the main street.\n"
     "“This is about the corner café,” said Ald. Tove Brandis.\n", ["Tove Brandis"]),
])
def test_a_quote_keeps_its_speaker_after_a_dotted_local_title(body, speakers):
    assert _speakers(body) == speakers


def _roles(body: str) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions if m.role]
            for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("The rent cap passed on Tuesday. Coun. Ilsa Marrow moved the motion.", "Ilsa Marrow", ["Coun."]),
    ("The rent cap passed on Tuesday. Ald. Tove Brandis voted against it.", "Tove Brandis", ["Ald."]),
    ("The rent cap passed on Tuesday. Cllr Ravi Okafor voted against it.", "Ravi Okafor", ["Cllr"]),
    ("The road shut on Tuesday. Const. Dara Whelan said it would reopen.", "Dara Whelan", ["Const."]),
    # near miss: a title that is one only with its stop ("Const" undotted, like "Gen Xers") gives no role
    ("The road shut on Tuesday. Const Dara Whelan said it would reopen.", "Dara Whelan", []),
])
def test_a_dotted_local_title_is_the_role(body, name, roles):
    assert _roles(body).get(name) == roles
