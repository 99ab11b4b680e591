"""Who-is-who (speakers.SpeakerResolver): "the ASG" after "Additional Solicitor General (ASG) Rohan Kapoor": a
title's acronym the article defined in brackets right before a person's name stands for that person (court and
police reports of South Asia write "Additional Solicitor General (ASG)", "Deputy Inspector General (DIG)" so).
Near misses: an acronym in brackets after an organisation's name, one whose letters the words before it do not
spell, and an acronym never defined, stay labels."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    ("Additional Solicitor General (ASG) Rohan Kapoor appeared for the Centre.\n\u201cThe rules are valid,\u201d "
     "the ASG said.\n", "rules are valid", "Rohan Kapoor"),
    ("Senior Superintendent of Police (SSP) Imran Qureshi visited the site.\n\u201cWe found nothing,\u201d the "
     "SSP told reporters.\n", "found nothing", "Imran Qureshi"),
    # near misses
    ("The Central Bureau of Investigation (CBI) questioned Rohan Kapoor.\n\u201cThe rules are valid,\u201d the "
     "CBI said.\n", "rules are valid", "the CBI"),
    ("Additional Solicitor General (DSG) Rohan Kapoor appeared for the Centre.\n\u201cThe rules are valid,\u201d "
     "the DSG said.\n", "rules are valid", "the DSG"),
    ("Rohan Kapoor appeared for the Centre.\n\u201cThe rules are valid,\u201d the ASG said.\n", "rules are valid",
     "the ASG"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_title_acronym(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
