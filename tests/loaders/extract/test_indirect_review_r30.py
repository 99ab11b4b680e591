"""Rows for three readings that came in with the speakersR30 round and were wrong: a participle opener after an
adverb ("Although now based in …", "Though badly hurt, …") still sets the scene; an inverted trailing verb is read
as speech only when the speaker after it ends the sentence ("…, recalled the envoy Lindqvale, and expelled two
traders" is an action with its objects); a passive participle after a dash aside ("— a short one — followed by")
is no finite verb, so the aside does not carry the reported clause on."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "
_MAP = "Runa Fellbrook drew the map. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        # the opening clause has its own subject and verb, an adverb in it or not
        (_LEAD + "Although the mill had now closed, the carts will roll on Friday, Lindqvale said.",
         [("Although the mill had now closed, the carts will roll on Friday", "Oskar Lindqvale")]),
        (_LEAD + "Though the road was badly damaged, the carts will roll on Friday, Lindqvale said.",
         [("Though the road was badly damaged, the carts will roll on Friday", "Oskar Lindqvale")]),
        # near misses: an adverb, then a participle: the opener sets the scene
        (_LEAD + "Although now based in the valley, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "Though badly hurt in the fall, the carter drove the cart home, Lindqvale said.", []),
        (_LEAD + "Although widely expected, the rye tax will hurt the farms, Lindqvale said.", []),
        (_LEAD + "While still living on the ridge, the carts were loaded with rye, Lindqvale said.", []),
    ],
)
def test_adverb_then_participle_opener(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "The carts were too slow for the ridge road, recalled Lindqvale.",
         [("The carts were too slow for the ridge road", "Oskar Lindqvale")]),
        (_LEAD + "The carts were too slow for the ridge road, recalled Lindqvale on Friday.",
         [("The carts were too slow for the ridge road", "Oskar Lindqvale")]),
        (_LEAD + "The carts were too slow for the ridge road, said Lindqvale, who sold them in May.",
         [("The carts were too slow for the ridge road", "Oskar Lindqvale")]),
        (_LEAD + "The carts were too slow for the ridge road, said Lindqvale, whose mill closed in May.",
         [("The carts were too slow for the ridge road", "Oskar Lindqvale")]),
        # near misses: the words after the inverted verb are its objects, the sentence runs on
        (_LEAD + "The guild protested the seizure on Monday, recalled Envoy Lindqvale, and expelled two traders.",
         []),
        (_LEAD + "The guild protested the seizure on Monday, recalled Lindqvale, and closed the market.", []),
        (_LEAD + "The guild protested on Friday, recalled the envoy Lindqvale from the valley.", []),
        (_LEAD + "The guild protested on Friday, recalled Lindqvale, whose mill closed, and banned the traders.", []),
    ],
)
def test_inverted_verb_ends_the_sentence(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_MAP + "Fellbrook said the old carts — slow, heavy and dear to run — will be sold.",
         [("the old carts — slow, heavy and dear to run — will be sold", "Runa Fellbrook")]),
        (_MAP + "Fellbrook said the crowd — a big one for a Monday — gathered in the square.",
         [("the crowd — a big one for a Monday — gathered in the square", "Runa Fellbrook")]),
        # near misses: a passive participle after the aside is no finite verb
        (_MAP + "Fellbrook said grace — a short one — followed by a toast.", []),
        (_MAP + "Fellbrook said a prayer — a short one — watched by the carters.", []),
    ],
)
def test_passive_participle_after_dash_aside(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
