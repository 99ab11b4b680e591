"""A place's municipality known only through its officer's adjective ("Former Tarnby municipal manager Jo Roe") is a
body a later "the municipality" takes up, when the word before "municipal" names a place, not a sentence's
first word that is no name; two municipalities named in one sentence leave it unresolved (`orgnames.ArticleBodies`,
`_MUNICIPAL_OF`, `_municipal_place`, `_same_sentence`; made-up texts)."""
from __future__ import annotations

import pytest

from loaders.extract.orgnames import ArticleBodies


def _resolved(body, head="municipality", people=()):
    spans = [(body.index(name), body.index(name) + len(name)) for name in people]
    found = ArticleBodies(body, spans, {}, []).resolve(head, body.rindex("The " + head))
    return found[0] if found else None


@pytest.mark.parametrize("body, expected", [
    ("Former Tarnby municipal manager Jo Roe was convicted on Monday.\n\nThe municipality cancelled the tender.",
     "Tarnby municipality"),
    ("Kestle Bay municipal workers went on strike.\n\nThe municipality said it would talk.", "Kestle Bay municipality"),
    # near misses: no place before the adjective, or a lone lower-case 'municipal'
    ("A former municipal manager was convicted on Monday.\n\nThe municipality cancelled the tender.", None),
    ("The municipal manager was convicted on Monday.\n\nThe municipality cancelled the tender.", None),
])
def test_a_municipality_named_through_its_officer(body, expected):
    assert _resolved(body) == expected


@pytest.mark.parametrize("body, people, expected", [
    # a word opening its sentence is a place when its officer is named after it, the towns table knows it, or the
    # article writes it after a preposition of place
    ("Varnvik municipal engineer Oda Lind resigned on Monday. The municipality said it regretted it.", ["Oda Lind"],
     "Varnvik municipality"),
    ("Oslo municipal workers went on strike. The municipality said it would talk.", [], "Oslo municipality"),
    ("Varnvik municipal workers went on strike in the rain. Pay in Varnvik is low. The municipality said it would "
     "talk.", [], "Varnvik municipality"),
    # near misses: a sentence's first word that is an adjective or a quantifier, with no officer named after it
    ("Striking municipal workers marched through Brenn. The municipality said it would talk.", [], None),
    ("Several municipal workers walked out in Brenn. The municipality said it would talk.", [], None),
    ("Angry municipal staff met Oda Lind on Monday. The municipality said it would talk.", ["Oda Lind"], None),
    # a sentence opener whose municipal officers are named in the plural is a place; one of an adjective's shape is
    # not, even with an officer named after it, unless the article capitalises it inside a sentence too
    ("Brenby municipal officials shut the pier on Monday. The municipality said it was unsafe.", [],
     "Brenby municipality"),
    ("Unpaid municipal officials shut the pier on Monday. The municipality said it was unsafe.", [], None),
    ("Suspended municipal engineer Oda Lind appealed. The municipality said it regretted it.", ["Oda Lind"], None),
    ("Brenby municipal budgets shrank. The municipality said it would cut.", [], None),
    ("Reading municipal engineer Oda Lind resigned. Lind moved to Reading in 2019. The municipality said it "
     "regretted it.", ["Oda Lind"], "Reading municipality"),
    ("Bleaksted municipal engineer Oda Lind resigned. The mayor of Bleaksted said nothing. The municipality said it "
     "regretted it.", ["Oda Lind"], "Bleaksted municipality"),
    # two municipalities in one sentence: ambiguous; in two sentences, the later one is taken up
    ("Varnvik municipal engineer Oda Lind and Holm municipal manager Ivo Marr were questioned. The municipality "
     "said it would help.", ["Oda Lind", "Ivo Marr"], None),
    ("Varnvik municipal engineer Oda Lind was questioned. Holm municipal manager Ivo Marr was not. The municipality "
     "said it would help.", ["Oda Lind", "Ivo Marr"], "Holm municipality"),
])
def test_only_a_place_names_a_municipality(body, people, expected):
    assert _resolved(body, people=people) == expected
