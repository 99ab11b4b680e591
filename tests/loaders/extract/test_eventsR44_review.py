"""eventsR44 (#15, actors): the eventsR43 review's newly wrong rows, made-up texts (invented towns and names).

1. A body inside a preposition's object in front of the verb is never the verb's subject ("A man from the Korvik
   farmers union resigned": the man resigned, not the union).
2. "The board" takes up only the nearest board the article names, and a company's own board ("Halvex Ltd's board")
   blocks the takeover of an earlier, unrelated board.
3. "its" shows a bare name is a body only inside the act's own clause (it stops at and/but/to/a comma/that).
4. (not new) The subject of a passive act of type "other" with a "by" agent right after it is acted on, no actor
   ("The Varnholt water board was fined by the regulator"); near misses: no agent written, the active, a visit's
   host, a "by" in another clause.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract.test_events import events_of

ROWS = {
    # hits (still right)
    "the X water board voted": (
        "The Varnholt water board voted on Tuesday to delay the dyke works.", (), {"Varnholt water board"}),
    "The board voted (the nearest board)": (
        "Marta Riel has chaired the Varnholt water board since 2023.\n\nThe board voted on Tuesday to delay the "
        "dyke works.", ("Marta Riel",), {"Varnholt water board"}),
    "X suspended its flights": ("Brannock suspended its flights to Dunmore on Monday.", (), {"Brannock"}),
    # near misses: item 1, a preposition's object
    "a man from the union resigned": ("A man from the Korvik farmers union resigned on Monday.", (), set()),
    "critics of the board met": ("Critics of the Varnholt water board met on Tuesday in Kestle.", (), set()),
    "residents near the board voted": (
        "Residents near the Korvik water board voted on Tuesday to close the pool.", (), set()),
    "voters in X's union voted": ("Voters in Kestle's teachers union voted on Tuesday to strike.", (), set()),
    "some in the association protested": (
        "Some in the Kestle hotel association protested on Tuesday against the tax.", (), set()),
    # near misses: item 2, a company's own board
    "a company's board, then The board": (
        "Marta Riel sits on the Varnholt water board.\n\nHalvex Ltd's board met on Monday. The board voted to sell "
        "the firm.", ("Marta Riel",), {"Halvex"}),
    "a company's board, then that the board": (
        "Marta Riel sits on the Varnholt water board.\n\nHalvex's board met on Monday. Halvex said on Monday that "
        "the board voted to sell the firm.", ("Marta Riel",), {"Halvex"}),
    # near misses: item 3, "its" in another clause
    "its after 'to'": ("Holloway met the mayor at the museum on Monday to discuss its future.", (), set()),
    "its after 'and'": ("Brannock met Voss on Monday and its roof collapsed hours later.", (), set()),
    "its after a comma": ("Brannock met the mayor on Monday, its owners said.", (), set()),
    # a passive's "by" agent: the body acted on is no actor (a miss that was not new)
    "fined by the regulator": ("The Varnholt water board was fined by the regulator on Monday.", (), set()),
    "was on Monday fined by": ("The Korvik farmers union was fined on Monday by the Dunmore Competition Authority.",
                               (), {"Dunmore Competition Authority"}),
    # near misses
    "fined, no agent written": (
        "The Varnholt water board was fined on Monday.", (), {"Varnholt water board"}),
    "the body fines (active)": (
        "The Varnholt water board fined the Korvik farmers union on Monday.", (), {"Varnholt water board"}),
    "a visit's host (not 'other')": (
        "The Korvik farmers union was visited by the Dunmore Competition Authority on Monday.", (),
        {"Korvik farmers union", "Dunmore Competition Authority"}),
    "'by' in another clause": (
        "The Varnholt water board was fined in 2019 after it was sued by residents.", (), {"Varnholt water board"}),
}


@pytest.mark.parametrize("body, people, actors", ROWS.values(), ids=ROWS.keys())
def test_review_rows(body, people, actors):
    events = events_of(body, *people)
    assert not any("Varnholt water board" in e.actors for e in events if "Halvex" in body), [
        (e.event_type, e.actors) for e in events]
    if "Halvex" in body:
        return  # (the company's own board met: its meeting may name the company; the earlier board acts in none)
    assert (events or not actors) and all(set(e.actors) <= actors for e in events) and (
        not actors or any(set(e.actors) == actors for e in events)), [(e.event_type, e.actors) for e in events]
