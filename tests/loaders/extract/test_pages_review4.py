"""The fourth reviewer's 36 made-up copied pages (expectations written before any run), as regression rows: capitals
place lines over the first paragraph (a town is the dateline; a country, territory or region is a topic tag, dropped)
and two short ledes over the next picture's credit (the body's, not a caption)."""
from datetime import date
P1 = "The city council voted on Tuesday to approve a new budget that raises spending on roads and schools by a combined 4 percent over last year."
P2 = "Council members debated the plan for more than three hours before the final vote, which passed six to three after a long evening."
P3 = "The mayor said she would sign the budget this week, and the new spending takes effect on July 1."
S1 = "The city council approved a new budget on Tuesday night."
S2 = "It raises spending on roads and schools by four percent."
HEAD = "Skip to content\nThe Harbour Herald\nNews\nSport\nOpinion\n"
T = "Council approves budget with road and school spending rise"
D = date(2026, 3, 5)
def c(name, page, title=T, subtitle=None, d=D, authors=("Jane Holloway",), first="The city council voted", last="effect on July 1.", rule="ordinary"):
    return dict(name=name, page=page, title=title, subtitle=subtitle, date=d, authors=list(authors), first=first, last=last, rule=rule)
BASE = HEAD + T + "\nBy Jane Holloway\nMarch 5, 2026\n"
BODY = f"{P1}\n{P2}\n{P3}\nShare"
def pre(line, first="The city council voted", rule="dateline"):
    return BASE + line + "\n" + BODY
