"""Whole made-up pages in several outlets' styles, one failure shape each (pagesB): a press release's "From:"
sender line is never the headline; "More Q&A" lists and "Is this page useful?" prompts close the body; a
labelled date and an "Author" field printed at the page's foot date and sign it. Near misses stay as they are.
Expected outputs written before the run."""
from __future__ import annotations

from datetime import date

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())
HEAD = "Bridge closed to lorries after cracks found"
P1 = ("The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of "
      "its supports.")
P2 = ("Officials said repairs would take at least six months and cost about 4 million dollars, paid from the "
      "regional budget.")
P3 = ("Residents have been asked to use the northern crossing until the work is finished, the mayor said in a "
      "statement.")
BODY = f"{P1}\n\n{P2}\n\n{P3}\n"


def _article(text: str):
    return extract_article(SourceDocument("page.txt", "txt", text, {}), REGISTRY)


@pytest.mark.parametrize("page, headline", [
    # a government release: kind label, headline, "From:" sender field, published line
    (f"Press release\n{HEAD}\nFrom: Department for Transport\nPublished 3 May 2024\n{BODY}", HEAD),
    (f"News story\n{HEAD}\nFrom: Ministry of Kestrel Affairs and Office of the Mayor\n3 May 2024\n{BODY}", HEAD),
    # near miss: a headline opening on "From" with no institution after it
    (f"From Ministry to Market: how a farm law changed\nBy Jane Doe\nMay 3, 2024\n{BODY}",
     "From Ministry to Market: how a farm law changed"),
])
def test_sender_field_is_never_the_headline(page, headline):
    assert _article(page).title == headline


@pytest.mark.parametrize("tail, last", [
    ("Is this page useful?\nYes\nNo\nReport a problem with this page\n", P3),
    ("Was this article helpful?\nYes\nNo\n", P3),
    ("More Q&A\nWhat is a bridge inspection?\nWhy do concrete supports crack?\n", P3),
    ("More questions and answers\nWho pays for the repairs?\nHow long will the bridge be shut?\n", P3),
    # near misses: a last paragraph that asks or mentions the same words is the article's
    ("Readers asked whether the page was useful, and more questions about the cost remain open, the mayor said.\n",
     "more questions about the cost remain open, the mayor said."),
])
def test_feedback_prompt_and_more_questions_close_the_body(tail, last):
    page = f"{HEAD}\nBy Jane Doe\nMay 3, 2024\n{BODY}\n{tail}"
    assert _article(page).body.split("\n\n")[-1].endswith(last)


@pytest.mark.parametrize("tail, published, byline", [
    ("Date 14.05.2024\nAuthor Jane Doe\n", date(2024, 5, 14), "Author Jane Doe"),
    ("Published: May 14, 2024\n", date(2024, 5, 14), None),
    ("Writer Jo Roe\n", None, "Writer Jo Roe"),
    # near misses: an unlabelled date under the body may date a related story; "Author of ..." is no field
    ("May 14, 2024\n", None, None),
    ("Author of three books on bridges\n", None, None),
])
def test_date_and_author_at_the_foot(tail, published, byline):
    article = _article(f"{HEAD}\n{BODY}\n{tail}")
    assert (article.published_on, article.byline) == (published, byline)
    assert article.body.split("\n\n")[-1] == P3


def test_foot_date_never_overrides_the_headline_block():
    article = _article(f"{HEAD}\nBy Jane Doe\nMay 3, 2024\n{BODY}\nPublished: May 14, 2024\n")
    assert article.published_on == date(2024, 5, 3)


@pytest.mark.parametrize("block, first, byline, published", [
    # a caption over its picture's credit between the headline block and the body leaves the body
    ("By Jane Doe\nMay 3, 2024\nEngineers inspect the bridge on Monday.\nJohn Roe/AFP\n", P1, "By Jane Doe",
     date(2024, 5, 3)),
    ("Jane Doe\n3 May 2024\nA lorry crosses the old bridge in Riverton, where cracks were found in two supports\n"
     "Photo: John Roe/Reuters\n", P1, "Jane Doe", date(2024, 5, 3)),
    # near misses: the block's own byline and date line over a credit stay the byline and the date
    ("Engineers inspect the bridge on Monday.\nJohn Roe/AFP\nBy Jane Doe\nMay 3, 2024\n", P1, "By Jane Doe",
     date(2024, 5, 3)),
    ("By Jane Doe\nMay 3, 2024\nJohn Roe/AFP\n", P1, "By Jane Doe", date(2024, 5, 3)),
    # a one-line lede with no credit under it is the body's first paragraph
    ("By Jane Doe\nMay 3, 2024\nThe bridge is shut.\n", "The bridge is shut.", "By Jane Doe", date(2024, 5, 3)),
])
def test_caption_over_a_photo_credit_is_furniture(block, first, byline, published):
    article = _article(f"{HEAD}\n{block}{BODY}")
    assert article.body.split("\n\n")[0] == first
    assert (article.byline, article.published_on) == (byline, published)


