"""A trailing attribution after a sentence that opens on a fronted phrase of time, place or measure ("On Monday
the carts ran empty, she says.", "At least nine barns burned, Lindqvale said."): the phrase belongs to the
reported clause, which has its own finite verb, as a condition's clause already did; a phrase naming where the
words were said ("In a statement, …", "In an interview with the paper, …") or one with no main clause after it
still sets the scene of the speaking, and the sentence is left out."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "On the Friday before the fair, with the mill shut, he drove nine loads alone, he says.",
         [("On the Friday before the fair, with the mill shut, he drove nine loads alone", "Oskar Lindqvale")]),
        (_LEAD + "On Monday he drove nine loads alone, Lindqvale said.",
         [("On Monday he drove nine loads alone", "Oskar Lindqvale")]),
        (_LEAD + "At least nine barns burned on the ridge, Lindqvale said.",
         [("At least nine barns burned on the ridge", "Oskar Lindqvale")]),
        ("Runa Fellbrook drew the map. In the valley, the road will open in May, Fellbrook said.",
         [("In the valley, the road will open in May", "Runa Fellbrook")]),
        (_LEAD + "For now, the carts are loaded by hand, said Oskar Lindqvale.",
         [("For now, the carts are loaded by hand", "Oskar Lindqvale")]),
        # near misses: the phrase names where the words were said or written
        (_LEAD + "In a statement on Monday, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "In an interview with the paper, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "At a briefing, the carts were loaded with rye, Lindqvale said.", []),
        # (speakersR49, review of R48) near misses: the phrase names the occasion the words were said at, or the
        # clause joins a second clause by ";", ":" or a dash (the narrator's words beside the speaker's)
        (_LEAD + "At a news conference on Friday, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "In a televised address, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "At a rally in the valley, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "In a phone call with the mill, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "On a visit to the ridge, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "On Monday the mill shut its gate; the carts are idle, Lindqvale said.", []),
        (_LEAD + "At the fair, Fellbrook read out the prices: the rye will sell high, Lindqvale said.", []),
        (_LEAD + "In 1990 the ridge flooded - this year is worse, Lindqvale said.", []),
        # hits still taken: a phrase of place or time that names no occasion
        (_LEAD + "At the market on Friday, rye sold for nine crowns, Lindqvale said.",
         [("At the market on Friday, rye sold for nine crowns", "Oskar Lindqvale")]),
        (_LEAD + "On the ridge the wind has turned cold, Lindqvale said.",
         [("On the ridge the wind has turned cold", "Oskar Lindqvale")]),
        (_LEAD + "In the spring, the carts will run at dawn, Lindqvale said.",
         [("In the spring, the carts will run at dawn", "Oskar Lindqvale")]),
        # near misses: no main clause with a finite verb after the phrase
        (_LEAD + "On Monday, Lindqvale said.", []),
        (_LEAD + "At the mill on the ridge, Lindqvale told the paper.", []),
        (_LEAD + "In the valley, the new carts, Lindqvale said.", []),
        (_LEAD + "In reply to the paper, the carts were loaded with rye, Lindqvale said.", []),
    ],
)
def test_fronted_phrase_before_trailing_speaker(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
