"""An unnamed source's label reads as the article introduced it, not as the quote's back-reference: 'Another
fisherman said …' then '“…,” the fisherman said' is labelled 'Another fisherman', as the gold sets label 'A
senior official said …' then 'the official said' by the introducing phrase (speakersR22 review, R4: kept, the
gold convention). Made-up text; near misses: a named person holding the noun, another noun introduced, no
introduction at all."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of

_EIDE = "A fisherman, Jon Eide, pulled his boat ashore on Monday. "


def _speaker(text: str) -> str:
    [quote] = [q for q in quotes_of(text) if "loans" in q.text or "far apart" in q.text]
    return quote.speaker_name or "L:" + (quote.speaker_label or "")


@pytest.mark.parametrize("text, speaker", [
    (_EIDE + "A second fisherman said the season was bad. “We cannot pay our loans,” the fisherman said.",
     "L:A second fisherman"),
    (_EIDE + "Another fisherman said the season was bad. “We cannot pay our loans,” the fisherman said.",
     "L:Another fisherman"),
    ("A senior official said the talks had stalled. “We are far apart,” the official said.", "L:A senior official"),
    # near misses
    (_EIDE + "Another man said the season was bad. “We cannot pay our loans,” the fisherman said.", "Jon Eide"),
    (_EIDE + "“We cannot pay our loans,” the fisherman said.", "Jon Eide"),
    ("The talks had stalled. “We are far apart,” the official said.", "L:the official"),
    (_EIDE + "“We cannot pay our loans,” a second fisherman said.", "L:a second fisherman"),
])
def test_an_introduced_source_keeps_its_introducing_words(text, speaker):
    assert _speaker(text) == speaker
