"""Vocabulary for the furniture lines around an article that name people after the name: sign-offs ("Jo Roe
contributed to this report."), a byline beside its date or reading time ("Jo Roe | March 3, 2025", "Jo Roe · 5
min read", a name line over "2 hours ago"), comment heads ("Jo Roe says:" over its date), calls to follow an
author ("Sign up for Jo Roe's newsletter", "Follow Jo Roe on Instagram") and editors' notes ("Editor's note: Jo
Roe is a contributing writer."). The words that credit a name before it (bylines, photo credits, copyright
lines) are `loaders.extract.data.credits`'s.

`AFTER_NAME` rows are (name, pattern), read by `loaders.extract.furniture_names` against the name's own line
from where the name ends (case matters). Nothing here names a particular site, agency or person.
"""
from __future__ import annotations

from loaders.extract.data.dateforms import MONTH_KEYS, WEEKDAY_KEYS

# English month and weekday words by their first three letters ("Mar", "March"; "Thu", "Thursday"), and "Sept".
_MONTHS = "|".join([key[:3] for key in MONTH_KEYS] + ["sept"])
_WEEKDAYS = "|".join(key[:3] for key in WEEKDAY_KEYS)

_WORD = r"[A-Z][\w.'’-]*"
_PLACE = r"(?:[ \u00a0]+(?:in|from)[ \u00a0]+" + _WORD + r"(?:[ \u00a0]" + _WORD + r"){0,2})?"
# The other names of a sign-off's list, each word on its own with at most one place after it ("and Ana Lund in
# Lima"): a name's second word is read as one more item, so a line of title-case words has one reading, not one
# per way of grouping its words into names, and a pattern that fails costs the line's length, not its powers.
_MORE_NAMES = r"(?:,?[ \u00a0]+(?:and[ \u00a0]+)?" + _WORD + r"(?:[ \u00a0]+(?:in|from)[ \u00a0]+" + _WORD + r")?)*"

AFTER_NAME: tuple[tuple[str, str], ...] = (
    # "Jo Roe contributed to this report.", "Jo Roe in Lima and Ana Lund contributed reporting.": a sign-off
    ("contributed", r"^" + _PLACE + _MORE_NAMES + r",?[ \u00a0]+"
                    r"(?:also[ \u00a0]+)?contributed(?:[ \u00a0]+(?:to[ \u00a0]+(?:this|the)[ \u00a0]+"
                    r"(?:report|story|article)|(?:additional[ \u00a0]+)?reporting|research))?" + _PLACE
                    + r"[ \u00a0]*\.?[ \u00a0]*$"),
    # "Jo Roe reported from Lima.", AP's sign-off of a story's reporter
    ("reported-from", r"^[ \u00a0]+reported[ \u00a0]+from[ \u00a0]+[A-Z][\w.'’-]*(?:,?[ \u00a0][A-Z][\w.'’-]*){0,3}\.(?:\s|$)"),
)

# A date, a time or a reading time standing for a byline's or a comment's date: "March 3, 2025", "3 Mar 2025",
# "2025-03-03", "03/03/2025", "2 hours ago", "Updated 4:12 PM", "5 min read", "Yesterday".
DATE_LINE = (r"(?:\b(?:" + _MONTHS + r")[a-z]*\.?\s+\d{1,2}\b|"
             r"\b\d{1,2}\s+(?:" + _MONTHS + r")[a-z]*\b|"
             r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|"
             r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?)\s+(?:ago|read)\b|"
             r"^\W*(?:updated|published|posted|yesterday|today|just\s+now)\b)")
# What a byline line may hold after its names and before its date: a separator, and a job ("Staff Writer").
SEPARATOR = r"[|•·—–-]"
# Words of a comment's head: "Jo Roe says:" over the comment's date.
COMMENT_VERBS = frozenset("says said wrote writes commented replied asks asked".split())

# A call to follow an author, opening the name's line: "Sign up for Jo Roe's newsletter", "Follow Jo Roe on X".
CALL_BEFORE = (r"^\W*(?:sign\s+up\s+(?:for|to)|subscribe\s+to|get|read|listen\s+to|follow|more\s+from|"
               r"more\s+of|see\s+more\s+from|all\s+posts\s+by)\s*$")
# ... and what follows the name there.
CALL_AFTER = (r"^(?:['’]s?\s+(?:(?:\w+\s+){0,2}(?:newsletters?|podcasts?|columns?|articles|stories|posts|blog|"
              r"videos?|latest)\b)|\s+on\s+(?:twitter|x|instagram|facebook|linkedin|threads|bluesky|tiktok|youtube|"
              r"substack|mastodon)\b)")

# An editor's note or a label opening a biography: "Editor's note: Jo Roe is a contributing writer."
NOTE_BEFORE = r"^\W*(?:editor['’]?s['’]?\s+note|note|about\s+the\s+(?:author|writer)|disclosure)\s*:\s*$"
# A link to an author's page, the name's possessive alone on its line: "Jo Roe's articles", "Jo Roe's latest posts".
OWN_LIST_AFTER = r"^['’]s?\s+(?:latest\s+|recent\s+|other\s+)?(?:articles|stories|posts|columns|reviews)\s*$"
# The first word of such a date: a number, a month or weekday, or a date's label ("Updated March 3").
DATE_START = (r"^\W*(?:\d|(?:" + _MONTHS + "|" + _WEEKDAYS + r")[a-z]*\b|"
              r"updated\b|published\b|posted\b|last\s+updated\b|yesterday\b|today\b|just\s+now\b)")
# The only lowercase words of three letters or more such a date may hold ("Updated 2 hours ago", "5 min read",
# "March 3, 2025 at 4:12 pm"); any other makes it prose ("March 3 said the bridge would open").
DATE_WORDS = frozenset("""
updated published posted last just now today yesterday ago read min mins minute minutes hour hours hrs day days
week weeks month months year years and the gmt utc est edt bst cet ist
""".split())

# A last sentence may close on the outlet's sign-off code in capitals ("... the bridge reopened. JR", "ENDS");
# these words in capitals after a sentence are a page's links or labels, not a sign-off code (besides the
# layout's navigation words: "HOME", "MENU", "FAQ", "TOP", "FREE").
NOT_SIGN_OFF_CODES = frozenset("""
rss atom xml feed feeds pdf new hot ad ads app apps sms vip
""".split())
