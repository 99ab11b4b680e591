"""Open events: a clause that carries an explicit date and reports a happening is an event, whatever its verb.

The trigger vocabulary (`events.TRIGGERS`) knows meetings, visits, votes and the like; news also dates court
decisions, matches, storms, approvals, deliveries and launches that no closed list foresees. For every date
expression of the body (`reldates.find_dates`) whose clause holds no trigger of the vocabulary, this module
looks in that clause for the word reporting what happened then: a verb in the past tense or after 'will'
("quashed on Tuesday", "will be played on Wednesday"), or an event noun the date is attached to ("decision of
March 2025", "the 2019 fish kills", "Sunday's crossings", `data.eventwords.EVENT_NOUNS`). Speech verbs
("said on Monday") are attribution, not events, and dates inside quotations are speech, unless the year is
written ("the 2019 fish kills", "we signed it in March 2022" name the event whoever tells it). The trigger found is typed 'other' unless its word and clause
say more (`data.eventwords.OPEN_TYPES`: "signed" a memorandum); the events step then dates it, reads its
status and parties like any other.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from loaders.extract.data.eventwords import (ACT_PARTICLES, ADJECTIVE_USES, POLL_KIND_WORDS, CHAMBER_QUALIFIED_HEADS, CHAMBER_QUALIFIERS, LEGISLATIVE_CHAMBERS, SAMPLE_PARTICIPLES, SAMPLE_VERBS_AFTER, MODIFIED_HEADS, AGE_VERBS, CONTEST_CONDITIONALS, CONTEST_NOUNS, CONTEST_WISH_WORDS, DATED_SUBJECT_VERBS, DOER_NOUNS, GROUP_COUNT_WORDS, GROUP_PERSON_NOUNS, ARRIVAL_VERBS, INSTRUMENT_NOUNS, TELLING_VERBS, WORKS_OPENING_WORDS, WORKS_PLAN_VERBS, HABIT_ADVERBS, CLAUSE_OPENERS, DOCUMENT_DATE_LEADS, FACILITY_AFTER_WORDS, FACILITY_HOURS_AFTER, FACILITY_MARKET_WORDS, FACILITY_NOUNS, FACILITY_VERBS, SHORT_REGULAR_PAST, STANCE_PARTICLE_VERBS, STATE_ONSET_PARTICIPLES, EVENT_NOUNS, IRREGULAR_PAST, NOT_EVENT_VERBS,
                                             NOUNS_IN_CONTEXT, PERFECT_ONLY_PAST,
                                             NOT_VERBS_AFTER_AUXILIARY, NOUN_MODIFIER_OPENERS, OPEN_TYPES,
                                             PLAN_EVENT_NOUNS, PLAN_NOUN_QUALIFIERS, PLAN_FIRST_SET_ADVERBS, WORKS_NOT_BUILT_HEADS, PLAN_HELD_VERBS, PLAN_MOVED_VERBS, PLAN_UNDONE_VERBS,
                                             RESEARCH_NOUNS, SPEECH_ACT_NOUNS, STATE_VERBS, STATISTIC_VERBS, TRANSFER_VERBS, MEASURE_NOUNS, CAMPAIGN_NOUNS, CAMPAIGN_QUALIFIERS, ATTENTION_OBJECTS, FIGURE_NOUNS)
from loaders.extract.data.lexicon import FUNCTION_WORDS
from loaders.extract.modality import threat_given_up
from loaders.extract.reldates import DateMention
from loaders.extract.data.dateforms import MONTH_KEYS, WEEKDAY_KEYS

# Month and weekday names as running text writes them, from one source (`dateforms.MONTH_KEYS`, `WEEKDAY_KEYS`).
_MONTHS = "|".join(key.capitalize() for key in MONTH_KEYS)
_WEEKDAYS = "|".join(key.capitalize() for key in WEEKDAY_KEYS)

OPEN_TYPE = "other"
_TYPE_RULES = {word: (event_type, re.compile(context, re.I)) for word, event_type, context in OPEN_TYPES}


def open_type(body: str, word: tuple[int, int], clause: tuple[int, int]) -> str:
    """The type of an open trigger (`eventwords.OPEN_TYPES`): 'other' unless its word and clause say more."""
    rule = _TYPE_RULES.get(body[word[0]:word[1]].lower())
    if rule is None:
        return SPEECH_ACT_NOUNS.get(body[word[0]:word[1]].lower(), OPEN_TYPE)  # "a 2011 tweet" is a statement
    low = clause[0]
    if _RELATIVE_OPENING.match(body, clause[0]) or _RELATIVE_BEFORE.search(body, max(0, clause[0] - 12), clause[0]):
        low = max(0, clause[0] - _ANTECEDENT_REACH)  # "the treaty, which will be signed": its antecedent says more
    if word[0] < clause[0]:
        low = max(0, word[0] - _ANTECEDENT_REACH)  # a subject's noun before its date's clause reads its own words
    if not rule[1].search(body, low, max(clause[1], word[1])):
        return OPEN_TYPE
    return rule[0]


# A relative clause whose antecedent stands before it ("the pact, which will be signed in December").
_RELATIVE_OPENING = re.compile(r"[,\s]*(?:which|that)\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s*$", re.I)
_ANTECEDENT_REACH = 30

# Clause breaks: punctuation (not a time's colon, "03:00") and the conjunctions that start a new clause.
# A denial's that-clause is a clause of its own: what it dates is the denied event, not the denial ("denied that
# Russian forces had struck a hospital on Jan. 25"); so is a finding's ("a study estimated that deaths rose
# between 2000 and 2004": the date is not the study's).
# A comma inside a number ("10,000 metres") ends nothing; "and" before a past verb with its object ("opened a
# plant in 2008 and closed it in 2022") and "after"/"before" before a clause with its own past verb ("after Russia invaded") start
# another clause.
_PAST = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
# (a comma between a list's names ends nothing: "for Norway, Sweden and Denmark on Monday")
_CLAUSE_BREAK = re.compile(r"[;()—–\"“”]|,(?!\d)(?!\s*(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:\s*,|\s+(?:and|or)\s))|"
                           r":(?!\d)|\s-\s|\b(?:but|while|whereas|although|because|when|"
                           r"which|who)\b|"
                           # a relative "that" after a noun and its date opens a clause of its own ("released a
                           # second ad Thursday that highlighted a recent announcement": the date is the release's)
                           r"(?<=day\s)that\s+(?=[a-z]+(?:ed|s)\b)|\b(?:den(?:y|ies|ied|ying)|estimated|found|showed|concluded)\s+that\b|"
                           r"\band\s+(?=(?:then\s+|later\s+)?" + _PAST + r"\s+(?:it|them|the|a|an|its|their|his|her)\b)|"
                           # ("entered service in 1999 and was upgraded in 2021", "was published in January and it
                           # has not moved": a verb of its own, or a pronoun subject with its auxiliary)
                           r"\band\s+(?=(?:has|have|had|was|were|is|are)\s+(?:been\s+|also\s+|later\s+)?[a-z]+ed\b)|"
                           r"\band\s+(?=(?:it|they|he|she|we)\s+(?:has|have|had|was|were|is|are|will|would|did)\b)|"
                           # ("had held a consultation on June 2 and would publish a summary", "opened a plant in
                           # 2008 and will close it next year": a modal after "and" is a verb of its own)
                           r"\band\s+(?=(?:will|would|could|should|may|might|must|can|shall)\s+(?:not\s+)?[a-z]+\b)|"
                           r"\b(?:after|before)\s+(?=(?:[\w’'-]+\s+){1,3}?" + _PAST + r")|"
                           # a dated saying's that-clause ("said on Monday that it would hold talks on Friday"):
                           # its dates are what the saying tells of, not the saying's
                           r"\b(?:said|says|stated|announced|confirmed)\s+(?:(?:on|late|early|last)\s+)?"
                           r"(?:(?-i:" + _WEEKDAYS + r")|yesterday|today)"
                           r"(?:\s+(?:night|morning|afternoon|evening))?\s+that\b",
                           re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# (a participle after a linking verb is an adjective too: "most shops stay closed", "the road remained blocked")
_ADJECTIVAL = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|newly|recently|stay|stays|stayed|remain|remains|"
                         r"remained|seem|seems|seemed|look|looks|looked|appear|appears|appeared|keep|keeps|kept|"
                         r"become|becomes|became|feel|feels|felt)|['’]s)\s+$", re.I)
# "said Monday that ...", "told reporters on Monday": the date is the speech's, and speech is no event.
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|stated|wrote|tweeted|announced)\s+"
                            r"(?:on\s+|late\s+|early\s+|last\s+)?$", re.I)
# "has farmed near Yenda since 1951", "who ran a business in the town until 2023": the date bounds a state.
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|announced|added|stated|wrote|tweeted)\b", re.I)
# A date after "by" told with a perfect ("By March 2025, police had made 40 arrests", "had risen by May"): a tally
# or a state reached by then
_BY_DATE = re.compile(r"\bby\s+$", re.I)
_BY_PHRASE = re.compile(r"by\s", re.I)  # (the date's phrase may hold its "by": "By March 2025")
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:(?:already|just|also|now)\s+)?(?:[a-z]+ed|"
                             + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r"|been)\b", re.I)
_STATE_BOUND = re.compile(r"\b(?:since|until|till)\b", re.I)
# "since" and a day or month with a perfect of an act that starts a lasting state ("have blocked access roads since
# October 27", "has been closed since Monday", "Since March, fences have appeared"): the act is an event begun on the
# date (`eventwords.STATE_ONSET_PARTICIPLES`). Not a state's own verb ("has lived there since May"), nor a year
# ("since 2010"), nor "since" with no date ("since then", "ever since").
_SINCE_BOUND = re.compile(r"\bsince\s+$", re.I)
_ONSET_PERFECT = re.compile(r"\b(?:has|have|had|['’]s|['’]ve)\s+(?:(?:already|now|also|effectively|largely|mostly)\s+)?"
                            r"(?:been\s+)?(?:[a-z]+ly\s+)?(" + "|".join(sorted(STATE_ONSET_PARTICIPLES)) + r")\b",
                            re.I)
_ONSET_BREAK = re.compile(r"[;:()—–\"“”]|\b(?:when|which|who|that|because|after|before|until)\b", re.I)
_ONSET_REACH = 90


def _state_onset(body: str, date: DateMention, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The participle of a perfect that starts a lasting state since the date (see `_ONSET_PERFECT`), or None."""
    if date.value is None or date.value.precision not in ("day", "month") or not (
            _SINCE_BOUND.search(body, max(0, date.start - 7), date.start) or date.phrase.lower().startswith("since ")):
        return None
    best = None
    for match in _ONSET_PERFECT.finditer(body, max(sentence[0], date.start - _ONSET_REACH),
                                         min(sentence[1], date.end + _ONSET_REACH)):
        low, high = (match.end(), date.start) if match.end() <= date.start else (date.end, match.start())
        if match.start() < date.end and match.end() > date.start or _ONSET_BREAK.search(body, low, high):
            continue
        distance = high - low
        if best is None or distance < best[0]:
            best = (distance, match.span(1))
    return best[1] if best else None
# A habit, not one dated happening: an adverb of frequency in the clause before its date ("The protests typically
# peak in September", "The negotiations tend to drag on until December"; `eventwords.HABIT_ADVERBS`).
_HABIT_ADVERB = re.compile(r"\b(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in HABIT_ADVERBS) + r")\b", re.I)
# "every" or "each" right before a day or month ("every Friday", "each May") makes it recur: no one day.
# 'every'/'each' makes a date recur only right before it, tied to the date's start ("closed early every Friday"),
# or opening the date's own phrase ("every May"): "scored one each on Saturday" is a share, the day one day.
_RECURRENCE_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:on\s+)?$", re.I)
_PREPOSITION_FIRST = re.compile(r"(?:on|in|at|during|by|since|until)\s", re.I)
_RECURRENCE_PHRASE = re.compile(r"(?:on\s+)?(?:every|each)\b", re.I)
# ... or a unit of recurrence after the date in its clause: "closed on Saturday and Sunday each week".
_RECURRENCE_AFTER = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|weekend|month|year|season|"
                               r"summer|winter|spring|autumn|time)\b", re.I)
