"""Who acted: the parties of an event mention from the structure of its clause, not from whatever is near it.

A country or organisation is an actor of an event when it is the trigger's agent or counterpart: the subject
before the trigger ("Pakistan beat", "the Land Transport Authority announced"), its object ("beat Zimbabwe"),
"with X", "between X and Y", "to X", "by X", "against X". It is not an actor when it is only the topic ("to
discuss Freedonia's nuclear programme", "talks on Sylvania", "about X"), the venue ("in X", "at X"), a
possessor of the object ("rejected X's remarks"), a bystander ("Norway's ambassador to Korea", "in the presence
of"), the filing place of a dateline ("Oslo, Norway, 10 February –"), a statement's content ("announced that
Daesan ..."), another event's party ("for the invasion of Ukraine", "X-inspired attacks") or a name in another
clause (the main clause after an opening adverbial, a governing clause before "that", a subordinate clause
after "before"/"because"). Organisations the gazetteer does not know are recognised as names: a capitalised
run ending in an organisation head word ("High Court", "Havtind Energy"; cut before a person's title: "BART
Police Chief Ed Alvarez"), a capitalised subject of two words or more, or an acronym, that the article names
again ("Marine Atlantic", "NASA"), a one-word company name ("OrbitBeyond"), or a word that refers back to one
named before (`ArticleOrganisations`: "Westwind", "the board's chairman"). A body named in full wins over the
country in its name ("Pakistan Cricket Board").
Beyond head words, organisations are recognised by the shape of their names (`orgnames`: `_named_by_shape`,
`_described_companies`): a body's organ ("the board of Varden", "Varden's board"), a place's local body ("Tarnby
municipality"), one word taking up an organisation named in full ("a contract with Holmsen"), a company a
descriptor shows ("carmaker Varda", "Blue Harbor, the shipping company,", "Varda opened ... The company"), a name
whose capitals spell the acronym defined for it ("Brenn Harbour Pilots (BHP)"). A company's descriptor as the
subject ("The company opened") takes up the company opening its sentence or the sentence before; the subject of
the verb that takes a trigger noun as its object acted on it ("Varden Ferries has cancelled Sunday's crossings").
"And" with a new named subject and its past verb starts another clause (`in_coordinated_clause`).
A body named by a place and a lower-case head is the subject when only auxiliaries and adverbs stand before the
verb (`lower_headed_subject`: "Kestle's hotel association met"). A bare capitalised name is a body when its clause
shows it ("Brannock suspended its flights") or the article writes it as one (`named_subject_body`). A passive
trigger with a "by" agent right after it is the agent's act, not its subject's (`_passive_with_agent`: "The
Varnholt water board was fined by the regulator"). A company's own board written between ("Halvex Ltd's board")
keeps a later "the board" from taking up a board named before (`own_board_between`).
The rule lists are named below (`TOPIC_MARKERS`, `VENUE_MARKERS`, `BYSTANDER_MARKERS`, `ORG_HEADS`,
`TITLE_WORDS`, `SUBORDINATORS`); `subject_before` also gives the events step the words that head an event's
name ("Westwind Renewables sought permission", "the global financial crisis that began").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.data.cities import place_country
from loaders.extract.data.clauses import alternation, CLAUSE_OPENERS, CONTENT_GOVERNING_VERBS, OPENING_ADVERBIALS
from loaders.extract.data.dateforms import FEAST_NAMES
from loaders.extract.data.eventwords import (
    ALL_EVENT_NOUNS, BODY_OFFICER_TITLES, COMPANY_DESCRIPTORS, COMPANY_HEADS, CONTEST_DEFEAT_VERBS,
    CONTEST_DEFEAT_WITH_OFF, CONTEST_WORDS, CORPORATE_TITLE_WORDS, COUNTRY_GROUP_NOUNS, COUNTRY_STAND_INS, COURT_ACTS,
    COURT_ACTS_WITH_CUES, COURT_CUES, COURT_HEADS, EVENT_NOUNS, FORCE_VERBS, FORCES_OF_NATURE, GENERIC_ACRONYMS,
    IRREGULAR_PAST, MATTER_NOUNS, MONARCHIES, MONARCHY_STAND_INS, NON_COMPANY_HEADS, PARTY_KEEPING_PARTICIPLES,
    PRIVATE_CRAFT_WORDS, PRIVATE_PEOPLE_NOUNS, REACTION_VERBS, REALMS, REMARK_GATHERING_NOUNS, RESEARCH_NOUNS,
    RESEARCHER_WORDS, ROUTE_NOUNS, STATE_AGENT_HEADS, STATE_BODY_HEADS, STATE_SIDE_NOUNS, UNTOLD_GATHERING_WORDS)
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import DAYS_MONTHS, FUNCTION_WORDS, HONORIFICS, TITLE_HEADS
from loaders.extract.data.not_people import common_plurals, PLACE_NOUNS, PLACE_OF_KINDS
from loaders.extract.data.orgheads import DESCRIPTION_HEADS
from loaders.extract.data.regions import REGION_LEVEL_WORDS, regions_named
from loaders.extract.data.tellerwords import (
    BODY_OFFICE_TITLES, COMPANY_APPOSITION_NOUNS, COURT_VERDICT_VERBS, OFFICE_PHRASE_WORDS, PERFORMING_VERBS,
    THING_NAME_ENDS, THING_TYPE_NOUNS, WORK_OFFICE_TITLES)
from loaders.extract.gazetteer import country_of_demonym, demonyms_of, find_places_and_organisations, GazetteerHit
# (orgnames' names are re-exported: the events step and the tests read these here)
from loaders.extract.orgnames import (  # noqa: F401
    acronym_definitions, acts_as_body, ArticleBodies, ArticleOrganisations, CALENDAR_NAMES, _CAMEL_CASE,
    _CAPITALISED_RUN, _COMPANY_DESCRIPTOR, _CORPORATE_SUFFIX, _DESCRIPTOR_SUBJECT, _DESCRIPTOR_WORDS, head_words,
    _is_title, _LEADING_DESCRIPTOR, _LOCAL_BODY, lower_headed_bodies, _named_by_shape, _NO_ORGANISATIONS, _NOT_NAMES,
    opening_adverbial, ORG_HEADS, organisation_name, organisation_names, OWN_ORGAN_HEADS, own_board_between, SEMI_MODALS, TITLE_WORDS,
    TOWN_OF_BODY, TOWN_OF_BODY_OBJECT, TOWN_OF_BODY_PASSIVE, _TRAILING_LINK, _trim, written_counts, WrittenCounts)


# Words right before a name that make it the topic of the trigger, not a party to it.
TOPIC_MARKERS = re.compile(
    r"\b(?:on|about|around|over|regarding|concerning|into|towards?|discuss(?:ed|es|ing)?|address(?:ed|ing)?|"
    r"review(?:ed|ing)?|examin(?:e|ed|ing)|debat(?:e|ed|ing)|for|of\s+the\s+\w+\s+(?:in|of))"
    r"\s+(?:the\s+)?$", re.I)
# A name after another event's noun is that event's party ("distract from the invasion of Ukraine", "to discuss
# the annexation of Crimea"): not the trigger's, unless the noun is the trigger itself ("the attack on Israel").
# The nouns are the events vocabulary's (`eventwords.EVENT_NOUNS`) and the nouns of a state's condition below,
# never an organisation's head: "the government of India" is India.
_OTHER_EVENT_NOUNS = sorted(EVENT_NOUNS | frozenset("""
war wars crisis attack attacks death future fate status sovereignty independence security programme program policy
role plight invasion annexation occupation blockade bombing shelling siege partition liberation
""".split()), key=len, reverse=True)
# Words right before a name that make it the place of the event (or a building's owner standing for the place:
# "a march to the headquarters of the Electoral Commission").
# A gathering that is only the occasion is a venue too: "met during a NATO summit", "on the sidelines of the OPEC
# conference".
VENUE_MARKERS = re.compile(r"\b(?:(?:in|at|near|inside|outside|from|across|throughout|during|(?:on\s+)?the\s+sidelines\s+of|"
                           r"(?:headquarters|offices?|premises|gates|doorstep)\s+of)\s+(?:the\s+|an?\s+)?"
                           r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"  # "in northern Moldova"
                           # "in Khartoum, Sudan": the place's state after its town (not a time opening the sentence,
                           # "In September, Norway", nor a body the clause goes on with, "in Oslo, the Kovald company")
                           r"|(?:in|at|near)\s+(?:the\s+)?(?!(?-i:" + CALENDAR_NAMES + "|" + FEAST_NAMES + r")\b)(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+"
                           r"(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?)$", re.I)
# A description of the town after "in Town, the" ("in Lisbon, the Portuguese capital,", "in Bergen, the Norwegian
# port city,"): a demonym or place name before a kind of place ending the phrase is the venue's, no party.
_TOWN_THEN_THE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+the\s+$", re.I)
_PLACE_KIND_ENDS = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:" + "|".join(sorted(PLACE_OF_KINDS | PLACE_NOUNS | {"state"}))
                              + r")(?=\s*[,.;:)]|\s+(?:on|in|at|of|for|where|which|that|and|to|last|this|next)\b)")
# A name the clause goes on to locate something in is a place: "moved to Peru, where Silva met Brenner".
_PLACE_OF_RELATIVE = re.compile(r",?\s+where\b")
# The earlier members of a list a name closes: "Norway, Sweden and " before "Denmark".
_AND_OR_END = re.compile(r"\s(?:and|or)\s+$")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})*\s*,?\s+(?:and|or)\s+(?-i:[A-Z])")
_CALENDAR_WORD_IN = re.compile(r"\b(?:" + CALENDAR_NAMES + r")\b")
_LIST_BEFORE = re.compile(r"(?:(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3}(?:\s*,\s*|\s+(?:and|or)\s+))+$")
# People named by their office or a delegation "from" a name come from it: its state is a party, not the venue
# ("Ministers from Norway, Sweden and Denmark met in Oslo").
_PEOPLE_FROM = re.compile(r"\b([a-z]+)\s+from\s+(?:the\s+)?$", re.I)
_DELEGATIONS = frozenset({"delegation", "delegations", "delegate"})


_PEOPLE_FROM_TYPES = frozenset({"meeting", "visit", "delegation_visit", "phone_call", "press_conference",
                                 "agreement_signing"})


def _people_from(before: str, event_type: str) -> bool:
    """Whether `before` ends with office holders or a delegation and "from" ("Ministers from ", "a delegation
    from the "): the name after it is where they come from (`orgnames.is_title`), a party of the gathering or
    signing they take part in (of another event the sentence tells, such as a condemnation, it is no party)."""
    if event_type not in _PEOPLE_FROM_TYPES:
        return False
    found = _PEOPLE_FROM.search(before)
    return found is not None and (_is_title(found.group(1).lower()) or found.group(1).lower() in _DELEGATIONS)


# A relative word between the trigger and a name: the name stands in a clause about the object ("detained a
# smuggler who tried to swim to Romania"), not in the trigger's.
_RELATIVE_AFTER = re.compile(r"\b(?:who|whom|whose|which|that)\b")  # ("a bill that would give X powers")
# A verb that opens the topic: every name after it in the clause is what the event is about.
TOPIC_OPENER = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|address(?:ed|es|ing)?|"
                          r"about(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand)|half|twenty|thirty|forty|fifty|"
                          r"hundreds?|thousands?|(?:a\s+)?(?:week|month|year)))|regarding|concerning|"
                           r"cover(?:ed|s|ing)?|focus(?:ed|es|ing)?\s+on|touch(?:ed|es|ing)?\s+on|(?:dealt|deals?)\s+with|"
                           r"cent(?:red|ered|ring|ering|res|ers)\s+on)\b", re.I)
_CLAUSE_END = re.compile(r"[;:.!?]|,\s+(?:but|while|and\s+(?:then|later))\b")
_OBJECT_WORD = re.compile(r"\b(?!(?:in|on|at|of|during|for|by|with|from)\b)[A-Za-z]{2,}")
_VISITS = frozenset({"visit", "delegation_visit"})
# A compass or regional word written into a demonym ("North American", "Latin American"): a continent's part.
_REGION_BEFORE = re.compile(r"\b(?:North|South|Latin|Central|East|West|Eastern|Western|Northern|Southern)[\s-]$")
# Words right before a name that make it part of a bystander's title or presence, not a party: "Norway's
# ambassador to the Republic of Korea", "signed in the presence of Korea's minister".
# (and the body a person is named, appointed or elevated to is the post: "elevated her to the Holstein Court of
# Appeals", not a party of the appointment; "transferred" is no such verb: "transferred Macau to China" has China
# as a party)
BYSTANDER_MARKERS = re.compile(r"\b(?:(?:ambassador|envoy|consul|representative|emissary)s?\s+(?:to|in)|"
                               r"(?:in\s+the\s+)?presence\s+of|witnessed\s+by|according\s+to|"
                               r"(?:named|appointed|elevated|promoted|nominated|re-?appointed)\s+"
                               r"(?:(?:him|her|them|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})\s+)?to)"
                               r"\s+(?:the\s+)?$", re.I)
# A name written as the first part of a compound modifier qualifies another noun: "Islamic State-inspired
# attacks", "a Busan-based operator" (the attackers and the operator are others).
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_COMPOUND_MODIFIER = re.compile(r"-(?:inspired|style|based|born|made|bound|owned|registered|listed|flagged)\b", re.I)
# An opening adverbial that holds the trigger ("Ahead of Friday's meeting, France and Germany unveiled"): the
# names after its comma are the main clause's agents (the words: `clauses.OPENING_ADVERBIALS`).
_OPENING_ADVERBIAL = re.compile(r"[\s\"“‘(]*(?:" + alternation(OPENING_ADVERBIALS) + r")\b", re.I)
_DATELINE_REACH = 100  # characters from a sentence's start within which a dateline or opening adverbial ends
# A dateline opening the sentence ("Oslo, Norway, 10 February 2026 –", "BRUSSELS -"): where the news was filed.
# It opens a paragraph, holds place words, a date and an agency in brackets at most, no title (a person is no
# filing place: "German Chancellor Olaf Scholz – who met ..."), and the news follows it, not a relative clause.
_DATELINE = re.compile(r"[\s\"“(]*(?:[A-Z][\w’'.-]*|\d{1,4}(?:st|nd|rd|th)?|[A-Z]{2,})"
                       r"(?:,?\s+(?:[A-Z][\w’'.-]*|\d{1,4}(?:st|nd|rd|th)?|of|\([A-Z][\w’'. -]{0,30}\)))*,?\s*"
                       r"(?:(?<=\))\.)?(?:–|—|-{1,2}|:)\s(?!\s*(?:who|which|whose|whom)\b)")  # ("Quito, Apr 9 (EFE).- ")
_DATELINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _dateline(body: str, sentence_start: int, trigger: tuple[int, int]) -> re.Match[str] | None:
    """The dateline opening the paragraph at `sentence_start`, if the sentence has one (`_DATELINE`)."""
    before = body[max(0, sentence_start - 20):sentence_start].rstrip(" \t\"“(")
    if before and not before.endswith("\n"):
        return None  # within a paragraph: a dash after a name there is an aside
    found = _DATELINE.match(body, sentence_start, min(trigger[0], sentence_start + _DATELINE_REACH))
    if found and any(word.group(0).lower().rstrip(".") in TITLE_HEADS
                     for word in _DATELINE_WORD.finditer(body, found.start(), found.end())):
        return None
    return found


# A clause the trigger is subordinate to: "the party fears that protests like those that erupted", "X said the
# talks": a name before the link is the governing clause's subject, unless the clause hangs on it ("Pakistan,
# which beat") or its pronoun takes the name up ("Havtind announced that it has signed", "Russia said it would").
_SUBJECT_PRONOUN = r"(?:it|they|he|she|we)\b"
_GOVERNING_LINK = re.compile(r"\b(?:that|because|although|whereas)\b(?!\s+" + _SUBJECT_PRONOUN + ")", re.I)
_TAKEN_UP = re.compile(r"\s+(?:that\s+)?" + _SUBJECT_PRONOUN, re.I)
_GOVERNING_VERB = re.compile(r"\b(?:said|says|say|fears?|feared|believes?|believed|hopes?|hoped|warned|warns|argued|"
                             r"argues|claimed|claims)\b", re.I)
_HANGS_ON_NAME = re.compile(r"^\s*,?\s*(?:which|who|that)\b", re.I)
# A statement's content: names in the clause after "announced that", "said that" are what was said.
_CONTENT_LINK = re.compile(r"\b(?:that)\b|:", re.I)
_SPEECH_TYPES = frozenset({"statement", "press_conference"})
# A subordinate clause after the trigger ("..., before Pakistan leave for", "after Hamas fired"): its names act
# in it, not in the trigger's event (the words: `clauses.CLAUSE_OPENERS`).
SUBORDINATORS = alternation(CLAUSE_OPENERS)
_SUBORDINATE_AFTER = re.compile(r"(?:,|\s)\s*(?:" + SUBORDINATORS + r")\s", re.I)
# A country's demonym before its government's word acts for the country whatever the event ("the German
# government approved"); other demonyms count only for meetings, visits, wars and the like.
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|cabinet|authorities|administration|parliament|coalition)\b")
# ... and, as the subject before the trigger, its side's words (`eventwords.STATE_SIDE_NOUNS`: "Polish officials")
# (in the trigger's own clause: "Freedonian officials were miffed that Kowal's statements" is another clause's subject)
_SIDE_CLAUSE_BREAK = re.compile(r"\bthat\b|[,;:]")
# ... but a demonym's "side" in a clause telling a contest (`eventwords.CONTEST_WORDS`, a score) is a team's
_TEAM_SIDE_AFTER = re.compile(r"\s+sides?\b")
_SCORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![-–]\d)")
_SIDE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(STATE_SIDE_NOUNS, key=len, reverse=True)) + r")\b")
# ... and one before private people's noun names their nationality, even in a gathering ("Chinese students met")
_PRIVATE_PEOPLE_AFTER = re.compile(r"(?:\s+[a-z-]+)?\s+(?:"
                                   + "|".join(sorted(PRIVATE_PEOPLE_NOUNS, key=len, reverse=True)) + r")\b")
# A country written as the qualifier of a common noun inside a prepositional phrase ("a survey of U.S. moviegoers",
# "a report on top U.S. rental car companies") names whose they are, not a party; its officials or government
# act for it.
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|on|about|among)\s+(?:(?:the|top|leading|major|many|"
                                 r"most|all|some|[a-z]+est)\s+)?$", re.I)
# (the words after a name that are no noun it could qualify: links, prepositions of a venue or a time, verbs of
# being; not a route's "via" or "through", which go on a topic's noun: "transit of gas to China via Mongolia")
NOT_QUALIFIED_WORDS = frozenset("""
on in at to for with and or over about from by as into during since after before until that which who is are was
were has have had will would said says near outside inside off beside along around amid despite
""".split())
_COMMON_NOUN_AFTER = re.compile(r"\s+(?!(?:" + "|".join(sorted(NOT_QUALIFIED_WORDS, key=len, reverse=True)) + r")\b)"
                                r"(?-i:[a-z][a-z-]+)")
_OTHER_EVENTS_PARTY = re.compile(
    r"\b(" + "|".join(re.escape(noun) for noun in _OTHER_EVENT_NOUNS if noun not in ORG_HEADS) + r")\s+"
    r"(?:of|on|against)\s+(?:the\s+)?$"
    # ... and the counterpart of a relation ("close ties to Russia", "links with Iran"), unless it is the trigger
    r"|\b(ties|links|relations|connections|contacts)\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_DETERMINED = re.compile(r"\b(?:the|its|their|a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+(?-i:[a-z])")
# The words after a possessive: the officer it owns is one of the first three ("Kenya's interior minister").
_POSSESSED_WORDS = re.compile(r"^['’]s?((?:\s+[a-z-]+){1,3})")


@dataclass(frozen=True)
class Subject:
    start: int
    end: int
    text: str


_PARENTHETICAL = re.compile(r"\([^()]{0,80}\)")
_RELATIVE = re.compile(r"that|which|who", re.I)
_COMMA_BEFORE_RELATIVE = re.compile(r",\s*$")
_SUBJECT_BREAK = re.compile(r"[,;:—–\"“”]|\s-\s|\b(?:that|which|who|and|but)\b")

_PREPOSITION_BEFORE_SUBJECT = re.compile(r"\b(?:in|at|of|on|for|from|to|with|(?<!\bled\s)(?<!\bheaded\s)by|near|into|"
                                         r"across)\s+(?:the\s+)?$")  # (not "a consortium led by Sinohydro, which
# won": the leader acts for the group it leads)


# The last body's subjects by (trigger, clause start) (speed: the events step, its parties and its names ask for the
# same trigger's subject two or three times). Replaced whole when another body is read.
_LAST_SUBJECTS: tuple[str, dict[tuple[tuple[int, int], int], "Subject | None"]] = ("", {})


# A relative clause's passive ("which was condemned", "which had been sold") acts on its antecedent, which is no
# party of the act ... unless the act is one a party undergoes as its party: the body founded, the defendant
# sentenced, the party elected (the verbs' first words).
# (one definition for every caller: "get"/"got" too, "the board got fined")
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\b", re.I)
# The words that may stand between a subject and its verb, written once (every gap pattern is built from them):
# perfect auxiliaries and sequence adverbs (a passive's gap too), then the rest of an active verb's gap, and the
# words that open a time phrase ("on Monday", "last week").
_PERFECT_OR_SEQUENCE = ("has", "have", "had", "also", "then", "later")
_GAP_WORD_LIST = _PERFECT_OR_SEQUENCE + ("last", "first", "already", "again", "once", "still", "just", "will",
                                         "would", "could", "did", "never", "not")
_TIME_OPENERS = ("on", "last", "this", "next", "early", "late")
_BE_FORMS = ("is", "are", "was", "were")
PASSIVE_PARTY_VERBS = ("founded", "established", "formed", "created", "set", "incorporated", "registered",
                       "listed", "merged", "sentenced", "convicted", "acquitted", "fined", "charged", "indicted",
                       "jailed", "elected", "re-elected", "reelected", "appointed", "nominated", "sworn", "promoted",
                       "relegated", "dissolved", "privatised", "privatized", "nationalised", "nationalized")
_PASSIVE_WHICH = re.compile(r"\s*,\s*(?:which|that)\s+(?:(?:has|have|had|was|were|is|are|been|being|be|also|then|"
                            r"later|not|\w+ly)\s+)*?(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?", re.I)
# The possessives that tie a subject's second member to its first ("X and its partners", "X and their allies").
ASSOCIATE_POSSESSIVES = ("its", "their")
_AND_BEFORE_ITS = re.compile(r"\s+and\s+$")
_OF_BEFORE_ANTECEDENT = re.compile(r"\bof\s+(?:the\s+)?$", re.I)


# A type noun right before a name ("the cargo ship Northern Star", "the documentary Silent Waters").
_THING_TYPE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(THING_TYPE_NOUNS, key=len, reverse=True)) + r")\s+$",
                                re.I)


def _thing_name(body: str, subject: "Subject") -> bool:
    """Whether a name is a thing's or an occasion's, not a body's: after a type noun (`tellerwords.THING_TYPE_NOUNS`)
    or ending in a thing's word (`tellerwords.THING_NAME_ENDS`: "the Clean Water Act", "the Kiel Summit")."""
    return subject.text.split()[-1] in THING_NAME_ENDS or bool(
        _THING_TYPE_BEFORE.search(body, max(0, subject.start - 20), subject.start))


# A capitalised name right before a comma, and the prepositions that make it the main clause's object only.
_NAME_BEFORE_COMMA = re.compile(r"\b(?-i:[A-Z])[\w&.’'-]*(?:[ ]+(?-i:[A-Z])[\w&.’'-]*){1,4}$")
_OWN_OBJECT_AFTER = re.compile(r"\s+(?!(?:on|in|at|to|for|with|by|from|after|before|during|last|later|again|"
                               r"and|or|but|when|while|as)\b)[\w$£€]", re.I)
_OBJECT_PREPOSITION = re.compile(r"\b(?:to|for|with|by|from)\s+(?:the\s+)?$")


def _done_to_its_party(body: str, trigger: tuple[int, int]) -> bool:
    words = body[trigger[0]:trigger[1]].split()
    return bool(words) and words[0].lower() in PASSIVE_PARTY_VERBS


def subject_before(body: str, trigger: tuple[int, int], clause_start: int) -> Subject | None:
    """The trigger's subject: the noun phrase right before it in its clause, with only auxiliaries and
    adverbs between ("Westwind first sought", "the court had quashed", "Pakistan beat")."""
    global _LAST_SUBJECTS
    last_body, subjects = _LAST_SUBJECTS
    if last_body is not body and last_body != body:
        subjects = {}
        _LAST_SUBJECTS = (body, subjects)
    key = ((trigger[0], trigger[1]), clause_start)
    if key in subjects:
        return subjects[key]
    found = subjects[key] = _subject_before(body, trigger, clause_start)
    return found


def _subject_before(body: str, trigger: tuple[int, int], clause_start: int) -> Subject | None:
    # Parentheticals are read past ("Havtind Energy ASA (OSE: HAVT) today announced"), offsets kept.
    before = body[clause_start:trigger[0]]
    if "(" in before:
        before = _PARENTHETICAL.sub(lambda m: " " * len(m.group(0)), before)
    breaks = list(_SUBJECT_BREAK.finditer(before))
    outer_start = clause_start
    if breaks:
        core = before[breaks[-1].end():]
        if _RELATIVE.fullmatch(breaks[-1].group(0)) and not core[:_TRAILING_LINK.search(core).start()].strip():
            # "the global financial crisis that began in 2008": the relative pronoun's antecedent; past the comma
            # of a non-restrictive clause ("Brennvik Hydro, which won the tender")
            relative = clause_start + breaks[-1].start()
            if _PASSIVE_AUXILIARY.search(core) and not _done_to_its_party(body, trigger):
                return None  # "Varn Energy, which was condemned by opposition parties": the one acted on
            comma = _COMMA_BEFORE_RELATIVE.search(body, max(clause_start, relative - 3), relative)
            antecedent = subject_before(body, (comma.start() if comma else relative, trigger[1]), clause_start)
            if antecedent is None and comma is not None and not _PASSIVE_AUXILIARY.search(core):
                # "run by Tarnholm Lines, which cancelled", "went to Brennvik Hydro, which signed": the name is the
                # main clause's object but the relative clause's subject (not after a place's preposition)
                named = _NAME_BEFORE_COMMA.search(body, max(clause_start, comma.start() - 80), comma.start())
                preposition = named and _OBJECT_PREPOSITION.search(body, max(0, named.start() - 12), named.start())
                if preposition and (not preposition.group(0).lower().startswith("by")
                                    or _OWN_OBJECT_AFTER.match(body, trigger[1])):
                    # (after "by" the clause may take up the main clause's subject, "The plan was drafted by Varn
                    # Planning, which later failed": only an act with its own object is the name's)
                    antecedent = Subject(named.start(), named.end(), named.group(0))
            if antecedent is not None and _OF_BEFORE_ANTECEDENT.search(body, max(0, antecedent.start - 10),
                                                                        antecedent.start):
                return None  # "the offices of Varn Energy, which": the thing before "of" is what "which" takes up
            return antecedent
        clause_start, before = clause_start + breaks[-1].end(), core
    core = before[:_TRAILING_LINK.search(before).start()]
    if not core.strip():
        return None
    last = None
    for match in _CAPITALISED_RUN.finditer(core):
        last = match
    if last is not None and last.end() == len(core) and not _PREPOSITION_BEFORE_SUBJECT.search(core, 0, last.start()):
        # (a name after a preposition is its object: "one of the first associations in the U.S. was formed")
        run = core[last.start():last.end()]
        # (a name never runs across a line: "told RTS.\n\nGovernment declares" is a sentence's end and a headline)
        first = last.start() + (run.rindex("\n") + 1 if "\n" in run else 0)
        start, end = _trim(body, clause_start + first, clause_start + last.end())
        if end > start:
            return Subject(start, end, body[start:end])
        return None
    determined = _DETERMINED.search(core + " ")
    if determined:
        words = determined.group(1).split()
        if not any(w.lower() in _NOT_NAMES for w in words) and not words[-1].endswith(("ed", "ing", "ly")):
            start, end = clause_start + determined.start(), clause_start + determined.end(1)
            joined = _AND_BEFORE_ITS.search(body, max(outer_start, start - 6), start)
            if determined.group(0).split()[0].lower() in ASSOCIATE_POSSESSIVES and joined:
                # "Eskom and its partners announced": the name before "and" leads the act (its associates are no
                # name); none there ("its partners announced") and the words stand as before
                leader = subject_before(body, (joined.start(), trigger[1]), outer_start)
                if leader is not None and leader.text[:1].isupper():
                    return leader
            return Subject(start, end, body[start:end])
    return None


_PREPOSITION_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:of|in|on|at|to|for|with|and|or|over|about|from|by|as|into|"
                                r"during|since|after|before|until|committee|panel)\b)", re.I)


