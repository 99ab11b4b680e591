"""Indirect speech: reported clauses read from the sentences outside quotation marks.

Each sentence is searched for a speech verb taking a clause ("X said that …", "X said in a statement that …",
"X told reporters …", "X warned …", a clause without "that" when a finite verb follows), for "according to X,
…" and "…, according to X", and for a trailing attribution ("…, X told reporters.", "…, said X."); the
speaker is read from the verb's subject (`quote_subjects`, plus a few readers kept here and shared with the
direct attributions of `quotes`: a name just before the verb, a contact clause "the last words Reyes said", a
gerund's subject, a name before a long "of" phrase), and a clause is kept only for a named person. Clauses
overlapping a quotation are left to `quotes`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from loaders.extract.analysis import ArticleAnalysis
from loaders.extract.data import speech_verbs
from loaders.extract.data import clauses
from loaders.extract.data.clauses import CLAUSE_IRREGULAR_PAST, OPENING_ADVERBIALS, PRONOUN_CLAUSE_OPENERS, RELATIVE_WORDS
from loaders.extract.data.documents import DOCUMENT_NOUNS, OCCASION_NOUNS, UTTERANCE_NOUNS
from loaders.extract.data.eventwords import IRREGULAR_PAST, LY_NOUNS
from loaders.extract.data.lexicon import HONORIFICS, TITLE_HEADS
from loaders.extract.data.quote_words import (
    ADVERBS_AFTER_ASIDE_VERB_PATTERN,
    CLAUSE_OPENERS as _CLAUSE_OPENERS,
    CONCESSIVE_OPENERS,
    CONDITIONAL_OPENERS,
    FRONTED_PHRASE_OPENERS,
    CLAUSE_PRONOUNS as _CLAUSE_PRONOUNS,
    CLAUSE_OPENING_WORDS,
    CONJUNCTIONS as _CONJUNCTIONS,
    SAID_THING_NOUNS as _SAID_THING_NOUNS,
    MEDIUM_PLATFORMS,
    NOT_VERBS_AFTER_ADVERB,
    BARE_VERBS_IN_ING,
    NAMED_WORDS_NOUNS,
    QUOTED_WORDS_NOUNS,
    SPEAKING_PLACES,
    VERB_ADVERBS,
)
from loaders.extract.quote_subjects import (
    _AT_LEAST_THREE_WORDS,
    _TIME_WORDS,
    _clause_subject,
    _cue_text,
    _ends_with_word,
    _filler_end,
    _np_before,
    trim_np,
    valid_np,
)
from loaders.extract.quotemarks import (NICKNAME_MARKS, QuotedSpan, fragment_opens_clause, nickname_between,
                                       opens_quoted_clause)
from loaders.extract.speakers import PREPOSITIONS, Resolution, SpeakerResolver, speaker_fields
from loaders.extract.text import alternation_by_first_letter
from loaders.records import QuoteRecord

# -- indirect speech ------------------------------------------------------------------------------------------
_THAT_VERBS = alternation_by_first_letter(speech_verbs.THAT)  # (inside a group below: one branch per first letter)
# "said in a statement that …", "wrote in a 40-page opinion that …": where it was said, before the clause
_MEDIUM = (
    r"\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
    r"opinion|ruling|judgment|letter|speech|address|post|email|tweet|briefing|report|filing|memo|column|op-ed|"
    r"essay|video|message|broadcast|press\s+release|(?:news|press)\s+conference|hearing|podcast|"
    # (a proceeding: "testified during the trial that …", "told MPs at a committee session that …")
    r"trial|inquest|inquiry|session|debate|sitting)"
    # ("said in an interview with Swedish broadcaster SVT that …": whom it was said to or for)
    r"(?:\s+(?:with|to|for|on)\s+[^,.;:\"“”\n]{1,60}?)?"
    # ("said in a statement from Geneva that …", "… from its headquarters on Tuesday that …": where it came from)
    r"(?:\s+from\s+[^,.;:\"“”\n]{1,60}?)?"
    # ("said at a midday briefing at the Government Building that …": where it was held; `_INDIRECT` reads the
    # medium only before "that")
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[^,.;:\"“”\n]{1,60}?)?"
    # ("wrote on Facebook that …", "responds from the podium that …": a platform, or a place spoken from)
    r"|\s+on\s+(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in MEDIUM_PLATFORMS) + r")\b"
    r"|\s+from\s+the\s+(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in SPEAKING_PLACES) + r")\b"
)
# The first word of each cue below, looked ahead for before the alternatives are tried (they match the same: every
# cue opens with one of these words, and a lookahead by first letter rejects the other words at once; the quotes
# step's most costly pattern, its search per article 0.49 -> 0.31 ms).
_INDIRECT_FIRST_WORDS = tuple(dict.fromkeys((
    "had", "has", "have", *speech_verbs.THAT,
    "told", "tells", "assured", "assuring", "assures", "warned", "warning", "reminded", "reminding", "informed",
    "informing", "convinced", "persuaded", "telling", "declined", "refused", "called", "calls", "calling", "urged",
    "urges", "urging", "expressed", "expresses", "spoke", "speaks", "talked", "welcomed", "described", "describes",
    "condemned", "condemns", "demanded", "demands", "accused", "accuses", "praised", "praises", "criticized",
    "criticised", "denounced", "denounces",
)))
_INDIRECT = re.compile(
    # (a cue's first word, or an apostrophe: a filter in front of the alternatives, which all start there, so
    # that the other words are passed over at once)
    r"(?:(?=[’'])|(?<!\w)(?=" + alternation_by_first_letter(_INDIRECT_FIRST_WORDS) + r"))(?:"
    r"\b(?P<cue>(?:had\s+|has\s+|have\s+)?(?:" + _THAT_VERBS + r"))(?P<time>(?:" + _TIME_WORDS.pattern + r"){1,2})?"
    r"(?P<medium>(?:" + _MEDIUM + r")(?=\s+that\b))?"
    # ("noted too that …", "said also that …": an adverb between the verb and its "that")
    r"(?P<adverb>\s+(?:too|also|further|separately|previously|once\s+again|then),?(?=\s+that\b"
    r"(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|time|moment|season)\b)))?"
    r"(?:\s+that\s+(?:that\s+)?|\s+(?=[A-Za-z0-9]))"
    r"|\b(?P<cue2>told|tells|assured|assuring|assures|warned|warning|reminded|reminding|informed|informing|"
    # (a programme of the listener's may be quoted: "told ERR's “Aktuaalne kaamera” that …")
    r"convinced|persuaded|telling)\s+(?:[^,.;:\"“”]{0,60}?\b(?:who|whom|which|where)\s[^,.;:\"“”]{1,80}?|"
    # (no auxiliary in a listener without a relative word: "told CMC the work had been done … and that …" has a
    # clause at once, read by cue5 below)
    # (a site's name is a listener too: "told kestelnews.com that …", a stop between a word and a lower-case
    # letter, or a decimal point, "told 3.5 million listeners that …"; not a sentence run on without its space,
    # "told the port.That night …", "told the board in 2019.15 people said that …", a year's four digits)
    r"(?:(?!\s(?:had|has|have|was|were|is|are|would|will)\s)[^,.;:\"“”]|(?<=\w)\.(?=[a-z])|(?<!\d{4})(?<=\d)\.(?=\d)|"
    r"(?<=['’]s\s)[\"“][^\"“”\n]{1,40}[\"”]){1,80}?)\s+that\s+"
    # "tells BBC Radio 4's Today programme the fissure is …": the listener, then a clause without "that"
    r"|\b(?P<cue5>told|tells|telling)\s+[^,.;:\"“”]{1,50}?\s+(?=(?:the|a|an|he|she|it|they|we|its|his|her|their)\s|"
    # ("told everyone there was no money": an existential "there" and its verb open the clause)
    r"there\s+(?:is|are|was|were|had|has|have|will|would|could|might|may|must|should|seemed|appeared)\b)"
    r"|\b(?P<cue4>(?:declined|refused)\s+to\s+(?:say|disclose|specify))\s+(?=(?:whether|if|how|why|what|when|where|who)\s)"
    r"|\b(?P<cue3>called\s+for|calls\s+for|calling\s+for|called\s+on|calls\s+on|calling\s+on|urged|urges|urging|"
    r"expressed|expresses|spoke\s+of|spoke\s+about|speaks\s+of|talked\s+about|welcomed\s+(?:the\s+)?"
    r"(?:news|reports?)\s+that|described|describes|condemned|condemns|demanded|demands|accused|accuses|"
    r"praised|praises|criticized|criticised|denounced|denounces)\s+"
    r"|(?P<noun>[’']s\s+(?:statement|remarks?|comments?|claims?|assertion|warning|talk|call|announcement|"
    r"pledge|promise|insistence|suggestion|view)(?:\s+(?:in|on|at|last)\s+[^,.;:]{1,30}?)?\s+(?:that|about|of|for)\s+))"
)
# Where an `_INDIRECT` match may start, found in one pass over the body: an apostrophe, or a cue's first word after
# a character that is no word's (or at the body's start). `_indirect_cues` then tries the pattern only there, with
# the matches of a search sentence by sentence (the same leftmost, non-overlapping matches, as no other place can
# open one), instead of the engine trying its filter at every character: the pattern's cost per article 0.26 ->
# 0.19 ms.
_INDIRECT_FIRST = alternation_by_first_letter(_INDIRECT_FIRST_WORDS)
_INDIRECT_WORD_START = re.compile(r"\W(?:" + _INDIRECT_FIRST + r")")
_INDIRECT_AT_START = re.compile(r"(?:" + _INDIRECT_FIRST + r")")
_APOSTROPHE = re.compile(r"[’']")


def _indirect_starts(body: str) -> list[int]:
    """Every place an `_INDIRECT` match may start, in order (the words hold no apostrophe, so the two kinds
    never meet, and a word-start match consumes no character another one needs)."""
    starts = [match.start() for match in _APOSTROPHE.finditer(body)]
    starts.extend(match.start() + 1 for match in _INDIRECT_WORD_START.finditer(body))
    if _INDIRECT_AT_START.match(body):
        starts.append(0)
    starts.sort()
    return starts


def _indirect_cues(body: str, starts: list[int], start: int, end: int):
    """The matches of `_INDIRECT.finditer(body, start, end)`, tried only at `starts` (`_indirect_starts`)."""
    index, count, floor = bisect_left(starts, start), len(starts), start
    while index < count and starts[index] < end:
        position = starts[index]
        index += 1
        if position < floor:
            continue
        match = _INDIRECT.match(body, position, end)
        if match:
            yield match
            floor = max(match.end(), position + 1)


_ZERO_THAT_VERBS = speech_verbs.ZERO_THAT
# After a that-only verb's "that" ("submitted", "related"), one or two bare lowercase words, then a preposition, a
# time or the sentence's end: "that" is a determiner ("submitted that report to the prosecutor on Friday", "related
# that story in court") unless a finite verb follows (`_zero_that_clause`: "submitted that evidence from the
# witness was tainted"); a clause opener after "that" ("that the notice", "that it") is a clause at once, and so
# is a plural, which the determiner never takes ("warned that workers at the plant face cuts")
_DETERMINER_THAT = re.compile(
    r"(?!(?:" + "|".join(sorted(CLAUSE_OPENING_WORDS, key=len, reverse=True)) + r")\b)(?![a-z-]*[^s\W]s\b)[a-z-]+"
    r"(?:\s+(?!(?:" + "|".join(sorted(CLAUSE_OPENING_WORDS, key=len, reverse=True)) + r")\b)[a-z-]+)?"
    r"(?=\s*(?:[.!?;:,]|$)|\s+(?:" + "|".join(sorted(PREPOSITIONS, key=len, reverse=True)) + r")\b|"
    + _TIME_WORDS.pattern + r")")
# a sentence opened by "How"/"What"/"The way" and its subject up to the speech verb (`clauses.OBJECT_CLAUSE_OPENERS`)
_OBJECT_CLAUSE_OPENING = re.compile(r"[\s\"“‘'(]*(?i:" + "|".join(
    r"\s+".join(map(re.escape, opener.split())) for opener in clauses.OBJECT_CLAUSE_OPENERS)
    + r")\s+[^,;:.!?\"“”]{1,60}$")
# a number's noun and verb: the number opens a clause as its subject ("41 centres had opened", not "20 times"); the
# noun may carry a phrase of its own, names too ("23 people staying at a camp near Kell Point were moved"), up to
# a comma
_NUMBER_VERB = (r"\s+(?:(?!(?:that|who|which)\b)[a-z-]+\s+){0,3}(?:had|have|has|were|was|are|is|will|would|could|"
                r"[a-z]+ed)\b"
                r"|\s+[a-z-]+\s+(?:" + "|".join(sorted(clauses.NUMBER_SUBJECT_PARTICIPLES)) + r")\s+"
                r"(?:(?!(?:that|who|which)\b)[\w’'-]+\s+){1,9}?(?:had|have|has|were|was|are|is|will|would|could)\b")
_NUMBER_SUBJECT = r"\d[\d,.]*(?![\d,.]*\d)" + _NUMBER_VERB
# Words that never stand between "this" and its verb in a clause "this" opens ("this one was", "this year’s
# figure was"): a subordinator, a preposition or a pronoun there opens a new clause whose subject is not "this"
# ("said this when she was asked", "said this as he was adjourning": "this" is the verb's object)
_NOT_AFTER_THIS = sorted({word for word, _ in clauses.SUBORDINATOR_TABLE if " " not in word} | PREPOSITIONS
                         | _CLAUSE_PRONOUNS | _CONJUNCTIONS | {"or", "so", "that", "who", "which", "where"},
                         key=len, reverse=True)
_THIS_NOUN_WORD = r"(?!(?:" + "|".join(_NOT_AFTER_THIS) + r")\b)[a-z’'-]+\s+"
# The auxiliary after a subject of at most a few words ("this winter was", "no diversion had", "the same had") that
# makes "this", "no" or "the same" open a clause rather than stand as the verb's object
_SUBJECT_AUXILIARY = r"(?:had|has|have|was|were|is|are|will|would|could|can)"
_NOT_CLAUSE_START = re.compile(
    # ("said if Patrick can win, he's someone …": a condition, then the clause's subject and verb, is a clause)
    r"(?!(?:if|once|unless)\s[^,;:.!?\"“”]{3,100},\s+(?:he|she|it|they|we|I|you|there|the|a|an|his|her|their|its)"
    r"(?:\s+[a-z-]+){0,3}?(?:\s+|[’'])(?:is|are|was|were|will|would|could|can|should|must|may|might|s)\b)"
    r"(?:as|while|when|because|if|though|although|whether|until|unless|since|"
    r"in|on|at(?!\s+least)|of|during|to|after|before|with|about(?!\s+\d[\d,.]*\s+(?:(?!(?:that|who|which)\b)[a-z-]+\s+){0,6}(?:had|have|has|were|was|are|is|will|would|could|[a-z]+ed)\b)|prior|earlier|later|yesterday|today|it\s+was(?!\s+(?:[\"“]|(?:a|an|the|not|too|time|his|her|their|its|our|my)\s))|so|"
    # ("saying no diversion had taken place": "no" before a noun and its auxiliary opens a clause)
    # ("said this on Monday" is an object; "says this winter was the hardest" opens a clause: "this" and at most two
    # words, none of `_NOT_AFTER_THIS`, then an auxiliary)
    r"nothing|something|this(?!\s+(?:" + _THIS_NOUN_WORD + r"){0,2}" + _SUBJECT_AUXILIARY + r"\b)|"
    r"goodbye|hello|yes|"
    r"no(?!\s+(?:[a-z-]+\s+){1,2}" + _SUBJECT_AUXILIARY + r"\b)|"
    # ("said more about it" is no clause, "said more than 4,000 phones had been searched" is one)
    # ("said the same on Monday" is an object; "said the same had happened in 2019" opens a clause: at most one word,
    # then an auxiliary)
    r"thanks|thank|sorry|the\s+same(?!\s+(?:[a-z-]+\s+)?" + _SUBJECT_AUXILIARY + r"\b)|"
    r"(?:more|less|fewer)(?!\s+than\s+" + _NUMBER_SUBJECT + r")|"
    r"repeatedly|publicly|privately|"
    # ("said about 300 hectares had burned": "about" before a number and its verb is the subject's, no topic's
    # preposition; "said about 40 times that" stays one)
    # a number opens a clause only as its subject, a verb following: "said 41 centres had opened", not "said 20
    # times"
    # (the number is read to its last digit: "4,000 phones had" must not stop at "4")
    r"\d[\d,.]*(?![\d,.]*\d)(?!" + _NUMBER_VERB + r"))\b"
)
# The past forms of the cues of speech, less the outcomes a reported subject reaches ("agreed", "concluded"), and the
# speaker's own acts beside her words: after "and"/"but" these are the speaker's, whatever the clause
_SPEAKER_ACT_PAST = frozenset(form for form in speech_verbs.CUE_WORDS - speech_verbs.OUTCOME_FORMS
                              if form.endswith("ed")) | speech_verbs.SPEAKER_ACTS_PAST
# ", as a residents' group claimed last week": an "as" clause of another's claim (`speech_verbs.OTHERS_CLAIM`) whose
# verb ends it (a comma or the sentence's end next, or a short phrase of time or place: "in a letter last month", "on
# Monday"); its subject a few words, no pronoun of the speaker's and no conjunction ("as the water rose and the
# office reported damage" is an "as" of time; "as critics alleged the mill had …" is no tail of the clause). A
# claimer named in the speaker's words before the clause is the speaker herself (`_claimed_by_speaker`).
# The shared pieces: no pronoun of the speaker's (a group speaker's "they" too) opens the claimer, whose few words
# hold no conjunction, and a short phrase of time or place may follow the verb before the clause's end.
_NOT_SPEAKERS_PRONOUN = r"(?!(?:he|she|I|we|they)\b)"
_CLAIMER_WORD = (r"(?:(?!(?:and|but|or|as|when|while|because|since|after|before|that|which|who)\b)[\w’'-]+\s+)")
_CLAIM_TIME_TAIL = (r"(?:\s+(?:last|this|earlier|previously|in|on|at|during|before)\b(?:\s+[\w’'-]+){0,5}?)?"
                    r"(?=\s*(?:[,.;:!?)]|$))")
_AS_OTHERS_CLAIM = (
    r"(?P<claim>\s+" + _NOT_SPEAKERS_PRONOUN + r"(?P<claimer>" + _CLAIMER_WORD + r"{1,5}?)(?:(?:had|has|have)\s+)?"
    r"(?:" + "|".join(speech_verbs.OTHERS_CLAIM) + r")" + _CLAIM_TIME_TAIL + r")?")
# ... and after a denial (`speech_verbs.DENYING_FORMS`), which answers another's claim, a plain "said"/"says" ends such an
# "as" clause too ("denied that Iraq had agreed to cut tariffs, as a member of the committee said last week"); its
# claimer may run a few words longer (a member of a body)
_AS_OTHERS_SAID = re.compile(
    r",\s+as\s+" + _NOT_SPEAKERS_PRONOUN + r"(?P<claimer>" + _CLAIMER_WORD + r"{1,8}?)(?:(?:had|has|have)\s+)?"
    r"(?:said|says)" + _CLAIM_TIME_TAIL)
_DENYING = re.compile(r"\b(?:" + "|".join(speech_verbs.DENYING_FORMS) + r")\b")
_CLAUSE_END = re.compile(
    r",\s+(?:according\s+to|but(?!\s+that\b)|as\b" + _AS_OTHERS_CLAIM
    + r"|adding|noting|saying|referring|in\s+a\s+(?:statement|speech|interview))\b"
    # "X said the talks went well and thanked the hosts": a second verb of the speaker ends the clause, unless it
    # shares the reported clause's auxiliary (`_shares_auxiliary`: "said the board had met and endorsed the plan")
    r"|\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?P<second>[a-z]+ed|said|went|told|spoke|wrote|gave|made|took)\s+"
    r"(?:(?:the|a|an|his|her|their|its|that|to|for|at|on|with|him|them|it)\b|[A-Z])"
    r"|;|\s+-\s+|\u2014|\("
)
# A reported clause opening with its own subject (a few words, no conjunction; a comma only around an aside a
# preposition opens: "the board, after a long night, had met") and a perfect's auxiliary, which a second participle
# after "and"/"but" shares ("the board had met …", "she had visited …"; the speaker's own gestures and refusals are
# kept out by `_SPEAKER_ACT_PAST`, her movements by `_speakers_move`)
_OWN_SUBJECT_PERFECT = re.compile(
    r"\s*(?:that\s+)?(?!(?:and|but|or|that|which|who)\b)(?P<subject>[\w’'.-]+)\s+(?:(?!(?:and|but|or|that|which|who)\b)[\w’'.-]+"
    r"(?:,\s+(?:after|before|in|on|at|during|over|despite|following|by|with|for)\s[^,.;:\"“”]{1,40},)?\s+){0,7}?"
    r"(?:had|has|have)\s+(?:(?:not|also|already|just|never|since|then)\s+)?[\"“]?[a-z]+\b")
# the speaker's pronoun as a reported clause's subject, and her possessive in the phrase after a second verb
_SPEAKER_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "we"})
_SPEAKER_POSSESSIVE_AFTER = re.compile(r"[^,.;:\"“”]{0,40}?\b(?:his|her|my|our)\b")
# An em dash opening an aside whose closing dash a finite verb follows: no end of the clause, which reads on past the
# aside ("said two of the needs — stone and labour — are met"); an "-ed" word with "by" is read as a passive participle
# with its agent, no finite verb ("said grace — a short one — followed by a toast", "punctuated by coughs"). A closed
# list of agent-taking participles failed both ways and was dropped: the rare finite "stopped by the pier" is lost.
_EM_DASH_ASIDE = re.compile(r"\u2014[^\u2014.;:\n]{1,70}\u2014\s*(?:is|are|was|were|will|would|could|should|can|cannot|"
                            r"may|might|must|has|have|had|(?![a-z]+ed\s+by\b)[a-z]+ed)\b")


_MAX_CLAUSE_CHARS = 1000
# "says that is only part of the story": "that" right before a finite verb is the clause's subject, a demonstrative,
# not its complementiser (which a subject must follow); not an inverted condition ("that had it not been for …",
# "that should the talks fail, …", "that were it to …": the verb, then its subject)
_DEMONSTRATIVE_THAT = re.compile(
    r"that\s+(?:(?:is|was|will|would|could|can|may|might|must|does|did|seems|seemed|means|meant|remains|remained)\b"
    r"|(?:had|should|were)\b(?!\s+(?:it|he|she|they|we|I|you|there|the|a|an|this|these|those|his|her|their|its|"
    r"our|my|any|no|[A-Z])\b))")
# What lies between a reported clause and a participle carrying it on ('…, adding that', '…, and adding that')
_CONTINUING_GAP = re.compile(r"\s*,\s*(?:(?:and|then|before)\s+)?$")


# A trailing attribution's verb after whitespace: `_INTERJECTED` and `_TRAILING` match only in a sentence holding
# one (each reads its cue after `\s+`), so one pass over the body finds the sentences worth searching; three in four
# have none, and each pattern's search per sentence tries its alternatives at every comma or conjunction.
_TRAILING_CUE_WORD = re.compile(r"\s(?:" + alternation_by_first_letter(tuple(dict.fromkeys(
    (*speech_verbs.TRAILING, *speech_verbs.TRAILING_INVERTED, "told")))) + r")")


def _indirect_speech(body: str, spans: list[QuotedSpan], resolver: SpeakerResolver) -> list[QuoteRecord]:
    results: list[QuoteRecord] = []
    quoted_ranges = [(span.open_mark, span.outer_end) for span in spans]
    trailing_cues = [match.start() + 1 for match in _TRAILING_CUE_WORD.finditer(body)]
    indirect_starts = _indirect_starts(body)
    for sentence_start, sentence_end in resolver.sentences:
        index = bisect_left(trailing_cues, sentence_start)
        trailing_cue = index < len(trailing_cues) and trailing_cues[index] < sentence_end
        segment_end = sentence_end
        for match in _indirect_cues(body, indirect_starts, sentence_start, sentence_end):
            if resolver.is_quoted(match.start()):
                continue
            clause_start = match.end()
            if match.group("cue5") and (_NOT_CLAUSE_START.match(body, clause_start)
                                        or not _zero_that_clause(body, clause_start, sentence_end)
                                        or not _listener_only(body[match.end("cue5"):match.end()])):
                continue
            if match.group("cue") and not match.group(0).rstrip().endswith("that"):
                # Only verbs that commonly drop "that" take a bare clause ("said terrorism is …"); "revealed
                # the first signs of …" has an object, not reported speech.
                if match.group("cue").split()[-1] not in _ZERO_THAT_VERBS or _NOT_CLAUSE_START.match(
                        body, clause_start) or not _zero_that_clause(body, clause_start, sentence_end):
                    continue
                if body.startswith("it ", clause_start) and _OBJECT_CLAUSE_OPENING.match(
                        body, sentence_start, match.start()):
                    continue  # "How X said it was not important": "it" is the object of "said"
            elif match.group("cue") and match.group("cue").split()[-1] not in _ZERO_THAT_VERBS \
                    and _DETERMINER_THAT.match(body, clause_start) \
                    and not _zero_that_clause(body, clause_start, sentence_end):
                continue  # "submitted that report to the prosecutor": "that" the noun's determiner, no clause
            if match.group("medium") and (_FINITE_VERB.match(body, clause_start)
                                          or _RELATIVE_WITH_SUBJECT.match(body, clause_start)):
                continue  # "argued at the hearing that ended on Friday", "said in the debate that voters watched
                # that …": "that" the medium's relative pronoun
            that = body.rfind("that", match.start(), clause_start)
            if match.group("cue") and that > match.start() and not body[that + 4:clause_start].strip() \
                    and _DEMONSTRATIVE_THAT.match(body, that, segment_end):
                clause_start = that  # the demonstrative is the clause's subject
            clause_end = _clause_end(resolver.analysis, clause_start, segment_end,
                                     denying=bool(_DENYING.search(body, match.start(), clause_start)))
            if clause_end - clause_start > _MAX_CLAUSE_CHARS:
                # No clause runs this long (the dev sets' longest is under 600): a text without punctuation. Keep
                # the words up to the limit, so that each cue's record stays small and the output linear.
                cut = body.rfind(" ", clause_start, clause_start + _MAX_CLAUSE_CHARS)
                clause_end = cut if cut > clause_start else clause_start + _MAX_CLAUSE_CHARS
            clause_start, clause_end = trim_np(body, clause_start, clause_end)
            # (in an aside, an adverb of its verb set off by a comma is no part of the clause: "The co-op, Kucera
            # says now, would need …"; after "that", or with no aside, it opens the clause: "said that now, more
            # than ever, the co-op …", "said that again, the co-op had lost money")
            adverb = _ADVERB_OF_VERB.match(body, clause_start, clause_end)
            if adverb and clause_start == match.end() and not match.group(0).rstrip().endswith("that") \
                    and _ASIDE_SUBJECT.search(body, sentence_start, match.start()):
                clause_start = adverb.end()
            if not _AT_LEAST_THREE_WORDS.match(body, clause_start, clause_end):
                continue
            if (opens_quoted_clause(quoted_ranges, clause_start, clause_end)
                    and not fragment_opens_clause(body, quoted_ranges, clause_start, clause_end)) \
                    or (match.group("cue3") and _overlaps_quote(quoted_ranges, clause_start, clause_end)):
                # the clause is itself a quote, already extracted (not one opening on a fragment its own words
                # carry on after: 'said that “we need more facts” about how …'); "described the plan as “a trap”"
                # has an object, and its quoted words are the partial quote
                continue
            resolutions = [r for r in _indirect_speakers(body, sentence_start, match, resolver) if r.name]
            if not resolutions and match.group("cue") and match.group("cue").split()[-1] in \
                    speech_verbs.CONTINUING_PARTICIPLES and results and results[-1].start >= sentence_start \
                    and results[-1].end <= match.start() and _CONTINUING_GAP.match(body, results[-1].end, match.start()):
                # '… chief said the quay would open, adding that …': the clause carried on keeps its speaker
                previous = results[-1]
                results.append(replace(previous, text=body[clause_start:clause_end], start=clause_start,
                                       end=clause_end, cue=_cue_label(body, match)))
                continue
            for resolution in resolutions:
                cue_text = _cue_label(body, match)
                results.append(QuoteRecord(
                    text=body[clause_start:clause_end], kind="indirect", start=clause_start, end=clause_end,
                    cue=cue_text, **speaker_fields(resolution),
                ))
        if trailing_cue and not (results and results[-1].start >= sentence_start):
            results.extend(_interjected(body, sentence_start, sentence_end, resolver, quoted_ranges))
        found = _according_to(body, sentence_start, sentence_end, resolver, quoted_ranges)
        if trailing_cue and not found and not (results and results[-1].start >= sentence_start):
            found = _trailing_attribution(body, sentence_start, sentence_end, resolver, quoted_ranges)
        results.extend(found)
    return results


# "… because, he says, he ran out of blue.", "… and, she says, never paved the road": an attribution set between
# commas right after a conjunction reports the rest of the sentence (`speech_verbs.TRAILING`: says, said, added …);
# so does one right after a relative word or an auxiliary, which the rest completes ("a granddaughter who, she
# says, is already better at it", "has, she says, seen three closures")
_INTERJECTED = re.compile(
    r"\b(?P<lead>and|but|because|so|although|though|since|yet|or|while|who|which|has|have|had|is|are|was|were|will|"
    r"would|could|can|should|must)\s*,\s+(?P<np>[Hh]e|[Ss]he|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?P<cue>" + alternation_by_first_letter(speech_verbs.TRAILING)
    + r"),\s+")


# "At fifty-four, Mokoena says, he is too old …", "In the end, Moss said, nobody came": the same aside after a
# sentence's opening adverbial (its first word a preposition or subordinator of `data.clauses`, checked apart)
# (or a description the people step gave someone: "The older farmers, the grower says, would rather …")
_INTERJECTED_AFTER_OPENING = re.compile(
    r"[\s\"“”‘’']*(?P<lead>[A-Z][a-z]*)\b[^,;:\"“”]{0,50},\s+(?P<np>[Hh]e|[Ss]he|the(?:\s+[a-z][\w’'-]*){1,3}|"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?P<cue>" + alternation_by_first_letter(speech_verbs.TRAILING)
    + r")(?:\s+(?:" + ADVERBS_AFTER_ASIDE_VERB_PATTERN + r"))?,\s+")
_ADVERB_OF_VERB = re.compile(r"(?:" + ADVERBS_AFTER_ASIDE_VERB_PATTERN + r"),\s+")
# The subject of an aside's verb, set off by the comma before it ("The co-op, Kucera says now, would …")
_ASIDE_SUBJECT = re.compile(r",\s+(?:[Hh]e|[Ss]he|the(?:\s+[a-z][\w’'-]*){1,3}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+$")
# "She has not decided, she says, whether to stay": the aside before the "whether" clause its sentence's verb takes
_INTERJECTED_BEFORE_WHETHER = re.compile(
    r",\s+(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?P<cue>"
    + alternation_by_first_letter(speech_verbs.TRAILING) + r"),\s+(?=whether\s)")
_VERB_AFTER_ASIDE = re.compile(r"(?:is|are|was|were|will|would|could|should|can|cannot|may|might|must|has|have|had)\b")
_OPENING_WORDS = frozenset(OPENING_ADVERBIALS) | frozenset(PRONOUN_CLAUSE_OPENERS) | frozenset(PREPOSITIONS)


def _interjected(body: str, start: int, end: int, resolver: SpeakerResolver,
                 quoted_ranges: list[tuple[int, int]]) -> list[QuoteRecord]:
    """'CONJUNCTION, X says, CLAUSE.' (or 'OPENING ADVERBIAL, X says, CLAUSE.', or '…, X says, whether CLAUSE.') for
    a named X (or a pronoun resolved to one): the clause after the aside."""
    opening = _INTERJECTED_AFTER_OPENING.match(body, start, end)
    if opening and opening.group("lead").lower() not in _OPENING_WORDS \
            and not _VERB_AFTER_ASIDE.match(body, opening.end(), end):
        # (or the aside cuts the clause's subject from its verb: "The salt pan, he says, is still a living")
        opening = None
    for match in [opening] * bool(opening) + list(_INTERJECTED.finditer(body, start, end)) \
            + list(_INTERJECTED_BEFORE_WHETHER.finditer(body, start, end)):
        if resolver.is_quoted(match.start()):
            continue
        clause_start, clause_end = trim_np(body, match.end(), end)
        if match.re is _INTERJECTED and match.group("lead") in ("who", "which"):
            # (a relative clause ends where the sentence it interrupts goes on: "The town, which, she says, has lost
            # its clinic, is small")
            comma = body.find(",", clause_start, clause_end)
            clause_start, clause_end = trim_np(body, clause_start, comma if comma > 0 else clause_end)
        # (a clause opening on a quote is the quote; one holding a partial inside is still reported speech:
        # "Finding X, he said, is the “next best thing” to Y")
        if not _AT_LEAST_THREE_WORDS.match(body, clause_start, clause_end) \
                or opens_quoted_clause(quoted_ranges, clause_start, clause_end):
            continue
        resolution = resolver.resolve(*match.span("np"))
        if resolution.name is None:
            continue
        return [QuoteRecord(text=body[clause_start:clause_end], kind="indirect", start=clause_start, end=clause_end,
                            cue=match.group("cue"), **speaker_fields(resolution))]
    return []


# "The line will open in May, the deputy minister told reporters on Tuesday.": the speaker after the clause.
# (a nickname in marks inside the speaker's name is part of it: "CLAUSE, fire chief Della “Dee” Marsh said.")
_OPENING_MARK = re.compile(r"[“\"]")
# A news agency's end-of-story mark after the last sentence's stop (the Vietnam News Agency's "./."): the sentence
# still ends there ("…, Hà said./.")
_END_MARK = re.compile(r"\./(?=\.)")
_TRAILING_NP = r"(?:[^,;:\"“”«»]|(?<=[\w’'-][ \t])" + NICKNAME_MARKS + r")"
_TRAILING = re.compile(
    # (the name may close an apposition: "CLAUSE, a spokeswoman for the mayor, Ana Lind, told BNT.")
    # (the comma may close a partial quotation the clause ends on: 'CLAUSE was “a bit like a jigsaw,” X said.')
    r",(?P<closing>[\"”])?\s+(?:(?P<np>" + _TRAILING_NP + r"{2,80}?),?\s+(?:(?:has|have)\s+(?=confirmed\b))?(?P<cue>" + alternation_by_first_letter(speech_verbs.TRAILING) + r"|"
    r"told\s+(?:reporters|journalists|the\s+\w+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))"
    r"|(?P<cue2>" + alternation_by_first_letter(speech_verbs.TRAILING_INVERTED) + r")\s+(?P<np2>" + _TRAILING_NP
    + r"{2,80}?)"
    # ("CLAUSE, said Juan Perez, senior trader and strategist at Tempus Inc.": the name's apposition, a description
    # opening on an article or ending in a preposition before its organisation, or a relative clause on the name,
    # "CLAUSE, wrote Ana Lind, who had never smoked.", "…, whose farm flooded.")
    r"(?:,\s+(?:(?:an?|the|who|whose)\s|[a-z][\w-]*(?:\s+[\w&.'’-]+){0,6}?\s+(?:at|of|for|with)\s)[^;:\"“”«»]{1,120}?(?=[.!]?\s*$))?)"
    r"(?:\s+(?:on|in|at|during|after|before|from|while|late|earlier|later|this|last|yesterday|today|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:\"“”«»]{0,80})?"
    # (a participle phrase may follow the speaker: "CLAUSE, says Mokoena, pointing at the panels.", or a clause
    # of reason, time or coordination: "CLAUSE, she said, because the population had to be suppressed.")
    r"(?:,\s+[a-z]+ing\b[^,;:\"“”«»]{0,80}|,\s+(?:because|as|since|and|but|so|although|though|while|after|"
    r"before|when|until)\s[^;:\"“”«»]{0,200})?" + r"(?:" + _END_MARK.pattern + r")?[.!]?\s*$"
)
# After an inverted verb's speaker, a second verb of the same subject makes the first an action with its object
# ("…, recalled X, and closed the market"): the speaker of an inverted verb ends its sentence, with at most an
# apposition, a time or place, a participle or a subordinate clause after it
_INVERTED_RUNS_ON = re.compile(r",\s+(?:and|but|or)\s+(?:then\s+|also\s+|later\s+)?(?P<verb>[a-z]+ed)\b")
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+\w+\.?){0,2})?"
                       r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[—–-]+[ \t]*")


def _recalled_as_action(body: str, match: re.Match) -> bool:
    """After an inverted verb with an action sense ('recalled'), its speaker phrase read as the action's object: a
    second past verb follows that is no speech verb ('…, recalled X, and closed the market'; '…, and added that …'
    is still speech), or "from" follows a speaker written with an envoy's title ('recalled Ambassador X from Oslo')."""
    if any(found.group("verb") not in speech_verbs.CLAUSE_VERBS
           for found in _INVERTED_RUNS_ON.finditer(body, match.end("np2"), match.end())):
        return True
    titled = any(word.lower() in speech_verbs.RECALLED_TITLES
                 for word in re.findall(r"[\w’'-]+", match.group("np2")))
    return titled and re.match(r"\s+from\b", body[match.end("np2"):]) is not None


