"""Events step, trigger finding: the vocabulary of event trigger words and phrases (`TRIGGERS`, by event type) and
the pass that finds them in an article body. A trigger inside long quoted speech, inside a proper name ("Board of
Elections"), opening an instruction to the reader ("Visit our website"), or next to words that make it something
else ("cold war", "heart attack", "a band called X", "voted for", a count of happenings) is rejected; the row
regexes run only in windows around their own keywords, found in one pass (speed). `events` reads each trigger
found here as an event mention."""
from __future__ import annotations

import re
from bisect import bisect_right

from loaders.extract.analysis import ArticleAnalysis
from loaders.extract.data.eventwords import (AUDIENCE_WORDS, CALL_FOLLOWERS, ELECTION_MODIFIED_HEADS, CLASS_TRIGGERS, DENIED_ATTACK_GERUNDS, PRESS_BRIEFING,
                                             QUALIFIED_AUDIENCES, REPORTED_CLAUSE_VERBS)


EVENT_TYPES = (
    "meeting", "visit", "agreement_signing", "phone_call", "statement", "press_conference", "attack", "war",
    "election", "vote_veto", "diplomatic_relations", "delegation_visit", "other",
)

_AGREEMENT_NOUN = (r"(?:agreements?|memorand(?:um|a)|accords?|treat(?:y|ies)|deals?|pacts?|protocols?|MoU|convention|"
                   r"road\s?maps?|declarations?|contracts?|communiqu[eé]s?|charters?|documents?|ceasefires?|"
                   r"cease-fires?|truces?|armistices?)")
_RELATIONS_VERB = (r"(?:establish(?:ed|es|ing|ment\s+of)?|re-?establish(?:ed|es|ing|ment\s+of)?|"
                   r"restor(?:e|ed|es|ing|ation\s+of)|resum(?:e|ed|es|ing|ption\s+of)|sever(?:ed|s|ing|ance\s+of)?|"
                   r"cut|cutting|broke\s+off|break(?:ing)?\s+off|"
                   r"normali[sz](?:e|ed|es|ing|ation\s+of)|upgrad(?:e|ed|ing))")
_NAME_AHEAD = r"(?=(?:(?:his|her|their|the)\s+)?(?:[A-Z][\w’'-]+))"
# The dates a remark to an audience is told with: a weekday, yesterday or today, this or last week, month or year,
# a month.
_TOLD_DATE = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
              r"(?:last|this|earlier\s+this)\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|"
              r"August|September|October|November|December)")