def in_subordinate_clause(body: str, low: int, start: int, end: int) -> bool:
    """Whether the name at [start, end) stands in a clause opened by a subordinator after the trigger ("..., before
    Pakistan leave for Australia"). A name right after the word is that word's object when no verb follows it
    ("testified before the Senate Judiciary Committee", "met after the Quartet summit")."""
    last = None
    for match in _SUBORDINATE_AFTER.finditer(body, low, start):
        last = match
    if last is None:
        return False
    if body[last.end():start].strip().lower() not in ("", "the"):
        return True
    return not _PREPOSITION_AFTER.match(body, end, min(len(body), end + 20))


def governs_another_clause(body: str, end: int, trigger: tuple[int, int], event_type: str) -> bool:
    """Whether a name ending at `end`, before the trigger, is the subject of a clause that governs the trigger's
    ("X said the talks ...", "the party fears that protests ..."), not one its pronoun takes up ("X said he met")."""
    between = body[end:trigger[0]]
    governed = _GOVERNING_LINK.search(between) or (event_type not in _SPEECH_TYPES and any(
        not _TAKEN_UP.match(between, verb.end()) for verb in _GOVERNING_VERB.finditer(between)))
    return bool(governed) and not _HANGS_ON_NAME.match(between)


def in_another_clause_after(body: str, trigger: tuple[int, int], start: int, event_type: str) -> bool:
    """Whether a name at `start`, after the trigger, stands in a clause that is not the trigger's own: what a
    statement says ("announced that he will not support X"), a relative clause about the object ("a smuggler who
    tried to swim to Romania", "a rally, during which she praised X"), the topic after "to discuss"."""
    if start < trigger[1]:
        return False
    if event_type in _SPEECH_TYPES and _CONTENT_LINK.search(body, trigger[1], start):
        return True
    relative = _RELATIVE_AFTER.search(body, trigger[1], start)
    if relative and _OBJECT_WORD.search(body, trigger[1], relative.start()):
        return True
    return bool(TOPIC_OPENER.search(body, trigger[1], start) and not _CLAUSE_END.search(body, trigger[1], start))


def main_clause_after_opening(body: str, sentence_start: int, trigger: tuple[int, int], start: int) -> bool:
    """Whether a name at `start` stands in the main clause after an opening adverbial that holds the trigger
    ("Ahead of Friday's meeting, France and Germany unveiled", "As they met in Ottawa, Trump was away")."""
    if _OCCASION_OPENING.match(body, sentence_start, trigger[0]):
        return False  # "At a news conference on Tuesday, Silva announced": the main clause's subject held it
    return (start >= trigger[1] and trigger[0] - sentence_start <= _DATELINE_REACH
            and "," in body[trigger[1]:start] and _OPENING_ADVERBIAL.match(body, sentence_start, trigger[0]) is not None
            and "," not in body[sentence_start:trigger[0]])


# An opening adverbial that places the main clause at the trigger's gathering ("At a news conference ...,",
# "During the talks, ..."): its subject took part in it.
_OCCASION_OPENING = re.compile(r"[\s\"“‘(]*(?:at|during)\s+(?:the|a|an|his|her|their|its)\s+", re.I)
_MODIFIES_TRIGGER = re.compile(r"(?:['’]s?)?\s*(?:(?!(?:was|were|is|are|has|had|have|be|been|will|would)\s)[a-z-]+\s+)?")

# "and" (or "but") with a new named subject and its past verb starts another clause: "Brazil beat Chile on Monday
# and Argentina drew with Peru" (Argentina and Peru are not the beating's; Brazil and Chile not the draw's).
_PAST_VERB = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")\b"
# (the new subject may be a list of names, "and Britain and France watched closely", and "while" opens such a clause
# too, as does "as": "Russia and China condemned the strike, while the United States and Britain signed a pact",
# "exchanged fire, as Britain and France looked on"; not "such as")
_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_NAME_LIST = _NAME + r"(?:(?:\s*,\s*|\s+and\s+)" + _NAME + r")*"
_CLAUSE_CONJUNCTION = r"(?:,\s*|\s)(?:and|but|whereas|while|(?<!such\s)as)\s+"
_NEW_SUBJECT_CLAUSE = re.compile(_CLAUSE_CONJUNCTION + _NAME_LIST + r"\s+(?:(?:has|have|had|also|then|later)\s+)?"
                                 + _PAST_VERB)
_OWN_SUBJECT_AFTER_AND = re.compile(r"(?:,\s*|\s)(?:and|but|whereas)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+"
                                    r"(?:(?:has|have|had|also|then|later)\s+)?$")
# A name opening a clause after its conjunction, and one more name after "and" right before the trigger: the two are
# one list of subjects ("while the United States and Britain signed": both signed)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|whereas|while)\s+)(?:the\s+)?$")
_LIST_SUBJECT_REST = re.compile(r"\s+and\s+" + _NAME + r"\s+(?:(?:has|have|had|also|then|later)\s+)?$")
_FIRST_CLAUSE_VERB = re.compile(r"\b" + _PAST_VERB)


def in_coordinated_clause(body: str, start: int, end: int, trigger: tuple[int, int], noun_trigger: bool,
                          low: int) -> bool:
    """Whether the name at [start, end) stands in a clause coordinated with the trigger's by "and"/"but" that has
    its own named subject and verb: after a verbal trigger ("beat Chile on Monday and Argentina drew with Peru"),
    or before a trigger with its own subject after the "and" when the first clause, from `low`, has a past verb of
    its own ("Brazil beat Chile on Monday and Argentina drew"; not "Brazil and Argentina drew" nor "The ministers
    of France and Germany held talks", one list of subjects)."""
    if start >= trigger[1]:
        clause = None if noun_trigger else _NEW_SUBJECT_CLAUSE.search(body, trigger[1], min(len(body), start + 80))
        return clause is not None and clause.start() < start
    if end <= trigger[0]:
        own = _OWN_SUBJECT_AFTER_AND.search(body, end, trigger[0])
        if own is not None and own.start() == end and _LIST_SUBJECT_REST.match(body, end, trigger[0]) and \
                _OPENS_CLAUSE.search(body, max(low, start - 12), start):
            return False
        return own is not None and _FIRST_CLAUSE_VERB.search(body, low, own.start()) is not None
    return False


# "from" right after a trigger noun names who gave it, not a place: "approval from Tarnby municipality", "an
# invitation from the Brenn Port Authority" (after a verb it is an origin: "arrived from Moscow").
_GIVER_AFTER_NOUN = re.compile(r"\s+from\s+(?:the\s+)?")
# ... and after the object of a verb of receiving: "received approval from Tarnby municipality".
_RECEIVING = re.compile(r"(?:receiv|obtain|secur|accept|win|won|got|get)\w*", re.I)
_GIVER_AFTER_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?")


# A clause before the trigger's, its verb told, then a subordinator opening the trigger's clause: "Sanctions against
# Iran were discussed when ... met" (not "Portugal, when asked, met": no verb between).
_SUBORDINATE_BEFORE_TRIGGER = re.compile(r"\b(?:when|while|as|once|whereas|because)\s+(?!(?:well|part|such|of)\b)")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|been|(?-i:[a-z]+ed))\b")


def _role_ok(body: str, start: int, end: int, trigger: tuple[int, int], low: int, sentence_start: int | None = None,
             event_type: str = "") -> bool:
    """Whether a name at [start, end) stands as agent or counterpart, not as topic, venue, bystander, the
    filing place of a dateline, the owner of the object, a speech's content or another clause's subject."""
    if _COMPOUND_MODIFIER.match(body, end):
        return False
    before = body[max(low, start - 60):start]
    noun_trigger = bool((words := body[trigger[0]:trigger[1]].lower().split()) and words[-1] in ALL_EVENT_NOUNS)
    if end <= trigger[0] and _MODIFIES_TRIGGER.fullmatch(body, end, trigger[0]) and (
            noun_trigger or not VENUE_MARKERS.search(before)):
        return True  # "the Quartet meeting", "Pakistan's Test tour": the name modifies the trigger itself (not
        # "associations in the U.S. was formed", where an auxiliary stands between: the name's own role decides;
        # nor "Prosecutors in Lisbon charged", where the name is the place of the subject's own phrase)
    giver = start >= trigger[1] and (
        (noun_trigger and _GIVER_AFTER_NOUN.fullmatch(body, trigger[1], start) is not None)
        or (_RECEIVING.fullmatch(body, trigger[0], trigger[1]) is not None
            and _GIVER_AFTER_OBJECT.fullmatch(body, trigger[1], start) is not None))
    venue = VENUE_MARKERS.search(before) and not giver and not _people_from(before, event_type) or (
        _TOWN_THEN_THE.search(before) and _PLACE_KIND_ENDS.match(body, end))
    if TOPIC_MARKERS.search(before) or venue or BYSTANDER_MARKERS.search(before):
        return False
    listed = _LIST_BEFORE.search(before)
    if listed and listed.start() > 0 and (_AND_OR_END.search(before) or _LIST_GOES_ON.match(body, end)) and not \
            _CALENDAR_WORD_IN.search(listed.group(0)):
        # a list's later member shares its first member's preposition: "for Norway, Sweden and Denmark", "in Oslo
        # and Stockholm" (not "met envoys of Norway and Sweden": the marker stands before the first member)
        head = before[:listed.start()]
        if TOPIC_MARKERS.search(head) or (VENUE_MARKERS.search(head) and not _people_from(head, event_type)) or \
                BYSTANDER_MARKERS.search(head):
            return False
    if in_coordinated_clause(body, start, end, trigger, noun_trigger, low):
        return False  # "Brazil beat Chile on Monday and Argentina drew with Peru": another clause's names
    if end <= trigger[0] and _PASSIVE_WHICH.fullmatch(body, end, trigger[0]) and not _done_to_its_party(body, trigger):
        return False  # "Police raided Varn Energy, which was condemned by ...": the antecedent is acted on
    if _PLACE_OF_RELATIVE.match(body, end) and event_type not in _VISITS:
        return False  # "moved to Peru, where Silva met Brenner": the place the clause locates the event in (a
        # visit's destination stays its host: "the first to visit Israel, where he went in 2005")
    if start >= trigger[1] and TOPIC_OPENER.search(body, trigger[1], start) and not _CLAUSE_END.search(
            body, trigger[1], start):
        return False  # "met ... to discuss the war in Sudan and tensions with Peru": all of it is the topic
    if start >= trigger[1] and (agent := _OBJECT_PARTICIPLE_AGENT.fullmatch(body, trigger[1], start)) and \
            agent.group(1).lower() not in PARTY_KEEPING_PARTICIPLES:
        return False  # "protested against the levy imposed by the ministry": the participle's agent, not the
        # protest's (but "met a delegation led by X": `PARTY_KEEPING_PARTICIPLES`)
    relative = _RELATIVE_AFTER.search(body, trigger[1], start) if start >= trigger[1] else None
    if relative and _OBJECT_WORD.search(body, trigger[1], relative.start()):
        return False  # "detained a smuggler who tried to swim to Romania": a clause about the object (not "the
        # bombing, in which ... in Tel Aviv", a clause about the trigger itself)
    other = _OTHER_EVENTS_PARTY.search(body, max(low, start - 60), start)
    noun_start = other.start(other.lastindex) if other else -1
    if other and not (trigger[0] <= noun_start < trigger[1]):
        return False  # "condemned Moscow for the invasion of Ukraine": Ukraine is the invasion's, not the condemnation's
    if _POSSESSIVE_AFTER.match(body[end:end + 4]):
        owned = _POSSESSED_WORDS.match(body[end:end + 50])
        if not (owned and any(_is_title(word) for word in owned.group(1).split())):
            return False  # "rejected Freedonia's remarks", "violated X's policy": the owner of another thing (but
            # "met the board's chairman", "Acme Shipping's chairman met": the body its officer acts for)
    if sentence_start is not None:
        dateline = _dateline(body, sentence_start, trigger)
        if dateline and end <= dateline.end():
            return False  # "Oslo, Norway, 10 February 2026 – Havtind announced": where the release was filed
        if main_clause_after_opening(body, sentence_start, trigger, start):
            return False  # "Ahead of Friday's meeting, France and Germany unveiled ...": the main clause's agents
    if end <= trigger[0] and governs_another_clause(body, end, trigger, event_type):
        return False
    if end <= trigger[0] and (link := _SUBORDINATE_BEFORE_TRIGGER.search(body, end, trigger[0])) and \
            _FINITE_VERB.search(body, end, link.start()):
        return False  # "Sanctions against Iran were discussed when Britain met India": the main clause's names
    elif event_type in _SPEECH_TYPES and _CONTENT_LINK.search(body, trigger[1], start):
        return False  # "Havtind announced that it has signed an agreement with Daesan": what was announced
    elif in_subordinate_clause(body, trigger[1], start, end):
        return False  # "will play a series in Lahore, before Pakistan leave for Australia": another clause's
    if _passive_with_agent(body, end, trigger, event_type):
        return False  # "The Varnholt water board was fined by the regulator": the act's agent is the "by" phrase's
    return True


# The gap between a passive's subject and its participle, and a "by" agent right after it (round eventsR44).
_PASSIVE_SUBJECT_GAP = re.compile(r"\s+(?:(?:" + "|".join(_PERFECT_OR_SEQUENCE) + r"|\w+ly)\s+)*(?:"
                                  + "|".join(_BE_FORMS) + r"|been|being)\s+(?:\w+ly\s+)?")
_BY_AGENT_RIGHT_AFTER = re.compile(r"(?:\s+(?:" + "|".join(_TIME_OPENERS) + r")\s+\w+)?\s+by\s+(?:the\s+)?[\w’'-]")


def _passive_with_agent(body: str, end: int, trigger: tuple[int, int], event_type: str) -> bool:
    """Whether the name ending at `end` is the subject of a passive trigger whose agent a "by" phrase right after
    names ("The Varnholt water board was fined by the regulator"), for an act of type "other" that is no contest
    (round eventsR44; with no agent written, "was fined on Monday", the body undergoing it stays a party)."""
    return event_type == "other" and end <= trigger[0] and bool(
        _PASSIVE_SUBJECT_GAP.fullmatch(body, end, trigger[0])) and bool(
        _BY_AGENT_RIGHT_AFTER.match(body, trigger[1])) and body[trigger[0]:trigger[1]].lower() not in \
        CONTEST_DEFEAT_VERBS


# A "by" agent inside the trigger's object phrase: a determiner opens the object, a past participle closes it before
# "by" ("protested against the levy imposed by", "criticised the new rules drawn up by"); group 1 is the participle.
_OBJECT_PARTICIPLE_AGENT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:against|on|over|at|about|with)\s+)?(?:the|a|an|its|his|her|their|this|that|these|those)\s+"
    r"(?:[\w’'-]+\s+){0,4}?([a-z][a-z-]+ed|" + "|".join(sorted(IRREGULAR_PAST | {
        "drawn", "given", "taken", "made", "written", "chosen", "set", "put", "brought", "laid", "shown"}))
    + r")(?:\s+up)?\s+by\s+(?:the\s+)?$")

_ACRONYM_OFFICER = re.compile(r"\b([A-Z][A-Z&]{1,7})((?:\s+[A-Z][a-z]+){1,3}),?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?")
_AFFILIATION_LINK = re.compile(r"\s+of\s+(?:the\s+)?$")

# "University of Varden, Lund students Ana Silva and ...": a body (and its campus) qualifying the people named after
# it by a plain noun (not a title: "Acme's chairman X" acts for Acme).
_QUALIFIED_PEOPLE = re.compile(r"(?:,\s+[A-Z][\w-]+)?\s+((?:[a-z][a-z-]*\s+){1,2})")
# People who belong to a body without acting for it (its officers, "Acme's chairman", do).
MEMBER_WORDS = frozenset("""
student students researcher researchers scientist scientists graduate graduates alumnus alumni fan fans customer
customers user users resident residents patient patients volunteer volunteers scholar scholars
""".split())


def _affiliation(body: str, start: int, people: list[tuple[int, int]], trigger: tuple[int, int],
                 end: int | None = None) -> bool:
    """Whether the organisation at `start` is a person's affiliation told before the trigger's own clause ("Prof
    Ana Holm of the University of Varden tells ... the previous eruption"), or qualifies the people named right
    after it ("University of Varden students Ana Silva and Jon Berg launched"): it acts only through them."""
    if end is not None:
        qualified = _QUALIFIED_PEOPLE.match(body, end)
        words = qualified.group(1).split() if qualified else []
        if qualified and any(p == qualified.end() for p, _ in people) and (
                words[-1] in MEMBER_WORDS or not any(_is_title(word) or word in BODY_OFFICER_TITLES for word in words)):
            return True
    link = _AFFILIATION_LINK.search(body, max(0, start - 12), start)
    if link is None or start > trigger[0]:
        return False
    return any(end == link.start() for _, end in people) and bool(
        re.search(r"[,;:]|\b(?:says|said|tells|told|adds|added)\b", body[start:trigger[0]]))