def _trailing_attribution(body: str, start: int, end: int, resolver: SpeakerResolver,
                          quoted_ranges: list[tuple[int, int]]) -> list[QuoteRecord]:
    """'CLAUSE, X told reporters.' and 'CLAUSE, said X.' for an unquoted clause and a named X."""
    for match in _TRAILING.finditer(body, start, end):
        if resolver.is_quoted(match.start()) and not match.group("closing"):
            continue
        if match.group("closing") and resolver.is_quoted(match.end("closing")):
            continue  # (a mark opening a quote, not closing one)
        clause_start, clause_end = trim_np(body, start, match.start())
        if match.group("closing"):
            clause_end = match.end("closing")  # the partial the clause ends on, with its comma and mark
        dateline = _DATELINE.match(body, clause_start, clause_end)
        if dateline:
            clause_start = dateline.end()  # "PARIS (AFP) — The talks …": the place and agency are not said
        words = body[clause_start:clause_end].split()
        if len(words) < 3 or words[0].lower().strip(",") in _CLAUSE_OPENERS \
                and not _condition_then_main_clause(body, clause_start, clause_end, words[0]) \
                and not _fronted_phrase_then_main_clause(body, clause_start, clause_end, words[0]):
            return []
        if opens_quoted_clause(quoted_ranges, clause_start, clause_end):
            return []
        if match.group("cue2") in speech_verbs.INVERTED_MAY_BE_ACTION and _recalled_as_action(body, match):
            return []  # "…, recalled Envoy X, and expelled two traders": an action on its objects, not speech
        np_start, np_end = trim_np(body, *match.span("np" if match.group("np") else "np2"))
        if not valid_np(body, np_start, np_end):
            return []
        if any(not nickname_between(body, open_mark=mark.start())
               for mark in _OPENING_MARK.finditer(body, np_start, np_end)):
            return []  # (marks in the speaker's phrase only as a nickname after a capitalised word: 'Della “Dee” Marsh')
        resolution = resolver.resolve(np_start, np_end)
        if resolution.name is None:
            return []
        resolutions = [resolution]
        joint = resolver.mentions_in(np_start, np_end)
        if len(joint) >= 2 and re.search(r"\s+and\s+", body[np_start:np_end]) \
                and not re.search(r"\b(?:a|an|the)\b", body[np_start:np_end].lower()):
            # "CLAUSE, Jon Pax and Ola Pett told reporters.": both speak, as in "X and Y said that …"
            resolutions = [resolver.of_mention(m) for m in joint]
        coordinated = _CONJOINED_DESCRIPTION.search(body, clause_start, clause_end) if match.group("np") else None
        if coordinated:
            # "CLAUSE, the head of the bank, Jon Pax, and his deputy, Ola Pett, told reporters.": the speaker
            # phrase coordinates two appositions; the clause ends before the first one, and both speak
            first = _conjoined_speaker(body, clause_start, coordinated.start(), resolver)
            if first is None or not _describes(resolver, np_start, np_end, coordinated.group("role")):
                return []  # (never a clause cut inside the speaker phrase)
            clause_start, clause_end = trim_np(body, clause_start, first[0])
            resolutions = [first[1], resolution]
            if len(body[clause_start:clause_end].split()) < 3:
                return []
        else:
            described = _DESCRIPTION_BEFORE_NAME.search(body, clause_start, clause_end)
            if described and match.group("np") and _describes(resolver, np_start, np_end, described.group("role")):
                # "CLAUSE, a spokeswoman for the mayor, Ana Lind, told BNT.": the description before the name is hers
                clause_start, clause_end = trim_np(body, clause_start, described.start())
        if len(resolutions) == 1:
            # "Fenwick's estimate counted old costs, she said": a person the clause names is not its "she"
            resolutions = [resolver.resolve_pronoun_not_spoken_of(resolution, body[clause_start:clause_end],
                                                                  reported=True)]
        cue_group = "cue" if match.group("cue") else "cue2"
        return [QuoteRecord(text=body[clause_start:clause_end], kind="indirect", start=clause_start,
                            end=clause_end, cue=re.sub(r"\s+", " ", match.group(cue_group)),
                            **speaker_fields(found)) for found in resolutions]
    return []


