"""Vocabulary for telling page furniture from the article where people are concerned: the words that open a
photo credit, a byline or an author box right before a name, what may follow a name in a credit ("/Reuters"),
what else a line holding only a name may carry ("By", "— ", "About", ", MS, RD"), and the words an author's
biography is made of ("Jane Roe is a freelance writer ...").

Each rule is a named row (name, pattern), case-insensitive, matched against the text of the name's own line:
`BEFORE_NAME` patterns end where the name starts, `AFTER_NAME` patterns start where it ends. Nothing here names
a particular site, agency or person.
"""
from __future__ import annotations

# Quote marks a credit may put around the name ("Photo by: 'Neil Thomas'").
_OPEN_QUOTE = r"[\"'‘“]?"

# The names already listed in a credit ("by Jo Roe, Ana Lund and "), so that every name of the list is credited.
_CREDIT_LIST = r"(?:(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}(?:, and |, | and | & ))*"

BEFORE_NAME: tuple[tuple[str, str], ...] = (
    # "Photo: Anna Berg/Reuters", "Photograph by Jo Roe", "Icons by Tim Lund", "Image credit: Jo Roe"
    ("photo-credit", r"\b(?:photo(?:graph|graphy)?s?|pictures?|pics?|images?|illustrations?|graphics?|icons?|"
                     r"artwork|drawings?|maps?|cartoons?|videos?|footage|animation)\s*(?:credits?\s*)?"
                     r"(?:by|:|courtesy(?:\s+of)?|credits?|©)\s*:?\s*" + _OPEN_QUOTE + r"$"),
    # "Credit: Jo Roe", "Credit... Jo Roe/The Planet", "Courtesy of Jo Roe", "© Jo Roe"
    ("credit-label", r"(?:^|[\s(\[|.])(?:credits?|courtesy(?:\s+of)?|©|\(c\))\s*(?::|\.\.\.|…)?\s*" + _OPEN_QUOTE + r"$"),
    # "REUTERS/Jo Roe", "(AP Photo/Jo Roe)", "AFP/Jo Roe", "Riverton / Jo Roe": an agency or place, then a slash
    ("agency-slash", r"(?:^|[\s(\[|])[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*/\s*$"),
    # "By Jo Roe" opening a line or after a separator, "Written by", "Medically reviewed by", "Reporting by"
    ("byline", r"(?:^\W*|[|•·—–]\s*|[.;,]\s+|\band\s+)(?:(?:story|text|words|reported|reporting|written|writing|edited|editing|compiled|"
               r"translated|translation|produced|posted|recipe|interview|additional\s+reporting|"
               r"(?:additional\s+)?contributions|illustrations?|photos?|"
               r"(?:medically\s+|fact[- ]?)?(?:reviewed|checked))\s+(?:by|from)|by)\s*:?\s*" + _CREDIT_LIST + r"$"),
    # "Read all articles by Jo Roe", "More stories from Jo Roe"
    ("articles-by", r"\b(?:articles|posts|stories|columns|more)\s+(?:from|by)\s*:?\s*$"),
    # "Interview with Jo Roe", "In conversation with Jo Roe" alone on a line: a link or a heading
    ("interview-link", r"^\W*(?:(?:an\s+)?interview|in\s+conversation|conversation|q\s*&\s*a|podcast)\s+with\s*:?\s*$"),
    # "Author: Jo Roe", "About Jo Roe", "About the author: Jo Roe", "Photographer: Jo Roe" opening a line
    ("author-label", r"^\W*(?:about(?:\s+the\s+(?:author|writer|reporter))?|authors?|writers?|reporters?|editors?|"
                     r"contributors?|photographers?|columnists?|correspondents?|reviewer|translators?|"
                     r"contact|media\s+contact|press\s+contact)\s*:?\s*$"),
)

AFTER_NAME: tuple[tuple[str, str], ...] = (
    # "Anna Berg/Reuters", "Jo Roe / AFP", "Jo Roe/The Riverton Planet"
    ("slash-agency", r"^\s*/\s*[A-Z\"“(]"),
)

# A line that holds a name and nothing else but these is a byline, a sign-off, a caption credit or the head of an
# author box: "By Jo Roe", "— Jo Roe", "About Jo Roe", "Jo Roe, MS, RD", "Jo Roe (@joroe)". The name itself
# is cut out of the line before matching; a name followed by a colon is a Q&A label and is not matched.
LINE_GLUE = (r"^[\s\W\u200b-\u200d\ufeff]*(?:(?:by|about|author|authors|written\s+by|posted\s+by|reviewed\s+by|edited\s+by|photo|"
             r"photos|credit|contact)\b\s*:?)?[\s\-–—|•·]*$")
LINE_TAIL = (r"^(?:\s*,?\s*(?:[A-Z][A-Za-z]{0,5}\.?|Ph\.?D\.?|M\.?D\.?))*\s*(?:\(@?[\w.]+\))?"
             r"(?:\s+(?:for|via)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?[\s\u200b-\u200d\ufeff]*[.|•·]?\s*$")
# ("Jo Roe for The Planet", "Jo Roe via Getty Images" make a credit line too.)

# An author's biography opens with the name and one of these verbs ...
BIO_VERBS = r"(?:is|was|has\s+been|has|covers|covered|writes|wrote|joined|works|worked|leads|holds|loves)"
# ... and its first sentence says what the author does for a living in writing, editing or pictures.
BIO_WORDS = frozenset("""
writer writers author editor editors journalist journalists reporter reporters columnist correspondent contributor
contributing copywriter blogger photographer photojournalist curator freelance freelancer editorial
content newsletter podcaster reviewer critic
""".split())

# Besides the layout's section and outlet-name words, the words of a site's own lines: a short title-case line
# holding one ("Daily Herald Articles", "More From Jo Roe") is a site name, a section or a link, not prose.
SITE_LINE_WORDS = frozenset("""
articles stories posts blog blogs columns column podcast podcasts newsletter newsletters latest more archive
archives homepage home menu subscribe
""".split())