_RECURRENT_DAY = re.compile(r"\b(?:every|each)\s+(?:other\s+)?(?:" + _WEEKDAYS + "|" + _MONTHS + r"|"
                            r"weekend|morning|evening|night|afternoon)\b", re.I)
# A bare month ("in September", no day, no year) told with a present verb and followed by a 'when' clause in the
# present ("The protests peak in September, when students return"): the month of each year, a general time. Not a
# past ("began in September, when students returned") or a future ("will begin") main clause, nor a past or
# future 'when' clause.
_BARE_MONTH = re.compile(r"(?:in\s+)?(?:" + _MONTHS + ")", re.I)
# (the 'when' clause's subject is generic, a bare noun: "when students return"; a definite one tells one time:
# "The trial begins in July, when the new judge arrives", "when Parliament returns")
_GENERAL_WHEN_AFTER = re.compile(r"\s*,\s*when\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|"
                                 r"my|your|it|he|she|they|we|you|i)\b)(?-i:[a-z])[^,.;:]*", re.I)
_PAST_OR_FUTURE = re.compile(r"\b(?:will|shall|would|was|were|had|did|has|have|is\s+to|are\s+to|due|set|expected|"
                          r"next|last|this|[a-z]+ed)\b|['’]ll\b", re.I)
_PASSIVE_PRESENT = re.compile(r"\b(?:is|are|be|been|being|get|gets)\s+[a-z]+ed\b", re.I)


def _present_form(text: str) -> bool:
    """Whether the text tells nothing in the past or the future: no past auxiliary or form (a participle after a
    present 'is'/'are' is no past: "when fuel subsidies are reviewed"), no irregular past, no 'will'."""
    text = _PASSIVE_PRESENT.sub(" is ", text)
    return (_PAST_OR_FUTURE.search(text) is None
            and not any(word.lower() in IRREGULAR_PAST for word in re.findall(r"[A-Za-z]+", text)))