def _condition_then_main_clause(body: str, start: int, end: int, first: str) -> bool:
    """'If the pilot succeeds, the two sides may extend it': a condition (or a concessive or causal clause with its
    own subject and finite verb, 'Although the road is closed, …'), its comma, then a main clause of three words or
    more with a finite verb, all of it the trailing speaker's words."""
    opener = first.lower().strip(",")
    if opener not in CONDITIONAL_OPENERS and opener not in CONCESSIVE_OPENERS:
        return False
    comma = body.find(", ", start, end)
    if opener in CONCESSIVE_OPENERS:
        # "Although the road is closed, …": a subject and then a finite verb; "While visiting …", "Although based
        # in …" (a participle right after the opener) set the scene
        opening = body[start:comma].split()[1:] if comma >= 0 else []
        # (an adverb may stand before the participle: "Although now based …", "Though badly hurt …")
        # (an "-ly" word is an adverb only in lower case and when no noun: "Although Kelly resigned", "family")
        while len(opening) > 1 and (opening[0].lower() in VERB_ADVERBS or opening[0].islower()
                                    and opening[0].endswith("ly") and opening[0] not in LY_NOUNS):
            opening = opening[1:]
        if len(opening) < 2 or opening[0].lower().endswith(("ing", "ed")) \
                or not _FINITE_VERB.search(" ".join(opening[1:])):
            return False
    main = body[comma + 2:end] if comma >= 0 else ""
    return len(main.split()) >= 3 and _FINITE_VERB.search(main) is not None and "," not in main


