import pytest

from loaders.extract.boilerplate import (
    classify_line,
    is_end_heading,
    scan_lines,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Search the Daily Planet's archive going back to 1901", "archive"),
        ("See Original Evening Edition From This Date", "archive"),
        ("3 minute read.", "reading_time"),
        ("Reading time: 5 min", "reading_time"),
        ("mayor at the podium. (photo credit: Jane Roe/Flash)", "photo_credit"),
        ("Photo: Getty Images", "photo_credit"),
        ("Photograph by Sam Lee", "photo_credit"),
        ("We use cookies to improve your experience. Accept", "cookie"),
        ("Cookie Settings", "cookie"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Share  |  Print  |  Email", "share"),
        ("Advertisement", "advert"),
        ("© 2021 Planet Media Ltd. All rights reserved.", "copyright"),
        ("Daily Planet – Exclusive", "banner"),
        ("Read more: Council votes to close the old bridge", "link"),
        ("Become a Planet Premium member now for just $3 and read without ads. Click here>>", "appeal"),
        ("Support our journalism: $5 a month keeps us independent.", "appeal"),
        ("Image caption, The old bridge fell in May", "photo_credit"),
        ("Soldiers at the border. (AFP via Getty Images)", "photo_credit"),
        # A caption closing on its credit: a wire's "(Agency Photo/Name)", "Credit: Name / Owner", a name in
        # capitals "FOR" the outlet.
        ("Mayor Jo Brandt waves in Riverton, Monday, May 4, 2026. (Wire Photo/Sam Okoro)", "photo_credit"),
        ("A kestrel photographed near the lake in 2025. Credit: Ana Velloso / Riverton University", "photo_credit"),
        ("Boats on the shore at Port Elna, on May 2, 2026. KOFI ABENA FOR THE RIVERTON LEDGER", "photo_credit"),
        ("Nets drying at Port Elna, on May 2, 2026. MARIE DUVAL FOR LE COURRIER", "photo_credit"),  # any article
        ("Boats on the shore at Port Elna, on May 2, 2026. KOFI ABENA / RIVERTON LEDGER", "photo_credit"),
        ("Follow us on Telegram", "share"),
        ("Skip to main content", "share"),
        ("Reporting by Jane Roe; Editing by John Doe", "credits"),
        ("Topics: Riverton, Local government", "credits"),
        ("A version of this article appears in print on June 8, 2016, Section A", "credits"),
    ],
)
def test_classify_line_signals(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The council said subscriptions to the town paper fell by half last year.",
        "Streaming services raised their premium prices, and you can still sign up for a trial today.",
        "Anti-terror alliance",
        "The mayor shared the photo on social media.",
        "Residents left their homes early on Monday, officials said.",
        "The mayor (AP) said on Monday that he would resign after the vote.",
        "The credit union cut its fees. Credit: that is what members asked for, the manager said.",
        "The agency Wire Photo/Stock said its sales fell by a third in the year to March.",
        "The council voted to close the bridge in May. JO ROE",
        # Slogans in capitals closing a sentence; "Credit:" followed by a sentence, not a name.
        "Marchers walked from the depot to the town hall. FAIR RENTS FOR TENANTS",
        "Crowds chanted outside the court. NO MORE LIES / NO MORE WARS",
        "The mayor thanked volunteers for their work. Credit: Local banks offered cheap loans to rebuild",
        "Loans fell 12% in the first quarter. Credit: The central bank said tighter rules were to blame.",
        "Reporting by local journalists revealed the cracks months earlier, the inquiry found.",
    ],
)
def test_classify_line_keeps_article_text(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Related Content", True), ("Recommended from the Planet", True), ("You may also like", True),
     ("Read more", True), ("Related articles:", True), ("Relations with the council", False),
     ("Most of the residents stayed", False)],
)
def test_is_end_heading(line, expected):
    assert is_end_heading(line) is expected


BODY = "The council met on Monday and voted to close the old bridge for repairs, the mayor said in a statement."


def test_appeal_block_from_salutation_to_signatures():
    lines = [
        "Headline here",
        "Dear Reader,",
        "Times are hard for newspapers like ours, so we ask you to help us.",
        "• Access to everything",
        "Thank you,",
        "Ann Example, Publisher",
        "Bob Example, Editor",
        BODY,
    ]
    assert scan_lines(lines) == [None, "appeal", "appeal", "appeal", "appeal", "appeal", "appeal", None]


def test_related_heading_removes_everything_after_it_once_the_article_began():
    lines = [BODY, "Related Content", "Another story title", "April 3, 2014", "Cookie Settings"]
    assert scan_lines(lines) == [None, "related", "related", "related", "related"]


def test_ambiguous_heading_followed_by_more_article_only_drops_itself():
    long_paragraph = BODY + " " + BODY
    lines = [BODY, "Read more", long_paragraph, "Related articles", "Another story title"]
    assert scan_lines(lines) == [None, "related", None, "related", "related"]


def test_related_heading_before_the_article_only_drops_itself():
    lines = ["Latest News", "Headline", BODY]
    assert scan_lines(lines) == ["related", None, None]


def test_related_heading_in_extracted_html_only_drops_itself():
    lines = [BODY, "Read more", BODY]
    assert scan_lines(lines, truncate_related=False) == [None, "related", None]


def test_caption_repeated_with_photo_credit():
    lines = ["mayor 300 ap", "", "mayor 300 ap. (photo credit: AP)", BODY]
    assert scan_lines(lines) == ["caption", None, "photo_credit", None]


