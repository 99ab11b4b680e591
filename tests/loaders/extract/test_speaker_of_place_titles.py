"""Two holders of one office from places no table knows, each written with the place after the name ("Premier Dana
Whitfield of Eastland and Premier Rob Kerr of Westland"): "the Westland premier" is the one whose "of" phrase names
Westland, as "Westland Premier Rob Kerr" already was. Made-up text; near misses (a place neither holds, another
office, the place before the name) keep their reading."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of


def _speaker(text: str) -> str:
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    return quote.speaker_name or "L:" + (quote.speaker_label or "").casefold()


_PREMIERS = "Premier Dana Whitfield of Eastland and Premier Rob Kerr of Westland clashed over pipelines on Friday.\n\n"
_GOVERNORS = "Governor Ana Lind of Norland and Governor Piet Olsen of Sudmark met at the border on Monday.\n\n"


@pytest.mark.parametrize("text, speaker", [
    (_PREMIERS + "“That is short-sighted,” the Westland premier said.", "Rob Kerr"),
    (_PREMIERS + "“That is short-sighted,” the Eastland premier said.", "Dana Whitfield"),
    (_GOVERNORS + "“The road stays open,” the Sudmark governor said.", "Piet Olsen"),
])
def test_the_place_after_the_name_tells_the_holders_apart(text, speaker):
    assert _speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    (_PREMIERS + "“That is short-sighted,” the Northland premier said.", "L:the northland premier"),
    (_GOVERNORS + "“The road stays open,” the Sudmark mayor said.", "L:the sudmark mayor"),
    ("Eastland Premier Dana Whitfield and Westland Premier Rob Kerr clashed over pipelines on Friday.\n\n“That is "
     "short-sighted,” the Westland premier said.", "Rob Kerr"),
    ("Premier Rob Kerr of Westland met farmers on Friday.\n\n“That is short-sighted,” the Westland premier said.",
     "Rob Kerr"),
])
def test_no_place_after_the_name_for_another_place_or_office(text, speaker):
    assert _speaker(text) == speaker
