"""People step, round 51 (made-up snippets): a role in commas after a name that ends in "at <Body>" or
"<title> of <Body>" keeps the body's name even when the body opens with a word that is also a given name ("a
tailor at Lumen Apparels", "head of research at Al Dafna Securities", "Chairman of Al Mansoori Cold Chain"); a
given name and a surname elsewhere in the phrase are still another titled person ("X, Secretary of State Connie
Lawson,")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="GB")


def _roles(body: str, name: str) -> set[str]:
    for person in extract_people(_article(body), Registry()):
        if person.name == name:
            return {r for m in person.mentions for r in (m.role, m.apposition) if r}
    raise AssertionError(f"{name} not found")


HITS = [
    ("Pella Rowe, a tailor at Lumen Apparels, said the order was late.", "Pella Rowe", "tailor at Lumen Apparels"),
    ("\"It is back,\" said Tomas Kuwet, head of research at Al Dafna Securities. He said more.",
     "Tomas Kuwet", "head of research at Al Dafna Securities"),
    ("\"It is back,\" said Tomas Kuwet, an analyst at Dafna Brokers. He said more.",
     "Tomas Kuwet", "analyst at Dafna Brokers"),
    ("\"It closes the gap,\" said Khalil Marrow, Chairman of Al Menzi Cold Chain. \"It does.\"",
     "Khalil Marrow", "Chairman of Al Menzi Cold Chain"),
    ("Rina Sollet, chairman of Dafna Freight Lines, opened the hub.", "Rina Sollet",
     "chairman of Dafna Freight Lines"),
]

NEAR_MISSES = [
    # a given name and a surname after a capitalised word: another titled person, not the role's body
    ("Omar Velt, Secretary of State Connie Lawsen, and others met.", "Omar Velt", None),
    # the body after "of" is no title's own: "director of operations" is the title, a person after "for"
    ("Omar Velt, a spokesman for Lumen Harrow, said no.", "Omar Velt", None),
    # after "of", a given name and a surname alone are a person, not a body
    ("Omar Velt, director of Dafna Pike, said no.", "Omar Velt", None),
    # a possessive in the run: a person's place, not a body's name
    ("Omar Velt, a lawyer at Dafna Pike's office, said no.", "Omar Velt", None),
    # after "in" a given name still opens a person ("a believer in Dafna Pike"): "in" is no workplace link
    ("Omar Velt, an aide in Dafna Pike's office, said no.", "Omar Velt", None),
    ("Omar Velt, a believer in Dafna Pike, said no.", "Omar Velt", None),
    # a list of names after the comma
    ("Omar Velt, Lumen Harrow and Dafna Pike said no.", "Omar Velt", None),
    # a clause, not an apposition
    ("Omar Velt, officials at Lumen Apparels say, left.", "Omar Velt", None),
    # the role without a body keeps its old reading
    ("Omar Velt, head of research, said so.", "Omar Velt", "head of research"),
    ("Omar Velt, a hydrologist at the University of Tarnby, said so.", "Omar Velt",
     "hydrologist at the University of Tarnby"),
]


@pytest.mark.parametrize("body, name, role", HITS)
def test_role_at_a_body_opened_by_a_given_name(body, name, role):
    assert role in _roles(body, name)


@pytest.mark.parametrize("body, name, role", NEAR_MISSES)
def test_near_misses_keep_their_reading(body, name, role):
    roles = _roles(body, name)
    if role is None:
        assert not any("Lawsen" in r or "Harrow" in r or "Pike" in r or "officials" in r for r in roles), roles
    else:
        assert role in roles


# a head that names a firm as often as a job ("operator", "supplier") is a person's job after an article when "at"
# sets the workplace after it; alone, or before "of"/"in", it stays no role
JOB_AT_HITS = [
    ("\"We cannot buy rice,\" said Pella Rowe, a sewing operator at Lumen Apparels. \"They say next week.\"",
     "Pella Rowe", "sewing operator at Lumen Apparels"),
    ("Pella Rowe, a machine operator at the Tarn mill, said the line stopped.", "Pella Rowe",
     "machine operator at the Tarn mill"),
    ("Pella Rowe, a contractor at the port, said the line stopped.", "Pella Rowe", "contractor at the port"),
]
JOB_AT_NEAR = [
    "Pella Rowe, a distributor, said the line stopped.",
    "Pella Rowe, an investor in Lumen Apparels, said the line stopped.",
    "Pella Rowe, a supplier of rice, said the line stopped.",
    "Pella Rowe, a sewing operator, said the line stopped.",
    "Pella Rowe, a tour operator in Tarnby, said the line stopped.",
]


@pytest.mark.parametrize("body, name, role", JOB_AT_HITS)
def test_job_or_firm_head_before_at(body, name, role):
    assert role in _roles(body, name)


@pytest.mark.parametrize("body", JOB_AT_NEAR)
def test_job_or_firm_head_without_at(body):
    assert not _roles(body, "Pella Rowe")
