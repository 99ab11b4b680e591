"""Names in page furniture left in a body (credits, bylines, author boxes) are no people of the article."""
from __future__ import annotations

import pytest

from loaders.extract.furniture_names import FurnitureNames
from loaders.extract.people import extract_people
from loaders.records import ArticleRecord
from loaders.registry import Registry

_STORY = "Mayor Jo Lund said on Monday that the bridge would reopen.\n\n"
_ARTICLE = _STORY + "The works took two years.\n\nTraffic will return on Friday.\n\n"


def _names(body: str, authors: tuple[str, ...] = ()) -> set[str]:
    article = ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body, authors=list(authors))
    return {person.name for person in extract_people(article, Registry())}


def _rule(body: str, name: str, authors: tuple[str, ...] = ()) -> str | None:
    """The rule for the last occurrence of `name` (earlier names are asked first, in body order)."""
    furniture = FurnitureNames(body, authors)
    starts = [i for i in range(len(body)) if body.startswith(name, i)]
    found = None
    for start in starts:
        found = furniture.rule(start, start + len(name), name.split()[0])
    return found


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        ("The bridge at dawn. Photo: Anna Berg/Reuters", "Anna Berg", "photo-credit"),
        ("Crowds on the quay. Photograph by Anna Berg", "Anna Berg", "photo-credit"),
        ("The new camera. Photo by: 'Neil Roe'.", "Neil Roe", "photo-credit"),
        ("Icons by Tim Lund", "Tim Lund", "photo-credit"),
        ("Credit... Doug Mills/The Riverton Planet", "Doug Mills", "credit-label"),
        ("Trading on the floor, November 18. REUTERS/Brendan Roe", "Brendan Roe", "agency-slash"),
        ("The Islanders won 5-4. (AP Photo/Gene J. Puskar)", "Gene J. Puskar", "agency-slash"),
        ("The coffee shop, Cairo / David Roberts, R.A.", "David Roberts", "agency-slash"),
        ("Nature positive: what does it mean? Journalist Ana Lund", "Ana Lund", "job-credit"),
        ("The bridge reopens. | Staff writer Ana Lund", "Ana Lund", "job-credit"),
        ("Words: Ana Lund", "Ana Lund", "author-label"),
        ("Contributing: Ana Lund, Riverton News Service.", "Ana Lund", "author-label"),
        ("Contact the author: Ana Lund", "Ana Lund", "author-label"),
        ("The bridge at dawn. Image source, Ana Lund", "Ana Lund", "photo-credit"),
        ("With reporting by Ana Lund", "Ana Lund", "byline"),
        ("For more information, contact Ana Lund at ana.lund@example.org.", "Ana Lund", "contact-line"),
        ("Ana Lund can be reached at ana@example.org", "Ana Lund", "contact-line"),
        ("Ana Lund | Reuters", "Ana Lund", "dated-name-line"),
        (_ARTICLE + "Dhiraj Thapa writes on climate and water.", "Dhiraj Thapa", "author-bio"),
        (_ARTICLE + "Oren Vallin – Quito bureau – covers mining and the economy.", "Oren Vallin", "author-bio"),
        ("Fans at the gate. Anna Berg/Reuters", "Anna Berg", "slash-agency"),
        ("By Jack Busch", "Jack Busch", "byline"),
        ("Medically reviewed by Kim Rose-Francis RDN — Written by Jillian Roe, MS, RD", "Jillian Roe", "byline"),
        ("(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by Matt Lewis.)",
         "Luciana Lopez", "byline"),
        ("(Reporting by Amanda Becker in Washington; Editing by Matt Lewis.)", "Matt Lewis", "byline"),
        ("Additional contributions by Michelle Rae Uy, Danielle Abraham, and Georgie Peru.", "Georgie Peru",
         "byline"),
        ("By Jack Busch and Ann Roe", "Ann Roe", "byline"),
        ("About Jordie van Rijn", "Jordie van Rijn", "author-label"),
        ("Author: Shai Roe", "Shai Roe", "author-label"),
        ("Read all articles by Rebecca Lund", "Rebecca Lund", "articles-by"),
        ("Interview with Erin Babnik", "Erin Babnik", "interview-link"),
        ("Selin Romano", "Selin Romano", "name-line"),
        ("— Graham Pye", "Graham Pye", "name-line"),
        ("Jillian Roe, MS, RD", "Jillian Roe", "name-line"),
        ("Jo Roe, Ph.D., M.D.", "Jo Roe", "name-line"),
        ("— Jo McRoe PhD", "Jo McRoe", "name-line"),
        ("Jo Roe (@joroe)", "Jo Roe", "name-line"),
        ("Marty Lund, Chief Winemaker at Lecole", "Marty Lund", "name-line"),
        ("Selin Romano\n\nSelin is an expert web designer and content creator.", "Selin", "author-bio"),
        ("Daily Herald Articles", "Daily Herald Articles", "name-line"),
        ("Latest From Sarah Lund", "Sarah Lund", "section-line"),
        ("Jordan Kyle Newsletter", "Kyle Newsletter", "section-line"),
        ("Opinion | Marion Star", "Marion Star", "section-line"),
        (_ARTICLE + "Isabella Roe\n\nIsabella Roe’s lens captures the essence of nature.", "Isabella Roe", "author-bio"),
        (_STORY + "Eric Song is the site's deals writer and spends his days hunting bargains.", "Eric Song",
         "author-bio"),
        ("Why Trust Us\n\nNoa Lindqvist is a Lima-based writer specializing in tea.\n\n" + _STORY * 8, "Noa Lindqvist",
         "author-bio"),  # an author box under a heading, far from the end: a job, a beat, the name nowhere else
        ("Noa Lindqvist is a contributor who covers tea.\n\n" + _STORY * 8
         + "Noa Lindqvist is our tea writer, focusing on blends.", "Noa Lindqvist", "author-bio"),
        # sign-offs, dated bylines, comment heads, calls to follow, copyright lines, editors' notes
        ("Ana Lund contributed to this report.", "Ana Lund", "contributed"),
        ("Ana Lund in Lima and Tom Berg contributed reporting.", "Ana Lund", "contributed"),
        ("Ana Lund in Lima and Tom Berg contributed reporting.", "Tom Berg", "contributed"),
        ("Ana Lund | March 3, 2025", "Ana Lund", "dated-name-line"),
        ("Ana Lund · 5 min read", "Ana Lund", "dated-name-line"),
        ("Ana Lund - Staff Writer", "Ana Lund", "dated-name-line"),
        ("Ana Lund and Tom Berg\nMarch 3, 2025", "Tom Berg", "dated-name-line"),
        ("Ana Lund says:\nMarch 3, 2025 at 4:12 pm\n\nGreat piece!", "Ana Lund", "dated-name-line"),
        ("Sign up for Ana Lund's newsletter", "Ana Lund", "follow-call"),
        ("Follow Ana Lund on Instagram", "Ana Lund", "follow-call"),
        ("Ana Lund's articles", "Ana Lund", "follow-call"),
        ("Copyright 2025 Ana Lund", "Ana Lund", "copyright"),
        ("Published March 3, 2025 by Ana Lund", "Ana Lund", "dated-byline"),
        ("Editor's note: Ana Lund is a contributing writer.", "Ana Lund", "editors-note"),
        ("Ana Lund, Tom Berg and Ann Falk", "Tom Berg", "name-list-line"),
        ("Ana Lund, Tom Berg and Ann Falk", "Ann Falk", "name-list-line"),
        ("Ana Lund Mar 3, 2025", "Ana Lund", "dated-name-line"),
        ("Ana Lund on March 3, 2025", "Ana Lund", "dated-name-line"),
        ("This story was reported by Ana Lund.", "Ana Lund", "story-by"),
        ("Ana Lund reported from Lima.", "Ana Lund", "reported-from"),
        ("Tom Berg contributed from Paris.", "Tom Berg", "contributed"),
        ("Ana Maria Lund in Lima, Tom Berg from Ciudad Del Este and Ann Falk Roe also contributed to this report.",
         "Ana Maria Lund", "contributed"),  # names of any length, each with its place
        ("Ana Lund\nSenior Reporter\n\nAna Lund joined the Planet in 2019.\n\n" + _STORY * 8, "Ana Lund",
         "author-bio"),  # a name over its job heads an author box: the biography under it needs no job word
        ("Clem J, et al. (2021). A look at plant-based diets.", "Clem J", "citation-et-al"),
        ("As Lund et al. showed, diets differ.", "Lund", "citation-et-al"),
        ("Loeb SA, Roe J. Diet and risk. Lancet 2022.", "Loeb SA", "citation-author"),
        ("Ivanova S. Plant-based diet and weight. 2021;3:12.", "Ivanova S", "citation-author"),
        ("- Eisenberg D, Hunt J, Speer N, Zivin K. Mental health service use. J Nerv Ment Dis 2011;199:301.",
         "Speer N", "citation-author"),
    ],
)
def test_furniture_rules(body, name, rule):
    assert _rule(body, name) == rule


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The plan was approved by Jo Roe on Monday.", "Jo Roe"),  # "by" inside a sentence
        ("Mahlangu: We will keep the shafts open.", "Mahlangu"),  # a Q&A label
        ("From Ana Berg to Tom Lund, all agreed.", "Tom Lund"),
        ("In an interview with Jo Roe, the mayor said no.", "Jo Roe"),  # inside a sentence
        ("“I give her, too, by the way, Hillary Roe.”", "Hillary Roe"),  # a credit lists capitalised names  # "from" credits only after a credit word
        ("Uli Lorimer, Director of Horticulture at the Trust:", "Uli Lorimer"),  # a label over an answer
        ("Jo Roe said the photo was taken at night.", "Jo Roe"),
        ("Jo Roe is a journalist who was arrested in 2019.\n\n" + _STORY * 8, "Jo Roe"),  # not at the end
        ("Jo Roe is a reporter who covers Russia.\n\n" + _STORY * 8 + "Roe was detained.", "Jo Roe"),  # named again
        ("Ana Lund - the mayor - said in March 3 remarks that it would open.", "Ana Lund"),  # a date, but prose
        ("Ana Lund | the mayor said it.\nMarch 3, 2025", "Ana Lund"),
        ("Donor Ana Lund contributed $5 million to the campaign.", "Ana Lund"),
        ("By the way, Ana Lund MR. O'NEILL SAID THAT THE BLAME PLACED ON THE BANKS WAS FAIR AND JUST: YES", "Ana Lund"),
        # a title-case line of many words, read once (not once per way of grouping them into names)
        ("Ana Lund Says You See Over The Horizon, You Think About Products That Nobody Has Invented Or Sold",
         "Ana Lund"),
        ("Follow Ana Lund's advice, said Tom Berg.", "Ana Lund"),
        ("Ana Lund and Tom Berg met in Lima.\n\nMarch 3 was cold.", "Tom Berg"),
        ("Ana Lund said:\n\nWe will open the bridge on March 3.", "Ana Lund"),
        ("Ana Lund on March 3 said the bridge would open.", "Ana Lund"),
        ("Ana Lund reported from Lima that the bridge was open.", "Ana Lund"),
        ("Ana Lund and Tom Berg met.", "Tom Berg"),
        ("Ana Lund\nMayor of Riverton\n\nAna Lund joined the council in 2010.\n\n" + _STORY * 8, "Ana Lund"),
        ("Jo Roe is a reporter specializing in crime.\n\n" + _STORY * 8 + "Police met Jo Roe.", "Jo Roe"),
        ("Ana Lund, a nurse from Riverton, said she would stay.", "Ana Lund"),
        ("It's Your Ship, Michael Abrashoff", "Michael Abrashoff"),  # a reading list: no site word
        ("In 2021 Ana Lund, a nurse, said she would stay.", "Ana Lund"),  # a year, but no author's initials
        ("Malcolm X, the activist, spoke in 1964.", "Malcolm X"),  # initials, but an apposition follows
        ("Reporter Ana Lund said the bridge was shut.", "Ana Lund"),  # a title in prose, no label's colon
        ("The vote was close. Journalist Ana Lund said the bridge was shut.", "Ana Lund"),  # the line goes on
        ("Ana Lund, who runs the shop, wrote to shop@example.org to complain.", "Ana Lund"),  # no contact word
    ],
)
def test_article_names_are_not_furniture(body, name):
    assert _rule(body, name) is None


