import pytest

from loaders.extract.text_article import authors_from_byline, collect_outlet_evidence, parse_text, read_date
from loaders.extract import boilerplate

PARAGRAPH = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
             "outside the town hall.")
SECOND = "Work will begin next month and last until the spring, officials said."


def _parse(text, order=None):
    return parse_text(text, date_order=order)


def test_title_date_and_body():
    parts = _parse(f"Council Shuts Old Bridge\n\nMarch 3, 2021\n\n{PARAGRAPH}\n\n{SECOND}\n")
    assert (parts.title, parts.subtitle, parts.date_text, parts.byline) == (
        "Council Shuts Old Bridge", None, "March 3, 2021", None)
    assert parts.paragraphs == [PARAGRAPH, SECOND]


def test_date_line_first_then_title_and_byline():
    parts = _parse(f"Last Update: 03/04/2021 10:00\nCouncil Shuts Old Bridge\nBy Jane Roe\n{PARAGRAPH}")
    assert (parts.title, parts.byline, parts.date_text) == ("Council Shuts Old Bridge", "By Jane Roe",
                                                            "Last Update: 03/04/2021 10:00")
    assert read_date(parts, "DMY").value.isoformat() == "2021-04-03"
    assert read_date(parts, "MDY").value.isoformat() == "2021-03-04"
    assert parts.paragraphs == [PARAGRAPH]


def test_subtitle_needs_more_headline_block_after_it():
    with_date = _parse(f"Council Shuts Old Bridge\nRepairs will take a year, officials say.\nMarch 3, 2021\n{PARAGRAPH}")
    assert with_date.subtitle == "Repairs will take a year, officials say."
    # Without a date, byline or caption after it, the second line is the first paragraph.
    without = _parse(f"Council Shuts Old Bridge\nRepairs will take a full year to finish, officials said on Monday.\n"
                     f"{PARAGRAPH}")
    assert without.subtitle is None
    assert without.paragraphs[0].startswith("Repairs will take")


def test_caption_after_headline_block_is_removed_but_subheadings_stay():
    text = (f"Council Shuts Old Bridge\nRepairs will take a year, officials say.\nThe mayor at the bridge\n"
            f"{PARAGRAPH}\nWhat comes next\n{SECOND}")
    parts = _parse(text)
    assert parts.subtitle == "Repairs will take a year, officials say."
    assert "The mayor at the bridge" in parts.removed
    assert parts.paragraphs == [PARAGRAPH, "What comes next", SECOND]


def test_no_title_when_the_text_opens_with_prose():
    parts = _parse(f"Morning Star – Exclusive\n{PARAGRAPH}\n{SECOND}")
    assert parts.title is None
    assert parts.removed == ["Morning Star – Exclusive"]
    assert parts.paragraphs == [PARAGRAPH, SECOND]


def test_boilerplate_is_removed_and_kept_aside():
    text = (f"Search the Star's archive\nCouncil Shuts Old Bridge\n2 min read\n{PARAGRAPH}\nAdvertisement\n"
            f"{SECOND}\nRelated Content\nOther story\nCookie Settings")
    parts = _parse(text)
    assert parts.paragraphs == [PARAGRAPH, SECOND]
    assert parts.removed == ["Search the Star's archive", "2 min read", "Advertisement", "Related Content",
                             "Other story", "Cookie Settings"]


def test_collect_outlet_evidence_reads_furniture_not_prose():
    lines = ["Council Shuts Old Bridge", "By Morning Star Service", PARAGRAPH,
             "He told the Evening Post Service desk.", "Recommended from Evening Post"]
    labels = boilerplate.scan_lines(lines)
    names = [item.name for item in collect_outlet_evidence(lines, labels)]
    assert names == ["Morning Star", "Evening Post"]


def test_section_label_above_the_headline_and_author_line_without_by():
    text = (f"World news\nCouncil Shuts Old Bridge\nRepairs will take a year, officials say\nJane Roe in Riverton\n"
            f"Tue 7 Jun 2016 10.00 BST\n{PARAGRAPH}")
    parts = _parse(text)
    assert (parts.title, parts.subtitle, parts.byline, parts.date_text) == (
        "Council Shuts Old Bridge", "Repairs will take a year, officials say", "Jane Roe in Riverton",
        "Tue 7 Jun 2016 10.00 BST")
    assert "World news" in parts.removed
    assert parts.paragraphs == [PARAGRAPH]


def test_published_and_updated_on_one_line_reads_the_publication_date():
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\nPublished June 7, 2016 Updated June 8, 2016\n{PARAGRAPH}")
    assert read_date(parts, None).value.isoformat() == "2016-06-07"


def test_date_inside_the_byline():
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe | June 7, 2016\n{PARAGRAPH}")
    # The byline is the credit without the date that closes its line; the date is the date clue.
    assert (parts.byline, parts.date_text) == ("By Jane Roe", "June 7, 2016")
    assert authors_from_byline(parts.byline) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe in Moscow", ["Jane Roe", "John Doe"]),
        ("By JANE ROE, Staff Writer", ["Jane Roe"]),
        ("By Jane Roe | March 3, 2021", ["Jane Roe"]),
        ("By Morning Star Service", []),
        ("By Staff", []),
        ("By Reuters", []),
        ("By Jane Roe, Reuters", ["Jane Roe"]),
        ("Interview Conducted by Jane Roe und John Doe", ["Jane Roe", "John Doe"]),
        ("By Jane Roe et John Doe", ["Jane Roe", "John Doe"]),
        ("By Lee Chia-wen / Staff reporter", ["Lee Chia-wen"]),  # a spaced slash before the role
        ("By Jane Roe / John Doe", ["Jane Roe", "John Doe"]),
        ("By K7 Riverton", []),  # a station's desk in a city: a name holds no figure
        ("By Jane Roe and KXRT4 Riverton", ["Jane Roe"]),
        (None, []),
    ],
)
def test_authors_from_byline(byline, authors):
    assert authors_from_byline(byline, ("Reuters",)) == authors


def test_date_under_the_headline_beats_a_date_banner_above_it():
    parts = _parse(f"Friday, December 19, 2025\nCouncil Shuts Old Bridge\nMarch 3, 2021\nUpdated March 4, 2021\n{PARAGRAPH}")
    assert (parts.title, parts.date_text) == ("Council Shuts Old Bridge", "March 3, 2021")
    assert parts.removed == ["Friday, December 19, 2025", "Updated March 4, 2021"]
    assert parts.paragraphs == [PARAGRAPH]


@pytest.mark.parametrize(
    ("text", "title", "byline", "date_text", "removed"),
    [
        # A wire agency's copy: section label, date line with a relative update note, bare author name.
        (f"World News\nJune 7, 2016 / 4:41 PM / Updated 9 years ago\nCouncil Shuts Old Bridge\nJane Roe\n3 Min Read\n"
         f"{PARAGRAPH}", "Council Shuts Old Bridge", "Jane Roe", "June 7, 2016 / 4:41 PM / Updated 9 years ago",
         ["3 Min Read", "World News"]),
        # A section label between the headline and its date line.
        (f"Council Shuts Old Bridge\nPOLITICS\nJune 07, 2016, 14:30 updated at: June 07, 2016, 15:12\n{PARAGRAPH}",
         "Council Shuts Old Bridge", None, "June 07, 2016, 14:30 updated at: June 07, 2016, 15:12", ["POLITICS"]),
        # Author and date on one line.
        (f"Council Shuts Old Bridge\nRepairs will take a year, officials say\nJane Roe|Published: 06.07.16, 18:30\n"
         f"{PARAGRAPH}", "Council Shuts Old Bridge", "Jane Roe", "06.07.16", []),
    ],
)
def test_headline_block_styles(text, title, byline, date_text, removed):
    parts = _parse(text)
    assert (parts.title, parts.byline, parts.date_text) == (title, byline, date_text)
    assert parts.removed == removed
    assert parts.paragraphs == [PARAGRAPH]


