"""Review of the copied-page rounds (#10), third pass: the two-sentence headline without a closing stop (round 2)
took a line of two short sentences standing right over the real headline (a ticker, an app promotion, live
scores, a series tag) as the title, and the headline as its subtitle. A two-sentence line is the headline only
when it is the last headline-shaped line over the byline and date block, or when it echoes the URL's slug or the
page title; otherwise the one-sentence headline under it is. Rows are made up (the first four after a reviewer's
pages), near misses on both sides."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

P1 = ("The city council voted on Tuesday to approve a new budget that raises spending on roads and schools by a "
      "combined 4 percent over last year.")
P2 = ("Council members debated the plan for more than three hours before the final vote, which passed six to three "
      "after a long evening.")
P3 = "The mayor said she would sign the budget this week, and the new spending takes effect on July 1."
HEAD = "Skip to content\nThe Harbour Herald\nNews\nSport\nOpinion\n"
TITLE = "Council approves budget with road and school spending rise"
BYLINE_DATE = "By Jane Holloway\nMarch 5, 2026\n"
DATE_BYLINE = "March 5, 2026\nBy Jane Holloway\n"
BODY = f"{P1}\n{P2}\n{P3}\n"


def _article(text: str, url: str | None = None):
    return extract_article(SourceDocument("x.txt", "txt", text, given={"url": url} if url else {}), Registry())


# 1. A line of two short sentences right over the headline, the headline right over the byline and date: the
# one-sentence line under it is the headline; the line over it is no subtitle. (The reviewer's four pages.)
@pytest.mark.parametrize("above, block", [
    ("Markets close higher today. Oil falls two percent", BYLINE_DATE),
    ("Try the new Herald app. It is free for readers", BYLINE_DATE),
    ("Harbour City won again. Rovers lost at home", DATE_BYLINE),
    ("Our city, our money. A Herald series on the budget", BYLINE_DATE),
])
def test_two_sentence_line_over_headline_is_not_it(above, block):
    article = _article(f"{HEAD}{above}\n{TITLE}\n{block}{BODY}")
    assert (article.title, article.subtitle) == (TITLE, None)
    assert article.authors == ["Jane Holloway"]
    assert article.body.startswith("The city council voted") and above not in article.body


# 2. Near misses: the two-sentence line is the headline when it is the last headline-shaped line over the block
# (right over the byline, or over a standfirst that reads as a sentence), or when it echoes the URL's slug or the
# page title over it.
HEADLINE2 = "Small towns are losing their ferries. The capital is looking the other way"
STANDFIRST = "Islanders now sail two hours to reach a doctor, and nobody in parliament seems to mind"


@pytest.mark.parametrize("page, url, title, subtitle", [
    (f"{HEAD}{HEADLINE2}\n{BYLINE_DATE}{BODY}", None, HEADLINE2, None),
    (f"{HEAD}{HEADLINE2}\n{DATE_BYLINE}{BODY}", None, HEADLINE2, None),
    (f"{HEAD}{HEADLINE2}\n{STANDFIRST}\n{BYLINE_DATE}{BODY}", None, HEADLINE2, STANDFIRST),
    # the slug spells the two-sentence line: it is the headline, the line under it its subtitle
    (f"{HEAD}{HEADLINE2}\nFerry cuts leave islanders stranded\n{BYLINE_DATE}{BODY}",
     "https://www.harbourherald.example/news/small-towns-are-losing-their-ferries-the-capital-is-looking-the-other-way",
     HEADLINE2, "Ferry cuts leave islanders stranded"),
    # the page title repeats it
    (f"{HEADLINE2} | The Harbour Herald\n{HEADLINE2}\nFerry cuts leave islanders stranded\n{BYLINE_DATE}{BODY}",
     None, HEADLINE2, "Ferry cuts leave islanders stranded"),
])
def test_two_sentence_headline_stays(page, url, title, subtitle):
    article = _article(page, url)
    assert (article.title, article.subtitle) == (title, subtitle)
    assert article.authors == ["Jane Holloway"]


# 3. Near miss: the slug spells the one-sentence line under the two-sentence one; that line stays the headline.
def test_slug_of_the_line_under_two_sentences():
    url = "https://www.harbourherald.example/news/council-approves-budget-with-road-and-school-spending-rise"
    article = _article(f"{HEAD}Markets close higher today. Oil falls two percent\n{TITLE}\n{BYLINE_DATE}{BODY}", url)
    assert (article.title, article.subtitle) == (TITLE, None)