@pytest.mark.parametrize(
    "line",
    ["| a " * 60 + "|", "a / " * 200, "word " * 600, "Copyright " * 100, "cookie " * 80, "(" * 300 + "AP",
     "Reporting by " + "Jane Roe, " * 100],
)
def test_classify_line_stays_fast_on_pathological_lines(line):
    import time

    started = time.perf_counter()
    for _ in range(20):
        classify_line(line)
        is_end_heading(line)
    assert time.perf_counter() - started < 0.5


def test_breadcrumb_lines_are_navigation():
    assert classify_line("Home › News › Middle East") == "navigation"
    assert classify_line("Russia / Israel") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This article is more than 2 years old", "archive"),
        ("Marchers outside the town hall on Friday. Photograph: Jo Bloggs/Riverton Agency", "photo_credit"),
        ("Marchers outside the town hall. Credit...Jo Bloggs for The Riverton Courier", "photo_credit"),
        ("Sign up to Morning Brief", "newsletter"),
        ("Free daily newsletter", "newsletter"),
        ("Newsletter: Get our business briefing every Monday", "newsletter"),
        ("Privacy Notice: Newsletters may contain info about charities and online ads.", "newsletter"),
        ("Share full article", "share"),
        ("Reuse this content", "share"),
        ("Follow The Riverton Evening Courier channel on WhatsApp", "share"),
        ("Edited by: Jo Bloggs", "credits"),
        ("See more on: City Politics", "credits"),
        ("Our Standards: The Courier Trust Principles.", "credits"),
        ("Reporting from Riverton", "credits"),
        ("Advertisement · Scroll to continue", "advert"),
        ("Advertisement. Scroll to continue reading.", "advert"),
        ("Thank you! Your submission has been received!", "button"),
        ("Oops! Something went wrong while submitting the form.", "button"),
        ("Your message has been sent.", "button"),
        ("Have a tip? Jo Roe may be reached at jroe@example.com. Follow her on Twitter @joroe.", "credits"),
        ("Reach the reporters on Twitter at http://twitter.example/joroe", "credits"),
        ("Contact the writer: jroe@example.com", "credits"),
        ("Image 1 of / 5", "button"),
        ("3 / 5", "button"),
        ("Back to Gallery", "button"),
        ("Let Us Help! Call us at (555) 277-0150 or fill out this quick form and we will reply within a day!", "button"),
        ("A Riverton Home Pro will contact you within 24 hours. Or skip the form and call now: 844.555.8630.", "button"),
        ("Live", "label"),
        ("Live Reporting", "label"),
        ("Summary", "label"),
        ("Posted at 18:20", "label"),
        ("Skip next section Explore more", "label"),
    ],
)
def test_classify_line_more_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    ["Live music returned to the square on Saturday, the organisers said.",
     "The mayor posted at 6am that the bridge was closed.",
     "Sign up to the scheme closes on Friday, the council said.",
     "The clerk said your submission has been received and will be read on Monday.",
     "Something went wrong while submitting the form to the council, residents said.",
     "Anyone with information should call police at 555-123-4567, the council said.",
     "She may be reached at home, her lawyer said on Monday.",
     "“Call us anytime,” the ferry company said in a statement on Monday."],
)
def test_classify_line_keeps_prose_near_the_new_signals(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [("Explore more on these topics", True), ("Tags", True),
                                                ("The Courier's top stories", True), ("Top of the hill", False)])
def test_more_end_headings(line, expected):
    assert is_end_heading(line) is expected


_LONG = ("The council met on Monday and voted to close the old bridge for repairs, the mayor told reporters "
         "outside the town hall after the meeting.")
_CLOSING = "Work on the bridge will begin next month, the deputy mayor added."


def test_read_also_with_one_headline_inside_the_article_drops_only_the_link():
    lines = [_LONG, "Read also", "Bridge repairs to cost more than planned", _CLOSING, "Tags", "Riverton"]
    assert scan_lines(lines) == [None, "link", "link", None, "related", "related"]


def test_read_also_at_the_end_still_cuts_the_rest():
    lines = [_LONG, "Also Read", "Bridge repairs to cost more than planned", "Follow us on Telegram"]
    assert scan_lines(lines) == [None, "related", "related", "related"]


def test_newsletter_blurb_between_newsletter_lines():
    lines = [_LONG, "Sign up to Morning Brief", "Free weekly newsletter",
             "The week's most important stories from the city, the good and the bad, in one email every Monday",
             "Privacy Notice: Newsletters may contain info about charities and online ads.", _CLOSING]
    assert scan_lines(lines) == [None, "newsletter", "newsletter", "newsletter", "newsletter", None]


def test_edited_by_above_the_article_is_kept_for_the_byline_and_live_post_author_is_credit():
    lines = ["Edited by Jo Bloggs and Sam Roe", _LONG, "Sam Roe", "Reporting from Riverton", _CLOSING,
             "Edited by: Jo Bloggs"]
    assert scan_lines(lines) == [None, None, "credits", "credits", None, "credits"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The Courier's Jo Bloggs and Sam Roe contributed to this report.", "credits"),
        ("Associated Press writer Jo Bloggs contributed reporting.", "credits"),
        ("___", "credits"),
        ("Subscribers only", "label"),
        ("Lire en français", "label"),
        ("Time to 2 min.", "reading_time"),
        ("Read more Subscribers only In Riverton, the mayor's gamble", "link"),
    ],
)
def test_classify_line_wire_and_paywall_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", ["Read more about the plan in the annex.",
                                  "Readers contributed to this report, the editor said in a note to staff."])
def test_classify_line_keeps_sentences_like_them(line):
    assert classify_line(line) is None


def test_keywords_heading_cuts_the_list():
    assert scan_lines([_LONG, "KEYWORDS", "Riverton, bridge"]) == [None, "related", "related"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("— With assistance from Jo Bloggs", "credits"),
        ("(Updates with analyst comment in fifth paragraph.)", "credits"),
        ("Press play to listen to this article", "share"),
        ("Voiced by artificial intelligence.", "share"),
        ("Have a confidential tip for our reporters? Get in touch", "share"),
    ],
)
def test_classify_line_agency_and_audio_furniture(line, kind):
    assert classify_line(line) == kind


def test_part_of_a_product_heading_cuts_the_promo():
    lines = [_LONG, "This article is part of Courier Pro", "Morning Farm Brief", "The solution for professionals"]
    assert scan_lines(lines) == [None, "related", "related", "related"]


@pytest.mark.parametrize("heading", ["Share or comment on this article:", "Note from the author:"])
def test_share_and_author_note_headings_cut_the_rest(heading):
    assert scan_lines([_LONG, heading, "Hi, this is Jo. Journalism costs money.", "Become a member"]) == [
        None, "related", "related", "related"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PAKISTAN’S captain celebrates his century at the Iqbal Stadium on Sunday. — AFP", "photo_credit"),
        ("A farmer near Griffith says his family has grown rice for decades. (ABC Rural: Jane Roe)", "photo_credit"),
        ("Crews at the Riverton substation on Jan. 8, 2026. (Riverton City Council / Telegram)", "photo_credit"),
        ("A ferry sails near the old pier, March 2, 2026. REUTERS/Jo Roe/File Photo Purchase Licensing Rights",
         "photo_credit"),
        ("A ferry sails near the old pier on Monday. Reuters/Jo Roe", "photo_credit"),
        # a short agency name the gate's words leave out
        ("Oil stains the banks of the Varna River near Lake Ostrel on April 8, 2026. EFE/Jo Roe", "photo_credit"),
        ("The toll rose to 12 (Riverton / Lakeside)", None),
        ('Ferries at the old pier: "A bridge is not a road." Foto: Jo Roe / Riverton Courier', "photo_credit"),
        ("X.com", "share"),
        ("More sharing options", "share"),
        ("Link kopieren", "share"),
        ("Weitere Optionen zum Teilen", "share"),
        ("This interview originally appeared in German in the Riverton Courier 21/2026.", "disclosure"),
        ("Sign up for push alerts and have the best news delivered directly to your phone", "newsletter"),
        ("Share article", "share"),
        ("Count of shares 12", "share"),
        ("Download PDF", "share"),
        ("Updated about 3 hours ago", "timestamp"),
        ("2:15 p.m.", "timestamp"),
        ("— Graham Pye", "credits"),
        ("Comments are closed on this story.", "credits"),
        ("Published in Dawn, October 19th, 2026", "credits"),
        ("Join the Ledger's WhatsApp Channel and get the latest news.", "share"),
    ],
)
def test_classify_line_more_signals(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", ["About the author", "About Riverton Energy", "Media contact:", "Investor relations"])
def test_closing_blocks_of_a_release_are_end_headings(line):
    assert is_end_heading(line)


def test_signal_gates_never_hide_a_match():
    """Each signal's gate (words it needs, a longest length) only skips lines its pattern cannot match: checked
    on every line of the project's article files."""
    from pathlib import Path

    from loaders.extract.boilerplate import SINGLE_LINE_SIGNALS

    data = Path(__file__).resolve().parents[2] / "data"
    lines = [line.strip() for path in sorted(data.rglob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    lines += [line.strip() for line in Path(data.parents[1] / "seeds").joinpath("000_84f36ca0c7dda85b.txt")
              .read_text("utf-8").splitlines()]
    for line in filter(None, lines):
        low = line.lower()
        for signal in SINGLE_LINE_SIGNALS:
            if signal.pattern.search(line):
                assert signal.gate_open(line, low), (signal.kind, line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [("GET THE RECIPE", "button"), ("Check Price on Amazon", "button"), ("Learn More", "button"),
     ("Share this post", "button"), ("Check the Oil", None), ("Learn the Basics", None), ("See you in court", None)],
)
def test_buttons_are_furniture_but_imperative_subheadings_stay(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        # A disclosure over the headline block is no article yet: the comment count under the byline cuts nothing.
        (["If you buy through our links, we may earn an affiliate commission. Learn more.", "Best bridges",
          "By Jane Roe", "21 comments", BODY],
         ["disclosure", None, None, "related", None]),
        # Once the article has begun, a comments heading closes it.
        ([BODY, "21 comments", "Jo Bloggs", "Great article, thanks for writing it, I learned a lot today."],
         [None, "related", "related", "related"]),
    ],
)
def test_an_end_heading_closes_only_an_article_that_has_begun(lines, labels):
    assert scan_lines(lines) == labels


def test_placeholder_text_is_no_article_text():
    assert classify_line("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.") == "advert"
    assert classify_line("Lorem Ipsum 2") == "advert"


@pytest.mark.parametrize(
    "line",
    ["We Care About Your Privacy",
     "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies to process "
     "personal data.",
     "We and our partners process data to provide:",
     "Store and/or access information on a device. Use limited data to select advertising.",
     "List of Partners (vendors)"],
)
def test_the_consent_dialog_is_cookie_furniture(line):
    assert classify_line(line) == "cookie"


@pytest.mark.parametrize(("line", "expected"), [
    ("References", True), ("Sources:", True), ("How we reviewed this article:", True), ("Bibliography", True),
    ("Works cited", True), ("Sources say the bridge will close", False),
])
def test_a_list_of_sources_closes_the_article(line, expected):
    assert is_end_heading(line) is expected


def test_the_sources_list_after_the_article_leaves_it():
    lines = [_LONG, _CLOSING, "References", "Roe J, et al. (2021). Bridges and towns.", "https://example.org/b"]
    assert scan_lines(lines)[2:] == ["related", "related", "related"]


@pytest.mark.parametrize(("line", "kind"), [
    ("The old bridge seen from the river. Photo by: 'Jane Roe'.", "photo_credit"),
    ("The old bridge seen from the river. Photo credit: Jane Roe", "photo_credit"),
    ("He took the photo by the river. It was late.", None),
])
def test_a_caption_closing_on_its_credit(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("1 Tax Foundation, “2025 State Tax Index,” accessed September 2025.", "credits"),  # a footnote citing a source
    ("[2] Roe J. Bridges of Riverton. Retrieved on 3 May 2024.", "credits"),
    ("3 people accessed the site in 2024.", None),  # prose
    ("About the author: Jane Roe is a freelance photographer based in Riverton.", "credits"),  # an author box
    ("About the author of the report, little is known.", None),
    ("The report, accessed by reporters in May 2025, shows it.", None),
])
def test_a_footnote_citing_a_source_is_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Above: The seed heads of coneflowers on the old bridge. Photo by Jo Roe.", "photo_credit"),  # a caption
    ("Pictured: The mayor at the bridge", "photo_credit"),
    ("Top: the council said it would wait", None),
    ("Top: Riverton Power, Westbank and Nordco led the gains.", None),  # "Top:" opens ordinary lines too
    ("Below: The full text of the mayor's statement.", None),
    ("Below the bridge, the river rose.", None),
    ("$100 at Amazon $100 at Riverton Hardware $90 at Target", "button"),  # shop buttons
    ("$129 at Amazon", "button"),
    ("He paid $100 at Amazon for it.", None),
    ("Five Goals for a Bridge Read More about Five Goals for a Bridge", "link"),  # a teaser repeating its headline
    ("You can read more about the bridge on the council's site.", None),
])
def test_captions_shop_buttons_and_teaser_links(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("agency", ["AP", "AFP", "Reuters", "dpa", "EPA", "Getty Images", "Xinhua", "PTI"])
def test_every_listed_agency_closes_a_caption_as_its_credit(agency):
    # one agency list (credits.PICTURE_AGENCIES) feeds every credit-line pattern
    assert classify_line(f"The mayor at the old bridge on Monday — {agency}") == "photo_credit"
    assert classify_line(f"The mayor at the old bridge on Monday. ({agency} Photo)") == "photo_credit"
    assert classify_line(f"The mayor told {agency} reporters at the old bridge on Monday.") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Disclosure: This post contains affiliate links; we may earn a small commission at no cost to you.",
         "disclosure"),
        ("Riverton Reviews may earn an affiliate commission if you buy through links in this article.", "disclosure"),
        ("The views expressed here are not necessarily those of the Riverton Institute.", "disclosure"),
        ("Opinions expressed are solely those of the author.", "disclosure"),
        ("Add The Riverton Post as a preferred source on Google to see more of our reporting.", "disclosure"),
        ("Editor's Note: This article also appeared in the winter issue of Riverton Monthly.", "disclosure"),
        ("This post was originally published in 2019 and has been regularly updated.", "disclosure"),
        ("Got a minute? Your feedback will help us improve the site.", "disclosure"),
        ("Sign up now to get the latest bridge news delivered straight to your inbox!", "newsletter"),
        ("Sign up now!", "newsletter"),
        ("Call us today at (919) 555-0150 or fill out the form.", "button"),
        ("We may earn a commission when you buy through affiliate links on our site.", "disclosure"),
        ("Ready to begin? Sign up below.", "newsletter"),
        ("Get news and updates delivered right to your inbox:", "newsletter"),
        ("Subscribe to never miss a post from the ferry desk", "newsletter"),
        ("By entering your email, you agree to receive emails from Riverton Media.", "newsletter"),
        ("and agree to our Terms of Use and Privacy Policy.", "newsletter"),
        ("Which bridge do you cross every day? Share your story by leaving a comment below!", "share"),
        ("Let us know what you think in the comments.", "share"),
        ("Categories Bridges , Ferries , Local news Tags old bridge , river crossing , council", "credits"),
        ("If you buy something through this post, Riverton Reviews may get a share of the sale.", "disclosure"),
        ("Receive the latest bridge news and council notes in your inbox.", "newsletter"),
        ("Sign up for Email Updates!", "newsletter"),
        ("Related Reading: The ten oldest bridges of the river", "link"),
        ("- See also: How the ferries work", "link"),
        ("This post may contain affiliate links, read about our editorial promise", "disclosure"),
        ("Guest Contributor This post was written by a guest contributor to Riverton Reviews.", "disclosure"),
        ("Get insider news and deals in your inbox!", "newsletter"),
        ("Get articles and insights from our weekly newsletter.", "newsletter"),
        ("Join over 1.6 million subscribers!", "newsletter"),
        ("79 people shared or liked this.", "share"),
        ("Sharing is caring :)", "share"),
        ("Share this post:", "share"),
        ("View All Blog Posts", "button"),
        ("Read our editorial standards", "button"),
        ("Table of Contents", "label"),
    ],
)
def test_classify_line_site_notes_plugs_and_link_lists(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The firm said its affiliates earned less this year, and we expect more cuts, the chief executive said.",
        "Residents can sign up now for the ferry pass at the town hall.",
        "She said the views expressed at the meeting were those of the whole council.",
        "Topics of the talks included budgets, roads, and schools.",
        "The scam emails were delivered to your inbox as invoices, police said.",
        "Hundreds of comments were left below the council's post within an hour.",
        "If you buy a home through an agent, you may get a share of the commission back.",
        "Related stories were published on Monday.",
        "Read the guidelines carefully before you apply.",
        "Join more than 500 members of the club at the hall on Monday.",
        "The mayor said she would read our editorial policy later.",
        # An affiliate and a money word in news prose, with no site addressing the reader.
        "Jo Roe, a lawyer for the families, said the militia, an affiliate of the Islamic State, must pay "
        "compensation. 'We will keep fighting,' she said.",
        "The platform cut rates for its affiliate program, and creators who earn money from it say you will notice.",
        # A quoted appeal to call.
        '"If anyone saw anything, please call us at (919) 555-0150," Sgt. Jo Roe said.',
        "If anyone saw anything, please call us at (919) 555-0150, Sgt. Jo Roe said.",
        # "Sign up now" inside a news sentence.
        "The county opened vaccine clinics on Monday. Sign up now, health officer Jo Roe urged residents, because "
        "slots are filling fast.",
    ],
)
def test_classify_line_keeps_prose_near_the_site_note_signals(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        # The box ends at the byline under it...
        (["Summary", "Drivers queued for an hour on the ring road", "Buses are diverted; the ferry is full",
          "Edited by Jane Roe", _LONG], ["label", "summary", "summary", None, None]),
        # ...or at a blank line, a date line or a full-stopped paragraph.
        (["Key points", "Bridge to stay shut until May", "", _LONG], ["label", "summary", None, None]),
        (["Summary", "Bridge to stay shut until May", "Saturday 14 November 2026", _LONG],
         ["label", "summary", None, None]),
        (["Summary", _LONG], ["label", None]),
    ],
)
def test_bullets_under_a_summary_label_are_furniture(lines, labels):
    assert scan_lines(lines) == labels


@pytest.mark.parametrize(("line", "kind"), [
    ("Riverton Sport is not responsible for the content of external sites.", "disclosure"),
    ("We are not responsible for the content of external internet sites", "disclosure"),
    ("The mayor said she was not responsible for the content of other people's posts.", None),
])
def test_a_site_s_disclaimer_of_external_links_is_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter", "Photo: Jo Roe", "The council met on Monday (Photo: Riverton City Council)",
    "Share this article", "© 2026 Riverton Ledger", "Tags: bridge, council", "Read more: Council shuts bridge",
    "The council met on Monday and voted to close the old bridge for repairs.", "Cookie settings", "REUTERS/Jo Roe",
    "We and our 842 partners use cookies", "This post contains affiliate links; we may earn a commission.",
    # past most signals' length limits: only the gate words of the signals a line this long reads are looked for
    "Photo: Jo Roe. " + "The Riverton council met on Monday and voted to close the old bridge for repairs. " * 6,
    "Sign up for the Riverton Ledger newsletter and read more. " + "Talks went on late into the night. " * 12,
    "© 2026 Riverton Ledger. All rights reserved. " + "The ferry ran twice a day until the spring floods. " * 9,
])
def test_one_scan_of_the_gate_words_gives_what_each_signal_s_gate_gives(line):
    from loaders.extract.boilerplate import SINGLE_LINE_SIGNALS

    text, low = line.strip(), line.strip().lower()
    expected = next((signal.kind for signal in SINGLE_LINE_SIGNALS
                     if signal.gate_open(text, low) and signal.pattern.search(text)), None)
    assert classify_line(line) == expected


