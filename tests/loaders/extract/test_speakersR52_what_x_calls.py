"""speakersR52: "what X calls “…”" after an earlier relative word in the same sentence ("…, which in the dry season
turns into what Lind calls “…”"): the characterising relative is the last one before the verb, not the first. Rows
made up."""
import pytest

from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry

INTRO = "Ana Lind has farmed the valley since 1998. Lind, 52, chairs the growers' cooperative.\n\n"

HITS = [
    ("The trouble is the track to the highway, which in the dry season turns into what Lind calls "
     "\"a bowl of dust with ruts in it\".", "a bowl of dust with ruts in it", "Ana Lind"),
    ("It is the old bridge at Varna, which after every flood becomes what Lind calls "
     "\"a toll gate for the river\".", "a toll gate for the river", "Ana Lind"),
    ("Growers lose a week at the depot, which in a bad year grows into what Lind once called "
     "\"a second harvest of waiting\".", "a second harvest of waiting", "Ana Lind"),
]

NEAR_MISSES = [
    # one relative word only: read as before
    ("In the dry season the track turns into what Lind calls \"a bowl of dust with ruts in it\".",
     "a bowl of dust with ruts in it", "Ana Lind"),
    # the calling is the earlier relative's own: "which officials call"; no person of the cast speaks
    ("The growers fear the new levy, which officials at the depot call \"a fair share of the upkeep\".",
     "a fair share of the upkeep", None),
    # "what" with no name of the cast after it: no person
    ("The track, which floods every spring, turns into what locals call \"a bowl of dust with ruts in it\".",
     "a bowl of dust with ruts in it", None),
    # no calling at all: an unattributed phrase in marks stays no one's named speech
    ("The track, which floods every spring, is known on the depot's maps as \"route nine of the valley\".",
     None, None),
]


def _quotes(text):
    body = INTRO + text
    article = ArticleRecord(source_path="made-up", source_format="txt", raw_text=body, body=body)
    registry = Registry()
    people = extract_people(article, registry)
    return [q for q in extract_quotes(article, people, registry) if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text,quote,speaker", HITS + NEAR_MISSES)
def test_what_x_calls_after_an_earlier_relative(text, quote, speaker):
    found = {q.text.rstrip(".,"): q.speaker_name for q in _quotes(text)}
    if quote is None:
        assert all(name is None for name in found.values())
        return
    assert found.get(quote, "missing") == speaker
