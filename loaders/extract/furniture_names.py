"""Names that stand in page furniture left in a body, not in the article: photo credits ("Photo: Anna
Berg/Reuters", "(AP Photo/Jo Roe)"), bylines and sign-offs ("By Jo Roe", "— Jo Roe", "Medically reviewed by Jo
Roe"), the head of an author box (a line holding only the name, "About Jo Roe", "Author: Jo Roe") and the
author's biography under it ("Jo Roe is a freelance writer ...", "Jo (JR) is our editor ..."), and the authors of
a reference list ("Clem J, et al. (2021).", "Loeb SA, Roe J. Diet and risk. 2022").

The people step asks `FurnitureNames.rule(start, end, first_word)` for every name it is about to consider; a name
that gets a rule is not a person of the article (the byline's authors are kept as the article's authors by the
article step). The rules are rows of `loaders.extract.data.credits`, `signoffs` and `citations`; `rule`
names the row that matched, so a test or a reader can see why. Each question costs the length of the name's line,
once per name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from loaders.extract.data import author_bios, citations, credits, signoffs
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.layout import OUTLET_NAME_WORDS, SECTION_WORDS
from loaders.extract.data.lexicon import (COMMENT_SECTION_LINE, CONTACT_COLON_LABELS, CONTACT_LABELS,
                                          BIO_FOLLOW_UP_WORDS, CONTACT_LEAD_SUBJECTS, CONTACT_VERBS, GREETINGS,
                                          COLUMN_BYLINES, CREDIT_LINE_LABELS, EDITOR_NOTE_LABELS, HONORIFICS,
                                          LETTERS_LABELS, NOTE_LINE_LABELS, OPINION_LABELS,
                                          SUBJECT_BIO_WORDS, TITLE_HEADS, WRITTEN_WORKS)

_BEFORE = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in credits.BEFORE_NAME)
# The rows read before a name with the endings one of which the text before it must have (None: any), and the
# rows needing no ending: most names stand in prose, where no ending fits and only those rows are read. A row
# anchored at the text's start (no multi-line flag) is read with `match`, which fails at the first character,
# where `search` would try every position: the same answer, at a fraction of the cost.
_BEFORE_ROWS = tuple((name, pattern.match if pattern.pattern.startswith("^") else pattern.search,
                      credits.BEFORE_ENDINGS.get(name)) for name, pattern in _BEFORE)
_BEFORE_ANY_ENDING = tuple(row for row in _BEFORE_ROWS if row[2] is None)
# ... and the rows not anchored at the text's start, the only ones read before a name whose line holds more than
# the window before it (the window's cut-off start, marked with a letter, fails every anchored row).
_BEFORE_INSIDE = tuple(row for row in _BEFORE_ROWS if row[1].__self__.pattern[:1] != "^")
_BEFORE_INSIDE_ANY_ENDING = tuple(row for row in _BEFORE_INSIDE if row[2] is None)
_ALL_ENDINGS = tuple(sorted({ending for endings in credits.BEFORE_ENDINGS.values() for ending in endings}))
_AFTER = tuple((name, re.compile(pattern))
               for name, pattern in (*credits.AFTER_NAME, *citations.AFTER_NAME, *signoffs.AFTER_NAME))
# A literal each row read after a name needs in the text after it (the rows are case-sensitive): a cheap
# substring test spares a prose name the row's match (`boilerplate.classify_line` gates its signals so); a row
# not listed here is always read. (tests/loaders/extract/test_furniture_names.py holds every row to its gate.)
AFTER_GATES = {"slash-agency": "/", "citation-et-al": "et", "contributed": "contributed", "reported-from": "reported"}
_AFTER_ROWS = tuple((name, pattern, AFTER_GATES.get(name, "")) for name, pattern in _AFTER)
_AUTHOR_INITIALS = re.compile(citations.AUTHOR_INITIALS)
_YEAR = re.compile(citations.YEAR)
_REFERENCE_NEXT = re.compile(citations.AFTER_AUTHOR)
_AUTHORS_BEFORE = re.compile(citations.AUTHORS_BEFORE)
_GLUE = re.compile(credits.LINE_GLUE, re.IGNORECASE)
_JOB_CREDIT = re.compile(credits.JOB_CREDIT_BEFORE, re.IGNORECASE)
_CONTACT = re.compile(credits.CONTACT_ADDRESS)
_CONTACT_WORDS = re.compile(credits.CONTACT_WORDS, re.IGNORECASE)
_AGENCY_ALONE = re.compile(r"^\s*" + credits.agency_alternation() + r"\s*$")


def _alternation(phrases) -> str:
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True))


# A note's label opening its line ("Editor's note:", "Disclosure —", "Anmerkung der Redaktion:"): every name on
# the line is the note's (`lexicon.NOTE_LINE_LABELS`). Anchored at the line's start, so a prose line fails at once.
_NOTE_LINE = re.compile(r"[^\w\n]{0,3}(?:" + _alternation(NOTE_LINE_LABELS) + r")\s*[:—–-]", re.IGNORECASE)
# An opinion page's label and a separator opening the line of its writer's name ("Opinion | Jo Roe").
_OPINION_BYLINE = re.compile(r"^[^\w\n]{0,3}(?:" + _alternation(OPINION_LABELS) + r")\s*[|:•·—–-]\s*$", re.IGNORECASE)
# A credits line's label right before the name at the line's start or after a separator ("Story: Jo Roe; Photos:
# ..."), and an opinion column's byline ("Guest column by Jo Roe, economist at ..."): the page's credits.
_CREDIT_LINE_LABEL = re.compile(r"(?:^|[;|•·])[^\w\n]{0,3}(?:" + _alternation(CREDIT_LINE_LABELS) + r")\s*:\s*$",
                                re.IGNORECASE)
_COLUMN_BYLINE = re.compile(r"(?:^|[|•·—–])[^\w\n]{0,3}(?:" + _alternation(COLUMN_BYLINES) + r")\s*:?\s*$",
                            re.IGNORECASE)
# Two authors' box in one sentence ("Jo Roe and Ana Lund are reporters at the Ledger."): the first name before "and"
# the second and "are", the second after the first and "and" at the line's start.
_PAIR_FIRST_AFTER = re.compile(r"^\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+are\s")
_PAIR_SECOND_BEFORE = re.compile(r"^[^\w\n]{0,3}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:and|&)\s+$")
_PAIR_SECOND_AFTER = re.compile(r"^\s+are\s")
# ... and an editors' note's label right before the name ("Editor's note: " + "Jo Roe is a board member ...").
_EDITOR_NOTE_BEFORE = re.compile(r"^[^\w\n]{0,3}(?:" + _alternation(EDITOR_NOTE_LABELS) + r")\s*[:—–-]\s*$",
                                 re.IGNORECASE)
# An author's social handle in brackets right after the name, before a biography's verb: "Jo Roe (@jroe) covers".
_HANDLE_OPENING = re.compile(r"^\s*\(\s*@[A-Za-z_]\w{1,30}\s*\)\s*,?\s+" + credits.BIO_VERBS + r"\b")
_HANDLE_WRITES = re.compile(r"^\s*\([^()]*\)\s*,?\s+(?:covers|covered|writes|wrote|reports|edits)\b")


# A press release's contact line up to a contact's name (`lexicon.CONTACT_LEAD_SUBJECTS`, `CONTACT_VERBS`,
# `CONTACT_LABELS`): "For more information contact: Mr ", "For further details on the grant, please call ",
# "Media enquiries: ", "Enquiries: Jo Roe and ". Anchored at the line's start, so a prose line fails at once.
_CONTACT_LEAD = re.compile(
    r"^\W*(?:for\s+(?:more|further|additional)\s+(?:" + _alternation(CONTACT_LEAD_SUBJECTS) + r")"
    r"(?:(?:\s+(?:on|about|regarding)\s+[^\n,:;]{1,40}?)?\s*,?\s+(?:please\s+)?(?:" + _alternation(CONTACT_VERBS)
    + r")\b\s*:?|\s*:)|(?:" + _alternation(CONTACT_LABELS) + r")\s*:?|(?:" + _alternation(CONTACT_COLON_LABELS)
    + r")\s*:)\s*"
    r"(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:,\s+and|,|\s+and|\s*&)\s+)*"
    r"(?:(?:" + _alternation(word for word in HONORIFICS if not word.endswith(".")) + r")\.?\s+)?$",
    re.IGNORECASE)
# A caption closed by its photographer's name in brackets after its sentence: "Smoke over the hills. (Jo Roe)".
_CAPTION_CREDIT_BEFORE = re.compile(r"[.!?][\"”’')]?\s*\($")
_CAPTION_CREDIT_AFTER = re.compile(r"^\s*\)\s*\.?\s*$")
# The other names of a byline's list after the first ("Jo Roe, Ana Lund and Tom Berg").
_MORE_NAMES = r"(?:(?:,|,?\s+and|\s*&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
# A byline line's names, then a separator and what stands after it ("Jo Roe | March 3, 2025", "Jo Roe - Staff
# Writer"), or nothing (or a comment's "says:") when its date is the next line's.
_BYLINE_REST = re.compile("^" + _MORE_NAMES + r"\s*" + signoffs.SEPARATOR + r"\s*(\S.*)$")
_BYLINE_DATE = re.compile("^" + _MORE_NAMES + r",?\s+(?:on\s+)?(\S.*)$")  # "Jo Roe Mar 3, 2025", no separator
_BYLINE_ALONE = re.compile("^" + _MORE_NAMES + r"(?:\s+([a-z]+)\s*:)?\s*$")
_DATE_LINE = re.compile(signoffs.DATE_LINE, re.IGNORECASE)
_DATE_START = re.compile(signoffs.DATE_START, re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{3,}\b")
_CALL_BEFORE = re.compile(signoffs.CALL_BEFORE, re.IGNORECASE)
_CALL_AFTER = re.compile(signoffs.CALL_AFTER, re.IGNORECASE)
_OWN_LIST_AFTER = re.compile(signoffs.OWN_LIST_AFTER, re.IGNORECASE)
# The names of a byline's list before the name ("Jo Roe and ", "Jo Roe, Ana Lund & ") at the head of its line.
_NAMES_BEFORE = re.compile(r"^[\s\W]*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+and|,|\s+and|\s*&)\s+)+$")
_LISTED = re.compile(r"(?<![\w'’])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_NAMES_AFTER = re.compile("^" + _MORE_NAMES + r"[\s.]*$")
_NOTE_BEFORE = re.compile(signoffs.NOTE_BEFORE, re.IGNORECASE)
_DATE_LINE_CHARS = 60  # a line this short holding a date or a reading time is a byline's or a comment's date
_JOB_LINE_WORDS = 5  # "Senior Politics Reporter": a byline's job, under or beside the name
_DATE_LINE_WORDS = 8  # "Updated March 3, 2025 at 4:12 pm ET"
_TAIL = re.compile(credits.LINE_TAIL)
# A job or a desk set off by dashes between an author's name and the biography's verb ("Jo Roe – Lima bureau –
# covers labour").
_BIO_ASIDE = r"(?:\s*[–—-]\s+[^–—\n]{1,40}?\s+[–—-])?"
_BIO_OPENING = re.compile(r"^(?:\s*\([^()\n]{1,60}\))?" + _BIO_ASIDE + r"\s*,?\s+" + credits.BIO_VERBS + r"\b")
# ... or a job, a "who" clause or an age in commas between the name and a present verb of the author's post, read
# from that verb on: "Jo Roe, a law professor at Lakeside University, is a member of the Ledger's Board of
# Contributors", "Jo Roe, who teaches law, is ...", "Jo Roe, 54, is ..." ("Jo Roe, a reporter, was detained" and
# "..., has sued the city" tell news). No quotation mark or second sentence inside the commas.
_BIO_APPOSED = re.compile(r"^\s*,\s+(?:(?:an?|the|who)\s+[^,.!?;:\"“”\n]{1,80}?|\d{1,3}),\s+(?=(?:is|writes|covers)\b)")
_BEAT = re.compile(author_bios.BEAT)
_BOARD_OF_POSTS = re.compile(r"\b[Bb]oard\s+of\s+(\w+ors)\b")
_CASED_WORD = re.compile(r"[A-Za-z]+")
_PARENTHESIS_ONLY = re.compile(r"^\s*\([^()\n]{1,80}\)\s*$")  # "Jo Roe (Lima, special correspondent)"
_BIO_JOB_LATER = re.compile(r"\band\s+" + credits.BIO_JOB_OPENING.removeprefix(r"^\s*"))
_BIO_JOB_OPENING = re.compile("^" + _BIO_ASIDE + credits.BIO_JOB_OPENING.removeprefix("^"))
# A biography's second sentence, on the author by a pronoun: "He writes about housing.", "She is the author of ...",
# "They are a regular contributor."
_BIO_FOLLOW_UP = re.compile(r"[.!?]\s+(?:He|She|They)\s+(?:(?:also|regularly|often)\s+)?(?:"
                            + credits.BIO_JOB_OPENING.lstrip("^\\s*") + r"|(?:is|are|was|were)\s+(?:the|an?)\s+"
                            r"(?:\w+\s+){0,2}(?:author|writer|columnist|contributor|editor)\b|"
                            r"(?:has\s+)?(?:written|writes)\s+(?:for|about|on|extensively|widely)\b)")
# "She’s been writing about gear for ten years", "Jo has written for the Planet since 2019": an author's record.
_WRITING_SINCE = re.compile(r"^\S+(?:['’]s|\s+has|\s+have)\s+(?:been\s+writing|written)\s+(?:for|about|on)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# Evidence in a biography's paragraph that its person writes for the page: a writing verb with what a writer
# writes or where ("writes guides", "has written for the Planet", "wrote about 100 tools"), and a social handle or an
# email address ("(@JoRoe)", "jo@example.org").
_WRITES = re.compile(r"\b(?:writes|wrote|written|writing)\s+(?:(?:for|about|on)\b|(?:[\w-]+\s+){0,2}?(?:"
                     + "|".join(sorted(WRITTEN_WORKS)) + r")\b)", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_]\w{1,30}\b|" + credits.CONTACT_ADDRESS)
# A run of capitalised words, read against the outlet's name and its domain's label ("Email Vendor Selection",
# "emailvendorselection.com").
_CAPITALISED_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}")
# Copied text renders a link list with a space before each comma ("By Jo Roe , Ana Lund , Tom Berg on March 3"):
# the rules read the window around a name with that space taken out, as the page meant it.
_SPACE_BEFORE_COMMA = re.compile(r"[ \t\u00a0]+,")
# A separator and what closes the line after it, a date in a related story's link ("... - 7 August 2025").
_SEPARATED_TAIL = re.compile(r"\s" + signoffs.SEPARATOR + r"\s+([^|•·—–\n]{4," + str(_DATE_LINE_CHARS) + r"})\s*$")
# A list's number before a name ("3. Jo Roe says:" in a numbered comment thread).
_LIST_NUMBER = re.compile(r"^\W*\d{1,3}[.)]\s+$")
# A comment's head after its author's name: a verb of commenting and a colon closing the line ("says:").
_COMMENT_VERB_COLON = re.compile(r"^\s*(?:" + "|".join(sorted(signoffs.COMMENT_VERBS)) + r")\s*:\s*$")
# An author introducing themselves at the head of their box: "Hi, I'm Jo Roe and ...", "Hello! My name is Jo Roe"
# (not in quotation marks: a greeting quoted in the story is a source's).
_SELF_INTRODUCTION = re.compile(r"^[^\w\"“”‘’']*(?:" + "|".join(sorted(GREETINGS))
                                + r")(?:\s+(?:there|everyone|all|friends))?"
                                r"\s*[,!.—–-]*\s*(?:i['’]m|i\s+am|my\s+name\s+is|this\s+is)\s+$", re.IGNORECASE)
# A biography's "is a ...", "is an ...", "is the ..." right after the name.
_DEFINING_OPENING = re.compile(r"^\s*,?\s+(?:is|was)\s+(?:an?|the|one)\s")
# Words that make a sentence reported speech: a person who speaks is a source of the article, not its author.
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|asked|explained|according)\b|[\"“”]")
_WORD = re.compile(r"[a-z]+")
_BEFORE_WINDOW = 80  # characters read before a name within its line (a credit list: "by Jo Roe, Ana Lund and ")
_AUTHORS_WINDOW = 400  # characters of a reference's author list read before an author
_AFTER_WINDOW = 100  # characters read after it (a credit's tail, the first words of a biography)
_SECTION_LINE_CHARS = 80
# A contact line is short and one sentence: a longer line, or one a sentence ends inside, is the story's prose.
_CONTACT_LINE_CHARS = 160
_INNER_SENTENCE = re.compile(r"[a-z)][.!?]\s+[A-Z]")
_SITE_WORDS = credits.SITE_LINE_WORDS | SECTION_WORDS | OUTLET_NAME_WORDS
_LINE_GLUE_WORDS = frozenset({"of", "the", "and", "&", "for", "in", "on", "at", "by", "to", "from", "with"})
_SECTION_LINE_WORDS = 6
_BIO_LINES_AFTER = 3  # non-empty lines under a name line where its author's biography may start
_PROSE_LINE_CHARS = 150  # a line this long with a sentence's end is a paragraph of prose
_BIO_SCANS = 8  # biographies under any heading checked per body, each by one scan of it: the cost stays linear
_COMMENT_SECTION = re.compile(COMMENT_SECTION_LINE, re.IGNORECASE | re.MULTILINE)
_COMMENT_HEAD_AFTER = re.compile(r"^\s*(?:" + "|".join(sorted(signoffs.COMMENT_VERBS)) + r")?\s*:?\s*$")
_BIO_FIRST_LINES = 2  # the body's first lines, where an op-ed's author is introduced under the byline
_BIO_LAST_LINES = 6  # the body's last lines, where an author's biography closes an article without a name line
_BOX_LAST_LINES = 10  # the body's last lines, where a name line over "X is ..." is an author box
_TEASER_LABEL = re.compile(r"^\W*(?:" + credits.TEASER_LABELS + r")\s*[:|•·—–-]\s*", re.IGNORECASE | re.MULTILINE)
_TEASER_LABEL_LINE = re.compile(r"^\W*(?:" + credits.TEASER_LABELS + r")\s*[:|•·—–-]?\s*$", re.IGNORECASE | re.MULTILINE)
# A sentence ending inside a line ("... than planned. Jo Roe said"): a headline may ask ("Who is Jo Roe? The man
# behind ...") but holds no full stop after a lowercase word.
_PROSE_SENTENCE_END = re.compile(r"[a-z]{2}\.(?:[ \t]+[A-Z\"“]|[ \t]*$)")
_FILLED = re.compile(r"\S")
# A name alone on its line, closed by a full stop at most ("Jo Roe.", "Ana Maria Lund"): a letter's signature when
# it stands under a paragraph of prose, as on a letters page, where every contribution is signed so.
_SIGNATURE_LINE = re.compile(r"[ \t]*([A-Z][a-z'’-]+)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}[ \t]*\.?[ \t]*$")
# The writer's town under a letter's signature ("Lakeport, Ore.", "Port Elin, Wales") and a section heading in
# capitals ("EMAIL.", "FROM OUR READERS"), the lines a letters page puts under a signature besides the next letter.
_TOWN_LINE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\.?$")
_CAPITALS_LINE = re.compile(r"^[A-Z][A-Z&' -]{2,40}[.:]?$")
_LETTERS_LABEL = re.compile(r"^[^\w\n]*(?:" + _alternation(LETTERS_LABELS) + r")\s*[.:]?\s*$",
                            re.IGNORECASE | re.MULTILINE)
_SIGNED_PROSE_CHARS = 60  # a paragraph a letter is made of is at least this long
_SIGNATURES_MIN = 2  # signed contributions on a letters page: one name under the prose is a sign-off
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_TEASER_LABEL_CHARS = 40  # a teaser label's length, before the headline on its line
_TEASER_LINES_UNDER_LABEL = 4  # headlines listed under a "Read more:" line
_TEASER_FIRST_RANK = 3  # a related story's headline stands after the body's first lines
_TEASER_LINE_CHARS = 200
_TEASER_MIN_WORDS = 4  # words of four letters or more in such a headline ...
_TEASER_CAPITALISED = 0.7  # ... of which this share is capitalised (title case)


def _given_names_only(text: str) -> bool:
    """Whether every name of a list ("Jo Roe, Ana Lund and ") opens with a given name ("It's Your Ship, " does
    not): a list of people, not of titles."""
    return all(is_given_name(name.split()[0].lower().rstrip(".")) for name in _LISTED.findall(text))


def _squeezed(text: str) -> str:
    """ "The Harbour Times" -> "harbourtimes", "IGN's" -> "ign": a name's letters and digits, lowercase, without
    a leading "the" or a closing possessive."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"['’]s$", "", re.sub(r"^\s*the\s+", "", text.lower())))


def _domain_label(domain: str) -> str:
    """ "www.emailvendorselection.com" -> "emailvendorselection": the label a site's name is written in."""
    labels = [label for label in domain.lower().split(".") if label and label != "www"]
    return re.sub(r"[^a-z0-9]", "", labels[0]) if len(labels) >= 2 else ""


def _section_line(line: str) -> bool:
    """ "Daily Herald Articles", "More From The Riverton Ledger", "Opinion | World News": a short line of
    capitalised words with a menu, section or outlet-name word, and no sentence: a site's name or a section."""
    words = line.replace("|", " ").split()
    if not 1 <= len(words) <= _SECTION_LINE_WORDS or _SENTENCE_END.search(line.rstrip() + " "):
        return False
    if not all(word[0].isupper() or word.lower() in _LINE_GLUE_WORDS or not word[0].isalpha() for word in words):
        return False
    return any(word[0].isupper() and len(word) >= 3 and word.lower().strip(",:") in _SITE_WORDS for word in words)


class FurnitureNames:
    """The furniture rules for names in one body."""

    def __init__(self, body: str, authors: list[str] | tuple[str, ...] = (), outlet_name: str | None = None,
                 outlet_domain: str | None = None) -> None:
        self.body = body
        # the outlet's name and its domain's label, squeezed ("harbourtimes"): a biography naming the outlet is of
        # a person who works for the page's own outlet, its writer
        self._outlet_keys = {key for key in (_squeezed(outlet_name or ""), _domain_label(outlet_domain or ""))
                             if len(key) >= 3}
        # the first words of the byline's authors, whose biography may follow a name line without a job word
        self._author_words = {author.split()[0].lower() for author in authors if author.split()}
        # the byline's authors in full, whose name opening one of the page's last lines signs it off or opens
        # their biography ("Jo Roe (Lima, special correspondent)", "Jo Roe joined the Planet in 2022 ...")
        self._authors = {" ".join(author.split()).casefold() for author in authors if len(author.split()) > 1}
        self._line_starts = [0] + [match.end() for match in re.finditer(r"\n", body)]
        # line index -> first word of a name standing alone on that line (an author box's head)
        self._name_lines: dict[int, str] = {}
        # ranks of the name lines over (or beside) a date or a job: an author box's or a byline's head, whose
        # biography below needs no job word ("Jo Roe joined the Planet in 2019.")
        self._box_heads: set[int] = set()
        self._scans_left = _BIO_SCANS  # body scans `_only_opening_lines` may still make
        self._ruled: set[int] = set()  # starts of the names a rule has been found for (names are asked in order)
        self._filled = [index for index, line in enumerate(body.split("\n")) if line.strip()]
        # where the page's comment section opens ("Comments (3)"), if it does: the names heading lines below it
        comments = _COMMENT_SECTION.search(body)
        self._comments_start = comments.start() if comments else len(body) + 1
        self._signature_ranks: frozenset[int] | None = None  # `_signatures`, found on first use

    def _contact_line(self, line_start: int, line_end: int, before: str) -> bool:
        """Whether a line with a contact address is a contact line, not a story's sentence: a short line of one
        sentence, whose name has no title ("Contact Jo Roe at jo@example.org"; but "Residents can email county
        treasurer Jo Roe at jroe@county.gov, officials said. Roe said ...")."""
        if line_end - line_start > _CONTACT_LINE_CHARS or _INNER_SENTENCE.search(self.body, line_start, line_end):
            return False
        words = before.split()
        return not (words and words[-1].lower() in TITLE_HEADS)

    def _line(self, position: int) -> tuple[int, int, int]:
        index = bisect_right(self._line_starts, position) - 1
        start = self._line_starts[index]
        end = self._line_starts[index + 1] - 1 if index + 1 < len(self._line_starts) else len(self.body)
        return index, start, end

    def rule(self, start: int, end: int, first_word: str) -> str | None:
        """The furniture rule a name at `body[start:end]` falls under, or None for a name of the article."""
        found = self._rule(start, end, first_word)
        if found is not None:
            self._ruled.add(start)  # (an author box's name, already credited above: "By Jo Roe", "About Jo Roe")
        return found

    def _rule(self, start: int, end: int, first_word: str) -> str | None:
        index, line_start, line_end = self._line(start)
        # Only a window around the name is read, so a body written as one long line costs no more per name; a
        # cut-off end is marked with a letter, which no line-anchored rule accepts.
        before = self.body[max(line_start, start - _BEFORE_WINDOW):start]
        after = self.body[end:min(line_end, end + _AFTER_WINDOW)]
        # (a name deep in a line of prose, past the window: every rule anchored at the line's start fails, and
        # is not read)
        cut = start - line_start > _BEFORE_WINDOW
        if cut:
            before = "x" + before
        if line_end - end > _AFTER_WINDOW:
            after += " x"
        # (a space before a comma is rare: a window without one skips the regex)
        if "," in before and (" ," in before or "\u00a0," in before or "\t," in before):
            before = _SPACE_BEFORE_COMMA.sub(",", before)
        if "," in after and (" ," in after or "\u00a0," in after or "\t," in after):
            after = _SPACE_BEFORE_COMMA.sub(",", after)
        rank = bisect_left(self._filled, index)
        ending = before.rstrip().casefold()
        rows = ((_BEFORE_INSIDE, _BEFORE_INSIDE_ANY_ENDING) if cut else (_BEFORE_ROWS, _BEFORE_ANY_ENDING))[
            not ending.endswith(_ALL_ENDINGS)]
        for name, pattern, endings in rows:
            if endings is not None and not ending.endswith(endings):
                continue
            if name == "author-label" and not ending.endswith(":") and after.strip() and not _TAIL.match(after):
                continue  # "Reporter Jo Roe said the bridge was shut": a title in prose, not a label
            if pattern(before):
                self._name_lines[rank] = first_word.lower()
                return name
        if not cut and ending.endswith(":") and _CREDIT_LINE_LABEL.search(before):
            self._name_lines[rank] = first_word.lower()
            return "credit-line-label"  # "Story: Jo Roe; Photos: Ana Lund": a credits line's part
        if not cut and ending.endswith("by") and _COLUMN_BYLINE.search(before):
            self._name_lines[rank] = first_word.lower()
            return "column-by"  # "Guest column by Jo Roe, economist at ...": an opinion column's byline
        if not cut and self._pair_bio(before, after, rank, line_start, line_end):
            return "pair-author-bio"  # "Jo Roe and Ana Lund are reporters at the Ledger." closing the page
        for name, pattern, gate in _AFTER_ROWS:
            if gate in after and pattern.match(after):
                self._name_lines[rank] = first_word.lower()
                return name
        if (_REFERENCE_NEXT.match(after) and _AUTHOR_INITIALS.search(self.body, start, end)
                and start - line_start <= _AUTHORS_WINDOW and _AUTHORS_BEFORE.match(self.body, line_start, start)
                and _YEAR.search(self.body, line_start, line_end)):
            return "citation-author"  # "Ivanova S, Roe J. Diet and weight. 2021": a reference's authors
        if (("@" in before and _CONTACT.search(before) or "@" in after and _CONTACT.search(after))
                and _CONTACT_WORDS.search(before + " " + after) and self._contact_line(line_start, line_end, before)):
            return "contact-line"  # "Contact Jo Roe at jo@example.org", "Email Jo Roe: jo@example.org"
        if not cut and _CONTACT_LEAD.match(before):
            return "contact-lead"  # "For more information contact: Mr Jo Roe, Communications Officer, ..."
        if before.endswith("(") and _CAPTION_CREDIT_AFTER.match(after) and _CAPTION_CREDIT_BEFORE.search(before):
            return "caption-credit"  # "Smoke rises over the valley. (Jo Roe)"
        if self._under_teaser_label(rank, line_start, line_end, start):
            return "teaser-label"  # "Related: Why Jo Roe wants a bigger army", "Read more:" over a list of headlines
        if self._teaser_headline(rank, line_start, line_end):
            return "teaser-headline"  # "Sea Slug Could Help Coasts - Research From Professor Jo Roe" over its date
        if self._dated_teaser(rank, line_start, line_end):
            return "teaser-dated"  # "Meet our teachers: Jo Roe on baking - 6 July 2021" among such lines
        if after.lstrip().startswith(":"):
            return None  # "Mahlangu:" opens an answer
        if not after.strip() and _JOB_CREDIT.search(before):
            self._name_lines[rank] = first_word.lower()
            return "job-credit"  # "... what it means. Journalist Jo Roe" closing its line
        if cut:  # every rule below needs the line's start before the name (or a short line), but a note's label
            return "note-line" if _NOTE_LINE.match(self.body, line_start, line_end) else None
        glued = _GLUE.match(before) is not None  # nothing but a credit word or a separator before the name
        names_before = _NAMES_BEFORE.match(before) is not None
        if glued and (not after.strip() or _TAIL.match(after) or self._caption_role(after)):
            if not before.strip() and rank in self._signatures():
                return None  # a letters page's writer signing their letter under it: a person of the article
            self._name_lines[rank] = first_word.lower()
            if self._next_line_dated(rank):
                self._box_heads.add(rank)  # "Jo Roe" over "Senior Reporter": an author box's head
            return "name-line"
        if (glued or names_before) and self._dated_byline(before, after, rank):
            self._name_lines[rank] = first_word.lower()
            self._box_heads.add(rank)
            return "dated-name-line"
        if (names_before or not before.strip() and after.strip()) and _NAMES_AFTER.match(after) and (
                _given_names_only(before) and _given_names_only(after)):
            self._name_lines[rank] = first_word.lower()
            return "name-list-line"  # "Jo Roe, Ana Lund and Tom Berg" alone on a line: a byline's list
        if line_end - line_start <= _SECTION_LINE_CHARS and _section_line(self.body[line_start:line_end]):
            if not after.strip() and _OPINION_BYLINE.match(before):
                # "Opinion | Jo Roe": the column's writer, whose biography may follow ("Jo Roe is a ...")
                self._name_lines[rank] = first_word.lower()
                self._box_heads.add(rank)
            return "section-line"
        if not after.strip() and _OPINION_BYLINE.match(before):
            self._name_lines[rank] = first_word.lower()
            self._box_heads.add(rank)
            return "opinion-byline"  # "Opinion | Jo Roe" alone on its line: the column's writer
        if _CALL_BEFORE.match(before) and _CALL_AFTER.match(after) or glued and _OWN_LIST_AFTER.match(after):
            return "follow-call"  # "Sign up for Jo Roe's newsletter", "Follow Jo Roe on Instagram", "Jo Roe's articles"
        if _NOTE_BEFORE.match(before) and _BIO_OPENING.match(after) and (
                set(_WORD.findall(after.lower())) & credits.BIO_WORDS):
            return "editors-note"  # "Editor's note: Jo Roe is a contributing writer."
        if _NOTE_LINE.match(self.body, line_start, line_end) or _EDITOR_NOTE_BEFORE.match(before):
            return "note-line"  # "Disclosure: Jo Roe owns shares in ...", "Editor's note: Jo Roe is a board member"
        if _LIST_NUMBER.match(before) and _COMMENT_VERB_COLON.match(after) and (
                start > self._comments_start or self._next_line_dated(rank)):
            return "comment-head"  # "3. Jo Roe says:" over its date, or below "Comments (3)"
        if _SELF_INTRODUCTION.match(before) and 2 * rank >= len(self._filled):
            return "self-introduction"  # "Hi, I'm Jo Roe and I write about ..." in the page's second half
        if before.strip():
            return None
        if start > self._comments_start and _COMMENT_HEAD_AFTER.match(after):
            return "comment-head"  # "Comments (3)" above, then "Mary Roe says:" or "Mary Roe" alone on a line
        if (" ".join(self.body[start:end].split()).casefold() in self._authors
                and self._near_end(rank, _BIO_LAST_LINES) and 2 * rank >= len(self._filled)
                and (not after.strip() or _PARENTHESIS_ONLY.match(after) or _BIO_OPENING.match(after))):
            return "author-closing"  # the byline's author heading one of the last lines: a sign-off or a bio
        if (rank < _BIO_FIRST_LINES and _BIO_OPENING.match(after)
                and " ".join(self.body[start:end].split()).casefold() in self._authors):
            # "Grace Roe is a transport researcher at Lakeside University." right under the byline: an op-ed's
            # author introduced, whatever their job
            return "author-opening"
        if (_HANDLE_OPENING.match(after) and not _SPEECH.search(self.body, line_start, line_end)
                and (_HANDLE_WRITES.match(after) or set(_WORD.findall(
                    after[:_SENTENCE_END.search(after + " ").start()].lower())) & credits.BIO_WORDS)):
            # "Jo Roe (@jroe) covers energy for the Ledger.", "Jo Roe (@jroe) is a staff writer.": an author's
            # handle and a writer's job ("Jo Roe (@jroe) has two million followers" is a story's subject)
            return "author-bio"
        first = first_word.lower()
        name_lines = [line for line in range(rank - _BIO_LINES_AFTER, rank) if self._name_lines.get(line) == first]
        under_name_line = bool(name_lines)
        if name_lines and 2 * name_lines[-1] >= len(self._filled) and self._near_end(rank, _BOX_LAST_LINES):
            return "author-bio"  # an author box closing the page: "Jo Roe", then "Jo Roe's lens captures ..."
        # (after a job in commas, only the predicate says the post: "..., is a member of the Board of Contributors")
        apposed = None if _BIO_OPENING.match(after) else _BIO_APPOSED.match(after)
        if apposed is None and not _BIO_OPENING.match(after):
            return None
        if apposed is not None and _SPEECH.search(self.body, line_start, line_end):
            return None
        sentence = _SENTENCE_END.search(after, apposed.end() if apposed else 0)
        first_sentence = after[:sentence.start() if sentence else len(after)]
        if apposed is None:
            words = set(_WORD.findall(first_sentence.lower()))
        else:
            # after a job in commas, the post as written in lowercase ("is a columnist for", "is one of our
            # contributors") or a board's members by their post ("the Board of Contributors", "the Board of
            # Editors"); a capitalised body's name holds no post of the page's ("a member of the Society of
            # Authors", "the Guild of Editors": a story's subject's membership)
            predicate = first_sentence[apposed.end():]
            words = {word for word in _CASED_WORD.findall(predicate) if word.islower()}
            words |= {word[:-1] for word in words if word.endswith("ors")}
            words |= {match.lower()[:-1] for match in _BOARD_OF_POSTS.findall(predicate)}
        # "Jo Roe covers city hall for the Planet.", "Jo Roe writes on climate.": the verb says the job
        job = (bool(words & credits.BIO_WORDS) or bool(_BIO_JOB_OPENING.match(after))
               or apposed is not None and bool(_BIO_JOB_OPENING.match(after[apposed.end():]))
               # "Jo Roe, a former mayor, writes a weekly column for the Courier": a writer's verb and work
               or apposed is not None and bool(_WRITES.match(after, apposed.end()))
               or bool(_BIO_JOB_LATER.search(first_sentence)))  # "... joined the Post in 2022 and covers transport"
        if under_name_line and (job or first in self._author_words or name_lines[-1] in self._box_heads):
            return "author-bio"  # "Selin Roe" alone, then "Selin is an expert content writer ..."
        # a job word a story's subject may hold as well ("a curator at the museum"), and no writing verb
        subject_job = (job and not words & credits.BIO_WORDS - SUBJECT_BIO_WORDS and not _BIO_JOB_OPENING.match(after)
                       and not _BIO_JOB_LATER.search(first_sentence))
        if job and self._near_end(rank, _BIO_LAST_LINES) and (
                not subject_job or self._subject_writes(start, end, line_start, line_end)):
            return "author-bio"  # "Eric Roe is our deals writer ..." closing the page
        if self._near_end(rank, _BIO_LAST_LINES) and _BIO_FOLLOW_UP.match(after, len(first_sentence)):
            # "Tamati Roe is a planner at the council. He writes about housing.": an op-ed's author, whose job is
            # no writer's, closing the page with what they write on
            return "author-bio"
        if job and _BEAT.search(first_sentence) and self._only_opening_lines(start, end):
            return "author-bio"  # "Jo Roe is a Lima-based writer specializing in coffee." under any heading
        if (_DEFINING_OPENING.match(after) and rank >= _BIO_FIRST_LINES
                and (job or _BEAT.search(first_sentence) or self._bio_follow_up(after, len(first_sentence), first))
                and not _SPEECH.search(self.body, line_start, line_end)
                and (2 * rank >= len(self._filled) or not self._prose_after(rank))
                and self._only_opening_lines(start, end)
                and (job and not subject_job or self._writer_evidence(start, end, line_start, line_end))):
            # "Jo Roe is an independent consultant. He is the founder of ..." in the page's second half or with
            # no paragraph of prose under it (comment forms, links), the name written nowhere else, with evidence
            # that its person wrote the page: an author box, whatever the author's job (a source of the article
            # is named again, or speaks; a story's subject closing it, "Jo Roe is a retired librarian. She is the
            # founder of the Friends of the Library", has a role in the story's world and none on the page)
            return "author-bio"
        return None

    def _pair_bio(self, before: str, after: str, rank: int, line_start: int, line_end: int) -> bool:
        """Whether a name is one of two opening a line that says both write ("Jo Roe and Ana Lund are reporters at
        the Ledger.", "... are freelance journalists based in Lima.") near the page's end: two authors' box. A
        writer's word must stand in its first sentence and no speech on its line ("Ana Moyo and Tendai Chari are
        nurses at the clinic, and they said" is the story's)."""
        if before.strip():
            if not (_PAIR_SECOND_BEFORE.match(before) and _PAIR_SECOND_AFTER.match(after)):
                return False
        elif not _PAIR_FIRST_AFTER.match(after):
            return False
        if not self._near_end(rank, _BIO_LAST_LINES) or _SPEECH.search(self.body, line_start, line_end):
            return False
        sentence = _SENTENCE_END.search(after)
        words = set(_WORD.findall(after[:sentence.start() if sentence else len(after)].lower()))
        return bool(words & (credits.BIO_WORDS - SUBJECT_BIO_WORDS))

    def _subject_writes(self, start: int, end: int, line_start: int, line_end: int) -> bool:
        """Whether a biography whose job a story's subject may hold ("a curator", "a photographer") is
        still its writer's: not reported speech, and evidence that its person wrote the page."""
        return not _SPEECH.search(self.body, line_start, line_end) and self._writer_evidence(
            start, end, line_start, line_end)

    def _writer_evidence(self, start: int, end: int, line_start: int, line_end: int) -> bool:
        """Whether a biography's person is shown to be the page's writer: a byline's author, named in a credit
        already ruled furniture ("By Jo Roe", a name line over a date, "About Jo Roe"), or a paragraph that says
        they write ("writes guides", "has written for"), gives their handle or email address, or names the
        outlet ("co-founder of Brightmill" on brightmill.com)."""
        name = " ".join(self.body[start:end].split())
        if name.casefold() in self._authors:
            return True
        if any(match.start() in self._ruled for match in re.finditer(re.escape(self.body[start:end]), self.body)
               if match.start() != start):
            return True
        if _WRITES.search(self.body, line_start, line_end) or _HANDLE.search(self.body, line_start, line_end):
            return True
        return bool(self._outlet_keys) and any(
            _squeezed(run) in self._outlet_keys
            for run in _CAPITALISED_RUN.findall(self.body, end, line_end))

    def _prose_after(self, rank: int) -> bool:
        """Whether a paragraph of prose (a long line with a sentence's end) stands below the `rank`-th line."""
        for line in self._filled[rank + 1:]:
            start = self._line_starts[line]
            end = self._line_starts[line + 1] - 1 if line + 1 < len(self._line_starts) else len(self.body)
            if end - start >= _PROSE_LINE_CHARS and _PROSE_SENTENCE_END.search(self.body, start, end):
                return True
        return False

    @staticmethod
    def _bio_follow_up(after: str, sentence_end: int, first: str) -> bool:
        """Whether the sentence after a biography's first one is about its subject by a pronoun or the given name
        and says what an author box says ("He is the founder of ...", "Craig has years of experience in ..."):
        "She writes letters to the mayor" after "Jo Roe is a planner" may close a story about her."""
        rest = after[sentence_end:].lstrip(".!? ")
        words = rest.split()
        subject = re.sub(r"['’](?:s|re)$", "", words[0]) if words else ""  # "She’s been ..."
        if not subject or not (subject in {"He", "She", "They"} or subject.lower() == first):
            return False
        sentence = _SENTENCE_END.search(rest)
        text = rest[:sentence.start() if sentence else len(rest)]
        return bool(set(_WORD.findall(text.lower())) & BIO_FOLLOW_UP_WORDS) or bool(_WRITING_SINCE.search(text))

    def _only_opening_lines(self, start: int, end: int) -> bool:
        """Whether the name's surname stands nowhere in the body but in the name written in full at the head of
        a line or in a credit already ruled furniture: an author box's name, which the article itself never
        mentions. Read only for a biography's opening that names a job, a beat or an author box's second
        sentence, and for at most `_BIO_SCANS` of them per body."""
        name = self.body[start:end]
        surname = name.split()[-1]
        if len(name.split()) < 2 or self._scans_left <= 0:
            return False
        self._scans_left -= 1
        _, line_start, line_end = self._line(start)
        for match in re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", self.body):
            opening = match.end() - len(name)
            if opening in self._ruled or line_start < opening < line_end:
                # the name in a credit already ruled furniture ("By Jo Roe , Ana Lund", "About Jo Roe"), or again
                # in the biography's own paragraph ("... Based in Lima, Jo Roe runs ...")
                continue
            if (opening < 0 or self.body[opening:match.end()] != name
                    or self.body[self._line(opening)[1]:opening].strip()):
                return False
        return True

    def _dated_byline(self, before: str, after: str, rank: int) -> bool:
        """Whether a name opening its line is a byline's or a comment's head by its date: "Jo Roe | March 3,
        2025", "Jo Roe and Ana Lund · 5 min read", "Jo Roe - Staff Writer" on the line, or the name (a list of
        names, "Jo Roe says:") alone over a short line holding a date, a reading time or a job."""
        rest = _BYLINE_REST.match(after)
        if rest is not None:  # "Jo Roe | March 3, 2025", "Jo Roe - Staff Writer", "Jo Roe | Reuters"
            return self._date_or_job(rest.group(1)) or bool(_AGENCY_ALONE.match(rest.group(1)))
        rest = _BYLINE_DATE.match(after)
        if rest is not None and _DATE_START.match(rest.group(1)) and self._date_or_job(rest.group(1)):
            return True
        alone = _BYLINE_ALONE.match(after)
        if alone is None or not before.strip(" \t-–—|•·") and not after.strip():
            return False  # a name alone on its line is the name-line rule's
        if alone.group(1) and alone.group(1) not in signoffs.COMMENT_VERBS:
            return False
        return self._next_line_dated(rank)

    def _under_teaser_label(self, rank: int, line_start: int, line_end: int, start: int) -> bool:
        """Whether the name stands in a headline after a teaser label ("Related: ...", `credits.TEASER_LABELS`),
        on its own line or on one of the lines under a label line, every line between them a headline. (Read
        with patterns over spans of the body, nothing copied: a name costs no more than its lines' length.)"""
        if line_end - line_start > _TEASER_LINE_CHARS + _TEASER_LABEL_CHARS:
            return False
        label = _TEASER_LABEL.match(self.body, line_start, line_end)
        if label and label.end() <= start:
            return self._headline_like(label.end(), line_end)
        if not self._headline_like(line_start, line_end):
            return False
        for above in range(rank - 1, max(-1, rank - 1 - _TEASER_LINES_UNDER_LABEL), -1):
            above_start, above_end = self._filled_span(above)
            if _TEASER_LABEL_LINE.match(self.body, above_start, above_end):
                return True
            if not self._headline_like(above_start, above_end):
                return False
        return False

    def _teaser_headline(self, rank: int, line_start: int, line_end: int) -> bool:
        """Whether the name's line is another story's headline in a list of them: a title-case line with no
        sentence inside, beside a line holding only a date ("April 11, 2025") that has another such headline on
        its other side, after the body's opening lines (where the article's own headline and byline stand)."""
        if rank < _TEASER_FIRST_RANK or line_end - line_start > _TEASER_LINE_CHARS:
            return False
        for step in (1, -1):
            dated, other = rank + step, rank + 2 * step
            if not (0 <= other < len(self._filled) and 0 <= dated < len(self._filled)):
                continue
            if self._date_only(*self._filled_span(dated)) and self._headline_like(*self._filled_span(other)):
                return self._headline_like(line_start, line_end, title_case=True)
        return False

    def _dated_teaser(self, rank: int, line_start: int, line_end: int) -> bool:
        """Whether the name's line is another story's link in a list of them, each closed by its date after a
        separator ("Q&A with chef Jo Roe - 7 August 2025"), the line above or below closed so too; after the
        body's opening lines. A story's sentence closing with a date has no separator before it."""
        if rank < _TEASER_FIRST_RANK or line_end - line_start > _TEASER_LINE_CHARS:
            return False
        if not self._date_tail(line_start, line_end):
            return False
        return any(0 <= other < len(self._filled) and self._date_tail(*self._filled_span(other))
                   for other in (rank - 1, rank + 1))

    def _date_tail(self, start: int, end: int) -> bool:
        """Whether body[start:end] is a short line closed by a separator and a date ("... - 7 August 2025")."""
        if end - start > _TEASER_LINE_CHARS:
            return False
        tail = _SEPARATED_TAIL.search(self.body, start, end)
        return tail is not None and tail.start() > start and self._date_line_text(tail.group(1))

    def _signatures(self) -> frozenset[int]:
        """The ranks of the lines that sign a letters page's contributions: under a letters heading
        (`lexicon.LETTERS_LABELS`), a name alone in its paragraph (a given name first, two to four words, a full
        stop at most) right under a paragraph of prose, over the next letter, the writer's town or a heading, not
        a date, job or biography, above any comment section or teaser block's label; two such lines at least, since one name under the
        prose is an author's sign-off. Found once per body, by one pass over its lines."""
        if self._signature_ranks is None:
            ranks = []
            label = _LETTERS_LABEL.search(self.body, 0, self._comments_start)
            first = (bisect_left(self._filled, self.body.count("\n", 0, label.start())) + 1 if label
                     else len(self._filled))
            # a teaser block's label under the letters ("More stories", "Related") ends them: the names under
            # it are its headlines' bylines
            teasers = _TEASER_LABEL_LINE.search(self.body, label.end(), self._comments_start) if label else None
            stop = self._comments_start if teasers is None else teasers.start()
            for rank in range(max(1, first), len(self._filled)):
                start, end = self._filled_span(rank)
                if start >= stop:
                    break
                line = _SIGNATURE_LINE.match(self.body, start, end)
                if line is None or start > self._comments_start or not is_given_name(line.group(1).lower()):
                    continue
                if not self._own_paragraph(rank):
                    continue  # a name on a line of a block (a teaser's, an author box's): the page's furniture
                above_start, above_end = self._filled_span(rank - 1)
                if (above_end - above_start < _SIGNED_PROSE_CHARS
                        or not _PROSE_SENTENCE_END.search(self.body, above_start, above_end + 1)):
                    continue
                if self.body[above_start:above_end].rstrip().endswith(("...", "…")):
                    continue  # a teaser's cut summary over its writer's name
                if not self._after_signature(rank + 1) or self._opens_with_name(rank + 1, line.group(0).split()):
                    continue
                ranks.append(rank)
            self._signature_ranks = frozenset(ranks) if len(ranks) >= _SIGNATURES_MIN else frozenset()
        return self._signature_ranks

    def signed(self, position: int) -> bool:
        """Whether `position` is on a line that signs a letter (`_signatures`): the writer's name, as prose."""
        if not self._name_lines and self._signature_ranks is None:
            return False  # no name stood alone on a line: nothing signed, and nothing to scan
        index = bisect_right(self._line_starts, position) - 1
        rank = bisect_left(self._filled, index)
        return rank in self._signatures() and self._filled[rank] == index

    def _own_paragraph(self, rank: int) -> bool:
        """Whether the `rank`-th line stands alone between blank lines (or the body's end), as a letter's signature
        does under the letter's paragraphs."""
        index = self._filled[rank]
        return ((rank + 1 >= len(self._filled) or self._filled[rank + 1] > index + 1)
                and self._filled[rank - 1] < index - 1)

    def _after_signature(self, rank: int) -> bool:
        """Whether the `rank`-th line may follow a letter's signature: none (the body's end), the next letter's
        prose, the writer's town ("Lakeport, Ore.") or a section's heading in capitals ("EMAIL."); not a date, a
        job or a teaser's section ("Marketing", "Created: Dec 19, 2025"), which follow an author's name."""
        if rank >= len(self._filled):
            return True
        start, end = self._filled_span(rank)
        line = self.body[start:end].strip()
        if end - start >= _SIGNED_PROSE_CHARS and _PROSE_SENTENCE_END.search(self.body, start, end + 1):
            return True
        return bool(_TOWN_LINE.match(line) or _CAPITALS_LINE.match(line))

    def _opens_with_name(self, rank: int, words: list[str]) -> bool:
        """Whether the `rank`-th line opens with one of the name's words or a pronoun: a biography under it."""
        if rank >= len(self._filled):
            return False
        start, end = self._filled_span(rank)
        first = self.body[start:end].split()[:1]
        return bool(first) and first[0].strip(",.'’s") in {word.strip(".") for word in words} | {"He", "She", "They"}

    def _filled_span(self, rank: int) -> tuple[int, int]:
        """Where the `rank`-th non-empty line starts and ends."""
        index = self._filled[rank]
        end = self._line_starts[index + 1] - 1 if index + 1 < len(self._line_starts) else len(self.body)
        return self._line_starts[index], end

    def _headline_like(self, start: int, end: int, title_case: bool = False) -> bool:
        """Whether body[start:end] is a short line that is no sentence (no full stop after a lowercase word);
        with `title_case`, most of its longer words capitalised."""
        if end - start > _TEASER_LINE_CHARS or not _FILLED.search(self.body, start, end):
            return False
        if _PROSE_SENTENCE_END.search(self.body, start, end):
            return False
        if not title_case:
            return True
        long_words = _LONG_WORD.findall(self.body, start, end)
        capitalised = sum(word[0].isupper() for word in long_words)
        return len(long_words) >= _TEASER_MIN_WORDS and capitalised >= _TEASER_CAPITALISED * len(long_words)

    def _date_only(self, start: int, end: int) -> bool:
        """Whether body[start:end] holds a date and nothing else ("April 11, 2025", "3 hours ago")."""
        if end - start > _DATE_LINE_CHARS + 4:
            return False
        return self._date_line_text(self.body[start:end])

    @staticmethod
    def _date_line_text(text: str) -> bool:
        text = text.strip()
        return (len(text) <= _DATE_LINE_CHARS and bool(_DATE_START.match(text)) and bool(_DATE_LINE.search(text))
                and all(word in signoffs.DATE_WORDS for word in _LOWER_WORD.findall(text)))

    def _next_line_dated(self, rank: int) -> bool:
        """Whether the next non-empty line after the `rank`-th is a short date, reading time or job line."""
        if rank + 1 >= len(self._filled):
            return False
        following = self._filled[rank + 1]
        start = self._line_starts[following]
        end = self._line_starts[following + 1] - 1 if following + 1 < len(self._line_starts) else len(self.body)
        if end - start > 2 * _DATE_LINE_CHARS:
            return False  # a paragraph: read no further than a date line's length
        return self._date_or_job(self.body[start:end])

    @staticmethod
    def _date_or_job(text: str) -> bool:
        text = text.strip()
        if len(text) > _DATE_LINE_CHARS:
            return False
        words = text.split()
        if (_DATE_START.match(text) and _DATE_LINE.search(text) and len(words) <= _DATE_LINE_WORDS
                and all(word in signoffs.DATE_WORDS for word in _LOWER_WORD.findall(text))):
            return True  # a date opening the text: "March 3, 2025", "5 min read" ("the mayor, in March 3 remarks" is prose)
        return (len(words) <= _JOB_LINE_WORDS and not _SENTENCE_END.search(text + " ")
                and bool(set(_WORD.findall(text.lower())) & (credits.BIO_WORDS | {"staff"})))

    @staticmethod
    def _caption_role(after: str) -> bool:
        """ "Jo Roe, Chief Winemaker at Lund" alone on its line: a caption or a contact, not a sentence."""
        text = after.strip()
        return (text.startswith(",") and not _SENTENCE_END.search(text + " ") and len(text.split()) <= 10
                and not text.endswith(":")
                and not re.search(r"\b(?:said|says|told|added)\b", text))

    def _near_end(self, rank: int, lines: int) -> bool:
        return len(self._filled) - rank <= lines
