"""Review speakersR10 (e01, e03, e14, e15) and session21 (s04): a particle surname is ambiguous only among the
people named by the quote; a one-word hyphened particle surname ("al-Mutairi") two people carry names neither; a
particle run ("bin Rashid") that sits after a second "bin" of the one person who has it names nobody (the people
step may have merged a father into his son); a "by" phrase that is a means ("by video link", "by phone") after
"was told" is no speaker.
Near misses: a relative named only after the quote leaves the earlier short form to the one person named before
it; one al-Mutairi gets the quote; "bin Mohammed" right after the given name is that person's patronymic; a
person after "by" still speaks."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for nobody)
    ("Rashid al-Mutairi, a farmer, and his daughter Noura al-Mutairi sold the land.\n\n\u201cWe had no choice,"
     "\u201d al-Mutairi said.\n", "We had no choice", "al-Mutairi"),
    ("Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum opened the annex on Tuesday. Sheikh Mohammed bin Rashid "
     "Al Maktoum also attended. \u201cWe look ahead,\u201d bin Rashid said.\n", "We look ahead", "bin Rashid"),
    ("\u201cThe accounts were forged,\u201d the court was told by video link from Madrid.\n",
     "The accounts were forged", None),
    ("\u201cThe dam was safe,\u201d the inquiry was told by letter.\n", "The dam was safe", None),
    # near misses
    ("Maria de la Cruz, a councillor, voted no.\n\n\u201cIt is a waste,\u201d de la Cruz said. Her cousin Luis "
     "de la Cruz disagreed.\n", "It is a waste", "Maria de la Cruz"),
    ("Anna van Dijk, a painter, restored the chapel.\n\n\u201cIt took three years,\u201d van Dijk said. She was "
     "helped by her brother, Pieter van Dijk, a carpenter.\n", "It took three years", "Anna van Dijk"),
    ("Anna van Dijk and her brother Pieter van Dijk restored the chapel.\n\n\u201cIt took three years,\u201d "
     "van Dijk said.\n", "It took three years", "van Dijk"),
    ("Rashid al-Mutairi, a farmer, sold the land.\n\n\u201cWe had no choice,\u201d al-Mutairi said.\n",
     "We had no choice", "Rashid al-Mutairi"),
    ("Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum opened the annex on Tuesday. \u201cWe look ahead,\u201d "
     "bin Mohammed said.\n", "We look ahead", "Hamdan bin Mohammed bin Rashid Al Maktoum"),
    ("\u201cThe accounts were forged,\u201d the court was told by Ann Bell.\n", "The accounts were forged",
     "Ann Bell"),
    ("\u201cThe dam was safe,\u201d the inquiry was told by a spokesman.\n", "The dam was safe", "a spokesman"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_speakersR11_review(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