@pytest.mark.parametrize(
    ("text", "byline", "authors"),
    [
        ("Bridge to close for repairs\nRiverton News Service\nPublished: 21/07/2023 09:14 IST\n\n" + PARAGRAPH,
         "Riverton News Service", []),
        ("Bridge to close for repairs\nStaff Reporter\n21/07/2023\n\n" + PARAGRAPH, "Staff Reporter", []),
    ],
)
def test_desk_credit_is_a_byline_without_authors(text, byline, authors):
    parts = _parse(text, "DMY")
    assert (parts.title, parts.byline, authors_from_byline(parts.byline)) == ("Bridge to close for repairs", byline,
                                                                               authors)
    assert parts.paragraphs == [PARAGRAPH]


def test_byline_and_date_below_a_live_page_summary():
    text = ("Bridge closure: traffic chaos in Riverton\n"
            "Drivers queued for an hour on the ring road\nBuses are being diverted through the old town\n"
            "Edited by Jo Bloggs and Sam Roe\nPosted at 18:42 10 Sep 2023\nQueues on the ring road\n" + PARAGRAPH)
    parts = _parse(text, "DMY")
    assert parts.byline == "Edited by Jo Bloggs and Sam Roe"
    assert parts.date_text == "Posted at 18:42 10 Sep 2023"
    assert authors_from_byline(parts.byline) == ["Jo Bloggs", "Sam Roe"]
    assert parts.paragraphs[0] == "Drivers queued for an hour on the ring road"
    assert "Edited by Jo Bloggs and Sam Roe" not in parts.paragraphs


def test_a_live_entrys_heading_under_its_timestamp_is_no_caption():
    text = ("Bridge closure: traffic chaos in Riverton\nSaturday 14 November 2026\nLive Reporting\n16:42 GMT\n"
            "Ferry to run every hour until Tuesday\n" + PARAGRAPH)
    parts = _parse(text, "DMY")
    assert parts.paragraphs == ["Ferry to run every hour until Tuesday", PARAGRAPH]
    # Over its reporter's sign-on, too.
    signed = text.replace("16:42 GMT\n", "").replace("Tuesday\n", "Tuesday\nJo Roe\nReporting from Riverton\n")
    assert _parse(signed, "DMY").paragraphs == ["Ferry to run every hour until Tuesday", PARAGRAPH]
    # Without either, the short line over the first paragraph reads as a photo caption.
    parts = _parse(text.replace("16:42 GMT\n", ""), "DMY")
    assert parts.paragraphs == [PARAGRAPH]


def test_a_late_byline_without_a_date_is_furniture_not_body():
    # Without a date under it, "Edited by" is not taken as the byline, but it is no article text either.
    text = ("Bridge closure: traffic chaos in Riverton\n"
            "Drivers queued for an hour on the ring road\nBuses are being diverted through the old town\n"
            "Edited by Jo Bloggs\n" + PARAGRAPH)
    parts = _parse(text)
    assert parts.byline is None and "Edited by Jo Bloggs" not in parts.paragraphs
    assert parts.paragraphs[0] == "Drivers queued for an hour on the ring road"


@pytest.mark.parametrize(
    ("note", "removed"),
    [("Jo Bloggs reports on transport from Riverton. Sam Roe covers the courts.", True),
     ("Sam Roe contributed reporting.", True),
     ("Jo Bloggs said the bridge would reopen in May.", False)],
)
def test_author_notes_at_the_end_are_removed(note, removed):
    text = "Bridge to close\nBy Jo Bloggs and Sam Roe\nJune 7, 2016\n\n" + PARAGRAPH + "\n\n" + note
    parts = _parse(text)
    assert (note in parts.paragraphs) is not removed


def test_agency_dateline_after_a_long_standfirst_is_evidence():
    lines = ["Bridge to close", "The document sets out the next steps for the old bridge, the deputy mayor of the "
             "town said on Monday", "RIVERTON, June 7. /RNA/. " + PARAGRAPH]
    found = collect_outlet_evidence(lines, [None, None, None])
    assert [(item.name, item.kind) for item in found] == [("RNA", "dateline")]


@pytest.mark.parametrize(
    ("text", "title", "subtitle", "byline", "authors"),
    [
        ("Politics\nCouncil votes to close the old bridge\nBy Jo Bloggs and Sam Roe, Courier\nJune 7, 2016\n\n"
         + PARAGRAPH, "Council votes to close the old bridge", None, "By Jo Bloggs and Sam Roe, Courier",
         ["Jo Bloggs", "Sam Roe"]),
        ("NATIONAL / POLITICS\nCouncil votes to close the old bridge\nby Jo Bloggs\nStaff Writer\nJune 7, 2016\n\n"
         + PARAGRAPH, "Council votes to close the old bridge", None, "by Jo Bloggs", ["Jo Bloggs"]),
        ("International\nRiverton: council votes to close the old bridge\n"
         "The town gave the builders until Sunday to finish the repairs on the old bridge.\n"
         "Le Courier with AFP\nPublished on June 7, 2016, at 4:12 pm (Paris)\n\n" + PARAGRAPH,
         "Riverton: council votes to close the old bridge",
         "The town gave the builders until Sunday to finish the repairs on the old bridge.", "Le Courier with AFP",
         []),
    ],
)
def test_section_kicker_above_headline_and_desk_bylines(text, title, subtitle, byline, authors):
    parts = _parse(text)
    assert (parts.title, parts.subtitle, parts.byline) == (title, subtitle, byline)
    assert authors_from_byline(parts.byline) == authors
    assert parts.paragraphs == [PARAGRAPH]


def test_short_headline_with_standfirst_is_not_a_kicker():
    text = "Bridge closes\nThe council voted on Monday to close the old bridge for a year\nBy Jo Bloggs\nJune 7, 2016\n\n"
    parts = _parse(text + PARAGRAPH)
    assert (parts.title, parts.subtitle) == ("Bridge closes", "The council voted on Monday to close the old bridge for a year")


def test_published_line_under_an_updated_line_dates_the_article():
    text = ("Council closes the old bridge\nThe vote came after three days of debate\n"
            "Updated - November 03, 2023 09:45 pm IST\nPublished - November 02, 2023 08:10 pm IST - RIVERTON\n"
            "Jo Bloggs\n" + PARAGRAPH)
    parts = _parse(text)
    assert parts.date_text == "Published - November 02, 2023 08:10 pm IST - RIVERTON"
    assert parts.byline == "Jo Bloggs"
    assert parts.paragraphs == [PARAGRAPH]


def test_upper_case_hyphenated_author_names_are_title_cased_per_part():
    assert authors_from_byline("By JO HOLLOWAY-PRICE, TRANSPORT CORRESPONDENT FOR THE COURIER") == ["Jo Holloway-Price"]


# --- page blocks: the date zone, furniture around the body ---

LONG = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters outside "
        "the town hall on a wet and windy afternoon in the town centre.")


@pytest.mark.parametrize(
    ("text", "date_text", "rule"),
    [
        # A label alone on its line labels the date under it; an update alone still dates the article last.
        (f"Council Shuts Old Bridge\nA standfirst that runs a little longer than a headline would, officials say.\n"
         f"Author\nJane Roe\nUpdated on\nApril 19, 2025\n{LONG}", "April 19, 2025", "updated-only"),
        # Published wins over updated.
        (f"Council Shuts Old Bridge\nUpdated Jan 22, 2026\nPublished Jan 21, 2026, 05:00 PM\n{LONG}",
         "Published Jan 21, 2026, 05:00 PM", "published-label"),
        # A date inside a line of headline-block facts.
        (f"Council Shuts Old Bridge\nOn Behalf of Roe Law | Apr 21, 2017 | Liability\n{LONG}", "Apr 21, 2017",
         "date-line"),
        # Under a byline.
        (f"Council Shuts Old Bridge\nBy Jane Roe | March 3, 2021\n{LONG}", "March 3, 2021", "byline-date"),
        # Above the headline when nothing is under it.
        (f"Editorial March 3, 2021\nCouncil Shuts Old Bridge\n{LONG}", "March 3, 2021", "date-above-headline"),
    ],
)
def test_date_clues_and_the_rule_that_picks_one(text, date_text, rule):
    from loaders.extract.text_article import pick_date_rule

    parts = _parse(text)
    found = pick_date_rule(parts.dates)
    assert (parts.date_text, found[0]) == (date_text, rule)


