"""An unnamed person introduced by an indefinite phrase ("A junior minister from the north disagreed") is a phrase
of one sentence: "a crew of 18. The minister" runs over a sentence's end and introduces nobody, so a later "the
minister" stays the minister the article named. Near misses: indefinite phrases within a sentence, with an
abbreviation's full stop inside ("a U.S. minister"). Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

NAMED = "Foreign Minister Ann Vale opened the talks. "


@pytest.mark.parametrize(
    "middle, speaker",
    [
        # an indefinite phrase ending one sentence, the next opening on the description's noun
        ("Honiara would send a crew of 18.\n\nThe minister said the boats were ready.\n\n", ("Ann Vale", None)),
        ("Honiara would send a crew of 18. The minister said the boats were ready. ", ("Ann Vale", None)),
        ("Port Vila offered a boat! The minister said the boats were ready.\n\n", ("Ann Vale", None)),
        # near misses: the unnamed person introduced within one sentence stays that label
        ("A junior minister from the north disagreed.\n\n", (None, "A junior minister from the north")),
        ("A minister from the north disagreed. ", (None, "A minister from the north")),
        ("Honiara would send a U.S. minister. ", (None, "a U.S. minister")),
        ("Basseterre would send a St. Kitts minister. ", (None, "a St. Kitts minister")),
    ],
)
def test_an_introduced_unnamed_phrase_does_not_cross_a_sentence(middle, speaker):
    body = NAMED + middle + "“We will wait,” the minister said."
    [quote] = [q for q in quotes_of(body) if q.kind == "direct"]
    assert (quote.speaker_name, quote.speaker_label) == speaker
