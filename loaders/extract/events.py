"""Events step: the events an article reports or recalls, with their dates, participants, location and role.

Rule-based, in four passes over the body. (1) Trigger words and phrases from the vocabulary table `TRIGGERS`
(`eventtriggers`) mark event mentions; speech inside quotation marks, conditions ("if he is elected"), threats and
plans ("threatening an attack"), verbal "attacks" and words inside proper names ("Board of Elections") are not events.
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
and "Russian" stand for Russia; not the topic or the venue; an event with no parties of its own whose clause takes up, by a
definite noun, the thing an earlier event made or concerned, "the commission will meet", has that event's actors), location the place the sentence puts the event in ("the Polish capital" is Warsaw; a body, "in NATO", is none). (4) Mentions of one event within the article ("talks
Monday with Silva" ... "Silva is scheduled to meet Brenner today", "the attack"; a leader's part in a gathering
of several, "Merkel said after the meeting"; a definite gathering with no date of its own, "in the talks", "during
the visit", is the one of its kind already told) are merged (`eventmerge`), and a mention too vague to identify anything (no date,
no one, nowhere) is dropped; a denial is told as the denied event, not as a statement too, placed only by its
denied clause (a place after it is the denier's or a source's). Role: 'reported' for the article's news (dated
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

from loaders.extract.data.layout import NEWS_AGENCIES
from loaders.extract.data.not_people import common_plurals
from loaders.extract.data.tellerwords import (GROUP_TELLER_PLURALS, GROUP_TELLER_SUFFIXES, HAPPENING_WORDS, INDEFINITE_TELLERS,
                                             NEWS_AGENCY_WORDS, TELLER_ACT_TYPES)
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from loaders.extract.analysis import ArticleAnalysis, analyse
from loaders.extract.data.author_bios import BEAT
from loaders.extract.data.cities import (AGENCY_DATELINE, COLON_COUNTRY_DATELINE, COLON_DATELINE, DATELINE,
                                         place_country)
from loaders.extract.gazetteer import PhraseMatcher, demonyms_of, find_places_and_organisations
from loaders.extract.modality import NOT_EVENTS, clause_bounds, read_status
from loaders.extract.data.eventwords import (WORKFORCE_PLURALS, LABOUR_BODY_HEADS, EMPLOYER_SIDE_WORDS, MEMBER_PLURALS,
                                             POLITY_PLURALS,
                                             UNIFORMED_STAFF_BODIES, LABOUR_ACTION_STEMS, PLAN_EVENT_NOUNS,
                                             UNTOLD_GATHERING_WORDS, DOER_NOUNS, GROUP_PERSON_NOUNS, TAKEN_UP_DISASTERS,
                                             TAKEN_UP_FREE_MODIFIERS, UNNAMED_PERSON_NOUNS, TELLING_VERBS,
                                             OWN_STAFF_TELLING_VERBS, TELLING_THAT_VERBS, COMPANY_DESCRIPTORS,
                                             ADMINISTRATIVE_TAILS, ALL_EVENT_NOUNS, CAREER_VERBS, CLAIM_VERBS,
                                             COURT_HEADS, ELECTORATE_WORDS, EVENT_NOUNS, SPEECH_DAY_PHRASES, GATHERING_TOPIC_WORDS, IRREGULAR_PAST, IRREGULAR_PARTICIPLES, REACTION_VERBS,
                                             STATISTIC_VERBS, JOINT_FORUM_HEADS, REMARK_GATHERING_NOUNS, DATE_SETTING_WORDS,
                                             TAKEN_UP_GENERIC_HEADS, TAKEN_UP_STOPS)
# (names also imported for tests and readers of `events`: EVENT_TYPES, TRIGGERS, _COMPILED, _NEEDED, _prefix_tree;
# _ONE_GATHERING_TYPES, _compatible_dates, _EventIndex, _gathering_type, _SentenceShadows, _trigger_stem)
from loaders.extract.eventmerge import (_GATHERING_WORDS, _GATHERINGS, _ONE_GATHERING_TYPES,  # noqa: F401
                                        _EventIndex, _Mention, _SentenceShadows, _compatible_dates,
                                        _gathering_type, _merge, _one_happening, _places_agree, _trigger_stem)
from loaders.extract.eventnames import event_name
from loaders.extract.text import sentence_breaks
from loaders.extract.eventplaces import (_NOT_PLACE, _known_place, _local_body_place, _location, arrival_place, article_place,
                                         facility_place, located, namesake_venue)
from loaders.extract.eventtriggers import (_COMPILED, _NEEDED, _TIMES, EVENT_TYPES, TRIGGERS,  # noqa: F401
                                           _find_triggers, _inside, _long_quotes, _prefix_tree)
from loaders.extract.opendates import (agent_group_subject, counted_subject, lead_verb, live_entries, open_triggers, open_type,
                                      plan_undone_after)
from loaders.extract.orgnames import ORG_HEADS as BODY_HEADS, is_title
from loaders.extract.data.lexicon import FUNCTION_WORDS
from loaders.extract.data.given_names import is_given_name
from loaders.extract.parties import (ORG_HEADS, SUBORDINATORS, ArticleBodies, ArticleEntities, ArticleOrganisations, HomeState,
                                     PeopleIndex, article_company, force_of_nature,
                                     WrittenCounts, bare_state_body, dateline_state, home_state,
                                     state_body_actor,
                                     acronym_definitions, body_of_post, clause_subject_parties, event_actors,
                                     lower_headed_subject, named_subject_body, piece_authors, piece_person,
                                     governs_another_clause, in_another_clause_after, in_subordinate_clause,
                                     officer_country, phrase_parties, speaker_body, subject_before, taken_up_body,
                                     domestic_officer, domestic_state, reporting_speaker, trailing_teller,
                                     answer_label)
from loaders.extract.reldates import DateMention, DateValue, find_dates, month_value, pinned_day, speaks_of_future, MONTHS, WEEKDAYS
from loaders.records import ArticleRecord, EventRecord, PersonRecord
from loaders.extract.data.lexicon import COUNTRY_CODES
from loaders.extract.people_country import _covers_home, outlet_home_code
from loaders.registry import EventEntry, Registry



# Clauses.
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:(?:not|never|also|already|long|\w+ly)\s+)*(?:been|had|made|done|"
                      r"said|met|held|seen|taken|given|become|\w+ed|\w+en|\w+un|\w+ht)\b|"
                      r"\bprevious(?:ly)?\b|\bformer(?:ly)?\b|\bpast\b|\bonce\b|\bago\b|\bhistor", re.I)
_PERFECT_REACH = 200  # characters before a trigger within which a perfect tense marks it as recalled
# A content clause a speech verb opens after the trigger ("said at a news conference that traffic had doubled"):
# its tenses are the reported fact's, not the trigger's.
_CONTENT_THAT = re.compile(r"\bthat\b", re.I)


def _recalled(body: str, trigger: tuple[int, int], sentence, clause_end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether a perfect tense or "previously" of the narrator's marks the trigger as recalled: one before it or in
    its own clause, not one inside a quotation the trigger is not in (the speaker's tense: '"Prices have stayed
    low," said the governor at a press conference') nor one in a content clause opened after it by "that"."""
    start, end = trigger
    content = _CONTENT_THAT.search(body, end, clause_end)
    high = content.start() if content else clause_end
    own_quote = next(((a, b) for a, b in quoted if a <= start < b), None)
    for cue in _PERFECT.finditer(body, max(sentence.start, start - _PERFECT_REACH), high):
        quote = next(((a, b) for a, b in quoted if a <= cue.start() < b), None)
        if quote is None or quote == own_quote:
            return True
    return False


# nouns of a happening, told or planned (`eventwords.EVENT_NOUNS`, `PLAN_EVENT_NOUNS`): named as nouns
_HAPPENING_NOUNS = EVENT_NOUNS | PLAN_EVENT_NOUNS

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
# A statement's span that is its teller's words and the saying verb ("Otto Kern said", "Ilsa Brandt, the harbour
# chief, insisted"): the dated remark rows of `eventwords`.
_TELLER_SAID = re.compile(r"(?-i:[A-Z])[^!?;:]*?\s(?:said|insisted)")
# the teller's phrases of `eventwords` trailing_body_remark naming a body ("the Varna statistics office said"; not
# "the minister said", an office's plain noun) and dated_interview ("interview"): a statement told by them names its
# teller or none
_TOLD_BY_PHRASE = re.compile(r"the\s[^!?;:]*?(?-i:[A-Z])[^!?;:]*?\ssaid|interview", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",\s+and\s", re.I)
# A body told by its common noun denying an act of its own ("The ministry also denied that it had sold the pier"): the
# denied act is stored as a named body's is, though no name is found for the body (review of eventsR16, Q5). The body
# opens its clause: not one named inside another subject ("Critics of the government denied": review of eventsR17).
_BODY_DENIER = re.compile(r"(?:(?<=^)|(?<=[.!?;:,\n“\"(—–]\s)|(?<=[\n“\"(])|(?<=\band\s)|(?<=\bbut\s))(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(sorted(BODY_HEADS)) +
                          r")\s+(?:(?:also|later|then|again|\w+ly)\s+)?$", re.I)


def _body_denier(body: str, start: int) -> bool:
    """Whether a body told by its common noun, opening its clause, stands right before the denial at `start`."""
    low = max(0, start - 60)
    return any(match.end() == start for match in _BODY_DENIER.finditer(body[:start], max(0, low - 4)))


_OWN_ACT_AFTER = re.compile(r"\s+that\s+(?:it|they)\s+(?:had|has|have|was|were)\b", re.I)


def _no_teller(word: str) -> bool:
    """Whether a one-word teller names no person or body (`tellerwords`: a group's plural, an indefinite pronoun) or
    is a news agency reporting ("Reuters"); a company's or a person's one name tells ("Varnogaz said Tuesday")."""
    lower = word.lower()
    return (lower in INDEFINITE_TELLERS or lower in common_plurals() or lower in GROUP_TELLER_PLURALS
            or word in NEWS_AGENCIES or lower.endswith(GROUP_TELLER_SUFFIXES))


# ... its day, then a gathering it was told at ("said Tuesday at a meeting of the board"): see `REMARK_GATHERING_NOUNS`
_AT_GATHERING = re.compile(r"\s+(?:last\s+(?:week|month)|(?:earlier\s+)?this\s+week|(?-i:Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?)"
                           r"\s+(?:at|during)\s+(?:a|an|the|its|his|her|their|(?-i:[A-Z])[\w’'-]*['’]s)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(REMARK_GATHERING_NOUNS)) + r")s?\b", re.I)
_CITING_SPEECH = re.compile(r"\b(?:said|stated|wrote|tweeted|posted|declared|announced|told|added|replied|"
                            r"responded|insisted|warned|argued)\b", re.I)
# "Metro said in a statement that ridership rose": the statement is only the frame of the claim it reports, no
# event of its own, unless the saying is dated right after it ("said in a statement on Tuesday that").
_STATEMENT_FRAME = re.compile(r"\b(?:said|says|stated|added)\s+(?:\w+ly\s+)?in\s+(?:a|an|its|his|her|their)\s+"
                              r"(?:[\w-]+\s+){0,2}$", re.I)
_FRAME_DATE_REACH = 25  # a date starting this close after "statement", before its "that", dates the saying
# ... and, when a "that" opens the claim within this reach, a date anywhere in the statement's own noun phrase
# before it does ("in a statement issued by its press office on Tuesday that")
_FRAME_PHRASE_REACH = 120
_CLAIM_THAT = re.compile(r"\sthat\s", re.I)
# ... but not a date of another noun in that phrase: one inside an aside opened after a later noun ("in a statement
# on its website, updated on Friday, that"; an aside right after the statement noun is about the statement: "in a
# statement, released on Tuesday, that"), in a relative clause, or after a word relating another event ("in a
# statement after the fire on Sunday that")
_OTHER_NOUNS_DATE = re.compile(r"\w[\"”’')]*\s*[,;(—–]|\b(?:which|who|whose|where|after|before|following|since|"
                               r"during|amid|over)\b", re.I)
_NEWS_TYPES = {"meeting", "visit", "press_conference", "phone_call", "statement", "delegation_visit",
               "agreement_signing", "other", "vote_veto"}
_STATE_OCCASIONS = {"meeting", "visit", "phone_call", "delegation_visit", "agreement_signing"}
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
_DENIAL_VERB = re.compile(r"den(?:y|ies|ied|ying)", re.I)  # ("The ministry also denied that ...": the article is
# its subject's, the denial no definite mention of a statement told before)
_DENIAL_AT = re.compile(r"(?:.*\s)?den(?:y|ies|ied|ying)\s", re.I | re.S)  # a denial verb opening or just before a trigger
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
_YEAR_TOLD = re.compile(r"\b(?:(?:19|20)\d\d|(?:last|previous|the\s+previous|a)\s+year(?:\s+ago)?|"
                        r"(?:two|three|\d+)\s+years\s+ago)\b", re.I)
_DENIAL_WORD = re.compile(r"den(?:ied|ial|ies|y)\b", re.I)
# A statement that denies what its "that" clause says ("denied reports in the press that licences had been sold"):
# told as a denied event, when no event of the clause is found to carry the denial.
_DENIAL_STATEMENT = re.compile(r"den(?:ied|ies|y)\b"
                               r"(?:\s+[\w’'.-]+){0,8}?\s+that\b", re.I)
# A denial of one's own speech act told by its gerund ("denied threatening in May to attack", "denies announcing
# new tariffs in January"): the threat or announcement is the statement stored, denied, dated by a date after the
# gerund ("in May denied threatening ..." is the denial's own day, a statement that occurred).
_DENIED_SPEECH_GERUND = re.compile(r"den(?:ied|ies|y)\s+(?:(?:ever|having|publicly|personally)\s+){0,2}"
                                   r"(?:threatening|announcing|saying|promising|declaring|demanding|accusing|"
                                   r"claiming|telling|warning|ordering|pledging|vowing)\b", re.I)
# "Silva denied it": a denial of what the sentence before claimed ...
_DENIED_IT = re.compile(r"den(?:ied|ies|y)\s+(?:it|this|that|the\s+(?:claims?|reports?|allegations?|accusations?))"
                        r"\s*(?:[.;,]|$)", re.I)
# ... when that sentence reports a claim before the event it tells ("X's campaign has said that Silva met ...").
_CLAIM_CUE = re.compile(r"\b(?:" + "|".join(sorted(CLAIM_VERBS, key=len, reverse=True)) + r")\b", re.I)
# A subject that takes up the parties already told: "the two companies", "both sides" (opening a sentence, it
# stands for a trigger within this many characters of it).
_PLURAL_REACH = 200
# (a group's size, when told, must be the size of the group taken up: "the three countries" are no pair)
GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PLURAL_PARTIES = re.compile(r"[\s\"“]*(?:the|both|all)\s+(?:(" + "|".join(GROUP_SIZES) + r")\s+)?(?:companies|countries|sides|nations|firms|governments|"
                             r"organi[sz]ations|states|parties|teams|groups|governments|militaries|armies)", re.I)
# "between the two", "of the two men" right after a gathering's noun: two people told before ("the two countries",
# "the two sides' delegations" are a pair of parties: `_PLURAL_PARTIES`, `_PAIR_AFTER`)
_TWO_PEOPLE_AFTER = re.compile(r"\s+(?:between|of|with)\s+the\s+two(?:\s+(?:men|women|leaders|politicians))?\b"
                               r"(?!\s+(?:[a-z]+\s+)?(?:companies|countries|sides|nations|firms|governments|states|"
                               r"parties|teams|groups|organi[sz]ations|delegations|militaries|armies|councils|unions|"
                               r"clubs|banks|ministries|sides['’]))", re.I)
_TWO_PEOPLE_REACH = 3  # sentences back to the event told with the two
_ACTOR_WINDOW = 140
# A relative clause restricting "the two countries" before the trigger ("The two countries that share Lake
# Victoria with Kenya signed"): the names in it are set against the pair, not in it.
_PLURAL_RELATIVE = re.compile(_PLURAL_PARTIES.pattern + r"\s+(?:that|which|who)\b(?P<relative>[^.;]*)$", re.I)
# A trailing attribution closing the sentence after the trigger: ", the Saudi Ministry of Energy said.", ", the
# ministry said in a statement on Monday." (`eventwords.TELLING_VERBS`; no clause after it).
_TRAILING_TELLER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'&.-]+\s+){0,8}?(?:" + "|".join(TELLING_VERBS) +
    r")\b(?:\s+(?:on|in|at|late|early|last)\b[^,;:.!?\"“”]{0,50})?\s*[.!?]?[\"”’]?\s*$")
# ... its teller a descriptor by a body's head word: ", the agency said", ", the ministry said in a statement"
def _teller_may_act(body: str, trigger: tuple[int, int], event_type: str, teller: str) -> bool:
    """Whether a trailing teller could itself have done the act it tells of (its statement, agreement, meeting or
    own decision): never what befalls (`tellerwords.HAPPENING_WORDS`: an accident, a disaster, an attack, a clash,
    an arrest), never when the teller is a news agency, which only reports."""
    words = {word.strip(",.").lower() for word in body[trigger[0]:trigger[1]].split()}
    if event_type not in TELLER_ACT_TYPES or words & HAPPENING_WORDS:
        return False
    lowered = teller.lower()
    return not any(word in lowered for word in NEWS_AGENCY_WORDS) and not any(
        agency in teller.replace(",", " ").split() for agency in NEWS_AGENCIES)


_DESCRIPTOR_TELLER = re.compile(r",\s+the\s+(" + "|".join(sorted((set(ORG_HEADS) | COMPANY_DESCRIPTORS) - {
    "government", "party", "group", "energy", "media", "capital", "front"}, key=len, reverse=True))
                                + r")\s+(?:" + "|".join(TELLING_VERBS) + r")\b")
# Kinds of gazetteer hit that name a party in the clause's subject before the trigger (`_subject_names_party`).
SUBJECT_PARTY_KINDS = ("country", "capital", "organisation", "ministry", "demonym")


def _subject_names_party(places, clause_start: int, trigger_start: int) -> bool:
    """Whether the words before the trigger in its sentence name a party of their own ("Norway and Sweden
    switched on ..."); a clause opening on the trigger with only a counterpart after "with" ("Talks with the IMF
    ended ...") names none, and its trailing teller stays its agent."""
    return any(hit.kind in SUBJECT_PARTY_KINDS for _, _, hit in places.within(clause_start, trigger_start)
               if clause_start <= hit.start and hit.end <= trigger_start)


def _teller_of_object_state(places, trigger_end: int, teller_start: int, teller_end: int) -> set[str]:
    """The states the trailing teller speaks for that the clause also names after the trigger ("expelled two
    Somali diplomats ..., the Somali government said"): the teller is then the other side of the act."""
    told = {hit.country for _, _, hit in places.within(teller_start, teller_end)
            if hit.country and hit.start >= teller_start}
    return {hit.country for _, _, hit in places.within(trigger_end, teller_start)
            if hit.country in told and trigger_end <= hit.start and hit.end <= teller_start}


