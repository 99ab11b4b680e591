"""Letters written after a person's name that give them a role: senior counsel and parliament members ("Conor
Healy SC", "Jo Roe MP", "Femi Falana SAN"). The people step records the letters as the mention's role when no
other role stands before the name. Honours and degrees (OBE, PhD) are no roles and are not listed.

Entries are lowercase, without full stops.
"""
from __future__ import annotations

POSTNOMINAL_ROLES = frozenset("""
sc qc kc san mp mep msp mla mpp td
""".split())
