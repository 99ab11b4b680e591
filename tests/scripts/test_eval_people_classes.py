"""The people scorer's error classes (made-up gold and finds): each false positive and false negative falls in
the class that tells which mechanism it needs."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from eval_people import classify_fn, classify_fp  # noqa: E402
from loaders.records import MentionRecord, PersonRecord  # noqa: E402

_BODY = ("Ana Kell, the mayor, said the bridge would open. Kell added that Dr Bo Rask agreed.\n"
         "Kestrel Harbour Board said nothing. Tom Vale scored.\n"
         "MAKO: Varga; Pell, Drury, Corrin, Loftus; Breck, Mulgrew.\n")
_GOLD = {"authors": ["Jo Penn"], "boilerplate_people": [],
         "people": [{"name": "Ana Kell", "surface_forms": ["Ana Kell", "Kell"]},
                    {"name": "Bo Rask", "surface_forms": ["Bo Rask"]},
                    {"name": "Varga", "surface_forms": ["Varga"]},
                    {"name": "Ivo Lind", "surface_forms": ["Ivo Lind"]}]}


def _person(surface: str, body: str = _BODY) -> PersonRecord:
    start = body.find(surface)
    return PersonRecord(name=surface, mentions=[MentionRecord(surface=surface, start=start,
                                                              end=start + len(surface))])


@pytest.mark.parametrize("surface, kind", [
    ("Ana Kell Kestrel", "furniture"),  # not written in the gold body
    ("Jo Penn", "furniture"),  # the byline's author
    ("Dr Bo Rask", "boundary"),  # an extension of a gold name
    ("Bo", "boundary"),  # a part of one
    ("Kestrel Harbour Board", "org/place word"),
    ("Tom Vale", "given name first"),
    ("Mulgrew", "one word"),
])
def test_false_positive_classes(surface, kind):
    body = _BODY + "Ana Kell Kestrel\nJo Penn\n" if surface in ("Ana Kell Kestrel", "Jo Penn") else _BODY
    assert classify_fp(_person(surface, body), _GOLD, body, _BODY) == kind


def test_false_negative_classes():
    found = [_person("Ana Kell")]
    assert classify_fn(_GOLD["people"][3], found, set(), _BODY) == "outside body"
    assert classify_fn(_GOLD["people"][2], found, set(), _BODY) == "one word in a line-up"
    assert classify_fn({"name": "Kell", "surface_forms": ["Kell"]}, found, {0}, _BODY) == "merged"
    assert classify_fn(_GOLD["people"][1], found, {0}, _BODY) == "in body, not found"
