"""A pronoun right after a sentence whose subject compares the ages of the people just named ("The older woman
laughs at this. “…,” she says.") stands for the one the comparison picks, not the one named last. Made-up rows."""

import pytest

from tests.loaders.extract.quote_steps import quotes_of, speakers_of

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


_THREE_WOMEN = ("Mara Vell, 71, has sold bread at the Kestel market since 1975.\n\n"
                "The other baker is Tessa Quill, 40, who took over her aunt's stall. Next to her stands Nina Brask, "
                "55. Brask wants Sunday hours.\n\n")
_NAMED = {"Mara Vell", "Tessa Quill", "Nina Brask"}


@pytest.mark.parametrize(
    "text, words",
    [
        # someone new: words after the noun set her apart from the pair, or "an older woman" brought her in
        (_TWO_WOMEN + "The older woman at the next stall, who gave no name, laughs at this. “I was here before the "
                      "tourists,” she says.", "I was here before the tourists"),
        (_TWO_WOMEN + "The older woman from the flower stall across the road, a stranger, laughs. “I come every "
                      "day,” she says.", "I come every day"),
        (_TWO_WOMEN + "An older woman walking past stops to listen. The older woman laughs at this. “I come every "
                      "day,” she says.", "I come every day"),
        # "older" compares two: of three aged women it picks no one
        (_THREE_WOMEN + "The older woman laughs at this. “I come every day,” she says.", "I come every day"),
        (_THREE_WOMEN + "The younger woman laughs at this. “I come every day,” she says.", "I come every day"),
    ],
)
def test_compared_subject_names_no_one(text, words):
    assert speakers_of(text)[words] not in _NAMED


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # near misses: "oldest"/"youngest" pick from three; the pair's comparison then a verb still picks
        (_THREE_WOMEN + "The oldest woman laughs at this. “I come every day,” she says.", "I come every day",
         "Mara Vell"),
        (_THREE_WOMEN + "The youngest woman laughs at this. “I come every day,” she says.", "I come every day",
         "Tessa Quill"),
        (_TWO_WOMEN + "The older woman, laughing, shakes her head. “I come every day,” she says.",
         "I come every day", "Mara Vell"),
        (_TWO_WOMEN + "The older woman then laughs. “I come every day,” she says.", "I come every day", "Mara Vell"),
        (_TWO_WOMEN + "An hour later the older woman laughs. “I come every day,” she says.", "I come every day",
         "Tessa Quill"),
    ],
)
def test_compared_subject_near_misses(text, words, speaker):
    assert speakers_of(text)[words] == speaker


@pytest.mark.parametrize(
    "tail",
    ["“I come every day,” the older woman said.", "The older woman said the stalls should close on Mondays."],
)
def test_compared_description_of_three_names_no_one(tail):
    assert not {quote.speaker_name for quote in quotes_of(_THREE_WOMEN + tail)} & _NAMED - {None}
