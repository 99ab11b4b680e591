"""Events step: the events an article reports or recalls, with their dates, participants, location and role.

Rule-based, in four passes over the body. (1) Trigger words and phrases from the vocabulary table `TRIGGERS`
below mark event mentions; speech inside quotation marks, conditions ("if he is elected"), threats and plans
("threatening an attack"), verbal "attacks" and words inside proper names ("Board of Elections") are not events.
A dated clause no trigger word covers is an event too (`opendates`: "quashed on Tuesday", "decision of March
2025"). Each mention's status is read from its clause (`modality`: planned, cancelled, denied; hypothetical and
habitual mentions are dropped); its actors are the clause's agents and counterparts (`parties`), and its name is
made from the trigger, its parties and place (`eventnames`).
(2) Each mention takes its date from the nearest date expression of its sentence (`reldates`, anchored on the
publication date, or on an estimate from the article's own dates and the catalogue events it names when that is
unknown): a date written as a modifier ("the 1967 war") dates only its noun, an opening adverbial ("On Sunday,
...") the whole sentence, "N days after <X on DATE>" the main clause; undated mentions of the article's news
inherit the day the narration is at. (3) Participants are the people (from the people step) named near the
mention in its sentence, actors the countries and organisations that act in it (`parties`, `gazetteer`: "Moscow"
and "Russian" stand for Russia; not the topic or the venue), location the place the sentence puts the event in ("the Polish capital" is Warsaw; a body, "in NATO", is none). (4) Mentions of one event within the article ("talks
Monday with Silva" ... "Silva is scheduled to meet Brenner today", "the attack"; a leader's part in a gathering
of several, "Merkel said after the meeting"; a definite gathering with no date of its own, "in the talks", "during
the visit", is the one of its kind already told) are merged, and a mention too vague to identify anything (no date,
no one, nowhere) is dropped; a denial is told as the denied event, not as a statement too. Role: 'reported' for the article's news (dated
within days of publication, or told in its thread), 'background' for what it recalls. The curated catalogue
(`Registry.events`) names events and anchors undated articles; everything works with an empty registry.

Vocabulary (types are the database's; trigger words follow PLOVER/CAMEO event classes):
- meeting: met, meet(s/ing), meeting(s), talks, summit, conferred, hosts/hosted + a name       (CAMEO 04 consult)
- visit: visit(s/ed/ing), trip, tour, arrival, arrived in, travel(l)ed/flew/fly to                (CAMEO 042/043)
- agreement_signing: sign(ed/ing) ... agreement/memorandum/accord/treaty/deal/pact/protocol/road map/
  declaration/contract/communique/charter/document                                            (CAMEO 057)
- phone_call: (tele)phone call/conversation, phoned, spoke by phone, called + a name, the call (CAMEO 04)
- statement: statement, announced, announcement, declared, condemned/condemnation,
  denied/denial, conceded defeat, and 'officials/ministry/minister/negotiator ... said' with a date
                                                                                   (CAMEO 01 make statement)
- press_conference: press/news conference, press/news briefing
- attack: attack(s/ed), bombing(s), bombed, massacre, siege, hostage-taking, assault, raid(s), air strike(s),
  shooting, ambush, hijacking, explosion, blast                              (PLOVER ASSAULT, CAMEO 18/19)
- war: war(s), invasion, invaded, military operation/intervention/campaign/offensive, offensive,
  crackdown, hostilities; not 'war on terror', 'war crimes', 'cold war', trade or price wars (CAMEO 19/20)
- election: election(s), elected, re-elected, referendum, ballot, runoff, primaries, early voting, polls open
- vote_veto: veto(ed/es), voted, abstained, a vote on/for/against, resolution passed/adopted/rejected, a bill passed
  by the legislature/parliament
- diplomatic_relations: establish/restore/resume/sever/cut/break off/normalise ... (diplomatic) relations/ties
  (and those verbs with 'relations' in the sentence), 'N years of (diplomatic) relations'         (CAMEO 064/161)
- delegation_visit: hosted/received/welcomed/invited/summoned/sent/led a ... delegation, a delegation arrived
- other: laid a wreath, inaugurated, inauguration, assumed/took/came to power, took office, sworn in,
  resigned, (military) coup, funeral, opened an exhibit/embassy/...; earthquakes, cyclones and other disasters;
  walkouts and strikes ("went on strike", "strike by"); court rulings blocking a law, verdicts, sentences,
  lawsuits filed, bills signed into law, "ruled that/against", launching an initiative, pilot or fund
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from loaders.extract.analysis import ArticleAnalysis, analyse
from loaders.extract.data.author_bios import BEAT
from loaders.extract.data.cities import DATELINE, place_country
from loaders.extract.gazetteer import PhraseMatcher, find_places_and_organisations
from loaders.extract.modality import NOT_EVENTS, clause_bounds, merged_status, read_status
from loaders.extract.data.eventwords import (ADMINISTRATIVE_TAILS, ALL_EVENT_NOUNS, BACK_REFERENCE_NOUNS,
                                             CAREER_VERBS, CLAIM_VERBS, ELECTORATE_WORDS, EVENT_NOUNS,
                                             OUTCOME_FAMILIES, STATISTIC_VERBS)
from loaders.extract.eventnames import event_name
from loaders.extract.eventplaces import _NOT_PLACE, _local_body_place, _location
from loaders.extract.opendates import lead_verb, live_entries, open_triggers, open_type
from loaders.extract.orgnames import is_title
from loaders.extract.parties import (ORG_HEADS, SUBORDINATORS, ArticleBodies, ArticleOrganisations,
                                     WrittenCounts,
                                     acronym_definitions, clause_subject_parties, event_actors,
                                     governs_another_clause, in_another_clause_after, in_subordinate_clause,
                                     officer_country, phrase_parties, speaker_body, subject_before, taken_up_body)
from loaders.extract.reldates import DateMention, DateValue, find_dates, month_value, speaks_of_future
from loaders.records import ArticleRecord, EventRecord, PersonRecord
from loaders.registry import EventEntry, Registry

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
    ("press_conference", r"\b(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)s?\b"),
    ("phone_call", r"\b(?:tele)?phone\s+(?:call|conversation|talks?)s?\b|\bphoned\b|\bvideo\s?conferences?\b|"
                   r"\bvideo\s+(?:call|link)s?\b"
                   r"|\b(?:spoke|talked|spoken|speaks|talks)\s+(?:(?:with|to)\s+(?:[\w’'.-]+\s+){1,6}?)?"
                   r"(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"),
    # "called Prime Minister X", not "called for", "called X's plan stupid", "called X a liar"
    ("phone_call", r"(?-i:\bcalled(?=\s+" + _NAME_AHEAD[3:-1] + r")(?!\s+(?:the|a|an|on|for|it|them|this|that)\b)"
                   r"(?!\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+['’]s\b)"
                   r"(?!\s+(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+\s+(?:a|an|the)\b))"),
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
    ("statement", r"\b(?:officials?|ministry|government|office|spokes(?:man|woman|person)|army|military|cabinet|"
                  r"embassy|kremlin|department|council|agency|authorities|negotiator|minister|president|envoy)\s+"
                  r"(?:(?-i:[A-Z][\w’'-]+\s+){1,3})?(?:said|stated|confirmed)\b"
                  r"(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"),
    # "he told reporters at the ministry on Thursday evening": a dated remark to the press
    ("statement", r"\btold\s+(?:reporters|journalists|the\s+press)\b(?=(?:\s+(?:at|in)(?:\s+[\w’'-]+){1,3}?)?\s+"
                  r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"),
    ("attack", r"\b(?:(?:terror(?:ist)?|suicide|missile|rocket|drone|surprise|chemical)\s+)?(?:attacks?|attacked|"
               r"bombings?|bombed|massacres?|siege|hostage[- ]taking|assaults?|raids?|air\s?strikes?|shootings?|"
               r"ambush(?:ed)?|hijackings?|explosions?|blasts?|(?:drone|missile|rocket|artillery)\s+strikes?|"
               r"(?:launched|fired)\s+(?:(?:\d+|dozens\s+of|hundreds\s+of|a\s+barrage\s+of)\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:drones|missiles|rockets|shells))\b"),
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

# Words right before or after a trigger that make it something other than an event of that type.
_EXCLUDE_AFTER = {
    "war": re.compile(r"^(?:\s+on\s+(?:terror|terrorism|drugs|poverty)|\s*crimes?|-making|\s+of\s+words|\s+chest|"
                      r"\s+room|\s+footing|time\b)", re.I),
    "meeting": re.compile(r"^(?:\s+(?:about|up|down|tough|big|back)\b|\s+of\s+(?:the\s+)?minds\b|"
                          r"\s+(?:the|its|their|our|his|her|a|all)?\s*(?:[\w’'-]+\s+){0,2}?(?:demands?|needs?|targets?|expectations?|"
                          r"requirements?|criteria|goals?|deadlines?|obligations?|standards?|bar|thresholds?|benchmarks?|quotas?|"
                          r"commitments?|challenges?|costs?)\b|\s+point)", re.I),
    "attack": re.compile(r"^(?:\s+(?:helicopters?|dogs?|ads?)|[- ](?:weapons?|rifles?|style|submarines?))", re.I),
    "statement": re.compile(r"^(?:\s+(?:of|on)\s+principles?)", re.I),
}
_EXCLUDE_BEFORE = {
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
_COUNTED_PLURAL = re.compile(r"\b(?:in|of|after|from)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                             r"twelve|twenty|dozens\s+of|hundreds\s+of)\s+(?:[a-z-]+\s+)?$", re.I)
# A habitual count ("has voted against 17 times") is a pattern of behaviour, not one event.
_PAST_MEETING = re.compile(r"(?:met|held\s+talks|conferred)$", re.I)
_HABITUAL = re.compile(r"^[^.;]{0,60}?\b\d+\s+times\b", re.I)
_RELATIONS_NEAR = re.compile(r"relations|ties", re.I)
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
_PREFIXED = re.compile(r"\b(?:mid|pre|post|anti|non|inter|intra)-$", re.I)
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
    "conferen|briefing", "phone|telephone|phoned|video|videoconference|videoconferences", "called", "call", "delegation", "delegation",
    "relations|ties", "relations|ties", "sever|restor|cut|broken|establish|re-establish|reestablish|normali|resum|upgrad",
    "years", "met|meet|meeting|talks|summit|conferred|held", "host", "visit|arriv|travel|flew|flies|fly", "trip|tour",
    "statement|announc|declared|condemn|denied|denial", "conceded|concession", "said|stated|confirmed", "told",
    "attack|bomb|massacre|siege|hostage|assault|raid|air|strike|shooting|ambush|hijack|explosion|blast|launched|fired",
    "war|invasion|invaded|military|offensive|crackdown|hostilities",
    "elect|re-elected|referend|ballot|runoff|primaries|early|polls|choose|chose|chosen|choosing", "veto|voted|abstained|vote|resolution|passed", "wreath|inaugurat|power|office|sworn|resign|coup|funeral|opened",
    "earthquake|quake|tsunami|cyclone|hurricane|typhoon|wildfire|landslide|walk|walked|walkout|went|general|national|"
    "ruled|launch|launched|launches|launching|initiative|pilot|scheme|programme|program|platform|"
    "nationwide|indefinite|strike|stayed|temporarily|permanently|blocked|struck|verdict|sentenced|convicted|acquitted|"
    "filed|brought|law|sign|appealed",  # not "signed": the longer keyword would hide the signing rows' "sign"
]
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
]
assert len(_TRIGGER_NEEDS) == len(TRIGGERS)
_NEEDED = [re.compile(needs, re.I) if needs else None for needs in _TRIGGER_NEEDS]
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 110


# Clauses.
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:not|never|also|already|long|\w+ly)\s+)*(?:been|had|made|done|"
                      r"said|met|held|seen|taken|given|become|\w+ed|\w+en|\w+un|\w+ht)\b|"
                      r"\bprevious(?:ly)?\b|\bformer(?:ly)?\b|\bpast\b|\bonce\b|\bago\b|\bhistor", re.I)
_PERFECT_REACH = 200  # characters before a trigger within which a perfect tense marks it as recalled
_AGAIN_BETWEEN = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:again|once\s+more)\b", re.I)

# An event noun a gathering talks about is its topic ("to discuss the war in Sudan").
_TOPIC_OF = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talk(?:s|ed|ing)?\s+about|address(?:ed|es|ing)?)\s+"
                       r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
# Choosing a new leader (the election trigger's verb phrase) is an election only when an electorate chooses
# (`_chosen_by_electorate`) or the sentence tells a ballot; a board's or a company's choice is an appointment.
_CHOOSING = re.compile(r"(?:choose|chose|chosen|choosing|elect|elects|electing)\s", re.I)
_BALLOT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|polls?|runoffs?|electoral|referend(?:um|a))\b", re.I)
# A statement noun cited by another: made before, not told as an event here ...
_CITING = r"\b(?:quoting|quoted|citing|cited|echoing|echoed)\b"
_CITED = re.compile(_CITING + r"\s+(?:[\w’'.-]+\s+){0,3}$", re.I)
# ... but the citing act of its own, a speech verb dated in the clause before the citing word, is a statement
# ("Silva tweeted on Monday, quoting Brenner's statement": Silva's statement on Monday, not Brenner's).
_CITING_SPEECH = re.compile(r"\b(?:said|stated|wrote|tweeted|posted|declared|announced|told|added|replied|"
                            r"responded|insisted|warned|argued)\b", re.I)
_NEWS_TYPES = {"meeting", "visit", "press_conference", "phone_call", "statement", "delegation_visit",
               "agreement_signing", "other", "vote_veto"}
_VISIT_FAMILY = {"visit", "meeting", "delegation_visit"}
_GATHERINGS = {"meeting", "visit", "phone_call", "press_conference", "delegation_visit"}
_STATE_OCCASIONS = {"meeting", "visit", "phone_call", "delegation_visit", "agreement_signing"}
_HAPPENINGS = {"attack", "war", "election", "diplomatic_relations", "agreement_signing", "vote_veto"}
_NARRATIVE_WINDOW_DAYS = 4
# How far (in characters, a clause break counting 40) a date may stand from its trigger; violent events are
# usually recalled with their own date next to them, while the news date often sits further off.
_MAX_DATE_DISTANCE = {"attack": 70, "war": 70, "election": 70}
_DEFAULT_DATE_DISTANCE = 160
_MODIFIER_GAP = re.compile(r",?\s+(?:[\w’'-]+\s+){0,3}")
_ANNIVERSARY_GAP = re.compile(r"\s*(?:(?:the\s+)?\w+\s+(?:of\s+)?)?")
# "severed ... following the 1967 war": an event placed after another takes that one's date.
_FOLLOWING = re.compile(r"(?:\s+[\w’'-]+){0,3}\s+(?:following|after|in\s+the\s+wake\s+of)\s+the\s+")
_DEFINITE = re.compile(r"(?:\b(?:the|this|that|these|those|its|his|her|their)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CATALOGUE_REACH = 40  # characters between a trigger and the catalogue alias that names its event
_COORDINATED = re.compile(r"^\s+(?:[\w’'-]+\s+){0,5}?(?:and|then)\s+(?:[\w’'-]+\s+){0,2}?$")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose)\b[^,;]*,")
_PARTICIPANT_WINDOW = 110
# A person's own predicate saying they were not there: "Donald Trump was not at the summit", "May was not invited",
# "Renzi, the Italian leader, did not attend". "Not at"/"not in" must govern a place (a name) or an event (a noun
# of the events vocabulary): "was not in favour", "was not at all pleased" say nothing of presence.
_ABSENT_WHERE = (r"(?:at|in)(?=\s+(?:(?:the|a|an|this|that)\s+)?[\"“‘']?(?:(?-i:[A-Z])|(?:"
                 + "|".join(sorted(ALL_EVENT_NOUNS | {"attendance"}, key=len, reverse=True)) + r")\b))")
_ABSENT = re.compile(r"(?:\s*,[^,.;]{0,50},)?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+"
                     r"(?:not|never)\s+(?:" + _ABSENT_WHERE + r"|invited|present|there|among|part\s+of)|"
                     r"(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+"
                     r"(?:attend|join|take\s+part|participate|go)|skipped|boycotted|stayed\s+away|"
                     r"(?:was|were)\s+(?:[\d,.]+\s+(?:miles|kilometres|kilometers|km)\s+)?away)\b", re.I)
# A subordinate clause's opening word: "The two sides will play ..., before Pakistan leave for their tour".
_SUBORDINATOR = re.compile(r"\b(?:" + SUBORDINATORS + r"|when)\b", re.I)
_DEFINITE_SUBJECT = re.compile(r"(?:the|this|that)\s+\w", re.I)
_BEAT = re.compile(BEAT)
_NAME_OPENS = re.compile(r"[\s\"“]*(?:[A-Z][\w’'.-]*\s+){1,4}")  # a capitalised run, then the career verb
_DENIAL_WORD = re.compile(r"den(?:ied|ial|ies|y)\b", re.I)
# A statement that denies what its "that" clause says ("denied reports in the press that licences had been sold"):
# told as a denied event, when no event of the clause is found to carry the denial.
_DENIAL_STATEMENT = re.compile(r"den(?:ied|ies|y)\b"
                               r"(?:\s+[\w’'.-]+){0,8}?\s+that\b", re.I)
# "Silva denied it": a denial of what the sentence before claimed ...
_DENIED_IT = re.compile(r"den(?:ied|ies|y)\s+(?:it|this|that|the\s+(?:claims?|reports?|allegations?|accusations?))"
                        r"\s*(?:[.;,]|$)", re.I)
# ... when that sentence reports a claim before the event it tells ("X's campaign has said that Silva met ...").
_CLAIM_CUE = re.compile(r"\b(?:" + "|".join(sorted(CLAIM_VERBS, key=len, reverse=True)) + r")\b", re.I)
# A subject that takes up the parties already told: "the two companies", "both sides" (opening a sentence, it
# stands for a trigger within this many characters of it).
_PLURAL_REACH = 200
_PLURAL_PARTIES = re.compile(r"[\s\"“]*(?:the|both)\s+(?:two\s+)?(?:companies|countries|sides|nations|firms|governments|"
                             r"organi[sz]ations|states|parties|teams|groups|governments|militaries|armies)", re.I)
_ACTOR_WINDOW = 140
# A contact relative clause after a gathering noun naming who organised it: "a meeting the council had planned to
# hold", "a forum it was to host".
_ORGANISER_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?((?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|it|they|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})\s+"
    r"((?:had\s+|has\s+|was\s+|were\s+)?(?:planned|plans|planning|intended|hoped|wanted|scheduled|to|would|will)"
    r"(?:\s+to)?)\s+(?:hold|host|organi[sz]e|stage|convene|call|run)\b", re.I)
_PREPOSITION_END = re.compile(r"\b(?:between|of|for|to|from|with|among|by|in|on|at)\s+$", re.I)
# "a visit ... by the two ministers", "talks between both leaders": the pair after the trigger takes up the last
# event's two parties (as "the two sides" does as a subject).
_PAIR_AFTER = re.compile(r"(?:\s+(?:to|in|at|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?)?\s*(?:by|between|with|of)\s+"
                         r"((?:the\s+two|both|the\s+two\s+sides['’]?)\s+(?:[a-z]+\s+)?(?:ministers|leaders|presidents|"
                         r"premiers|prime\s+ministers|delegations|governments|countries|sides|heads\s+of\s+state|"
                         r"counterparts|chancellors|envoys))\b", re.I)
# A future passive or an intransitive after a common-noun subject: the act's agent is not told ("would be closed",
# "will be signed", "work will begin").
_AGENTLESS = re.compile(r"\b(?:would|will|is\s+to|are\s+to)\s+(?:(?:also|now|soon|then|not)\s+)?(?:be\s+)?$", re.I)
_LEAD_PHRASE_REACH = 40  # characters after a live entry's lead verb within which a trigger is its object
_COMPANIES_WORD = re.compile(r"\b(?:companies|firms)\b", re.I)
_LOCAL_BODY_HEADS = frozenset({"municipality", "council"})


def _company_like(name: str) -> bool:
    """Whether an actor may be a company: no state, place or region the gazetteer knows, no local body."""
    if name.split()[-1].lower() in _LOCAL_BODY_HEADS:
        return False
    return not any(hit.kind in ("country", "capital", "region", "demonym") and hit.end - hit.start == len(name)
                   for hit in find_places_and_organisations(name))
_NO_PEOPLE_TYPES = {"attack", "war", "diplomatic_relations"}


@dataclass
class _Sentence:
    start: int
    end: int


@dataclass
class _Mention:
    event_type: str
    start: int
    end: int
    sentence: int
    date: DateValue | None = None
    date_phrase: str | None = None
    date_inherited: bool = False
    participants: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    location: str | None = None
    role: str = "background"
    catalogue: EventEntry | None = None
    merged: int = 1
    definite: bool = False  # "the attack", "his statements": likely a mention of an event already told
    trigger_start: int = -1  # the words of the first mention, kept when the span moves to a better-dated one
    trigger_end: int = -1
    status: str = "occurred"  # modality.read_status: occurred, planned, cancelled or denied
    plan: str | None = None  # a merged mention's planned or cancelled status, kept against a future date
    open: bool = False  # found by `opendates` (a dated clause), not by the trigger vocabulary
    subject: str | None = None  # the trigger's subject (`parties.subject_before`), for the name
    clause_end: int = -1  # where the trigger's clause ends, for the name
    stem: str | None = None  # `_trigger_stem`, once read

    def __post_init__(self) -> None:
        if self.trigger_start < 0:
            self.trigger_start, self.trigger_end = self.start, self.end


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
            if _PREFIXED.search(body, max(0, start - 6), start):
                continue  # "mid-meeting", "pre-summit", "post-election": a moment or a modifier, not an event
            if event_type == "vote_veto" and _HABITUAL.search(body[end:end + 80]):
                continue
            if event_type == "diplomatic_relations" and not _RELATIONS_NEAR.search(
                    body, max(0, start - 100), min(len(body), end + 60)):
                if rejected is not None:
                    rejected.pop()  # ("the link was upgraded in 2021": no relations, but a dated act all the same)
                continue
            if event_type not in ("war", "attack") and _in_proper_name(body, start, end):
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


def _sentence_index(sentences: list[_Sentence], position: int) -> int:
    low, high = 0, len(sentences) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if sentences[middle].start <= position:
            low = middle
        else:
            high = middle - 1
    return low


_COORDINATOR_ONLY = re.compile(r",?\s+(?:and|but|or|then|and\s+then)\s+", re.I)


def _clause_distance(body: str, trigger: tuple[int, int], mention: DateMention) -> int:
    """Characters between trigger and date, with clause breaks counting extra."""
    if mention.end <= trigger[0]:
        between = body[mention.end:trigger[0]]
        if _COORDINATOR_ONLY.fullmatch(between):
            # "passed in December and signed last month": the date before 'and' dates the first verb.
            return len(between) + 40
    else:
        between = body[trigger[1]:mention.start]
    # (a time's colon, "03:00", is no clause break)
    return len(between) + 40 * len(re.findall(r"[,;(—–]|:(?!\d)|\s-\s", between))


def _bound_dates(body: str, dates: list[DateMention], triggers: list[tuple[str, int, int]]) -> dict[int, int]:
    """Dates written as a modifier of a trigger ('the 1967 war', 'the October 7 attack', 'last week's siege',
    '25 years of diplomatic relations') belong to that trigger alone: date index -> trigger start."""
    bound: dict[int, int] = {}
    starts = sorted(start for _, start, _ in triggers)
    for index, mention in enumerate(dates):
        following = bisect_left(starts, mention.end)  # the first trigger after the date
        if following == len(starts):
            continue
        follower = starts[following]
        # (the gap is matched where it stands, not copied: the next trigger may be far off)
        if mention.kind == "anniversary":
            if _ANNIVERSARY_GAP.fullmatch(body, mention.end, follower):
                bound[index] = follower
            continue
        modifier = body[max(0, mention.start - 4):mention.start].lower().endswith("the ") or \
            mention.phrase.endswith(("'s", "’s"))
        if modifier and (follower == mention.end or _MODIFIER_GAP.fullmatch(body, mention.end, follower)):
            bound[index] = follower
    return bound


def _relative_clauses(body: str, sentence: _Sentence) -> list[tuple[int, int]]:
    """', who was elected in 2022,' and the like: spans of relative clauses in the sentence."""
    return [match.span() for match in _RELATIVE_CLAUSE.finditer(body, sentence.start, sentence.end)]


class _SentenceFacts:
    """What the date rules read of a whole sentence, computed once per sentence (not once per trigger, which
    would cost the square of a long sentence's length)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._clauses: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        self._perfect: dict[int, bool] = {}
        self._times: dict[int, bool] = {}

    def clauses(self, sentence: _Sentence) -> tuple[list[tuple[int, int]], list[int]]:
        found = self._clauses.get(sentence.start)
        if found is None:
            spans = _relative_clauses(self.body, sentence)
            found = self._clauses[sentence.start] = (spans, [start for start, _ in spans])
        return found

    def perfect(self, sentence: _Sentence) -> bool:
        found = self._perfect.get(sentence.start)
        if found is None:
            found = self._perfect[sentence.start] = bool(_PERFECT.search(self.body, sentence.start, sentence.end))
        return found

    def times(self, sentence: _Sentence) -> bool:
        found = self._times.get(sentence.start)
        if found is None:
            found = self._times[sentence.start] = bool(_TIMES.search(self.body, sentence.start, sentence.end))
        return found


def _separated(body: str, trigger: tuple[int, int], mention: DateMention, trigger_starts: list[int],
               compounds: list[tuple[int, int]], clauses: tuple[list[tuple[int, int]], list[int]],
               opening: bool) -> bool:
    """Whether the date belongs to another part of the sentence than the trigger: another event's trigger
    stands between them ('the talks came as Kenya prepares for an election in August'), the trigger sits in an
    offset clause the date is outside of ('met on Tuesday, days after they signed'), or the date sits in a
    relative clause the trigger is outside of ('Ruto, who was elected in 2022, told a news conference')."""
    if mention.start >= trigger[1]:
        low, high = trigger[1], mention.start
    else:
        low, high = mention.end, trigger[0]
    if not opening:
        first = bisect_left(trigger_starts, low)
        for other in trigger_starts[first:bisect_left(trigger_starts, high)]:
            between = body[trigger[1]:other] if other > trigger[0] else body[other:trigger[0]]
            if not _COORDINATED.search(between):
                return True
    if mention.end <= trigger[0] and any(mention.end <= start and end <= trigger[0] for start, end in compounds):
        return True
    spans, starts = clauses
    holder = bisect_right(starts, mention.start) - 1  # relative clauses do not overlap: one may hold the date
    if holder >= 0:
        start, end = spans[holder]
        date_inside = start <= mention.start and mention.end <= end
        trigger_inside = start <= trigger[0] < end
        head = 0 <= start - trigger[1] <= 25
        if date_inside and not trigger_inside and not head:
            return True
    return False


# How far from its trigger a date may be read at all: the largest distance limit, and an opening date's reach.
_DATE_REACH = max(_DEFAULT_DATE_DISTANCE, *_MAX_DATE_DISTANCE.values(), 160) + 1
# "severed ... following the 1967 war": where a date taken by `_FOLLOWING` may start, for 0 to 3 words between.
_FOLLOWING_AT = [re.compile(r"(?:\s+[\w’'-]+){%d}\s+(?:following|after|in\s+the\s+wake\s+of)\s+the\s+" % words)
                 for words in range(4)]
_OPENING_CHARS = re.compile(r"[ \"'“‘(]*")
# Words before a date that make it the end of the event's span ("set to end on Tuesday", "runs until Thursday").
_SPAN_END_BEFORE = re.compile(r"\b(?:end|ends|ended|ending|run|runs|ran|running|last|lasts|lasted|lasting|"
                              r"continue|continues|continued|close|closes|wrap\s+up|wraps\s+up|conclude|concludes)\s+"
                              r"(?:on|until|till|through|to|by)?\s*$|\b(?:until|till|through)\s+$", re.I)


def _date_candidates(body: str, trigger: tuple[int, int], dates: list[DateMention], date_starts: list[int],
                     date_ends: list[int], in_sentence: range, bound_to: dict[int, list[int]]) -> list[int]:
    """The indexes (in order) of the sentence's dates that `_pick_date` may take for a trigger: those within
    reach, those bound to it as its modifier, and one right after "following the": every other date of the
    sentence scores beyond any limit, so looking only here keeps a long sentence linear."""
    low = max(in_sentence.start, bisect_left(date_ends, trigger[0] - _DATE_REACH, in_sentence.start,
                                             in_sentence.stop))
    high = min(in_sentence.stop, bisect_right(date_starts, trigger[1] + _DATE_REACH, in_sentence.start,
                                              in_sentence.stop))
    chosen = set(range(low, high))
    chosen.update(index for index in bound_to.get(trigger[0], ()) if index in in_sentence)
    sentence_end = date_starts[in_sentence.stop - 1] + 1 if in_sentence else trigger[1]
    for pattern in _FOLLOWING_AT:
        match = pattern.match(body, trigger[1], sentence_end)
        if match:
            index = bisect_left(date_starts, match.end(), in_sentence.start, in_sentence.stop)
            if index < in_sentence.stop and date_starts[index] == match.end():
                chosen.add(index)
    return sorted(chosen)


# "for the second time this year", "for the first time since 2019": a date framing a count.
_COUNT_FRAME = re.compile(r"\bfor\s+the\s+(?:first|second|third|fourth|fifth|last|\w+th|\d+(?:st|nd|rd|th))\s+time\s+"
                          r"(?:in\s+)?$", re.I)
# A non-restrictive relative clause opened between a trigger and a date after it.
_RELATIVE_CLAUSE_BETWEEN = re.compile(r",\s+(which|whose|who|whom)\b")


def _relative_clause_date(body: str, trigger: tuple[int, int], mention: DateMention) -> bool:
    """Whether a date after the trigger tells of a relative clause about something else: one of another's
    belongings ("with Tarnia, whose exports doubled in 2021"), a state's span ("water levels, which have fallen
    since 2020") or a statistic's move; a happening the clause tells of its own antecedent keeps the date ("the
    war in Gaza, which broke out a few weeks after ...")."""
    relative = None
    for relative in _RELATIVE_CLAUSE_BETWEEN.finditer(body, trigger[1], mention.start):
        pass
    if relative is None:
        return False
    words = body[relative.end():mention.start].lower().split()
    return (relative.group(1) == "whose" or mention.phrase.lower().startswith("since")
            or any(word in STATISTIC_VERBS for word in words))


def _pick_date(body: str, event_type: str, trigger: tuple[int, int], dates: list[DateMention],
               candidates: list[int], bound: dict[int, int], embedded: dict[int, int], sentence: _Sentence,
               trigger_starts: list[int], facts: _SentenceFacts) -> DateMention | None:
    """The date expression of the trigger's sentence (`candidates`: the indexes of its dates within reach,
    from `_date_candidates`) that dates it."""
    limit = _MAX_DATE_DISTANCE.get(event_type, _DEFAULT_DATE_DISTANCE)
    compounds = [(dates[i].start, dates[i].end) for i in candidates if dates[i].kind == "compound"]
    clauses = facts.clauses(sentence)
    best, best_score = None, None
    for index in candidates:
        mention = dates[index]
        if mention.value is None:
            continue
        following = mention.start >= trigger[1] and _FOLLOWING.fullmatch(body[trigger[1]:mention.start])
        if index in bound and bound[index] != trigger[0] and not following:
            continue
        if mention.kind == "anniversary" and bound.get(index) != trigger[0] and not (
                mention.start >= trigger[0] and mention.end <= trigger[1]):
            continue  # "25 years of X" dates X only
        if mention.kind == "compound" and mention.reference_index is not None:
            referenced = dates[mention.reference_index]
            if mention.scope_start <= trigger[0] < referenced.end:
                continue  # the trigger is inside "after <...>": it is the event the offset counts from
        if index in embedded:
            compound = dates[embedded[index]]
            if not (compound.scope_start <= trigger[0] < mention.end):
                continue  # the embedded date belongs to the events inside the compound's scope
        if mention.start >= trigger[1] and _SPAN_END_BEFORE.search(body, max(trigger[1], mention.start - 30),
                                                                    mention.start):
            continue  # "The talks, set to end on Tuesday": the day it ends, not the day it is told of
        if _COUNT_FRAME.search(body, max(0, mention.start - 30), mention.start):
            continue  # "for the second time this year": the frame of a count of such happenings, no date of this one
        if mention.start >= trigger[1] and _relative_clause_date(body, trigger, mention):
            continue  # "signed a memorandum on water levels, which have fallen since 2020": the clause's own date
        opening = mention.end <= trigger[0] and _OPENING_CHARS.match(
            body, sentence.start, mention.start).end() == max(sentence.start, mention.start)
        if mention.start >= trigger[0] and mention.end <= trigger[1]:
            score = 0
        else:
            if not following and index not in embedded and bound.get(index) != trigger[0] and _separated(
                    body, trigger, mention, trigger_starts, compounds, clauses, opening):
                continue
            score = 1 if following else _clause_distance(body, trigger, mention)
            if opening and trigger[0] - sentence.start < 160 and (event_type not in _MAX_DATE_DISTANCE or not _separated(
                    body, trigger, mention, trigger_starts, compounds, clauses, False)):
                score = min(score, 50)  # "On Sunday, ..." opens the sentence and dates all of it
        if score > limit and bound.get(index) != trigger[0]:
            continue
        if best_score is None or score < best_score:
            best, best_score = mention, score
    return best


class _Spans:
    """Labelled character spans sorted by start, for range queries without scanning them all."""

    def __init__(self, spans: list[tuple[int, int, object]]) -> None:
        self.spans = sorted(spans, key=lambda span: (span[0], span[1]))
        self.starts = [span[0] for span in self.spans]

    def within(self, low: int, high: int) -> list[tuple[int, int, object]]:
        """The spans lying entirely inside [low, high)."""
        first = bisect_left(self.starts, low)
        last = bisect_left(self.starts, high)
        return [span for span in self.spans[first:last] if span[1] <= high]

    def containing(self, start: int, end: int) -> bool:
        """Whether a longer span covers [start, end) (spans are short, so looking back a little suffices)."""
        index = bisect_right(self.starts, start) - 1
        while index >= 0 and start - self.spans[index][0] < 200:
            span_start, span_end, _ = self.spans[index]
            if span_start <= start and end <= span_end and (end - start) < (span_end - span_start):
                return True
            index -= 1
        return False


def _window(trigger: tuple[int, int], sentence: _Sentence, size: int) -> tuple[int, int]:
    return max(sentence.start, trigger[0] - size), min(sentence.end, trigger[1] + size)


# A result clause after the trigger ("so great that", "such ... that") tells another happening with its own people.
# A subordinator with its own named subject between a person and the trigger: the trigger's clause is another
# ("..., while Silva hosted"; not "when he met", whose pronoun takes the person up).
_OWN_SUBORDINATE = re.compile(r"(?:,|\s)\s*(?:while|whereas|although|though|as|when)\s+(?-i:[A-Z][\w’'-]+)"
                              r"(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}"
                              r"(?:\s+(?:has|had|have|was|were|is|are|will|would|also|then|later|first))?\s*$", re.I)
_RESULT_CLAUSE = re.compile(r"\b(?:so|such)\b[^.;:]{0,40}?\bthat\b", re.I)


def _chosen_by_electorate(body: str, trigger: tuple[int, int], sentence: _Sentence, places: _Spans) -> bool:
    """Whether the subject choosing a new leader is an electorate: a word of `ELECTORATE_WORDS` ("voters in X",
    "citizens") or a country or its people alone ("Portugal will choose", "Chileans will elect")."""
    subject = subject_before(body, trigger, max(sentence.start, trigger[0] - 120))
    # (a subject with a place after it is not read as one: "Voters in Portugal will choose"; the clause's words
    # before the verb then)
    told = subject.text if subject is not None else \
        body[clause_bounds(body, trigger, (sentence.start, sentence.end))[0]:trigger[0]]
    if any(word.lower() in ELECTORATE_WORDS for word in re.findall(r"[\w’'-]+", told)):
        return True
    if subject is None:
        return False
    text = re.sub(r"^(?:the|its|their)\s+", "", subject.text, flags=re.I)
    head = subject.end - len(text)
    return any(start == head and end == subject.end and hit.kind in ("country", "demonym")
               for start, end, hit in places.within(head, subject.end))


def _citing_act(body: str, sentence: _Sentence, citing_word: int, date_starts: list[int],
                triggers: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of the speech verb that cites another's statement at `citing_word`, when the clause before it is
    a dated act of its own ("tweeted on Monday, quoting ..."): None when it has no such verb or no date, or when
    the sentence tells a statement before it already ("said in a statement on Monday, quoting ...")."""
    if any(event_type == "statement" and sentence.start <= start < citing_word for event_type, start, _ in triggers):
        return None
    dated = bisect_left(date_starts, sentence.start) < bisect_left(date_starts, citing_word)
    verbs = list(_CITING_SPEECH.finditer(body, sentence.start, citing_word))
    return verbs[-1].span() if dated and verbs else None


def _participants(body: str, people: _Spans, sentence: _Sentence, trigger: tuple[int, int],
                  event_type: str = "") -> list[str]:
    """The people named near the trigger in its sentence, but for those the text says were not there ("Trump
    was not at the summit", "May was not invited"), those of another clause after it
    (`parties.in_another_clause_after`: what a statement says, a relative clause, the topic) and the subject of a
    clause that governs the trigger's (`parties.governs_another_clause`: "Brenner said Silva met Costa")."""
    names: list[str] = []
    absent: set[str] = set()
    for start, end, name in people.within(*_window(trigger, sentence, _PARTICIPANT_WINDOW)):
        if start >= trigger[1] and (_RESULT_CLAUSE.search(body, trigger[1], start)
                                    or in_subordinate_clause(body, trigger[1], start, end)
                                    or in_another_clause_after(body, trigger, start, event_type)):
            continue  # "..., sparking a controversy so great that Pope Clement was asked": another clause's person
        if start >= trigger[1] and re.search(_CITING, body[trigger[1]:start], re.I):
            continue  # "Silva tweeted, quoting Brenner's statement": the cited one's, not a party of the act
        if end <= trigger[0] and _OWN_SUBORDINATE.search(body, end, trigger[0]):
            continue  # "Brenner praised farmers while Silva hosted a rally": the main clause's person
        if end <= trigger[0] and people.within(end, trigger[0]) and governs_another_clause(
                body, end, trigger, event_type):
            continue  # "Brenner said Silva met Costa": the speaker of the governing clause, whose own clause has
            # another subject (but "Merkel said after the meeting" speaks of her own part)
        if _ABSENT.match(body, end, min(sentence.end, end + 80)):
            absent.add(name)
        elif name not in names:
            names.append(name)
    return [name for name in names if name not in absent]


def _actors(places: _Spans, sentence: _Sentence, trigger: tuple[int, int]) -> list[str]:
    actors: list[str] = []
    for _, _, hit in places.within(*_window(trigger, sentence, _ACTOR_WINDOW)):
        name = hit.canonical if hit.kind in ("organisation", "ministry") else hit.country
        if name and name not in actors:
            actors.append(name)
    return actors


def _estimate_anchor(body: str, named: list[tuple[int, int, EventEntry]]) -> date | None:
    """For an undated article: the latest date it names (absolute dates told in the past, and catalogue events
    it names); the article was written after them."""
    latest: date | None = None
    for mention in find_dates(body, None):
        if mention.kind == "absolute" and mention.value is not None and not speaks_of_future(
                body, mention.start, mention.end):
            latest = max(latest or mention.value.start, mention.value.start)
    for _, _, entry in named:
        if entry.start_date:
            latest = max(latest or entry.start_date, entry.start_date)
    return latest


_CATALOGUE_CACHE: dict[int, tuple[tuple[EventEntry, ...], PhraseMatcher, re.Pattern[str] | None,
                                   dict[str, list[EventEntry]]]] = {}


def _catalogue_pattern(aliases: list[str]) -> re.Pattern[str] | None:
    """The aliases (lower case) as one regex over the lower-cased body that finds what `PhraseMatcher` finds:
    the longest alias starting at a word's start and ending before a non-word character, left to right. Only
    for ASCII aliases (whose words lower-case letter by letter); None otherwise, and the matcher is used.
    Speed: one scan in C instead of a dictionary look-up for every word of the body."""
    starting = [alias for alias in aliases if re.match(r"\w", alias)]  # (the matcher skips the others too)
    if not starting or not all(alias.isascii() for alias in starting):
        return None
    return re.compile(r"(?<!\w)(?:" + _prefix_tree(starting) + r")(?!\w)")


def _catalogue_mentions(body: str, registry: Registry) -> list[tuple[int, int, EventEntry]]:
    """Where the body names a catalogue event (by name or alias, any case): (start, end, entry)."""
    if not registry.events:
        return []
    cached = _CATALOGUE_CACHE.get(id(registry.events))
    if cached is None or cached[0] is not registry.events:
        by_alias: dict[str, list[EventEntry]] = {}
        for entry in registry.events:
            for alias in {entry.name, *entry.aliases}:
                if alias:
                    by_alias.setdefault(alias.lower(), []).append(entry)
        cached = (registry.events, PhraseMatcher(by_alias, ignore_case=True), _catalogue_pattern(list(by_alias)),
                  by_alias)
        if len(_CATALOGUE_CACHE) > 8:
            _CATALOGUE_CACHE.clear()
        _CATALOGUE_CACHE[id(registry.events)] = cached
    _, matcher, pattern, by_alias = cached
    lower = body.lower() if pattern is not None else ""
    if pattern is None or len(lower) != len(body):  # (lower-casing moved offsets: rare letters)
        return [(start, end, entry) for start, end, alias in matcher.finditer(body) for entry in by_alias[alias]]
    return [(match.start(), match.end(), entry) for match in pattern.finditer(lower)
            for entry in by_alias[match.group(0)]]


def _role(value: DateValue | None, anchor: date | None, anchor_exact: bool = True) -> str:
    """'reported' for a day within days of publication (or after it); 'background' otherwise. With only an
    estimate of publication (the latest date the article names), only what comes after it is news."""
    if value is None or anchor is None or value.precision != "day":
        return "background"
    if not anchor_exact:
        return "reported" if value.start > anchor else "background"
    if anchor - timedelta(days=_NARRATIVE_WINDOW_DAYS) <= value.start <= anchor + timedelta(days=14):
        return "reported"
    return "background"


def _compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _compatible_sets(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    return not sa or not sb or sa <= sb or sb <= sa


_PLAN_STATUSES = ("cancelled", "planned")  # (a cancellation first: it ends the plan)


def _absorb(target: _Mention, other: _Mention) -> None:
    """Fold `other` into `target`: the event keeps its best-founded date (told, not inherited; then narrowest)."""
    if other.date is not None and not other.date_inherited and (
            target.date is None or target.date_inherited
            or (other.date.end - other.date.start) < (target.date.end - target.date.start)):
        target.date, target.date_phrase, target.date_inherited = other.date, other.date_phrase, False
        target.start, target.end = other.start, other.end
    elif target.date is None and other.date is not None:
        target.date, target.date_phrase, target.date_inherited = other.date, other.date_phrase, True
    for name in other.participants:
        if name not in target.participants:
            target.participants.append(name)
    for name in other.actors:
        if name not in target.actors:
            target.actors.append(name)
    target.location = target.location or other.location
    target.plan = target.plan or other.plan or next(
        (status for status in (target.status, other.status) if status in _PLAN_STATUSES), None)
    target.status = merged_status(target.status, other.status, refers_back=other.definite)
    target.catalogue = target.catalogue or other.catalogue
    if other.role == "reported":
        target.role = "reported"
    target.merged += 1


def _trigger_stem(body: str, mention: _Mention) -> str:
    """The first letters of the mention's words, read once (merging compares every pair of 'other' events)."""
    if mention.stem is None:
        first = body[mention.trigger_start:mention.trigger_end].split()[:1]
        family = OUTCOME_FAMILIES.get(first[0].lower()) if first else None
        # (one family's words share a stem: "convicted" and "acquitted" of one trial are one event's parts)
        mention.stem = family or body[mention.start:min(mention.end, mention.start + 5)].lower()
    return mention.stem


# One gathering told in parts: a summit reported leader by leader ("Merkel said at the meeting", "Renzi's talks"),
# or a gathering told first by its verb ('leaders gathered Friday'). Rows: the types whose mentions on one told
# day are parts of one gathering, and the 'other' trigger words that name such a gathering.
_ONE_GATHERING_TYPES = frozenset({"meeting"})
_GATHERING_WORDS = frozenset({"gathered", "gathering", "convened", "assembled"})
# ... and the trigger words of a gathering held once on its day, whatever its article says ('a summit')
_ONE_DAY_GATHERINGS = frozenset({"summit"})
# ... and the nouns that make an 'other' trigger's object a gathering ('received her first security briefing')
_GATHERING_NOUNS = ("briefing", "briefings", "summit", "session", "meeting", "talks", "conference")
_GATHERING_OBJECT = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:" + "|".join(_GATHERING_NOUNS) + r")\b", re.I)


def _gathering_type(body: str, mention: _Mention) -> str:
    """The mention's type for merging: an 'other' event on a gathering verb, or whose object is a gathering,
    counts as a meeting."""
    if mention.event_type == "other" and (
            body[mention.trigger_start:mention.trigger_end].lower() in _GATHERING_WORDS
            or _GATHERING_OBJECT.match(body, mention.trigger_end, min(len(body), mention.trigger_end + 60))):
        return "meeting"
    return mention.event_type


def _gathering_anaphora(body: str, event: _Mention, mention: _Mention) -> bool:
    """'the meeting' told without a date after a gathering told with one: a mention of it. A summit needs no
    article: 'a summit of 27 leaders' on the narration's day is the day's summit."""
    definite = mention.definite or body[mention.trigger_start:mention.trigger_end].lower() in _ONE_DAY_GATHERINGS
    return (definite and (mention.date is None or mention.date_inherited)
            and event.date is not None and not event.date_inherited
            and _gathering_type(body, event) in _ONE_GATHERING_TYPES
            and _gathering_type(body, mention) in _ONE_GATHERING_TYPES)


def _one_gathering(body: str, event: _Mention, mention: _Mention) -> bool:
    """Two mentions, told on the same day, of one gathering of several leaders: one names at most one person
    (a leader's part in it), or one is the gathering itself told by its verb. Two meetings each naming two or
    more people stay apart (one minister's meetings on one day are several)."""
    if event.date is None or mention.date is None or event.date_inherited or mention.date_inherited:
        return False  # both told: an undated 'the meeting' may be another one of the narration's day
    if event.date != mention.date or event.date.precision != "day":
        return False
    if not (_gathering_type(body, event) in _ONE_GATHERING_TYPES
            and _gathering_type(body, mention) in _ONE_GATHERING_TYPES):
        return False
    if event.event_type != mention.event_type:
        return True  # the gathering told by its verb and a meeting of that day
    return len(set(event.participants)) <= 1 or len(set(mention.participants)) <= 1


_COUNTERPART_AFTER = re.compile(r"\s+(?:with|between)\b", re.I)


def _refers_back(body: str, event: _Mention, mention: _Mention) -> bool:
    """'in the talks', 'the meeting's opening remarks by X and Y', 'during the visit': a definite gathering with no
    date of its own is the last gathering of its kind told before it, whoever its sentence names (they took part
    in it), unless the two are put in different places or the catalogue tells them apart."""
    if not (mention.definite and (mention.date is None or mention.date_inherited)
            and mention.event_type in _GATHERINGS and not mention.open):
        return False
    word = body[mention.trigger_start:mention.trigger_end].lower()
    if word not in BACK_REFERENCE_NOUNS and word != body[event.trigger_start:event.trigger_end].lower():
        return False  # "the summit" after "met on Monday": the bilateral on a summit's sidelines is not the summit
    if _COUNTERPART_AFTER.match(body, mention.trigger_end):
        return False  # "Kowal's meeting with Ezra" names the meeting it means: not the last one told
    if _gathering_type(body, event) != _gathering_type(body, mention):
        return False
    if event.location and mention.location and not _places_agree(event.location, mention.location):
        return False
    return mention.catalogue is None or event.catalogue is None or mention.catalogue is event.catalogue


class _EventIndex:
    """The article's events so far, grouped so that a mention is compared only with the events it could merge with
    (issue #11: not with every event so far): those of its type (of its trigger's first letters, for 'other'),
    and, for a gathering, every event that counts as a meeting (`_gathering_type`). Positions are the order in
    which the events were first told."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.events: list[_Mention] = []
        self.groups: dict[tuple[str, str], list[int]] = {}
        # id(event) -> (its group, whether it counts as a meeting, its position)
        self.keys: dict[int, tuple[tuple[str, str], bool, int]] = {}

    def _key(self, event: _Mention) -> tuple[str, str]:
        return event.event_type, _trigger_stem(self.body, event) if event.event_type == "other" else ""

    def add(self, event: _Mention) -> None:
        self.events.append(event)
        self._place(len(self.events) - 1, event)

    def _place(self, position: int, event: _Mention) -> None:
        key, meeting = self._key(event), _gathering_type(self.body, event) == "meeting"
        insort(self.groups.setdefault(key, []), position)
        if meeting and key != ("meeting", ""):
            insort(self.groups.setdefault(("meeting", ""), []), position)
        self.keys[id(event)] = (key, meeting, position)

    def retype(self, event: _Mention) -> None:
        """Move an event whose type changed ('leaders gathered' became the meeting its parts tell)."""
        key, meeting, position = self.keys[id(event)]
        if key == self._key(event):
            return
        for old in {key, ("meeting", "")} if meeting else {key}:
            self.groups[old].remove(position)
        self._place(position, event)

    def of_kind(self, kind: str) -> list[_Mention]:
        """The events counted as `kind` by `_gathering_type`, in order of telling."""
        return [self.events[p] for p in self.groups.get((kind, ""), ())
                if _gathering_type(self.body, self.events[p]) == kind]

    def candidates(self, mention: _Mention) -> list[int]:
        positions = self.groups.get(self._key(mention), [])
        if _gathering_type(self.body, mention) == "meeting":
            positions = sorted(set(positions) | set(self.groups.get(("meeting", ""), ())))
        return positions


def _merge_target(body: str, index: _EventIndex, mention: _Mention) -> _Mention | None:
    if mention.definite and mention.event_type in _GATHERINGS:
        told = index.of_kind(_gathering_type(body, mention))
        shared = [event for event in told if len(set(event.participants)) + len(set(event.actors)) >= 2]
        last = (shared or told or [None])[-1]
        if last is not None and _refers_back(body, last, mention):
            return last
    events = index.events
    best, best_key = None, None
    for index_of in index.candidates(mention):
        event = events[index_of]
        gathering = _one_gathering(body, event, mention)
        told_gathering = _gathering_anaphora(body, event, mention)
        if event.event_type != mention.event_type and not gathering and not told_gathering:
            continue
        if not _compatible_dates(event.date, mention.date):
            continue
        if event.catalogue is not None and mention.catalogue is not None and event.catalogue is not mention.catalogue:
            continue
        if (mention.catalogue is not None and not _places_agree(mention.catalogue.location, event.location)) or (
                event.catalogue is not None and not _places_agree(event.catalogue.location, mention.location)):
            continue  # "The Gaza War" is not "the Russian wars in Chechnya"
        if (event.event_type == "other" and not gathering and not told_gathering
                and _trigger_stem(body, event) != _trigger_stem(body, mention)):
            continue  # 'other' covers unlike things: a wreath-laying and an inauguration stay two events
        both_told = (event.date is not None and mention.date is not None
                     and not (event.date_inherited or mention.date_inherited))
        # Wars, attacks, elections, treaties and relations told with the same date are one event whoever the
        # sentence names; gatherings need the same people (one minister's meetings on one day are several).
        same_dated_happening = both_told and event.event_type in _HAPPENINGS and event.date == mention.date
        # ... and so are the parts of one outcome (`eventwords.OUTCOME_FAMILIES`) told on one day
        same_dated_happening = same_dated_happening or (
            event.event_type == "other" and event.date is not None and event.date == mention.date
            and _trigger_stem(body, event) == _trigger_stem(body, mention)
            and _trigger_stem(body, event) in OUTCOME_FAMILIES.values())
        # a leader's part in a gathering of several: one person named, the gathering told with two or more
        member = told_gathering and len(set(mention.participants)) <= 1 and (
            len(set(event.participants)) >= 2 or len(set(event.actors)) >= 2
            or body[event.trigger_start:event.trigger_end].lower() in _GATHERING_WORDS | _ONE_DAY_GATHERINGS)
        if not same_dated_happening and not gathering and not member and not _compatible_sets(
                event.participants, mention.participants):
            continue  # (a gathering's later mentions name its other members: "Merkel said after the meeting")
        # "the elections", "his statements": a definite, undated mention is likely one of an event told nearby.
        anaphora = ((mention.definite and (mention.date is None or mention.date_inherited
                                           or (event.date is None and event.event_type in _HAPPENINGS)))
                    or (event.definite and event.catalogue is None and event.merged == 1
                        and (event.date is None or event.date_inherited)))
        if (not same_dated_happening and not anaphora and len(event.actors) >= 2 and len(mention.actors) >= 2
                and not event.participants and not mention.participants
                and not _compatible_sets(event.actors, mention.actors)):
            continue
        if (event.location and mention.location and event.location != mention.location
                and (event.date is None or mention.date is None)):
            continue
        if (mention.location and not event.location and mention.date is None and not told_gathering
                and ((event.date is not None and not event.date_inherited) or event.catalogue is not None)):
            continue  # "the Russian wars in Chechnya" is no mention of "the 1967 war"
        if (mention.date is not None and not mention.date_inherited and event.date is None
                and not (set(event.participants) & set(mention.participants))
                and not (event.location and event.location == mention.location)
                and not (event.catalogue is not None and event.catalogue is mention.catalogue)
                and not (mention.definite and event.event_type in _HAPPENINGS)):
            continue  # a dated mention does not fold into an undated event without something else in common
            # ("the agreement was signed on 9 February" after "signed a 15-year agreement" does: it is definite)
        if (mention.date is not None and not mention.date_inherited and event.date is None
                and mention.role != event.role and not (mention.definite and event.event_type in _HAPPENINGS)):
            continue  # "hosted a delegation" (the news) and "the following month ... invited a delegation" (2022)
        if event.event_type == "statement" and not (
                (both_told and event.date == mention.date)
                or set(event.participants) & set(mention.participants)
                or (anaphora and (not event.actors or not mention.actors
                                  or set(event.actors) & set(mention.actors)))):
            continue  # statements are many and alike: one needs the same day or the same speaker
        if mention.participants and event.participants:
            overlap = len(set(event.participants) & set(mention.participants))
        else:
            overlap = 0
            if (not same_dated_happening and not anaphora and not gathering and not member and event.actors
                    and mention.actors and not (set(event.actors) & set(mention.actors))):
                continue  # (a member's part in a gathering of several brings its own country: "a summit of 27")
            overlap += len(set(event.actors) & set(mention.actors))
        if both_told:
            overlap += 2
        key = (overlap, index_of)
        if best_key is None or key > best_key:
            best, best_key = event, key
    return best


_PERSONAL_PRONOUN = re.compile(r"\s*(?:he|she|they|we|I)\b")
_DENIAL_BEFORE = re.compile(r"\bden(?:ied|ies|y)\b(?:\s+[\w’'.-]+){0,8}?\s+that\b", re.I)
_DENIED_CONTENT = re.compile(r"den(?:ied|ies|y)\b(?:\s+[\w’'.-]+){0,8}?\s+that\s+", re.I)
_CONTENT_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but|because|after|before|when|while)\s")


def _clause_end(body: str, verb: tuple[int, int]) -> int:
    found = _CONTENT_CLAUSE_END.search(body, verb[1], min(len(body), verb[1] + 200))
    return found.start() if found else min(len(body), verb[1] + 200)


def _name(body: str, event: _Mention, written: Mapping[str, int]) -> str:
    """The catalogue's name, else a name from the trigger, its parties and place (`eventnames`) and the date."""
    if event.catalogue is not None:
        return event.catalogue.name
    trigger = (event.trigger_start, event.trigger_end)
    is_noun = body[trigger[0]:trigger[1]].lower() in EVENT_NOUNS
    content = _DENIED_CONTENT.match(body, trigger[0]) if (
        event.event_type == "statement" and event.status == "denied") else None
    verb = lead_verb(body, (content.end(), min(len(body), content.end() + 160))) if content else None
    if verb is not None:
        # a denial told as the denied event is named by what it denies ("the board had sold the land"), not as
        # the denier's statement
        own_subject = subject_before(body, verb, content.end())
        pronoun = body[content.end():verb[0]].split()[:1] in (["it"], ["they"])
        name = event_name(body, "other", verb, event.subject if pronoun else (own_subject.text if own_subject else None),
                          event.participants,
                          event.actors, event.location, _clause_end(body, verb), False, written)
    else:
        name = event_name(body, event.event_type, trigger, event.subject, event.participants, event.actors,
                          event.location, max(event.clause_end, trigger[1]), is_noun, written)
    if event.date is not None:
        name += f" ({_date_label(event.date)})"
    return name


def _date_label(value: DateValue) -> str:
    if value.precision == "day":
        return value.start.isoformat()
    if value.precision == "month":
        return value.start.strftime("%Y-%m")
    return str(value.start.year)


def _catalogue_fits(entry: EventEntry, event: _Mention, anchor: date | None) -> bool:
    if entry.event_type != event.event_type:
        return False
    if anchor is not None and entry.start_date is not None and entry.start_date > anchor:
        return False  # an article does not recall what has not happened yet
    if event.date is not None and entry.start_date is not None and not event.date_inherited:
        entry_end = entry.end_date or entry.start_date
        slack = timedelta(days={"day": 0, "month": 31, "year": 366}.get(entry.date_precision or "day", 0))
        if not (event.date.start <= entry_end + slack and entry.start_date <= event.date.end):
            return False
    return True


def _catalogue_entry(named: list[tuple[int, int, EventEntry]], sentence: _Sentence, event: _Mention,
                     anchor: date | None, named_ends: list[int] | None = None) -> EventEntry | None:
    """The catalogue event named right at the mention ('the 1967 war', 'the Paris attacks', 'the Harbour siege').
    `named_ends` (the ends of `named`, which do not overlap) limits the look to the names within reach."""
    best, best_distance = None, None
    nearby = named
    if named_ends is not None:
        nearby = named[bisect_left(named_ends, event.start - _CATALOGUE_REACH):]
    for start, end, entry in nearby:
        if named_ends is not None and start > event.end + _CATALOGUE_REACH:
            break
        if not (sentence.start <= start and end <= sentence.end):
            continue
        distance = max(0, start - event.end, event.start - end)
        if distance > _CATALOGUE_REACH or not _catalogue_fits(entry, event, anchor):
            continue
        if not _places_agree(entry.location, event.location):
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = entry, distance
    return best


def _places_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    words_a = set(re.findall(r"\w+", a.lower()))
    words_b = set(re.findall(r"\w+", b.lower()))
    return bool(words_a & words_b)


def _shares_someone(entry: EventEntry, event: _Mention) -> bool:
    """The event names someone (or somewhere) the catalogue entry involves."""
    involved = {name.lower() for name in (*entry.participants, entry.location or "")} - {""}
    named = {name.lower() for name in (*event.participants, *event.actors, event.location or "")} - {""}
    return bool(involved & named) or any(a in b or b in a for a in involved for b in named)


def _name_from_article(named: list[tuple[int, int, EventEntry]], events: list[_Mention], anchor: date | None
                       ) -> None:
    """A catalogue event the article names somewhere ('the Harbour tragedy') is the one event of its type that
    fits it, when exactly one does ('the hostage siege', 'the Russian school attack')."""
    claimed = {id(event.catalogue) for event in events if event.catalogue is not None}
    seen: set[int] = set()
    for _, _, entry in named:
        if id(entry) in claimed or id(entry) in seen:
            continue
        seen.add(id(entry))
        fitting = [event for event in events if event.catalogue is None and _catalogue_fits(entry, event, anchor)
                   and _places_agree(entry.location, event.location) and _shares_someone(entry, event)]
        if len(fitting) == 1:
            fitting[0].catalogue = entry


def extract_events(article: ArticleRecord, people: list[PersonRecord], registry: Registry,
                   analysis: ArticleAnalysis | None = None) -> list[EventRecord]:
    if analysis is None:
        analysis = analyse(article, registry)
    body = article.body
    if not body:
        return []
    anchor_exact = article.published_on is not None and article.date_precision in (None, "day")
    named = _catalogue_mentions(body, registry)
    anchor = article.published_on or _estimate_anchor(body, named)
    dates = find_dates(body, anchor, anchor_exact,
                       anchor_year_only=article.published_on is not None and article.date_precision == "year")
    sentence_spans = analysis.plain_sentences
    sentences = [_Sentence(start, end) for start, end in sentence_spans]
    if not sentences:
        return []
    quoted = _long_quotes(analysis)
    people_spans = _Spans([(m.start, m.end, person.name) for person in people for m in person.mentions])
    # A country inside a longer name ("Portuguese President Ana Silva" as a name) is not an actor of its own.
    places = _Spans([(hit.start, hit.end, hit) for hit in analysis.places
                     if hit.kind == "demonym" or not people_spans.containing(hit.start, hit.end)])
    date_starts = [mention.start for mention in dates]
    date_ends = [mention.end for mention in dates]
    named_ends = [end for _, end, _ in named]
    facts = _SentenceFacts(body)
    embedded = {mention.reference_index: index for index, mention in enumerate(dates)
                if mention.kind == "compound" and mention.reference_index is not None}

    mentions: list[_Mention] = []
    news_thread = False  # whether the last news-like mention was the article's news
    narrative: tuple[DateValue, str] | None = None  # the day the news narration is at, and its words
    date_cursor = 0
    refused: list[tuple[int, int]] = []
    triggers = _find_triggers(body, quoted, refused)
    # Dated clauses no trigger word covers ("quashed on Tuesday", "decision of March 2025") are events too.
    # (a person's initials in brackets after the name are no organisation's acronym: "Jan Erik Kowal (JEK)")
    people_names = {body[a:b] for a, b, _ in people_spans.spans}
    acronyms = {acronym: name for acronym, name in acronym_definitions(body).items() if name not in people_names}
    written = WrittenCounts(body)
    known_organisations = ArticleOrganisations(body, [(a, b) for a, b, _ in people_spans.spans], acronyms)
    officers: dict[str, str | None] = {}  # each participant's state, as its officer (`parties.officer_country`)
    mentions_of = {person.name: person.mentions for person in people}
    last_pair: list[str] = []  # the actors of the last mention that named two or more ("the two sides")
    last_company_pair: list[str] = []  # ... of the last that named two or more companies ("the two companies")
    # the article's bodies (read at the first description or pronoun that needs them)
    bodies = ArticleBodies(body, [(a, b) for a, b, _ in people_spans.spans], acronyms,
                           [hit for _, _, hit in places.spans])
    told_by_noun: dict[str, list[str]] = {}  # the actors of the last event told by each trigger noun ("series")
    opened = open_triggers(body, dates, triggers, sentence_spans, quoted, refused)
    # A live blog's entry is told on the day of its stamp ("18.20" over "Varn Ferries has cancelled ..."): its lead's
    # trigger, or the lead's own verb when it holds none, is dated by the stamp (the publication day).
    stamped: dict[int, DateMention] = {}
    if anchor_exact:
        for stamp, lead in live_entries(article.raw_text or body, body, sentence_spans):
            verb = lead_verb(body, lead)
            # (a trigger before the lead's verb or in its phrase, "gave a joint briefing", tells the entry; one
            # further on is another clause's: "have arrested a man ... over fires that broke out on Wednesday")
            reach = verb[1] + _LEAD_PHRASE_REACH if verb else lead[1]
            own = [start for _, start, _ in triggers + opened if lead[0] <= start < min(lead[1], reach)]
            if not own:
                if verb is None:
                    continue
                opened.append((open_type(body, verb, lead), *verb))
                own = [verb[0]]
            stamped[min(own)] = DateMention(lead[0], lead[0], stamp, "deictic", DateValue(anchor, anchor, "day"))
    open_spans = {(start, end) for _, start, end in opened}
    triggers = sorted(triggers + opened, key=lambda trigger: trigger[1])
    trigger_starts = [start for _, start, _ in triggers]
    bound = _bound_dates(body, dates, triggers)
    bound_to: dict[int, list[int]] = {}
    for index, trigger_start in bound.items():
        bound_to.setdefault(trigger_start, []).append(index)
    for event_type, start, end in triggers:
        sentence_number = _sentence_index(sentences, start)
        sentence = sentences[sentence_number]
        # The narration moves with the reported days (on or before publication) told before this sentence.
        while date_cursor < len(dates) and dates[date_cursor].start < sentence.start:
            told = dates[date_cursor]
            if (told.value is not None and anchor_exact and told.value.start <= anchor
                    and _role(told.value, anchor) == "reported"):
                narrative = (told.value, told.phrase)
            date_cursor += 1
        if (body[start:end].split()[0].lower() in CAREER_VERBS and _BEAT.search(body, end, min(sentence.end, end + 200))
                and (people_spans.within(sentence.start, start) or _NAME_OPENS.fullmatch(body, sentence.start, start))):
            continue  # "Jo Roe joined the Herald in 2019 and covers transport": an author's biography, no event
            # (the author's name may be one the people step does not know: a capitalised run opening the sentence)
        if event_type == "vote_veto" and facts.times(sentence):
            continue  # "has voted against Israel 17 times and abstained on the others": a record, not an event
        if (words := body[start:end].lower().split()) and words[-1] in ALL_EVENT_NOUNS and _TOPIC_OF.search(
                body, max(sentence.start, start - 60), start):
            continue  # "will meet next week to discuss the war in Sudan": the topic of another event, not one told
        if event_type == "election" and _CHOOSING.match(body, start) and not (
                _BALLOT.search(body, sentence.start, sentence.end) or _chosen_by_electorate(body, (start, end),
                                                                                           sentence, places)):
            continue  # "the university's board will choose a new president": an appointment, not an election
        cited = _CITED.search(body, max(sentence.start, start - 50), start) if event_type == "statement" else None
        if cited:
            # "tweeted, quoting Brenner's statement": a statement made before, cited here; the citing act is the
            # statement told, when it is a dated speech of its own the sentence tells no other statement for
            citing = _citing_act(body, sentence, cited.start(), date_starts, triggers)
            if citing is None:
                continue
            start, end = citing
        mention = _Mention(event_type, start, end, sentence_number, open=(start, end) in open_spans)
        mention.definite = bool(_DEFINITE.search(body[max(sentence.start, start - 30):start]))
        in_sentence = range(bisect_left(date_starts, sentence.start), bisect_left(date_starts, sentence.end))
        candidates = _date_candidates(body, (start, end), dates, date_starts, date_ends, in_sentence, bound_to)
        chosen = _pick_date(body, event_type, (start, end), dates, candidates, bound, embedded, sentence,
                            trigger_starts, facts)
        if chosen is None and start in stamped:
            chosen = stamped[start]  # a live entry's stamp
        # A perfect tense or "previously" marks a recollection, when it is the trigger's own clause's or comes
        # before it: the past perfect of what a statement reports ("the LTA said conditions had proved") is not
        # the statement's.
        background_cue = facts.perfect(sentence) and bool(_PERFECT.search(
            body, max(sentence.start, start - _PERFECT_REACH),
            clause_bounds(body, (start, end), (sentence.start, sentence.end))[1]))
        status, rule = read_status(body, (start, end), (sentence.start, sentence.end),
                                   chosen.value if chosen is not None else None, anchor if anchor_exact else None)
        if status in NOT_EVENTS:
            continue  # "could begin", "if he wins", "often meets": no event took place
        if event_type == "statement" and status == "occurred" and _DENIED_IT.match(body, start):
            claimed = [m for m in mentions if m.sentence == sentence_number - 1 and m.status == "occurred"
                       and _CLAIM_CUE.search(body, max(sentences[m.sentence].start, m.trigger_start - 200),
                                            m.trigger_start)]
            for denied in claimed:
                denied.status = "denied"  # "X's campaign has said that Silva met ... Silva denied it."
            if claimed:
                continue
            status, rule = "denied", "denied-it"
        elif event_type == "statement" and status == "occurred" and _DENIAL_STATEMENT.match(body, start):
            status, rule = "denied", "denial-statement"  # (dropped below if its clause's event carries the denial)
        mention.status = status
        if rule == "denial" and mentions and mentions[-1].sentence == sentence_number and \
                mentions[-1].event_type == "statement" and _DENIAL_WORD.match(body, mentions[-1].trigger_start):
            mentions.pop()  # "denied that Qureshi had met ...": the denial is told as the denied meeting
        if chosen is not None:
            mention.date, mention.date_phrase = _planned_date(chosen, status, anchor, anchor_exact), chosen.phrase
            mention.role = _role(mention.date, anchor, anchor_exact)
            if chosen.kind == "anaphoric" and narrative and chosen.value == narrative[0]:
                mention.role = "reported"
        elif narrative is not None and event_type in _NEWS_TYPES and not background_cue and status == "occurred":
            # (a plan, a cancellation or a denial is not dated by the day the narration is at: "officials
            # called on Wednesday for Trump's visit to be blocked" is no visit on Wednesday)
            mention.date, mention.date_phrase, mention.date_inherited = narrative[0], narrative[1], True
            mention.role = "reported"
        elif news_thread and event_type in _NEWS_TYPES and not background_cue:
            mention.role = "reported"  # told in the news's own sequence ("But Silva's call was followed by ...")
        if event_type not in _NO_PEOPLE_TYPES:
            mention.participants = _participants(body, people_spans, sentence, (start, end), event_type)
        clause = clause_bounds(body, (start, end), (sentence.start, sentence.end))
        subject = subject_before(body, (start, end), max(sentence.start, start - 120))
        mention.subject = subject.text if subject is not None else None
        mention.clause_end = clause[1]
        window = _window((start, end), sentence, _ACTOR_WINDOW)
        # ('leaders gathered' is a meeting: its leaders' nationalities count as its parties)
        actor_type = "meeting" if body[start:end].lower() in _GATHERING_WORDS else event_type
        # (a name inside a quotation the trigger is not in is what was said, not a party of the saying)
        own_quote = next(((a, b) for a, b in quoted if a <= start < b), None)
        mention.actors = event_actors(body, (start, end), window, [
            hit for _, _, hit in places.within(*window)
            if not (_inside(hit.start, quoted) and not (own_quote and own_quote[0] <= hit.start < own_quote[1]))],
                                      [(a, b) for a, b, _ in people_spans.within(*window)], acronyms, actor_type,
                                      subject, written, sentence.start, known_organisations,
                                      [span for span in quoted if span != own_quote])
        # The subject of the trigger's own clause when the rules above cannot read it: a denial's content clause
        # tells the denied event, whose agent is that clause's subject, not the denier ("denied that the board had
        # ignored"); a pronoun subject takes up the governing verb's subject ("The council said it had approved").
        denial = rule == "denial-statement" and status == "denied"
        own = clause_subject_parties(body, (start, end), sentence.start, [(a, b) for a, b, _ in people_spans.spans],
                                     acronyms, known_organisations, denial)
        if own and denial:
            mention.actors = list(own)
        elif own:
            mention.actors = own + [name for name in mention.actors if name not in own]
        if denial and (content := _DENIED_CONTENT.match(body, start)):
            # the denied event's people are those its clause names, not the denier ("Silva denied that the board
            # had sold the land": Silva took no part in the sale; but "denied that he had met": the denier's own)
            content_end = _clause_end(body, (content.end(), content.end()))
            content_people = list(dict.fromkeys(
                name for _, _, name in people_spans.within(content.end(), content_end)))
            mention.participants = content_people if not _PERSONAL_PRONOUN.match(body, content.end()) else list(
                dict.fromkeys(mention.participants + content_people))
        elif rule == "denial" and (denier := _DENIAL_BEFORE.search(body, max(sentence.start, start - 160), start)) \
                and not _PERSONAL_PRONOUN.match(body, denier.end()):
            # ... and when the denied event is told by its own trigger, the denier before the denial is none of it
            denier_side = {name for _, _, name in people_spans.within(sentence.start, denier.start())}
            content_side = {name for _, _, name in people_spans.within(denier.end(), sentence.end)}
            mention.participants = [name for name in mention.participants
                                    if name not in denier_side or name in content_side]
        if not mention.actors and status == "planned" and _AGENTLESS.search(body, max(sentence.start, start - 40), start):
            # a body announcing its own act told without an agent ("said the terminal would be closed", "says
            # work will begin"): the body its speaker speaks for
            speaker = speaker_body(body, sentence.start, (start, end), [(a, b) for a, b, _ in people_spans.spans],
                                   acronyms, known_organisations)
            if speaker:
                mention.actors = [speaker]
        by_pair = _PAIR_AFTER.match(body, end, min(sentence.end, end + 60))
        if subject is not None and _PLURAL_PARTIES.fullmatch(subject.text) and _PREPOSITION_END.search(
                body, max(0, subject.start - 12), subject.start):
            subject = None  # "the cable between the two countries was damaged": the pair is a noun's, not the subject
        organiser = _ORGANISER_AFTER.match(body, end, min(sentence.end, end + 120)) if (
            not mention.actors and event_type in _GATHERINGS) else None
        if organiser is not None:
            # "a public meeting the Tarnby council had planned to hold", "a forum it had planned to host": the
            # subject of the contact relative clause organised the gathering
            people_list = [(a, b) for a, b, _ in people_spans.spans]
            if organiser.group(1).lower() in ("it", "they"):
                found = clause_subject_parties(body, organiser.span(2), sentence.start, people_list, acronyms,
                                               known_organisations, False)
            else:
                found = phrase_parties(body, *organiser.span(1), people_list, acronyms, known_organisations)
            if found:
                mention.actors = list(found)
        if ((subject is not None and _PLURAL_PARTIES.fullmatch(subject.text))
                or (start - sentence.start <= _PLURAL_REACH and _PLURAL_PARTIES.match(body, sentence.start, start)
                    and not _SUBORDINATOR.search(body, sentence.start, start))
                or (by_pair is not None and not mention.actors)):
            # "The two companies first agreed ... signed": the parties of the last event that named two or more
            # (companies: the last two named that are no state, place or local body)
            plural = subject.text if subject is not None and _PLURAL_PARTIES.fullmatch(subject.text) else (
                by_pair.group(1) if by_pair is not None else body[sentence.start:start])
            pair = last_company_pair if _COMPANIES_WORD.search(plural) else last_pair
            mention.actors = pair + [name for name in mention.actors if name not in pair]
        if not mention.actors and subject is not None and _DEFINITE_SUBJECT.match(subject.text):
            # "The series decider will be played ...": the event a definite subject names by an earlier trigger
            # noun ("the three-match series") lends its parties
            told = next((told_by_noun[word] for word in reversed(subject.text.lower().split()[1:])
                         if word in told_by_noun), None)
            if told:
                mention.actors = list(told)
        # Who is who for bodies: a definite description or "it" as the trigger's subject takes up the one body
        # named before that fits ("Tarnby municipality ... The municipality cancelled", "Brenn Ferries ... it signed")
        taken_up = taken_up_body(body, (start, end), sentence.start, bodies,
                                 [(a, b) for a, b, _ in people_spans.within(sentence.start, end)])
        if taken_up and taken_up[0] not in mention.actors and not any(
                taken_up[0] in name or name in taken_up[0] for name in mention.actors):
            mention.actors.insert(0, taken_up[0])
        if mention.actors and body[start:end].lower() in EVENT_NOUNS:
            told_by_noun[body[start:end].lower()] = list(mention.actors)
        if len(mention.actors) >= 2:
            last_pair = list(mention.actors)
            if all(_company_like(name) for name in mention.actors):
                last_company_pair = list(mention.actors)
        # A "person" whose name ends in an organisation word ("Westwind Renewables") is an organisation. (Whether
        # a name after a body's word, "the consortium Vento Azul", "the charity Nadia Fell said she", is a body's is
        # the people step's decision: a name it keeps is a person's, one it drops is read as the body's by
        # `orgnames.ArticleOrganisations`.)
        for name in [name for name in mention.participants if name.split()[-1].lower() in ORG_HEADS]:
            mention.participants.remove(name)
            if name not in mention.actors:
                mention.actors.append(name)
        # ... and a one-word "person" that is the first word of an organisation named before ("Kanemura" after
        # "Kanemura Motors") is that organisation: no participant; a party of a gathering, where those named
        # near it take part (elsewhere a name near the trigger is as often a topic: "in close contact with X")
        for name in [name for name in mention.participants if " " not in name]:
            organisation = known_organisations.refers_to(name, start, by_head=False)
            if organisation is not None:
                mention.participants.remove(name)
                if event_type in _GATHERINGS and organisation not in mention.actors:
                    mention.actors.append(organisation)
        # An officer of a state the article introduces by a demonym and an office ("Croatian Economy Minister
        # Tomislav Barić", "his Azerbaijani counterpart") acts for that country in a gathering, a visit, a call or
        # a signing they take part in (not in their own press conference)
        if event_type in _STATE_OCCASIONS:
            for name in mention.participants:
                if name not in officers:
                    officers[name] = officer_country(body, sorted((m.start, m.end) for m in mentions_of.get(name, [])))
                country = officers[name]
                if country and country not in mention.actors:
                    mention.actors.append(country)
        mention.location = _location(body, event_type, (start, end), sentence, places, people_spans)
        if mention.location is None:
            mention.location = _local_body_place(mention.actors)  # "Tarnby municipality approved": in Tarnby
        mention.catalogue = _catalogue_entry(named, sentence, mention, anchor, named_ends)
        mentions.append(mention)
        # The news thread runs through news-like mentions and is cut by a dated recollection.
        if chosen is not None or event_type in _NEWS_TYPES:
            news_thread = mention.role == "reported"
        if chosen is not None:
            repeat = _repeated(body, dates, range(bisect_left(date_starts, chosen.end, in_sentence.start,
                                                              in_sentence.stop), in_sentence.stop), chosen)
            if repeat is not None:
                mentions.append(_Mention(
                    event_type, repeat.start, repeat.end, sentence_number, repeat.value, repeat.phrase,
                    participants=list(mention.participants), actors=list(mention.actors),
                    location=mention.location, role=_role(repeat.value, anchor, anchor_exact),
                    status=mention.status))

    events = _merge(body, _one_happening(body, mentions))
    _date_from_headlines(article, events, anchor, anchor_exact)
    if named:
        _name_from_article(named, events, anchor)
    records = []
    dateline = _dateline_place(body) if any(_at_dateline(event, anchor, anchor_exact) for event in events) else None
    if dateline and _bureau_dateline(body, dateline, events, sentences, places, people_spans):
        dateline = None
    for event in events:
        if dateline and _at_dateline(event, anchor, anchor_exact) and _dateline_fits(
                body, dateline, event, sentences[event.sentence], people_spans):
            event.location = dateline[0]
        if (event.status == "occurred" and event.plan and anchor_exact and event.date is not None
                and not event.date_inherited and event.date.start > anchor):
            # a plan told with its date, merged with a bare mention ("The pact, which will be signed in Helsinki
            # next month ... The signing of the pact was delayed"): the event dated after publication has not
            # happened; the mentions' plan stands
            event.status = event.plan
        attacked = _attacked_country(event)
        if attacked:
            event.actors.append(attacked)
        nobody = not event.participants and not event.actors
        if nobody and event.catalogue is None and (
                event.event_type in _GATHERINGS or event.date is None or event.date_inherited) and not (
                (event.location or _titled_gathering(event)) and event.date is not None and not event.date_inherited):
            continue  # a meeting of no one, or an undated happening nowhere: too vague to be of use
            # (a dated gathering of office holders the clause names by their title is someone's: "The ministers
            # will meet on Friday to discuss ...", though the topic's place is none of it)
        records.append(EventRecord(
            name=_name(body, event, written),
            event_type=event.event_type,
            start=event.start,
            end=event.end,
            start_date=event.date.start if event.date else None,
            end_date=event.date.end if event.date else None,
            date_precision=event.date.precision if event.date else None,
            date_phrase=event.date_phrase if event.date else None,
            role=event.role,
            location=event.location or (event.catalogue.location if event.catalogue else None),
            participants=list(event.participants),
            actors=list(event.actors),
            status=event.status,
        ))
    return records




def _titled_gathering(event: _Mention) -> bool:
    """Whether a gathering's clause subject is office holders named by their title ("The ministers", "Foreign
    ministers", "officials": `orgnames.is_title` of the subject's last word)."""
    if event.event_type not in _GATHERINGS or not event.subject:
        return False
    words = event.subject.lower().split()
    return bool(words) and is_title(words[-1].strip(",.;:\"”’'"))


# The dateline's town is where the news of the day was gathered: a gathering, a vote or a signing told as that
# news with no place of its own took place there ("LISBON — Fisheries ministers met on Tuesday ...").
DATELINE_TYPES = frozenset({"meeting", "press_conference", "vote_veto", "agreement_signing"})
_DATELINE_DAYS = 3  # told at most this many days before publication (or on a day after it, for a plan)


def _dateline_place(body: str) -> tuple[str, int] | None:
    """The town of the dateline opening the body ("WASHINGTON (AP) —" -> "Washington"), when it is one place the
    town table or the gazetteer knows, and where the dateline ends."""
    found = DATELINE.match(body, len(body) - len(body.lstrip()))
    if found is None or "/" in found.group("place") or len(found.group("place")) > 40:
        return None
    place = " ".join(word if not word.isupper() else word.capitalize() for word in found.group("place").split())
    known = find_places_and_organisations(place)
    if place_country(place) is None and not (len(known) == 1 and known[0].kind in ("capital", "region", "country")
                                             and known[0].end - known[0].start == len(place)):
        return None
    return place, found.end()


# The dateline is a bureau's, not the news' place, when the lead's subject names parties of elsewhere: a country,
# capital or people of another country ("LONDON — The leaders of Peru and Chile signed ..."), or a name of the
# gazetteer does not know after "of" ("The presidents of Varnland and Tarnia"), and none of the dateline's country.
_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+)")
# A place phrase of the event's own sentence that was not resolved: "in the Tarnian capital", "at Varno Hall".
_OWN_PLACE_PHRASE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?(?-i:([A-Z][\w’'-]+))")
_LEAD_SUBJECT_REACH = 100  # characters after the dateline read as the lead's subject when no trigger ends it


def _bureau_dateline(body: str, dateline: tuple[str, int], events: list[_Mention], sentences: list[_Sentence],
                     places: _Spans, people: _Spans) -> bool:
    """Whether the lead's subject (from the dateline to the lead's first event) names parties of elsewhere and none
    of the dateline's country: the story was filed from a bureau, and its town locates none of the news."""
    place, start = dateline
    home = _place_country(place)
    lead = next((sentence for sentence in sentences if sentence.start <= start < sentence.end), None)
    if lead is None:
        return False
    end = min([event.trigger_start for event in events if lead.start <= event.trigger_start < lead.end and
               event.trigger_start > start] or [min(lead.end, start + _LEAD_SUBJECT_REACH)])
    foreign = own = False
    for _, _, hit in places.within(start, end):
        if hit.kind not in ("country", "capital", "region", "demonym"):
            continue
        country = hit.country or (hit.canonical if hit.kind == "country" else None)
        if country and country == home:
            own = True
        elif country:
            foreign = True
    known = [(a, b) for a, b, _ in (*places.within(start, end), *people.within(start, end))]
    for named in _OF_NAME.finditer(body, start, end):
        word_start = named.end() - len(named.group(0).split()[-1])
        if not any(a <= word_start < b for a, b in known):
            foreign = True  # "The presidents of Varnland": a party the gazetteer does not know
    return foreign and not own


def _dateline_fits(body: str, dateline: tuple[str, int], event: _Mention, sentence: _Sentence,
                   people: _Spans) -> bool:
    """Whether the dateline's town may locate the event: its sentence names no place of its own that was not
    resolved ("signed a border accord in the Tarnian capital"), and its countries acting, if any, include the
    dateline's."""
    home = _place_country(dateline[0])
    countries = [country for country in map(_place_country, event.actors) if country]
    if countries and home not in countries:
        return False  # "LONDON — France and Peru signed ...": the parties' countries, not the bureau's
    for phrase in _OWN_PLACE_PHRASE.finditer(body, max(sentence.start, dateline[1]), sentence.end):
        if _NOT_PLACE.match(phrase.group(1)) or any(
                a == phrase.start(1) for a, _, _ in people.within(phrase.start(1), phrase.end(1) + 60)):
            continue  # "in May", "at Ana Silva's home": a date, a person's, no unresolved place
        return False
    return True


# The administrative word after a region's name ("Varno Oblast", "Anbar Province"), read off to find its town.
_ADMINISTRATIVE_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(ADMINISTRATIVE_TAILS)) + r")$")


def _place_country(place: str) -> str | None:
    """The country a place lies in: through the gazetteer (a country, a capital, a region), the towns table, or the
    town a region is named after."""
    hits = find_places_and_organisations(place)
    if len(hits) == 1 and hits[0].kind in ("country", "capital", "region") and hits[0].end - hits[0].start == len(
            place):
        return hits[0].country or hits[0].canonical
    return place_country(place) or (place_country(_ADMINISTRATIVE_TAIL.sub("", place))
                                    if _ADMINISTRATIVE_TAIL.search(place) else None)


def _attacked_country(event: _Mention) -> str | None:
    """The country of the place an attack or war by a country struck, when it is another country: its counterpart
    ("Russian forces attacked a facility in Rivne Oblast": Ukraine)."""
    if event.event_type not in ("attack", "war") or not event.location or not event.actors:
        return None
    attackers = [_place_country(actor) for actor in event.actors]
    if not any(attackers):
        return None  # (no country acted: "gunmen attacked")
    country = _place_country(event.location)
    return country if country and country not in event.actors and country not in attackers else None


def _at_dateline(event: _Mention, anchor: date | None, anchor_exact: bool) -> bool:
    """Whether the event is the news of the day a dateline's town locates: of a located type, with no place, told
    with its own date within `_DATELINE_DAYS` of publication."""
    return (event.event_type in DATELINE_TYPES and not event.location and event.catalogue is None
            and event.date is not None and not event.date_inherited and anchor is not None and anchor_exact
            and event.date.precision == "day"
            and -_DATELINE_DAYS <= (event.date.start - anchor).days <= _DATELINE_DAYS)


_PLANNED_PAST_DAYS = 60
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")


def _planned_date(chosen: DateMention, status: str, anchor: date | None, anchor_exact: bool) -> DateValue | None:
    """A planned event happens after publication: a yearless day or month read into the past ("will be heard on
    July 7th", "is due in December" resolved as last year's) moves to its coming year."""
    value = chosen.value
    if (status != "planned" or value is None or anchor is None or not anchor_exact
            or value.precision not in ("day", "month") or value.end >= anchor - timedelta(days=_PLANNED_PAST_DAYS)
            or _WRITTEN_YEAR.search(chosen.phrase)):
        return value  # (a plan dated days back is the news catching up with it, not last year's date)
    years = anchor.year - value.start.year + (1 if value.end.replace(year=anchor.year) < anchor else 0)
    try:
        start, end = value.start.replace(year=value.start.year + years), value.end.replace(year=value.end.year + years)
    except ValueError:  # 29 February
        return value
    if value.precision == "month":
        return month_value(start.year, start.month)
    return DateValue(start, end, value.precision)


def _repeated(body: str, dates: list[DateMention], in_sentence: range, chosen: DateMention) -> DateMention | None:
    """'he visited in 2005 and then again in 2012': the date after 'again' is a second event of the same kind."""
    for index in in_sentence:
        later = dates[index]
        if later.start < chosen.end or later is chosen or later.value is None:
            continue
        return later if _AGAIN_BETWEEN.match(body[chosen.end:later.start] + " " + later.phrase) else None
    return None


_HEADLINE_DATE_REACH = 25  # characters between a headline's trigger and its date ("Sunday's runoff")


def _date_from_headlines(article: ArticleRecord, events: list[_Mention], anchor: date | None,
                         anchor_exact: bool) -> None:
    """An event the body tells undated takes the date the title or standfirst gives an event of its type
    ("Turnout in Sunday's runoff was low" above "X has won the runoff"): headlines carry the news's day."""
    undated = [event for event in events if event.date is None]
    if not undated or anchor is None:
        return
    for text in (article.subtitle, article.title):
        if not text:
            continue
        # Only the news's own days: "last met in Seoul in early May" above a plan to meet is another meeting.
        dates = [mention for mention in find_dates(text, anchor, anchor_exact)
                 if mention.value is not None and _role(mention.value, anchor, anchor_exact) == "reported"]
        if not dates:
            continue
        for event_type, start, end in _find_triggers(text, []):
            near = [mention for mention in dates
                    if -_HEADLINE_DATE_REACH <= start - mention.end <= _HEADLINE_DATE_REACH
                    or 0 <= mention.start - end <= _HEADLINE_DATE_REACH]
            same_type = [event for event in undated if event.event_type == event_type]
            if len(near) != 1 or len(same_type) != 1:
                continue
            event = same_type[0]
            event.date, event.date_phrase = near[0].value, near[0].phrase
            event.role = _role(near[0].value, anchor, anchor_exact)
            undated.remove(event)


class _SentenceShadows:
    """The visits, meetings and delegations told in one sentence, grouped by their current event type, each
    group in order of first telling: a mention looks only at the groups of other types for the first whose
    dates allow, so a sentence with thousands of 'meet' costs no scan of its earlier meetings (issue #11)."""

    def __init__(self) -> None:
        self.groups: dict[str, list[tuple[int, _Mention]]] = {}
        self.placed: dict[int, tuple[int, str]] = {}  # id(mention) -> (order of first telling, group)

    def add(self, mention: _Mention, order: int) -> bool:
        """Place the mention unless it is already here (its first telling is the one a scan meets first)."""
        if id(mention) in self.placed:
            return False
        self.placed[id(mention)] = (order, mention.event_type)
        self.groups.setdefault(mention.event_type, []).append((order, mention))  # orders only grow: kept sorted
        return True

    def retype(self, mention: _Mention) -> None:
        """Move a mention whose event type changed to its new group, at the place of its first telling."""
        order, key = self.placed[id(mention)]
        if key == mention.event_type:
            return
        group = self.groups[key]
        del group[bisect_left(group, order, key=lambda entry: entry[0])]
        insort(self.groups.setdefault(mention.event_type, []), (order, mention), key=lambda entry: entry[0])
        self.placed[id(mention)] = (order, mention.event_type)

    def shadow(self, mention: _Mention) -> _Mention | None:
        """The first mention of another type told here whose dates allow it to be this one's event."""
        best: tuple[int, _Mention] | None = None
        for key, group in self.groups.items():
            if key == mention.event_type:
                continue
            for order, other in group:
                if best is not None and order > best[0]:
                    break
                if (other.date_inherited or mention.date_inherited
                        or _compatible_dates(other.date, mention.date)):
                    best = (order, other)
                    break
        return best[1] if best is not None else None


# A named gathering that is only the occasion of a meeting told just before it: "met ... at a Group of 20 meeting",
# "on the sidelines of the NATO summit".
_OCCASION_BEFORE = re.compile(r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the)\s+"
                              r"(?:[A-Z0-9][\w’'-]*\s+(?:of\s+)?){1,4}$")
_OCCASION_REACH = 150


def _one_happening(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Fold the mentions that tell one happening twice in a row: a statement made at a press conference told in its
    sentence is that conference ("At a news conference on Tuesday, Silva announced"); a meeting's named occasion
    ("met Ana Ruiz at a Group of 20 meeting", also when an initial splits the sentence) is the meeting."""
    kept: list[_Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if mention.event_type == "statement" or (previous is not None and previous.event_type == "statement"):
            statement, other = (mention, previous) if mention.event_type == "statement" else (previous, mention)
            if (other is not None and other.event_type == "press_conference" and other.sentence == statement.sentence
                    and _compatible_dates(other.date, statement.date)):
                _absorb(other, statement)
                if statement is previous:
                    kept[-1] = other
                continue
        if (previous is not None and mention.event_type == "meeting" and previous.event_type == "meeting"
                and mention.start - previous.end <= _OCCASION_REACH
                and _OCCASION_BEFORE.search(body, max(0, mention.start - 60), mention.start)):
            actors = list(previous.actors)
            _absorb(previous, mention)
            previous.actors = actors  # (the occasion's own body, "NATO" of "a NATO summit", is no party)
            continue
        kept.append(mention)
    return kept


def _merge(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions of one event within the article become one event; the first of a visit and a meeting told in
    one sentence stands for both ('traveled to Moscow to meet', 'plans to meet X, who will be visiting')."""
    index = _EventIndex(body)
    events = index.events
    # (only visits, meetings and delegations are kept per sentence: only they shadow one another)
    by_sentence: dict[int, _SentenceShadows] = {}
    homes: dict[int, list[_SentenceShadows]] = {}  # id(mention) -> the sentences it is kept in
    told = 0

    def keep(sentence: _SentenceShadows, mention: _Mention) -> None:
        nonlocal told
        if sentence.add(mention, told):
            homes.setdefault(id(mention), []).append(sentence)
        told += 1

    for mention in mentions:
        same_sentence = by_sentence.setdefault(mention.sentence, _SentenceShadows())
        shadow = same_sentence.shadow(mention) if mention.event_type in _VISIT_FAMILY else None
        if shadow is not None:
            _absorb(shadow, mention)
            continue
        target = _merge_target(body, index, mention)
        if target is not None:
            if target.event_type != mention.event_type and mention.event_type in _ONE_GATHERING_TYPES:
                target.event_type = mention.event_type  # 'leaders gathered' is the meeting its parts tell
                for sentence in homes.get(id(target), ()):
                    sentence.retype(target)  # (it now shadows, and is shadowed, as its new type)
                index.retype(target)
            _absorb(target, mention)
            if target.event_type in _VISIT_FAMILY:
                keep(same_sentence, target)
            continue
        index.add(mention)
        if mention.event_type in _VISIT_FAMILY:
            keep(same_sentence, mention)
    return events