# "the board's chairman", "the party chairman", "talks with the alliance": an organisation taken up by its head
# word where it stands as a counterpart or as the body a titled person acts for (elsewhere "the party" is too
# often a topic: "urging the party to put the discord behind").
_DEFINITE_ORG = re.compile(r"\b(?-i:[Tt]he)\s+(?-i:([a-z]+))\b(?:['’]s)?(?=\s+(\w+))?")
# ... or as the possessor of the trigger noun: "the board's decision", "the authority's annual review".
_POSSESSED_TRIGGER = re.compile(r"\s+(?:[a-z-]+\s+)?")
_AND_AFTER = re.compile(r"\s+and\s+")
_POSSESSIVE_S = re.compile(r"['’]s?\s+")
_CONTEST = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, CONTEST_WORDS), key=len, reverse=True)) + r")\b",
                      re.I)
# A definite subject of an organisation's head word, with one modifier at most: "the authority", "the provincial
# council", "its board".
_DEFINITE_HEAD = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?([a-z]+)")
_DESCRIPTOR_ONLY = re.compile(_DESCRIPTOR_WORDS, re.I)  # a company's descriptor: "the carmaker"
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:.*[,;]\s*|[\s\"“‘(]*)", re.S)  # nothing, or a clause's comma, before
_COUNTERPART_BEFORE = re.compile(r"\b(?:with|between|by|against|and)\s+$", re.I)

_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")

_STATE_BODIES = frozenset("embassy consulate mission forces force military".split())
# A demonym before a company's descriptor, two modifiers at most between ("the Chilean mining company Andacobre",
# "a Danish shipping firm"): the company's nationality, not a party (the company acts, its state does not).
_COMPANY_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+" + _DESCRIPTOR_WORDS + r"\b", re.I)
# ... not a descriptor word naming a person or a state's own craft ("Chilean lawmaker", "French aircraft carrier")
NOT_COMPANY_DESCRIPTIONS = re.compile(r"\b(?:law|policy|peace|king|deal)maker|\baircraft\s+carrier", re.I)
_NAME_AFTER = re.compile(r" ((?:[A-Z][a-z’'-]+ ?)+)")
# Words that end the demonym's own noun phrase before the company's descriptor: the demonym then modifies another
# noun ("Kenyan officials met company executives", "Spanish officials and airline executives"): a person or state
# agent head (titles, STATE_AGENT_HEADS), a function word or the verb between ("met", "and", "with").
PHRASE_ENDING_WORDS = frozenset({"met", "meets", "meet", "joined", "and", "or", "with", "nor"})


def _modifies_company(gap: str) -> bool:
    """Whether the words between a demonym and a company's descriptor (`gap`, descriptor last) are modifiers of
    that descriptor ("mining company", "state-owned oil company"), not the end of a phrase of its own."""
    words = gap.split()[:-1]
    return not any(word.lower() in PHRASE_ENDING_WORDS or word.lower() in FUNCTION_WORDS
                   or word.lower() in STATE_AGENT_HEADS or _is_title(word) for word in words)


def _inside_other_name(body: str, end: int) -> bool:
    """Whether the country or demonym ending at `end` begins a longer capitalised name that is no body, office or
    title ("French Guiana", "Guinea Fowl"; but "Prime Minister", "Coast Guard", "Supreme Court" act for it)."""
    run = _NAME_AFTER.match(body, end)
    if run is None:
        return False
    # (any word of the run: "Thai Industry Minister Siriporn" runs on into the minister's name)
    return not any(_is_title(word) or word in ORG_HEADS or word.rstrip("s") in ORG_HEADS or word in _STATE_BODIES
                   or _GOVERNMENT_AFTER.match(" " + word) for word in run.group(1).lower().split())


def _titled_after(body: str, end: int) -> bool:
    """Whether a title word follows `end` ("European leaders", "European ministers", "European officials")."""
    match = _NEXT_WORD.match(body, end, end + 40)
    if not match:
        return False
    return _is_title(match.group(1))


# A demonym's state officer after it, past coordinated demonyms and two modifiers: "The Indian and Australian
# trade ministers", "the Chilean foreign minister" (an office of the state, not "the Danish investor").
_OFFICER_AFTER = re.compile(r"(?:\s+and\s+[A-Z][a-z]+)*((?:\s+[A-Za-z-]+){1,3})")  # (a title capitalised too:
# "Kyrgyz Deputy Prime Minister Osmonov")
# (named offices only: "officials" and "diplomats" are as often the background of another event, "annual
# meetings between senior Chinese and American officials")
STATE_OFFICES = frozenset("""
minister ministers president presidents premier premiers chancellor ambassador ambassadors envoy envoys secretary
king queen emperor empress
""".split())

# A demonym and an office right before a person's name, a portfolio or a qualifier between: "Croatian Economy
# Minister Tomislav Barić", "his Azerbaijani counterpart Elnur Mammadli" (a counterpart holds the other's office).
_OFFICER_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)((?:\s+[A-Za-z-]+){1,3}?)\s+$")
_OFFICER_APPOSED = re.compile(r",\s+(?:his|her|their|its|the)\s+([A-Z][a-z]+)((?:\s+[A-Za-z-]+){1,3}?)\s*(?=[,.;]|$)")
# ... or a state's possessive and an office, the name in apposition or right after: "Sweden's foreign minister,
# Karin Lund", "Norway's Prime Minister Jonas Holm"
# ... or a longer portfolio of capitalised words and links: "Albanian Tourism and Environment Minister Elona Dervishi"
_OFFICER_LONG_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)((?:\s+(?:[A-Z][A-Za-z-]+|and|of|for|the)){4,5}?)\s+$")
_STATE_OFFICER_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)['’]s((?:\s+[A-Za-z-]+){1,3}?)"
                                   r"\s*,?\s+$")
_OFFICER_BEFORE_REACH = 50
# ... or in apposition after the name with the portfolio after "of" ("Faisal Al-Harbi, the Saudi deputy minister of
# energy,"; the office is the word before "of") or by the state's possessive ("Karl Brenner, Norway's deputy energy
# minister,")
_OFFICER_APPOSED_OF = re.compile(r",\s+(?:his|her|their|its|the)\s+([A-Z][a-z]+)((?:\s+[A-Za-z-]+){1,3}?)\s+(?:of|for)\s+"
                                 r"(?:the\s+)?[A-Za-z-]+(?:\s+(?:and\s+)?[A-Za-z-]+){0,2}?\s*(?=[,.;]|$)")
_STATE_OFFICER_APPOSED = re.compile(r",\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)['’]s((?:\s+[A-Za-z-]+){1,3}?)"
                                    r"\s*(?=[,.;]|$)")


def officer_country(body: str, spans: list[tuple[int, int]]) -> str | None:
    """The country a person acts for as its officer, read at any of their mentions (`spans`) that a demonym and a
    state office stand before ("French Trade Minister Ana Silva") or follow in apposition ("Karl Brenner, her
    Danish counterpart,"); none for a demonym before a private trade ("Danish investor Karl Brenner")."""
    for start, end in spans:
        for match in (_OFFICER_BEFORE.search(body, max(0, start - _OFFICER_BEFORE_REACH), start),
                      _OFFICER_APPOSED.match(body, end, end + _OFFICER_BEFORE_REACH),
                      _OFFICER_APPOSED_OF.match(body, end, end + 2 * _OFFICER_BEFORE_REACH),
                      _OFFICER_LONG_BEFORE.search(body, max(0, start - _OFFICER_BEFORE_REACH), start)):
            if match is None:
                continue
            office = match.group(2).split()[-1].lower()
            country = country_of_demonym(match.group(1))
            if country and (office in STATE_OFFICES or office == "counterpart"):
                return country
        possessive = _STATE_OFFICER_BEFORE.search(body, max(0, start - _OFFICER_BEFORE_REACH), start) or (
            _STATE_OFFICER_APPOSED.match(body, end, end + _OFFICER_BEFORE_REACH))
        if possessive is not None and demonyms_of(possessive.group(1)) and (
                possessive.group(2).split()[-1].lower() in STATE_OFFICES):
            return possessive.group(1)
    return None


# A capitalised word written right before a body's name of several words makes it part of a longer name.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b(?!(?:The|A|An|In|On|At|By|For)\b)(?-i:[A-Z][a-z]+)\s+$")


_RELATIVE_BETWEEN = re.compile(r",\s*(?:which|who|whom)\b")


def _officer_after(body: str, end: int) -> bool:
    match = _OFFICER_AFTER.match(body, end, end + 60)
    return match is not None and any(word.lower() in STATE_OFFICES for word in match.group(1).split())


# An apposition between a subject and its verb: "Blue Harbor, the Brenn shipping company, opened".
_APPOSITION_BEFORE_VERB = re.compile(r",\s+(?:the|an?)\s+[^,;:.()\"“”]{1,80},(?:\s+(?:has|have|had|was|were|is|are|will|"
                                     r"would|also|first|then|later|\w+ly))*\s*")
# A speech verb between its subject and the statement it was made in: "Vento Azul said in a statement", "... announced
# in a joint press release".
_SAID_IN = re.compile(r"\s+(?:said|says|announced|added|wrote|stated)\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its|their|the)\s+"
                      r"(?:[\w-]+\s+){0,2}", re.I)
_COORDINATED_VERB = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$")
_CLAUSE_LINK = re.compile(r"[,;:]|\b(?:that|which|who|after|before|because|when|while|as|if|since|until)\b")


# A body's officer as the subject, the body's possessive and the title before the name: "Metroline's chief
# executive, Clara Webb, met" (the officer acts for the body).
_OFFICER_TITLE = re.compile(r"['’]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+),?\s+")
_OFFICER_TO_VERB = re.compile(r",?\s+(?:(?:has|have|had|also|then|later|first|will|would)\s+)*")


def _officer_subject(body: str, start: int, end: int, trigger: tuple[int, int], people: list[tuple[int, int]],
                     sentence_start: int | None) -> bool:
    """Whether the name at [start, end), opening its sentence or clause, owns the titled person who is the subject
    of the trigger's verb (not "A critic of Metroline's chief executive, Clara Webb, met")."""
    if sentence_start is None or _CLAUSE_OPENING_BEFORE.fullmatch(
            body, max(sentence_start, start - 30), start) is None and body[
            max(sentence_start, start - 4):start] not in ("The ", "the "):
        return False
    title = _OFFICER_TITLE.match(body, end, trigger[0])
    if title is None or not any(_is_title(word) for word in title.group(1).split()):
        return False
    return any(start == title.end() and _OFFICER_TO_VERB.fullmatch(body, person_end, trigger[0])
               for start, person_end in people)


def _shares_subject(body: str, start: int, end: int, trigger: tuple[int, int], sentence_start: int | None) -> bool:
    """Whether the name at [start, end) opens the sentence as the subject of a verb the trigger is coordinated
    with by "and", with no clause between ("Varda opened a plant in 2008 and closed it in 2022")."""
    if sentence_start is None or body[sentence_start:start].strip(" \"“‘(") not in ("", "The"):
        return False
    return (_COORDINATED_VERB.search(body, end, trigger[0]) is not None
            and not _CLAUSE_LINK.search(body, end, trigger[0]))


# A capitalised run opening a sentence as its subject: a verb (or its auxiliary) follows it.
_OPENING_SUBJECT = re.compile(r"[\s\"“‘(]*((?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)\s+(?:[a-z]+ly\s+)?"
                              r"(?:will|would|has|had|have|is|was|said|" + _PAST_VERB[3:-3] + r"|[a-z]+s)\b")


def _sentence_subject(body: str, sentence_start: int, limit: int, people: list[tuple[int, int]],
                      hits: list[GazetteerHit]) -> str | None:
    """The name that opens the sentence at `sentence_start` as its subject, before `limit`, when it is no person,
    no place or state the gazetteer knows, and no title or function word: the organisation a later "the company"
    of the sentence takes up."""
    opening = _OPENING_SUBJECT.match(body, sentence_start, limit)
    if opening is None:
        return None
    start, end = _trim(body, opening.start(1), opening.end(1))
    words = body[start:end].lower().split()
    if end <= start or any(a < end and start < b for a, b in people) or any(
            hit.start < end and start < hit.end for hit in hits) or any(
            _is_title(word) or word in FUNCTION_WORDS for word in words):
        return None
    return organisation_name(body[start:end])


# The subject of the verb whose object a trigger noun is: "Varden Ferries has cancelled all of Sunday's crossings",
# "Holm Arena postponed Saturday's concert" (the one who acted on the event is its party).
_GOVERNING_SUBJECT = re.compile(
    r"(?<![\w’'-])((?-i:[A-Z][\w’'&.-]*)(?:\s+(?-i:[A-Z][\w’'&.-]*))*)\s+(?:(?:has|have|had|also|\w+ly)\s+)?"
    r"(?-i:[a-z]+ed|held|hosted|won|lost|began|led)\s+(?:(?:all|some|most|one|two|three)\s+of\s+)?"
    r"(?:(?:the|its|their|a|an|this|next|last)\s+)?(?:[\w’'-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}$")


def _governing_subject(body: str, trigger: tuple[int, int], low: int) -> Subject | None:
    """The capitalised subject of the verb that takes the trigger noun as its object, within [low, trigger)."""
    found = _GOVERNING_SUBJECT.search(body, max(low, trigger[0] - 120), trigger[0])
    if found is None or any(word.lower() in REACTION_VERBS for word in body[found.end(1):found.end()].split()):
        return None  # (one who reacts to the event, "condemned the attack", is none of its parties)
    start, end = _trim(body, found.start(1), found.end(1))
    return Subject(start, end, body[start:end]) if end > start else None


