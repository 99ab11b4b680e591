"""Headline-block shapes the blind sets fresh17 and fresh18 showed missing (#10, round 2), on made-up pages: a
headline of two full-stopped sentences (an opinion page's), a date line giving only a month ("November 2026"),
a byline whose label stands alone over the name ("Author:" / "Jo Roe"), a match's score line under the headline
(the standfirst, no headline), a one-line date, section and byline ("On May 4, 2026 9:10 am In Sport by Jo Roe"),
a summary sentence over a paragraph opened by the story's dateline (the standfirst), a press release's contact
lines closing the body, a menu item spelling a registered outlet's name, and a name spelled with small linking
words ("Notes from Riverton" on notesfromriverton.example). Every row's expectations were written before the
article step was run on it; rows marked "near" are near misses that must keep today's reading.
Gold conventions (tests/data/fresh*/README.md): standfirsts are the subtitle, a dateline opener is body, a month
date has precision "month", contact lines and captions are furniture."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry, bundled_registry_dir, load_registry

_MENU = "Riverton Ledger\nHome\nNews\nPolitics\nBusiness\nOpinion\n"
_LEDE = ("I have lived on Kestrel Street for eleven years, and I have learned to read the neighbourhood's mood by "
         "the sound of the bins on Tuesday mornings.")
_SECOND = "In March the lorries came twice a week. This month, at least on my block, they have come once."
_THIRD = ("The council said on Monday that a new contract would be signed before the end of the year, and that the "
          "missed rounds had been caused by a shortage of drivers.")

# (name, page text, url, expected fields): fields among title, subtitle, byline, date (published, precision),
# first (the body's first words), last (its last words), outlet.
PAGES = [
    # 1. an opinion headline of two full-stopped sentences over its standfirst and byline
    ("two_stopped_sentences", _MENU + """Kestrel Street's bin rounds are not a service. They are a lottery.
When the lorries skip a street for the third week running, its people stop believing the council, writes Ann Lee.
By Ann Lee
March 14, 2026
""" + _LEDE + "\n" + _SECOND + "\n" + _THIRD + "\n© 2026 Riverton Ledger",
     None, {"title": "Kestrel Street's bin rounds are not a service. They are a lottery.",
            "subtitle": "When the lorries skip a street for the third week running, its people stop believing the council, writes Ann Lee.",
            "byline": "By Ann Lee", "date": ("2026-03-14", "day"), "first": "I have lived on Kestrel Street"}),
    # 2. (near) two short sentences opening the body under a one-sentence headline stay the body's
    ("near_two_sentences_body", _MENU + """Council misses bin rounds on Kestrel Street for third week
By Ann Lee
March 14, 2026
""" + _SECOND + "\n" + _LEDE + "\n" + _THIRD,
     None, {"title": "Council misses bin rounds on Kestrel Street for third week", "byline": "By Ann Lee",
            "first": "In March the lorries came twice a week."}),
    # 3. a date line giving only the month, under the byline
    ("month_only_date", _MENU + """Kestrel Street waits for its bin lorries
By Ann Lee
November 2026
""" + _LEDE + "\n" + _THIRD,
     None, {"title": "Kestrel Street waits for its bin lorries", "byline": "By Ann Lee",
            "date": ("2026-11", "month"), "first": "I have lived on Kestrel Street"}),
    # 4. (near) a month and year inside the body's first sentence date nothing
    ("near_month_in_lede", _MENU + """Kestrel Street waits for its bin lorries
By Ann Lee
In November 2026 the council promised new lorries; none have come.
""" + _THIRD,
     None, {"title": "Kestrel Street waits for its bin lorries", "byline": "By Ann Lee", "date": (None, None),
            "first": "In November 2026 the council promised"}),
    # 5. a byline's label alone on its line, the name under it, then the date line
    ("byline_label_alone", _MENU + """Riverton's ferry workers vote to strike over rosters
