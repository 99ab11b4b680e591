"""A pronoun right after a sentence whose subject compares the ages of the people just named ("The older woman
laughs at this. “…,” she says.") stands for the one the comparison picks, not the one named last. Made-up rows."""

import pytest

from tests.loaders.extract.quote_steps import speakers_of

_TWO_WOMEN = ("Mara Vell, 71, has sold bread at the Kestel market since 1975.\n\n"
              "The other baker is Tessa Quill, 40, who took over her aunt's stall. "
              "Quill wants the stalls to open on Sundays.\n\n"
              "“People shop when they are free,” she says.\n\n")
_TWO_MEN = ("Ivo Dornak, 66, has rowed the ferry across the Sarn for thirty years.\n\n"
            "His partner is Lev Amsel, 29, who joined last spring. Amsel wants an engine.\n\n"
            "“Rowing is too slow for the tourists,” he says.\n\n")


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (_TWO_WOMEN + "The older woman laughs at this. “I was here before the tourists,” she says.",
         "I was here before the tourists", "Mara Vell"),
        (_TWO_WOMEN + "The elder woman shakes her head. “I was here before the tourists,” she says.",
         "I was here before the tourists", "Mara Vell"),
        (_TWO_MEN + "The older man shrugs. “The river was here before the engines,” he says.",
         "The river was here before the engines", "Ivo Dornak"),
        # near misses: the younger one is the one named last anyway; another person named after the comparison;
        # a comparison of the other gender; a thing compared, not a person
        (_TWO_MEN + "The younger man shrugs. “The river was here before the engines,” he says.",
         "The river was here before the engines", "Lev Amsel"),
        (_TWO_WOMEN + "The older woman laughs at this. Quill shakes her head. “I was here before the tourists,” "
                      "she says.", "I was here before the tourists", "Tessa Quill"),
        (_TWO_WOMEN + "The older man at the next stall laughs. “I was here before the tourists,” she says.",
         "I was here before the tourists", "Tessa Quill"),
        (_TWO_WOMEN + "The older stall has no roof. “I was here before the tourists,” she says.",
         "I was here before the tourists", "Tessa Quill"),
    ],
)
def test_compared_subject(text, words, speaker):
    assert speakers_of(text)[words] == speaker