@pytest.mark.parametrize(
    ("block", "note", "date_text"),
    [
        # Nothing says the page was revised: its update date is the only date it gives.
        ("By Jane Roe\nUpdated April 10, 2025", "", "Updated April 10, 2025"),
        # An updater credited beside the author: the page first appeared before the update, on a day not shown.
        ("By Jane Roe\nUpdated by John Doe\nUpdated April 10, 2025", "", None),
        # An earlier appearance in print, named in a note at the end.
        ("By Jane Roe\nUpdated April 10, 2025", "Editor's Note: This article also appeared in the May 2024 issue.",
         None),
        # A print edition dated after the update is no earlier appearance.
        ("By Jane Roe\nUpdated April 10, 2025",
         "A version of this article appears in print on April 11, 2025, Section A, Page 14.", "Updated April 10, 2025"),
        # A published date still wins over the revision: the page gives its publication day.
        ("By Jane Roe\nPublished March 3, 2024\nUpdated April 10, 2025\nUpdated by John Doe", "",
         "Published March 3, 2024"),
    ],
)
def test_an_update_date_dates_nothing_on_a_page_that_says_it_was_revised(block, note, date_text):
    parts = _parse(f"Council Shuts Old Bridge\n{block}\n{LONG}\n{PARAGRAPH}\n{note}")
    assert parts.date_text == date_text


def test_a_revision_phrase_inside_a_body_paragraph_is_no_revision_note():
    from loaders.extract.text_article import revision_line

    prose = ("The council said the plan, which it first published in the spring and then changed twice after "
             "residents complained about the noise, the dust and the lorries on the narrow lanes, would go ahead.")
    assert revision_line([prose, "Updated by John Doe"]) == "Updated by John Doe"
    assert revision_line([prose]) is None


def test_dates_in_the_body_comments_or_related_links_are_no_clues():
    text = (f"Council Shuts Old Bridge\n{LONG}\n{LONG}\nOn March 3, 2021, the bridge closed.\nRelated Content\n"
            f"Bridge reopens\nMarch 9, 2021\n1. Jo Bloggs March 4, 2021 at 5:20 pm")
    parts = _parse(text)
    assert parts.dates == [] and parts.date_text is None


def test_furniture_between_headline_and_body_leaves_but_a_summary_stays():
    text = (f"Council Shuts Old Bridge\nJane Roe\nCo-founder of Roe Media\nMarch 3, 2021\nTable of Contents\n"
            f"What happened\nWhat comes next\nCopy to clipboard\n{LONG}\n{PARAGRAPH}")
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH]
    assert {"Table of Contents", "What happened", "Copy to clipboard"} <= set(parts.removed)


@pytest.mark.parametrize("label", ["Summary", "Key points"])
def test_bullets_under_a_summary_label_above_the_body_leave_it(label):
    bullets = ["Bridge to stay shut to lorries and buses until the spring repairs",
               "Council to review every crossing on the river before the end of the year"]
    text = f"Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n{label}\n" + "\n".join(bullets) + f"\n{LONG}\n{PARAGRAPH}"
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH]
    assert set(bullets) <= set(parts.removed)


@pytest.mark.parametrize(("tail", "kept"), [
    # a stamp of the page's own dates after the last sentence: furniture, whatever its label
    (["Updated March 4, 2021 at 9:00 a.m."], []),
    (["Published March 4, 2021", "Last modified: 05/03/2021 10:00"], []),
    (["March 4, 2021"], []),
    # near misses: a closing sentence that opens on a date, a sign-off credit, a note about a date
    (["On March 4, 2021 the council voted to reopen the bridge to buses and bicycles."],
     ["On March 4, 2021 the council voted to reopen the bridge to buses and bicycles."]),
    (["The bridge will reopen on March 4, 2021, the council said."],
     ["The bridge will reopen on March 4, 2021, the council said."]),
])
def test_a_date_stamp_after_the_last_sentence_leaves_the_body(tail, kept):
    text = f"Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n{LONG}\n{PARAGRAPH}\n" + "\n".join(tail)
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH] + kept
    assert set(tail) - set(kept) <= set(parts.removed)


def test_trailing_furniture_after_the_last_sentence_leaves_the_body():
    text = f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\n“It’s over,” he said.\nHome\nContact us\nTerms of use"
    parts = _parse(text)
    assert parts.paragraphs == [LONG, "“It’s over,” he said."]
    assert parts.removed[-3:] == ["Home", "Contact us", "Terms of use"]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (f"{LONG}\n{LONG}\n{PARAGRAPH}", [LONG, PARAGRAPH]),  # twice in a row
        # A block copied again further down (tabs, two screen sizes): its paragraphs and short lines go.
        (f"{LONG}\nWhat comes next\n{PARAGRAPH}\n{LONG}\nWhat comes next\n{PARAGRAPH}",
         [LONG, "What comes next", PARAGRAPH]),
        # A short line said twice in the article stays.
        (f"{LONG}\nWhat comes next\n{PARAGRAPH}\nWhat comes next\nThe bridge reopens in May, the council said.",
         [LONG, "What comes next", PARAGRAPH, "What comes next", "The bridge reopens in May, the council said."]),
    ],
)
def test_a_block_copied_twice_counts_once(body, kept):
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{body}")
    assert parts.paragraphs == kept


def test_standfirst_over_the_date_line_is_the_subtitle():
    text = (f"Council Shuts Old Bridge\nRepairs to the old bridge will take a full year and cost the town dearly, "
            f"officials said.\nJane Roe\nPublished March 3, 2021\n{LONG}")
    parts = _parse(text)
    assert parts.subtitle.startswith("Repairs to the old bridge")
    assert parts.paragraphs == [LONG]


def test_headline_with_abbreviations_is_not_cut():
    parts = _parse(f"St. Louis mayor backs Dr. Roe's plan for the old bridge\nBy Jane Roe\n{LONG}")
    assert parts.title == "St. Louis mayor backs Dr. Roe's plan for the old bridge"
    assert parts.title_evidence.startswith("above-meta")


@pytest.mark.parametrize("second", ["How to get help with a closed bridge", "Closed bridges? 5 Biggest Reasons:"])
def test_a_list_of_dated_teasers_after_the_body_leaves_it(second):
    teasers = ("Can the council close a bridge?\nMarch 29, 2025\nWhen the council votes to close a bridge, it can feel "
               f"like the town has stopped.\n{second}\nMarch 22, 2025\nNavigating a town "
               "without its bridge can be hard.")
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\n{PARAGRAPH}\n{teasers}")
    assert parts.paragraphs == [LONG, PARAGRAPH]
    assert "March 29, 2025" in parts.removed
    # One headline over a date line inside the article is no list.
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\nWhat happened next\nMarch 29, 2025\n{PARAGRAPH}")
    assert PARAGRAPH in parts.paragraphs


SUMMARY_ONE = "Ferry crews on the river say the new timetable leaves them with longer shifts and fewer breaks..."
SUMMARY_TWO = "The old toll house by the bridge has stood empty for years, and the town now wants to sell it…"
SUMMARY_THREE = "Anglers on the lower river report the best salmon run in a decade, and the season is still young..."
ENDING_CUT = "The mayor said the work would start in May and finish, she hoped, before the next winter set in..."