# (event type, trigger regex). Case-insensitive unless the regex sets (?-i:...). Earlier rows win overlaps.
TRIGGERS: list[tuple[str, str]] = [
    ("agreement_signing", r"\bsign(?:ed|s|ing)?\b(?:\s+(?!and\b|but\b)[\w’'-]+){0,7}?\s+" + _AGREEMENT_NOUN + r"\b"),
    ("agreement_signing", r"\b(?:signing|signature)\s+of\s+(?:\w+\s+){0,6}?" + _AGREEMENT_NOUN + r"\b"),
    ("agreement_signing", r"\b" + _AGREEMENT_NOUN + r"(?:\s+[\w’'-]+){0,3}?\s+(?:was|were|has\s+been|had\s+been)\s+"
                          r"(?:\w+ly\s+)?signed\b"),
    # "The agreement, signed by the ministers late Thursday, ...", "a ceasefire signed in November 2022"
    ("agreement_signing", r"\b" + _AGREEMENT_NOUN + r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?signed\b"
                          r"(?=\s+(?:by|on|in|at|last|late|early|earlier|this|(?-i:[A-Z])))"),
    # "the fund agreed in Egypt last November": what negotiators agreed is a concluded agreement.
    ("agreement_signing", r"\b(?:" + _AGREEMENT_NOUN[3:-1] + r"|funds?|frameworks?)\s+(?:(?:was|were)\s+)?agreed\b"
                          r"(?=\s+(?:on|in|at|last|late|early|earlier|this)\b)"),
    ("press_conference", r"\b(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)s?\b|" + PRESS_BRIEFING),
    ("phone_call", r"\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b|\bphoned\b|\bvideo\s?conferences?\b|"
                   r"\bvideo\s+(?:call|link)s?\b"
                   r"|\b(?:spoke|talked|spoken|speaks|talks)\s+(?:(?:with|to)\s+(?:[\w’'.-]+\s+){1,6}?)?"
                   r"(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"),
    # "called Prime Minister X", not "called for", "called X's plan stupid", "called X a liar"
    ("phone_call", r"(?-i:\bcalled(?=\s+" + _NAME_AHEAD[3:-1] + r")(?!\s+(?:the|a|an|on|for|it|them|this|that)\b)"
                   r"(?!\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+['’]s\b)"
                   r"(?!\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+\s+(?:a|an|the)\b)"
                   # "called X unworthy of the office", "called X weak": a lower-case complement after the name, not
                   # the call's time, purpose or manner (`eventwords.CALL_FOLLOWERS`)
                   r"(?!\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+\s+(?!(?:" + "|".join(sorted(CALL_FOLLOWERS))
                   + r")\b)[a-z][\w-]*\b))"),
    ("phone_call", r"(?:\b(?:the|his|her|their)|(?-i:\b[A-Z]\w+)['’]s)\s+call\b(?!\s+(?:for|on|of|to\s+(?:action|arms|prayer)))"
                   r"|\ba\s+call\s+(?:with|between|to\s+(?!(?:action|arms|prayer)\b))"),
    ("delegation_visit", r"\b(?:host(?:ed|s|ing)?|receiv(?:ed|es|ing)|welcom(?:ed|es|ing)|invit(?:ed|es|ing)|"
                         r"summon(?:ed|s|ing)|sent|send(?:s|ing)?|dispatch(?:ed|es)?|led|head(?:ed|s))\s+"
                         r"(?:a|an|the|its|his|their)?\s*(?:[\w’'-]+\s+){0,2}?delegations?\b"),
    ("delegation_visit", r"\bdelegations?\s+(?:(?:from|of)\s+[\w’'-]+\s+)?(?:arrived|visited|met|travell?ed)\b"),
    ("diplomatic_relations", r"\b" + _RELATIONS_VERB + r"\s+(?:\w+\s+){0,4}?(?:diplomatic\s+)?(?:relations|ties)\b"),
    ("diplomatic_relations", r"\b(?:diplomatic\s+)?(?:relations|ties)\s+(?:were|was|had\s+been|have\s+been)\s+"
                             r"(?:\w+\s+)?" + _RELATIONS_VERB + r"\b"),
    ("diplomatic_relations", r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:severed|restored|cut\s+off|broken\s+off|"
                             r"re-?established|normali[sz]ed|resumed|upgraded)\b"),
    ("diplomatic_relations", r"\b(?:\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+years\s+(?:of|since\s+the\s+\w+\s+of)\s+"
                             r"(?:diplomatic\s+)?(?:relations|ties)\b"),
    ("meeting", r"\b(?:met|meet|meets|meeting|meetings|talks|summit|summits|conferred|held\s+talks)\b"),
    ("meeting", r"(?-i:\bhost(?:s|ed)(?=\s+[A-Z]))"),
    ("visit", r"\b(?:visit|visits|visited|visiting|arrival|arrived\s+in|arrives\s+in|"
              r"travell?ed\s+to|travel(?:s|ling|ing)?\s+to|flew\s+to|flies\s+to|fly(?:ing)?\s+to)\b"),
    # A trip or a tour is a visit when it goes somewhere named or is someone's: "trip to Moscow", "his tour".
    ("visit", r"\b(?:trip|tour)s?(?=\s+(?:to|of|through|across)\s+(?:the\s+)?(?-i:[A-Z]))"
              r"|(?:\b(?:his|her|their)|(?-i:\b[A-Z]\w+)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour)\b"),
    ("statement", r"\b(?:statements?|announced|announcement|declared|condemned|condemnation|"
                  r"denied|denial)\b"),
    ("statement", r"\b(?:conceded\s+defeat|concession\s+speech)\b"),
    # (the body's name may run on with "of"/"and" and capitalised words and end in its acronym: "the Ministry of
    # Infrastructure and Land Transport said on Thursday", "the Department of Foreign Affairs (DFA) said Thursday";
    # "the commission said on Monday" was tried too: on the check halves its statement's name came out wrong)
    ("statement", r"\b(?:officials?|ministry|government|office|spokes(?:man|woman|person)|army|military|cabinet|"
                  r"embassy|kremlin|department|council|agency|authorities|negotiator|minister|president|envoy)\s+"
                  r"(?:(?-i:[A-Z][\w’'-]+\s+){1,3})?"
                  r"(?:(?:" + "|".join(r"(?<=%s\s)" % head for head in ("ministry", "department", "council", "agency",
                                                                             "office")) + r")"
                  r"(?:of|for|on)\s+"
                  r"(?:the\s+)?(?:(?:(?:and|of|for|on|the)\s+)?(?-i:[A-Z][\w’'-]+\s+)){1,6})?"
                  r"(?:\((?-i:[A-Z][A-Za-z&.-]{1,9})\)\s+)?(?:said|stated|confirmed)\b"
                  r"(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"),
    # "he told reporters at the ministry on Thursday evening", "told investors last week", "told a local broadcaster
    # this week": a dated remark to an audience (`eventwords.AUDIENCE_WORDS`)
    # A date that is the subject of the reported clause ("told investors this year would be", "told analysts last
    # year's results") is its topic, not the remark's day (`eventwords.REPORTED_CLAUSE_VERBS`).
    ("statement", r"\btold\s+(?:[\w’'-]+\s+){0,3}?(?:"
                  + "|".join(sorted([q.replace(" ", r"\s+") for q in QUALIFIED_AUDIENCES] + sorted(AUDIENCE_WORDS),
                                    key=len, reverse=True)) + r")\b"
                  r"(?=(?:\s+(?:at|in)(?:\s+[\w’'-]+){1,3}?)?\s+(?:on\s+)?(?:" + _TOLD_DATE + r")\b"
                  r"(?!['’]s\b|\s+(?:" + "|".join(sorted(REPORTED_CLAUSE_VERBS)) + r"|\w+ed)\b))"),
    ("attack", r"\b(?:(?:terror(?:ist)?|suicide|missile|rocket|drone|surprise|chemical)\s+)?(?:attacks?|attacked|"
               r"bombings?|bombed|massacres?|siege|hostage[- ]taking|assaults?|raids?|air\s?strikes?|shootings?|"
               r"ambush(?:ed)?|hijackings?|explosions?|blasts?|(?:drone|missile|rocket|artillery)\s+strikes?|"
               r"(?:launched|fired)\s+(?:(?:\d+|dozens\s+of|hundreds\s+of|a\s+barrage\s+of)\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:drones|missiles|rockets|shells)|"
               # "officers had used live ammunition", "fired live rounds at the crowd"
               r"(?:fired|used|firing|using)\s+live\s+(?:ammunition|rounds|fire|bullets)|"
               # "denied shelling the hospital" (`eventwords.DENIED_ATTACK_GERUNDS`)
               r"(?:(?<=deny\s)|(?<=denies\s)|(?<=denied\s)|(?<=denying\s))(?:"
               + "|".join(DENIED_ATTACK_GERUNDS) + r"))\b"),
    ("war", r"\b(?:wars?|invasion|invaded|military\s+(?:operation|intervention|campaign|offensive)s?|offensive|"
            r"crackdown|hostilities)\b"),
    ("election", r"\b(?:elections?|elected|re-elected|referend(?:um|a)|ballot|runoff|primaries|early\s+voting|"
                 r"polls\s+(?:open|opened|close|closed)|"
                 r"(?:choose|chose|chosen|choosing|elect|elects|electing)\s+(?:a|their|its)\s+new\s+"
                 r"(?:president|parliament|government|mayor|governor|leader|prime\s+minister))\b"),
    ("vote_veto", r"\b(?:veto(?:ed|es)?|vetoing|voted|abstained|vote\s+(?:on|for|against)|"
                  r"resolution\s+(?:was\s+)?(?:passed|adopted|rejected)|"
                  r"(?:was|were)\s+passed\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:legislature|parliament|senate|house|"
                  r"assembly|congress|council|lawmakers))\b"),
    ("other", r"\b(?:laid\s+a\s+wreath|wreath[- ]laying|inaugurat(?:e|ed|es|ing|ion)|"
              r"(?:assum(?:ed|ing|es|e)|took|taking|seized|came\s+to|coming\s+to)\s+power|(?:took|tak(?:es|ing|en))\s+office|"
              r"sworn\s+in|resign(?:ed|ation)|(?:military|attempted|failed|staged\s+a|launched\s+a)\s+coup|"
              r"coup\s+(?:attempt|d['’][ée]tat)|funeral|opened\s+(?:a|an|the)\s+(?:new\s+)?(?:exhibit(?:ion)?|"
              r"embassy|consulate|museum))\b"),
    # Disasters, strikes and walkouts, court rulings and lawsuits.
    ("other", r"\b(?:earthquakes?|quake|tsunami|cyclone|hurricane|typhoon|wildfires?|(?<!\bby\sa\s)landslides?(?!\s+(?:victory|victories|win|wins|majority|defeat|re-?election))|"
              r"walk(?:ed)?\s+out\s+of|walkout|went\s+on\s+strike|(?:general|national|nationwide|indefinite|\d+-hour|"
              r"one-day|two-day|three-day)(?:\s+(?:rail|transport|port|dock|teachers['’]?|doctors['’]?|nurses['’]?|"
              r"workers['’]?|public[- ]sector|\d+-hour))?\s+strikes?|"
              r"strikes?\s+(?:by|over)\b|stayed\s+off\s+work|"
              r"(?:temporarily\s+|permanently\s+)?blocked\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:law|ban|order|rule)|"
              r"struck\s+down|verdict|sentenced|convicted|acquitted|(?:filed|brought)\s+(?:a\s+)?(?:law)?suit|"
              r"lawsuit\s+(?:was|were)\s+(?:brought|filed)|signed\s+into\s+law|"
              # "(the bill was passed) and signed by the governor": a head of state or government enacting it
              r"signed(?=\s+by\s+(?:the\s+)?(?:governor|president|king|queen|monarch|emperor|prime\s+minister)\b)|"
              r"ruled(?!\s+out\b)(?:\s+[\w.]+){0,2}?\s+(?:that|against|in\s+favou?r)|"
              r"appealed\s+(?:against\s+)?(?:the|a|its|his|her|their)\s+(?:[\w-]+\s+)?(?:ruling|verdict|decision|sentence|"
              r"conviction|judge?ment)|"
              r"launch(?:ed|es|ing)?\s+(?:the|a|an|its)\s+(?:[\w()-]+\s+){0,6}?(?:area|initiative|pilot|scheme|"
              r"programme|program|fund|platform|mission)|"
              r"(?:initiative|pilot|scheme|programme|program|platform)\s*,?\s+(?:was\s+)?launched)\b"),
]
# the rows by semantic class (`eventwords.CLASS_TRIGGERS`), after the typed ones (which win overlaps)
TRIGGERS += [(event_type, regex) for _, event_type, _, regex in CLASS_TRIGGERS]

