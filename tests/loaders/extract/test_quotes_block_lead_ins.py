"""Layout: a block quotation set out without marks (an essay quoting a book at length) is introduced by the last
sentence of the paragraph before, not only by a paragraph of its own: "… As the engineer Lena Marsh says in her
report (Harbour Press, 2019)," or "… Lena Marsh writes in her report:". Made-up rows; near misses (no speech verb,
a comma that only breaks a sentence, a reported clause, a paragraph naming someone) give no block quote."""
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


@pytest.mark.parametrize(
    "lead_in",
    [
        # a comma closing the paragraph after a speech verb and its adjuncts
        "The port has argued about dredging for years. As the engineer Lena Marsh says in her report "
        "(Harbour Press, 2019),",
        # "argues that," with the block as the reported words
        "The port has argued about dredging for years. Lena Marsh in her report (2019) argues that,",
        # a colon closing a longer paragraph
        "The port has argued about dredging for years. Lena Marsh writes in her report:",
    ],
)
def test_the_last_sentence_introduces_the_block(lead_in):
    text = lead_in + "\n\n" + _BLOCK + "\n\nNot everyone at the port agrees with her.\n"
    assert _quotes(text).get(_BLOCK.rstrip(".")) == ("direct", "Lena Marsh")


def test_a_block_may_hold_a_quoted_word():
    text = ("The port has argued about dredging for years. Lena Marsh writes:\n\n"
            "The word “permanent” is a promise nobody can keep. The river will decide where it runs.\n\n"
            "Not everyone at the port agrees with her.\n")
    assert _quotes(text).get("The word “permanent” is a promise nobody can keep. The river will decide where "
                             "it runs") == ("direct", "Lena Marsh")


@pytest.mark.parametrize(
    "lead_in",
    [
        # no speech verb: a list or an account follows
        "The port has argued about dredging for years. Lena Marsh listed the costs:",
        # a comma that only breaks a sentence across paragraphs
        "The port has argued about dredging for years. Lena Marsh bought two dredgers in 2019,",
        # a reported clause already under way before the comma
        "The port has argued about dredging for years. Lena Marsh said on Monday that the plan, which cost millions,",
        # the speech verb is not in the paragraph's last sentence
        "Lena Marsh says in her report (2019), that the port is wrong. The port disagrees.",
    ],
)
def test_near_misses_give_no_block(lead_in):
    text = lead_in + "\n\n" + _BLOCK + "\n\nNot everyone at the port agrees with her.\n"
    assert _BLOCK.rstrip(".") not in _quotes(text)


def test_a_block_naming_someone_is_no_quote():
    text = ("The port has argued about dredging for years. Lena Marsh writes in her report:\n\n"
            "Paul Oake is wrong about the channel. It silts faster than we can dredge it.\n\n"
            "Not everyone at the port agrees with her.\n")
    assert "Paul Oake is wrong about the channel. It silts faster than we can dredge it" not in _quotes(text)