# A contact relative clause after a gathering noun naming who organised it: "a meeting the council had planned to
# hold", "a forum it was to host".
_ORGANISER_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?((?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|it|they|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})\s+"
    r"((?:had\s+|has\s+|was\s+|were\s+)?(?:planned|plans|planning|intended|hoped|wanted|scheduled|to|would|will)"
    r"(?:\s+to)?)\s+(?:hold|host|organi[sz]e|stage|convene|call|run)\b", re.I)
# ... but a joint body "of" the pair acts for both ("the intergovernmental commission of the two countries will
# meet", "the foreign ministers of both sides met"): the pair's parties are its own.
_JOINT_BODY_OF = re.compile(r"\b(?:commission|committee|council|body|panel|leaders|ministers|presidents|premiers|"
                            r"delegations|governments|representatives|envoys|officials)\s+of\s+$", re.I)
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
# ... and a past passive ("said all residents had been evacuated"), or a cancellation ("said a march planned for
# Friday had been called off"): the body that tells of it did it, unless the clause names who did.
_PAST_PASSIVE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:(?:also|now|already|not|all)\s+)?been\s+$", re.I)
_WORKFORCE = "|".join(sorted(WORKFORCE_PLURALS))
# (the body's staff as a passive's subject, "said officers had been attacked": no act of the body's)
_STAFF_PASSIVE = re.compile(r"\b(?:" + _WORKFORCE + r")\s+(?:had|has|have|was|were)\s+"
                            r"(?:(?:also|now|already|not|all)\s+)?been\s+$", re.I)
# ... and a clause whose bare subject is the body's own staff ("said officers had responded", "said its crews had
# cleared the line"), written right after the saying: the body did it through them.
# (no "were"/"was": "officers were injured" is a passive, no act of theirs)
# (one shape for this and `_LABOUR_SUBJECT` below: the telling, the staff, an auxiliary, an adverb)
def _told_staff_clause(staff_words: str, auxiliaries: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(OWN_STAFF_TELLING_VERBS) + r")\s+(?:that\s+)?(its\s+|their\s+)?("
                      + staff_words + r")\s+(?:(?:" + auxiliaries + r")\s+)?(?:(?:also|already|now|then)\s+)?$", re.I)


_OWN_STAFF_CLAUSE = _told_staff_clause(_WORKFORCE, "had|have|has|would|will")


# A labour action anywhere in the trigger's verb phrase ("had held a rally", "had staged a sit-in"): the staff's own.
_LABOUR_ACTION = re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in LABOUR_ACTION_STEMS) + r")", re.I)
_PHRASE_STOP = re.compile(r"[,;:.!?]|\s(?:and|but|while|after|before|because|as|when|who|which|that|on|in|at)\s", re.I)
_VERB_PHRASE_REACH = 40  # (characters: a verb and its object, "had held a rally outside the depot")


def _verb_phrase_end(body: str, end: int, limit: int) -> int:
    """Where the verb phrase of a trigger ending at `end` stops: the first clause mark or date/place preposition,
    at most _VERB_PHRASE_REACH characters on."""
    stop = _PHRASE_STOP.search(body, end, min(limit, end + _VERB_PHRASE_REACH))
    return stop.start() if stop else min(limit, end + _VERB_PHRASE_REACH)


# The bare staff or members subject of a told clause, before a labour action ("said its members would", "said
# officers had"): the act is theirs; its actor is the telling body only when that is a union (`_labour_body`).
# (a strike told as a possibility too: "could/may/might strike")
_LABOUR_SUBJECT = _told_staff_clause("|".join(sorted(WORKFORCE_PLURALS | MEMBER_PLURALS)),
                                     "had|have|has|would|will|could|may|might")


def _labour_body(body_name: str) -> bool:
    """Whether a body's name has a union's head, its last word or the word before "of"/"for" ("Varnby Nurses'
    Union", "National Union of Dockers", "Union for Tarnby Nurses"); whether it is no workforce's body is asked
    apart (`_no_workforce_body`)."""
    words = _name_words(body_name)
    split = next((i for i, word in enumerate(words) if word in ("of", "for")), len(words))
    return bool(words) and (words[-1] in LABOUR_BODY_HEADS or 0 < split < len(words) - 1
                            and words[split - 1] in LABOUR_BODY_HEADS)


def _no_workforce_body(body_name: str) -> bool:
    """Whether a body's members are no workforce: a state or a bloc ("Russian Federation", "European Union", "Union
    of Kestrian Socialist Republics") or the employers' side ("Federation of Kestle Employers"), by its last word."""
    words = _name_words(body_name)
    return bool(words) and (words[-1] in EMPLOYER_SIDE_WORDS or words[-1] in POLITY_PLURALS) or _state_or_bloc(
        body_name)


def _name_words(body_name: str) -> list[str]:
    return [word.lower().rstrip("'’") for word in re.findall(r"[\w'’-]+", body_name)]


def _state_or_bloc(body_name: str) -> bool:
    """Whether the gazetteer reads a body's name as a state or a bloc of states ("Russian Federation", "European
    Union")."""
    return any(hit.kind in ("country", "organisation") for hit in find_places_and_organisations(body_name))


def _staff_of(body_name: str, staff: re.Match) -> bool:
    """Whether the staff a clause names are the telling body's own: marked "its/their", or a uniformed word of a
    body of its kind ("officers" of a police service, not "engineers" of one)."""
    if staff.group(1):
        return True
    kinds = UNIFORMED_STAFF_BODIES.get(staff.group(2).lower(), ())
    return any(word.lower() in kinds for word in re.findall(r"[\w-]+", body_name))
# A teller named by a capitalised title alone ("The Chief Executive further announced"), and the same title
# introduced before with its body ("NamPower's Managing Director", "the LHDA Chief Executive").
_TITLED_TELLER = re.compile(r"[\s\"“]*The\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:(?:further|also|then|later)\s+)?"
                            r"(?:said|says|announced|announces|told|added|confirmed)\b")
_TITLE_BODY_REACH = 3000  # characters before the sentence within which the title's introduction is looked for


def _body_of_title(body: str, title: str, before: int, acronyms: dict[str, str]) -> str | None:
    """The body a title was introduced with before `before`: "X's Managing Director" or "the ACR Managing Director"
    (an acronym the article defined), the nearest such introduction."""
    words = r"\s+".join(map(re.escape, title.split()))
    found = None
    for found in re.finditer(r"(?:((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s|\b([A-Z][A-Z&]{1,7}))\s+" + words
                             + r"\b", body[max(0, before - _TITLE_BODY_REACH):before]):
        pass
    if found is None:
        return None
    if found.group(2):
        return acronyms.get(found.group(2))
    return found.group(1)


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


# Conjunctions of contrast or simultaneity that open a clause of its own between a date and a trigger.
_CONTRAST_BREAK = r"\b(?:while|whereas|although|though)\s"


# A person's apposition after a name, an age and/or a description closed by its comma ("met Ana Silva, 68, head of
# the fishers' association, on Tuesday"): its commas close no clause between a verb and its date.
_PERSON_APPOSITION = re.compile(r"(?<=[A-Za-z]),(?:\s+\d{1,3},)?\s+(?:(?:the|a|an)\s+)?(?-i:[a-z])[^,;:()\"“”]{0,70},"
                                r"(?=\s*$)")  # (the date right after it)


def _clause_distance(body: str, trigger: tuple[int, int], mention: DateMention) -> int:
    """Characters between trigger and date, with clause breaks counting extra."""
    if mention.end <= trigger[0]:
        between = body[mention.end:trigger[0]]
        if _COORDINATOR_ONLY.fullmatch(between):
            # "passed in December and signed last month": the date before 'and' dates the first verb.
            return len(between) + 40
    else:
        between = _PERSON_APPOSITION.sub(" ", body[trigger[1]:mention.start])
    # (a time's colon, "03:00", is no clause break; a conjunction of contrast is one: "held a rally Saturday while
    # Clinton hosted a dinner Monday" dates the dinner by its own Monday)
    return len(between) + 40 * len(re.findall(r"[,;(—–]|:(?!\d)|\s-\s|" + _CONTRAST_BREAK, between))


# Between an event noun and the day it was set for: "the ceremony, planned for", "a mission which was scheduled for".
_SET_FOR_GAP = re.compile(r",?\s+(?:(?:which|that)\s+(?:is|was|had\s+been)\s+)?(?:(?:originally|initially|first)\s+)?"
                          r"(?:planned|scheduled|set|slated)\s+for\s+(?:the\s+)?", re.I)
_SET_WORDS = re.compile(r"(?:planned|scheduled|set|slated)\s+for\s+(?:the\s+)?", re.I)


# After a set day's apposition, the clause's own verb of happening ("were held", "took place", "went ahead", "finally
# being held").
_SET_DAY_BEFORE = re.compile(r",\s+(?:(?:which|that)\s+(?:is|was|had\s+been)\s+)?(?:(?:originally|initially|first)\s+)?"
                             r"(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s+(?:the\s+)?$", re.I)
_HELD_AFTER_SET_DAY = re.compile(r",\s+[^,;.]{0,80}?\b(?:(?:was|were|being|been)\s+(?:\w+ly\s+)?held|took\s+place|"
                                 r"went\s+ahead)\b", re.I)


def _set_words(phrase: str) -> int:
    """The length of the words setting the day at the start of a date's phrase ("planned for April"), or 0."""
    found = _SET_WORDS.match(phrase)
    return found.end() if found else 0


def _bound_dates(body: str, dates: list[DateMention], triggers: list[tuple[str, int, int]]) -> dict[int, int]:
    """Dates written as a modifier of a trigger ('the 1967 war', 'the October 7 attack', 'last week's siege',
    '25 years of diplomatic relations') belong to that trigger alone: date index -> trigger start."""
    bound: dict[int, int] = {}
    starts = sorted(start for _, start, _ in triggers)
    ends_of = {start: end for _, start, end in triggers}
    for index, mention in enumerate(dates):
        set_day = _SET_DAY_BEFORE.search(body, max(0, mention.start - 60), mention.start + _set_words(mention.phrase))
        held = _HELD_AFTER_SET_DAY.match(body, mention.end) if set_day else None
        if held:
            # "the talks, originally planned for 2 March, were held on 5 March": the clause's own verb and day tell
            # when it happened (the day right after the verb dates the happening set for the other); the day it was
            # set for dates nothing
            bound[index] = -1
            noun = bisect_left(starts, set_day.start()) - 1
            for later in range(index + 1, len(dates)):
                if noun >= 0 and re.fullmatch(r"\s*(?:on|in)?\s*", body[held.end():dates[later].start]):
                    bound[later] = starts[noun]
            continue
        if index in bound:
            continue  # (a day bound above, as the one a held happening's verb tells)
        following = bisect_left(starts, mention.end)  # the first trigger after the date
        if following == len(starts):
            continue
        follower = starts[following]
        # (the gap is matched where it stands, not copied: the next trigger may be far off)
        if mention.kind == "anniversary":
            if _ANNIVERSARY_GAP.fullmatch(body, mention.end, follower):
                bound[index] = follower
            continue
        preceding = following - 1  # the last trigger before the date
        if preceding >= 0 and _SET_FOR_GAP.fullmatch(
                body, ends_of[starts[preceding]], mention.start + _set_words(mention.phrase)):
            bound[index] = starts[preceding]  # "the ceremony, planned for 10 May": the day the ceremony was set for
            continue
        modifier = body[max(0, mention.start - 4):mention.start].lower().endswith("the ") or \
            mention.phrase.endswith(("'s", "’s"))
        if modifier and (follower == mention.end or _MODIFIER_GAP.fullmatch(body, mention.end, follower)):
            bound[index] = follower
    return bound


def _relative_clauses(body: str, sentence: _Sentence) -> list[tuple[int, int]]:
    """', who was elected in 2022,' and the like: spans of relative clauses in the sentence."""
    return [match.span() for match in _RELATIVE_CLAUSE.finditer(body, sentence.start, sentence.end)]


# A subject opened by a possessive pronoun ("Their friendly against Spain was postponed", "Its board will meet")
# is owned by the parties the sentence before named as its event's subject.
_POSSESSIVE_SUBJECT = re.compile(r"[\s\"“]*(Its|Their)\s")


# ... unless its noun phrase is followed by a name of its own in apposition ("Its neighbour Slovakia will play",
# "Its ally the United States will host", "Their rivals Brazil"): that name is the subject, the possessive only
# relates it to the parties before.
_POSSESSIVE_APPOSED_NAME = re.compile(r"(?P<noun>(?:(?!the\s)[a-z-]+\s+){1,2})(?:the\s+)?[A-Z]")


def _apposed_name(body: str, start: int, end: int) -> bool:
    """Whether the possessive's noun (one or two words, no function word: "neighbour", "chief rival") is followed
    by a name of its own before `end` ("Its neighbour Slovakia"; not "Their friendly against Spain")."""
    found = _POSSESSIVE_APPOSED_NAME.match(body, start, end)
    return found is not None and not any(word in FUNCTION_WORDS for word in found.group("noun").split())


_POSSESSIVE_REACH = 80  # characters from the sentence's opening "Their" to the trigger, no clause break between
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:that|which|who|and|but|after|before|because|when|while)\b")


def _possessive_owners(body: str, sentence_start: int, trigger_start: int, sentence_number: int,
                       mentions: list[_Mention], sentences: list[_Sentence]) -> list[str]:
    """The parties a sentence's subject opened by "Its"/"Their" refers to, the trigger in that subject or its
    verb's clause: those of the event told in the sentence before whose names stand in that event's subject (one
    for "Its"); none when that subject names none."""
    own = _POSSESSIVE_SUBJECT.match(body, sentence_start, trigger_start)
    if own is None or not mentions or trigger_start - sentence_start > _POSSESSIVE_REACH or _CLAUSE_BREAK.search(
            body, own.end(), trigger_start) or _apposed_name(body, own.end(), trigger_start):
        return []
    before = mentions[-1]
    if before.sentence != sentence_number - 1 or not before.subject:
        return []
    subject_side = body[sentences[before.sentence].start:before.start]  # (its subject's words and their list)
    owners = [name for name in before.actors if name in subject_side]
    return owners if own.group(1) == "Their" or len(owners) == 1 else []


# A signing or a news conference naming no place, told soon after a placed gathering of its own parties on its day
# ("Leaders of Poland and Hungary met in Warsaw on Monday. ... The two countries signed a declaration on Monday"),
# took place at that gathering: the types that follow on a gathering, and the sentences they may follow by.
FOLLOW_ON_TYPES = frozenset({"agreement_signing", "press_conference"})
# Happenings that take place where the article's news is when their clause names no place (`article_place`): a
# gathering, a call or a statement may be anywhere (the capital, a ministry abroad), a strike or vote is local;
# and only one no body acted in but the place's own (a body's act is at its own seat: "Schiphol cancelled", "a WTO
# panel ruled"; "the St. Louis Police Officers' Association endorsed" is the town's).
# A news conference or an attack is on the spot too: it is held or struck where the news is, when its sentence
# names no other place (a meeting is not: a gathering of the story's officials may be in any capital).
_OWN_PLACE_TYPES = frozenset({"other", "election", "vote_veto", "press_conference", "attack"})
# ... and only one the article reports (role "reported"): a happening it recalls ("the 2004 tsunami", "was sworn in
# only in April", "was elected to his post in 2016") is a side story's, anywhere; nor a nationwide vote, which is
# the country's, not the dateline town's ("The last presidential election"): the words that make an election so.
NATIONWIDE_ELECTION_WORDS = ("presidential", "parliamentary", "general", "federal", "national", "legislative",
                             "midterm", "midterms")
_NATIONWIDE = re.compile(r"\b(?:" + "|".join(NATIONWIDE_ELECTION_WORDS) + r")\s+(?:elections?|polls?|votes?|runoffs?)\b",
                         re.I)
PLACING_GATHERINGS = frozenset({"meeting", "visit", "delegation_visit"})
_FOLLOW_ON_REACH = 2
# ... unless a journey is told between the gathering and the end of the follow-on's sentence ("After flying home,
# Ruto held a news conference", "told a news conference, after returning to Paris"): the parties left its place.
TRAVEL_PHRASES = ("flying home", "flew home", "flown home", "flying back", "flew back", "returning to",
                  "returned to", "returning home", "returned home", "back in", "back home", "arriving in",
                  "arrived in", "arriving back", "arrived back", "travelling to", "traveling to", "travelled to",
                  "traveled to", "went on to", "moved on to", "left for", "leaving for")
_TRAVEL = re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in TRAVEL_PHRASES) + r")\b", re.I)


def _outlet_state(article: ArticleRecord, body: str, hits: list) -> HomeState | None:
    """The state a bare "the government" acts for when no dateline gives one: the reporting outlet's (the registry's
    country of the outlet, else its domain's), when the article is about it (`people_country._covers_home`, the
    test the people step makes before giving its people the outlet's country)."""
    code = (article.outlet_country or outlet_home_code(article.outlet_domain, article.outlet_name) or "").upper()
    country = COUNTRY_CODES.get(code)
    if country is None or not _covers_home(body, country):
        return None
    return home_state(body, hits, country)


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")
_STATE_KINDS = ("country", "demonym", "capital")
# where a state named at a sentence's start is its topic ("Britain's exports fell", "In Chile, the government")
_TOPIC_OPENING = re.compile(r"\s*(?:In\s+)?$")


def _towns_named(body: str, start: int, end: int) -> set[str]:
    """The countries of the towns the table knows (`place_country`, not a country's own word) named in a span:
    "In Lagos" -> Nigeria, though no capital."""
    countries = set()
    for match in _CAPITALISED_RUN.finditer(body, start, end):
        words = re.sub(r"['’]s\b", "", match.group()).split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                town = " ".join(words[first:first + size])
                country = place_country(town)
                if country is not None and country != town:
                    countries.add(country)
    return countries


def _names_home(body: str, hits: list, home: HomeState) -> bool:
    """Whether the article names the outlet's own country, its people or one of its towns anywhere."""
    return any(hit.country == home.country for hit in hits if hit.kind in _STATE_KINDS) or \
        home.country in _towns_named(body, 0, len(body))


def _sentence_state(body: str, hits: list, home: HomeState, span: tuple[int, int], names_home: bool,
                    openings: tuple[int, ...]) -> HomeState | None:
    """The outlet's state, when the article names it and the trigger's sentence and the one before (`span`, up to
    the trigger) name no other state nor a town of one; a foreign state or town there gives none ("after Nigeria
    scrapped", "In Lagos", "pressure from Washington"), except one other state alone as a sentence's topic, at its
    start (`openings`): "In Chile, the government announced", "Britain's exports fell. The government announced".
    (A state after the trigger is its object or topic: "a tax on fish farms that export to Chile".)"""
    named = [hit for hit in hits if span[0] <= hit.start and hit.end <= span[1]
             and hit.kind in _STATE_KINDS and hit.country]
    countries = {hit.country for hit in named} | _towns_named(body, *span)
    if not countries - {home.country}:
        return home if names_home else None
    if home.country not in countries and len(countries) == 1 and any(
            _TOPIC_OPENING.match(body[opening:hit.start]) for hit in named for opening in openings
            if opening <= hit.start):
        return home_state(body, hits, next(iter(countries)))
    return None


