"""Made-up pages from the reviews' case lists, read the way a reviewer's runner read them: each case a dict with an
`id`, a format (`fmt`), the page's `text` and its manifest `url` (or none). Shared by the review regression files
(test_pagesJ_review_body.py, test_pagesJ_review_dates.py, test_pagesK_review.py)."""
from loaders.extract.article import extract_article
from loaders.records import ArticleRecord, SourceDocument
from loaders.registry import Registry


def read_review_page(case: dict, registry: Registry) -> ArticleRecord:
    given = {"url": case["url"]} if case["url"] else {}
    return extract_article(SourceDocument(case["id"] + "." + case["fmt"], case["fmt"], case["text"], given), registry)


def body_paragraphs(article: ArticleRecord) -> list[str]:
    return [part for part in (article.body or "").split("\n\n") if part.strip()]