Crews say new shift patterns leave them too tired to sail safely. The operator says the rosters are legal.
Author:
Jo Fenwick
Published: 4 May 2026 09:10
""" + _THIRD + "\n" + _LEDE,
     None, {"title": "Riverton's ferry workers vote to strike over rosters",
            "subtitle": "Crews say new shift patterns leave them too tired to sail safely. The operator says the rosters are legal.",
            "byline": "Jo Fenwick", "date": ("2026-05-04", "day"), "first": "The council said on Monday"}),
    # 5b. (near) a byline's label alone over no name gives no byline
    ("near_label_over_no_name", _MENU + """Riverton's ferry workers vote to strike over rosters
Published: 4 May 2026 09:10
Author:
The union's ballot closed on Friday with 82 percent of crews in favour of a strike over the new rosters.
""" + _THIRD,
     None, {"title": "Riverton's ferry workers vote to strike over rosters", "byline": None,
            "date": ("2026-05-04", "day"), "first": "The union's ballot closed"}),
    # 5c. an update stamp read off a credit chain, with no published stamp, dates nothing
    ("chain_update_only", _MENU + """How to choose a water filter for a rented flat
Medically reviewed by Sara Quinn, RD — Written by Paul Hendry — Updated on April 2, 2026
""" + _THIRD + "\n" + _LEDE,
     None, {"byline": "Written by Paul Hendry", "date": (None, None)}),
    # 5d. (near) a published stamp in the chain still dates the page
    ("near_chain_published", _MENU + """How to choose a water filter for a rented flat
Medically reviewed by Sara Quinn, RD — Written by Paul Hendry — Published on April 2, 2026
""" + _THIRD + "\n" + _LEDE,
     None, {"byline": "Written by Paul Hendry", "date": ("2026-04-02", "day")}),
    # 5e. (near) an update stamp on a date line of its own, no chain, keeps dating the page (tune evidence: right on
    # 6 visible-day pages for 2 wrong)
    ("near_update_line_alone", _MENU + """How to choose a water filter for a rented flat
By Paul Hendry
Updated on April 2, 2026
""" + _THIRD + "\n" + _LEDE,
     None, {"byline": "By Paul Hendry", "date": ("2026-04-02", "day")}),
    # 5f. a name over the writer's job line over the date line: the name is the byline
    ("name_role_date", _MENU + """Bin lorries broke the rounds again. Stop letting them mark their own work.
Another missed week, another excuse. Residents deserve collections that arrive on time.
Ann Lee
Opinion columnist
Published 5:00 a.m. ET July 15, 2026
""" + _LEDE + "\n" + _THIRD,
     None, {"title": "Bin lorries broke the rounds again. Stop letting them mark their own work.",
            "subtitle": "Another missed week, another excuse. Residents deserve collections that arrive on time.",
            "byline": "Ann Lee", "date": ("2026-07-15", "day"), "first": "I have lived on Kestrel Street"}),
    # 5g. (near) a name over a line that is no job ("Riverton Quay") and no date under them: no byline from them
    ("near_name_over_place", _MENU + """Kestrel Street waits for its bin lorries
Ann Lee
Riverton Quay Tower
""" + _LEDE + "\n" + _THIRD,
     None, {"title": "Kestrel Street waits for its bin lorries", "date": (None, None)}),
    # 6. a match's score line under the headline is its standfirst
    ("score_line", _MENU + """Late header keeps Riverton's promotion hopes alive
Riverton Rovers 2 Kestrel Town 1
Jo Fenwick
Sat, 03 Oct, 2026 - 00:15
Sam Doyle's header three minutes into stoppage time gave Riverton Rovers a dramatic win over Kestrel Town at the Quay Ground on Friday night.
Kestrel had looked set for a draw after Lee Moran cancelled out the opener.
"We never stopped," said Doyle.
""",
     None, {"title": "Late header keeps Riverton's promotion hopes alive", "subtitle": "Riverton Rovers 2 Kestrel Town 1",
            "byline": "Jo Fenwick", "date": ("2026-10-03", "day"), "first": "Sam Doyle's header"}),
    # 6b. the line-ups and the referee's line close the match report's body
    ("lineups_close_body", _MENU + """Late header keeps Riverton's promotion hopes alive
