"""A title-case lead line names the speaker of the quotation right after it.

Roundups of transcripts and leaked remarks head each excerpt with a line set in title case, its subject the
person who speaks next: 'Tom Nides Thanked Clinton For Making Morgan Stanley Her First Business Audience. “Well,
Madam Secretary, thank you …”'. Read as prose, the quotation has no cue and would go on quoting the speaker of
the excerpt before. `title_case_lead` finds such a line: it opens the quotation's paragraph, ends right before the
opening mark, and is a name of up to three capitalised words (two or three with a given name first, or the name of
a person the people step found there) followed by a capitalised verb ("Thanked", "Says", "Told") and words nearly all
capitalised, at least three of them. A line in sentence case ("Tom Nides thanked Clinton.") is prose and left to
the usual rules, and so is a title-case line whose subject is no name ("Clinton Speech For Morgan Stanley").
"""
from __future__ import annotations

import re

from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import FUNCTION_WORDS

_LEAD = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'-]+)[ \t]+(?P<verb>[A-Z][a-z]+(?:ed|s)|Said|Told|Spoke|Wrote|Made|Took|Gave|Went|Sent|Met|Got)[ \t]+"
                   r"(?P<rest>[^\n]{2,200}?)[.:!]?[ \t]*$")
# lowercase words a title-case line may keep ("Her First Business Audience After Leaving State", "Ready to Run")
_SMALL_WORDS = frozenset("a an the of to in on at for and or but by with as from".split())


def title_case_lead(body: str, paragraph_start: int, opening: int, has_person_at=None,
                    closing: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the name a title-case lead line gives the quotation opening at `opening`, or None.
    `has_person_at(start, end)` tells whether the people step found a person there (for names whose first word
    is no known given name). A quotation inside the line ('Clinton Joked It’s “Risky” For Her To Speak …') counts
    the line's title-case words after its closing mark (`closing`) too."""
    line = body[paragraph_start:opening]
    if "\n" in line.strip("\n") or not line.strip():
        return None
    found = _LEAD.fullmatch(line.rstrip())
    if not found:
        return None
    words = [w.strip("“”\"‘’'") for w in found.group("rest").split()]
    words = [w for w in words if w]
    if closing is not None and not found.group(0).rstrip().endswith((".", ":", "!")):
        after = re.match(r"[^\n.!?“”\"]{0,120}", body[closing:])
        words += after.group(0).split()[:12] if after else []
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if len(capitalised) < 3 or any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS)
                                   for w in words):
        return None
    name_words = found.group("name").split()
    if name_words[0].lower() in FUNCTION_WORDS:
        return None
    start, end = paragraph_start + found.start("name"), paragraph_start + found.end("name")
    if not (len(name_words) > 1 and is_given_name(name_words[0])
            or has_person_at is not None and has_person_at(start, end)):
        return None
    return start, end
