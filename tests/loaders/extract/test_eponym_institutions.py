"""A name in the possessive before a capitalised institution's word ("Queen Ingrid's Hospital", "King Olav's
School", "Jo Roe's College"), untitled or titled as a namesake is (a royal's or a saint's title), its last word
written nowhere else in the article: the institution's namesake, no person of the article."""
import pytest

from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry


def _people(body: str) -> list[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body)
    return [p.name for p in extract_people(article, Registry())]


ROWS = [
    # the institution's namesake only
    ("She said the city's Queen Astrid's Hospital would reserve two beds for patients.", []),
    ("Patients at Queen Astrid's Hospital waited for hours, the nurse said.", []),
    ("She said King Haakon's School would open in May.", []),
    ("The choir of Prince Oswin's College sang on Sunday.", []),
    ("Pupils at Tobias Quandt's School walked out on Monday.", []),
    ("A fire damaged Saint Elwin's Church overnight, police said.", []),
    # ... and a possessive written with a bare apostrophe after an "s" ("King James' School", "Tess Ross' Guide")
    ("Pupils at King Magnus' School walked out on Monday.", []),
    ("Pupils at Tobias Voss' School walked out on Monday.", []),
    ("Tess Voss' Guide to Carrow Pubs lists 40 inns, the council said.", []),
    # near misses: the namesake told of elsewhere, an office's title, a lowercase noun after the name, another word
    ("She said Queen Astrid's Hospital would open. Queen Astrid visited it in 1950.", ["Astrid"]),
    ("She said Queen Astrid's visit was short.", ["Astrid"]),
    ("She said Mayor Ana Quandt's School plan would cost more.", ["Ana Quandt"]),
    ("Mayor Ana Quandt's school plan would cost more, she said.", ["Ana Quandt"]),
    ("Historian Tobias Quandt's College history sold well.", ["Tobias Quandt"]),
    ("Tobias Quandt's school closed in May. Quandt said he was sad.", ["Tobias Quandt"]),
    ("Tobias Quandt's Hospital Fund raised money, Quandt said.", ["Tobias Quandt"]),
    ("Tobias Quandt's Office said it would reply.", ["Tobias Quandt"]),
    ("Tess Voss' Guide to Carrow Pubs lists 40 inns. Voss, a former brewer, wrote it.", ["Tess Voss"]),
    ("Tobias Voss' school closed in May, officials said.", ["Tobias Voss"]),
    ("Pupils of Tobias Voss' class walked out. Voss said he was sad.", ["Tobias Voss"]),
    ("The farmers' Guide to Rain sold well, Tobias Voss said.", ["Tobias Voss"]),
]


@pytest.mark.parametrize(("body", "names"), ROWS)
def test_eponym_institution(body, names):
    assert _people(body) == names