@pytest.mark.parametrize(("tail", "body_tail"), [
    # Headings over summaries cut short, after the body: a listing of other articles.
    (f"Ferry Crews Ask for Longer Breaks\n{SUMMARY_ONE}\nToll House Goes up for Sale\n{SUMMARY_TWO}", []),
    # The blocks need not stand back to back: other lines of the listing may sit between them.
    (f"Ferry Crews Ask for Longer Breaks\n{SUMMARY_ONE}\nJane Roe\nToll House Goes up for Sale\n{SUMMARY_TWO}", []),
    # A cut summary just above the listing (its heading was an image) belongs to it.
    (f"{SUMMARY_THREE}\nFerry Crews Ask for Longer Breaks\n{SUMMARY_ONE}\nToll House Sale\n{SUMMARY_TWO}", []),
    # One block alone is no listing.
    (f"Ferry Crews Ask for Longer Breaks\n{SUMMARY_ONE}\n{SECOND}", ["Ferry Crews Ask for Longer Breaks",
                                                                   SUMMARY_ONE, SECOND]),
    # A body paragraph trailing off in "..." is the body's, under a heading or not.
    (f"{ENDING_CUT}", [ENDING_CUT]),
    (f"What comes next\n{ENDING_CUT}", ["What comes next", ENDING_CUT]),
    # Short cut lines are cut headlines, not summaries: this rule leaves them alone.
    ("Ferry Crews Ask\nLonger breaks for the crews...\nToll House\nThe house is for sale...",
     ["Ferry Crews Ask", "Longer breaks for the crews...", "Toll House", "The house is for sale..."]),
])
def test_a_listing_of_headings_over_cut_summaries_leaves_the_body(tail, body_tail):
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\n{PARAGRAPH}\n{tail}")
    assert parts.paragraphs[:2] == [LONG, PARAGRAPH]
    assert parts.paragraphs[2:] == body_tail


def test_trailing_headlines_in_title_case_leave_the_body_even_as_questions():
    links = "Should You Consider a Ferry Pass This Fall?\n3 Things You Should Know About Bridges\nWhy Do Bridges Close?"
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\nWill it reopen? Nobody knows.\n{links}")
    assert parts.paragraphs == [LONG, "Will it reopen? Nobody knows."]


@pytest.mark.parametrize(("text", "repaired"), [
    ("the Earth\u00e2\u0080\u0099s systems", "the Earth’s systems"),  # UTF-8 read as Latin-1
    ("we don\u00e2\u20ac\u2122t know", "we don’t know"),  # ... as Windows-1252
    ("a caf\u00c3\u00a9 in town", "a café in town"),
    ("São Paulo «été»", "São Paulo «été»"),  # real accented text stays
    ("\u00c2\u00c2 stays", "\u00c2\u00c2 stays"),  # no valid character in those bytes
])
def test_mojibake_is_read_again(text, repaired):
    from loaders.extract.text_article import repair_mojibake

    assert repair_mojibake(text) == repaired


def test_a_line_of_zero_width_spaces_is_a_blank_line():
    from loaders.extract.text_article import strip_line

    assert strip_line("\u200b\u200b ") == ""
    assert strip_line("\ufeff Council shuts bridge\u200b") == "Council shuts bridge"
    parts = _parse(f"Council Shuts Old Bridge\nBy Jane Roe\n{LONG}\n\u200b\u200b\n{PARAGRAPH}")
    assert parts.paragraphs == [LONG, PARAGRAPH]


def test_a_headline_copied_after_the_body_is_the_title_and_the_body_keeps_its_opening():
    from loaders.extract.text_article import parse_text

    body = [LONG, PARAGRAPH, *_PARAGRAPHS]
    text = "\n".join(body) + "\nThe Old Bridge Closes for Repairs After the Vote"
    parts = parse_text(text, url="https://x.example/news/the-old-bridge-closes-for-repairs-after-the-vote")
    assert (parts.title, parts.title_evidence) == ("The Old Bridge Closes for Repairs After the Vote", "slug-late")
    assert parts.paragraphs == body


_PARAGRAPHS = [f"The {n} crew began work on the span on Monday, and the council said the repairs would take until "
               f"the spring, with traffic sent through the old town." for n in ("first", "second", "third")]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A name line over a biography that opens with the name: an author box; what follows it goes too.
        (["Jane Roe", "Jane Roe is a reporter who has written about rivers and bridges for a decade and lives "
                      "in Riverton.", "Services that set you up for success"], 0),
        (["Written By", "Jane Roe", "Jane Roe (@janeroe) is the managing editor of the Riverton Ledger and "
                                    "covers the town council."], 0),
        (["Jane Roe", "Hi there! I’m Jane, and I started this blog back in 2011 to write about the bridges of "
                      "my town."], 0),
        (["Jane Roe", "Jane Roe’s photographs capture the bridges of the valley in every season of the year, "
                      "from spring floods to winter ice."], 0),
        # A caption naming a person over a paragraph about her is the article's.
        (["Kate Roe", "Veteran actress, Kate Roe, who in 2008 won an award for best actress in a leading "
                      "role, was among the guests."], 2),
        # A name line over a paragraph that does not open with the name stays.
        (["Jane Roe", "The council will meet again in May to decide whether the bridge can reopen before the "
                      "summer, officials said."], 2),
        # Someone other than the byline's author, with no label over the name: a section of the article.
        (["Jo Roe", "Roe is a retired teacher who has lived in Riverton for 30 years. 'Our roads are a "
                    "disgrace,' she said.", "Tom Reyes", "Reyes is a small-business owner who runs the hardware "
                    "store on Main Street and wants lower taxes."], 4),
        # A box for someone else still reads as one: the person by first name, nobody quoted.
        (["Tom Reyes", "Tom is a gardener who has written about the plants of the river valley for a decade "
                       "and lives in Riverton."], 0),
        # ...and a label says whose box it is.
        (["Written by", "Jo Roe", "Jo Roe is a reporter who has written about rivers and bridges for a "
                                  "decade and lives in Riverton."], 0),
    ],
)
def test_an_author_box_closing_the_article_leaves_the_body(tail, kept):
    text = "Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *tail])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


