"""pagesR21: made-up pages in styles unlike the tune pages (NGO sites, wire pages, magazines, ministry portals):
a job title after the writer's comma ("by Lorna Vetch, Conservation Officer") is no second writer; a capitalised
spelling that runs on into a longer name ("The Northwire Trust Principles") is not the outlet's own "The".
Invented outlets, people and places only."""
import pytest

from loaders.extract import run_steps
from loaders.extract.text_article import authors_from_byline
from loaders.records import SourceDocument
from loaders.registry import Registry

BODY = ("Otters have returned to the upper reaches of the River Kell for the first time in thirty years, volunteers "
        "said on Thursday.\nSurveyors found fresh spraints and tracks on six stretches of the river during the "
        "spring count.\nThe trust will repeat the survey in the autumn.\n")


def _article(page, url):
    doc = SourceDocument(source_path="p.txt", source_format="txt", raw_text=page, given={"url": url} if url else {})
    return run_steps(doc, Registry()).article


JOB_AFTER_COMMA = [  # (byline, writers)
    ("by Lorna Vetch, Conservation Officer", ["Lorna Vetch"]),
    ("By Lorna Vetch, Policy Manager", ["Lorna Vetch"]),
    ("By Lorna Vetch, Campaigns Director, and Ravi Danvers, Research Fellow", ["Lorna Vetch", "Ravi Danvers"]),
    ("By Lorna Vetch, Communications Coordinator", ["Lorna Vetch"]),
]
JOB_NEAR = [  # a writer whose surname is a job word stays
    ("By Lorna Vetch and Ravi Officer", ["Lorna Vetch", "Ravi Officer"]),
    ("By Lorna Vetch, Ravi Director", ["Lorna Vetch", "Ravi Director"]),
    ("By Lorna Vetch, Ravi Danvers", ["Lorna Vetch", "Ravi Danvers"]),
    ("By Lorna Vetch, Senior Reporter", ["Lorna Vetch"]),
]


@pytest.mark.parametrize("byline, writers", JOB_AFTER_COMMA + JOB_NEAR)
def test_job_title_after_the_comma_is_no_writer(byline, writers):
    assert authors_from_byline(byline) == writers


def test_posted_on_by_writer_with_job_title():
    page = ("Riverwatch Trust\nOtters return to the upper Kell after thirty years\n"
            "Posted on 2 May 2024 by Lorna Vetch, Conservation Officer\n" + BODY)
    assert _article(page, "https://www.riverwatchtrust.example/news/otters").authors == ["Lorna Vetch"]


RUN_ON = [  # (page's tail line, outlet)
    ("Our Standards: The Northwire Trust Principles.", "Northwire"),
    ("Read The Northwire Style Guide here.", "Northwire"),
]
RUN_ON_NEAR = [
    ("© 2024 The Northwire", "The Northwire"),
    ("About The Northwire", "The Northwire"),
    ("Read more from The Northwire on our app.", "The Northwire"),
    ("Read more from The Northwire Monday to Friday.", "The Northwire"),
]


@pytest.mark.parametrize("tail, outlet", RUN_ON + RUN_ON_NEAR)
def test_capital_spelling_that_runs_on_is_another_name(tail, outlet):
    page = "NORTHWIRE\nDockworkers at Halvard port begin three-day strike\nBy Tomasz Wren\n9 April 2024\n" + BODY + tail + "\n"
    assert _article(page, "https://www.northwire.example/article/port-strike").outlet_name == outlet


MID_SENTENCE = [  # (body sentence, outlet) for the banner "Riverton Courier"
    ("His lawyer told The Riverton Courier on Friday that he would appeal.", "The Riverton Courier"),
    ("She joined The Riverton Courier Foundation board last year.", "Riverton Courier"),
]


@pytest.mark.parametrize("sentence, outlet", MID_SENTENCE)
def test_the_mid_sentence_not_from_a_longer_name(sentence, outlet):
    page = "Riverton Courier\nDockworkers at Halvard port begin three-day strike\nBy Tomasz Wren\n9 April 2024\n" \
        + BODY + sentence + "\n"
    assert _article(page, "https://www.rivcour.example/news/1").outlet_name == outlet



from loaders.extract.boilerplate import classify_line  # noqa: E402
from loaders.extract.outlets import find_outlet_evidence  # noqa: E402

LANGUAGE_BARS = ["English | Français", "Deutsch | English", "English / Español", "EN | FR", "English | 中文",
                 "Nederlands | English | Deutsch",
                 "English | Tiếng Việt", "en | vi"]
LANGUAGE_NEAR = ["English | Maths", "French | German lessons resume", "Polish workers | English towns",
                 "EN | Riverton Post", "English",
                 "He | It", "So | No"]


@pytest.mark.parametrize("line", LANGUAGE_BARS)
def test_language_bar_is_navigation(line):
    assert classify_line(line) == "navigation"


@pytest.mark.parametrize("line", LANGUAGE_NEAR)
def test_language_bar_near_miss(line):
    assert classify_line(line) != "navigation"


