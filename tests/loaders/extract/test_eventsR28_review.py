"""Review of eventsR28 (events track), its NEWLY WRONG items; written BEFORE the fix, made-up texts, run through
`run_steps` as a page (so the people step's roles are built as in the pipeline).
(1) Taken-up actors: a noun the event only shares with an earlier one (a place, a target, a victim, a title, another
body of the same head) gives no actors: the noun must be the trigger's subject or its "on"/"of"/"into" complement,
with the earlier phrase's modifiers; an attack, a war or a disaster takes up no one (its actors are its doers); an
earlier event that only reacted to the thing ("criticised the budget") is not its maker.
(2) Pronoun rule: the person named last is sure when no other person of the pronoun's gender is within reach, whatever
their role in the clause, unless an unnamed person of that gender is written there ("A gunman attacked the convoy of").
(3) Title rule: a role's words after "of" are another's ("the wife of the minister", "a critic of the minister").
Near misses that must stay: the review's NEWLY RIGHT rows.
"""
from __future__ import annotations

import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

PAGE = "Talks in Vienna\n\nBy Staff Reporter\n\n"
AGREED = "Portugal and Spain signed an agreement on Monday creating a joint water commission. "


def _events(text: str):
    result = run_steps(SourceDocument(source_path="t.txt", source_format="txt", raw_text=PAGE + text,
                                      given={"published": "2024-03-12"}), Registry())
    body = result.article.body
    return [(e.event_type, body[e.start:e.end], sorted(e.actors), sorted(e.participants)) for e in result.events]


def _actors_of(text: str, trigger: str) -> list[list[str]]:
    return [actors for _, span, actors, _ in _events(text) if trigger in span]


def _people_of(text: str, trigger: str) -> list[list[str]]:
    return [people for _, span, _, people in _events(text) if trigger in span]


TAKEN_UP = {
    # --- (1) wrong before: no actors ---
    "an earthquake in the capital of the talks": (
        "Russia and Ukraine held talks in the capital on Monday. An earthquake struck the capital on Tuesday.",
        "earthquake", []),
    "a bomb attack in the capital": (
        "Russia and Ukraine held talks in the Turkish capital on Monday. A bomb attack in the capital killed three "
        "people on Tuesday.", "attack", []),
    "a wildfire on the island of the talks": (
        "Greece and Turkey held talks on the island of Rhodes on Monday. A wildfire hit the island on Tuesday.",
        "wildfire", []),
    "an explosion at the port they agreed to build": (
        "Egypt and Jordan agreed on Monday to build a port. An explosion at the port killed ten people on Tuesday.",
        "explosion", []),
    "rebels attacked the police they sent": (
        "The UN and the African Union sent police to the region on Monday. Rebels attacked the police on Tuesday.",
        "attacked", []),
    "another body of the same head": (
        AGREED + "The electoral commission will meet in Lisbon on 20 March to discuss the election.", "meet", []),
    "a title noun": (
        "Portugal and Spain signed an agreement on Monday, the minister said. The minister visited Faro on Tuesday.",
        "visited", []),
    "a visit to the capital of the talks": (
        "Russia and Ukraine held talks in the capital on Monday. The envoy visited the capital on Tuesday.",
        "visited", []),
    # --- near misses: right before and after ---
    "the commission the agreement created": (
        AGREED + "The commission will meet in Faro on 20 March.", "meet", ["Portugal", "Spain"]),
    "a hearing on the bill the council voted": (
        "The Lisbon city council voted on Monday to approve a bill on street parking. A public hearing on the bill, "
        "set for 20 March, was cancelled.", "hearing", ["Lisbon city council"]),
}


@pytest.mark.parametrize("text, trigger, expected", TAKEN_UP.values(), ids=list(TAKEN_UP))
def test_taken_up_actors_only_from_the_thing_made(text, trigger, expected):
    found = _actors_of(text, trigger)
    assert found and all(actors == expected for actors in found)


def test_a_reaction_is_not_the_maker():
    text = ("The Lisbon city council approved a budget on Monday. The opposition Socialist Party criticised the "
            "budget on Tuesday. A vote on the budget will be held on 20 March.")
    assert "Socialist Party" not in sum(_actors_of(text, "vote"), [])


def test_a_head_ending_in_ss_takes_itself_up():
    from loaders.extract.events import _taken_up_pattern
    assert _taken_up_pattern("process").search("the peace process began")
    assert _taken_up_pattern("tests").search("the final test was")
    assert not _taken_up_pattern("process").search("the processor")


PRONOUNS = {
    # --- (2) wrong before: the one person of the pronoun's gender, though not the subject ---
    "she, the object of a meeting": (
        "Mr Omar Haddad met Mrs Ana Silva on Monday. She resigned on Tuesday.", "resigned", [["Ana Silva"]]),
    "he, arrested by police": (
        "Police arrested Mr Omar Haddad on Monday. He resigned on Tuesday.", "resigned", [["Omar Haddad"]]),
    "he, praised by her": (
        "Mrs Ana Silva praised Mr Omar Haddad on Monday. He signed the agreement on Tuesday.", "signed",
        [["Omar Haddad"]]),
    # --- near misses: no sure answer (review of eventsR27) ---
    "two men": ("Mr Omar Haddad criticised Mr Tom Fischer on Monday. He resigned on Tuesday.", "resigned", [[]]),
    "an unnamed woman": (
        "A woman who shouted at Mrs Ana Silva was detained by police. She met the envoy on Tuesday.", "met", [[]]),
    "an unnamed gunman": (
        "A gunman attacked the convoy of Mr Omar Haddad on Monday. He met the envoy on Tuesday in Damascus.", "met",
        [[]]),
}


@pytest.mark.parametrize("text, trigger, expected", PRONOUNS.values(), ids=list(PRONOUNS))
def test_pronoun_of_the_one_person_of_its_gender(text, trigger, expected):
    assert _people_of(text, trigger) == expected


TITLES = {
    # --- (3) wrong before: a role of another ("of") ---
    "the wife of the minister": (
        "Mrs Ana Silva, the wife of the minister, arrived on Monday. The minister signed the agreement on Tuesday.",
        "signed", [[]]),
    "a critic of the minister": (
        "Mr Tom Fischer, a critic of the minister, arrived on Monday. The minister signed the agreement on Tuesday.",
        "signed", [[]]),
    # --- near misses: the title before "of" stays ---
    "minister of transport": (
        "Mr Karl Brenner, the minister of transport, arrived on Monday. The minister signed the agreement on Tuesday.",
        "signed", [["Karl Brenner"]]),
    "a title before the name": (
        "Transport Minister Karl Brenner arrived on Monday. The minister signed the agreement on Tuesday.", "signed",
        [["Karl Brenner"]]),
}


@pytest.mark.parametrize("text, trigger, expected", TITLES.values(), ids=list(TITLES))
def test_role_words_after_of_are_anothers(text, trigger, expected):
    assert _people_of(text, trigger) == expected
