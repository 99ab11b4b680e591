"""Vocabulary for telling page furniture from the article where people are concerned: the words that open a
photo credit, a byline or an author box right before a name, what may follow a name in a credit ("/Reuters"),
what else a line holding only a name may carry ("By", "— ", "About", ", MS, RD"), and the words an author's
biography is made of ("Jane Roe is a freelance writer ...").

Each rule is a named row (name, pattern), case-insensitive, matched against the text of the name's own line:
`BEFORE_NAME` patterns end where the name starts (bylines, photo credits, copyright lines, "This story was
reported by"), `AFTER_NAME` patterns start where it ends; the furniture read after a name (sign-offs, dated
bylines, calls to follow) is `loaders.extract.data.signoffs`'s. Nothing here names
a particular site, agency or person.

`CREDIT_PHRASES` is the one table of the words that open a byline or a credit ("By", "Written by", "Reporting
by", "Medically reviewed by", "Author:"), with where each is read; the headline block (`pageblocks`,
`text_article`), the HTML byline (`html_article`), the credits lines of `boilerplate` and the people step's
`BEFORE_NAME` byline row are all built from it with `credit_phrases(use)` and `credit_alternation(use)`.
"""
from __future__ import annotations

import re

# Credit phrases and where each is read (lower case; a space matches any white space):
#   'byline'  opens the article's byline ("By Jo Roe", "Written by Jo Roe", "Edited by Jo Roe" over a live page)
#   'alone'   stands alone on its line over the author's name ("Written by" / "Jo Roe")
#   'author'  opens a headline-block line about an author that is not the byline itself ("Author: Jo Roe",
#             "Medically reviewed by Jo Roe", "Recipe by", "von Jo Roe")
#   'credits' opens a credits line, most often at the end of a story ("Reporting by Jo Roe; Editing by Jo Doe")
#   'html'    opens a byline line left at the top of an HTML page's extracted text
#   'dated'   opens the byline only right over the date line (or a magazine's issue line): "Interview by Jo Roe" /
#             "May 2024 issue"; elsewhere it credits a name in furniture ("name")
#   'name'    credits a name in furniture only (the people step's byline row): "Interview by", "Photos by"
# Every phrase ending in " by" also credits a name for the people step ("Compiled by Jo Roe" names no person of
# the article), which reads "from" in place of "by" too ("Reporting from ...").
CREDIT_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("by", ("byline", "alone", "html")),
    ("written by", ("byline", "alone", "html")),
    ("posted by", ("byline", "alone", "html")),
    ("words by", ("byline", "alone")),
    ("story by", ("byline",)),
    # a sports page's byline ("Match report by Jo Roe")
    ("match report by", ("byline",)),
    ("interview conducted by", ("byline",)),
    # a magazine's credit for the interviewer or for the whole piece stands where the byline stands: it is the
    # byline (and never the headline); the interviewer's credit only right over the date line, since elsewhere
    # in a Q&A it may credit another hand than the writer's
    ("interview by", ("dated", "name")),
    ("interviewed by", ("byline", "name")),
    ("text and photos by", ("byline",)),
    ("text and photographs by", ("byline",)),
    ("text and pictures by", ("byline",)),
    ("words and photos by", ("byline",)),
    ("words and pictures by", ("byline",)),
    ("words and photographs by", ("byline",)),
    ("story and photos by", ("byline",)),
    ("story and photographs by", ("byline",)),
    ("story and pictures by", ("byline",)),
    ("reporting and photos by", ("byline",)),
    ("reporting and photographs by", ("byline",)),
    ("written and photographed by", ("byline",)),
    ("reporting by", ("byline", "credits")),
    ("edited by", ("byline", "credits")),
    ("writing by", ("credits",)),
    ("editing by", ("credits",)),
    ("compiled by", ("credits",)),
    ("translated by", ("credits",)),
    ("produced by", ("credits",)),
    ("graphics by", ("credits",)),
    ("author", ("author", "alone")),
    ("author of the article", ("author", "alone")),  # a label over the writer's name, at the top and in the box
    ("authors", ("author", "alone")),
    ("reviewed by", ("author",)),
    ("medically reviewed by", ("author",)),
    ("recipe by", ("author",)),
    ("text by", ("author",)),
    ("von", ("author",)),
    ("par", ("author",)),
    ("por", ("author",)),
    ("di", ("author",)),
    ("door", ("author",)),
    ("автор", ("author",)),
    ("reported by", ("byline", "name")),
    ("translation by", ("name",)),
    ("additional reporting by", ("name",)),
    ("contributions by", ("name",)),
    ("additional contributions by", ("name",)),
    ("illustration by", ("name",)),
    ("illustrations by", ("name",)),
    ("photo by", ("name",)),
    ("photos by", ("name",)),
    ("checked by", ("name",)),
    ("fact checked by", ("name",)),
    ("fact-checked by", ("name",)),
    ("factchecked by", ("name",)),
    ("narrated by", ("name",)),
    ("voiced by", ("name",)),
    ("audio by", ("name",)),
    ("design by", ("name",)),
)


