"""Did it happen? The status of an event mention, read from the words around its trigger and its date.

An event row is a claim that something happened; news also tells what will happen, what was called off, what
someone denies and what might happen. This module reads the trigger's own clause (cut at commas, semicolons,
colons and 'but', within the sentence) and returns one of:
- 'occurred' (the default: told as done or under way),
- 'planned' (future, scheduled, due, expected, reported plans: "will visit", "is due to open", "next week's
  talks", or a date after publication),
- 'cancelled' (called off: "the forum was cancelled", "postponed"),
- 'denied' (asserted not to have happened: "denied that X had met", "did not meet", "no plans to meet", "reports
  that X met Y were false"; also a happening only alleged, "the alleged assaults", kept as disputed; a withheld
  denial, "did not deny that X had met", "refused to deny", denies nothing),
- 'hypothetical' and 'generic' (conditions, possibilities, wishes, habits): not events at all; the caller drops them.
The cues are the named rule lists below (`STATUS_RULES`), checked in order; the first that fires wins. Before
them, a sentence that opens with an inverted condition ("Had the talks not resumed, ...") tells no event at all,
and one that opens with a condition ("If Trump falls short, he risks ... a second ballot") makes its
main clause hypothetical, unless the trigger is a past verb or sits in a clause of its own; a modal's act with a
condition after it ("would meet them if ...") is hypothetical too; a headline's bare infinitive ("Kowal to visit
Israel") is planned; and a verb told in the simple past ("met") is not planned by a later day in its sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loaders.extract.data.clauses import CONDITIONS, MOOD_BREAKS, alternation
from loaders.extract.data.dateforms import MONTH_KEYS
from loaders.extract.data.eventwords import (THREAT_ACT_FAMILIES, THREAT_BODY_NOUNS, THREAT_GENERIC_NOUNS, THREAT_GENERIC_OBJECTS, THREAT_OBJECT_QUALIFIERS, THREAT_REFERRING_PRONOUNS, THREAT_REPORT_VERBS, THREAT_SUBJECT_FILLERS, THREATENER_BODIES, CALLED_OFF_ACT_OBJECTS, THREAT_GIVEN_UP_NOUNS, THREAT_GIVEN_UP_OBJECTS, THREAT_GIVEN_UP_PARTICIPLES, THREAT_GIVEN_UP_VERBS, ALL_EVENT_NOUNS, DISPUTE_WORDS, FUTURE_MAIN_WORDS, HABIT_OR_MEMORY_WORDS,
                                             HEDGE_WORDS, IRREGULAR_PAST, PLAN_BROKEN_PARTICIPLES, PLAN_BROKEN_VERBS,
                                             PLAN_RAN_FIRST_WORDS, REPORTING_VERBS_BEFORE_WOULD, REQUEST_VERBS,
                                             TIME_CLAUSE_OPENERS, WITHDRAWN_FROM_GATHERINGS)
from loaders.extract.reldates import DateValue

STATUSES = ("occurred", "planned", "cancelled", "denied")
NOT_EVENTS = ("hypothetical", "generic")


@dataclass(frozen=True)
class StatusRule:
    name: str
    status: str
    side: str  # 'before': the clause up to the trigger (searched); 'after': from the trigger to the clause end
    # (matched at the trigger's end); 'trigger': the trigger's own words (searched)
    pattern: re.Pattern[str]


def _rule(name: str, status: str, side: str, regex: str) -> StatusRule:
    return StatusRule(name, status, side, re.compile(regex, re.I))


# The words that open a condition ("if Rubio is elected"): the one list of them (the events step asks
# `read_status`, which drops what they govern).
CONDITION_WORDS = alternation(CONDITIONS)
# A sentence that opens with a condition: its main clause, after the condition's comma, is its consequence.
_OPENING_CONDITION = re.compile(r"[\s\"“‘(]*(?:" + CONDITION_WORDS + r")\b[^,;.]{1,150},", re.I)
# ... or with an inverted one ("Had the talks not resumed, ...", "Were he to visit Lisbon, ...", "Should the talks
# fail, ..."): the condition and its consequence alike tell no event (the opening word in capitals, then a subject
# of one to eight words: "Hadley Rossi met" is a name)
_INVERTED_CONDITION = re.compile(r"[\s\"“‘(]*(?-i:Had|Were|Should)\s+(?:[\w’'.-]+\s+){1,8}?[\w’'.-]+[^,;.?!]{0,100},")
# The end of an inverted condition's consequence: a semicolon ("...; instead, the minister met union leaders"), or a
# comma opening the reporting clause the trigger is in ("Had the dam burst, thousands would have died, Mayor Ames
# told a press conference on Friday"): what follows is told as fact.
_REPORTING_AFTER_COMMA = re.compile(r",\s+[^,;]*?\b(?:said|says|told|tells|added|announced|wrote)\b[^,;]*$", re.I)


def _past_inverted_consequence(body: str, consequence_start: int, trigger: tuple[int, int]) -> bool:
    """Whether the trigger stands after an inverted condition's consequence (`_INVERTED_CONDITION`)."""
    if trigger[0] < consequence_start:
        return False
    between = body[consequence_start:trigger[0]]
    return ";" in between or bool(_REPORTING_AFTER_COMMA.search(between))


_PAST_CONDITION = re.compile(r"\b(?:was|were|wasn['’]t|weren['’]t|had|did|didn['’]t)\b", re.I)
_EMBEDDING = re.compile(r"\b(?:who|whom|whose|which|that|when|where|while|after|before|since)\b|[;:]|,\s+and\b",
                        re.I)


def _told_as_past(body: str, trigger: tuple[int, int]) -> bool:
    """A trigger verb in the past tense tells a fact, whatever condition opens its sentence ("If he fails, Obama
    is left with the release Rice issued last week")."""
    word = body[trigger[0]:trigger[1]].lower()
    return " " not in word and (word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4))
# A modal or future right before the trigger (at most three words between), and a condition after it in its clause
_MODAL_NEAR = re.compile(r"(?:\b(?:would|could|might|(?-i:will)|shall)|['’](?:d|ll))(?:\s+[\w’'-]+){0,3}?\s*$", re.I)
# ("whether" after the act opens its object, an indirect question: "would decide whether to revive the plan")
_WHEN_SUBJECT = re.compile(r"\bwhen\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w’'-]+\s+)?$", re.I)
_WILL_AFTER = re.compile(r"[^.;:!?]{0,120}?\b(?-i:will)\b")
_PERFECT_RIGHT_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:(?:\w+ly|ever|often|long)\s+)?$", re.I)
_BOTH_AFTER = re.compile(r"\s+(?:for|with|against|in)\s+both\s+[^,;.]{1,40}?\s+and\s+", re.I)
# A negated act over no one in particular ("has not endorsed either candidate", "never visited any of the camps"):
# no act to deny, so no event (a named counterpart, "has not endorsed Silva", is a denial told).
_NEGATION_RIGHT_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:(?:\w+ly|yet|ever)\s+)?$", re.I)
# ("either" over two named counterparts, "has not endorsed either Hale or Pratt", names them: a denial told)
# (the pair qualifies a common noun when a plural noun head follows the second: "either European or Asian leaders",
# "either Labour or Green candidates" name no one; any other word after it, "despite", "publicly", "so far", leaves
# the two as named counterparts)
_PLURAL_HEAD_AFTER = (r"\s+(?-i:(?!(?:as|was|has|is|his|its|this|thus|us|yes|unless|whereas|perhaps|always|"
                      r"sometimes|afterwards|towards|besides|nevertheless|nonetheless|less|across)\b)"
                      r"[a-z]+(?<![su]s)(?<!ous)(?<!is)s\b|"
                      r"(?:people|men|women|children|police|staff|clergy|voters|MPs|MEPs|TDs)\b)")