def _habitual_date(body: str, clause: tuple[int, int], date: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether the date tells a habit (`_HABIT_ADVERB`, `_GENERAL_WHEN_AFTER`), not one happening."""
    # (a phrase opening with its preposition stands after no 'every': "one each on Saturday")
    if (_RECURRENCE_BEFORE.search(body, max(clause[0], date.start - 12), date.start) and not _PREPOSITION_FIRST.match(
            date.phrase)) or _RECURRENCE_PHRASE.match(
            date.phrase) or _RECURRENT_DAY.search(body, clause[0], date.start) or _RECURRENCE_AFTER.search(
            body, date.end, max(date.end, clause[1])):
        return True  # "closed early every Friday", "each May", "every Friday in December": a day or month of
        # each week or year, no one day
    if _HABIT_ADVERB.search(body, clause[0], date.start):
        return True
    if clause[0] > sentence[0] and _HABIT_ADVERB.search(body, sentence[0], clause[0]) and not _has_verb(
            body, sentence[0], clause[0]):  # (speed: the rare adverb looked for before the clause's verbs)
        return True  # "Every year since 2010, fishermen have blocked the harbour on 1 May": a fronted habit
    if not _BARE_MONTH.fullmatch(date.phrase):
        return False
    when = _GENERAL_WHEN_AFTER.match(body, date.end, sentence[1])
    return (when is not None and _present_form(body[clause[0]:date.start])
            and _present_form(body[when.start():when.end()]))
# A count over a whole year is a statistic, not a happening ("The port handled 7.4 million containers last
# year", "accounted for about 38% of sales in 2025"): a verb whose object is a large number or a share.
_QUANTITY_OBJECT = re.compile(r"\s+(?:for\s+|up\s+)?(?:(?:about|around|some|nearly|almost|roughly|over|under|"
                              r"more\s+than|less\s+than|fewer\s+than|just\s+over|just\s+under|a\s+record)\s+)?"
                              r"[$€£¥]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|trillion\b|"
                              r"bn\b|m\b)|\s+(?:for\s+)?(?:(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|"
                              r"less\s+than|fewer\s+than)\s+)?\d{1,3}(?:,\d{3})+\b", re.I)
# (a year is no count, "in 1999 and was rebuilt"; nor a verb or function word ending in "s" a plural noun; the
# words lower case: "3 March farmers" is a date)
_NOT_A_YEAR = r"(?!(?:1[89]|20)\d\d\b)"
_APPROXIMATELY = r"(?:(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|less\s+than|fewer\s+than)\s+)?"
_COUNTED_NOUN = (r"(?-i:(?:[a-z-]+\s+)?(?:(?!(?:was|has|is|this|its|his|as|does|thus|us|plus|across|unless|whereas)\b)"
                 r"[a-z-]{2,}s|people|children|men|women))")  # (plurals without -s: "Some 40,000 people visited")
# ... or a count of things ("recorded 148 cases of crop damage in 2025": a number, then a plural noun) ...
_COUNT_OBJECT = re.compile(r"\s+" + _APPROXIMATELY + _NOT_A_YEAR + r"\d[\d.,]*\s+" + _COUNTED_NOUN
                           + r"\b(?!\s+(?:ago|old)\b)", re.I)
# ... or a quantity as the clause's subject ("5.1 million tonnes of cargo crossed the Caspian in 2025", "About 4,200
# pilgrims passed through"): a number (with its scale) and a plural noun, "of" and its stuff after it, then the verb.
_QUANTITY_SUBJECT = re.compile(r"(?:^|[\s,;:(])" + _APPROXIMATELY + r"[$€£¥]?" + _NOT_A_YEAR + r"\d[\d.,]*\s*"
                               r"(?:%|percent|per\s+cent|million|billion|trillion|bn|m)?\s+" + _COUNTED_NOUN
                               + r"(?-i:\s+of(?:\s+[a-z-]+){1,2})?\s+$", re.I)
_QUANTITY_SUBJECT_REACH = 60


# ... but a sum given to one recipient is one transfer, whatever its date ("Last year, Starr gave $10 million to a
# group backing Bush"): a verb of giving (`eventwords.TRANSFER_VERBS`), the sum, then "to" and one recipient (a
# determiner or a name, and no plural head right after: not "to charities", "to the region's schools").
_ONE_RECIPIENT = re.compile(r"\s+to\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+)?(?-i:[a-z]+)(?<!s)\b(?![’']s)"
                            r"|(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)*\b(?![’']s))", re.I)


def _one_transfer(body: str, word: tuple[int, int]) -> bool:
    if body[word[0]:word[1]].lower() not in TRANSFER_VERBS:
        return False
    quantity = _QUANTITY_OBJECT.match(body, word[1])
    return quantity is not None and _ONE_RECIPIENT.match(body, quantity.end()) is not None


# ... or a measure as the verb's subject, right before it ("the pace of hiring has slowed this year", "The growth
# rate slowed in March"; `eventwords.MEASURE_NOUNS`): not "Brenner slowed the pace of hiring" (the measure is the
# object).
_MEASURE_SUBJECT = re.compile(r"\b(?:" + "|".join(sorted(MEASURE_NOUNS)) + r")(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?"
                              r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$", re.I)


def counted_subject(body: str, sentence_start: int, word_start: int) -> bool:
    """Whether the verb at `word_start` has a count as its subject ("Some 40,000 people visited", "About 4,200
    pilgrims passed through"): over a year, a statistic, not one happening."""
    return _QUANTITY_SUBJECT.search(body, max(sentence_start, word_start - _QUANTITY_SUBJECT_REACH),
                                    word_start) is not None
# A participle after a bare verb that follows a modal or 'to' is its object's adjective ("would give affected
# residents", "to help injured people"); after an auxiliary it is a verb ("would have signed", "to be delayed").
_AFTER_BARE_VERB = re.compile(r"\b(?:would|will|could|can|should|must|may|might|to)\s+"
                              r"(?!(?:have|has|be|been|being|get|got|not|never|also|then|now)\b)[a-z]+\s+$", re.I)
# "the Sept. 11 attacks", "the 2019 fish kills": a date written as a modifier dates the noun after it only.
_MODIFIER_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)
# ... but a date led by a preposition modifies no noun: "her" before it is the object ("opened an inquiry against
# her in July", "hired her in 2008").
_PREPOSITION_LED = re.compile(r"(?:in|on|at|during|since|by|from|until|till|before|after|over|through|around)\s",
                              re.I)
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MODIFIED_NOUN = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,3}")  # the noun and up to two words before it
# 'due to' announces a happening only after a form of 'be' ("the talks are due to start"); after a noun it is a
# cause ("deaths due to extreme heat").
# ("is due to", "was expected to", "is set to", "was scheduled to": a planned happening's verb follows)
# (also "had to", a past need carried out: "had to lend his campaign money last month"; its status reader finds no plan)
_FUTURE_AUX = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|had\s+to|threaten(?:s|ed|ing)?\s+to|(?:is|are|was|were|be|been|['’]s)\s+"
                         r"(?:due|expected|set|scheduled|slated|planned)\s+to)"
                         r"\s+(?:be\s+)?$", re.I)
_OPENING = re.compile(r"[ \"'“‘(\n]*")
_OPENING_LINKED = re.compile(r"[ \"'“‘(\n]*(?:(?-i:And|But|So|Yet|Then|Still|Also|Now)\s+)?")
_REACH = 90  # characters from the date within which the reporting word must stand
# A clause that is a reduced relative of the noun before its comma ("..., held this year", "..., signed in 2019"):
# what it dates is that noun's event, when a trigger of the vocabulary stands within reach before it.
_REDUCED_RELATIVE = re.compile(r"\s*(?:(?:first|originally|also|last|initially)\s+)?(?:[a-z]+ed|held|begun|"
                               r"brought|made|taken|given|won|fought|signed|set\s+up)\b")
_RELATIVE_REACH = 60


# The comma closing a "Town, Region," apposition ("near Marlow, Ohio, in January", "in Sandoval, Calif., in
# February"): a capitalised name, a comma, one to three capitalised words (an abbreviation's point kept) right before
# it. It ends no clause: the date after it dates the verb before the place.
_PLACE_APPOSITION_END = re.compile(r"(?-i:\b[A-Z][\w’'.-]*),\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2}$")


# Words that may stand between such a comma and the date it passes on ("Marlow, Ohio, in early January"): anything
# else after the comma is an apposition about the place ("Boise, Idaho, a city she last toured in 2019", "Tucson,
# Arizona, a city founded in 1775", "..., where ...", "..., home to ...") whose date is its own, not the verb's.
DATE_LEAD_WORDS = ("in", "on", "at", "during", "by", "since", "from", "until", "early", "late", "mid", "last",
                   "this", "next", "the", "of")
_DATE_LEAD = re.compile(r"\s*(?:(?:" + "|".join(DATE_LEAD_WORDS) + r")\s+){0,3}$", re.I)


# The comma closing a person's apposition after a lower-case noun ("arrested the former mayor, Tomas Brek, on March
# 3"): two or three capitalised words after the noun's comma. It ends no clause either, under the same conditions.
_PERSON_APPOSITION_END = re.compile(r"(?-i:\b[a-z][\w’'-]*),\s+(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){1,2}$")


def _place_apposition_end(body: str, match: re.Match, date_start: int) -> bool:
    return match.group(0) == "," and (_PLACE_APPOSITION_END.search(
        body, max(0, match.start() - 60), match.start()) is not None or _PERSON_APPOSITION_END.search(
        body, max(0, match.start() - 60), match.start()) is not None) and not re.match(
        r"\s+(?:and|or|but)\b", body[match.end():match.end() + 5]) and _DATE_LEAD.fullmatch(
        body, match.end(), date_start) is not None


# The frame of a cleft before its date: "It was (only / not until / just) on Monday that ..." (a review of eventsR5).
_CLEFT_BEFORE = re.compile(r"[\s\"“]*(?:(?-i:And|But)\s+(?-i:it)|(?-i:It))\s+(?:was|is|wasn['’]t|isn['’]t)\s+"
                           r"(?:(?:only|just|not|precisely|exactly|until|not\s+until)\s+)*", re.I)


def _clause(body: str, position: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    low = max(sentence[0], position[0] - _REACH)
    breaks = [m for m in _CLAUSE_BREAK.finditer(body, low, position[0]) if not _place_apposition_end(body, m, position[0])]
    # An aside in brackets right before the date does not end its clause ("An eruption began shortly after 03:00
    # local time (03:00 GMT) on Saturday"): the clause reads on before it (not for "the best anime (donghua) of
    # 2025", where the date is a noun's modifier).
    if (breaks and breaks[-1].group(0) == ")" and not body[breaks[-1].end():position[0]].strip()
            and not body.startswith("of ", position[0])):
        opening = body.rfind("(", sentence[0], breaks[-1].start())
        if opening >= 0:
            breaks = [m for m in _CLAUSE_BREAK.finditer(body, max(sentence[0], opening - _REACH), opening)]
            low = max(sentence[0], opening - _REACH)
    left = breaks[-1].end() if breaks else low
    high = min(sentence[1], position[1] + _REACH)
    following = _CLAUSE_BREAK.search(body, position[1], high)
    if (following and following.group(0).startswith("that")
            and _CLEFT_BEFORE.fullmatch(body, sentence[0], position[0])):
        # "It was only on Monday that rebels seized the airport": a cleft's 'that' opens the clause its day dates
        following = _CLAUSE_BREAK.search(body, following.end(), high)
    right = following.start() if following else high
    # An opening adverbial ("On Tuesday, the court quashed ...", also after a linking word: "And in 2008, Clinton
    # slammed ...") dates the clause that follows it.
    if following and _OPENING_LINKED.match(body, sentence[0], position[0]).end() == position[0] and \
            body[following.start()] == ",":
        # ... read past the commas of a place or an apposition in its subject, up to the first comma after a
        # verb ("Last month, the only pharmacy in Harlow County, Kentucky, closed its doors"; "On 4 May, the Varn
        # council, the region's largest, approved ..."); any other break ends it ("the board, which has ...")
        right = high
        for after in _CLAUSE_BREAK.finditer(body, following.end(), high):
            if after.group(0) == "," and not _has_verb(body, following.end(), after.start()):
                continue
            right = after.start()
            break
    return left, right


_FINITE = frozenset("is are was were has have had will would shall can could may might must says say said do does "
                    "did".split())


def _has_verb(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] holds a finite verb: an auxiliary or copula, or a word read as an event verb."""
    return any(match.group(0).lower() in _FINITE or _is_event_verb(body, match.start(), match.group(0))
               or match.group(0).lower() in NOT_EVENT_VERBS for match in _WORD.finditer(body, start, end))


# A plural counted by a number, and the relative clause's subject before its verb: "the 25 parties he hosted".
_COUNTED_RELATIVE = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:(?:that|which)\s+)?"
                               r"(?:he|she|they|we|it|[A-Z][\w’'-]+)\s+$")
# An event noun a candidacy aims at is a goal: "candidates for the party's 2016 presidential nomination".
_GOAL_BEFORE = re.compile(r"\b(?:candidates?|candidacy|bids?|race|run(?:ning)?|vying|contenders?)\s+for\s+"
                          r"(?:[\w’'-]+\s+){0,4}$", re.I)


# A definite gathering as a verb's subject: "Those negotiations moved", "The talks resumed".
_GATHERING_SUBJECT = re.compile(r"\b(?:the|those|these|this|that)\s+(?:[\w-]+\s+)?(?:negotiations|talks|meetings?|"
                                r"summit|consultations|discussions)\s+$", re.I)


_PERFECT_AUX = re.compile(r"\b(?:had|has|have)\s+(?:(?:last|already|just|twice|also|recently|previously)\s+)?$", re.I)


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST


# A date between a subject and its verb ("The ministry on Monday named ..."): a weekday, yesterday, last week/month,
# or a day with its month.
_DATE_BEFORE_VERB = re.compile(r"(?-i:[A-Za-z][\w’'-]*)\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|"
                               r"Fri|Satur|Sun)day|yesterday|week|month|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                               r"Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                               r"Nov|Dec)[a-z]*)(?:\s+(?:morning|afternoon|evening|night))?\s+$", re.I)
_NAMED_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|(?-i:[A-Z]))", re.I)


_NEXT_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
# A verb's object that tells a stir, not an act (`eventwords.ATTENTION_OBJECTS`): "captured the country's attention".
_ATTENTION_OBJECT = re.compile(r"\s+(?:(?:the|its|their|his|her|our|much|wide|national|global|public)\s+)?"
                               r"(?:[\w-]+['’]s?\s+)?(?:" + "|".join(sorted(ATTENTION_OBJECTS)) + r")\b", re.I)
_ACT_PARTICLES = {verb: re.compile(after, re.I) for verb, after in ACT_PARTICLES.items()}


# A plural noun after a preposition, then the participle with its agent ("for travellers stranded by the flood", "to
# families displaced by the fire"): the participle describes the noun (round eventsR16).
_PLURAL_AFTER_PREPOSITION = re.compile(r"\b(?P<preposition>for|of|to|with|among|from)\s+(?:(?:the|some|many|all|those|\d[\d,]*)\s+)?"
                                       r"[a-z]+s\s+$", re.I)
# ... but not when the noun before "of"/"from"/"among"/"with" opens the clause, a few words at most: the "of <plural>"
# is the subject's own, and "by" after its verb means beside ("Hundreds of farmers protested by the parliament",
# "Dozens of residents gathered by the river"; review of eventsR16)
_SUBJECT_HEAD = re.compile(r"(?:^|[.!?;:,\n]\s*)(?:(?![\w’'-]+ed\s)[\w’'-]+\s+){0,2}(?![\w’'-]+ed\s)[\w’'-]+\s+$")
# (no verb's past among those words: "Tarvel housed dozens of families displaced by the quake")
_BY_AFTER = re.compile(r"\s+by\s+(?!(?:the\s+)?(?:end|start|beginning|middle|close|time|turn|then|now|noon|midnight|dawn|"
                       r"mid|early|late|next|last|this)\b)(?!(?-i:" + _MONTHS + "|" + _WEEKDAYS + r")\b)(?!\d)", re.I)  # (an agent, not a deadline: "a third of the corals bleached by October")


def _is_event_verb(body: str, start: int, word: str) -> bool:
    lower = word.lower()
    if lower in DATED_SUBJECT_VERBS and _DATE_BEFORE_VERB.search(body, max(0, start - 40), start) and \
            _NAMED_OBJECT_AFTER.match(body, start + len(word)):
        return True  # "The energy ministry on Monday named Atlântico Verde ... as winners"
    if (lower in NOT_EVENT_VERBS and not (lower in _ACT_PARTICLES and _ACT_PARTICLES[lower].match(body, start + len(word)))) \
            or word[0].isupper():
        return False  # (a statistic's verb with the particle of an act is one: "dropped out on Feb. 20")
    low = max(0, start - 30)
    # (speed: every `_FUTURE_AUX` match holds one of its last words, so a stretch holding none is not scanned)
    before = body[low:start].casefold()
    future = _FUTURE_AUX.search(body, low, start) if "to" in before or "wil" in before or "shal" in before or \
        "would" in before else None
    if future:
        if future.group(0).rstrip().lower().endswith("be") and not _participle(lower):
            return False  # "would be higher": after "be" only a participle is a verb ("will be played")
        # "will open", "is to be played", "will name"; not a state verb ("will stay shut")
        return lower not in NOT_VERBS_AFTER_AUXILIARY and not lower.endswith("ly") and lower not in STATE_VERBS
    if lower in PERFECT_ONLY_PAST:
        return bool(_PERFECT_AUX.search(body, low, start))
    if not (lower in IRREGULAR_PAST or lower in SHORT_REGULAR_PAST or (lower.endswith("ed") and len(lower) > 4)):
        return False
    if _STANCE_PARTICLE.match(body, start):
        return False  # "ruled out a delay": a stance, not a happening
    if _ATTENTION_OBJECT.match(body, start + len(word)):
        return False  # "captured the country's attention", "grabbed headlines": a stir, not an act
    if lower in SAMPLE_PARTICIPLES:
        after = _NEXT_WORD_AFTER.match(body, start + len(word))
        if after and after.group(1).lower() in SAMPLE_VERBS_AFTER:
            return False  # "farmers polled said": the poll's sample, its own verb after it
    if lower in AGE_VERBS and _AGE_AFTER.match(body, start + len(word)):
        return False  # "who turned 60 on 2 April": an age reached
    plural = _PLURAL_AFTER_PREPOSITION.search(body, low, start)
    if plural and _BY_AFTER.match(body, start + len(word)) and not (
            plural.group("preposition").lower() in ("of", "from", "among", "with")
            and _SUBJECT_HEAD.search(body, max(0, plural.start() - 40), plural.start())):
        return False  # "for travellers stranded by the flood": a reduced passive relative of the noun, no act told
    # "the revised plan", "would give affected residents": an adjective
    return not (_ADJECTIVAL.search(body, low, start) or _AFTER_BARE_VERB.search(body, low, start))


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` lies in one of `spans` (sorted by start; the one before it may be long, the others
    are short)."""
    index = bisect_left(spans, (position + 1,)) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return True
    index -= 1
    while index >= 0 and position - spans[index][0] < 400:
        if spans[index][0] <= position < spans[index][1]:
            return True
        index -= 1
    return False


def _overlapped(clause: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether one of `spans` (sorted by start, short) overlaps the clause."""
    index = bisect_left(spans, (clause[1],)) - 1
    while index >= 0 and clause[0] - spans[index][0] < 400:
        if spans[index][1] > clause[0]:
            return True
        index -= 1
    return False


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _modifier(body: str, end: int) -> bool:
    """An event noun qualifying the head noun after it ("the incident rate", `eventwords.MODIFIED_HEADS`)."""
    match = _NEXT_WORD.match(body, end)
    return match is not None and match.group(1) in MODIFIED_HEADS


def _modified_noun(body: str, date: DateMention, speech_acts_only: bool = False) -> tuple[int, int] | None:
    """The event noun a modifier date stands before ("the 2019 fish kills", "Sunday's crossings"), or the speech
    act's heading its phrase ("his 1996 book", `eventwords.SPEECH_ACT_NOUNS`); only the latter when
    `speech_acts_only` ("a 2013 interview")."""
    match = _MODIFIED_NOUN.match(body, date.end)
    if match is None:
        return None
    for word in re.finditer(r"[\w-]+", body[date.end:match.end()]):
        lower = word.group(0).lower()
        if lower in SPEECH_ACT_NOUNS and _HEADS_PHRASE.match(body, date.end + word.end()):
            return date.end + word.start(), date.end + word.end()
        if lower in EVENT_NOUNS and not speech_acts_only:
            if word.group(0).lower() in RESEARCH_NOUNS:
                return None  # "the March 2022 report": a document named by its date, no happening
            return date.end + word.start(), date.end + word.end()
    return None


# What may follow a speech act's noun that heads its phrase: punctuation, a function word or a capitalised title
# ("a 2013 interview that", "his 1996 book The Truth"), not another noun ("the 2019 book fair").
_HEADS_PHRASE = re.compile(r"\s*(?:[,.;:)\"”]|$)|\s+(?:(?-i:[A-Z])|(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\b)")
# "in a 2013 interview", "Silva's 2005 remarks": an article or a name's possessive before a date that modifies a
# speech act.
_SPEECH_ACT_MODIFIER_BEFORE = re.compile(r"(?:\b(?:a|an)|(?-i:[A-Z])[\w.-]*['’]s)\s+$", re.I)

_COUNTED_REACH = re.compile(r"(?:\s+[\w’'-]+){1,6}")  # the noun's own words up to its verb


def _counted(body: str, end: int, clause_end: int) -> bool:
    """Whether the event noun ending at `end` is counted by a statistic's verb a few words on ("deaths due to
    extreme heat rose 55%", "arrests fell"): a figure, not a happening."""
    reach = _COUNTED_REACH.match(body, end, clause_end)
    if not reach:
        return False
    words = [word.lower() for word in reach.group(0).split()]
    for index, word in enumerate(words):
        if word in STATISTIC_VERBS:
            # the noun is the verb's subject: the verb follows it, or the words between are its own modifier
            return index == 0 or words[0] in NOUN_MODIFIER_OPENERS
        if word in CLAUSE_OPENERS or word in NOT_EVENT_VERBS or word in IRREGULAR_PAST or \
                word.endswith("ed") and len(word) > 4:
            return False  # another clause or verb comes first: the figure's subject is another noun
    return False


# A piece of research right before "published" ("The audit, published in January", "the survey published last
# month", "the report was published"): the noun of the piece (`eventwords.RESEARCH_NOUNS`).
# (its author may stand between, in the phrase after "by" and before the comma: "A study by researchers at the
# Varna Institute, published on Tuesday")
_PIECE_BEFORE = re.compile(r"\b(" + "|".join(sorted(RESEARCH_NOUNS, key=len, reverse=True)) + r")"
                           r"(?:\s+by\s+[^,;:.()\"“”\n]{1,80}?(?=,))?\s*,?\s+"
                           r"(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:first\s+)?$", re.I)
_PIECE_REACH = 130


# "the chaotic Liberal race", "the presidential race": a political race is a campaign over months, no happening of
# the day its sentence dates (`eventwords.CAMPAIGN_NOUNS`, `CAMPAIGN_QUALIFIERS`); "a charity race" is run.
_CAMPAIGN_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(CAMPAIGN_QUALIFIERS)) + r")|(?-i:\b[A-Z][a-z]+))\s+$", re.I)


def _reporting_word(body: str, clause: tuple[int, int], date: DateMention,
                    refused: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The word of the clause that reports what happened on the date: the nearest event verb, else the event
    noun the date modifies or that sits nearest it."""
    best, best_distance = None, None
    for match in _WORD.finditer(body, *clause):
        if date.start <= match.start() < date.end:
            continue
        if match.start() > 0 and (body[match.start() - 1].isalnum() or match.end() < len(body)
                                  and body[match.end()].isalnum()):
            continue  # a word cut by the clause's reach ("rec|eived"): not a word of its own
        word = match.group(0)
        lower = word.lower()
        if _inside(match.start(), refused):
            continue
        span = match.span()
        piece = (_PIECE_BEFORE.search(body, max(0, match.start() - _PIECE_REACH), match.start())
                 if lower == "published" else None)
        if piece is not None:
            # "The audit, published in January, found": a piece of research's publication is an event, told by the
            # piece's noun (the reporter's "published on lemonde.fr" is none)
            verb, noun, span = True, False, piece.span(1)
        else:
            verb = _is_event_verb(body, match.start(), word)
            noun = lower in EVENT_NOUNS and not _counted(body, match.end(), clause[1]) and not (
                lower in CAMPAIGN_NOUNS and _CAMPAIGN_BEFORE.search(body, max(0, match.start() - 40), match.start())
            ) and not _modifier(
                body, match.end()) and not (
                lower in NOUNS_IN_CONTEXT and not NOUNS_IN_CONTEXT[lower].search(body, *clause)) and not (
                lower in CONTEST_NOUNS and _wished_result(body, clause, match.start())) and not (
                lower in ADJECTIVE_USES and ADJECTIVE_USES[lower].match(body, match.end()))
        if not (verb or noun):
            continue
        distance = match.start() - date.end if match.start() >= date.end else date.start - match.end()
        if noun and not verb:
            distance += 15  # a verb is the clause's head; a noun only when no verb is near
            if lower in CONTEST_NOUNS:
                distance += 10_000  # a result's noun only when the clause has no event verb at all
                # ("gave Hearts a 2-1 win over Aberdeen" is the giving's)
        if best_distance is None or distance < best_distance:
            best, best_distance = span, distance
    return best


# A contest's result wished for, right before the noun and its article ("need a win", "hopes for a first victory").
_WISHED_RESULT = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in CONTEST_WISH_WORDS)
                            + r")\s+(?:(?:a|an|the|another|their|his|her|its|one|first|maiden|big|home|away)\s+){0,3}$",
                            re.I)
_CONDITIONAL = re.compile(r"\b(?:" + "|".join(CONTEST_CONDITIONALS) + r")\b", re.I)


def _wished_result(body: str, clause: tuple[int, int], start: int) -> bool:
    """Whether a result's noun is wished for or conditional, no result had (`eventwords.CONTEST_WISH_WORDS`)."""
    return bool(_WISHED_RESULT.search(body, max(clause[0], start - 60), start)
                or _CONDITIONAL.search(body, clause[0], clause[1]))


_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'.&-]*")
# A definite subject opening the sentence right before the reporting verb: "The municipality cancelled", "the previous protocol expired".
_DEFINITE_SUBJECT = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+"
                               r"(?:(?:had|has|was|were|first|later|then|also)\s+)?$")
# ... or right after the opening year of its clause ("and in 2024 the cousins lost half their crop").
_DEFINITE_SUBJECT_AFTER_DATE = re.compile(r"[\s,]*(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+"
                                          r"(?:(?:had|has|was|were|first|later|then|also)\s+)?$")
_IN_YEAR = re.compile(r"(?:[Ii]n\s+)(?:1[89]|20)\d\d|.{0,3}?\b[Ii]n\s+(?:1[89]|20)\d\d", re.S)  # not "by 2030"
_YEAR_OPENING = re.compile(r"(?:[,;]\s*|\b(?:and|but|then)\s+)$", re.I)
# A definite piece of research opening the sentence, its noun the word told: "The audit, published ...", "The
# council's new survey, published ...".
_DEFINITE_PIECE = re.compile(r"[\s\"“]*(?:The|Its|Their|This)\s+(?:[a-z]+['’]s\s+)?(?:[a-z-]+\s+){0,2}")
_NAME_REACH = 250
_AGE_AFTER = re.compile(r"\s+\d{1,3}(?:\s+(?:years?\s+old|on|in|at|last|this|earlier)\b|\s*[,.;])")
_STANCE_PARTICLE = re.compile(r"(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in STANCE_PARTICLE_VERBS)
                              + r")\b", re.I)
_DOCUMENT_DATE_BEFORE = re.compile(r"\b(?:" + "|".join(DOCUMENT_DATE_LEADS) + r")\s+$", re.I)
# A definite subject headed by an event noun, right before the reporting word (`eventwords.EVENT_NOUNS`): the
# subject names the happening itself, so the sentence need name no one ("The protests began in May", "The opening
# ceremony for the new bridge, planned for Friday, was cancelled"). A definite body without a name stays vague
# ("The committee decided on Monday to wait", test_opendates), and so does any other definite subject ("The
# children played", "The details emerged").
# A definite subject's threat heading the sentence: "The drivers' union had threatened to ", "Its staff threatened to ".
_DEFINITE_THREAT_SUBJECT = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?"
                                      r"threaten(?:ed|s)\s+to\s+")