def credit_phrases(use: str) -> tuple[str, ...]:
    """The phrases of `CREDIT_PHRASES` read for `use`, longest first (so "written by" is tried before "by")."""
    return tuple(sorted((phrase for phrase, uses in CREDIT_PHRASES if use in uses), key=len, reverse=True))


def credit_alternation(use: str) -> str:
    """A regular-expression alternation of the phrases read for `use` (no group, no anchor)."""
    return "|".join(_phrase_pattern(phrase) for phrase in credit_phrases(use))


def _phrase_pattern(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+").replace(r"\-", "-")


# The roles of the phrases that end in " by" ("written", "medically reviewed"): the people step's byline row.
_ROLES = "|".join(_phrase_pattern(phrase[:-3]) for phrase, _ in
                  sorted(CREDIT_PHRASES, key=lambda row: len(row[0]), reverse=True) if phrase.endswith(" by"))

# A byline that credits a desk rather than a person ("Express News Service", "Riverton Bureau", "Staff Reporter",
# "Le Courier with AFP"): the desk words close a line of at most a few capitalised words; wire agencies may
# follow "with" or "and".
DESK_CREDITS = ("news service", "news network", "news desk", "web desk", "online desk", "staff", "staff writer",
                "staff writers", "staff reporter", "staff reporters", "staff correspondent", "staff correspondents",
                "bureau", "correspondent", "correspondents", "agencies", "wire services",
                # a company's text run as sent, credited so in the headline block ("Press Release" over the date)
                "press release")
# A newsroom credited after the outlet's name ("Riverton Post newsroom"): alone ("Newsroom") it is a menu's word.
NAMED_DESK_CREDITS = ("newsroom",)
# A possessive or determiner is no name before it ("Our newsroom", "The Newsroom", "This newsroom").
NAMED_DESK_NOT_NAMES = ("our", "the", "your", "this", "that", "my", "their", "his", "her", "its", "inside", "in",
                        "a", "an")
DESK_ROLES = ("reporter", "writer", "correspondent", "editor", "desk")
# The last word of a writer's job printed on its own line under the name ("Opinion columnist", "Senior
# Correspondent", "Business Reporter"): with the date line under it, the name over it is the byline.
WRITER_ROLE_WORDS = ("columnist", "columnists", "correspondent", "reporter", "writer", "editor", "contributor",
                     "journalist", "critic", "commentator", "analyst", "blogger")
# A newsroom team credited as the byline ("By Riverton Team", "Kestrel News Team"): one to three capitalised words
# before the team word, after "By" or holding a newsroom's word (`TEAM_NEWSROOM_WORDS`, or a newspaper word of
# `layout.OUTLET_NAME_WORDS`: "Nation Team"). Headlines and kickers name teams too ("Wales Name Team", "Olympic
# Team", "Rescue Team"): without either they are no credit. A menu or an about-us page names teams ("Our Team",
# "Meet the Team", "Leadership Team"): a line opening with one of these words is no credit either.
DESK_TEAMS = ("team",)
TEAM_NEWSROOM_WORDS = ("editorial", "newsroom", "digital", "web", "online", "desk", "staff", "editors", "reporting",
                       "content")
NOT_TEAM_OPENERS = ("our", "the", "my", "your", "meet", "about", "join", "contact", "leadership", "management",
                    "sales", "support", "executive", "board")
# Words that join the names of a byline ("Jane Roe and John Doe", German "und", French "et"). Spanish "y" and
# Portuguese "e" are left out: they join the two surnames of one person ("Ortega y Gasset").
NAME_CONJUNCTIONS = ("and", "und", "et")

WIRE_CREDITS = ("AFP", "AP", "Reuters", "dpa", "EFE", "ANSA")
# Agencies whose name alone credits a picture ("(AP Photo/Jo Roe)", "Reuters/Jo Roe", "... — AFP"): the wire
# agencies and the picture agencies. One list for every credit-line pattern of the boilerplate step.
PICTURE_AGENCIES = WIRE_CREDITS + ("EPA", "Getty Images", "Getty", "Shutterstock", "Flash90", "Xinhua", "Sputnik",
                                   "AAP", "PTI", "ANI", "Keystone", "Keystone-SDA", "Alamy", "ANP", "Belga", "Imago",
                                   "Scanpix", "Lehtikuva")


def agency_alternation(agencies: tuple[str, ...] = PICTURE_AGENCIES) -> str:
    """A regex alternation of agency names, longest first, spaces as any run of blanks ("Getty\\s+Images")."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, name.split()))
                            for name in sorted(agencies, key=len, reverse=True)) + ")"

# Quote marks a credit may put around the name ("Photo by: 'Neil Thomas'").
_OPEN_QUOTE = r"[\"'‘“]?"

# The names already listed in a credit ("by Jo Roe, Ana Lund and "), so that every name of the list is credited,
# and a form of address before the credited name ("Medically reviewed by Dr. Jo Roe").
_CREDIT_LIST = (r"(?:(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}(?:, and |, | and | & ))*"
                r"(?:(?:dr|prof|professor|mr|mrs|ms|mx|rev|sir|dame)\.?\s+)?")

BEFORE_NAME: tuple[tuple[str, str], ...] = (
    # "Photo: Anna Berg/Reuters", "Photograph by Jo Roe", "Icons by Tim Lund", "Image credit: Jo Roe", "Image source,
    # Jo Roe"
    ("photo-credit", r"\b(?:photo(?:graph|graphy)?s?|pictures?|pics?|images?|illustrations?|graphics?|icons?|"
                     r"artwork|drawings?|maps?|cartoons?|videos?|footage|animation)\s*(?:credits?\s*)?"
                     r"(?:by|:|courtesy(?:\s+of)?|credits?|©|source\s*[,:])\s*:?\s*" + _OPEN_QUOTE + r"$"),
    # "Credit: Jo Roe", "Credit... Jo Roe/The Planet", "Courtesy of Jo Roe", "© Jo Roe"
    ("credit-label", r"(?:^|[\s(\[|.])(?:credits?|courtesy(?:\s+of)?|©|\(c\))\s*(?::|\.\.\.|…)?\s*" + _OPEN_QUOTE + r"$"),
    # "REUTERS/Jo Roe", "(AP Photo/Jo Roe)", "AFP/Jo Roe", "Riverton / Jo Roe": an agency or place, then a slash
    ("agency-slash", r"(?:^|[\s(\[|])[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*/\s*$"),
    # "By Jo Roe" opening a line or after a separator, "Written by", "Medically reviewed by", "Reporting by"
    # ("With reporting by Jo Roe" too)
    ("byline", r"(?:^\W*|[|•·—–]\s*|[.;,]\s+|\band\s+)(?:with\s+)?(?:(?:" + _ROLES + r")\s+(?:by|from)|by)\s*:?\s*"
               + _CREDIT_LIST + r"$"),
    # "Sign up for The Morning Brief with Jo Roe", "Subscribe to Money Matters with Jo Roe": a newsletter's plug
    ("newsletter-with", r"^\W*(?:sign\s+up\s+(?:for|to)|subscribe\s+to|get)\s[^\n]{0,60}\swith\s*$"),
    # "Share on X", "Share on Facebook Share on Jo": a row of share buttons names platforms, no people
    ("share-button", r"\b(?:share|post|tweet|send)\s+(?:on|via|to)\s*$"),
    # "Read all articles by Jo Roe", "More stories from Jo Roe"
    ("articles-by", r"\b(?:articles|posts|stories|columns|more)\s+(?:from|by)\s*:?\s*$"),
    # "Interview with Jo Roe", "In conversation with Jo Roe" alone on a line: a link or a heading
    ("interview-link", r"^\W*(?:(?:an\s+)?interview|in\s+conversation|conversation|q\s*&\s*a|podcast)\s+with\s*:?\s*$"),
    # "Author: Jo Roe", "About Jo Roe", "About the author: Jo Roe", "Photographer: Jo Roe" opening a line
    ("author-label", r"^\W*(?:about(?:\s+the\s+(?:author|writer|reporter))?|authors?|writers?|reporters?|editors?|"
                     r"journalists?|contributors?|photographers?|columnists?|correspondents?|reviewer|translators?|"
                     r"contact|media\s+contact|press\s+contact|contact\s+the\s+(?:author|writer|reporter)|words\s*:|contributing\s*:)\s*:?\s*$"),
    # "Copyright 2025 Jo Roe", "© 2019-2025 Jo Roe", "(c) 2024 Jo Roe"
    ("copyright", r"(?:^|[\s(\[|])(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?,?\s*$"),
    # "Published March 3, 2025 by Jo Roe", "Posted on 3/3/2025 by Jo Roe", "Updated 2 hours ago by Jo Roe"
    ("dated-byline", r"^\W*(?:first\s+)?(?:published|posted|updated|last\s+updated)\b[^\n]{0,40}?\s(?:by|from)"
                     r"\s*:?\s*" + _CREDIT_LIST + r"$"),
    # "This story was reported by Jo Roe", "This article has been written and edited by Jo Roe and "
    ("story-by", r"^\W*this\s+(?:story|article|report|piece|post|interview|review)\s+(?:was|has\s+been|is)\s+"
                 r"(?:\w+\s+){0,3}?(?:reported|written|produced|edited|updated|compiled|translated|reviewed|"
                 r"fact[- ]checked)(?:\s+and\s+\w+)?\s+by\s*:?\s*" + _CREDIT_LIST + r"$"),
)
# What the text before a name must end with (stripped of white space, case-folded) for a `BEFORE_NAME` row to be
# searched there: each row's pattern is anchored at the end, so its last words are known. A cheap test that
# spares a prose name ("..., the minister said ") the row's search; a row not listed here is always searched.
# (a credited name may follow a form of address: "reviewed by Dr. Jo Roe")
_ADDRESS_ENDINGS = ("dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "rev",
                    "rev.", "sir", "dame")
BEFORE_ENDINGS: dict[str, tuple[str, ...]] = {
    "photo-credit": ("by", ":", ",", "courtesy", "of", "credit", "credits", "©", '"', "'", "‘", "“"),
    "credit-label": ("credit", "credits", "courtesy", "of", "©", "(c)", ":", "...", "…", '"', "'", "‘", "“"),
    "agency-slash": ("/",),
    "byline": ("by", "from", ":", ",", "and", "&", *_ADDRESS_ENDINGS),
    "articles-by": ("by", "from", ":"),
    "newsletter-with": ("with",),
    "share-button": ("on", "via", "to"),
    "interview-link": ("with", ":"),
    "copyright": ("copyright", "©", "(c)", ",", *"0123456789"),
    "dated-byline": ("by", "from", ":", ",", "and", "&", *_ADDRESS_ENDINGS),
    "story-by": ("by", ":", ",", "and", "&", *_ADDRESS_ENDINGS),
}

AFTER_NAME: tuple[tuple[str, str], ...] = (
    # "Anna Berg/Reuters", "Jo Roe / AFP", "Jo Roe/The Riverton Planet"
    ("slash-agency", r"^\s*/\s*[A-Z\"“(]"),
)

# Labels of a list of links to other stories ("Read more:", "Related:", "Most read", "Watch:", "See also"): a
# headline after one, on its line or on the lines under it, is another story's, and its names no people of the
# article.
# LINK_BOX_LABELS: the pointer words among them, a box's bare label too ("Read also:" over list-marked headlines).
LINK_BOX_LABELS = r"read\s+more|see\s+also|also\s+read|read\s+also"
TEASER_LABELS = (LINK_BOX_LABELS + r"|related(?:\s+(?:stories|articles|coverage|content|news))?|most\s+read|most\s+popular|"
                 r"trending|watch|listen|recommended|more\s+(?:stories|news|on\s+this"
                 r"(?:\s+story)?)|you\s+may\s+also\s+like|don['’]t\s+miss|latest|editor['’]s\s+picks?|top\s+stories")

# A writing job right before a name that closes its line, after a sentence or a separator: "... what does it mean?
# Journalist Jo Roe", "... | Staff writer Jo Roe" (the furniture rule checks that nothing follows the name).
JOB_CREDIT_BEFORE = (r"(?:^\W*|[.!?]\s+|[|•·—–]\s*)(?:(?:staff|senior|freelance|contributing|chief)\s+)?"
                     r"(?:journalist|reporter|writer|columnist|correspondent|photographer|photojournalist|editor|"
                     r"contributor)\s*:?\s*$")
# An e-mail address near the name, on a line that says it is a contact: "Contact Jo Roe at jo@example.org",
# "Email Jo Roe: jo@...", "Jo Roe can be reached at ...", a press release's media contact; never a person of the
# article ("Jo Roe wrote to shop@example.org to complain" is prose).
CONTACT_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
CONTACT_WORDS = r"\b(?:contacts?|e-?mail|reached|inquiries|enquiries|media|press|tel|phone)\b"

# A line that holds a name and nothing else but these is a byline, a sign-off, a caption credit or the head of an
# author box: "By Jo Roe", "— Jo Roe", "About Jo Roe", "Jo Roe, MS, RD", "Jo Roe (@joroe)". The name itself
# is cut out of the line before matching; a name followed by a colon is a Q&A label and is not matched.
LINE_GLUE = (r"^[\s\W\u200b-\u200d\ufeff]*(?:(?:by|about|author|authors|written\s+by|posted\s+by|reviewed\s+by|edited\s+by|photo|"
             r"photos|credit|contact)\b\s*:?)?[\s\-–—|•·]*$")
# Its letters ("MS", "RD", "Ph.D.", "M.D.", "Jr.") are read one capital at a time (a capital, up to five lowercase
# letters, a full stop), so a line of capitals or of title-case words has one reading, not one per way of cutting
# it, and a line that is no tail costs its length.
LINE_TAIL = (r"^(?:\s*(?:,\s*)?[A-Z][a-z]{0,5}\.?)*\s*(?:\(@?[\w.]+\))?"
             r"(?:\s+(?:for|via)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?[\s\u200b-\u200d\ufeff]*[.|•·]?\s*$")
# ("Jo Roe for The Planet", "Jo Roe via Getty Images" make a credit line too.)

# A biography whose verb says the job by itself: "Jo Roe covers city hall", "Jo Roe writes on climate and water".
BIO_JOB_OPENING = r"^\s*(?:covers|writes\s+(?:on|about|for))\b"

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
