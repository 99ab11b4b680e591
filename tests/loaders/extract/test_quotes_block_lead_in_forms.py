"""A block quotation set out without marks, introduced by the last sentence of the paragraph before in more of the
forms an essay uses: a noun-like verb's -s form right after its subject ("Lena Marsh remarks in this
connection,"), a rebuttal closing a longer paragraph ("… Lena Marsh neatly refutes this:"), and a lead-in after an
opening phrase ("As you might expect, Lena Marsh does not buy this:"). Made-up rows; near misses (a verb that is
no rebuttal, nobody named, a name that is not the subject, a noun "remarks", third-person narrative below) give
no block quote."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _quotes(text: str) -> dict[str, tuple[str, str | None]]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    quotes = extract_quotes(article, extract_people(article, registry), registry)
    return {q.text.rstrip(",. "): (q.kind, q.speaker_name or q.speaker_label) for q in quotes}


_BLOCK = "The channel silts faster than we can dredge it, and every year the ships are bigger. We will not win by digging."
_OPENING = "The port has argued about dredging for years, and the argument is not new. "


def _block_quote(lead_in: str, block: str = _BLOCK):
    text = lead_in + "\n\n" + block + "\n\nNot everyone at the port agrees with her.\n"
    return _quotes(text).get(block.rstrip("."))


@pytest.mark.parametrize("lead_in", [
    _OPENING + "Lena Marsh remarks in this connection,",
    _OPENING + "Lena Marsh neatly refutes this:",
    _OPENING + "As you might expect, Lena Marsh does not buy this:",
    "As you might expect, Lena Marsh does not buy this:",
])
def test_the_lead_in_introduces_the_block(lead_in):
    assert _block_quote(lead_in) == ("direct", "Lena Marsh")


@pytest.mark.parametrize("lead_in", [
    _OPENING + "Lena Marsh opposes this:",
    _OPENING + "Critics of Lena Marsh neatly refute this:",
    _OPENING + "Lena Marsh's remarks in this connection,",
    _OPENING + "The remarks of Lena Marsh in this connection,",
    _OPENING + "Lena Marsh remarks on it all the time.",
])
def test_no_block_without_a_named_subject_rebutting(lead_in):
    assert _block_quote(lead_in) is None


def test_third_person_narrative_below_the_lead_in_is_no_block():
    block = "She was sure the channel would silt again within a year, and the board agreed with her."
    assert _block_quote(_OPENING + "Lena Marsh neatly refutes this:", block) is None


def test_an_opening_phrase_is_not_the_speaker():
    kind, speaker = _block_quote("As you might expect, the harbour board does not buy this:")
    assert kind == "direct" and "expect" not in speaker and "board" in speaker


# review of speakersR20 (B1): a name inside the opening phrase is never the block's speaker ("Like Tom Reyes, many
# critics do not buy this:"); a name after the phrase still is; a plural's "do not" is no word of the subject
@pytest.mark.parametrize("lead_in, speaker", [
    (_OPENING + "Like Tom Reyes, many critics do not buy this:", "many critics"),
    (_OPENING + "Unlike Tom Reyes, most engineers do not buy this:", "most engineers"),
    (_OPENING + "Unlike Tom Reyes, the harbour board does not buy this:", "the harbour board"),
])
def test_a_name_in_the_opening_phrase_is_not_the_speaker(lead_in, speaker):
    found = _block_quote(lead_in)
    assert found is None or found[1].casefold() == speaker


@pytest.mark.parametrize("lead_in", [
    _OPENING + "Unlike Tom Reyes, Lena Marsh does not buy this:",
    _OPENING + "Like Tom Reyes, engineer Lena Marsh does not buy this:",
])
def test_the_name_after_the_opening_phrase_is_the_speaker(lead_in):
    assert _block_quote(lead_in) == ("direct", "Lena Marsh")