def _fronted_phrase_then_main_clause(body: str, start: int, end: int, first: str) -> bool:
    """'On Monday he drove nine loads alone', 'At least nine barns burned', 'For now, the carts are loaded by hand':
    a fronted phrase of time, place or measure, then (after its comma, if any) three words or more with a finite
    verb, all of it the trailing speaker's words; a phrase naming where the words were said or written ("In a
    statement, …", "In an interview with the paper, …") or the occasion they were said at ("At a news conference
    on Tuesday, …", "On a visit to the levee, …", `documents.OCCASION_NOUNS`) sets the scene of the speaking. Without
    a comma the phrase cannot be told from its clause, so the whole clause is tested for a finite verb. A clause
    joined to another by ";", ":" or a dash ("On Monday the county closed the road; the bridge is unsafe, X said")
    holds the narrator's words too and is not taken."""
    if first.lower().strip(",") not in FRONTED_PHRASE_OPENERS:
        return False
    comma = body.find(", ", start, end)
    phrase = body[start:comma if comma >= 0 else end]
    if {word.lower().strip(".,") for word in phrase.split()} & (DOCUMENT_NOUNS | UTTERANCE_NOUNS | OCCASION_NOUNS):
        return False
    main = body[comma + 2:end] if comma >= 0 else " ".join(phrase.split()[1:])
    if _JOINED_CLAUSES.search(main):
        return False
    return len(main.split()) >= 3 and _FINITE_VERB.search(main) is not None