Jo Fenwick
Sat, 03 Oct, 2026 - 00:15
Sam Doyle's header three minutes into stoppage time gave Riverton Rovers a dramatic win over Kestrel Town at the Quay Ground on Friday night.
Kestrel had looked set for a draw after Lee Moran cancelled out the opener.
RIVERTON ROVERS: Murphy; Coughlan, Keane, Doyle, Barry; Walsh, Hegarty (Lynch 83); Cotter, Healy; Fenwick.
KESTREL TOWN: Ryan; Farrell, Kinsella, Moran, Dunne; Breen, Quinn; Nolan, Carey; Maher.
Referee: Kevin Doyle (Riverton).
More in this section
Rovers close in on title after derby win
Fri, 02 Oct, 2026 - 22:05
""",
     None, {"last": "Referee: Kevin Doyle (Riverton)."}),
    # 7. (near) a headline that opens with a club and a figure is still the headline
    ("near_score_like_headline", _MENU + """Riverton Rovers sign 3 players before Kestrel Town derby
Jo Fenwick
Sat, 03 Oct, 2026 - 00:15
Riverton Rovers have signed three players on loan before Saturday's derby against Kestrel Town, the club said on Friday.
The manager said the squad had been stretched by injuries.
""",
     None, {"title": "Riverton Rovers sign 3 players before Kestrel Town derby", "byline": "Jo Fenwick",
            "first": "Riverton Rovers have signed three players"}),
    # 8. the date, the section and the byline on one line
    ("date_section_byline", _MENU + """Rovers fight back to beat Kestrel Town
On November 17, 2026 11:48 pm In Sports by Jo Fenwick
RIVERTON — Substitute striker Sam Doyle scored twice in the last 20 minutes as Riverton Rovers came from a goal down to beat Kestrel Town 2-1 on Tuesday night.
Kestrel led through a header by Lee Moran.
""",
     None, {"title": "Rovers fight back to beat Kestrel Town", "byline": "by Jo Fenwick",
            "date": ("2026-11-17", "day"), "first": "RIVERTON — Substitute striker"}),
    # 9. a summary sentence between the date line and a paragraph the story's dateline opens: the standfirst
    ("standfirst_over_dateline", _MENU + """Ministry launches seed vouchers for 40,000 farmers
November 30, 2026
The Ministry of Agriculture today launched a voucher that lets smallholder farmers buy certified seed with a mobile phone.
Riverton, November 30/2026 – The Ministry of Agriculture today launched a seed voucher programme that will reach 40,000 smallholder farmers in two provinces.
The launch ceremony was attended by provincial officials.
"This voucher puts the choice back in the farmer's hands," said the minister.
""",
     None, {"title": "Ministry launches seed vouchers for 40,000 farmers",
            "subtitle": "The Ministry of Agriculture today launched a voucher that lets smallholder farmers buy certified seed with a mobile phone.",
            "date": ("2026-11-30", "day"), "first": "Riverton, November 30/2026 – The Ministry"}),
    # 10. (near) a first paragraph over a second one that opens with a place but no date stays the body's
    ("near_place_second_paragraph", _MENU + """Ministry launches seed vouchers for 40,000 farmers
November 30, 2026
The Ministry of Agriculture today launched a voucher that lets smallholder farmers buy certified seed with a mobile phone.
In Riverton, the launch ceremony was attended by provincial officials and seed dealers.
"This voucher puts the choice back in the farmer's hands," said the minister.
""",
     None, {"title": "Ministry launches seed vouchers for 40,000 farmers", "subtitle": None,
            "first": "The Ministry of Agriculture today launched a voucher"}),
    # 11. a press release's contact lines close the body
    ("contact_lead", _MENU + """Ministry launches seed vouchers for 40,000 farmers
November 30, 2026
The Ministry of Agriculture today launched a seed voucher programme that will reach 40,000 smallholder farmers in two provinces.
A planned roll-out in the north has been postponed indefinitely, according to the Ministry.
For more information, please contact:
Mara Selby, Public Relations Directorate, Ministry of Agriculture
© 2026 Riverton Ledger
""",
     None, {"last": "has been postponed indefinitely, according to the Ministry."}),
    # 12. (near) a quoted appeal to contact someone inside the body stays
    ("near_contact_in_body", _MENU + """Ministry launches seed vouchers for 40,000 farmers