# A definite subject's threat in the sentence before, carried out in this one by the same verb ("The union had
# threatened to march to the capital. On Monday they marched."): the act is explicit enough.
_THREAT_BEFORE_SENTENCE = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?"
                                    r"threaten(?:ed|s)\s+to\s+([a-z]+)\b")
_CARRIED_OUT_SUBJECT = re.compile(r"[\s\"“]*(?:(?:On|Last|This|Early|Late)\s+[\w\s]{1,30}?,?\s+)?"
                                  r"(?:[Tt]hey|[Ii]t|[Tt]he\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:then\s+|duly\s+|finally\s+)?$")


def _threat_carried_out(body: str, before: tuple[int, int], sentence: tuple[int, int], word: tuple[int, int]) -> bool:
    threat = _THREAT_BEFORE_SENTENCE.match(body, before[0], before[1])
    if threat is None or "\n" in body[before[1]:sentence[0]].strip(" \t"):
        return False
    verb, done = threat.group(1).lower(), body[word[0]:word[1]].lower()
    if done not in (verb + "ed", verb + "d", verb[:-1] + "ied" if verb.endswith("y") else verb + "ed"):
        return False
    return bool(_CARRIED_OUT_SUBJECT.fullmatch(body, sentence[0], word[0]))


_DEFINITE_HEAD_BEFORE = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,2}")
_IDENTIFIED_SUBJECT = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+"
                                 r"(?:(?:had|has|was|were|first|later|then|also)\s+)?$")


def _identified_subject(body: str, sentence_start: int, word: tuple[int, int]) -> bool:
    # (a piece of research, RESEARCH_NOUNS, is no happening of its own: "The audit, published in January" stays
    # vague without its year, `_DEFINITE_PIECE`)
    match = _IDENTIFIED_SUBJECT.fullmatch(body, sentence_start, word[0])
    if match is not None and match.group(1) in EVENT_NOUNS and match.group(1) not in RESEARCH_NOUNS:
        return True
    # the word is the subject's own event noun: "The opening ceremony ..., planned for Friday, was cancelled"
    noun = body[word[0]:word[1]].lower()
    return (noun in EVENT_NOUNS and noun not in RESEARCH_NOUNS
            and _DEFINITE_HEAD_BEFORE.fullmatch(body, sentence_start, word[0]) is not None)


# A definite facility heading the sentence's subject, a few modifiers before it and a short place phrase after it,
# an auxiliary or adverb before the verb: "The tavern on the main road closed", "The village clinic was shut".
# (an owner may stand before it, "The village's school was rebuilt"; a facility's possessive makes its people or
# parts the head: "The school's pupils played" is the pupils')
_FACILITY_SUBJECT = re.compile(r"[\s\"“]*(?:The|Its|Their)\s+(?:[a-z-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)"
                               r"(?:\s+(?:on|in|at|near|next\s+to|by)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+"
                               r"(?:(?:had|has|was|were|been|finally|first|later|then|also)\s+){0,3}$")


# What follows a facility's verb: the next word, or none (punctuation, the sentence's end).
_FACILITY_NEXT = re.compile(r"\s*(?:[,.;:!?)\"”]|$)|\s+([A-Za-z-]+)")
_FACILITY_FIGURE = re.compile(r"\s+(?:(?:up|down|by|about|around|nearly|almost|some)\s+)?[$€£¥]?\d")
_FACILITY_PASSIVE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+\s+){0,2}$")
_FACILITY_ENTRANCE = re.compile(r"\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?(?:doors?|gates?)\b", re.I)


_PUT_UP = re.compile(r"\s+up\b(?!\s+(?:by|to|from)\b)")  # "went up in 2024"; not a figure's "went up by 5 percent"


