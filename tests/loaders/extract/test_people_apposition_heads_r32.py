"""An apposition after a name headed by a post noun that is neither a title nor an agent noun by its ending
("X, a radio host in Halifax,", "X, a postdoctoral fellow at the institute,": `APPOSITION_PERSON_HEADS`), read only
after an article and before a preposition or the apposition's end. Near misses: no article, the noun followed by
another noun, a quantity phrase ("a host of critics"), the noun before a name."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _roles(body: str, name: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {r for person in extract_people(article, Registry()) if person.name == name
            for m in person.mentions for r in (m.role, m.apposition) if r}


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Rinaldo Calvetti, a radio host in Tarnby, has set up a website.", "Rinaldo Calvetti", "radio host in Tarnby"),
    ("Dora Velkamp, a postdoctoral fellow at the Ridley Institute, said it.", "Dora Velkamp",
     "postdoctoral fellow at the Ridley Institute"),
    ("Dora Velkamp, a fellow at the Ridley Institute, said it.", "Dora Velkamp", "fellow at the Ridley Institute"),
])
def test_post_noun_apposition(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


@pytest.mark.parametrize(("body", "name", "wrong"), [
    ("Dora Velkamp, a host of critics said, erred on Monday.", "Dora Velkamp", "host of critics"),
    ("Dora Velkamp, fellow at large, said it was late.", "Dora Velkamp", "fellow at large"),
    ("Dora Velkamp, a host city official, said it was late.", "Dora Velkamp", "host"),
    ("Dora Velkamp met fellow Tom Harbin, who said it was late.", "Dora Velkamp", "fellow"),
])
def test_post_noun_near_misses(body: str, name: str, wrong: str) -> None:
    assert wrong not in _roles(body, name)


# A role ending in "in <place>" goes on through ", <region or country>" when the gazetteer knows it, of the place's
# own country, and punctuation closes it. Near misses: another country, a list, a person's name after the comma.
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Rinaldo Calvetti, a radio host in Cape Breton, Nova Scotia, has set up a website.", "Rinaldo Calvetti",
     "radio host in Cape Breton, Nova Scotia"),
    ("Dora Velkamp, a fellow at the Ridley Institute in Munich, Germany, said it.", "Dora Velkamp",
     "fellow at the Ridley Institute in Munich, Germany"),
    ("Dora Velkamp, a lawyer in Tarnby, Canada, said it.", "Dora Velkamp", "lawyer in Tarnby, Canada"),
])
def test_place_tail_kept(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


@pytest.mark.parametrize(("body", "name", "cut"), [
    ("Dora Velkamp, a lawyer in Munich, France, said it.", "Dora Velkamp", "lawyer in Munich"),
    ("Dora Velkamp, a lawyer in Munich, Tom Harbin said on Monday.", "Dora Velkamp", "lawyer in Munich"),
    ("Dora Velkamp, a lawyer at Harbin Partners, Canada, said it.", "Dora Velkamp", "lawyer at Harbin Partners"),
])
def test_place_tail_near_misses(body: str, name: str, cut: str) -> None:
    roles = _roles(body, name)
    assert not any(r.startswith(cut + ",") for r in roles)


# A body's name that lists its subjects goes on past its first comma ("Laboratory of Hydraulics, Hydrology and
# Glaciology"). Near misses: names after the comma, a role not ending in "<Organisation word> of <Subject>", no "and".
@pytest.mark.parametrize(("body", "name", "role"), [
    ("Nadia Berthold, head of the Laboratory of Hydraulics, Hydrology and Glaciology (LHG), said it.",
     "Nadia Berthold", "head of the Laboratory of Hydraulics, Hydrology and Glaciology (LHG)"),
    ("Badr Hinawani, undersecretary at Tarnland's Ministry of Transport, Communications and Information Technology, "
     "said it.", "Badr Hinawani",
     "undersecretary at Tarnland's Ministry of Transport, Communications and Information Technology"),
])
def test_org_name_tail_kept(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


@pytest.mark.parametrize(("body", "name", "cut"), [
    ("Dora Velkamp, head of the Ministry of Transport, Tom Harbin and Ana Roeby said it.", "Dora Velkamp",
     "head of the Ministry of Transport"),
    ("Dora Velkamp, head of research at Tarn Capital, Oslo and Bergen said.", "Dora Velkamp",
     "head of research at Tarn Capital"),
    ("Dora Velkamp, head of the Ministry of Transport, Fisheries officials said.", "Dora Velkamp",
     "head of the Ministry of Transport"),
])
def test_org_name_tail_near_misses(body: str, name: str, cut: str) -> None:
    roles = _roles(body, name)
    assert not any(r.startswith(cut + ",") for r in roles)