@pytest.mark.parametrize(
    ("body", "gone", "kept"),
    [
        (_STORY + "The bridge in 1990. Photo: Anna Berg/Reuters", "Anna Berg", "Jo Lund"),
        ("By Jack Busch\n\n" + _STORY, "Jack Busch", "Jo Lund"),
        (_ARTICLE + "Lauren Vetter\n\nLauren Vetter is a growth-focused marketing professional.", "Lauren Vetter",
         "Jo Lund"),
        (_STORY + "Latest From Sarah Lund\n\nJordan Kyle Newsletter", "Sarah Lund", "Jo Lund"),
        (_ARTICLE + "Tuhin Bhatt\n\nCo-founder\n\nTuhin Bhatt is a co-founder of Lundsoft.", "Tuhin Bhatt", "Jo Lund"),
    ],
)
def test_people_step_leaves_furniture_names_out(body, gone, kept):
    names = _names(body)
    assert gone not in names and kept in names, names


def test_an_author_quoted_in_the_body_stays_a_person():
    body = "By Jo Roe\n\nJo Roe, who chairs the club, said the season was over.\n\nRoe added that it had been long."
    assert "Jo Roe" in _names(body, ("Jo Roe",))


@pytest.mark.parametrize("before", [
    "Photo: ", "photo by ", "Photograph courtesy of “", "Images Credit: '", "(Credit: ", "Courtesy of ",
    "© ", "(c) ", "Credits... ", "AP Photo/", "Jo Roe / ", "By ", "By: Jo Roe, and ", "Reporting by Jo Roe & ",
    "Story from ", "Medically reviewed by ", "— by Jo Roe and ", "More from: ", "An interview with ",
    "In conversation with: ", "PHOTO BY ", "BY JO ROE AND ", "Copyright 2025 ", "© 2019-2025 ",
    "Published March 3, 2025 by ", "This story was reported by Jo Roe and ", "Image source, ", "With reporting by ",
])
def test_a_text_a_before_rule_matches_passes_its_ending_gate(before):
    # The endings are a shortcut only: every text a row's pattern accepts must pass that row's ending test.
    from loaders.extract.data.credits import BEFORE_ENDINGS
    from loaders.extract.furniture_names import _BEFORE

    ending = before.rstrip().casefold()
    matched = [name for name, pattern in _BEFORE if pattern.search(before)]
    assert matched
    for name in matched:
        assert name not in BEFORE_ENDINGS or ending.endswith(BEFORE_ENDINGS[name])


