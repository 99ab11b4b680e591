"""A finite verb that belongs to the speech verb's object, not to a reported clause: the object's relative clause
("said the words that became a slogan", "said the prayer everyone knew by heart") or a time clause after it ("said
a prayer as the tide rose"). A second finite verb after it is still the reported clause's ("said the man who became
mayor was arrested")."""

import pytest

from tests.loaders.extract.quote_steps import indirect_clauses

CAST = ("Tamsin Corvello", "Edvin Harrowby")

_LEAD = "Tamsin Corvello keeps bees on the hill above Quellport. "


@pytest.mark.parametrize(
    "body, clauses",
    [
        # the object's own relative or time clause: no reported clause
        (_LEAD + "Corvello said the words that became a motto across the valley.", []),
        (_LEAD + "Corvello said the lines that the pupils forgot every spring.", []),
        (_LEAD + "Corvello said the prayer everyone knew by heart.", []),
        (_LEAD + "Corvello said the name of a beekeeper who spoke at the fair.", []),
        (_LEAD + "Corvello said a prayer as the tide rose.", []),
        (_LEAD + "Corvello said grace before the soup grew cold.", []),
        # near misses: a second finite verb is the clause's; a subordinator opening the clause; no object first
        (_LEAD + "Corvello said the man who became mayor was arrested.",
         [("the man who became mayor was arrested", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the hive she knew best survived the frost.",
         [("the hive she knew best survived the frost", "Tamsin Corvello")]),
        (_LEAD + "Corvello said afterwards that the honey price rose.",
         [("afterwards that the honey price rose", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the man who led the march spoke.",
         [("the man who led the march spoke", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the frost came as the hives were closed.",
         [("the frost came as the hives were closed", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the hives that survived were moved as the frost came.",
         [("the hives that survived were moved as the frost came", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the honey price rose as demand grew.",
         [("the honey price rose as demand grew", "Tamsin Corvello")]),
        (_LEAD + "Edvin Harrowby said yesterday they were leaving the valley.",
         [("they were leaving the valley", "Edvin Harrowby")]),
        (_LEAD + "Corvello said everyone knew the road was unsafe.",
         [("everyone knew the road was unsafe", "Tamsin Corvello")]),
    ],
)
def test_object_own_clause(body, clauses):
    assert indirect_clauses(body, CAST) == clauses


@pytest.mark.parametrize(
    "body, clauses",
    [
        # the regular past's twin: the object's own relative or time clause, no reported clause
        (_LEAD + "Corvello said the words that changed the valley.", []),
        (_LEAD + "Corvello said a prayer as the tide turned.", []),
        (_LEAD + "Corvello said the prayer everyone learned by heart.", []),
        (_LEAD + "Corvello said the name of a beekeeper who died at the fair.", []),
        # near misses: a second finite verb is the clause's; a subordinator or "that" opening the clause; no object
        (_LEAD + "Corvello said the man who changed the rules was arrested.",
         [("the man who changed the rules was arrested", "Tamsin Corvello")]),
        (_LEAD + "Corvello said afterwards that the honey price jumped.",
         [("afterwards that the honey price jumped", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the honey price jumped as demand grew.",
         [("the honey price jumped as demand grew", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the hives that survived were moved.",
         [("the hives that survived were moved", "Tamsin Corvello")]),
        (_LEAD + "Corvello said everyone learned the road was unsafe.",
         [("everyone learned the road was unsafe", "Tamsin Corvello")]),
        (_LEAD + "Corvello said the hives that used to swarm in May now swarm in April.",
         [("the hives that used to swarm in May now swarm in April", "Tamsin Corvello")]),
        (_LEAD + "Corvello told the council the frost killed the hives.",
         [("the frost killed the hives", "Tamsin Corvello")]),
    ],
)
def test_object_own_clause_regular_past(body, clauses):
    assert indirect_clauses(body, CAST) == clauses