@pytest.mark.parametrize("tail, last", [
    # the app's call leaves the body by its own label; its tagline and store buttons under it leave it too
    ("Get the Riverton Post app\nStay up to date with breaking news alerts.\n", P3),
    ("Download our app for the latest news\nAvailable on iOS and Android\nGet it on Google Play\n", P3),
    # near miss: a last paragraph that mentions an app, with no call over it, is the article's
    ("The council has also launched an app that tells drivers which crossings are open, the mayor said.\n",
     "which crossings are open, the mayor said."),
])
def test_app_promo_under_the_body_leaves_it(tail, last):
    article = _article(f"{HEAD}\nBy Jane Doe\nMay 3, 2024\n{BODY}\n{tail}")
    assert article.body.split("\n\n")[-1].endswith(last)


def test_app_call_inside_the_article_keeps_the_paragraphs_after_it():
    article = _article(f"{HEAD}\nBy Jane Doe\nMay 3, 2024\n{P1}\n\nGet the Riverton Post app\n\n{P2}\n\n{P3}\n")
    assert article.body.split("\n\n")[-1] == P3


@pytest.mark.parametrize("line, first", [
    # a caption closing on a stop: a noun phrase, a caption's participle after a comma, the picture's time or place
    ("The old bridge over the Riv river in Riverton, pictured in 2019.", P1),
    ("Council members at the town hall in Riverton, seen on Monday evening.", P1),
    # near misses: the clause goes on to a verb, or the line is a sentence: the lede
    ("Jane Roe, pictured in 2019, was elected mayor of Riverton on Tuesday night.",
     "Jane Roe, pictured in 2019, was elected mayor of Riverton on Tuesday night."),
    ("The bridge over the Riv river in Riverton was shut on Tuesday.",
     "The bridge over the Riv river in Riverton was shut on Tuesday."),
])
def test_stopped_caption_with_its_participle_over_the_lede(line, first):
    article = _article(f"{HEAD}\nBy Jane Doe\nMay 3, 2024\n{line}\n{BODY}")
    assert article.body.split("\n\n")[0] == first


# pagesC: a foot date under a related link is the link's; a past-tense lede over a photo credit stays; a present
# caption passing for the first paragraph leaves; a verbless caption with a relative clause leaves; a place-and-date
# sign-off dates a page with no other date.
STRIKE = "Dock workers walk out over pay deal"


@pytest.mark.parametrize("tail, published", [
    ("Related\nFerry fares to rise in autumn\nPublished: 20 May 2024\n", None),
    ("More from Riverton\nPublished: 20 May 2024\n", None),
    ("New ferry timetable for the summer season\nPublished: 20 May 2024\n", None),
    # near misses: the date right under the body, or under a byline field, is the article's
    ("Published: 20 May 2024\n", date(2024, 5, 20)),
    ("Author Jane Doe\nPublished: 20 May 2024\n", date(2024, 5, 20)),
])
def test_foot_date_under_a_related_link_is_the_links(tail, published):
    assert _article(f"{STRIKE}\n{BODY}\n{tail}").published_on == published


@pytest.mark.parametrize("line, credit, first", [
    # a lede told in the past right over the picture's credit is the body's first paragraph
    ("The port was shut on Wednesday as hundreds of dock workers walked out over a pay deal.", "Photo: John Roe/AFP",
     "The port was shut on Wednesday as hundreds of dock workers walked out over a pay deal."),
    ("Dock workers voted to strike after talks on pay collapsed late on Tuesday night.", "Photo: John Roe/AFP",
     "Dock workers voted to strike after talks on pay collapsed late on Tuesday night."),
    # a caption in the present leaves, however long (long enough to pass for the first paragraph too)
    pytest.param("Dock workers gather at the harbour gates on Wednesday.", "John Roe/AFP", P1, marks=pytest.mark.xfail(
        strict=True, reason="dropping the body's first line when a credit stands under it lost five quotes on an "
        "unseen page (the measured check halves) for one body start won; the rule was taken out")),
    ("Engineers inspect the bridge on Monday.", "John Roe/AFP", P1),
    ("A crowd of dock workers, pictured on Wednesday, gathers at the harbour gates.", "Photo: John Roe/AFP", P1),
])
def test_lede_or_caption_over_a_photo_credit(line, credit, first):
    article = _article(f"{STRIKE}\nBy Jane Doe\nMay 3, 2024\n{line}\n{credit}\n{BODY}")
    assert article.body.split("\n\n")[0] == first
    assert (article.byline, article.published_on) == ("By Jane Doe", date(2024, 5, 3))