def test_every_before_rule_has_its_ending_gate_in_the_same_table():
    # One home per vocabulary: the rows that credit a name before it, and their ending gates, live together.
    from loaders.extract.data import credits, signoffs

    assert set(credits.BEFORE_ENDINGS) <= {name for name, _ in credits.BEFORE_NAME}
    assert not hasattr(signoffs, "BEFORE_NAME") and not hasattr(signoffs, "BEFORE_ENDINGS")


@pytest.mark.parametrize(
    "body",
    [
        # An email address in a prose sentence, after a titled name, is no contact line.
        "Residents with questions can email county treasurer Jo Roe at jroe@county.gov, officials said. "
        "Roe said most bills had already been paid.",
    ],
)
def test_an_email_in_prose_keeps_the_titled_person(body):
    assert _names(body) == {"Jo Roe"}


@pytest.mark.parametrize("date_text", ["Jan 3", "February 3", "Sept. 3", "3 Dec 2025", "3 May", "Thu 3 March",
                                       "Wednesday, 4 June"])
def test_signoff_dates_read_every_month_and_weekday(date_text):
    # The sign-off vocabulary takes its English month and weekday words from the date forms (one list).
    import re

    from loaders.extract.data import signoffs

    assert re.search(signoffs.DATE_LINE, date_text.lower())
    assert re.match(signoffs.DATE_START, date_text.lower())