# Words right before or after a trigger that make it something other than an event of that type.
_EXCLUDE_AFTER = {
    "war": re.compile(r"^(?:\s+on\s+(?:terror|terrorism|drugs|poverty)|\s*crimes?|-making|\s+of\s+words|\s+chest|"
                      r"\s+room|\s+footing|time\b)", re.I),
    "meeting": re.compile(r"^(?:\s+(?:about|up|down|tough|big|back)\b|\s+of\s+(?:the\s+)?minds\b|"
                          r"\s+(?:the|its|their|our|his|her|a|all)?\s*(?:[\w’'-]+\s+){0,2}?(?:demands?|needs?|targets?|expectations?|"
                          r"requirements?|criteria|goals?|deadlines?|obligations?|standards?|bar|thresholds?|benchmarks?|quotas?|"
                          r"commitments?|challenges?|costs?)\b|\s+point)", re.I),
    "attack": re.compile(r"^(?:\s+(?:helicopters?|dogs?|ads?)|[- ](?:weapons?|rifles?|style|submarines?))", re.I),
    # "a general election campaign", "this election cycle": the election word qualifies a stretch of time or effort
    # (`eventwords.ELECTION_MODIFIED_HEADS`), no vote held ("the election results" tell one)
    "election": re.compile(r"^\s+(?:" + "|".join(sorted(ELECTION_MODIFIED_HEADS)) + r")\b", re.I),
    "statement": re.compile(r"^(?:\s+(?:of|on)\s+principles?)", re.I),
}
_EXCLUDE_BEFORE = {
    # "a down ballot effect", "the down ballot races": the races lower on the ballot; not the particle of a verb
    # ("shot/voted/turned down ballot Measure 8": a ballot held)
    "election": re.compile(r"(?:^|[^\w\s]|\b(?:a|an|the|of|on|for|in|to|and|or|its|their|his|her|any|these|"
                           r"those|other|key|many|some|all))\s+down\s+$", re.I),
    "war": re.compile(r"(?:\bcold|\btrade|\bprice|\bcivil\s+society|\bculture|\bproxy|\bholy|\bworld|\bpost-|"
                      r"\bdrugs?|\bbidding|\btariff|\bcurrency|\bturf|\btalent|\bflame|\bpr|\bmedia|\bclass|"
                      r"\bpre-|\bthe\s+fight|\banti-|\bnon-)\s*$", re.I),
    # "heart attack", "to launch raids", "threatening an attack", "plotting attacks": no attack took place
    "attack": re.compile(r"(?:\b(?:had|have|has|having)\s+(?:a|such\s+a)(?:\s+\w+)?|\bheart|\bpanic|\bcounter-?|\bto(?:\s+\w+)?|\bthreat\w*(?:\s+(?:of|to))?(?:\s+\w+)?"
                         r"(?:\s+(?:an?|new|more|further))?|\bplot\w*(?:\s+to)?(?:\s+\w+)?(?:\s+(?:an?|new))?|"
                         r"\bplan\w*(?:\s+to)?(?:\s+\w+)?(?:\s+(?:an?|new))?)\s*$", re.I),
    "statement": re.compile(r"\baccording\s+to\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+)?$|"
                            r"\b(?:several|many|numerous|various|repeated|some|multiple|other|such|series\s+of)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I),
    "vote_veto": re.compile(r"\bvoted?\s+(?:\w+\s+){0,4}$|\b(?:would|could|might|will|to|never|not|likely\s+to)"
                            r"\s+(?:\w+\s+)?$", re.I),  # "said they would vote for": an intention
    "meeting": re.compile(r"\b(?:he|she|it|who|one|frequently|often|always|never|\w+ly)\s+$", re.I),  # "she talks"
}
# A vote "on" a matter is a body's scheduled vote; "for"/"against" is how a voter means to vote.
_SCHEDULED_VOTE = re.compile(r"vote\s+on\b", re.I)
_VOTER_BEFORE = re.compile(r"\bvoted?\s+(?:\w+\s+){0,4}$|\b(?:I|he|she|we|they|you)\s+(?:\w+\s+){0,3}$")
# "a band called X", "so-called", "is called X": naming, not phoning (checked before the trigger word 'called').
# "(also called Mocha)", "commonly called": naming too.
_NAMING_CALLED = re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}|\bso-|\b(?:is|are|was|were|be|been|being)\s+|"
                            r"(?:\(|\b(?:also|commonly|often|sometimes|locally|formerly))\s*)$", re.I)
