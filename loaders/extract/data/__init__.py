"""Word lists for the people step, shipped inside the package so an installed newsdb always carries them.

`lexicon` holds the hand-written lists (titles, nationality adjectives, places, organisation words,
capitalised function words, a fallback set of given names); `given_names` reads the large given-name list and
its spelling variants (`given_names.csv`, `given_name_variants.txt`, package data built by
`scripts/build_given_names.py` from public-domain and permissively licensed sources).
"""
