"""Review of eventsR27 (events track, who is who), its NEWLY WRONG items; written BEFORE the fix, made-up texts.
(A1) a person is only written near the title, in another role ("asked about the minister, Ana Silva said", "a lawyer
for the minister"); (A2) a rank limit on one side only ("Vice President X ... the president", "the former minister"
with a current one); (A3) a subject of two titles ("the minister and the envoy signed"): none of them is the person
described. (B) the pronoun's person named last is the object of a clause or another person of the pronoun's gender
is named within reach: no sure answer. Near misses that must stay: the NEWLY RIGHT rows of the review.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.loaders.extract.test_events import events_of

NAMES = ("Ana Silva", "Tom Fischer", "Omar Haddad", "Karl Brenner", "Peter Hofmann", "Maria Lopez", "Joe Biden")


def _people(body: str, event_type: str) -> list[list[str]]:
    return [sorted(e.participants) for e in events_of("Talks in Vienna\n\nBy Staff Reporter\n\n" + body, *NAMES,
                                                      published=date(2024, 3, 12))
            if e.event_type == event_type]


ROWS = {
    # --- (A1) words near a mention that are no title of the person ---
    "asked about the minister, she said": (
        "Asked about the minister, Ana Silva said the plan was sound. The minister signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    "a lawyer for the minister": (
        "Mr Tom Fischer, a lawyer for the minister, arrived. The minister resigned on Tuesday.", "other", [[]]),
    "the president's chief of staff": (
        "Mr Omar Haddad, the president's chief of staff, arrived on Monday. The president signed the agreement on "
        "Tuesday.", "agreement_signing", [[]]),
    "an adviser to the president": (
        "Mr Omar Haddad, an adviser to the president, arrived on Monday. The president met the envoy on Tuesday.",
        "meeting", [[]]),
    # --- (A2) a rank limit on one side only ---
    "vice president, the president": (
        "Vice President Omar Haddad arrived on Monday. The president signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    "deputy foreign minister, the foreign minister": (
        "Deputy Foreign Minister Omar Haddad arrived on Monday. The foreign minister signed the agreement on "
        "Tuesday.", "agreement_signing", [[]]),
    "former minister, the minister": (
        "Former Transport Minister Karl Brenner arrived on Monday. The minister signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    "minister, the former minister": (
        "Transport Minister Karl Brenner arrived on Monday. The former minister signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    # --- (A3) two titles in the subject ---
    "the minister and the envoy signed": (
        "US envoy Tom Fischer arrived on Monday. The minister and the envoy signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    "the envoy and the minister signed": (
        "Transport Minister Karl Brenner arrived on Monday. The envoy and the minister signed the agreement on "
        "Tuesday.", "agreement_signing", [[]]),
    # --- (B) the pronoun's person named last is an object, or shares the pronoun's gender with another ---
    "he: the man named last is the object": (
        "Mr Omar Haddad criticised Mr Tom Fischer on Monday. He resigned on Tuesday.", "other",
        [["Omar Haddad", "Tom Fischer"], []]),  # (the criticism is an event of its own; the resignation is no one's)
    "he: welcomed another man": (
        "Mr Karl Brenner welcomed Mr Peter Hofmann to the capital on Monday. He signed the agreement on Tuesday.",
        "agreement_signing", [[]]),
    "she: thanked another woman": (
        "Mrs Ana Silva thanked Maria Lopez, the mediator. She met the envoy on Tuesday.", "meeting", [[]]),
    "he: two men, a paragraph apart": (
        "Mr Omar Haddad arrived on Monday.\n\nMr Tom Fischer, a Reuters photographer, took pictures of the "
        "arrival.\n\nHe met the envoy on Tuesday.", "meeting", [[]]),
    "she: an unnamed woman is the subject": (
        "A woman who shouted at Mrs Ana Silva was detained by police. She met the envoy on Tuesday.", "meeting",
        [[]]),
    # --- near misses (the review's NEWLY RIGHT rows): must stay ---
    "the minister: the one transport minister": (
        "Transport Minister Karl Brenner arrived on Monday. The minister signed the agreement on Tuesday.",
        "agreement_signing", [["Karl Brenner"]]),
    "the president: the one president met": (
        "Mr Omar Haddad met President Joe Biden on Monday. The president signed the agreement on Tuesday.",
        "agreement_signing", [["Joe Biden"]]),
    "after the minister signed": (
        "Transport Minister Karl Brenner arrived on Monday. After the minister signed the agreement on Tuesday, "
        "the talks ended.", "agreement_signing", [["Karl Brenner"]]),
    "she: the one woman, subject of her sentence": (
        "Mrs Ana Silva, the Portuguese foreign minister, arrived on Monday. She met the Austrian chancellor on "
        "Tuesday.", "meeting", [["Ana Silva"]]),
    "she said he resigned: the one man": (
        "Mrs Ana Silva said Mr Omar Haddad was wrong. She said he resigned on Monday.", "other", [["Omar Haddad"]]),
    "she: across a paragraph, the one woman": (
        "Mrs Maria Lopez left the hall early on Monday.\n\nMeanwhile officials gathered. She met the envoy on "
        "Tuesday.", "meeting", [["Maria Lopez"]]),
}


@pytest.mark.parametrize("body, event_type, expected", [row for row in ROWS.values()], ids=list(ROWS))
def test_who_is_who_review_rows(body, event_type, expected):
    assert _people(body, event_type) == expected
