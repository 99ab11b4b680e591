"""What notes about a page's writers say, as patterns: the beat in a biography, the calls, credits and notes
around an author's name, and the closing note of an unsigned opinion page with the writer's name it opens on.

An author box can stand anywhere on a page (under the article, beside a "Why trust us" heading, between related
links), so a sentence "Jo Roe is a ... writer" is an author box's only when it also names what the author
writes on (`BEAT`): a news sentence about a journalist ("Jo Roe is a reporter who was arrested") does not. The
furniture rules (`loaders.extract.furniture_names`) read it over the biography's first sentence; the text reader
and the event step use it too. A call to follow an author, an excerpt's credit, an author's note after the name
and a note that the article appeared elsewhere first (`ALERT_CALL`, `EXCERPT_CREDIT_*`, `AUTHOR_NOTE_AFTER`,
`REPUBLISHED_NOTE`) mark lines whose names are no one's in the story (`prose_names`, `pageblocks`). A page
without a byline may close on its writer's note (`text_article._contributor_note`): a name (`NOTE_NAME`, any
alphabet's capitals, also read by `outlets` for an author note naming the outlet), then the writer's place on the
opinion pages in a whole phrase (`CONTRIBUTOR_NOTE_PHRASES`).
"""
from __future__ import annotations

import re

from loaders.extract.data.layout import NAME_PARTICLES

# Lowercase words of a biography's first sentence that give the author's beat: "specializing in coffee",
# "who covers climate", "writes about food", "focuses on travel", "with a passion for", "with over a decade of
# experience in".
BEAT = (r"\b(?:speciali[sz](?:es|ed|ing|e)|specialist\s+in|covers|covering|writes\s+(?:about|on)|"
        r"writing\s+(?:about|on)|focus(?:es|ed|ing)?\s+on|passion(?:ate)?\s+(?:for|about)|expertise\s+in|"
        r"experience\s+in)\b|"
        # a closing note on the writer's record for the outlet: "Jo Roe has covered the islands for the Courier since
        # 2019." (not a reported sentence: "Jo Roe has covered the costs for the Red Cross, she said.")
        r"\bhas\s+(?:covered|reported\s+on|written\s+about|been\s+(?:covering|reporting\s+on|writing\s+about))\s+"
        r"(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{1,80}?\bfor\s+(?:the\s+)?(?-i:[A-Z])")

# A call to subscribe to an author's alerts, opening a sentence: "Sign up to get an email from reporter Jo Roe when
# she publishes a new story", "Subscribe for alerts when Jo Roe writes". Nobody named in it is the article's.
ALERT_CALL = (r"^[\s\W]*(?:sign\s+up|subscribe|register|opt\s+in)\b[^.!?]{0,60}?"
              r"\b(?:e-?mails?|alerts?|notifications?|updates|newsletters?)\b")

# A writer credited as the source of an excerpt, before the excerpt: "From Jo Roe writing at the Planet:", "Via
# Jo Roe, reporting for the Planet:". The words before the writer's name, and after it.
EXCERPT_CREDIT_BEFORE = r"(?:from|via)"
EXCERPT_CREDIT_AFTER = r",?\s+(?:writing|reporting)\s+(?:at|for|in|on)\b"

# An author's note after the author's name, a sentence of its own: "Jo Roe wrote this article for the Planet.", a
# disclosure "Jo Roe does not work for, consult, own shares in ...", a closing "Jo Roe reports." (read from the
# name's end to the sentence's end; "Jo Roe receives funding from the state" may be news, and is left out).
AUTHOR_NOTE_AFTER = (r"(?:,?\s+(?:wrote|has\s+written|co-wrote|co-authored)\s+this\s+(?:article|piece|column|story|"
                     r"essay|commentary|report)\b(?!['’])|\s+does\s+not\s+work\s+for,\s+consult\b|\s+reports\.?\s*$)")
# A note that the article was published elsewhere first ("This article first appeared in the Planet.", "This
# piece was originally published by ...", "This article is republished from ..."): the short paragraph holding it
# is an author's box, and its names ("Jo Roe is a professor of history. This article first appeared in ...") are
# the author's.
REPUBLISHED_NOTE = (r"\bthis\s+(?:article|piece|story|column|essay|commentary)\s+(?:was\s+|is\s+|has\s+been\s+)?"
                    r"(?:first\s+|originally\s+)?(?:appeared|published|republished|posted)\s+(?:in|on|by|from|with)\b")

# The phrases of an unsigned opinion page's closing note that name the writer's place on the opinion pages: "Jo
# Roe, a history professor, is a member of the Courier's Board of Contributors.", "Ann Lee is editor of the
# editorial page.", "Tom Bell is a contributing columnist for the Ledger." Whole phrases, not single words: "editor
# of the users' newsletter", "the largest contributor to the fund" and "opinion research" are a story's news.
CONTRIBUTOR_NOTE_PHRASES = (
    r"\bmember\s+of\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,4}?(?:board\s+of\s+contributors|editorial\s+board)\b|"
    r"\beditor\s+of\s+the\s+editorial\s+page\b|\beditorial\s+page\s+editor\s+(?:of|for|at)\b|"
    r"\bcontributing\s+(?:op-ed\s+|opinion\s+)?(?:columnist|writer|editor)\s+(?:for|at|to|with)\b|"
    r"\bis\s+an?\s+(?:\w+\s+)?columnist\s+(?:for|at|with)\b|\bop-ed\s+contributor\b"
)

# A writer's name in a note on the writer: one to four words, each opening on a capital of any alphabet ("Łukasz
# Nowak", "Šárka Roe", "Órla Ní Bhé") or a lowercase particle between them ("Emma de Vries"). `re` has no class
# for capitals, so the class is spelt as the ranges of characters Python calls upper case, up to the last cased
# script (Adlam, U+1E900-U+1E943; nothing past it has case): fullwidth Latin, Coptic and Glagolitic included.


def _capital_class(end: int = 0x1E944) -> str:
    ranges: list[tuple[int, int]] = []
    for code in range(end):
        char = chr(code)
        if char.isupper() and char.isalpha():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "[" + "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
                         for low, high in ranges) + "]"


_CAPITAL = _capital_class()
NAME_CAPITAL = _CAPITAL  # the same class for a byline's names (`text_article._PERSON_TOKEN`)
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
NOTE_NAME = (r"(?-i:" + _CAPITAL + r"[\w'’.-]*(?:\s+(?:(?:" + _PARTICLES + r")\s+)?" + _CAPITAL + r"[\w'’.-]*){0,3})")
