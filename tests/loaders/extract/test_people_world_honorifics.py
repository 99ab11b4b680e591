"""People step, issue 9 (made-up articles): names of the Middle East, South and Central Asia and Latin America
after their forms of address. An honorific of those presses (`lexicon.HONORIFICS`: "Ustaz", "Adv.", "Lic.",
"Ing.", "Dra.", "Engr.", "Dr") is left out of the name, and the word right after it opens the name even where it
is no listed given name ("Ustaz Babiker Osman Roe"), a weekday ("Dr Sunday Adeyemi-Rai") or a verb ("Engr. Said
bin Hamad Roe", before "son of"); a public building of South Asia ("Prithvi Bhavan", `not_people.INSTITUTION_TAILS`)
is nobody. Near misses: the same words closing a person's name, a weekday after a date word, and a lone surname
after an honorific."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _names(body: str) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name for person in extract_people(article, Registry())}


@pytest.mark.parametrize(("body", "expected"), [
    ("The convoy will be led by Engr. Said bin Hamad al-Qassimi, director of port planning.",
     {"Said bin Hamad al-Qassimi"}),
    ("The works were signed off by Engr. Said bin Khalfan al-Harthy last week.", {"Said bin Khalfan al-Harthy"}),
    ("The clinic's chair, Dr Sunday Okonjo-Bell, a surgeon, told the paper that fuel was short.",
     {"Sunday Okonjo-Bell"}),
    ("The board's treasurer, Dr Monday Ekwueme, told reporters the fund was empty.", {"Monday Ekwueme"}),
    ("Ustaz Babiker Osman al-Nur, head of a community school, said parents had called since dawn.",
     {"Babiker Osman al-Nur"}),
    ("Ustaza Hawa Idris Kambal, who teaches girls in the camp, said the rains came early.", {"Hawa Idris Kambal"}),
    ("Lic. María Fernanda Lozano Prieto, the town's treasurer, said the budget was balanced.",
     {"María Fernanda Lozano Prieto"}),
    ("Adv. Kiran Deshmane, appearing for the petitioners, argued that the order was void.", {"Kiran Deshmane"}),
    ("The ministry signed the agreement at Prithvi Bhavan in New Delhi on Tuesday.", set()),
    ("Officials met at Krishi Bhawan to discuss the monsoon forecast.", set()),
])
def test_world_honorifics_and_buildings(body, expected):
    assert _names(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Mr. Hamad told reporters the port would reopen.", {"Hamad"}),
    ("On Sunday Dr Adeyemi-Rai said the clinic would stay open.", {"Adeyemi-Rai"}),
    ("Bhavan Kumar, 45, a tailor, said the market was quiet.", {"Bhavan Kumar"}),
    ("Ravi Bhavan, a tailor, said the road had flooded.", {"Ravi Bhavan"}),
    ("Lucia Ing, a nurse, said the ward was full.", {"Lucia Ing"}),
    ("The engineer Mariam Adv said nothing.", {"Mariam Adv"}),
    ("Dr Okonjo-Bell, a surgeon, told the paper that fuel was short.", {"Okonjo-Bell"}),
    ("The award went to Hamad bin Saif al-Qassimi, a retired pilot.", {"Hamad bin Saif al-Qassimi"}),
    ("The league said the Sunday fixtures would go ahead.", set()),
    ("The Ustaz said the school would open on Monday.", set()),
])
def test_world_honorifics_near_misses(body, expected):
    assert _names(body) == expected


def _roles(body: str) -> dict[str, list[str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return {person.name: [m.role for m in person.mentions] for person in extract_people(article, Registry())}


# A name "son of" someone ("bin", "ibn", "binti"): the word before the particle is the given name even where it is a
# verb ("Said") or a title word ("Amir", "Dean"), and a title word after it is the father's name, not a role.
@pytest.mark.parametrize(("body", "expected"), [
    ("Said Hamdan, a fisherman in Sur, said the catch was poor.", {"Said Hamdan": ["fisherman in Sur"]}),
    ("The plan was drawn up by Said bin Sultan al-Busaidi, the planning director.",
     {"Said bin Sultan al-Busaidi": ["planning director"]}),
    ("Said bin Khalifa al-Amri, 63, said the harbour had silted.", {"Said bin Khalifa al-Amri": [None]}),
    ("Khalid bin Amir Al Harthy said the port would reopen.", {"Khalid bin Amir Al Harthy": [None]}),
    ("Amir bin Khalid al-Harthy said the port would reopen.", {"Amir bin Khalid al-Harthy": [None]}),
    ("Minister Amir bin Khalid al-Harthy said the port would reopen.", {"Amir bin Khalid al-Harthy": ["Minister"]}),
    ("Dean bin Salleh said the lab would close.", {"Dean bin Salleh": [None]}),
])
def test_patronymic_names(body, expected):
    assert _roles(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("“We are ready,” said Hamdan, a fisherman.", {"Hamdan": ["fisherman"]}),
    ("Said Hamdan would not comment.", {}),
    ("Said the minister: “We are ready.”", {}),
    ("The envoy met Sultan Haitham at the palace on Monday.", {"Haitham": ["Sultan"]}),
    ("Minister bin Salman said the museum would open.", {"bin Salman": ["Minister"]}),
    ("The emir Tamim bin Hamad said the fund would grow.", {"Tamim bin Hamad": ["emir"]}),
    ("Aminah binti Raja Hassan, a teacher, said the school was full.", {"Aminah binti Raja Hassan": ["teacher"]}),
    ("Dean Roe said the lab would close.", {"Roe": ["Dean"]}),
])
def test_patronymic_near_misses(body, expected):
    assert _roles(body) == expected