def _takes_own_place(body: str, event: _Mention, own_place: str, sentences: list[_Sentence]) -> bool:
    """Whether a happening its clause gives no place took place at the article's own place: a local kind, reported
    (not recalled), acted in by no body but the place's own, not a nationwide vote, and its sentence names no other
    known place ("A funeral for a Lviv soldier was held on Sunday": the sentence points elsewhere)."""
    if event.event_type not in _OWN_PLACE_TYPES or event.role != "reported":
        return False
    if event.actors and not any(own_place in actor for actor in event.actors):
        return False
    sentence = sentences[event.sentence]
    text = body[sentence.start:sentence.end]
    if _NATIONWIDE.search(text):
        return False
    words = _CAPITALISED_WORD.findall(text)  # (each capitalised word and each two in a row: "In Lviv", "New York")
    names = words + [f"{a} {b}" for a, b in zip(words, words[1:]) if f"{a} {b}" in text]
    return not any(name not in own_place and own_place not in name and _known_place(name) for name in names)


_CAPITALISED_WORD = re.compile(r"(?-i:[A-Z][\w’'-]+)")


def _place_of_the_gathering_before(body: str, events: list[_Mention], sentences: list[_Sentence]) -> None:
    """Give an unplaced follow-on event (`FOLLOW_ON_TYPES`) the place of the nearest gathering told up to
    `_FOLLOW_ON_REACH` sentences before in its paragraph, when both happened, on one day told for both, and its
    parties are the gathering's (actors within the gathering's, or a person of it)."""
    for event in events:
        if event.location or event.event_type not in FOLLOW_ON_TYPES or event.status != "occurred" or (
                event.date is None or event.date_inherited):
            continue
        before = [other for other in events if other is not event and other.event_type in PLACING_GATHERINGS
                  and other.status == "occurred" and other.location
                  and 0 < event.sentence - other.sentence <= _FOLLOW_ON_REACH]
        if not before:
            continue
        gathering = max(before, key=lambda other: other.sentence)
        if gathering.date is None or gathering.date != event.date or "\n" in body[
                sentences[gathering.sentence].end:sentences[event.sentence].start] or _TRAVEL.search(
                body, sentences[gathering.sentence].end, sentences[event.sentence].end):
            continue
        same_parties = (event.actors and set(event.actors) <= set(gathering.actors)) or (
            set(event.participants) & set(gathering.participants))
        if same_parties:
            event.location = gathering.location


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


# An aside between commas after the trigger's object, its own event inside ("met Karl Brenner, elected in May, on
# Tuesday", "met Karl Brenner, who was elected in May, on Tuesday"): opened by a comma right before the other
# event's trigger (whatever its form: a participle, as a rule) or by a comma and "who/which" and up to three words,
# closed by a comma right before the date after it.
_ASIDE_OPENING = re.compile(r",\s+(?:(?:who|which)(?:\s+[a-z]+){0,3}\s+)?$")
_ASIDE_CLOSING = re.compile(r"[^,;:.!?()\"“”—–]*,\s*$")


def _in_aside(body: str, trigger_end: int, other: int, date_start: int) -> bool:
    """Whether another trigger at `other`, between a trigger and a date after it, stands in an aside set off by
    commas that closes right before the date (`_ASIDE_OPENING`, `_ASIDE_CLOSING`). The trigger's form is not read:
    any trigger right after the opening comma counts."""
    return bool(_ASIDE_OPENING.search(body, trigger_end, other)) and bool(
        _ASIDE_CLOSING.fullmatch(body, other, date_start))


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
            if not _COORDINATED.search(between) and not (
                    other > trigger[0] and mention.start >= trigger[1] and _in_aside(body, trigger[1], other,
                                                                                     mention.start)):
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
                     date_ends: list[int], in_sentence: range, bound_to: dict[int, list[int]],
                     quoted: list[tuple[int, int]] = ()) -> list[int]:
    """The indexes (in order) of the sentence's dates that `_pick_date` may take for a trigger: those within
    reach, those bound to it as its modifier, and one right after "following the": every other date of the
    sentence scores beyond any limit, so looking only here keeps a long sentence linear. A date inside a long
    quotation the trigger is not in is the speaker's, of what the quote tells ('"We lost the season in 2024," he
    said at a press conference'), never the reporter's trigger's; only the quote's own day ("today") may be."""
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
    if quoted and chosen:
        own_quote = next(((a, b) for a, b in quoted if a <= trigger[0] < b), None)
        chosen = {index for index in chosen
                  if next(((a, b) for a, b in quoted if a <= dates[index].start < b), own_quote) == own_quote
                  or SPEECH_DAY_PHRASES.fullmatch(dates[index].phrase.strip())}
    return sorted(chosen)


# "dates back to 1921", "goes back to 2015", "traces its roots to 1890": a date of the origin of what the subject
# names, not of the event the trigger tells now.
_ORIGIN_BEFORE = re.compile(r"\b(?:dates?|dated|dating|goes|go|going|went|gone|traces?|traced|tracing)\s+"
                            r"(?:its\s+(?:roots|origins?|history)\s+)?back\s+to\s+$", re.I)
# "for the second time this year", "for the first time since 2019": a date framing a count; so is an ordinal
# apposition's ("declared a state of emergency, its second this year", ", their third meeting this month"), with no
# comma between the ordinal and the date (", their third meeting, in March" dates this one).
_COUNT_FRAME = re.compile(r"\bfor\s+the\s+(?:first|second|third|fourth|fifth|last|\w+th|\d+(?:st|nd|rd|th))\s+time\s+"
                          r"(?:in\s+)?$|"
                          r",\s+(?:its|their|his|her|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"\d+(?:st|nd|rd|th))(?:\s+[\w-]+){0,2}?\s+(?:in\s+)?$", re.I)
# An ordinal before the trigger and "since" before the date: "their first meeting since 2008" tells the last one
# before this, so the date is not this mention's (the date's phrase may hold the "since")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|last|\w+th|\d+(?:st|nd|rd|th))\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_SINCE_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?since\b", re.I)
# A second predicate in the future coordinated after a trigger ("passed ... and will not miss", "resigned, and
# would leave"): a date after it is that predicate's, not a past trigger's (`_past_verb`).
_FUTURE_COORDINATE = re.compile(r",?\s+(?:and|but)\s+(?:(?:is|are)\s+(?:due|set|expected)\s+to|(?:is|are)\s+to|will|"
                                r"would|shall|['’]ll|plans?\s+to|intends?\s+to)\b", re.I)


def _past_verb(body: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a verb in the simple past ("passed", "met"), not an event noun ("the vote")."""
    word = body[trigger[0]:trigger[1]].split()[0].lower() if body[trigger[0]:trigger[1]].split() else ""
    return word not in ALL_EVENT_NOUNS and (word.endswith("ed") or word in IRREGULAR_PAST)


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


# ", but" and a subject of its own (a name or a pronoun, after "now"/"then"/"later"): a main clause of its own
_BUT_NEW_SUBJECT = re.compile(r",\s+but\s+(?:(?:now|then|later|today|still)\s+)?(?:(?-i:[A-Z][\w’'-]+)|he|she|they|we|I|it)"
                              r"\s+(?:[a-z]+\s+)?(?-i:[a-z]+)", re.I)


# A telling's own clause closed by its "that" between a date and the trigger ("said on Friday that the city had
# applied ... in October"): the date is the telling's; the content clause's event takes it only when its own clause
# gives none.
_TELLING_DATE_PENALTY = 10_000
_TELLING_THAT_BETWEEN = re.compile(r"\b(?:" + "|".join(TELLING_THAT_VERBS) + r")\b"
                                   r"[^.;:\"“”]{0,60}?\bthat\s", re.I)
# What keeps a later date out of the content clause's own clause: a relative clause ("the board she joined in 2012",
# "where she worked until 2010"), a quote ("'a friend since 1990'"), or a span, a frame or a purpose ("twice since
# March", "the budget for 2027"). Such a date is no date of the told event; the telling's day stays.
_SPAN_OPENING = re.compile(r"(?:since|until|till)\b", re.I)  # a date phrase written with its span word
_NOT_OWN_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|where|when|that|(?:she|he|they|we|i|it|you)\s+[a-z]+)\b"
                             r"|(?:^|[\s,(])['‘\"“]|\b(?:budget|plans?|target|forecast|strategy|programme|program|"
                             r"funds?|money|spending)\s+for\s*$", re.I)


# A date written as a possessive ("next year's", "Tuesday’s") modifies the noun after it (`_bound_dates`).
_POSSESSIVE_DATE = re.compile(r"['’]s$")


def _pick_date(body: str, event_type: str, trigger: tuple[int, int], dates: list[DateMention],
               candidates: list[int], bound: dict[int, int], embedded: dict[int, int], sentence: _Sentence,
               trigger_starts: list[int], facts: _SentenceFacts) -> DateMention | None:
    """The date expression of the trigger's sentence (`candidates`: the indexes of its dates within reach,
    from `_date_candidates`) that dates it."""
    limit = _MAX_DATE_DISTANCE.get(event_type, _DEFAULT_DATE_DISTANCE)
    compounds = [(dates[i].start, dates[i].end) for i in candidates if dates[i].kind == "compound"]
    clauses = facts.clauses(sentence)
    scored: list[tuple[int, DateMention, bool]] = []  # (score, mention, a later date in no clause of the trigger's)
    telling_date = False
    plain_dated = any(dates[i].value is not None and not _POSSESSIVE_DATE.search(dates[i].phrase)
                      and (i not in bound or bound[i] == trigger[0]) for i in candidates)
    for index in candidates:
        mention = dates[index]
        if mention.value is None:
            continue
        following = mention.start >= trigger[1] and _FOLLOWING.fullmatch(body[trigger[1]:mention.start])
        if index in bound and bound[index] != trigger[0] and not following:
            continue
        if (plain_dated and _POSSESSIVE_DATE.search(mention.phrase) and bound.get(index) != trigger[0]
                and not (mention.start >= trigger[0] and mention.end <= trigger[1])):
            continue  # "vote on next year's budget next week": the possessive dates its own noun; the plain date
            # of the sentence comes first
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
        since = _SINCE_AFTER.match(body, trigger[1]) if mention.start >= trigger[1] else None
        if (since and since.start(0) <= mention.start <= since.end() + 1
                and _ORDINAL_BEFORE.search(body, max(0, trigger[0] - 40), trigger[0])):
            continue  # "their first meeting since 2008": the date of the one before, no date of this one
        if mention.start >= trigger[1] and _past_verb(body, trigger) and _FUTURE_COORDINATE.search(
                body, trigger[1], mention.start) and bound.get(index) != trigger[0]:
            continue  # "Field passed an assessment and will not miss the clash next week", "resigned and will
            # leave office next month": the date of the coming second predicate, not of the past one
        if (mention.start >= trigger[1] and bound.get(index) != trigger[0]
                and _BUT_NEW_SUBJECT.search(body, trigger[1], mention.start)):
            continue  # "before she announced her bid, but now he plans to caucus for her on March 1": the date of
            # the clause after 'but' with a subject of its own
        if _ORIGIN_BEFORE.search(body, max(0, mention.start - 30), mention.start):
            continue  # "The festival dates back to 1921": the date of its origin, not of this one
        if (mention.value.precision == "year" and _past_verb(body, trigger)
                and counted_subject(body, sentence.start, trigger[0])):
            continue  # "Some 40,000 people visited the museum in 2024": a count over a year, a statistic
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
        if mention.end <= trigger[0] and bound.get(index) != trigger[0] and re.search(
                r"\bthat\s", body[mention.end:trigger[0]]) and _TELLING_THAT_BETWEEN.search(
                body, mention.start, trigger[0]) is None and _TELLING_THAT_BETWEEN.search(
                body, max(sentence.start, mention.start - 60), trigger[0]) is not None:
            # the date stands between the telling's verb and its "that" ("said on Friday that"), the trigger after
            # it: the telling's date; any date of the content clause's own comes first
            score += _TELLING_DATE_PENALTY
            telling_date = True
        foreign = (mention.start >= trigger[1] and bound.get(index) != trigger[0]
                   and (_NOT_OWN_CLAUSE.search(body, trigger[1], mention.start) is not None
                        or _SPAN_OPENING.match(body, mention.start) is not None))
        scored.append((score, mention, foreign))
    best, best_score = None, None
    for score, mention, foreign in scored:
        if telling_date and foreign:
            score += 2 * _TELLING_DATE_PENALTY  # not the content clause's own date: the telling's day comes first
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


def _without_named_weekdays(dates: list[DateMention], people_spans: _Spans) -> list[DateMention]:
    """The date mentions less the weekdays inside a person's mention (a given name: "Dr Sunday Mensah"), a
    compound's index to its embedded mention kept pointing at it."""
    dropped = [index for index, mention in enumerate(dates)
               if mention.phrase.split()[0].rstrip("'’s").lower() in WEEKDAYS
               and people_spans.containing(mention.start, mention.end)]
    if not dropped:
        return dates
    moved = {old: new for new, old in enumerate(i for i in range(len(dates)) if i not in dropped)}
    return [replace(mention, reference_index=moved.get(mention.reference_index))
            if mention.reference_index is not None else mention
            for index, mention in enumerate(dates) if index not in dropped]


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


