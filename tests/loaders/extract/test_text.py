"""The shared units of a body: sentences, abbreviations, paragraphs, tokens and forward searches."""
import dataclasses
import re

import pytest

from loaders.extract import text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr. Reyes came. He left at 5 p.m. on Monday.", ["Mr. Reyes came.", "He left at 5 p.m. on Monday."]),
        ("The U.S. envoy came. Then he left.", ["The U.S. envoy came.", "Then he left."]),
        ("Gen. Ann Bell spoke. Lt. Col. Roe agreed.", ["Gen. Ann Bell spoke.", "Lt. Col. Roe agreed."]),
        ("George W. Bush came. He left.", ["George W. Bush came.", "He left."]),
        ("One line\nAnother line", ["One line\n", "Another line"]),
        ("It was in Sept. 2001 that it fell. Nobody knew.", ["It was in Sept. 2001 that it fell.", "Nobody knew."]),
        ("“Stop. Now.” He left.", ["“Stop.", "Now.”", "He left."]),  # not protected: split inside the quote
        ("Acme Inc. Said nothing.", ["Acme Inc. Said nothing."]),  # an abbreviation's stop ends no sentence
        ("He won. 'Good,' she said.", ["He won.", "'Good,' she said."]),
        # a plural title's stop ends no sentence: "particularly Govs. Jeb Bush and Chris Christie"
        ("He spared his rivals, particularly Govs. Ann Bell and Tom Roe. He left.",
         ["He spared his rivals, particularly Govs. Ann Bell and Tom Roe.", "He left."]),
        ("Sens. Ann Bell and Tom Roe agreed. He left.", ["Sens. Ann Bell and Tom Roe agreed.", "He left."]),
        # a shortened given name before a given name ends no sentence; a state's "Md." before another word does
        ("Md. Karim Uddin said no. Mohd. Azlan Ismail agreed.", ["Md. Karim Uddin said no.", "Mohd. Azlan Ismail agreed."]),
        ("The plant is in Bethesda, Md. Police said it closed.", ["The plant is in Bethesda, Md.", "Police said it closed."]),
        # every dotted title or honorific of the lexicon opens the sentence of the name after it
        ("The plant was opened by Hon. Ana Roe. Brig. Tom Vale came.", ["The plant was opened by Hon. Ana Roe.",
                                                                       "Brig. Tom Vale came."]),
        # ... but not before a function word: some are surnames too
        ("Police questioned witness Amy Barr. Her neighbour said the car was red.",
         ["Police questioned witness Amy Barr.", "Her neighbour said the car was red."]),
        ("The cup went to coach Tom Barr. Barr said it was earned.", ["The cup went to coach Tom Barr.",
                                                                    "Barr said it was earned."]),
        ("The case was argued by Barr. Emeka Nwosu for the family.", ["The case was argued by Barr. Emeka Nwosu for "
                                                                      "the family."]),
    ],
)
def test_sentences(body, expected):
    assert [body[start:end].strip() for start, end in text.sentences(body)] == [e.strip() for e in expected]


def test_sentences_keep_protected_spans_whole():
    body = "He said: “Stop. Now.” He left."
    quote = (body.index("“"), body.index("”") + 1)
    assert [body[s:e] for s, e in text.sentences(body, [quote])] == ["He said: “Stop. Now.”", "He left."]


@pytest.mark.parametrize("protected", [False, True])
def test_sentences_from_breaks_found_once_are_the_same(protected):
    body = "He said: “Stop. Now.” He left at 5 p.m. on Monday.\nMr. Roe came. Then he went."
    spans = [(body.index("“"), body.index("”") + 1)] if protected else []
    breaks = text.sentence_breaks(body)
    assert text.sentences(body, spans, breaks) == text.sentences(body, spans)
    assert len(text.sentences(body, spans)) == (4 if protected else 5)


@pytest.mark.parametrize("word", ["mr", "dr", "gen", "sen", "jr", "sept", "u.s", "inc", "a.m"])
def test_abbreviations_are_one_list(word):
    assert word in text.ABBREVIATIONS


def test_word_and_sentence_abbreviations_come_from_the_one_list():
    assert text.WORD_ABBREVIATIONS <= text.ABBREVIATIONS
    assert {word.lower() for word in text.SENTENCE_ABBREVIATIONS} <= text.ABBREVIATIONS


