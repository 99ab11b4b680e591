"""A text run through the people step and then the quotes step, as ingest runs them (empty registry): shared by the
speaker tests that read who a quote's speaker is."""
from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry


def quotes_of(text: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    return extract_quotes(article, extract_people(article, registry), registry)


def quote_with(text: str, words: str):
    """The one quote holding these words."""
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote
