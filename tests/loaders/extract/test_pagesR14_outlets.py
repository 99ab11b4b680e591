"""A one-word line at the top of a page that its copyright line opens on, spelt the same ("KESTRAK" over the menu,
"© KESTRAK. All rights reserved." at the foot), is the site's banner and its name, even over a full name printed
under it and a host that spells it otherwise. Rows: (top lines, copyright line, the outlet's name). Made up."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_BODY = ("Riverton, March 3. The port authority agreed on Tuesday to build two more ferry berths at the southern "
         "terminal, according to a statement issued after talks in the capital.\n\n"
         "The berths would take ferries of up to 190 metres, the statement said, and open by the end of 2028.\n")

ROWS = [
    # positives: the copyright line opens on the top word
    ("KESTRAK\nKestrel State News Agency\n", "© KESTRAK. All rights reserved.", "KESTRAK"),
    ("KESTRAK\nKestrel State News Agency\n", "Copyright © 2026 KESTRAK", "KESTRAK"),
    ("Tarnwire\nKestrel State News Agency\n", "© 2026 Tarnwire. All rights reserved.", "Tarnwire"),
    # near misses: the word only inside another name, in another case, not opening the line, no copyright line
    ("KESTRAK\nKestrel State News Agency\n", "© Kestrel State News Agency. KESTRAK photos.",
     "Kestrel State News Agency"),
    ("Tarnwire\nKestrel State News Agency\n", "© 2026 TARNWIRE MEDIA", "Kestrel State News Agency"),
    ("Tarnwire\nKestrel State News Agency\n", "© 2026 Tarnwire Holdings", "Kestrel State News Agency"),
    ("KESTRAK\nKestrel State News Agency\n", "All rights reserved.", "Kestrel State News Agency"),
]


@pytest.mark.parametrize(("top", "copyright", "outlet"), ROWS)
def test_a_one_word_banner_the_copyright_line_opens_on_names_the_site(top, copyright, outlet):
    raw = f"{top}Home\nPolitics\nEconomy\nFerry berths agreed for the southern terminal\n03.03.2026\n{_BODY}{copyright}\n"
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://www.portnews.example/en/1"}),
                              Registry())
    assert article.outlet_name == outlet


# A host whose label is a newspaper word ("herald.example") is spelled by a line of its own opening on it, unless the
# line closes on a desk's word: "Herald Newsroom" under the headline is the desk credited as the byline, and the
# banner at the top names the site. Rows: (the line under the headline, the outlet's name). Made up.
DESK_ROWS = [
    # positives: the desk's credit yields to the banner
    ("Herald Newsroom", "Riverton Valley Herald"),
    ("Herald Staff", "Riverton Valley Herald"),
    ("Herald Reporters", "Riverton Valley Herald"),
    # near misses: a name line without a desk word still spells the host; a person's byline changes nothing
    ("Herald International", "Herald International"),
    ("Herald Weekend", "Herald Weekend"),
    ("By Jo Marden", "Riverton Valley Herald"),
]


@pytest.mark.parametrize(("credit", "outlet"), DESK_ROWS)
def test_a_desk_credit_spelling_a_newspaper_word_host_is_no_banner(credit, outlet):
    raw = (f"Riverton Valley Herald\nHome\nNews\nSport\nFerry berths agreed for the southern terminal\n{credit}\n"
           f"March 3, 2026\n{_BODY}")
    article = extract_article(SourceDocument("x.txt", "txt", raw, {"url": "https://www.herald.example/news/1"}),
                              Registry())
    assert article.outlet_name == outlet
