"""A byline's label alone on its line over the writer's name, "Author of the article:" (`data.credits`), at the
top is the byline's label and at the end opens the author box, which leaves the body. Rows: (the label line at the
top, the label line at the end, expected byline, the body's last words). Made-up pages."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("The net spread across the driveway is older than her grandson, and she runs her fingers along the mesh.\n"
         "\"It doesn't matter if we don't use it,\" she says. \"The mice find it anyway.\"\n")
_LAST = "The mice find it anyway.\""

ROWS = [
    ("Author of the article:", "Author of the article:", "Marta Quill", _LAST),
    ("Author of the article:", None, "Marta Quill", _LAST),
    (None, "Author of the article:", "By Marta Quill", _LAST),
    # near misses: the words inside a sentence are the story's; other labels stay as they were
    (None, "The author of the article, Marta Quill, grew up on the river and still fishes it every summer.",
     "By Marta Quill", "still fishes it every summer."),
    ("Author:", "Author:", "Marta Quill", _LAST),
    ("Written by", None, "Marta Quill", _LAST),
]


@pytest.mark.parametrize(("top", "end", "byline", "last"), ROWS)
def test_author_of_the_article_label(top, end, byline, last):
    head = f"{top}\nMarta Quill" if top else "By Marta Quill"
    tail = f"{end}\nMarta Quill covers the river for the Harbour Daily.\n" if end and end.endswith(":") else (
        f"{end}\n" if end else "")
    raw = (f"Harbour Daily\nNews\nFishing families face a season with no salmon\nTwo women wonder who will still "
           f"be fishing\n{head}\nPublished Sep 19, 2026  •  6 minute read\n{_BODY}{tail}Share this article\n")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())
    assert (article.byline, article.authors) == (byline, ["Marta Quill"])
    assert article.body.split("\n\n")[-1].endswith(last)


# pagesR34: the label and the writer's name on one line under the standfirst are the byline as the page writes it;
# the label before a sentence or a lower-case phrase is none.
@pytest.mark.parametrize(("line", "byline"), [
    ("Author of the article: Marta Quill", "Author of the article: Marta Quill"),
    ("Author of the article: Ines Harrow-Vale", "Author of the article: Ines Harrow-Vale"),
    ("Author of the article: We never learned who wrote the notice.", None),
    ("Author of the article: the newsroom", None),
])
def test_author_of_the_article_label_and_name_on_one_line(line, byline):
    raw = ("Riverton Ledger\nNews\nNets hang idle as the mice move in\nA grandmother keeps the old mesh up.\n"
           f"{line}\nPublished Mar 03, 2026\n{_BODY}")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {}), Registry())
    assert article.byline == byline
