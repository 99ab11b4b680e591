"""Who-is-who (speakers.SpeakerResolver.resolve): a speaker phrase opened by a lowercase name particle ("bin
Rashid said", "bint Khalid told", "van Dijk added") whose words run, in that order, inside exactly one cast person's
name is that person: Arabic and Dutch press shorten a name to its patronymic or its particle and surname.
Near misses keep the label: particle words that run inside nobody's name, and inside two people's."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Mohammed bin Rashid al-Maktoum spoke first. \u201cWe are open,\u201d bin Rashid said.\n", "We are open",
     "Mohammed bin Rashid al-Maktoum"),
    ("Mariam bint Khalid al-Thani opened the fair. \u201cEveryone is welcome,\u201d bint Khalid told "
     "reporters.\n", "Everyone is welcome", "Mariam bint Khalid al-Thani"),
    # near misses
    ("Mohammed bin Rashid al-Maktoum spoke first. \u201cWe are open,\u201d bin Zayed said.\n", "We are open",
     "bin Zayed"),
    ("Khalid bin Saif al-Harthy met Salim bin Saif al-Busaidi. \u201cWe are open,\u201d bin Saif said.\n",
     "We are open", "bin Saif"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_particle_short_form(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
