"""Page blocks: headline shape, the URL's slug, every headline signal on a page where it fires, and whole layouts."""
import pytest

from loaders.extract import boilerplate
from loaders.extract.pageblocks import (
    HEADLINE_SIGNALS, Page, find_headline, is_headline_shaped, is_names_line, reads_as_body, score_line,
    sentence_breaks, slug_cover, slug_tokens, tokens,
)

PARAGRAPH = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
             "outside the town hall on a wet afternoon.")
SECOND = ("Work will begin next month and last until the spring, officials said, and traffic will be diverted "
          "through the old town while the crews are at work on the span.")
BODY = f"{PARAGRAPH}\n{SECOND}\n{PARAGRAPH}"


def _page(text: str, url: str | None = None) -> Page:
    lines = [line.strip() for line in text.splitlines()]
    return Page(lines, boilerplate.scan_lines(lines), url)


def _headline(text: str, url: str | None = None) -> str | None:
    choice = find_headline(_page(text, url))
    return choice.text if choice else None


@pytest.mark.parametrize(
    ("line", "breaks"),
    [("St. Louis mayor quits after Dr. Roe report", 0), ("U.S. troops leave Kabul", 0), ("J. K. Rowling wins again", 0),
     ("No. 10 says no", 0), ("Laptop vs. Desktop: how many watts?", 0), ("He left. She stayed.", 1),
     ("Mt. Etna erupts as Gov. Roe visits", 0)],
)
def test_abbreviations_and_initials_end_no_sentence(line, breaks):
    assert sentence_breaks(line) == breaks


@pytest.mark.parametrize(
    ("line", "shaped"),
    [("St. Louis council votes to close Dr. King bridge", True), ("Can a thermostat save you money? Yes", True),
     ("{{ navItem.title }}", False), ("(888) 243-2555 | 555-0100", False), ("Officials said:", False),
     ("He left. She stayed.", False)],
)
def test_headline_shape(line, shaped):
    assert is_headline_shaped(line) == shaped


@pytest.mark.parametrize(
    ("url", "slug"),
    [("https://www.example.com/2019/11/19/opinion/republicans-elections-impeachment.html",
      ["republicans", "elections", "impeachment"]),
     ("https://example.com/the-best-french-press-coffee-makers-5197670", ["the", "best", "french", "press", "coffee",
                                                                           "makers"]),
     ("https://example.com/cars/your-car-maintenance-checklist-a6808357212/", ["your", "car", "maintenance",
                                                                              "checklist"]),
     ("https://example.com/news/123456", []), (None, []),
     # An id of numbers after the slug is skipped, not read as the slug's words.
     ("https://example.com/energy/council-shuts-old-bridge/4-2-998877", ["council", "shuts", "old", "bridge"])],
)
def test_slug_tokens(url, slug):
    assert slug_tokens(url) == slug


def test_slug_cover_matches_folded_words_and_word_starts():
    assert slug_cover(set(tokens("2025 Renovation Trends & Why They’re Smart")),
                      ["2025", "renovation", "trends", "why", "theyre", "smart"]) == 1.0
    assert slug_cover(set(tokens("Five Tips for Remote Teams")), ["remote", "team", "tip"]) == pytest.approx(2 / 3)


