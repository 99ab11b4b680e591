"""People step, issue 9 (made-up snippets, written before the fix): what makes a capitalised span a body rather
than a person. Head words of bodies are data (`lexicon.ORG_WORDS`): a board ("Tea Board"), a relief society
("Red Cross"), a national sports body ("Fiji Rugby", "Netball Samoa"); the ones families bear too ("Board",
"Cross") stay a person's surname after a given name. "Cr" (an Australian councillor) is a title abbreviation like
"Cllr", so "Cr Vance" joins the councillor the article has named in full. "Des" opens a place ("Des Moines") but is
a given name too (Desmond): a "Des X" whose surname speaks alone is a person."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> dict[str, set[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, outlet_country="AU")
    return {p.name: {m.surface for m in p.mentions} for p in extract_people(article, Registry())}


_EK = "Growers waited for rain, said farmer Tomas Ek on Monday.\n\n"


@pytest.mark.parametrize(("body", "present", "absent"), [
    # bodies: a board, a relief society, national sports bodies
    (_EK + "The Tea Board of Kenya handed out seedlings. The Tea Board said it would help.", {"Tomas Ek"},
     {"Tea Board"}),
    (_EK + "Red Cross volunteers arrived at dawn. The Red Cross said it would set up a shelter.", {"Tomas Ek"},
     {"Red Cross"}),
    (_EK + "Fiji Rugby said the squad would be named on Friday.", {"Tomas Ek"}, {"Fiji Rugby"}),
    (_EK + "Kenya Cricket named a new coach, and Netball Samoa said it welcomed the move.", {"Tomas Ek"},
     {"Kenya Cricket", "Netball Samoa"}),
    # a school by its short name ("Melbourne Grammar"), after the full one or alone
    (_EK + "Pupils at Kelvale Grammar School said the canteen shut. Kelvale Grammar would reopen it, said principal "
     "Jo Marsh.", {"Tomas Ek", "Jo Marsh"}, {"Kelvale Grammar", "Kelvale Grammar School"}),
    (_EK + "Darwin Grammar said fees would rise.", {"Tomas Ek"}, {"Darwin Grammar"}),
    # near misses: people whose surname is a body's word stay people
    (_EK + "Lillian Board, a retired sprinter, said the track was flooded. Board said she would help.",
     {"Tomas Ek", "Lillian Board"}, set()),
    (_EK + "Marcia Cross, a nurse, said the shelter was full. Cross said more beds were coming.",
     {"Tomas Ek", "Marcia Cross"}, set()),
    (_EK + "Jonah Street, a baker, said the road was closed. Street said trade had halved.",
     {"Tomas Ek", "Jonah Street"}, set()),
    (_EK + "Residents of Marsh Street said the drains had overflowed.", {"Tomas Ek"}, {"Marsh Street"}),
])
def test_body_heads(body, present, absent):
    names = set(_people(body))
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "person", "surfaces", "absent"), [
    ("Councillor Priya Vance chairs the planning committee. Cr Vance said the vote would be close.",
     "Priya Vance", {"Priya Vance", "Vance"}, {"Cr Vance"}),
    ("Cr Priya Vance said the vote would be close. Cr Vance later moved an amendment.",
     "Priya Vance", {"Priya Vance", "Vance"}, {"Cr Vance"}),
    # near miss: a councillor's title spelled out still links
    ("Councillor Priya Vance chairs the committee. Cllr Vance said the vote would be close.",
     "Priya Vance", {"Priya Vance", "Vance"}, {"Cllr Vance"}),
])
def test_councillor_abbreviation_joins_the_named_councillor(body, person, surfaces, absent):
    people = _people(body)
    assert person in people and surfaces <= people[person]
    assert not absent & set(people)


@pytest.mark.parametrize(("body", "present", "absent"), [
    ("The cows know before Des Corbett does. Corbett is 61. Corbett says he will keep milking.",
     {"Des Corbett"}, set()),
    # near misses: the place stays a place
    ("Flights from Des Moines were cancelled on Monday, said pilot Ana Roe.", {"Ana Roe"}, {"Des Moines"}),
    ("The Des Moines Register reported the closure, said pilot Ana Roe.", {"Ana Roe"},
     {"Des Moines Register", "Des Moines"}),
])
def test_des_is_a_given_name_too(body, present, absent):
    names = set(_people(body))
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "person", "surfaces"), [
    ("Tan Wei Ling, a teacher, said the road was unsafe. Tan said she had complained twice.",
     "Tan Wei Ling", {"Tan Wei Ling", "Tan"}),
    ("Park Ji-hoon, a shop owner, said sales had fallen. Park said rents were too high.",
     "Park Ji-hoon", {"Park Ji-hoon", "Park"}),
])
def test_family_name_first(body, person, surfaces):
    people = _people(body)
    assert person in people and surfaces <= people[person]


_INTERVIEW = ("{name} became director of the regional patrol centre on March 2. A lawyer by training, she is the "
              "first woman to lead the centre.\n"
              "Reef Weekly: You have been in the job two months. What surprised you?\n"
              "{label}: How much of the ocean we still cannot see.\n"
              "Reef Weekly: Is it getting worse?\n"
              "{label}: Smaller than ten years ago, and I want to say that clearly.\n")


@pytest.mark.parametrize(("name", "label", "present", "absent"), [
    # an interview's answer label ("Tukuafu: ...", line after line) is the surname speaking: it vouches for a full
    # name whose given name the lists lack
    ("Halavaka Tukuafu", "Tukuafu", {"Halavaka Tukuafu"}, {"Reef Weekly"}),
    # near misses: the interviewer's label names nobody; a label that is no name of the article vouches for nothing
    ("Halavaka Tukuafu", "Answer", set(), {"Reef Weekly", "Answer"}),
])
def test_interview_labels_speak(name, label, present, absent):
    names = set(_people(_INTERVIEW.format(name=name, label=label)))
    assert present <= names
    assert not absent & names


_RHUSA = "Grower Kezhato Rhusa planted seedlings in 2019. Rhusa said prices were up. "


@pytest.mark.parametrize(("body", "present", "absent"), [
    # a family word and a lone name set off in commas: a family member, though the given-name lists lack the name
    (_RHUSA + "Rhusa's son, Akhuvo, returned from a call centre job last year.", {"Akhuvo", "Kezhato Rhusa"}, set()),
    (_RHUSA + "His daughter, Neikhrienuo, keeps the books.", {"Neikhrienuo"}, set()),
    # near misses: a body's sister firm, a place after the kin word, an unclosed phrase, a common word
    (_RHUSA + "The firm's sister, Vireotek, makes the dryers.", {"Kezhato Rhusa"}, {"Vireotek"}),
    (_RHUSA + "His son, Dimapur-based, runs a shop.", {"Kezhato Rhusa"}, {"Dimapur-based"}),
    (_RHUSA + "His son, Sunday, is his day off.", {"Kezhato Rhusa"}, {"Sunday"}),
    (_RHUSA + "His son lives in Kohima now, and his daughter in Dimapur.", {"Kezhato Rhusa"}, {"Kohima", "Dimapur"}),
])
def test_kin_apposition_names_a_family_member(body, present, absent):
    names = set(_people(body))
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(("body", "person", "surfaces", "absent"), [
    # "Madam" and "Mdm", the Singapore and Malaysian press's form of address before a family-first name
    pytest.param("Residents complained. Madam Tan Wei Ling, 62, said the lift broke twice. Madam Tan said nobody "
                 "came.", "Tan Wei Ling", {"Tan Wei Ling", "Tan"}, {"Madam Tan Wei Ling", "Madam Tan"}),
    pytest.param("Residents complained. Retiree Lim Hui Min, 70, said the lift broke twice. Mdm Lim said nobody "
                 "came.", "Lim Hui Min", {"Lim Hui Min", "Lim"}, {"Mdm Lim"}),
    # near miss: an address to the chair names nobody
    ("Madam Speaker, the bill is flawed, said MP Tan Wei Ling.", "Tan Wei Ling", {"Tan Wei Ling"},
     {"Madam Speaker", "Speaker"}),
])
def test_madam_is_an_honorific(body, person, surfaces, absent):
    people = _people(body)
    assert person in people and surfaces <= people[person]
    assert not absent & set(people)


@pytest.mark.parametrize(("body", "present", "absent"), [
    # a name described as a body ("X, the retailer,") is the body's, however person-like its words
    (_EK + "Harlan Pierce, the retailer, said sales fell. Harlan Pierce will close four stores.", {"Tomas Ek"},
     {"Harlan Pierce"}),
    (_EK + "Morgan Kemp, a regional lender, said arrears rose.", {"Tomas Ek"}, {"Morgan Kemp"}),
    # near misses: a person described by a role at a body, or heading one
    (_EK + "Ana Roe, the head of police, said the road was shut.", {"Tomas Ek", "Ana Roe"}, set()),
    (_EK + "Ana Roe, the company's founder, said sales fell.", {"Tomas Ek", "Ana Roe"}, set()),
    (_EK + "Ana Roe, a member of the board, said sales fell.", {"Tomas Ek", "Ana Roe"}, set()),
    (_EK + "Ana Roe, a school teacher, said the road was shut.", {"Tomas Ek", "Ana Roe"}, set()),
])
def test_apposition_naming_a_body(body, present, absent):
    names = set(_people(body))
    assert present <= names
    assert not absent & names
