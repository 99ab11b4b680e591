"""A body opening a sentence may be followed by a connective set off by commas ("The council, however, denied …")
and still be the sentence's subject, the antecedent of a following quote's "it" (speaker_antecedents._ORG_SUBJECT).
Made-up sentences; near misses: "it" is still no person, and a group named in between keeps "they"."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

CASES = [
    ("Talks resumed on Monday. The council, however, denied reports that the mayor had resigned. \u201cNobody has "
     "resigned,\u201d it said in a statement.", "Nobody has", "The council"),
    ("Fares rose again. The rail operator, meanwhile, blamed the energy prices. \u201cCosts have doubled,\u201d it "
     "said.", "Costs have doubled", "The rail operator"),
    ("The ministry, for its part, rejected the claim. \u201cThe figures are wrong,\u201d it said.", "figures are wrong",
     "The ministry"),
    # near misses
    ("The council, however, denied the report. Residents gathered outside the hall. \u201cWe were lied to,\u201d "
     "they said.", "lied to", "not The council"),
    ("Mayor Ana Lind, however, denied the report. \u201cNobody has resigned,\u201d she said.", "Nobody has",
     "name:Ana Lind"),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_subject_with_a_set_off_connective(text, words, speaker):
    quote = quote_with(text, words)
    if speaker.startswith("name:"):
        assert quote.speaker_name == speaker[5:]
    elif speaker.startswith("not "):
        assert not (quote.speaker_label or "").startswith(speaker[4:])
    else:
        assert quote.speaker_name is None and (quote.speaker_label or "").startswith(speaker)
