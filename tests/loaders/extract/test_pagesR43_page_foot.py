"""pagesR43 (made-up rows): the page's foot under a "Related" box — the site's own line between the box's headlines
and the copyright (its blurb, "Join our channel.") is furniture, where the article's own last paragraph after an
inline box stays; an interview's editing note in brackets is the site's note; a surname joined to its particle
("al-Hamwi", "el-Sayed") is a byline's name."""
import pytest

from loaders.extract import boilerplate, text_article

_BODY = [
    "Harbour fees to rise",
    "The port authority said on Monday that fees for fishing boats would rise by a tenth from January, the first rise "
    "in six years, and that the money would pay for a new breakwater at the eastern pier.",
    "",
    "Skippers said the rise came at a bad time, with diesel at a record price and the winter catch still thin.",
    "",
]
_BOX = ["Related", "Fish prices fall at the Kestrel auction (November 18, 2026)",
        "New ice plant opens on the quay (October 30, 2026)"]

FOOT = [
    # hits: the site's line at the page's foot, under the box, over the copyright
    ("Harbour Courier is an independent, non-profit news organization. Support our journalism.", True),
    # (pagesR45: a blurb's subject must be the site, here the copyright holder)
    ("Harbour Courier is the English-language news service of Dagbladet Kestrel.", True),
    ("Get the latest news from the coast on WhatsApp. Join our channel.", True),
    ("Follow us on Telegram for the latest updates from the islands.", True),
    ("The Harbour Courier is a member of the Island Press Council.", True),
    # near misses: the article's own last line after an inline box, or reported speech
    ("The authority will vote on the final rates at its meeting on December 14, a spokesman said.", False),
    ("“We will fish anyway, because we have no choice,” said one skipper on the quay.", False),
    ("The breakwater is expected to be finished by the spring of 2028.", False),
    ("Skippers at the quay said they would meet the authority again next week to press their case.", False),
    ("Harbour Courier reporters asked the authority for its accounts but received no reply by Monday.", False),
    ("Our reporter at the quay counted eleven boats tied up on Monday, half the usual number.", False),
    ("Dana Cole is a reporter for the Harbour Courier who covers the fishing fleet.", False),
]


@pytest.mark.parametrize("line,cut", FOOT)
def test_site_line_at_the_page_foot_under_a_related_box(line, cut):
    lines = _BODY + _BOX + [line, "© 2026 Harbour Courier. All rights reserved.", ""]
    labels = boilerplate.scan_lines(lines)
    assert (labels[len(_BODY) + len(_BOX)] is not None) is cut


def test_article_going_on_after_the_box_with_more_paragraphs_stays():
    line = "Get the latest news from the coast on WhatsApp. Join our channel."
    lines = _BODY + _BOX + [line, "",
                            "The authority said the new fees would be reviewed after two years of use.", "",
                            "© 2026 Harbour Courier. All rights reserved.", ""]
    labels = boilerplate.scan_lines(lines)
    assert labels[len(_BODY) + len(_BOX) + 2] is None


NOTES = [
    ("(The interview has been edited for length and clarity.)", True),
    ("(This interview was condensed and edited.)", True),
    ("[This conversation has been lightly edited.]", True),
    # near misses
    ("(The interview was held in Spanish and translated by the Courier.)", False),
    ("(The interview was cut short when the power failed.)", False),
    ("(The council's minutes have been edited since, she said.)", False),
]


@pytest.mark.parametrize("line,cut", NOTES)
def test_bracketed_editing_note(line, cut):
    assert (boilerplate.classify_line(line) is not None) is cut


BYLINES = [
    ("By Razan al-Hamwi", ["Razan al-Hamwi"]),
    ("By Omar el-Sayed and Jo Roe", ["Omar el-Sayed", "Jo Roe"]),
    ("By Hala bin-Talal", ["Hala bin-Talal"]),
    ("By Noor Abu-Zeid", ["Noor Abu-Zeid"]),
    # near misses: no capital after the particle's hyphen, or no particle
    ("By Jo Roe al-most", []),
    ("By staff al-Hamwi", []),
    ("By Jo anti-Roe", []),
    ("By Razan el-hamwi", []),
]


@pytest.mark.parametrize("byline,authors", BYLINES)
def test_surname_joined_to_its_particle(byline, authors):
    assert text_article.authors_from_byline(byline) == authors


# Review of pagesR42 (its NEWLY WRONG items, made-up rows): another language's "All rights reserved" is a copyright
# line only opening the line or after the holder's name; a sentence closing on the words stays the story's.
RIGHTS = [
    ("Harlow Zeitung GmbH. Alle Rechte vorbehalten.", True),
    ("Tous droits réservés.", True),
    ("Giornale di Harlow – Tutti i diritti riservati", True),
    ("El Cóndor Diario 2026. Todos los derechos reservados.", True),
    ("Every leaflet ends on the same words in grey type, tous droits réservés.", False),
    ("The curator said each of the posters closes on the printer's line: alle Rechte vorbehalten.", False),
    ("On the back of each ticket the club printed todos los derechos reservados.", False),
    ("Her grandfather had stamped the phrase on every reel, tutti i diritti riservati.", False),
]


@pytest.mark.parametrize("line,cut", RIGHTS)
def test_rights_phrase_of_another_language_only_as_the_line(line, cut):
    assert (boilerplate.classify_line(line) == "copyright") is cut


_STORY = "The council approved the new ferry timetable on Tuesday after a long debate about the winter crossings."
LISTS = [
    # hits: the fact list's items, stopped or not, lower case under a stop
    ([_STORY, "- The valley keeps about 180 kilometres of river walls.", "- the walls protect some 2,000 homes behind them",
      "- the repairs are paid from the flood fund"], 4),
    ([_STORY, "- Harlow has 40 kilometres of river walls.", "- most of them were built after the 1953 storm."], 3),
    # near misses: links in sentence case under a stopped item start another list
    ([_STORY, "- The valley keeps about 180 kilometres of river walls.", "- Minister visits Harlow farm to mark harvest",
      "- Province names new chief of the fisheries board"], 2),
    ([_STORY, "- The ferry runs twice a day in winter.", "- Storm warning issued for the northern coast"], 2),
]


@pytest.mark.parametrize("paragraphs,kept", LISTS)
def test_fact_list_under_a_stop_stops_at_a_capital(paragraphs, kept):
    parts = text_article.TextParts()
    assert len(text_article._drop_trailing_furniture(list(paragraphs), parts)) == kept
