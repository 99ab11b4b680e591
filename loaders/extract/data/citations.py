"""Reference lists left in a body: the authors of a cited paper are not people the article mentions ("Clem J, et
al. (2021). A look at plant-based diets.", "Loeb SA, Roe J. Diet and risk. 2022"). Read by
`loaders.extract.furniture_names`, which names the row that matched.

`AFTER_NAME` patterns start where the name ends; `AUTHOR_INITIALS` is the Vancouver style's bare initials closing
an author's name ("Ivanova S", "Loeb SA") in a line's list of authors (`AUTHORS_BEFORE` before it), `AFTER_AUTHOR`
what follows it there, and `YEAR` the publication year the reference line holds.
"""
from __future__ import annotations

AFTER_NAME: tuple[tuple[str, str], ...] = (
    # "Clem J, et al. (2021)", "Roe et al. 2020"
    ("citation-et-al", r"^,?\s+et\.?\s+al\b"),
)
AUTHOR_INITIALS = r"\s[A-Z]{1,3}$"
# What follows such an author opening a reference line: the next author ("Loeb SA, Roe J") or the title after a
# full stop ("Ivanova S. Plant-based diet ...").
AFTER_AUTHOR = r"(?:,\s+[A-Z][\w'’-]+\s+[A-Z]{1,3}\b|\.\s+[A-Z])"
# What may stand between the line's start and such an author: a list mark or number, and the authors before it
# ("- Anastasiades MH, Kapoor S, Wootten J, ...").
AUTHORS_BEFORE = r"^[\s\-–•*\d.\[\]()]*(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+[A-Z]{1,3},\s+)*$"
YEAR = r"\b(?:1[89]|20)\d\d\b"
