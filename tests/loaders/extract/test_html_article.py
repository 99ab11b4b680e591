import json
from datetime import date

import pytest

from loaders.extract.html_article import (
    PageMetadata,
    choose_headline,
    extract_html_article,
    read_page_metadata,
    strip_site_suffix,
)
from loaders.extract.html_article import _parse
from loaders.records import SourceDocument
from loaders.registry import OutletEntry, Registry

PARAGRAPHS = [
    "The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters outside "
    "the town hall after a long and heated session.",
    "Work will begin next month and last until the spring, officials said, and ferries will carry commuters "
    "across the river while the bridge is closed.",
    "Residents welcomed the decision, although shop owners on the east bank worry that fewer customers will "
    "find their way to them during the works.",
]


def _page(jsonld=None, metas="", title="Council shuts old bridge | Morning Star", h1="Council shuts old bridge",
          extra_body=""):
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f'<html lang="en-GB"><head><title>{title}</title>{metas}{script}</head><body>'
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f'<article><h1>{h1}</h1>{paragraphs}{extra_body}</article>'
            f'<footer>© 2021 Morning Star Ltd</footer></body></html>')


JSONLD = {
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council shuts old bridge",
    "datePublished": "2021-03-05T09:30:00+00:00", "author": [{"@type": "Person", "name": "Jane Roe"}],
    "publisher": {"@type": "Organization", "name": "Morning Star"},
}


def test_jsonld_metadata_and_clean_body():
    doc = SourceDocument("page.html", "html", _page(JSONLD), {"url": "https://www.morningstar.example/news/bridge"})
    article = extract_html_article(doc, Registry())
    assert article.title == "Council shuts old bridge"
    assert (article.published_on, article.date_precision) == (date(2021, 3, 5), "day")
    assert article.authors == ["Jane Roe"]
    assert (article.outlet_name, article.outlet_domain) == ("Morning Star", "morningstar.example")
    assert article.language == "en"
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_opengraph_and_meta_dates_when_there_is_no_jsonld():
    metas = ('<meta property="og:title" content="Council shuts old bridge - Morning Star">'
             '<meta property="og:site_name" content="Morning Star">'
             '<meta property="article:published_time" content="2021-03-04">')
    article = extract_html_article(SourceDocument("page.html", "html", _page(metas=metas)), Registry())
    assert article.title == "Council shuts old bridge"
    assert article.published_on == date(2021, 3, 4)
    assert article.outlet_name == "Morning Star"


def test_registry_domain_names_the_outlet_and_url_dates_fill_in():
    registry = Registry(outlets=(OutletEntry(name="Star", domain="morningstar.example", country="GB"),))
    doc = SourceDocument("page.html", "html", _page(), {"url": "https://morningstar.example/2021/03/06/bridge"})
    article = extract_html_article(doc, registry)
    assert (article.outlet_name, article.outlet_country) == ("Star", "GB")
    assert (article.published_on, article.date_precision) == (date(2021, 3, 6), "day")


def test_given_fields_win_in_html():
    given = {"title": "Bridge closed", "published": "2021-01-02", "authors": "A. Writer; B. Writer",
             "outlet": "Evening Post"}
    article = extract_html_article(SourceDocument("page.html", "html", _page(JSONLD), given), Registry())
    assert (article.title, article.published_on, article.authors, article.outlet_name) == (
        "Bridge closed", date(2021, 1, 2), ["A. Writer", "B. Writer"], "Evening Post")


def test_boilerplate_lines_inside_the_extracted_text_are_removed():
    extra = "<p>Sign up for our daily newsletter</p><p>Read more: Ferry timetable changes from Monday</p>"
    article = extract_html_article(SourceDocument("page.html", "html", _page(JSONLD, extra_body=extra)), Registry())
    assert "newsletter" not in article.body and "Read more" not in article.body
    assert "Sign up for our daily newsletter" in article.removed_lines


@pytest.mark.parametrize(
    ("title", "site", "domain", "expected"),
    [
        ("Council shuts old bridge | Morning Star", "Morning Star", None, "Council shuts old bridge"),
        ("Council shuts old bridge - Morning Star", None, "morningstar.example", "Council shuts old bridge"),
        ("Morning Star: Council shuts old bridge", "Morning Star", None, "Council shuts old bridge"),
        ("Bridge - the long goodbye", "Morning Star", None, "Bridge - the long goodbye"),
        ("Council shuts old bridge", "Morning Star", None, "Council shuts old bridge"),
    ],
)
def test_strip_site_suffix(title, site, domain, expected):
    assert strip_site_suffix(title, site, domain) == expected


def test_choose_headline_prefers_the_visible_h1_that_agrees_with_the_declared_title():
    meta = PageMetadata(og_title="Council's bridge shut | Star", headings=["Star", "Council’s old bridge is shut"],
                        site_name="Star")
    assert choose_headline(meta, None, None) == "Council’s old bridge is shut"