# A one-word capitalised subject is an unknown body when it acts (no passive between it and the trigger), is no
# given name, town or common word capitalised, and the article never writes it as a place ("in X", "to X").
# (a "be" before a semi-modal's "to" is no passive: "The Storting is set to vote", `orgnames.SEMI_MODALS`)
_PASSIVE_BETWEEN = re.compile(r"\b(?:was|were|is|are|been|being|be|got)\b(?!(?:\s+(?:also|\w+ly))?\s+(?:"
                              + "|".join(SEMI_MODALS) + r")\s+to\b)", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OF_BEFORE = re.compile(r"\b(?:of|for|from|with)\s+(?:the\s+)?$")
# ... but a common plural capitalised after "the" in running text is a side's name ("The Kestrels held off the
# Lions", "beat the Ospreys 31-17"): a lower-case word, a score or punctuation follows it (a title-case headline,
# "The Protesters Marched On", capitalises its verb too)
_NAMED_PLURAL = re.compile(r"\s*(?:(?-i:[a-z])|\d|[,.;:!?)])")
_UNKNOWN_AGENT = re.compile(r"(?-i:[A-Z][a-z]{3,}|[A-Z][a-z]+[A-Z][a-z]+)")


_WHICH_AFTER = re.compile(r"\s*,\s*which\b")  # a non-restrictive relative clause on a thing


def _unknown_agent(body: str, subject: Subject, trigger: tuple[int, int], known: ArticleOrganisations,
                   names_written: Mapping[str, int]) -> bool:
    word = subject.text
    lower = word.lower()
    if not _UNKNOWN_AGENT.fullmatch(word) or lower in _NOT_NAMES or lower in FUNCTION_WORDS or _is_title(lower):
        return False
    if lower.endswith("men") or (lower in common_plurals() and not (
            _THE_BEFORE.search(body, max(0, subject.start - 4), subject.start)
            and _NAMED_PLURAL.match(body, subject.end))):
        return False  # "Gunmen attacked", "Residents fled": common nouns opening the sentence
    if _OF_BEFORE.search(body, max(0, subject.start - 10), subject.start):
        return False  # "Leyla Silva of the Greens has won": the winner's party, an affiliation
    if names_written.get(word, 0) < 2 and not _THE_BEFORE.search(body, max(0, subject.start - 4), subject.start):
        return False  # (written once, without "The", it may be any common noun: "Fire broke out")
    if _PASSIVE_BETWEEN.search(body, subject.end, trigger[0]) or is_given_name(word) or place_country(word):
        return False
    if find_places_and_organisations(word) or lower in known.lower_words():
        return False
    return re.search(r"\b(?:in|at|near|to|from|into|outside|around)\s+(?:the\s+)?" + re.escape(word) + r"\b",
                     body) is None


# A contest told by the winner's verb and its beaten side (`eventwords.CONTEST_DEFEAT_VERBS`): the object, a name
# (after "the" or not, one word or two) followed by the score, punctuation or a function word ("beat the Bulls
# 27-24", "held off the Sharks on Sunday"). Not a noun phrase it only qualifies ("beat the Bulls defence"), nor a
# possessive ("beat Monday's deadline").
_CONTEST_OBJECT = re.compile(r"(?:\s+off)?\s+(?:the\s+)?((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)"
                             r"(?=\s*(?:\d|[,.;:!?)—–]|$)|\s+([a-z]+)\b)")


_CONTEST_OBJECT_GAP = re.compile(r"(?:\s+off)?\s+(?:the\s+)?")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _contest_qualifier(body: str, trigger: tuple[int, int], start: int, end: int) -> bool:
    """Whether the name at body[start:end], the object of a win verb at `trigger`, only qualifies the noun after
    it ("beat the Budget Office forecast"): a lower-case word that is no function word follows it, as
    `_CONTEST_OBJECT` reads a side."""
    verb = body[trigger[0]:trigger[1]].lower()
    if verb not in CONTEST_DEFEAT_VERBS and verb not in CONTEST_DEFEAT_WITH_OFF:
        return False
    if not _CONTEST_OBJECT_GAP.fullmatch(body, trigger[1], start):
        return False
    after = _LOWER_WORD_AFTER.match(body, end)
    return after is not None and after.group(1) not in FUNCTION_WORDS


def _contest_opponent(body: str, trigger: tuple[int, int], subject: Subject, people: list[tuple[int, int]],
                      hits: list[GazetteerHit], known: ArticleOrganisations, names_written: Mapping[str, int]
                      ) -> str | None:
    """The beaten side of a contest whose winner, the subject, was read as a party ("The Stormers beat the Bulls"),
    by the rules that read a body no table knows as a subject (`_unknown_agent`: written twice or after "the",
    no common plural, given name or place) or one the article named; a country or body the gazetteer knows is
    read by the gazetteer rules already. None when the verb is no contest's or the object no such name."""
    verb = body[trigger[0]:trigger[1]].lower()
    if verb not in CONTEST_DEFEAT_VERBS and verb not in CONTEST_DEFEAT_WITH_OFF:
        return None
    match = _CONTEST_OBJECT.match(body, trigger[1])
    if match is None or (verb in CONTEST_DEFEAT_WITH_OFF and not match.group(0).lstrip().startswith("off")) or (match.group(2) and match.group(2) not in FUNCTION_WORDS):
        return None
    start, end = match.span(1)
    if any(a < end and start < b for a, b in people) or any(hit.start < end and start < hit.end for hit in hits):
        return None
    words = match.group(1).split()
    if len(words) == 1:
        short = known.refers_to(words[0], start, by_head=False)
        if short:
            return short
        return words[0] if not (words[0].lower() in ORG_HEADS and known.opens_any(words[0], start)) and _unknown_agent(
            body, Subject(start, end, words[0]), (end, end), known, names_written) else None
        # (not "the Ministry" after two ministries named: a stand-in, `ArticleEntities`)
    name = match.group(1)
    return name if names_written.get(name, 0) >= 2 and not any(
        is_given_name(word) or place_country(word) for word in words) else None


# The beaten side of a defeat told with its score right after it ("beat Vale Athletic 2-1", "edged the Vale Stags
# 1-0"): a capitalised side of two to four words, the score following (round eventsR31)
_SCORED_DEFEAT = re.compile(r"\s+(?:the\s+)?((?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})\s+"
                            r"\d{1,3}\s*[-–]\s*\d{1,3}\b(?![-–]\d)")


# A beaten "side" that is a measure put to a vote ("defeated the Finance Bill 210-180"): a tally, not a match
_VOTED_MEASURE_HEADS = frozenset({"bill", "motion", "amendment", "act", "resolution", "budget", "proposal", "treaty"})


def _scored_defeat(body: str, trigger: tuple[int, int], people: list[tuple[int, int]]) -> str | None:
    """The beaten side of a defeat verb at `trigger` (`eventwords.CONTEST_DEFEAT_VERBS`) when the score follows it
    right after ("Kestrel Rovers beat Vale Athletic 2-1"): then both sides are teams, parties of the match though
    no table knows them. None otherwise, or when the side is a person's name or holds a common word."""
    if body[trigger[0]:trigger[1]].lower() not in CONTEST_DEFEAT_VERBS:
        return None
    match = _SCORED_DEFEAT.match(body, trigger[1])
    if match is None or any(a < match.end(1) and match.start(1) < b for a, b in people):
        return None
    words = match.group(1).split()
    if len(words) < 2 or words[-1].lower() in _VOTED_MEASURE_HEADS:
        return None  # (one word is left to `_contest_opponent`: "beat Tigers 20-10", written once, is no side read)
    if any(w.lower() in _NOT_NAMES or w.lower() in FUNCTION_WORDS for w in words) or is_given_name(words[0]):
        return None  # (a given name first: a person, "beat Maria Lopez 6-4")
    return match.group(1)


# A scoreline's two sides after a verb of giving: "gave Hearts a 2-1 win over Aberdeen", "handed Cork City a late
# 1-0 victory against Shelbourne", "a dramatic win over Shelbourne" (capitalised sides of up to three words; a score
# of digits or none: the win over a side is the contest)
_SIDE = r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
_SCORED_SIDES = re.compile(r"\s+" + _SIDE + r"\s+(?:a|an|their|its)\s+(?:[a-z]+\s+)?(?:\d{1,2}[-–]\d{1,2}\s+)?"
                           r"(?:win|victory|draw|away\s+win|home\s+win)\s+(?:over|against|with|at)\s+" + _SIDE)
_GIVING_VERBS = frozenset({"gave", "give", "gives", "giving", "handed", "hand", "hands"})


def _scored_sides(body: str, trigger: tuple[int, int], people: list[tuple[int, int]]) -> list[str]:
    """The two teams of a scoreline after a verb of giving at `trigger` (a team is a party only in such a sports
    pattern), neither a person's name; [] otherwise."""
    if body[trigger[0]:trigger[1]].lower() not in _GIVING_VERBS:
        return []
    match = _SCORED_SIDES.match(body, trigger[1])
    if match is None or any(a < match.end(group) and match.start(group) < b for group in (1, 2) for a, b in people):
        return []
    return [match.group(1), match.group(2)]


# A subject capitalised only as its sentence's first word, all its words lower-case after a determiner: a common
# noun phrase, no body's name ("A militant group attacked", "Some rebel units withdrew")
_COMMON_NOUN_PHRASE = re.compile(r"(?:An?|The|Some|Several|Many)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*")
# A people noun and of/to/at before a name ("Residents of Glen Mills", "Visitors to Arden Mills", "Workers at Brenn
# Refinery"): the people act, the name after is where they live, go or work, no actor (round 9).
_PEOPLE_OF = re.compile(r"(?:Residents|Visitors|Workers|Staff|Employees|Patients|Guests|Customers|Passengers|Pupils|"
                        r"Students|Families|Tenants)\s+(?:of|to|at|from|in)\s+")
_PEOPLE_OF_BEFORE = re.compile(r"\b(?i:residents|visitors|workers|staff|employees|patients|guests|customers|"
                               r"passengers|pupils|students|families|tenants)\s+(?:of|to|at|from|in)\s+(?:the\s+)?$")


# The other signer after "with" ("signed an agreement with X", "signed a deal with X", "signed with X"): nothing
# but a few object words between the trigger and "with", and a capitalised name of two to five words after it.
_WITH_SIGNER = re.compile(r"(?:\s+(?:an?|the|its|their)?\s*(?:[a-z-]+\s+){0,3}?)?\s*with\s+(?:the\s+)?"
                          r"((?-i:[A-Z][\w&’'-]*)(?:\s+(?-i:[A-Z][\w&’'-]*)){1,4})")


def _signing_counterpart(body: str, trigger: tuple[int, int], high: int, people: list[tuple[int, int]],
                         hits: list[GazetteerHit]) -> str | None:
    """The name after "with" a signing's trigger is followed by, when it is a body no table knows: two words or
    more, no person (nor a title: "Prime Minister Tarn Vell"), no gazetteer hit (a country is read as one),
    no common word."""
    found = _WITH_SIGNER.match(body, trigger[1], high)
    if found is None:
        return None
    start, end = found.span(1)
    words = found.group(1).split()
    if any(a < end and start < b for a, b in people) or any(hit.start < end and start < hit.end for hit in hits):
        return None
    if any(w.lower() in _NOT_NAMES or w.lower() in FUNCTION_WORDS or _is_title(w.lower()) for w in words):
        return None
    if place_country(found.group(1)) or find_places_and_organisations(found.group(1)):
        return None
    return found.group(1)


def event_actors(body: str, trigger: tuple[int, int], window: tuple[int, int], hits: list[GazetteerHit],
                 people: list[tuple[int, int]], acronyms: dict[str, str], event_type: str,
                 subject: Subject | None, names_written: Mapping[str, int], sentence_start: int | None = None,
                 known: ArticleOrganisations = _NO_ORGANISATIONS,
                 said: list[tuple[int, int]] = (), named_people: PeopleIndex | None = None) -> list[str]:
    """The countries and organisations that are parties to the event at `trigger`, read in `window` (the
    trigger's clause and its neighbourhood within the sentence). `names_written`: `written_counts(body)`;
    `known`: the article's `ArticleOrganisations`, for names that refer back to an organisation; `said`: quotations
    the trigger is not in (what was said names no party of the saying)."""
    low, high = window
    actors: list[str] = []
    demonyms_count = event_type in ("meeting", "visit", "phone_call", "delegation_visit", "war", "attack",
                                    "diplomatic_relations")
    # (a name never runs across a line: "told RTS.\n\nGovernment declares ..." is a sentence's end and a headline)
    organisations = [(start, end, name) for start, end, name in organisation_names(body, low, high, people, acronyms)
                     if not any(a <= start < b for a, b in said) and "\n" not in name]
    taken: list[tuple[int, int]] = []
    # "the Oslo city council": a capital the gazetteer knows opening a local body's name is the body's town, not its
    # state (`orgnames._LOCAL_BODY`, read by `_named_by_shape` below, as for a town the gazetteer does not know)
    town_of_body = {hit.start for hit in hits if hit.kind == "capital" and (
        local := _LOCAL_BODY.match(body, hit.start)) and local.end(1) == hit.end}
    hits = [hit for hit in hits if hit.start not in town_of_body]
    # "the City of Helsinki": the town's own government, one body (`orgnames.TOWN_OF_BODY`), not the town or its
    # state; a longer body read by its head word ("City of Varnby Council") keeps its own name
    for town_body in TOWN_OF_BODY.finditer(body, low, high):
        span = town_body.span()
        if any(a < span[1] and span[0] < b for a, b in people):
            continue
        hits = [hit for hit in hits if not (span[0] <= hit.start and hit.end <= span[1])]
        if TOWN_OF_BODY_PASSIVE.match(body, span[1]) or (event_type == "attack" and TOWN_OF_BODY_OBJECT.search(
                body, max(0, span[0] - 40), span[0])):
            continue  # (a passive's patient, "The City of Kharkiv was shelled", or an attack's object, "Rebels
            # shelled the City of Kyiv": the town was hit, no body acted, nor its state; a lawsuit's or a deal's
            # object is a party: "Halvex sued the City of Oslo")
        if not any(start <= span[0] and span[1] <= end for start, end, _ in organisations):
            organisations = sorted(organisations + [(span[0], span[1], town_body.group(0))])
    for hit in hits:
        if not (low <= hit.start and hit.end <= high):
            continue
        if hit.kind == "demonym" and _PRIVATE_PEOPLE_AFTER.match(body, hit.end):
            continue  # "Chinese students held a meeting", "Polish tourists signed": a nationality, no party
        if hit.kind == "demonym" and _TEAM_SIDE_AFTER.match(body, hit.end) and (
                _CONTEST.search(body, low, high) or _SCORE.search(body, low, high)):
            continue  # "The Brazilian side beat Chelsea 2-0": a team's nationality, no state's side
        if hit.kind == "demonym" and not demonyms_count and not (hit.country and (
                _GOVERNMENT_AFTER.match(body, hit.end) or _officer_after(body, hit.end)
                or (hit.end <= trigger[0] and _SIDE_AFTER.match(body, hit.end)
                    and not _SIDE_CLAUSE_BREAK.search(body, hit.end, trigger[0]))) and not (
                hit.end <= trigger[0] and _RELATIVE_BETWEEN.search(body, hit.end, trigger[0]))):
            # (an officer before a relative clause holding the trigger is its antecedent's: "signed with the
            # Danish Minister of Culture, which was then condemned by ...")
            continue
        if (hit.kind == "country" and not demonyms_count and (hit.start >= trigger[1] or _PREPOSITION_BEFORE.search(
                body, max(0, hit.start - 25), hit.start))
                and _COMMON_NOUN_AFTER.match(body, hit.end) and not _titled_after(body, hit.end)
                and not _GOVERNMENT_AFTER.match(body, hit.end)):
            continue  # "a survey of U.S. moviegoers", "a report on top U.S. rental car companies", "would turn U.S.
            # drug maker X into": a qualifier (before the trigger, "U.S. regulators approved", it is the agent's)
        if hit.kind == "organisation" and " " in hit.surface and _NAME_WORD_BEFORE.search(
                body, max(0, hit.start - 30), hit.start):
            continue  # "the White House National Security Council": a longer name, another body
        if hit.kind == "country" and not demonyms_count and (owner := _POSSESSIVE_S.match(body, hit.end)) and any(
                start == owner.end() for start, _ in people) and _CONTEST.search(body, low, high):
            continue  # "Kenya's Ana Silva won": the winner's nationality (a gathering's members act for theirs, and
            # a signing's: "Kenya's Ana Silva signed a deal with ...")
        if event_type == "other" and hit.kind in ("country", "capital", "region") and force_of_nature(
                body, trigger) and _OBJECT_GAP.fullmatch(body, trigger[1], hit.start):
            continue  # "Cyclone Evan struck Apia": the land hit is the place, not a party (an attack's target is one)
        if hit.kind in ("country", "capital") and _route_end(body, hit.start, hit.end):
            continue  # "its Oslo-Rome flights", "the Warsaw–Seoul route": a route's end, a place
        if hit.kind in ("country", "demonym") and _inside_other_name(body, hit.end):
            continue  # "French Guiana", "On Becoming a Guinea Fowl", "Chinese New Year": a word of another name
        if hit.kind == "demonym" and (company := _COMPANY_AFTER.match(body, hit.end)) and body[
                hit.end:hit.end + 1] == " " and not NOT_COMPANY_DESCRIPTIONS.search(company.group(0)) and \
                _modifies_company(company.group(0)):
            continue  # "the Chilean mining company Andacobre": whose the company is, not who acted
        if hit.kind == "demonym" and _REGION_BEFORE.search(body, max(0, hit.start - 10), hit.start):
            continue  # "North American leaders", "Latin American states": a region's people, not the country's
        if hit.kind == "demonym" and not hit.country and not _titled_after(body, hit.end):
            continue  # a body's demonym names it only for those who act for it: "European leaders", not citizens
        if hit.kind not in ("organisation", "ministry") and any(
                a <= hit.start and hit.end <= b and (a, b) != (hit.start, hit.end) for a, b, _ in organisations):
            continue  # "Pakistan" in "Pakistan Cricket Board", "Australian Government": the body acts
        if not _role_ok(body, hit.start, hit.end, trigger, low, sentence_start, event_type):
            continue
        # (a region is a place, never a party; a body's demonym, "European", stands for the body)
        name = (hit.canonical if hit.kind in ("organisation", "ministry") or (hit.kind == "demonym" and not hit.country)
                else hit.country)
        taken.append((hit.start, hit.end))
        if name and name not in actors:
            actors.append(name)
    for start, end, name in organisations:
        if any(a < end and start < b for a, b in taken) or not _role_ok(body, start, end, trigger, low,
                                                                        sentence_start, event_type):
            continue
        if _affiliation(body, start, people, trigger, end):
            continue
        if _PEOPLE_OF.match(name) or _PEOPLE_OF_BEFORE.search(body, max(0, start - 30), start):
            continue  # "Residents of Glen Mills protested", "Workers at Brenn Refinery went on strike": the people
        if _contest_qualifier(body, trigger, start, end):
            continue  # "The Harriers beat the Budget Office forecast": the forecast was beaten, not its owner
        taken.append((start, end))
        if name not in actors:
            actors.append(name)
    # An officer titled by the acronym of their body, then named ("by the LHDA Chief Executive, Mr Tsepo Lebesa"):
    # the officer acts for the body the article defined that acronym for, as a party of the officer's own act.
    for match in _ACRONYM_OFFICER.finditer(body, low, high):
        name = acronyms.get(match.group(1))
        if name is None or name in actors or not all(_is_title(w.lower()) for w in match.group(2).split()):
            continue
        if not any(start == match.end() for start, _ in people) or any(
                a < match.end(1) and match.start(1) < b for a, b in taken):
            continue
        if not _role_ok(body, match.start(1), match.end(1), trigger, low, sentence_start, event_type):
            continue
        taken.append(match.span(1))
        actors.append(name)
    # One word naming an organisation by its shape in the article: the organ of a body before "of" ("the board of
    # Varden approved"), the first word of one named in full before ("a contract with Holmsen", "met Holmsen
    # president Sato"), or a one-word company a descriptor shows (`ArticleOrganisations.is_company`).
    for start, end, name in _named_by_shape(body, low, high, known, taken + people + [(hit.start, hit.end)
                                                                                      for hit in hits]):
        if end <= trigger[0] and not (_TRAILING_LINK.fullmatch(body, end, trigger[0])
                                      or _APPOSITION_BEFORE_VERB.fullmatch(body, end, trigger[0])
                                      or _SAID_IN.fullmatch(body, end, trigger[0])
                                      or _shares_subject(body, start, end, trigger, sentence_start)
                                      or _officer_subject(body, start, end, trigger, people, sentence_start)):
            continue  # before the trigger only as its subject ("The board of Varden approved", "Varda opened a
            # plant in 2008 and closed it", "Vento Azul said in a statement"); the subject rule below reads a
            # one-word subject
        if any(a < end and start < b for a, b in taken + people) or any(
                hit.start < end and start < hit.end for hit in hits) or not _role_ok(
                body, start, end, trigger, low, sentence_start, event_type):
            continue
        taken.append((start, end))
        if name not in actors:
            actors.append(name)
    # "the board's chairman", "the alliance": an organisation named before, taken up by its head word
    for match in _DEFINITE_ORG.finditer(body, low, high):
        if (match.group(1) not in ORG_HEADS and not _DESCRIPTOR_ONLY.fullmatch(match.group(1))) or any(
                a < match.end() and match.start() < b for a, b in taken):
            continue
        titled = (match.group(2) or "").lower() in TITLE_WORDS
        owns_trigger = match.group(0).endswith("s") and _POSSESSED_TRIGGER.fullmatch(body, match.end(), trigger[0])
        # "The university and the ministry signed": the first of two subjects opening the sentence
        first_subject = (sentence_start is not None and match.end() < trigger[0]
                         and _AND_AFTER.match(body, match.end()) is not None
                         and 0 <= match.start() - sentence_start <= 6  # (a bounded look: linear cost)
                         and body[sentence_start:match.start()].strip(" \"“‘(") == ""
                         and not _CLAUSE_LINK.search(body, match.end(), trigger[0]))
        # "The ministry said in a statement": the speaker of the statement the trigger names
        # (opening its sentence or clause: not "Critics of the authority said in a statement")
        said_in = (match.end() <= trigger[0] and _SAID_IN.fullmatch(body, match.end(), trigger[0]) is not None
                   and sentence_start is not None and _CLAUSE_OPENING_BEFORE.fullmatch(
                       body, max(sentence_start, match.start() - 30), match.start()) is not None)
        if not titled and not owns_trigger and not first_subject and not said_in and not _COUNTERPART_BEFORE.search(
                body, max(low, match.start() - 12), match.start()):
            continue
        name = known.refers_to(match.group(1), match.start(), by_head=True) if match.group(1) in ORG_HEADS else (
            known.described_by(match.group(1), match.start()))  # "the carmaker": the company so described
        if name and name not in actors and _role_ok(body, match.start(), match.end(), trigger, low,
                                                     sentence_start, event_type):
            actors.append(name)
    if subject is not None and _passive_with_agent(body, subject.end, trigger, event_type):
        subject = None  # ("The Varnholt water board was fined by the regulator": acted on, no actor)
    if (subject is None or re.sub(r"['’]s?$", "", subject.text).lower() in _NOT_NAMES) and body[
            trigger[0]:trigger[1]].lower() in ALL_EVENT_NOUNS:
        # (a day's possessive is no subject: "Sunday's crossings")
        subject = _governing_subject(body, trigger, low) or subject  # "Varden Ferries has cancelled Sunday's crossings"
    described = subject is not None and _COMPANY_DESCRIPTOR.search(body, max(0, subject.start - 30), subject.start)
    performing = body[trigger[0]:trigger[1]].split()[:1] and body[trigger[0]:trigger[1]].split()[0].lower() in \
        PERFORMING_VERBS  # ("The company performed": a dance or theatre company, no firm to take up)
    if subject is not None and _DESCRIPTOR_SUBJECT.fullmatch(subject.text) and not performing:
        # "The company opened", "the firm announced": the subject opening its own sentence ("Blue Harbor will
        # sell the plant that the company opened") or the organisation named just before, never the words
        name = None
        if sentence_start is not None and sentence_start < subject.start:
            # (a titled teller's company first: "Brenner, chief executive of Velk Robotics, said the company would")
            name = teller_employer(body, subject.start, sentence_start, "company", named_people or _NO_PEOPLE) or _sentence_subject(
                body, sentence_start, subject.start, people, hits)
        name = name or known.opening_before(subject.start)
        if not name and named_people is not None and subject.text.split()[-1].lower() in COMPANY_DESCRIPTORS:
            name = article_company(body, subject.start, known, named_people)  # the article's one company
        if name and name not in actors:
            actors.insert(0, name)
    elif subject is not None and (definite := _DEFINITE_HEAD.fullmatch(subject.text)) and (
            definite.group(1) in ORG_HEADS):
        # "the authority signed", "the university and X signed": the body named before with that head word (never
        # the words themselves: "The department" is no name)
        name = known.refers_to(definite.group(1), subject.start, by_head=True)
        if name and name not in actors:
            actors.insert(0, name)
    elif described and subject.text[:1].isupper() and not any(
            a < subject.end and subject.start < b for a, b in taken + people):
        name = organisation_name(subject.text)  # "Snack giant Nabisco", "the carmaker Holmsen": a company
        if name not in actors:
            actors.insert(0, name)
    elif subject is not None and subject.text[:1].isupper() and not _COMMON_NOUN_PHRASE.fullmatch(
            subject.text) and not _PEOPLE_OF.match(subject.text) and not any(a < subject.end and subject.start < b for a, b in taken + people):
        words = subject.text.split()
        acronym = len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,6}", words[0]) is not None
        corporate = len(words) >= 2 and _CORPORATE_SUFFIX.search(subject.text) is not None
        short = known.refers_to(words[0], subject.start, by_head=False) if len(words) == 1 else None
        name = None
        if short:
            name = short  # "Westwind first sought permission": Westwind Renewables, named before
        elif 2 <= len(words) <= 4 and subject.end <= trigger[0] and _scored_defeat(body, trigger, people) and not any(
                w.lower() in _NOT_NAMES or w.lower() in FUNCTION_WORDS for w in words) and not is_given_name(words[0]):
            name = subject.text  # "Kestrel Rovers beat Vale Athletic 2-1": a team, the winner of a scored match
        elif (words[-1].lower() in ORG_HEADS and (len(words) >= 2 or not known.opens_any(words[0], subject.start))
              ) or corporate or ((len(words) >= 2 or acronym)
                                                             and names_written.get(subject.text, 0) >= 2):
            name = organisation_name(acronyms.get(subject.text, subject.text))
        elif not _COMMON_NOUN_PHRASE.fullmatch(subject.text) and (len(words) >= 2 or (
                words[0].lower() not in _NOT_NAMES and words[0].lower() not in known.lower_words())) and acts_as_body(
                body, subject.text, people):
            name = subject.text  # "Sinohydro won ... Sinohydro's chief executive": a body by its own pattern
        elif len(words) >= 2 and _WHICH_AFTER.match(body, subject.end) and not any(
                hit.start < subject.end and subject.start < hit.end for hit in hits) and not any(
                w.lower() in _NOT_NAMES or w.lower() in FUNCTION_WORDS for w in words) and not place_country(
                subject.text) and not _PASSIVE_WHICH.match(body, subject.end) and not _thing_name(body, subject):
            name = subject.text  # "a consortium led by Brennvik Hydro, which won": "which" takes up a thing, so
            # a name of two words or more before it is a body (a person's is "who"; a known place is a hit)
        elif len(words) == 1 and (_CAMEL_CASE.fullmatch(words[0]) or known.is_company(words[0])):
            name = words[0]  # "OrbitBeyond canceled", "Varda opened ... The company": a company's one-word name
        elif len(words) == 1 and not (words[0].lower() in ORG_HEADS and known.opens_any(words[0], subject.start)) \
                and _unknown_agent(body, subject, trigger, known, names_written):
            name = words[0]  # "Schiphol has cancelled", "The Knesset approves": a body no table knows (not a bare
            # head, "the Ministry signed": a stand-in, `ArticleEntities`)
        if name and name not in actors and not any(name in a or a in name for a in actors):
            actors.insert(0, name)
    if subject is not None and actors and subject.end <= trigger[0]:
        opponent = _contest_opponent(body, trigger, subject, people, hits, known, names_written)
        opponent = opponent or _scored_defeat(body, trigger, people)  # "beat Vale Athletic 2-1": the beaten team
        if opponent and not any(opponent in a or a in opponent for a in actors):
            actors.append(opponent)  # "The Stormers beat the Bulls 27-24": a contest has its two sides
    if event_type == "agreement_signing":
        counterpart = _signing_counterpart(body, trigger, high, people, hits)
        if counterpart and not any(counterpart in a or a in counterpart for a in actors):
            actors.append(counterpart)  # "signed an agreement with Dana Robotics Health": the other signer
    for side in _scored_sides(body, trigger, people):
        if not any(side in a or a in side for a in actors):
            actors.append(side)  # "gave Hearts a 2-1 win over Aberdeen": the scoreline's two teams
    # "the state government announced", "The provincial government and X signed": the government of the one region
    # the article names, as the trigger's subject or party (no such region: left to the rules above)
    for match in _REGION_GOVERNMENT.finditer(body, low, high):
        if not _role_ok(body, match.start(), match.end(), trigger, low, sentence_start, event_type):
            continue
        region = region_government(body)
        if region is None:
            break
        level = " ".join(match.group(0).split()[1:])
        actors = [name for name in actors if name.lower() not in (level, "government")]
        if region not in actors:
            actors.insert(0, region)
    undescribed = [_LEADING_DESCRIPTOR.sub("", name, count=1) if _LEADING_DESCRIPTOR.match(name) else name
                   for name in actors]  # "Drugmaker Kestrel Labs" is Kestrel Labs
    return list(dict.fromkeys(_unowned(name) for name in undescribed))


_ROUTE_NOUN = r"(?:" + "|".join(sorted(ROUTE_NOUNS)) + r")"
# two ends joined by a hyphen before the route noun: "Oslo-Rome flights", "the Warsaw–Seoul route"
_ROUTE_PAIR_AFTER = re.compile(r"[-–][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+(?:direct\s+)?" + _ROUTE_NOUN + r"\b")
_ROUTE_PAIR_BEFORE = re.compile(r"[A-Z][\w’'.-]*[-–]$")
_ROUTE_NOUN_AFTER = re.compile(r"\s+(?:direct\s+)?" + _ROUTE_NOUN + r"\b")