@pytest.mark.parametrize(("line", "kind"), [
    ("The views expressed here are the writer's own.", "disclosure"),
    ("The views expressed in this column are those of the author.", "disclosure"),
    ("The views expressed by residents at the meeting were mixed.", None),
])
def test_an_opinion_piece_s_disclaimer_of_its_views_is_furniture(line, kind):
    assert classify_line(line) == kind


def test_a_syndicated_feed_note_is_furniture():
    assert classify_line("(This story has not been edited by Riverton staff and is auto-generated from a "
                         "syndicated feed.)") == "disclosure"
    assert classify_line("The council published its plan on Monday.") is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Copy to clipboard", "button"),
    ("Download chart image | Chart data", "button"),
    ("Amazon $19.34", "button"),  # a retailer's price button
    ("The total came to $19.34", None),
    ("Closed", None),
])
def test_a_row_of_page_controls_is_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(("line", "heading"), [
    ("About Dana van Dijk", True),  # an author box's label with a name particle
    ("Recent Posts", True),  # a blog's sidebar after the post
    ("Categories", True),
    ("About van", False),
    # English glue words: a heading like any section's without the organisation's description under it.
    ("About the Lord of the Rings", False),
    ("About the Department of Health and Social Care", False),
    ("More Harbour Kitchen Recipes", True),  # "More", the site's name, what the list holds
    ("More local news", True),
    ("More Riverton Post stories:", True),
    ("More than 200 stories were filed this week.", False),
    ("More than 200 stories", False),
    ("More rain expected as storms hit the coast", False),
])
def test_more_end_headings(line, heading):
    assert is_end_heading(line) is heading


