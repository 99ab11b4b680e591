"""A clause without "that" whose subject carries a long aside between dashes ("said two of the needs ― stone and
labour from the villages ― are met"): the aside is left out of the window searched for the clause's finite verb, as
an aside between commas already was, so the verb after it still counts and a verb only inside it does not; an em dash ends the reported clause unless it
opens such an aside whose closing dash a finite verb follows ("said the road was finished — a long job — and …" ends
at the first dash)."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Runa Fellbrook drew the map. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Fellbrook said two of the four needs for a new road ― good stone from the quarry and cheap labour "
         "from the villages ― are found all over the valley.",
         [("two of the four needs for a new road ― good stone from the quarry and cheap labour from the villages ― "
           "are found all over the valley", "Runa Fellbrook")]),
        (_LEAD + "Fellbrook said two of the four needs for a new road — good stone from the quarry and cheap labour "
         "from the villages — are found all over the valley.",
         [("two of the four needs for a new road — good stone from the quarry and cheap labour from the villages — "
           "are found all over the valley", "Runa Fellbrook")]),
        # near miss: an em dash before a second clause still ends the reported one
        (_LEAD + "Fellbrook said the road was finished — and the crews went home for the winter.",
         [("the road was finished", "Runa Fellbrook")]),
        (_LEAD + "Fellbrook said the road was finished — a long job — and thanked the crews.",
         [("the road was finished", "Runa Fellbrook")]),
        (_LEAD + "Fellbrook said the three needs for a long new road – good stone, cheap labour from the villages – "
         "were met.",
         [("the three needs for a long new road – good stone, cheap labour from the villages – were met",
           "Runa Fellbrook")]),
        # near misses: the only finite verb is inside the aside, the words after it are no clause
        (_LEAD + "Fellbrook said a few words to the crowd at the old mill ― a crowd which had waited since the "
         "morning ― before leaving.", []),
        (_LEAD + "Fellbrook said a few words to the crews — the crews were leaving for the winter — on Friday.", []),
        (_LEAD + "Fellbrook said goodbye to the crews at the quarry gate ― the crews were leaving for the winter ― "
         "on Friday.", []),
        # near miss: a single dash is no aside, and no verb follows it
        (_LEAD + "Fellbrook said a few words to the crowd at the old mill ― the last ones of the long year.", []),
    ],
)
def test_dash_aside_in_zero_that_clause(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