def test_a_footer_menu_with_the_sites_blurb_under_it_leaves_the_body():
    footer = ["About", "Contact", "Privacy Policy", "Terms of Use", "Our Mission",
              "Example Eats is part of the Example publishing family."]
    parts = _parse("Council Shuts Old Bridge\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *footer]))
    assert parts.paragraphs == [LONG, PARAGRAPH]
    # Short list items of the article (not menu words) stay.
    items = ["Flour", "Eggs and milk", "Sugar", "Mix everything and bake it for an hour, the baker said."]
    parts = _parse("Council Shuts Old Bridge\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *items]))
    assert parts.paragraphs == [LONG, PARAGRAPH, *items]


def test_a_list_announced_by_a_colon_at_the_end_stays_in_the_body():
    items = ["What the Plan Brings:", "Hundreds of new homes on the old rail yard",
             "A second bridge over the river for buses and bikes"]
    parts = _parse("Council Shuts Old Bridge\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *items, "Home"]))
    assert parts.paragraphs == [LONG, PARAGRAPH, *items]


@pytest.mark.parametrize("url", ["https://example.com/news/why-the-bridge-matters",
                                 "https://example.com/news/council-bridge-matters"])
def test_a_headline_chosen_after_the_first_paragraphs_keeps_them_in_the_body(url):
    # The copy opens with the article; a sub-heading the slug echoes is taken as the headline, but the two
    # paragraphs above it are still the article's, while the menu above them is not.
    text = "\n".join(["Home", "News", "Sport", LONG, PARAGRAPH, "Why the Bridge Matters", SECOND])
    parts = parse_text(text, url=url)
    assert parts.paragraphs[:2] == [LONG, PARAGRAPH] and SECOND in parts.paragraphs
    assert parts.removed[:3] == ["Home", "News", "Sport"]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # Numbered notes counting up from 1 to the end of the text: footnotes, not the article.
        (["1", "I wrote this before the vote.", "2", "The mayor disagrees.", "3", "Or so I am told."], 0),
        (["[1]", "Council minutes, March 2021.", "[2]", "Figures from the ferry company."], 0),
        # One numbered line over a paragraph is no list of notes.
        (["1", "The first thing to know is that the ferry runs every hour, the council said."], 2),
        # Numbers that do not count up from 1 are no footnotes.
        (["3", "Ferries a day.", "5", "Buses an hour."], 4),
    ],
)
def test_footnotes_closing_the_article_leave_the_body(tail, kept):
    text = "Council Shuts Old Bridge\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *tail])
    assert _parse(text).paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


@pytest.mark.parametrize(("byline", "authors"), [
    ("Von Hanna Roth", ["Hanna Roth"]),
    ("Par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
    ("Door Jan van Dam", ["Jan van Dam"]),
    ("Av Sara Lund", ["Sara Lund"]),
    ("Autor: Piotr Kowal", ["Piotr Kowal"]),
    ("di Luca Bianchi", ["Luca Bianchi"]),
    ("By: Dana Cole", ["Dana Cole"]),
])
def test_bylines_opened_by_other_languages_words_name_their_authors(byline, authors):
    from loaders.extract.pageblocks import is_byline

    assert is_byline(byline)
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize("line", ["Von der Leyen Visits Kyiv", "Di Maio Resigns As Minister", "Par for the course",
                                  "Door Sales Soar in Spring"])
def test_headlines_opening_with_those_words_are_no_bylines(line):
    from loaders.extract.pageblocks import is_byline

    assert not is_byline(line)


def test_a_byline_abroad_under_the_headline():
    raw = ("Riverton Post\nNews\nSport\nDie neue Brücke wird später fertig\nVon Hanna Roth\n12.03.2026, 14:30 Uhr\n"
           "Der Neubau der Brücke verzögert sich um mindestens zwei Jahre, teilte die Behörde am Donnerstag mit, "
           "und die Kosten steigen nach ersten Schätzungen deutlich.\nPendler müssen länger mit der Behelfsbrücke "
           "leben, auf der sich morgens regelmäßig lange Staus bilden, sagte der Bürgermeister.")
    parts = parse_text(raw)
    assert (parts.title, parts.byline, authors_from_byline(parts.byline)) == (
        "Die neue Brücke wird später fertig", "Von Hanna Roth", ["Hanna Roth"])


@pytest.mark.parametrize(("byline", "note"), [
    ("By JANE MACRAE", "Jane MacRae covers city hall for the Riverton Post."),  # the byline in capitals
    ("DANA COLE", "DANA COLE is a correspondent based in Riverton."),  # the note in capitals
])
def test_an_author_s_note_closing_the_article_leaves_it_whatever_the_case(byline, note):
    raw = (f"Council shuts the old bridge for a month of repairs\n{byline}\nMarch 3, 2026\n"
           "The council voted on Monday to close the old bridge for a month of repairs, the mayor told reporters "
           "outside the town hall.\nDrivers were told to use the ring road while crews replace the worn joints and "
           f"resurface the deck.\n{note}")
    parts = parse_text(raw)
    assert parts.paragraphs[-1].startswith("Drivers were told") and note in parts.removed


@pytest.mark.parametrize(("byline", "outlets", "authors"), [
    ("By Dana Whitfield Clarion Staff Writer", ("Riverton Clarion",), ["Dana Whitfield"]),  # outlet and job
    ("Priya Natarajan Senior Political Reporter", (), ["Priya Natarajan"]),
    ("By Mary Ann Smith Staff Writer", (), ["Mary Ann Smith"]),
    ("Riverton Weekly Staff", (), []),  # a desk, no person
    ("Business Desk Staff", (), []),
])
def test_a_job_title_after_the_name_without_a_separator_is_no_part_of_it(byline, outlets, authors):
    assert authors_from_byline(byline, outlets) == authors


_BRIDGE_BODY = ("The council voted on Monday to close the old bridge for a month of repairs, the mayor told reporters "
                "outside the town hall.\nDrivers were told to use the ring road while crews replace the worn joints "
                "and resurface the deck.\n")


def test_an_author_s_note_closing_a_page_without_byline_names_its_author():
    raw = (f"Council shuts the old bridge for a month of repairs\nMarch 3, 2026\n{_BRIDGE_BODY}About the author\n"
           "Dana Cole\nDana Cole is a community reporter for the Riverton Ledger. She joined the paper in 2019.")
    parts = parse_text(raw)
    assert parts.paragraphs[-1].startswith("Drivers were told") and parts.box_authors == ["Dana Cole"]


def test_an_author_s_note_in_another_language_and_its_label_leave_the_body():
    raw = (f"Council shuts the old bridge for a month of repairs\nPor Lucía Vega\n3 de marzo de 2026\n{_BRIDGE_BODY}"
           "Acerca de la autora\nLucía Vega es periodista especializada en transporte.")
    parts = parse_text(raw)
    assert parts.paragraphs[-1].startswith("Drivers were told")
    assert "Acerca de la autora" in parts.removed


def test_a_handle_after_the_byline_s_name_is_no_part_of_it():
    assert authors_from_byline("By Dana Cole @danacole") == ["Dana Cole"]


def test_an_opinion_byline_and_the_author_s_note_under_it():
    raw = ("Opinion\nOur towns need trains, not more motorways\nOpinion by Dana Cole\n"
           "Dana Cole is a transport planner and former county councillor.\nUpdated 6:00 AM EDT, Thu April 2, 2026\n"
           + _BRIDGE_BODY)
    parts = parse_text(raw)
    assert (parts.title, parts.byline, authors_from_byline(parts.byline)) == (
        "Our towns need trains, not more motorways", "Opinion by Dana Cole", ["Dana Cole"])
    assert parts.paragraphs[0].startswith("The council voted")


@pytest.mark.parametrize(("first", "day"), [
    ("RIVERTON, March 10, 2026 /Newswire/ -- The water authority today announced a new reservoir north of the city.",
     "2026-03-10"),
    ("RIVERTON, Ore., March 10, 2026 — The water authority today announced a new reservoir north of the city.",
     "2026-03-10"),
    ("RIVERTON, March 10 (Newswire) - The water authority today announced a new reservoir north of the city.", None),
])
def test_a_dateline_s_full_date_dates_a_page_whose_headline_block_has_none(first, day):
    from loaders.extract.text_article import pick_date_clue

    parts = parse_text(f"Water authority announces new reservoir project\n{first}\n{_BRIDGE_BODY}")
    clue = pick_date_clue(parts.dates)
    assert (clue.match.value.isoformat() if clue else None) == day


@pytest.mark.parametrize("byline", ["Redacción", "Par la rédaction", "Von der Redaktion", "Por la Redação"])
def test_a_newsroom_credited_as_the_byline_names_no_person(byline):
    from loaders.extract.pageblocks import is_byline

    assert is_byline(byline) and authors_from_byline(byline) == []


def test_a_writer_s_name_over_the_outlet_s_is_a_byline_on_two_lines():
    raw = f"Home\nBridge to close for a month of repairs\nDana Cole\nValley Beacon\nMarch 3, 2026\n{_BRIDGE_BODY}"
    parts = parse_text(raw, outlet_bylines=("Valley Beacon",))
    assert (parts.byline, authors_from_byline(parts.byline)) == ("Dana Cole", ["Dana Cole"])
    assert "Valley Beacon" not in parts.paragraphs


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Dr. Dana Cole", ["Dana Cole"]),  # a title is no part of the name
    ("By Prof Dana Cole and Mrs Lee Park", ["Dana Cole", "Lee Park"]),
    ("By Siti Aminah binti Yusof", ["Siti Aminah binti Yusof"]),  # a patronymic particle
])
def test_byline_names_without_titles_and_with_particles(byline, authors):
    assert authors_from_byline(byline) == authors


