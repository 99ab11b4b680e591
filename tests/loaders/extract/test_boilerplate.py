import pytest

from loaders.extract.boilerplate import (
    classify_line,
    is_end_heading,
    scan_lines,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Search the Daily Planet's archive going back to 1901", "archive"),
        ("See Original Evening Edition From This Date", "archive"),
        ("3 minute read.", "reading_time"),
        ("Reading time: 5 min", "reading_time"),
        ("mayor at the podium. (photo credit: Jane Roe/Flash)", "photo_credit"),
        ("Photo: Getty Images", "photo_credit"),
        ("Photograph by Sam Lee", "photo_credit"),
        ("We use cookies to improve your experience. Accept", "cookie"),
        ("Cookie Settings", "cookie"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Share  |  Print  |  Email", "share"),
        ("Advertisement", "advert"),
        ("© 2021 Planet Media Ltd. All rights reserved.", "copyright"),
        ("Daily Planet – Exclusive", "banner"),
        ("Read more: Council votes to close the old bridge", "link"),
        ("Become a Planet Premium member now for just $3 and read without ads. Click here>>", "appeal"),
        ("Support our journalism: $5 a month keeps us independent.", "appeal"),
        ("Image caption, The old bridge fell in May", "photo_credit"),
        ("Soldiers at the border. (AFP via Getty Images)", "photo_credit"),
        ("Follow us on Telegram", "share"),
        ("Skip to main content", "share"),
        ("Reporting by Jane Roe; Editing by John Doe", "credits"),
        ("Topics: Riverton, Local government", "credits"),
        ("A version of this article appears in print on June 8, 2016, Section A", "credits"),
    ],
)
def test_classify_line_signals(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The council said subscriptions to the town paper fell by half last year.",
        "Streaming services raised their premium prices, and you can still sign up for a trial today.",
        "Anti-terror alliance",
        "The mayor shared the photo on social media.",
        "Residents left their homes early on Monday, officials said.",
        "The mayor (AP) said on Monday that he would resign after the vote.",
        "Reporting by local journalists revealed the cracks months earlier, the inquiry found.",
    ],
)
def test_classify_line_keeps_article_text(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Related Content", True), ("Recommended from the Planet", True), ("You may also like", True),
     ("Read more", True), ("Related articles:", True), ("Relations with the council", False),
     ("Most of the residents stayed", False)],
)
def test_is_end_heading(line, expected):
    assert is_end_heading(line) is expected


BODY = "The council met on Monday and voted to close the old bridge for repairs, the mayor said in a statement."


def test_appeal_block_from_salutation_to_signatures():
    lines = [
        "Headline here",
        "Dear Reader,",
        "Times are hard for newspapers like ours, so we ask you to help us.",
        "• Access to everything",
        "Thank you,",
        "Ann Example, Publisher",
        "Bob Example, Editor",
        BODY,
    ]
    assert scan_lines(lines) == [None, "appeal", "appeal", "appeal", "appeal", "appeal", "appeal", None]


def test_related_heading_removes_everything_after_it_once_the_article_began():
    lines = [BODY, "Related Content", "Another story title", "April 3, 2014", "Cookie Settings"]
    assert scan_lines(lines) == [None, "related", "related", "related", "related"]


def test_ambiguous_heading_followed_by_more_article_only_drops_itself():
    long_paragraph = BODY + " " + BODY
    lines = [BODY, "Read more", long_paragraph, "Related articles", "Another story title"]
    assert scan_lines(lines) == [None, "related", None, "related", "related"]


def test_related_heading_before_the_article_only_drops_itself():
    lines = ["Latest News", "Headline", BODY]
    assert scan_lines(lines) == ["related", None, None]


def test_related_heading_in_extracted_html_only_drops_itself():
    lines = [BODY, "Read more", BODY]
    assert scan_lines(lines, truncate_related=False) == [None, "related", None]


def test_caption_repeated_with_photo_credit():
    lines = ["mayor 300 ap", "", "mayor 300 ap. (photo credit: AP)", BODY]
    assert scan_lines(lines) == ["caption", None, "photo_credit", None]


@pytest.mark.parametrize(
    "line",
    ["| a " * 60 + "|", "a / " * 200, "word " * 600, "Copyright " * 100, "cookie " * 80, "(" * 300 + "AP",
     "Reporting by " + "Jane Roe, " * 100],
)
def test_classify_line_stays_fast_on_pathological_lines(line):
    import time

    started = time.perf_counter()
    for _ in range(20):
        classify_line(line)
        is_end_heading(line)
    assert time.perf_counter() - started < 0.5


def test_breadcrumb_lines_are_navigation():
    assert classify_line("Home › News › Middle East") == "navigation"
    assert classify_line("Russia / Israel") is None
