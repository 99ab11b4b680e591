"""A text run through the people step and then the quotes step, as ingest runs them (empty registry): shared by the
speaker tests that read who a quote's speaker is; and the indirect clauses of a text whose cast is given
(`indirect_clauses`), shared by the indirect-shape files."""
from loaders.extract.people import extract_people
from loaders.extract.quotes import extract_quotes
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import cast_people


def quotes_of(text: str):
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=text, body=text)
    registry = Registry()
    return extract_quotes(article, extract_people(article, registry), registry)


def speakers_of(text: str) -> dict[str, str | None]:
    """Each quote's words (trailing comma or stop dropped) and who said them: a name, else the label."""
    return {q.text.rstrip(",. "): q.speaker_name or q.speaker_label for q in quotes_of(text)}


def quote_with(text: str, words: str):
    """The one quote holding these words."""
    [quote] = [q for q in quotes_of(text) if words in q.text]
    return quote


def indirect_clauses(body: str, cast: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """(clause, speaker) of each indirect quote, the people being the given cast wherever the body names them."""
    people = cast_people(body, cast)
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [(q.text, q.speaker_name) for q in extract_quotes(article, people, Registry()) if q.kind == "indirect"]
