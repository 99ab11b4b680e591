"""Trailing furniture under the last paragraph on made-up copied pages (#10): an editor's note under its label, the
site's nudge to share the story, and a writer's credit joined to an editor's by a semicolon are furniture. Near
misses: last paragraphs of the story that look like them (a reported nudge, a sentence about an editor's note, a
"Written by hand ..." sentence) stay its last paragraph. Rows written before the article step was run on them."""
import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry

_TOP = ("The Harlow Courier\nNews\nRegional\nFerry operator fined over late sailings on the Brenn crossing\n"
        "Regulator says passengers were left waiting for hours on 41 occasions last winter\n"
        "By Tomas Villar | March 4, 2026\n")
_BODY = ("BRENN — The regulator fined the ferry operator 2.1 million on Tuesday over late sailings on the Brenn "
         "crossing last winter.\n"
         "Passengers were left waiting for more than two hours on 41 occasions, the regulator found.\n"
         "\"We have apologised and we have changed our timetable,\" said Ola Stenvik, the operator's chief.\n")

TAILS = [
    # (the last line of the body, the lines under it, whether those lines are furniture)
    ("The operator has 28 days to appeal.", "Editor's note: A version of this story appeared in print on March 5.", True),
    ("The operator has 28 days to appeal.", "Editor’s Note: The author travelled on the crossing at her own expense.", True),
    ("The operator has 28 days to appeal.", "Editors' note — The fine was first reported by the regulator's bulletin.", True),
    ("The operator has 28 days to appeal.", "Like this story? Share it with a friend.", True),
    ("The operator has 28 days to appeal.", "Share this article with your friends", True),
    ("The operator has 28 days to appeal.", "Enjoyed this article? Share it with someone who travels.", True),
    ("The operator has 28 days to appeal.", "Written by Tomas Villar; edited by Paul Crane.", True),
    ("The operator has 28 days to appeal.", "Story by Tomas Villar; editing by Paul Crane and Ann Lee", True),
    # near misses: the story's own last lines
    ("The operator has 28 days to appeal.", "Read more about it in the report, she said.", False),
    ("The operator has 28 days to appeal.", "\"Share it with a friend,\" the leaflet tells passengers.", False),
    ("The operator has 28 days to appeal.", "Share it with your neighbours before the vote, the mayor urged.", False),
    ("The operator has 28 days to appeal.", "The editor's note under the notice said the timetable had changed.", False),
    ("The operator has 28 days to appeal.", "Written by hand, the complaint was edited by a lawyer; it ran to four pages.", False),
    ("The operator has 28 days to appeal.", "Editors noted the change on Monday; the paper ran it on page 3.", False),
]


def _body_lines(text):
    article = extract_article(SourceDocument("x", "txt", text), Registry())
    return [line.strip() for line in (article.body or "").splitlines() if line.strip()], article


@pytest.mark.parametrize(("last", "tail", "furniture"), TAILS)
def test_trailing_furniture_under_the_last_paragraph(last, tail, furniture):
    lines, article = _body_lines(_TOP + _BODY + last + "\n" + tail + "\n")
    assert lines[0].startswith("BRENN — The regulator fined")
    assert last in lines
    assert (tail not in lines) is furniture
    assert article.byline == "By Tomas Villar"


@pytest.mark.parametrize("byline", ["Written by Tomas Villar; edited by Paul Crane", "Written by Tomas Villar"])
def test_a_writer_and_editor_credit_over_the_body_still_names_the_writer(byline):
    top = _TOP.replace("By Tomas Villar | March 4, 2026\n", f"{byline}\nMarch 4, 2026\n")
    article = extract_article(SourceDocument("x", "txt", top + _BODY), Registry())
    assert "Tomas Villar" in article.authors
    assert (article.body or "").startswith("BRENN — The regulator fined")


CLOSING = [
    # (the line under the last paragraph, whether it is furniture); the byline is "By Tomas Villar"
    ("Tomas Villar has covered the islands for the Courier since 2019.", True),
    ("Tomas Villar has reported on shipping for The Harlow Courier for a decade.", True),
    ("All rights reserved. No part of this publication may be reproduced without permission.", True),
    ("All rights reserved; content may not be copied without written consent.", True),
    # near misses: the story's own last lines
    ("Tomas Villar has covered the costs for the Red Cross, she said.", False),
    ("Tomas Villar has covered the crossing twice this winter.", False),
    ("All rights reserved by the old charter passed to the new port authority on Monday.", False),
    ("\"All rights reserved,\" the notice on the harbour gate reads.", False),
]


@pytest.mark.parametrize(("tail", "furniture"), CLOSING)
def test_a_closing_bio_or_rights_notice(tail, furniture):
    lines, _ = _body_lines(_TOP + _BODY + "The operator has 28 days to appeal.\n" + tail + "\n")
    assert (tail not in lines) is furniture
    assert "The operator has 28 days to appeal." in lines


MIDDLE = [
    # (a line between two paragraphs of the body, whether it is furniture)
    ("Continue reading the main story", True),
    ("Article continues after advertisement", True),
    ("Article continues below", True),
    # near misses: the story's own lines
    ("The story continues after a short break, the host told viewers.", False),
    ("Readers continue reading the main story online, the survey found.", False),
    ("Continue reading the report, he urged.", False),
]


@pytest.mark.parametrize(("line", "furniture"), MIDDLE)
def test_an_ad_slot_marker_between_paragraphs(line, furniture):
    body = _BODY.replace("the regulator found.\n", f"the regulator found.\n{line}\n")
    lines, _ = _body_lines(_TOP + body + "The operator has 28 days to appeal.\n")
    assert (line not in lines) is furniture
    assert lines[-1] == "The operator has 28 days to appeal."