@pytest.mark.parametrize(("lines", "kept"), [
    # "About <name>" with English glue words over an organisation's description, at the page's end: its box.
    (["About the Riverton Society of the Arts", "The Riverton Society of the Arts is a charity that runs the "
      "town's galleries."], 0),
    (["About the Department of Parks", "Founded in 1950, the department looks after the valley's parks."], 0),
    # The same heading over a section of the article: a subhead, kept ("About Pride and Prejudice").
    (["About Pride and Prejudice", "The novel was published in 1813. Readers in Kessmoor bought 4,000 copies."], 2),
    (["About the Department of Parks", "The department funds the town's three playgrounds."], 2),
])
def test_an_about_heading_with_glue_words_needs_an_organisation_s_description(lines, kept):
    body = ["Bookshops in Kessmoor say sales of old novels doubled this year, and the owners are pleased with it.",
            "The town's reading club meets every Thursday in the library, and new members are always welcome there."]
    labels = scan_lines(body + lines)
    assert [line for line, label in zip(body + lines, labels) if label is None] == body + lines[:kept]


# Captions closing on a credit written without a colon, or on the photographer's bare name, and the site's own notes
# (comment policy, donations, republishing and its licence, an edited interview, a live page's order).
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ferry passengers wait at the pier in Oldhaven on Monday. Photo courtesy of Harbor Lines", "photo_credit"),
        ("Divers check the reef near Coral Point at dawn on Sunday. Photo by Jo Roe", "photo_credit"),
        # "Pic", the short word for a picture: a caption closing on it, or the credit on its own line
        ("Former harbour master Ed Lune (in a grey coat) leaves the hearing. Pic by Mara Tesk", "photo_credit"),
        ("Stalls line the square at Welby market. Pic: Mara Tesk", "photo_credit"),
        ("Pics by Mara Tesk", "photo_credit"),
        ("The pic by the old mill was taken before the flood.", None),
        ("Minister Ann Vale greets her counterpart in Riverton on Friday. Source: Tom Pike/RTV", "photo_credit"),
        ("Image Credits: Tom Pike/ Riverton University.", "photo_credit"),
        ("Comments are moderated. Please keep comments civil and on topic.", "disclosure"),
        ("Thank you for donating to Riverton Ledger.", "disclosure"),
        ("Riverton Ledger is free to read, but it only stays so with your support.", "disclosure"),
        ("Republish this story", "disclosure"),
        ("This article is licensed under a Creative Commons licence.", "disclosure"),
        ("This conversation has been condensed and edited for clarity.", "disclosure"),
        ("Posts appear in reverse chronological order.", "disclosure"),
        ("Gold subscribers read this story first.", "disclosure"),
        # a live page's note on who writes its entries
        ("Live blog entries are compiled by Riverton Ledger staff", "disclosure"),
        ("This liveblog is written by our newsroom in Riverton.", "disclosure"),
    ],
)
def test_classify_line_captions_and_site_notes(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Step 1. Open Settings",  # too short a sentence before the capitalised words
        "The vote is expected on Tuesday after a long debate, officials said. The Mayor",  # a sentence start
        "The council voted to close the bridge in the first week of May. JO ROE",  # capitals: `_CAPS_CREDIT`'s
        "Readers can leave comments on the plan until Friday, the council said.",
        "The data are free to read online, the agency said in a statement on Monday.",
        "Subscribers read it first in the print edition, the editor said, and then it went online.",
        "Thank you for donating to the flood fund, the mayor wrote in a letter to residents.",
        "All comments will be reviewed by the inspector, police said.",
    ],
)
def test_classify_line_keeps_prose_like_captions_and_notes(line):
    assert classify_line(line) is None


def test_caption_under_the_byline_over_its_credit_line():
    body = ("The port of Eastwick has halted work on its new terminal after the cranes ordered from abroad were held "
            "up, the harbour board said on Monday in a statement to shareholders.")
    lines = ["Harbour works stall", "Dock workers say the new cranes will not arrive before spring.", "Jo Roe",
             "22/10/2026", "Workers unload sacks of rice at the port of Eastwick.",
             "Image Credits: Tom Pike/Eastwick Port.", body]
    assert scan_lines(lines) == [None, None, None, None, "caption", "photo_credit", None]
    # A standfirst right over a credit line, with no byline or date line between, stays.
    lines = ["Harbour works stall", "Dock workers say the new cranes will not arrive before spring.",
             "Photo: Tom Pike", body]
    assert scan_lines(lines) == [None, None, "photo_credit", None]


def test_caption_closing_on_the_photographers_bare_name_under_the_headline_only():
    caption = "Mud covers the road outside her shop in Westfield, where the river rose on Sunday. Lena Marsh"
    body = ("The river rose two metres overnight and flooded the lower town, the council said on Monday, and the "
            "army was called in to help move residents out of the worst streets near the old mill.")
    assert scan_lines(["River floods Westfield", caption, body]) == [None, "photo_credit", None]
    # Inside the body, after the article's first paragraphs, the same line is the article's.
    assert scan_lines(["River floods Westfield", body, body, body, caption]) == [None] * 5


