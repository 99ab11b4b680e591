"""pagesR45 (made-up rows): mend of the review of pagesR44. (1) The line after an inline "Read more" box is the
site's blurb only when its subject is the site itself: the name the copyright line below holds (whole, not a word of
it) or the banner printed alone over the headline. A story's closing line about another paper stays ("The Brookton
Gazette is a weekly paper that lost its office in the flood."). (2) A bracketed interview note ends on the editing
words of the interview cues ("for length and clarity", "and condensed"); "(The interview was edited by the station
without her consent.)" reports an edit. (3) A state's name over the masthead counts only on a government's site, and
a Title-Case headline with a verb after the name ("Kingdom of Kestria Crowns New King") is no state's name."""
import pytest

from loaders.extract import boilerplate
from loaders.extract.article import extract_article, state_name_line
from loaders.records import SourceDocument
from loaders.registry import bundled_registry_dir, load_registry

REGISTRY = load_registry(bundled_registry_dir())

_BODY = [
    "Flood aid reaches the valley",
    "The province said on Monday that the first flood payments had reached 400 farms in the valley, three weeks after "
    "the river broke its banks and covered the lower fields.",
    "",
    "Farmers said the money came late for the winter sowing, with seed prices up by a third since the summer.",
    "",
]
_BOX = ["Read more", "Valley schools reopen after the floods", "Barley prices climb at the Brookton market"]

FOOT = [
    # hits: the subject is the copyright holder, whole
    ("Kestrel Monitor is the English-language news service of Kestrel Media Group.", "© 2026 Kestrel Monitor", True),
    ("The Kestrel Monitor is a weekly paper for the upper valley.", "Copyright 2026 The Kestrel Monitor. All rights "
     "reserved.", True),
    ("Kestrel Monitor is a member of the Regional Press Council.", "© 2021-2026 Kestrel Monitor | Privacy", True),
    # near misses: another outlet, or a word of the holder's name only
    ("The Brookton Gazette is a weekly paper that lost its office in the flood.", "© 2026 Kestrel Monitor", False),
    ("Radio Harlow is the only station still broadcasting in the upper valley.", "© 2026 Kestrel Monitor", False),
    ("Kestrel is the oldest news agency in the province.", "© 2026 Kestrel Monitor", False),
    ("Kestrel Monitor Weekly is a farm paper printed in Brookton.", "© 2026 Kestrel Monitor", False),
    ("The Valley Herald is one of the papers that shared the flood pictures.", "© 2026 Kestrel Monitor", False),
]


@pytest.mark.parametrize("line,copyright_line,cut", FOOT)
def test_site_blurb_names_the_copyright_holder(line, copyright_line, cut):
    lines = _BODY + _BOX + [line, copyright_line, ""]
    labels = boilerplate.scan_lines(lines)
    assert (labels[len(_BODY) + len(_BOX)] is not None) is cut


BANNERED = [
    # hit: the banner over the headline is the subject
    ("Brookton Today", "Brookton Today is an independent news website for the upper valley.", True),
    # near misses: the banner is another name
    ("Brookton Today", "The Brookton Gazette is an independent news website for the lower valley.", False),
    ("Brookton Today", "Brookton is the largest town in the upper valley.", False),
]


@pytest.mark.parametrize("banner,line,cut", BANNERED)
def test_site_blurb_names_the_banner(banner, line, cut):
    lines = [banner, ""] + _BODY + _BOX + [line, "© 2026 Brookton Media Ltd", ""]
    labels = boilerplate.scan_lines(lines)
    assert (labels[2 + len(_BODY) + len(_BOX)] is not None) is cut


NOTES = [
    # hits: the editing words of the cues only
    ("(The interview has been edited for length and clarity.)", True),
    ("(This interview has been edited and condensed for clarity.)", True),
    ("[This conversation was condensed for brevity.]", True),
    ("(The interview was edited for length, clarity.)", True),
    # near misses: an agent or a purpose that is no editing word
    ("(The interview was edited by the station without her consent.)", False),
    ("(The interview was edited by her press office before it aired.)", False),
    ("(The interview was edited for broadcast by the station.)", False),
    ("(The interview was edited for the evening bulletin.)", False),
    ("(The interview was condensed and cut by the producers.)", False),
]


@pytest.mark.parametrize("line,cut", NOTES)
def test_bracketed_note_takes_only_editing_words(line, cut):
    assert (boilerplate.classify_line(line) is not None) is cut


@pytest.mark.parametrize("line, expected", [
    # hits: states' names, some closing on an -s word
    ("Republic of the Marshall Islands", True),
    ("Kingdom of Saint Kitts and Nevis", True),
    ("Republic of Seychelles", True),
    ("Kingdom of the Netherlands", True),
    # near misses: Title-Case headlines with a verb after the name
    ("Kingdom of Kestria Crowns New King", False),
    ("Republic Of Kestria Opens Grain Depots", False),
    ("Republic of Kestria Votes", False),
    ("Kingdom of Kestria Slams Tariff Plan", False),
    ("Republic of Varnia Unveils Budget", False),
])
def test_a_title_case_headline_is_no_state_line(line, expected):
    assert state_name_line(line) is expected


STORY = ("Harbour road to reopen after flood repairs\n"
         "By Lio Demarco\n"
         "Published on December 2, 2026\n"
         "PORT ALDEN, Dec. 2 (VIA) -- The regional roads office said on Wednesday that the harbour road would reopen "
         "to trucks next week after repairs to three culverts.\n\n"
         "Engineers told VIA that the last section would be finished by Friday if the weather holds.\n\n"
         "The road carries most of the province's fish exports to the capital.\n")


@pytest.mark.parametrize("url, expected", [
    # hit: a government's site
    ("https://via.gov.example/news/2026/12/02/harbour-road", "Varnia Information Agency"),
    # near miss: a newspaper's site, where the state's name is a headline-long line as before
    ("https://portalden-post.example/news/2026/12/02/harbour-road", None),
])
def test_the_state_line_only_on_a_government_site(url, expected):
    raw = "The Republic of the Varnian Isles\nVarnia Information Agency\nHome\nNews\nRegions\nFeatures\n" + STORY
    outlet = extract_article(SourceDocument("made-up.txt", "txt", raw, {"url": url}), REGISTRY).outlet_name
    if expected is None:
        assert outlet != "Varnia Information Agency"
    else:
        assert outlet == expected