@pytest.mark.parametrize(("og_title", "title_tag", "headings", "expected"), [
    # The article's OpenGraph title judges the headings: a blog's name in the <h1> and the <title> is no headline.
    ("Small adventures with small models", "Riverton Blog: Small adventures with small models", ["Riverton Blog"],
     "Small adventures with small models"),
    # An OpenGraph title that is only the site's name judges nothing: the <title> does.
    ("Riverton Blog", "Small adventures with small models | Riverton Blog", ["Small adventures with small models"],
     "Small adventures with small models"),
])
def test_choose_headline_judges_headings_by_the_article_s_own_title(og_title, title_tag, headings, expected):
    meta = PageMetadata(og_title=og_title, title_tag=title_tag, headings=headings, site_name="Riverton Blog")
    assert choose_headline(meta, None, None) == expected


def test_choose_headline_ignores_an_unrelated_h1():
    meta = PageMetadata(og_title="Council shuts old bridge | Star", headings=["Weather today"], site_name="Star")
    assert choose_headline(meta, None, None) == "Council shuts old bridge"


def test_date_line_beside_the_headline_when_the_page_declares_no_date():
    page = _page(title="Council shuts old bridge").replace(
        "<h1>Council shuts old bridge</h1>",
        "<h1>Council shuts old bridge</h1><div class='x'><span>Jane Roe</span><span>March 9, 2021</span></div>")
    page = page.replace("<nav>", "<aside><p>Most read</p><p>April 1, 2020</p></aside><nav>")
    article = extract_html_article(SourceDocument("page.html", "html", page), Registry())
    assert (article.published_on, article.date_evidence) == (date(2021, 3, 9), "March 9, 2021")


def test_read_page_metadata_prefers_news_article_over_webpage():
    graph = {"@graph": [{"@type": "WebPage", "name": "Section page", "datePublished": "2020-01-01"}, JSONLD]}
    meta = read_page_metadata(_parse(_page(graph)))
    assert (meta.headline, meta.published) == ("Council shuts old bridge", "2021-03-05T09:30:00+00:00")


def test_byline_and_date_lines_above_the_text_leave_the_body():
    page = _page(JSONLD).replace("<h1>Council shuts old bridge</h1>",
                                 "<h1>Council shuts old bridge</h1><p>By Jane Roe</p><p>March 5, 2021</p>")
    article = extract_html_article(SourceDocument("page.html", "html", page), Registry())
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.byline == "By Jane Roe"


def test_description_is_the_standfirst_unless_it_is_an_excerpt():
    excerpt = PARAGRAPHS[0][:80] + "…"
    teaser = "Ferries will carry commuters for a year."
    for description, expected in ((excerpt, None), (teaser, teaser)):
        metas = f'<meta name="description" content="{description}">'
        article = extract_html_article(SourceDocument("page.html", "html", _page(JSONLD, metas=metas)), Registry())
        assert article.subtitle == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("By Jane Roe", "Jane Roe"), ("Author: Jane Roe", "Jane Roe"), ('"Jane Roe"', "Jane Roe"),
     ("Jane Roe Last Updated August 1", "Jane Roe"), ("Jane Roe Writer", "Jane Roe"), (", Morning Star", "Morning Star"),
     ("The Author", None), ("https://star.example/people/jane", None), ("2021", None), (None, None),
     ("October", None), ("Tuesday", None), ("August Wilson", "August Wilson")],  # a date's word is no author
)
def test_clean_author(raw, clean):
    from loaders.extract.html_article import clean_author

    assert clean_author(raw) == clean


def test_a_tiny_page_still_gives_its_text():
    page = "<html><body><div>Council shuts the old bridge for a year.</div></body></html>"
    article = extract_html_article(SourceDocument("page.html", "html", page), Registry())
    assert article.body == "Council shuts the old bridge for a year."


def test_an_empty_page_gives_an_empty_body():
    article = extract_html_article(SourceDocument("page.html", "html", "  "), Registry())
    assert (article.body, article.title, article.published_on) == ("", None, None)


@pytest.mark.parametrize(
    "hidden",
    [
        "<template><p>Template paragraph that a script would render into the page for a comment form or a card, "
        "and which no reader ever sees.</p></template>",
        "<noscript><p>Noscript paragraph shown only when scripts are off: please enable JavaScript to read the "
        "comments on this article and to see the related videos.</p></noscript>",
        "<template><div><p>Nested template paragraph inside a div, never shown on the page, about subscribing "
        "to the newsletter for exclusive offers and weekly updates.</p></div></template>",
    ],
    ids=["template", "noscript", "nested-template"],
)
def test_template_content_stays_out_of_the_body(hidden):
    article = extract_html_article(SourceDocument("x.html", "html", _page(extra_body=hidden)), Registry())
    assert "paragraph" not in article.body.lower()
    assert article.body.startswith("The council met on Monday")


