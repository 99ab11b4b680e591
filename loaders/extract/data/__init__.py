"""Word lists for the people step, kept as data in code so an installed package always carries them.

`lexicon` holds the hand-written lists (titles, nationality adjectives, places, organisation words,
capitalised function words, a fallback set of given names); `given_names` loads the large given-name
gazetteer when the optional `gender-guesser` package is installed and falls back to the small list.
"""
