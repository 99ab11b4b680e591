"""Rows for four readings that came in with the speakersR31 round and were wrong: a second verb after an inverted
speaker ("…, said X, and smiled") makes the inverted verb an action only for a verb that has an action sense
('recalled') and only when the second verb is no speech verb; "recalled X from …" is the envoy's recall only when
the speaker phrase writes an envoy's title; a capitalised word ending in "-ly" ("Although Kelly resigned") is a name,
no adverb before a participle; after a dash aside, "-ed by" is a passive participle only for verbs that take an
agent that way ("followed by", "watched by"); since speakersR33 every "-ed by" there is one. Made-up text."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "
_MAP = "Runa Fellbrook drew the map. "
_CLAUSE = "The carts were too slow for the ridge road"


@pytest.mark.parametrize(
    "body, clauses",
    [
        # a gesture or a speech verb after the speaker: the inverted verb is speech
        (_LEAD + _CLAUSE + ", said Lindqvale, and smiled.", [(_CLAUSE, "Oskar Lindqvale")]),
        (_LEAD + _CLAUSE + ", said Lindqvale, and walked off.", [(_CLAUSE, "Oskar Lindqvale")]),
        (_LEAD + _CLAUSE + ", wrote Lindqvale, and signed off.", [(_CLAUSE, "Oskar Lindqvale")]),
        (_LEAD + _CLAUSE + ", recalled Lindqvale, and added that nobody slept.", [(_CLAUSE, "Oskar Lindqvale")]),
        # "from" after a speaker with no envoy's title: where they speak from, what they remember from
        (_LEAD + _CLAUSE + ", recalled Lindqvale from the dock.", [(_CLAUSE, "Oskar Lindqvale")]),
        (_LEAD + _CLAUSE + ", recalled Lindqvale from his years on the ridge.", [(_CLAUSE, "Oskar Lindqvale")]),
        # near misses: an action verb with its objects, an envoy recalled from a posting
        (_LEAD + "The guild protested the seizure on Monday, recalled Lindqvale, and closed the market.", []),
        (_LEAD + "The guild protested on Friday, recalled Envoy Lindqvale from the valley.", []),
        (_LEAD + "The guild protested on Friday, recalled its envoy Lindqvale from the valley.", []),
        (_LEAD + "The guild protested on Friday, recalled Ambassador Lindqvale from the valley.", []),
    ],
)
def test_a_second_verb_after_an_inverted_speaker(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "Although Kelly resigned, the board met on Friday, Lindqvale said.",
         [("Although Kelly resigned, the board met on Friday", "Oskar Lindqvale")]),
        (_LEAD + "Though Emily objected, the carts will roll on Friday, Lindqvale said.",
         [("Though Emily objected, the carts will roll on Friday", "Oskar Lindqvale")]),
        # near misses: a lower-case adverb before the participle still sets the scene
        (_LEAD + "Although recently appointed, the carter drove the cart home, Lindqvale said.", []),
        (_LEAD + "Though badly hurt in the fall, the carter drove the cart home, Lindqvale said.", []),
        (_LEAD + "Although now based in the valley, the carts were loaded with rye, Lindqvale said.", []),
    ],
)
def test_a_capitalised_ly_word_is_no_adverb(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_MAP + "Fellbrook said the ferry — an old one — sailed at dawn.",
         [("the ferry — an old one — sailed at dawn", "Runa Fellbrook")]),
        # near misses: "-ed by" after the aside reads as a passive participle with its agent (a closed list of such
        # participles, which kept "stopped by the pier" finite, failed on participles it lacked and was dropped
        # in speakersR33: the finite "-ed by" is the accepted loss)
        (_MAP + "Fellbrook said the ferry — an old one — stopped by the pier.", []),
        (_MAP + "Fellbrook said grace — a short one — followed by a toast.", []),
        (_MAP + "Fellbrook said a prayer — a short one — watched by the carters.", []),
        (_MAP + "Fellbrook said grace — a long one — accompanied by a fiddler.", []),
    ],
)
def test_ed_by_after_a_dash_aside(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
