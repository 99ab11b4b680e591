"""A lowercase title with its portfolio written right before a name ("mayoral committee member for transport Lerato
Mbeki", "Councillor for ward 12 Ana Lind") is that person's role, so a later description ("the committee member",
"the councillor", and a short form of the office, "the mayco member") finds the person; a title inside the
portfolio's words belongs to the name ("a spokesman for minister Ana Lind"), and words before the title that are
no part of it ("with") are left out. Made-up texts."""
import pytest

from tests.loaders.extract.quote_steps import quote_with


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    quote = quote_with(text, words)
    return quote.speaker_name, quote.speaker_label


FOUND = [
    ('The premier will tour the depot with mayoral committee member for transport Lerato Mbeki.\n'
     'Mbeki said the city had sent 40 buses.\n'
     '"We are running every bus we have," the committee member said.', "every bus", "Lerato Mbeki"),
    ('The premier will tour the depot with mayoral committee member for transport Lerato Mbeki.\n'
     'Mbeki said the city had sent 40 buses.\n'
     '"We are running every bus we have," the mayco member said.', "every bus", "Lerato Mbeki"),
    ('Executive council member for health Thabo Nkosi toured the clinic.\n'
     'The exco member said that "no patient will be turned away".', "no patient", "Thabo Nkosi"),
    ('Councillor for ward 12 Ana Lind opened the hall.\n"It took ten years," the councillor said.',
     "ten years", "Ana Lind"),
    ('He spoke with city councillor for ward 12 Ana Lind on Monday.\n"It took ten years," the councillor said.',
     "ten years", "Ana Lind"),
]

NOT_FOUND = [
    # a title inside the portfolio's words is the name's own: the spokesman is not the minister
    ('A spokesman for minister Ana Lind confirmed the date. Lind is abroad.\n'
     '"The visit is off," the spokesman said.', "visit is off", "Ana Lind"),
    # no title before the preposition: no role ("the wife of farmer Jan Smit" is no wife)
    ('The wife of farmer Jan Smit called the police. Jan Smit is in hospital.\n'
     '"We lost everything," the wife said.', "lost everything", "Jan Smit"),
    # a description with a qualifier the role lacks finds no one
    ('The premier will tour the depot with mayoral committee member for transport Lerato Mbeki.\n'
     '"We are running every bus we have," the exco member said.', "every bus", "Lerato Mbeki"),
    # a capitalised portfolio is the people step's business, not this reading's; the body word is no role
    ('The head of the unit Tom Hale spoke on Monday.\n"It took ten years," the unit said.', "ten years", "Tom Hale"),
    ('Members of the public queued outside. Karl Moss waited too.\n"It took ten years," the member said.',
     "ten years", "Karl Moss"),
]


@pytest.mark.parametrize("text,words,person", FOUND)
def test_portfolio_title_names_the_person(text, words, person):
    assert _speaker(text, words)[0] == person


@pytest.mark.parametrize("text,words,person", NOT_FOUND)
def test_no_portfolio_title_no_person(text, words, person):
    assert _speaker(text, words)[0] != person
