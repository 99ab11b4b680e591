"""The shape of the sentence around a name: the article's prose, or page furniture (made-up pages)."""
from __future__ import annotations

import pytest

from loaders.extract.people import extract_people
from loaders.extract.prose_names import ProseLines
from loaders.records import ArticleRecord
from loaders.registry import Registry
from tests.loaders.extract.cast import people_of


def _in_prose(body: str, name: str) -> bool:
    end = body.index(name) + len(name)
    return ProseLines(body, {"does", "why"}).in_prose(end)


@pytest.mark.parametrize(("body", "name", "expected"), [
    ("Council leader Hella Brandvik said the savings would protect bin collections.", "Hella Brandvik", True),
    ("Rival Oren Talmaz conceded.", "Oren Talmaz", True),  # short, but a sentence ending on its verb
    ("Minister D.K. Ravindran said the state backed it.", "D.K. Ravindran", True),  # initials cut no sentence
    ("Ferry crews walked out.\nCrews queue at the pier. Photograph: Ilse Varga", "Ilse Varga", False),  # credit
    ("Club founder Timo Rask, 71, swam every day. Photograph: Ilse Varga", "Timo Rask", True),  # its caption
    ("MOST READ\nWhy Dara Quill Left Parliament", "Dara Quill", False),  # a title-case teaser
    ("VIDEOS\n02:14\nAmos Keter on fuel subsidies", "Amos Keter", False),  # a playlist's line
    ("Topics: Oil fund, Bror Lindqvist, Mining, Ethics", "Bror Lindqvist", False),  # a tag line
    ("42 Comments\nGreta Holm\n3 hours ago", "Greta Holm", False),  # a comment's user name
    ("21:04\nPosted by Ines Mor\nTurnout was high.", "Ines Mor", False),  # a live blog's sign-off
    ("Got a story? Contact Tam Orrin, news editor, +44 20 5550 0101", "Tam Orrin", False),  # a contact line
    ("Reporter Sun Ha-eun  haeun.sun@example.org", "Sun Ha-eun", False),  # an address is no prose word
    ("Related\nVesna Koric-Lind 1.2k shares", "Vesna Koric-Lind", False),  # a share count
    ("Farmer Pal Eriksen said prices had halved and that the bank would not lend to him before the harvest",
     "Pal Eriksen", True),  # a long sentence a copy cut before its full stop
    ('"We were patient," said union delegate Rui Matos.', "Rui Matos", True),
    ("Mira Solvang: About 9,000 a day, twice what we had.", "Mira Solvang", True),  # an interview's answer
    ("The plan won the backing of Gov. Arlo Penhale.", "Arlo Penhale", True),  # no cut after an abbreviation
    ("The list added Rep. Wren Talcott, R-Kan.; and Sen. Ivo Marr.", "Ivo Marr", True),
    ("The Rev. Amos T. Quill spoke.", "Amos T. Quill", True),
    ("Council leader Hella Brandvik said\nthe savings would protect bin collections.", "Hella Brandvik", True),
    ("On Monday the regional council in the north of the country, led by Oskar\nBrannvall and his deputy,\n"
     "voted to close the branch.", "Oskar\nBrannvall", True),  # a column wrapped at 70 characters
    ("MOST READ\nKalle Vidar's shock exit from national team\nAnnika Strom wins indoor title", "Kalle Vidar", False),
    ("Q: Does Mads Fjeld?\nA: No.", "Mads Fjeld", True),  # a question: "does" is the article's lowercase word
    ("Why Mads Fjeld Quit", "Mads Fjeld", False),
    ("RANKINGS\n4. Dane Holloway (3.)\n5. Petra Voss (5.)", "Petra Voss", True),  # a ranking's item
    ("MOST READ\n1. Oda Brenne named new bank chief", "Oda Brenne", False),  # a most-read box's headline
])
def test_sentence_shape(body, name, expected):
    assert _in_prose(body, name) is expected


@pytest.mark.parametrize(("body", "kept", "dropped"), [
    ("Harbour board chief Lene Ostby said on Monday prices would rise.\nTRENDING\n"
     "Kalle Vidar's shock exit from national team\nAnnika Strom wins indoor title",
     {"Lene Ostby"}, {"Kalle Vidar", "Annika Strom"}),
    ("Mayor Odile Varon opened the sauna in January.\nMore from Petra Lusk\nPetra Lusk\nWhy Petra Lusk Stopped Flying",
     {"Odile Varon"}, {"Petra Lusk"}),
    ("Latest Transfers: Joost Aalders, Rik Venema\nCoach Henk Rijpstra was dismissed on Sunday.",
     {"Henk Rijpstra"}, {"Joost Aalders", "Rik Venema"}),
    # a person named in a teaser and also told of in the article stays
    ("Why Sabine Korth Quit\nSabine Korth, who led the union for a decade, said she was tired.",
     {"Sabine Korth"}, set()),
])
def test_people_named_only_in_furniture_are_dropped(body, kept, dropped):
    names = {person.name for person in extract_people(
        ArticleRecord(source_path="t.txt", source_format="txt", raw_text=body, body=body), Registry())}
    assert kept <= names
    assert not dropped & names


