"""The R32 review's newly wrong rows, on made-up text: a quantity phrase after a name ("a host of critics") is no
role; a country's possessive title ("Tarnland's foreign minister") joins no holder named before it whose own
country the article does not give as that country (the holder the next sentence names may be unplaced); a sentence opening with an ʻokina name ends the sentence before it; a body's list of
subjects ("Ministry of Transport, Energy and Works") does not run on into a surname. Each with near misses."""
from __future__ import annotations

import pytest

from loaders.extract import run_body_steps
from loaders.extract.people import extract_people
from loaders.extract.text import sentences
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _article(body: str) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)


def _roles(body: str, name: str) -> set[str]:
    return {r for person in extract_people(_article(body), Registry()) if person.name == name
            for m in person.mentions for r in (m.role, m.apposition) if r}


def _descriptions(body: str, name: str) -> set[str]:
    return {m.surface for person in run_body_steps(_article(body), Registry()).people if person.name == name
            for m in person.mentions if m.kind == "description"}


# 1. "<post noun> of" and a bare noun is a quantity phrase, no post
@pytest.mark.parametrize(("body", "name"), [
    ("Dora Velkamp, a host of critics, said the plan failed.", "Dora Velkamp"),
    ("Backed by Dora Velkamp, a host of critics in Tarnby, the plan failed.", "Dora Velkamp"),
    ("Dora Velkamp, a host of critics say, is wrong.", "Dora Velkamp"),
    ("Dora Velkamp, a host of others, said the plan failed.", "Dora Velkamp"),
])
def test_host_of_plural_is_no_role(body: str, name: str) -> None:
    assert not any(role.startswith("host") for role in _roles(body, name))


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Dora Velkamp, a host of the festival, agreed.", "Dora Velkamp", "host of the festival"),
    ("Dora Velkamp, a fellow of Tarn College, agreed.", "Dora Velkamp", "fellow of Tarn College"),
    ("Dora Velkamp, a host on Radio Tarn, agreed.", "Dora Velkamp", "host on Radio Tarn"),
    ("Dora Velkamp, a radio host, agreed.", "Dora Velkamp", "radio host"),
])
def test_host_of_named_thing_is_a_role(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


# 2. "Tarnland's foreign minister" joins only a holder the article places in Tarnland
@pytest.mark.parametrize(("body", "name"), [
    ("Foreign Minister Pavo Kettunen met his counterpart from Estonia. Estonia's foreign minister said the ferry "
     "would run.", "Pavo Kettunen"),
    ("Foreign Minister Pavo Kettunen arrived in Stockholm on Monday for talks. Sweden's foreign minister told "
     "reporters the visit was useful.", "Pavo Kettunen"),
    ("Foreign Minister Pavo Kettunen spoke on Monday. Sweden's foreign minister told reporters the visit was "
     "useful.", "Pavo Kettunen"),
    ("Foreign Minister Pavo Kettunen of Finland met reporters. Sweden's foreign minister said the ferry would run.",
     "Pavo Kettunen"),
    ("Sweden's foreign minister told reporters the visit was useful. Foreign Minister Pavo Kettunen of Finland added "
     "that talks would go on.", "Pavo Kettunen"),
    # (the R31 rows, unplaced: the holder named before it, the country not given)
    ("Minister of Transport Oana Bradeanu opened the bridge on Monday. Later, Romania's transport minister said "
     "tolls would fall.", "Oana Bradeanu"),
    ("Deputy Foreign Minister Dorel Anvik met the delegation. Norway's deputy foreign minister said the file was "
     "closed.", "Dorel Anvik"),
])
def test_possessive_needs_the_holders_own_country(body: str, name: str) -> None:
    assert not _descriptions(body, name)


@pytest.mark.parametrize(("body", "name", "description"), [
    ("Foreign Minister Pavo Kettunen of Finland met reporters. Finland's foreign minister said the ferry would run.",
     "Pavo Kettunen", "Finland's foreign minister"),
    ("Pavo Kettunen, Finland's foreign minister, met reporters. Finland's top diplomat said the ferry would run.",
     "Pavo Kettunen", "Finland's top diplomat"),
    # the holder the article places in the country: a nationality before the name, talks held in its city
    ("The talks were chaired on the Swedish side by Foreign Minister Pavo Kettunen. Sweden's foreign minister said "
     "the visit was useful.", "Pavo Kettunen", "Sweden's foreign minister"),
    ("Foreign Minister Pavo Kettunen held talks in Stockholm on Monday. Sweden's foreign minister said the visit "
     "was useful.", "Pavo Kettunen", "Sweden's foreign minister"),
    # the name the next sentence brings in, its country not given
    ("Sweden's foreign minister told reporters the visit was useful. Foreign Minister Pavo Kettunen added that "
     "talks would go on.", "Pavo Kettunen", "Sweden's foreign minister"),
])
def test_possessive_joins_the_holder_of_that_country(body: str, name: str, description: str) -> None:
    assert description in _descriptions(body, name)


# 3. an ʻokina (or modifier apostrophe) opening the next sentence's name: the full stop before it ends a sentence
@pytest.mark.parametrize("body", [
    "Kealoha Kaahanui said the surf was up. ʻIlima Kahale agreed.",
    "Mele Tupou said the boats were ready. ʼAna Fifita said they were not.",
    "Kealoha Kaahanui said the surf was up. Ilima Kahale agreed.",
])
def test_okina_opens_a_sentence(body: str) -> None:
    assert len(sentences(body)) == 2


@pytest.mark.parametrize("body", [
    "Kealoha Kaahanui saw the ʻIlima fund grow. Mele Tupou agreed.",  # an ʻokina inside a sentence
    "Kealoha Kaahanui met Mr. ʻIlima Kahale on Monday.",  # an abbreviation's full stop
    "The surf was up at 3 p.m. ʻilima flowers were out.",  # no capital after the ʻokina
])
def test_okina_inside_a_sentence(body: str) -> None:
    assert len(sentences(body)) == 1 + body.count(". M")


def test_okina_name_is_not_swallowed_by_the_quote() -> None:
    body = "Kealoha Kaʻahanui, a radio host in Hilo, Hawaii, said the surf was up. ʻIlima Kahale, a teacher, agreed."
    extracted = run_body_steps(_article(body), Registry())
    assert all("Kahale" not in quote.text for quote in extracted.quotes)
    assert "ʻIlima Kahale" in {person.name for person in extracted.people}


# 4. a body's list of subjects holds subjects only: no surname after "and"
@pytest.mark.parametrize(("body", "name", "cut"), [
    ("Anna Piet, director at the Ministry of Transport, Energy and Kettunen, said the road opened.", "Anna Piet",
     "director at the Ministry of Transport"),
    ("Anna Piet, director at the Ministry of Transport, Energy and Ola Brun, said the road opened.", "Anna Piet",
     "director at the Ministry of Transport"),
    ("Anna Piet, director at the Ministry of Finance, Velkamp and Harbin, said the road opened.", "Anna Piet",
     "director at the Ministry of Finance"),
])
def test_ministry_list_stops_before_a_surname(body: str, name: str, cut: str) -> None:
    assert not any(role.startswith(cut + ",") for role in _roles(body, name))


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Anna Piet, director at the Ministry of Transport, Energy and Works, said the road opened.", "Anna Piet",
     "director at the Ministry of Transport, Energy and Works"),
    ("Anna Piet, head of the Ministry of Health, Labour and Welfare, said the road opened.", "Anna Piet",
     "head of the Ministry of Health, Labour and Welfare"),
    ("Anna Piet, head of the Institute of Hydraulics, Hydrology and Glaciology, said it.", "Anna Piet",
     "head of the Institute of Hydraulics, Hydrology and Glaciology"),
])
def test_ministry_list_of_subjects_kept(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)


# the ties only a person has, one constant for the people files
def test_person_tie_nouns() -> None:
    from loaders.extract.data.kin import PERSON_TIE_NOUNS, TIE_NOUNS, TIE_NOUNS_BODIES_TOO

    assert PERSON_TIE_NOUNS == TIE_NOUNS - TIE_NOUNS_BODIES_TOO
    assert "neighbour" in PERSON_TIE_NOUNS and "colleague" in PERSON_TIE_NOUNS
    assert "employer" not in PERSON_TIE_NOUNS and "successor" not in PERSON_TIE_NOUNS


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Dora Velkamp, a host of breakfast radio, agreed.", "Dora Velkamp", "host of breakfast radio"),
    ("Dora Velkamp, a fellow of philosophy at Tarn College, agreed.", "Dora Velkamp",
     "fellow of philosophy at Tarn College"),
])
def test_post_noun_of_a_singular_noun_is_a_role(body: str, name: str, role: str) -> None:
    assert role in _roles(body, name)