def test_a_live_page_s_first_entry_heading_under_its_timestamp_stays_in_the_body():
    raw = ("LIVE\nStorm live updates: thousands without power across the valley\nRiverton News\n"
           "Posted: Mar 3, 2026 6:30 AM\nLatest updates\n2:15 p.m.\nFerry crossings cancelled\n"
           "The ferry operator cancelled all of Sunday's crossings because of high winds and waves in the strait.\n"
           "The airport said many departures had been cancelled.\n— Dana Cole\n1:40 p.m.\n"
           "Mayor asks for help\nThe mayor said the town would ask the county for help to clear roads and restore "
           "power in the hardest-hit areas, and that crews had worked through the night.\n"
           "Residents were urged to stay home and keep off the roads until the wind dropped in the evening.\n"
           "Comfort centres opened in three schools and the town hall for people without power or heat.")
    parts = parse_text(raw, outlet_bylines=("Riverton News",))
    assert parts.paragraphs[0] == "Ferry crossings cancelled"


@pytest.mark.parametrize(("text", "title", "first"), [
    # a copied snippet without a headline line: the dateline paragraph opens the body
    (f"LAGOS — Governor Ade Bello said on Monday that the state would reopen the ferry terminal.\n\n{SECOND}",
     None, "LAGOS — Governor Ade Bello said"),
    (f"The harbour authority said on Friday that it had approved a new pier for cruise ships.\n\n{SECOND}",
     None, "The harbour authority said"),
    (f"WELLINGTON — The minister announced new rules.\n\n{PARAGRAPH}", None, "WELLINGTON — The minister"),
    # with a headline line above it, the headline stays
    (f"Ferry terminal to reopen\n\nLAGOS — Governor Ade Bello said on Monday that the state would reopen it."
     f"\n\n{SECOND}", "Ferry terminal to reopen", "LAGOS — Governor Ade Bello said"),
])
def test_a_body_paragraph_is_never_the_headline(text, title, first):
    parts = _parse(text)
    assert parts.title == title
    assert parts.paragraphs[0].startswith(first)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # A name line that is a byline author's name (any case, a given name the name data need not know) over
        # a short note on the author: the box closes the article, however short the note.
        (["MIRA OKONJO", "Okonjo covers the courts for the Riverton Ledger.", "mailto", "TEODOR VASK",
          "Vask covers city hall for the Riverton Ledger."], 0),
        (["Teodor Vask", "Teodor Vask is a courts reporter at the Ledger.", "Mira Okonjo"], 0),
        # Someone the byline does not name, with a short note: the article's.
        (["Lena Fosse", "Fosse runs the bakery on Main Street."], 2),
    ],
)
def test_a_byline_authors_name_line_over_a_short_note_closes_the_article(tail, kept):
    text = "Council Shuts Old Bridge\nBy MIRA OKONJO and TEODOR VASK\nMarch 3, 2021\n" + "\n".join(
        [LONG, PARAGRAPH, *tail])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


@pytest.mark.parametrize(
    "last",
    [
        "The council said it would appeal. JR",  # a sentence, then the outlet's sign-off in capitals
        "The council said it would appeal. ENDS",
        # a wire agency's sign-off: its name in brackets, maybe the editor's initials in lower case
        "The council said it would appeal. (Ritna) jr",
        "The council said it would appeal. (Ritna) jr/ab",
        "The council said it would appeal. (RNA)",
        "The council said it would appeal. /RNA",  # the agency's code after a slash
        "The council said it would appeal./RNA",
    ],
)
def test_a_last_sentence_closed_by_a_sign_off_code_stays_in_the_body(last):
    text = "Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n" + "\n".join(
        [LONG, PARAGRAPH, last, "Jane Roe", "Jane Roe is a reporter who covers the courts for the Riverton Ledger."])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, last]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # "About <organisation>" over its blurb and contacts: a release's boilerplate closes the article.
        (["About Riverton Polytechnic", "Founded in 1890, Riverton Polytechnic is a public university in the "
          "valley.", "Media contact", "Ana Lund"], 0),
        # ...with a run of particles inside the name ("de los", "of the").
        (["About Instituto de las Artes del Sur", "Founded in 1950, the institute teaches music and dance."], 0),
        (["About the Riverton Society of the Arts", "Founded in 1950, the society runs the town's galleries."],
         0),
        # Lowercase after "About": a sentence's start, not a heading.
        (["About three hundred people came.", "Founded in 1890, the club is the oldest in the valley."], 2),
    ],
)
def test_an_about_section_closing_the_article_leaves_the_body(tail, kept):
    text = "Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *tail])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


_HEADINGS = ["How Bridges Are Inspected", "Why Bridges Close", "What Happens Next?"]


@pytest.mark.parametrize(
    ("contents", "kept"),
    [
        # A run of short lines at the body's start, each standing again further down as a section heading: the
        # page's table of contents, not the article's text.
        (_HEADINGS, False),
        ([f"{n}. {heading}" for n, heading in enumerate(_HEADINGS, 1)], False),  # numbered entries
        ([f"0{n} {heading}" for n, heading in enumerate(_HEADINGS, 1)], False),
        # Two entries are no contents list; nor are lines that do not stand again as headings.
        (_HEADINGS[:2], True),
        (["Bring a torch for the dark tunnel", "Wear boots on the muddy path", "Check the tide table first"], True),
    ],
)
def test_a_table_of_contents_at_the_body_s_start_leaves_the_body(contents, kept):
    intro = "The valley's bridges are old, and the council has a plan for each of them, its new report says."
    sections = [PARAGRAPH, _HEADINGS[0], _PARAGRAPHS[0], _HEADINGS[1], _PARAGRAPHS[1], _HEADINGS[2], _PARAGRAPHS[2]]
    text = "Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n" + "\n".join([LONG, intro, *contents, *sections])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, intro, *(contents if kept else []), *sections]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # The byline author's name line over a job line: the author box, whatever follows it.
        (["Mira Okonjo", "Content Writer", "Guides", "Why Teams Leave Their Old Planning Tools Behind for Good and "
          "What They Pick Instead", "Join our webinars, browse the help centre, and try the newest planner."], 0),
        (["Author", "Mira Okonjo", "Co-Founder & COO", "More articles by", "Mira"], 0),
        # A byline author's note closes the article: the box's next lines go with it.
        (["Mira Okonjo is an independent planning consultant and the founder of a small firm.",
          "Named one of the twenty planners to watch by a trade magazine in 2024."], 0),
        # The byline author's name over news of them, not a biography: the article's.
        (["Mira Okonjo", "Mira Okonjo was one of three reporters turned away at the door by the council's "
          "security staff.", "The council leader, Tessa Vollan, apologised on Wednesday."], 3),
        # A name line that is no byline author's, over a job line: the article's (a list of people, a cast).
        (["Lena Fosse", "Baker", "Fosse has run the bakery on Main Street for twenty years, and says the bridge "
          "brought her most of her customers."], 3),
    ],
)
def test_the_byline_author_s_box_closes_the_article(tail, kept):
    text = "Council Shuts Old Bridge\nBy Mira Okonjo\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *tail])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # The byline printed again at the end (without "By"): the article's sign-off; the unquoted lines under it
        # (a translation note) go with it.
        (["Mira Okonjo (Port Elna, field reporter)",
          "This report was translated from the Norwegian by the news desk; the original text is the one that "
          "counts."], 0),
        # More than one line under it, or news of the author under it: the article's.
        (["Mira Okonjo (Port Elna, field reporter)", "The council will elect an interim mayor next week.",
          "Deputy mayor Tomas Reyl is expected to stand."], 3),
        # A quotation under it is the article's (a profile's subject named like the writer is no sign-off).
        (["Mira Okonjo (Port Elna, field reporter)", "\u201cWe will rebuild the bridge,\u201d the mayor "
          "said on Tuesday after the vote in the town hall."], 2),
    ],
)
def test_the_byline_repeated_at_the_end_signs_off_the_article(tail, kept):
    text = ("Council Shuts Old Bridge\nBy Mira Okonjo (Port Elna, field reporter)\nMarch 3, 2021\n"
            + "\n".join([LONG, PARAGRAPH, *tail]))
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *tail[:kept]]