def _facility_life(body: str, sentence_start: int, word: tuple[int, int]) -> bool:
    """Whether the word is a verb of a definite facility's life told of it (`eventwords.FACILITY_NOUNS`,
    `FACILITY_VERBS`): "The tavern on the main road closed in January". The article has placed the facility, so
    its opening or closing is identified as an event noun subject is; a state ("stays closed until March", "is
    closed on Mondays") has no such verb form, and a habit is refused before (`_habitual_date`)."""
    built = body[word[0]:word[1]].lower() == "went" and _PUT_UP.match(body, word[1]) is not None
    if body[word[0]:word[1]].lower() not in FACILITY_VERBS and not built:
        return False
    match = _FACILITY_SUBJECT.fullmatch(body, sentence_start, word[0])
    if match is None or match.group(1) not in FACILITY_NOUNS:
        return False
    if built:
        return True  # "The building went up in 2024": put up, built
    after = _FACILITY_NEXT.match(body, word[1])
    following = after.group(1).lower() if after is not None and after.group(1) else ""
    if following in FACILITY_MARKET_WORDS or _FACILITY_FIGURE.match(body, word[1]):
        return False  # a price's close: "closed higher", "closed 1.2 percent lower"
    if _FACILITY_PASSIVE.search(match.group(0)) or _FACILITY_ENTRANCE.match(body, word[1]):
        return True  # "The road was closed on Tuesday", "opened its doors to refugees"
    # active: no object ("closed ranks", "closed the year", "burned through its cash" are none)
    return after is None or not after.group(1) or following in FACILITY_AFTER_WORDS


# A facility's life told in a relative clause of it ("worked in a factory that closed in 1978"): the antecedent is
# the facility; with a written year the happening is explicit enough though the facility is indefinite.
_FACILITY_RELATIVE = re.compile(r"\b([a-z-]+)\s+(?:that|which)\s+(?:had\s+)?$")
_FACILITY_HOURS = re.compile(r"\s+(?:" + "|".join(FACILITY_HOURS_AFTER) + ")", re.I)


def _relative_facility_life(body: str, sentence_start: int, word: tuple[int, int]) -> bool:
    if body[word[0]:word[1]].lower() not in FACILITY_VERBS:
        return False
    match = _FACILITY_RELATIVE.search(body, max(sentence_start, word[0] - 40), word[0])
    if match is None or match.group(1) not in FACILITY_NOUNS:
        return False
    after = _FACILITY_NEXT.match(body, word[1])
    following = after.group(1).lower() if after is not None and after.group(1) else ""
    if following in FACILITY_MARKET_WORDS or _FACILITY_FIGURE.match(body, word[1]):
        return False
    if _FACILITY_HOURS.match(body, word[1]):
        return False  # "a shop that closed at 6pm in 1978": its hours, no closing
    return after is None or not after.group(1) or following in FACILITY_AFTER_WORDS


# A definite or counted group of agents heading the sentence right before its past verb: "Two lawmakers filed a
# complaint in March", "The union picketed the depot on Tuesday", "Dozens of farmers blocked the road" (a
# modifier or two before the head; an adverb of sequence before the verb). The head is a doer (`DOER_NOUNS`); a
# figure, a piece of research or a thing ("Prices rose", "The report found", "The details emerged") is none.
_AGENT_GROUP_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:The|Its|Their)|(?:(?i:" + "|".join(sorted(GROUP_COUNT_WORDS)) + r")|\d[\d,]*)(?:\s+of(?:\s+the)?)?)"
    r"\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:(?:first|later|then|also|finally)\s+)?$")
_SHARE_WORDS = re.compile(r"\b(?:percent|per\s+cent|half|third|thirds|quarter|share|majority|most|many)\b", re.I)


def agent_group_subject(body: str, sentence_start: int, word_start: int) -> bool:
    """Whether the sentence opens with a definite or counted group of agents as the subject of the word at
    `word_start` ("The board met", "Two lawmakers met"): someone, though no capitalised name is written."""
    match = _AGENT_GROUP_SUBJECT.fullmatch(body, sentence_start, word_start)
    if match is None or _SHARE_WORDS.search(match.group(0)):
        return False
    counted = not re.match(r"[\s\"“]*(?:The|Its|Their)\b", match.group(0))
    head = match.group(1)
    if head in CHAMBER_QUALIFIED_HEADS:
        qualifier = re.search(r"([a-z]+)\s+" + head + r"\s", match.group(0))
        return not counted and qualifier is not None and qualifier.group(1) in CHAMBER_QUALIFIERS
    return head in DOER_NOUNS or (not counted and head in LEGISLATIVE_CHAMBERS) or (
        counted and head in GROUP_PERSON_NOUNS)


def _agent_group_act(body: str, sentence_start: int, word: tuple[int, int]) -> bool:
    """Whether the word is the past act of a definite or counted group of agents heading the sentence, or a
    definite thing's arrival (`eventwords.ARRIVAL_VERBS`)."""
    text = body[word[0]:word[1]]
    low = text.lower()
    if not agent_group_subject(body, sentence_start, word[0]) and not (
            low in ARRIVAL_VERBS and _DEFINITE_SUBJECT.fullmatch(body, sentence_start, word[0])):
        return False  # (a definite thing acts only by arriving: "The machines arrived last year")
    if low in TELLING_VERBS or not (low in IRREGULAR_PAST or low in SHORT_REGULAR_PAST or low.endswith("ed")):
        return False  # attribution ("The ministry said on Monday") or no past form
    return _is_event_verb(body, word[0], text) is not False


_CALENDAR = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", re.I)


# A person's pronoun opening the sentence as its verb's subject ("She laid off the rest in July", "I sold it in
# 2010"): someone the article named before; not "it" (the weather, a thing), not a subject further on, and not
# "they"/"we", as often a body whose party the pronoun does not tell (tried: the check halves' actors dropped).
# After the sentence's opening words the pronoun is written in lower case: a linking phrase with its comma ("Even
# so,", "However,") and the date's phrase ("in February", "last month"): "Even so, in February he raised $5.7
# million".
_PRONOUN_SUBJECT = re.compile(r"[\s\"“]*(?:(?-i:He|She|I)|(?:(?-i:[A-Z][a-z]+)(?:\s+[a-z]+)?,\s+)?"
                              r"(?:(?:(?-i:[A-Z]?[a-z]+)\s+){1,2}?(?:\d{1,2}|(?-i:[A-Z][a-z]+\.?)|month|week|year|"
                              r"spring|summer|autumn|fall|winter),?\s+)(?-i:he|she|I))\s+"
                              r"(?:(?:had|has|have|was|were|also|then|later|finally|eventually|only)\s+){0,2}")


def _names_someone(body: str, sentence: tuple[int, int], date: DateMention, recurring: set[str]) -> bool:
    """Whether the sentence names a party, a place or a thing: a capitalised word that is not a calendar word,
    and not its first word unless that word is written capitalised elsewhere mid-sentence too (a name, not a
    capital letter of position). "Candidates traded attacks on Monday" identifies nothing."""
    first = _OPENING.match(body, sentence[0], min(sentence[1], sentence[0] + 20)).end()
    # (read within reach of the date: a sentence may run a whole page, and each date reads its own part)
    for match in _NAME.finditer(body, max(sentence[0], date.start - _NAME_REACH), min(sentence[1], date.end + _NAME_REACH)):
        word = match.group(0)
        if date.start <= match.start() < date.end or _CALENDAR.match(word):
            continue
        if match.start() == first and word not in recurring:
            continue
        return True
    return False


# The last body's answer: the events step and `open_triggers` both ask for the same body. One entry, replaced whole.
_LAST_NAMES: tuple[str, list[tuple[int, int]], frozenset[str]] = ("", [], frozenset())


def mid_sentence_names(body: str, sentences: list[tuple[int, int]]) -> set[str]:
    """The capitalised words the body writes somewhere other than at a sentence's start: names."""
    global _LAST_NAMES
    last_body, last_sentences, names = _LAST_NAMES
    if last_body is not body and last_body != body or last_sentences != sentences or not body:
        starts = {_OPENING.match(body, start, end).end() for start, end in sentences}
        names = frozenset(match.group(0) for match in _NAME.finditer(body) if match.start() not in starts)
        _LAST_NAMES = (body, list(sentences), names)
    return set(names)


# Figures "for" or "of" something, then "in" and a month or year: the period they cover (`eventwords.FIGURE_NOUNS`).
_FIGURES_PERIOD = re.compile(r"\b(?:" + "|".join(sorted(FIGURE_NOUNS)) + r")\s+(?:for|of|on)\s+(?:[\w’'-]+\s+){0,3}"
                             r"in\s+$|\b(?:" + "|".join(sorted(FIGURE_NOUNS)) + r")\s+(?:for|of|on)\s+(?:[\w’'-]+\s+){0,3}$",
                             re.I)


# A poll named by its pollster, its date right after it or after the verb of its taking ("a national Varn Research
# Poll taken last week", "Kestrel's survey in early March", "a Norvik Institute poll conducted on Tuesday"): the
# poll is a happening of that date, as a reader counts it (a document named by its date, "the March 2022 report",
# is none; nor is a poll no one is named for, "polls this week").
_POLLSTER = (r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|New|Latest|Last|Recent|Another|One|Two|"
             r"Some|Many|Most|Several|Both|All|Other|" + "|".join(sorted(POLL_KIND_WORDS)) + r")\b)"
             r"(?-i:[A-Z])[\w.&/-]*")
_NAMED_POLL_BEFORE = re.compile(r"(?:" + _POLLSTER + r"(?:\s+(?-i:[A-Z])[\w.&/-]*)*\s+|" + _POLLSTER
                                + r"['’]s\s+(?:(?:new|latest|last|national|own|monthly|weekly)\s+)?)"
                                r"(poll|polls|survey|surveys)"
                                r"\s+(?:(?:taken|conducted|carried\s+out|released|published)\s+)?(?:(?:on|in)\s+)?$",
                                re.I)
_NAMED_POLL_REACH = 70