_SPEECH_EVENT_TYPES = frozenset({"statement", "press_conference"})
_OCCASION_NOUNS = frozenset({"conference", "briefing", "interview", "session", "hearing", "ceremony"})


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|our|my|your)|['’]s?)\s+$", re.I)


def _noun_trigger(body: str, trigger: tuple[int, int]) -> bool:
    """Whether a trigger is a noun: its words end in a noun of the events vocabulary ("news conference", "talks",
    "decision"), or a determiner stands right before it ("the walkout", "Thursday's concert")."""
    words = re.findall(r"[a-z]+", body[trigger[0]:trigger[1]].lower())
    return bool(words) and (words[-1] in ALL_EVENT_NOUNS or words[-1].rstrip("s") in ALL_EVENT_NOUNS
                            or words[-1].rstrip("s") in _OCCASION_NOUNS
                            or bool(_DETERMINER_BEFORE.search(body, max(0, trigger[0] - 40), trigger[0])))


def _participants(body: str, people: _Spans, sentence: _Sentence, trigger: tuple[int, int],
                  event_type: str = "", tellers: list[str] | None = None) -> list[str]:
    """The people named near the trigger in its sentence, but for those the text says were not there ("Trump
    was not at the summit", "May was not invited"), those of another clause after it
    (`parties.in_another_clause_after`: what a statement says, a relative clause, the topic) and the subject of a
    clause that governs the trigger's (`parties.governs_another_clause`: "Brenner said Silva met Costa")."""
    names: list[str] = []
    absent: set[str] = set()
    noun_trigger = _noun_trigger(body, trigger)
    for start, end, name in people.within(*_window(trigger, sentence, _PARTICIPANT_WINDOW)):
        if start >= trigger[1] and (_RESULT_CLAUSE.search(body, trigger[1], start)
                                    or in_subordinate_clause(body, trigger[1], start, end)
                                    or in_another_clause_after(body, trigger, start, event_type)):
            continue  # "..., sparking a controversy so great that Pope Clement was asked": another clause's person
        if start >= trigger[1] and re.search(_CITING, body[trigger[1]:start], re.I):
            continue  # "Silva tweeted, quoting Brenner's statement": the cited one's, not a party of the act
        if end <= trigger[0] and _OWN_SUBORDINATE.search(body, end, trigger[0]):
            continue  # "Brenner praised farmers while Silva hosted a rally": the main clause's person
        speaker = reporting_speaker(body, end, trigger, noun_trigger) if end <= trigger[0] else None
        if speaker:
            if tellers is not None and name not in tellers:
                tellers.append(name)
            continue  # "Brenner said the company would decide", "Brenner denied that the government had
            # postponed": the speaker of the governing saying, whose clause has a subject of its own
        if speaker is None and end <= trigger[0] and people.within(end, trigger[0]) and governs_another_clause(
                body, end, trigger, event_type):
            continue  # "Brenner said Silva met Costa": the speaker of the governing clause, whose own clause has
            # another subject (but "Merkel said after the meeting" speaks of her own part)
        if event_type not in _SPEECH_EVENT_TYPES and (
                (start >= trigger[1] and trailing_teller(body, trigger[1], start, end, sentence.end, sentence.start))
                or (end <= trigger[0] and answer_label(body, start, end, trigger, sentence.start))):
            if tellers is not None and name not in tellers:
                tellers.append(name)
            continue  # "..., Defence Minister Brenner told reporters.", "Brenner: Eighteen tanks arrived": the teller
        if start >= trigger[1] and _AND_BEFORE_NAME.search(body, trigger[1], start) and _own_clause_after(body, end):
            continue  # "signed by Brenner, and Silva later criticised it": the coordinated clause's own subject
        if _ABSENT.match(body, end, min(sentence.end, end + 80)):
            absent.add(name)
        elif name not in names:
            names.append(name)
            last_end = end
            # the rest of a coordinated list of the trigger's parties, however far it runs past the window
            for later_start, later_end, later in people.within(end, sentence.end):
                if later_start < last_end:
                    continue
                gap = body[last_end:later_start]
                if not _LIST_GAP.fullmatch(gap) or _own_clause_after(body, later_end):
                    break
                if later not in names:
                    names.append(later)
                last_end = later_end
    if not names and _opening_participle(body, sentence, trigger):
        # "Launching her bid for governor weeks before the vote, Ana Silva is betting ...": the participle's doer
        # is the main clause's subject, the person named right after the participle's clause
        comma = body.find(",", trigger[1], sentence.end)
        for start, end, name in people.within(comma + 1, sentence.end) if comma > 0 else []:
            if _MAIN_SUBJECT_GAP.fullmatch(body, comma + 1, start) and name not in absent:
                names.append(name)
            break
    return [name for name in names if name not in absent]


# what may stand between an opening participle's clause and the main clause's subject: a few words of its title
# ("former mayor Karl Brenner"), no clause break
_MAIN_SUBJECT_GAP = re.compile(r"\s*(?:[\w.’'-]+\s+){0,4}")
_OPENING_MARKS = re.compile(r"[\s\"“‘(]*")


def _opening_participle(body: str, sentence: _Sentence, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a participle opening its sentence ("Launching her bid ...")."""
    word = body[trigger[0]:trigger[1]].split()[0]
    return (word[:1].isupper() and word.lower().endswith("ing")
            and _OPENING_MARKS.fullmatch(body, sentence.start, trigger[0]) is not None)


_ACTOR_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+(?P<conj>and|or)\s+)(?:the\s+)?")
_POSSESSIVE_AFTER = re.compile(r"(?:['’]s?)(?!\w)")  # "the European Union's", "the United States'": no member
_ACTOR_KINDS = frozenset({"country", "organisation", "ministry"})


def _posts_as_bodies(actors: list[str]) -> list[str]:
    """The actors with an officer's post read whole as a name ("CEO of Port of Varn Company", "Minister of
    Energy") replaced by the body or state it stands for, or dropped (`parties.body_of_post`); one already named in
    full is not repeated ("Leeward Sun Energy" beside "Leeward Sun Energy Ltd")."""
    result: list[str] = []
    for name in actors:
        found = body_of_post(name)
        if found is None or found in result or (found != name and any(found in other for other in actors
                                                                         if other != name)):
            continue
        result.append(found)
    return result


def _coordinated_actors(body: str, places: _Spans, sentence: _Sentence, actors: list[str]) -> list[str]:
    """The rest of a coordinated list whose member is an actor: "with Spain and Poland pushing for", "with Argentina
    and Chile" — the other countries and bodies of the list, unless one has a verb of its own ("and France drew")."""
    hits = places.within(sentence.start, sentence.end)

    def name_of(hit):
        return hit.canonical if hit.kind in ("organisation", "ministry") else hit.country
    result = list(actors)
    pending: list[str] = []
    for index, (_, end, hit) in enumerate(hits):
        if hit.kind not in _ACTOR_KINDS or name_of(hit) not in result:
            continue
        last_end = end
        for later_start, later_end, later in hits[index + 1:]:
            if later_start < last_end:
                continue
            gap = _ACTOR_LIST_GAP.fullmatch(body, last_end, later_start)
            if (later.kind not in _ACTOR_KINDS or not gap or _OWN_VERB_AFTER_NAME.match(body, later_end)
                    or _POSSESSIVE_AFTER.match(body, later_end)):
                break
            if name_of(later) and name_of(later) not in result and name_of(later) not in pending:
                pending.append(name_of(later))
            if gap.group("conj"):
                result.extend(pending)  # the chain closes with "and"/"or": its comma members are members too
                pending = []
            last_end = later_end
        pending = []  # a comma chain never closed ("with China, the United States' main rival"): no list
    return result


# A coordinated clause with a subject of its own after the trigger: ", and Silva later criticised it".
_AND_BEFORE_NAME = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:\w+\s+){0,3}$")
_OWN_VERB_AFTER_NAME = re.compile(r"(?:\s*,[^,;:.]{1,80},)?\s+(?:(?:later|also|then|still|had|has|have|\w+ly)\s+)*"
                                  r"(?:(?-i:[a-z]+ed)|" + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
                                  + r"|said|says|was|were|is|are|will|would|could|told)\b")
# A coordinated clause whose predicate refers back to the event is no clause of its own: ", and Novak was also
# present", ", and Novak joined them later".
_REFERS_BACK = re.compile(r"\s+(?:(?:also|later|then|too|\w+ly)\s+)*(?:(?:was|were)\s+(?:(?:also|too|\w+ly)\s+)*"
                          r"(?:present|there|in\s+attendance)|joined\s+(?:them|him|her|the\s+two|in)|took\s+part)\b")


def _own_clause_after(body: str, end: int) -> bool:
    """Whether the name ending at `end` is the subject of a clause of its own (", and Silva later criticised it"),
    not one that refers back to the event (", and Silva was also present")."""
    return bool(_OWN_VERB_AFTER_NAME.match(body, end)) and not _REFERS_BACK.match(body, end)


# What stands between two members of one list of people: commas, "and", and their titles or appositions, no verb
# ("Brenner and the energy minister of the republic, Silva"; "Silva, and the EU's ambassador, Brenner").
_LIST_GAP = re.compile(r"(?:\s*,\s*[^,;:.!?()\"“”]{0,80}?)?,?\s+and\s+(?!(?:then|later|also)\b)"
                       r"(?:(?!\b(?:was|were|is|are|has|had|have|will|would|said|says|(?-i:[a-z]+ed))\b)[^,;:.!?()\"“”]){0,90}?"
                       r"(?:,\s*)?")


def _actors(places: _Spans, sentence: _Sentence, trigger: tuple[int, int]) -> list[str]:
    actors: list[str] = []
    for _, _, hit in places.within(*_window(trigger, sentence, _ACTOR_WINDOW)):
        name = hit.canonical if hit.kind in ("organisation", "ministry") else hit.country
        if name and name not in actors:
            actors.append(name)
    return actors


def _estimate_anchor(body: str, named: list[tuple[int, int, EventEntry]], days_only: bool = False) -> date | None:
    """For an undated article: the latest date it names (absolute dates told in the past, and catalogue events
    it names); the article was written after them. `days_only`: of its absolute dates, those told to the day."""
    latest: date | None = None
    for mention in find_dates(body, None):
        if days_only and mention.value is not None and mention.value.precision != "day":
            continue
        if mention.kind == "absolute" and mention.value is not None and not speaks_of_future(
                body, mention.start, mention.end):
            latest = max(latest or mention.value.start, mention.value.start)
    for _, _, entry in named:
        if entry.start_date:
            latest = max(latest or entry.start_date, entry.start_date)
    return latest


_HTML_START = re.compile(r"\s*<")


def _furniture_estimate(raw: str | None, body: str) -> date | None:
    """The latest past absolute day the page's text names outside its body (related links' dates: "Port halted -
    14.08.2026"), a lower bound for the year a page's own told day is sought in; None for an HTML source."""
    if not raw or raw == body or _HTML_START.match(raw):
        return None
    outside = raw.replace(body, " ") if body in raw else raw
    latest: date | None = None
    for mention in find_dates(outside, None):
        if mention.kind == "absolute" and mention.value is not None and mention.value.precision == "day":
            latest = max(latest or mention.value.start, mention.value.start)
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




_PERSONAL_PRONOUN = re.compile(r"\s*(?:he|she|they|we|I)\b")
# A contact named with its counterpart only ("talks with Croatian partners"), and who tells of it: a person named
# in the sentence before it, or "he"/"she" opening the sentence for the last person named before.
_COUNTERPART_TYPES = frozenset({"meeting", "phone_call"})
_WITH_AFTER = re.compile(r"\s+with\s")
_PRONOUN_TELLER = re.compile(r"[\s\"“]*(?:He|She)\s+(?:said|says|told|added)\b")
_TELLER_REACH = 1500  # characters before the sentence within which "he"/"she" finds the person named last


# The adverbs and auxiliaries that may stand between a subject and its trigger ("he also met", "the minister has
# signed"), shared by `_PRONOUN_SUBJECT` and `_DESCRIBED_PERSON`.
_AUX_WORDS = r"also|then|later|again|has|had|have|would|will|did"
_AUX_RUN = r"(?:(?:" + _AUX_WORDS + r")\s+)*$"


# A pronoun as the trigger's own subject, right before it or before the speech verb the trigger holds ("he met
# the envoy", "..., she told reporters"): the person it takes up (`_pronoun_person`).
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[\s\"“”‘’,(]))(he|she|He|She)\s+(?:(?:later\s+on|" + _AUX_WORDS + r")\s+)*$")
_TRIGGER_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|announced)\b")
_PRONOUN_GENDERS = {"he": "male", "she": "female"}
_PRONOUN_PERSON_REACH = 600  # characters before the pronoun within which the person it takes up was named


# Where a person's clause opens (a sentence's end, a line, a colon or semicolon) and the words that may stand before
# its subject: a title's capitalised words, an article ("Mrs Ana Silva", "Transport Minister Karl Brenner").
_SUBJECT_OPENING_BREAK = re.compile(r"[.!?;:,\n]\s*")
_TOLD_CLAUSE_LEAD = re.compile(r"\b(?:said|says|added|told\s+\w+|believes|thinks)\s+(?:that\s+)?(?:(?:[A-Z][\w.’'-]*|the)\s+)*$")
_SUBJECT_LEAD = re.compile(r"[\s\"“]*(?:(?:[A-Z][\w.’'-]*|the|a|an|then|and|but)\s+)*")


def _pronoun_person(body: str, trigger: tuple[int, int], sentence_start: int, people: _Spans,
                    gender_of) -> str | None:
    """Who is who for an event told of "he"/"she" ("Ana Silva ... She met the envoy on Monday"): the person named
    last before the pronoun, when the article tells that person's gender and it is the pronoun's; none when the
    person named last is of the other gender or of none told (a sure answer only), nor when the clause names a
    person of its own."""
    verb = _TRIGGER_SPEECH_VERB.search(body, trigger[0], trigger[1])
    head = verb.start() if verb is not None and verb.start() > trigger[0] else trigger[0]
    pronoun = _PRONOUN_SUBJECT.search(body, max(sentence_start - 2, head - 40, 0), head)
    if pronoun is None or people.within(pronoun.end(), trigger[1]):
        return None
    before = people.within(max(0, pronoun.start() - _PRONOUN_PERSON_REACH), pronoun.start())
    if not before:
        return None
    start, _, name = before[-1]
    gender = _PRONOUN_GENDERS[pronoun.group(1).lower()]
    if gender_of(name) != gender:
        return None
    # (no sure answer when another person of the pronoun's gender is named within reach, or when the person named
    # last is no subject: "Mr Omar Haddad criticised Mr Tom Fischer. He resigned"; review of eventsR27)
    if any(other != name and gender_of(other) == gender for _, _, other in before):
        return None
    opening = body[max(0, start - 200):start]
    opening = opening[max((m.end() for m in _SUBJECT_OPENING_BREAK.finditer(opening)), default=0):]
    if _SUBJECT_LEAD.fullmatch(opening) or _TOLD_CLAUSE_LEAD.search(opening):
        return name
    # The person named last as no subject is still the one person of that gender within reach ("Police arrested Mr
    # Omar Haddad. He resigned"), unless their sentence writes an unnamed person of the gender before them ("A gunman
    # attacked the convoy of Mr Omar Haddad", "A woman who shouted at Mrs Ana Silva"; review of eventsR28).
    sentence_before = body[max(0, start - 300):start]
    sentence_before = sentence_before[max((m.end() for m in _SENTENCE_BREAK.finditer(sentence_before)), default=0):]
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", sentence_before)}
    return None if words & UNNAMED_PERSON_NOUNS[gender] else name


_SENTENCE_BREAK = re.compile(r"[.!?\n]\s+")


# A definite description of one person as the trigger's own subject ("the minister signed", "its chief negotiator
# said", "the transport minister told reporters"): the article's one person written with that title
# (`_described_person`); a vague or plural head ("the official", "the ministers") describes no one person.
_DESCRIBED_PERSON = re.compile(r"(?<![\w’'-])(?:the|its|their|his|her)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)\s+"
                               + _AUX_RUN, re.I)
_VAGUE_TITLES = frozenset({"official", "senior", "boss", "chief"})
# Words limiting a title's rank: a description fits a person only when both or neither have each (review of eventsR27:
# "Vice President X ... the president", "Former Minister X ... the minister", "the former minister" of a current one)
_RANK_LIMITS = frozenset({"acting", "deputy", "interim", "former", "vice", "late", "ex", "assistant", "prime",
                          "outgoing"})
_TITLE_BEFORE_REACH = 40  # characters before a person's mention read for the title written with it
_TITLE_BREAK = re.compile(r"[.!?;:,\n\"“”()]")
_TITLE_WORD = re.compile(r"[A-Za-z][\w-]*")


_JOINED_BEFORE = re.compile(r"(?:\b(?:and|or|nor)|&)\s*$", re.I)


def _person_titles(body: str, mentions, roles: list[str]) -> set[str]:
    """The lowercase words of a person's titles: the roles the people step gave (up to a word telling of another:
    "a lawyer for the minister" is a lawyer), and the run of title words written right before each mention
    ("Transport Minister Karl Brenner", "chief negotiator Ana Silva"; not "asked about the minister, Ana Silva")."""
    words = set()
    for role in roles:
        # a role's words after these, or of a possessor, are another's ("a lawyer for the minister", "the president's
        # chief of staff", "an adviser to the president", "the wife of the minister": review of eventsR28; "the
        # minister of transport" keeps its title before "of")
        role = re.sub(r"\b[\w-]+['’]s\b|\b[\w-]+s['’](?=\s)", " ", role)
        cut = re.search(r"\b(?:for|to|at|with|about|by|from|under|of)\b", role)  # ("the wife of the minister")
        words.update(re.findall(r"[a-z][\w-]*", (role[:cut.start()] if cut else role).lower()))
    for mention in mentions:
        before = body[max(0, mention.start - _TITLE_BEFORE_REACH):mention.start]
        cut = max((m.end() for m in _TITLE_BREAK.finditer(before)), default=0)
        run = []
        for word in reversed(_TITLE_WORD.findall(before[cut:])):
            lower = word.lower()
            if not (is_title(lower) or lower in _RANK_LIMITS or word[0].isupper()) or lower in ("the", "a", "an"):
                break
            run.append(lower)
        words.update(run)
    return words


def _described_person(body: str, trigger: tuple[int, int], sentence_start: int, people: _Spans,
                      who) -> str | None:
    """Who is who for an event told of a definite title ("the minister signed the decree"): the one person of the
    article written with that title (and the description's other words: "the transport minister"); none when
    two or none fit, when the clause names a person of its own, or when the head is no single person's title."""
    verb = _TRIGGER_SPEECH_VERB.search(body, trigger[0], trigger[1])
    head_at = verb.start() if verb is not None and verb.start() > trigger[0] else trigger[0]
    described = _DESCRIBED_PERSON.search(body, max(sentence_start, head_at - 60), head_at)
    if described is None or people.within(described.end(), trigger[1]):
        return None
    head = described.group(2).lower()
    if not is_title(head) or head.endswith("s") or head in _VAGUE_TITLES or head in _RANK_LIMITS:
        return None
    if _JOINED_BEFORE.search(body, max(0, described.start() - 30), described.start()):
        return None  # one of a subject of several ("the minister and the envoy signed"): no one person's act
    wanted = {head} | {word for word in described.group(1).lower().split() if word not in _VAGUE_TITLES}
    fits = []
    for name, entry in who.items():
        titles = _person_titles(body, entry.person.mentions, entry.roles)
        if wanted <= titles and wanted & _RANK_LIMITS == titles & _RANK_LIMITS:
            fits.append(name)
    return fits[0] if len(fits) == 1 else None


def _teller(body: str, sentence_start: int, start: int, people: _Spans) -> str | None:
    named = people.within(sentence_start, start)
    if named:
        return named[0][2]
    if _PRONOUN_TELLER.match(body, sentence_start):
        before = people.within(max(0, sentence_start - _TELLER_REACH), sentence_start)
        return before[-1][2] if before else None
    return None
_DENIAL_BEFORE = re.compile(r"\bden(?:ied|ies|y)\b(?:\s+[\w’'.-]+){0,8}?\s+that\b", re.I)
_DENIABLE = frozenset({"occurred", "cancelled", "planned"})
_DENIED_REACH = 60  # the denied clause's event opens it: its subject or verb, not an event of a later clause
_SUBORDINATOR_BETWEEN = re.compile(r"\b(?:before|after|when|while|as|because|since|until|and|but)\b|[,;]", re.I)
_DENIED_CONTENT = re.compile(r"den(?:ied|ies|y)\b(?:\s+[\w’'.-]+){0,8}?\s+that\s+", re.I)
# A content clause's subject that is a description ("the bank", "the municipal board"), with its auxiliaries.
_DESCRIBED_SUBJECT = re.compile(r"(?:the|its)\s+(?:[a-z-]+\s+)?[a-z]+\s+(?:(?:has|have|had|would|will|could|did|also|"
                                r"never|not|then|later|\w+ly)\s+)+", re.I)
_CONTENT_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but|because|after|before|when|while)\s")


def _clause_end(body: str, verb: tuple[int, int]) -> int:
    found = _CONTENT_CLAUSE_END.search(body, verb[1], min(len(body), verb[1] + 200))
    return found.start() if found else min(len(body), verb[1] + 200)


# The verbs of a denied act that is itself a speech act ("denied that it had threatened to withdraw", "denied that
# it had lodged a protest"): such a denial stays a statement; any other denied act is a happening of its own.
_DENIED_SPEECH_VERB = re.compile(r"\b(?:threat\w*|protest\w*|said|says|announc\w*|declar\w*|promis\w*|"
                                 r"call(?:ed|s)(?!\s+off\b)|demand\w*|accus\w*|claim\w*|insult\w*|criticis\w*|"
                                 r"criticiz\w*|told|tells?|warn(?:ed|s)|reported|confirmed)\b", re.I)
# The content clause's own first verb, after its subject and auxiliaries ("that she had said ...", "that the
# ministry had told reporters ..."): `lead_verb` reads past a speech verb to its content, but a denied saying is
# the denied act.
_CONTENT_SUBJECT_AUX = re.compile(r"(?:(?:he|she|it|they|we|i|(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?[a-z]+)\s+)"
                                  r"(?:(?:has|have|had|did|would|was|were|ever|never|not|also|\w+ly)\s+)*", re.I)

# What was said, opened after the saying's verb by its own finite verb or "that" ("said the stadium would be sold")
_SAID_CLAUSE = re.compile(r"\b(?:that|would|will|was|were|is|are|could|should|might|had|has|have)\b", re.I)


def _denied_saying(body: str, content_end: int) -> int | None:
    """Where the saying's verb ends, when a denial's "that" clause (opening at `content_end`) tells a saying of its
    subject: "denied that she had said ...", "denied that it had warned ..."."""
    subject = _CONTENT_SUBJECT_AUX.match(body, content_end)
    verb = _DENIED_SPEECH_VERB.match(body, subject.end()) if subject is not None else None
    return verb.end() if verb is not None else None


# A denial's content clause ends with its sentence: the denied act is read there, never in the next sentence ("denied
# that it had diverted funds. Pekk said on Tuesday that every euro was accounted for" denies no accounting).
_DENIED_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=[\s\"”’]|$)|\n")


def _denied_lead(body: str, content_end: int) -> tuple[int, int]:
    """The span `lead_verb` reads a denial's content clause in: from its opening to its sentence's end."""
    high = min(len(body), content_end + 160)
    for end in _DENIED_SENTENCE_END.finditer(body, content_end, high):
        # an abbreviation's or an initial's full stop ends no sentence ("that Mr. Amis had ...", `text.sentence_breaks`)
        if body[end.start()] == "." and not sentence_breaks(body[max(0, end.start() - 8):end.start() + 1] + " A"):
            continue
        return content_end, end.start()
    return content_end, high


# A denied content clause's own verb when `lead_verb` reads none in it: a past or participle after the clause's
# auxiliaries ("that officers had been withdrawn", "that the cap would be cut") or after its pronoun subject ("that it
# reduced supply"); read only up to the content clause's end.
_CONTENT_PAST = "(?:(?-i:[a-z]{3,}ed)|" + "|".join(sorted(IRREGULAR_PAST | IRREGULAR_PARTICIPLES, key=len, reverse=True)) + ")"
_CONTENT_FINITE = re.compile(r"\b(?:(?:had|has|have|was|were|is|are|would|will|could|did)(?:\s+(?:not|never|already|also|"
                             r"been|be|being|\w+ly))*|(?:it|he|she|they|we|i))\s+(" + _CONTENT_PAST + r")\b", re.I)