@pytest.mark.parametrize(
    ("closing", "rule"),
    [
        ("Tamsin Orley is a planner at the city council. She writes about housing and transport.", "author-bio"),
        ("Tamsin Orley is a professor of history at Lund University. She is the author of three books.", "author-bio"),
        ("Tamsin Orley is a farmer near the bridge. She said the traffic was heavy.", None),
        ("Tamsin Orley is a planner at the council. She writes letters to the mayor every week.", None),
    ],
)
def test_an_op_eds_author_closing_the_page_by_a_pronoun_sentence(closing, rule):
    assert _rule(_ARTICLE + closing, "Tamsin Orley") == rule


_TEASERS = ("Campus News\n\nCity Council Approves New Ferry Terminal Budget\n\nApril 22, 2025\n\n"
            "Tiny Fish Could Save Coastal Wetlands - New Research From the Lab of Professor Tamsin Orley\n\n"
            "April 11, 2025")


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        (_ARTICLE + _TEASERS, "teaser-headline"),
        # the article's own subheading, and a teaser alone with no list of dated headlines around it
        (_ARTICLE + "Why Professor Tamsin Orley Thinks Tiny Fish Matter\n\nThe wetlands shrank by half.", None),
        (_ARTICLE + "Tiny Fish Could Save Coastal Wetlands, Says Professor Tamsin Orley\n\nApril 11, 2025", None),
    ],
)
def test_a_related_storys_headline_in_a_dated_list(body, rule):
    assert _rule(body, "Tamsin Orley") == rule


@pytest.mark.parametrize(
    ("line", "name", "rule"),
    [
        ("Medically reviewed by Dr. Tamsin Orley, MD", "Tamsin Orley", "byline"),
        ("Listen to this article · 6 min · Narrated by Graham Pettley", "Graham Pettley", "byline"),
        ("Sign up for The Morning Brief with Tamsin Orley", "Tamsin Orley", "newsletter-with"),
        ("Share on Facebook Share on Wren Share on WhatsApp", "Wren Share", "share-button"),
    ],
)
def test_more_credit_forms(line, name, rule):
    assert _rule(line + "\n\n" + _ARTICLE, name) == rule


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        ("Related: Why Tamsin Orley wants a bigger army", "teaser-label"),
        ("Read more:\nWho is Tamsin Orley? The woman behind the bridge\nThe ferry is back", "teaser-label"),
        ("Most read\n\nThe ferry is back\n\nTamsin Orley quits politics", "teaser-label"),
        # prose after a label line is the article's again, and a label word inside prose is no label
        ("Read more:\nThe bridge cost more than planned. Tamsin Orley said the council knew.", None),
        ("Watch the river rise, Tamsin Orley said on Monday.", None),
    ],
)
def test_teaser_lists_after_a_label(tail, rule):
    assert _rule(_ARTICLE + tail, "Tamsin Orley") == rule


@pytest.mark.parametrize(("closing", "authors", "rule"), [
    # The byline's author heading one of the page's last lines signs it off or opens a biography.
    ("Tova Brenner (Riverton, special correspondent)", ("Tova Brenner",), "author-closing"),
    ("Tova Brenner joined the Planet in 2021 and reports on farming.", ("Tova Brenner",), "author-closing"),
    # Without a byline, a closing biography whose job is said later in its sentence ("and covers ...").
    ("Tova Brenner joined the Planet in 2021 and covers transport.", (), "author-bio"),
    # Someone else closing the page is no author.
    ("Oren Galt (Riverton, special correspondent)", ("Tova Brenner",), None),
    ("Oren Galt joined the club in 2021 and plays in goal.", (), None),
])
def test_an_authors_name_closing_the_page(closing, authors, rule):
    assert _rule(_ARTICLE + closing, closing.split(" (")[0].split(" joined")[0], authors) == rule