@pytest.mark.parametrize(("declared", "headline"), [
    ("How Does Bridge Mapping Work？", "How Does Bridge Mapping Work?"),  # full-width punctuation folded
    ("Bridge\u00a0shut for repairs", "Bridge shut for repairs"),  # a no-break space
    ("And finally… the bridge", "And finally… the bridge"),  # the ellipsis is the headline's own spelling
    ("Blog: Best Bridges in the U.S.", "Best Bridges in the U.S."),  # a section label before a colon
    ("Bridges: A Guide", "Bridges: A Guide"),  # a headline's own colon stays
    ("30 Years of <br> Tags", "30 Years of <br> Tags"),  # text about markup is text
])
def test_choose_headline_gives_the_plain_form(declared, headline):
    assert choose_headline(PageMetadata(og_title=declared), None, None) == headline


@pytest.mark.parametrize(("url", "shown", "expected"), [
    # Nothing declared: the URL's day overrules a different day printed on the page.
    ("https://x.example/2023/10/03/bridge", "16 February 2026", "2023-10-03"),
    ("https://x.example/news/bridge", "16 February 2026", "2026-02-16"),  # no day in the URL
    ("https://x.example/2023/10/03/bridge", None, "2023-10-03"),  # the URL alone
])
def test_a_day_in_the_url_overrules_a_different_printed_day(url, shown, expected):
    from loaders.extract.html_article import _page_date

    meta = PageMetadata(visible_dates=[("2026-02-16", shown)] if shown else [])
    found = _page_date(meta, None, url)
    assert (found[0].isoformat() if found[0] else None) == expected


@pytest.mark.parametrize(("modified", "near_day", "expected"), [
    # Published and modified stamped at one moment: an earlier day printed by the headline is the publication.
    ("Nov 05, 2025", "2024-01-31", "2024-01-31"),
    ("Nov 09, 2025", "2024-01-31", "2025-11-05"),  # a real modification: the declared date stands
    ("Nov 05, 2025", "2025-12-01", "2025-11-05"),  # a later printed day is an update
])
def test_restamped_metadata_yields_to_an_earlier_day_by_the_headline(modified, near_day, expected):
    from datetime import date

    from loaders.extract.html_article import _page_date
    from loaders.extract.pubdates import DateMatch

    meta = PageMetadata(published="Nov 05, 2025", modified=modified)
    near = DateMatch(date.fromisoformat(near_day), "day", 0, 10, near_day)
    assert _page_date(meta, None, None, near)[0].isoformat() == expected


@pytest.mark.parametrize(("title", "site_name", "expected"), [
    ("Council shuts the old bridge | Riverton Ledger", "Riverton Ledger", "Council shuts the old bridge"),
    # A "site name" as long as a headline is the headline in the wrong field: it names no site to strip.
    ("Council shuts the old bridge over the river after a long and wet winter | Ledger",
     "Council shuts the old bridge over the river after a long and wet winter", "Council shuts the old bridge "
     "over the river after a long and wet winter"),
])
def test_strip_site_suffix_ignores_a_headline_given_as_the_site_name(title, site_name, expected):
    from loaders.extract.html_article import strip_site_suffix

    assert strip_site_suffix(title, site_name, "ledger.example") == expected


def test_an_author_box_under_the_article_leaves_the_html_body():
    box = ("<p>Jane Roe</p><p>Jane Roe is a reporter who has covered the town council and its bridges for the "
           "Morning Star since 2015.</p>")
    article = extract_html_article(SourceDocument("x.html", "html", _page(extra_body=box)), Registry())
    assert article.body.split("\n\n") == PARAGRAPHS


def test_a_bloggers_greeting_box_closing_the_html_body_leaves_it():
    box = ("<p>Hi there! I’m Jane, and I started this blog back in 2011 to write about the bridges and ferries of "
           "my town.</p>")
    article = extract_html_article(SourceDocument("x.html", "html", _page(extra_body=box)), Registry())
    assert article.body.split("\n\n") == PARAGRAPHS



SHORT = "Read the council's statement."


@pytest.mark.parametrize("paragraphs, kept", [
    # a page rendering its text twice (a desktop and a mobile copy) gives the body once
    (PARAGRAPHS + PARAGRAPHS, PARAGRAPHS),
    # a short line may well recur in an article: it stays
    ([SHORT] + PARAGRAPHS + [SHORT], [SHORT] + PARAGRAPHS + [SHORT]),
])
def test_paragraphs_repeated_word_for_word_leave_the_body(paragraphs, kept):
    from loaders.extract.html_article import _drop_repeats

    assert _drop_repeats(paragraphs)[0] == kept


