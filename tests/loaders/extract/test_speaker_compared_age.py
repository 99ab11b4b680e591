"""'the younger woman', 'the older man': of two people of that gender just named, with their ages written the
ages decide; without them the description tells apart the one the story was not just speaking of (the one
named before the last). Near misses: three such people (unknown), ages that decide the other way. Made-up text."""
import pytest

from tests.loaders.extract.test_speaker_stress import quotes_of


def _speaker(body: str, start: str) -> tuple[str | None, str | None]:
    [quote] = [q for q in quotes_of(body) if q.kind == "direct" and q.text.startswith(start)]
    return quote.speaker_name, quote.speaker_label


@pytest.mark.parametrize(
    "body, speaker",
    [
        # two women, no ages beside both names: the one not just spoken of
        ("Cara Dunn grades fleeces by the door. Anna Bell has run the shed since 2014.\n\n"
         "“The buyers are late,” she says.\n\n“I would not wait,” the younger woman says.", ("Cara Dunn", None)),
        # two men, "the older man"
        ("Tomas Ekberg drives the first truck. Peter Lund loads the second.\n\n“We leave at six,” he said.\n\n"
         "“We always leave at six,” the older man said.", ("Tomas Ekberg", None)),
        # near miss: ages beside both names decide, whoever was just spoken of
        ("Cara Dunn, 26, grades fleeces by the door. Anna Bell, 52, has run the shed since 2014.\n\n"
         "“The buyers are late,” she says.\n\n“I would not wait,” the older woman says.", ("Anna Bell", None)),
        # near miss: three women named: which one is unknown
        ("Cara Dunn grades fleeces. Maria Holm sorts them. Anna Bell has run the shed since 2014.\n\n"
         "“The buyers are late,” she says.\n\n“I would not wait,” the younger woman says.",
         (None, "the younger woman")),
        # near miss: one woman named only: the description is someone else
        ("Anna Bell has run the shed since 2014.\n\n“The buyers are late,” she says.\n\n"
         "“I would not wait,” the younger woman says.", (None, "the younger woman")),
    ],
)
def test_a_compared_age_tells_two_people_apart(body, speaker):
    assert _speaker(body, "I would not wait" if "wait" in body else "We always") == speaker
