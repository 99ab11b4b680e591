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
        ("0001-01-01", (None, None)),  # a placeholder, not a date
        ("9999-12-31T00:00:00Z", (None, None)),
        ("1699-12-31", (None, None)),
        ("1700-01-01", (date(1700, 1, 1), "day")),
        (date(1, 1, 1), (None, None)),
        ("2016-02-30", (None, None)),
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


# --- the written forms, one test row per row of the data tables ---

from loaders.extract.pubdates import (  # noqa: E402
    DATE_FORMS, YEARLESS_FORMS, date_order_of_page, label_before, labelled, publication_date,
)


@pytest.mark.parametrize("form", DATE_FORMS, ids=[form.name for form in DATE_FORMS])
def test_every_date_form_reads_its_example(form):
    found = find_dates(form.example)
    assert [item.form for item in found] == [form.name]
    assert found[0].value == date(*form.expected)


@pytest.mark.parametrize("form", YEARLESS_FORMS, ids=[form.name for form in YEARLESS_FORMS])
def test_yearless_forms_read_only_on_request(form):
    assert find_dates(form.example) == []
    found = find_dates(form.example, yearless=True)
    assert [(item.form, item.precision) for item in found] == [(form.name, "yearless")]


@pytest.mark.parametrize(
    ("line", "expected", "label"),
    [
        # Month names in the languages of the outlets supported, with their labels and clocks.
        ("Published 25 Aug 2025, 14:05 GMT", date(2025, 8, 25), "published"),
        ("Publié le 3 mars 2024 à 14h05", date(2024, 3, 3), "published"),
        ("Mis à jour le 4 mars 2024", date(2024, 3, 4), "updated"),
        ("Veröffentlicht am 3. März 2024, 14:05 Uhr", date(2024, 3, 3), "published"),
        ("Aktualisiert am 4. Mai 2024", date(2024, 5, 4), "updated"),
        ("Publicado el 3 de marzo de 2024", date(2024, 3, 3), "published"),
        ("Actualizado: 5 de enero de 2024 10:00", date(2024, 1, 5), "updated"),
        ("Pubblicato il 3 marzo 2024", date(2024, 3, 3), "published"),
        ("Publicado em 3 de março de 2024", date(2024, 3, 3), "published"),
        ("Gepubliceerd op 3 maart 2024", date(2024, 3, 3), "published"),
        ("Опубликовано 3 марта 2024, 14:05", date(2024, 3, 3), "published"),
        ("3 марта 2024 г.", date(2024, 3, 3), None),
        ("14 Şubat 2024", date(2024, 2, 14), None),
        ("3 marca 2024 r.", date(2024, 3, 3), None),
        ("3 במרץ 2024", date(2024, 3, 3), None),
        ("2024年3月3日", date(2024, 3, 3), None),
        ("٣ مارس ٢٠٢٤", date(2024, 3, 3), None),
        # Numeric dates in every order and separator, with 12- and 24-hour clocks.
        ("06.18.2025", date(2025, 6, 18), None),
        ("18.06.2025 14:05", date(2025, 6, 18), None),
        ("2025/4/29", date(2025, 4, 29), None),
        ("2022-11-23T08:10+02:00", date(2022, 11, 23), None),
        ("Updated: Dec 31, 2025 8:51pm UTC", date(2025, 12, 31), "updated"),
        ("June 7, 2016 / 4:41 PM", date(2016, 6, 7), None),
        ("Posted: Sep 19, 2026 6:30 AM ADT", date(2026, 9, 19), "published"),
        ("December 15, 2025 // 8 min read", date(2025, 12, 15), None),
        ("Updated Dec 18, 2025 · 12 min read", date(2025, 12, 18), "updated"),
        ("Published on December 2nd, 2025", date(2025, 12, 2), "published"),
        # Published wins over updated, in either order.
        ("Published on Oct 21, 2025 Updated on Mar 9, 2026", date(2025, 10, 21), "published"),
        ("Updated Mar 9, 2026 | First published Oct 21, 2025", date(2025, 10, 21), "published"),
    ],
)
def test_date_lines_in_many_languages_forms_and_labels(line, expected, label):
    found = date_line(line)
    assert found is not None, line
    assert (found.value, found.precision, found.label) == (expected, "day", label)


