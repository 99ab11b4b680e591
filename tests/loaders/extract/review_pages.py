"""Made-up pages from the reviews' case lists, read the way a reviewer's runner read them: each case a dict with an
`id`, a format (`fmt`), the page's `text` and its manifest `url` (or none). Shared by the review regression files
(test_pagesJ_review_body.py, test_pagesJ_review_dates.py, test_pagesK_review.py): the reader, the bundled
registry as a module fixture, the pagesJ files' checker, and the storm page (`HEAD`, `LEDE`, `REST`) that the caption
files build their headline blocks around (test_pagesH_captions.py, test_pages_credits_captions.py)."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry, bundled_registry_dir, load_registry

HEAD = "Riverton Courier\nNews\nSport\nStorm closes schools across Riverton\nJo Roe\n12 November 2026\n"
LEDE = ("Schools across Riverton were closed on Thursday as a storm brought gusts of over 100 kilometres per hour "
        "to the coast, the weather office said.")
REST = ("The office said the storm would move west during the afternoon and that the warning would stay in force "
        "until at least four o'clock, when it would be reviewed.\n"
        "Ferry services to the islands were suspended for the day, and the airport said more than 80 flights had "
        "been cancelled or delayed by the wind.")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(bundled_registry_dir())


def read_review_page(case: dict, registry: Registry) -> ArticleRecord:
    given = {"url": case["url"]} if case["url"] else {}
    return extract_article(SourceDocument(case["id"] + "." + case["fmt"], case["fmt"], case["text"], given), registry)


def body_paragraphs(article: ArticleRecord) -> list[str]:
    return [part for part in (article.body or "").split("\n\n") if part.strip()]


def check_review_page(case: dict, registry: Registry) -> None:
    """The page's headline, authors (in order), body edges (the first and last paragraphs hold the expected words)
    and date: the expected day, or its year when the case allows a year-only reading (`year_ok`)."""
    article = read_review_page(case, registry)
    expected = case["expected"]
    paragraphs = body_paragraphs(article)
    assert article.title == expected["title"]
    assert list(article.authors) == expected["authors"]
    assert paragraphs and expected["first"] in paragraphs[0], paragraphs[:1]
    assert expected["last"] in paragraphs[-1], paragraphs[-1:]
    assert article.published_on is not None
    if article.date_precision == "day":
        assert article.published_on.isoformat() == expected["date"]
    else:
        assert case.get("year_ok") and article.date_precision == "year"
        assert str(article.published_on.year) == expected["date"][:4]
