"""Round R56 (speakers, made-up rows): an adverb of the verb (`quote_words.ADVERBS_AFTER_ASIDE_VERB`: now, again,
later …) between an aside's verb and its closing comma ("The co-op, Kucera says now, would need …") leaves the aside
what it is: the reported clause starts after the comma, and a bare quote paragraph after it is the named person's,
as without the adverb. Other words there, or an organisation, change nothing."""
import pytest

from tests.loaders.extract.quote_steps import quotes_of, speakers_of

_KUCERA = "Farmer Jana Kucera runs the co-op in Lhota. "
_QUOTE = "\n\n“We cannot wait for the ministry,” she added."
_BARE = "\n\n“We cannot wait for the ministry.”"

_CLAUSE_HITS = [
    (_KUCERA + "The co-op, Kucera says now, would need 100 more members to survive.",
     "would need 100 more members to survive"),
    (_KUCERA + "The co-op, Kucera said again, would need 100 more members to survive.",
     "would need 100 more members to survive"),
    (_KUCERA + "The co-op, Kucera says, would need 100 more members to survive.",
     "would need 100 more members to survive"),
]
_BARE_HITS = [
    _KUCERA + "The co-op, Kucera says now, would need 100 more members to survive." + _BARE,
    _KUCERA + "The co-op, Kucera said later, would need 100 more members to survive." + _BARE,
]
_NEAR = [
    # a word that is no adverb of the table: no aside
    (_KUCERA + "The co-op, Kucera says quietly, would need 100 more members to survive." + _BARE, None),
    (_KUCERA + "The co-op, Kucera says reluctantly, would need 100 more members to survive." + _BARE, None),
    # an organisation's aside credits no person
    ("The co-op in Lhota, the ministry says now, would need 100 more members to survive." + _BARE, None),
    # the next paragraph's own attribution wins
    (_KUCERA + "The co-op, Kucera says now, would need 100 more members.\n\n“It is over,” the vet said.", "the vet"),
]


@pytest.mark.parametrize("text, clause", _CLAUSE_HITS)
def test_the_clause_after_an_aside_with_an_adverb(text, clause):
    found = [(q.text.rstrip(". "), q.speaker_name) for q in quotes_of(text) if q.kind == "indirect"]
    assert (clause, "Jana Kucera") in found


@pytest.mark.parametrize("text", _BARE_HITS)
def test_a_bare_quote_after_an_aside_with_an_adverb(text):
    assert speakers_of(text).get("We cannot wait for the ministry") == "Jana Kucera"


@pytest.mark.parametrize("text, speaker", _NEAR)
def test_other_words_after_the_aside_verb(text, speaker):
    got = speakers_of(text)
    key = "It is over" if "It is over" in text else "We cannot wait for the ministry"
    assert got.get(key) == speaker