# One page per signal, and the line (index among the non-empty lines) on which the signal fires.
SIGNAL_EXAMPLES = {
    "slug": ("Home\nCouncil shuts the old bridge\n" + BODY, "https://x.example/news/council-shuts-old-bridge", 1),
    "slug-part": ("Council shuts the old bridge\n" + BODY, "https://x.example/news/old-bridge-repair-cost", 0),
    "repeated": ("Council shuts the old bridge\nCouncil shuts the old bridge\n" + BODY, None, 1),
    "above-meta": ("Council shuts the old bridge\nBy Jane Roe\n" + BODY, None, 0),
    "hangs-meta": ("Council shuts the old bridge\nMarch 3, 2021\n" + BODY, None, 0),
    "below-meta": ("March 3, 2021\nCouncil shuts the old bridge\n" + BODY, None, 1),
    "before-body": ("Council shuts the old bridge\n" + BODY, None, 0),
    "near-body": ("Council shuts the old bridge\nShare\nA\nB\nC\nD\nE\n" + BODY, None, 0),
    "top-line": ("Council shuts the old bridge\n" + BODY, None, 0),
    "first-line": ("Home\nNews\nSport\nCouncil shuts the old bridge\n" + BODY, None, 3),
    "headline-length": ("Council shuts the old bridge\n" + BODY, None, 0),
    "short": ("Bridge\n" + BODY, None, 0),
    "nav-run": ("Home\nNews\nSport\nWeather\nCulture\n" + BODY, None, 2),
    "menu-words": ("Log in\n" + BODY, None, 0),
    "menu-line": ("News | Sports | Weather\n" + BODY, None, 0),
    "kicker": ("LOCAL NEWS\nCouncil shuts the old bridge for a year\n" + BODY, None, 0),
    "label": ("Council shuts the old bridge for a year\nBack to news\nCity & Region\nBy Jane Roe\n" + BODY, None, 2),
    "title-case": ("Council Shuts the Old Bridge for a Year\n" + BODY, None, 0),
    "in-list": ("Ten bridges we loved this year\nThe old bridge in Riverton town\nThe new bridge in Easton town\n"
                "The long bridge in Westport town\n" + BODY, None, 2),
    "under-headline-block": ("Council shuts the old bridge\nBy Jane Roe\nMarch 3, 2021\nRepairs begin in spring\n" + BODY,
                             None, 3),
    "breadcrumb": ("Answers > Council shuts the old bridge\nCouncil shuts the old bridge\n" + BODY, None, 0),
    "path": ("Home > News > Council shuts the old bridge\n" + BODY, None, 0),
    "section-path": ("Sports › Football\nCouncil shuts the old bridge\n" + BODY, None, 0),
    "numbered-list": ("1. Home\n2. News\n3. Council shuts the old bridge\n" + BODY, None, 2),
    "contents": ("Council shuts the old bridge\nTable of contents\nWhat happened\nWhat comes next\n" + BODY, None, 2),
    "sentence": ("The council voted to close the old bridge for a year.\n" + BODY, None, 0),
    "question-to-reader": ("Do you want more web conversions?\n" + BODY, None, 0),
    "after-prose": (BODY + "\nWhat comes next\n" + BODY, None, 3),
}


def test_every_headline_signal_has_an_example():
    assert {signal.name for signal in HEADLINE_SIGNALS} == set(SIGNAL_EXAMPLES)


@pytest.mark.parametrize("signal", HEADLINE_SIGNALS, ids=[signal.name for signal in HEADLINE_SIGNALS])
def test_each_headline_signal_fires_on_its_example(signal):
    text, url, index = SIGNAL_EXAMPLES[signal.name]
    page = _page(text, url)
    assert signal.test(page, index), [page.texts[i] for i in range(len(page))]