# ... else a verb after a modal or "to" ("that it would close", "planned to sell"), or a past of a noun subject ("that
# police used force"; not after a determiner, where it is an adjective: "the alleged", "an armed")
_CONTENT_BARE_VERB = re.compile(r"\b(?:(?:would|will|could|should|might|to)\s+(?:not\s+)?(?!(?:the|its|their|his|her|our|this|that|these|those|any|all|"
                                r"some|have|has|had|been|be)\b)([a-z]{3,})|"
                                r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(" + _CONTENT_PAST + r"))\b")


def _denied_verb(body: str, content_end: int) -> tuple[int, int] | None:
    """The verb of a denial's content clause opening at `content_end`, read in its own sentence (`_denied_lead`)."""
    lead = _denied_lead(body, content_end)
    verb = lead_verb(body, lead)
    if verb is None:
        high = min(lead[1], _clause_end(body, (content_end, content_end)))
        found = _CONTENT_FINITE.search(body, content_end, high) or _CONTENT_BARE_VERB.search(body, content_end, high)
        verb = (found.span(1) if found.group(1) else found.span(2)) if found else None
    return verb


_THREAT_TO_BEFORE = re.compile(r"\bthreat\w*\s+to\s+$", re.I)  # "had threatened to withdraw": the threat is denied


def _denied_act_type(body: str, event: _Mention) -> str:
    """The type a denial told as the denied event is stored with: the denied act is what the gold and a reader
    count ("denied that the bank had sold foreign currency in September" is a sale denied, no statement), so a
    statement whose "that" clause names an act (the verb `_name` names it by) is a happening, 'other'; a denied
    speech act ("denied that it had threatened to withdraw") stays a statement."""
    if event.event_type != "statement" or event.status != "denied" or event.catalogue is not None:
        return event.event_type
    content = _DENIED_CONTENT.match(body, event.trigger_start)
    if content and _denied_saying(body, content.end()) is not None:
        return event.event_type  # "denied that she had said the currency would be devalued": a denied saying
    verb = _denied_verb(body, content.end()) if content else None
    if content and verb is None:
        return "other"  # a denied state or happening its clause tells with no verb read ("that any funds were lost")
    if verb is None or _DENIED_SPEECH_VERB.match(body, verb[0], verb[1]) or _THREAT_TO_BEFORE.search(
            body, max(content.end(), verb[0] - 30), verb[0]):
        return event.event_type
    if event.date is not None and (not event.date_phrase or event.date_phrase not in body[
            content.end():_clause_end(body, verb)]):
        return event.event_type  # "on Wednesday denied a report that it had summoned ...": the denial's own day
    return "other"


def _denied_act_place(body: str, event: _Mention, stored_type: str, sentence: _Sentence, places: _Spans,
                      people: _Spans) -> str | None:
    """The place of a denied act stored as the act (`_denied_act_type` made the denial 'other'): read off the
    content clause's verb as its trigger ("denied reports that a train had derailed near Varnby": near Varnby), since
    the denial's own reading skipped it as a place of what was told, not of the telling."""
    if stored_type != "other" or event.event_type != "statement" or event.status != "denied":
        return None
    content = _DENIED_CONTENT.match(body, event.trigger_start)
    verb = _denied_verb(body, content.end()) if content else None
    if verb is None:
        return None
    # read only inside the denied clause: a place after it is the denier's or a source's ("..., its spokesman in
    # Varnby said", "..., a claim first made in Varnby"), not the act's
    clause = _Sentence(content.end(), min(sentence.end, _clause_end(body, verb)))
    return _location(body, "other", verb, clause, places, people)


def _name(body: str, event: _Mention, written: Mapping[str, int]) -> str:
    """The catalogue's name, else a name from the trigger, its parties and place (`eventnames`) and the date."""
    if event.catalogue is not None:
        return event.catalogue.name
    trigger = (event.trigger_start, event.trigger_end)
    # (a noun of a happening told with its set day is named as a noun, "Signing in Nuuk", not by the clause after
    # it, "Signing was originally scheduled for November in Nuuk": `eventwords.PLAN_EVENT_NOUNS`)
    is_noun = body[trigger[0]:trigger[1]].lower() in _HAPPENING_NOUNS
    content = _DENIED_CONTENT.match(body, trigger[0]) if (
        event.event_type == "statement" and event.status == "denied") else None
    if content and _denied_saying(body, content.end()) is not None:
        content = None  # "denied that he had said ...": the denier's statement, denied, not what it said
    verb = _denied_verb(body, content.end()) if content else None
    if verb is not None:
        # a denial told as the denied event is named by what it denies ("the board had sold the land"), not as
        # the denier's statement
        own_subject = subject_before(body, verb, content.end())
        pronoun = body[content.end():verb[0]].split()[:1] in (["it"], ["they"])
        participants, actors = event.participants, event.actors
        if not pronoun and own_subject is None and _PASSIVE_BEFORE.search(body, max(content.end(), verb[0] - 12), verb[0]):
            # a passive act with no subject read ("that grants had been withdrawn"): only the parties its own clause
            # names, never the denier's words ("The Brisk County council denied ...")
            clause = body[content.end():_clause_end(body, verb)]
            participants = [name for name in participants if name in clause]
            actors = [name for name in actors if name in clause]
        name = event_name(body, "other", verb, event.subject if pronoun else (own_subject.text if own_subject else None),
                          participants, actors, event.location, _clause_end(body, verb), False, written)
    else:
        name = event_name(body, event.event_type, trigger, event.subject, event.participants, event.actors,
                          event.location, max(event.clause_end, trigger[1]), is_noun, written)
    if event.date is not None:
        name += f" ({_date_label(event.date)})"
    return name


_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+$", re.I)  # "that grants had been withdrawn"


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


# The head words of bodies that act around an election without running in it: a committee or group that spends on
# it, the commission that runs it, a court whose seat is contested (a name "X for Y" is a cause's group).
_NOT_ELECTION_PARTY_HEADS = frozenset("Committee Commission Court Council Department Ministry Agency "
                                      "Board Office Institute Foundation".split())
# "Centre"/"Center" also ends parties ("Democratic Centre"): a body only after a word of study ("Policy Research
# Center", "Data Centre").
_CENTRE_HEADS = frozenset("Centre Center".split())
_STUDY_WORDS = frozenset("Research Policy Studies Study Data Media Law Legal Information Resource Press".split())
# The heads of parties that may name their cause with "for" ("Movement for Democratic Change", "Party for
# Freedom", "Alternative for Germany"): such a name is a party, not a cause's group ("Alliance for Reform").
_PARTY_HEADS_BEFORE_FOR = frozenset("Party Movement Alternative Union Front Rally Congress".split())


def _election_party(name: str) -> bool:
    """Whether `name` may be a party of an election: a place that holds it or a party or movement that runs in it;
    not a body of the kinds in `_NOT_ELECTION_PARTY_HEADS` (nor a centre of study), nor a cause's group ("Alliance
    for Reform"; but "Movement for Democratic Change" is a party)."""
    words = name.split()
    if not words or words[-1] in _NOT_ELECTION_PARTY_HEADS:
        return False
    if words[-1] in _CENTRE_HEADS and len(words) > 1 and words[-2] in _STUDY_WORDS:
        return False
    if " for " in name:
        head = name.split(" for ", 1)[0].split()
        return bool(head) and head[-1] in _PARTY_HEADS_BEFORE_FOR
    return True


def _body_actors(body: str, actors: list[str], trigger: tuple[int, int], sentence_start: int, subject,
                 sentence_people: list[tuple[int, int]], bodies, people_index, quoted_trigger: bool, trailing,
                 known_organisations) -> list[str]:
    """The mention's actors after the body rules of `extract_events` (the body-actor chain, in order): a definite
    description or "it" taking up a body named before is put first; with no actor yet and the trigger outside a
    quote, a lower-case-headed body as the subject, a bare name shown as a body, or the body a descriptor telling
    an agentless clause takes up."""
    # Who is who for bodies: a definite description or "it" as the trigger's subject takes up the one body
    # named before that fits ("Tarnby municipality ... The municipality cancelled", "Brenn Ferries ... it signed")
    taken_up = taken_up_body(body, trigger, sentence_start, bodies, sentence_people, people_index)
    if taken_up and taken_up[0] not in actors and not any(
            taken_up[0] in name or name in taken_up[0] for name in actors):
        actors.insert(0, taken_up[0])
    if not actors and not quoted_trigger:
        # "When Kestle's hotel association met": a body named by a place and a lower-case head, the subject
        # of the trigger's verb (`parties.lower_headed_subject`)
        lower_headed = lower_headed_subject(body, trigger, sentence_start, sentence_people)
        if lower_headed:
            actors = [lower_headed]
    if not actors and not quoted_trigger:
        # "Brannock suspended its flights", "KVR closed the bridge": a name with no head word as the verb's
        # subject, shown as a body (`parties.named_subject_body`)
        named_body = named_subject_body(body, subject, trigger, sentence_people)
        if named_body:
            actors = [named_body]
    if not actors and trailing is not None and not quoted_trigger and (
            described_teller := _DESCRIPTOR_TELLER.match(body, trailing.start())):
        # "..., the agency said.": a descriptor telling of an agentless clause is the body it takes up (the one
        # named before that fits, a sure answer only), as a named teller is ("..., the Ministry of Energy said.")
        told_by = bodies.resolve(described_teller.group(1).lower(), described_teller.start(1))
        if told_by and told_by[1] == 1.0:
            actors = [told_by[0]]
        elif described_teller.group(1).lower() in COMPANY_DESCRIPTORS:  # ", the company said": its one company
            company = article_company(body, described_teller.start(1), known_organisations, people_index)
            actors = [company] if company else []
    return actors