SECTION_LINKS = ["More from Culture", "More in Sport", "Latest from Politics", "More from Opinion"]
SITE_LINKS = [("More from Hill & Vale", "Hill & Vale"), ("More from The Riverton Ledger", "The Riverton Ledger")]


@pytest.mark.parametrize("line", SECTION_LINKS)
def test_more_from_a_section_names_no_outlet(line):
    assert find_outlet_evidence(line) is None


@pytest.mark.parametrize("line, outlet", SITE_LINKS)
def test_more_from_the_site_names_it(line, outlet):
    assert find_outlet_evidence(line).name == outlet


AMPERSAND_SITES = [  # (banner, url, outlet)
    ("Hill & Vale", "https://www.hillandvale.example/culture/choir", "Hill & Vale"),
    ("Rod & Reel", "https://rodandreel.example/news/1", "Rod & Reel"),
]
AMPERSAND_NEAR = [
    ("Hill & Vale", "https://www.hillandvalley.example/culture/choir", "hillandvalley.example"),
]


@pytest.mark.parametrize("banner, url, outlet", AMPERSAND_SITES + AMPERSAND_NEAR)
def test_ampersand_spells_and_in_the_domain(banner, url, outlet):
    page = f"{banner}\nCulture\nA village choir turns 100\nBy Grace Fennimore\nDecember 2, 2024\n" + BODY
    assert _article(page, url).outlet_name == outlet


MAGAZINE_HEAD = ("THE LONG READ\nFeatures\nThe last lighthouse keeper\nFor forty years, Aled Rhys kept the lamp burning "
                 "on Skerry Point. Now the light is automatic.\n")
MONTH_BLOCKS = [  # (lines under the standfirst, (date, precision))
    ("Words by Nia Corran\nPhotographs by Ben Tollis\nMay 2024\n", ("2024-05-01", "month")),
    ("Words by Nia Corran\nMay 2024\n", ("2024-05-01", "month")),
]
MONTH_NEAR = [  # a month line under a sentence of the story is no date line of the block
    ("Words by Nia Corran\nThe lamp was first lit in 1901 and never failed in a storm.\nMay 2024\n", (None, None)),
]


@pytest.mark.parametrize("block, dated", MONTH_BLOCKS + MONTH_NEAR)
def test_month_line_under_a_picture_credit(block, dated):
    article = _article(MAGAZINE_HEAD + block + BODY, "https://www.thelongread.example/features/keeper")
    value = article.published_on.isoformat() if article.published_on else None
    assert (value, article.date_precision) == dated


RELEASE = ("National seed bank opens at Dorval\n{sender}\nMay 8, 2024\nThe national seed bank opened on Wednesday at "
           "Dorval, where it will store seeds of more than 4,000 native plants.\nThe building cost $18 million.\n")
SENDER_ROWS = [  # (banner, sender line, outlet)
    ("Ministry of Agriculture and Rural Affairs", "From: Ministry of Agriculture and Rural Affairs",
     "Ministry of Agriculture and Rural Affairs"),
    ("Department for Coastal Affairs", "From: the Department for Coastal Affairs", "Department for Coastal Affairs"),
]
SENDER_NEAR = [  # the sender names another body: the banner is not vouched for
    ("Ministry of Agriculture and Rural Affairs", "From: Ministry of Fisheries", "agri.gov.example"),
    ("Seed Bank Friends", "From: Seed Bank Friends", "agri.gov.example"),  # no institution's word
]


@pytest.mark.parametrize("banner, sender, outlet", SENDER_ROWS + SENDER_NEAR)
def test_institution_banner_named_by_the_sender_line(banner, sender, outlet):
    page = f"{banner}\nEnglish | Français\nNews release\n" + RELEASE.format(sender=sender)
    assert _article(page, "https://www.agri.gov.example/en/news/2024/seed-bank").outlet_name == outlet


from loaders.extract.text_article import without_reading_time  # noqa: E402

READ_TIMES = [
    ("Story by Imke Balder • 3 min read", "Story by Imke Balder"),
    ("By Imke Balder | 5 min read | May 4, 2024", "By Imke Balder | May 4, 2024"),
]
READ_TIME_NEAR = [
    ("By Imke Balder | May 4, 2024", "By Imke Balder | May 4, 2024"),
    ("By Imke Balder", "By Imke Balder"),
    ("3 min read", "3 min read"),
    ("By Imke Balder • Read more", "By Imke Balder • Read more"),
]


@pytest.mark.parametrize("byline, kept", READ_TIMES + READ_TIME_NEAR)
def test_reading_time_is_no_part_of_the_byline(byline, kept):
    assert without_reading_time(byline) == kept


def test_story_by_page_keeps_the_credit_only():
    page = "Portal News\nLake levels fall to record low\nStory by Imke Balder • 3 min read\n" + BODY
    article = _article(page, "https://www.portalnews.example/en-gb/news/world/lake-levels-fall")
    assert (article.byline, article.authors) == ("Story by Imke Balder", ["Imke Balder"])
