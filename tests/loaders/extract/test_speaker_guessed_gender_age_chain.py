"""Who-is-who (speakers.SpeakerResolver): made-up texts for two mechanisms.

1. A gender read from the first name alone is the name list's guess ("Andrea", "Sasha" are women's names in
   some languages and men's in others): when at least three of the article's own attribution or subject
   pronouns after the person's mentions say otherwise, and none agrees with the guess, the pronouns decide, so
   "he says" reaches the person.
2. An age description ("the 61-year-old") after a quote attributed by "he said"/"she said" stands for that
   pronoun's antecedent, as after a sentence-opening "He"/"She".
Near misses keep their speakers: a woman of such a name the pronouns agree with, a woman named as the object
right before each of a man's "he said", a marker word ("spokeswoman") that decides, two people of the pronoun's gender before the
description, an age the article gave someone else, a description of the other gender.
The chain stops at an age the article gave a person it introduced with no name ("A 34-year-old man was
arrested"), and at a description whose own sentence says the other pronoun; a "said he …" clause after a
guessed-gender name is the reported person's, not a pronoun of the name's."""
import pytest

from tests.loaders.extract.quote_steps import quote_with, quotes_of

GENDER_CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Andrea Ferri has run the ferry for ten years. \u201cThe sea decides,\u201d he says.\n"
     "Ferri, 51, lives above the harbour office. \u201cI hear every engine,\u201d he says.\n"
     "Ferri shrugs at the plan. \u201cBridges fall,\u201d he says.\n", "The sea decides", "Andrea Ferri"),
    ("Andrea Ferri has run the ferry for ten years. \u201cThe sea decides,\u201d he says.\n"
     "Ferri, 51, lives above the harbour office. \u201cI hear every engine,\u201d he says.\n"
     "Ferri shrugs at the plan. \u201cBridges fall,\u201d he says.\n", "Bridges fall", "Andrea Ferri"),
    ("Sasha Orlov drives the night tram. \u201cNobody sees us,\u201d he says.\n"
     "Orlov started in 2004. \u201cThe rails were worse then,\u201d he says.\n"
     "Orlov laughs. \u201cThe passengers were better,\u201d he says.\n", "rails were worse", "Sasha Orlov"),
    # near misses
    ("Andrea Conti runs the bakery. \u201cBread first,\u201d she says.\n"
     "Her neighbour, Paolo Testa, sells fish. \u201cFish second,\u201d he says.\n"
     "Conti disagrees. \u201cBread always,\u201d she says.\n", "Bread always", "Andrea Conti"),
    ("Andrea Conti runs the bakery. \u201cBread first,\u201d she says.\n"
     "Her neighbour, Paolo Testa, sells fish. \u201cFish second,\u201d he says.\n"
     "Conti disagrees. \u201cBread always,\u201d she says.\n", "Fish second", "Paolo Testa"),
    ("Maria Lind opened the hearing with Tom Berg beside her. \u201cWe begin,\u201d she said.\n"
     "Berg read the charges. \u201cThere are four,\u201d he said.\n", "There are four", "Tom Berg"),
    # (three "he said" right after a woman named as the object of a man's attack: she stays the one "she" is)
    ("Tom Reed attacked Maria Lind on Monday. \u201cShe is wrong,\u201d he said.\n"
     "Reed mocked Lind again. \u201cShe has no plan,\u201d he said.\n"
     "Reed then named Lind. \u201cShe should resign,\u201d he said.\n"
     "Lind answered. \u201cI will stay,\u201d she said.\n", "I will stay", "Maria Lind"),
    ("Tom Reed attacked Maria Lind on Monday. \u201cShe is wrong,\u201d he said.\n"
     "Reed mocked Lind again. \u201cShe has no plan,\u201d he said.\n"
     "Reed then named Lind. \u201cShe should resign,\u201d he said.\n"
     "Lind answered. \u201cI will stay,\u201d she said.\n", "should resign", "Tom Reed"),
    ("Andrea Sala, a spokeswoman for the port, met Marco Testa. \u201cWe are ready,\u201d she said.\n"
     "Testa nodded. \u201cSo are we,\u201d he said.\n", "We are ready", "Andrea Sala"),
    # (a woman lawyer whose "said he …" clauses are her client's words: those "he" are not hers)
    ("Grace Otieno, the lawyer for the driver, said he would appeal the fine.\n"
     "Otieno said he had been held without charge.\n"
     "Otieno told reporters he had never owned a car.\n"
     "The driver, Sam Kiprop, was led away. \u201cI am innocent,\u201d Kiprop said.\n\n"
     "\u201cThe police lied from the start,\u201d she said.\n", "police lied", "Grace Otieno"),
    # (a name given once, then a run of quotes each attributed by "he said" with nothing but his own "He …"
    # sentences between: the run's pronouns are the name's)
    ("Andrea Bassi runs the bakery on Main Street.\n\u201cFlour costs double,\u201d he said.\n"
     "\u201cWe cannot raise prices again,\u201d he added.\n"
     "He said the oven was thirty years old. \u201cIt will not last,\u201d he said.\n", "Flour costs double",
     "Andrea Bassi"),
    ("Rose Ndlovu, a carpenter in Durban, has built boats since 1990.\n\u201cWood is cheap here,\u201d he says.\n"
     "\u201cThe buyers are not,\u201d he says.\n\u201cSo I wait,\u201d he adds.\n", "buyers are not", "Rose Ndlovu"),
    # near misses: a man described in between, a name that is only a possessive's, a run of two
    ("Grace Obi runs a stall at the market.\nA man at the next stall shrugged. \u201cPrices have doubled,\u201d he "
     "said.\n\u201cNobody buys,\u201d he added.\n\u201cWe wait,\u201d he said.\n", "Nobody buys",
     "A man at the next stall"),
    ("Grace Mensah\u2019s son was arrested in May.\n\u201cI did nothing wrong,\u201d he said.\n"
     "\u201cThey feed us once a day,\u201d he added.\n\u201cI want to go home,\u201d he said.\n", "feed us", None),
    ("Grace Obi runs a stall at the market.\n\u201cPrices have doubled,\u201d he said.\n"
     "\u201cNobody buys,\u201d he added.\n", "Nobody buys", None),
    # (… while three attribution pronouns still decide, a reported clause's "he" among them or not)
    ("Andrea Ferri has run the ferry for ten years. \u201cThe sea decides,\u201d he says.\n"
     "Ferri said he would retire in May. \u201cI hear every engine,\u201d he says.\n"
     "Ferri shrugs at the plan. \u201cBridges fall,\u201d he says.\n", "Bridges fall", "Andrea Ferri"),
]