def open_triggers(body: str, dates: list[DateMention], taken: list[tuple[str, int, int]],
                  sentences: list[tuple[int, int]], quoted: list[tuple[int, int]],
                  refused: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """(type, start, end) for each dated clause with a reporting word and no trigger of the vocabulary.
    `refused`: spans the vocabulary matched and then refused ("attacked over his speeches"), not taken up again."""
    sentence_starts = [start for start, _ in sentences]
    taken_spans = sorted((start, end) for _, start, end in taken)
    refused = sorted(refused)
    found: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    recurring: set[str] | None = None
    for date in dates:
        if date.value is None:
            continue
        if date.value.precision in ("month", "year") and _FIGURES_PERIOD.search(
                body, max(0, date.start - 60), date.start) and (
                date.phrase.lower().startswith("in ") or body[max(0, date.start - 3):date.start].lower() == "in "):
            continue  # "revised its estimates for job creation in July": the period the figures cover
        if _inside(date.start, quoted) and not _WRITTEN_YEAR.search(date.phrase):
            continue  # speech is no narration, but a date with its year ("the 2019 fish kills", "we signed it in
            # March 2022") names the event whoever tells it
        index = bisect_left(sentence_starts, date.start + 1) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        if date.value.precision == "year" and _in_span(body, date):
            continue  # "took $90,000 between 2019 and 2023": a period of years, no one happening's date ("approved
            # the budget between 2 and 4 May" keeps its days)
        clause = _clause(body, (date.start, date.end), sentence)
        main = _as_clause_main(body, date, sentence, clause, taken_spans, refused)
        if main is None and _overlapped(clause, taken_spans):
            continue  # the vocabulary's trigger in this clause takes the date
        if _REDUCED_RELATIVE.match(body, clause[0], clause[1]) and _overlapped(
                (max(sentence[0], clause[0] - _RELATIVE_REACH), clause[0]), taken_spans):
            continue  # "the talks, the Strategic Dialogue, held this year in Beijing": the date tells of the talks
        if _SPEECH_BEFORE.search(body, max(0, date.start - 40), date.start):
            continue
        if _SPEECH_AFTER.match(body, date.end):
            continue  # "The ministry on Monday said Varn had won the tender": the date is the speech's
        if _DOCUMENT_DATE_BEFORE.search(body, max(0, date.start - 14), date.start):
            continue  # "a report dated 2 March": a document's own date, no happening
        when_word = _when_clause_verb(body, date, sentence, taken_spans, refused)
        set_and_undone = False
        if when_word is None and _habitual_date(body, clause, date, sentence):
            continue  # "The protests typically peak in September", "peak in September, when students return"
        if (_BY_DATE.search(body, max(0, date.start - 4), date.start) or _BY_PHRASE.match(date.phrase)) and (
                _PERFECT_BEFORE.search(body, min(clause[0], date.start), max(clause[1], date.end))):
            continue  # "By March 2025, police had made 40 arrests": a tally up to a date, no one happening
        bound = _STATE_BOUND.search(body, max(0, date.start - 8), date.start + 6)
        onset = _state_onset(body, date, sentence) if bound and main is None else None
        if when_word is None and bound and onset is None:
            continue  # "has farmed near Yenda since 1951", "ran a business until 2023": a state, not a happening
        if main is not None:
            word, clause = main  # "Typhoon Ampil killed 19 people as it swept across Luzon on Monday": the main clause's
        elif onset is not None:
            word = onset  # "have blocked access roads since October 27": the blockade, begun then
        elif bound:
            word = when_word  # "since last year, when the water board approved limits": the when-clause's happening
        elif (_MODIFIER_BEFORE.search(body, max(0, date.start - 10), date.start)
              and not _PREPOSITION_LED.match(date.phrase)) or date.phrase.endswith(("'s", "’s")):
            word = _modified_noun(body, date)
        elif _SPEECH_ACT_MODIFIER_BEFORE.search(body, max(0, date.start - 30), date.start) and (
                act := _modified_noun(body, date, speech_acts_only=True)) is not None:
            word = act  # "deleted a 2011 tweet": the tweet, the act the date names
        elif (planned := _PLANNED_FOR.match(date.phrase)) and (
                noun := _PLANNED_NOUN.search(body, max(0, date.start - 30), date.start)) and (
                _is_plan_noun(body, noun.span(1))):
            word = noun.span(1)  # "a maintenance shutdown planned for May had been cancelled": the shutdown
        elif (set_for := _SET_FOR_NOUN.search(body, max(sentence[0], date.start - _SET_FOR_REACH), date.start)) and (
                noun := _last_event_noun(body, set_for.start())) is not None:
            word = noun  # "a Commerce Committee markup of a companion bill set for Thursday was postponed": the
            # nearest event noun before the plan's date
            # (told undone after "but", "The signing had originally been scheduled for 19 November but was
            # postponed", the day it was set for and its undoing tell one occasion, whoever holds it)
            set_and_undone = _PLAN_UNDONE_BUT.match(body, date.end, sentence[1]) is not None
        elif ((_PLANNED_FOR.match(date.phrase) and _APPOSITION_OPENING.search(body, max(0, date.start - 3),
                                                                               date.start))
              or _PLANNED_APPOSITION.search(body, max(0, date.start - 40), date.start)) and (
                (undone := plan_undone_after(body, date.end, sentence[1])) or _PLAN_MOVED_AFTER.match(
                    body, date.end, sentence[1]) or _PLAN_HELD_AFTER.match(
                    body, date.end, sentence[1])) and (
                noun := _subject_event_noun(body, sentence[0], date.start,
                                            told=undone)) is not None:
            word = noun  # "A signing ceremony with Jordan ..., planned for Tuesday in Amman, was called off": the
            # event noun heading the subject the plan's apposition follows (in a told clause, only a plan undone:
            # "He said the forum, set for Friday, had been called off")
            set_and_undone = True  # (the day it was set for and its undoing tell one occasion, whoever holds it)
        elif (poll := _NAMED_POLL_BEFORE.search(body, max(sentence[0], date.start - _NAMED_POLL_REACH),
                                                date.start)) is not None:
            word = poll.span(1)  # "a national Varn Research Poll taken last week", "Kestrel's survey in early
            # March": the poll its pollster took on the date
        elif _MOVED_TO.match(date.phrase) and (moved := _MOVED_SUBJECT.match(body, sentence[0], date.start)):
            word = moved.span(1)  # "The overhaul has been moved to October": the subject's head, whatever the noun
        else:
            word = _reporting_word(body, clause, date, refused)
            opener = _AS_PRONOUN.search(body, max(sentence[0], word[0] - 12), word[1]) if word else None
            if opener is not None and opener.start(1) == word[0] and (
                    redirected := _main_of(body, opener, date, sentence, clause, taken_spans, refused)):
                word, clause = redirected  # "killed 19 people on Monday as it swept across Luzon": the killing
        if word is None:
            # the date's own clause first ("The protests began in September, when students returned"), else the
            # when-clause after it ("the 2023 drought, when tanks ran dry")
            word = when_word
        if word is not None and _CANCEL_VERB.fullmatch(body, *word):
            # "A community forum the council had planned to hold ... was cancelled": the event is the gathering
            # the subject names (the verb gives its status)
            noun = _subject_event_noun(body, sentence[0], word[0])
            if noun is not None:
                word = noun
        if word is None or word[0] in seen:
            continue
        if body[word[0]:word[1]].lower() in PLAN_EVENT_NOUNS and _overlapped(word, taken_spans):
            continue  # "The signing of the fisheries treaty ...": the vocabulary's signing is the occasion
        if _GATHERING_SUBJECT.search(body, max(sentence[0], word[0] - 40), word[0]) and _overlapped(
                sentence, taken_spans):
            continue  # "Those negotiations moved on Sunday to Brenn, where Silva met Brenner": the meeting's
        if _GOAL_BEFORE.search(body, max(0, word[0] - 60), word[0]):
            continue  # "candidates for the party's 2016 presidential nomination": a goal, not an event
        if _MEASURE_SUBJECT.search(body, max(sentence[0], word[0] - 60), word[0]):
            continue  # "the pace of hiring has slowed slightly this year": a measure's change, a figure
        if _COUNTED_RELATIVE.search(body, max(0, word[0] - 60), word[0]):
            continue  # "each of the 25 holiday parties he hosted in 2008": a count of happenings, not one
        if date.value.precision == "year" and not _one_transfer(body, word) and (
                _QUANTITY_OBJECT.match(body, word[1]) or _COUNT_OBJECT.match(body, word[1])
                or _QUANTITY_SUBJECT.search(body, max(sentence[0], word[0] - _QUANTITY_SUBJECT_REACH), word[0])):
            continue  # "handled 7.4 million containers last year", "recorded 148 cases in 2025", "5.1 million
            # tonnes of cargo crossed the Caspian in 2025": a statistic
        if recurring is None:
            recurring = mid_sentence_names(body, sentences)
        if not set_and_undone and not _works_start(body, sentence[0], word[1]) and not _names_someone(body, sentence, date, recurring) and not _identified_subject(
                body, sentence[0], word) and not _facility_life(body, sentence[0], word) and not (
                _WRITTEN_YEAR.search(date.phrase) and _relative_facility_life(body, sentence[0], word)) and not (
                _WRITTEN_YEAR.search(date.phrase) and word[0] - sentence[0] <= 60
                and ((_DEFINITE_SUBJECT.fullmatch(body, sentence[0], word[0])
                      and _acting_subject(body, sentence[0], word))
                     or (body[word[0]:word[1]].lower() in RESEARCH_NOUNS
                         and _DEFINITE_PIECE.fullmatch(body, sentence[0], word[0])))) and not (
                _IN_YEAR.fullmatch(body, max(sentence[0], date.start - 3), date.end)
                and date.end <= word[0] <= date.end + 60
                and (date.start == _OPENING.match(body, sentence[0]).end()
                     or _YEAR_OPENING.search(body, max(sentence[0], date.start - 6), date.start))
                and _DEFINITE_SUBJECT_AFTER_DATE.fullmatch(body, date.end, word[0])
                and _WHOLE_OBJECT_AFTER.match(body, word[1])) and not (
                _written_out(date) and _doer_clause(body, sentence, word)) and not (
                _DEFINITE_THREAT_SUBJECT.fullmatch(body, sentence[0], word[0])
                and threat_given_up(body, word, sentence)) and not (
                index > 0 and _threat_carried_out(body, sentences[index - 1], sentence, word)) and not (
                _PRONOUN_SUBJECT.fullmatch(body, sentence[0], word[0])) and not (
                _agent_group_act(body, sentence[0], word)):
            continue  # (a date with its year told of a definite subject is explicit enough: "The municipality
            # cancelled the tender in March 2022", "The previous protocol expired in November 2024"; a definite
            # subject's threatened act told given up: "The union threatened to march ... but called off the protest";
            # so is a
            # definite piece of research the subject heads: "The audit, published in January 2025, found")
        seen.add(word[0])
        found.append((open_type(body, word, clause), *word))
    return found


# A date one end of a span ("between 2019 and 2023", "from 2019 to 2023"): a period, not one happening's date.
_SPAN_PHRASE = re.compile(r"(?:between|from)\s+\S.*?(?:\s(?:and|to|until|till|through)\s|\s*[-–]\s*)", re.I)
_SPAN_OPENING = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_CLOSE_AFTER = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                               r"Sep|Oct|Nov|Dec)[a-z]*\b)", re.I)
_SPAN_CLOSING = re.compile(r"\b(?:between|from)\s+(?:[\w.]+\s+){0,2}?[\w.]+\s*(?:and|to|until|till|through|-|–)\s*$",
                           re.I)


def _in_span(body: str, date: DateMention) -> bool:
    if _SPAN_PHRASE.match(date.phrase):
        return True  # the span read as one mention ("between 2019 and 2023")
    if _SPAN_OPENING.search(body, max(0, date.start - 9), date.start) and _SPAN_CLOSE_AFTER.match(body, date.end):
        return True
    return _SPAN_CLOSING.search(body, max(0, date.start - 40), date.start) is not None


# A date inside a temporal clause of a pronoun ("as it swept across northern Luzon on Monday", "As she arrived in
# Lagos on Monday, she was arrested"): the clause tells the circumstance, the main clause the happening; the date
# dates the main clause's first event verb (the vocabulary's trigger in it keeps its own reading).
_AS_PRONOUN = re.compile(r"\b(?:as|while|when)\s+(?:it|he|she|they|we)\s+(?=([a-z][\w’'-]*))", re.I)


