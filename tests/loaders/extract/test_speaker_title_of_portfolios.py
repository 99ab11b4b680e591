"""A capitalised title and the portfolios it is of, joined by commas and "and", written right before a name inside a
sentence ("signed by Minister of Health, Sport and Culture Ana Perlova Rinn") is that person's role, so that a later
"the minister" is that person; a head that is no title, a title without the commas (read elsewhere) and a title of
another office give no such role."""

import pytest

from tests.loaders.extract.quote_steps import speakers_of

_TAIL = ("\n\n“We start sharing what each of us has learned,” Perlova said.\n\n"
         "The {head} added that the first clinic “will open before the winter” and that the port would host a "
         "workshop.")


def _article(signed_by: str, head: str = "minister") -> str:
    return (f"The pact was signed by {signed_by} and the Velmoran Undersecretary of Trade, Ivo Marr, who arrived in "
            "Tavmora on Monday at the head of a delegation." + _TAIL.format(head=head))


@pytest.mark.parametrize(
    "signed_by, head, speaker",
    [
        ("Minister of Health, Sport and Culture Ana Perlova Rinn", "minister", "Ana Perlova Rinn"),
        ("Minister for Fisheries, Ports, Roads and Rail Ana Perlova Rinn", "minister", "Ana Perlova Rinn"),
        ("Director of Ports, Roads and Rail Ana Perlova Rinn", "director", "Ana Perlova Rinn"),
        # near misses: a title of another office than the description's, a head that is no title, no title at all
        ("Director of Ports, Roads and Rail Ana Perlova Rinn", "minister", "The minister"),
        ("Friend of Ports, Roads and Rail Ana Perlova Rinn", "minister", "The minister"),
        ("the harbour poet Ana Perlova Rinn", "minister", "The minister"),
        ("Ana Perlova Rinn", "minister", "The minister"),
    ],
)
def test_title_of_portfolios(signed_by, head, speaker):
    speakers = speakers_of(_article(signed_by, head))
    assert speakers["will open before the winter"] == speaker
    assert speakers["We start sharing what each of us has learned"] == "Ana Perlova Rinn"


@pytest.mark.parametrize(
    "signed_by, head, speaker",
    [
        # up to two rank words before the title are the title's own, as before a single portfolio
        ("former Minister of Health, Sport and Culture Ana Perlova Rinn", "former minister", "Ana Perlova Rinn"),
        ("Deputy Minister of Health, Sport and Culture Ana Perlova Rinn", "deputy minister", "Ana Perlova Rinn"),
        ("Vice President of Sales, Marketing and Service Ana Perlova Rinn", "vice president", "Ana Perlova Rinn"),
        # near misses: a former holder is not the one in office, a vice president no president
        ("former Minister of Health, Sport and Culture Ana Perlova Rinn", "minister", "The minister"),
        ("Former Minister of Health, Sport and Culture Ana Perlova Rinn", "minister", "The minister"),
        ("Vice President of Sales, Marketing and Service Ana Perlova Rinn", "president", "The president"),
        ("Acting Vice President of Sales, Marketing and Service Ana Perlova Rinn", "president", "The president"),
        # a title of one portfolio in apposition: no list ends before the name ("Transport, Ana" is none)
        ("Deputy Minister of Transport, Ana Perlova Rinn,", "deputy minister", "Ana Perlova Rinn"),
        ("Vice President of Sales, Ana Perlova Rinn,", "vice president", "Ana Perlova Rinn"),
    ],
)
def test_title_of_portfolios_keeps_rank_words(signed_by, head, speaker):
    speakers = speakers_of(_article(signed_by, head))
    assert speakers["will open before the winter"] == speaker