# An instruction to the reader ("Visit Kestrel's website to learn more", "Call us today"): a bare verb opening its
# sentence is an imperative, no happening; a noun opening it is followed by its preposition or verb ("Visit to
# Oslo postponed", "Talks resumed").
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n]['\"”’)]?\s+|\n)$")
_NOT_IMPERATIVE_NEXT = re.compile(r"\s+(?:to|of|by|in|on|at|with|from|for|was|is|were|are|has|had|will)\b", re.I)
# "for the eighth time in nine meetings", "one of 14 summits": a count of happenings, not one of them.
# (also after 'the past'/'the last': "has done in the past nine elections")
_COUNTED_PLURAL = re.compile(r"\b(?:in|of|after|from)\s+(?:the\s+(?:past|last|previous)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                             r"twelve|twenty|dozens\s+of|hundreds\s+of)\s+(?:[a-z-]+\s+)?$", re.I)
# A habitual count ("has voted against 17 times") is a pattern of behaviour, not one event.
_PAST_MEETING = re.compile(r"(?:met|held\s+talks|conferred)$", re.I)
_HABITUAL = re.compile(r"^[^.;]{0,60}?\b\d+\s+times\b", re.I)
# (whole words: 'ties' inside "properties", "communities", "parties" names no relations)
_RELATIONS_NEAR = re.compile(r"\b(?:relations|ties)\b", re.I)
_SHORT_CLOSE = re.compile(r"[^\"”’'\n]{0,40}[\"”’']")
_PREVIOUS_WORD = re.compile(r"([\w’'-]+)[\s,]*$")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
_PLAIN_ATTACK = re.compile(r"^(?:surprise\s+)?(?:attacks?|attacked|assaults?)$")
_VIOLENCE = re.compile(
    r"\b(?:terror\w*|militant\w*|gunm[ae]n|kill\w*|dead|deadl\w*|died|wounded|injur\w*|bomb\w*|explosi\w*|"
    r"suicide|rockets?|missiles?|drones?|armed|troops|soldiers|forces|militar\w*|victims?|casualt\w*|hostages?|"
    r"sieges?|massacre\w*|shoot\w*|fighters|insurgen\w*|rebels?|jihad\w*|condolences|weapons?|gunfire|"
    r"airstrikes?|shelling|invad\w*|army|navy|police|security\s+forces|Hamas|Hezbollah|ISIS|ISIL|Taliban|"
    r"Qaeda|Islamic\s+State|water\s+cannons?|tear\s+gas|rubber\s+bullets|grenades?|artillery|stabb\w*|arson|"
    r"rammed|coast\s?guards?)\b", re.I)
_NAMED_ATTACK = re.compile(r"(?-i:\b[A-Z][\w-]+\s+attacks?\b)|\battacks?\s+(?:in|on)\s+(?-i:[A-Z])|"
                           r"\b(?:\d{1,2}|[A-Z][a-z]+\.?\s+\d{1,2})\s+attacks?\b", re.I)
_PREFIXED = re.compile(r"\b(?:mid|pre|post|anti|non|inter|intra|down|up)-$", re.I)  # ("down-ballot candidates")
# "declared" as the adjective of candidates ("the declared candidates", "Declared 2016 Presidential Candidates"):
# those who declared, no declaration told. The words between are modifiers, never a determiner or a count: "declared
# the challengers ineligible", "declared its candidates" are declarations (the verb with its object).
_DECLARED_ADJECTIVE = re.compile(r"\s+(?:\d{4}\s+)?(?:(?!(?:the|its|his|her|their|our|a|an|all|some|both|"
                                 r"these|those|two|three|four|five|\d+)\s)[\w-]+\s+){0,2}?(?:candidates|contenders|hopefuls|"
                                 r"challengers|nominees)\b", re.I)
_TIMES = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times\b", re.I)

_COMPILED = [(event_type, re.compile(regex, re.I)) for event_type, regex in TRIGGERS]
# Words that each trigger row contains (lower case, at a word start), row by row as in TRIGGERS: one pass of
# `_KEYWORD` over the text finds them, and each row's regex then runs only in windows around its own keywords
# (speed: a text holds few of them, while running every row over the whole text costs a pass per row).
_TRIGGER_KEYWORDS: list[str] = [
    "sign", "sign", "agreement|memorand|accord|treat|deal|pact|protocol|mou|convention|road|roadmap|declaration|"
    "contract|communiq|charter|document|ceasefire|cease|truce|armistice",
    "agreement|memorand|accord|treat|deal|pact|protocol|mou|convention|road|roadmap|declaration|"
    "contract|communiq|charter|document|ceasefire|cease|truce|armistice",
    "agreement|memorand|accord|treat|deal|pact|protocol|mou|convention|road|roadmap|declaration|"
    "contract|communiq|charter|document|ceasefire|cease|truce|armistice|fund|framework",
    "conferen|briefing|teleconferen", "phone|telephone|phoned|video|videoconference|videoconferences", "called", "call", "delegation", "delegation",
    "relations|ties", "relations|ties", "sever|restor|cut|broken|establish|re-establish|reestablish|normali|resum|upgrad",
    "years", "met|meet|meeting|talks|summit|conferred|held", "host", "visit|arriv|travel|flew|flies|fly", "trip|tour",
    "statement|announc|declared|condemn|denied|denial", "conceded|concession", "said|stated|confirmed", "told",
    "attack|bomb|massacre|siege|hostage|assault|raid|air|strike|shooting|ambush|hijack|explosion|blast|launched|fired|"
    "firing|used|using|target|shelling|striking",
    "war|invasion|invaded|military|offensive|crackdown|hostilities",
    "elect|re-elected|referend|ballot|runoff|primaries|early|polls|choose|chose|chosen|choosing", "veto|voted|abstained|vote|resolution|passed", "wreath|inaugurat|power|office|sworn|resign|coup|funeral|opened",
    "earthquake|quake|tsunami|cyclone|hurricane|typhoon|wildfire|landslide|walk|walked|walkout|went|general|national|"
    "ruled|launch|launched|launches|launching|initiative|pilot|scheme|programme|program|platform|"
    "nationwide|indefinite|strike|stayed|temporarily|permanently|blocked|struck|verdict|sentenced|convicted|acquitted|"
    "filed|brought|law|sign|appealed",  # not "signed": the longer keyword would hide the signing rows' "sign"
]
_TRIGGER_KEYWORDS += [keywords for _, _, keywords, _ in CLASS_TRIGGERS]
assert len(_TRIGGER_KEYWORDS) == len(TRIGGERS)
_ROWS_OF_KEYWORD: dict[str, list[int]] = {}
for _row, _words in enumerate(_TRIGGER_KEYWORDS):
    for _word in _words.split("|"):
        _ROWS_OF_KEYWORD.setdefault(_word, []).append(_row)


def _prefix_tree(words: list[str]) -> str:
    """A regex matching the longest of `words` that starts where it is tried: the words as a tree of shared
    prefixes, longer continuations tried before a word's end. It finds what the alternation of the words sorted
    longest first finds, without trying every word at every position (speed: about three times faster here)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|)" if "" in node else ")")

    return written(tree)


_KEYWORD = re.compile(r"\b(" + _prefix_tree(list(_ROWS_OF_KEYWORD)) + ")")
# Words that every match of a row contains, for the rows whose windows mostly hold none (searched with the
# row's flags within the window's bounds, so a window without them cannot hold a match and its scan is skipped).
# By row, as in TRIGGERS; None: scan every window. Speed only: "said" is everywhere, "said on Monday" is not.
_TRIGGER_NEEDS: list[str | None] = [
    None, None, "signed", "signed", "agreed", None, None, None, None, None, None, None, None, None, None, None, None,
    None, None, None, None,
    "day",  # officials said on Monday: its look-ahead asks for a weekday, "yesterday" or "today"
    None, None, None, None, None, None, None,
] + [None] * len(CLASS_TRIGGERS)
assert len(_TRIGGER_NEEDS) == len(TRIGGERS)
_NEEDED = [re.compile(needs, re.I) if needs else None for needs in _TRIGGER_NEEDS]
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 110


def _long_quotes(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """Spans (marks included) of quoted speech in double marks: words inside are a speaker's, not the reporter's
    events. Short quoted names ("road map", "Quartet") are scare quotes, not speech."""
    body = analysis.body
    return [(span.open_mark, span.outer_end) for span in analysis.quoted
            if not span.single and len(body[span.start:span.end].split()) > 4]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans` (sorted, not overlapping)."""
    index = bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _find_triggers(body: str, quoted: list[tuple[int, int]], rejected: list[tuple[int, int]] | None = None
                   ) -> list[tuple[str, int, int]]:
    """The vocabulary's triggers, earlier rows winning overlaps; `rejected` collects the spans a row matched
    and a rule then refused (a verbal attack, a habit, a word inside a name)."""
    found: list[tuple[str, int, int, int]] = []
    # (one lower-cased copy scanned case-sensitively: matching the keywords with re.I on the body itself was
    # measured four times slower)
    lower = body.lower()
    if len(lower) != len(body):
        lower = body  # lower-casing changed offsets (rare letters): scan the text as it is
    spans_of_row: dict[int, list[tuple[int, int]]] = {}
    for keyword in _KEYWORD.finditer(lower):
        low, high = max(0, keyword.start() - _WINDOW_BEFORE), min(len(body), keyword.end() + _WINDOW_AFTER)
        for row in _ROWS_OF_KEYWORD[keyword.group(1)]:
            spans = spans_of_row.setdefault(row, [])
            if spans and low <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], high))
            else:
                spans.append((low, high))
    for rank, spans in sorted(spans_of_row.items()):
        event_type, pattern = _COMPILED[rank]
        needs = _NEEDED[rank]
        if needs is not None:
            spans = [(lo, hi) for lo, hi in spans if needs.search(body, lo, hi)]
        for match in (m for lo, hi in spans for m in pattern.finditer(body, lo, hi)):
            start, end = match.span()
            if _inside(start, quoted):
                continue
            if rejected is not None:
                rejected.append((start, end))  # taken back below when the match is kept
            after = _EXCLUDE_AFTER.get(event_type)
            if after and after.search(body[end:end + 40]):
                continue
            before = _EXCLUDE_BEFORE.get(event_type)
            if before and before.search(body[max(0, start - 40):start]) and not (
                    event_type == "meeting" and _PAST_MEETING.match(match.group(0))) and not (
                    event_type == "vote_veto" and _SCHEDULED_VOTE.match(match.group(0))
                    and not _VOTER_BEFORE.search(body, max(0, start - 40), start)):
                continue  # "she talks" is a habit, but "who met the delegation" an event; "will vote on the bill"
                # is a body's vote to come (modality makes it planned), "would vote for" a voter's intention
            if match.group(0) == "called" and _NAMING_CALLED.search(body[max(0, start - 40):start]):
                continue
            if _imperative(body, start, end, match.group(0)):
                continue
            if match.group(0).endswith("s") and _COUNTED_PLURAL.search(body, max(0, start - 40), start):
                continue
            if match.group(0).lower() == "declared" and _DECLARED_ADJECTIVE.match(body, end):
                continue
            if _PREFIXED.search(body, max(0, start - 6), start):
                continue  # "mid-meeting", "pre-summit", "post-election": a moment or a modifier, not an event
            if event_type == "vote_veto" and _HABITUAL.search(body[end:end + 80]):
                continue
            if event_type == "diplomatic_relations" and not _RELATIONS_NEAR.search(
                    body, max(0, start - 100), min(len(body), end + 60)):
                if rejected is not None:
                    rejected.pop()  # ("the link was upgraded in 2021": no relations, but a dated act all the same)
                continue
            if event_type not in ("war", "attack") and not match.group(0).endswith((" said", " insisted")) and _in_proper_name(
                    body, start, end):  # (a teller's name before "said"/"insisted" is a name by design)
                continue  # "the Board of Elections", "the Summit Hotel": a name, not an event
            if event_type == "attack" and not _violent(body, start, end):
                continue  # "leveling inflammatory attacks", "was attacked over his speeches": words, not arms
            if rejected is not None:
                rejected.pop()
            found.append((event_type, start, end, rank))
    found.sort(key=lambda item: (item[1], item[3], -(item[2] - item[1])))
    chosen: list[tuple[str, int, int]] = []
    for event_type, start, end, _ in found:
        if chosen and start < chosen[-1][2]:
            continue
        chosen.append((event_type, start, end))
    return chosen


