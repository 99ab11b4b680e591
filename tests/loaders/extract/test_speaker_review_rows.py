"""Rows a review of the speaker rules found newly wrong (made-up articles): a paragraph after "X said:" that does
not read as speech, a description at a body that is not the person's role, a turn label's false first name, a
title's abbreviation given to a relative without the title."""
import re

import pytest

from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry


def _people(body: str, cast: dict[str, str | None]) -> list[PersonRecord]:
    people = []
    for name, role in cast.items():
        mentions = [MentionRecord(surface=m.group(0), start=m.start(), end=m.end(), role=role)
                    for m in re.finditer(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", body)]
        if mentions:
            people.append(PersonRecord(name=name, mentions=mentions))
    return people


def _direct(body: str, cast: dict[str, str | None]) -> list[tuple[str, str | None, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.text, q.speaker_name, q.speaker_label)
            for q in extract_quotes(article, _people(body, cast), Registry()) if q.kind == "direct"]


_OPEN = "The Dunmore council met on Tuesday to set the budget.\n\n"
_CAST = {"Ines Kalder": "Mayor", "Ruth Amsel": "Councillor", "Ola Munro": None}


@pytest.mark.parametrize(
    "body",
    [
        _OPEN + "The minister said:\n\nNext, the numbers.",
        _OPEN + "Ruth Amsel spoke first. Amsel said:\n\nWatch the video below.",
        _OPEN + "Mayor Ines Kalder said:\n\nThe meeting then moved on to other business.",
        _OPEN + "Ola Munro spoke first. Munro said:\n\nHe was confident the amendment would pass next week.",
        _OPEN + "Officials said the following roads will close:\n\nMill Road and the High Street from the bridge "
                "to the station.",
        _OPEN + "Councillor Ruth Amsel said:\n\nRead more: Council votes to close the Dunmore pool.",
    ],
)
def test_a_paragraph_that_does_not_read_as_speech_is_no_statement(body):
    assert _direct(body, _CAST) == []


def test_a_columnists_own_paragraphs_do_not_go_on_with_the_statement():
    body = (_OPEN + "Councillor Ruth Amsel said:\n\nWe will not close the pool. I promise residents that.\n\n"
            "I was at the same meeting in 2019 when the council promised the same.\n\n"
            "We asked the council for its figures but received none.")
    assert _direct(body, _CAST) == [("We will not close the pool. I promise residents that.", "Ruth Amsel", None)]


def test_a_statement_and_its_first_person_continuation_still_hold():
    body = (_OPEN + "Councillor Ruth Amsel said:\n\nWe will not close the pool.\n\n"
            "I promise residents that the council will find the money.\n\nThe vote is next week.")
    assert _direct(body, _CAST) == [("We will not close the pool.", "Ruth Amsel", None),
                                    ("I promise residents that the council will find the money.", "Ruth Amsel",
                                     None)]


@pytest.mark.parametrize(
    "body, cast, label",
    [
        ("“Prices will fall,” said Sara Lund, chief executive of Brenwick Capital.\n\n"
         "The analyst at Brenwick said rates would “hold steady” in March.",
         {"Sara Lund": "chief executive of Brenwick Capital"}, "The analyst at Brenwick"),
        ("Tomas Vell, formerly chief economist at Brenwick Capital, now runs his own firm.\n\n"
         "The analyst at Brenwick said rates would “hold steady” in March.",
         {"Tomas Vell": None}, "The analyst at Brenwick"),
        ("“The pool stays,” said Ann Ruiz, a councillor of Dunmore.\n\n"
         "The mayor of Dunmore said the budget was “tight”.",
         {"Ann Ruiz": "councillor of Dunmore"}, "The mayor of Dunmore"),
        ("“He works hard,” said Ana Vell, the wife of Tomas Vell.\n\n"
         "The daughter of Tomas Vell said he was “never home”.",
         {"Ana Vell": "wife of Tomas Vell"}, "The daughter of Tomas Vell"),
        ("“Rates are too high,” said Jon Pell, a longtime critic of Brenwick Capital.\n\n"
         "The director at Brenwick said rates would “hold steady” in March.",
         {"Jon Pell": None}, "The director at Brenwick"),
    ],
)
def test_a_description_at_a_body_needs_the_persons_role_there(body, cast, label):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = [(q.speaker_name, q.speaker_label) for q in extract_quotes(article, _people(body, cast), Registry())
             if q.kind != "indirect"][-1:]
    assert found == [(None, label)]


@pytest.mark.parametrize(
    "intro",
    [
        "The climb up Mount Talmadge took the team a week. The Clarion spoke to the guide.\n\n",
        "The office sits on Upper Hennessy Road. The Clarion spoke to the owner.\n\n",
        "When Talmadge took over the board in May, the port was failing. The Clarion spoke to her.\n\n",
    ],
)
def test_a_turn_label_takes_no_place_or_function_word_as_first_name(intro):
    label = "Hennessy" if "Hennessy" in intro else "Talmadge"
    body = (intro + f"Clarion: What surprised you?\n\n{label}: How little we can see.\n\n"
            f"Clarion: And the money?\n\n{label}: It has not come. I will keep asking.")
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    names = {q.speaker_name for q in extract_quotes(article, [], Registry()) if q.kind == "direct"}
    assert not any(name and " " in name for name in names), names


def test_a_title_abbreviation_is_not_a_relative_without_the_title():
    body = "Bram Quill, a farmer, spoke at the fair with his wife, the senator.\n\n“We will vote no,” Sen Quill said."
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    people = [PersonRecord(name="Bram Quill", mentions=[MentionRecord(surface="Bram Quill", start=0, end=10,
                                                                      role="farmer")])]
    people.append(PersonRecord(name="Sen Quill", mentions=[MentionRecord(
        surface="Sen Quill", start=body.index("Sen Quill"), end=body.index("Sen Quill") + 9)]))
    assert [q.speaker_name for q in extract_quotes(article, people, Registry()) if q.kind == "direct"] \
        == ["Sen Quill"]


@pytest.mark.parametrize(
    "body, quotes",
    [
        # "told" and an audience before the colon introduce the statement as "said:" does
        (_OPEN + "Ruth Amsel told reporters:\n\nWe will not close the pool.",
         [("We will not close the pool.", "Ruth Amsel", None)]),
        (_OPEN + "Mayor Ines Kalder told the meeting on Tuesday:\n\nThe budget is tight but we can balance it.",
         [("The budget is tight but we can balance it.", "Ines Kalder", None)]),
        # near miss: "told" with no audience introduces a story, not words spoken to anyone
        (_OPEN + "Ruth Amsel told the story:\n\nWe will not close the pool.", []),
    ],
)
def test_told_an_audience_introduces_a_statement(body, quotes):
    assert _direct(body, _CAST) == quotes


@pytest.mark.parametrize(
    "body, cast, speaker",
    [
        # "the spokesman for Velmora": the one person whose role is spokesman for that body
        ("“We regret the delay,” said Idris Penhallow, a spokesman for Velmora Shipping.\n\n"
         "The spokesman for Velmora said the ship would “sail on Friday”.",
         {"Idris Penhallow": "spokesman for Velmora Shipping"}, ("Idris Penhallow", None)),
        # near miss: a campaigner for the body is no spokesman
        ("“We regret the delay,” said Idris Penhallow, a campaigner for Velmora Shipping.\n\n"
         "The spokesman for Velmora said the ship would “sail on Friday”.",
         {"Idris Penhallow": "campaigner for Velmora Shipping"}, (None, "The spokesman for Velmora")),
    ],
)
def test_a_spokesman_for_a_body_is_its_one_spokesman(body, cast, speaker):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    found = [(q.speaker_name, q.speaker_label) for q in extract_quotes(article, _people(body, cast), Registry())
             if q.kind != "indirect"][-1:]
    assert found == [speaker]