def test_paragraphs_are_the_non_empty_lines():
    body = "First line.\n\nSecond line.\nThird."
    assert [body[s:e] for s, e in text.paragraphs(body)] == ["First line.", "Second line.", "Third."]


@pytest.mark.parametrize(
    ("body", "word", "features"),
    [
        # (text as kept, low, capital, possessive, initial, acronym)
        ("It was Putin's plan.", "Putin's", ("Putin's", "putin", True, True, False, False)),
        ("said George W. Bush", "W.", ("W.", "w", True, False, True, False)),
        ("Mr. Reyes", "Mr.", ("Mr.", "mr", True, False, False, False)),
        ("the IDF said", "IDF", ("IDF", "idf", True, False, False, True)),
        ("he met al-Malki there", "al-Malki", ("al-Malki", "al-malki", True, False, False, False)),
        ("It ended in March.", "March", ("March", "march", True, False, False, False)),  # the stop is the sentence's
        ("the U.S. said", "U.S.", ("U.S.", "u.s", True, False, False, True)),
    ],
)
def test_tokens_carry_offsets_and_features(body, word, features):
    token = next(t for t in text.tokenise(body) if t.text == features[0])
    assert body[token.start:token.end] == token.text
    assert body.index(word) == token.start
    assert (token.text, token.low, token.capital, token.possessive, token.initial, token.acronym) == features


def test_tokenise_finds_every_word_once():
    body = "Ann Bell, 34, said: “We’re done.” Then Bell’s aide left.\n"
    tokens = text.tokenise(body)
    assert [t.text for t in tokens] == ["Ann", "Bell", "said", "We’re", "done", "Then", "Bell’s", "aide", "left"]
    assert all(body[t.start:t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("word", "country"),
    [("Israeli", "Israel"), ("then-Russian", "Russia"), ("France", "France"), ("Baker", None)],
)
def test_country_of_word(word, country):
    assert (text.country_of_word(word) or None) == (country and text.country_of_word(country))


class _CountingPattern:
    """A compiled pattern that counts the characters each search may scan."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.scanned = 0
        self.calls = 0

    def search(self, string, pos, endpos):
        self.calls += 1
        self.scanned += endpos - pos
        return self.pattern.search(string, pos, endpos)


def test_forward_search_answers_like_search():
    body = "He said the talks went on and then - as before - they stopped; nobody knew"
    search = text.ForwardSearch(re.compile(r";|\s+-\s+"), body)
    for start in range(len(body)):
        expected = re.compile(r";|\s+-\s+").search(body, start, len(body))
        found = search.search(start, len(body))
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("size", [2_000, 20_000])
def test_forward_search_scans_a_long_stretch_once(size):
    """One real search serves every start before its match: linear in the stretch, not quadratic."""
    body = ("word " * size) + "; end"
    counting = _CountingPattern(r";|\s+-\s+")
    search = text.ForwardSearch(counting, body)
    for start in range(0, len(body) - 10, 5):
        assert search.search(start, len(body)).start() == len(body) - 5
    assert counting.calls == 1 and counting.scanned == len(body)


def test_forward_search_searches_again_past_a_match():
    body = "a; b; c"
    search = text.ForwardSearch(re.compile(";"), body)
    assert [search.search(start, len(body)).start() for start in (0, 1, 2, 3)] == [1, 1, 4, 4]
    assert search.search(5, len(body)) is None


@pytest.mark.parametrize("sentence_starts", [False, True])
def test_tokens_are_whole_dataclass_instances(sentence_starts):
    # `tokenise` sets a token's slots itself instead of calling `Token(...)`: every field is set, and the token
    # equals (and replaces like) the one the dataclass's own constructor makes from the same values
    body = "Mr. Reyes said. “Putin's U.S. plan,” al-Malki told W. Bush’s 12-year aide.\nThe end."
    for token in text.tokenise(body, sentence_starts=sentence_starts):
        values = {field.name: getattr(token, field.name) for field in dataclasses.fields(text.Token)}
        assert token == text.Token(**values)
        assert dataclasses.replace(token, start=0) == text.Token(**{**values, "start": 0})
        assert values["headline"] is False