def _imperative(body: str, start: int, end: int, text: str) -> bool:
    """Whether the trigger is a bare verb opening its sentence: an instruction ("Visit our website")."""
    word = text.split()[0]
    if not word[:1].isupper() or word.lower().endswith(("s", "ed", "ing")) or len(text.split()) > 1:
        return False
    if not _SENTENCE_OPENING.search(body, max(0, start - 4), start):
        return False
    return not _NOT_IMPERATIVE_NEXT.match(body, end)


def _in_proper_name(body: str, start: int, end: int) -> bool:
    """A capitalised trigger word inside a run of capitalised words; a sentence's first word is let be."""
    if not body[start].isupper():
        return False
    before = body[max(0, start - 30):start]
    if before[-1:] in "\"“‘'" and _SHORT_CLOSE.match(body, end):
        return True  # a title in quotation marks: "Meet the Press"
    if not before.strip() or before.rstrip()[-1:] in ".!?:\"“”'‘’(\n":
        return False
    previous = _PREVIOUS_WORD.search(before)
    following = _NEXT_WORD.match(body, end)
    if previous is None:
        return False
    if previous.group(1)[0].isupper() or previous.group(1) in ("of", "for", "and"):
        return True
    return bool(following and following.group(1)[0].isupper())


def _violent(body: str, start: int, end: int) -> bool:
    """Whether a plain 'attack'/'assault' is an armed one: violence words in its sentence, or a place or date
    naming it ('the Paris attacks', 'attacks in Paris', 'the October 7 attack')."""
    word = body[start:end].lower()
    if not _PLAIN_ATTACK.search(word):
        return True  # bombing, massacre, siege, raid, air strike, shooting ...: violent by themselves
    left = max(body.rfind("\n", max(0, start - 150), start), start - 150, 0)
    right = body.find("\n", end, end + 150)
    right = min(len(body), end + 150) if right < 0 else right
    if _VIOLENCE.search(body, left, right):
        return True
    return bool(_NAMED_ATTACK.search(body, max(left, start - 25), min(right, end + 30)))
