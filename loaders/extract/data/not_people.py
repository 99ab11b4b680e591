"""Words that show a capitalised name is no person: the legal forms that close a company's name ("Westwind
Renewables Ltd." makes "Westwind Renewables said" a company speaking), and the prepositions that put a name
inside a phrase of place rather than in a speaker's seat ("... University in Wagga Wagga, said" is no speaker).

Entries are lower case, without full stops.
"""
from __future__ import annotations

# A company's legal form after its name.
LEGAL_FORMS = frozenset("""
ltd limited inc incorporated plc llc llp lp gmbh ag kg se sa sas sarl spa srl nv bv ab as asa oy oyj aps
pty bhd sdn pte kk corp corporation co
""".split())

# A name right after one of these is the object of a place phrase, not the subject of the verb that follows it.
PLACE_PREPOSITIONS = frozenset("""
in at near from of outside inside across throughout around within into toward towards beyond
""".split())