# two clauses joined by a semicolon, a colon or a dash between spaces
_JOINED_CLAUSES = re.compile(r";|:\s|\s[-–—]\s|—")


# ", a spokeswoman for the mayor" closing the clause before the trailing speaker's name
_DESCRIPTION_BEFORE_NAME = re.compile(r",\s+(?:an?|the)\s+(?P<role>[a-z][^,;:\"“”]{1,80})$")


# ", and his deputy" / ", and the mayor" closing the clause before the trailing speaker's name: a second apposition
# coordinated with a first ("the head of the bank, Jon Pax,")
_CONJOINED_DESCRIPTION = re.compile(r",\s+and\s+(?:(?:an?|the)\s+)?(?P<role>[a-z][^,;:\"“”]{1,80})$")
_NAME_BEFORE_COORDINATION = re.compile(r",\s+(?P<name>[^,;:\"“”]{2,80})$")


def _conjoined_speaker(body: str, floor: int, end: int, resolver: SpeakerResolver) -> tuple[int, Resolution] | None:
    """The first of two coordinated speaker appositions ending at `end` ("…, the head of the bank, Jon Pax"):
    where it starts and who it names, or None when the words before `end` are no named person (with his or her
    description, when one stands before the name)."""
    named = _NAME_BEFORE_COORDINATION.search(body, floor, end)
    if not named:
        return None
    name_start, name_end = named.span("name")
    mentions = resolver.mentions_in(name_start, name_end)
    if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (name_start, name_end):
        return None
    resolution = resolver.resolve(name_start, name_end)
    if resolution.name is None:
        return None
    start = named.start()
    described = _DESCRIPTION_BEFORE_NAME.search(body, floor, start)
    if described:
        if not _describes(resolver, name_start, name_end, described.group("role")):
            return None  # a description before the name that is not his: the phrase's start is unclear
        start = described.start()
    return start, resolution


