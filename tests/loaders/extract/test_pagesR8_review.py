"""Review last21, whole made-up pages through the steps: a "Previous article:" / "Next story:" pointer with the
article going on below it, or whose text opens in lower case, does not end the article; an "Up next: <fixture>"
body line keeps the paragraphs under it; a desk line over a lead sentence that opens "By Friday," stays the
byline and the sentence stays in the body."""
import pytest

from loaders.extract import run_steps
from loaders.records import SourceDocument
from loaders.registry import Registry


def _result(raw: str):
    return run_steps(SourceDocument(source_path="x.txt", source_format="txt", raw_text=raw, given={}), Registry())


_TOP = ("THE NORTHERN POST\nSchools reopen after the storm\nBy Hugo Brandt\nMarch 3, 2027\n"
        "Schools across the district reopened on Monday morning after last week's storm, which tore roofs "
        "from two buildings and flooded a sports hall.\n")
_REST = ("Teachers said many pupils were still without electricity at home and had struggled with homework.\n"
         "\"We are doing our best,\" said head teacher Sara Lind.\n"
         "The district expects full power to be restored by Friday.\n")


@pytest.mark.parametrize("pointer", ["Previous article: Storm leaves thousands without power",
                                     "Next story: the weather", "Up next: the derby against Leeford"])
def test_a_pointer_with_the_article_going_on_keeps_it(pointer):
    body = _result(_TOP + pointer + "\n" + _REST).article.body
    assert "restored by Friday" in body and "Sara Lind" in body


@pytest.mark.parametrize("tail", [
    "Up next: the derby against Leeford\nGrant said the squad was fully fit.\n",
    "Next story: the weather\nListeners said they would miss the line, which she used every night.\n",
])
def test_a_lower_case_pointer_in_the_tail_is_the_articles(tail):
    assert _result(_TOP + tail).article.body.rstrip().endswith(tail.rstrip().rsplit("\n", 1)[1])


@pytest.mark.parametrize("tail", [
    # near misses: a real pointer with its headline and a short teaser still ends the article
    "Previous article: Mayor opens new library\nThe library on Elm Road cost 4 million.\n",
    "Read next: Leeford sack their manager\nLeeford parted ways with Ian Coles on Sunday.\n",
    "Next story\nFloods close school in Brenner\nPupils were sent home on Friday.\n\"It is flooded,\" said Pia Lund.\n",
])
def test_a_pointer_with_a_short_teaser_still_ends_the_article(tail):
    body = _result(_TOP + tail).article.body
    assert body.rstrip().endswith("flooded a sports hall.")


@pytest.mark.parametrize(("desk", "lead"), [
    ("Metro Bureau", "By Friday, the storm had moved north."),
    ("City Desk", "By Monday evening, crews had restored power to 9,000 homes in Hallam."),
])
def test_a_desk_line_over_a_by_time_lead_stays_the_byline(desk, lead):
    article = _result(f"Storm hits coast\n\n{desk}\n{lead}\n\n\"We were lucky,\" said fisherman Alf Berg.\n").article
    assert article.byline == desk
    assert lead in article.body


def test_a_desk_line_then_a_persons_byline_is_hers():
    # near miss: the person's byline still outranks the desk's
    article = _result("Tram line opens\n\nForeign Newsroom\nBy Ines Moreau\n\nThe new tram line in Valdez opened "
                      "on Sunday after four years of work, the city said.\n").article
    assert article.authors == ["Ines Moreau"]