_NAME_ENDS = (r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*(?![\w’'.-])(?!" + _PLURAL_HEAD_AFTER + r")")
_NO_ONE_AFTER = re.compile(r"\s+(?:(?:with|to|for|on|in)\s+)?(?:either\b(?!\s+(?-i:[A-Z])[^,;:.!?]{0,60}?\s+or\s+"
                           + _NAME_ENDS + r")|any|anyone|anybody|anything)\b", re.I)
_COUNTDOWN = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:to\s+go\s+)?(?:until|till)\s+(?:the\s+)?"
                        r"(?:[\w’'-]+\s+){0,2}$", re.I)
_ANY_OCCASION = re.compile(r"\b(?:would|could|might)\b[^,;.:]{0,80}?\bin\s+an?\s+(?:[\w’'-]+\s+)?$", re.I)
_CONDITION_AFTER = re.compile(r"[^,;:.]{0,100}?\b(?:" + alternation(set(CONDITIONS) - {"whether"}) + r")\b", re.I)

# A claim's content ("Reports that X had met Y ...") and the claim then called untrue ("... were false"): the words of
# claims are the denial rule's; no clause break may stand between the claim's "that" and the trigger.
_CLAIM_BEFORE = re.compile(r"\b(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accusations?|assertions?)\s+"
                           # (up to four words before its "that": "There were reports in August that")
                           r"(?:[\w’'-]+\s+){0,4}?that\b[^,;:.]*$", re.I)
_FALSE_AFTER = re.compile(r"[^,;:.]{0,80}?\b(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
                          r"(?:false|untrue|baseless|unfounded|groundless|fabricated|fake|incorrect|wrong|"
                          r"without\s+foundation)\b", re.I)

# ... or rebutted right after it: "There were reports that the ministry stopped work. Is that true? / Varga: No." (a
# question asking it may come between, and the reply may open with its speaker's label); "... That is not true."
# (the question, when there is one, asks the claim itself: "Is that true?", "Did they meet?"; not "Was there an
# agreement?"; and "No" is the whole answer, "No." or "No, they did not ...": not "No decision was taken")
_REBUTTED_NEXT = re.compile(r"[\"”’)]*\s*(?:(?:(?:Is|Was|Are|Were)\s+(?:that|this|it|that\s+report|the\s+report)\s+"
                            r"(?:\w+ly\s+)?(?:true|correct|right|accurate|so)|Did\s+[^.!?\n]{1,60})\?[\"”’)]*\s*)?"
                            r"(?:\n\s*[^:\n.?!]{1,40}:\s*)?(?:"
                            r"No\s*[.!]|No,\s+(?:\w+\s+){1,2}(?:did|do|does|had|has|have|was|were)\s*(?:n['’]t|\s+not)\b|"
                            r"Not\s+true\b|"
                            r"(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:not\s+true|untrue|false|wrong|incorrect|"
                            r"not\s+correct)\b|(?:That|This|It)\s+(?:never|did\s+not|didn['’]t)\s+happen)")
# A question about what is still to come ("When does the working group meet?", "Will the talks go ahead?"): nothing
# is told as done. Not a question in the past ("Why did the board meet?"), which takes the event as given.
_FUTURE_QUESTION = re.compile(r"\s*(?:[^:?\n]{1,40}:\s*)?[\"“‘]?(?:(?:when|where|why|how|what|who|which|whether)\s+"
                              r"(?:[\w’'-]+\s+){0,2}?)?(?:do|does|will|would|can|could|should|shall|is|are)\b", re.I)

# A headline: a line of its own, short, without a sentence's closing stop.
_HEADLINE_MAX = 160
_HEADLINE_END = re.compile(r"[^.!?:;\"”’)\s]\s*$")
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:(?:hold|sign|stage|have|make|attend|host|begin|start|open|chair|convene|"
                                r"lead|call|join|address)\s+"
                                r"(?:[\w’'-]+\s+){0,3}?)?$", re.I)
_PAST_WORD = re.compile(r"\b(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")\b")


def _headline_line(body: str, sentence: tuple[int, int]) -> bool:
    """The sentence is a headline: a line of its own, short, without a closing stop."""
    start, end = sentence
    if end - start > _HEADLINE_MAX + 4:
        return False
    end = start + len(body[start:end].rstrip())
    if end - start > _HEADLINE_MAX or "\n" in body[start:end].strip() or not _HEADLINE_END.search(body, start, end):
        return False
    if end < len(body) and body[end:end + 1] not in ("\n", ""):
        return False
    return start == 0 or body[start - 1] == "\n"


def _headline_infinitive(body: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The trigger is a headline's bare infinitive: "to" is the headline's first, right before the trigger (or its
    light verb: "to hold talks"), after a subject with no past verb, on a line of its own without a closing stop."""
    start, end = sentence
    if end - start > _HEADLINE_MAX + 4:  # (first: a long sentence is read no further, so the cost stays linear)
        return False
    end = start + len(body[start:end].rstrip())  # (a sentence may keep the blank line after it)
    if end - start > _HEADLINE_MAX or "\n" in body[start:end].strip() or not _HEADLINE_END.search(body, start, end):
        return False
    if end < len(body) and body[end:end + 1] not in ("\n", ""):
        return False
    if start > 0 and body[start - 1] != "\n":
        return False
    found = _INFINITIVE_BEFORE.search(body, max(start, trigger[0] - 60), trigger[0])
    if not found:
        return False
    before = body[start:found.start()]
    return not re.search(r"\bto\b", before, re.I) and not _PAST_WORD.search(before)


# The words before a past participle that make it no finite past ("to be held", "will be played", "has been set")
_NON_FINITE_BEFORE = re.compile(r"\b(?:be|been|being|to|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)


def _finite_past(body: str, trigger: tuple[int, int]) -> bool:
    """The trigger is a verb in the simple past ("met", "signed"), not a participle after 'be' or 'to'."""
    return _told_as_past(body, trigger) and not _NON_FINITE_BEFORE.search(body, max(0, trigger[0] - 30), trigger[0])


# An English month name or its abbreviation ("Sept.", "June"), from the date vocabulary's month words.
_MONTH = r"(?:" + "|".join(key[:3] for key in MONTH_KEYS) + r")[a-z]*"
# Verbs of being at an event: "unable to attend the funeral" negates the attending, not the funeral
_ATTENDING = r"(?:attend|join|watch|witness|cover|see|make\s+it\s+to|be\s+(?:at|present\s+at)|go\s+to|travel\s+to|fly\s+to)"
_NEAR = r"(?:\s+[\w’'-]+){0,3}?\s*$"  # the cue stands at most three words before the trigger
# The units a frequency counts time in ("every night", "twice a year", "every 20 minutes", "every Tuesday")
_TIME_UNITS = ("minute|hour|day|night|morning|afternoon|evening|week|weekend|fortnight|month|year|decade|season|"
               "summer|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
# ... or four, when a light verb takes the trigger noun as its object ("expects to take the final investment decision")
_NEAR_LIGHT = (r"(?:\s+[\w’'-]+){0,3}?\s*$|\s+(?:take|make|hold|reach|hand\s+down|issue)\s+(?:[\w’'-]+\s+){0,3}?$")

# A plan called off, in the past participle, and the same told in the passive ("had been cancelled", "was
# quietly shelved"): one source for the rules and the supposed-to check below.
# ("pushed back by troops" is repelled, not put off: an agent after 'by', not a span of time as in "by two weeks")
_CALLED_OFF = (r"cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|abandoned|axed|ditched|deferred|put\s+on\s+(?:hold|ice)|"
               r"(?:pushed|put)\s+back(?!\s+by\s+(?!(?:a|an|one|two|three|four|five|six|several|about|some|\d+)\s))")
_CALLED_OFF_PASSIVE = (r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been|(?-i:will)\s+be|(?:is|are)\s+to\s+be)"
                       r"\s+(?:\w+ly\s+)?(?:"
                       + _CALLED_OFF + r")")

# A headline's bare participle right after the trigger's noun, its auxiliary left out as headlines do ("Council
# meeting postponed", "Harbour festival called off after storm"); in a sentence a reduced relative ("the meeting
# postponed from May took place on Friday") tells no cancellation, so only in a headline
_HEADLINE_CALLED_OFF = re.compile(r"\s+(?:" + _CALLED_OFF + r"|put\s+on\s+(?:hold|ice)|suspended|delayed)\b", re.I)

# Checked in order; the first rule that fires decides.

# "that march was called off", "the protest had been suspended": a threatened act's noun given up in the passive
_GIVEN_UP_PASSIVE = (r"\b(?:the|that|this|its|their)\s+(?:[\w’'-]+\s+)?(?:" + alternation(THREAT_GIVEN_UP_NOUNS)
                     + r")\s+(?:(?:had|has|have|was|were|is|are|would|will)\s+)?(?:(?:been|be|now)\s+)?(?:\w+ly\s+)?(?:"
                     + alternation(THREAT_GIVEN_UP_PARTICIPLES) + r")\b")
# ... or told given up in the next sentence ("... on Wednesday. The union said that the protest had been suspended";
# "... last week. On Monday he said the government would not pursue the case")
_GIVEN_UP_NEXT = re.compile(r"[^.!?]{0,200}?(?:\b(?:" + alternation(THREAT_GIVEN_UP_VERBS) + r")\s+(?:"
                            + alternation(THREAT_GIVEN_UP_OBJECTS) + r")\b|" + _GIVEN_UP_PASSIVE + ")", re.I)

# The object a label is given to: one to four words, no preposition among them ("dubbed it a win at a summit":
# the summit is no label).
_LABEL_OBJECT = r"(?:(?!(?:at|in|on|during|to|for|with|after|before|from|by|over|of)\b)[\w’'-]+\s+){1,4}?"

# The words of a plan's day, up to the clause's next mark: an abbreviated month's full stop before the day's number
# ends no phrase ("set for Nov. 17, had been called off", "planned for Sept. 9 but was postponed").
_SET_DAY = r"(?:[^,;.]|\.(?=\s\d))"

STATUS_RULES: tuple[StatusRule, ...] = (
    _rule("cancel-word-trigger", "cancelled", "trigger",
          r"\b(?:cancel(?:l)?(?:ed|s|ing|ation)?|called\s+off|postpon(?:ed|es|ement)|scrapped|withdr[ae]wn?)\b"),
    _rule("cancelled-after", "cancelled", "after",
          # (the subject's phrase may run long: "a planned visit to the Red Sea port of Aqaba by the two ministers on
          # Wednesday had been cancelled")
          r"[^,;.]{0,100}?\b(?:" + _CALLED_OFF_PASSIVE + r")\b"),
    # ... told after the day it was set for, between commas: "the ceremony, planned for 10 May, had been cancelled"
    _rule("cancelled-after-set-day", "cancelled", "after",
          r"(?:\s+(?:against|of|with|between|in|at|on|by|to|for|from|over)\s+[^,;.]{1,50}?)?,\s+(?:(?:which|that)\s+(?:was|had\s+been)\s+)?"
          r"(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|set|due)\s+(?:for|on)\s+" + _SET_DAY + r"{1,40},\s*"
          r"(?:" + _CALLED_OFF_PASSIVE + r")\b"),
    # ... and the plan's day told right after the trigger, the calling off after "but" ("The signing had originally
    # been scheduled for 19 November but was postponed"; round eventsR16)
    _rule("set-then-undone-after", "cancelled", "after",
          r"(?:\s+(?:against|of|with|between|in|at|on|by|to|for|from|over)\s+[^,;.]{1,50}?)?"
          r"\s+(?:(?:was|were|had|has|have)\s+)?(?:(?:been|originally|initially|first|previously)\s+){0,3}"
          r"(?:scheduled|planned|set|slated|due)\s+(?:for|on)\s+" + _SET_DAY + r"{1,40}?,?\s+(?:but|and)\s+"
          r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|then|later)\s+){1,2}(?:\w+ly\s+)?(?:" + _CALLED_OFF
          + r")\b"),
    # "A ceremony that had been planned for Friday will not go ahead", "the final won't take place": a plan told
    # as not to be carried out is called off ("did not take place" is a denial: `denied-after`)
    _rule("not-go-ahead-after", "cancelled", "after",
          r"[^,;.]{0,100}?\b(?:(?:will|would|shall|could)\s+not|won['’]t|wouldn['’]t|can\s*not|can['’]t|"
          r"(?:is|are)\s+not\s+(?:going|due)\s+to|no\s+longer)\s+(?:now\s+)?(?:go\s+ahead|take\s+place|be\s+held|proceed)\b"
          r"|[^,;.]{0,100}?\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:go\s+ahead|proceed)\b"),
    # "Talks between the union and the airline broke down", "talks on the truce had been suspended", "a planned
    # vote on the library was withdrawn" (right after the trigger's phrase of parties or topic; not when the clause
    # tells it ran first: "was suspended after two hours"; `eventwords.PLAN_BROKEN_VERBS`)
    _rule("plan-broken-after", "cancelled", "after",
          r"(?:\s+(?:between|with|among|in|at|on|over|of|by|to|for)\s+[^,;.]{1,60}?)?\s+(?:"
          + alternation(PLAN_BROKEN_VERBS) + r"|(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
          r"(?:\w+ly\s+)?(?:" + alternation(PLAN_BROKEN_PARTICIPLES) + r"))\b(?!\s+(?:"
          + alternation(PLAN_RAN_FIRST_WORDS) + r")\b)"),
    # "The union had threatened to picket the assembly on Wednesday; it called off the picket on Tuesday", "threatened
    # to seek an injunction, but the government said on Monday it would not pursue the case": a threatened act given
    # up later in its sentence, past a semicolon or a report, by a word that stands for it (checked in `read_status`
    # only for a trigger right after "threatened to": `_THREATENED_BEFORE`; `eventwords.THREAT_GIVEN_UP_VERBS`)
    _rule("threat-given-up", "cancelled", "after",
          r"[^.!?]{0,120}?(?:\b(?:but|and|then|before|later)\b|;)\s*(?:[\w’'-]+\s+){0,8}?(?:"
          + alternation(THREAT_GIVEN_UP_VERBS) + r")\s+(?:" + alternation(THREAT_GIVEN_UP_OBJECTS) + r")\b"
          r"|[^.!?]{0,120}?(?:\b(?:but|and|then|before|later)\b|;)\s*(?:[\w’'-]+\s+){0,8}?" + _GIVEN_UP_PASSIVE +
          r"|[^.!?]{0,120}?(?:\b(?:but|and|then|before|later)\b|;)\s*(?:[\w’'-]+\s+){0,6}?called\s+(?:it|them)\s+off\b"),
    # "threatened to strike on Monday but later called off the action": the act, called off later in its sentence
    # by a word that stands for it (`eventwords.CALLED_OFF_ACT_OBJECTS`)
    _rule("called-off-later", "cancelled", "after",
          r"[^;.]{0,100}?\b(?:but|and|then|before)\s+(?:[\w’'-]+\s+){0,4}?(?:cancel(?:l)?ed|called\s+off|scrapped|"
          r"abandoned|dropped|shelved)\s+(?:" + alternation(CALLED_OFF_ACT_OBJECTS) + r")\b"
          r"|[^;.]{0,100}?\b(?:but|and|then|before)\s+(?:[\w’'-]+\s+){0,4}?called\s+(?:it|them)\s+off\b"),
    # ('axed', 'ditched', 'deferred' only as verbs with their object: "axed the festival"; before a noun they
    # qualify they call nothing off: "the axed minister resigned", "deferred payment", "a deferred prosecution
    # agreement")
    _rule("cancelled-before", "cancelled", "before",
          r"(?:\b(?:cancel(?:l)?(?:ed|s|ing)|called\s+off|postponed|scrapped|shelved|abandoned)\b"
          r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?:axed|ditched|deferred)(?=\s+(?:the|a|an|its|his|her|their|our|"
          r"this|that|these|those|all|plans?)\b))"
          r"(?:\s+[\w’'-]+){0,4}?\s*$"),
    # "Belmor withdrew from the peace talks", "has pulled out of the summit": a party leaving a gathering calls it off
    # (only a gathering's trigger, `eventwords.WITHDRAWN_FROM_GATHERINGS`; checked in `read_status`)
    _rule("withdrew-from", "cancelled", "before",
          r"\b(?:withdr(?:ew|aws?|awn|awing)\s+from|pull(?:ed|s|ing)?\s+out\s+of)\s+(?:[\w’'-]+\s+){0,3}?$"),
    # "pressed privately for the United States to carry out airstrikes", "called for the government to hold a
    # referendum": the event is what someone wants another to do (not "called for Monday to ...", a date)
    _rule("directive", "hypothetical", "before",
          r"\b(?:press(?:ed|es|ing)|call(?:s|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|push(?:ed|es|ing)|"
          r"lobb(?:ies|ied|ying)|appeal(?:ed|ing))\s+(?:\w+ly\s+)?for\s+"
          r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTH + r"\b)(?:[\w’'.-]+\s+){1,6}?"
          r"to\s+(?:be\s+)?[a-z]+(?:\s+[\w’'-]+){0,3}?\s*$"),
    # "asked the president to meet the families", "begged the governor to visit Maiduguri": an act asked of another
    # (its object, one to six words, before "to") is not done (`eventwords.REQUEST_VERBS`)
    _rule("request", "hypothetical", "before",
          r"\b(?:" + alternation(tuple(sorted(REQUEST_VERBS, key=len, reverse=True))) + r")\s+"
          r"(?:[\w’'.-]+\s+){1,6}?to\s+(?:be\s+)?(?:[a-z]+\s+){0,3}?$"),
    _rule("condition", "hypothetical", "before", r"\b(?:" + CONDITION_WORDS + r")\b"),
    _rule("possibility", "hypothetical", "before",
          r"\b(?:could|might|(?-i:may)|would\s+have|should|(?:un)?likely\s+to|hop(?:e|es|ed|ing)\s+to|wants?\s+to|"
          r"wanted\s+to|wish(?:es|ed)?\s+to|seek(?:s|ing)?|sought\s+(?:a|an)|ask(?:s|ed|ing)?\s+for|"
          r"call(?:s|ed|ing)?\s+for|propos(?:e|ed|es|ing|al\s+(?:for|to))|potential|possible|possibly|"
          r"threaten(?:s|ed|ing)?\s+to|urg(?:e|es|ed|ing)|"
          # deliberation: "is considering a visit to Japan", "weighing a snap election"
          r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)|"
          # what is asked for, offered or welcomed, not yet agreed: "requested a meeting", "offered to host talks",
          # "is ready to meet", "open to talks", "demanded a referendum", "invited Silva to visit", "the
          # possibility of talks"
          r"request(?:s|ed|ing)?|offer(?:s|ed|ing)?\s+to|read(?:y|iness)\s+to|willing(?:ness)?\s+to|open\s+to|"
          r"demand(?:s|ed|ing)?|invit(?:e|es|ed|ing)(?:\s+[\w’'.-]+){0,3}?\s+(?:to(?!\s+(?:the|a|an|his|her|its|their)\b)|for)|"
          r"(?:possibility|prospect|chances?)\s+of|"
          # what cannot be done ("a council they cannot vote for")
          r"(?:can\s*not|can['’]t|unable\s+to)(?!\s+(?:\w+ly\s+)?" + _ATTENDING + r"\b))" + _NEAR
          # a modal's verb with the trigger noun as its object ("may allow a limited commercial opening")
          + r"|\b(?:could|might|(?-i:may))\s+(?:\w+ly\s+)?[a-z]+\s+(?:a|an|the|its|their|his|her|new|further)\s+"
          r"(?:[\w’'-]+\s+){0,3}?$"),
    # "An agreement could be reached by Friday", "the talks might resume": a modal after the trigger
    _rule("possibility-after", "hypothetical", "after",
          r"\s+(?:could|might|(?-i:may))\s+(?:\w+ly\s+)?(?:be|come|take|happen|go|resume|begin|start|follow)\b"),
    # "has gone 90 days without a press conference", "renamed the square without a vote": the event is the one
    # that did not come, no event at all (not "held talks without her deputy": 'without' governs another noun)
    _rule("absence", "generic", "before",
          r"\bwithout\s+(?:(?:a|an|any|further|formal|public|new)\s+)?(?:[\w’'-]+\s+)?$"),
    # "dubbed the chat a “press conference”", "labelled the dinner a summit": the word is a label given to
    # something else, no event of its own ('called' only before a quoted word: "called a press conference"
    # convenes one)
    _rule("label", "generic", "before",
          r"\b(?:(?:dubb|term|labell?|brand|christen)(?:ed|s|ing)?\s+" + _LABEL_OBJECT + r"(?:a|an|the)\s+[\"“‘']?"
          r"|call(?:ed|s|ing)?\s+" + _LABEL_OBJECT + r"(?:a|an|the)\s+[\"“‘'])$"),
    _rule("habit", "generic", "before",
          r"\b(?:often|usually|regularly|frequently|routinely|typically|always|every|each|whenever)\b" + _NEAR),
    # ... or a frequency told after it in its clause: "ran every 20 minutes", "has caught the bus almost every night",
    # "visits her once a month" (a time unit after 'every' or 'a': "met every member" counts people, no habit; read
    # to the sentence's end, "once" being a clause break, through words only: no comma, no conjunction)
    # (a trigger that is a participle of a reduced relative, "The ceasefire signed in Doha on Monday was violated
    # every night", leaves the frequency to the finite verb after it: an auxiliary between starts that verb)
    _rule("habit-after", "generic", "after",
          r"(?:(?<!ed)|(?!(?:\s+[\w’'.-]+){0,7}?\s+(?:was|were|is|are|has|have|had|will)\s))"
          r"(?:\s+(?!(?:and|but|or|when|while|where|after|before|because|since|until|which|who|that)\b)[\w’'.-]+)"
          r"{0,8}?\s+(?:(?:(?:almost|nearly|virtually|practically)\s+)?(?:every|each)\s+"
          r"(?:(?:other|single|\d+|two|three|four|five|six|few)\s+)?|(?:once|twice|(?:\w+\s+)times)\s+(?:a|an|per)\s+)"
          r"(?:" + _TIME_UNITS + r")s?\b"),
    # "denied that", "denied a rumour that", "denied all along that", "rejected accusations by X that":
    # a denial, or a claim rejected, with up to eight words before its "that" ("denied a report in the Varn
    # Times that"); not a withheld one, "did not deny", "didn't deny" or "didn’t deny" (either apostrophe), "refused
    # to deny", which denies nothing
    _rule("denial", "denied", "before",
          r"\b(?<!\bnot\s)(?<!n['’]t\s)(?<!refused\sto\s)(?<!refuses\sto\s)(?<!declined\sto\s)(?<!declines\sto\s)(?:den(?:y|ies|ied|ying)\s+(?:[\w’'.-]+\s+){0,8}?|"
          r"(?:dismiss|reject|refut|disput)(?:ed|es|s|ing)?\s+(?:[\w’'.-]+\s+){0,2}?(?:reports?|claims?|"
          r"accusations?|allegations?|suggestions?|assertions?|charges?)\s+(?:[\w’'.-]+\s+){0,4}?)"
          # ("denied any attack": 'any' governs the trigger itself, at most one word between; "denied any
          # involvement in the attack" denies a part in it, not the attack)
          r"(?:that\b|any\s+(?:[\w’'-]+\s+)?$)"),
    # "denied meeting Silva", "denies ever having met him", "denied taking part in the raid": a denial's gerund
    _rule("denial-gerund", "denied", "before",
          r"\b(?<!\bnot\s)(?<!n['’]t\s)(?<!refused\sto\s)(?<!refuses\sto\s)(?<!declined\sto\s)(?<!declines\sto\s)den(?:y|ies|ied|ying)\s+(?:(?:ever|any|all|the)\s+)?(?:having\s+(?:\w+\s+){0,2}?)?$"),
    # "denied he had met her", "denied its troops had shelled the village", "denies she ever met him": a denial with
    # its "that" left out, a pronoun subject (or a possessive's noun phrase with an auxiliary) right before the trigger
    _rule("denial-bare", "denied", "before",
          r"\b(?<!\bnot\s)(?<!n['’]t\s)(?<!refused\sto\s)(?<!refuses\sto\s)(?<!declined\sto\s)(?<!declines\sto\s)den(?:y|ies|ied|ying)\s+(?:(?:he|she|they|we|it)\s+(?:(?:had|has|have|ever|personally|secretly)\s+){0,2}"
          r"|(?:its|his|her|their)\s+(?:[\w’'-]+\s+){1,2}?(?:had|has|have)\s+(?:(?:ever|personally|secretly)\s+)?)$"),
    # "the alleged assaults, which the army denies", "had allegedly diverted the river. Officials called the reports
    # false": a happening the reporter hedges is disputed only when the text disputes it in its sentence or the next
    # (`read_status` checks that; alone, "the alleged attack ... killed four officers" is told as done). Not the verb
    # of claim ("alleged that soldiers shot", like "reported that"), nor "supposed to" (a plan: `future`)
    _rule("alleged", "denied", "before",
          r"\b(?:" + alternation(tuple(sorted(HEDGE_WORDS, key=len, reverse=True))) + r")\s+(?!that\b|to\b)(?:[\w’'-]+\s+){0,2}?$"),
    # "That meeting never took place", "The raid did not happen": the event told, then denied
    _rule("denied-after", "denied", "after",
          r"\s+(?:(?:has|have|had)\s+)?(?:never|not|did\s+not|didn['’]t|did\s+never)\s+(?:(?:actually|ever)\s+)?"
          r"(?:took\s+place|take[ns]?\s+place|happen(?:ed)?|occur(?:red)?)\b"),
    # "A meeting that did not happen", "The raid, which never took place, was cited": the denial in a relative
    # clause on the event's noun (read past its comma: `_PAST_COMMA`)
    _rule("denied-relative", "denied", "after",
          r",?\s+(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:never|not|did\s+not|didn['’]t|did\s+never)\s+"
          r"(?:(?:actually|ever)\s+)?(?:took\s+place|take[ns]?\s+place|happen(?:ed)?|occur(?:red)?)\b"),
    # "won't be doled out next week", "won't be holding a vote on ...", "will not hold a vote": a plan said not to go
    # ahead is called off, not denied (only the act itself or a light verb of holding between; "won't attend the
    # summit" keeps the summit, denied)
    _rule("future-negation", "cancelled", "before",
          r"\b(?:(?-i:will)\s+not|won['’]t|shall\s+not)\s+(?:be\s+)?(?:(?:hold|holding|have|having|stage|staging|"
          r"host|hosting)\s+)?(?:(?:a|an|the|any|its|their)\s+)?(?:[\w-]+\s+)?$"),
    # "Majors in the reserve were not involved in the talks": a part denied to someone, not the event denied
    _rule("part-negated", "occurred", "before",
          r"\b(?:not|n['’]t|never)\s+(?:been\s+)?(?:involved|included)\s+in\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$"),
    _rule("negation", "denied", "before",
          r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|never|has\s+not|have\s+not|"
          r"hasn['’]t|haven['’]t|had\s+not|hadn['’]t|was\s+not|were\s+not|wasn['’]t|weren['’]t|no\s+plans?\s+to|"
          r"rul(?:e|es|ed|ing)\s+out|"
          r"(?:has|have|had|is|are|was|were)\s+yet\s+to|"
          r"refused\s+to|declined\s+to|failed\s+to|will\s+not|won['’]t|not\s+yet|no|not)"
          # (a withheld denial, "did not deny", "declined to deny", negates the denial, not the act it names)
          r"(?!\s+(?:den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|refut\w*|disput\w*)\b)" + _NEAR),
    # "expects a decision in November", "is awaiting a ruling", "still needed approval": what is awaited or still
    # needed has not come (not "expected the ruling": what few expected may have come)
    _rule("awaited", "planned", "before",
          r"\b(?:expect(?:s|ing)?\s+(?:a|an|the)|await(?:s|ing)?|(?:needs?|needed|requires?|required|pending)"
          r"(?:\s+(?:a|an|the|further|formal|final|its|their))?)\s+(?:[\w-]+\s+)?$"),
    _rule("future", "planned", "before",
          r"\b(?:(?-i:will)|shall|['’]ll|is\s+to|are\s+to|was\s+to|were\s+to|due\s+(?:to|for)|plans?\s+to|planned|"
          r"planning\s+to|supposed\s+to|scheduled|expect(?:s|ed|ing)?\s+to|aim(?:s|ing)?\s+to|set\s+(?:to|for)|going\s+to|intends?\s+to|agreed\s+to|decided\s+to|"
          r"promised\s+to|vowed\s+to|pledged\s+to|would|upcoming|forthcoming|next|coming|later\s+this|about\s+to|"
          # an intention, preparations and an obligation are still to be carried out ("announced his intention
          # to visit", "is preparing for Kowal's visit", "must hold elections")
          r"intentions?\s+to|prepar(?:e|es|ed|ing)\s+(?:to|for)|must(?!\s+have))\b"
          r"(?:" + _NEAR_LIGHT + ")"),
    # "faces a vote of confidence", "facing a fresh election": what one faces is still to come
    _rule("faces", "planned", "before", r"\bfac(?:e|es|ing)\s+(?:(?:a|an|the|another)\s+)?(?:[\w-]+\s+)?$"),
    # "The election must be held by January": an obligation after the trigger
    _rule("obligation-after", "planned", "after", r"\s+(?:must|should)\s+(?:\w+ly\s+)?be\b"),
    _rule("future-date-after", "planned", "after",
          r"[^,;.]{0,60}?\b(?:next\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|\w+day)|tomorrow|"
          r"later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months|years))\b"),
    # "has called a 24-hour strike for June 2", "set a vote for Tuesday": a day the event is set for
    _rule("set-for-day", "planned", "after",
          r"\s+for\s+(?:(?:next|this|the\s+coming)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
          + _MONTH + r"\.?\s+\d{1,2}\b(?!,?\s*\d{4})|"
          r"\d{1,2}\s+" + _MONTH + r"\b(?!,?\s*\d{4}))"),
    # "the awards night planned for Friday", "their game against the Rovers, scheduled for May 30": a happening
    # told by the day it is set for (a cancellation after it is read first, by `cancelled-after`)
    _rule("planned-for-after", "planned", "after",
          r"(?:\s+(?:against|of|with|between|in|at|on|by|to)\s+[^,;.]{1,50}?)?,?\s+(?:(?:which|that)\s+(?:is|was|had\s+been)\s+)?"
          r"(?:(?:originally|initially|first)\s+)?(?:planned|scheduled)\s+for\b"),
    _rule("future-after", "planned", "after",
          r"[^,;]{0,40}?\b(?:is|are|was|were)\s+(?:(?:now|also)\s+)?(?:scheduled|planned|due|expected|set)\b"
          # (after the trigger's phrase of parties or place: "Talks between Serbia and Kosovo are to resume")
          # (the phrase holds no clause of its own: "his endorsement of Holm to discuss where all this will take
          # him", the 'will' is the other clause's)
          r"|(?:\s+(?:between|with|among|in|at|on|over|of|by)\s+(?:(?!\b(?:to|where|when|what|how|which|who|that|"
          r"whether|why)\b)[^,;.]){1,50}?)?\s+(?:will|is\s+to|are\s+to|is\s+due|"
          r"are\s+due)\b"
          # "as the election draws near", "as the vote approaches" (told in the present: still to come)
          r"|\s+(?:draws\s+(?:near|nearer|closer)|approaches|looms|nears)\b"),
)

# Clause breaks: punctuation, 'but', and the subordinators that open a clause of time or reason, whose event
# keeps its own mood ("an appeals court could rule before early voting begins on April 4": the voting begins).
# The subordinators: `clauses.MOOD_BREAKS`.
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|\s-\s|\b(?:but|" + alternation(MOOD_BREAKS) + r")\b", re.I)
_CLAUSE_REACH = 120


# The last body's clauses by (trigger, sentence) (speed: the events step and `read_status` ask for the same trigger's
# clause). Replaced whole when another body is read.
_LAST_CLAUSES: tuple[str, dict[tuple[int, int, int, int], tuple[int, int]]] = ("", {})


def clause_bounds(body: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The trigger's clause: from the last clause break before it to the first after it, within its sentence."""
    global _LAST_CLAUSES
    last_body, clauses = _LAST_CLAUSES
    if last_body is not body and last_body != body:
        clauses = {}
        _LAST_CLAUSES = (body, clauses)
    key = (trigger[0], trigger[1], sentence[0], sentence[1])
    found = clauses.get(key)
    if found is None:
        found = clauses[key] = _clause_bounds(body, trigger, sentence)
    return found


def _clause_bounds(body: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    low = max(sentence[0], trigger[0] - _CLAUSE_REACH)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(body, low, trigger[0])]
    left = breaks[-1] if breaks else low
    high = min(sentence[1], trigger[1] + _CLAUSE_REACH)
    following = _CLAUSE_BREAK.search(body, trigger[1], high)
    return left, following.start() if following else high


# A clause of time opened right before the trigger (up to five words between), and a future or modal in the main
# clause before it; the trigger itself a present verb ("meet", "meets", "begins"), never a noun or a past form.
# ("would" only after a reporting verb, the future of the past: "said they would return to the table when ..."; alone it is as
# often a past habit, "would walk there when the fair opens", and a sentence telling a habit or a memory, "each May",
# "her brother recalled", plans nothing)


def _phrases(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in sorted(words, key=len, reverse=True))


_TIME_CLAUSE = re.compile(r"\b(?:" + _phrases(TIME_CLAUSE_OPENERS) + r")\s+(?:[\w’'-]+\s+){0,5}$", re.I)
_FUTURE_MAIN = re.compile(r"(?:\b|(?=['’]))(?:(?-i:will)\b|(?:" + _phrases(set(FUTURE_MAIN_WORDS) - {"will"}) + r")\b|"
                          r"\b(?:" + _phrases(REPORTING_VERBS_BEFORE_WOULD) + r")\s+(?:that\s+)?(?:[\w’'-]+\s+){0,8}?"
                          r"would\b)", re.I)
_HABIT_OR_MEMORY = re.compile(r"\b(?:" + _phrases(HABIT_OR_MEMORY_WORDS) + r")\b", re.I)
_VERB_FORM = re.compile(r"[a-z]+", re.I)


def _after_publication(value: DateValue | None, anchor: date | None) -> bool:
    """A date after publication at its own precision (the coming day, a later month or year)."""
    if value is None or anchor is None:
        return False
    if value.precision == "day":
        return value.start > anchor
    if value.precision == "month":
        return (value.start.year, value.start.month) > (anchor.year, anchor.month)
    return value.start.year > anchor.year


_HELD_AFTER = re.compile(r"\b(?:(?:was|were|being|been)\s+(?:\w+ly\s+)?held|took\s+place|went\s+ahead)\b", re.I)
# A trigger that is the act threatened: "threatened to march", "had threatened to go on strike".
_THREATENED_BEFORE = re.compile(r"\bthreaten(?:s|ed|ing)?\s+to\s+(?:[a-z]+\s+){0,1}$", re.I)
# A regular past verb told done, and a 'to' or a modal before a bare verb (the act only threatened or planned).
_DONE_PAST = re.compile(r"[A-Za-z-]{3,}ed")
_BARE_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|might|may)\s+(?:[a-z]+\s+){0,1}$", re.I)
_PAST_COMMA = ("cancelled-after-set-day", "set-then-undone-after", "planned-for-after", "called-off-later", "threat-given-up", "denied-relative")
_DISPUTE = re.compile(r"\b(?:" + alternation(tuple(sorted(DISPUTE_WORDS, key=len, reverse=True))) + r")\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)")
_NEXT_SENTENCE_REACH = 300


def _disputed(body: str, hedge: int, sentence: tuple[int, int]) -> bool:
    """The text disputes the hedged happening: a dispute word in its sentence or the next."""
    end = _SENTENCE_END.search(body, sentence[1], min(len(body), sentence[1] + _NEXT_SENTENCE_REACH))
    return bool(_DISPUTE.search(body, sentence[0], end.end() if end else min(len(body), sentence[1] +
                                                                               _NEXT_SENTENCE_REACH)))


# "were supposed to meet unions on Friday, but the unions refused", "... on Friday. Instead, they flew to Lyon": a plan
# told in the past that its sentence (after it) or the next says did not happen. Alone, "were supposed to meet" stays
# a plan; in the present ("are supposed to meet ..., but details are unclear") a 'but' says nothing of the plan.
# The plan words that, after a past "was", tell a plan its sentence may then call off or tell held ("was supposed
# to", "was due to visit ..., but the visit was cancelled", "were scheduled to meet ..., but the talks were postponed")
_PAST_PLAN_WORD = re.compile(r"(?:supposed|due\s+to|scheduled|set\s+to)\b", re.I)
_PAST_SUPPOSED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$", re.I)
# (the 'but' clause must itself say it did not happen: a negation, 'instead', called off, refused, fell ill ...; "but she also toured
# Cannes", "But critics said the trip was a waste" say nothing of it; "went ahead", "took place", "and they did" = held)
_NOT_DONE_WORDS = (r"instead|" + _CALLED_OFF + r"|never|refused|declined|"
                   r"fell\s+(?:ill|through)|unable|collapsed|"
                   r"(?:did|could|would|was|were|had)\s*(?:n['’]t|\s+not)\b")
_NOT_DONE_AFTER = re.compile(r"\b(?:but\b[^.;!?]*?\b(?:" + _NOT_DONE_WORDS + r")|instead)\b", re.I)
_NOT_DONE_NEXT = re.compile(r"^\W*instead\b|^\W*but\b[^.;!?]*?\b(?:" + _NOT_DONE_WORDS + r")\b|"
                            r"\b(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|"
                            r"did\s+not\s+(?:happen|take\s+place|go\s+ahead)|never\s+(?:happened|took\s+place))\b",
                            re.I)
_DONE_AFTER = re.compile(r"\b(?:went\s+ahead|took\s+place|was\s+held|were\s+held|and\s+(?:they|he|she|it|we)\s+did)\b"
                         r"(?!\s+not)", re.I)


_DELAYED_BY = re.compile(r"\b(?:postponed|delayed|pushed\s+back|put\s+back)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?"
                         r"(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|half\s+an)\s+"
                         r"(?:minutes?|hours?|mins?)\b", re.I)


def _supposed_not_done(body: str, found: re.Match, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    if not _PAST_PLAN_WORD.match(found.group(0)) or not _PAST_SUPPOSED.search(
            body, max(sentence[0], found.start() - 30), found.start()):
        return False
    if _DELAYED_BY.search(body, trigger[1], sentence[1]):
        return False  # "but kick-off was postponed by 30 minutes": a delay by a duration is no cancellation
    if _NOT_DONE_AFTER.search(body, trigger[1], sentence[1]):
        return True
    if _DONE_AFTER.search(body, trigger[1], sentence[1]):
        return False
    end = _SENTENCE_END.search(body, sentence[1], min(len(body), sentence[1] + _NEXT_SENTENCE_REACH))
    following = body[sentence[1]:end.end() if end else min(len(body), sentence[1] + _NEXT_SENTENCE_REACH)]
    return bool(_NOT_DONE_NEXT.search(following.lstrip(" .!?\"”’)\n")))


def _supposed_done(body: str, found: re.Match, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """"were supposed to meet on Monday, but in the end the meeting went ahead", "..., and they did": held."""
    return bool(_PAST_PLAN_WORD.match(found.group(0)) and _PAST_SUPPOSED.search(
        body, max(sentence[0], found.start() - 30), found.start()) and _DONE_AFTER.search(body, trigger[1], sentence[1]))


# The broken-off verb is the event noun's own intransitive predicate (review of issue 15's status round): not
# after a verb trigger ("A bridge visited by Brenner collapsed"), not with an object or an agent after it ("The war
# had collapsed the economy", "broke down the door", "was halted by police"), and not when the rest of the sentence
# tells it ran or went on ("suspended after two hours", "suspended briefly but resumed", "since January", "halted
# when shooting began", "suspended in 2014 and held in 2015").
_BROKEN_NEXT_OK = re.compile(r"\s*(?:$|[,;:.!?)\"”’]|(?:on|in|at|last|this|yesterday|today|earlier|overnight|"
                             r"over|amid|because|without|again|into|as|following|before|early|late|with|after|since|until|when|briefly)\b)", re.I)
_BROKEN_RAN_WORDS = re.compile(r"\b(?:after|briefly|since|until|till|resumed|resume[sd]?|when|while|during|"
                               r"midway|held|went\s+ahead|took\s+place|restarted|continued|for\s+\w+\s+"
                               r"(?:minutes|hours))\b", re.I)


_PLAN_WORD_RIGHT_BEFORE = re.compile(r"\b(?:planned|proposed|scheduled)\s+$", re.I)


def _broken_off(body: str, trigger: tuple[int, int], found: re.Match, sentence: tuple[int, int]) -> bool:
    word = body[trigger[0]:trigger[1]].strip().lower()
    if word.endswith("ed") and word not in ALL_EVENT_NOUNS:
        return False
    if not _BROKEN_NEXT_OK.match(body, found.end(), sentence[1]):
        return False
    ran = _BROKEN_RAN_WORDS.search(body, found.start(), sentence[1])
    if ran and ran.group(0).lower() == "after" and _PLAN_WORD_RIGHT_BEFORE.search(body, sentence[0], trigger[0]):
        # "A planned visit ... was withdrawn after the protests": a plan not yet begun; 'after' tells the cause
        ran = _BROKEN_RAN_WORDS.search(body, ran.end(), sentence[1])
    return not ran


def _ends_in_question(body: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence closes with a question mark (read back from its end: no copy of a long sentence)."""
    at = sentence[1] - 1
    while at > sentence[0] and (body[at].isspace() or body[at] in "\"”’)"):
        at -= 1
    return at >= sentence[0] and body[at] == "?"


def read_status(body: str, trigger: tuple[int, int], sentence: tuple[int, int], value: DateValue | None = None,
                anchor: date | None = None, date_told: bool = True) -> tuple[str, str | None]:
    """(status, the rule that decided it or None for the default) of the mention at `trigger`.
    `value` is the mention's date and `date_told` whether the text gives it at the mention (an inherited date
    says nothing of the future)."""
    left, right = clause_bounds(body, trigger, sentence)
    opening = _OPENING_CONDITION.match(body, sentence[0], trigger[0])
    if (opening and opening.end() <= trigger[0] and not _PAST_CONDITION.search(opening.group(0))
            and not _EMBEDDING.search(body, opening.end(), trigger[0]) and not _told_as_past(body, trigger)):
        # "If Trump falls short, he risks ... the second ballot": the main clause is the condition's consequence
        # (not "If that wasn't bad enough, he lost two jobs Monday", nor a clause of its own inside it: "If
        # elected, he would be older than Reagan, who took office in 1981")
        return "hypothetical", "condition-opening"
    inverted = _INVERTED_CONDITION.match(body, sentence[0], sentence[1])
    if inverted and not _past_inverted_consequence(body, inverted.end(), trigger):
        return "hypothetical", "condition-inverted"
    time_clause = _TIME_CLAUSE.search(body, max(sentence[0], trigger[0] - 60), trigger[0])
    if (time_clause and " " not in body[trigger[0]:trigger[1]].strip() and not _told_as_past(body, trigger)
            and _VERB_FORM.fullmatch(body[trigger[0]:trigger[1]])
            and body[trigger[0]:trigger[1]].lower() not in ALL_EVENT_NOUNS
            and _FUTURE_MAIN.search(body, max(sentence[0], time_clause.start() - 120), time_clause.start())
            and not _HABIT_OR_MEMORY.search(body, sentence[0], sentence[1])):
        # "will raise it again when the envoys meet on March 9": a present verb in a clause of time under a
        # future tells what is still to come (the clause break keeps the main clause's mood from it otherwise)
        return "planned", "future-time-clause"
    if _MODAL_NEAR.search(body, left, trigger[0]) and _CONDITION_AFTER.match(body, trigger[1], right):
        # "said he would meet the rebel leaders if they laid down their arms": a modal's act under a condition that
        # follows it in its clause happens only if the condition does
        return "hypothetical", "condition-after"
    if (_WHEN_SUBJECT.search(body, max(sentence[0], trigger[0] - 30), trigger[0])
            and (coming := _WILL_AFTER.match(body, trigger[1], sentence[1]))
            and not _PAST_WORD.search(body, trigger[1], coming.end())):
        # "when primaries across the country mean that voters will finally get their say": the subject of a clause
        # of time whose verbs are still to come ('will', no past verb before it)
        return "planned", "when-subject-will"
    if _COUNTDOWN.search(body, max(sentence[0], trigger[0] - 60), trigger[0]):
        # "Today is two months until the presidential election", "with three days until the summit": a countdown to
        # the event, still to come (read across the clause break at 'until'; not "two months since the election")
        return "planned", "countdown"
    if value is None and _PERFECT_RIGHT_BEFORE.search(body, left, trigger[0]) and _BOTH_AFTER.match(body, trigger[1], right):
        # "citizens who have voted for both Liberals and Greens": a perfect with no date over both of a pair is a
        # record of acts, no one act ("voted for both on Monday" keeps its day)
        return "generic", "record-both"
    if value is None and _NEGATION_RIGHT_BEFORE.search(body, left, trigger[0]) and _NO_ONE_AFTER.match(
            body, trigger[1], right):
        return "generic", "negated-any"
    if value is None and _ANY_OCCASION.search(body, left, trigger[0]):
        # "say they would consider voting for each Liberal in a general election": an occasion told with 'a' under
        # a modal, and no date, is none held yet: the coming one, if any (planned, as "would vote in a referendum
        # on Sunday" is; tried as hypothetical, dropped: it lost the coming election gold keeps as planned)
        return "planned", "any-occasion"
    if _headline_line(body, sentence) and _HEADLINE_CALLED_OFF.match(body, trigger[1], sentence[1]):
        return "cancelled", "headline-called-off"
    if (_ends_in_question(body, sentence) and _FUTURE_QUESTION.match(body, sentence[0], trigger[0])
            and not _told_as_past(body, trigger) and _question_verb_is_event(body, trigger)):
        # "When does the working group meet?": a question about what is to come tells nothing done
        return "hypothetical", "future-question"
    if _headline_infinitive(body, trigger, sentence):
        # "Kowal to visit Israel in October", "Foreign ministers to meet in Geneva": a headline's bare infinitive
        # is news English's future
        return "planned", "headline-infinitive"
    claim = _CLAIM_BEFORE.search(body, max(sentence[0], trigger[0] - 120), trigger[0])
    if claim and _FALSE_AFTER.match(body, trigger[1], sentence[1]):
        # "Reports that Brenner had met Silva in Bern were false": a claim said to be untrue denies its content
        return "denied", "claim-false"
    if claim and _REBUTTED_NEXT.match(body, sentence[1]):
        # "There were reports that the ministry stopped work. Is that true? / Varga: No.": the claim rebutted
        return "denied", "claim-rebutted-next"
    if _THREATENED_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0]) and _given_up_next(
            body, sentence, trigger):
        return "cancelled", "threat-given-up-next"
    finite_past = _finite_past(body, trigger)
    for rule in STATUS_RULES:
        if rule.side == "after":
            if finite_past and rule.status == "planned":
                # "met Silva on Monday and will visit Madrid next week": a verb told in the past is done; a later
                # day or plan after it in the sentence belongs to another verb of the clause
                continue
            # (these two read past the clause's comma only through the appositive they name themselves)
            found = rule.pattern.match(body, trigger[1], sentence[1] if rule.name in _PAST_COMMA
                                       or rule.name == "habit-after" else right)
            if not found and rule.name == "future-after" and (moved := _MOVED_APPOSITION.match(
                    body, trigger[1], sentence[1])):
                # "The talks, postponed to next week, will be held in Oslo": past the apposition telling the plan
                # moved, the trigger's own verb is still to come
                found = rule.pattern.match(body, moved.end(), sentence[1])
            if found and rule.name in _PAST_COMMA and _HELD_AFTER.search(body, found.end(), sentence[1]):
                # "the talks, originally planned for 2 March, were held on 5 March": the clause's own verb tells it held
                return "occurred", "held-after-set-day"
        else:
            found = rule.pattern.search(body, *((left, trigger[0]) if rule.side == "before" else trigger))
        if found and rule.name == "alleged" and not _disputed(body, found.start(), sentence):
            continue
        if found and rule.name == "threat-given-up" and not _THREATENED_BEFORE.search(
                body, max(sentence[0], trigger[0] - 40), trigger[0]):
            continue
        if (found and rule.name in ("threat-given-up", "called-off-later")
                and _THREATENED_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0])
                and not _threat_given_up_here(body, trigger, sentence)):
            # "The union threatened to strike on Monday and the company dropped the plan to cut wages": someone
            # else giving up something else leaves the threat as it was
            continue
        if (found and rule.name == "called-off-later" and _DONE_PAST.fullmatch(body, *trigger)
                and not _BARE_VERB_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0])):
            # "The union marched to the capital on Thursday but called off the protest": a past act told done is
            # no threat; what was called off is the rest
            continue
        if found and rule.name == "withdrew-from" and body[trigger[0]:trigger[1]].lower() not in WITHDRAWN_FROM_GATHERINGS:
            continue
        if found and rule.name == "plan-broken-after" and not _broken_off(body, trigger, found, sentence):
            continue
        if (found and rule.name == "future" and re.match(r"would\b", found.group(0), re.I)
                and _HABIT_OR_MEMORY.search(body, sentence[0], sentence[1])):
            # "As a child she would travel to Accra with her father", "would visit her every summer": 'would' in a
            # sentence telling a habit or a memory is the past's habit, no plan (`eventwords.HABIT_OR_MEMORY_WORDS`)
            return "generic", "habit-would"
        if found and rule.name == "future" and _supposed_not_done(body, found, trigger, sentence):
            return "cancelled", "supposed-not-done"
        if found and rule.name == "future" and _supposed_done(body, found, trigger, sentence):
            return "occurred", "supposed-done"
        if found:
            return rule.status, rule.name
    schedule_day = _SCHEDULE_PRESENT.fullmatch(body, trigger[0], trigger[1]) and _SCHEDULE_DAY.match(
        body, trigger[1], right)
    if (schedule_day and not _headline_line(body, sentence)
            and not _NARRATED_ON.search(body, schedule_day.end(), sentence[1])
            and not _news_present_day(schedule_day.group(0), anchor)):
        # "The team fly to Rabat on Thursday", "The two ministers meet on Tuesday": a trip or a meeting told in the
        # present with the day it is set for is a schedule (a headline's present tells what was done)
        return "planned", "schedule-present"
    if (date_told and _after_publication(value, anchor) and _told_as_past(body, trigger)
            and _UNTIL_AT_LEAST.search(body, trigger[1], sentence[1])):
        # "Eastway has cancelled all services until at least Wednesday": the act is done; the coming day is the
        # end of what it started, not its own day
        return "occurred", "done-until-later"
    if date_told and _after_publication(value, anchor):
        return "planned", "date-after-publication"
    return "occurred", None


# An apposition telling a plan moved ("The talks, postponed to next week, will ..."; "the summit, pushed back by a
# month, is to ..."), read past by `future-after`.
_MOVED_APPOSITION = re.compile(r"\s*,\s*(?:\w+ly\s+)?(?:postponed|moved|pushed\s+back|put\s+back|delayed|rescheduled|"
                               r"brought\s+forward|put\s+off)\b[^,;.]{0,60},", re.I)
_UNTIL_AT_LEAST = re.compile(r"\b(?:until|till|through)\s+at\s+(?:the\s+)?(?:least|earliest)\b", re.I)


def _question_verb_is_event(body: str, trigger: tuple[int, int]) -> bool:
    """The question's own verb is the event's ("When does the working group meet?"); an event named as a noun or
    a participle inside it ("What does Sunday's election mean", "Can the ceasefire signed on Sunday hold?") is
    taken as given."""
    text = body[trigger[0]:trigger[1]].lower()
    return text not in ALL_EVENT_NOUNS and not _PAST_WORD.search(text)


# The present of the trip and meeting triggers whose form is no noun ("fly to", "meets"; not "visit", "visits")
_SCHEDULE_PRESENT = re.compile(r"(?:meets?|fl(?:y|ies)\s+to|travels?\s+to|arrives?\s+in|heads?\s+to)", re.I)
# ... and, after it, no other verb joined by 'and' that tells the present a narrative's ("meets Silva on Saturday and
# beats him 6-2", "meets Silva on Monday and flew home on Tuesday": a report's historical present)
_NARRATED_ON = re.compile(r"\band\s+(?:(?:he|she|they|it|then|later)\s+)?(?:[a-z]+(?:s|ed)|"
                          + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")\b")
# ... nor a list of present verbs after commas ("flies to Rome on Thursday, signs on Friday": a narrative's
# historical present). (A participle clause after it, ", greeted at the station by", and a past frame earlier in
# the paragraph, "Last August ...", were tried and dropped: "fly to Rabat on Saturday, joined by two new players"
# and "Last season was hard. The team fly to Rabat on Saturday" are plans.)
_NARRATED_LIST = r",\s+(?:and\s+)?(?:(?:he|she|they|it|then)\s+)?[a-z]+s\s+(?:on|in|at|the|a|an|his|her|their)\b"
_NARRATED_ON = re.compile(_NARRATED_ON.pattern + "|" + _NARRATED_LIST)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _news_present_day(day_phrase: str, anchor: date | None) -> bool:
    """The weekday set is the publication day's: the present tells today's news ("Macron arrives in Kyiv on
    Thursday morning", published on a Thursday)."""
    if anchor is None:
        return False
    found = re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", day_phrase, re.I)
    return bool(found) and _WEEKDAYS.index(found.group(1).lower()) == anchor.weekday()


# ... and the weekday it is set for, later in its clause
_SCHEDULE_DAY = re.compile(r"[^,;.]{0,60}?\b(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


_THREAT_GIVEN_UP = next(rule for rule in STATUS_RULES if rule.name == "threat-given-up")


_NEXT_OPENING = re.compile(r"[.!?\"”’)]*[ \t]*\n?[ \t]*")


def _given_up_next(body: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the sentence after this one, in its paragraph, tells a threatened act given up ("The union said
    that the protest had been suspended", "he said the government would not pursue the case")."""
    start = _NEXT_OPENING.match(body, sentence[1]).end()
    if start >= len(body) or body[start] == "\n":
        return False
    end = _SENTENCE_END.search(body, start)
    stop = end.end() if end else len(body)
    if not _GIVEN_UP_NEXT.match(body, start, stop):
        return False
    threat = _THREATENED_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0])
    threatener = _threatener(body[sentence[0]:threat.start()])
    nouns = _act_nouns(body[threat.end():sentence[1]])
    return _clause_gives_up(body, start, stop, threatener, nouns)


# Where a giving-up clause may open after the threat: "but", "and", "then", "before", "later", a semicolon.
_GIVING_UP_OPENING = re.compile(r"\b(?:but|and|then|before|later)\b|;", re.I)
# The clause: its subject's words, the verb, what it gives up ("but the union called off the strike"; "; it called it
# off"); or the act's noun given up in the passive ("but that march was called off")
_GIVING_UP_ACTIVE = re.compile(r"\s*(?P<pre>(?:[\w’'-]+,?\s+){0,8}?)(?:" + alternation(THREAT_GIVEN_UP_VERBS)
                               + r")\s+(?P<obj>[^.!?;]{0,80})", re.I)
_GIVING_UP_CALLED_OFF = re.compile(r"\s*(?P<pre>(?:[\w’'-]+,?\s+){0,6}?)called\s+(?:it|them)\s+off\b", re.I)
_GIVING_UP_PASSIVE = re.compile(r"(?P<obj>(?:the|that|this|its|their)\s+(?:[\w’'-]+\s+)?(?:"
                                + alternation(THREAT_GIVEN_UP_NOUNS) + r"))\s+(?:(?:had|has|have|was|were|is|are|would|"
                                r"will)\s+)?(?:(?:been|be|now)\s+)?(?:\w+ly\s+)?(?:"
                                + alternation(THREAT_GIVEN_UP_PARTICIPLES) + r")\b", re.I)
_THREATENER_AUX = re.compile(r"(?:\s+(?:had|has|have|also|again|repeatedly|previously|once))+\s*$", re.I)


def _threatener(text: str) -> tuple[str, str]:
    """The threatener's head word and kind ('group', 'one') from the words before "threatened to" ("The drivers'
    union had" → ('union', 'group'); "Ana Silva" → ('silva', 'one'))."""
    text = _THREATENER_AUX.sub("", text.split(",")[-1]).strip(" \t\n\"“”")
    words = re.findall(r"[\w’'-]+", text)
    if not words:
        return "", "any"
    head = re.sub(r"[’']s?$", "", words[-1]).lower()
    group = head in THREAT_BODY_NOUNS or (head.endswith("s") and not head.endswith("ss") and words[-1].islower())
    return head, "group" if group else "one"


def _act_nouns(text: str) -> tuple[str, ...]:
    """The nouns that stand for the threatened act told in `text` ("to strike on Monday" → strike, walkout, ...),
    and those that stand for any act (`eventwords.THREAT_ACT_FAMILIES`)."""
    nouns = list(THREAT_GENERIC_NOUNS)
    for words, family in THREAT_ACT_FAMILIES:
        if re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", text, re.I):
            nouns.extend(family)
    return tuple(nouns)


def _subject_refers_back(pre: str, threatener: tuple[str, str]) -> bool:
    """Whether the words before a giving-up verb leave the subject out or name the threatener: a pronoun for it,
    its own noun ("the union" = "The union"), or the body it speaks for ("The minister" → "the government")."""
    words = [w.lower().strip(",") for w in re.findall(r"[\w’'-]+,?", pre)]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in THREAT_REPORT_VERBS:  # "the government said on Monday it would not pursue the case"
            words = words[index + 1:]
            break
    words = [w for w in words if w not in THREAT_SUBJECT_FILLERS and not w.endswith("ly")]
    if not words:
        return True
    head, kind = threatener
    if len(words) == 1 and words[0] in THREAT_REFERRING_PRONOUNS:
        wanted = THREAT_REFERRING_PRONOUNS[words[0]]
        return wanted == "any" or wanted == kind
    if words[0] not in ("the", "its", "their") or not head:
        return False
    named = re.sub(r"[’']s?$", "", words[-1])
    return named == head or named in THREATENER_BODIES.get(head, ())


def _object_is_act(obj: str, nouns: tuple[str, ...]) -> bool:
    """Whether what is given up stands for the threatened act ("it", "the strike", "the legal action"), with no
    one else's qualifier ("the plan to cut wages", "the case against his aide", "the farmers' rally")."""
    if re.match(r"(?:" + "|".join(THREAT_GENERIC_OBJECTS) + r")\b", obj, re.I):
        return True
    words = re.findall(r"[\w’'-]+|[^\w\s]", obj)
    if not words or words[0].lower() not in ("the", "that", "this", "its", "their"):
        return False
    for index in range(1, min(len(words), 4)):  # the noun, past up to two modifiers ("the planned legal action")
        if words[index].lower() in ("the", "that", "this"):
            continue
        if words[index].lower() not in nouns:
            if re.search(r"[’']s?$", words[index]):
                return False  # someone's: "the farmers' rally"
            continue
        following = " ".join(words[index + 1:index + 4]).lower()
        if following.startswith("action"):
            following = " ".join(words[index + 2:index + 5]).lower()
        return not re.match(r"(?:" + "|".join(re.escape(w) for w in THREAT_OBJECT_QUALIFIERS) + r")\b", following)
    return False


def _clause_gives_up(body: str, start: int, end: int, threatener: tuple[str, str], nouns: tuple[str, ...]) -> bool:
    """Whether the clause at `start` tells the threatener giving up the threatened act (active, "called it off", or
    the act's noun in the passive)."""
    active = _GIVING_UP_ACTIVE.match(body, start, end)
    if active and _subject_refers_back(active.group("pre"), threatener) and _object_is_act(active.group("obj"), nouns):
        return True
    called = _GIVING_UP_CALLED_OFF.match(body, start, end)
    if called and _subject_refers_back(called.group("pre"), threatener):
        return True
    passive = _GIVING_UP_PASSIVE.search(body, start, end)
    return bool(passive and _object_is_act(passive.group("obj") + " ", nouns))


def _threat_given_up_here(body: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a clause after the threatened act, in its sentence, tells its threatener giving it up."""
    threat = _THREATENED_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0])
    if not threat:
        return False
    threatener = _threatener(body[sentence[0]:threat.start()])
    stop = min(sentence[1], trigger[1] + 200)
    for opening in _GIVING_UP_OPENING.finditer(body, trigger[1], stop):
        nouns = _act_nouns(body[threat.end():opening.start()])
        if _clause_gives_up(body, opening.end(), sentence[1], threatener, nouns):
            return True
    return False


def threat_given_up(body: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the trigger is an act threatened ("threatened to march") that its sentence tells given up later
    ("but called off the protest", "; it called off the picket", "it would not pursue the case", "but that march
    was called off"), or the next sentence does ("The union said that the protest had been suspended"), by the
    threatener itself and by a word that stands for the act."""
    return bool(_THREATENED_BEFORE.search(body, max(sentence[0], trigger[0] - 40), trigger[0])
                and (_THREAT_GIVEN_UP.pattern.match(body, trigger[1], sentence[1])
                     and _threat_given_up_here(body, trigger, sentence) or _given_up_next(body, sentence, trigger)))


def merged_status(kept: str, other: str, refers_back: bool = False) -> str:
    """The status of one event told by two mentions: what happened outranks what was planned (a plan told
    earlier, then done), a cancellation outranks the plan it ends; a denial is kept against a bare mention
    only when it came first, or when it names the event told before ("There were reports that you met him.
    That meeting never took place": `refers_back`, a definite mention)."""
    if refers_back and other == "denied" and kept == "occurred":
        return other
    if kept == "planned" and other != "planned":
        return other
    return kept
