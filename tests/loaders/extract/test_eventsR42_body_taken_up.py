"""eventsR42 (#15, actors): a bare body word opening the sentence ("Police", "Army", one of the state-body heads of
`eventwords.STATE_BODY_HEADS`) that a pronoun takes up in the clause it governs is the actor of that clause's act,
as it is when it is the act's own subject ("Police arrested ..."). Made-up texts (invented towns), no gold text.

Near misses: a plural common noun that is no body ("Engineers said they had closed"); the body only inside another
subject ("Critics of the police said they had ..."); a body lower-case mid-sentence that is the object of what a
resident saw; a person's pronoun ("she"); a body named as the teller of a clause with a subject of its own ("Police
said the residents had left").
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    "Police said they had arrested": ("Police said they had arrested a 34-year-old man in Dunmore on Monday.", (),
                                      {"Police"}),
    "Police say they have detained": ("Police say they have detained two men in Tarnby on Monday.", (), {"Police"}),
    "Army said it had evacuated": ("Army said it had evacuated 300 people from Korvik on Monday.", (), {"Army"}),
    "X Police said it had arrested (a name)": ("Marlow Police said it had arrested a man on Monday.", (),
                                               {"Marlow Police"}),
    # near misses
    "a plural common noun": ("Engineers said they had closed the bridge in Dunmore on Monday.", (), set()),
    "the body inside another subject": ("Critics of the police said they had arrested a man on Monday.", (), set()),
    "the body seen by residents": ("Residents said they had seen the police arrest a man on Monday.", (), set()),
    "a person's pronoun": ("Ana Voss said she had arrested a man in Dunmore on Monday.", ("Ana Voss",), set()),
    "a clause with a subject of its own": ("Police said the protesters had arrested a man on Monday.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", ROWS.values(), ids=ROWS.keys())
def test_bare_body_taken_up_by_pronoun(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) == actors for e in events), [
        (e.event_type, e.actors) for e in events]


# --- the same bare body as the teller of its own agentless act ("Police said all residents had been evacuated"),
# read by `speaker_body` as the body whose speaker announces it. Near misses: a passive with its agent ("by
# protesters"); a death the teller only reports (no act of the body's); an active clause of others ("talks with the
# union resumed": the teller is no party).
TELLER_ROWS = {
    "Police said ... had been evacuated": (
        "Police said all 140 residents of Dunmore had been evacuated on Monday.", (), {"Police"}),
    "Police said ... had been closed": ("Police said the road to Dunmore had been closed on Monday.", (), {"Police"}),
    # near misses
    "a passive with its agent": ("Police said the bridge had been closed by protesters on Monday.", (), set()),
    "a death the teller reports": (
        "Police said two people had been killed in the attack in Dunmore on Monday.", (), set()),
    "an active clause of others": ("Police said talks with the union resumed on Monday.", (), set()),
}


@pytest.mark.parametrize("body, people, actors", TELLER_ROWS.values(), ids=TELLER_ROWS.keys())
def test_bare_body_telling_its_agentless_act(body, people, actors):
    events = events_of(body, *people)
    assert (events or not actors) and all(set(e.actors) == actors for e in events), [
        (e.event_type, e.actors) for e in events]