@pytest.mark.parametrize(("line", "key"), [
    ("  Subscribe to the Riverton Ledger  ", "subscribe to the riverton ledger"),
    ("Subscribe\tto the\u00a0Riverton\n\nLedger", "subscribe to the riverton ledger"),
    ("Call 555-0142 before 2026", "call 0-0 before 0"),
    ("Straße\u2003Nr. 7 \u2028", "strasse nr. 0"),  # case folded, an em space and a line separator are spaces
    ("Room 0 and room 00", "room 0 and room 0"),
    ("Seite ٣٤", "seite 0"),  # digits of any script
    ("", ""),
    (" \t\u00a0 ", ""),
])
def test_line_key_folds_case_spacing_and_numbers(line, key):
    from loaders.extract.boilerplate import line_key

    assert line_key(line) == key


# --- round 3 of pages5: where the body ends (press-release end marks, plugs with their button, closed comments) ---

@pytest.mark.parametrize(("line", "kind"), [
    # A mailing-list plug naming when it comes and closing on its button.
    ("Get the Riverton Morning Brief in your inbox every morning. Sign up", "newsletter"),
    ("Receive the Harbor Digest in your inbox each week. Subscribe", "newsletter"),
    ("Get our top stories in your inbox daily.", "newsletter"),
    # A comments notice naming whose comments and on what.
    ("Reader comments are closed for this live blog.", "credits"),
    ("User comments are disabled on this story.", "credits"),
])
def test_plugs_with_their_button_and_closed_comments_are_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "You get the bill in your inbox every month, Jo Roe said, and nobody reads it.",
    "Reader comments on the plan were closed on Friday after 4,000 submissions, the council said.",
])
def test_prose_like_the_plugs_stays(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("– ENDS –", True), ("-ENDS-", True), ("ENDS", True), ("###", True), ("- 30 -", True),
    ("END", True), ("(END)", True), ("-END-", True), ("[ENDS]", True),
    ("Ends of the earth", False), ("30", False), ("The end of the line", False),
])
def test_a_press_release_s_end_mark_is_an_end_heading(line, expected):
    assert is_end_heading(line) is expected


def test_the_end_mark_cuts_the_contact_block_after_it():
    lines = [BODY, "– ENDS –", "For more information contact: Jo Roe, Press Officer, Riverton Council, phone 555 0101."]
    assert scan_lines(lines) == [None, "related", "related"]


@pytest.mark.parametrize(("lines", "labels"), [
    # A caption closing on its photographer in brackets, above the article's first paragraph.
    (["Ferry crews load the first trucks at dawn. (Jo Roe)", BODY], ["photo_credit", None]),
    # Below the article's opening, the same shape is the article's.
    ([BODY, BODY, BODY, BODY, "The ferry left at dawn, the crew said. (Jo Roe)"], [None, None, None, None, None]),
])
def test_a_caption_closing_on_its_photographer_in_brackets(lines, labels):
    assert scan_lines(lines) == labels


@pytest.mark.parametrize("label", ["Key points:", "Summary:", "At a glance:"])
def test_a_summary_box_label_with_its_colon_takes_the_bullets_under_it(label):
    lines = ["Council Shuts Old Bridge", "By Jane Roe", label, "The bridge closes on Monday for two years",
             "A ferry will run in the meantime", BODY, BODY]
    assert scan_lines(lines)[2:5] == ["label", "summary", "summary"]


def test_a_live_page_s_compiler_note_in_a_sentence_is_the_article_s():
    assert classify_line("The live blog was written by Jo Roe until midnight, when the night desk took over, "
                         "the editor said.") is None


def test_a_live_entry_s_byline_under_its_clock_and_heading_is_furniture():
    lines = ["23:10", "Ferry service resumes across the harbour", "By Jane Roe", BODY,
             "21:48", "Council passes closure in first vote", "By Staff", BODY]
    assert scan_lines(lines) == ["timestamp", None, "credits", None, "timestamp", None, "credits", None]


def test_a_byline_not_under_an_entry_s_clock_stays():
    lines = ["Council passes closure in first vote", "By Jane Roe", BODY, BODY]
    assert scan_lines(lines) == [None, None, None, None]


@pytest.mark.parametrize(("line", "kind"), [
    # A picture's credit with a spaced slash or in square brackets, alone or closing its caption.
    ("Photo / Jo Roe", "photo_credit"),
    ("[Photo: Jo Roe]", "photo_credit"),
    ("A man walks past the flooded market in Riverton on Monday. Photo / Jo Roe", "photo_credit"),
    ("A man walks past the flooded market in Riverton on Monday. [Photo: Jo Roe]", "photo_credit"),
    ("File photo", "photo_credit"),
    # The site's buttons for its app, its tip line and its corrections.
    ("Download our app", "button"),
    ("Get the app", "button"),
    ("Report a correction", "button"),
    ("Send us a tip", "button"),
])
def test_more_credit_forms_and_site_buttons(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Photos/Videos",  # a menu item: no spaced slash
    "The council will report a correction to the budget on Monday, the mayor said.",
    "The ruling was read out at 10am. The photo / video ban stays in place for the trial, the judge said.",
])
def test_lines_like_the_new_credit_forms_stay(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("What do you think? Tell us in the comments.", "share"),
    ("Jane Roe can be reached at 555-0101.", "credits"),  # a reporter's phone number
    ("Jo Bloggs may be reached at (919) 555-0150 or on X.", "credits"),
])
def test_comment_prompts_and_a_reporter_s_phone_number(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Residents told us in the comments section of the council's page that the bridge had been unsafe for years.",
    "The mayor can be reached at 555-0101 only on weekdays, she told the meeting, and nobody had called.",
])
def test_sentences_like_the_prompts_stay(line):
    assert classify_line(line) is None