@pytest.mark.parametrize(
    "between",
    [
        ["Lire en français", "Tags: Bridges"],  # a language link and tags between the standfirst and the date
        ["Share", "Print this page"],
    ],
)
def test_a_standfirst_above_the_date_line_past_other_furniture(between):
    standfirst = "Repairs to the old bridge will take a year, and the detour will cost the town's shops dearly."
    body = [LONG, PARAGRAPH, *_PARAGRAPHS]
    text = "\n".join(["Council Shuts Old Bridge", "Jane Roe", standfirst, *between, "March 3, 2021", *body])
    parts = _parse(text)
    assert parts.subtitle == standfirst
    assert parts.paragraphs == body


@pytest.mark.parametrize(
    "footer",
    [
        # Capitals after a footer's sentence that are a link or a label, not a sign-off code.
        ["Sign up for our daily newsletter. FREE", "Follow us on social media. RSS", "Home | News | Sport"],
        ["Back to the start of the page. TOP"],
    ],
)
def test_a_footer_closed_by_a_link_in_capitals_leaves_the_body(footer):
    text = "Council Shuts Old Bridge\nBy Jane Roe\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, *footer])
    assert _parse(text).paragraphs == [LONG, PARAGRAPH]


@pytest.mark.parametrize(
    ("note", "tail", "kept"),
    [
        # A note that reads as the author's biography leaves, and takes the unquoted lines under it.
        ("Mira Okonjo is a reporter who covers the valley's councils.", ["Named one of the valley's young "
         "writers to watch in 2024."], []),
        # News of the author is the article's, and so are the lines under it.
        ("Mira Okonjo is among the residents who filed the original complaint in 2023, the council's records "
         "show.", ["The council will elect an interim mayor next week.", "Deputy mayor Tomas Reyl is expected to "
         "stand."], None),
    ],
)
def test_an_author_note_takes_the_lines_under_it_only_when_it_is_a_biography(note, tail, kept):
    text = "Mayor Resigns After Audit\nBy Mira Okonjo\nMarch 3, 2021\n" + "\n".join([LONG, PARAGRAPH, note, *tail])
    parts = _parse(text)
    assert parts.paragraphs == [LONG, PARAGRAPH, *([note, *tail] if kept is None else kept)]


_CHORUS = ["We will not be moved", "We will not be silent", "We will not go home"]


def test_a_chorus_sung_twice_is_no_table_of_contents():
    # The lines stand again further down, but as one block (a chorus, a list repeated), not as headings apart.
    intro = "Every march in Tarvenne this spring has ended with the same song. Its chorus is three lines long."
    middle = ["Written by a student in 1988, the song was banned for a decade. Marchers sang it again on Saturday.",
              "As the crowd dispersed, the chant rose once more, louder than before, and the police stood aside."]
    text = "The Song That Will Not Go Away\nBy Ade Marlow\nMay 1, 2025\n" + "\n".join(
        [LONG, intro, *_CHORUS, *middle, *_CHORUS, PARAGRAPH])
    assert _parse(text).paragraphs[:5] == [LONG, intro, *_CHORUS]


@pytest.mark.parametrize(
    ("line", "outlets", "byline", "date_text"),
    [
        ("Jane Roe, Wednesday 4 Nov 2026", (), "Jane Roe", "4 Nov 2026"),  # the date's weekday is no part of it
        ("Riverton Ledger , Wednesday 4 Nov 2026", ("Riverton Ledger",), "Riverton Ledger", "4 Nov 2026"),
        ("By Jane Roe | June 7, 2016", (), "By Jane Roe", "June 7, 2016"),
        # the section the story is filed in, between the writer and the date
        ("By Jane Roe in Business on 21 May 2026", (), "By Jane Roe", "21 May 2026"),
        ("By Jane Roe in World News | June 7, 2016", (), "By Jane Roe", "June 7, 2016"),
    ],
)
def test_author_or_outlet_with_the_date_on_one_line(line, outlets, byline, date_text):
    parts = parse_text(f"Council Shuts Old Bridge\n{line}\n{PARAGRAPH}", outlet_bylines=outlets)
    assert (parts.title, parts.byline, parts.date_text, parts.paragraphs) == (
        "Council Shuts Old Bridge", byline, date_text, [PARAGRAPH])


SECOND = ("Work on the line will start next spring and last three years, the board said, and the old depot will be "
          "sold to pay for part of the overrun.")


def test_two_summary_lines_over_the_byline():
    # The standfirst and a second summary point between the headline and the byline: the first is the subtitle,
    # the second is furniture; the author's note closing the article ("joined the Ledger in 2022") is one too.
    text = (f"Riverton rail chief insists the harbour tram will go ahead despite overrun\n"
            f"Transport chief Ann Vale says cheaper options would take another decade\n"
            f"Councillor Tom Pike accuses the board of treating the council as a rubber stamp\n"
            f"Jane Roe\nPublished: 8:45pm, 3 Mar 2026\n{PARAGRAPH}\n{SECOND}\n"
            f"Jane Roe joined the Ledger in 2022 and covers transport. She previously worked at a wire agency.")
    parts = _parse(text)
    assert (parts.subtitle, parts.byline, parts.date_text) == (
        "Transport chief Ann Vale says cheaper options would take another decade", "Jane Roe",
        "Published: 8:45pm, 3 Mar 2026")
    assert parts.paragraphs == [PARAGRAPH, SECOND]
    assert "Councillor Tom Pike accuses the board of treating the council as a rubber stamp" in parts.removed


def test_a_byline_in_capitals_read_as_written_or_in_title_case():
    assert authors_from_byline("By JANE ROE and JO BLOGGS") == ["Jane Roe", "Jo Bloggs"]
    assert authors_from_byline("By JANE ROE and JO BLOGGS", as_written=True) == ["JANE ROE", "JO BLOGGS"]


# Notes whose superscript marks the copy glued to their first word close the article (#10): from the first mark of
# a counting series followed by its second, the rest goes; a lone mark, a bullet with a space, or marks that do not
# count up stay. Made-up fund and survey pages.
_NOTE_BODY = [
    "Harbourline Funds said on Tuesday its low-cost bond range had drawn record deposits this year, as savers "
    "moved cash out of bank accounts.",
    "The firm's chief economist, Odile Varnick, said fees across the range had fallen for a fourth straight year.",
]