CASES = [
c("plain", BASE + BODY),
# --- capitals place lines that are NOT a dateline (tags, kickers, menus): expected dropped
c("tag_europe_over_p1", BASE + "EUROPE\n" + BODY, rule="dateline tag"),
c("tag_africa_over_p1", BASE + "AFRICA\n" + BODY, rule="dateline tag"),
c("tag_gaza_over_p1", BASE + "GAZA\n" + BODY, rule="dateline tag"),
c("tag_ukraine_over_p1", BASE + "UKRAINE\n" + BODY, rule="dateline tag"),
c("tag_china_colon_over_p1", BASE + "CHINA:\n" + BODY, rule="dateline colon tag"),
c("tag_two_places_over_p1", BASE + "ISRAEL, GAZA\n" + BODY, rule="dateline region tag"),
c("tag_middle_east_over_p1", BASE + "MIDDLE EAST\n" + BODY, rule="dateline tag"),
c("tag_asia_pacific_over_p1", BASE + "ASIA, PACIFIC\n" + BODY, rule="dateline tag"),
c("kicker_washington_over_title", HEAD + "WASHINGTON\n" + T + "\nBy Jane Holloway\nMarch 5, 2026\n" + BODY, rule="kicker"),
c("kicker_london_menu_over_title", "Skip to content\nThe Harbour Herald\nUK\nLONDON\nWORLD\n" + T + "\nBy Jane Holloway\nMarch 5, 2026\n" + BODY, rule="menu"),
c("menu_caps_places_under_date", BASE + "LONDON\nPARIS\nBERLIN\n" + BODY, rule="menu caps places"),
c("caption_caps_place_after_photo", BASE + "Photo: Reuters\nKABUL\n" + BODY, rule="caps caption"),
c("location_label_colon", BASE + "LOCATION: LONDON\n" + BODY, rule="label"),
c("caps_place_in_body_mid", BASE + f"{P1}\nLONDON\n{P2}\n{P3}\nShare", rule="mid-body subhead place"),
c("caps_place_subhead_mid_colon", BASE + f"{P1}\nPARIS:\n{P2}\n{P3}\nShare", rule="mid-body subhead place colon"),
# --- true datelines: expected kept
c("dateline_astana_colon", BASE + "ASTANA:\n" + BODY, first="ASTANA:", rule="dateline"),
c("dateline_karachi", BASE + "KARACHI\n" + BODY, first="KARACHI", rule="dateline"),
c("dateline_new_delhi_dash", BASE + "NEW DELHI —\n" + BODY, first="NEW DELHI", rule="dateline"),
c("dateline_mixed_case", BASE + "Astana:\n" + BODY, rule="mixed case tag drop"),
# --- two-line caption rule over-fires
c("short_lede_over_next_photo_credit", BASE + f"{S1}\n{S2}\nPhoto: Reuters\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
c("short_lede_over_getty_credit", BASE + f"{S1}\n{S2}\nPhoto: Getty Images\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
c("short_lede_over_credit_with_name", BASE + f"{S1}\n{S2}\nPhoto: Jane Holloway/Harbour Herald\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
c("short_lede_no_date", HEAD + T + "\nBy Jane Holloway\n" + f"{S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", d=None, first="The city council approved", rule="two-line caption"),
c("short_lede_date_only", HEAD + T + "\nMarch 5, 2026\n" + f"{S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", authors=(), first="The city council approved", rule="two-line caption"),
c("short_lede_question", BASE + f"What will the new budget pay for?\nMostly roads, schools and a new library in the north.\nPhoto: AFP\n{P2}\n{P3}\nShare", first="What will the new budget", rule="two-line caption"),
c("short_lede_numbers", BASE + f"The budget is $412 million.\nThat is $16 million more than last year.\nPhoto: AFP\n{P2}\n{P3}\nShare", first="The budget is $412", rule="two-line caption"),
c("short_lede_credit_file", BASE + f"{S1}\n{S2}\nFile photo: AFP\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
c("lede_is_dateline_sentence", BASE + f"HARBOUR CITY — {S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", first="HARBOUR CITY", rule="two-line caption"),
c("real_two_line_caption", BASE + f"Council members raise their hands during the vote\nThe mayor looks on from the chair\nPhoto: Harbour Herald\n{BODY}", rule="true caption"),
c("one_line_caption_credit", BASE + f"Council members raise their hands during the vote\nPhoto: Harbour Herald\n{BODY}", rule="true caption"),
c("short_lede_then_long_credit_line", BASE + f"{S1}\n{S2}\nPhoto: AFP/Getty Images\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
c("short_lede_credit_last", BASE + f"{S1}\n{S2}\nPhoto: AFP\nShare", first="The city council approved", last="by four percent.", rule="two-line caption short article"),
c("standfirst_then_two_short", HEAD + T + "\nThe vote passed six to three after a long debate\nBy Jane Holloway\nMarch 5, 2026\n" + f"{S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", subtitle="The vote passed six to three after a long debate", first="The city council approved", rule="two-line caption"),
c("dateline_then_short_lede_credit", BASE + f"KARACHI\n{S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", first="KARACHI", rule="both rules"),
c("updated_line_then_short_lede", BASE + f"Updated 6:40 PM\n{S1}\n{S2}\nPhoto: AFP\n{P2}\n{P3}\nShare", first="The city council approved", rule="two-line caption"),
]


import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_TWO_LINE = "a two-line caption over a credit cannot be told from a two-sentence lede over the next picture's credit"
XFAIL = {
    "menu_caps_places_under_date": "wrong before the session too: a run of capitals places under the date is read as a dateline",
    "caption_caps_place_after_photo": "wrong before the session too: a capitals place under a photo credit is read as the dateline",
    "real_two_line_caption": _TWO_LINE,
}


@pytest.mark.parametrize("case", [pytest.param(case, id=case["name"], marks=[pytest.mark.xfail(
    reason=XFAIL[case["name"]], strict=True)] if case["name"] in XFAIL else []) for case in CASES])
def test_review_pages4(case):
    article = extract_article(SourceDocument("x", "txt", case["page"]), Registry())
    paragraphs = [p for p in (article.body or "").split("\n\n") if p]
    assert article.title == case["title"]
    assert (article.subtitle or None) == case["subtitle"]
    assert article.published_on == case["date"]
    assert list(article.authors or []) == case["authors"]
    assert paragraphs and paragraphs[0].startswith(case["first"]), paragraphs[:1]
    assert paragraphs[-1].endswith(case["last"]), paragraphs[-1:]
