"""Who is who: a title written only as its abbreviation before the name ("Cllr Joanna Keane", "Supt. Ravi Nair")
is that title, so "the councillor" / "the superintendent" later is that person. Made-up rows; near misses (an
abbreviation of another title, two people holding the title) keep the label."""
import pytest

from tests.loaders.extract.quote_steps import speakers_of


_quotes = speakers_of  # (the shared runner: each quote's words and its speaker)


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("The city will review the clean-up, Cllr Joanna Keane has confirmed.\n"
         "Cllr Keane visited the street on Sunday. The councillor said residents should not \"play the hero\".\n",
         "play the hero", "Joanna Keane"),
        ("Roads stayed shut all night, Supt. Ravi Nair said.\n"
         "Nair visited the depot later. \"We had no choice,\" the superintendent said.\n",
         "We had no choice", "Ravi Nair"),
    ],
)
def test_an_abbreviated_title_is_the_title(text, quote, speaker):
    assert _quotes(text).get(quote) == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a reverend is no councillor
        ("The hall reopened on Monday, Rev Joanna Keane said.\n"
         "Keane thanked the volunteers. \"Nobody told us anything,\" the councillor said.\n",
         "Nobody told us anything", "Joanna Keane"),
        # the abbreviation of another title: a councillor is no superintendent
        ("Roads stayed shut all night, Cllr Ravi Nair said.\n"
         "Nair visited the depot later. \"We had no choice,\" the superintendent said.\n",
         "We had no choice", "Ravi Nair"),
        # two councillors: the description tells neither
        ("Cllr Joanna Keane and Cllr Paul Ossett met residents on Sunday.\n"
         "\"We had no choice,\" the councillor said.\n",
         "We had no choice", "Joanna Keane"),
    ],
)
def test_near_misses_keep_the_label(text, quote, speaker):
    assert _quotes(text).get(quote) != speaker