def _describes(resolver: SpeakerResolver, start: int, end: int, role: str) -> bool:
    """Whether the people step gave the person named at body[start:end] `role` there (their apposition)."""
    return any(record.role and record.role.casefold() == role.strip().casefold()
               for mention in resolver.mentions_in(start, end) for record in mention.person.mentions
               if record.start == mention.start)


_ACCORDING_OPENING = re.compile(r"According\s+to\s+(?P<np>[^,.;:!?\"“”]{2,80}?),\s+")
_ACCORDING_CLOSING = re.compile(r",\s+according\s+to\s+(?P<np>[^,.;:!?\"“”]{2,80}?)\s*[.,;]?\s*$")


def _according_to(body: str, start: int, end: int, resolver: SpeakerResolver,
                  quoted_ranges: list[tuple[int, int]]) -> list[QuoteRecord]:
    """'According to X, CLAUSE.' and 'CLAUSE, according to X.' for a named X."""
    opening = _ACCORDING_OPENING.match(body, start, end)
    if opening:
        np, clause = opening.span("np"), (opening.end(), end)
    else:
        closing = _ACCORDING_CLOSING.search(body, start, end)
        if not closing:
            return []
        np, clause = closing.span("np"), (start, closing.start())
    clause_start, clause_end = trim_np(body, *clause)
    if not _AT_LEAST_THREE_WORDS.match(body, clause_start, clause_end):
        return []
    if opens_quoted_clause(quoted_ranges, clause_start, clause_end):
        return []
    resolution = resolver.resolve(*trim_np(body, *np))
    if resolution.name is None:
        return []
    return [QuoteRecord(text=body[clause_start:clause_end], kind="indirect", start=clause_start, end=clause_end,
                        cue="according to", **speaker_fields(resolution))]