@pytest.mark.parametrize(("opening", "authors", "rule"), [
    # The byline's author introduced on the body's first line, under the byline, whatever their job: an op-ed's.
    ("Grace Oyelo is a transport researcher at Lakeside University.\n\n", ("Grace Oyelo",), "author-opening"),
    ("Grace Oyelo has worked as a nurse in Kano for twenty years.\n\n", ("Grace Oyelo",), "author-opening"),
    # Someone other than the byline's author is the article's.
    ("Grace Oyelo is a transport researcher at Lakeside University.\n\n", ("Tova Brenner",), None),
    # ... and so is the author when no biography's verb follows.
    ("Grace Oyelo said the buses were late.\n\n", ("Grace Oyelo",), None),
])
def test_an_authors_name_opening_the_body(opening, authors, rule):
    assert _rule(opening + _ARTICLE, "Grace Oyelo", authors) == rule


@pytest.mark.parametrize(("tail", "name", "rule"), [
    # Below a line opening the comment section, a name heading its line is a commenter's.
    ("Comments (3)\n\nSean Mallory\n\nGreat news for the town.\n\nKate Brody says:\n\nNot before time.",
     "Kate Brody", "comment-head"),
    ("12 comments\n\nKate Brody wrote:\n\nAbout time.", "Kate Brody", "comment-head"),
    ("Leave a Reply\n\nKate Brody\n\nAbout time.", "Kate Brody", "name-line"),  # (a name alone: a byline rule)
    # ... but a name in a sentence there, or a name line with no comment section above, is not.
    ("Comments (3)\n\nKate Brody says the council was right.", "Kate Brody", None),
    ("Kate Brody says:\n\nNot before time.", "Kate Brody", None),
])
def test_comment_heads_below_a_comment_section(tail, name, rule):
    assert _rule(_ARTICLE + tail, name) == rule


# A press release's contact line: a contact lead opening the line ("For more information contact:", "Media
# enquiries:"), maybe a form of address, then the name; the names it leads to are the release's contacts.
@pytest.mark.parametrize(("line", "name", "rule"), [
    ("For more information contact: Mr Tevita Lund, Press Officer, Ministry of Roads, phone 55012.", "Tevita Lund",
     "contact-lead"),
    ("For further information, please contact Dr Ana Lund on 061 555 0100.", "Ana Lund", "contact-lead"),
    ("Media enquiries: Ana Lund, +1 555 0100", "Ana Lund", "contact-lead"),
    ("Press inquiries: Ana Lund and Tom Berg, Riverton Water", "Tom Berg", "contact-lead"),
    ("For more details, call Ms. Ana Lund on 555 0100.", "Ana Lund", "contact-lead"),
    ("Enquiries: Ana Lund (Riverton Water)", "Ana Lund", "contact-lead"),
])
def test_a_contact_lead_credits_the_names_after_it(line, name, rule):
    assert _rule(_ARTICLE + line, name) == rule


# A picture's caption closed by its photographer's name in brackets after its sentence ("Smoke over the hills.
# (Ana Lund)"): a credit; a name in brackets inside a sentence is an aside of the article.
@pytest.mark.parametrize(("line", "name", "rule"), [
    ("Boats in the harbour at dawn. (Ana Lund)", "Ana Lund", "caption-credit"),
    ("Boats in the harbour at dawn (Tuesday). (Ana Lund)", "Ana Lund", "caption-credit"),
    ("Fans wait at the gate on Saturday! (Tom Berg).", "Tom Berg", "caption-credit"),
    ("For more information about the plan, Mayor Ana Lund said, residents should call the council.", "Ana Lund",
     None),
    ("The council's new treasurer (Ana Lund) starts on Monday.", "Ana Lund", None),
    ("The bridge was shut, said the mayor (Ana Lund).", "Ana Lund", None),
    ("Enquiries about the bridge went to Ana Lund, the mayor said.", "Ana Lund", None),
    ("The vote was close. (Ana Lund, the mayor, abstained.)", "Ana Lund", None),
])
def test_a_bracketed_name_closing_a_caption(line, name, rule):
    assert _rule(_ARTICLE + line, name) == rule


def test_the_people_step_leaves_a_release_contact_and_a_caption_credit_out():
    body = ("Boats in the harbour at dawn. (Lina Marsh)\n\n" + _STORY
            + "For more information contact: Mr Tevita Lund, Press Officer, phone 55012.")
    assert _names(body) == {"Jo Lund"}


@pytest.mark.parametrize("after", [
    "/Reuters", " / AFP", ", et al. (2021)", " et al 2020", " contributed to this report.",
    " in Lima and Ana Lund contributed reporting.", " reported from Lima.",
])
def test_a_text_an_after_rule_matches_holds_that_rules_gate(after):
    # The gates are a shortcut only: every text a row after a name accepts holds that row's gate literal.
    from loaders.extract.furniture_names import _AFTER, AFTER_GATES

    matched = [name for name, pattern in _AFTER if pattern.match(after)]
    assert matched
    assert all(AFTER_GATES[name] in after for name in matched)


def test_every_after_rule_has_a_gate():
    from loaders.extract.furniture_names import _AFTER, AFTER_GATES

    assert {name for name, _ in _AFTER} == set(AFTER_GATES)


