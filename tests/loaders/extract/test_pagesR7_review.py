"""Review of pagesR5/session 21, whole made-up pages through the steps with nothing given: a byline whose name
holds an invisible character (zero-width space, soft hyphen, word joiner, byte-order mark) names its author as a
reader sees it, and the author's note under the body leaves the body as for a clean name; a "Next story" heading
ends the article, and the teaser under it (headline, summary, its quote) leaves the body with it."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("Union leader Mick Lynch said on Tuesday the strike planned for next week had been called off.\n"
         "Members will vote on the improved pay offer over the coming fortnight, the union said.\n"
         "\"We got a fair offer and we will put it to our members,\" Lynch said.\n")


def _result(raw: str):
    return run_steps(SourceDocument(source_path="x.txt", source_format="txt", raw_text=raw, given={}), Registry())


def _page(byline: str, tail: str = "") -> str:
    return f"THE LONDON HERALD\nRail strike called off after pay talks\n{byline}\n12 May 2027\n{_BODY}{tail}"


_NOTE = "— Jo Roe is a freelance journalist based in London."


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Jo\u200b Roe", ["Jo Roe"]),
    ("By Jo Ro\u00ade", ["Jo Roe"]),
    ("By Jo\u2060 Roe", ["Jo Roe"]),
    ("By \ufeffJo Roe", ["Jo Roe"]),
    # near misses: the clean name, and a desk line with an invisible character is still no person
    ("By Jo Roe", ["Jo Roe"]),
    ("By Staff\u200b Reporter", []),
])
def test_a_byline_with_an_invisible_character_names_its_author(byline, authors):
    assert _result(_page(byline)).article.authors == authors


@pytest.mark.parametrize("byline", ["By Jo\u200b Roe", "By Jo Ro\u00ade", "By Jo Roe"])
def test_the_authors_note_leaves_the_body_as_for_a_clean_name(byline):
    article = _result(_page(byline, _NOTE + "\n")).article
    assert "freelance journalist" not in article.body
    assert article.body.rstrip().endswith("Lynch said.")


def test_a_note_on_another_person_stays_with_an_invisible_byline():
    # near miss: the line under the body names someone else
    article = _result(_page("By Jo\u200b Roe", "— Ann Lee is a councillor in Camden, where the depot stands.\n")).article
    assert "Ann Lee is a councillor" in article.body


_STORY = ("THE NORTHERN POST\nCouncil approves new bridge over the river\nBy Ruth Adeyemi\nMarch 3, 2027\n"
          "The city council approved plans for a new bridge over the river on Monday after a long debate.\n"
          "\"It will cut travel times in half,\" said councillor Femi Ade.\n")
_TEASER = ("Floods hit northern provinces\n"
           "Heavy rain caused rivers to overflow on Sunday, officials said.\n"
           "\"We have never seen this,\" said Governor Musa Bello.\n")


@pytest.mark.parametrize("heading", ["Next story", "Previous article", "Read next", "NEXT STORY:", "Next story »"])
def test_a_next_story_heading_takes_its_teaser_with_it(heading):
    result = _result(_STORY + heading + "\n" + _TEASER)
    body = result.article.body
    assert "Heavy rain" not in body and "Musa Bello" not in body and "Floods hit" not in body
    assert body.rstrip().endswith("said councillor Femi Ade.")
    assert "Musa Bello" not in {person.name for person in result.people}


def test_a_next_story_line_with_its_headline_takes_the_teaser_with_it():
    body = _result(_STORY + "Next story: Floods hit northern provinces\n" + _TEASER.split("\n", 1)[1]).article.body
    assert "Heavy rain" not in body and "Next story" not in body


_LONG = ("The bridge will be built by a consortium of three local firms, the council said in a statement.\n"
         "Work is due to start in the autumn and to finish within two years, officials said on Monday.\n"
         "Residents of the east bank have asked for the bridge for more than a decade, the mayor said.\n"
         "The council will hold a public meeting on the design in April, according to the statement.\n"
         "A second crossing further north is planned for the next decade, the mayor added.\n")


@pytest.mark.parametrize(("middle", "kept"), [
    # near misses: a sentence opening on the words, and an inline "Read next" pointer with the article going on
    ("Next story selection is left to the readers of the paper, the editor said on Monday.\n", "Next story selection"),
    ("Read next\nMayor defends budget plan\n", "The bridge will be built"),
    ("Up next: the council will debate the transport budget in April, the mayor said.\n", "Up next: the council"),
])
def test_a_sentence_or_an_inline_pointer_keeps_the_article(middle, kept):
    body = _result(_STORY + middle + _LONG).article.body
    assert kept in body and "second crossing" in body


_VOTE = ("Polls open at 7am and close at 8pm across the county, election officials said on Monday.\n"
         "Voters in line at 8pm will still be allowed to cast a ballot, the county clerk said.\n"
         "Results are expected shortly after midnight, according to the elections office.\n")


@pytest.mark.parametrize(("top", "byline", "authors"), [
    ("City Desk\nNews | Elections | Sports\n", "By Harriet Kim\n", ["Harriet Kim"]),
    ("Metro Desk\n", "By Harriet Kim\n", ["Harriet Kim"]),
    # near misses: the desk line alone stays the byline, names no person; a person's byline with a desk stays hers
    ("", "City Desk\n", []),
    ("", "By Harriet Kim, City Desk\n", ["Harriet Kim"]),
])
def test_a_desk_line_is_no_byline_over_a_persons(top, byline, authors):
    article = _result(f"{top}What you need to know before voting on Tuesday\n{byline}November 5, 2024\n{_VOTE}").article
    assert article.authors == authors
    if authors:
        assert article.byline.startswith("By Harriet Kim")