def extract_events(article: ArticleRecord, people: list[PersonRecord], registry: Registry,
                   analysis: ArticleAnalysis | None = None) -> list[EventRecord]:
    if analysis is None:
        analysis = analyse(article, registry)
    if analysis.people is None:
        analysis.set_people(people)  # (who is who: the genders a pronoun subject is read against)
    body = article.body
    if not body:
        return []
    anchor_exact = article.published_on is not None and article.date_precision in (None, "day")
    named = _catalogue_mentions(body, registry)
    anchor = article.published_on or _estimate_anchor(body, named)
    if article.published_on is None:
        # A page with no publication day that tells its own ("will stay closed tomorrow, Thursday 19 November"): the
        # day, in a year its weekday fits at or after the latest the page's furniture names (related links' dates,
        # which the body may not hold), is the exact anchor (`reldates.pinned_day`)
        # (the body's bound counts its days only: a year or month it names tells a past event's time, "the 1987
        # flood", "in November 1987", and fitting a weekday in that year would date the page decades back)
        furniture = _furniture_estimate(article.raw_text, body)
        lower = max((day for day in (_estimate_anchor(body, named, days_only=True), furniture) if day is not None),
                    default=None)
        pinned = pinned_day(body, lower)
        if pinned is not None:
            anchor, anchor_exact = pinned, True
    dates = find_dates(body, anchor, anchor_exact,
                       anchor_year_only=article.published_on is not None and article.date_precision == "year",
                       may_pin=article.published_on is not None,
                       anchor_month_only=article.published_on is not None and article.date_precision == "month")
    sentence_spans = analysis.plain_sentences
    sentences = [_Sentence(start, end) for start, end in sentence_spans]
    if not sentences:
        return []
    quoted = _long_quotes(analysis)
    people_spans = _Spans([(m.start, m.end, person.name) for person in people for m in person.mentions])
    people_index = PeopleIndex(people_spans.spans)  # (a titled teller's employer: `parties.teller_employer`)
    # A weekday inside a person's mention is a given name, no date ("Dr Sunday Mensah was sworn in"); one before
    # the name is still the day ("On Sunday Dr Mensah arrived": the date's span starts outside the mention).
    dates = _without_named_weekdays(dates, people_spans)
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
    at_gathering: dict[int, tuple[int, int]] = {}  # statements told at a gathering: the span up to its noun
    moved_from: dict[int, _Mention] = {}  # a plan's row on the day it was moved to: its called-off row
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
    people_pairs = [(a, b) for a, b, _ in people_spans.spans]  # (built once: every event's rules read it)
    known_organisations = ArticleOrganisations(body, people_pairs, acronyms)
    # the state a bare "the government" is when no officer tells of its act: the dateline's
    dateline = _dateline_place(body)
    dateline_country = place_country(dateline[0]) if dateline else None
    if dateline and dateline_country is None:
        dateline_country = next((hit.country for hit in find_places_and_organisations(dateline[0])), None)
    all_places = [hit for _, _, hit in places.spans]
    home = home_state(body, all_places, dateline_country)
    outlet_home = None if dateline_country else _outlet_state(article, body, all_places)
    outlet_names_home = outlet_home is not None and _names_home(body, all_places, outlet_home)
    officers: dict[str, str | None] = {}  # each participant's state, as its officer (`parties.officer_country`)
    mentions_of = {person.name: person.mentions for person in people}
    # the actors of the last mention that named two or more and acted in it, not only watched or reacted to it
    # ("the two sides")
    last_acting_pair: list[str] = []
    last_acting_sides: tuple[list[str], list[str]] = ([], [])  # its parties named before / after its trigger
    last_company_pair: list[str] = []  # ... of the last that named two or more companies ("the two companies")
    # the article's bodies (read at the first description or pronoun that needs them)
    bodies = ArticleBodies(body, people_pairs, acronyms,
                           [hit for _, _, hit in places.spans],
                           "\n".join(text for text in (article.title, article.subtitle) if text))
    # the article's table of countries and bodies, against which a stand-in subject resolves ("the two countries")
    entities = ArticleEntities(body, [hit for _, _, hit in places.spans], bodies)
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
        if event_type == "statement" and _STATEMENT_FRAME.search(body, max(sentence.start, start - 40), start):
            claim = _CLAIM_THAT.search(body, end, min(sentence.end, end + _FRAME_PHRASE_REACH))
            following = body[end:claim.start()] if claim else body[end:min(sentence.end, end + _FRAME_DATE_REACH)]
            if not any(end < told < end + len(following) and not _OTHER_NOUNS_DATE.search(body, end, told)
                       for told in date_starts[bisect_left(date_starts, end):][:3]):
                continue  # "said in a statement that ...": the reported claim's frame
        cited = _CITED.search(body, max(sentence.start, start - 50), start) if event_type == "statement" else None
        if cited:
            # "tweeted, quoting Brenner's statement": a statement made before, cited here; the citing act is the
            # statement told, when it is a dated speech of its own the sentence tells no other statement for
            citing = _citing_act(body, sentence, cited.start(), date_starts, triggers)
            if citing is None:
                continue
            start, end = citing
        mention = _Mention(event_type, start, end, sentence_number, open=(start, end) in open_spans)
        # A denial's gerund ("The Kremlin denied targeting ...") is no definite mention of an event told before:
        # the determiner is its subject's.
        mention.definite = bool(_DEFINITE.search(body[max(sentence.start, start - 30):start])) \
            and not _DENIAL_AT.match(body, max(sentence.start, start - 20), end) \
            and not _DENIAL_AT.match(body, start, end) and not _DENIAL_VERB.fullmatch(body, start, end)
        in_sentence = range(bisect_left(date_starts, sentence.start), bisect_left(date_starts, sentence.end))
        candidates = _date_candidates(body, (start, end), dates, date_starts, date_ends, in_sentence, bound_to,
                                      quoted)
        chosen = _pick_date(body, event_type, (start, end), dates, candidates, bound, embedded, sentence,
                            trigger_starts, facts)
        if chosen is None and start in stamped:
            chosen = stamped[start]  # a live entry's stamp
        # A perfect tense or "previously" marks a recollection, when it is the trigger's own clause's or comes
        # before it: the past perfect of what a statement reports ("the LTA said conditions had proved") is not
        # the statement's.
        background_cue = facts.perfect(sentence) and _recalled(
            body, (start, end), sentence, clause_bounds(body, (start, end), (sentence.start, sentence.end))[1],
            quoted)
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
        elif event_type == "statement" and status == "occurred" and (
                gerund := _DENIED_SPEECH_GERUND.match(body, start)) and (
                chosen is None or chosen.start >= gerund.end()):
            status, rule = "denied", "denied-speech-gerund"
        if (mentions and mentions[-1].sentence == sentence_number and mentions[-1].event_type == "statement"
                and mentions[-1].catalogue is None
                and (content := _DENIED_CONTENT.match(body, mentions[-1].trigger_start))
                and content.end() < start and (said := _denied_saying(body, content.end())) is not None
                and start < _clause_end(body, (said, said))):
            # "denied that he had said the stadium would be sold in June": the saying is the denied act, what it
            # said is no event told, and its date is not the saying's
            denied_saying = mentions[-1]
            denied_saying.status = "denied"
            said_at = body.find(denied_saying.date_phrase, content.end(), sentence.end) if (
                denied_saying.date_phrase) else -1
            if said_at >= 0 and _SAID_CLAUSE.search(body, said, said_at):
                # (the date inside what was said, after its own verb: "said the stadium would be sold in June"; not
                # the saying's own, "had warned foreign banks in January")
                denied_saying.date, denied_saying.date_phrase, denied_saying.role = None, None, "background"
            elif denied_saying.date is None and chosen is not None and said <= chosen.start and not (
                    _SAID_CLAUSE.search(body, said, chosen.start)):
                # ("denied that it had warned foreign banks in January": the saying's own date, taken by the clause's
                # act read after it)
                denied_saying.date = _planned_date(chosen, "denied", anchor, anchor_exact)
                denied_saying.date_phrase = chosen.phrase
                denied_saying.role = _role(denied_saying.date, anchor, anchor_exact)
            continue
        if (rule != "denial" and status in _DENIABLE and mentions and mentions[-1].sentence == sentence_number
                and mentions[-1].event_type == "statement" and mentions[-1].status == "denied"
                and (content := _DENIED_CONTENT.match(body, mentions[-1].trigger_start))
                and content.end() <= start <= content.end() + _DENIED_REACH
                and not _SUBORDINATOR_BETWEEN.search(body, content.end(), start)):
            # "denied reports that talks ... had broken down in March": the content clause's own event, told by its
            # trigger, is the denied one; the denial is not stored again as a statement of its own
            # (its parties are read as the statement's were: the rule is kept)
            mentions.pop()
            status = "denied"
        mention.status = status
        if rule == "denial" and mentions and mentions[-1].sentence == sentence_number and \
                mentions[-1].event_type == "statement" and _DENIAL_WORD.match(body, mentions[-1].trigger_start):
            mentions.pop()  # "denied that Qureshi had met ...": the denial is told as the denied meeting
        if chosen is not None:
            # (a happening called off after the day it was set for is told was set for a day still to come)
            # (unless the clause fixes the year itself: "set for 12 May, was cancelled last year", "... in 2009")
            as_status = "planned" if rule == "cancelled-after-set-day" and not _YEAR_TOLD.search(
                body, end, sentence.end) else status
            mention.date, mention.date_phrase = _planned_date(chosen, as_status, anchor, anchor_exact), chosen.phrase
            if rule == "cancelled-after-set-day" and as_status == "planned":
                # "The talks, planned for Friday, were cancelled": the weekday set is the coming one (not without
                # the commas: "A televised debate ... planned for Monday was cancelled" keeps the past Monday in
                # the articles stress set, where fresh15/16 write the coming day: the conventions disagree)
                # (only when the weekday is the plan's, "planned for Tuesday", not the calling off's, and the
                # main verb says the plan did not happen: "scheduled for Monday, was suspended" went ahead)
                if _PLAN_SET_BEFORE.search(body, max(0, chosen.start - 30), chosen.start) and plan_undone_after(
                        body, chosen.end, sentence.end):
                    mention.date = _coming_weekday(chosen, mention.date, anchor, anchor_exact)
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
            mention.participants = _participants(body, people_spans, sentence, (start, end), event_type,
                                                 mention.tellers)
            if not mention.participants and (
                    taken := _pronoun_person(body, (start, end), sentence.start, people_spans, analysis.gender)):
                mention.participants = [taken]  # "Ana Silva ... she told reporters": who "she" is
            elif not mention.participants and (
                    taken := _described_person(body, (start, end), sentence.start, people_spans, analysis.who)):
                mention.participants = [taken]  # "Transport Minister Ana Silva ... the minister signed": who she is
        if (event_type in _GATHERINGS and not mention.participants and not mention.definite
                and _TWO_PEOPLE_AFTER.match(body, end)):
            # "A meeting between the two planned for November 26 was called off": the two people of the last event
            # told with two, in this sentence or the few before ("Papadaki said she would meet Pollard again"); not
            # a definite one ("The last meeting of the two, on 3 March"), which the merging would take for that event
            pair = next((list(told.participants) for told in reversed(mentions)
                         if sentence_number - told.sentence <= _TWO_PEOPLE_REACH and len(told.participants) == 2),
                        None)
            if pair is not None:
                mention.participants = pair
        clause = clause_bounds(body, (start, end), (sentence.start, sentence.end))
        subject = subject_before(body, (start, end), max(sentence.start, start - 120))
        mention.subject = subject.text if subject is not None else None
        mention.clause_end = clause[1]
        window = _window((start, end), sentence, _ACTOR_WINDOW)
        # ('leaders gathered' is a meeting: its leaders' nationalities count as its parties)
        actor_type = "meeting" if body[start:end].lower() in _GATHERING_WORDS else event_type
        # (a name inside a quotation the trigger is not in is what was said, not a party of the saying)
        own_quote = next(((a, b) for a, b in quoted if a <= start < b), None)
        teller = trailing = _TRAILING_TELLER.search(body, end, sentence.end)
        if trailing is not None and not _teller_may_act(body, (start, end), event_type, trailing.group(0)):
            # "A car bomb exploded ..., Anadolu Agency said.": the teller of what befell (or a news agency) is no
            # party; the names after the attribution's comma are not read
            window = (window[0], min(window[1], trailing.start()))
            teller = trailing = None
        if teller is not None and not _subject_names_party(places, max(window[0], sentence.start), start):
            teller = None  # "Talks with the IMF ended ..., the Egyptian finance ministry said.": no agent of its own
        # "Kenya expelled two Somali diplomats ..., the Somali government said.": a teller speaking for the state of
        # the act's object, when the clause's reading leaves that state out, is the act's other side (a party)
        object_states = _teller_of_object_state(places, end, teller.start(), teller.end()) if teller else set()
        if teller is not None:
            # "X and Y switched on the link on Sunday, the Saudi Ministry of Energy said.": a body that only tells
            # of the event after it is none of its parties when the clause before names its own (an agentless
            # clause keeps it, below: the body announcing its own act)
            windows = [(window[0], min(window[1], teller.start())), window]
        else:
            windows = [window]
        for window in windows:
            mention.actors = event_actors(body, (start, end), window, [
                hit for _, _, hit in places.within(*window) if not (_inside(hit.start, quoted) and not (
                    own_quote and own_quote[0] <= hit.start < own_quote[1]))],
                                          [(a, b) for a, b, _ in people_spans.within(*window)], acronyms,
                                          actor_type, subject, written, sentence.start, known_organisations,
                                          [span for span in quoted if span != own_quote], people_index)
            if mention.actors and not object_states - set(mention.actors):
                break
        if mention.actors:
            mention.actors = _coordinated_actors(body, places, sentence, mention.actors)
        # The subject of the trigger's own clause when the rules above cannot read it: a denial's content clause
        # tells the denied event, whose agent is that clause's subject, not the denier ("denied that the board had
        # ignored"); a pronoun subject takes up the governing verb's subject ("The council said it had approved").
        denial = rule == "denial-statement" and status == "denied"
        own = clause_subject_parties(body, (start, end), sentence.start, people_pairs,
                                     acronyms, known_organisations, denial)
        if denial and not own and (content := _DENIED_CONTENT.match(body, start)) and (
                described := _DESCRIBED_SUBJECT.match(body, content.end())):
            # "denied reports that the bank had sold ...": the content's subject, a description by a body's head,
            # takes up the body named before that fits (`orgnames.ArticleBodies`, as for a trigger's own subject)
            taken = taken_up_body(body, (described.end(), described.end()), content.end(), bodies,
                                  [(a, b) for a, b, _ in people_spans.within(content.end(), described.end())])
            own = [taken[0]] if taken else own
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
        state_words = bare_state_body(subject.text) if subject is not None else None
        if state_words is not None:
            # "the government declared": the story's own state acted ("Serbian government"): the state of an
            # officer who tells of it in the sentence ("Minister X denied that the government had ..."), else the
            # dateline's (the bare head word read as a name gives way to it)
            for name in dict.fromkeys(name for _, _, name in people_spans.within(sentence.start, start)):
                if name not in officers:
                    officers[name] = officer_country(body, sorted((m.start, m.end) for m in mentions_of.get(name, [])))
            teller = next((officers[name] for _, _, name in people_spans.within(sentence.start, start)
                           if officers[name]), None)
            state = home_state(body, all_places, teller) if teller else home and dateline and dateline_state(
                body, all_places, home, (sentence.start, sentence.end), dateline[1])
            if not teller and outlet_home is not None:
                previous_start = sentences[sentence_number - 1].start if sentence_number else sentence.start
                state = _sentence_state(body, all_places, outlet_home, (previous_start, start), outlet_names_home,
                                        (previous_start, sentence.start))
            if state is not None and not any(state.country in name or name.lower() != state_words.split()[-1] and
                                             state_words.split()[-1] in name.lower() for name in mention.actors):
                # (not when a body with that head is a party already: "the ministry" of one the article names)
                state_body = state_body_actor(body, state_words, state)
                mention.actors = [state_body] + [name for name in mention.actors
                                                 if name.lower() not in state_body.lower()]
        if (event_type in _COUNTERPART_TYPES and mention.actors and subject is None and not mention.participants
                and _WITH_AFTER.match(body, end)):
            # "She said talks with Croatian partners would continue": a contact told by its counterpart alone has
            # the teller's side as its other party (the state of the officer who tells of it)
            teller = _teller(body, sentence.start, start, people_spans)
            if teller is not None:
                if teller not in officers:
                    officers[teller] = officer_country(body, sorted((m.start, m.end)
                                                                    for m in mentions_of.get(teller, [])))
                if officers[teller] and officers[teller] not in mention.actors:
                    mention.actors.insert(0, officers[teller])
        speaker_tried = False  # (speaker_body found no body for the agentless route below)
        labour_told = False  # (staff or members' labour action told: a union's act or no body's, never a teller's)
        if not mention.actors and (told_staff := _LABOUR_SUBJECT.search(body, max(sentence.start, start - 60),
                                                                         start)) and (
                _LABOUR_ACTION.search(body[start:_verb_phrase_end(body, end, sentence.end)])):
            # "the Varnby Nurses' Union said its members would strike": the union's act; an employer's or a police
            # service's staff striking is no act of the body telling of it ("Varnby Hospital said staff would strike")
            speaker = speaker_body(body, sentence.start, (start, end), people_pairs,
                                   acronyms, known_organisations)
            # (a state's, a bloc's or an employers' body's members are states or firms, no workforce: "the European
            # Union said its members would vote" is read by the routes below, as before; its employees' strike is
            # still no act of its own: "the Union of Varnby Industrialists said its employees would strike")
            no_workforce = bool(speaker) and _no_workforce_body(speaker)
            labour_told = not (no_workforce and told_staff.group(2).lower() in MEMBER_PLURALS)
            if speaker and not no_workforce and _labour_body(speaker):
                mention.actors = [speaker]
        if not mention.actors and not labour_told and ((status == "planned" and _AGENTLESS.search(body, max(sentence.start, start - 40),
                                                                             start))
                                   or status == "cancelled"
                                   or (_PAST_PASSIVE.search(body, max(sentence.start, start - 40), start)
                                       and not _STAFF_PASSIVE.search(body, max(sentence.start, start - 40), start))):
            # a body announcing its own act told without an agent ("said the terminal would be closed", "says
            # work will begin", "said all residents had been evacuated", "said Saturday's departures had been
            # cancelled"): the body its speaker speaks for
            speaker = speaker_body(body, sentence.start, (start, end), people_pairs,
                                   acronyms, known_organisations)
            speaker_tried = True
            if speaker is None and (titled := _TITLED_TELLER.match(body, sentence.start)) and is_title(
                    titled.group(1).split()[-1].lower()):
                # "The Managing Director further announced": the body of the officer introduced with that title
                # ("NamPower's Managing Director, Ms X", "the LHDA Chief Executive, Mr Y")
                speaker = _body_of_title(body, titled.group(1), sentence.start, acronyms)
            if speaker:
                mention.actors = [speaker]
            else:
                # "The kingdom said the summit had been postponed", "The Ministry said the ceremony had been
                # cancelled": a stand-in telling of it, resolved against the article's table
                mention.actors = list(entities.teller_stand_in(sentence.start, start) or [])
        # (speaker_body already tried above and the actors still empty: it found no body, and would find none again)
        if not mention.actors and not speaker_tried and (
                staff := _OWN_STAFF_CLAUSE.search(body, max(sentence.start, start - 60), start)) and not (
                _LABOUR_ACTION.search(body[start:_verb_phrase_end(body, end, sentence.end)])):
            # "Varnby Police said officers had responded": the body whose staff did it (not their strike or vote)
            speaker = speaker_body(body, sentence.start, (start, end), people_pairs,
                                   acronyms, known_organisations)
            if speaker and _staff_of(speaker, staff):
                mention.actors = [speaker]
        by_pair = _PAIR_AFTER.match(body, end, min(sentence.end, end + 60))
        if subject is not None and _PLURAL_PARTIES.fullmatch(subject.text) and _PREPOSITION_END.search(
                body, max(0, subject.start - 12), subject.start) and not _JOINT_BODY_OF.search(
                body, max(0, subject.start - 40), subject.start):
            subject = None  # "the cable between the two countries was damaged": the pair is a noun's, not the subject
        organiser = _ORGANISER_AFTER.match(body, end, min(sentence.end, end + 120)) if (
            not mention.actors and event_type in _GATHERINGS) else None
        if organiser is not None:
            # "a public meeting the Tarnby council had planned to hold", "a forum it had planned to host": the
            # subject of the contact relative clause organised the gathering
            if organiser.group(1).lower() in ("it", "they"):
                found = clause_subject_parties(body, organiser.span(2), sentence.start, people_pairs, acronyms,
                                               known_organisations, False)
            else:
                found = phrase_parties(body, *organiser.span(1), people_pairs, acronyms, known_organisations)
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
            pair = last_company_pair if _COMPANIES_WORD.search(plural) else last_acting_pair
            told_size = _PLURAL_PARTIES.search(plural)
            size = GROUP_SIZES.get((told_size.group(1) or "").lower()) if told_size else None
            if size is not None and size != len(pair):
                # "the two countries" after "Kenya and Uganda signed ... with China", "Saudi Arabia hosted talks
                # between Iran and Yemen": the side of that group (its subject's parties, else those after its
                # trigger) of the told size; none when no side is ("the four countries" after a group of three)
                sides = last_acting_sides if pair is last_acting_pair else ([], [])
                group, pair = pair, next((list(side) for side in sides if len(side) == size), [])
                restricted = _PLURAL_RELATIVE.search(body, sentence.start, start)
                set_against = [name for name in group if restricted and name in restricted.group("relative")]
                if not pair and set_against and len(group) - len(set_against) == size:
                    # "Kenya, Uganda and Tanzania met ... The two countries that share Lake Victoria with Kenya
                    # signed": the group less those its relative clause sets them against; they are no parties
                    pair = [name for name in group if name not in set_against]
                if restricted:  # (any name the relative clause sets the pair against: "that border Rwanda")
                    mention.actors = [name for name in mention.actors if name not in restricted.group("relative")]
            mention.actors = pair + [name for name in mention.actors if name not in pair]
        if not mention.actors and subject is not None and _DEFINITE_SUBJECT.match(subject.text):
            # "The series decider will be played ...": the event a definite subject names by an earlier trigger
            # noun ("the three-match series") lends its parties
            told = next((told_by_noun[word] for word in reversed(subject.text.lower().split()[1:])
                         if word in told_by_noun), None)
            if told:
                mention.actors = list(told)
        # the people written in the trigger's sentence up to it (one list for the four body rules below)
        sentence_people = [(a, b) for a, b, _ in people_spans.within(sentence.start, end)]
        # Who is who for bodies (`_body_actors`): a body taken up, a lower-case-headed subject, a bare name shown as a
        # body, or a descriptor telling an agentless clause
        mention.actors = _body_actors(body, mention.actors, (start, end), sentence.start, subject, sentence_people,
                                      bodies, people_index, _inside(start, quoted), trailing, known_organisations)
        # A stand-in as the trigger's subject ("the two countries", "both sides", "the kingdom", "the government"):
        # the countries it stands for, when exactly one candidate (or one group of the told size) fits; a state
        # already among the actors in another form ("Serbian government") is not added again
        standing = entities.stand_in(max(clause[0], start - 150), start, sentence_people, mention.actors)
        if standing:
            added = [name for name in standing if not _has_state(mention.actors, name)]
            mention.actors = added + mention.actors
        if not mention.actors:
            # "The Commission's plan, tabled in July": the owner of what an agentless participle tells of
            mention.actors = list(entities.participle_owner((start, end)) or [])
        # A court's act told without a court ("She was convicted in August"): the article's one court
        if not any(word in name.lower() for name in mention.actors for word in COURT_HEADS):
            court = entities.court_act((start, end), sentences[max(0, sentence_number - 1)].start, sentence.end)
            if court:
                mention.actors = [court] + mention.actors
        owners = _possessive_owners(body, sentence.start, start, sentence_number, mentions, sentences)
        if owners:
            mention.actors = owners + [name for name in mention.actors if name not in owners]
        if mention.actors and body[start:end].lower() in EVENT_NOUNS:
            told_by_noun[body[start:end].lower()] = list(mention.actors)
        if len(mention.actors) >= 2:
            # (a pair told only as reacting to or watching the event, "Russia and China observed the talks", did not
            # act together: "the two countries" after it are the pair before; `eventwords.REACTION_VERBS`)
            if not _bystanders(body, sentence.start, start, mention.actors):
                last_acting_pair = list(mention.actors)
                told_before = body[sentence.start:start]
                last_acting_sides = ([name for name in mention.actors if name in told_before],
                                     [name for name in mention.actors if name not in told_before])
            if all(_company_like(name) for name in mention.actors):
                last_company_pair = list(mention.actors)
        # A "person" whose name ends in an organisation word ("Westwind Renewables") is an organisation. (Whether
        # a name after a body's word, "the consortium Vento Azul", "the charity Nadia Fell said she", is a body's is
        # the people step's decision: a name it keeps is a person's, one it drops is read as the body's by
        # `orgnames.ArticleOrganisations`.)
        # (never a person whose name opens with a known given name: "Sarah Mills", "Dan Hotels", round 9)
        for name in [name for name in mention.participants if name.split()[-1].lower() in ORG_HEADS
                     and not is_given_name(name.split()[0])]:
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
            # ... and one introduced by a bare office ("Foreign Minister Kaur Lepik and his Finnish counterpart")
            # acts, beside the one foreign state of the occasion, for the story's own state (`domestic_state`)
            states = [actor for actor in mention.actors if _is_country(actor)]
            if len(states) == 1 and any(not officers.get(name) and domestic_officer(body, sorted(
                    (m.start, m.end) for m in mentions_of.get(name, []))) for name in mention.participants):
                own = domestic_state(body, all_places, states[0], (sentence.start, sentence.end), dateline_country,
                                     (article.title or "", article.subtitle or ""))
                if own and own not in mention.actors:
                    mention.actors.insert(0, own)
        # A piece of research is its author's ("a study by researchers at the Varna Institute"), whatever else its
        # sentence names: the bodies and places it is about, the journal that printed it
        authors = piece_authors(body, (start, end), sentence.end, [hit for _, _, hit in places.within(
            sentence.start, sentence.end)], [(a, b) for a, b, _ in people_spans.within(sentence.start, sentence.end)],
                                acronyms, mentions_of)
        if authors:
            mention.actors = authors
        else:
            # ... or a person's of the article, written by their surname alone before the noun where the people step
            # marked no mention ("Mayor Ilse Brandt ... The Brandt audit"): a participant, no body
            author = piece_person(body, (start, end), sentence.end, mentions_of)
            if author is not None:
                # (whatever rule read the name as a body's: "The Brenner study found" has it as the subject)
                mention.actors = [name for name in mention.actors if not author.endswith(" " + name)]
                if author not in mention.participants:
                    mention.participants.append(author)
        # A name never runs across a line ("told RTS.\n\nGovernment declares ...": a sentence's end, then a
        # headline): whatever rule read it so, the words of the line the name ends on are the name.
        mention.actors = list(dict.fromkeys(name.rsplit("\n", 1)[-1].strip() for name in mention.actors))
        if event_type == "election":
            # An election's parties are the places that hold it and the parties that run in it; a body near it (a
            # group that spent on it, the commission that runs it, a court whose seat is contested) is none.
            mention.actors = [name for name in mention.actors if _election_party(name)]
        mention.location, mention.weak_place = located(body, event_type, (start, end), sentence, places,
                                                       people_spans, dateline[0] if dateline else None)
        if mention.location is None:
            mention.location = _local_body_place(mention.actors, body[start:end])  # "Tarnby municipality approved": in Tarnby
        if mention.location is None and event_type in ("other", "attack"):
            # "Construction of the Noro wharf": where the work the event is done to stands (a gathering's or a
            # statement's work is its topic: "talks on the Kuryk terminal")
            mention.location = facility_place(body, (start, end), (sentence.start, sentence.end),
                                              [(a, b) for a, b, _ in people_spans.within(sentence.start, sentence.end)])
        if mention.location is None and event_type in _GATHERINGS and mention.participants and sentence_number:
            # "Karin Lund flew to Nairobi on Monday. Lund met ...": where the traveller had just gone
            previous = sentences[sentence_number - 1]
            mention.location = arrival_place(body, (previous.start, previous.end), people_spans,
                                             mention.participants, places)
        if event_type == "statement" and _TELLER_SAID.fullmatch(body, start, end):
            # a dated remark told by its teller's words ("Otto Kern said Friday", `eventwords` dated_remark_day;
            # review of eventsR15): its people are not another clause's subject; the
            # saying, dated by its own day gone by, has occurred whatever its reported clause's future; and a
            # teller of one word naming no person or body ("Lawmakers said Tuesday", "Everyone") tells none
            # (a name before ", and" opening the teller's clause is another clause's: "X will speak Monday, and Y said
            # Friday"; a break by "but"/"while" was tried and lost a right check answer)
            breaks = list(_CLAUSE_JOIN.finditer(body, sentence.start, start))
            if breaks:
                before = {name for _, _, name in people_spans.within(sentence.start, breaks[-1].start())}
                after = {name for _, _, name in people_spans.within(breaks[-1].end(), sentence.end)}
                mention.participants = [name for name in mention.participants if name not in before - after]
            if mention.status == "planned" and mention.date is not None and anchor is not None \
                    and mention.date.start <= anchor:
                mention.status = "occurred"
            if not mention.participants and not mention.actors and len(body[start:end].split()) <= 2 \
                    and _no_teller(body[start:end].split()[0]):
                continue
            gathering = _AT_GATHERING.match(body, end)
            if gathering:
                at_gathering[id(mention)] = (end, gathering.end())
        if event_type == "statement" and not mention.participants and not mention.actors \
                and _TOLD_BY_PHRASE.fullmatch(body, start, end):
            # a dated statement read from a teller's phrase ("the Varna statistics office said on Monday", "said in
            # an interview on Saturday") whose teller no step kept tells nobody's remark (review of eventsR21)
            continue
        mention.catalogue = _catalogue_entry(named, sentence, mention, anchor, named_ends)
        mentions.append(mention)
        # The news thread runs through news-like mentions and is cut by a dated recollection.
        if chosen is not None or event_type in _NEWS_TYPES:
            news_thread = mention.role == "reported"
        if chosen is not None and mention.status == "cancelled":
            # "The forum, originally planned for Tuesday, was postponed to February": the day it was moved to is
            # the plan of a second occasion (events round R22)
            moved = _moved_to_date(body, dates, range(bisect_left(date_starts, chosen.end, in_sentence.start,
                                                                  in_sentence.stop), in_sentence.stop), chosen)
            if moved is not None and (anchor is None or not anchor_exact or moved.value.start > anchor):
                verb = _MOVED_TO_BEFORE.search(body, max(chosen.end, moved.start - 40), moved.start)
                mentions.append(_Mention(
                    event_type, verb.start() if verb else moved.start, moved.end, sentence_number, moved.value, moved.phrase,
                    participants=list(mention.participants), actors=list(mention.actors),
                    location=mention.location, role=_role(moved.value, anchor, anchor_exact), status="planned",
                    # (named by the occasion's own words, "Mission (2026)", not the moving verb's: review of eventsR22)
                    trigger_start=mention.trigger_start, trigger_end=mention.trigger_end, subject=mention.subject,
                    clause_end=mention.clause_end))
                moved_from[id(mentions[-1])] = mention
                if verb is not None and mention.start < verb.start():
                    # the occasion's own word is the plan's (it goes on, on its new day); the moving verb the
                    # called-off day's ("The meeting scheduled for Tuesday has been postponed to Dec. 15"; round
                    # eventsR59)
                    moving = _MOVING_VERB.match(body, verb.start())
                    mentions[-1].start, mentions[-1].end = mention.start, mention.end
                    mention.start, mention.end = moving.start(), moving.end()
        if chosen is not None:
            repeat = _repeated(body, dates, range(bisect_left(date_starts, chosen.end, in_sentence.start,
                                                              in_sentence.stop), in_sentence.stop), chosen)
            if repeat is not None:
                mentions.append(_Mention(
                    event_type, repeat.start, repeat.end, sentence_number, repeat.value, repeat.phrase,
                    participants=list(mention.participants), actors=list(mention.actors),
                    location=mention.location, role=_role(repeat.value, anchor, anchor_exact),
                    status=mention.status))

    if at_gathering:
        # a remark told at a gathering stored of its own is the gathering's; at one not stored it stays a statement
        mentions = [mention for mention in mentions if id(mention) not in at_gathering or not any(
            other is not mention and other.event_type != "statement"
            and at_gathering[id(mention)][0] <= other.start < at_gathering[id(mention)][1] for other in mentions)]
    # the moving verb dated by the day it moves a plan to is no cancellation of that day: the occasion moved to is
    # the plan's second row ("Ilse Brandt's visit to Kiel, originally planned for Thursday, was postponed to 2 May":
    # no cancelled '2 May' beside the planned one; review of eventsR22)
    mentions = [mention for mention in mentions if not (
        mention.status == "cancelled" and mention.date is not None
        and _MOVING_VERB.fullmatch(body, mention.trigger_start, mention.trigger_end)
        and any(other is not mention and other.status == "planned" and other.sentence == mention.sentence
                and other.date == mention.date for other in mentions))]
    for mention in mentions:
        # ... and with no row of the day first set, the day the moving verb moves the plan to is that plan's, to come
        # ("The Kiel fair was postponed to 2 May": planned on 2 May, not cancelled; eventsR23's leftovers)
        if (mention.status == "cancelled" and mention.date is not None and mention.date_phrase
                and anchor is not None and anchor_exact and mention.date.start > anchor
                and _MOVING_VERB.fullmatch(body, mention.trigger_start, mention.trigger_end)
                and (onto := _MOVED_ONTO.match(body, mention.trigger_end))
                and body.startswith(mention.date_phrase, onto.end())):
            mention.status = "planned"
    events = _merge(body, _one_happening(body, mentions))
    _date_from_headlines(article, events, anchor, anchor_exact)
    if named:
        _name_from_article(named, events, anchor)
    records = []
    # the sentence the dateline opens: its own undated happening is the story's news, at the dateline's town
    lead = _sentence_index(sentences, dateline[1]) if dateline else None
    lead_news = {id(event) for event in events if _lead_news(event, lead)}
    dateline = _dateline_place(body) if any(_at_dateline(event, anchor, anchor_exact) or id(event) in lead_news
                                            for event in events) else None
    if dateline and _bureau_dateline(body, dateline, events, sentences, places, people_spans):
        dateline = None
    _place_of_the_gathering_before(body, events, sentences)
    # the article's own place (`article_place`): where its news happens when a local happening is given no place
    own_place = article_place(body, article.title, [event.location or (
        event.catalogue.location if event.catalogue else None) for event in events])
    kept_ids: set[int] = set()
    kept: list[_Mention] = []
    for event in events:
        at_lead = False
        if dateline and (_at_dateline(event, anchor, anchor_exact) or id(event) in lead_news) and _dateline_fits(
                body, dateline, event, sentences[event.sentence], people_spans):
            event.location = dateline[0]
            at_lead = id(event) in lead_news
        if (event.status == "occurred" and event.plan and anchor_exact and event.date is not None
                and not event.date_inherited and event.date.start > anchor):
            # a plan told with its date, merged with a bare mention ("The pact, which will be signed in Helsinki
            # next month ... The signing of the pact was delayed"): the event dated after publication has not
            # happened; the mentions' plan stands
            event.status = event.plan
        attacked = _attacked_country(event)
        if attacked:
            event.actors.append(attacked)
        event.actors = _forum_states(event.actors, event.start, entities, body)
        event.actors = _without_joint_forums(body, event.actors)
        event.actors = _posts_as_bodies(event.actors)  # ("CEO of Varn Company": the company; no post as a body)
        # (one told of by a named person is as specific as before that person was no party of it)
        nobody = not event.participants and not event.actors and not event.tellers and not (
            event.status == "denied" and _DENIAL_VERB.fullmatch(body, event.start, event.end)
            and _body_denier(body, event.start)
            and _OWN_ACT_AFTER.match(body, event.end))
        if nobody and not at_lead and event.catalogue is None and (
                event.event_type in _GATHERINGS or event.date is None or event.date_inherited) and not (
                ((event.location and not event.weak_place) or _titled_gathering(event) or ((_body_gathering(body, event) or _gathering_with_group(body, event)) and _told_plainly(body, event, sentences[event.sentence])) or _titled_object(body, event) or _called_off_set_day(body, event)
                 or _group_gathering(body, event, sentences[event.sentence].start)
                 or (_named_occasion(body, event) and _own_date(body, event))) and event.date is not None and not event.date_inherited):
            if id(moved_from.get(id(event))) not in kept_ids:
                # (the occasion a kept called-off plan was moved to is as specific as that plan: "The forum,
                # originally planned for Thursday, was postponed to 2 May"; eventsR23's leftovers)
                continue  # a meeting of no one, or an undated happening nowhere: too vague to be of use
            # (a dated gathering of office holders the clause names by their title is someone's: "The ministers
            # will meet on Friday to discuss ...", though the topic's place is none of it)
        kept_ids.add(id(event))
        # (named and placed by its own words first: the parties it takes up are no part of its name)
        name, event_type = _name(body, event, written), _denied_act_type(body, event)
        location = event.location or (event.catalogue.location if event.catalogue else None) or (
            _denied_act_place(body, event, event_type, sentences[event.sentence], places, people_spans)) or (
            own_place if own_place and _takes_own_place(body, event, own_place, sentences) else None)
        if not event.actors and not event.participants and (event.event_type != "other" or _noun_trigger(
                body, (event.trigger_start, event.trigger_end))):
            # (an occasion or act told by its noun or its kind, not a thing's happening: "The wharf was destroyed")
            event.actors = _taken_up_actors(body, event, sentences, kept)
        kept.append(event)
        records.append(EventRecord(
            name=name,
            event_type=event_type,
            start=event.start,
            end=event.end,
            start_date=event.date.start if event.date else None,
            end_date=event.date.end if event.date else None,
            date_precision=event.date.precision if event.date else None,
            date_phrase=event.date_phrase if event.date else None,
            role=event.role,
            location=location,
            participants=list(event.participants),
            actors=list(event.actors),
            status=event.status,
        ))
    return records