def _route_end(body: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is one of two ends a hyphen joins before a route noun ("its Oslo-Rome
    flights": `eventwords.ROUTE_NOUNS`). (Ends after a preposition, "a route between Oslo and Aarhus", are left to
    the role rules: read as places there, a check half lost a right participant through a merge, round R20.)"""
    if _ROUTE_PAIR_AFTER.match(body, end):
        return True
    return bool(_ROUTE_PAIR_BEFORE.search(body, max(0, start - 30), start) and _ROUTE_NOUN_AFTER.match(body, end))


# "Tuesday's Cabinet": a body written with a day's possessive before its own capitalised name is that body. A
# state's or a city's possessive stays ("Norway's Supreme Court", "Oslo's Harbour Authority"): without it two states'
# courts or banks would be one name (review of eventsR20, newly wrong 1 and 4); "McDonald's Corporation" is a name.
_OWNER_BEFORE_NAME = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+(?=[A-Z])")
_DAY_OWNERS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _unowned(name: str) -> str:
    owner = _OWNER_BEFORE_NAME.match(name)
    if owner is None or " " not in name[owner.end():] and not name[owner.end():].isupper():
        return name  # (one word left, "Monday's Parliament" -> "Parliament": too bare a name; an acronym is one)
    if owner.group(1) in _DAY_OWNERS:
        return name[owner.end():]
    return name


_POST_LINK = frozenset({"of", "for", "at"})
_POST_EXTRA_WORDS = frozenset({"managing", "vice", "acting", "interim", "senior", "former"})


# Words after "of" that end a title rather than name a body ("Chief of Staff of the Army", "Head of State of
# Tessby"): the split goes on to the next "of".
_TITLE_OBJECTS = frozenset({"staff", "state", "government", "mission", "protocol", "cabinet"})
# Company names end in these too (with `ORG_HEADS` and `COMPANY_HEADS`).
_CORPORATE_HEAD_ENDS = frozenset({"services", "lines", "group", "holdings", "partners", "systems", "solutions"})
_STATE_POST_WORDS = frozenset({"minister", "ministers", "secretary", "undersecretary", "deputy", "commissioner",
                               "governor", "ambassador", "envoy"})


def _post_body(rest: list[str]) -> bool:
    """Whether the words after a post's "of" name a body: a name of two words or more ending in a body's or firm's
    head ("Port of Varn Company", "Tarnby Harbour Board"), one whose head before its own "of" is a body's and no
    firm's ("Bank of Tessby", "Central Bank of Chile": not "Energy of Chile", a portfolio), a body the gazetteer
    knows ("United Nations"), or a state's body alone ("Army")."""
    if not rest or not rest[0][:1].isupper():
        return False
    whole = " ".join(rest)
    lower = [word.lower() for word in rest]
    if "of" in lower and lower.index("of") and lower[lower.index("of") - 1] in ORG_HEADS and \
            lower[lower.index("of") - 1] not in COMPANY_HEADS:
        return True
    if len(rest) >= 2 and (lower[-1] in ORG_HEADS or lower[-1] in COMPANY_HEADS or lower[-1] in _CORPORATE_HEAD_ENDS):
        return True
    if len(rest) == 1 and lower[0] in STATE_BODY_HEADS:
        return True
    return any(hit.kind == "organisation" and hit.surface == whole for hit in find_places_and_organisations(whole))


@lru_cache(maxsize=4096)  # a pure function of the name over fixed word lists and the gazetteer
def body_of_post(name: str) -> str | None:
    """An actor read whole as an officer's post ("Chief Executive Officer of Leeward Sun", "CEO of Port of Varn
    Company", "Minister of Energy", "Ruritania's Deputy Minister of Energy", "Chilean Undersecretary of Energy") is
    no body: the body or state after an "of" (tried at each "of" in turn: "Minister of Energy of Chile" is Chile,
    "Governor of the Bank of Japan" the bank, "Chief of Staff of the Army" the army), else the state the post is
    qualified by (a demonym or a place's possessive), else None for a state portfolio ("Minister of Energy"), else
    the name unchanged (an office of its own: "Director of Public Prosecutions"). Any other name is kept as it is
    ("Ministry of Energy", "Port of Varn Company", "Office of the President")."""
    words = name.split()
    link = next((i for i, word in enumerate(words) if word in _POST_LINK), None)
    if not link:
        return name
    titles = words[:link]
    state = None
    if titles and not _is_title(titles[0].lower()) and titles[0].lower() not in _POST_EXTRA_WORDS:
        owner = re.sub(r"['’]s?$", "", titles[0])
        state = country_of_demonym(owner) or next(
            (hit.country for hit in find_places_and_organisations(owner) if hit.kind == "country"), None)
        if state is None:
            return name  # (no title opens it, nor a state's word before a title: a body's own name)
        titles = titles[1:]
    if not titles or not all(_is_title(word.lower()) or word.lower() in _POST_EXTRA_WORDS for word in titles):
        return name
    links = [i for i, word in enumerate(words) if i >= link and word in _POST_LINK]
    for at in links:
        rest = words[at + 1:]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        whole = " ".join(rest)
        country = next((hit.country for hit in find_places_and_organisations(whole)
                        if hit.kind == "country" and hit.surface == whole), None)
        if country:
            return country  # "President of Ruritania", "Minister of Energy of Chile": the state
        if rest and rest[0].lower() in _TITLE_OBJECTS and at != links[-1]:
            continue  # "Chief of Staff of the Army": the title goes on
        if _post_body(rest):
            return whole  # "CEO of Port of Varn Company", "Governor of the Bank of Japan": the body
    state_post = any(word.lower() in _STATE_POST_WORDS for word in titles)
    if not state_post and state is None:
        return name  # ("Director of Public Prosecutions": an office of its own, kept)
    return state  # "Minister of Energy": a portfolio, no body (the state when the post names one)


# --- the state whose body acts unnamed -------------------------------------------------------------------------

# "the government declared", "The interior ministry said", "the army will build": a body of a state with no state
# named, as its subject (a determiner, at most one lower-case word, the head; "Government" opening a sentence).
_BARE_STATE_BODY = re.compile(r"(?:[Tt]he\s+)?(?:([a-z]+)\s+)?(" + "|".join(sorted(STATE_BODY_HEADS)) + r")",
                              re.I)


_FORCE_OF_NATURE = re.compile(r"\b(?:" + "|".join(sorted(FORCES_OF_NATURE, key=len, reverse=True)) + r")\b", re.I)
_FORCE_SUBJECT_REACH = 60  # characters before the verb read as its subject


def force_of_nature(body: str, trigger: tuple[int, int]) -> bool:
    """Whether the trigger is a force of nature's verb (`eventwords.FORCE_VERBS`) whose subject, in its own clause
    before it, is a force of nature (`eventwords.FORCES_OF_NATURE`): "Cyclone Evan struck", "the storm battered",
    but not "Sanctions hit Russia hard"."""
    if body[trigger[0]:trigger[1]].lower() not in FORCE_VERBS:
        return False
    before = body[max(0, trigger[0] - _FORCE_SUBJECT_REACH):trigger[0]]
    before = re.split(r"[.;:!?,\n—–]", before)[-1]
    return _FORCE_OF_NATURE.search(before) is not None


@dataclass(frozen=True)
class HomeState:
    country: str
    demonym: str  # the adjective the article writes for it ("Slovenian" where the table has "Slovene" first)


def home_state(body: str, hits: list[GazetteerHit], country: str | None) -> HomeState | None:
    """The state whose body acts unnamed, `country` (the state of the officer who tells of the act, or of the
    dateline), with the adjective the article writes most for it, else the table's first; None without a state
    or an adjective. (The state the article names most was tried as a default and dropped: a story of a
    neighbour's trade names the neighbour most, "Cargo shipping to Germany stopped ... the government would
    decide" in a Czech story.)"""
    if country is None:
        return None
    written: dict[str, int] = {}
    for hit in hits:
        if hit.kind == "demonym" and hit.country == country:
            adjective = body[hit.start:hit.end]
            written[adjective] = written.get(adjective, 0) + 1
    adjectives = [a for a in written if a in demonyms_of(country)]
    adjective = max(adjectives, key=written.__getitem__) if adjectives else next(iter(demonyms_of(country)), None)
    return HomeState(country, adjective) if adjective else None


_STATE_KINDS = ("country", "demonym", "capital")


def _states_named(hits: list[GazetteerHit], start: int, end: int) -> set[str]:
    return {hit.country for hit in hits if start <= hit.start and hit.end <= end and hit.kind in _STATE_KINDS
            and hit.country}


def _paragraph(body: str, position: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    return start, len(body) if end < 0 else end


def dateline_state(body: str, hits: list[GazetteerHit], home: HomeState, sentence: tuple[int, int],
                   dateline_end: int) -> HomeState | None:
    """The state a bare "the government" acts for when only the dateline gives one (`home`): the dateline's only
    when no other state is named in the sentence, its paragraph or the lead (the dateline is where the reporter
    sits: "LONDON — Sri Lanka's economic crisis deepened as the government declared ..."); else the one other state
    the sentence, else its paragraph, names without the dateline's ("Sri Lankan government"); else none."""
    paragraph = _paragraph(body, sentence[0])
    lead = _paragraph(body, dateline_end)
    in_sentence = _states_named(hits, *sentence)
    in_paragraph = _states_named(hits, *paragraph)
    others = (in_sentence | in_paragraph | _states_named(hits, *lead)) - {home.country}
    if not others:
        return home
    for named in (in_sentence, in_paragraph):
        if named:
            if home.country not in named and len(named) == 1:
                return home_state(body, hits, next(iter(named)))
            return None
    return None


def bare_state_body(subject_text: str) -> str | None:
    """'the government' -> 'government', 'The interior ministry' -> 'interior ministry': a body of a state named
    without its state, or None. A body qualified otherwise ("the city government", "the opposition's cabinet")
    is not the state's; a ministry is named by its portfolio ("the interior ministry")."""
    match = _BARE_STATE_BODY.fullmatch(subject_text.strip())
    if match is None:
        return None
    modifier, head = match.group(1), match.group(2).lower()
    if modifier and (head != "ministry" or modifier.lower() in STATE_BODY_HEADS) or head == "ministry" and not modifier:
        return None  # ("the ministry" alone takes up a ministry the article names: `ArticleOrganisations`)
    return f"{modifier.lower()} {head}" if modifier else head


def state_body_actor(body: str, body_words: str, home: HomeState) -> str:
    """'government' of Serbia -> 'Serbian government': the body as the article names it with its state when it
    does ("the Singapore Government", "the Government of Canada" stay so), else with the state's adjective."""
    words = r"\s+".join(map(re.escape, body_words.split()))
    states = "|".join(map(re.escape, sorted({home.country, *demonyms_of(home.country)}, key=len, reverse=True)))
    written = re.search(r"\b(?:(?:" + states + r")\s+" + words + r"|" + words + r"\s+of\s+(?:the\s+)?(?:" + states
                        + r"))\b", body, re.I)
    return " ".join(written.group(0).split()) if written else f"{home.demonym} {body_words}"


# --- the subject of the trigger's own clause ---------------------------------------------------------------------

# A denial's content clause ("denied reports in the press that the board had ignored ..."): the denied event's
# words start after its "that".
_DENIAL_CONTENT = re.compile(r"den(?:ied|ies|y)\b(?:\s+[\w’'.-]+){0,8}?\s+that\s+", re.I)
_AUXILIARY = r"(?:had|has|have|was|were|is|are|would|will|could|did|does|do|should|might|may|must|can)"
# A subject phrase of at most six words, then its verb (an auxiliary or a past form, adverbs between).
_SUBJECT_THEN_VERB = re.compile(r"((?:[\w’'.&-]+\s+){0,5}?[\w’'.&-]+)\s+(?:(?:[a-z]+ly|also|never|not|since)\s+)*"
                                r"(?:" + _AUXILIARY + r"|" + _PAST_VERB + r")")
# A pronoun subject right before the trigger, past its auxiliaries and adverbs: "it had approved", "they will sign".
_PRONOUN_BEFORE = re.compile(r"(?<![\w’'-])(it|they)\s+(?:(?:" + _AUXILIARY + r"|been|[a-z]+ly|also|not|never)\s+)*$",
                             re.I)
_CONTENT_GOVERNOR = re.compile(r"\b(?:" + alternation(CONTENT_GOVERNING_VERBS) + r")\b", re.I)
# A described body: "the transport ministry", "the Dutch cabinet" (modifiers, then an organisation's head word).
_DESCRIBED_BODY = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:(?:[A-Z][a-z]+|[a-z]+)\s+){1,3}?)(?-i:%s)s?\b"
_DESCRIBED_BODY_REACH = 3000
# A definite subject phrase: its modifiers (capitalised or not) and its head word ("the Tarnby council").
_DEFINITE_PHRASE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,3})([a-z]+)")
_GOVERNOR_REACH = 250  # characters before a trigger within which the verb governing its clause is looked for


def _head_of(word: str) -> str | None:
    word = word.lower()
    if word in ORG_HEADS:
        return word
    if word.endswith("s") and word[:-1] in ORG_HEADS:
        return word[:-1]  # "the unions": the union
    return None


@lru_cache(maxsize=64)
def _described_body_pattern(head: str) -> re.Pattern[str]:
    """`_DESCRIBED_BODY` for one head word, compiled once."""
    return re.compile(_DESCRIBED_BODY % re.escape(head))


def described_body(body: str, head: str, position: int) -> str | None:
    """The body the article last described by modifiers before `head` before `position` ("the transport ministry"
    for a later "the ministry"), when those modifiers are no function words: its words as written."""
    pattern = _described_body_pattern(head)
    last, last_end = None, 0
    for match in pattern.finditer(body, max(0, position - _DESCRIBED_BODY_REACH), position + 1):
        words = match.group(1).split()
        if any(w.lower() in FUNCTION_WORDS or w.lower() in _NOT_NAMES or w.lower().endswith(("ed", "ing"))
               or _is_title(w.lower()) for w in words):
            continue
        last, last_end = " ".join(words + [head]), match.end()
    if last is not None and head in OWN_ORGAN_HEADS and own_board_between(body, last_end - 1, position):
        return None  # ("... the Varnholt water board. Halvex's board met. ... the board voted": the company's own)
    return last


# "the state government", "The provincial government": a region's government told by its level alone (not "the
# state government of X", which names its region; not "state governments", many)
_REGION_GOVERNMENT = re.compile(r"\b(?-i:[Tt]he)\s+(?:" + "|".join(REGION_LEVEL_WORDS) + r")\s+government\b(?!s|\s+of\b)")


def region_government(body: str) -> str | None:
    """The government "the state government" stands for: that of the one first-level region the article names
    ("Nagaland government", as the gold writes it); None when it names none or two (which of them is unsaid)."""
    regions = regions_named(body)
    return f"{regions[0]} government" if len(regions) == 1 else None


def phrase_parties(body: str, start: int, end: int, people: list[tuple[int, int]], acronyms: dict[str, str],
                   known: ArticleOrganisations) -> list[str]:
    """The organisations and countries a subject phrase at [start, end) names: a body or country the gazetteer
    knows (a demonym qualifying the head, "a Norwegian survey ship", stands for its state), an organisation named
    by its shape or a defined acronym, a word taking up one named before, or a definite description taking up the
    body named (or described) before by that head word ("the board", "the transport ministry")."""
    if any(a < end and start < b for a, b in people):
        return []  # a person acted
    text = body[start:end]
    found: list[str] = []
    head_word = text.split()[-1].lower() if text.split() else ""
    for hit in find_places_and_organisations(body, start, end):
        if hit.kind == "region" or (hit.kind == "capital" and hit.end < end):
            continue  # (a city qualifying another noun is a place: "the Lisbon port")
        if hit.kind == "demonym" and hit.end < end and (head_word not in STATE_AGENT_HEADS or any(
                word in PRIVATE_CRAFT_WORDS for word in text.lower().split())) and not _is_title(head_word):
            continue  # "Norwegian fishermen": private people's nationality (but "a Norwegian survey ship")
        name = hit.canonical if hit.kind in ("organisation", "ministry") or (hit.kind == "demonym" and not hit.country) \
            else hit.country
        if name and name not in found:
            found.append(name)
    for _, _, name in organisation_names(body, start, end, people, acronyms):
        if name not in found and not any(name in f for f in found):
            found.append(name)
    if found:
        return found
    words = text.split()
    if len(words) == 1 and words[0] in acronyms:
        return [acronyms[words[0]]]
    if len(words) == 1 and words[0][:1].isupper():
        short = known.refers_to(words[0], start, by_head=False)
        return [short] if short else []
    definite = _DEFINITE_PHRASE.fullmatch(text)
    head = _head_of(definite.group(2)) if definite else None
    if head is None:
        return []
    modifiers = definite.group(1).split()
    if len(modifiers) == 1 and modifiers[0] in REGION_LEVEL_WORDS and head == "government" and (
            region := region_government(body)):
        return [region]  # "the state government": the article's one region's
    if modifiers:
        return [" ".join(modifiers + [head])]  # "the transport ministry", "the Tarnby council": a body described
    named = known.refers_to(head, start, by_head=True)
    if named:
        return [named]
    described = described_body(body, head, start)
    return [described] if described else []


def _subject_phrase(body: str, start: int, limit: int) -> tuple[int, int] | None:
    found = _SUBJECT_THEN_VERB.match(body, start, limit)
    if found is None or _SUBJECT_BREAK.search(found.group(1)):
        return None
    return found.start(1), found.end(1)


def clause_subject_parties(body: str, trigger: tuple[int, int], sentence_start: int, people: list[tuple[int, int]],
                           acronyms: dict[str, str], known: ArticleOrganisations, denial: bool) -> list[str] | None:
    """The parties of the trigger's clause's subject, when that subject is one the actors rules do not read: the
    subject of a denial's content clause (`denial`: the denied event is the content's, "denied that the board had
    ignored"), or a pronoun taking up the subject of the verb that governs the trigger's clause ("The council said
    that it had approved"). None when there is no such subject."""
    position = trigger[0]
    if denial:
        content = _DENIAL_CONTENT.match(body, trigger[0])
        if content is None:
            return None
        phrase = _subject_phrase(body, content.end(), min(len(body), content.end() + 120))
        if phrase is None:
            return None
        if body[phrase[0]:phrase[1]].lower() not in ("it", "they"):
            return phrase_parties(body, *phrase, people, acronyms, known)
        position = phrase[0]  # "The ministry denied that it had": the denier took up
    elif _PRONOUN_BEFORE.search(body, max(sentence_start, trigger[0] - 40), trigger[0]) is None:
        subject = subject_before(body, trigger, max(sentence_start, trigger[0] - 120))
        if subject is None or subject.text[:1].isupper() or _PREPOSITION_BEFORE_SUBJECT.search(
                body, max(0, subject.start - 12), subject.start):
            return None  # (a capitalised subject is read by the actors rules; "employees of the bus corporations
            # stayed off work": the phrase after "of" is a noun's, the subject is the employees)
        return phrase_parties(body, subject.start, subject.end, people, acronyms, known) or None
    else:
        position = _PRONOUN_BEFORE.search(body, max(sentence_start, trigger[0] - 40), trigger[0]).start()
    governor = None
    sentence_start = max(sentence_start, position - _GOVERNOR_REACH)  # (a bounded look: linear cost)
    for governor in _CONTENT_GOVERNOR.finditer(body, sentence_start, position):
        pass
    if governor is None:
        return None
    subject = subject_before(body, governor.span(), sentence_start)
    if subject is None:
        return None
    parties = phrase_parties(body, subject.start, subject.end, people, acronyms, known)
    if not parties and len(subject.text.split()) >= 2 and not _COMMON_NOUN_PHRASE.fullmatch(subject.text) and \
            acts_as_body(body, subject.text, people):
        parties = [subject.text]  # "Electricity North West said it had restored": a body no table knows
    if not parties and _bare_body(subject.text) and body[position:position + 4].lower().startswith(("they", "it")):
        parties = [subject.text]  # "Police said they had arrested": the body taken up, as in "Police arrested"
    return parties


def _bare_body(text: str) -> bool:
    """A state body named by its head word alone, capitalised as a subject ("Police", "Army"): a body."""
    return text[:1].isupper() and text.lower() in STATE_BODY_HEADS


# A described body a speaker speaks for: "a spokeswoman for the transport ministry", "the head of the port authority".
# (or a body's head word alone, capitalised as the article's name for one body it named: "a spokesperson for the
# Commission", not the first word of a longer name, "for the Commission Secretariat")
_FOR_BODY = re.compile(r"\b(?:for|of|at)\s+(?:the\s+)?((?:[a-z-]+\s+){1,3}?(?-i:[a-z]+)|(?-i:[A-Z][a-z]+)"
                       r"(?![\w’'-]|\s+(?-i:[A-Z])))\b")


def speaker_body(body: str, sentence_start: int, trigger: tuple[int, int], people: list[tuple[int, int]],
                 acronyms: dict[str, str], known: ArticleOrganisations) -> str | None:
    """The body whose speaker announces the trigger's clause: the organisation named or described in the subject
    of the speech verb governing it ("Tarnby Port Authority director Karl Brenner said", "A spokeswoman for the
    transport ministry, Ana Silva, said", "The administration says"). None when no speech verb governs it."""
    governor = None
    sentence_start = max(sentence_start, trigger[0] - _GOVERNOR_REACH)  # (a bounded look: linear cost)
    for governor in _CONTENT_GOVERNOR.finditer(body, sentence_start, trigger[0]):
        pass
    if governor is None or governor.group(0).lower().startswith("den"):
        return None
    low = sentence_start
    named = list(dict.fromkeys(name for _, _, name in organisation_names(body, low, governor.start(), people,
                                                                          acronyms)))
    if len(named) > 1:
        return None  # "The heads of Tarnby Port Authority and Lode Port Authority said": which one's is not told
    if named:
        return named[0]
    subject_hits = find_places_and_organisations(body, low, governor.start())  # (read again by the fallback below)
    for hit in subject_hits:
        if hit.kind in ("organisation", "ministry"):
            return hit.canonical
    titled = _titled_body(body, low, governor.start(), people, known)
    if titled is not None:
        return titled
    for match in _FOR_BODY.finditer(body, low, governor.start()):
        words = match.group(1).split()
        if _head_of(words[-1]) and not any(w in FUNCTION_WORDS or w in _NOT_NAMES for w in words[:-1]):
            return " ".join(words[:-1] + [_head_of(words[-1])]) if len(words) > 1 else (
                known.refers_to(_head_of(words[-1]), match.start(), by_head=True))
    subject = subject_before(body, governor.span(), sentence_start)
    if subject is not None:
        found = phrase_parties(body, subject.start, subject.end, people, acronyms, known)
        if not found and _bare_body(subject.text):
            return subject.text  # "Police said all residents had been evacuated"
        return found[0] if found else None
    # a subject too long to read as one phrase ("The South Korean deputy fisheries minister said"): the state its
    # demonym and state office name
    # (the demonym and office the subject's head, "The South Korean vice minister said", not a possessor's: "The
    # wife of the ... minister", "the ... minister's critics"; and the clause names no doer of its own, "inspected
    # by Japan's coast guard", nor another state, "said North Korean missiles would be launched")
    officers = {hit.country for hit in subject_hits
                if hit.kind == "demonym" and hit.country and _officer_after(body, hit.end)
                and not _people_between(people, hit.end, governor.start())
                and _DETERMINER_ONLY.fullmatch(body, low, hit.start)
                and (head := _OFFICE_HEAD_THEN_VERB.fullmatch(body, hit.end, governor.start()))
                and head.group(1).lower() in STATE_OFFICES}
    if len(officers) != 1 or _AGENT_AFTER.match(body, trigger[1]):
        return None
    state = officers.pop()
    # (another state named before the trigger, as the clause's subject: "said North Korean missiles would be
    # launched"; after it, an object's origin: "fitted with German beacons")
    if any(hit.kind in ("demonym", "country") and hit.country and hit.country != state
           for hit in find_places_and_organisations(body, governor.end(), trigger[0])):
        return None
    return state


