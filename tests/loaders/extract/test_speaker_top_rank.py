"""'the top government spokesman' is not a person the article gives that role only as one of several ("Tomas Varkel,
a spokesman for the Velmoran Coast Guard"): a wrong person is worse than none. The same description still finds a
holder written with "the" or as a title, and a description without "top" still finds the "a spokesman" person."""

import pytest

from tests.loaders.extract.quote_steps import quotes_of

_CLAUSE = "Tavmora had not been asked by Kestel to call off the drill"


def _speaker(intro: str, description: str) -> str | None:
    text = (f"“Safety comes first,” said {intro}.\n\n"
            f"{description} said {_CLAUSE}.")
    found = [q for q in quotes_of(text) if q.kind == "indirect" and q.text.startswith("Tavmora")]
    return found[0].speaker_name if found else None


@pytest.mark.parametrize(
    "intro, description, speaker",
    [
        ("Tomas Varkel, a spokesman for the Velmoran Coast Guard", "The top government spokesman", None),
        ("Tomas Varkel, an adviser to the Velmoran Coast Guard", "The top adviser", None),
        # near misses: the role written with "the" or as a title; no "top" in the description
        ("Tomas Varkel, the spokesman for the Velmoran government", "The top government spokesman", "Tomas Varkel"),
        ("government spokesman Tomas Varkel", "The top government spokesman", "Tomas Varkel"),
        ("Tomas Varkel, a spokesman for the Velmoran Coast Guard", "The spokesman", "Tomas Varkel"),
        ("Tomas Varkel, a spokesman for the Velmoran Coast Guard", "The government spokesman", "Tomas Varkel"),
    ],
)
def test_top_rank(intro, description, speaker):
    assert _speaker(intro, description) == speaker


def _speaker_of_two(first: str, second: str, description: str) -> str | None:
    text = (f"{first} said the search of the bay would go on. {second} agreed.\n\n"
            f"{description} said {_CLAUSE}.")
    found = [q for q in quotes_of(text) if q.kind == "indirect" and q.text.startswith("Tavmora")]
    return found[0].speaker_name if found else None


@pytest.mark.parametrize(
    "second, description, speaker",
    [
        # the gendered forms of one role are one role: each "a spokesman"/"a spokeswoman" is one of several
        ("Ana Rinn, a spokeswoman for the Velmoran Navy,", "The top spokesman", None),
        ("Ana Rinn, a spokeswoman for the Velmoran Navy,", "The top spokeswoman", None),
        ("Ana Rinn, a spokesperson for the Velmoran Navy,", "The top spokesman", None),
        # near misses: a holder written with "the"; no "top" in the description
        ("Ana Rinn, the spokeswoman for the Velmoran Navy,", "The top spokesman", "Ana Rinn"),
        ("Ana Rinn, the spokeswoman for the Velmoran Navy,", "The top spokeswoman", "Ana Rinn"),
        ("Ana Rinn, a spokeswoman for the Velmoran Navy,", "The spokeswoman", "Ana Rinn"),
        ("Ana Rinn, a harbour pilot,", "The spokesman", "Tomas Varkel"),
    ],
)
def test_top_rank_gendered_forms(second, description, speaker):
    assert _speaker_of_two("Tomas Varkel, a spokesman for the Velmoran Coast Guard,", second, description) == speaker


def _speaker_of_role(intro: str, later: str) -> str | None:
    text = (f"{intro} said the ferry would sail at noon. The crossing was calm.\n\n"
            f"{later} said {_CLAUSE}.")
    found = [q for q in quotes_of(text) if q.kind == "indirect" and q.text.startswith("Tavmora")]
    return found[0].speaker_name if found else None


@pytest.mark.parametrize(
    "intro, later, speaker",
    [
        # the description itself ("The top government spokesman") is no use of the role without "a": the person
        # the text gives it only as "a government spokesman" is still one of several
        ("Ivo Marr, a government spokesman,", "The top government spokesman", None),
        ("Ivo Marr, an energy adviser,", "The top energy adviser", None),
        ("Ivo Marr, a government spokesman,", "The highest-ranking government spokesman", None),
        # near misses: the role written with "the" or as a title; no top-rank word in the description
        ("Ivo Marr, the government spokesman,", "The top government spokesman", "Ivo Marr"),
        ("Government spokesman Ivo Marr", "The top government spokesman", "Ivo Marr"),
        ("Ivo Marr, the top government spokesman,", "The top government spokesman", "Ivo Marr"),
        ("Ivo Marr, a government spokesman,", "The government spokesman", "Ivo Marr"),
        ("Ivo Marr, an energy adviser,", "The energy adviser", "Ivo Marr"),
    ],
)
def test_top_rank_description_is_no_use(intro, later, speaker):
    assert _speaker_of_role(intro, later) == speaker