@pytest.mark.parametrize(
    ("text", "url", "headline"),
    [
        # Menus above the headline; the slug picks it out.
        ("Home\nAbout\nBlog\nContact\nShop\nCheap fixes are the best!\nMarch 3, 2021\n" + BODY,
         "https://x.example/2021/03/cheap-fixes-are-the-best", "Cheap fixes are the best!"),
        # A section line and a menu line above the headline do not take its place.
        ("LOCAL NEWS\nNews | Sports | Weather\nCouncil shuts the old bridge\nBy Jane Roe\n" + BODY, None,
         "Council shuts the old bridge"),
        ("Singapore\nTransport\nCross Island Line delayed to 2032, says LTA\nOng Wei Ling\nSenior Correspondent\n"
         "Published Jan 21, 2026, 05:00 PM\n" + BODY, None, "Cross Island Line delayed to 2032, says LTA"),
        # Abbreviations do not cut a headline.
        ("St. Louis mayor backs Dr. Roe's plan for the old bridge\nBy Jane Roe\n" + BODY, None,
         "St. Louis mayor backs Dr. Roe's plan for the old bridge"),
        # A breadcrumb copied as a numbered list, then the headline.
        ("1. Home\n2. Certificate vs Certification\nCertificate vs Certification\n" + BODY,
         "https://x.example/certificate-vs-certification", "Certificate vs Certification"),
        # A promotion's question over the headline.
        ("Do you want more web conversions?\nYes, I want better conversions\nNo, I have good conversions\n"
         "Best supplement marketing agencies in the US\n" + BODY,
         "https://x.example/best-supplement-marketing-agencies-in-the-us",
         "Best supplement marketing agencies in the US"),
        # Without a URL: the layout alone. A numbered menu, then the headline right over the body.
        ("1. Coffee Talk\n2. Know Your Joe\n3. Recipes\n4. How To\nBrief History of Coffee\n" + BODY, None,
         "Brief History of Coffee"),
        # A breadcrumb path opening the page is not its first paragraph; the line under it is the headline.
        ("Home ▸ News Release ▸ Council Shuts the Old Bridge for Repairs After a Long and Heated Session Today\n"
         "Council Shuts the Old Bridge for Repairs After a Long and Heated Session Today\nPosted in News Release\n"
         + BODY, None, "Council Shuts the Old Bridge for Repairs After a Long and Heated Session Today"),
        # A category label between the headline and its byline is no headline.
        ("Best Practices for Closing an Old Bridge\nBack to blog\nProduct & Engineering\nBy Jane Roe\n8 min read\n"
         "Dec 08, 2023\n" + BODY, None, "Best Practices for Closing an Old Bridge"),
        # The breadcrumb's last item, further down, vouches for the headline over a menu item above a date.
        ("Testimonials\nFind A Location\nJanuary 8, 2025\nTop Bridge Repairs for 2025\n555-0100 Riverton\n"
         "555-0101 Easton\n555-0102 Westport\n555-0103 Northam\nSchedule Online\n"
         "Home > Blog > Top Bridge Repairs for 2025\n" + BODY, None, "Top Bridge Repairs for 2025"),
        # A long Title Case line without a full stop is the headline, not the first paragraph.
        ("Back to blog\n9 min read\nJan 15, 2026\nA Bridge Alternative for Towns Managing Traffic, Ferries, and "
         "Ongoing Repairs: How to Make the Switch to Boats\nJane Roe\n" + BODY, None,
         "A Bridge Alternative for Towns Managing Traffic, Ferries, and Ongoing Repairs: How to Make the Switch to Boats"),
        # Topic tags in lower case between the headline and its byline; a call to action over the byline is none.
        ("Events\nLogin\nFind your school\nStudy in Riverton\n\n"
         "Everything You Need to Know About Closing an Old Bridge\n\n"
         "bridges\ntown life\ncouncil news\nLet us help you find your best fit bridge! Find your bridge\n"
         "By Jane Roe\nPublished on July 18, 2025\n" + BODY, None,
         "Everything You Need to Know About Closing an Old Bridge"),
        # A live page's summary box between the headline and its editor: the bullets are no headline.
        ("Live\nBridge closure: traffic chaos in Riverton as the old bridge shuts\nSummary\n"
         "Drivers queued for an hour on the ring road north of the old town\nBuses are diverted; the ferry is full\n"
         "Schools stay open as usual\nEdited by Jane Roe\nSaturday 14 November 2026\n" + BODY, None,
         "Bridge closure: traffic chaos in Riverton as the old bridge shuts"),
        # A text that opens with prose has no headline, nor does its first sub-heading become one.
        (f"{PARAGRAPH}\n{SECOND}\n11 Bridges Worth a Detour\n{PARAGRAPH}", None, None),
        (BODY, None, None),
    ],
)
def test_find_headline_on_layouts(text, url, headline):
    assert _headline(text, url) == headline


def test_headline_evidence_names_the_signals_for_and_against():
    choice = find_headline(_page("1. Home\n2. Council shuts the old bridge\n" + BODY,
                                 "https://x.example/council-shuts-the-old-bridge"))
    assert choice.evidence.startswith("slug+")
    assert "against: numbered-list" in choice.evidence
    score, signals, against = score_line(_page("Council shuts the old bridge\n" + BODY), 0)
    assert score > 0 and "top-line" in signals and against == ()


def test_only_the_pages_first_lines_are_read_for_a_headline():
    # A page of menus without any prose: the candidates stop early, the features of the rest are never computed.
    text = "\n".join(f"Menu item {i}" for i in range(5000))
    page = _page(text)
    find_headline(page)
    assert sum(line is not None for line in page.lines._base) < 400


_LATE_URL = "https://x.example/news/the-old-bridge-closes-for-repairs-after-the-vote"