# (a time adverb may open the sentence, and one adjective stand before the demonym: "Yesterday the new ... minister")
_DETERMINER_ONLY = re.compile(r"[\s\"“‘']*(?:(?:Yesterday|Today|Earlier|Later|Meanwhile|Separately)\s*,?\s+)?"
                              r"(?:(?:The|the|A|An|a|an)\s+(?:(?-i:[a-z]+)\s+)?)?")
_OFFICE_HEAD_THEN_VERB = re.compile(r"(?:\s+[A-Za-z-]+){0,2}\s+([A-Za-z-]+)\s*(?:,\s*)?")
# A doer named after a passive ("would be inspected by Japan's coast guard"), not a deadline ("by the end of
# February", "by Friday", "by 2027", "by then")
_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:the\s+)?(?:end|start|beginning|middle|close|time|next|latest|early|mid|"
                          r"late)\b|then\b|now\b|\d|(?:" + "|".join(sorted(w.capitalize() for w in DAYS_MONTHS)) +
                          r")\b)")


def _people_between(people: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a person's name lies in [start, end) (the officer is then that person, read by other rules)."""
    return any(start <= a < end for a, _ in people)


# A teller's office held in a body written right after it ("The head of Varn Hrvatska, Ana Kolar,", "Chairman of
# the Tarnby Harbour Board Jon Lie"): the office's title vouches that the name is a body's, head word or none.
_TITLE_OF_BODY = re.compile(r"(?<![\w’'-])((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+of\s+(?:the\s+)?" + r"((?-i:[A-Z])[\w&.’'-]*"
                            r"(?:[ ]+(?:(?:of|and|for|the|&)[ ]+)*(?-i:[A-Z])[\w&.’'-]*){0,6})")
_PLACE_KINDS = frozenset({"country", "capital", "city", "region", "demonym"})


def _titled_body(body: str, low: int, high: int, people: list[tuple[int, int]],
                 known: ArticleOrganisations | None = None) -> str | None:
    """The body of the one "<title> of <Body>" in [low, high) that stands right before a named person (after a
    comma or none): the teller's employer. None for a place after the title ("the mayor of Oslo": a town is no
    body of its own), a title of no office ("the author of Blue Harbor"), an office's own phrase ("the Secretary of
    State") or a title a work has too without a body's word or a known body ("the director of Silent River")."""
    found = None
    for match in _TITLE_OF_BODY.finditer(body, low, high):
        title = match.group(1).split()[-1].lower()
        if title not in BODY_OFFICE_TITLES and title not in WORK_OFFICE_TITLES:
            continue
        words = match.group(2).split()
        if words[0].lower() in OFFICE_PHRASE_WORDS and (len(words) == 1 or words[1] == "for"):
            continue  # "The Secretary of State, John Carr,", "the Secretary of State for Transport"
        start, end = match.span(2)
        person = next((a for a, _ in people if start < a <= end + 2), None)  # (the name may run into the person's)
        if person is not None:
            end = start + len(body[start:person].rstrip(" ,"))
        elif not any(a == end or (body[end:end + 2] == ", " and a == end + 2) for a, _ in people):
            continue
        name = body[start:end].rstrip(" ,")
        while name and " " in name and name.rsplit(None, 1)[1].lower() in HONORIFICS:
            name = name.rsplit(None, 1)[0]  # "... Municipal Board Haji Ali": the address opens the person's name
        end = start + len(name)
        hits = find_places_and_organisations(body, start, end) if name else []
        if not name or any(hit.kind in _PLACE_KINDS and hit.start == start and hit.end >= end - 1 for hit in hits):
            continue
        if title in WORK_OFFICE_TITLES and not (
                any(word.lower() in ORG_HEADS for word in name.split())
                or any(hit.kind in ("organisation", "ministry") for hit in hits)
                or (known is not None and known.is_company(name))):
            continue  # "The director of Silent River": a film's, a play's or a ship's as well as a body's
        if found is not None and found != name:
            return None  # two offices of two bodies: whose is not told
        found = name
    return found


# --- a body taken up by a description or a pronoun (`orgnames.ArticleBodies`) ------------------------------------

_DESCRIPTION_WORDS = ORG_HEADS | frozenset(DESCRIPTION_HEADS)
# The verb that takes a trigger noun as its object ("held a press conference", "signed an agreement"), after the
# subject read: its auxiliaries, adverbs, the verb and the object's determiner and modifiers.
_VERB_BEFORE_OBJECT = (r"\s+(?:(?:" + "|".join(_PERFECT_OR_SEQUENCE) + r"|\w+ly)\s+)*(?:(?-i:[a-z]+ed|held|hosted|won|lost|"
                       r"began|led|gave|made|met|took|sent|struck|signed)|(?:will|would|could|may|might|must|shall|"
                       r"(?:(?:is|are|was|were)\s+)?(?:(?:" + "|".join(SEMI_MODALS) + r")\s+)?to)"
                       r"\s+(?:also\s+)?(?-i:[a-z]+))\s+(?:(?:the|its|their|a|an|this|two|three)\s+)?"
                       r"(?:[\w’'-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}$")
_SUBJECT_OF_NOUN = re.compile(r"(?<![\w’'-])((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?[a-z]+|[Ii]t)" + _VERB_BEFORE_OBJECT)
# (the adverbs of time between a subject and its verb are read past: "The board last approved repairs in 2019")
_SUBJECT_OF_VERB = re.compile(r"(?<![\w’'-])((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?[a-z]+|[Ii]t)\s+"
                              r"(?:(?:" + "|".join(_GAP_WORD_LIST) + r"|\w+ly)\s+)*"
                              # ("The union plans to sign", "the council is set to vote": a semi-modal's chain)
                              r"(?:(?:(?:is|are|was|were)\s+)?(?:" + "|".join(SEMI_MODALS) + r")\s+to\s+)?$")
_BE_NOT_SEMI_MODAL = re.compile(r"\b(?:was|were|is|are)\b(?!\s+(?:" + "|".join(SEMI_MODALS) + r")\s+to\b)")
_SUBJECT_TAIL = frozenset(_GAP_WORD_LIST + _BE_FORMS) | frozenset(SEMI_MODALS)  # ("The union plans" to sign)


# The teller of a reported clause whose subject is a descriptor: "Brenner said [on Monday] [that] the company ...",
# with an apposition between the name and the verb at most ("Brenner, who joined in 2020, said the company ...")
_TELLER_BEFORE_SUBJECT = re.compile(r"(?:\s*,[^,;.\"“”]{1,120},)?\s+(?:also\s+)?(?:said|says|added|adds|announced|"
                                    r"confirmed|explained|told\s+(?:[\w’'-]+\s+){1,4}?)(?:\s+on\s+\w+)?"
                                    r"\s+(?:that\s+)?$")
# (a name never runs across a line: its words are parted by spaces only)
_NAME_RUN = r"((?-i:[A-Z])[\w&.’'-]*(?:[ ]+(?:(?:of|and|for|the|&)[ ]+)*(?-i:[A-Z])[\w&.’'-]*){0,6})"
# A person's employer in apposition after the name ("Lukas Brenner, chief executive officer of Velk Robotics
# Health,") or as the qualifier of the title before it ("Varn Logistics chairman Karl Holm")
_EMPLOYER_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[\w-]+\s+){1,4}?)(?:of|at|for)\s+(?:the\s+)?"
                             + _NAME_RUN)
_EMPLOYER_BEFORE = re.compile(_NAME_RUN + r"['’]?s?\s+((?:[\w-]+\s+){1,3})$")
_EMPLOYER_TITLE_EXTRA = frozenset({"managing", "vice", "co-founder", "executive", "officer"})


def _titles_only(words: list[str]) -> bool:
    return bool(words) and all(_is_title(w.lower()) or w.lower() in _EMPLOYER_TITLE_EXTRA for w in words)


class PeopleIndex:
    """The article's named people, indexed once (where each mention ends, and each person's mentions), so that a
    teller's employer is looked up without scanning every mention for each trigger."""

    def __init__(self, named_people: Iterable[tuple[int, int, str]] = ()) -> None:
        self.by_end: dict[int, str] = {}
        self.mentions: dict[str, list[tuple[int, int]]] = {}
        for a, b, name in named_people:
            self.by_end[b] = name
            self.mentions.setdefault(name, []).append((a, b))
        self._employers: dict[str, str | None] = {}
        self._corporate: dict[str, bool] = {}

    def employer(self, body: str, name: str) -> str | None:
        """The one employer the article gives `name` in a title's apposition or qualifier, else None."""
        if name not in self._employers:
            employers: set[str] = set()
            corporate = False
            for a, b in self.mentions.get(name, []):
                after = _EMPLOYER_AFTER.match(body, b)
                if after and _titles_only(after.group(1).split()):
                    employers.add(organisation_name(after.group(2).rstrip(".")))
                    corporate = corporate or bool(set(after.group(1).lower().split()) & CORPORATE_TITLE_WORDS)
                before = _EMPLOYER_BEFORE.search(body, max(0, a - 80), a)
                if before and _titles_only(before.group(2).split()):
                    employers.add(organisation_name(before.group(1).rstrip(".")))
                    corporate = corporate or bool(set(before.group(2).lower().split()) & CORPORATE_TITLE_WORDS)
            self._employers[name] = employers.pop() if len(employers) == 1 else None
            self._corporate[name] = corporate
        return self._employers[name]

    def companies_before(self, body: str, position: int) -> set[str]:
        """The employers of people named before `position` whose titles are a company's ("chief executive officer
        of Mekong Solar Lanka", "Varn Logistics chairman Karl Holm"), and that have no other kind of body's head."""
        found = set()
        for name, mentions in self.mentions.items():
            if mentions[0][0] >= position:
                continue
            employer = self.employer(body, name)
            if employer and self._corporate.get(name) and not (
                    set(head_words(employer)) | {employer.split()[-1].lower()}) & NON_COMPANY_HEADS:
                found.add(employer)
        return found


_NO_PEOPLE = PeopleIndex()


def teller_employer(body: str, subject_start: int, sentence_start: int, head: str,
                    people: PeopleIndex = _NO_PEOPLE) -> str | None:
    """The body a titled teller works for, when the descriptor `head` ("the company") opens the clause the teller
    reports ("Brenner said the company would open"): the one employer the article gives the teller in a title's
    apposition or qualifier, and only when it fits the descriptor (a company: no head word of another kind of
    body; another descriptor: its own head word). None in a quotation, for a teller with no employer or two."""
    if not people.by_end:
        return None
    verb = _TELLER_BEFORE_SUBJECT.search(body, max(sentence_start, subject_start - 200), subject_start)
    if verb is None or verb.end() != subject_start or verb.start() not in people.by_end:
        return None
    employer = people.employer(body, people.by_end[verb.start()])
    if employer is None or _inside_quote(body, subject_start):  # (last: the quote check reads the paragraph)
        return None
    heads = set(head_words(employer)) | {employer.split()[-1].lower()}
    if head in COMPANY_DESCRIPTORS:
        # (only a company officer's title makes the employer "the company": a union's general secretary or a
        # minister tells of another body's act, "minister of Mines and Energy" names a portfolio)
        corporate = people._corporate.get(people.by_end[verb.start()], False)
        return employer if corporate and not heads & NON_COMPANY_HEADS else None
    return employer if head in heads else None


_OF_BEFORE_NAME = re.compile(r"\bof\s+(?:the\s+)?$")


_OTHER_SIDE_BEFORE = re.compile(r"\b(?:from|by|with)\s+(?:the\s+)?$")
# A name with a company's noun in apposition: "Tarnholm Lines, Norway's largest ferry operator," (the name's words
# on one line; a determiner or a possessive, up to three words, then the noun)
_COMPANY_APPOSITION = re.compile(r"((?-i:[A-Z])[\w&.’'-]*(?:[ ]+(?-i:[A-Z])[\w&.’'-]*){1,4}),\s+(?:the|an?|"
                                 r"(?-i:[A-Z])[\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
                                 + "|".join(sorted(COMPANY_APPOSITION_NOUNS, key=len, reverse=True)) + r")\s*[,.]")


def article_company(body: str, position: int, known: ArticleOrganisations, people: PeopleIndex) -> str | None:
    """The article's one company named before `position`: a body whose name ends in a company's head word
    (`eventwords.COMPANY_HEADS`) or the employer of an officer titled as a company's; None when two or more are
    (a shorter name inside a longer one is the same company: "Brenn Shipping" in "Brenn Shipping Ltd")."""
    headed = [(start, name) for start, name in known.named_before(position)
              if len(name.split()) >= 2 and name.split()[-1].lower() in COMPANY_HEADS
              and not (set(head_words(name)) | {word.lower() for word in name.split()}) & NON_COMPANY_HEADS
              and not _OF_BEFORE_NAME.search(body, max(0, start - 8), start)]
    # (not "Ministry of Mines and Energy": a word of another kind's head in the name; not "minister of Mines and
    # Energy": a name after "of" is a portfolio's or an affiliation's)
    # ... the other side of a purchase or a loan ("bought two ships from Brenn Shipyard") only when no other is named
    names = {name for start, name in headed if not _OTHER_SIDE_BEFORE.search(body, max(0, start - 8), start)}
    names |= {organisation_name(match.group(1)) for match in _COMPANY_APPOSITION.finditer(body, 0, position)
              if len(match.group(1).split()) >= 2 and not opening_adverbial(match.group(1))}
    # ("Tarnholm Lines, Norway's largest ferry operator,"; not "In June, a textile company,": a time, no name)
    names |= people.companies_before(body, position)
    if not names:
        names = {name for _, name in headed}
    if not names:
        return None
    longest = max(names, key=len)
    return longest if all(name in longest for name in names) else None


def taken_up_body(body: str, trigger: tuple[int, int], sentence_start: int, bodies: ArticleBodies,
                  people: list[tuple[int, int]], named_people: PeopleIndex = _NO_PEOPLE) -> tuple[str, float] | None:
    """The body the trigger's subject takes up when that subject is a definite description by a body's head
    ("the ministry", "the council", "the bloc") or the pronoun "it" ("On Monday it signed", "it held a press
    conference"): the one body named before that fits (`ArticleBodies.resolve`), with its confidence. A passive
    ("it was signed") has no agent there; a subject that is a person's ("the minister") is no body."""
    low = max(sentence_start, trigger[0] - 120)
    words = body[trigger[0]:trigger[1]].lower().split()
    found = None
    if words and words[-1] in ALL_EVENT_NOUNS:
        found = _SUBJECT_OF_NOUN.search(body, low, trigger[0])
    if found is None:
        found = _SUBJECT_OF_VERB.search(body, low, trigger[0])
        if found is not None and (_PASSIVE_AUXILIARY.search(body, found.end(1), trigger[0])
                                  or _BE_NOT_SEMI_MODAL.search(body, found.start(1), trigger[0])):
            return None  # ("The board was last approved": a passive; "The council is set to vote" is none)
    if found is None or any(a < found.end(1) and found.start(1) < b for a, b in people):
        return None
    subject = found.group(1).split()
    while len(subject) > 2 and (subject[-1].lower() in _SUBJECT_TAIL or subject[-1].endswith("ly")):
        subject.pop()  # "The council also", "the city had": the auxiliary or adverb after the head
    if len(subject) == 1:
        return bodies.resolve(None, found.start(1))
    head = subject[-1].lower()
    head = head if head in _DESCRIPTION_WORDS else (head[:-1] if head.endswith("s") and head[:-1] in ORG_HEADS
                                                     else None)
    if head is None or head in ("party", "group", "government", "energy", "media", "capital", "front"):
        return None  # (a word too often no body's: "the party" of a contract, "the group" of people)
    if head in COMPANY_DESCRIPTORS and words and words[0] in PERFORMING_VERBS:
        return None  # ("The company performed": a dance or theatre company, no firm to take up)
    if len(subject) == 2:  # (a bare descriptor: "the company", not "the parent company")
        employer = teller_employer(body, found.start(1), sentence_start, head, named_people)
        if employer:
            return employer, 1.0
    return bodies.resolve(head, found.start(1))


# What may stand between a body subject and the trigger's verb: auxiliaries, adverbs, a time phrase ("Brannock on
# Monday suspended", "Brannock this month announced") and a semi-modal's chain (`_SUBJECT_OF_VERB`'s), nothing else.
_TIME_IN_GAP = (r"(?:(?:" + "|".join(_TIME_OPENERS) + r")\s+(?:" + CALENDAR_NAMES.lower() + "|" + CALENDAR_NAMES +
                r"|week|month|year|morning|evening|night)|today|yesterday|tonight)")
_GAP_WORDS = r"(?:(?:" + "|".join(_GAP_WORD_LIST) + r"|\w+ly|" + _TIME_IN_GAP + r")\s+)*"
_SUBJECT_VERB_GAP = re.compile(r"\s+" + _GAP_WORDS + r"(?:(?:(?:is|are|was|were)\s+)?(?:" + "|".join(SEMI_MODALS)
                               + r")\s+to\s+)?")


# A light verb taking a gathering noun as its object, right before the trigger ("hold a meeting", "held its annual
# meeting", "convened an emergency session"; `eventwords.REMARK_GATHERING_NOUNS`): its subject is the gathering's
# (round eventsR59), told plainly only: no negation or modality before the light verb ("will not hold a meeting",
# "did not hold": `eventwords.UNTOLD_GATHERING_WORDS`, as a bare gathering's; round eventsR60)
_LIGHT_VERB_OBJECT = re.compile(r"(?<![\w’'-])(?:hold|holds|held|holding|convene|convenes|convened|convening)\s+"
                                r"(?:(?:a|an|its|their|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_UNTOLD_BEFORE_LIGHT_VERB = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(UNTOLD_GATHERING_WORDS, key=len,
                                                                            reverse=True)) + r")(?![\w-])|n['’]t\b",
                                       re.I)


def lower_headed_subject(body: str, trigger: tuple[int, int], sentence_start: int,
                         people: list[tuple[int, int]]) -> str | None:
    """The body named by a place and a lower-case head (`orgnames.lower_headed_bodies`: "Kestle's hotel
    association") that is the subject of the trigger's verb ("When Kestle's hotel association met"): only
    auxiliaries and adverbs between, no passive, and not a preposition's object ("Critics of the Varnholt water
    board met"). None otherwise (the body as object or venue stands after the verb; "the Kestle hotel
    association's hall" is no subject)."""
    low = max(sentence_start, trigger[0] - 120)
    found = lower_headed_bodies(body, low, trigger[0], people)
    if not found:
        return None
    start, end, name = found[-1]
    if _PREPOSITION_BEFORE_SUBJECT.search(body, max(0, start - 12), start):
        return None  # ("A man from the Korvik farmers union resigned": the body is a preposition's object)
    gap_end = trigger[0]
    light = _LIGHT_VERB_OBJECT.search(body, end, trigger[0]) if body[trigger[0]:trigger[1]].lower() in \
        REMARK_GATHERING_NOUNS else None
    if light is not None:
        if _UNTOLD_BEFORE_LIGHT_VERB.search(body, end, light.start()):
            return None  # ("the Kelby council will not hold a meeting": no gathering of the body told)
        gap_end = light.start()  # ("the Kelby council will hold a meeting": the light verb's subject)
    if _SUBJECT_VERB_GAP.fullmatch(body, end, gap_end) and not _PASSIVE_AUXILIARY.search(
            body, end, gap_end) and not _BE_NOT_SEMI_MODAL.search(body, end, gap_end):
        return name
    return None