def _as_clause_main(body: str, date: DateMention, sentence: tuple[int, int], clause: tuple[int, int],
                    taken: list[tuple[int, int]], refused: list[tuple[int, int]]
                    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    opener = None
    for match in _AS_PRONOUN.finditer(body, max(sentence[0], date.start - _REACH), date.start):
        if not _CLAUSE_BREAK.search(body, match.end(), date.start):
            opener = match
    if opener is None:
        return None
    return _main_of(body, opener, date, sentence, clause, taken, refused)


def _main_of(body: str, opener: re.Match, date: DateMention, sentence: tuple[int, int], clause: tuple[int, int],
             taken: list[tuple[int, int]], refused: list[tuple[int, int]]
             ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if not _is_event_verb(body, opener.start(1), opener.group(1)):
        return None
    fronted = _OPENING.match(body, sentence[0], opener.start()).end() == opener.start()
    if not fronted and _overlapped((opener.start(), clause[1]), taken):
        return None  # "Karl Brenner smiled as he signed the treaty on Monday": the signing's date
    if fronted:
        comma = body.find(",", date.end, sentence[1])
        if comma < 0:
            return None
        following = _CLAUSE_BREAK.search(body, comma + 1, sentence[1])
        main = (comma + 1, following.start() if following else sentence[1])
    else:
        before = [m.end() for m in _CLAUSE_BREAK.finditer(body, sentence[0], opener.start())]
        main = (before[-1] if before else sentence[0], opener.start())
    if _overlapped(main, taken):
        return None
    for match in _WORD.finditer(body, *main):
        if date.start <= match.start() < date.end or _inside(match.start(), refused):
            continue
        if _is_event_verb(body, match.start(), match.group(0)):
            return match.span(), main
    return None


# A date followed by ", when <clause>" dates that clause ("since last year, when the water board approved
# limits", "the 2023 drought, when tanks ran dry"); a when-clause telling a state, a plan or speech dates nothing
# ("when it had 4,000 residents", "when the council is to review them").
_WHEN_AFTER = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,2}\s*,\s*when\s+", re.I)  # ("the 2023 drought, when")
_PRESENT_OR_FUTURE = frozenset("is are will would shall can could may might must says say do does".split())
_PAST_AUXILIARY = frozenset("has have had was were did been".split())


def _when_clause_verb(body: str, date: DateMention, sentence: tuple[int, int], taken: list[tuple[int, int]],
                      refused: list[tuple[int, int]]) -> tuple[int, int] | None:
    when = _WHEN_AFTER.match(body, date.end, sentence[1])
    if when is None:
        return None
    following = _CLAUSE_BREAK.search(body, when.end(), sentence[1])
    end = following.start() if following else sentence[1]
    if _overlapped((when.start(), end), taken):
        return None  # a trigger of the vocabulary tells the when-clause
    for match in _WORD.finditer(body, when.end(), end):
        word = match.group(0)
        lower = word.lower()
        if lower in _PRESENT_OR_FUTURE or lower in NOT_EVENT_VERBS or lower in STATE_VERBS:
            return None
        if lower in _PAST_AUXILIARY or _inside(match.start(), refused):
            continue
        if _is_event_verb(body, match.start(), word):
            return match.span()
    return None


# A date written out: a year, or a month with its day ("On November 9", "on 12 March").
_MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                        r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _written_out(date: DateMention) -> bool:
    return bool(_WRITTEN_YEAR.search(date.phrase) or _MONTH_DAY.search(date.phrase))


_SUBJECT_REACH = 60
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$", re.I)
_THING_SUBJECT = re.compile(r"[\s\"“]*(?:The|This|That|Its|Their|His|Her|Our)\s+(?:[\w’'-]+\s+){0,3}?$")
# An object right after the verb: a determiner, a number or a name ("cancelled the tender", "laid off 200").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:off|up|down|out|back)\s+)?(?:(?:the|a|an|its|their|his|her)\b|\d|(?-i:[A-Z]))", re.I)
# A whole object after a year's clause-opening definite subject ("in 2024 the cousins lost half their crop"; not
# "produced almost nothing").
_WHOLE_OBJECT_AFTER = re.compile(r"\s+(?:(?:half|all|most)\s+(?:of\s+)?)?(?:the|a|an|its|their|his|her|\d|"
                                 r"(?-i:[A-Z]))\b", re.I)


def _doer_clause(body: str, sentence: tuple[int, int], word: tuple[int, int]) -> bool:
    """Whether a verb's clause names a doer without a capitalised name (`eventwords.DOER_NOUNS`: "residents of
    four colonias blocked", "officials came"), or is a passive past that happened to a definite thing ("The wharf
    was destroyed")."""
    if _is_event_verb(body, word[0], body[word[0]:word[1]]) is False:
        return False
    low = max(sentence[0], word[0] - _SUBJECT_REACH)
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(body, low, word[0])), default=low)
    if any(m.group(0).lower() in DOER_NOUNS for m in _WORD.finditer(body, cut, word[0])):
        return True
    passive = _PASSIVE_BEFORE.search(body, low, word[0])
    return passive is not None and _THING_SUBJECT.fullmatch(body, sentence[0], passive.start()) is not None


def _acting_subject(body: str, sentence_start: int, word: tuple[int, int]) -> bool:
    """Whether a definite subject's clause tells a happening: its head a doer, a happening or an instrument
    (`DOER_NOUNS`, `EVENT_NOUNS`, `INSTRUMENT_NOUNS`: "The municipality cancelled", "The previous protocol
    expired"), or its verb passive or with an object. "The children played in the park", "The details emerged",
    "The weather improved" tell none."""
    heads = {m.group(0).lower() for m in _WORD.finditer(body, sentence_start, word[0])}
    if heads & (DOER_NOUNS | EVENT_NOUNS | INSTRUMENT_NOUNS):
        return True
    return bool(_PASSIVE_BEFORE.search(body, max(sentence_start, word[0] - 20), word[0])
                or _OBJECT_AFTER.match(body, word[1]))


# A verb that ends or moves an event; its subject's event noun is the event told.
# A date a happening is moved to or put off until ("moved to October", `reldates`): the happening is the head of
# the sentence's subject, an auxiliary or two between ("The Tarnby overhaul has been moved to October").
_MOVED_TO = re.compile(r"(?:moved|postponed|rescheduled|delayed|deferred|pushed\s+back|brought\s+forward|put\s+off)"
                       r"\s+(?:to|until|till)\b", re.I)
_MOVED_SUBJECT = re.compile(r"[\s\"“]*(?:The|Its|Their|This)\s+(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]+)\s+"
                            r"(?:(?:has|have|had|was|were|is|are|been|now|again|already)\s+)+$")
# A date written as a plan's target ("planned for May", `reldates`): the happening is the noun right before it.
_PLANNED_FOR = re.compile(r"(?:planned|scheduled|set|slated|prepared)\s+(?:for|to)\b", re.I)
_PLANNED_NOUN = re.compile(r"\b([a-z][a-z-]+)\s+$")
# ... or the apposition's opening comma after the subject ("The ceremony ..., planned for Tuesday, was called off").
_APPOSITION_OPENING = re.compile(r",\s*$")
# A plan's date right after its noun phrase with no comma ("a markup of a companion bill set for Thursday"): the
# nearest event noun of the phrase (within reach, no clause break) is the happening.
_SET_FOR_NOUN = re.compile(r"(?<![,;])\s+(?:planned|scheduled|set|slated)\s+(?:for|on)\s+(?:next\s+|this\s+)?$", re.I)
_SET_FOR_REACH = 60


def _last_event_noun(body: str, end: int) -> tuple[int, int] | None:
    """The last event noun (`EVENT_NOUNS`) of the phrase before `end`, back to a clause break or 60 characters."""
    low = max(0, end - _SET_FOR_REACH)
    cut = max((m.end() for m in re.finditer(r"[,;:.()\"“”]", body[low:end])), default=0)
    heads = [m.span() for m in _WORD.finditer(body, low + cut, end) if _is_plan_noun(body, m.span())
             and not _NOUN_AFTER.match(body, m.end())]  # ("the final exams": 'final' qualifies, no head)
    return heads[-1] if heads else None


# ("A ceremony that was scheduled for 20 December was cancelled": a relative pronoun after the noun qualifies
# nothing, the noun heads; round eventsR61)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|for|in|on|at|with|between|by|to|from|over|planned|scheduled|set|slated|due|"
                         r"that|which|was|were|had|has|have|is|are|been|originally|initially|previously|first)\b)"
                         r"[a-z]")
# (the day may be told as the one first set: ", originally planned for", ", which had initially been scheduled for")
_PLANNED_APPOSITION = re.compile(r",\s*(?:(?:which|that)\s+(?:was|had\s+been)\s+)?(?:(?:" + "|".join(PLAN_FIRST_SET_ADVERBS)
                                 + r")\s+(?:been\s+)?)?(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s+"
                                 r"(?:next\s+|this\s+)?$", re.I)
# the heads a plan's day looks back to: the event nouns and the nouns of a happening only when planned
_PLAN_NOUNS = EVENT_NOUNS | PLAN_EVENT_NOUNS
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _is_plan_noun(body: str, span: tuple[int, int], nouns: frozenset[str] = _PLAN_NOUNS) -> bool:
    """Whether the word at `span` heads a plan: one of `nouns`, and for a head of `PLAN_NOUN_QUALIFIERS` only after
    one of its qualifiers ("a trial run", not "a print run"; "a training camp", not "the refugee camp")."""
    word = body[span[0]:span[1]].lower()
    if word not in nouns:
        return False
    qualifiers = PLAN_NOUN_QUALIFIERS.get(word)
    if qualifiers is None:
        return True
    before = _WORD_BEFORE.search(body, max(0, span[0] - 30), span[0])
    return before is not None and before.group(1).lower() in qualifiers
# The main verb after a plan's apposition saying the plan did not happen (", was called off"; `PLAN_UNDONE_VERBS`).
_PLAN_UNDONE_AFTER = re.compile(r"[^.;,]{0,60},\s*(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
                                r"(?:\w+ly\s+)?(?:" + "|".join(PLAN_UNDONE_VERBS) + r")\b", re.I)

_PLAN_MOVED_AFTER = re.compile(_PLAN_UNDONE_AFTER.pattern.replace("|".join(PLAN_UNDONE_VERBS), "|".join(PLAN_MOVED_VERBS)),
                               re.I)
_PLAN_HELD_AFTER = re.compile(r"[^.;,]{0,60},\s*(?:" + "|".join(PLAN_HELD_VERBS) + r")\b", re.I)


# A sentence whose subject is the works on a thing and whose verb their start ("Construction of the first berth is
# expected to begin in April 2027", "Work on the bridge will start in May"): the start of the works is one happening
# told explicitly enough, whoever does them (events round R22)
# (the thing's phrase holds no verb of its own: "Construction of the berth was expected to begin in April 2023 but
# was delayed" is no start; a start verb ends at its word and opens no infinitive: "Construction of new homes began
# to slow" is a statistic; the thing of "work on" is no writing or creative work, `eventwords.WORKS_NOT_BUILT_HEADS`:
# review of eventsR22; construction, building or demolition is always of a thing built: review of eventsR23)
# ... at the sentence's opening, after an opening phrase ("Under the agreement, construction of the berth is
# expected to begin") or in a told clause ("She said construction would begin in spring 2028", "He added that works
# would start in January"); a bare works noun, its thing told before, only with the plan's auxiliary ("Construction is
# due to start in March", not "Construction starts fell": round eventsR55); a bare singular "work" is a return to work
# or a shift ("The union said work would resume after the strike", "work would start at 6 a.m."), and the told clause
# opens only at a telling verb (`eventwords.TELLING_VERBS`), not after "told <someone> in <place>" (review of
# eventsR55)
_WORKS_OPENING = (r"(?:(?:" + "|".join(w.replace(" ", r"\s+") for w in WORKS_OPENING_WORDS)
                  + r")\b[^,;.!?]{0,50},\s+)?(?:[^,;.!?\"“”]{0,100}?\b(?:"
                  + "|".join(v.replace(" ", r"\s+") for v in TELLING_VERBS + WORKS_PLAN_VERBS)
                  + r")\s+(?:that\s+)?)?")
_BARE_WORKS = (r"(?:[Cc]onstruction|[Ww]orks|[Bb]uilding|[Dd]redging|[Dd]emolition|[Rr]epairs?)\s+(?:(?:is|are)\s+"
               r"(?:now\s+)?(?:expected|due|scheduled|set|planned)\s+to|will|would|could)\s+(?:begin|start|resume)")
