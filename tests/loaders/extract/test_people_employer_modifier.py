"""An employer written as a modifier before a lowercase job title and a person's name ("asked Kestrel Childcare
Network chief executive Mara Dunleavy why ...") is a body, not a person, wherever the article writes it; a legal
form after a name ("Brennholt AG", "Tamsin Foods Pty Ltd") makes a firm of it wherever written. Near misses: a
run that is a person named in the article, a run opening with a common given name, a possessive, a title before
the name ("President Joe Biden"). Made-up rows; expectations written before running."""
import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

ROWS = [
    # the fix: the employer before a job title and a name
    ("SYDNEY — Reporters asked Kestrel Childcare Network chief executive Mara Dunleavy why fees had risen. "
     "Dunleavy said costs had grown.", {"Mara Dunleavy"}),
    ("BERLIN — Nordbahn Logistik personnel director Wiebke Sommer called the strike reckless. "
     "Nordbahn Logistik said it would run an emergency timetable.", {"Wiebke Sommer"}),
    ("ZURICH — The board weighed a proposal from Swiss trader Talvern AG on Monday. Talvern chief Urs Brandli "
     "told staff the bid was fair.", {"Urs Brandli"}),
    ("LONDON — Harrowgate Foods spokeswoman Ellie Thorne said stock was short.", {"Ellie Thorne"}),
    # near misses: a person named in the article, a title before the name, a body before an academic title
    ("WASHINGTON — Donald Trump spoke on Monday. Trump adviser Stephen Miller said the plan was ready.",
     {"Donald Trump", "Stephen Miller"}),
    ("WASHINGTON — President Joe Biden spoke on Monday.", {"Joe Biden"}),
    ("LONDON — Prime Minister Ana Roe spoke on Monday.", {"Ana Roe"}),
    ("BOSTON — Harvard professor Ana Roe said the data were thin.", {"Ana Roe"}),
    ("LIVERPOOL — Liverpool manager Arne Slot said the squad was tired.", {"Arne Slot"}),
    ("LONDON — Labour leader Keir Starmer said the vote was close.", {"Keir Starmer"}),
    ("LONDON — Ana Roe, chief executive of Harrowgate Foods, said stock was short.", {"Ana Roe"}),
    ("LONDON — Coach Ana Roe said the squad was tired.", {"Ana Roe"}),
    ("LONDON — Roe's spokesman Tom Hale said she was busy. Ana Roe left on Monday.", {"Ana Roe", "Tom Hale"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_employer_before_a_job_title_and_a_name_is_a_body(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected


LEGAL_ROWS = [
    ("OSLO — Brennholt ASA cut jobs. Brennholt said the market was weak.", set()),
    ("MUNICH — Kalvany GmbH cut jobs. Kalvany said the market was weak.", set()),
    ("ZURICH — Talvern AG cut jobs. Talvern said the market was weak.", set()),
    ("PARIS — Morvaine SA cut jobs. Morvaine said the market was weak.", set()),
    ("AMSTERDAM — Veldhaven NV cut jobs. Veldhaven said the market was weak.", set()),
    ("AMSTERDAM — Veldhaven BV cut jobs. Veldhaven said the market was weak.", set()),
    ("LONDON — Carrowby Plc cut jobs. Carrowby said the market was weak.", set()),
    ("SYDNEY — Tamsin Foods Pty Ltd cut jobs. Tamsin Foods said the market was weak.", set()),
    ("MILAN — Ferracini SpA cut jobs. Ferracini said the market was weak.", set()),
    ("STOCKHOLM — Lindqvarn AB cut jobs. Lindqvarn said the market was weak.", set()),
    ("HELSINKI — Koivisalo Oyj cut jobs. Koivisalo said the market was weak.", set()),
    ("KUALA LUMPUR — Sentosa Jaya Bhd cut jobs. Sentosa Jaya said the market was weak.", set()),
    ("KUALA LUMPUR — Sentosa Jaya Sdn Bhd cut jobs. Sentosa Jaya said the market was weak.", set()),
    ("JAKARTA — PT Sumber Makmur Tbk cut jobs. Sumber Makmur said the market was weak.", set()),
    # near misses: the Attorney General, a person who speaks
    ("SYDNEY — The AG said the law was clear. Ana Roe said it was not.", {"Ana Roe"}),
    ("ZURICH — Talvern AG cut jobs. Urs Brandli said the market was weak.", {"Urs Brandli"}),
]


@pytest.mark.parametrize(("text", "expected"), LEGAL_ROWS)
def test_a_legal_form_after_a_name_makes_a_firm(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected


def _mentions(text: str, registry=None) -> dict[str, int]:
    from loaders.extract.article import extract_article
    from loaders.extract.people import extract_people
    from loaders.records import SourceDocument
    from loaders.registry import Registry
    registry = registry or Registry()
    article = extract_article(SourceDocument("page.txt", "txt", "Wire\nHeadline here\n" + text, {}), registry)
    return {person.name: len(person.mentions) for person in extract_people(article, registry)}


def test_a_run_that_ends_a_named_person_keeps_its_mention():
    # "Quarrington" before "adviser Tom Hale" is Orla Quarrington's mention, not a body's
    text = ("DUBLIN — Senator Orla Quarrington spoke on Monday. Quarrington adviser Tom Hale said the plan was ready. "
            "Quarrington said the vote would pass.")
    assert _mentions(text) == {"Orla Quarrington": 3, "Tom Hale": 1}


def test_a_known_persons_surname_before_a_title_stays_the_person():
    from loaders.registry import PersonEntry, Registry
    registry = Registry(people=(PersonEntry(name="Orla Quarrington"),))
    text = "DUBLIN — Quarrington spokesman Tom Hale said the plan was ready. Quarrington said the vote would pass."
    assert "Tom Hale" in _mentions(text, registry)
    assert "Orla Quarrington" in _mentions(text, registry)


def test_a_run_opening_with_a_common_given_name_is_no_employer():
    assert _mentions("DUBLIN — Michael Quarrington told manager Tom Hale the plan was ready.") == {
        "Michael Quarrington": 1, "Tom Hale": 1}


# review round 3: a courtesy title's mention of the run is the person's ("Mr. Okafor", NYT/Reuters style)
REVIEW3_ROWS = [
    ("ABUJA — Okafor adviser Ana Roe said the bill was flawed. Mr. Okafor later defended it.", {"Ana Roe", "Okafor"}),
    ("ABUJA — Okafor adviser Ana Roe said the bill was flawed. Mr Okafor later defended it.", {"Ana Roe", "Okafor"}),
    ("ABUJA — Okafor adviser Ana Roe said the bill was flawed. Dr. Okafor later defended it.", {"Ana Roe", "Okafor"}),
    ("MADRID — Sánchez ally Óscar Puente defended the law. Mr. Sánchez said on Monday that the law would pass.",
     {"Óscar Puente", "Sánchez"}),
    ("ABUJA — Okafor adviser Ana Roe said the bill was flawed. Ms. Okafor later defended it. \"It is fair,\" she said.",
     {"Ana Roe", "Okafor"}),
    ("ANKARA — Erdogan adviser Ibrahim Kalin held talks. \"We are patient,\" Mr. Erdogan said.",
     {"Ibrahim Kalin", "Erdogan"}),
    # legal forms: only AG, SA, NV, BV, AB of two letters, never after a run opening with a given name
    ("LONDON — Ana Roe AB, a barrister, said the case was weak.", {"Ana Roe"}),
    ("PRETORIA — Cyril Ramaphosa SA president since 2018 spoke on Monday.", {"Cyril Ramaphosa"}),
    ("CANBERRA — Mark Dreyfus AG said the law was clear.", {"Mark Dreyfus"}),
    ("ROME — Paulo Dybala AS Roma forward said he was fit.", {"Paulo Dybala"}),
    ("DENVER — Ana Roe CO state senator said the bill failed.", {"Ana Roe"}),
    ("JAKARTA — Astrava Tbk said profit rose. Budi Santoso, its president, spoke.", {"Budi Santoso"}),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW3_ROWS)
def test_review3_rows(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected


def _speakers(text: str) -> set[str]:
    from loaders.extract.article import extract_article
    from loaders.extract.people import extract_people
    from loaders.records import SourceDocument
    from loaders.registry import Registry
    registry = Registry()
    article = extract_article(SourceDocument("page.txt", "txt", "Wire\nHeadline here\n" + text, {}), registry)
    from loaders.extract.quotes import extract_quotes
    people = extract_people(article, registry)
    return {quote.speaker_name for quote in extract_quotes(article, people, registry) if quote.kind != "indirect"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("ABUJA — Okafor adviser Ana Roe said the bill was flawed. Ms. Okafor later defended it. \"It is fair,\" she said.",
     "Okafor"),
    ("ANKARA — Erdogan adviser Ibrahim Kalin held talks. \"We are patient,\" Mr. Erdogan said.", "Erdogan"),
])
def test_review3_courtesy_title_speaker(text, speaker):
    assert _speakers(text) == {speaker}
