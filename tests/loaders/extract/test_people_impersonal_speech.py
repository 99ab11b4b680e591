"""A run whose only evidence of a person is a speech verb, and whose speech goes on with the speaker's own "it"
("Atlas Copco said it would pay", "Kenya Power said its tariffs"), reads like a body speaking; but a person says
"it" of something else as often ("Tarquin Ashdown said it would cost more", "Zephyr Nkemdirim said its roof had
leaked": review of round 2, test_people_review2_rows.py), so that cue alone makes no body's name: the firm rows are
strict xfails. A known given name, a title, an age or an apposition makes a person, whatever follows. Made-up rows;
expectations written before running."""
import pytest

from tests.loaders.extract.test_people_world_names_stress import _people

_IT_ALONE = pytest.mark.xfail(strict=True, reason="the speaker's 'it' alone is no body's evidence: a person says it "
                                                  "as often (review of round 2)")

ROWS = [
    # a body speaking of itself: no longer read from the "it" alone
    pytest.param(*("GDANSK — Atlas Copco said it would pay for repairs.", set()), marks=_IT_ALONE),
    pytest.param(*("NAIROBI — Kenya Power said it would cut tariffs in May.", set()), marks=_IT_ALONE),
    # ... but "its" before a firm's accounts or holdings is a firm's own (`people._THING_PRONOUN_AFTER`: a person's
    # "its" owns a roof or a cost, never "its profits", "its shares"), after a name opening its sentence
    ("OSLO — Brekke Lund said its profits had fallen.", set()),
    pytest.param(*("OSLO — Brekke Lund said on Monday that it had sold the plant.", set()), marks=_IT_ALONE),
    # near misses: a person's evidence besides the speech
    ("LAGOS — Zephyr Nkemdirim said he had pulled two men out.", {"Zephyr Nkemdirim"}),
    ("LAGOS — Zephyr Nkemdirim, 45, said it was too late.", {"Zephyr Nkemdirim"}),
    ("LAGOS — Dr. Zephyr Nkemdirim said it would take years.", {"Zephyr Nkemdirim"}),
    ("LAGOS — Zephyr Nkemdirim, a welder, said it would take years.", {"Zephyr Nkemdirim"}),
    ("LONDON — Sarah Lund said it would take years.", {"Sarah Lund"}),  # a known given name
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_body_speaking_of_itself_is_no_person(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected


PAST_TENSE_ROWS = [
    pytest.param(*("HOUSTON — Exxon Mobil said it supported the bill.", set()), marks=_IT_ALONE),
    # near miss: "it" as the object of another verb, not the subject of the reported clause
    ("LAGOS — Zephyr Nkemdirim said it. Zephyr Nkemdirim, 45, left.", {"Zephyr Nkemdirim"}),
]


@pytest.mark.parametrize(("text", "expected"), PAST_TENSE_ROWS)
def test_a_body_speaking_of_itself_in_the_past(text, expected):
    assert _people("Wire\nHeadline here\n" + text) == expected