# A sign-off or a call to follow or subscribe to its authors is a credit even when it shares its line with another
# sentence or lists several names; a prose sentence with the same words in another shape stays prose.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("Ferries ran late.\nOla Brekke contributed reporting from Stavanger. Siv Tande reported from Hamar.",
     "Ola Brekke", False),
    ("Ferries ran late.\nOla Brekke contributed reporting from Stavanger. Siv Tande reported from Oak Creek, N.D.",
     "Siv Tande", False),
    ("Ferries ran late.\nFollow Ola Brekke and Siv Tande on Twitter: https://example.com/ob and https://example.com/st.",
     "Siv Tande", False),
    ("Ferries ran late.\nSign up to get an email from reporter Siv Tande when she publishes a new story.",
     "Siv Tande", False),
    ("Ferries ran late.\nSubscribe for alerts whenever Siv Tande writes.", "Siv Tande", False),
    ("Ferries ran late.\nFrom Siv Tande writing at the Harbour Post:", "Siv Tande", False),
    ("Ferries ran late.\nVia Siv Tande, reporting for the Harbour Post:", "Siv Tande", False),
    ("Ferries ran late.\nFrom Siv Tande came the loudest protest at the meeting.", "Siv Tande", True),
    # an author's note, and a short paragraph saying the article appeared elsewhere first
    ("Ferries ran late.\nSiv Tande wrote this article for the Harbour Post.", "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande does not work for, consult, own shares in or receive funding from any company.",
     "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande reports.", "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande is a professor of history at Lund University. This article first appeared in "
     "the Harbour Post.", "Siv Tande", False),
    ("Ferries ran late.\nThis piece was originally published by the Harbour Post. Siv Tande is its ports editor.",
     "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande does not work for the council any more, her lawyer said.", "Siv Tande", True),
    ("Ferries ran late.\nSiv Tande reports to the minister every week.", "Siv Tande", True),
    ("Ferries ran late.\nOla Brekke reported from the scene that the ferry had sunk.", "Ola Brekke", True),
    ("Ferries ran late.\nOla Brekke contributed a large sum to the campaign of the mayor.", "Ola Brekke", True),
    ("Ferries ran late.\nFollowers of Siv Tande signed up to the newsletter in large numbers.", "Siv Tande", True),
])
def test_a_sign_off_or_call_sentence_is_no_prose(body, name, expected):
    assert _in_prose(body, name) is expected


# A sentence broken off on a lowercase word and a comma over a block quotation is prose; a list or credit line
# ending on a comma is not.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("An example comes from a 1990 book. Livia Ashgrove in Quiet Rooms (1990) argues that,\n\nRooms shape us.",
     "Livia Ashgrove", True),
    ("As the historian Tobin Marl writes,\n\nThe river was the road.", "Tobin Marl", True),
    ("Livia Ashgrove wrote,\n\nRooms shape us.", "Livia Ashgrove", False),  # one lowercase word only
    ("Tags: Oil fund, Livia Ashgrove,\n\nRooms shape us.", "Livia Ashgrove", False),  # ends on a name
    ("Photos by Livia Ashgrove and Tobin Marl,\n\nRooms shape us.", "Livia Ashgrove", False),
])
def test_a_sentence_broken_off_before_a_block_quotation(body, name, expected):
    assert _in_prose("Rooms were small then.\n\n" + body, name) is expected


# An embedded social post left in a body closes with its author's line: a dash, the name, the account's handle in
# brackets and the post's date. Its author is someone the article shows, not a byline; the same line without the
# handle or the date, opened by "By", or closing the body under a prose paragraph (an author's sign-off)
# stays furniture.
_POST_ABOVE = "Residents mocked the new road sign online on Tuesday.\n\nWorst sign I have seen in years: https://t.co/Ab12\n\n"
_PROSE_BELOW = "\n\nThe council said it would review the sign.\n"