# A definite or counted group of agents gathering (`opendates.agent_group_subject`): "The board met on Sunday",
# "Two lawmakers met with donors in March". A verb with an object meets no one ("met the minister's conditions").
_NEXT_AFTER = re.compile(r"\s+next\b")
_GATHERED_NEXT = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:with|on|in|at|for|to|again|behind|privately|yesterday|today|"
                            r"last|this|late|early|overnight)\b")


def _group_gathering(body: str, event: _Mention, sentence_start: int) -> bool:
    if event.event_type not in _GATHERINGS or not agent_group_subject(body, sentence_start, event.trigger_start):
        return False
    word = body[event.trigger_start:event.trigger_end].lower()
    return word in ALL_EVENT_NOUNS or bool(_GATHERED_NEXT.match(body, event.trigger_end))


def _called_off_set_day(body: str, event: _Mention) -> bool:
    """A happening called off, dated by the day it was set for right after its trigger ("The summit with donor
    countries was originally scheduled for 18 November but was postponed"): one occasion, though no party or place
    is read. Not the day it was moved to ("postponed until September")."""
    if event.status != "cancelled" or not event.date_phrase:
        return False
    window = body[event.trigger_end:event.trigger_end + 120]
    at = window.find(event.date_phrase)
    return at >= 0 and bool(_SET_FOR_BEFORE.search(window, 0, at)) and not re.search(r"[.;!?]", window[:at])


_SET_FOR_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(DATE_SETTING_WORDS)) + r")\s+(?:for|on)\s+(?:the\s+)?$", re.I)


def _titled_gathering(event: _Mention) -> bool:
    """Whether a gathering's clause subject is office holders named by their title ("The ministers", "Foreign
    ministers", "officials": `orgnames.is_title` of the subject's last word)."""
    if event.event_type not in _GATHERINGS or not event.subject:
        return False
    words = event.subject.lower().split()
    return bool(words) and is_title(words[-1].strip(",.;:\"”’'"))


# A bare gathering kept for its date alone (`_body_gathering`, `_gathering_with_group`) must be told plainly (review
# of eventsR29): not in a relative or subordinate clause ("The council, which meets on Tuesdays,", "When the cabinet
# meets,"), not negated, conditioned, refused or wished for (`eventwords.UNTOLD_GATHERING_WORDS`: "has never met",
# "No meeting ... is planned", "if the rains fail", "refused a meeting", "want a meeting"), and dated in the trigger's
# own clause ("after the harvest, which began on 15 March" is the harvest's day; "before 15 March" a deadline).
# (the subordinators and relatives both `_CLAUSE_OPENING` and `_TAKEN_UP_CLAUSE_BREAK` read as a clause's opening)
_CLAUSE_OPENERS = r"which|that|who|when|if|once|until|after|before|since|while|where|because|although|though"
_CLAUSE_OPENING = re.compile(r"\b(?:" + _CLAUSE_OPENERS + r"|whenever|unless)\b|[,;:()]", re.I)
_UNTOLD_GATHERING = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(UNTOLD_GATHERING_WORDS, key=len, reverse=True))
                               + r")(?![\w-])|n['’]t\b", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till|ahead\s+of)\s+(?:the\s+)?$", re.I)


def _told_plainly(body: str, event: _Mention, sentence) -> bool:
    if not event.date_phrase:
        return False
    start, end = sentence.start, sentence.end
    if _UNTOLD_GATHERING.search(body, start, end):
        return False
    at = body.find(event.date_phrase, start, end)
    if at < 0:
        return False
    if _DEADLINE_BEFORE.search(body, max(start, at - 20), at):
        return False
    low, high = (event.trigger_end, at) if at >= event.trigger_end else (at + len(event.date_phrase),
                                                                           event.trigger_start)
    if _CLAUSE_OPENING.search(body, low, high):
        return False
    # (the trigger's own clause from the sentence's start: no relative or subordinate opener before it)
    return not _CLAUSE_OPENING.search(body, start, min(event.trigger_start, at))


def _body_gathering(body: str, event: _Mention) -> bool:
    """Whether a gathering's clause subject is a body named by its head word ("The cabinet meets on 9 June", "The
    monetary policy committee meets next month", "The crisis centre will meet again"): one occasion, of use with its
    own date though no party or place is read (`orgnames.ORG_HEADS`; dated planned recall, round eventsR29). Told by
    its noun, or by a verb with no object ("The ferry company met the minister's conditions" is no gathering)."""
    if event.event_type not in _GATHERINGS or not event.subject:
        return False
    word = body[event.trigger_start:event.trigger_end].lower()
    if word not in ALL_EVENT_NOUNS and not (_GATHERED_NEXT.match(body, event.trigger_end)
                                            or _NEXT_AFTER.match(body, event.trigger_end)):
        return False
    words = event.subject.lower().split()
    if not words:
        return False
    last = words[-1].strip(",.;:\"”’'")
    return last in BODY_HEADS or (last.endswith("s") and last[:-1] in BODY_HEADS)


# The people a gathering is held with, written as a lower-case group right after its noun: "a recovery meeting with
# local leaders and farmers", "a forum with residents of the district" (up to two modifiers before the group's noun).
_WITH_GROUP = re.compile(r"\s+with\s+(?:the\s+)?((?:[a-z-]+\b\s*){1,3})")


def _gathering_with_group(body: str, event: _Mention) -> bool:
    """Whether a gathering told by its noun is held with people written as a lower-case group (`eventwords.DOER_NOUNS`,
    `GROUP_PERSON_NOUNS`): one occasion, of use with its own date though no party or place is read (dated planned
    recall, round eventsR29). A bare gathering or one "with no agenda" is none."""
    if event.event_type not in _GATHERINGS:
        return False
    if body[event.trigger_start:event.trigger_end].lower() not in ALL_EVENT_NOUNS:
        return False
    group = _WITH_GROUP.match(body, event.trigger_end)
    for word in group.group(1).split() if group else []:
        if word in DOER_NOUNS or word in GROUP_PERSON_NOUNS:
            return True
        if word in FUNCTION_WORDS:
            break  # "a meeting with no agenda", "with a view to": no people
    return False


# A gathering the article names by a proper modifier of its noun ("The Varna summit", "the Dunmore forum"): one
# occasion, of use with its own date though no party or place is read. Not a weekday's or month's ("the Monday
# summit"), nor a capital that opens the sentence ("Summit talks"), nor a bare noun ("The summit").
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Nn]ext|[Ll]ast)\s+((?:[A-Z][\w'’-]*\s+){1,3})$")


def _named_occasion(body: str, event: _Mention) -> bool:
    if event.event_type not in _GATHERINGS:
        return False
    start, end = event.trigger_start, event.trigger_end
    if body[start:end].lower() not in ALL_EVENT_NOUNS:
        return False
    named = _NAMED_BEFORE.search(body, max(0, start - 60), start)
    if named is None:
        return False
    words = [word.lower().rstrip("'’s") for word in named.group(1).split()]
    return not any(word in WEEKDAYS or word in MONTHS for word in words)


# A date the named gathering's own: next to it ("the Varna summit on 8 March"), in apposition ("The Varna summit,
# held on Monday,"), or of its own verb as the subject ("The Varna summit opened on Monday", "On Monday, the Varna
# summit opened"); not another act's of which it is the object or topic ("On Monday the minister spoke about the
# Varna summit", "praised the Varna summit on Monday": `eventwords.GATHERING_TOPIC_WORDS`).
_OBJECT_WORD = re.compile(r"\b([a-z]+)\s+$")
_ADJACENT_DATE = re.compile(r"\s*(?:on|in|at|of|from|for|until|since)?\s*")
_SUBJECT_VERB_TO_DATE = re.compile(r"(?:\s*,)?\s*(?:(?:which|that)\s+)?(?:(?!(?:and|but|or|said|says|after|before|when|while)\b)"
                                   r"[a-z]+\s+){1,3}(?:on|in|at|for|until|till|to|from|by|since)?\s*")
_DATE_OPENING = re.compile(r"[\s,]*(?:on|in|at|by)?\s*")
_DATE_CLOSING = re.compile(r"\s*,?\s*")


def _own_date(body: str, event: _Mention) -> bool:
    phrase = event.date_phrase
    named = _NAMED_BEFORE.search(body, max(0, event.trigger_start - 60), event.trigger_start)
    if not phrase or named is None:
        return True
    low, high = max(0, event.trigger_start - 200), event.trigger_end + 200
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), body[low:high])]
    if not spans:
        return True
    start, end = min(((low + a, low + b) for a, b in spans), key=lambda s: abs(s[0] - event.trigger_start))
    word = _OBJECT_WORD.search(body, max(0, named.start() - 30), named.start())
    object_word = word.group(1) if word else None
    if object_word in GATHERING_TOPIC_WORDS:
        return False
    if start >= event.trigger_end:
        if _ADJACENT_DATE.fullmatch(body, event.trigger_end, start):
            return True
        return object_word is None and bool(_SUBJECT_VERB_TO_DATE.fullmatch(body, event.trigger_end, start))
    if object_word is not None:
        return False
    opening = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
    return bool(_DATE_OPENING.fullmatch(body, opening, start) and _DATE_CLOSING.fullmatch(body, end, named.start()))


