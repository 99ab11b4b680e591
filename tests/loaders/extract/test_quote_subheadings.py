"""A subheading written in quotation marks ("‘A season of six months, not seven’" on a line of its own between
paragraphs): a line holding one quotation, with no sentence's end inside its marks and no speaker, is the page's
section heading, no quote. Near misses: a quoted sentence alone on its line (its full stop), a quote the next
line attributes, a line with an attribution. Every expectation was written before the extractor ran."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of

BEFORE = "The rains stayed late this year, and the flats are still too soft for tractors.\n\n"
AFTER = "\n\nKarl Moss has farmed the pan next to his for 22 years. He is younger and more impatient.\n"

ROWS = [
    ("‘A season of six months, not seven’", False),
    ("“The sanctuary and the survey”", False),
    ('"Waiting for the ground to hold"', False),
    # near misses: kept
    ("“We will wait, as our fathers waited.”", True),
    ("“We will wait, as our fathers waited,” Karl Moss said.", True),
    ("“We will wait,” he says.", True),
]


@pytest.mark.parametrize("line, kept", ROWS)
def test_quoted_subheading(line, kept):
    opening = " ".join(line.strip("‘’“”\"").split()[:2])
    found = [q for q in quotes_of(BEFORE + line + AFTER) if q.kind != "indirect" and q.text.startswith(opening)]
    assert bool(found) == kept, [(q.text, q.speaker_name) for q in found]