November 30, 2026
The Ministry of Agriculture today launched a seed voucher programme that will reach 40,000 smallholder farmers in two provinces.
Farmers who have not received a voucher should contact their district office, the ministry said.
© 2026 Riverton Ledger
""",
     None, {"last": "should contact their district office, the ministry said."}),
    # 13. a menu item that spells a registered outlet's name ("National" for "The National") is a menu item
    ("menu_item_registered_name", """Kestrel Times
Insight into Kestrel
Home
National
Business
Opinion
World
Port authority signs deal for floating solar plant
Kestrel Times
May 4, 2026
The port authority today announced the signing of a 25-year power purchase agreement for a floating solar plant in the harbour, the largest project of its kind in the country.
Construction is expected to begin next year.
© 2026 Kestrel Times. All Rights Reserved.
""",
     "https://www.kestreltimeskt.example/5011/port-authority-signs-deal-for-floating-solar-plant/",
     {"outlet": "Kestrel Times", "title": "Port authority signs deal for floating solar plant"}),
    # 13b. (near) the registered outlet's own banner printed inside the top bar keeps naming it
    ("near_banner_in_top_bar", """Home
The National
World
Business
Port authority signs deal for floating solar plant
May 4, 2026
The port authority today announced the signing of a 25-year power purchase agreement for a floating solar plant in the harbour, the largest project of its kind in the country.
Construction is expected to begin next year.
""",
     None, {"outlet": "The National", "title": "Port authority signs deal for floating solar plant"}),
    # 14. a name spelled with a small linking word spells the domain
    ("name_with_small_word", """Skip to content