def test_a_page_rendering_its_text_twice_gives_the_html_body_once():
    mobile = '<div class="mobile">' + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</div>"
    article = extract_html_article(SourceDocument("x.html", "html", _page(extra_body=mobile)), Registry())
    assert article.body.count(PARAGRAPHS[1]) == 1


@pytest.mark.parametrize(("extra", "kept"), [
    # the recall-first pass finds clearly more text: the article runs over more blocks than the precise pass kept
    (["Movers were rated by 700 customers, and most of them praised the careful handling of furniture and boxes."
      " The second mover on the list was rated by fewer customers but scored almost as well on punctuality."], True),
    ([], False),
])
def test_the_recall_first_pass_gives_the_body_when_it_finds_clearly_more(monkeypatch, extra, kept):
    import trafilatura

    recall_text = "\n".join(PARAGRAPHS + extra)
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: recall_text)
    article = extract_html_article(SourceDocument("x.html", "html", _page(JSONLD)), Registry())
    assert article.body.split("\n\n")[:3] == PARAGRAPHS
    assert (len(article.body.split("\n\n")) == 4) is kept


@pytest.mark.parametrize(("title", "footer_free", "outlet"), [
    ("Council shuts old bridge | The Riverton Post", True, "The Riverton Post"),  # the <title>'s site name
    ("Council shuts old bridge", False, "Morning Star"),  # the footer's copyright notice
    ("Council shuts old bridge", True, "RVP"),  # nothing names it: the domain (a vowel-less label: its acronym)
])
def test_a_page_without_a_declared_site_name_is_named_by_its_title_or_copyright(title, footer_free, outlet):
    from loaders.extract.article import extract_article

    html = _page(title=title)
    if footer_free:
        html = html.replace("<footer>© 2021 Morning Star Ltd</footer>", "<footer>Copyright Notices</footer>")
    article = extract_article(SourceDocument("x.html", "html", html, {"url": "https://www.rvp.example/news/bridge"}),
                              Registry())
    assert article.outlet_name == outlet


@pytest.mark.parametrize(("suffix", "domain", "outlet"), [
    # A <title>'s tail that is a section or a person names no site: the domain does (a vowel-less label by its acronym).
    ("Weather", "hvx.example", "HVX"),
    ("Local News", "hvx.example", "HVX"),
    ("Rafael Ortiz", "hvx.example", "HVX"),
    # An outlet's shape, or the domain's letters, name it.
    ("The Lakeside Ledger", "hvx.example", "The Lakeside Ledger"),
    ("Harbourside Gazette", "hgz.example", "Harbourside Gazette"),
    ("Quillfeather", "qfr.example", "Quillfeather"),
])
def test_a_title_s_tail_names_the_site_only_with_an_outlet_s_evidence(suffix, domain, outlet):
    from loaders.extract.article import extract_article

    html = _page(title=f"Council shuts old bridge - {suffix}").replace(
        "<footer>© 2021 Morning Star Ltd</footer>", "<footer>Copyright Notices</footer>")
    article = extract_article(SourceDocument("x.html", "html", html, {"url": f"https://www.{domain}/news/bridge"}),
                              Registry())
    assert article.outlet_name == outlet


def test_a_site_name_in_capitals_goes_by_the_page_s_mixed_case_form():
    # made-up page: og:site_name in capitals, the page's text naming the site in mixed case
    metas = '<meta property="og:site_name" content="NORTHERN VOICES">'
    page = _page(metas=metas, extra_body="<p>Northern Voices</p>")
    article = extract_html_article(SourceDocument("page.html", "html", page, {"url": "https://nv.example/a"}),
                                   Registry())
    assert article.outlet_name == "Northern Voices"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # pagesR3: a note that the page first appeared on an earlier day dates it over its declared (revised) stamp
        ("This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.",
         date(2019, 9, 26)),
        # near misses: a republication credit, a year-only note, a later print edition, no note
        ("This article was originally published on The Ledger Review.", date(2021, 3, 5)),
        ("This post was originally published in 2019 and has been updated.", date(2021, 3, 5)),
        ("A version of this article first appeared in print on March 9, 2021.", date(2021, 3, 5)),
        ("The bridge opened in 1926.", date(2021, 3, 5)),
        # pagesR4: a credit to another outlet after the note's date is a republication; a sentence about another
        # thing that opens with the note's words is no note
        ("This story was originally published on March 1, 2021 by our partners at Wexby Courier.", date(2021, 3, 5)),
        ("First published on 4 August 1931, the Wexby Gazette was set by hand in a barn.", date(2021, 3, 5)),
    ],
)
def test_a_note_of_first_appearance_dates_an_html_page(note, expected):
    html = _page(JSONLD, extra_body=f"<p>{note}</p>")
    article = extract_html_article(SourceDocument("x.html", "html", html, {}), Registry())
    assert article.published_on == expected