@pytest.mark.parametrize("line, first", [
    ("Harbour pilot Jo Roe, pictured with her crew in 2020, who retired last week.", P1),
    # near misses: a main verb after the clauses, or a relative clause with no caption participle
    ("Harbour pilot Jo Roe, pictured with her crew in 2020, who retired last week, was honoured on Friday.",
     "Harbour pilot Jo Roe, pictured with her crew in 2020, who retired last week, was honoured on Friday."),
])
def test_verbless_caption_with_a_relative_clause(line, first):
    article = _article(f"{STRIKE}\nBy Jane Doe\nMay 3, 2024\n{line}\n{BODY}")
    assert article.body.split("\n\n")[0] == first


@pytest.mark.parametrize("tail, published", [
    ("Riverton, 5 June 2024\n", date(2024, 6, 5)),
    ("Port Kessel, June 5, 2024\n", date(2024, 6, 5)),
    # near misses: a date alone, or a sign-off under a related heading, dates nothing
    ("5 June 2024\n", None),
    ("Related\nRiverton, 5 June 2024\n", None),
])
def test_place_and_date_signoff(tail, published):
    article = _article(f"{STRIKE}\n{BODY}\n{tail}")
    assert article.published_on == published
    assert article.body.split("\n\n")[-1] == P3


def test_signoff_never_overrides_the_headline_block():
    assert _article(f"{STRIKE}\nBy Jane Doe\nMay 3, 2024\n{BODY}\nRiverton, 5 June 2024\n").published_on \
        == date(2024, 5, 3)


# pagesF: furniture over or beside the headline, bylines sharing their line with dates and outlets, foot fields
# under a short link. Expected outputs written before the run; near misses stay as they are.
@pytest.mark.parametrize("above, headline", [
    ("Kestrel Photo/Marta Quill", HEAD),  # an owner's picture credit over a slash to the photographer
    ("Riverton Town Hall [PHOTO CREDIT: @rivertonhall]", HEAD),  # a caption closing on its bracketed credit
])
def test_picture_credit_over_the_headline_is_furniture(above, headline):
    assert _article(f"{above}\n{HEAD}\nMay 3, 2024\n{BODY}").title == headline


@pytest.mark.parametrize("line, kind", [
    ("Kestrel Photo/Marta Quill", "photo_credit"),
    ("Riverton Town Hall [PHOTO CREDIT: @rivertonhall]", "photo_credit"),
    # near misses: "Photo/Video" names no photographer; a slash inside a headline's sentence
    ("Kestrel Photo/Video contest opens", None),
    ("Town wins Photo/Jo Roe award for photography in 2024", None),
    ("Access to Ledger Premium articles require a Premium subscription.", "advert"),
    ("This story is only available to subscribers.", "advert"),
    ("Access to the archive requires a library card, the council said.", None),
])
def test_credit_and_paywall_lines(line, kind):
    from loaders.extract import boilerplate
    assert boilerplate.classify_line(line) == kind


def test_sender_value_on_its_own_line_is_never_the_headline():
    page = (f"Press release\n{HEAD}\nFrom:\nDepartment for Transport and The Rt Hon Jo Quill MP\n"
            f"Published 3 May 2024\n{BODY}")
    assert _article(page).title == HEAD


def test_paywall_notice_over_the_lede_leaves_the_body():
    page = (f"{HEAD}\nJane Doe\nPolitical Reporter·Riverton Ledger\nMay 3, 2024\n"
            f"Access to Ledger Premium articles require a Premium subscription.\n{BODY}")
    assert _article(page).body.startswith(P1)


@pytest.mark.parametrize("line, authors, published", [
    ("Mara Quill · Kestrel News · Posted: Nov 15, 2023 6:00 AM CST | Last Updated: November 15, 2023",
     ["Mara Quill"], date(2023, 11, 15)),
    ("By Mara Quill | The Riverton Ledger/LedgerLive", ["Mara Quill"], None),
    # near miss: the update stamp alone dates the page and signs nothing
    ("Posted: Nov 15, 2023 6:00 AM CST | Last Updated: November 15, 2023", [], date(2023, 11, 15)),
])
def test_byline_sharing_its_line(line, authors, published):
    article = _article(f"{HEAD}\n{line}\n{BODY}")
    assert (article.authors, article.published_on) == (authors, published)
    assert article.body.startswith(P1)