# A capitalised name with no head word shown as a body by its own clause: the act's object owned by "its", or "it"
# taking the name up ("Brannock suspended its flights", "Brannock announced it would close"), within the clause and
# with no nearer noun "its" may belong to (an article's noun or a name between: "Kestle sued the Varnholt water board
# over its prices", the board's; a weekday or month is no such name: "suspended on Monday its flights").
_ITS_IN_CLAUSE = re.compile(r"(?:(?!\b(?:that|which|who|whether|if|because|and|but|to|the|a|an)\b|\b(?!(?:"
                            + CALENDAR_NAMES + r")\b)[A-Z])[^,;:.!?\"“”()]){0,60}?"
                            r"\b(?:its|it(?=\s+(?:would|will|had|has|was|is|could|plans?|planned|intends?|"
                            r"intended)\b))\b")
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z&]{1,5}")
_NAME_BEFORE_GAP = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bthat\s))([A-Z][\w&’'.-]*(?:[ ]+[A-Z]"
                              r"[\w&’'.-]*){0,3})(?=" + _SUBJECT_VERB_GAP.pattern + r"$)")
# ... and a trigger noun that is the object its verb owns by "its": "Brannock suspended its direct Orlesk flights"
_NAME_ITS_OBJECT = re.compile(r"(?<![\w’'-])([A-Z][\w&’'.-]*(?:[ ]+[A-Z][\w&’'.-]*){0,3})\s+" + _GAP_WORDS
                              + r"(?:[a-z]+ed|"
                              + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")\s+its\s+"
                              r"(?:[\w’'-]+\s+){0,3}$")
# A one-word name the article writes as a place ("fled to Tarnby", "staff at ... in the Orlesk"): read once per body.
_AS_PLACE = re.compile(r"\b(?:in|near|to|into|outside|around)\s+(?:the\s+)?([A-Z][\w&’'.-]*)")


@lru_cache(maxsize=8)
def _written_as_places(body: str) -> frozenset[str]:
    """The words written after a place's preposition in `body`, each cut at any word boundary too ("to Tarnby's"
    holds "Tarnby"): one scan per article, not one per trigger."""
    found = set()
    for match in _AS_PLACE.finditer(body):
        word = match.group(1)
        found.update(word[:cut] for cut in range(1, len(word) + 1)
                     if word[cut - 1].isalnum() and (cut == len(word) or not word[cut].isalnum()))
    return frozenset(found)


def named_subject_body(body: str, subject: Subject | None, trigger: tuple[int, int],
                       people: list[tuple[int, int]]) -> str | None:
    """A capitalised name with no head word as the subject of the trigger's verb, when something shows it is a
    body: an acronym (not a generic one, "CEO"), "its"/"it" in the act's own clause ("Brannock suspended its
    flights"), or the article's writing of it as a body (`orgnames.acts_as_body`). None for a person's span, a place
    the gazetteer knows, a name after a preposition, a passive, or a name with no such sign (round eventsR43)."""
    if body[trigger[0]:trigger[1]].lower() in ALL_EVENT_NOUNS:
        owned = _NAME_ITS_OBJECT.search(body, max(0, trigger[0] - 120), trigger[0])
        subject = Subject(owned.start(1), owned.end(1), owned.group(1)) if owned else None
        if subject is None:
            return None
        gap_ok = True
    else:
        gap_ok = False
        if subject is None and (named := _NAME_BEFORE_GAP.search(body, max(0, trigger[0] - 120), trigger[0])):
            subject = Subject(named.start(1), named.end(1), named.group(1))  # ("Brannock on Monday suspended")
    if subject is None or subject.end > trigger[0] or not subject.text[:1].isupper():
        return None
    text, words = subject.text, subject.text.split()
    if not 1 <= len(words) <= 4 or not all(word[:1].isupper() for word in words) or any(
            word.lower() in _NOT_NAMES or word.lower() in TITLE_WORDS or word.strip("’'.") in GENERIC_ACRONYMS
            for word in words):
        return None  # (a sentence's opener too: "The", "Its", "When", `orgnames.NOT_NAMES`)
    if any(a < subject.end and subject.start < b for a, b in people) or find_places_and_organisations(text) or (
            _PREPOSITION_BEFORE_SUBJECT.search(body, max(0, subject.start - 12), subject.start)) or (
            is_given_name(words[0]) and not _ACRONYM_NAME.fullmatch(words[0])) or place_country(text) or (
            len(words) == 1 and not _ACRONYM_NAME.fullmatch(text) and text in _written_as_places(body)):
        return None  # (nor a one-word name the article writes as a place: "Residents fled to Tarnby. Tarnby closed
        # its"; a company's is written "at" or "from" too: "staff at Wells Fargo")
    gap = body[subject.end:trigger[0]]
    if not gap_ok and (not _SUBJECT_VERB_GAP.fullmatch(gap) or _PASSIVE_AUXILIARY.search(gap)
                       or _BE_NOT_SEMI_MODAL.search(gap)):
        return None
    if gap_ok or (len(words) == 1 and _ACRONYM_NAME.fullmatch(text)) or _ITS_IN_CLAUSE.match(body, trigger[1]) or (
            acts_as_body(body, text, people)):
        return text
    return None


# --- who is who for states and bodies: the article's table of parties ------------------------------------------

_GROUP_SIZE_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
# "the two countries", "both sides", "their three governments", "the two neighbouring states"
_GROUP_STAND_IN = re.compile(r"\b(?:(?:the|their|its)\s+(two|three|four|five|six)|(both))\s+(?:[a-z-]+\s+)?(?:"
                             + "|".join(sorted(COUNTRY_GROUP_NOUNS, key=len, reverse=True)) + r")\b(?!['’])", re.I)
# ... and one owning the trigger's agents: "the two countries' foreign ministers", "both countries' defence and
# foreign ministers", "their three countries' negotiators" (one of up to four lower-case words after it must be a
# title or a state's side's word, `_owned_agents`: "the two countries' border" or "fishermen" are no agents)
_GROUP_OWNER_STAND_IN = re.compile(_GROUP_STAND_IN.pattern[:-len(r"\b(?!['’])")] + r"['’]s?\s+((?-i:(?:[a-z-]+\s+){0,3}"
                                   r"[a-z-]+))\b", re.I)
# "the kingdom", "the government" (not "the country's", "the government of X", "the republic-wide")
_ONE_STAND_IN = re.compile(r"\b(?-i:[Tt]he)\s+(?:" + "|".join(sorted(COUNTRY_STAND_INS, key=len, reverse=True))
                           + r")\b(?!['’]|\s+of\b|-)")
# "the two coast guards", "both authorities", "their three ministries": a number of bodies by their head's plural
_BODY_GROUP_STAND_IN = re.compile(r"\b(?:(?-i:[Tt]he|[Tt]heir)\s+(two|three|four)|((?-i:[Bb]oth)))\s+(?:(?-i:[a-z-]+)\s+)?"
                                  r"((?-i:[a-z]+s))\b(?!['’])")
# What may stand between the stand-in and the trigger: its clause's verb words, no break, no other subject.
_STAND_IN_GAP = re.compile(r"[^,;:()\"“”.!?]{0,80}")
_STAND_IN_LINK = re.compile(r"\b(?:that|which|who|whom|whose|when|while|after|before|because|if|and|but)\b", re.I)
# A stand-in after one of these is a place's or a topic's object, not the act's party ("exports to the two
# countries", "in the kingdom"); after "of", "between", "by" it still names them ("ministers of the two countries").
_STAND_IN_OBJECT = re.compile(r"\b(?:in|at|to|from|on|for|into|across|over|about|against|within|throughout|"
                              r"inside|outside|around|near|between|with|among|under|by)\s+$", re.I)
# ... and after "of" only a person's or a state's side's word keeps it a party ("ministers of the two countries",
# "officials of both sides"; not "the border of the two countries")
_STAND_IN_OF = re.compile(r"([a-z]+)\s+of\s+$", re.I)
# ... and "from" after an officer's title or a state's side's word, as "of" ("ministers from both countries met",
# "officials from the two countries"; not "imports from the two countries", "farmers from both countries")
_STAND_IN_FROM = re.compile(r"([a-z]+)\s+from\s+$", re.I)
# A passive between the stand-in and the trigger: no agent there ("the cable between the two countries was damaged")
_PASSIVE_BEFORE_TRIGGER = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
_STAND_IN_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en)\b")
_STATE_HIT_KINDS = ("country", "capital", "demonym")
# "The Commission's plan, tabled", "the council’s new plan, approved": the owner before a possessed noun and the comma
# of the apposition that the participle opens (a past participle: "-ed", or an irregular one)
_OWNED_APPOSITION = re.compile(r"(?:\b[Tt]he\s+)?\b((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4}|(?-i:[a-z]+))"
                               r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+$")
_PARTICIPLE = re.compile(r"(?-i:[a-z]+ed)|(?:" + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")")
_BY_AGENT_AFTER = re.compile(r"[^,;.]{0,40}\bby\b")
# A stand-in opening its sentence as the teller of what follows: "The kingdom said on Monday that", "The Ministry
# announced"
_TELLER_STAND_IN = re.compile(r"[\s\"“]*((?:The|Both)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:also\s+|has\s+|had\s+)?"
                              r"(?:said|says|announced|confirmed|told\s+[\w\s]{1,30}?)\b")
# The teller's speech verb, within reach of the sentence's start, no clause break before it but the commas of an
# apposition ("The head of LNG Hrvatska, Ivana Perkovic, said"); a body's head written in the teller's phrase
# ("The cooperative's president", "the head of the authority")
_TELLER_VERB = re.compile(r"\b(?:said|says|announced|confirmed|added|told)\b")
_TELLER_BREAK = re.compile(r"[;:.!?]|\b(?:that|which|who)\b")
_TELLER_REACH = 150
_TELLER_HEAD = re.compile(r"\b(?-i:[Tt]he)\s+([a-z]+)(?:['’]s\b|\s+(?=(?:[a-z]+\s+)?(?:president|chairman|chair|head|"
                          r"director|spokesman|spokeswoman|spokesperson|chief)\b))")
# ... or a body the article names, opening the sentence as the teller ("The Department of Forests and Park Services
# denied that compensation payments had been halted")
_TELLER_NAME = re.compile(r"[\s\"“]*(?:[Tt]he\s+)?((?-i:[A-Z])[\w’'&.-]*"
                          r"(?:\s+(?:(?-i:of|for|and|the)\s+)*(?-i:[A-Z])[\w’'&.-]*)*)"
                          r"\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:said|says|announced|confirmed|denied|denies|"
                          r"rejected|told\s+[\w\s]{1,30}?)\b")
# "the ministry", "the bureau", "the department", "the bloc" as the subject: a body's head (`ArticleBodies`), not
# the words too often no body's ("the party" of a contract, "the group" of people, "the government": a state's)
_NO_BODY_STAND_INS = frozenset({"party", "group", "government", "energy", "media", "capital", "front", "state",
                                "country", "nation", "republic", "kingdom"})
_BODY_STAND_IN = re.compile(r"\b(?-i:[Tt]he)\s+(?:(?-i:[a-z-]+)\s+)?((?-i:[a-z]+)|(?-i:[A-Z][a-z]+)(?!\s+(?-i:[A-Z])))"
                            r"\b(?!['’]|\s+of\b|-)")  # (a capitalised head alone: "the Ministry said")


class ArticleEntities:
    """The article's table of parties: the countries it names (by name, capital or demonym, in text order) and its
    bodies (`ArticleBodies`, with the acronyms it defines), read once per article, so that a stand-in in a party
    slot ("the two countries", "both sides", "the kingdom", "the government") resolves to the entities it stands
    for, once, when exactly one candidate (or one group of the told size) fits among those named before it."""

    def __init__(self, body: str, hits: list[GazetteerHit], bodies: ArticleBodies) -> None:
        self._body = body
        self._states = sorted((hit.start, hit.country) for hit in hits
                              if hit.kind in _STATE_HIT_KINDS and hit.country)
        self._hits = sorted((hit.start, hit.end) for hit in hits)
        self.bodies = bodies

    def countries_before(self, position: int, low: int = 0) -> list[str]:
        """The distinct countries named in body[low:position], in order of first mention."""
        return list(dict.fromkeys(country for start, country in self._states if low <= start < position))

    def _group(self, size: int, position: int) -> list[str] | None:
        """The group of `size` countries a plural stand-in at `position` takes up: the article's countries named
        before it when they are that many, else its paragraph's (none when neither is)."""
        named = self.countries_before(position)
        if len(named) == size:
            return named
        paragraph = self._body.rfind("\n", 0, position) + 1
        named = self.countries_before(position, paragraph)
        return named if len(named) == size else None

    def pair_before(self, position: int) -> list[str] | None:
        """The two countries the article (else the paragraph) names before `position`, when they are exactly two."""
        return self._group(2, position)

    def stand_in(self, clause_start: int, trigger_start: int, people: list[tuple[int, int]],
                 already: list[str] = ()) -> list[str] | None:
        """The entities a stand-in written as the trigger's subject (or its "of" phrase: "ministers of the two
        countries") stands for, or None when there is none or more than one candidate fits (or, for a group, when
        the trigger has as many actors `already`)."""
        body = self._body
        group = self._body_group(clause_start, trigger_start, people)
        if group is not None:
            return group
        found = None
        for pattern in (_GROUP_STAND_IN, _ONE_STAND_IN, _GROUP_OWNER_STAND_IN):
            for match in pattern.finditer(body, clause_start, trigger_start):
                if pattern is _GROUP_OWNER_STAND_IN and not _owned_agents(match.group(3)):
                    continue
                if found is None or match.start() > found.start():
                    found = match
        body_match = None
        for match in _BODY_STAND_IN.finditer(body, clause_start, trigger_start):
            head = match.group(1).lower()
            if head in _DESCRIPTION_WORDS and head not in _NO_BODY_STAND_INS:
                body_match = match
        if body_match is not None and (found is None or body_match.start() > found.end()):
            found = body_match
        if found is None or _inside_quote(body, found.start()):
            return None  # "'The kingdom signed a treaty in 1909,' a historian said of Kedah": the quote's own
        if found.re is _ONE_STAND_IN and found.end() < trigger_start and (
                after := _WORD_AFTER.match(body, found.end())) and not _verbish(after.group(1)):
            return None  # "The country singer signed": the stand-in's word qualifies a noun, no state
        if found.re in (_GROUP_STAND_IN, _GROUP_OWNER_STAND_IN) and (_GROUP_OF_AFTER.match(body, found.end()) and not any(
                found.end() <= a < min(trigger_start, found.end() + 40) for a, _ in self._state_spans())
                or _SEPARATE_BEFORE.search(body[max(0, found.start() - 160):found.start()].rsplit(". ", 1)[-1])
                or self._matter_between(found.start())):
            return None  # "both sides of the players' union dispute", "In a separate case, both sides", "A lawsuit
            # ... Both sides signed": the sides of another matter, not the countries
        gap = _STAND_IN_GAP.fullmatch(body, found.end(), trigger_start)
        side_from = _STAND_IN_FROM.search(body, max(clause_start, found.start() - 30), found.start())
        side_from = side_from is not None and (side_from.group(1).lower() in TITLE_HEADS
                                               or side_from.group(1).lower() in STATE_SIDE_NOUNS)
        if gap is None or _STAND_IN_LINK.search(body, found.end(), trigger_start) or (_STAND_IN_OBJECT.search(
                body, max(clause_start, found.start() - 15), found.start()) and not side_from):
            return None
        of = _STAND_IN_OF.search(body, max(clause_start, found.start() - 30), found.start())
        if of is not None and not (_is_title(of.group(1).lower()) or of.group(1).lower() in STATE_SIDE_NOUNS):
            return None
        if _STAND_IN_PASSIVE.search(body, found.end(), trigger_start) or _PASSIVE_BEFORE_TRIGGER.search(
                body, found.end(), trigger_start):
            return None
        if any(found.end() <= a < trigger_start for a, _ in people) or any(
                found.end() <= a < trigger_start for a, _ in self._hits):
            return None  # another subject between: "the government and Ghana's central bank signed"
        if found.re is _BODY_STAND_IN and found.group(1).lower() in COMPANY_DESCRIPTORS and \
                body[trigger_start:trigger_start + 20].split()[:1] and \
                body[trigger_start:trigger_start + 20].split()[0].lower() in PERFORMING_VERBS:
            return None  # ("The company performed": a dance or theatre company, no firm to take up)
        return self._resolve(found, already)

    def _body_group(self, clause_start: int, trigger_start: int, people: list[tuple[int, int]]) -> list[str] | None:
        """"The two coast guards will hold", "Both authorities will sign": the bodies of that head the article named
        before, when they are exactly that many (`ArticleBodies`; a shorter repeat of a name is the same body), the
        description the trigger's subject (nothing between but its verb words, no other subject, no passive)."""
        found = None
        for match in _BODY_GROUP_STAND_IN.finditer(self._body, clause_start, trigger_start):
            found = match
        if found is None or _inside_quote(self._body, found.start()):
            return None
        plural = found.group(3).lower()
        head = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]  # ("authorities", "coast guards")
        if head not in ORG_HEADS or head in _NO_BODY_STAND_INS or _is_title(head):
            return None
        body = self._body
        if _STAND_IN_GAP.fullmatch(body, found.end(), trigger_start) is None or _STAND_IN_LINK.search(
                body, found.end(), trigger_start) or _STAND_IN_OBJECT.search(
                body, max(clause_start, found.start() - 20), found.start()) or _STAND_IN_PASSIVE.search(
                body, found.end(), trigger_start) or any(found.end() <= a < trigger_start for a, _ in people):
            return None
        size = _GROUP_SIZE_WORDS[(found.group(1) or found.group(2)).lower()]
        self.bodies._read()
        names = [name for start, name, heads in self.bodies._entries if start < found.start() and head in heads]
        distinct = [name for name in dict.fromkeys(names) if not any(name != other and name in other
                                                                     for other in names)]
        return distinct if len(distinct) == size else None

    def _state_spans(self) -> list[tuple[int, int]]:
        return [(start, start + 1) for start, _ in self._states]

    def _matter_between(self, position: int) -> bool:
        """Whether a matter with sides of its own (`eventwords.MATTER_NOUNS`: a case, a lawsuit, a strike, a match)
        is written after the sentence naming the article's last country before `position`, so nearer the group
        stand-in at `position` than the countries are."""
        named = [start for start, _ in self._states if start < position]
        if not named:
            return False
        stop = _SENTENCE_STOP.search(self._body, named[-1], position)
        return stop is not None and _MATTER.search(self._body, stop.end(), position) is not None

    def sole_body(self, heads: frozenset[str]) -> str | None:
        """The one body of the article with one of `heads` (a name written shorter inside a longer one is that one:
        "the High Court" in "the Windhoek High Court"), or None when there is none or more than one."""
        self.bodies._read()
        # (a body named only inside quotations is what someone said, not one the narration names: "We are
        # confident the Court of Appeal will see it differently")
        told = {name for start, name, body_heads in self.bodies._entries
                if body_heads & heads and not _quoted_at(self._body, start)}
        if not told:
            # ... unless the narration names none and a quotation tells the body's own verdict ("The High Court of
            # Kenya has found the accused guilty"): the body that acted (not one appealed to or hoped for)
            told = {name for start, name, body_heads in self.bodies._entries
                    if body_heads & heads and (verdict := _VERDICT_AFTER.match(self._body, start + len(name)))
                    and verdict.group(1).lower() in COURT_VERDICT_VERBS}
        if not told:
            return None
        longest = max(told, key=len)
        return longest if all(name in longest for name in told) else None

    def court_act(self, trigger: tuple[int, int], previous_start: int, sentence_end: int) -> str | None:
        """The court whose act the trigger tells without naming it ("She was convicted in August"): the article's
        one court (`sole_body`), for a court's act (`eventwords.COURT_ACTS`), or a trial or hearing among a court's
        words in its sentence or the one before (`COURT_ACTS_WITH_CUES`, `COURT_CUES`)."""
        words = set(self._body[trigger[0]:trigger[1]].lower().split())
        if _BY_AGENT_AFTER.match(self._body, trigger[1]) or (
                _PAST_FORM.fullmatch(self._body, trigger[0], trigger[1])
                and not _PASSIVE_OR_CHAINED.search(self._body, max(previous_start, trigger[0] - 40), trigger[0])
                and not _PASSIVE_TIMED.search(self._body, max(previous_start, trigger[0] - 40), trigger[0])):
            return None  # "convicted by an anti-terrorism court", "The referee sentenced the striker": the act's
            # agent is written (a past form is the court's only as a passive or a participle: "He was convicted")
        if _OWNED_VERDICT.search(self._body, max(0, trigger[0] - 12), trigger[1]):
            return None  # "Viewers gave their verdict": the verdict of those the pronoun takes up, not a court's
        if not words & COURT_ACTS:
            if not words & COURT_ACTS_WITH_CUES:
                return None
            context = {word for word in re.findall(r"[a-z]+", self._body[previous_start:sentence_end].lower())}
            if not context & (COURT_CUES - COURT_ACTS_WITH_CUES):
                return None
        before = set(self.countries_before(trigger[0]))
        if any(not country in before and _IN_BEFORE.search(self._body, max(trigger[1], start - 8), start)
               for start, country in self._states if trigger[1] <= start < sentence_end):
            return None  # "She had been convicted in Botswana": another state's court, not the article's
        return self.sole_body(COURT_HEADS)

    def teller_stand_in(self, sentence_start: int, trigger_start: int) -> list[str] | None:
        """The entities a stand-in opening the sentence as the teller of the trigger's agentless clause stands for
        ("The kingdom said on Monday that the summit had been postponed"), or None."""
        teller = _TELLER_STAND_IN.match(self._body, sentence_start, trigger_start)
        if teller is None:
            named = _TELLER_NAME.match(self._body, sentence_start, trigger_start)
            self.bodies._read()
            if named is not None:
                written = named.group(1)
                found = [name for start, name, _ in self.bodies._entries if start == named.start(1) and (
                    name == written or name.endswith(written) or written.endswith(name))]
                if found:
                    return [found[0]]
            return self._officer_body(sentence_start, trigger_start)
        for pattern in (_GROUP_STAND_IN, _ONE_STAND_IN, _BODY_STAND_IN):
            found = pattern.match(self._body, teller.start(1), teller.end(1))
            if found is not None and found.end() == teller.end(1) and (
                    pattern is not _BODY_STAND_IN or (found.group(1).lower() in _DESCRIPTION_WORDS
                                                      and found.group(1).lower() not in _NO_BODY_STAND_INS)):
                return self._resolve(found, [])
        return None

    def _officer_body(self, sentence_start: int, trigger_start: int) -> list[str] | None:
        """The body of the officer telling of the trigger's agentless clause, written in the teller's phrase before
        its speech verb: the one body named there ("The head of LNG Hrvatska, X, said", "Chairman of the Y Board Z
        said"), else a body taken up by its head there ("The cooperative's president, X, said")."""
        verb = _TELLER_VERB.search(self._body, sentence_start, min(trigger_start, sentence_start + _TELLER_REACH))
        if verb is None or _TELLER_BREAK.search(self._body, sentence_start, verb.start()):
            return None
        inside = list(dict.fromkeys(name for start, name, _ in self.bodies._entries
                                    if sentence_start <= start < verb.start()))
        if len(inside) == 1:
            return inside
        if inside:
            return None
        for match in _TELLER_HEAD.finditer(self._body, sentence_start, verb.start()):
            head = match.group(1).lower()
            if head in _DESCRIPTION_WORDS and head not in _NO_BODY_STAND_INS:
                taken = self.bodies.resolve(head, match.start())
                return [taken[0]] if taken is not None and taken[1] >= 1.0 else None
        return None

    def participle_owner(self, trigger: tuple[int, int]) -> list[str] | None:
        """The agent of an agentless participle in apposition to a possessed noun: its owner, a body or country of
        the table ("The Commission's plan, tabled in July": the European Commission; "the council's plan, approved":
        the one council named before), or None (a person's, a thing's: "Karl Brenner's plan", "the ferry's")."""
        body = self._body
        if not _PARTICIPLE.fullmatch(body, trigger[0], trigger[1]):
            return None
        owner = _OWNED_APPOSITION.search(body, max(0, trigger[0] - 80), trigger[0])
        if owner is None or _BY_AGENT_AFTER.match(body, trigger[1]):
            return None
        words = owner.group(1)
        if words[0].islower():
            head = words.lower()
            if head not in _DESCRIPTION_WORDS or head in _NO_BODY_STAND_INS:
                return None
            taken = self.bodies.resolve(head, owner.start(1))
            return [taken[0]] if taken is not None and taken[1] >= 1.0 else None
        self.bodies._read()
        named = [name for start, name, _ in self.bodies._entries if start == owner.start(1) or name == words]
        if named:
            return [named[0]]
        states = self.countries_before(owner.end(1), owner.start(1))
        if len(states) == 1:
            return states
        head = words.split()[-1].lower()
        if len(words.split()) == 1 and head in _DESCRIPTION_WORDS and head not in _NO_BODY_STAND_INS:
            taken = self.bodies.resolve(head, owner.start(1))  # "The Commission's plan": the one named before
            return [taken[0]] if taken is not None and taken[1] >= 1.0 else None
        return None

    def _resolve(self, found: re.Match[str], already: list[str]) -> list[str] | None:
        if found.re is _BODY_STAND_IN:
            taken = self.bodies.resolve(found.group(1).lower(), found.start())
            if taken is None or taken[1] < 1.0 or any(taken[0] in name or name in taken[0] for name in already):
                return None
            return [taken[0]]
        if found.re in (_GROUP_STAND_IN, _GROUP_OWNER_STAND_IN):
            size = _GROUP_SIZE_WORDS[(found.group(1) or found.group(2)).lower()]
            if len(already) >= size:
                return None  # the group read already (`events`: the parties of the last event that named it)
            return self._group(size, found.start())
        named = self.countries_before(found.start())
        if len(named) != 1:
            return None
        noun = found.group(0).split()[-1].lower()
        if (noun in MONARCHY_STAND_INS and named[0] not in MONARCHIES) or (
                noun == "republic" and (named[0] in MONARCHIES or named[0] in REALMS)):
            return None  # "the kingdom" after France, "the republic" after Norway: a state of another form
        last = max(start for start, country in self._states if start < found.start())
        if _INDEFINITE_STATE.search(self._body, last, found.start()) or _RESTRICTIVE_AFTER.match(
                self._body, found.end()):
            return None  # "sent to a third country. The country signed", "The country she now calls home"
        return named