# Copied text puts a space before each comma of a linked byline list; every name of it is the byline's.
@pytest.mark.parametrize(("line", "name", "rule"), [
    ("By Wren Galloway , Osei Brandt , Ilka Voss on March 12, 2026 | Comments", "Osei Brandt", "byline"),
    ("By Wren Galloway , Osei Brandt , Ilka Voss on March 12, 2026 | Comments", "Ilka Voss", "byline"),
    ("By Wren Galloway , Osei Brandt and Ilka Voss", "Ilka Voss", "byline"),
    # near miss: a sentence listing people with the same spacing keeps them
    ("The mayor thanked Wren Galloway , Osei Brandt and Ilka Voss for their work.", "Osei Brandt", None),
])
def test_a_byline_list_with_spaces_before_its_commas(line, name, rule):
    assert _rule(line + "\n\n" + _ARTICLE, name) == rule


# A numbered comment thread: "3. Jo Roe says:" over the comment's date, or below a comment section's line.
@pytest.mark.parametrize(("tail", "name", "rule"), [
    ("3. Nilufar Osei says:\n\nMarch 3, 2025 at 4:12 pm\n\nLovely piece.", "Nilufar Osei", "comment-head"),
    ("14 Comments\n\n12) Nilufar Osei wrote:\n\nLovely piece.", "Nilufar Osei", "comment-head"),
    # near misses: a numbered line of a list in the story, a comment verb with words after it, no date or section
    ("3. Nilufar Osei says:\n\nThe plan is a good one and the council should take it.", "Nilufar Osei", None),
    ("3. Nilufar Osei says: the plan is good.\n\nMarch 3, 2025", "Nilufar Osei", None),
    ("3. Nilufar Osei won the race.\n\nMarch 3, 2025", "Nilufar Osei", None),
])
def test_a_numbered_comment_head(tail, name, rule):
    assert _rule(_ARTICLE + tail, name) == rule


# An author's box opening with a greeting and a self-introduction, in the page's second half.
@pytest.mark.parametrize(("body", "name", "rule"), [
    (_ARTICLE + "Hi, I'm Brannoc Tell and I'm a photographer and teacher.", "Brannoc Tell", "self-introduction"),
    (_ARTICLE + "Hello there! My name is Brannoc Tell, and I started this blog in 2011.", "Brannoc Tell",
     "self-introduction"),
    (_ARTICLE + "Hey everyone, I am Brannoc, and I write about bikes.", "Brannoc", "self-introduction"),
    # near misses: "I'm" with no greeting, a greeting quoted in the story, or one at the top of the body
    (_ARTICLE + "I'm Brannoc Tell and I approved this message.", "Brannoc Tell", None),
    (_ARTICLE + "“Hi, I'm Brannoc Tell,” the caller said.", "Brannoc Tell", None),
    ("Hi, I'm Brannoc Tell and I'm a photographer.\n\n" + _ARTICLE * 3, "Brannoc Tell", None),
])
def test_an_authors_self_introduction(body, name, rule):
    assert _rule(body, name) == rule


_FORM = "Leave a comment\n\nCancel reply\n\nYour email address will not be published.\n\nPost comment\n\n"


# An author box: "Jo Roe is a ..." in the page's second half (or with only short lines under it), the name written
# nowhere else, its first sentence naming a writer's job or a beat, or its second saying what boxes say, with
# evidence that the person wrote the page (a writer's job, a writing verb with what is written, a handle).
@pytest.mark.parametrize(("tail", "rule"), [
    ("Teodor Vance is an independent marketing consultant and analyst. He is the founder of Pickwise and "
     "writes guides to email tools.", "author-bio"),
    ("Teodor Vance is an independent marketing consultant and analyst. He is the founder of Pickwise. Follow him "
     "@tvance.", "author-bio"),
    ("Teodor Vance is an independent marketing consultant. He is the founder of Pickwise. Reach him at "
     "teo@pickwise.example.", "author-bio"),
    ("Teodor Vance is a growth-focused marketing professional specializing in health software. With years in "
     "the field, he writes guides.", "author-bio"),
    ("Teodor Vance is a gear editor at Trailpost. Teodor has tested shoes since 2010.\n\n" + _FORM, "author-bio"),
    ("Teodor Vance is a co-founder of Brightmill. He helps small firms build apps and writes its blog.\n\n"
     + _FORM * 4, "author-bio"),
    ("Teodor Vance is a member of the review team at Trailpost. He’s been writing about tents for ten years.",
     "author-bio"),
    ("Teodor Vance is a member of the review team at Trailpost. Teodor has written for the Ledger since 2019.",
     "author-bio"),
    # near misses: a source of the story (named again, speaking, or closing it with what they do), or a long
    # paragraph of the story under the line
    ("Teodor Vance is a farmer near the bridge. He is the founder of the market. Vance said it was busy.", None),
    ("Teodor Vance is a farmer near the bridge. He said he had founded the market.", None),
    ("Teodor Vance is a planner at the council. He writes letters to the mayor every week.", None),
    ("Teodor Vance is a retired nurse. She has lived by the river for forty years.", None),
    ("Teodor Vance is a retired nurse. He’s been writing letters to the council for years.", None),
    # near misses: a profile closing the story, its follow-up words alone ("founder", "specializes",
    # "passionate") no evidence that its person wrote the page (the reviewer's findings)
    ("Teodor Vance is a retired librarian who worked at the branch for thirty years. He is the founder of the "
     "Friends of the Library group, which will fight on.", None),
    ("Teodor Vance is a youth worker at the centre. He specializes in helping teenagers find jobs.", None),
    ("Teodor Vance is a volunteer at the centre. He is passionate about keeping it open.", None),
    ("Teodor Vance is an independent marketing consultant and analyst. He is the founder of Pickwise and "
     "advises shops.", None),
    ("Teodor Vance is a co-founder of Brightmill. He helps small firms build apps.\n\n" + _FORM * 4, None),
])
def test_an_author_box_named_nowhere_else(tail, rule):
    assert _rule(_ARTICLE + tail, "Teodor Vance") == rule


