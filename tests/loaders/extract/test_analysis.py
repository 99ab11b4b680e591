"""The shared reading of an article: computed once, consistent units, who is who."""
import pytest

from loaders.extract import run_body_steps
from loaders.extract.analysis import analyse
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import Registry

BODY = ("Foreign Minister Ann Bell met Tom Reyes in Riverton on Monday. “We are done. Truly,” Bell said.\n\n"
        "Reyes, the mayor, said he was pleased. She left.")


def _article(body: str = BODY) -> ArticleRecord:
    return ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)


def test_parts_are_computed_once():
    analysis = analyse(_article())
    assert analysis.tokens is analysis.tokens
    assert analysis.sentences is analysis.sentences
    assert analysis.quoted is analysis.quoted


def test_sentences_protect_quotes_and_plain_sentences_do_not():
    analysis = analyse(_article())
    texts = [BODY[s:e] for s, e in analysis.sentences]
    assert "“We are done. Truly,” Bell said." in texts
    plain = [BODY[s:e] for s, e in analysis.plain_sentences]
    assert "“We are done." in plain


@pytest.mark.parametrize(
    ("needle", "quoted"),
    [("We are", True), ("Truly", True), ("Bell said", False), ("Riverton", False)],
)
def test_is_quoted(needle, quoted):
    analysis = analyse(_article())
    assert analysis.is_quoted(BODY.index(needle)) is quoted


def test_sentence_of_finds_the_sentence_holding_a_position():
    analysis = analyse(_article())
    index = analysis.sentence_of(BODY.index("pleased"))
    start, end = analysis.sentences[index]
    assert "pleased" in BODY[start:end]


@pytest.mark.parametrize(
    ("context", "word", "sentence_start"),
    [("Foreign Minister", "Foreign", True), ("Ann Bell met", "Ann", False), ("\n\nReyes", "Reyes", True),
     ("met Tom", "Tom", False), ("She left", "She", True), ("” Bell", "Bell", False)],
)
def test_tokens_mark_sentence_starts(context, word, sentence_start):
    position = BODY.index(context) + context.index(word)
    token = next(t for t in analyse(_article()).tokens if t.start == position)
    assert token.sentence_start is sentence_start and not token.headline


def test_title_case_lines_are_headlines():
    body = "Rand Paul Scores Direct Hit Against Rivals\n\nRand Paul said the plan would work and scores of people came."
    tokens = analyse(_article(body)).tokens
    assert all(t.headline for t in tokens if t.end <= body.index("\n"))
    assert not any(t.headline for t in tokens if t.start > body.index("\n"))


def test_vocabulary():
    analysis = analyse(_article("The plan was good. The plan was bad. Plan B."))
    assert "plan" in analysis.lower_words and "plan" in analysis.common_words
    assert "good" in analysis.lower_words and "good" not in analysis.common_words


def test_who_is_who_after_the_people_step():
    article = _article()
    analysis = analyse(article)
    people = extract_people(article, Registry(), analysis)
    analysis.set_people(people)
    names = {p.name for p in people}
    assert {"Ann Bell", "Tom Reyes"} <= names
    # every mention by position, including the bare surnames
    assert [BODY[m.start:m.end] for m in analysis.mentions] == ["Ann Bell", "Tom Reyes", "Bell", "Reyes"]
    assert [m.person.name for m in analysis.mentions_in(0, BODY.index("."))] == ["Ann Bell", "Tom Reyes"]
    assert analysis.gender("Ann Bell") == "female"
    bell = analysis.who["Ann Bell"]
    assert bell.roles == ["Foreign Minister"] and bell.first == BODY.index("Ann Bell") and len(bell.mentions) == 2
    assert analysis.who["Tom Reyes"].roles == ["mayor"]


def test_set_people_resets_who_is_who():
    article = _article()
    analysis = analyse(article)
    analysis.set_people([])
    assert analysis.mentions == []
    start = BODY.index("Tom Reyes")
    analysis.set_people([PersonRecord("Tom Reyes", [MentionRecord("Tom Reyes", start, start + 9, "mayor")])])
    assert [m.person.name for m in analysis.mentions] == ["Tom Reyes", "Tom Reyes"]  # "Reyes" found again


def test_run_body_steps_matches_the_steps_run_alone():
    from loaders.extract.events import extract_events
    from loaders.extract.quotes import extract_quotes

    article = _article()
    together = run_body_steps(article, Registry())
    people = extract_people(article, Registry())
    assert together.people == people
    assert together.quotes == extract_quotes(article, people, Registry())
    assert together.events == extract_events(article, people, Registry())


@pytest.mark.parametrize(("body", "surnames", "found"), [
    ("Annan met Ann. Annan left.", ["Annan", "Ann"], [(0, "Annan"), (10, "Ann"), (15, "Annan")]),
    ("Smithson, not Smith, spoke", ["Smithson", "Smith"], [(0, "Smithson"), (14, "Smith")]),
    ("O'Brien and O'Briens", ["O'Brien"], [(0, "O'Brien")]),  # a surname ends where a word ends
    ("xLim Lim_ Lim", ["Lim"], [(10, "Lim")]),  # ... and starts where one starts
])
@pytest.mark.parametrize("few", [True, False])
def test_bare_surnames_are_found_by_whole_words(monkeypatch, body, surnames, found, few):
    from loaders.extract import analysis

    if not few:  # many surnames: every word of the body is looked up instead of each surname searched for
        monkeypatch.setattr(analysis, "_FEW_RUNS", 0)
    assert [(start, surname) for start, _, surname in analysis._surname_matches(body, surnames)] == found