AGE_CASES = [
    ("Vera Holm, the harbour master, said the port would stay open. \u201cWe have room for all of them,\u201d "
     "she said. Asked about the storm, the 61-year-old said: \u201cWe have seen worse.\u201d", "seen worse",
     "Vera Holm"),
    ("Piet Maas runs the depot. \u201cBoth cranes are working,\u201d he said. Pressed on the date, the "
     "45-year-old said: \u201cMarch, not before.\u201d", "not before", "Piet Maas"),
    # near misses
    ("Piet Maas met Jan Kok at the depot. \u201cBoth cranes are working,\u201d he said. Pressed on the date, "
     "the 45-year-old said: \u201cMarch, not before.\u201d", "not before", "the 45-year-old"),
    ("Jan Kok, 45, drives a crane. Vera Holm runs the port. \u201cWe have room,\u201d she said. Asked about "
     "the storm, the 45-year-old said: \u201cWe have seen worse.\u201d", "seen worse", "Jan Kok"),
    ("Vera Holm runs the port. \u201cWe have room,\u201d she said. Asked about the storm, the 45-year-old "
     "fisherman said: \u201cWe have seen worse.\u201d", "seen worse", "the 45-year-old fisherman"),
    # (an age the article gave someone else of no name, or one of a number the description does not match)
    ("Piet Maas runs the depot. A 19-year-old man was arrested after the blaze. \u201cIt spread fast,\u201d he "
     "said. Asked about the damage, the 45-year-old said: \u201cMarch, not before.\u201d", "not before",
     "Piet Maas"),
    ("Piet Maas is a 45-year-old crane driver. \u201cBoth cranes are working,\u201d he said. Pressed on the date, "
     "the 45-year-old said: \u201cMarch, not before.\u201d", "not before", "Piet Maas"),
    ("Vera Holm runs the shelter. \u201cWe are full every night,\u201d she said. Asked about the winter, the "
     "66-year-old said she had never seen it so cold.", "never seen it so cold", "Vera Holm"),
]

# the speaker the chain must not reach: an age the article gave someone it introduced without a name ("A 34-year-old
# man was arrested"), or a description whose own sentence says "he" after a "she said" (or "she" after "he said")
NOT_AGE_CASES = [
    ("A 34-year-old man was arrested after the blaze at the depot.\n"
     "Neighbour Karl Vos filmed the smoke. \u201cThe whole sky went black,\u201d he said.\n"
     "The 34-year-old was released on bail on Friday and said the charge was wrong.", "charge was wrong", "Karl Vos"),
    ("Vera Holm runs the shelter. \u201cWe are full every night,\u201d she said. Asked about the winter, the "
     "66-year-old said he had slept outside for a month.", "slept outside", "Vera Holm"),
    ("Ana Roe runs the clinic.\n\u201cWe have two nurses for the whole valley,\u201d she said.\n"
     "A 70-year-old patient, who asked not to be named, waited six hours. The 70-year-old said he had given up.",
     "given up", "Ana Roe"),
]


def _speaker(text: str, words: str) -> str | None:
    quote = quote_with(text, words)
    return quote.speaker_name or quote.speaker_label


@pytest.mark.parametrize("text, words, speaker", GENDER_CASES)
def test_guessed_gender_yields_to_pronouns(text, words, speaker):
    assert _speaker(text, words) == speaker


@pytest.mark.parametrize("text, words, wrong", NOT_AGE_CASES)
def test_age_description_not_carried_past_another_person(text, words, wrong):
    assert wrong not in {q.speaker_name for q in quotes_of(text) if words in q.text}


@pytest.mark.parametrize("text, words, speaker", AGE_CASES)
def test_age_description_after_pronoun_attribution(text, words, speaker):
    assert _speaker(text, words) == speaker