@pytest.mark.parametrize("tail, kept_tail", [
    # digits glued to the note's first word, counting 1, 2, then a disclosure paragraph: all three go
    (["1Average expense ratio of the range: 0.05%. Industry average: 0.44%.",
      "2For the ten years ended June 30, 2026, 40 of 52 funds beat their peer average.",
      "All investing is subject to risk, including the possible loss of the money you invest."], []),
    # asterisks lengthening (*, **), then a definitions line
    (["*Harbourline survey of 2,000 savers, March 2026.",
      "**Note: Figures are rounded to the nearest pound.",
      "Savings accounts include: instant access, fixed term and notice accounts."], []),
    # daggers in order, a line of note between them
    (["†Source: Coastal Statistics Office, 2026.", "Figures are provisional.",
      "‡Excludes accounts opened after May."], []),
    # near miss: one marked line alone is an aside of the body
    (["*See the table of fees at the top of this page for each fund."],
     ["*See the table of fees at the top of this page for each fund."]),
    # near miss: a bullet with a space after its mark is a list item
    (["* Fees fell in every fund of the range.", "** Deposits rose in eleven of them."],
     ["* Fees fell in every fund of the range.", "** Deposits rose in eleven of them."]),
    # near miss: marks that do not count up from the first of the series
    (["2For the ten years ended June 30, 2026, most funds beat their peers.",
      "3Average expense ratio of the range: 0.05%."],
     ["2For the ten years ended June 30, 2026, most funds beat their peers.",
      "3Average expense ratio of the range: 0.05%."]),
    # near miss: the second mark too far under the first (a body line starting "1Password ..." is no note)
    (["1Password and two rivals were named in the complaint, the regulator said.",
      "The firm denied wrongdoing and said it would appeal the ruling.",
      "Its shares fell four per cent in early trading on Wednesday.",
      "Analysts said the fall was overdone.", "A hearing is set for next month.",
      "2Fast was not named in the complaint."],
     ["1Password and two rivals were named in the complaint, the regulator said.",
      "The firm denied wrongdoing and said it would appeal the ruling.",
      "Its shares fell four per cent in early trading on Wednesday.",
      "Analysts said the fall was overdone.", "A hearing is set for next month.",
      "2Fast was not named in the complaint."]),
])
def test_glued_note_marks_close_the_article(tail, kept_tail):
    from loaders.extract.text_article import TextParts, _drop_footnotes

    parts = TextParts()
    kept = _drop_footnotes(_NOTE_BODY + tail, parts)
    assert kept == _NOTE_BODY + kept_tail
    assert parts.removed == [line for line in tail if line not in kept_tail]


_BYLINE_BODY = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
                "outside the town hall on a wet afternoon.\nWork will begin next month and last until the spring, "
                "officials said, and traffic will be diverted through the old town.")


@pytest.mark.parametrize(
    ("line", "byline", "authors"),
    [
        # a byline field's label and its colon before the name, any name (no known given name needed)
        ("WRITER: Tavita Oluwole", "WRITER: Tavita Oluwole", ["Tavita Oluwole"]),
        ("Reporter: Ines Varga and Tavita Oluwole", "Reporter: Ines Varga and Tavita Oluwole",
         ["Ines Varga", "Tavita Oluwole"]),
        # the writer signed with a desk over a spaced slash, then the date on the same line
        ("Maria Kent / RNS / Updated: Mar 3, 2026, 10:14 IST", "Maria Kent / RNS", ["Maria Kent"]),
        # near misses: a label with a sentence after it, a slash line that is no desk
        ("Writer: the council said nothing more.", None, []),
        ("Maria Kent / the bridge / Updated: Mar 3, 2026, 10:14 IST", None, []),
    ],
)
def test_byline_fields_and_desk_signed_bylines(line, byline, authors):
    parts = parse_text(f"Council shuts the old bridge\n{line}\nMarch 3, 2026\n{_BYLINE_BODY}")
    assert parts.byline == byline
    assert authors_from_byline(parts.byline, as_written=True) == authors


# A numbered list inside the article is no list of notes (#10, review): items glued to their numbers under body
# prose stay, whether they are headings over paragraphs, topic labels, or carry speech, or prose with speech
# follows them; a page's notes (sentences, note labels, no speech) still close the body. Made-up pages.
_LIST_BODY = [
    "Spring has come to Kelloway and the terraces along the river are open again for the season.",
    "Here are the places our readers voted for this year.",
]


@pytest.mark.parametrize("tail, notes", [
    # headings glued to their numbers, each over a paragraph, then prose reporting speech
    (["1The Tannery Bakery", "Owner Pia Stenlund proves every loaf overnight, and the rye sells out by nine.",
      "2Harbour Kiosk", "A tiny hut with a long view over the ferries.", "3Vesna's",
      "Stenlund said she hopes to open a second shop next year."], False),
    # headings over paragraphs with no speech at all: the headings alone make it a list
    (["1Free parking", "The council will scrap fees at both town-centre car parks from June.",
      "2Longer library hours", "The central library will open until 8pm on weekdays.",
      "The changes will cost 1.2 million a year."], False),
    # topic labels before a colon, then prose
    (["1Housing: build 500 homes by 2027, which the mayor called the first test of the plan.",
      "2Transport: a new bus line to the port.",
      "The next council meeting is on April 2."], False),
    # items that are sentences, the last one carrying speech
    (["1Roads will be resurfaced across the northern wards by autumn.",
      "2Clinics in Dunmore will get new staff, Varga said."], False),
    # items that are sentences, a reported sentence after them
    (["1Roads will be resurfaced across the northern wards by autumn.",
      "2Clinics in Dunmore will get new staff.",
      "Councillor Ede Varga said both goals could be met within the year."], False),
    # notes: sentences with a note label, no speech, a disclosure under them
    (["1Figures exclude capital grants and one-off transfers.",
      "2Source: Kelloway Statistics Office, 2026.",
      "The author holds no shares in any company mentioned."], True),
    # notes citing a titled report in quotation marks: a title is no speech
    (["*Pellam Institute, “Savings and Households,” November 2025.",
      "**Note: Averages are rounded to the nearest pound."], True),
    # near miss of the label rule: a note's label of two words still opens a note
    (["1Important information: Figures are provisional until the annual revision.",
      "2For the five years ended March 31, 2026."], True),
])
def test_a_numbered_list_in_the_article_is_no_list_of_notes(tail, notes):
    from loaders.extract.text_article import TextParts, _drop_footnotes

    parts = TextParts()
    kept = _drop_footnotes(_LIST_BODY + tail, parts)
    assert kept == (_LIST_BODY if notes else _LIST_BODY + tail)
    assert parts.removed == (tail if notes else [])


@pytest.mark.parametrize("line, item", [
    ("1The Tannery Bakery", True),
    ("2Longer library hours", True),
    ("1Housing: build 500 homes by 2027.", True),
    ("**Note: Averages are rounded.", False),
    ("†Sources: Coastal Statistics Office.", False),
    ("1Average expense ratio of the range: 0.05%.", False),  # a long lead before the colon is no topic label
    ("2For the ten years ended June 30, 2026.", False),
    ("1Figures exclude capital grants and one-off transfers", False),  # no full stop, but too long for a heading
])
def test_a_marked_line_heading_a_list_item(line, item):
    from loaders.extract.text_article import _reads_as_list_item

    assert _reads_as_list_item(line) is item


# A desk's name glued after the writer's full name ends the byline (#10): a few capitalised words closed by a desk
# word, read off only after a given name and a surname; a surname that is also a desk's word ("Hall") stays, and a
# desk named after a place that a given name spells names nobody. Made-up bylines.
@pytest.mark.parametrize("byline, authors", [
    ("By Teodor Vasko City Hall Bureau", ["Teodor Vasko"]),
    ("By Marta Quell Washington Bureau", ["Marta Quell"]),
    ("By Marta Quell Politics Desk", ["Marta Quell"]),
    ("By Ana de la Fuente Lisbon Bureau", ["Ana de la Fuente"]),
    ("By Marta J. Quell Foreign Desk", ["Marta J. Quell"]),
    ("By Marta Quell and Teodor Vasko Brussels Bureau", ["Marta Quell", "Teodor Vasko"]),
    # near misses: a surname "Hall" before a desk, and no desk at all
    ("By Teodor Hall City Hall Bureau", ["Teodor Hall"]),
    ("By Teodor Hall", ["Teodor Hall"]),
    ("By Marta Quell Hall", ["Marta Quell Hall"]),
    # near misses: desks alone, a desk opening on a place that a given name spells
    ("By Kelloway Bureau", []),
    ("By Riverton News Desk", []),
    ("By Austin City Hall Bureau", []),
    ("By Victoria Daily News Desk", []),
    ("By Jackson State House Bureau", []),
    # near miss: the desk word must end the line
    ("By Marta Quell Bureau Chief Kelloway", []),
])
def test_a_desk_after_the_writers_name(byline, authors):
    assert authors_from_byline(byline) == authors