Notes from Riverton
News
Politics
Culture
Four years after the flood, the valley's farmers are still waiting
Jo Fenwick
October 18, 2026
RIVERTON – The barn is older than the village's church roof, and its owner knows every plank of it.
The flood took the rest of the farm in 2022.
© 2026 Notes from Riverton. All rights reserved.
""",
     "https://notesfromriverton.example/2026/10/18/four-years-after-the-flood/",
     {"outlet": "Notes from Riverton", "byline": "Jo Fenwick"}),
]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(bundled_registry_dir())


def _published(article) -> tuple[str | None, str | None]:
    if article.published_on is None:
        return None, article.date_precision
    iso = article.published_on.isoformat()
    return (iso[:7] if article.date_precision == "month" else iso), article.date_precision


@pytest.mark.parametrize("name, text, url, expected", PAGES, ids=[row[0] for row in PAGES])
def test_headline_block_round2(name, text, url, expected, registry):
    article = extract_article(SourceDocument("x", "txt", text, {"url": url} if url else {}), registry)
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    got = {"title": article.title, "subtitle": article.subtitle, "byline": article.byline,
           "date": _published(article), "outlet": article.outlet_name,
           "first": paragraphs[0] if paragraphs else "", "last": paragraphs[-1] if paragraphs else ""}
    for field, want in expected.items():
        if field == "first":
            assert got["first"].startswith(want), (field, got["first"][:80])
        elif field == "last":
            assert got["last"].endswith(want), (field, got["last"][-80:])
        else:
            assert got[field] == want, (field, got[field])


# A match's score line: (line, is one) written before the run; near misses are headlines with figures.
SCORE_LINES = [
    ("Riverton Rovers 2 Kestrel Town 1", True),
    ("Riverton 2-1 Kestrel", True),
    ("Kestrel Harriers 3 (4) Riverton Rovers 3 (2)", True),
    # near misses
    ("Riverton Rovers sign 3 players before Kestrel Town derby", False),
    ("Top 10 Films of 2026", False),
    ("Council approves 2026 budget", False),
]


@pytest.mark.parametrize("line, expected", SCORE_LINES)
def test_score_lines(line, expected):
    from loaders.extract.pageblocks import is_score_line

    assert is_score_line(line) is expected


# A date, a section and a byline on one line: (line, byline); near misses give None.
DATE_THEN_BY = [
    ("On November 17, 2026 11:48 pm In Sports by Jo Fenwick", "by Jo Fenwick"),
    ("March 3, 2026 by Ann Lee", "by Ann Lee"),
    # near misses
    ("On Tuesday in Riverton by the river", None),            # no date
    ("May 2026 by Ann Lee", None),                              # a month: no date line with its day
    ("On March 3, 2026 In Riverton by Ann Lee", None),          # a place, no section word
]


@pytest.mark.parametrize("line, byline", DATE_THEN_BY)
def test_date_then_byline(line, byline):
    from loaders.extract.text_article import _date_then_byline

    assert _date_then_byline(line, None) == byline


# A paragraph opened by the story's dateline: (paragraph, opens with one); near misses written before the run.
DATELINES = [
    ("Riverton, November 30/2026 – The ministry today launched a voucher.", True),
    ("Lima, Dec. 3 (Wire) – Peru's ministry will sell tickets online.", True),
    ("Kestrel Bay, Norland, 3 December 2026 — The port reopened on Monday.", True),
    ("RIVERTON – The ministry today launched a voucher.", True),
    # near misses
    ("In Riverton, the launch ceremony was attended by provincial officials.", False),
    ("Riverton, the state's second city, has lost its last ferry – and its patience.", False),
    ("On November 30, the ministry launched a voucher – a first for the region.", False),
]


@pytest.mark.parametrize("paragraph, expected", DATELINES)
def test_opens_with_dateline(paragraph, expected):
    from loaders.extract.text_article import opens_with_dateline

    assert opens_with_dateline(paragraph) is expected


# A press release's contact line: (line, label) written before the run; near misses keep no label.
CONTACT_LINES = [
    ("For more information, please contact:", "contact"),
    ("For further details on the grant, call Jo Roe on 555 1234", "contact"),
    ("Media contact: Mara Selby, press@riverton.example", "contact"),
    ("Enquiries: press@riverton.example", "contact"),
    # near misses
    ("Farmers who have not received a voucher should contact their district office, the ministry said.", None),
    ("For more than a decade, the press office has refused to contact reporters.", None),
    ("Contacts between the two sides resumed in May.", None),
]


@pytest.mark.parametrize("line, label", CONTACT_LINES)
def test_contact_lines(line, label):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == label


# A caption closing on its picture's credit in capitals: (line, label) written before the run.
CAPTION_CREDITS = [
    ("Passengers wait at a rebooking counter at Riverton airport on July 5, 2026. Ann Lee, RIVERTON LEDGER", "photo_credit"),
    ("Crews clear the quay after the storm. Jo Fenwick, AFP", "photo_credit"),
    # near misses: a body sentence closed by its stop, a sentence naming a person and a body in capitals mid-line
    ("The statement was signed by Ann Lee, the chief executive of RLC.", None),
    ("Passengers waited for hours. Ann Lee, a nurse from Kestrel, said she had been rebooked three times.", None),
]


@pytest.mark.parametrize("line, label", CAPTION_CREDITS)
def test_caption_caps_credits(line, label):
    from loaders.extract.boilerplate import classify_line

    assert classify_line(line) == label


# A team's line-up: (line, is one) written before the run; near misses are lists and headlines with colons.
LINEUPS = [
    ("RIVERTON ROVERS: Murphy; Coughlan, Keane, Doyle, Barry; Walsh, Hegarty (Lynch 83); Cotter, Healy; Fenwick.", True),
    ("Kestrel Town: Ryan; Farrell, Kinsella, Moran; Breen, Quinn; Nolan, Carey; Maher", True),
    # near misses
    ("Ingredients: flour; sugar", False),                                    # two groups only
    # a label over three groups has the shape too; a body line either way, so no harm where it stands last
    ("Verdict: Riverton Rovers sign three players; Kestrel Town sign none; the derby awaits; tickets sold out.", True),
    ("Related: Rovers close in on title after derby win at Dalymount", False),
]


@pytest.mark.parametrize("line, expected", LINEUPS)
def test_lineups(line, expected):
    from loaders.extract.text_article import is_lineup

    assert is_lineup(line) is expected
