"""Letters written after a person's name that give them a role: senior counsel and parliament members ("Conor
Healy SC", "Jo Roe MP", "Femi Falana SAN"). The people step records the letters as the mention's role when no
other role stands before the name. Honours and degrees (OBE, PhD) are no roles and are not listed.

The letters are `lexicon.POST_NOMINAL_ROLES` (one list), lowercased here for the token look-up.
"""
from __future__ import annotations

from loaders.extract.data.lexicon import POST_NOMINAL_ROLES

POSTNOMINAL_ROLES = frozenset(letters.lower() for letters in POST_NOMINAL_ROLES)
