"""Words for family members ("her son, Tunde,", "his wife Maria", "Wife Huma Roe"): a kin noun before a name says
the name is a person's, and a given name alone after one is a person of the article, though never named in full.

Entries are lower case.
"""
from __future__ import annotations

KIN_NOUNS = frozenset("""
wife husband spouse partner fiancee fiancée fiance fiancé widow widower son sons daughter daughters child children
mother father mom mum dad parent parents brother brothers sister sisters sibling siblings grandmother grandfather
grandson granddaughter grandchild grandchildren grandma grandpa granny aunt uncle nephew niece cousin cousins
stepson stepdaughter stepmother stepfather stepbrother stepsister half-brother half-sister twin boyfriend
girlfriend baby toddler infant
""".split())

# Determiners that make the kin noun someone's ("her son", "their daughter", "the couple's son").
KIN_OWNERS = frozenset("""
his her their my our your its
""".split())