@pytest.mark.parametrize(("line", "below", "kept"), [
    ("— Talia Voskuijlen (@taliav) March 4, 2021", _PROSE_BELOW, True),
    ("— Rasmus K. Tenney 🌻 (@rktenney) 4 March 2021", _PROSE_BELOW, True),  # an emoji after the display name
    ("- Talia Voskuijlen (@TaliaVos) Mar 4, 2021", _PROSE_BELOW, True),
    ("— Talia Voskuijlen (@taliav)", _PROSE_BELOW, False),  # no post's date: an author's handle
    ("— Talia Voskuijlen, March 4, 2021", _PROSE_BELOW, False),  # no handle: a sign-off's date
    ("By Talia Voskuijlen (@taliav) March 4, 2021", _PROSE_BELOW, False),  # a byline
    ("— Talia Voskuijlen (@taliav) March 4, 2021", "\n", True),  # the body's last line under the post's link
])
def test_an_embedded_posts_author_line(line, below, kept):
    assert ("Talia Voskuijlen" in people_of(_POST_ABOVE + line + below)
            or "Rasmus K. Tenney" in people_of(_POST_ABOVE + line + below)) is kept


def test_a_post_authors_line_closing_the_body_under_prose_is_a_sign_off():
    body = "Residents mocked the new road sign online on Tuesday, and the council said it would review it.\n\n"
    assert "Talia Voskuijlen" not in people_of(body + "— Talia Voskuijlen (@taliav) March 4, 2021\n")


# An opinion writer's note closing the piece ("X is an assistant professor at Y. Views are personal.", "The views
# expressed are the author's own."): a short paragraph ending on the disclaimer is an author's box, as one saying
# the article appeared elsewhere first is. The disclaimer inside news prose, or a paragraph going on after it, is
# no box.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("Ferries ran late.\nSiv Tande is an assistant professor at Lund University. Views are personal.",
     "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande is a former ambassador to Chile. The views expressed are the author's own.",
     "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande teaches law in Lund. (Views expressed are personal)", "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande is a columnist. The views expressed in this article are her own.",
     "Siv Tande", False),
    ("Ferries ran late.\nSiv Tande said her views are personal and not the party's.", "Siv Tande", True),
    ("Ferries ran late.\nViews are personal, Siv Tande told the tribunal on Monday.", "Siv Tande", True),
    ("Ferries ran late.\nSiv Tande, the judge, said the views expressed were her own. The hearing went on. "
     "Lawyers objected twice. Then the court rose.", "Siv Tande", True),
    ("Ferries ran late.\nSiv Tande is a professor at Lund. Her views are shared by the union, the mayor said.",
     "Siv Tande", True),
])
def test_an_opinion_writers_disclaimer_closes_an_author_box(body, name, expected):
    assert _in_prose(body, name) is expected


# The review of peopleR16: a news paragraph reporting someone's disclaimer is no author's box. Only "and do not
# (necessarily) reflect those of ..." may follow the disclaimer, and the box's other sentence is a writer's bio
# ("is a ... at", "teaches", "writes"), not a reported act.
@pytest.mark.parametrize(("body", "name", "expected"), [
    ("Buses ran late.\nViews are personal and must be heeded, Pia Morvel said.", "Pia Morvel", True),
    ("Buses ran late.\nMinister Pia Morvel denied the story. The views are her own and do not reflect state "
     "policy, her office said.", "Pia Morvel", True),
    ("Buses ran late.\nOrin Waltke, a party aide, shared the post on Friday. The views expressed are his own and "
     "not the party's, he said.", "Orin Waltke", True),
    ("Buses ran late.\nThe alderman Orin Waltke reposted the video. The views expressed are his own and do not "
     "represent the ward.", "Orin Waltke", True),
    ("Buses ran late.\nPia Morvel said she had been misquoted. The views are her own and she stands by them.",
     "Pia Morvel", True),
    ("Buses ran late.\nThe alderman Orin Waltke reposted the video. The views expressed are his own.",
     "Orin Waltke", True),
    ("Buses ran late.\nPia Morvel is a senior fellow at the Kestrel Forum. The views expressed here are strictly "
     "personal and do not reflect those of the Kestrel Forum.", "Pia Morvel", False),
    ("Buses ran late.\nOrin Waltke writes on trade. The views expressed are his own and do not necessarily "
     "reflect those of his employer.", "Orin Waltke", False),
    ("Buses ran late.\nOrin Waltke was a consul in Oslo. Views are personal.", "Orin Waltke", False),
    ("Buses ran late.\nPia Morvel is a retired judge. The views are her own.", "Pia Morvel", False),
])
def test_a_reported_disclaimer_is_no_author_box(body, name, expected):
    assert _in_prose(body, name) is expected
