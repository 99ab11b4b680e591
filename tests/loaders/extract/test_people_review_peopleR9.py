"""People step, review of peopleR9 (made-up articles). Each newly-wrong case of the review, with near misses:

- a headline's label word after a person's name ("Interview", "Exclusive", "Profile") is no second surname, and a
  word ending a headline's segment is one only where the body writes it too ("Luz Marina Cárdenas Oquendo: ..."
  over a body that names "Oquendo");
- the abbreviations "Adv.", "Lic." and "Ing." (an advocate, a graduate, an engineer; also "advertising", "licence",
  "Ingenieur" in a firm's name) open a name only before a listed given name or two name words, none a firm's or
  a form's word ("Lic. Class B permits", "Müller Ing. GmbH", "Adv. Sales");
- a headline person's surname in the body is no mention inside a body's or a road's name ("The Keel Foundation",
  "Keel Road");
- a job noun's gender ("the chairman") never refuses a headline's given name, and the person's own "said she" is
  evidence of gender: against "Mr." it leaves the gender open ("Her father, Mr. Menon ... Dr. Menon said she")."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str, title: str | None = None) -> dict[str, list[str]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, title=title)
    return {person.name: [m.surface for m in person.mentions] for person in extract_people(article, Registry())}


# -- A. a headline's label is no second surname ------------------------------------------------------------------
@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Priya Mehta Interview: why I left the bank",
     "Ms. Mehta, 41, worked at the bank for 20 years. Mehta now runs a bakery.", "Priya Mehta"),  # r1
    ("Tom Brandt Exclusive: harbour deal collapses", "Mr. Brandt, the port chief, declined to comment.",
     "Tom Brandt"),  # r2
    ("Kenji Sato Profile: a quiet reformer", "Mr. Sato, 62, took office in 2021.", "Kenji Sato"),  # r3
    ("Priya Mehta Interview: why I left the bank", "Mehta said she had no regrets about leaving after 20 years.",
     "Priya Mehta"),  # s1
    ("Nadia Brook Unplugged: a life in jazz", "Ms. Brook, 70, still plays twice a week.", "Nadia Brook"),
    ("Priya Mehta Interview reveals doubts", "Ms. Mehta, 41, said the bank had changed.", "Priya Mehta"),
])
def test_headline_label_is_no_second_surname(title, body, expected):
    assert list(_people(body, title)) == [expected]


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Luz Marina Cárdenas Oquendo: ‘The rains ruined us’",
     "Mayor Cárdenas said the harvest was lost. The Oquendo farm lost its herd.", "Luz Marina Cárdenas Oquendo"),
    ("Rodrigo Pinzón Mejía promises aid to farmers", "Pinzón said he would visit the region next week.",
     "Rodrigo Pinzón Mejía"),
    ("Ana Lucía Ferrer Quintal takes office", "Mayor Ferrer said she would cut fees.", "Ana Lucía Ferrer Quintal"),
    ("Luz Marina Cárdenas Oquendo: ‘The rains ruined us’", "Mayor Cárdenas said the harvest was lost.",
     "Luz Marina Cárdenas"),
])
def test_second_surname_the_body_backs(title, body, expected):
    assert list(_people(body, title)) == [expected]


# -- B. "Adv.", "Lic.", "Ing." open a name only before a name -----------------------------------------------------
@pytest.mark.parametrize(("body", "expected"), [
    ("Siemens-Partner Müller Ing. GmbH said it would hire 200 staff. Ing. Klaus Weber leads the unit.",
     {"Klaus Weber"}),  # h4
    ("Revenue from Adv. Sales dropped 12 percent, the company said. Adv. Ravi Kumar, counsel for the union, objected.",
     {"Ravi Kumar"}),  # h5
    ("Drivers must renew their Lic. Class B permits by June, the ministry said.", set()),  # h6
    ("Applicants must bring a Drivers Lic. Renewal Form to the office, the agency said.", set()),  # t2
    ("Adv. Revenue fell while circulation grew, the publisher said.", set()),  # t3
    ("The new Lic. Plate Number scheme starts in May, the ministry said.", set()),
])
def test_ambiguous_abbreviation_opens_no_name(body, expected):
    assert set(_people(body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ing. Klaus Weber leads the unit.", {"Klaus Weber"}),
    ("Adv. Kiran Deshmane, appearing for the petitioners, argued that the order was void.", {"Kiran Deshmane"}),
    ("The plan was signed by Ing. Quandt Berger on Monday.", {"Quandt Berger"}),
    ("Lic. María Fernanda Lozano Prieto, the town's treasurer, said the budget was balanced.",
     {"María Fernanda Lozano Prieto"}),
    ("The council met on Monday. Adv. Anna Quandt arrived late.", {"Anna Quandt"}),
    ("Dr. Sales said the clinic would stay open.", {"Sales"}),
])
def test_abbreviation_before_a_name_opens_it(body, expected):
    assert set(_people(body)) == expected


# -- C. the headline person's surname inside a body's or a road's name is no mention ------------------------------
@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Martin Keel Quits Cabinet",
     "Keel said he was tired of the infighting. The Keel Foundation, which he chairs, will close. Staff gathered on "
     "Keel Road.", {"Martin Keel": ["Keel"]}),  # e1
    ("Why Martin Keel quit the cabinet",
     "Keel said he was tired of the fights. Keel, 58, will return to farming.", {"Martin Keel": ["Keel", "Keel"]}),
    ("Why Martin Keel quit the cabinet",
     "Keel said he was tired of the fights. Keel's allies were silent.", {"Martin Keel": ["Keel", "Keel"]}),
])
def test_headline_surname_mentions_skip_names_of_bodies(title, body, expected):
    assert _people(body, title) == expected


# -- D. a job noun's gender yields to the person's own pronoun ----------------------------------------------------
@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Anne Harlow Named Board Chairman",
     "Harlow, the chairman of the board, said she would expand the audit committee.", {"Anne Harlow"}),  # x1
    ("Anne Harlow Named Board Chairman", "Chairman Harlow said she would expand the audit committee.",
     {"Anne Harlow"}),
    ("Priya Menon Opens Clinic",
     "Her father, Mr. Menon, attended the ceremony. Dr. Menon said she hoped to serve 200 patients a week.",
     {"Priya Menon"}),  # g3
])
def test_job_noun_gender_refuses_no_headline_name(title, body, expected):
    assert set(_people(body, title)) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Anne Harlow Named Board Chairman", "Mr. Harlow, the chairman of the board, said he would expand the audit.",
     {"Harlow"}),
    ("Kevin Harlow remembered", "Hundreds attended the service. Mrs. Harlow said she would keep the shop.",
     {"Harlow"}),
    ("Helen Marsh honoured at gala", "The hall was full. Mr. Marsh, her husband, said she would have laughed.",
     {"Marsh"}),
])
def test_honorific_or_pronoun_still_refuses(title, body, expected):
    assert set(_people(body, title)) == expected