_OWNED_VERDICT = re.compile(r"\b(?:their|our|your|my)\s+verdicts?$", re.I)
# A group stand-in followed by "of"/"in" is the sides of what follows ("both sides of the dispute") unless that
# names a state; one after "separate(ly)" or "another" in its sentence is another matter's; the word after a
# one-state stand-in must be a verb's or a function word ("The country signed", "The kingdom also", not "The
# country singer")
_GROUP_OF_AFTER = re.compile(r"\s+(?:of|in)\s+")
_SEPARATE_BEFORE = re.compile(r"\b(?:separate(?:ly)?|another|unrelated)\b", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_MATTER = re.compile(r"\b(?:" + "|".join(sorted(MATTER_NOUNS, key=len, reverse=True)) + r")\b", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[\"“‘'](?=\w)")
_QUOTE_CLOSE = re.compile(r"(?<=[\w.,!?])[\"”’'](?=[\s,.;:!?)]|$)")


def _owned_agents(words: str) -> bool:
    """Whether the lower-case words a group stand-in owns ("foreign ministers", "defence and foreign ministers held")
    hold a title or a state's side's word (`eventwords.STATE_SIDE_NOUNS`), so that the group acts through them."""
    # (the words after the owned noun, up to the trigger, are its clause's verb words: "ministers held talks")
    return any(_is_title(word) or word in STATE_SIDE_NOUNS for word in words.split())


def _verbish(word: str) -> bool:
    return (word in FUNCTION_WORDS or word.endswith(("ed", "ly", "s")) or word in IRREGULAR_PAST)


# The verb a body's name is the subject of, right after it ("... has found", "... on Monday ruled").
_VERDICT_AFTER = re.compile(r"\s+(?:(?:has|have|had|today|yesterday|on\s+\w+|\w+ly)\s+)*([a-z]+)\b")


def _quoted_at(body: str, position: int) -> bool:
    """`_inside_quote` without copying the text before `position` (read for every body of the article)."""
    paragraph = body.rfind("\n", 0, position) + 1
    marks = sorted([(m.start(), True) for m in _QUOTE_OPEN.finditer(body, paragraph, position + 1)
                    if m.start() < position]
                   + [(m.start(), False) for m in _QUOTE_CLOSE.finditer(body, paragraph, position + 1)
                      if m.start() < position])
    return bool(marks) and marks[-1][1]


def _inside_quote(body: str, position: int) -> bool:
    """Whether `position` lies inside a quotation opened in its paragraph and not yet closed."""
    paragraph = body.rfind("\n", 0, position) + 1
    text = body[:position + 1]  # (the mark's lookahead sees the stand-in's first letter)
    marks = sorted([(m.start(), True) for m in _QUOTE_OPEN.finditer(text, paragraph) if m.start() < position]
                   + [(m.start(), False) for m in _QUOTE_CLOSE.finditer(text, paragraph) if m.start() < position])
    open_ = False
    for _, opening in marks:
        open_ = opening
    return open_


_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# A court's act written as a past form: a passive's ("was convicted"), a participle chained to one ("convicted in
# August and sentenced"), or one opening an apposition or its sentence ("Okello, convicted in 2019,")
_PAST_FORM = re.compile(r"(?-i:[a-z]+ed)|(?:" + "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True)) + r")")
_PASSIVE_OR_CHAINED = re.compile(r"(?:\b(?:was|were|been|being|be|is|are|got|get|gets|getting)|\band|\bor|[,;:.!?\"“‘]"
                                 r"|^)\s+(?:\w+ly\s+)?$")
# ... and a passive whose auxiliary a time adverbial parts from the participle ("was on Wednesday sentenced", "was
# last month convicted"): still the court's act
_PASSIVE_TIMED = re.compile(r"\b(?:was|were|been|is|are)\s+(?:on\s+(?-i:[A-Z])\w+|(?:last|this|next)\s+(?:week|month|year|"
                            r"(?-i:[A-Z])\w+)|yesterday|today|earlier|later)\s+(?:\w+ly\s+)?$", re.I)
# A state the text leaves unnamed, between the named one and the stand-in ("a third country", "another nation"),
# and a restrictive clause right after the stand-in ("the country she now calls home"): not the named state.
_INDEFINITE_STATE = re.compile(r"\b(?:an?|another|one|some|any|third|other)\s+(?:[a-z-]+\s+)?(?:"
                               + "|".join(sorted(COUNTRY_STAND_INS, key=len, reverse=True)) + r")\b", re.I)
_RESTRICTIVE_AFTER = re.compile(r"\s+(?:she|he|they|we|I|you)\b")


# --- the author of a piece of research ---------------------------------------------------------------------

# A capitalised name whose inner words may be lower-case links ("Universidad de los Andes", "Institute of Science
# and Technology").
_AUTHOR_NAME = (r"((?-i:[A-Z][\w’'.&-]*)(?:\s+(?:(?-i:of|for|and|de|del|los|las|la|le|des|di|da|der|the|&)\s+)*"
                r"(?-i:[A-Z][\w’'.&-]*))*)")
_AUTHOR_AFTER = re.compile(r"\bby\s+(?:(?:a\s+(?:team|group)\s+of\s+)?(?:[a-z]+\s+)?(?:" + "|".join(
    sorted(RESEARCHER_WORDS)) + r")\s+(?:at|from|of|with)\s+)?(?:the\s+)?" + _AUTHOR_NAME)
# (a qualifier of the piece may stand between the article and the name: "a national Harwick Poll", "a new
# Ostara Institute survey")
_AUTHOR_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:national|nationwide|new|latest|recent|separate|annual|monthly|"
                            r"weekly|quarterly)\s+)?" + _AUTHOR_NAME + r"\s+(?:new\s+|latest\s+)?$")
# ... or the name owning the piece: "Harwick's survey in March", "the Ostara Institute's latest report"
_AUTHOR_OWNER = re.compile(r"(?<![\w’'])" + _AUTHOR_NAME + r"['’]s\s+(?:new\s+|latest\s+)?$")
# What may stand between the noun and its "by": the piece's own words ("published today in the journal X"), not
# another clause.
# (a comma before the piece's own "published" phrase ends nothing: "The study, published in May by researchers at
# the Varna Institute, found")
_AUTHOR_GAP = re.compile(r"(?:\s*,\s*(?=(?:first\s+)?published\b))?"
                         r"(?:(?![,;:.!?()\"“”]|\b(?:that|which|who|as|while|but|and)\b)[^\n]){0,100}")
_AUTHOR_REACH = 60  # characters before the noun read for an author written as its modifier


# A calendar word alone or with its day and year numbers ("July 23", "Friday", "March 2027"): a date after "by".
_DEADLINE = re.compile(r"[A-Z][a-z]+\.?(?:\s+\d{1,4}(?:st|nd|rd|th)?,?)*")


def _author_spans(body: str, trigger: tuple[int, int], sentence_end: int) -> list[tuple[int, int]]:
    """Where the author of the piece of research the trigger noun names may be written: after "by", or right before
    the noun; empty when the noun is no research noun (`eventwords.RESEARCH_NOUNS`)."""
    if body[trigger[0]:trigger[1]].lower() not in RESEARCH_NOUNS:
        return []
    candidates = []
    gap = _AUTHOR_GAP.match(body, trigger[1], sentence_end)
    after = _AUTHOR_AFTER.search(body, trigger[1], min(sentence_end, gap.end() + 120)) if gap else None
    if after is not None and after.start() <= gap.end():
        candidates.append(after.span(1))
    before = _AUTHOR_BEFORE.search(body, max(0, trigger[0] - _AUTHOR_REACH), trigger[0]) or _AUTHOR_OWNER.search(
        body, max(0, trigger[0] - _AUTHOR_REACH), trigger[0])
    if before is not None and before.re is _AUTHOR_OWNER and not _owner_is_body(body, before.group(1)):
        before = None  # "Jones's survey": a surname the article never writes as a body's name is no author
    if before is not None:
        candidates.append(before.span(1))
    spans = []
    for start, end in candidates:
        while end > start and body[end - 1] == ".":
            end -= 1  # (the sentence's full stop after the name)
        if body[end - 2:end] in ("'s", "’s") and end - 2 > start:
            end -= 2  # (the owner's possessive: "the Ostara Institute's report")
        spans.append((start, end))
    return spans


def _owner_is_body(body: str, owner: str) -> bool:
    """Whether a piece's owner ("Harwick's survey") names a body: a name of two words or more, an acronym, or one word
    the article also writes as the first word of a longer capitalised name ("Harwick Research"); a bare surname,
    "Jones's survey", is none (review of eventsR20, newly wrong 3)."""
    owner = re.sub(r"['’]s$", "", owner.strip())
    if " " in owner or owner.isupper():
        return True
    return re.search(r"(?<![\w’'])" + re.escape(owner) + r"\s+(?-i:[A-Z])", body) is not None


def _person_named(name: str, persons: Iterable[str]) -> str | None:
    """The article's person `name` names: the whole name, or its last words ("Brandt", "Ilse Brandt" -> Ilse
    Brandt; a possessive's ending aside)."""
    words = re.sub(r"['’]s$", "", name).split()
    if not words:
        return None
    for person in persons:
        parts = person.split()
        if len(words) <= len(parts) and parts[-len(words):] == words:
            return person
    return None


def piece_authors(body: str, trigger: tuple[int, int], sentence_end: int, hits: list[GazetteerHit],
                  people: list[tuple[int, int]], acronyms: dict[str, str], persons: Iterable[str] = ()) -> list[str]:
    """The author of the piece of research the trigger noun names (`eventwords.RESEARCH_NOUNS`): the body after
    "by" ("a study published in the journal X by researchers at the Varna Institute") or written right before the
    noun ("an Ostara Institute survey"). Its only party: what it is about and where it was printed are not. None
    when the sentence names no body as its author (a person, a place or a demonym is no body: "a Danish study";
    nor the name of one of the article's `persons`, though not marked there: "Mayor Ilse Brandt ... The Brandt
    audit")."""
    for start, end in _author_spans(body, trigger, sentence_end):
        if any(a < end and start < b for a, b in people) or _person_named(body[start:end], persons):
            continue  # "a study by Ana Silva", "the Brandt audit": a person's piece
        if _DEADLINE.fullmatch(body, start, end) and body[start:end].split()[0].lower() in DAYS_MONTHS:
            continue  # "file a compliance report by July 23", "the audit by Friday": a deadline, not an author
            # (a name opening with such a word stays one: "a study by May Holdings")
        covering = [hit for hit in hits if hit.start <= start and end <= hit.end]
        if any(hit.kind not in ("organisation", "ministry") for hit in covering) or country_of_demonym(
                body[start:end]):
            continue  # a place or a demonym: what the piece is about or where it comes from, not its author
        name = body[start:end]
        return [covering[0].canonical if covering else organisation_name(acronyms.get(name, name))]
    return []


def piece_person(body: str, trigger: tuple[int, int], sentence_end: int, persons: Iterable[str]) -> str | None:
    """The article's person written as the author of the piece of research the trigger noun names, where the people
    step marked no mention ("The Brandt audit, published on Tuesday" after "Mayor Ilse Brandt" -> Ilse Brandt): a
    participant of the piece, not a body acting."""
    for start, end in _author_spans(body, trigger, sentence_end):
        person = _person_named(body[start:end], persons)
        if person is not None:
            return person
    return None


# --- the state of an officer written without one -------------------------------------------------------------

# A state office before a name with no state written ("Foreign Minister Kaur Lepik", "The Minister for
# Infrastructure, Hon. Sione Tu'ipulotu"): a domestic story's way of naming its own state's officer. (The words
# before the office are read too, a state's possessive among them: "Norway's Foreign Minister" names its state.)
_BARE_OFFICE_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|President|Premier|Chancellor|"
                                 r"Secretary)(?:\s+(?:for|of)(?:\s+(?:the\s+)?[A-Z][a-z]+|\s+and){1,5})?,?\s+"
                                 r"(?:(?:Hon|Dr|Mr|Ms|Mrs|H\.E)\.?\s+)?$")
_BARE_OFFICE_REACH = 70


def domestic_officer(body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a person is introduced at one of their mentions (`spans`) by a state office with no state, demonym
    or capital in it ("Foreign Minister Kaur Lepik", not "Finnish Foreign Minister Ville Rantanen")."""
    for start, _ in spans:
        match = _BARE_OFFICE_BEFORE.search(body, max(0, start - _BARE_OFFICE_REACH), start)
        if match is not None and not any(hit.kind in _STATE_KINDS for hit in find_places_and_organisations(
                match.group(0))):
            return True
    return False


def domestic_state(body: str, hits: list[GazetteerHit], foreign: str, sentence: tuple[int, int],
                   dateline_country: str | None, headlines: tuple[str, ...] = ()) -> str | None:
    """The state a domestic officer acts for beside a foreign one (`foreign`, their counterpart's: "Foreign
    Minister Kaur Lepik and his Finnish counterpart"): the dateline's, else the one other state the sentence names,
    else the one other state of the first line that names any state (the headline or lead: "Estonia, Finland to
    sign ..."), else of the first of the article's `headlines` (title, standfirst: kept apart from the body) that
    names any; none when that is not a single state."""
    if dateline_country and dateline_country != foreign:
        return dateline_country
    others = _states_named(hits, *sentence) - {foreign}
    if not others:
        first = min((hit.start for hit in hits if hit.kind in _STATE_KINDS and hit.country), default=None)
        others = _states_named(hits, *_paragraph(body, first)) - {foreign} if first is not None else set()
    for headline in headlines:
        if others:
            break
        named = _states_named(find_places_and_organisations(headline or ""), 0, len(headline or ""))
        if named:
            others = named - {foreign}
            break  # (the first headline that names a state: its other state or none)
    return next(iter(others)) if len(others) == 1 else None


# --- the reporting speaker (issue 15, point 2: "never ... the reporting speaker") ---------------------------------
# A person whose own clause governs the trigger's only tells of the event: "X said the company would decide", "The
# head of the port, X, said the expansion would be completed", "X denied that the government had postponed", "X
# says the cooperative applied". The speaker is a party when the governed clause's pronoun takes the speaker up ("X
# said she would visit", "X told reporters he had met Y"), when what follows the saying is its occasion ("said
# after the meeting", "said at a press conference", "told a news conference") or when the trigger is a noun the
# saying has for its object or subject with no verb of its own between ("X said talks with Y were advanced").
_TELLING_VERB = re.compile(r"\b(?:said|says|say|told|tells|tell|added|adds|denied|denies|deny|announced|announces|"
                           r"confirmed|confirms|claimed|claims|insisted|insists|stressed|stresses|noted|notes|"
                           r"explained|explains|warned|warns|argued|argues|maintained|maintains)\b", re.I)
# What may stand between the speaker's name and the saying verb: a second name of the subject ("and Y"), an
# apposition ("X, the mayor, said"; "The head of the port, X, said") and adverbs.
_SPEAKER_TO_VERB = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*)?"
                              r"(?:\s*,[^,;:.!?\"“”]{1,80},)?\s*,?\s*(?:(?:also|further|then|later|again|\w+ly)\s+)*")
# The addressee of "told"/"tells": "told reporters", "told N1", "told The Post".
_TOLD_WHOM = re.compile(r"\s+(?:reporters|journalists|members|lawmakers|the\s+media|(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*"
                        r"(?:\s+(?-i:[A-Z])[\w’'.&-]*)*)(?=[\s,])")
# Adverbials of the saying itself, before what is said: "said on Monday", "said in a statement", "also said".
_SAYING_ADVERBIAL = re.compile(r"\s*,?\s*(?:on\s+(?-i:[A-Z])\w+|yesterday|today|earlier|later|last\s+\w+|"
                               r"this\s+(?:week|month|year|morning|afternoon|evening)|"
                               r"in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|post|letter|speech)\b"
                               r"(?:\s+(?:to|with)\s+(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?-i:[A-Z])[\w’'.&-]*)*)?)"
                               r"(?=[\s,])\s*,?", re.I)
_THAT_LINK = re.compile(r"\s*,?\s*that\b", re.I)
_SPEAKER_TAKEN_UP = re.compile(r"\s*(?:he|she|they|we|i)\b", re.I)
_SAYING_OCCASION = re.compile(r"\s*(?:after|at|during|before|following|ahead\s+of|in|on|from|with|upon|when|while|"
                              r"as|of|about|over)\b", re.I)
# A pronoun of the speaker anywhere in the reported clause before the trigger, past a bare weekday, an addressee
# or an aside ("said Tuesday she would visit", "told colleagues she had resigned", "said that, after months of
# pressure, she had resigned", "explained why he resigned", "said: 'I met him twice'").
_SPEAKER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Oo]ur|[Mm]y)\b")
# What opens the clause of the speaker's pronoun: the reported clause's start, a link, an aside's or quote's mark, a
# time word; not a noun the pronoun's relative clause qualifies ("the company she founded", "the plant where she").
_PRONOUN_OPENS = re.compile(r"(?:^|[,:;'\"“‘(]|\b(?:that|why|how|when|whether|if|and|or|but|because|after|before|"
                            r"since|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|"
                            r"today|tonight|yesterday))\s*$", re.I)
# A "told" addressee of a few lower-case words before the pronoun ("told colleagues she", "told his supporters he").
_ADDRESSEE_WORDS = re.compile(r"\s*(?:[a-z]+\s+){1,3}")
# An infinitive trigger whose verb has no subject of its own: the speaker's ("confirmed plans to meet"), also
# after an empty "it" ("said it had been an honour to meet").
_TO_BEFORE_TRIGGER = re.compile(r"\bto\s*$")
_DUMMY_IT = re.compile(r"\s*(?:that\s+)?it\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been)\b", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|been|be|will|would|could|can|may|might|should|must|"
                          r"(?-i:[a-z]+ed))\b", re.I)


def reporting_speaker(body: str, end: int, trigger: tuple[int, int], noun_trigger: bool) -> bool | None:
    """Whether the person named just before `end`, before the trigger, is the speaker of a saying that governs the
    trigger's clause and not a party of it (True), a speaker who is a party (False: "said she would visit", "said
    after the meeting"), or no speaker of a saying at all (None)."""
    between = body[end:trigger[0]]
    verb = _TELLING_VERB.search(between)
    if verb is None or not _SPEAKER_TO_VERB.fullmatch(between, 0, verb.start()):
        return None
    position = verb.end()
    if verb.group(0).lower().startswith(("tell", "told")) and (whom := _TOLD_WHOM.match(between, position)):
        position = whom.end()
    for pattern in (_SAYING_ADVERBIAL, _THAT_LINK, _SAYING_ADVERBIAL):
        while (match := pattern.match(between, position)) and match.end() > position:
            position = match.end()
    rest = between[position:]
    if not rest.strip() or _SPEAKER_TAKEN_UP.match(rest) or _SAYING_OCCASION.match(rest):
        return False
    told = verb.group(0).lower().startswith(("tell", "told"))
    for pronoun in _SPEAKER_PRONOUN.finditer(rest):
        prior = rest[:pronoun.start()]
        if _PRONOUN_OPENS.search(prior) or (told and _ADDRESSEE_WORDS.fullmatch(prior)):
            return False  # "said Tuesday she would visit", "told his supporters he would meet", "said: 'I met him'"
        # (not "said the company she founded had been sold": a relative clause of another subject)
    if _TO_BEFORE_TRIGGER.search(rest) and (not _CLAUSE_VERB.search(rest) or _DUMMY_IT.match(rest)):
        return False  # "confirmed plans to meet", "said it had been an honour to meet": no subject of its own
    if noun_trigger and not _CLAUSE_VERB.search(rest):
        return False  # "told a news conference", "said talks with Y were advanced": the saying's own occasion
    return True


# ", Defence Minister X told reporters." closing the sentence after the trigger; "X: Eighteen tanks arrived", the
# label of an interview's answer.
_TRAILING_TELLER_BEFORE = re.compile(r",\s*(?:(?:the\s+)?[\w’'.-]+\s+){0,6}$")
_TRAILING_TELLER_AFTER = re.compile(r"\s*(?:,[^,;:]{1,80},\s*)?(?:told|said|says|added|confirmed|wrote|tweeted)\b"
                                    r"[^,;:]{0,60}$")
_ANSWER_LABEL = re.compile(r"\s*:\s")


# The first person of the told clause: the teller or the interview's answerer is its subject ("We met the governor
# twice, X told reporters", "X: I met him twice").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y)\b")
# An interview answer's "we" is the answerer's body (a firm's head: "X: We tried it in July with two trains"), "I"
# the answerer.
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|[Mm]y)\b")


def trailing_teller(body: str, trigger_end: int, start: int, end: int, sentence_end: int,
                    told_from: int | None = None) -> bool:
    """Whether the person at [start, end), after the trigger, is the teller of a closing attribution (not when the
    told clause, from `told_from` to the trigger's end, speaks in the first person: the teller is its subject)."""
    if told_from is not None and _FIRST_PERSON.search(body, told_from, trigger_end):
        return False
    return bool(_TRAILING_TELLER_BEFORE.search(body, trigger_end, start)
                and _TRAILING_TELLER_AFTER.match(body[end:sentence_end].rstrip(" .!?\"”’'\n")))


def answer_label(body: str, start: int, end: int, trigger: tuple[int, int], sentence_start: int) -> bool:
    """Whether the person name at [start, end), opening its sentence, labels an interview answer that holds the
    trigger ("X: Eighteen tanks arrived"; "X: We tried it in July", an interviewed head's "we" being the body's; not
    "X: I met him twice", the answerer's own act)."""
    return (not body[sentence_start:start].strip(" \"“")) and bool(_ANSWER_LABEL.match(body, end, trigger[0])) \
        and "\n" not in body[end:trigger[0]] and not _FIRST_PERSON_SINGULAR.search(body, end, trigger[0])