def test_an_author_box_above_more_story_keeps_a_late_source():
    story = ("The ferry will run again in spring, officials said on Tuesday, after a winter of repairs to the "
             "hull and the landing stage that cost the county more than it had planned for.\n\n")
    body = story * 2 + "Teodor Vance is a co-founder of Brightmill. He helps small firms build apps.\n\n" + story * 8
    assert _rule(body, "Teodor Vance") is None


# The author box's name may stand in a credit above it ("By Jo Roe , Ana Lund") and again in the box's own
# paragraph: still named nowhere in the article.
_BOX = ("Teodor Vance is a trail runner and consultant. He is the founder of Pickwise. Based in Lima, Teodor Vance "
        "runs every day.")


@pytest.mark.parametrize(("body", "rule"), [
    ("By Teodor Vance , Ilka Voss on May 2, 2025\n\n" + _ARTICLE + _BOX, "author-bio"),
    ("Teodor Vance\n\nMay 2, 2025\n\n" + _ARTICLE + _BOX, "author-bio"),  # a name line over its date
    # near miss: no credit, no other evidence that he wrote the page: a subject closing the story
    (_ARTICLE + _BOX, None),
    # near miss: the article speaks of him by his surname too
    ("By Ilka Voss on May 2, 2025\n\n" + _ARTICLE + "Vance built the bridge in May.\n\n" + _BOX, None),
])
def test_an_author_box_credited_above(body, rule):
    furniture = FurnitureNames(body)
    box = body.index(_BOX)
    found = None
    for start in (i for i in range(len(body)) if body.startswith("Teodor Vance", i) and i <= box):
        found = furniture.rule(start, start + len("Teodor Vance"), "Teodor")
    assert found == rule


# Another story's link in a list of them, each closed by a separator and its date.
_DATED_LINKS = ("Five things to know: Q&A with chef Marit Solberg - 7 August 2025\n\n"
                "Meet our teachers: Oren Vasquez on bread and changing careers - 6 July 2021\n\n"
                "Why flour prices rose this spring | March 3, 2024")


@pytest.mark.parametrize(("body", "name", "rule"), [
    (_ARTICLE + _DATED_LINKS, "Marit Solberg", "teaser-dated"),
    (_ARTICLE + _DATED_LINKS, "Oren Vasquez", "teaser-dated"),
    # near misses: one such line alone, a story's sentence closing with a date, the body's opening lines
    (_ARTICLE + "Meet our teachers: Oren Vasquez on bread - 6 July 2021\n\nThe school opens in May.", "Oren Vasquez",
     None),
    (_ARTICLE + "Oren Vasquez will open the school on 6 July 2021.\n\nMarit Solberg will teach on 7 August 2025.",
     "Marit Solberg", None),
    ("Q&A with chef Marit Solberg - 7 August 2025\n\nBy Oren Vasquez - 6 July 2021\n\n" + _ARTICLE, "Marit Solberg",
     None),
])
def test_a_related_storys_link_closed_by_its_date(body, name, rule):
    assert _rule(body, name) == rule


# The outlet's name in a biography is evidence its person writes for the page: "co-founder of Brightmill" on
# brightmill.example, "a planner at the Harbour Times" for the Harbour Times; another organisation's name is not.
@pytest.mark.parametrize(("tail", "outlet_name", "outlet_domain", "rule"), [
    ("Teodor Vance is a co-founder of Brightmill. He helps small firms build apps.", None, "www.brightmill.example",
     "author-bio"),
    ("Teodor Vance is an analyst at Email Vendor Selection. He specializes in email tools.", None,
     "emailvendorselection.example", "author-bio"),
    ("Teodor Vance is a planner at the Harbour Times. He is passionate about maps.", "The Harbour Times", None,
     "author-bio"),
    # near misses: another organisation, or no outlet known
    ("Teodor Vance is a co-founder of Brightmill. He helps small firms build apps.", "The Harbour Times",
     "harbourtimes.example", None),
    ("Teodor Vance is a co-founder of Brightmill. He helps small firms build apps.", None, None, None),
])
def test_an_author_box_naming_the_outlet(tail, outlet_name, outlet_domain, rule):
    body = _ARTICLE + tail
    furniture = FurnitureNames(body, (), outlet_name, outlet_domain)
    start = body.rindex("Teodor Vance")
    assert furniture.rule(start, start + len("Teodor Vance"), "Teodor") == rule


