"""Review of rounds 2-3 (stand-ins, demonyms, court acts; made-up cases, expectations written by the reviewer
before any run): the eight rows the reviewed steps made wrong, copied here with near misses that must still
resolve (written before the narrowing). Actors are matched by substring, as the reviewer's driver does: `must_not`
names none of the actors may hold, `must` names each must be among them.
"""
from __future__ import annotations

import re

import pytest

from tests.loaders.extract.test_events import events_of

_CLAUSE_BREAK = re.compile(r"[,;.]")


def _row_event(body, events, trigger):
    start = body.index(trigger)
    end = start + len(trigger)
    held = [e for e in events if e.start <= start and end <= e.end]
    if held:
        return held[0]
    near = [e for e in events if not _CLAUSE_BREAK.search(body[min(e.end, end):max(e.start, start)])]
    return min(near, key=lambda e: min(abs(e.start - start), abs(e.end - end)), default=None)


ROWS = {
    # --- 1. "both sides of/in X": a group of the countries only when X is them
    "both sides of a union dispute": (
        "Brazil beat Argentina 2-1 in a friendly in May. On Sunday, both sides of the players' union dispute "
        "signed an agreement with the league.", "signed", {"Brazil", "Argentina"}, set()),
    "both sides in the strike": (
        "Chile and Peru met in Lima in May. On Friday both sides in the dockers' strike signed a deal.",
        "signed", {"Chile", "Peru"}, set()),
    "both sides of the border (the countries' own)": (
        "Armenia and Azerbaijan resumed talks in May. Both sides of the border signed a protocol on Friday.",
        "signed", set(), set()),
    "both sides, nothing after (still fires)": (
        "Armenia and Azerbaijan resumed talks in May. Both sides signed a border protocol on Friday.",
        "signed", set(), {"Armenia", "Azerbaijan"}),
    "officials of both sides (still fires)": (
        "Armenia and Azerbaijan resumed talks in May. Officials of both sides signed a border protocol on Friday.",
        "signed", set(), {"Armenia", "Azerbaijan"}),
    # --- 2. a separate case, a case or dispute noun nearer than the countries
    "a separate case": (
        "Kenya and Somalia are in a maritime dispute. In a separate case in Mombasa, both sides signed a "
        "settlement over a land deal on Friday.", "signed", {"Kenya", "Somalia"}, set()),
    "separately, the two sides": (
        "India and Pakistan held talks in May. Separately, the two sides signed a settlement on Friday.",
        "signed", {"India", "Pakistan"}, set()),
    "a lawsuit nearer than the pair": (
        "Egypt and Sudan met in Cairo in May. A lawsuit over a Nile ferry went to court in June. Both sides "
        "signed a settlement on Friday.", "signed", {"Egypt", "Sudan"}, set()),
    "the two countries after their dispute (still fires)": (
        "India and Bangladesh have argued over water for years. On Monday the two countries signed a treaty on "
        "the Teesta river.", "signed", set(), {"India", "Bangladesh"}),
    # --- 3. the stand-in as a modifier of a noun
    "the country singer": (
        "Ireland's exports rose in May. The country singer signed a record deal with Sony on Monday.",
        "signed", {"Ireland"}, set()),
    "the kingdom hotel": (
        "Bhutan opened its borders in May. The kingdom hotel signed a deal with a local firm on Monday.",
        "signed", {"Bhutan"}, set()),
    "the country then a verb (still fires)": (
        "Uzbekistan's exports grew in May. On Monday the country signed a gas deal with China.",
        "signed", set(), {"Uzbekistan"}),
    "the kingdom then an adverb (still fires)": (
        "Bhutan opened its borders in May. The kingdom also signed a hydropower deal with India on Monday.",
        "signed", set(), {"Bhutan"}),
    # --- 4. a stand-in inside quotation marks
    "the kingdom in a quote": (
        "Thailand hosted the summit on Monday. 'The kingdom signed a treaty with Britain in 1909,' a Malaysian "
        "historian said of Kedah.", "signed", {"Thailand"}, set()),
    "the country in double quotes": (
        'Nepal\'s tourism board launched a campaign in May. "The country signed the pledge in 2015," a '
        "Swiss diplomat said of Peru.", "signed", {"Nepal"}, set()),
    "the kingdom outside the quote (still fires)": (
        "Bhutan opened its borders in May. The kingdom signed a hydropower deal with India on Monday, 'a first,' "
        "officials said.", "signed", set(), {"Bhutan"}),
    # --- 5. a demonym's "side" is a team's
    "the Brazilian side beat a club": (
        "The Brazilian side beat Chelsea 2-0 in Lisbon on Saturday.", "beat", {"Brazil"}, set()),
    "the Moroccan side drew": (
        "The Moroccan side drew 1-1 with Al Ahly on Sunday.", "drew", {"Morocco"}, set()),
    "the Tajik side said (a state's side, still fires)": (
        "Tajik officials signed a water protocol with Kyrgyzstan in Batken on Monday.", "signed", set(),
        {"Tajikistan"}),
    # --- 6. a court's act with an active subject of its own
    "the referee sentenced": (
        "The Supreme Court adjourned a land case in May. The referee sentenced the striker to a three-match ban, "
        "the league said.", "sentenced", {"Supreme Court"}, set()),
    "the committee convicted": (
        "The High Court adjourned the case in May. The party's ethics committee convicted two members of "
        "vote-buying on Monday.", "convicted", {"High Court"}, set()),
    "was sentenced, no subject of its own (still fires)": (
        "Jan Novak appeared before the Prague Municipal Court on Monday. He was sentenced to six years in prison.",
        "sentenced", set(), {"Prague Municipal Court"}),
    # --- 7. a court's act with a written agent
    "convicted by another court": (
        "The Lahore High Court granted him bail on Monday. He had been convicted by an anti-terrorism court in "
        "2018.", "convicted", {"Lahore High Court"}, set()),
    "sentenced by a tribunal": (
        "The High Court in Nairobi heard the appeal in May. She was sentenced by a military tribunal in 2015.",
        "sentenced", {"High Court"}, set()),
    "convicted in August, sentenced by date (still fires)": (
        "The Kampala High Court heard the case in May. Okello was convicted in August and sentenced to ten years.",
        "convicted", set(), {"Kampala High Court"}),
    # --- 8. a verdict is a court's only among a court's words
    "viewers' verdict": (
        "The Supreme Court will rule in June. Viewers gave their verdict on the talent show on Sunday.",
        "verdict", {"Supreme Court"}, set()),
    "the voters' verdict": (
        "The Constitutional Court ruled on the election law in May. Voters delivered their verdict on the "
        "government on Sunday.", "verdict", {"Constitutional Court"}, set()),
    "a verdict among a court's words (still fires)": (
        "Okello's trial at the Kampala High Court ended in May. The judge read the verdict on Monday, and Okello "
        "was found guilty.", "verdict", set(), {"Kampala High Court"}),
}


@pytest.mark.parametrize("key", list(ROWS))
def test_review5_row(key):
    body, trigger, must_not, must = ROWS[key]
    people = [n for n in ("Jan Novak", "Okello") if n in body]
    event = _row_event(body, events_of(body, *people), trigger)
    actors = [] if event is None else list(event.actors)
    hit = lambda name: any(name in actor for actor in actors)
    assert not [n for n in must_not if hit(n)], actors
    assert all(hit(n) for n in must), actors