_WORKS_START = re.compile(r"[\s\"“]*" + _WORKS_OPENING + r"(?:(?i:the|full|main)\s+)?(?:" + _BARE_WORKS + r"|(?:(?:[Cc]onstruction|[Bb]uilding|[Dd]redging|"
                          r"[Dd]emolition|[Rr]epairs?)\s+(?:of|on)\s+|[Ww]orks?\s+(?:of|on)\s+(?![^,;.!?]{0,80}?\b(?:"
                          + "|".join(sorted(WORKS_NOT_BUILT_HEADS))
                          + r")\s+(?:is|are|will|could|would|began|started|begins|starts|begin|start|resumes?|resumed)\b))"
                          r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|could|been|be)\b)[^,;.!?]){3,80}?"
                          r"\s+(?:(?:is|are)\s+(?:now\s+)?"
                          r"(?:expected|due|scheduled|set|planned)\s+to\s+|will\s+|could\s+|would\s+|began\s+|"
                          r"started\s+)?(?:begin|start|began|started|begins|starts|resume|resumes|resumed))\b"
                          )
# (only "to <verb>": "began to the north of the town", "started to great fanfare" are starts; review of eventsR23)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|"
                               r"great|much|loud|wide|widespread|general|public|local|mixed|strong|little|no)\b)"
                               r"[a-z]+\b")


def _works_start(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a works' start (`_WORKS_START`) whose verb opens no infinitive ("began to slow")."""
    return _WORKS_START.fullmatch(body, start, end) is not None and not _INFINITIVE_AFTER.match(body, end)
# ... or after "but" or "and" ("scheduled for 19 November in Nuuk but was postponed")
# ... or right after the day and its place ("a public hearing that had been scheduled for Thursday was canceled",
# "scheduled for Oct. 14 in Visalia has been canceled")
_PLAN_UNDONE_BUT = re.compile(r"(?:[^.;,]{0,60}?\s(?:but|and)|\s+(?:in|at)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})?"
                              r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                              r"(?:\w+ly\s+)?(?:" + "|".join(PLAN_UNDONE_VERBS) + r")\b", re.I)


def plan_undone_after(body: str, date_end: int, sentence_end: int) -> bool:
    """Whether the verb after a plan's apposition ending after `date_end` says the plan did not happen."""
    return _PLAN_UNDONE_AFTER.match(body, date_end, sentence_end) is not None


_CANCEL_VERB = re.compile(r"cancel(?:l)?ed|postponed|scrapped|shelved|called|delayed", re.I)
# (or a name's possessive: "Aberdeen's friendly against Ross County, planned for Tuesday, had been called off")
_SUBJECT_NOUN = re.compile(r"[\s\"“]*(?:A|An|The|This|That|Its|Their)\s+"
                           r"((?:[\w’'-]+\s+){0,2}[a-z]+)\b")


# ... or opening the clause a speech verb tells ("Ana Silva said the forum, set for Friday, had been called off", "He
# said a council session on bus routes, scheduled for 27 March, had been postponed"), no clause break after it.
_TOLD_SUBJECT_NOUN = re.compile(r"\s+(?:that\s+)?(?:a|an|the|this|that|its|their)\s+((?:[\w’'-]+\s+){0,2}[a-z]+)\b")
_TOLD_SUBJECT_BREAK = re.compile(r"[;:.!?()\"“”]|\s(?:and|but|while|because|after|before|when)\s", re.I)
_TOLD_SUBJECT_REACH = 120  # characters from the speech verb to the cancelling verb or the plan's day


def _subject_event_noun(body: str, sentence_start: int, verb_start: int, told: bool = False
                        ) -> tuple[int, int] | None:
    """The event noun heading the subject before a cancelling verb ("A community forum ... was cancelled"), when
    the sentence opens with it, or else (`told`: a plan's apposition before its undoing) the clause a speech verb
    tells (`_TOLD_SUBJECT_NOUN`). (Not for a bare cancelling verb: "said the final exams planned for Thursday had
    been cancelled", "said the flights it cancelled today would be rescheduled" are read from the verb.)"""
    head = _event_head(body, _SUBJECT_NOUN.match(body, sentence_start, verb_start))
    if head is not None or not told:
        return head
    speech = None
    for speech in _SPEECH_VERB.finditer(body, max(sentence_start, verb_start - _TOLD_SUBJECT_REACH), verb_start):
        pass
    if speech is None or _TOLD_SUBJECT_BREAK.search(body, speech.end(), verb_start):
        return None
    return _event_head(body, _TOLD_SUBJECT_NOUN.match(body, speech.end(), verb_start))


def _event_head(body: str, found: re.Match | None) -> tuple[int, int] | None:
    """The last event noun of a subject's words (group 1), its head."""
    if found is None:
        return None
    nouns = _PLAN_NOUNS | frozenset(word for word, _, _ in OPEN_TYPES)
    # (of a compound's event nouns the last is its head: "The opening ceremony" is a ceremony)
    heads = [word.span() for word in _WORD.finditer(body, found.start(1), found.end(1))
             if _is_plan_noun(body, word.span(), nouns)]
    return heads[-1] if heads else None


# --- live blogs --------------------------------------------------------------------------------------------------

# A line holding only a clock time opens a live blog's entry ("18.20", "21:48", "9:05 am", "14:30 GMT").
_STAMP_LINE = re.compile(r"^[ \t]*((?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|BST|local\s+time))?)"
                         r"[ \t]*$", re.M | re.I)
_MIN_STAMPS = 2  # one stamp alone is a page's clock, not a blog
_LEAD_WORDS = 7  # a lead sentence has at least this many words (a headline or a byline has fewer or no verb)
_BYLINE = re.compile(r"[\s\"“]*(?:By|Photo|Image|Read\s+more|Related|Share)\b")
# The lead's verb: a perfect or passive ("has cancelled", "was killed"), a past form, or a present one after its
# subject ("The council approves"); a speech verb's content is read past it ("Police say they have closed").
_SPEECH_VERB = re.compile(r"\b(?:say|says|said|tell|tells|told|report|reports|reported|announce|announces|"
                          r"confirm|confirms|confirmed)\b(?:\s+(?:that|reporters|journalists))?", re.I)
_PRESENT_VERB = re.compile(r"(?<=[a-z\w]\s)([a-z]{3,}(?:es|s))(?=\s+(?:the|a|an|its|their|his|her|in|on|to|that|"
                           r"all|some|about|\d)\b)")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|of|in|on|to|for|with|and|by|from|its|their|his|her|all|some|two|three|"
                          r"several|many|\d+)\s+$", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:have|has|had|do|does|did|is|are|was|were|will|would|can|could|be)\s+$", re.I)
_COPULA_BEFORE = re.compile(r"\b(?:seems?|seemed|appears?|appeared|looks?|looked|feels?|felt|remains?|remained|"
                            r"becomes?|became|than|rather|very|so|too|more|less|most)\s+(?:[a-z]+\s+){0,2}$", re.I)
_NOT_PRESENT = frozenset("""
is was has his this its hers ours yours news series means species thus plus us bus gas chaos less various
previous always perhaps across nearly towards afterwards sometimes whereas unless
""".split())


# A live page's own marker, a heading line of three words or more (no sentence, no menu item such as "Live TV")
# before the first stamp: "Storm Tove: ferries halted - live", "Live: ferries halted", "Storm Tove live updates",
# "... as it happened".
_LIVE_MARKER = re.compile(r"^(?=[ \t]*(?:\S+[ \t]+){2,}\S)(?![^\n]*[.!?][ \t]*$)"
                          r"(?:[^\n]*[-–—:|][ \t]*live|[ \t]*live[ \t]*[-–—:|][^\n]*"
                          r"|[^\n]*\blive[ \t]+(?:updates|blog|coverage|report)\b[^\n]*"
                          r"|[^\n]*\bas[ \t]+it[ \t]+happened\b[^\n]*)"
                          r"[ \t]*$", re.M | re.I)


_SMALL_HOURS, _LATE_HOURS = 6 * 60, 18 * 60  # (a blog turning past midnight: "00:20" over "23:40")


def _minutes(stamp: str) -> int:
    """A stamp's minutes since midnight ("2:15 p.m." -> 855)."""
    hours, minutes = (int(part) for part in re.findall(r"\d+", stamp)[:2])
    after_noon = re.search(r"p\.?m", stamp, re.I)
    if re.search(r"[ap]\.?m", stamp, re.I):
        hours = hours % 12 + (12 if after_noon else 0)
    return hours * 60 + minutes


def _newest_first(stamps: list[re.Match]) -> bool:
    """Whether a page's stamps run newest first, as a live blog's entries do (a timetable's run forward: "09:00",
    "10:30"); the clock may turn once past midnight ("00:20" over "23:40")."""
    times = [_minutes(stamp.group(1)) for stamp in stamps]
    pairs = list(zip(times, times[1:]))
    turns = [(a, b) for a, b in pairs if b > a]
    midnight = len(turns) == 1 and turns[0][0] < _SMALL_HOURS and turns[0][1] >= _LATE_HOURS
    return any(b < a for a, b in pairs) and (not turns or midnight)


def live_entries(raw: str, body: str, sentences: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """The entries of a live blog: (stamp, lead sentence of the body) for each clock-time line of the page (`raw`:
    the article step may drop the stamps from the body) followed by a lead sentence before the next stamp; none
    unless the page has two stamps or more, and the page's layout is a live blog's: the stamps run newest first, or
    a heading before them marks the page live (`_LIVE_MARKER`). A timetable ("09:00" over "The mayor opens the
    festival", "10:30" over the next act) is neither."""
    stamps = [match for match in _STAMP_LINE.finditer(raw)]
    if len(stamps) < _MIN_STAMPS or not (_newest_first(stamps) or _LIVE_MARKER.search(raw, 0, stamps[0].start())):
        return []
    entries = []
    starts = [start for start, _ in sentences]
    cursor = 0
    for number, stamp in enumerate(stamps):
        limit = stamps[number + 1].start() if number + 1 < len(stamps) else len(raw)
        for line in raw[stamp.end():limit].splitlines():
            text = line.strip()
            if len(text.split()) < _LEAD_WORDS or _BYLINE.match(text) or text[-1:] not in ".!?\"”" or \
                    text[:1] in "\"“‘'":  # (a quotation opens no lead: it is what was said)
                continue
            at = body.find(text[:80], cursor)
            if at < 0:
                break
            cursor = at + 1
            index = bisect_left(starts, at + 1) - 1
            if index >= 0:
                entries.append((stamp.group(1), sentences[index]))
            break
    return entries


def lead_verb(body: str, lead: tuple[int, int], refused: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The verb of a live entry's lead sentence that tells its event (`live_entries`)."""
    low = lead[0]
    speech = _SPEECH_VERB.search(body, low, min(lead[1], low + 80))
    if speech:
        low = speech.end()  # "Police say they have closed ...": the content's verb
    for match in _WORD.finditer(body, low, lead[1]):
        word = match.group(0)
        lower = word.lower()
        if lower in NOT_EVENT_VERBS or lower in STATE_VERBS or lower in STATISTIC_VERBS:
            continue
        if _COPULA_BEFORE.search(body, max(low, match.start() - 40), match.start()):
            continue  # "seem tired rather than frightened": a state, no happening
        if _is_event_verb(body, match.start(), word):
            return match.span()
        present = _PRESENT_VERB.match(body, match.start())
        if present and present.end(1) == match.end() and lower not in _NOT_PRESENT and not lower.endswith("ss") \
                and not _NOUN_BEFORE.search(body, max(0, match.start() - 12), match.start()) \
                and not _AUXILIARY_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            return match.span()  # (after a determiner or a preposition an -s word is a plural noun)
    return None
