"""Who is who: "the younger man" of two men compares the ages the article gives them; an age may be given by an
epithet ("“…,” the 58-year-old said") in the sentence right after one naming that person alone, as a pronoun
opening it gives one ("He is 30"). Made-up rows; near misses where the epithet is in a quote, someone else's, or
follows a sentence naming two people keep today's reading (the label: no ages to compare)."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of

_MILL = ("By noon, Karim Haddad was counting tins of oil at the press.\n\n"
         "“Ten years this press was silent,” the 58-year-old said.\n\n"
         "His nephew, Omar Haddad, keeps the books. He is 30, half his uncle's age.\n\n"
         "“We press at cost for the shareholders,” the younger man told reporters.\n\n"
         "“The oil will keep,” the older man said.\n")


@pytest.mark.parametrize(
    "quote, speaker",
    [
        ("We press at cost for the shareholders", "Omar Haddad"),
        ("The oil will keep", "Karim Haddad"),
        ("Ten years this press was silent", "Karim Haddad"),
    ],
)
def test_an_age_given_by_an_epithet_tells_the_younger_man(quote, speaker):
    assert speakers_of(_MILL).get(quote) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # the epithet inside a quote is no age of the speaker's
        ("By noon, Karim Haddad was counting tins of oil.\n\n"
         "“The 58-year-old next door helps,” he said.\n\n"
         "His nephew, Omar Haddad, keeps the books.\n\n"
         "“We press at cost,” the younger man said.\n", "We press at cost", "the younger man"),
        # the sentence before names two people: whose age is unknown
        ("Karim Haddad met Sami Touma at the press.\n\n"
         "“Ten years,” the 58-year-old said.\n\n"
         "His nephew, Omar Haddad, keeps the books.\n\n"
         "“We press at cost,” the younger man said.\n", "We press at cost", "the younger man"),
        # "a 58-year-old" brings in someone else
        ("By noon, Karim Haddad was counting tins of oil.\n\n"
         "A 58-year-old neighbour brought olives.\n\n"
         "His nephew, Omar Haddad, keeps the books.\n\n"
         "“We press at cost,” the younger man said.\n", "We press at cost", "the younger man"),
    ],
)
def test_near_misses_keep_todays_reading(text, quote, speaker):
    assert speakers_of(text).get(quote) == speaker
