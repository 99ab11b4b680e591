"""Round 5 (#10): a comments link at the top of the article is a button, not the end of the article.

Three unseen pages lost their whole body: the headline block's share row prints a "Comments" / "12 Comments" link
(a jump to the comments) under a one-line standfirst, and that strong end heading cut every line after it as
related links. Mechanisms, written before the code:
- an end heading whose words stand again as a heading further down the page (the comments section itself, the
  "Most read" box at the foot) is, the first time, a link to that block: it drops only itself;
- a comments heading (with or without its count) above little prose (a standfirst at most) with paragraphs of
  sentences after it is the share row's comments link: it drops only itself.
Near misses: a real "Comments" heading under a short article followed by readers' comments (names, times, short
remarks), a "Most read" box under the article, "Comments" under a whole article, a heading printed once."""
from __future__ import annotations

import pytest

from loaders.extract.article import extract_article
from loaders.records import SourceDocument
from loaders.registry import Registry, bundled_registry_dir, load_registry

BODY = [
    "The county council voted on Tuesday to close the Mill Lane bridge for eight months while engineers replace "
    "its corroded steel beams, a repair it had postponed twice since the spring of last year.",
    "Council leader Maria Okafor said the closure would cause real hardship for the villages on the east bank, "
    "but that the inspectors' report left the authority no choice about the timing of the work.",
    "A temporary footbridge will open next to the old crossing in early March, and a shuttle bus will run every "
    "twenty minutes between the two car parks during the morning and evening rush hours.",
    "Local traders said they feared losing customers over the winter and asked the council to waive parking "
    "charges in the town centre until the bridge reopens to traffic in the autumn.",
]
FOOT_COMMENTS = "\nComments\nJo Fenn\n2 hours ago\nAbout time too.\nReply\nSam Reed\n1 hour ago\nWhat about the buses?\nReply"

PAGES = [
    # --- the failure: a comments link in the share row under the standfirst
    ("share_row_comments_repeated", "Riverton Courier\nNews\nSport\nBusiness\nBridge to close for eight months\n"
     "Repairs to the corroded beams will start in January after two delays, and a temporary footbridge will open in March.\nBy Ann Lee\n12 November 2026\nShare\nComments\n"
     + "\n".join(BODY) + FOOT_COMMENTS,
     {"title": "Bridge to close for eight months", "first": "The county council voted",
      "last": "reopens to traffic in the autumn."}),
    ("share_row_count_once", "Riverton Courier\nNews\nSport\nBridge to close for eight months\n"
     "Repairs will start in January after two delays to the work on the bridge, the county council said on Tuesday night.\nBy Ann Lee\n"
     "12 November 2026\nShare\n14 Comments\n" + "\n".join(BODY) + "\nRead more\nOther news of the week",
     {"title": "Bridge to close for eight months", "first": "The county council voted",
      "last": "reopens to traffic in the autumn."}),
    ("most_read_link_then_box", "Riverton Courier\nBridge to close for eight months\n"
     "The county is to shut its busiest crossing for most of next year while engineers replace the corroded steel.\n"
     "By Ann Lee\n12 November 2026\nMost read\n" + "\n".join(BODY) + "\nMost read\nCouncil tax to rise\nSchool wins award\nFloods hit valley",
     {"title": "Bridge to close for eight months", "first": "The county council voted",
      "last": "reopens to traffic in the autumn."}),
    # --- near misses: the end heading ends the article
    ("comments_after_article", "Riverton Courier\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n"
     + "\n".join(BODY) + FOOT_COMMENTS,
     {"first": "The county council voted", "last": "reopens to traffic in the autumn."}),
    ("comments_after_short_article", "Riverton Courier\nBridge to close\nBy Ann Lee\n12 November 2026\n"
     "The Mill Lane bridge will close for eight months from January while engineers replace its beams, the county council said on Tuesday night." +
     FOOT_COMMENTS,
     {"first": "The Mill Lane bridge will close", "last": "the county council said on Tuesday night."}),
    ("most_read_after_article", "Riverton Courier\nBridge to close for eight months\nBy Ann Lee\n12 November 2026\n"
     + "\n".join(BODY) + "\nMost read\nCouncil tax to rise\nSchool wins award\nFloods hit valley",
     {"first": "The county council voted", "last": "reopens to traffic in the autumn."}),
    ("comments_once_at_end_then_prose", "Riverton Courier\nBridge to close for eight months\nBy Ann Lee\n"
     "12 November 2026\n" + "\n".join(BODY[:3]) + "\nComments\n" + "\n".join(
         f"Reader {n} wrote that the council had known about the corroded beams for years and should have acted "
         f"long before the bridge became unsafe for the buses and lorries that use it every day." for n in (1, 2, 3)),
     {"first": "The county council voted", "last": "during the morning and evening rush hours."}),
]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(bundled_registry_dir())


@pytest.mark.parametrize("name, text, expected", PAGES, ids=[row[0] for row in PAGES])
def test_pages_round5(name, text, expected, registry):
    article = extract_article(SourceDocument("x", "txt", text, {}), registry)
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    assert paragraphs, "no body"
    if "title" in expected:
        assert article.title == expected["title"]
    assert paragraphs[0].startswith(expected["first"]), paragraphs[0][:80]
    assert paragraphs[-1].endswith(expected["last"]), paragraphs[-1][-80:]


# --- (A, invariant) a headline chosen below all the prose leaves the prose above as the body, never nothing
SHORT_PARAS = [
    "The ferry to Inch Island stopped running on Monday.",
    "Islanders were told by text message an hour before the last crossing.",
    "The operator said the boat had failed its safety inspection.",
    "A replacement vessel may not arrive before the spring.",
    "Parents are now driving children to school by the long road.",
]


@pytest.mark.xfail(strict=True, reason="written before the code, not reached this round: without a URL and with no "
                   "headline above the prose, the first short paragraph is read as the headline (the body is kept "
                   "from its second line, not lost); the no-body failure itself did not reproduce through a late "
                   "headline (the unseen pages lost theirs to a 'Comments' link, fixed above)")
@pytest.mark.parametrize("tail", [
    "Ferry to Inch Island stops running\nBy Ann Lee\n12 November 2026",
    "Share this story\nFerry to Inch Island stops running\nBy Ann Lee\n12 November 2026\nFacebook\nTwitter",
], ids=["headline_block_at_foot", "share_box_echo"])
def test_late_headline_keeps_the_prose_above(tail, registry):
    text = "Riverton Courier\n" + "\n".join(SHORT_PARAS) + "\n" + tail
    article = extract_article(SourceDocument("x", "txt", text, {}), registry)
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    assert paragraphs, "no body"
    assert paragraphs[0].startswith("The ferry to Inch Island"), paragraphs[0][:80]
    assert paragraphs[-1].startswith("Parents are now driving"), paragraphs[-1][:80]


def test_headline_over_short_paragraphs_keeps_them(registry):
    # near miss: the headline block on top, short paragraphs under it, nothing above but the outlet
    text = "Riverton Courier\nFerry to Inch Island stops running\nBy Ann Lee\n12 November 2026\n" + "\n".join(SHORT_PARAS)
    article = extract_article(SourceDocument("x", "txt", text, {}), registry)
    paragraphs = [part for part in (article.body or "").split("\n\n") if part]
    assert paragraphs[0].startswith("The ferry to Inch Island") and paragraphs[-1].startswith("Parents are now")
