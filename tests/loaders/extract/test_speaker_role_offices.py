"""Issue 9, role descriptions, third batch: offices of every walk of news life written as a capitalised title
before the name ("Coroner Ana Lind"), or as a lower-case title ("county coroner Ana Lind") or apposition, then a
paragraph about another person, then a quote attributed by "the <office>". The office nouns are chosen to be
uncommon in wire copy (no table needs to list them: a role the article gave a named person is a role). Near
misses: the same noun of nobody named, and a thing-noun title. Expectations written before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_role_forms import _quote, article, assert_speaker

OFFICES = """coroner sheriff registrar ombudsman curator conductor pastor rabbi provost dean rector warden magistrate
comptroller alderman selectman headteacher principal superintendent administrator commissioner auditor
harbourmaster abbot treasurer archdeacon chaplain bailiff constable""".split()

ROWS = [(f"{office.capitalize()} Ana Lind opened the inquiry on Monday.", f"the {office} said", "Ana Lind")
        for office in OFFICES]
ROWS += [(f"The county {office}, Ana Lind, opened the inquiry on Monday.", f"the {office} said", "Ana Lind")
         for office in OFFICES[:10]]
ROWS += [(f"Ana Lind, the county {office}, opened the inquiry on Monday.", f"the county {office} said", "Ana Lind")
         for office in OFFICES[10:20]]
ROWS += [
    # near misses: the office of nobody named stays the label; a sheriff is not the coroner
    ("Sheriff Ana Lind opened the inquiry on Monday.", "the coroner said", ("label", "coroner")),
    ("Ana Lind, a local teacher, opened the inquiry on Monday.", "the headteacher said", ("label", "headteacher")),
]


@pytest.mark.parametrize("intro, attribution, expected", ROWS)
def test_office(intro, attribution, expected):
    assert_speaker(_quote(article(intro, attribution)), expected)