# The office holder a meeting verb takes as its object: "met the minister", "meets the labour secretary": the title
# heads the object (at most two modifiers before it, none a small word such as "of": "met the costs of ministers"),
# and is no possessor ("met the minister's conditions": the conditions are what was met).
_TITLED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+((?:[a-z-]+\s+){0,2}[a-z]+\b['’]?)")


def _titled_object(body: str, event: _Mention) -> bool:
    """Whether a dated meeting told by its verb has an office holder named by their title as its object ("When I
    met the minister in June": an interviewee's meeting, someone's though its teller is only "I")."""
    if event.event_type != "meeting" or body[event.start:event.end].lower() not in ("met", "meet", "meets"):
        return False
    found = _TITLED_OBJECT.match(body, event.end)
    if found is None:
        return False
    for word in found.group(1).split():
        if is_title(word.rstrip("'’")):
            return not word.endswith(("'", "’"))  # "the minister's conditions": a possessor, not the object
        if word in FUNCTION_WORDS:
            return False  # "the costs of ministers": the title is not the object's head
    return False


# The dateline's town is where the news of the day was gathered: a gathering, a vote or a signing told as that
# news with no place of its own took place there ("LISBON — Fisheries ministers met on Tuesday ...").
DATELINE_TYPES = frozenset({"meeting", "press_conference", "vote_veto", "agreement_signing"})
_DATELINE_DAYS = 3  # told at most this many days before publication (or on a day after it, for a plan)


_REACTION_VERB = re.compile(r"\b(?:" + "|".join(sorted(REACTION_VERBS)) + r")\b", re.I)


# A definite noun phrase near the trigger ("The existing link", "its inauguration", "a hearing on the bill"): its
# words up to the first stop word (`eventwords.TAKEN_UP_STOPS`); the last is its head.
_TAKEN_UP_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir)\s+")
_TAKEN_UP_WORD = re.compile(r"[a-z0-9][\w,.’'-]*")
# a subordinate clause opening between a noun and the trigger: the noun is another clause's ("The pact, agreed when
# the two countries' ministers met")
_TAKEN_UP_CLAUSE_BREAK = re.compile(r"\b(?:" + _CLAUSE_OPENERS + r"|as|whom|whose)\b")
_TAKEN_UP_REACH = 80  # characters before the trigger, and after it, within which the noun phrase is read


def _definite_phrases(body: str, start: int, end: int, own: tuple[int, int] = (0, 0)
                      ) -> list[tuple[str, int, int, list[str]]]:
    """The definite noun phrases of body[start:end] written in lower case, each as (head, where the determiner
    starts, where the head ends, the words before the head): "the final load tests were" gives ("tests", ..., ["final",
    "load"]); a phrase running into a capitalised word is a name's and gives none, and a head within `own` (the
    event's own trigger: "The next summit will be held") is the event's, no thing it takes up."""
    phrases = []
    for determiner in _TAKEN_UP_DETERMINER.finditer(body, start, end):
        position, last, last_at, words = determiner.end(), None, -1, []
        for _ in range(5):
            word = _TAKEN_UP_WORD.match(body, position, end)
            if word is None:
                if position < end and body[position].isupper():
                    last = None
                break
            text = word.group().rstrip(",.")
            if text in TAKEN_UP_STOPS or (last is not None and (text in IRREGULAR_PAST or text.endswith("ed"))):
                break  # (a past verb after the phrase's first word closes it: "The link entered service")
            last, last_at = text, word.start()
            words.append(text)
            if word.group() != text:  # a comma or a full stop closes the phrase
                break
            position = word.end()
            while position < end and body[position] == " ":
                position += 1
        if last and last.isalpha() and len(last) > 3 and last not in TAKEN_UP_GENERIC_HEADS \
                and not own[0] <= last_at < own[1] \
                and not (last_at < own[0] and _TAKEN_UP_CLAUSE_BREAK.search(body, last_at, own[0])):
            phrases.append((last, determiner.start(), last_at + len(last), words[:-1]))
    return phrases


def _definite_heads(body: str, start: int, end: int, own: tuple[int, int] = (0, 0)) -> list[str]:
    """The heads of `_definite_phrases` ("the final load tests were" gives "tests")."""
    return [head for head, _, _, _ in _definite_phrases(body, start, end, own)]


def _taken_up_pattern(head: str) -> re.Pattern[str]:
    """The head in its singular or plural form ("tests": test, tests; "process": process, processes)."""
    stem = head if head.endswith("ss") or not head.endswith("s") else head[:-1]
    return re.compile(r"(?<![\w-])" + re.escape(stem) + r"(?:s|es)?(?![\w-])", re.I)


# Where a definite noun takes up the thing an earlier event made (review of eventsR28): never after a preposition of
# place ("An explosion at the port", "talks in the capital ... in the capital": a place the two share) ...
_TAKEN_UP_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|on|to|from|inside|outside|across|around|off|through|towards?|"
                                    r"into|onto)\s+$", re.I)
# ... unless as the trigger's subject, with auxiliaries, a date's apposition or a plan's words between ("The commission
# will meet", "The first session of the commission, set for 20 March, was postponed", "The committee on Monday
# denied", "the joint commission would hold its first meeting") ...
_TAKEN_UP_SUBJECT_GAP = re.compile(r"(?:\s*,[^,.;]{0,40},)?\s+(?:(?:will|would|is|was|were|has|had|have|be|been|being|"
                                   r"to|not|also|again|now|then|later|finally|formally|officially|due|set|expected|"
                                   r"scheduled|planned|first|(?:on|last|this|next)\s+(?-i:[A-Z])[a-z]+|yesterday|today)"
                                   r"\s+)*(?:(?:hold|holds|held|convene|convenes|convened|hosts?|hosted)\s+(?:its|their)\s+"
                                   r"(?:[a-z]+\s+){0,2}?)?")
# ... or as its complement right after it ("a hearing on the bill", "the first session of the commission")
_TAKEN_UP_COMPLEMENT_GAP = re.compile(r"\s+(?:on|of|into|about|over|for)\s+")


def _taken_up_actors(body: str, event: _Mention, sentences: list[_Sentence], kept: list[_Mention]) -> list[str]:
    """The actors of an event with no parties of its own whose trigger's subject or complement takes up, by a
    definite noun, the thing an earlier event of the article made or concerned ("Egypt and Jordan agreed to double the
    power link. ... The link entered service in 1999": the link's start is Egypt's and Jordan's; "the hearing on the
    bill" is held by the council that tabled the bill): the actors of the nearest earlier kept event, of an earlier
    sentence, whose sentence writes the same noun with the same modifiers, and that did more than react to it or tell
    of it ("criticised the budget"). An attack, a war or a disaster takes up no one: its actors are its doers, not who
    made its target. None when no such event has actors (review of eventsR28)."""
    trigger = (event.trigger_start, event.trigger_end)
    if event.event_type in ("attack", "war") or body[trigger[0]:trigger[1]].lower() in TAKEN_UP_DISASTERS or \
            force_of_nature(body, trigger):
        return []
    sentence = sentences[event.sentence]
    start = max(sentence.start, event.trigger_start - _TAKEN_UP_REACH)
    end = min(sentence.end, event.trigger_end + _TAKEN_UP_REACH)
    phrases = [(head, modifiers) for head, phrase_start, head_end, modifiers in _definite_phrases(body, start, end, trigger)
               if not is_title(head) and (
                   not _TAKEN_UP_PLACE_BEFORE.search(body, max(0, phrase_start - 12), phrase_start)
                   or (head_end <= trigger[0] and _TAKEN_UP_SUBJECT_GAP.fullmatch(body, head_end, trigger[0]))
                   or (phrase_start >= trigger[1] and _TAKEN_UP_COMPLEMENT_GAP.fullmatch(body, trigger[1], phrase_start)))]
    if not phrases:
        return []
    patterns = []
    for head, modifiers in phrases:
        own = [word for word in modifiers if word not in TAKEN_UP_FREE_MODIFIERS]
        # (the earlier sentence writes each modifier before the head: "the electoral commission" is no "joint water
        # commission")
        patterns.append([_taken_up_pattern(head)] + [re.compile(
            r"(?<![\w-])" + re.escape(word) + r"\s+(?:[\w-]+\s+){0,2}?" + _taken_up_pattern(head).pattern[len(r"(?<![\w-])"):],
            re.I) for word in own])
    for earlier in sorted(kept, key=lambda other: other.start, reverse=True):
        if earlier.start >= event.start or earlier.sentence >= event.sentence or not earlier.actors:
            continue
        if earlier.event_type == "statement" or body[earlier.trigger_start:earlier.trigger_end].lower() in REACTION_VERBS:
            continue  # it told of the thing or reacted to it, no maker of it
        own = sentences[earlier.sentence]
        if any(all(pattern.search(body, own.start, own.end) for pattern in group) for group in patterns):
            return list(earlier.actors)
    return []


def _has_state(actors: list[str], country: str) -> bool:
    """Whether the actors hold the country, by name or as its body written with its name or demonym."""
    words = {country, *demonyms_of(country)}
    return any(name == country or any(re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", name) for word in words)
               for name in actors)


def _bystanders(body: str, sentence_start: int, trigger_start: int, actors: list[str]) -> bool:
    """Whether the actors are named before the trigger as the subject of a verb by which they only watch or react
    to the event ("Russia and China observed the talks", `eventwords.REACTION_VERBS`), not as its agents."""
    before = body[sentence_start:trigger_start]
    named = [before.find(name) for name in actors if name in before]
    if len(named) < 2:
        return False
    return _REACTION_VERB.search(before, max(named)) is not None


_FIRST_PERSON_LEAD = re.compile(r"(?:I|We|My|Our|I['’]\w+|We['’]\w+)\b")


def _colon_town(body: str, found: re.Match) -> str | None:
    """The town of a colon dateline (`COLON_DATELINE`, `COLON_COUNTRY_DATELINE`), or None when the label is no
    town's: a country, a name the tables do not know whole, a town outside the country written after it, or a
    label before a first-person answer."""
    if _FIRST_PERSON_LEAD.match(body, found.end()):
        return None
    written = " ".join(found.group("place").split())
    place = " ".join(word.capitalize() if word.isupper() else word for word in written.split())
    known = find_places_and_organisations(place)
    # (the label as written too: "UK" is a country's abbreviation, whatever "Uk" would be)
    if any(hit.kind in ("country", "region") for hit in (*known, *find_places_and_organisations(written))):
        return None
    town_country = place_country(place)
    whole_capital = len(known) == 1 and known[0].kind == "capital" and known[0].end - known[0].start == len(place)
    if town_country is None and not whole_capital:
        return None
    if found.re is COLON_COUNTRY_DATELINE:
        countries = [hit for hit in find_places_and_organisations(found.group("country")) if hit.kind == "country"]
        home = town_country or known[0].country
        if not (len(countries) == 1 and countries[0].end - countries[0].start == len(found.group("country"))
                and countries[0].canonical == home):
            return None  # "Lisbon, Portugal:" but not "Israel, Egypt:", "Lisbon, Qatar:" or "Ana Silva, Minister:"
    return place


def _dateline_place(body: str) -> tuple[str, int] | None:
    """The town of the dateline opening the body ("WASHINGTON (AP) —" -> "Washington"; an agency's "TARNBY, May 2.
    /Wire/."), when it is one place the town table or the gazetteer knows, and where the dateline ends."""
    opening = len(body) - len(body.lstrip())
    found = DATELINE.match(body, opening) or AGENCY_DATELINE.match(body, opening)
    if found is None:
        colon = COLON_DATELINE.match(body, opening) or COLON_COUNTRY_DATELINE.match(body, opening)
        town = _colon_town(body, colon) if colon is not None and len(colon.group("place")) <= 40 else None
        return (town, colon.end()) if town else None
    if "/" in found.group("place") or len(found.group("place")) > 40:
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
        if phrase.group(0).split()[0].lower() == "at" and namesake_venue(body, phrase.start(1), phrase.end(1),
                                                                          dateline[0]) is not None:
            continue  # "at Victoria station": a station of the dateline's town
        return False
    return True


# The administrative word after a region's name ("Varno Oblast", "Anbar Province"), read off to find its town.
_ADMINISTRATIVE_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(ADMINISTRATIVE_TAILS)) + r")$")


_JOINT_FORUM = re.compile(r"(?:the\s+)?joint\s+(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(JOINT_FORUM_HEADS))
                          + r")", re.I)


def _their_forum(body: str, name: str) -> bool:
    """Whether the article writes the joint forum `name` as the states' own gathering: owned ("their Joint Border
    Committee") or naming a gathering ("Joint Border Committee talks")."""
    bare = re.sub(r"^(?:the|their)\s+", "", name, flags=re.I)
    return re.search(r"\btheir\s+" + re.escape(bare) + r"\b|\b" + re.escape(bare) + r"\s+(?:talks|meetings?|sessions?)\b",
                     body, re.I) is not None


# A joint forum of states written as a common noun ("the intergovernmental commission would meet", "the joint
# working group"): no body's name, the forum of the two states the article names (`eventwords.JOINT_FORUM_HEADS`)
_COMMON_FORUM = re.compile(r"(?:the\s+)?(?:joint|intergovernmental|bilateral)\s+(?:[a-z’'-]+\s+){0,3}?(?:"
                           + "|".join(sorted(JOINT_FORUM_HEADS)) + r")")


def _forum_states(actors: list[str], position: int, entities: ArticleEntities, body: str = "") -> list[str]:
    """The parties with a joint forum written as a common noun replaced by the two states it joins: the article's
    (or the paragraph's) two countries named before `position`; kept as it is when they are not exactly two, or
    when its sentence gives it owners that are not those states ("Kestrel Energy and Marrow Hydrogen said their
    joint steering committee would meet": the firms', review of eventsR20, newly wrong 2)."""
    forums = [name for name in actors if _COMMON_FORUM.fullmatch(name)]
    if not forums:
        return actors
    pair = entities.pair_before(position)
    if pair is None:
        return actors
    if body and _forum_owned_by_others(body, position, forums, pair):
        return actors
    return list(dict.fromkeys(pair + [name for name in actors if name not in forums]))


def _forum_owned_by_others(body: str, position: int, forums: list[str], pair: list[str]) -> bool:
    """Whether the sentence at `position` writes a forum as owned ("their joint steering committee") while naming
    neither state of `pair` before it: its owners are others the sentence names."""
    start = max(body.rfind(". ", 0, position), body.rfind("\n", 0, position)) + 1
    stops = [index for index in (body.find(". ", position), body.find("\n", position)) if index >= 0]
    end = min(stops) if stops else len(body)
    for forum in forums:
        words = re.sub(r"^the\s+", "", forum, flags=re.I)
        owned = re.search(r"\b(?:their|its)\s+" + re.escape(words) + r"\b", body[start:end], re.I)
        if owned and not any(state in body[start:start + owned.start()] for state in pair):
            return True
    return False


def _without_joint_forums(body: str, actors: list[str]) -> list[str]:
    """The parties without a joint forum of states ("Joint Border Committee") when two or more states are parties
    beside it and the article writes it as theirs ("their joint commission", "Joint Border Committee talks"): the
    forum is where they meet, not a third party (`eventwords.JOINT_FORUM_HEADS`)."""
    forums = [name for name in actors if _JOINT_FORUM.fullmatch(name) and _their_forum(body, name)]
    if not forums or sum(1 for name in actors if name not in forums and _is_country(name)) < 2:
        return actors
    return [name for name in actors if name not in forums]


def _is_country(name: str) -> bool:
    """Whether a party is a country by the gazetteer's name for it."""
    hits = find_places_and_organisations(name)
    return len(hits) == 1 and hits[0].kind == "country" and hits[0].end - hits[0].start == len(name)


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


# The undated happenings of the dateline's own sentence that took place at its town: an attack or another
# happening on the spot ("LISBON (AP) — A deadly stabbing on a commuter train ..."), not a gathering, a call or a
# statement (their parties may have met anywhere) nor a war or an election (a country's).
LEAD_NEWS_TYPES = frozenset({"attack", "other"})


def _lead_news(event: _Mention, lead: int | None) -> bool:
    """Whether the event is the undated, unplaced happening the dateline's sentence reports as occurred."""
    return (lead is not None and event.sentence == lead and event.event_type in LEAD_NEWS_TYPES
            and event.date is None and not event.location and event.catalogue is None and event.status == "occurred")


def _at_dateline(event: _Mention, anchor: date | None, anchor_exact: bool) -> bool:
    """Whether the event is the news of the day a dateline's town locates: of a located type, with no place, told
    with its own date within `_DATELINE_DAYS` of publication."""
    return (event.event_type in DATELINE_TYPES and not event.location and event.catalogue is None
            and event.date is not None and not event.date_inherited and anchor is not None and anchor_exact
            and event.date.precision == "day"
            and -_DATELINE_DAYS <= (event.date.start - anchor).days <= _DATELINE_DAYS)


_PLANNED_PAST_DAYS = 60
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")


# The words setting a plan's day right before it ("planned for", "scheduled"; a bare weekday's own "for" kept).
_PLAN_SET_BEFORE = re.compile(r"\b(?:planned|scheduled|set|slated|due)(?:\s+(?:for|on))?\s+$", re.I)
_BARE_WEEKDAY = re.compile(r"(?:on\s+|for\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)


def _coming_weekday(chosen: DateMention, value: DateValue | None, anchor: date | None,
                    anchor_exact: bool) -> DateValue | None:
    """A bare weekday a plan was set for, read into the past week, moved to the coming one."""
    if (value is None or anchor is None or not anchor_exact or value.precision != "day"
            or not _BARE_WEEKDAY.fullmatch(chosen.phrase.strip()) or not (
                anchor - timedelta(days=7) < value.start < anchor)):
        return value
    return DateValue(value.start + timedelta(days=7), value.end + timedelta(days=7), value.precision)


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


# The verb moving a called-off plan to a later day, right before that day ("was postponed to February", "has been
# moved to January", "postponed until March 3")
_MOVED_TO_BEFORE = re.compile(r"\b(?:postponed|moved|pushed\s+back|put\s+back|deferred|delayed|rescheduled)\s+"
                              r"(?:to|until|till|for)\s+(?:the\s+)?$", re.I)


_MOVING_VERB = re.compile(r"(?:postponed|moved|pushed\s+back|put\s+back|deferred|delayed|rescheduled)", re.I)
_MOVED_ONTO = re.compile(r"\s+(?:to|until|till)\s+(?:the\s+)?", re.I)


def _moved_to_date(body: str, dates: list[DateMention], in_sentence: range, chosen: DateMention
                   ) -> DateMention | None:
    """The first date after the called-off plan's day that its own moving verb stands right before (no sentence
    break between), else None."""
    for index in in_sentence:
        later = dates[index]
        if later.start < chosen.end or later is chosen or later.value is None:
            continue
        if re.search(r"[.;!?]", body[chosen.end:later.start]):
            return None
        return later if (_MOVED_TO_BEFORE.search(body, max(chosen.end, later.start - 40), later.start)
                         or _MOVED_TO_PHRASE.match(later.phrase)) else None
    return None


# ... or the day's own phrase opening with it ("postponed to February" is one date phrase)
_MOVED_TO_PHRASE = re.compile(_MOVED_TO_BEFORE.pattern.replace("$", ""), re.I)


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
