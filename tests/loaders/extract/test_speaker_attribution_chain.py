"""Who-is-who (speakers.SpeakerResolver): a "she says" past the antecedent search's reach (four paragraphs and
more since anyone was named) goes on the chain of the article's own attributions: the person of the last "she
says"/"she said" before it, when the paragraphs since name nobody ("“…,” she says. / The post closes in
December. / Asked about spring, the 48-year-old laughs. / “…,” she says.").
Near misses stay without a speaker: the last attribution was the other pronoun, a person named since the chain's
last attribution (read by the usual search, or left open), the chain's pronoun inside a quote, and no earlier
attribution at all."""
import pytest

from tests.loaders.extract.quote_steps import quote_with

_LEAD = ("Vera Holmgard keeps the log in a school exercise book.\n"
         "\u201cThe book never lies,\u201d she says.\n")
_GAP = ("The hut closes for the winter on 15 December.\n"
        "The two wardens will walk down to the valley together, as they did last year.\n"
        "Heavy rain is forecast for the weekend.\n")

CASES = [
    # (text, words of the quote, the speaker a careful reader gives)
    (_LEAD + _GAP + "Asked whether she would come back next season, the 48-year-old laughs.\n"
     "\u201cAsk me in February,\u201d she says.\n", "Ask me", "Vera Holmgard"),
    (_LEAD + _GAP + "The road was closed on Tuesday.\n\u201cWe will manage,\u201d she said.\n",
     "We will manage", "Vera Holmgard"),
    # near misses: the other pronoun's chain; a person named since; no attribution before; the pronoun quoted
    ("Tomas Brekkan keeps the log.\n\u201cThe book never lies,\u201d he says.\n" + _GAP
     + "Asked whether she would come back, the warden laughs.\n\u201cAsk me in February,\u201d she says.\n",
     "Ask me", None),
    (_LEAD + "Ola Nordby, a guide, came up on Monday.\n" + _GAP
     + "Asked about next season, the 48-year-old laughs.\n\u201cAsk me in February,\u201d he says.\n",
     "Ask me", None),
    ("Vera Holmgard keeps the log in a school exercise book.\n" + _GAP
     + "Asked whether she would come back next season, the 48-year-old laughs.\n"
     "\u201cAsk me in February,\u201d she says.\n", "Ask me", None),
    ("Vera Holmgard keeps the log.\n\u201cThe book never lies, \u2018she says\u2019 nothing,\u201d a guide "
     "jokes.\n" + _GAP + "The warden laughs.\n\u201cAsk me in February,\u201d she says.\n", "Ask me", None),
]


@pytest.mark.parametrize("text, words, speaker", CASES)
def test_attribution_chain(text, words, speaker):
    quote = quote_with(text, words)
    assert (quote.speaker_name or quote.speaker_label) == speaker