# A job word a story's subject holds as often as a page's writer ("curator", "photographer": lexicon
# SUBJECT_BIO_WORDS) closing the page: an author box only with evidence that the person wrote the page; a writer's
# own job word ("writer", "editor") needs none, nor a second sentence on what they write.
@pytest.mark.parametrize(("tail", "rule"), [
    ("Teodor Vance is a freelance writer and photographer based in Lima.", "author-bio"),
    ("Teodor Vance is a photographer based in Lima. Follow him @tvance.", "author-bio"),
    ("Teodor Vance is a curator and critic who writes reviews of shows in Lima.", "author-bio"),
    ("Teodor Vance is a planner at the council. He is the author of our weekly column on housing.", "author-bio"),
    # near misses: the same jobs of a subject closing the story, speaking or not
    ("Teodor Vance is a curator at the museum who led the repairs. He plans a new show.", None),
    ("Teodor Vance is a photographer who has lived on the street for years. He said the plan was a disgrace.",
     None),
])
def test_a_subjects_job_closing_the_page_needs_evidence(tail, rule):
    assert _rule(_ARTICLE + tail, "Teodor Vance") == rule


# Issue 9 (peopleR4): a letters page signs each contribution with its writer's name alone on the line under it.
# Under a letters heading ("LETTERS.", "Your say"), two or more name lines, each its own paragraph right under a
# paragraph of prose, are signatures: their writers are people of the article. Near misses: the same with no
# letters heading (testimonials, comment threads), one name line under prose (an author's sign-off), a name line
# over a date or a bio (an author box or a comment's head), name lines under a comment section.
_LETTER_ONE = "The council keeps blaming others for its own troubles, and the mayor does the same in his column.\n\n"
_LETTER_TWO = "Young voters are far too sensible to back a plan like this one, whatever the adverts say.\n\n"
_LETTER_THREE = "Hopefully this will be the end of the whole affair. The town will be able to move on at last.\n\n"


@pytest.mark.parametrize(("body", "name", "rule"), [
    ("LETTERS.\n\n" + _LETTER_ONE + "Marta Quill Dorne.\n\nLakeport, Ore.\n\n" + _LETTER_TWO
     + "Tomas Brenick.\n\n" + _LETTER_THREE + "Ivo Castell.", "Marta Quill Dorne", None),
    ("Your say\n\n" + _LETTER_ONE + "Marta Quill Dorne.\n\nLakeport, Ore.\n\nEMAIL.\n\n" + _LETTER_TWO
     + "Tomas Brenick.\n\n" + _LETTER_THREE + "Ivo Castell.", "Tomas Brenick", None),
    ("Letters to the Editor\n\n" + _LETTER_ONE + "Marta Dorne\n\n" + _LETTER_TWO + "Tomas Brenick",
     "Tomas Brenick", None),
    # near misses
    (_LETTER_ONE + "Marta Quill Dorne.\n\nLakeport, Ore.\n\n" + _LETTER_TWO + "Tomas Brenick.\n\n"
     + _LETTER_THREE + "Ivo Castell.", "Tomas Brenick", "name-line"),
    ("Testimonials\n\n" + _LETTER_ONE + "Marta Dorne\n\n" + _LETTER_TWO + "Tomas Brenick",
     "Tomas Brenick", "name-line"),
    (_ARTICLE + "Tomas Brenick", "Tomas Brenick", "name-line"),
    (_ARTICLE + "Tomas Brenick.", "Tomas Brenick", "name-line"),
    ("LETTERS\n\n" + _LETTER_ONE + "Marta Dorne\n\nMarch 3, 2025\n\n" + _LETTER_TWO + "Tomas Brenick\n\nMarch 4, 2025\n\n"
     + _LETTER_THREE, "Tomas Brenick", "name-line"),
    ("Letters\n\n" + _ARTICLE + "Comments (2)\n\n" + _LETTER_ONE + "Marta Dorne\n\n" + _LETTER_TWO + "Tomas Brenick",
     "Tomas Brenick", "name-line"),
])
def test_signed_letters_are_people_sign_offs_are_not(body, name, rule):
    assert _rule(body, name) == rule
    assert (name in _names(body)) == (rule is None)


@pytest.mark.parametrize("between", ["Marketing\n", "Co-Founder & COO\n", "Created: Dec 19, 2025\n"])
def test_teasers_signed_by_their_writer_stay_furniture(between):
    teaser = "The field sees the work and the office sees the numbers, so here are nine tips for both.\n"
    body = "Letters\n\n" + _ARTICLE + "More posts\n\n" + (teaser + "Tomas Brenick\n" + between + "\n") * 3
    assert _rule(body, "Tomas Brenick") == "name-line"
    assert "Tomas Brenick" not in _names(body)


def test_name_lines_inside_blocks_sign_no_letters():
    body = "Letters\n\n" + _ARTICLE + "More posts\n\n" + (_LETTER_ONE.strip() + "\nTomas Brenick\n\n") * 3
    assert _rule(body, "Tomas Brenick") == "name-line"
