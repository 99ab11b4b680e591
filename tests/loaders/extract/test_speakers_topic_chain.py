"""The paragraph's topic person: a description such as "the 58-year-old" whose age the article never gave, with
nobody named in the two sentences before, is the person those sentences go on about with "she"/"he" (the
pronoun's own antecedent). Made-up rows; near misses where the pronoun cannot be the described one stay labels."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of


_quotes = speakers_of  # (the shared runner: each quote's words and its speaker)


_OPENING = ("Harbour divers\nAiko Tanabe and Mariko Sato dive off the rocks of Kuzaki every morning.\n"
            "“The water is colder this year,” Sato said.\n")


@pytest.mark.parametrize(
    "paragraph, quote, speaker",
    [
        # two "she" sentences after the person's name: the description is the topic person
        ("Tanabe came to diving late. She grew up inland and worked as a clerk. She took up diving at 34, "
         "when her husband's boat needed a second pair of hands.\n"
         "“Nobody spoke to me in my first summer,” the 58-year-old said.\n",
         "Nobody spoke to me in my first summer", "Aiko Tanabe"),
        # a man and "he" as well
        ("Ken Mori runs the cooperative. He grew up in Toba. He took over from his father in 1999.\n"
         "“We sell less every year,” the 61-year-old said.\n",
         "We sell less every year", "Ken Mori"),
    ],
)
def test_a_description_goes_with_the_pronoun_chain(paragraph, quote, speaker):
    assert _quotes(_OPENING + paragraph).get(quote) == speaker


@pytest.mark.parametrize(
    "paragraph, quote",
    [
        # the description's gender is not the pronoun's: somebody else
        ("Tanabe came to diving late. She grew up inland and worked as a clerk. She took up diving at 34, "
         "when her husband's boat needed a second pair of hands.\n"
         "“Nobody spoke to me in my first summer,” the 58-year-old grandfather said.\n",
         "Nobody spoke to me in my first summer"),
        # "they" tells no one person
        ("Tanabe came to diving late. They grew up inland and worked as clerks. They took up diving at 34, "
         "when the boats needed more hands.\n"
         "“Nobody spoke to us in the first summer,” the 58-year-old said.\n",
         "Nobody spoke to us in the first summer"),
        # the "she" is inside a quotation, not the article's own sentence
        ("Tanabe came to diving late. “She never listens,” a neighbour once wrote. The harbour was quiet.\n"
         "“Nobody spoke to me in my first summer,” the 58-year-old said.\n",
         "Nobody spoke to me in my first summer"),
    ],
)
def test_near_misses_stay_unresolved(paragraph, quote):
    found = _quotes(_OPENING + paragraph).get(quote)
    assert found not in ("Aiko Tanabe", "Mariko Sato")


def test_two_people_of_the_pronouns_gender_leave_the_description_a_label():
    """A review's case: two women named in the sentence the chain starts from leave the topic open."""
    text = ("Flood memories\nMargaret Doyle and Rose Kent live on Mill Street. She remembers the flood well.\n"
            "“The water came up to the windows,” the 68-year-old said.\n")
    assert _quotes(text).get("The water came up to the windows") not in ("Margaret Doyle", "Rose Kent")