@pytest.mark.parametrize("tail", [
    "https://k.example.com/p/4dXyz\nDate 14.05.2024\nAuthor Jane Doe\n",
    "Date 14.05.2024\nAuthor Jane Doe\nhttps://k.example.com/p/4dXyz\n",
])
def test_foot_fields_under_a_short_link(tail):
    article = _article(f"{HEAD}\n{BODY}\n{tail}")
    assert (article.byline, article.published_on) == ("Author Jane Doe", date(2024, 5, 14))
    assert "k.example.com" not in article.body


@pytest.mark.parametrize("label, byline", [
    ("Humanitarian Aid", None),  # a topic page's tag under the date: neither byline nor body
    ("Peace and Security", None),
    # near miss: a writer's name under the date is the byline
    ("Marta Quill", "Marta Quill"),
])
def test_topic_tag_under_the_date_is_no_byline(label, byline):
    article = _article(f"{HEAD}\nMay 3, 2024\n{label}\n{BODY}")
    assert (article.byline, article.body.startswith(P1)) == (byline, True)


@pytest.mark.parametrize("page, headline", [
    # where the writer filed from, under a standfirst or over the headline: never the headline
    (f"{HEAD}\nA short standfirst that sums the story up for readers\nReporting from Port Clyde, Kestrel\n"
     f"May 3, 2024\n{BODY}", HEAD),
    (f"Reporting from Port Clyde, Kestrel\n{HEAD}\nBy Jane Doe\nMay 3, 2024\n{BODY}", HEAD),
    # near miss: a headline that opens on the words and goes on as a sentence
    (f"Reporting from the front line changed how we see the war\nBy Jane Doe\nMay 3, 2024\n{BODY}",
     "Reporting from the front line changed how we see the war"),
])
def test_reporter_place_line_is_never_the_headline(page, headline):
    assert _article(page).title == headline


@pytest.mark.parametrize("line, first", [
    ("A food distribution site in eastern Kestrelia.", P1),  # a short scene's caption over the lede
    ("A food distribution site in eastern Kestrelia.\nHumanitarian Aid", P1),  # and a topic tag under it
    # near misses: a short sentence with its verb is the story's
    ("A fire broke out at the depot.", "A fire broke out at the depot."),
    ("A vote is due in the council.", "A vote is due in the council."),
])
def test_short_scene_caption_over_the_lede(line, first):
    assert _article(f"{HEAD}\nMay 3, 2024\n{line}\n{BODY}").body.startswith(first)


STORM_HEAD = "Harbour Town Weighs Its Future After a Winter of Storms"
STORM_TOP = ("Skip to content\nSection Navigation\nU.S.\nLog in\nAdvertisement\nSupported by\n" + STORM_HEAD + "\n"
             "After two storms wrecked wharves along the coast, fishermen are debating whether to rebuild or sell.\n"
             "Share full article\n")
STORM_FOOT = ("Fishermen repairing a wharf in Kestrel Bay last month.Credit...Ana Lind for The Daily Norland\n"
              "By Maria Holt and Tom Vale\nReporting from Kestrel Bay, Norland\n"
              "Published Feb. 18, 2024Updated Feb. 20, 2024, 9:14 a.m. ET\n")
STORM_P1 = ("The harbour at Kestrel Bay has sheltered fishing boats for more than a century, but two storms this "
            "winter tore away most of its wooden wharves and left the town's fleet with nowhere safe to tie up.")
STORM_P2 = ("At a crowded meeting in the town hall on Monday, fishermen argued over whether to spend their savings "
            "rebuilding the wharves or to accept an offer from a developer who wants to buy the waterfront.")
STORM_P3 = ("The town council said it would put the question to a vote in the spring, after engineers report on "
            "how much of the old stone breakwater can still be saved from the sea.")
STORM_BODY = f"{STORM_P1}\n\n{STORM_P2}\n\n{STORM_P3}\n"


def test_comment_count_in_the_headline_block_keeps_the_byline():
    # a bare comment count ("142") between the share prompt and the photo caption is headline-block furniture
    article = _article(f"{STORM_TOP}142\n{STORM_FOOT}{STORM_BODY}")
    assert (article.title, article.byline, list(article.authors), article.published_on) == (
        STORM_HEAD, "By Maria Holt and Tom Vale", ["Maria Holt", "Tom Vale"], date(2024, 2, 18))
    assert article.body.startswith(STORM_P1)


def test_number_line_in_the_body_stays_in_the_body():
    # near miss: a bare number in the body (a count printed on its own line) is the body's
    article = _article(f"{STORM_TOP}{STORM_FOOT}{STORM_P1}\n\n142\n\n{STORM_P2}\n\n{STORM_P3}\n")
    assert (article.title, article.byline) == (STORM_HEAD, "By Maria Holt and Tom Vale")
    assert article.body.startswith(STORM_P1) and "142" in article.body
