"""The subjects of offices and departments, the words that follow "Secretary for", "Minister of", "Director of"
("Secretary for Roads and Harbours", "Minister of Health and Social Development"): written between a title
and a name, they belong to the title, never to the name ("... Harbours Lau Ka-yee told").

Entries are lower case.
"""
from __future__ import annotations

OFFICE_SUBJECTS = frozenset("""
transport transportation logistics health education finance housing justice security labour labor welfare
environment ecology development affairs trade industry industries commerce economy economic planning
infrastructure energy water agriculture fisheries forestry defence defense interior culture sport sports tourism
science sciences technology innovation communications information home social public services works lands mines
mining resources digital skills employment youth women family families children heritage arts immigration
citizenship local regional rural urban treasury revenue customs safety aviation maritime shipping ports highways
roads railways telecommunications media broadcasting veterans cooperation integration equality wellbeing care
climate food investment investments planning statistics budget taxation environmental protection emergency
disaster management administration relations harbours harbors communities territories regions canals waterways oceans
hunting fishing farming forests policing sanitation irrigation
""".split())

# Words that join an office's subjects ("Roads and Harbours", "Food, Agriculture and Fisheries").
OFFICE_SUBJECT_LINKS = frozenset("""
and &
""".split())