@pytest.mark.parametrize(("text", "late"), [
    # The copy opens with the article; the page's own headline stands in the list after it.
    (f"{BODY}\nMore news\nA new ferry for the town\n4 min read\nThe Old Bridge Closes for Repairs After the Vote\n"
     "4 min read", "The Old Bridge Closes for Repairs After the Vote"),
    # ... or last of all.
    (f"{BODY}\n{SECOND}\n{BODY}\nThe Old Bridge Closes for Repairs After the Vote",
     "The Old Bridge Closes for Repairs After the Vote"),
    # A headline block the layout vouches for stands, whatever a sub-heading further down says.
    (f"Council shuts the bridge\nBy Jane Roe\nMarch 3, 2021\n{BODY}\nThe Old Bridge Closes for Repairs After the Vote\n"
     f"{SECOND}", None),
    # A numbered list item or an address is no headline.
    (f"{BODY}\n1. The Old Bridge Closes for Repairs After the Vote", None),
    (f"{BODY}\nx.example/news/the-old-bridge-closes-for-repairs-after-the-vote", None),
])
def test_a_headline_copied_after_the_body(text, late):
    from loaders.extract.pageblocks import find_late_headline

    page = _page(text, _LATE_URL)
    found = find_late_headline(page, find_headline(page))
    assert (found.text if found else None) == late


@pytest.mark.parametrize(("line", "byline"), [
    ("Jane Roe | Riverton 4 News", True),  # a name, a separator, the outlet
    ("Jane Roe - RIVERTON", True),  # ... or the place she writes from
    ("Maria van Dijk • Staff", True),
    ("Paris | Berlin | Rome", False),  # a menu
    ("Bridge Closes | Riverton News", False),  # no given name first
    # After a comma only a whole outlet's name, a news agency or a job: "Paris, France" is a place.
    ("Jane Roe, Riverton News", True),
    ("Tomas Berg, Lakeside Daily Tribune", True),
    ("Maria Kent, Associated Press", True),
    ("Maria Kent, Senior Political Reporter", True),
    ("Paris, France", False),
    ("Maria Kent, Star of the Show", False),  # a newspaper word, but no outlet's name
    ("Rosa Parks, Civil Rights Icon", False),
    ("Bridge Closes, Riverton News", False),  # no given name first
])
def test_a_name_and_its_outlet_after_a_separator_is_a_byline(line, byline):
    from loaders.extract.pageblocks import is_byline

    assert is_byline(line) is byline


@pytest.mark.parametrize(("titled", "bare", "site"), [
    ("Council shuts the old bridge | The Riverton Post", "Council shuts the old bridge", "The Riverton Post"),
    ("Council shuts the old bridge - Riverton 4 News", "Council shuts the old bridge", "Riverton 4 News"),
    ("Council shuts the old bridge: what happens next.", "Council shuts the old bridge", None),  # a sentence
    ("Council shuts the old bridge and the ferry", "Council shuts the old bridge", None),  # no separator
    ("Bridge | The Riverton Post", "Bridge", None),  # too short to be a headline
])
def test_site_suffix_of_a_page_title_line(titled, bare, site):
    from loaders.extract.pageblocks import site_suffix

    assert site_suffix(titled, bare) == site


def test_a_page_title_line_gives_way_to_its_bare_headline():
    text = ("Home\nWeather\nCouncil shuts the old bridge - Riverton 4 News\nCouncil shuts the old bridge\n"
            "Jane Roe | Riverton 4 News\nPublished: 9:10 AM EST Jan 5, 2026\n" + BODY)
    choice = find_headline(_page(text))
    assert choice.text == "Council shuts the old bridge" and "page-title" in choice.signals


@pytest.mark.parametrize("line", ["Jane Austen - A Life", "Taylor Swift | Anti-Hero", "Newsroom"])
def test_a_name_and_a_title_after_a_separator_is_no_byline(line):
    from loaders.extract.pageblocks import is_byline

    assert not is_byline(line)