@pytest.mark.parametrize(
    ("text", "start", "label"),
    [("Last updated: Monday, ", 22, "updated"), ("Posted on ", 10, "published"), ("By Jane Roe ", 12, None),
     ("Updated 10.30 am GMT, Tuesday ", 30, "updated")],
)
def test_label_before_a_date(text, start, label):
    assert label_before(text, start) == label


def test_publication_date_prefers_published_then_unlabelled_then_updated():
    text = "Updated June 8, 2016 - June 7, 2016"
    matches = labelled(text, find_dates(text))
    assert [item.label for item in matches] == ["updated", None]
    assert publication_date(matches).value == date(2016, 6, 7)


@pytest.mark.parametrize(
    ("url", "expected", "precision"),
    [("https://example.org/blog/2023/october/03/how-many-wine-types/", date(2023, 10, 3), "day"),
     ("https://example.org/2022/learn/wine-types", date(2022, 1, 1), "year")],
)
def test_date_from_url_with_month_names_and_years(url, expected, precision):
    found = date_from_url(url, with_year=True)
    assert (found.value, found.precision) == (expected, precision)


def test_a_bare_year_in_the_url_needs_asking():
    assert date_from_url("https://example.org/2022/learn/wine-types") is None


@pytest.mark.parametrize(
    ("text", "order"),
    [("Posted 8/27/2025 and 8/1/2025", "MDY"), ("Posted 27.08.2025 and 01.08.2025", "DMY"),
     ("On 8/1/2025", None), ("27/08/2025 then 8/27/2025", None)],
)
def test_the_pages_own_dates_reveal_the_numeric_order(text, order):
    assert date_order_of_page(text) == order


@pytest.mark.parametrize("line", ["Chapter 11 of the plan", "Page 3", "to set 2025 targets", "Sign in to read 3 stories"])
def test_words_that_only_look_like_dates(line):
    assert [item for item in find_dates(line, yearless=True) if item.precision != "year"] == []


def test_parse_given_date_unbounded_reads_what_is_written():
    assert parse_given_date("0001-01-01", bounded=False) == (date(1, 1, 1), "day")


@pytest.mark.parametrize(("line", "day"), [
    ("Data publikacji: 19.11.2026 08:05", date(2026, 11, 19)),
    ("Fecha de publicación: 14/01/2026", date(2026, 1, 14)),
    ("Publiceringsdatum 2026-05-04", date(2026, 5, 4)),
    ("Date de publication : 7 avril 2026", date(2026, 4, 7)),
])
def test_date_of_publication_labels_in_other_languages(line, day):
    from loaders.extract.pubdates import date_line

    found = date_line(line, "DMY")
    assert (found.value, found.label) == (day, "published")


@pytest.mark.parametrize(("line", "value", "precision"), [
    ("Wed, 03/04/2026 - 14:22", date(2026, 3, 4), "day"),  # 4 March 2026 is a Wednesday, 3 April a Friday
    ("Fri 03/04/2026", date(2026, 4, 3), "day"),
    ("Mittwoch, 04.03.2026", date(2026, 3, 4), "day"),
    ("Sat 03/04/2026", date(2026, 1, 1), "year"),  # neither reading is a Saturday: the year only
    ("03/04/2026", date(2026, 1, 1), "year"),
])
def test_the_weekday_beside_an_ambiguous_numeric_date_orders_it(line, value, precision):
    found = date_line(line, None)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(("text", "found"), [
    ("By Jo Roe and Ana Lund, Riverton Ledger", []),  # no digit: no date form can match
    ("Tuesday, the third of March", []),
    ("Updated March 3, 2026 by Jo Roe", [(date(2026, 3, 3), "March 3, 2026")]),
    ("٣ March ٢٠٢٦", [(date(2026, 3, 3), "٣ March ٢٠٢٦")]),  # Arabic-Indic digits read as ASCII ones
])
def test_find_dates_with_and_without_digits(text, found):
    assert [(match.value, match.text) for match in find_dates(text)] == found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the country whose clock the time is, in place of a zone
        ("Friday 6 March 2026 09:15, UK", date(2026, 3, 6)),
        ("6 March 2026 09:15 UK", date(2026, 3, 6)),
        # near misses: the country in a sentence, or a headline, is no date line
        ("UK storms close roads on 6 March 2026", None),
        ("6 March 2026: UK flood warnings", None),
    ],
)
def test_a_date_line_may_name_its_clock_s_country(line, expected):
    found = date_line(line)
    assert (found.value if found else None) == expected
