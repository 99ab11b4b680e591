"""Whole-session review, NEWLY WRONG 1 and 2 (made-up text). A "the <title>" inside a direct quotation, or followed
by "before/after <pronoun or name>" or another time qualifier ("at the time"), means another holder: it attaches
nothing. A holder whose title is qualified by an organisation ("union president") fits only a description that
writes the qualifier; a capitalised head-of-state "the President" fits only a holder whose title is bare or
national. Near misses: the same descriptions outside a quotation or with a qualifier that names no other holder
still join their one holder."""
from __future__ import annotations

import pytest

from loaders.extract.data.lexicon import DESCRIPTION_SUCCESSION_WORDS, ORGANISATION_TITLE_QUALIFIERS
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _descriptions(body: str, name: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {m.surface.casefold() for person in extract_people(article, Registry()) if person.name == name
            for m in person.mentions if m.kind == "description"}


@pytest.mark.parametrize(("body", "name"), [
    # 1: inside a quotation: the speaker's words, about any holder
    ("Harbour Minister Telma Ruvo opened the pier on Monday. \"The minister before her never came here,\" said "
     "trader Oska Venn.", "Telma Ruvo"),
    ("Harbour Minister Telma Ruvo opened the pier on Monday. “We told the minister twice,” said trader Oska Venn.",
     "Telma Ruvo"),
    # a time qualifier after the description: another holder
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister before her had closed it.",
     "Telma Ruvo"),
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister after Dalgren reopened talks.",
     "Telma Ruvo"),
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister at the time had closed it.",
     "Telma Ruvo"),
    # 2: an organisation's president is not "the President", nor a bare "the president"
    ("Union president Kaspa Moyo met workers on Monday. On Tuesday the President signed the budget into law.",
     "Kaspa Moyo"),
    ("Club president Ines Varga welcomed the players on Monday. The President visited the stadium later.",
     "Ines Varga"),
    ("Party president Dov Arlen spoke on Monday.\n\nThe president then left the hall.", "Dov Arlen"),
    # a capitalised head-of-state title for a body's president
    ("Senate President Rua Tembo opened the session on Monday.\n\nOn Tuesday the President signed the bill.",
     "Rua Tembo"),
])
def test_review_r30_attaches_nothing(body, name):
    assert not _descriptions(body, name)


@pytest.mark.parametrize(("body", "name", "description"), [
    # outside the quotation, beside it
    ("Harbour Minister Telma Ruvo opened the pier on Monday. \"It is ready,\" the minister said.", "Telma Ruvo",
     "the minister"),
    # "after/before" a time, not a holder: the sentence's own time
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister after the ceremony thanked the crews.",
     "Telma Ruvo", "the minister"),
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister before Friday will visit the docks.",
     "Telma Ruvo", "the minister"),
    # the qualifier written again
    ("Teachers Union president Kaspa Moyo met workers on Monday.\n\nThe union president said a strike was near.",
     "Kaspa Moyo", "the union president"),
    # a national president is "the President"
    ("Ama Lindqvist, the Chilean president, signed the decree on Monday.\n\nOn Tuesday the President flew to the "
     "coast.",
     "Ama Lindqvist", "the president"),
    ("Chilean President Ama Tello signed the decree on Monday.\n\nOn Tuesday the President flew to the coast.",
     "Ama Tello", "the president"),
    # a quotation closed before the description
    ("Harbour Minister Telma Ruvo opened the pier on Monday. \"It is ready.\" The minister then left the quay.",
     "Telma Ruvo", "the minister"),
    # a day after "after": the sentence's own time
    ("Harbour Minister Telma Ruvo opened the pier on Monday.\n\nThe minister after Monday's vote thanked the crews.",
     "Telma Ruvo", "the minister"),
    # a capitalised title of a harbour body's head is no head of state: the qualifier is no organisation word
    ("Harbour Board chairman Ivo Renke signed the lease.\n\nThe Chairman said boats would return.", "Ivo Renke",
     "the chairman"),
    # a capitalised title that is no head of state keeps its holder
    ("Works Minister Rosa Delmoor opened the bridge on Monday.\n\nThe Minister said the road would open in May.",
     "Rosa Delmoor", "the minister"),
])
def test_review_r30_still_attaches(body, name, description):
    assert description in _descriptions(body, name)


@pytest.mark.parametrize("word", sorted(ORGANISATION_TITLE_QUALIFIERS))
def test_each_organisation_qualifier_needs_writing_again(word):
    # every table entry: the bare "the president" fits no such holder; "the <word> president" still does
    lead = f"Teachers {word.capitalize()} president Kaspa Moyo met workers on Monday.\n\n"
    assert not _descriptions(lead + "The president said a strike was near.", "Kaspa Moyo")
    assert _descriptions(lead + f"The {word} president said a strike was near.", "Kaspa Moyo")


@pytest.mark.parametrize("word", sorted(DESCRIPTION_SUCCESSION_WORDS))
def test_each_succession_word_means_another_holder(word):
    lead = "Harbour Minister Telma Ruvo opened the pier on Monday.\n\n"
    assert not _descriptions(lead + f"The minister {word} him had other plans.", "Telma Ruvo")
    assert _descriptions(lead + f"The minister {word} the ceremony had other plans.", "Telma Ruvo")