# The headline block's picture: its caption closing on the photographer and the outlet owning the picture
# ("Name/Outlet", bare or in brackets), or running into a labelled credit with no full stop. Above the article only.
_FLOOD_BODY = ("The river rose two metres overnight and flooded the lower town, the council said on Monday, and the "
               "army was called in to help move residents out of the worst streets near the old mill.")


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("Stalls on Quay Rd. last spring. Traders want the fees kept low for small shops. Ines Varga/Harbour Ledger",
         "photo_credit"),
        ("Envoy Tomas Riel speaks at the embassy in Eastwick on May 4. (Kim Da-eun/The Eastwick Courier)",
         "photo_credit"),
        ("Judges of the high court read out the ruling in Westfield on Monday Image: Ola Brenn/wire/pictures",
         "photo_credit"),
        ("Crews clear the road near the old mill at dawn on Sunday Photo: Ola Brenn", "photo_credit"),
        # near misses: a short sentence before the name, a lower-case owner, a sentence after the label, a band
        ("Fees rise. Ines Varga/Harbour", None),
        ("The river rose two metres overnight and flooded the lower town near the mill. Rock band Ac/dc", None),
        ("Officials showed reporters the Image: it was taken at dawn. It shows the flood.", None),
        ("The mayor described the picture: a boat on the main street at dawn.", None),
    ],
)
def test_caption_closing_on_photographer_and_owner_under_the_headline(caption, kind):
    assert scan_lines(["River floods Westfield", caption, _FLOOD_BODY]) == [None, kind, None]


def test_caption_with_owner_inside_the_body_is_the_articles():
    caption = "Stalls on Quay Rd. last spring. Traders want the fees kept low for small shops. Ines Varga/Harbour Ledger"
    assert scan_lines(["River floods Westfield", _FLOOD_BODY, _FLOOD_BODY, _FLOOD_BODY, caption]) == [None] * 5


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the text-size widget and a messenger's share button, each on a line of its own
        ("Normal text size", "share"),
        ("Larger text size", "share"),
        ("Very large text size", "share"),
        ("AA", "share"),
        ("+ Text Size", "share"),
        ("Line", "share"),
        # near misses: sentences holding the same words
        ("The text size on the new road signs is larger, the council said.", None),
        ("Line 4 of the tram will close in May.", None),
        ("AA batteries ran out across Westfield.", None),
    ],
)
def test_text_size_widget_and_share_buttons_are_furniture(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the link to the site's standards under a headline
        ("Why you can trust Riverton News", "disclosure"),
        ("Why you can trust us", "disclosure"),
        # near misses: a sentence asking it, or reporting it
        ("Why you can trust the new bridge, according to its engineers, is a longer story.", None),
        ("Why you can trust Riverton News, the editor said, is its corrections policy.", None),
    ],
)
def test_the_site_s_trust_link_is_a_site_note(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a caption running into its labelled credit, photographer and agency over a slash: furniture anywhere
        ("Judges of the high court read out the ruling in Westfield on Monday Image: Ola Brenn/wire/pictures",
         "photo_credit"),
        # near misses: a lower-case label inside a sentence; no photographer/agency slash in the credit
        ("The court released the image: Ola Brenn/wire took it on Monday", None),
        ("Crowds gathered outside the court in Westfield on Monday Photo: Ola Brenn", None),
    ],
)
def test_run_on_caption_credit_anywhere(line, kind):
    assert classify_line(line) == kind


def test_run_on_caption_credit_with_agency_inside_the_body():
    caption = "Judges of the high court read out the ruling in Westfield on Monday Image: Ola Brenn/wire/pictures"
    labels = scan_lines(["River floods Westfield", _FLOOD_BODY, _FLOOD_BODY, _FLOOD_BODY, caption, _FLOOD_BODY])
    assert labels == [None, None, None, None, "photo_credit", None]


# The outlet's calls for its own services after the body: its app, its newsroom's tip line, its other news.
@pytest.mark.parametrize(("line", "kind"), [
    ("Download our app to get breaking news alerts on your phone.", "share"),
    ("Get the Riverton Courier app", "share"),
    ("Install our free news app today!", "share"),
    ("Got a story? Contact our newsroom at news@example.com.", "credits"),
    ("Got a news tip? Email our news desk at tips@example.com", "any"),
    ("For more news, visit our homepage.", "link"),
    ("For the latest local updates, follow us on our website and app.", "link"),
])
def test_classify_line_own_service_calls(line, kind):
    assert classify_line(line) == kind if kind != "any" else classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Get the app working again took engineers three days, the council said.",
    "Download speeds on the council's app fell sharply on Monday.",
    "Download the app to check the timetable, the council urged residents on Monday.",
    "For more news outlets, the rule means higher costs, the regulator said.",
    "For more than a decade, news of the bridge's decay was ignored, residents say.",
    "Got a story? Contact us, the sheriff's office wrote in a Facebook post.",
])
def test_classify_line_keeps_prose_near_own_service_calls(line):
    assert classify_line(line) is None
