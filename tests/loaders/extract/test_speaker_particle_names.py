"""Who-is-who for names that open with a lowercase particle (speakersR8 review): a surname led by "al-", "el-",
"bin", "van", "de" … is a subject like any name, so '“…,” al-Mutairi said' is a quote of that person; and a
particle surname that two people of the article share ("Anna van Dijk and her brother Pieter van Dijk … van Dijk
said") names neither of them: the quote stays open (no person) rather than pick one.
Near misses: a lowercase word that is no particle before a verb ("“…,” al said", "“…,” vandals said") and a
particle surname that only one person carries (still that person)."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    # (text, words of the quote, the speaker a careful reader gives; None for no person)
    ("Minister Faisal al-Mutairi visited the refinery.\n\n\u201cOutput will double,\u201d al-Mutairi said.\n",
     "Output will double", "Faisal al-Mutairi"),
    ("Judge Omar el-Hadi heard the case.\n\n\u201cThe file is incomplete,\u201d el-Hadi told the court.\n",
     "The file is incomplete", "Omar el-Hadi"),
    ("Minister Faisal al-Mutairi visited the refinery.\n\n\u201cOutput will double,\u201d said al-Mutairi.\n",
     "Output will double", "Faisal al-Mutairi"),
    ("Minister Faisal al-Mutairi visited the refinery.\n\n\u201cOutput will double,\u201d al-Mutairi, 54, said.\n",
     "Output will double", "Faisal al-Mutairi"),
    ("Painter Anna van Dijk and her brother Pieter van Dijk restored the chapel.\n\n\u201cIt took three "
     "years,\u201d van Dijk said.\n", "It took three years", None),
    # near misses
    ("Senator Paulo de Souza opposed the bill.\n\n\u201cIt is a gift to banks,\u201d de Souza said.\n",
     "It is a gift to banks", "Paulo de Souza"),
    ("Painter Anna van Dijk restored the chapel with her brother Pieter.\n\n\u201cIt took three years,\u201d "
     "van Dijk said.\n", "It took three years", "Anna van Dijk"),
    ("Minister Faisal al-Mutairi visited the refinery.\n\n\u201cOutput will double,\u201d Mutairi said.\n",
     "Output will double", "Faisal al-Mutairi"),
    ("Painter Anna van Dijk and her brother Pieter van Dijk restored the chapel.\n\n\u201cIt took three "
     "years,\u201d Ms van Dijk said.\n", "It took three years", "Anna van Dijk"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_particle_names(text, words, speaker):
    quote = quote_with(text, words)
    if speaker is None:
        assert quote is None or quote.speaker_name is None
    else:
        assert quote is not None and (quote.speaker_name or quote.speaker_label) == speaker


def test_lowercase_non_particle_is_no_subject():
    # '“…,” half-measures said' is no name: only a particle's hyphen form reads as a surname
    quote = quote_with("The plan was thin.\n\n\u201cIt will fail,\u201d half-measures said.\n", "It will fail")
    assert quote is None or quote.speaker_name is None