def _overlaps_quote(quoted_ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any quoted range overlaps [start, end)."""
    index = bisect_left(quoted_ranges, (end, -1)) - 1  # the last range opening before `end`
    return index >= 0 and start < quoted_ranges[index][1]


def _cue_label(body: str, match: re.Match) -> str:
    if match.group("cue"):
        return match.group("cue")
    if match.group("cue2"):
        return _cue_text(body, match.start("cue2"), match.end("cue2"))
    if match.group("cue5"):  # the verb and its listener, up to the clause
        return re.sub(r"\s+", " ", body[match.start("cue5"):match.end()].strip())
    if match.group("cue4"):
        return re.sub(r"\s+", " ", match.group("cue4"))
    if match.group("cue3"):
        return re.sub(r"\s+that$", "", match.group("cue3").strip())
    return match.group("noun").split()[1]


# An aside between commas, or a longer one between dashes ("the needs ― stone and labour from the villages ― are"):
# left out of the window searched for a clause's finite verb, so a verb after it counts and one inside it does not
# (an abbreviation's full stop before a number or a lower-case word ends no aside: ", set for Nov. 24 at the hall,")
_ASIDE = re.compile(r",(?:[^,.;:]|\.(?=\s*(?:\d|[a-z]))){1,70},|\s[\u2015\u2014\u2013][^\u2015\u2014\u2013.;:]{1,70}[\u2015\u2014\u2013]\s")
_PRONOUN_SUBJECT = re.compile(r"(?:it|he|she|they|we|I)\s+[a-z]{3,}\b")


# "it" as the object of the speech verb: a preposition or a clause-ending adverb after it, no finite verb next
_IT_AS_OBJECT = re.compile(r"it\s+(?:" + "|".join(sorted(set(PREPOSITIONS) | clauses.OBJECT_PRONOUN_FOLLOWERS,
                                                          key=len, reverse=True))
                           + r")\b(?![ \t]+(?:is|are|was|were|will|would|could|should|can|may|might|must|has|had)\b)")


# After a medium's "that": a subject of up to three words, a verb, and a second "that" ("the debate that voters
# watched that …"): the first "that" is the medium's relative pronoun, its clause's subject its own
_RELATIVE_WITH_SUBJECT = re.compile(r"\s*(?:[a-z]+\s+){1,3}[a-z]+ed\s+that\b")


def _listener_only(text: str) -> bool:
    """Whether the words after "told" are a listener only ("the court", "BBC Radio's Today programme"), not one
    with a clause or a phrase of place still open ("the mayors who gathered in", "reporters at")."""
    words = [word.lower() for word in text.split()]
    return bool(words) and words[-1] not in PREPOSITIONS and not set(words) & {"who", "whom", "which", "that"}


# the word before a present-tense "verb" that makes it the noun of its phrase (`clauses.NOUN_PHRASE_MODIFIERS`:
# "a few words", "a big thanks", "a heartfelt thanks")
_NOUN_AFTER_MODIFIER = re.compile(r"\b(?:" + "|".join(sorted(clauses.NOUN_PHRASE_MODIFIERS, key=len, reverse=True))
                                  + r"|[a-z]+(?:ful|ous|less))\s+$")


def _zero_that_clause(body: str, start: int, end: int) -> bool:
    """'said terrorism is …': a clause without 'that' has a finite verb within its first words."""
    # an aside between commas ("talks, under way since May, would resume") is not counted in the window
    window = _ASIDE.sub(" ", body[start:min(end, start + 160)])[:80]
    subject = _PRONOUN_SUBJECT.match(window)
    it_as_object = _IT_AS_OBJECT.match(window)
    if subject and not it_as_object:
        return True  # "saying it forces investors …" (not "said it with a smile", "said it again on Monday")
    if it_as_object:
        # "it" the verb's object: only its own phrase, up to a comma, colon or dash, may hold the clause's verb
        # ("said it again on Monday, telling reporters the strike would go on", "said it with a smile: the budget
        # was balanced": what follows is another clause's)
        window = re.split(r"[,;:\u2013\u2014]", window, maxsplit=1)[0]
    present = _SHORT_SUBJECT_PRESENT.match(window)
    if present and not _NOUN_AFTER_MODIFIER.search(window, 0, present.start("verb")):
        return True  # "said the company expects to …" (not "says a few words", "says a big thanks": a noun)
    if _QUOTED_PRESENT.match(window):
        return True  # 'said the 2032 date "feels very far away"'
    if _PLURAL_ADVERB_PRESENT.match(window) or _BARE_PLURAL_ADVERB_PRESENT.match(window):
        return True  # "says the numbers only work if …", "says levees just shift the flood"
    by_object = _VERB_BEFORE_OBJECT_PRONOUN.search(window)
    if by_object and not _RELATIVE_WORD.search(window, 0, by_object.start()):
        return True  # "says diesel alone cost him …": a verb of one form for present and past, by its object
    finite = _FINITE_VERB.search(window)
    regular_past = finite and finite.group().endswith("ed") and finite.group() != "used"
    if finite and (finite.group() in CLAUSE_IRREGULAR_PAST or regular_past) \
            and _OBJECT_THEN_OWN_CLAUSE.search(window, 0, finite.start()):
        # "said the words that became a slogan", "said the prayer everyone knew", "said a prayer as the tide rose",
        # "said the words that changed the town": a first finite verb of `clauses.CLAUSE_IRREGULAR_PAST` or a regular
        # past (forms rarely a clause's own after such an object) is the object's own relative or time clause's; a
        # second one must be the reported clause's ("said the man who became mayor was arrested"; "used to" tells a
        # habit, its contrast often in a present verb no finite-verb pattern reads: "said the hives that used to swarm
        # in May now swarm in April")
        return bool(_FINITE_VERB.search(window, finite.end()))
    return bool(finite)


# A word taking an object pronoun, no preposition or conjunction ("cost him", "put them", "hurt us"; not "of them",
# "and them"); "her" is left out, a possessive as often
_VERB_BEFORE_OBJECT_PRONOUN = re.compile(
    r"\b(?!(?:" + "|".join(sorted(map(re.escape, PREPOSITIONS | _CONJUNCTIONS | {"or", "nor", "than"}), key=len, reverse=True))
    + r")\s)[a-z]{3,}\s+(?:him|them|us|me)\b")


_RELATIVE_WORD = re.compile(r"\b(?:" + "|".join(RELATIVE_WORDS) + r")\b", re.I)


# A finite verb: an auxiliary (also "cannot"), a regular past, or an irregular past of `eventwords.IRREGULAR_PAST` or
# `clauses.CLAUSE_IRREGULAR_PAST` ("said the real pressure came from the factories", "said the water rose in an hour")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|will|would|could|should|can|cannot|may|might|must|has|have|had|did|does|do|"
                          r"[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST | CLAUSE_IRREGULAR_PAST, key=len, reverse=True))
                          + r")\b")


# A present-tense verb right after a short subject: "the company expects", "Havtind plans", "its board wants".
# (the subject may carry a relative clause without "that": "the solar fence the village put up in 2023 works")
_SUBJECT_DETERMINERS = r"(?:the|a|an|its|his|her|their|our|every|each|this|these|those)"
_SHORT_SUBJECT_PRESENT = re.compile(r"(?:" + _SUBJECT_DETERMINERS + r"\s+(?:[a-z]+\s+)?[a-z]+"
                                    r"\s+(?:the|a|an|its|his|her|their|we|they|he|she|you|I)\s+[a-z]+"
                                    r"(?:\s+\w+){0,4}?|" + _SUBJECT_DETERMINERS + r"\s+[a-z]+|[A-Z][a-z]+)"
                                    r"\s+(?:also\s+)?"
                                    r"(?P<verb>[a-z]{2,}[^s\W]s)\b(?!\s+(?:of|and|or|for)\b)")


# Before a clause's first finite verb, what makes that verb belong to the speech verb's object rather than to a
# reported clause: a relative word ("a man who spoke …", "the words that became …", "the lines that the pupils
# forgot …"; a "that" after no such object is the clause's own, "said afterwards that the city grew"), a relative
# clause without "that" whose pronoun subject follows the object ("the prayer everyone knew …"), or a subordinator
# after the object ("a prayer as the tide rose", "grace before the meal grew cold"; not "as many as …", which opens
# the clause, nor "as well")
_OBJECT_NOUN_PHRASE = r"(?:[a-z-]+\s+){0,2}?[a-z-]{3,}\s+"
_OBJECT_THEN_OWN_CLAUSE = re.compile(
    r"\b(?:" + "|".join(word for word in RELATIVE_WORDS if word != "that") + r")\b|\bthat\s+$"
    r"|^\s*" + _SUBJECT_DETERMINERS + r"\s+" + _OBJECT_NOUN_PHRASE + r"that\s+(?:[a-z]+\s+){1,3}$"
    r"|^\s*" + _SUBJECT_DETERMINERS + r"\s+" + _OBJECT_NOUN_PHRASE
    + r"(?:" + "|".join(clauses.REDUCED_RELATIVE_SUBJECTS) + r")\s"
    r"|^\s*(?!(?:" + "|".join(clauses.OBJECT_TIME_SUBORDINATORS) + r")\s)(?:" + _SUBJECT_DETERMINERS + r"\s+)?"
    + _OBJECT_NOUN_PHRASE
    + r"(?:" + "|".join(clauses.OBJECT_TIME_SUBORDINATORS) + r")\s+(?!(?:many|much|well|long|far|soon|of|to)\b)")


# An adjective's ending, which no bare present verb has: after an object noun and an adverb the word is a predicate
# of the object, no verb ("writes books still popular with children", "wrote tunes still famous in the valley")
_ADJECTIVE_ENDING = r"(?![a-z]+(?:able|ible|ous|ful|less|ular)\b)"
# A plural subject, an adverb, then its bare present verb: "the numbers only work", "its buyers still pay" (not "the
# words only once", "the prices only in May": a function word after the adverb; nor an object noun and its
# participle, "wrote the songs still sung at …", "warned the crews still working …": an '-ed' or '-ing' word)
_PLURAL_ADVERB_PRESENT = re.compile(
    _SUBJECT_DETERMINERS + r"\s+(?:[a-z0-9-]+\s+)?[a-z]+s\s+(?:" + "|".join(
        r"\s+".join(adverb.split()) for adverb in VERB_ADVERBS) + r")\s+(?!(?:"
    + "|".join(sorted(NOT_VERBS_AFTER_ADVERB | PREPOSITIONS, key=len, reverse=True)) + r")\b)"
    r"(?![a-z]+(?<!e)ed\b)(?!(?!(?:" + "|".join(sorted(BARE_VERBS_IN_ING)) + r")\b)[a-z]{2,}ing\b)"
    + _ADJECTIVE_ENDING + r"[a-z]{2,}\b(?![’'])")

# ... and a bare plural subject, with no determiner ("says levees just shift the flood"): the verb after the adverb
# no past form, participle or -ing word ("wrote songs still sung", "letters now kept", "poems often written")
_BARE_PLURAL_ADVERB_PRESENT = re.compile(
    r"(?!(?:" + _SUBJECT_DETERMINERS + r"|yes)\b)[a-z]{2,}(?<![su])s\s+(?:" + "|".join(
        r"\s+".join(adverb.split()) for adverb in VERB_ADVERBS) + r")\s+(?!(?:"
    + "|".join(sorted(NOT_VERBS_AFTER_ADVERB | PREPOSITIONS | IRREGULAR_PAST | CLAUSE_IRREGULAR_PAST,
                      key=len, reverse=True)) + r")\b)"
    r"(?![a-z]+(?:ed|en|ing)\b)" + _ADJECTIVE_ENDING + r"[a-z]{2,}\b(?![’'])")

# A short subject, then a quoted fragment its present verb opens: 'the 2032 date "feels very far away"' (not a noun
# of things said or written before the marks, 'the words "thanks a lot"', 'the motto "stays afloat"', nor a quoted
# word alone, 'the team "thanks"')
_QUOTED_PRESENT = re.compile(
    _SUBJECT_DETERMINERS + r"\s+(?:[a-z0-9-]+\s+)?(?!(?:" + "|".join(sorted(
        _SAID_THING_NOUNS | QUOTED_WORDS_NOUNS | NAMED_WORDS_NOUNS, key=len, reverse=True)) + r")\s)[a-z-]+\s+"
    r"[\"“](?:also\s+|only\s+|still\s+)?[a-z]{2,}[^s\W]s\s+[a-z]")


def _shares_auxiliary(body: str, start: int, match: re.Match) -> bool:
    """'said the board had met on Monday and endorsed the plan': the past verb after "and"/"but" is a participle the
    reported clause's own "had" governs, no act of the speaker's (a cue of speech, a gesture, a refusal); a simple
    past after a clause with no such auxiliary ("said the water rose and flooded …") is read as the speaker's."""
    second = match.group("second")
    perfect = _OWN_SUBJECT_PERFECT.match(body, start, match.start())
    return second.endswith("ed") and second not in _SPEAKER_ACT_PAST and perfect is not None \
        and not (second in speech_verbs.SPEAKER_MOVES_PAST and _speakers_move(body, perfect, match))


def _speakers_move(body: str, perfect: re.Match, match: re.Match) -> bool:
    """'said she had seen the report and resigned', '… and moved to the hills with her family': a movement after
    "and"/"but" is the speaker's when the clause's subject is her pronoun or her possessive follows the verb; else the
    clause's own subject's ('said the ferry had left Elm and headed for the coast')."""
    return perfect.group("subject").lower() in _SPEAKER_SUBJECT_PRONOUNS \
        or _SPEAKER_POSSESSIVE_AFTER.match(body, match.end("second")) is not None


_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]+")  # a name's word, as `_claimed_by_speaker` compares them


def _claimed_by_speaker(body: str, start: int, claimer: str) -> bool:
    """Whether the subject of an ", as … claimed" clause is the speaker herself: her name in the sentence before the
    reported clause ('Tova Renk said …, as Renk claimed …')."""
    sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), 0)
    before = set(_CAPITALISED_WORD.findall(body[sentence_start:start]))
    return any(word in before for word in _CAPITALISED_WORD.findall(claimer))


def _clause_end(analysis: ArticleAnalysis, start: int, end: int, denying: bool = False) -> int:
    body = analysis.body
    match = analysis.forward(_CLAUSE_END).search(start, end)
    while match:
        said = _AS_OTHERS_SAID.match(body, match.start(), end) if denying else None
        if said and not _claimed_by_speaker(body, start, said.group("claimer")):
            resume = said.end()  # the claim a denial answers stays in its clause
        elif match.group() == "\u2014":
            aside = _EM_DASH_ASIDE.match(body, match.start(), end)
            if not aside:
                break
            resume = aside.start() + aside.group().rindex("\u2014") + 1
        elif match.group("claim") and not _claimed_by_speaker(body, start, match.group("claimer")):
            resume = match.end()  # another's claim the clause answers stays in it
        elif match.group("second") and _shares_auxiliary(body, start, match):
            resume = match.end("second")
        else:
            break
        match = analysis.forward(_CLAUSE_END).search(resume, end)
    return match.start() if match else end


# '“…,” he said, adding that …', '“…,” Webb told reporters, warning that …': the attribution just before a participle.
_SAID_BEFORE_PARTICIPLE = re.compile(
    r"[,\"”’]\s+(?P<np>[^,;:\"“”«»]{1,60}?)\s+(?:" + alternation_by_first_letter(speech_verbs.TRAILING)
    + r"|told\s+[^,;:\"“”«»]{1,40}?),\s*(?:(?:before|after|then|and|while|later)\s+)?$")


