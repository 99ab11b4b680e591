from datetime import date

import pytest

from loaders.extract.pubdates import date_from_url, date_line, date_order_for, find_dates, parse_given_date


@pytest.mark.parametrize(
    ("line", "order", "expected", "precision"),
    [
        ("September 8, 2004", None, date(2004, 9, 8), "day"),
        ("Sept. 8, 2004", None, date(2004, 9, 8), "day"),
        ("February 2, 2006 23:59", None, date(2006, 2, 2), "day"),
        ("8 Sept. 2004", None, date(2004, 9, 8), "day"),
        ("8th September 2004", None, date(2004, 9, 8), "day"),
        ("Monday, September 6, 2004 at 1:45 PM EDT", None, date(2004, 9, 6), "day"),
        ("Updated 10.30 am GMT, Tuesday 7 June 2016", None, date(2016, 6, 7), "day"),
        ("2016-06-07", None, date(2016, 6, 7), "day"),
        ("Published: 2016-06-07T10:00:00Z", None, date(2016, 6, 7), "day"),
        ("2016/06/07", None, date(2016, 6, 7), "day"),
        ("Last Update: 06/09/2004 13:45", "DMY", date(2004, 9, 6), "day"),
        ("Last Update: 06/09/2004 13:45", "MDY", date(2004, 6, 9), "day"),
        # Day and month could be swapped and nothing says which: only the year is known.
        ("Last Update: 06/09/2004 13:45", None, date(2004, 1, 1), "year"),
        # A value above 12 settles the order whatever the convention says.
        ("Posted 25/09/2004", "MDY", date(2004, 9, 25), "day"),
        ("09/25/2004", None, date(2004, 9, 25), "day"),
        ("05.05.2010", None, date(2010, 5, 5), "day"),
        ("September 2004", None, date(2004, 9, 1), "month"),
        ("Published June 7, 2016 Updated June 8, 2016", None, date(2016, 6, 7), "day"),
        ("Updated: June 8, 2016 | First published: June 7, 2016", None, date(2016, 6, 7), "day"),
        ("Tue 7 Jun 2016 10.00 BST", None, date(2016, 6, 7), "day"),
        ("Issued on: 07/03/2016 - 11:02", "DMY", date(2016, 3, 7), "day"),
        ("Issued on: 07/03/2016 - 11:02", None, date(2016, 1, 1), "year"),
    ],
)
def test_date_line_reads_common_formats(line, order, expected, precision):
    found = date_line(line, order)
    assert found is not None
    assert (found.value, found.precision) == (expected, precision)
    assert found.text == line


@pytest.mark.parametrize(
    "line",
    [
        "Russia did not respond on September 8, 2004, officials said.",
        "Residents of the town beckon hikers",
        "2004",
        "31/31/2004",
        "February 30, 2006",
        "",
    ],
)
def test_date_line_rejects_prose_and_impossible_dates(line):
    assert date_line(line) is None


def test_find_dates_locates_each_date_in_prose():
    text = "Signed on 8 Sept. 2004 and ratified in March 2005."
    found = find_dates(text)
    assert [(item.value, item.precision) for item in found] == [(date(2004, 9, 8), "day"), (date(2005, 3, 1), "month")]
    assert text[found[0].start:found[0].end] == "8 Sept. 2004"


@pytest.mark.parametrize(
    ("url", "expected", "precision"),
    [
        ("https://www.example.com/2019/11/19/world/story.html", date(2019, 11, 19), "day"),
        ("https://example.org/news/2019-11-19-story-name", date(2019, 11, 19), "day"),
        ("https://example.org/news/20191119/story", date(2019, 11, 19), "day"),
        ("https://example.org/2019/11/story-name", date(2019, 11, 1), "month"),
        ("https://example.org/politics/story-456193", None, None),
        (None, None, None),
    ],
)
def test_date_from_url(url, expected, precision):
    found = date_from_url(url)
    assert (found.value if found else None, found.precision if found else None) == (expected, precision)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-06-07", (date(2016, 6, 7), "day")),
        ("2016-06-07T23:10:00+03:00", (date(2016, 6, 7), "day")),
        ("2016-06", (date(2016, 6, 1), "month")),
        ("2016", (date(2016, 1, 1), "year")),
        ("June 7, 2016", (date(2016, 6, 7), "day")),
        ("", (None, None)),
        ("not a date", (None, None)),
    ],
)
def test_parse_given_date(value, expected):
    assert parse_given_date(value) == expected


@pytest.mark.parametrize(
    ("country", "domain", "order"),
    [("US", None, "MDY"), ("IL", None, "DMY"), ("JP", None, "YMD"), (None, "example.co.uk", "DMY"),
     (None, "example.com", None), (None, None, None)],
)
def test_date_order_for(country, domain, order):
    assert date_order_for(country, domain) == order


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Published on August 10, 2023, at 4:12 pm (Paris), updated at 6:30 pm", "2023-08-10"),
     ("June 5, 2023 (Riverton)", "2023-06-05")],
)
def test_date_line_with_the_clock_place_in_brackets(line, expected):
    assert date_line(line).value.isoformat() == expected


def test_date_line_with_words_in_brackets_is_no_date_line():
    assert date_line("June 5, 2023 (the day the bridge fell)") is None


def test_date_line_with_a_dateline_place_after_it():
    found = date_line("Published - November 02, 2023 08:10 pm IST - NEW DELHI")
    assert found.value.isoformat() == "2023-11-02"