@pytest.mark.parametrize(("line", "body"), [
    # a paragraph opening with a dateline, in several styles
    ("LAGOS — Governor Ade Bello said on Monday that the state would reopen the ferry terminal.", True),
    ("NAIROBI, Kenya (Wirenews) — Police fired tear gas at protesters.", True),
    ("Hamburg – Die Stadt will den Hafen bis zum Sommer erweitern lassen, sagte der Senat", True),
    ("OSLO, May 6 (Nordwire) - Shipping rates rose.", True),
    # a long full-stopped sentence with a finite verb
    ("Governor Ade Bello said on Monday that the state would reopen the ferry terminal in the coming weeks.", True),
    ("The ferry terminal closed in May after a fire destroyed the ticket hall and two piers.", True),
    ("Le maire a déclaré lundi que le pont serait fermé pendant trois mois de travaux.", True),
    ("El gobierno dijo que el puerto volverá a abrir antes de que termine el verano.", True),
    # headlines: short, no final full stop, or Title Case, or no finite verb
    ("Ferry terminal reopens after fire", False),
    ("Governor says ferry terminal will reopen within weeks after fire destroyed ticket hall", False),
    ("Markets fell sharply on Tuesday.", False),  # short: a headline may be a short sentence
    ("Ten Things to Know Before You Travel to the Northern Islands.", False),
    ("One year of running a small bakery in a very cold town.", False),
    ("Lagos — a city that never sleeps", False),  # a dateline-like start of a short, unstopped headline
    ("BREAKING — Minister resigns after the bridge report is published in full", False),  # a kicker, no place
    ("Why the ferry terminal was closed for so long, and what comes next?", False),
    # a headline opening with two countries and a hyphenated word: no dateline dash
    ("Kenya, Uganda Sign Cross-Border Trade Pact, But Fishing Villages on the Lake Remain Wary", False),
])
def test_reads_as_body(line, body):
    assert reads_as_body(line) is body


@pytest.mark.parametrize("text", [
    f"LAGOS — Governor Ade Bello said on Monday that the state would reopen the ferry terminal.\n{SECOND}\n{PARAGRAPH}",
    f"{PARAGRAPH}\n{SECOND}",
    f"TORONTO (Wirenews) — The province reported fewer cases.\n{SECOND}\n{PARAGRAPH}",
])
def test_a_page_without_headline_line_has_no_headline(text):
    assert _headline(text) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [("Keo Sovann and Martin Blake", True),  # one known given name is enough
     ("Jo Roe, Ann Lee & Tom Pike", True),
     ("Simon and Garfunkel Reunite", False), ("Storm and Rain Hit Coast", False), ("Lakes, Rivers and Seas", False),
     ("Martin Blake and Associated Press", False),  # an agency with the name: a byline read elsewhere
     ("Martin Blake", False)],  # one name alone is `is_name_line`'s
)
def test_names_line(line, names):
    assert is_names_line(line) == names


def test_names_over_the_date_line_are_the_byline_not_the_headline():
    text = ("Riverside Courier\nNews\nSport\nFlood waters rise along the old canal as the pumps fail\n"
            "Residents say the water came faster than ever. Engineers say it will come again.\n"
            "Keo Sovann and Martin Blake\nPublished 3 March 2026 | 10:02\n" + BODY)
    url = "https://riverside.example/news/flood-waters-rise-along-the-old-canal-as-the-pumps-fail"
    assert _headline(text, url) == "Flood waters rise along the old canal as the pumps fail"
    assert _headline(text) == "Flood waters rise along the old canal as the pumps fail"


@pytest.mark.parametrize(("text", "folded"), [
    ("They’re Back", "theyre back"),
    ("M&A in São Tomé", "ma in sao tome"),
    ("Zoë Brontë-Ãlvarez", "zoe bronte-alvarez"),
    ("Cafe\u0301 Noe\u0308l", "cafe noel"),  # combining marks written apart
    ("\u0301Riverton \u0345", "riverton "),  # a mark with no letter before it goes too
    ("Ŀuna ﬁeld ½", "l·una field 1⁄2"),  # compatibility forms are spelled out, not dropped
    ("Plain words", "plain words"),
])
def test_fold_drops_case_accents_and_apostrophes_as_slugs_do(text, folded):
    from loaders.extract.pageblocks import _fold

    assert _fold(text) == folded


def test_a_live_page_s_entry_heading_under_its_clock_is_no_page_headline():
    # The page's headline stands above its date line; every entry opens with its clock, its heading and byline.
    text = ("Riverton Ledger\nLIVE\nCouncil votes on bridge closure as floods reach the old town\n"
            "Thursday, 12 March 2026 | Updated 3 hours ago\n23:10\nFerry service resumes across the harbour\n"
            f"By Jane Roe\n{PARAGRAPH}\n21:48\nCouncil passes closure in first vote\nBy Jo Bloggs\n{SECOND}")
    assert _headline(text) == "Council votes on bridge closure as floods reach the old town"