# '“…,” he said, before adding that …': a linking word between the attribution's comma and the participle
_LINK_BEFORE_PARTICIPLE = re.compile(r",\s+(?:before|after|then|and|while|later)\s+$")
# A sentence whose subject is "he" or "she", then its verb ("She rejected …")
_PRONOUN_OPENING = re.compile(r"[\s\"“”‘’']*(?P<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:ed|[^s\W]s)\b")


# a second verb joined to the first by a comma and "then" ("Renk nods, then says …"), as "and then" joins it
_COMMA_THEN = re.compile(r",\s+then\s+")
# a clause subject's name followed by "and" and another name ("Brandt and Moen left the hall, then said")
_AND_ANOTHER_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _indirect_speakers(body: str, sentence_start: int, match: re.Match, resolver: SpeakerResolver) -> list[Resolution]:
    if match.group("noun"):
        mentions = resolver.mentions_in(max(sentence_start, match.start() - 60), match.start())
        if mentions and mentions[-1].end == match.start():
            mention = mentions[-1]
            return [resolver.of_mention(mention)]
        return []
    cue_start = match.start()
    verb = (match.group("cue") or match.group("cue2") or match.group("cue3") or match.group("cue4")
            or match.group("cue5") or "").split()[0]
    np = _np_before(body, sentence_start, cue_start)
    filler_end = _filler_end(body, sentence_start, cue_start)
    if np is None and (_ends_with_word(body, sentence_start, filler_end, _CONJUNCTIONS)
                       or _COMMA_THEN.fullmatch(body, filler_end - 1, cue_start)):
        # "Carter offered condolences, and called for …", "Renk nods, then says …": the clause's subject speaks
        np = _clause_subject(body, sentence_start, cue_start, resolver)
        if np is not None and _AND_ANOTHER_NAME.match(body, np[1], cue_start):
            return []  # "Brandt and Moen left, then said …": a coordinated subject, not its first person alone
    if verb.endswith("ing"):
        if np is not None:
            mentions = resolver.mentions_in(*np)
            if mentions and mentions[-1].end == np[1]:
                mention = mentions[-1]
                return [resolver.of_mention(mention)]
            if not body[np[0]:cue_start].rstrip().endswith(",") and not _LINK_BEFORE_PARTICIPLE.search(
                    body, np[0], cue_start):
                return []
        # '“…,” he said, adding that …': the speaker of the attribution the participle follows (a pronoun too)
        said = _SAID_BEFORE_PARTICIPLE.search(body, sentence_start, cue_start)
        if said:
            resolution = resolver.resolve(*trim_np(body, *said.span("np")))
            if resolution.name:
                return [resolution]
        # "X disagreed, saying …", "X, a minister, defended it, saying …": the sentence's subject speaks
        subject = resolver.person_antecedent(cue_start, None, limit_sentences=1)
        if subject and resolver.sentence_of(subject.start) == resolver.sentence_of(cue_start):
            return [resolver.of_mention(subject)]
        pronoun = _PRONOUN_OPENING.match(body, sentence_start, cue_start)
        if pronoun:  # "She rejected the claims, saying that …": the sentence's pronoun subject speaks
            resolution = resolver.resolve(*pronoun.span("pronoun"))
            if resolution.name:
                return [resolution]
        return []
    if np is None:
        return []
    np_start, np_end = np
    text = body[np_start:np_end]
    first = _coordinated_subject(body, sentence_start, np_start, resolver)
    if first is not None:
        second = resolver.resolve(np_start, np_end)
        if second.name and second.name != first.name:
            # "The head of the bank, Jon Pax, and his deputy, Ola Pett, said …": both speak, as "X and Y said"
            return [first, second]
    if re.search(r"\s+and\s+", text):
        mentions = resolver.mentions_in(np_start, np_end)
        if len(mentions) >= 2 and not re.search(r"\b(?:a|an|the)\b", text.lower()):
            return [resolver.of_mention(m) for m in mentions]
    np_end = _before_of_phrase(body, np_start, np_end, resolver)
    if not valid_np(body, np_start, np_end):
        mention = _name_just_before(resolver, np_start, np_end)
        return [resolver.of_mention(mention)] if mention else []
    resolution = resolver.resolve(np_start, np_end)
    description = None if resolution.name else resolver.description_ending(np_start, np_end)
    if description and _ADVERB_BEFORE_SUBJECT.fullmatch(body, np_start, description[0]):
        # "Later the minister said …": an adverb, then a description the people step read as its holder's (which
        # is no name mention of the analysis, so the phrase with the adverb resolves to nobody)
        resolution = resolver.resolve(*description)
    return [resolution] if resolution.name else []


# a second verb joined to the first by a comma and "then" ("Renk nods, then says …"), as "and then" joins it
_ADVERB_BEFORE_SUBJECT = re.compile(r"(?i:" + "|".join(sorted(clauses.ADVERBS_BEFORE_A_SUBJECT))
                                    + r")\s*,?\s+")
_AND_BEFORE_SUBJECT = re.compile(r",\s+and\s+$")


def _coordinated_subject(body: str, sentence_start: int, np_start: int, resolver: SpeakerResolver) -> Resolution | None:
    """'The head of the bank, Jon Pax, and his deputy, Ola Pett, said': the first of two coordinated subjects,
    when the sentence opens with it, a named person alone or with the description the people step gave him there
    (before or after the name); None otherwise."""
    conjunction = _AND_BEFORE_SUBJECT.search(body, max(sentence_start, np_start - 8), np_start)
    if conjunction is None:
        return None
    opening, _ = trim_np(body, sentence_start, conjunction.start())
    parts = [trim_np(body, start, end) for start, end in _comma_spans(body, opening, conjunction.start())]
    if not 1 <= len(parts) <= 2:
        return None
    named = [part for part in parts if any((m.start, m.end) == part for m in resolver.mentions_in(*part))]
    if len(named) != 1:
        return None
    for part in parts:
        if part != named[0] and not _describes(resolver, *named[0], re.sub(
                r"^(?:an?|the)\s+", "", body[part[0]:part[1]], flags=re.IGNORECASE)):
            return None
    resolution = resolver.resolve(*named[0])
    return resolution if resolution.name else None


def _comma_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for comma in re.finditer(",", body[start:end]):
        spans.append((cursor, start + comma.start()))
        cursor = start + comma.end()
    spans.append((cursor, end))
    return spans


def _before_of_phrase(body: str, start: int, end: int, resolver: SpeakerResolver) -> int:
    """'Judge Ann Bell of the district court for the northern district wrote that …': a long 'of' phrase after
    a name only places the person, so the subject ends with the name."""
    for mention in resolver.mentions_in(start, end):
        if re.match(r"\s+of\s", body[mention.end:end]) and "," not in body[mention.end:end]:
            return mention.end
    return end


_CONTACT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _contact_clause_subject(body: str, start: int, end: int, resolver: SpeakerResolver) -> tuple[int, int]:
    """'The first thing the secretary said to her was, “…”', 'The last words Reyes said were': a noun for what is
    said (`quote_words.SAID_THING_NOUNS`) followed by another noun phrase with no word between them opens a
    relative clause without "that", whose subject (the second phrase) is the one who speaks; the phrase is
    returned as it was otherwise."""
    words = [(match.start(), match.group(0)) for match in re.finditer(r"\S+", body[start:end])]
    if len(words) < 3 or words[0][1].lower() != "the":
        return start, end
    for index in range(2, min(len(words), 5)):
        offset, word = words[index]
        if words[index - 1][1] not in _SAID_THING_NOUNS or not all(
                w.isalpha() and w.islower() for _, w in words[1:index]):
            continue  # ("The Trump campaign sent a fundraising email": a clause, no thing said)
        position = start + offset
        opens = word.lower() in _CONTACT_DETERMINERS and word[:1].islower() or any(
            mention.start == position for mention in resolver.mentions_in(position, end))
        if opens:
            return position, end
    return start, end


# prepositions whose object may be the subject of a gerund after it ("angry about Pia Lund saying “…”", "a video
# of Reyes saying"); not "to", "for" or "with" ("a letter to Pia Lund saying" is the letter's words)
_GERUND_PREPOSITIONS = frozenset({"of", "about", "on", "over", "at"})


def _gerund_subject(body: str, resolver: SpeakerResolver, start: int, end: int):
    """'What do you think of Carson privately saying “…”': a name right before a gerund cue (an adverb in
    "-ly" between them at most), as the object of a preposition of `_GERUND_PREPOSITIONS`, is who says it."""
    mentions = resolver.mentions_in(start, end)
    if not mentions or resolver.is_quoted(mentions[-1].start):
        return None
    mention = mentions[-1]
    if any(not word.endswith("ly") for word in body[mention.end:end].split()):
        return None
    before = [word for word in body[max(start, mention.start - 40):mention.start].split()]
    while before and (before[-1][:1].isupper() and before[-1].lower().rstrip(".") in TITLE_HEADS | HONORIFICS):
        before.pop()  # "about Mayor Ann Bell saying"
    return mention if before and before[-1].lower() in _GERUND_PREPOSITIONS else None


def _name_just_before(resolver: SpeakerResolver, start: int, end: int):
    """'At their joint press conference Petrov welcomed …': a name right before the verb is its subject."""
    mentions = resolver.mentions_in(start, end)
    if mentions and mentions[-1].end == end and not resolver.is_object(mentions[-1]):
        return mentions[-1]
    return None
