"""A trailing attribution after a sentence that opens on a concessive or causal clause ("Although the mill was
busy, the price may fall, said X"): the opening clause, with its own subject and finite verb, is part of what the
speaker said, as a condition ("If …, …, X added") already was; a participle opener ("While visiting …") or a
temporal one ("When …") still sets the scene and keeps the sentence out."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Oskar Lindqvale", "Runa Fellbrook")

_LEAD = "Oskar Lindqvale grows rye on the ridge. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        (_LEAD + "While the mill was helped by a wet spring, the rye price may be in for a slump, said Oskar "
         "Lindqvale, a grain trader at Ridge Co.",
         [("While the mill was helped by a wet spring, the rye price may be in for a slump", "Oskar Lindqvale")]),
        (_LEAD + "Although the ridge road is closed, the carts will reach the town by Friday, Lindqvale said.",
         [("Although the ridge road is closed, the carts will reach the town by Friday", "Oskar Lindqvale")]),
        (_LEAD + "Because the winter came early, half the barley rotted in the fields, Lindqvale told the paper.",
         [("Because the winter came early, half the barley rotted in the fields", "Oskar Lindqvale")]),
        ("Runa Fellbrook drew the map. Though the survey took a year, the road will open in May, Fellbrook said.",
         [("Though the survey took a year, the road will open in May", "Runa Fellbrook")]),
        # near misses: a participle opener sets the scene of the speaking, not a clause of its own
        (_LEAD + "While visiting the mill on Monday, the carts were loaded with rye, Lindqvale said.", []),
        (_LEAD + "Although based in the valley, the carts were loaded with rye, Lindqvale said.", []),
        # near miss: a temporal opener is not widened
        (_LEAD + "When the rain stopped, the carts were loaded with rye, Lindqvale said.", []),
        # near miss: no main clause after the opening clause's comma
        (_LEAD + "While the mill was busy, Lindqvale said.", []),
        # near miss: the main clause runs on past a second comma
        (_LEAD + "Because the winter came early, the barley, which was late, rotted in the fields, Lindqvale said.",
         []),
    ],
)
def test_concessive_opening_before_trailing_speaker(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
