"""People step: the persons named in an article's body, each with every mention, role and country.

The body is tokenised once; runs of capitalised words (with name particles such as "al-" or "van" and initials
such as "W.") are candidate names. A title inside or before the run ("Russian Foreign Minister", "opposition
leader", "Reserve IDF colonel") is split off as the mention's role; appositions ("X, former envoy to Y," or
"Israel's ambassador to the UN, X,") give roles too. A full name is a person when there is evidence: a title or
apposition, a known given name as its first word, a registry entry, a speech verb, its surname repeated on
its own, or a person's full name it is listed with or set against ("X rather than William Howard Taft"); a
name, one word or full, followed by "was a" or "is an", a person's title and "who" is vouched for too ("Cyrus
was a Persian king, who"). Countries, places, organisations, dates, nationality words, sentence-initial capitals and the run-on
words of title-case headlines are filtered by word lists (`loaders.extract.data`), and so are words glued to
digits ("Z7"), brands written with an inner capital ("RingCentral"), adverbs and abstract nouns, and so are names
ending in a town's, club's or road's word or an English plural that is nobody's surname ("Alice Springs", "Aston
Villa", "Kaizer Chiefs"; `data/not_people.py`) and names found only on headings after the body's first line
(teasers); a name right after a word only firms, ships or animals are called by ("carmaker Aston Martin", "the
cruise ship Queen Mary 2") is the firm's or the thing's, and so is one right before the thing named after it
("the Nancy Grace Roman telescope"), and a name after "known as" is someone's other name. Page furniture
(bylines, credits, author boxes, teaser lists) is `furniture_names`'s by its phrases, and `prose_names`'s by its
shape: a person needs one mention in a sentence of the article's prose (one that ends as a sentence and holds a
lowercase word), not only on teasers, tag lines, credits, comment heads or contact lines. Bare surnames,
given names and parts of compound surnames ("Gutiérrez", "López Obrador") then join the full name they belong to
in the same article; a bare surname never seen in full is a person only with a title, a fitting registry entry,
or when it speaks twice
(or, one registry person's alone, as a modifier after a determiner: "during the Obama years"). A person's country (`people_country`) comes from the registry,
the role ("Russian Foreign Minister") or a country after the name ("Jo Roe of Tonga"); anyone else takes the
article's own country (the reporting outlet's when the article is about it, else its dateline's: "LAGOS —",
`data/cities.py`, else the country its headline and body name most or alone, but not only in passing: "exports
to Japan", nor inside another name: "Agence France-Presse", "Hugh Cornwall", else the country of the regions it
names: "New South Wales", `data/regions.py`), or, in an article with no country of its own, the one country named in the words set off
after the name ("Ravi Roe, a bus driver in Mexico, said"),
unless the sentence introducing them names only other countries or their office is another system's ("Rep.").
Places, firms and families (people4): a name after a place-only preposition ("homes in Sai Lung") or before a
place noun ("Lok Wah estate") is a place, and an unknown capitalised word before a given name opens a longer
name where the run is a place's ("near Ma Tin Lung"); a name ending in a firm's or a club's word ("Lumen Bank", "Accra Lions") or taking a plural
verb ("Copper Jackson have") is an organisation; a given name alone after a family word ("Her son, Tunde,") is a
person with that role; a long office title ("Secretary for Roads and Harbours X", `data/office_subjects.py`)
is the role of the name-shaped run after it, and a stacked role ("Border Police commander Admiral X") is two.
Firms, ships, families and credits (people5): a name in a firm's context ("shares of X", "analysts at X", "X's
quarterly profit") with no person's evidence (a title, an apposition, a person's predicate; a known given name
where a person's name may stand too: "Taylor Swift's earnings", "customers of Ana Berg") is the firm's, one
after a ship's prefix ("HMS X"; not before a title: "INS Commissioner X") the ship's, one ending in a nationality no
family bears ("Latin American") an adjective's phrase, one ending in an institution's word no family bears ("King
Fahd Causeway") or in a country after a rare given name's word ("Weimar Germany") a place, and so is one after
"from" a noun for people with its region after it ("a 59-year-old from Hilton Head, South Carolina,"); a plural
family name ("the Roes", "both Bushes") is nobody alone; a name the page credits whose other mentions only open its
biography is the credit's author; a title that is a given name too ("Dean X, co-director of ...") opens the name
when another job follows it. The byline's author named only in the body's last lines without a title,
apposition or speech (an author's box, a book plug) and a person named only on photo captions ("X, centre, cut
the ribbon") are no people of the article.
Everything is linear in the body's length.
Candidate name runs and name shapes are read in `people_names`, roles and appositions in `people_roles`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import OSA

from loaders.extract.data.family_names import FAMILY_FIRST_SURNAMES, INITIAL_NAME_COUNTRIES, PLURAL_WORD_SURNAMES
from loaders.extract.data.demonyms import SURNAME_NATIONALITIES
from loaders.extract.data.epithets import STANDING_NOUNS
from loaders.extract.data.layout import MEDIA_SECTION_WORDS
from loaders.extract.data.speaker_heads import GENDERED_HEADS
from loaders.extract.data.kin import (BUSINESS_TIE_KIN, CHILD_KIN, KIN_NOUNS, NAMESAKE_KIN, PERSON_ONLY_KIN,
                                      SURNAME_SHARING_KIN)
from loaders.extract.data.given_names import (DOTTED_GIVEN_NAMES, FEMALE_PATRONYMIC_ENDINGS, ORG_WORD_GIVEN_NAMES,
                                              RANK_SERVICE_NOUNS, TITLE_GIVEN_NAMES,
                                              first_name_gender, is_attested_given_name, is_common_given_name,
                                              is_given_name)
from loaders.extract.data.lexicon import (
    HEADLINE_VERBS,
    LONE_NAME_PRONOUN_NOUNS,
    THING_ONLY_PASSIVES,
    REFERENCE_WORK_HEADS,
    REGNAL_NUMBERS,
    VERSION_MARKS,
    COUNTRY_CODES,
    COUNTRY_NAMES,
    FIRM_APPOSITION_HEADS,
    PERSON_APPOSITION_MODIFIERS,
    DOTTED_TITLES,
    FUNCTION_WORDS,
    SURNAME_MODIFIER_HEADS,
    SURNAME_MODIFIER_LEADS,
    STAGE_NAME_PROFESSIONS,
    STAGE_NAME_EMPLOYER_VERBS,
    TO_INFINITIVE_FORMS,
    HONORIFICS,
    HOSTING_WORDS,
    POST_NAME_HONORIFIC_GENDERS,
    POST_NAME_HONORIFICS,
    GUARDED_HONORIFICS,
    GUARDED_TITLE_ACRONYMS,
    GIVEN_NAME_ADDRESS_FORMS,
    FAMILY_NAME_HONORIFICS,
    FAMILY_NAME_HONORIFIC_GENDERS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIONALITY_COUNTRY,
    ORG_DESCRIPTION_HEADS,
    ORG_WORDS,
    PATRONYMIC_PARTICLES,
    PLACE_PREFIXES,
    PLACE_FEATURE_WORDS,
    PLACE_FEATURE_LINKS,
    PLACE_FEATURE_JOINED_LINKS,
    PERSON_WORD_NAMES,
    WORD_NAMES,
    DAYS_MONTHS,
    GIVEN_PLACE_PREFIXES,
    SAINT_PLACE_PREFIXES,
    PLACES,
    ROLE_MODIFIERS,
    TITLE_HEADS,
    TITLE_PLURALS,
    BODY_HEADS,
    FIRM_HEAD_PAIRS,
    JOB_HEAD_PAIRS,
    JOB_OR_FIRM_HEADS,
    KNOWN_AS_QUALIFIERS,
    UNMARKED_PAST_FORMS,
    MODIFIED_FIRM_TITLE_HEADS,
    FIRM_HEADS,
    PERSON_PROFESSIONS,
    is_craft_maker,
    is_firm_head,
    is_industry_word,
)
from loaders.extract.analysis import FEMALE_MARKERS, JOB_GENDER_NOUNS, MALE_MARKERS, ArticleAnalysis, analyse
from loaders.extract.analysis import _starts_sentence  # the analysis's own test for a sentence's first word
from loaders.extract.data import credits, speech_verbs
from loaders.extract.data.not_people import FIRM_DESCRIPTION_NOUNS
from loaders.extract.data.not_people import (
    AGENT_NOUN_ENDINGS,
    DOCUMENT_WORDS,
    HEADLINE_LABELS,
    LEGAL_FORMS,
    LEGAL_FORMS_BEFORE,
    ORGANISATION_NOUNS,
    CLUB_NAME_TAILS,
    NAMESAKE_NOUNS,
    NAMESAKE_TITLES,
    EPONYM_INSTITUTION_TAILS,
    FIRM_PREMISES,
    SAID_ITS_FIRM_MODIFIERS,
    SAID_ITS_FIRM_NOUNS,
    STORE_SUBJECT_VERBS,
    STORE_VERBS_PARTICIPLES,
    PARTICIPLE_READING_AFTER,
    PERSON_NAME_NOUNS,
    NAMESAKE_HEADS,
    FIRM_NAME_TAILS,
    PLACE_NAME_TAILS,
    PLACE_TAILS_FAMILIES_BEAR,
    PLACE_NAME_TAILS_FAMILIES_BEAR_TOO,
    ORG_NAME_HEADS,
    NAMESAKE_HEAD_PAIRS,
    THING_HEAD_PAIRS,
    ACCOUNT_LOSS_NOUNS,
    ACCOUNT_PERIODS,
    ACCOUNT_REPORT_VERBS,
    THING_HEADS,
    MAIN_CLAUSE_VERBS,
    AUXILIARIES,
    CAPTION_POSITIONS,
    CAPTION_MAX_WORDS,
    CAPTION_CREDIT_LABELS,
    CAPTION_PARTICIPLES,
    CAPTION_TAKE_UP_PRONOUNS,
    CLAUSE_OPENERS,
    OBJECT_GAP_FOLLOWERS,
    OBJECT_GAP_VERBS,
    PASTS_WITHOUT_OBJECT,
    RELATIVE_CLAUSE_FILLERS,
    INSTITUTION_TAILS,
    ROAD_TAILS_FAMILIES_BEAR,
    ROAD_TAILS,
    ROAD_PLACE_LEADS,
    ACCOUNT_PERIOD_NOUNS,
    ACCOUNT_PERIOD_MODIFIERS,
    FIRM_OUTLET_NOUNS,
    BRAND_PRODUCT_NOUNS,
    FIRM_OUTLET_VERB_FOLLOWERS,
    GROUND_TAILS_FAMILIES_BEAR,
    FACILITY_TAILS,
    TRADE_FIRM_PLURAL_TAILS,
    VENUE_HEADS_BEFORE_TITLES,
    PLACE_NAME_HEADS,
    NAME_OPENING_ORDINALS,
    FACILITY_PREPOSITIONS,
    COORDINATED_PLACE_TAILS,
    SPAN_SIDE_WORDS,
    ROAD_NAMESAKE_ACTS,
    ROAD_NAMESAKE_PASSIVES,
    ROAD_NAMESAKE_OWNED,
    ROAD_NAMESAKE_WORKS,
    NON_PERSON_NAME_TAILS,
    FIRM_NAME_TAILS_FAMILIES_BEAR,
    FIRM_NAME_TAIL_PAIRS,
    ORIGIN_HEADS,
    ORIGIN_OF_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_ONLY_PREPOSITIONS,
    TOWN_TITLES,
    SPAN_TRAVEL_WORDS,
    PLACE_LEAD_TAILS,
    BODY_ONLY_OFFICES,
    BUILDING_TAILS_FAMILIES_BEAR,
    REGNAL_TITLES,
    FIRM_ACCOUNT_NOUNS,
    FIRM_CONTEXT_BEFORE,
    FIRM_CONTEXT_PERSON_TOO,
    PERSON_OBJECT_LEADS,
    SHARE_PRICE_VERBS,
    SHIP_PREFIXES,
    PERSON_AFFAIR_NOUNS,
    PERSON_DEED_NOUNS,
    PERSON_ONLY_ACTS,
    PERSON_EVIDENCE_ACTS,
    NON_PERSON_RETIREMENTS,
    PERSON_ONLY_PASSIVES,
    SLASHED_SHIP_PREFIXES,
    PLACE_NOUNS,
    PLACE_NOUN_VERB_FOLLOWERS,
    PLACE_OF_KINDS,
    TERRITORY_TITLES,
    TRAVEL_BEFORE_TO,
    CROWD_BEFORE_TO,
    SUMMIT_VERBS,
    TRAVEL_BALL_SUBJECTS,
    BROKER_CALL_VERBS,
    BROKER_CALL_NOUNS,
    CHARACTER_BEFORE_AS,
    CHARACTER_NOUNS,
    COSTUME_BEFORE_AS,
    FIRM_TRADE_PLURALS,
    ROAD_TAILS_AFTER_PREPOSITION,
    ROAD_PREPOSITIONS,
    CRAFT_NOUNS,
    PLURAL_VERBS,
    common_plurals,
)
from loaders.extract.furniture_names import FurnitureNames
from loaders.extract.data.cities import city_countries, fold_place, folded_regions
from loaders.extract.prose_names import ProseLines, lineup_items
from loaders.extract.people_descriptions import attach_descriptions, is_description
from loaders.extract.speaker_aliases import alias_owners
from loaders.extract.speaker_words import PRONOUN_GENDERS
from loaders.extract.people_country import (  # noqa: F401 (_role_town_country: read by tests)
    _NameSpans,
    country_counts,
    most_named_country,
    _apposition_country,
    _country_after,
    _covers_home,
    _dateline_country,
    _demonym_before,
    _home_country,
    outlet_home_code,
    outlet_place_code,
    _region_country,
    _role_country,
    _role_town_country,
    town_main_country,
    people_demonym_country,
)
from loaders.extract.names import (NameParts, burmese_name, family_first, fold, person_key, same_person, skeleton,
                                    split_name)
from loaders.extract.text import UNSEEN_IN_WORDS, Token, tokenise
from loaders.extract.text_article import authors_from_byline
from loaders.records import ArticleRecord, MentionRecord, PersonRecord
from loaders.registry import PersonEntry, Registry
from loaders.extract.people_names import (  # noqa: F401 (_trim_name: read by tests)
    _GENERATIONS,
    _PERSON_CLAUSE_AFTER,
    _SOFT_ORG,
    _SPACE_GAP,
    _SPEECH_BEFORE,
    _SPEECH_RIGHT_AFTER,
    _abstract_noun,
    _adverb,
    _country_given_name,
    _country_of_word,
    _date_needs_evidence,
    _aged_single_name,
    _described_as_person,
    _given,
    _is_stop,
    _is_role_word,
    _joined_gap,
    _profession,
    _name_tokens,
    _person_noun,
    _place_given_name,
    _runs,
    _trim_name,
)
from loaders.extract.people_roles import (
    _ARTICLES,
    _apposition_after,
    _apposition_before,
    _inside_org_name,
    _kin_before,
    _lone_person_noun_before,
    _tie_before,
    _postnominal,
    _predicate_role,
    dotted_plural_title,
    names_after_plural_title,
    plural_title_word,
    _role_before,
    _split_stacked_role,
)


# ... and a number standing between two words of a clause ("founded in 2019 now has"), no punctuation after it.
_WORD_NUMBER_GAP = re.compile(r"^[ \u00a0]+(?:\d(?:[\d.,]*\d)?[ \u00a0]+)?$")
_SPEECH_AFTER = re.compile(r"^,?\s+(?:" + speech_verbs.alternation(speech_verbs.NAME_BEFORE_VERB) + r")\b")
# A speech verb and the reported clause opening on a person's pronoun ("X said she was proud"): a person's
# predicate; a body says "it", "they" or "in a statement".
# (an age set off in commas may stand between: "Grant Samuel, 62, said he")
_PERSONAL_SPEECH_AFTER = re.compile(r"(?:,[ \u00a0]+\d{1,3},)?,?\s+(?:" + speech_verbs.alternation(speech_verbs.NAME_BEFORE_VERB)
                                    + r")\s+(?:that\s+)?(?:he|she)\b")
_PLURAL_VERB_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(PLURAL_VERBS, key=len, reverse=True)) + r")\b")
# (a place noun takes no plural "-s" and no particle or object after it: "Tom Hale wards off", "Ward towns over")
# A slashed vessel prefix right before a name ("the F/B Santo Niño"), standing alone (not "24/7", "he/she").
_SLASHED_SHIP_BEFORE = re.compile(r"(?<![\w/])([A-Za-z]/[A-Za-z])[ \u00a0]+$")
# A person's deed noun right after a name (`not_people.PERSON_DEED_NOUNS`: "a Niall Fordyce penalty").
_DEED_AFTER = re.compile(r"[ \u00a0](?:" + "|".join(sorted(PERSON_DEED_NOUNS, key=len, reverse=True)) + r")\b(?!-)")
# ... and of a public figure's affairs after a full name opening with a known given name (`not_people.
# PERSON_AFFAIR_NOUNS`: "the Mara Quist email scandal", "the Jo Roe campaign"), a lowercase word or two between
_AFFAIR_AFTER = re.compile(r"(?:[ \u00a0][a-z]+)?[ \u00a0](?:"
                           + "|".join(sorted(PERSON_AFFAIR_NOUNS, key=len, reverse=True)) + r")\b(?!-)")


def _namesake_noun_after(namesake_not_before: frozenset[str], place_not_before: frozenset[str]) -> re.Pattern[str]:
    """A thing named after someone (`NAMESAKE_NOUNS`, a plural "-s" allowed) or a kind of place (`PLACE_NOUNS`)
    right after a name, each not followed by one of its given words (those that make the noun a verb there)."""
    def not_before(words: frozenset[str]) -> str:
        return r"(?![ \u00a0]+(?:" + "|".join(sorted(words)) + r")\b)" if words else ""
    return re.compile(r"[ \u00a0](?:(?:" + "|".join(sorted(NAMESAKE_NOUNS)) + r")s?\b" + not_before(namesake_not_before)
                      + r"|(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\b" + not_before(place_not_before) + ")")


_NAMESAKE_AFTER = _namesake_noun_after(frozenset(), PLACE_NOUN_VERB_FOLLOWERS)
# The prepositions that tie a name to a noun before it ("a former mayor of Gympie Creek", "a councillor in Wagga
# Wagga", "a man from X", "a guard at X", "police near X"): a passive after the name is that noun's, not the name's.
_NOUN_PREPOSITIONS = frozenset({"of", "in", "from", "at", "near"})


def _after_noun_preposition(body: str, tokens: list[Token], first: int) -> bool:
    """Whether the name at `first` follows "of"/"in"/"from"/"at"/"near" that follows a word of its sentence."""
    if first < 2:
        return False
    preposition = tokens[first - 1]
    return (preposition.text in _NOUN_PREPOSITIONS and not preposition.sentence_start
            and not body[preposition.end:tokens[first].start].strip(" \u00a0")
            and not body[tokens[first - 2].end:preposition.start].strip(" \u00a0"))


# A passive only people take, right after a name ("X was sentenced", "X has been jailed": `PERSON_ONLY_PASSIVES`).
_PERSON_PASSIVE_AFTER = re.compile(r"[ \u00a0]+(?:was|were|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:"
                                   + "|".join(sorted(PERSON_ONLY_PASSIVES, key=len, reverse=True)) + r")\b(?!-)")
# ... and a kin noun only people have right after the name in the possessive ("Zorvath Keleti's widow filed",
# `kin.PERSON_ONLY_KIN`), not a modifier of a noun after it ("X's son company"): punctuation, a capitalised word
# or a lowercase word of no noun's shape after the kin noun is checked by the caller
_KIN_OWNED_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(map(re.escape, PERSON_ONLY_KIN), key=len, reverse=True))
                              + r")(?![\w-])(?:[ \u00a0]*[,.;:!?)]|[ \u00a0]+(?:[A-Z]|(?:" + "|".join(
                                  sorted(map(re.escape, FUNCTION_WORDS), key=len, reverse=True)) + r"|[a-z]+ed|said|says|told|was|is|has|had|filed|"
                              r"died|wrote|gave|lost|won)\b))")
# ... and a verb only people do ("Des Hanlon coached the side": `not_people.PERSON_ONLY_ACTS`)
_PERSON_ACT_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(PERSON_ONLY_ACTS)) + r")\b(?!-)")
# ... and a deed no body does, not followed by an object a team or a firm retires ("X retired on Monday", "X died
# aged 80"; not "X retired its oldest trucks", "X retired the number 7 shirt"): a person's evidence for a name of
# two words or more (`not_people.PERSON_EVIDENCE_ACTS`)
_PERSON_EVIDENCE_ACT_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(PERSON_EVIDENCE_ACTS)) + r")\b(?!-)"
                                        r"(?![ \u00a0]+(?:(?:the|its|their|a|an|his|her)\b|\d))"
                                        r"(?![ \u00a0]+from[ \u00a0]+(?:" + "|".join(
                                            r"[ \u00a0]+".join(phrase.split()) for phrase in NON_PERSON_RETIREMENTS)
                                        + r")\b)")
# "The" right before a name ("The Morning Star retired"): a ship's, a paper's or a band's, so a person's verb after it
# vouches for nobody
_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+$")
# ... and "sworn in as" an office ("X was sworn in as prime minister"); a party is sworn in too ("Pheu Thai was sworn
# in as the ruling party"), so only a title's head after it makes the name a person's.
_SWORN_AS_OFFICE = re.compile(r"[ \u00a0]+(?:was|were|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+sworn[ \u00a0]+in"
                              r"[ \u00a0]+as[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]+)?(?:[\w'’-]+[ \u00a0]+){0,2}(?:"
                              + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")\b(?!-)", re.IGNORECASE)
# A bare number of one to three digits right after a name, then punctuation ("the Queen Mary 2,", "Apollo 11."):
# the name is a ship's, a craft's or a model's; a score ("6-4"), minutes ("10 minutes") or an age set off in commas
# ("Jo Roe, 61,") is no such number.
_MODEL_NUMBER_AFTER = re.compile(r"[ \u00a0]\d{1,3}(?:[,;:)!?]|\.(?!\d)|$)", re.MULTILINE)
# ... the place nouns alone ("the Sheikh Jarrah neighbourhood", "the Chief Bello village"): after a titled name too
_PLACE_NOUN_AFTER = re.compile(r"[ \u00a0](?:" + "|".join(sorted(PLACE_NOUNS)) + r")\b(?![ \u00a0]+(?:"
                               + "|".join(sorted(PLACE_NOUN_VERB_FOLLOWERS)) + r")\b)")
# ... or with a lowercase word between ("the Sheikh Najjar industrial zone on Monday"), the word after the noun kept
# for `_place_noun_after_word`
_PLACE_NOUN_AFTER_WORD = re.compile(r"[ \u00a0]([a-z]+)[ \u00a0](?:" + "|".join(sorted(PLACE_NOUNS))
                                    + r")\b(?:[ \u00a0]+([a-z0-9]+))?")
# ... and, after "the" and a namesake's title ("the King Mara district on Wednesday", "the Ratu Sukuna hall
# speech"), a kind of place or a thing named after someone not followed by a verb's particle or an object's opener
# ("out", "back", "the", "his", "them": `PLACE_NOUN_VERB_FOLLOWERS` less the place's and the road's prepositions,
# which may follow the noun), which would make the noun a verb there ("the Sultan Omar towers over his rivals")
_NAMESAKE_PLACE_AFTER_NOT_BEFORE = PLACE_NOUN_VERB_FOLLOWERS - PLACE_PREPOSITIONS - ROAD_PREPOSITIONS
_NAMESAKE_PLACE_AFTER = _namesake_noun_after(_NAMESAKE_PLACE_AFTER_NOT_BEFORE, _NAMESAKE_PLACE_AFTER_NOT_BEFORE)
# ... the word after the place noun alone, for a name after a place's possessive
_PLACE_NOUN_FOLLOWER = re.compile(r"[ \u00a0](?:" + "|".join(sorted(PLACE_NOUNS)) + r")\b(?:[ \u00a0]+([a-z0-9]+))?")
# An apposition that is a body's description and nothing more (", the retailer,", ", a regional lender."): up to two
# plain lowercase words before a head no person's job is (`lexicon.FIRM_APPOSITION_HEADS`), none "of" ("the head of
# police" is a person's office) nor a person's modifier ("a former retailer": `lexicon.PERSON_APPOSITION_MODIFIERS`).
_BODY_APPOSITION = re.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:(?!(?:of|" + "|".join(
    sorted(map(re.escape, PERSON_APPOSITION_MODIFIERS))) + r")\b)[a-z-]+[ \u00a0]+){0,2}?(?:"
                              + "|".join(sorted(FIRM_APPOSITION_HEADS)) + r")[,.;]")
_ORG_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\b")
_MISSPELT_SURNAME_MIN = 6  # a bare surname this long may join a person whose surname it misspells by one letter


@dataclass
class _Candidate:
    tokens: list[int]  # token indices of the name
    role: str | None = None
    apposition: str | None = None
    evidence: bool = False  # a title, honorific, apposition or speech verb vouches for a person
    sentence_start: bool = False
    speaks: bool = False  # a speech verb follows or precedes it
    remainder: bool = False  # the rest of a run whose first word was no given name
    firm: bool = False  # written right after a word only firms are called by ("carmaker Aston Martin")
    group: bool = False  # (with firm) a plural verb after it ("Copper Jackson have"): a group's unless vouched
    body: bool = False  # (with firm) after a body's word ("the charity Hope Rising"): a body's unless titled
    personal: bool = False  # a person's predicate follows: a speech verb whose clause a person's pronoun opens
    described: bool = False  # an apposition describes it ("Ana Road, a nurse,")
    lineup: bool = False  # an item of a match report's line-up: a player, not the registry's namesake
    employer: bool = False  # (with firm) before a job title and a person's name: "Talvern chief Urs Brandli"
    thing: bool = False  # (with firm, body) a thing's pronoun after it: "Walt Disney, which", "X said its profit"
    record_role: str | None = None  # a role for the mention only, no evidence of anything ("The driver, X,")


@dataclass
class _Person:
    parts: NameParts
    names: list[str] = field(default_factory=list)  # full-name variants in order of appearance
    mentions: list[MentionRecord] = field(default_factory=list)
    entry: PersonEntry | None = None
    first_token: str = ""  # folded given name, to attach a bare given name
    vouched: bool = False  # some mention had a title, apposition or speech verb
    starts: list[int] = field(default_factory=list)  # the mentions' starts, sorted

    def __post_init__(self) -> None:
        self.starts = sorted(mention.start for mention in self.mentions)

    def add(self, mention: MentionRecord) -> None:
        self.mentions.append(mention)
        insort(self.starts, mention.start)

    def last_before(self, position: int) -> int:
        """The start of the person's last mention before `position`, or -1."""
        index = bisect_left(self.starts, position)
        return self.starts[index - 1] if index else -1

    @property
    def best_name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else ""


_PERSONAL_AGENT_ENDINGS = ("ist", "ian", "man", "woman", "wife")  # never a tool's or a firm's noun


_registry_cache: dict[int, tuple[tuple, dict[str, PersonEntry], dict[str, list[PersonEntry]]]] = {}


def _registry_index(registry: Registry) -> tuple[dict[str, PersonEntry], dict[str, list[PersonEntry]]]:
    """Registry people by full-name key and by surname, built once per registry."""
    cached = _registry_cache.get(id(registry.people))
    if cached is not None and cached[0] is registry.people:
        return cached[1], cached[2]
    by_key: dict[str, PersonEntry] = {}
    by_surname: dict[str, list[PersonEntry]] = {}
    for entry in registry.people:
        surnames = set()
        for variant in (entry.name, *entry.aliases):
            by_key.setdefault(person_key(variant), entry)
            parts = split_name(variant)
            if parts.surname and parts.surname not in surnames:
                surnames.add(parts.surname)
                by_surname.setdefault(parts.surname, []).append(entry)
    if len(_registry_cache) > 8:
        _registry_cache.clear()
    _registry_cache[id(registry.people)] = (registry.people, by_key, by_surname)
    return by_key, by_surname


def _registry_entry(name: str, parts: NameParts, article: ArticleRecord, registry: Registry,
                    honorific: str | None = None) -> PersonEntry | None:
    """The registry's person `name` is: its full name or alias, or a bare surname that only one entry fits.
    `honorific`: the honorific that takes a family name right before the name ("Dr. Carson"), so a word that is a
    given name too is the surname here (of an entry whose given name is of the honorific's gender, if it has one)."""
    if not registry.people:
        return None
    by_key, by_surname = _registry_index(registry)
    generation = _generation(name)
    if generation:
        # "Donald Trump Jr." is not the registry's Donald Trump: only an entry written with the same suffix
        entry = by_key.get(person_key(name))
        return entry if entry is not None and any(
            _generation(v) == generation for v in (entry.name, *entry.aliases)) else None
    entry = by_key.get(person_key(name))
    if entry is not None:
        return entry
    if not parts.has_given and parts.surname in FAMILY_FIRST_SURNAMES:
        return None  # "Kim", "Lee", "Wang": a surname millions share names no one in particular on its own
    fitting = [e for e in by_surname.get(parts.surname, ()) if any(
        same_person(parts, split_name(v)) for v in (e.name, *e.aliases))]
    if honorific and FAMILY_NAME_HONORIFIC_GENDERS.get(honorific):
        # "Mrs Carson" is no registered Ben Carson
        fitting = [e for e in fitting if first_name_gender(e.name.split()[0]) in (
            None, FAMILY_NAME_HONORIFIC_GENDERS[honorific])]
    if fitting and not parts.given and is_common_given_name(parts.surname):
        # "Rhona from Leeds called the show": a word that is a given name as well as a registered person's surname
        # is that person only where the article names them in full ("Ivo Rhona ... Rhona said"); an honorific does
        # not change that ("Mr. Austin, who teaches chemistry" is a local man, not a registered Austin)
        fitting = [e for e in fitting if any(v in (article.body or "") for v in (e.name, *e.aliases) if len(v.split()) > 1)]
    in_office_used = False
    if len(fitting) > 1 and article.published_on is not None:
        day = article.published_on
        in_office = [e for e in fitting if any((o.start is None or o.start <= day) and (o.end is None or day <= o.end)
                                               for o in e.offices)]
        in_office_used = len(in_office) == 1
        fitting = in_office or fitting
    if len(fitting) == 1 and (parts.has_given or len(by_surname.get(parts.surname, ())) == 1 or in_office_used):
        return fitting[0]
    return None


def _after_family_honorific(tokens: list[Token], first: int) -> str | None:
    """The honorific that takes a family name right before `first` ("Dr. Carson", "Mrs Kendall"), lowercase."""
    if first == 0:
        return None
    low = tokens[first - 1].low
    return low if low in FAMILY_NAME_HONORIFICS or low + "." in FAMILY_NAME_HONORIFICS else None


def _place_like(words: list[str], person_evidence: bool = False) -> bool:
    joined = " ".join(words)
    if joined in PLACES or joined in COUNTRY_NAMES or joined in NATIONALITY_COUNTRY:
        return True
    if words[0] in PLACE_PREFIXES:
        # "Des Moines" is a place; "Des Corbett", who speaks, is titled ("coach Des Corbett") or whose surname
        # speaks alone, a person
        return not (words[0] in GIVEN_PLACE_PREFIXES and len(words) == 2 and person_evidence)

    if (words[0] in PLACE_FEATURE_WORDS and not person_evidence
            and (len(words) > 2 and words[1] in PLACE_FEATURE_LINKS
                 or len(words) > 1 and words[1].startswith(PLACE_FEATURE_JOINED_LINKS))):
        # "Salar de Maricunga", "Sierra de Gredos", "Cerro del Toro": a landform's word and a particle; "Sierra de la
        # Cruz said" (a given name too) is a person once she speaks or is described
        return True
    if len(words) > 1 and words[0] in SAINT_PLACE_PREFIXES and is_given_name(words[1]) and not person_evidence:
        # "Santo Domingo": a saint's place; "Santo Versace" is a person, and so is a "Santo Giuliano" who speaks or
        # is described ("Santo Giuliano, the bakery's owner, said")
        return True
    # "New York Times", "New South Wales Power": a place opening a longer name
    return any(" ".join(words[:size]) in PLACES for size in range(2, len(words)))


def _is_org_or_place(words: list[str], first_is_given: bool, titled: bool = False, speaks: bool = False,
                     surname_speaks: bool = False, described: bool = False, road: bool | None = None,
                     surname_alone: bool = False) -> bool:
    """Whether a capitalised run names an organisation or a place, not a person. A given name and a place's or a
    club's last word is a person with a title, a speech verb or its surname speaking alone ("Luis Villa said",
    "Sarah Bay ... Bay said"); a given name and a body's word is, when the surname alone speaks."""
    if _place_like(words, speaks or described or surname_speaks or titled) or any(map(_abstract_noun, words[:-1])):
        return True  # "Raleigh Disability Attorney", "Data Protection Regulation": a thing or a body
    if len(words) > 1 and first_is_given and (words[-1] in ROAD_TAILS or words[-1] in ROAD_TAILS_FAMILIES_BEAR):
        # "Police closed Annie Street", "on Elizabeth Drive": a road or a ground named after a given name; but a run
        # a person's title, description or surname marks ("nurse Ana Oval said", "Paul Street ... Street said"),
        # or, where no road's word leads it (`road`: True there, False at a person's mark, None otherwise), one that
        # speaks, does or owns what only people do ("Emma Quay, 29, was fined", "Kate Street's debut novel")
        if titled or described or surname_speaks:
            return False
        return bool(road) or road is None and not speaks
    if len(words) > 1 and words[-1] in INSTITUTION_TAILS and not (first_is_given and (described or surname_speaks)):
        # "King Fahd Causeway", "Queen Elizabeth Hospital": a place named after someone, title and all; but a given
        # name described as a person ("Ana Road, a nurse,", "Tom Center said he") or whose surname speaks alone
        return True
    if len(words) > 1 and words[-1] in ROAD_TAILS_FAMILIES_BEAR and first_is_given:
        # "Police closed Annie Street": a road named after a given name; "Paul Street said", "actor Nathan Lane"
        return not (titled or speaks or described or surname_speaks)
    if len(words) > 1 and words[-1] in PLACE_NAME_TAILS_FAMILIES_BEAR_TOO and first_is_given:
        # "Harriet Town said", "Simon Town scored ... praised Town's finishing": a family's name once anything marks
        # a person; "flew to Charles Town" stays the town
        return not (titled or speaks or described or surname_speaks or surname_alone)
    if len(words) > 1 and words[-1] in NON_PERSON_NAME_TAILS:
        # "Aston Villa", "Alice Springs"; but "director Michael Bay", and a club's word that speaks ("Luis Villa
        # said"; a town's may: "Jackson Hole said no")
        return not ((titled or surname_speaks or speaks and words[-1] in CLUB_NAME_TAILS) and first_is_given)
    if len(words) > 1 and words[-1] in FIRM_NAME_TAILS_FAMILIES_BEAR and not first_is_given:
        return True  # "Kestel Power": a firm; "Samantha Power" a person
    if len(words) > 2 and " ".join(words[-2:]) in FIRM_NAME_TAIL_PAIRS:
        return not (titled and first_is_given)  # "Kestrel Cold Chain": a firm; "Ernst Chain" a person
    if len(words) == 1 and words[0] in FIRM_NAME_TAILS and words[0] in common_plurals():
        return True  # "Minister for State Enterprises": a firm's plural word alone ("Industries") is nobody's name
    if len(words) > 1 and words[-1] in common_plurals():
        # "Kaizer Chiefs", "Johnson Controls" (which may "say" too); but "director Ana Controls"
        return not (titled and first_is_given)
    if _abstract_noun(words[-1]) and not (first_is_given and len(words) == 2):
        return True  # "Asset Management"; but a given name and one such word is a person ("Don Blankenship")
    first, last = words[0], words[-1]
    if not first_is_given and (first in ORG_WORDS or first in PLACES or _country_of_word(first)):
        return True
    if not first_is_given and len(words) > 1 and last in PLACES:
        return True  # "Real Madrid", "Sporting Lisbon", "Inter Miami": a club or a firm of that city
    if last in ORG_WORDS and len(words) > 1 and not (first_is_given and (last in _SOFT_ORG or titled or surname_speaks)
                                                     and (len(words) == 2 or len(words) == 3
                                                          and is_common_given_name(words[1]))):
        # "Allen West" and "Mary Ann Hall" (a double given name) are people, "Nelson Mandela Bay" and "Simon
        # Bolivar Park" are places
        return True
    if (len(words) > 1 and last.endswith("s") and last[:-1] in ORG_WORDS and last[:-1] not in _SOFT_ORG
            and not (first_is_given and last in PLURAL_WORD_SURNAMES)):
        return True  # "Siena Awards", "Tony Awards": an organisation word's plural, after a given name too
    if len(words) > 1 and last in COUNTRY_NAMES and (not first_is_given or not (
            titled or speaks or is_common_given_name(first) or is_given_name(last))):
        # "Neutral Switzerland", "Weimar Germany" (a rare given name's word, untitled and silent, before a country
        # that is nobody's given name; "Michael Jordan", "DeAndre Jordan" stay people)
        return True
    if len(words) > 1 and last in NATIONALITY_COUNTRY and last not in SURNAME_NATIONALITIES and not titled:
        return True  # "Latin American artists": a nationality no family bears ends an adjective's phrase
    return any(w in ORG_WORDS and w not in _SOFT_ORG for w in words[1:-1])


def extract_people(article: ArticleRecord, registry: Registry,
                   analysis: ArticleAnalysis | None = None) -> list[PersonRecord]:
    """The people named in `article.body`, each with its mentions (offsets into the body), roles and country.

    Full names with evidence become people first; bare surnames, given names and titled single words then join
    them, or become people of their own with a title, a registry entry or repeated speech verbs."""
    if analysis is None:
        analysis = analyse(article, registry)
    body = article.body
    # Words the article writes in lowercase are common words wherever they are capitalised ("Key", "Moving");
    # words written in lowercase again and again are its vocabulary ("springs", "mattresses").
    lower_words, common_words = analysis.lower_words, analysis.common_words
    glued = _glued_titles(analysis.tokens) if _GLUED_TITLE_IN_BODY.search(analysis.body) else analysis.tokens
    tokens = _dotted_given_names(body, _glottal_names(body, _click_names(body, _mojibake_names(body, glued))),
                                 lambda: analysis.plain_sentences)
    if (article.outlet_country or "").upper() not in INITIAL_NAME_COUNTRIES:
        tokens = _monsieur(body, tokens)
    tokens = _everyday_abbreviations(body, tokens)
    tokens = _given_name_address_forms(body, tokens)
    given_cache: dict[str, bool] = {}
    candidates = _candidates(body, tokens, given_cache, lower_words)
    furniture = FurnitureNames(body, _article_authors(article), article.outlet_name, article.outlet_domain)
    kept, credited, credit_names = [], [], set()
    for candidate in candidates:
        span = _span(tokens, candidate)
        rule = furniture.rule(*span, tokens[candidate.tokens[0]].low)
        if rule is None:
            kept.append(candidate)
        elif len(candidate.tokens) > 1:
            credited.append(span)  # "photos by Sofia Dias": no person of the article, and no place either
            if rule in _CREDIT_RULES:
                credit_names.add(" ".join(body[span[0]:span[1]].split()).casefold())
    people = _resolve(article, registry, tokens, kept, given_cache, lower_words, common_words,
                      lambda: analysis.places, credited, credit_names, furniture.signed)
    people = _under_full_names(body, people)
    _title_word_surnames(body, tokens, people)
    capital_words = {fold(token.low) for token in tokens if token.capital}
    _headline_full_names(article, people, capital_words)
    people += _headline_surname_people(article, tokens, people, lower_words, capital_words)
    people = people + _compound_registry_people(article, registry, people)
    attach_descriptions(body, people)  # "Harbours Minister Tova Brenn … The minister said": her role too
    _description_countries(body, people, registry)
    return people


def _description_countries(body: str, people: list[PersonRecord], registry: Registry) -> None:
    """A person whose country is only the article's (no registry country, no country in a title or apposition of
    the name, after it or bound before it) takes the one country the later descriptions of them name ("Foreign
    Minister Ana Roe ... Norland's top diplomat said", "Jo Roe, a member of the Norlandic delegation" read as a
    description): a description says who the person is, the article's country only where the story is; of
    several countries named, none is taken."""
    by_key = _registry_index(registry)[0] if registry.people else {}
    for person in people:
        described = [mention.role or mention.surface for mention in person.mentions if is_description(mention)]
        if not described:
            continue
        entry = by_key.get(person_key(person.name))
        if entry is not None and entry.country:
            continue
        named = [mention for mention in person.mentions if not is_description(mention)]
        if any(_role_country(m.role) or _role_country(m.apposition) for m in named) or _country_after(
                body, named) or _demonym_before(body, named, _person_noun):
            continue
        if any(_hosting_sentence(body, mention.start) for mention in person.mentions):
            continue  # "Kenya's trade minister arrived ... Trade Minister Yuki Sato, his host,": two sides met
        found = {country for country in map(_role_country, described) if country}
        if len(found) == 1:
            person.country = found.pop()


_LETTER_RUN = re.compile(r"[a-z]+")  # the words of a lowercased text, as `_hosting_sentence` reads them


def _hosting_sentence(body: str, start: int) -> bool:
    """Whether the sentence holding `start` tells of one side hosting or meeting another ("his host", "welcomed
    the delegation", "met his Japanese counterpart": `HOSTING_WORDS`): a description there may be the visitor's
    and the name the host's, or the other way round, so it says no one's country."""
    opening = max(body.rfind(mark, 0, start) for mark in ".!?\n") + 1
    closing = _SENTENCE_END.search(body, start)
    words = _LETTER_RUN.findall(body[opening:closing.start() if closing else len(body)].lower())
    return any(word in HOSTING_WORDS for word in words)


def _under_full_names(body: str, people: list[PersonRecord]) -> list[PersonRecord]:
    """A one-word person the article names right after someone's full name as the name they go by ("Inés Calvo
    – Nena to everyone in the village –", "Ignacio Ferro (Nacho)", `speaker_aliases`) is that person: her
    mentions join the full-named person's."""
    owners = alias_owners(body, people)
    if not owners:
        return people
    by_name = {person.name: person for person in people}
    out = []
    for person in people:
        owner = by_name.get(owners.get(person.name, ""))
        if owner is None or owner is person:
            out.append(person)
            continue
        owner.mentions = sorted(owner.mentions + person.mentions, key=lambda mention: mention.start)
        owner.country = owner.country or person.country
    return out


# Words before a lone title word that make it a title, not a surname ("the Dean", "his Bishop"), and words after it
# ("Dean of Students").
_TITLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
_TITLE_OF_AFTER = re.compile(r"[ \u00a0]+(?:of|for)\b")


# Words after a name in a headline that make it a place's or a body's name ("Mara Quill Road", "Ana Roe Hospital").
_HEADLINE_NAME_TAILS = ROAD_TAILS | ROAD_TAILS_FAMILIES_BEAR | INSTITUTION_TAILS | NON_PERSON_NAME_TAILS | ORG_WORDS


def _headline_full_names(article: ArticleRecord, people: list[PersonRecord], capital_words: set[str]) -> None:
    """Name a person the body writes only by surname ("Quill said") by the full name the headline or deck gives
    ("Mara Quill: 'We Will Not Back Down'", an interview's or a profile's usual headline): a given name right
    before the surname there (an initial may stand between them), and no place's or body's word after it. The
    mentions stay the body's; a person with a full name already, or a name another person holds, stays as is."""
    lone = [person for person in people if len(person.name.split()) == 1]
    heads = [text for text in (article.title, article.subtitle) if text]
    if not lone or not heads:
        return
    held = {person.name for person in people}
    lower_words = {match.group().lower() for match in re.finditer(r"\b[a-z][\w'-]*", article.body)}
    for person in lone:
        surname = fold(person.name)
        gender = _body_gender(article.body, person)
        for text in heads:
            full = _headline_full_name(text, surname, lower_words, capital_words)
            if full and full not in held and not (gender and first_name_gender(full.split()[0]) not in (None, gender)):
                # "Kevin Harlow remembered" over "Mrs. Harlow, his widow,": a woman is not Kevin
                held.add(full)
                person.name = full
                break


def _headline_surname_people(article: ArticleRecord, tokens: list[Token], people: list[PersonRecord],
                             lower_words: set[str], capital_words: set[str]) -> list[PersonRecord]:
    """The person a profile or an interview names in full in its headline or deck only, the body by surname alone
    ("Why Martin Keel quit the cabinet" over "Keel said he was tired"): a body word that is the surname of the
    headline's full name (`_headline_full_name`) and speaks of itself as "he" or "she" ("Keel said he"), of the
    gender of the headline's given name where the name list knows it, written as no other person's mention and as
    no place's, body's or everyday word. Each of the surname's capitalised words in the body is then a mention,
    but for one opening a body's or a road's name ("The Keel Foundation", "Keel Road")."""
    heads = [text for text in (article.title, article.subtitle) if text]
    if not heads:
        return []
    body = article.body
    claimed = [(mention.start, mention.end) for person in people for mention in person.mentions]
    held = {person.name for person in people} | {person.name.split()[-1] for person in people}
    found: dict[str, PersonRecord] = {}
    for token in tokens:
        low = token.low
        if (not token.capital or token.acronym or token.initial or token.text.isupper() or low in lower_words
                or low in FUNCTION_WORDS or low in PLACES or low in ORG_WORDS or low in TITLE_HEADS
                or low in DAYS_MONTHS or is_given_name(low) or token.text in held):
            continue
        speech = _PERSONAL_SPEECH_AFTER.match(body, token.end - (2 if token.possessive else 0))
        if speech is None or token.possessive:
            continue
        full = next(filter(None, (_headline_full_name(text, fold(low), lower_words, capital_words)
                                  for text in heads)), None)
        if full is None or full in held or full in found:
            continue
        pronoun = "male" if speech.group(0).split()[-1].lower() == "he" else "female"
        if first_name_gender(full.split()[0]) not in (None, pronoun):
            continue  # "Kevin Harlow remembered" over "Harlow said she": another Harlow
        mentions = [MentionRecord(surface=body[other.start:other.start + len(low)], start=other.start,
                                  end=other.start + len(low)) for position, other in enumerate(tokens)
                    if other.low == low and other.capital
                    and not any(start <= other.start < end for start, end in claimed)
                    and not _named_thing_after(body, tokens, position)]
        if mentions:
            found[full] = PersonRecord(name=full, mentions=mentions)
    return list(found.values())


def _named_thing_after(body: str, tokens: list[Token], index: int) -> bool:
    """Whether the word at `index` opens the name of a body, a place or a road, a capitalised word of theirs
    right after it ("The Keel Foundation", "on Keel Road"; `_HEADLINE_NAME_TAILS`)."""
    token = tokens[index]
    return (not token.possessive and index + 1 < len(tokens) and tokens[index + 1].capital
            and tokens[index + 1].low in _HEADLINE_NAME_TAILS
            and bool(_SPACE_GAP.match(body[token.end:tokens[index + 1].start])))


# A family noun after a headline's possessive name makes the headline's person a relative of the body's ("Jacob
# Mbeki's son enters race" over "Mr. Mbeki, 41, said").
_HEADLINE_RELATIVE_NOUNS = KIN_NOUNS | frozenset({"widow", "widower", "heir", "heirs", "family", "relative"})


def _headline_full_name(text: str, surname: str, lower_words: set[str] = frozenset(),
                        capital_words: set[str] = frozenset()) -> str | None:
    tokens = tokenise(text)
    question = "?" in text
    for index, token in enumerate(tokens):
        if not token.capital or token.acronym or fold(token.low) != surname or index == 0:
            continue
        first = index - 1
        if tokens[first].initial and first > 0 and _SPACE_GAP.match(text[tokens[first - 1].end:tokens[first].start]):
            first -= 1  # "Mara J. Quill"
        given = tokens[first]
        # "Hamood bin Khalfan al-Qasmi": a father's name after "bin" need be no listed given name
        fathered = first > 1 and not tokens[first - 1].capital and tokens[first - 1].low in PATRONYMIC_PARTICLES
        if (not given.capital or given.initial or given.acronym or given.possessive
                or not (is_given_name(given.low) or fathered)
                or any(not _SPACE_GAP.match(text[tokens[i].end:tokens[i + 1].start]) for i in range(first, index))):
            continue
        if first == 0 and question and given.low in AUXILIARIES:
            continue  # "Will Okafor Run Again?": a question's verb, not a given name
        if (token.possessive and index + 1 < len(tokens) and tokens[index + 1].low in _HEADLINE_RELATIVE_NOUNS
                and _SPACE_GAP.match(text[token.end:tokens[index + 1].start])):
            continue  # "Jacob Mbeki's son": the body's Mbeki is the son
        if (index + 1 < len(tokens) and tokens[index + 1].capital and not token.possessive
                and _SPACE_GAP.match(text[token.end:tokens[index + 1].start])
                and tokens[index + 1].low in _HEADLINE_NAME_TAILS):
            continue  # "Mara Quill Road": a road's name
        first = _headline_name_start(text, tokens, first)
        last = _headline_second_surname(text, tokens, index, lower_words, capital_words)
        end = tokens[last].start + len(tokens[last].low) if tokens[last].possessive else tokens[last].end
        return _unbroken(" ".join(text[tokens[first].start:end].split()))
    return None


def _headline_name_start(text: str, tokens: list[Token], first: int) -> int:
    """The first word of the headline's name whose given name is at `first`: the given names before it and a
    father's name after "bin" or "de" go with it ("Luz Marina Cárdenas", "Hamood bin Saif al-Rawahi"), never a
    title, an auxiliary or a function word ("Minister Rodrigo Pinzón", "Will Mara Quill Resign?")."""
    while first > 0 and _SPACE_GAP.match(text[tokens[first - 1].end:tokens[first].start]):
        before = tokens[first - 1]
        if (not before.capital and before.low in NAME_PARTICLES and first > 1 and tokens[first - 2].capital
                and not tokens[first - 2].possessive and not tokens[first - 2].acronym
                and _SPACE_GAP.match(text[tokens[first - 2].end:before.start]) and not _is_role_word(tokens[first - 2])):
            first -= 2  # "Hamood bin Saif": a father's name
            continue
        if (before.capital and not before.possessive and not before.acronym and not before.initial
                and is_given_name(before.low) and before.low not in FUNCTION_WORDS and before.low not in AUXILIARIES
                and not _is_role_word(before)):
            first -= 1  # "Luz Marina": two given names
            continue
        break
    return first


def _headline_second_surname(text: str, tokens: list[Token], index: int, lower_words: set[str],
                             capital_words: set[str] = frozenset()) -> int:
    """The headline name's last word, its surname at `index` or a second surname right after it in a headline
    written in sentence case ("Luz Marina Cárdenas Ospina: ...", "Rodrigo Pinzón Mejía promises aid"): a
    capitalised word that is no verb, function word, date, title, place's or body's word, no label of the piece
    ("Interview", "Profile": `HEADLINE_LABELS`), nor a word the body writes in lowercase, with punctuation, the
    headline's end or a lowercase word after it. A word that ends the headline or a part of it ("Priya Roe
    Unplugged: ...") is the one place a headline puts a label, so it is a surname only where the body writes it
    too, capitalised (`capital_words`)."""
    after = index + 1
    if tokens[index].possessive or after >= len(tokens) or not _SPACE_GAP.match(text[tokens[index].end:tokens[after].start]):
        return index
    word = tokens[after]
    if (not word.capital or word.acronym or word.initial or word.low in FUNCTION_WORDS or word.low in DAYS_MONTHS
            or word.low in HEADLINE_VERBS or word.low in _HEADLINE_NAME_TAILS or word.low in PLACES
            or word.low in TITLE_HEADS or _is_role_word(word) or _country_of_word(word.low) or is_given_name(word.low)
            or word.low in HEADLINE_LABELS):
        return index
    if word.low in speech_verbs.ALL_FORMS or word.low in lower_words or not any(
            not other.capital and other.low.isalpha() and len(other.low) > 3 and other.low not in FUNCTION_WORDS
            for other in tokens):
        return index  # "Mara Quill Says Clinic Will Stay Open", "Mara Quill Resigns": a title-case headline's verb
    if after + 1 < len(tokens) and tokens[after + 1].capital and _SPACE_GAP.match(
            text[word.end:tokens[after + 1].start]):
        return index
    if (after + 1 == len(tokens) or not _SPACE_GAP.match(text[word.end:tokens[after + 1].start])) and (
            fold(word.low) not in capital_words):
        return index  # "Kenji Roe Profile: a quiet reformer" over "Mr. Roe, 62,": a label ending the part
    return after


# Words that say the body's lone-surname person is a man or a woman: an honorific or a role before a mention ("Mrs.
# Harlow", "Queen Roe"), or a family or sex noun in commas after it ("Harlow, his widow,"); never a job noun alone
# (`JOB_GENDER_NOUNS`: "Harlow, the chairman of the board, said she").
_AFTER_MENTION_NOUN = re.compile(r",[ \u00a0]+(?:(?:his|her|their|the)[ \u00a0]+)?([a-z]+)\b")


def _body_gender(body: str, person: PersonRecord) -> str | None:
    """'male' or 'female' when every gendered word at the person's mentions, and the pronoun of a speech verb right
    after one ("Menon said she"), agrees, else None ("Her father, Mr. Menon, ... Dr. Menon said she": two people
    the step merged, whose gender says nothing)."""
    found = set()
    for mention in person.mentions:
        speech = _PERSONAL_SPEECH_AFTER.match(body, mention.end)
        if speech:
            found.add("male" if speech.group(0).split()[-1].lower() == "he" else "female")
        words = set(re.findall(r"[a-z]+", " ".join(filter(None, (mention.role, mention.apposition))).lower()))
        before = re.search(r"\b([A-Za-z]+)\.?[ \u00a0]+$", body[max(0, mention.start - 12):mention.start])
        if before:
            words.add(before.group(1).lower())
        after = _AFTER_MENTION_NOUN.match(body, mention.end)
        if after:
            words.add(after.group(1))
        words -= JOB_GENDER_NOUNS
        found |= {"female" for word in words if word in FEMALE_MARKERS or GENDERED_HEADS.get(word) == "female"}
        found |= {"male" for word in words if word in MALE_MARKERS or GENDERED_HEADS.get(word) == "male"}
    return next(iter(found)) if len(found) == 1 else None


def _title_word_surnames(body: str, tokens: list[Token], people: list[PersonRecord]) -> None:
    """Add the lone mentions of a surname that is a title word too ("Howard Dean ... agrees with Dean", "Angus King
    ... King said"), which the name rules read as a title with no name after it: the word capitalised, with no
    determiner before it, no capitalised word (the name a title would open) or "of" after it, and one person of the
    article bearing that surname."""
    surnames: dict[str, list[PersonRecord]] = {}
    for person in people:
        words = person.name.split()
        if len(words) > 1 and _is_role_word(Token(text=words[-1], start=0, end=0, low=words[-1].lower(), capital=True,
                                                  possessive=False, initial=False, acronym=False)):
            surnames.setdefault(words[-1].lower(), []).append(person)
    if not surnames:
        return
    for index, token in enumerate(tokens):
        owners = surnames.get(token.low) if token.capital and not token.text.isupper() else None
        if not owners or len(owners) != 1:
            continue
        person = owners[0]
        if any(mention.start <= token.start < mention.end for mention in person.mentions):
            continue
        if index > 0 and tokens[index - 1].low in _TITLE_DETERMINERS:
            continue
        if index + 1 < len(tokens) and tokens[index + 1].capital and _SPACE_GAP.match(
                body[token.end:tokens[index + 1].start]):
            continue  # "Dean Ana Roe": a title before a name
        end = token.start + len(token.low)  # "Dean's": the name without its possessive
        if _TITLE_OF_AFTER.match(body, token.end):
            continue
        if (not token.possessive and index + 1 < len(tokens) and not tokens[index + 1].capital
                and _SPACE_GAP.match(body[token.end:tokens[index + 1].start])
                and not _verb_like(body, tokens, index + 1)):
            continue  # "Major roadworks begin", "King tides flooded": an adjective, a noun's modifier
        person.mentions.append(MentionRecord(surface=body[token.start:end], start=token.start, end=end))
    for owners in surnames.values():
        owners[0].mentions.sort(key=lambda mention: mention.start)


def _place_noun_after_word(body: str, end: int) -> bool:
    """Whether a kind of place follows `end` with one lowercase word between that is no verb ("industrial zone",
    "old district"; not "visited district hospitals", "told village elders", "opens district offices"), the noun
    ending the phrase (`_place_noun_ends`)."""
    match = _PLACE_NOUN_AFTER_WORD.match(body, end)
    if not match:
        return False
    word = match.group(1)
    if (word in UNMARKED_PAST_FORMS or word in speech_verbs.CORE or word in MAIN_CLAUSE_VERBS
            or len(word) > 4 and word.endswith("ed") or len(word) > 3 and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))):
        return False  # a verb, past or present: the name is its subject's, a person's
    return _place_noun_ends(match.group(2))


def _place_noun_ends(follower: str | None) -> bool:
    """Whether the lowercase word or number after a place noun (None: punctuation or a capital) leaves the noun the
    phrase's head ("zone on Monday", "neighbourhood overnight"); a number or a plural noun runs on from it
    ("terminal 3", "district hospitals", "village elders"): a kind of place the name's owner acts on or speaks to."""
    return follower is None or not (follower[0].isdigit() or follower in common_plurals() or len(follower) > 3
                                    and follower.endswith("s") and not follower.endswith(("ss", "us", "is")))


def _verb_like(body: str, tokens: list[Token], index: int) -> bool:
    """Whether the lowercase word `index` after a lone surname reads as its verb or an adverb before one ("King said",
    "Major ruled", "Dean also", "Pope has", "King wants to"), not as the noun a capitalised adjective qualifies
    ("Major roadworks")."""
    low = tokens[index].low
    return (low in speech_verbs.CORE or low in MAIN_CLAUSE_VERBS or len(low) > 4 and low.endswith(("ed", "ly"))
            or low in _VERB_LEAD_ADVERBS or _present_verb(body, tokens, index))


_VERB_LEAD_ADVERBS = frozenset({"also", "then", "now", "still", "later", "once", "never", "too"})
# Words opening a verb's object ("believes the town", "wants it"); not "this", "next", "last" (a time: "Major
# roadworks this week") nor "that" (a plural noun's relative clause: "King tides that flooded").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                             "it", "him", "them", "me", "us"})


def _present_verb(body: str, tokens: list[Token], index: int) -> bool:
    """Whether a word in "-s" reads as a present verb ("wants", "believes"), not a plural noun ("tides", "changes"),
    by what follows it: an object's first word (a plural noun is followed by its own verb or a preposition), "to"
    after a verb that takes an infinitive (`TO_INFINITIVE_FORMS`: "wants to", unlike "changes to the rules"), or
    "that" after a verb of saying or thinking that is rarely a noun ("believes that"; not "fears that")."""
    token = tokens[index]
    low = token.low
    if (len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")) or token.possessive
            or index + 1 >= len(tokens) or not _SPACE_GAP.match(body[token.end:tokens[index + 1].start])):
        return False
    after = tokens[index + 1].low
    return (after in _OBJECT_OPENERS or after == "to" and low in TO_INFINITIVE_FORMS
            or after == "that" and low in speech_verbs.ZERO_THAT and low not in _NOUN_S_FORMS)


# (the "-s" forms of verbs of saying that are mostly plural nouns: "Major fears that ... were unfounded")
_NOUN_S_FORMS = frozenset(speech_verbs.inflections(lemma)[1] for lemma in speech_verbs.NOUN_PLURALS)


# A lone surname inside a compound the name rules leave out: after a stance's prefix ("anti-Obama signs"; not a
# time's "post-"/"pre-": "post-Paris targets") or joined to another person's surname ("Obama-Clinton policies",
# quoted or not, before a lowercase word; not a firm's double name: "Rolls-Royce engines"). (A surname as a modifier after a determiner,
# "the Obama years", "a Sanders delegate", was tried too: it took a person the blind gold does not hold, and is left.)
_COMPOUND_SURNAME = re.compile(
    r"(?<![\w-])(?:[Aa]nti|[Pp]ro|[Nn]on)-([A-Z][a-z'’]+)(?![\w-])"
    r"|(?<![\w-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w-])(?=[\"”’']?[ \u00a0]+[a-z])")


def _compound_registry_people(article: ArticleRecord, registry: Registry,
                              people: list[PersonRecord]) -> list[PersonRecord]:
    """The registry's people the article names only by a surname inside a compound (`_COMPOUND_SURNAME`): the one
    entry a bare surname fits (`_registry_entry`), when no person of the article bears that surname. With no
    registry, nobody: a lone surname in a compound says too little to make a person of it alone."""
    if not registry.people:
        return []
    body = article.body
    # (the words of every name the article's people are written by, a double-barrelled one's parts too: "Jo
    # Smith-Varga ... the Smith-Varga plan" is hers)
    held = {word.casefold() for person in people for name in (person.name, *(m.surface for m in person.mentions))
            for word in re.split(r"[\s\-‐–]+", name)}
    found: dict[str, PersonRecord] = {}
    surnames = _registry_index(registry)[1]
    for match in _COMPOUND_SURNAME.finditer(body):
        for group in (1, 2, 3):
            word = match.group(group)
            if not word or word.casefold() in held:
                continue
            if group > 1:
                other = match.group(5 - group)  # the compound's other half: another person's surname, or a firm's
                if other.casefold() not in held and split_name(other).surname not in surnames:
                    continue
            # (one entry bearing the surname at all: a compound has no context to tell namesakes apart by)
            entry = _registry_entry(word, split_name(word), article, registry) if len(
                _registry_index(registry)[1].get(split_name(word).surname, ())) == 1 else None
            if entry is None or any(person.name == entry.name for person in people):
                continue
            mention = MentionRecord(surface=word, start=match.start(group), end=match.end(group))
            record = found.get(entry.name)
            if record is None:
                found[entry.name] = PersonRecord(name=entry.name, mentions=[mention], country=entry.country,
                                                 aliases=[a for a in entry.aliases if a != entry.name])
            else:
                record.mentions.append(mention)
    return list(found.values())


# The furniture rules that credit a name with a page's work (a byline, a photo credit, a copyright line), not a
# teaser's or a tag line's: the rows of `credits.BEFORE_NAME`.
_CREDIT_RULES = frozenset(name for name, _pattern in credits.BEFORE_NAME)


# Place prepositions that also take a person ("the lab of Jo Roe, Boston", "a letter from Jo Roe, London").
_OWNER_PREPOSITIONS = frozenset({"of", "from"})
_PLACE_AFTER = re.compile(r",[ \u00a0]+([A-Z][\w’'-]+(?:[ \u00a0][A-Z][\w’'-]+){0,2})(?![\w’'-])")


def _origin_head(low: str, preposition: str) -> bool:
    """A noun for people whose place of origin may follow: "from" after any ("a voter", "a 59-year-old", "a man"),
    "of" after a plural or "native" only ("residents of", "a native of"; "the lawyer of Jo Roe", "the family of Jo Roe"
    are Jo Roe's)."""
    if preposition == "of" and not (low.endswith("s") or low in ORIGIN_OF_HEADS):
        return False
    return (low in ORIGIN_HEADS or low.endswith(("-old", "-olds"))
            or _person_noun(low[:-1] if low.endswith("s") else low))


_CLOSED_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|$)")


def _place_after(body: str, end: int, closed: bool = False) -> bool:
    """Whether a comma and a known place or country follow `end` ("Morgan Hill, Brooklyn"): the name before is
    a place within it (`closed`: and the place's words end the phrase, "Hilton Head, South Carolina," not
    "Jo Roe, Texas senator")."""
    match = _PLACE_AFTER.match(body, end)
    if match is None or closed and not _CLOSED_AFTER.match(body, match.end()):
        return False
    words = match.group(1).lower().split()
    return any(" ".join(words[:size]) in PLACES or " ".join(words[:size]) in COUNTRY_NAMES
               for size in range(len(words), 0, -1))


_AMPERSAND_AFTER = re.compile(r"[ \u00a0]?&[ \u00a0]?[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Za-z][ \u00a0]?&[ \u00a0]?$")
_MONSIEUR = "M."


def _opens_initials_name(body: str, tokens: list[Token], index: int) -> bool:
    """Whether the initial at `index` opens a name written with initials ("R. Ashwin", "M. K. Stalin"): no
    capitalised word joined before it, a capitalised word or another initial after it."""
    if index + 1 >= len(tokens) or not _joined_gap(body, tokens[index], tokens[index + 1]):
        return False
    if index > 0 and tokens[index - 1].capital and _joined_gap(body, tokens[index - 1], tokens[index]):
        return False  # "George W. Bush": a middle initial
    return tokens[index + 1].capital


_KNOWN_AS_QUALIFIER = r"(?:(?:" + "|".join(sorted(KNOWN_AS_QUALIFIERS)) + r")\s+)?"  # "better known as"
_NICKNAME_BEFORE = re.compile(r"\b" + _KNOWN_AS_QUALIFIER + r"(?:known|referred\s+to)\s+as\s+"
                              r"[\"“‘']?$|\b(?:nicknamed|dubbed)\s+[\"“‘']?$"
                              r"|\b(?P<alias>a\.k\.a\.?|aka|alias|pseudonym)\s+[\"“‘']?$")
# Words one of which `_NICKNAME_BEFORE` needs (it is case-sensitive): a cheap test of the whole body first.
_NICKNAME_WORDS = ("known", "referred", "nicknamed", "dubbed", "a.k.a", "aka", "alias", "pseudonym")
# What stands before "known as" when the name after it is another name of someone named already: a name of two
# capitalised words or a pronoun for one, maybe an age and a comma or a bracket ("Robert Roe, 54, known as",
# "She (better known as"); "a man known as Ricky Roe" gives a person's only name in the article.
_NAMED_BEFORE_NICKNAME = re.compile(r"(?:\b[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+|\b(?:[Hh]e|[Ss]he))"
                                    r"(?:,[ \u00a0]*\d{1,3})?[ \u00a0]*[,(]?[ \u00a0]*$")
_GLUED_TITLE = re.compile(r"^([A-Z][a-z]{1,5})\.([A-Z][\w’'-]+)$")
# ... which needs a lowercase letter, a full stop and a capital in the body: a body without them (nearly all)
# skips reading every token (the pattern opens on the full stop, which the regex engine scans for fast)
_GLUED_TITLE_IN_BODY = re.compile(r"\.(?<=[a-z]\.)[A-Z]")


def _nickname_of_named(body: str, start: int) -> bool:
    """Whether the name at `start` follows "known as", "nicknamed", "dubbed" after someone named ("Robert Roe,
    known as Bobby"): another name of a person, not one; a nickname after an unnamed person ("a man known as
    Ricky Roe") is the only name the article gives that person, so the person's."""
    nickname = _NICKNAME_BEFORE.search(body, max(0, start - 32), start)  # "affectionately known as "
    if nickname and nickname.group("alias"):
        return True  # "used the alias Carlos Roe", "Jo Roe, a.k.a. ...": a false name, whoever bears it
    return bool(nickname and _NAMED_BEFORE_NICKNAME.search(body, max(0, nickname.start() - 60), nickname.start()))


def _glued_titles(tokens: list[Token]) -> list[Token]:
    """The tokens with a dotted title glued to the name after it cut in two ("Sen.Ahmed Roe", "Gov.Ana Lund": a
    missing space after the title's full stop), so the title is read as a title and the given name as a name."""
    found = [i for i, token in enumerate(tokens) if "." in token.text and (match := _GLUED_TITLE.match(token.text))
             and (match.group(1).lower() in DOTTED_TITLES or match.group(1).lower() in HONORIFICS
                  or match.group(1).lower() + "." in HONORIFICS)]
    if not found:
        return tokens
    tokens = list(tokens)
    for index in reversed(found):
        token = tokens[index]
        title, name = _GLUED_TITLE.match(token.text).groups()
        cut = token.start + len(title) + 1
        tokens[index:index + 1] = [
            replace(token, text=title + ".", end=cut, low=title.lower(), possessive=False),
            replace(token, text=name, start=cut, low=name.lower().removesuffix("'s").removesuffix("’s"),
                    sentence_start=False)]
    return tokens


# A click letter opening a name's word (Khoekhoe names: "!Naobeb", "ǁGaroës"), after a space or a line's start: ASCII
# "!" stands outside the word the tokeniser reads, the click letters "ǀ ǁ ǂ ǃ" inside it, before its capital.
# (Written to open with the click's character class, so the regex engine skips to the next "!" or click letter in
# its C search loop; the look-behind after it reads the same character before the click as `(?<!\S)` before it
# would: the same matches, at a third of the cost of trying the look-behind at every character of the body.)
def _mojibake_seconds() -> str:
    """The characters a UTF-8 continuation byte (0x80-0xBF) reads as in Latin-1 or Windows-1252."""
    found = set()
    for byte in range(0x80, 0xC0):
        found.add(bytes([byte]).decode("latin-1"))
        try:
            found.add(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return "".join(sorted(found))


# A letter of two bytes in UTF-8 read as Latin-1 or Windows-1252 ("FranÃ§ois" for "François", "JosÃ©" for "José"):
# the lead byte's letter (Â Ã Ä Å: U+0080-U+017F, or written decomposed, "A" and its combining accent, on a page
# whose text was decomposed after it broke) and a continuation byte's character, often no letter at all.
_MOJIBAKE_LEAD = "(?:[ÂÃÄÅ]|A[\u0302\u0303\u0308\u030a])"
_MOJIBAKE_PAIR = _MOJIBAKE_LEAD + "[" + re.escape(_mojibake_seconds()) + "]"
_MOJIBAKE_LEADS = re.compile(_MOJIBAKE_LEAD)
# Characters a reader does not see inside a word: the soft hyphen, zero-width spaces and joiners, the word joiner,
# the byte-order mark ("Ma\xadrek", "Ol\u200bsen"); and combining accents, which a decomposed text writes after
# their letter ("Jose\u0301" for "José"). The tokeniser ends a word at each; a name's word runs on over them.
_INVISIBLE_IN_WORDS = UNSEEN_IN_WORDS
_HIDDEN_MARKS = "[" + _INVISIBLE_IN_WORDS + "\u0300-\u036f]"
_INVISIBLE = re.compile("[" + _INVISIBLE_IN_WORDS + "]")
# A word with a broken letter, an invisible character or a combining accent inside it or after it; a body without
# any of their characters costs one search.
_BROKEN_WORD = re.compile(r"(?:" + _MOJIBAKE_PAIR + r"|[^\W\d_])(?:" + _MOJIBAKE_PAIR + r"|[^\W\d_]|" + _HIDDEN_MARKS
                          + ")*")  # (a broken letter may open the word: "Ã‰mile" for "Émile")
_BROKEN_SIGNS = re.compile("[ÂÃÄÅ]|" + _HIDDEN_MARKS)


def _unbroken(text: str) -> str:
    """`text` as a reader sees it: its invisible characters dropped, its combining accents composed with their
    letters, and its broken letters read back ("FranÃ§ois" -> "François"), else dropped."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    if not _MOJIBAKE_LEADS.search(text):
        return text
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return re.sub(_MOJIBAKE_PAIR, "", text)


def _mojibake_names(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with a word whose letters bad decoding broke taken whole ("FranÃ§ois" is one word, not "FranÃ"
    and "ois"; its `low` the word read back, "françois", so the given-name lists know it), and so a word with an
    invisible character or a combining accent inside ("Ma\xadrek": "marek"; "Jose\u0301": "josé"). A body with
    none of their characters costs one search. Changed tokens are copies in a new list."""
    if not _BROKEN_SIGNS.search(body):
        return tokens
    words = [match.span() for match in _BROKEN_WORD.finditer(body) if match.group()[:1].isupper()
             and _BROKEN_SIGNS.search(match.group()) and _unbroken(match.group()) != match.group()]
    if not words:
        return tokens
    starts = [token.start for token in tokens]
    merged, taken = {}, set()
    for word_start, word_end in words:
        first = bisect_left(starts, word_start)
        if first < len(tokens) and tokens[first].start > word_start and first:
            first -= 1
        if first and tokens[first - 1].end > word_start:
            first -= 1
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].start < word_end:
            last += 1
        if first >= len(tokens) or tokens[first].end <= word_start or tokens[first].start > word_start:
            continue
        head, tail = tokens[first], tokens[last]
        end = max(tail.end, word_end)
        kept = body[head.start:word_end] if tail.end <= word_end else body[head.start:tail.start] + tail.text[:len(tail.low)]
        merged[first] = replace(head, text=body[head.start:end], end=end, low=_unbroken(kept).lower(),
                                possessive=tail.possessive if tail.end > word_end else head.possessive)
        taken.update(range(first + 1, last + 1))
    if not merged:
        return tokens
    return [merged.get(index, token) for index, token in enumerate(tokens) if index not in taken]


_CLICK_NAME = re.compile(r"[!ǀǁǂǃ](?<!\S[!ǀǁǂǃ])(?=[^\W\d_])")
_CLICK_LETTERS = "ǀǁǂǃ"


def _mark_led_names(body: str, tokens: list[Token], marks: Iterable[int],
                    taken: Callable[[Token, int], dict | None]) -> list[Token]:
    """The tokens with the mark at each of `marks` taken into the capitalised word it opens, where `taken(token,
    mark)` gives the token's new fields ("start", "text", maybe "low"; None: the mark stays outside): the word is
    capitalised and opens no sentence unless the text before the mark does. Changed tokens are copies in a new
    list; no mark costs nothing. The shared walk of `_click_names` and `_glottal_names`."""
    marks = list(marks)
    if not marks:
        return tokens
    starts = [token.start for token in tokens]
    tokens = list(tokens)
    for mark in marks:
        index = bisect_left(starts, mark)
        if index >= len(tokens):
            continue
        fields = taken(tokens[index], mark)
        if fields is None:
            continue
        previous_end = tokens[index - 1].end if index else 0
        opens = (_starts_sentence(body, fields["start"], previous_end)
                 and not (index and tokens[index - 1].text.endswith(".")))
        tokens[index] = replace(tokens[index], capital=True, sentence_start=opens, **fields)
    return tokens


def _click_names(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with a click letter opening a capitalised word taken into it ("Mr !Naobeb", "Anna ǁGaroës"): the
    word is capitalised, part of the name, and opens no sentence unless the text before the click does (the "!" is
    no exclamation: a space follows an exclamation). A body without a click letter before a word costs one search."""
    def taken(token: Token, click: int) -> dict | None:
        if token.start == click + 1 and body[click] == "!" and token.capital:
            return {"start": click, "text": "!" + token.text}  # "!Naobeb": the "!" before the word
        if token.start == click and body[click] in _CLICK_LETTERS and token.text[1:2].isupper():
            return {"start": click, "text": token.text}  # "ǁGaroës": the click letter inside the word
        return None

    return _mark_led_names(body, tokens, (match.start() for match in _CLICK_NAME.finditer(body)), taken)


# A leading apostrophe or ʻokina of a name ("'Ana Fifita", "ʻAkilisi", "’Mamello"): the ʻokina (and the modifier
# apostrophe ʼ) is a letter inside the word; a typed apostrophe or a single quotation mark before the word is the
# name's when the text before it opens a word (a space, a line's start, a bracket) and no single quotation mark
# closes after the word before the sentence ends ("‘Every Hectare Has a Name’" is a quoted title) and the word is a
# given name or of the Sesotho 'M- kind ("'Mamello").
_GLOTTAL_LETTERS = "ʻʼ"
_GLOTTAL_NAME = re.compile(r"(?<![^\s(\[—–])['’‘ʻʼ](?=[A-Z])")
# A Sesotho name of the 'M- kind ("'Mamello", "'Malineo"): "ma" and two or more open syllables (a consonant or
# cluster and its vowels), ending in a vowel other than "e"; a quoted English word opening with "Ma" ("'Make",
# "'Major", "'Manage") has not that shape and stays a quote.
_M_NAME_SHAPE = re.compile(r"ma(?:[b-df-hj-np-tv-z]{1,3}[aeiou]+){2,}(?<!e)")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'’‘])['’](?![^\W\d_])|[.!?\n]")


def _glottal_names(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with a name's leading apostrophe or ʻokina taken into the capitalised word it opens (see
    `_GLOTTAL_NAME`): the word is capitalised and keeps the mark in its text, so the surface and the name keep it
    ("'Ana Fifita"). A body without such a mark costs one search."""
    def taken(token: Token, mark: int) -> dict | None:
        if token.start == mark and body[mark] in _GLOTTAL_LETTERS and token.text[1:2].isupper():
            low = token.low[1:]  # "ʻAkilisi": the mark is inside the word
        elif (token.start == mark + 1 and body[mark] not in _GLOTTAL_LETTERS and token.capital
              and (is_given_name(token.low) or _M_NAME_SHAPE.fullmatch(token.low))):
            # a given name ("'Ana") or a Sesotho name of the 'M- kind ("'Mamello", `_M_NAME_SHAPE`); "Mr 'Corrupt
            # Moyo" is a quote left open
            close = _SINGLE_CLOSE.search(body, token.end)
            if close and body[close.start()] in "'’":
                return None  # a quotation closes after it: "'Big Ben' rang"
            low = token.low
        else:
            return None
        return {"start": mark, "text": body[mark:token.start] + token.text, "low": low}

    return _mark_led_names(body, tokens, (match.start() for match in _GLOTTAL_NAME.finditer(body)), taken)


def _dotted_given_names(body: str, tokens: list[Token],
                        sentences: Callable[[], list[tuple[int, int]]]) -> list[Token]:
    """The tokens with a shortened given name's full stop kept in it ("Md. Rafiqul Islam Chowdhury", `given_names.
    DOTTED_GIVEN_NAMES`), and the name after it no sentence's first word, when a given name or a longer
    capitalised run follows ("in Jos. Police said" stays two sentences: "Jos" is no such word) and the shared
    sentence splitter (`text.sentence_breaks`, read through the analysis's `sentences()`, split inside quotes
    too) ends no sentence at that stop: a name never runs across a sentence the quotes and events steps read
    ("Md. Karim Uddin said ...", where the splitter starts a sentence at "Karim", is Karim Uddin, so the words
    he said keep their speaker). Changed tokens are copies in a new list."""
    found = []
    for index, token in enumerate(tokens[:-2]):
        if (token.low in DOTTED_GIVEN_NAMES and token.capital and body[token.end:token.end + 2] == ". "
                and tokens[index + 1].start == token.end + 2 and tokens[index + 1].capital
                and not tokens[index + 1].acronym
                and (is_given_name(tokens[index + 1].low)
                     or tokens[index + 2].capital and _joined_gap(body, tokens[index + 1], tokens[index + 2]))):
            found.append(index)
    if found:
        starts = {start for start, _ in sentences()}
        found = [index for index in found if tokens[index + 1].start not in starts]
    if not found:
        return tokens
    tokens = list(tokens)
    for index in found:
        tokens[index] = replace(tokens[index], text=tokens[index].text + ".", end=tokens[index].end + 1)
        tokens[index + 1] = replace(tokens[index + 1], sentence_start=False)
    return tokens


_OPENING_QUOTES = "\"“‘«"
_CLOSING_QUOTES = "\"”’»"
_MAX_QUOTED_TITLE_TOKENS = 4
_NAME_AFTER_QUOTE = re.compile(r"[ \u00a0][A-Z]")


def _slashed_ship_before(body: str, start: int) -> bool:
    """Whether a slashed vessel prefix (`not_people.SLASHED_SHIP_PREFIXES`) stands right before `start`."""
    found = _SLASHED_SHIP_BEFORE.search(body, max(0, start - 8), start)
    return bool(found) and found.group(1).lower() in SLASHED_SHIP_PREFIXES


def _quoted_title(body: str, tokens: list[Token], run: list[int]) -> bool:
    """Whether a capitalised run stands alone between quotation marks ('watched "Forrest Gump"', 'the "Miss
    Universe" pageant'): the title of a work or a contest, not a person (a nickname in quotes stands inside a
    longer name, and a quoted speaker's words hold more than a name)."""
    if len(run) > _MAX_QUOTED_TITLE_TOKENS:
        return False
    start, end = tokens[run[0]].start, tokens[run[-1]].end
    return (start > 0 and body[start - 1] in _OPENING_QUOTES and end < len(body) and body[end] in _CLOSING_QUOTES
            and not tokens[run[-1]].possessive
            and not _NAME_AFTER_QUOTE.match(body, end + 1))  # '"Little Marco" Rubio': a nickname before a name


def _monsieur(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with "M." before a name read as the honorific Monsieur ("M. Quandt", "M. Emmanuel Roe"),
    unless the article writes people's names with initials ("M. K. Stalin", "R. Ashwin"): there "M." is one (as
    in all the articles of an outlet from a country that writes names so, `INITIAL_NAME_COUNTRIES`).
    The analysis's tokens are shared with the other steps, so changed tokens are copies in a new list."""
    if _MONSIEUR not in body:
        return tokens
    found = [i for i, token in enumerate(tokens) if token.text == _MONSIEUR and _opens_initials_name(body, tokens, i)]
    if not found:
        return tokens
    for index, token in enumerate(tokens):
        if token.initial and _opens_initials_name(body, tokens, index) and (
                token.text != _MONSIEUR or tokens[index + 1].initial):
            return tokens  # the article names people by initials
    tokens = list(tokens)
    for index in found:
        tokens[index] = replace(tokens[index], low=_MONSIEUR.lower(), initial=False)
    return tokens


def _everyday_abbreviations(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with an honorific that is also an everyday abbreviation (`GUARDED_HONORIFICS`: "Adv.", "Lic.",
    "Ing.") read as a lowercase word where it opens no name ("Revenue from Adv. Sales", "Lic. Class B permits",
    "Müller Ing. GmbH"), so it neither opens a name nor joins one. It opens a name before a listed given name
    ("Adv. Ravi Kumar"), or before two name-shaped words, an initial allowed first ("Ing. Quandt Berger", "Ing. J.
    Weber"); with no capitalised word after it, it stays as written ("Lucia Ing, a nurse", a surname). Changed
    tokens are copies in a new list, as in `_monsieur`."""
    found = [index for index, token in enumerate(tokens)
             if token.capital and token.low in GUARDED_HONORIFICS and not _abbreviation_opens_name(body, tokens, index)]
    if not found:
        return tokens
    tokens = list(tokens)
    for index in found:
        tokens[index] = replace(tokens[index], capital=False)
    return tokens


def _given_name_address_forms(body: str, tokens: list[Token]) -> list[Token]:
    """The tokens with a form of address that is a given name too (`GIVEN_NAME_ADDRESS_FORMS`: "Ato", no entry of
    the honorific tables, so a given name by default: "Ato Forson", "Cassiel Ato Forson") read as the form of
    address, "Mr", where it opens a name before two name-shaped words ("Ato Dawit Roe": the name is "Dawit Roe");
    and a rank's acronym that is a firm's prefix
    too (`GUARDED_TITLE_ACRONYMS`: "SP") read as no title unless a listed given name follows it ("SP Joseph
    Okoth"; "SP Setia Berhad" is a firm's): its lowercase form set to the letters as written, which no title table
    holds. Changed tokens are copies in a new list, as in `_monsieur`."""
    changes: dict[int, Token] = {}
    for index, token in enumerate(tokens):
        if not token.capital:
            continue
        if token.low in GIVEN_NAME_ADDRESS_FORMS:
            before = tokens[index - 1] if index else None
            inside = (before is not None and before.capital and not _is_role_word(before)
                      and bool(_SPACE_GAP.match(body[before.end:token.start])))
            words = []  # the (at most two) words right after it, a space apart
            for position in range(index + 1, min(index + 3, len(tokens))):
                if not _SPACE_GAP.match(body[tokens[position - 1].end:tokens[position].start]):
                    break
                words.append(tokens[position])
            if not (inside or len(words) < 2 or not all(_name_shaped_word(word) for word in words)):
                changes[index] = replace(token, low="mr")  # (read as the form of address it means, "Mr")
        elif token.low in GUARDED_TITLE_ACRONYMS:
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if not (after is not None and after.capital and not after.acronym and not after.initial
                    and _SPACE_GAP.match(body[token.end:after.start]) and is_given_name(after.low)):
                changes[index] = replace(token, low=token.text)
    if not changes:
        return tokens
    return [changes.get(index, token) for index, token in enumerate(tokens)]


def _abbreviation_opens_name(body: str, tokens: list[Token], index: int) -> bool:
    words = []  # the (at most two) words right after it, a space apart
    for position in range(index + 1, min(index + 3, len(tokens))):
        if not _SPACE_GAP.match(body[tokens[position - 1].end:tokens[position].start]):
            break
        words.append(tokens[position])
    if not words or not words[0].capital:
        return True  # "Lucia Ing, a nurse": no name after it to open, maybe the name's own last word
    if not (_name_shaped_word(words[0]) or words[0].initial):
        return False
    if is_given_name(words[0].low) and not words[0].initial:
        return True  # "Adv. Ravi Kumar", "Ing. Klaus Weber"
    return len(words) == 2 and _name_shaped_word(words[1])  # "Ing. Quandt Berger", "Ing. J. Weber"


def _name_shaped_word(token: Token) -> bool:
    """A capitalised word that may be a name's: no acronym, initial or single letter ("Class B"), and no function,
    firm's, account's, document's, place's, date's or title's word ("GmbH", "Sales", "Renewal Form")."""
    low = token.low
    return (token.capital and not token.acronym and not token.initial and len(low) > 1 and not token.text.isupper()
            and low not in FUNCTION_WORDS and low not in ORG_WORDS and low not in LEGAL_FORMS
            and low not in FIRM_ACCOUNT_NOUNS and low not in DOCUMENT_WORDS and low not in PLACES
            and low not in DAYS_MONTHS and not _is_role_word(token))


def _indefinite_role(body: str, tokens: list[Token], first: int, role: str) -> bool:
    """Whether the role before a one-word name follows "a" or "an": a title names a person only as a form of
    address ("Senator Roe", "the expert Roe"), never after an indefinite article ("an Expert Quillsmith")."""
    opening = bisect_left(tokens, tokens[first - 1].end - len(role), key=lambda token: token.start)
    return (0 < opening < first and tokens[opening].start == tokens[first - 1].end - len(role)
            and tokens[opening - 1].low in ("a", "an")
            and bool(_SPACE_GAP.match(body[tokens[opening - 1].end:tokens[opening].start])))


def _office_of_body(tokens: list[Token], index: int) -> bool:
    """Whether the body's name ending at `index` is the object of an office's title ("Chairman of the Rice Board",
    "Chief Executive of the Riverside Water Authority"): a title among its capitalised words or link words."""
    while index >= 0 and (tokens[index].capital or tokens[index].low in ("of", "the", "for", "and", "&")):
        if _is_role_word(tokens[index]):
            return True
        index -= 1
    return False


def _described_before(tokens: list[Token], first: int) -> bool:
    """A role ("Producer", "chief", "elder") or a lowercase standing noun ("forward": `epithets.STANDING_NOUNS`)
    right before the word at `first`. (Not any agent noun by its ending, `_person_noun`: one read as a person's
    took a thing's name for a person on a blind check set.)"""
    before = tokens[first - 1]
    return _is_role_word(before) or not before.capital and (before.low in TITLE_HEADS or before.low in STANDING_NOUNS)


def _after_namesake_head(body: str, tokens: list[Token], name: list[int]) -> bool:
    """ "Hospital Gregorio Marañón", "Avenue Habib Bourguiba", "Tropical Storm Ana", "Jalan Tun Razak", "Metro
    Manila": a name right after a capitalised head of a place's, an institution's or a storm's name, or opening with
    one, is the thing's (`not_people.NAMESAKE_HEADS`), and so is one right after a body's name ("NZ Transport Agency
    Waka Kotahi", `not_people.ORG_NAME_HEADS`); a lowercase word between them makes the head a modifier of a
    person's job ("Hospital director Ana Roe")."""
    first = name[0]
    if len(name) > 1 and tokens[first].capital and tokens[first].low in NAMESAKE_HEADS:
        # (a role or a person's noun right before makes the head a person's first name, here and wherever the
        # article writes the name: "Producer Metro Boomin", "forward Calle Jarnkrok ... Calle Jarnkrok said",
        # "elder Rua Tamihana"; a place's comes after a verb or a preposition)
        words = [tokens[i].low for i in name]
        return not any(_described_before(tokens, start) for start in range(1, len(tokens) - len(name) + 1)
                       if tokens[start].low == words[0]
                       and [tokens[i].low for i in range(start, start + len(name))] == words)
    if first == 0 or not _SPACE_GAP.match(body[tokens[first - 1].end:tokens[first].start]):
        return False
    before = tokens[first - 1]
    if not before.capital or before.possessive:
        return False  # "Metro's Ana Roe", "the European Commission's Ursula von der Leyen": the body's person
    if before.low in NAMESAKE_HEADS:
        return True
    if (before.low in NAMESAKE_TITLES and first >= 2 and tokens[first - 2].capital
            and (tokens[first - 2].low in INSTITUTION_TAILS or tokens[first - 2].low in VENUE_HEADS_BEFORE_TITLES)
            and not tokens[first - 2].possessive
            and _SPACE_GAP.match(body[tokens[first - 2].end:before.start])):
        return True  # "the Stadium Sultan Muhammad IV", "Hospital Sultanah Aminah": a venue's head, the title, the namesake
    # (a common given name with a verb after it is a clause's subject: "talks with the Public Service Commission
    # Ana Roe resigned" lost its comma; "Corporation Ulla Brandt report", "Agency Waka Kotahi says" stay the body's)
    if (before.low in ORG_NAME_HEADS and first >= 2 and tokens[first - 2].capital and not before.sentence_start
            and not _given_name_then_verb(body, tokens, first)
            and _SPACE_GAP.match(body[tokens[first - 2].end:before.start]) and not _office_of_body(tokens, first - 2)):
        return True  # "NZ Transport Agency Waka Kotahi says": the body's other name
    return (first >= 2 and tokens[first - 2].capital and _SPACE_GAP.match(body[tokens[first - 2].end:before.start])
            is not None and f"{tokens[first - 2].low} {before.low}" in NAMESAKE_HEAD_PAIRS)


def _after_firm_head(body: str, tokens: list[Token], first: int, given_cache: dict[str, bool]) -> bool:
    """ "carmaker Aston Martin", "the drugmaker Eli Lilly", "retailer John Lewis": a name right after a word only
    firms are called by is the firm's (`lexicon.is_firm_head`: a maker of factory goods, a "retailer"); after a
    craft's maker ("winemaker", "cheesemaker", `lexicon.is_craft_maker`) only when the name has no given name
    first ("winemaker Castello Verdi"; "winemaker Sofia Roe" is a person and her job); and so after a word for a
    ship, a craft or an animal ("the cruise ship Queen Mary 2", "the racehorse Frankel",
    `not_people.THING_HEADS`)."""
    if first == 0:
        return False
    before = tokens[first - 1]
    if (before.capital and not before.sentence_start) or not _SPACE_GAP.match(body[before.end:tokens[first].start]):
        return False
    pair = (f"{tokens[first - 2].low} {before.low}" if first >= 2 and _SPACE_GAP.match(
        body[tokens[first - 2].end:before.start]) else "")
    if pair in JOB_HEAD_PAIRS:
        return False  # "mail carrier Jo Lind": a trade's word makes a firm's head a person's job
    return (is_firm_head(before.low)
            or pair in FIRM_HEAD_PAIRS and not _relative_clause_subject(body, tokens, first)  # "fashion house X"
            or (before.low in THING_HEADS or pair in THING_HEAD_PAIRS)  # "the Coast Guard cutter Harriet Lane"
            and not _relative_clause_subject(body, tokens, first)
            or is_craft_maker(before.low) and not _given(tokens[first], given_cache))


def _after_the(body: str, tokens: list[Token], first: int) -> bool:
    """Whether "the" stands right before the token at `first`, or before one lowercase word before it ("the new")."""
    for back in (1, 2):
        index = first - back
        if index < 0 or not _SPACE_GAP.match(body[tokens[index].end:tokens[index + 1].start]):
            return False
        if tokens[index].low == "the":
            return True
        if tokens[index].capital or not tokens[index].low.isalpha():
            return False
    return False


_PLACE_LEAD = re.compile(r"\b([A-Z][\w'’-]+)[ \u00a0]+(?:" + "|".join(sorted(w.title() for w in PLACE_LEAD_TAILS))
                         + r")\b")


def _place_leads(body: str) -> set[str]:
    """The lowercase words that open the article's names of island groups, ranges and straits ("the Tokara
    Islands": "tokara"; `not_people.PLACE_LEAD_TAILS`), but no function word ("The Islands")."""
    return {match.group(1).lower() for match in _PLACE_LEAD.finditer(body)} - FUNCTION_WORDS


def _between_span_end(tokens: list[Token], title: int) -> bool:
    """Whether the word at `title` opens the second end of a span between two places: "between Cockfield and"
    right before it after a word of travel (`not_people.SPAN_TRAVEL_WORDS`), the first end one to three
    capitalised words opening on no given name and no office's title ("the bus service between Cockfield and
    Bishop Auckland", "Trains between ..."; "talks between Holtby and Bishop Wexmoor" and "the line between Mayor
    Holtby and Bishop Wexmoor" join people)."""
    conjunction = title - 1
    if conjunction < 2 or tokens[conjunction].text != "and":
        return False
    index = conjunction - 1
    while index > 0 and conjunction - index <= 3 and tokens[index].capital and not tokens[index].possessive:
        index -= 1
    if index >= conjunction - 1 or index == 0 or tokens[index].text != "between":
        return False
    travel, opening = tokens[index - 1], tokens[index + 1]
    return (travel.low in SPAN_TRAVEL_WORDS and (not travel.capital or travel.sentence_start)
            and not is_given_name(opening.text)  # "between Ana Roe and Queen Xyla": two people
            and not (_is_role_word(opening) and opening.low not in TOWN_TITLES))  # "between Mayor Holtby and"


def _titled_town(body: str, tokens: list[Token], run: list[int], first: int, last: int) -> bool:
    """Whether a titled name is a town named so ("Prince Rupert", "Prince Albert" in the gazetteer) where it
    stands: after a preposition that takes places only ("in Prince Rupert"; `not_people.PLACE_ONLY_PREPOSITIONS`),
    or after "the" and before a lowercase noun it modifies ("the Prince Rupert mill"). The title must be the run's
    word right before the name; a royal of that name keeps being a person elsewhere ("Prince Albert said")."""
    title = first - 1
    if title not in run or not _is_role_word(tokens[title]) or not _SPACE_GAP.match(
            body[tokens[title].end:tokens[first].start]):
        return False
    if fold_place(" ".join(tokens[i].text for i in range(title, last + 1))) not in city_countries():
        # a town the gazetteer lacks: a town's title and one word that is no given name, where only a place
        # stands ("in Bishop Auckland", "between Cockfield and Bishop Auckland"), not an owner's ("Auckland's")
        # (after a place-only preposition only: at a span's end, "between Ankara and General Haftar", a title
        # and a surname are a person)
        return (first == last and tokens[title].low in TOWN_TITLES and not tokens[last].possessive
                and not is_given_name(tokens[first].text) and _in_place_slot(tokens, title, body)
                and (tokens[title - 1].low in PLACE_ONLY_PREPOSITIONS or _between_span_end(tokens, title)))
    before = tokens[title - 1] if title > 0 else None
    if before is not None and not before.capital and before.low in PLACE_ONLY_PREPOSITIONS:
        return True
    if before is None or before.low != "the" or tokens[last].possessive or last + 1 >= len(tokens):
        return False
    noun = tokens[last + 1]
    return (not noun.capital and noun.low.isalpha() and noun.low not in FUNCTION_WORDS
            and noun.low not in MAIN_CLAUSE_VERBS and bool(_SPACE_GAP.match(body[tokens[last].end:noun.start])))


def _one_word_after_trade(body: str, tokens: list[Token], first: int, last: int,
                          given_cache: dict[str, bool]) -> bool:
    """ "Iron ore producer Kestra rose", "distributor Marlowe": after a word for a person's job that is a firm's
    too (`lexicon.JOB_OR_FIRM_HEADS`), one word that is no given name is a firm's name: the press gives a person
    so described a full name ("producer Ana Roe"), and a given name alone stays ("producer Ana said")."""
    if first == 0 or first != last:
        return False
    before = tokens[first - 1]
    return (before.low in JOB_OR_FIRM_HEADS and not (before.capital and not before.sentence_start)
            and bool(_SPACE_GAP.match(body[before.end:tokens[first].start]))
            and not _given(tokens[first], given_cache) and tokens[first].low not in FAMILY_FIRST_SURNAMES
            and not _person_follows(body, tokens[first]))


# A person's pronoun or "who" (a firm is "it", "its", "which") ...
_PERSON_REFERENCE = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself|who|whom)\b", re.IGNORECASE)
# ... and the end of a sentence
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)]?(?:\s|$)")


def _person_follows(body: str, word: Token) -> bool:
    """Whether a person's pronoun follows a lone word before the end of the next sentence ("producer Timbaland,
    who said he", "producer Timbaland. He said"), or the article gives the word an age ("Timbaland, 52,"): a
    person's, not a firm's ("producer Kestra said its output rose")."""
    end = word.end
    for _ in range(2):
        found = _SENTENCE_CLOSE.search(body, end, word.end + 400)
        end = found.end() if found else min(len(body), word.end + 400)
    if _PERSON_REFERENCE.search(body, word.end, end):
        return True
    return re.search(r"\b" + re.escape(word.text) + r",[ \u00a0]+\d{1,3},", body) is not None


def _industry_firm(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """ "Korean trader Hanbit Marine", "developer Mar Azul Energías": after a word for a person's job that is a
    firm's too (`lexicon.JOB_OR_FIRM_HEADS`), a name of two words or more ending in an industry's word is the
    firm's ("developer Ana Roe" is a person)."""
    if first == 0 or first == last:
        return False
    before = tokens[first - 1]
    return (before.low in JOB_OR_FIRM_HEADS and not before.capital
            and bool(_SPACE_GAP.match(body[before.end:tokens[first].start]))
            and is_industry_word(fold(tokens[last].low)))


_FIRM_ACCOUNTS_AFTER = re.compile(
    r"[ \u00a0]+(?:shares|stock)[ \u00a0]+(?:" + "|".join(sorted(SHARE_PRICE_VERBS)) + r")\b"
    r"|['’]s[ \u00a0]+(?:(?:quarterly|annual|yearly|net|operating|first-quarter|second-quarter|third-quarter|"
    r"fourth-quarter|first-half|full-year)[ \u00a0]+)?(?:share[ \u00a0]+price|stock[ \u00a0]+price|market[ \u00a0]+"
    r"(?:value|capitali[sz]ation)|" + "|".join(sorted(FIRM_ACCOUNT_NOUNS)) + r")\b")


_PERIOD_ACCOUNTS_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(ACCOUNT_REPORT_VERBS)) + r")(?:[ \u00a0]+to)?[ \u00a0]+(?:(?:a|an|its|their)[ \u00a0]+)?"
    r"(?:(?:record|bigger|smaller|higher|lower|surprise|wider|narrower)[ \u00a0]+)?"
    r"(?:" + "|".join(sorted(ACCOUNT_PERIODS)) + r")[ \u00a0]+(?:(?:net|operating|pre-tax|pretax)[ \u00a0]+)?"
    r"(?:" + "|".join(sorted(FIRM_ACCOUNT_NOUNS | ACCOUNT_LOSS_NOUNS)) + r")\b")


# The word right after a name, when a space follows it: both patterns above and below open on a verb of theirs
# (`ACCOUNT_REPORT_VERBS`, `BROKER_CALL_VERBS`) so a name followed by any other word skips them.
_NEXT_LOWER_WORD = re.compile(r"[ \u00a0]+([a-z]+)[ \u00a0]")
_ACCOUNT_OR_CALL_VERBS = ACCOUNT_REPORT_VERBS | BROKER_CALL_VERBS
# ... a report's accounts for a period after "for the" ("X reported a loss for the half": `ACCOUNT_PERIOD_NOUNS`)
_PERIOD_FOR_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(ACCOUNT_REPORT_VERBS)) + r")[ \u00a0]+(?:(?:a|an|its|their)[ \u00a0]+)?"
    r"(?:(?:record|bigger|smaller|higher|lower|surprise|wider|narrower|net|operating|pre-tax|pretax)[ \u00a0]+){0,2}"
    r"(?:" + "|".join(sorted(FIRM_ACCOUNT_NOUNS | ACCOUNT_LOSS_NOUNS)) + r")[ \u00a0]+for[ \u00a0]+the[ \u00a0]+"
    r"(?:(?:" + "|".join(sorted(ACCOUNT_PERIOD_MODIFIERS)) + r")[ \u00a0]+)?(?:"
    + "|".join(sorted(ACCOUNT_PERIOD_NOUNS)) + r")\b")
# ... a firm's outlets or holders right after the name ("Harvey Norman stores": `FIRM_OUTLET_NOUNS`)
_FIRM_OUTLETS_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(FIRM_OUTLET_NOUNS | BRAND_PRODUCT_NOUNS)) + r")\b(?!-)"
    r"(?![ \u00a0]+(?:" + "|".join(sorted(FIRM_OUTLET_VERB_FOLLOWERS)) + r")\b)")
_BROKER_CALL_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(BROKER_CALL_VERBS)) + r")[ \u00a0]+its[ \u00a0]+(?:(?:[\w-]+)[ \u00a0]+)?(?:"
    + "|".join(n.replace(" ", r"[ \u00a0]+") for n in BROKER_CALL_NOUNS) + r")\b")


def _person_shaped(tokens: list[Token], first: int, last: int) -> bool:
    """ "Jane Roe", "Elon Musk": two or three words opening on a known given name and ending on no trade's word
    ("Hoa Sen Steel" ends on one): a name shaped as a person's."""
    return (1 <= last - first <= 2 and is_given_name(tokens[first].low)
            and not is_industry_word(fold(tokens[last].low)))


def _profession_vouches_not(body: str, tokens: list[Token], first: int, last: int,
                            given_cache: dict[str, bool]) -> bool:
    """A profession right before a name vouches for a person only when the name looks like one: two or more
    words, or one known given name or family-first surname ("physicist Wang Xiaoyun"), and no "which" after it
    ("chemist Boots said", "designed by architect Populous, which also ...": firms)."""
    if first == 0 or not _profession(tokens[first - 1]):
        return False
    if re.match(r",?[ \u00a0]+which\b", body[tokens[last].end:]):
        return True
    return first == last and not (_given(tokens[first], given_cache) or tokens[first].low in FAMILY_FIRST_SURNAMES
                                  or _stage_name(body, tokens, first))


def _stage_name(body: str, tokens: list[Token], first: int) -> bool:
    """Whether a band's player (`lexicon.STAGE_NAME_PROFESSIONS`) right before one word vouches for it as a stage
    name ("bassist Flea said"): not after "a"/"an" ("a session drummer Coldplay hired": no title, a description the
    band's name follows), nor with a verb whose subject it is right after it (`lexicon.STAGE_NAME_EMPLOYER_VERBS`:
    "the drummer Coldplay hired")."""
    if tokens[first - 1].low not in STAGE_NAME_PROFESSIONS:
        return False
    for index in range(first - 2, max(-1, first - 5), -1):
        if tokens[index].low in ("a", "an"):
            return False
        if tokens[index].capital or not tokens[index].low.replace("-", "").isalpha():
            break
    after = re.match(r"[ \u00a0]+([a-z]+)\b", body[tokens[first].end:])
    return not (after and after.group(1) in STAGE_NAME_EMPLOYER_VERBS)


# ", a family firm", ", the family business", ", a firm": a description in commas naming a firm (its noun:
# `not_people.FIRM_DESCRIPTION_NOUNS`)
_FIRM_DESCRIBED_AFTER = re.compile(r",[ \u00a0]+(?:a|the)[ \u00a0]+(?:family[ \u00a0]+|family-run[ \u00a0]+)?(\w+)"
                                   r"(?=[ \u00a0]*[,.;]|[ \u00a0]+(?:founded|based|run|owned|that|which|in|from)\b)")


def _firm_context(body: str, tokens: list[Token], first: int, last: int) -> str | None:
    """ "shares of Vantor Kemp", "analysts at Brekke Pierce", "Vantor Kemp shares fell", "Vantor Kemp's quarterly
    profit": a name in a firm's context (`not_people.FIRM_CONTEXT_BEFORE`, `SHARE_PRICE_VERBS`,
    `FIRM_ACCOUNT_NOUNS`): "firm" where only a firm's name stands, "either" where a person's may too ("customers
    of", "X's earnings"), else None. A name owning what follows it ("shares of Jo Roe's firm") is a person's."""
    end = tokens[last].end
    if tokens[last].possessive:  # the token holds its "'s": read the accounts' nouns from it
        return "either" if _FIRM_ACCOUNTS_AFTER.match(body, end - 2) is not None else None
    if first >= 2:
        one, two = tokens[first - 2], tokens[first - 1]
        pair = f"{one.low} {two.low}"
        if ((not one.capital or one.sentence_start) and not two.capital and pair in FIRM_CONTEXT_BEFORE
                and _SPACE_GAP.match(body[one.end:two.start]) and _SPACE_GAP.match(body[two.end:tokens[first].start])):
            return "either" if pair in FIRM_CONTEXT_PERSON_TOO else "firm"
    next_word = _NEXT_LOWER_WORD.match(body, end)
    verb = next_word is not None and next_word.group(1) in _ACCOUNT_OR_CALL_VERBS
    if verb and _PERIOD_ACCOUNTS_AFTER.match(body, end) is not None and not _person_shaped(tokens, first, last):
        return "firm"  # "Hoa Sen Steel reported a record quarterly profit": a period's accounts are a firm's;
        # "Jane Roe reported a record quarterly profit for Acme" is a person's (the firm comes after "for")
    if verb and _PERIOD_FOR_AFTER.match(body, end) is not None:
        return "firm"  # "Harvey Norman reported a loss for the half": a period's accounts
    if _FIRM_OUTLETS_AFTER.match(body, end) is not None:
        return "firm"  # "queues at Harvey Norman stores"
    described = _FIRM_DESCRIBED_AFTER.match(body, end)
    if described is not None and described.group(1).lower() in FIRM_DESCRIPTION_NOUNS:
        return "firm"  # "Conservas Varela, a family firm founded in Vigo"
    if verb and _BROKER_CALL_AFTER.match(body, end) is not None and not (
            _person_shaped(tokens, first, last) and not is_given_name(tokens[last].text)):
        # "Morgan Stanley raised its price target": a broker's call on a stock is a firm's; a firm named after its
        # founders joins two names a family bears and a given name may be ("Grant Samuel"), where a given name and
        # a surname that is no given name stay a person's ("Ana Roe cut its rating": "its" the agency's)
        return "firm"
    if body.startswith((" shares ", " stock ", "\u00a0shares", "\u00a0stock"), end) and (
            _FIRM_ACCOUNTS_AFTER.match(body, end) is not None):
        return "firm"
    if first >= 4 and tokens[first - 1].low == "and" and not tokens[first - 1].capital and _SPACE_GAP.match(
            body[tokens[first - 1].end:tokens[first].start]):
        # "shares in Christian Dior and Louis Vuitton": the context of a firm only reaches the firm joined to it
        # by "and" ("workers at Acme and Ana Lind, a nurse," may be a person's: such a context reaches no further)
        opening = first - 2
        if not _SPACE_GAP.match(body[tokens[opening].end:tokens[first - 1].start]) or tokens[opening].possessive:
            return None
        while (opening > 0 and tokens[opening].capital and not tokens[opening].sentence_start
               and tokens[opening - 1].capital and _SPACE_GAP.match(body[tokens[opening - 1].end:tokens[opening].start])):
            opening -= 1
        if (tokens[opening].capital and _firm_context(body, tokens, opening, first - 2) == "firm"
                and (not _person_shaped(tokens, first, last) or _person_shaped(tokens, opening, first - 2))):
            # a person-shaped name ("Analysts at Barclays and Jo Roe warned") is reached only from a name of the
            # same shape ("Shares in Christian Dior and Louis Vuitton rose": two firms named after people)
            return "firm"
    return None


# A verb right after a name in the possessive: the name is a store's ("Trader Joe's said", "Sainsbury's announced");
# a person's possessive owns a noun. (Past and present forms only: "Joe's been", "Joe's going" are contractions.)
_STORE_VERB_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(STORE_SUBJECT_VERBS)) + r")\b")
# After a name opening its sentence, "which" or "and its" ("Walt Disney, which owns ABC,", "Kemp Marlow and its
# rivals"): a thing's pronoun, a firm's name; unless the "which" clause speaks of a person's name ("Kira Voss, which
# is her stage name,", "which is the pen name of a teacher": a person's pronoun or a person's name's noun in it).
_WHICH_OR_ITS_AFTER = re.compile(r",[ \u00a0]+which\b|[ \u00a0]+and[ \u00a0]+its\b")
_WHICH_OF_A_PERSON = re.compile(
    r",[ \u00a0]+which\b[^,.;:!?\n]*?\b(?:(?i:she|he|her|his|him)\b|(?:"
    + "|".join(sorted((re.escape(noun).replace(r"\ ", r"[ \u00a0]+") for noun in PERSON_NAME_NOUNS), key=len,
                      reverse=True)) + r")\b)")
# ... or "said" and "it" or "its" of a firm's premises or accounts ("X said it would close 40 stores", "X said its
# quarterly profit rose"): a firm's, a thing's pronoun (a person "said it would rain", "said it would cut jobs" of a
# bill); unless a common given name opens the name ("Lena Marr said its quarterly profit beat forecasts": the firm's
# chief speaking of it, `_thing_after`).
_SAID_ITS_AFTER = re.compile(
    r"[ \u00a0]+said[ \u00a0]+its[ \u00a0]+(?:(?:" + "|".join(sorted(SAID_ITS_FIRM_MODIFIERS)) + r")[ \u00a0]+)*(?:"
    + "|".join(sorted(SAID_ITS_FIRM_NOUNS)) + r")\b"
    r"|[ \u00a0]+said[ \u00a0]+it[ \u00a0]+(?:would|will|plans[ \u00a0]+to|planned[ \u00a0]+to|is[ \u00a0]+to)[ \u00a0]+"
    r"(?:close|shut|open|sell)\b[^.;:!?\n]{0,40}?\b(?:" + "|".join(sorted(FIRM_PREMISES)) + r")\b")


def _possessive_head(body: str, tokens: list[Token], last: int) -> tuple[str, str] | None:
    """The capitalised word a name ending at `last` owns, joined by a space ("Jo Roe's Atlas", "King James'
    School": a bare apostrophe after an "s" too), lowercase, with the name's last word without its possessive; or
    None."""
    if last + 1 >= len(tokens) or not tokens[last + 1].capital:
        return None
    token, head = tokens[last], tokens[last + 1]
    if token.possessive:
        bare, gap = token.text[:-2], token.end
    elif token.low.endswith("s") and body[token.end:token.end + 1] in ("'", "’"):
        bare, gap = token.text, token.end + 1
    else:
        return None
    return (head.low, bare) if _SPACE_GAP.match(body[gap:head.start]) else None


# ... of them a past form that is a participle too ("said", "announced"), and one before a word a participle takes
# after "has" or "is" ("Mira Tolan's said for years", "Ana Pell's said to be recovering")
_STORE_PARTICIPLE = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(STORE_VERBS_PARTICIPLES)) + r")\b")
_STORE_PARTICIPLE_AFTER = re.compile(
    r"[ \u00a0]+(?:" + "|".join(sorted(STORE_VERBS_PARTICIPLES)) + r")[ \u00a0]+(?:"
    + "|".join(sorted(PARTICIPLE_READING_AFTER)) + r")\b")


def _institution_closes(body: str, tokens: list[Token], head: int) -> bool:
    """Whether the institution's word at `head` closes the capitalised name it ends ("Jo Roe's School will",
    "Queen Ingrid's Hospital in Tarnby"), or only institutions' words follow it ("Queen Mary's University
    Hospital"): no other capitalised word joined to it ("Nell Ashby's Academy Award", "Mara Venn's School Board"
    name no institution)."""
    index = head
    while (index + 1 < len(tokens) and tokens[index + 1].capital and not tokens[index].possessive
           and _SPACE_GAP.match(body[tokens[index].end:tokens[index + 1].start])):
        index += 1
        if tokens[index].low not in EPONYM_INSTITUTION_TAILS:
            return False
    return True


def _store_possessive(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name tokens[first..last], in the possessive, is a store's: a verb follows it outside quotation
    marks ("Trader Joe's said it would recall", not a contraction in a quote: "Joe's said he'd come"), and the
    article writes its last word nowhere without the possessive. A past form that is a participle too is read as
    one after "has" or "is" before "to", "for" or "since" ("Mira Tolan's said for years", "Ana Pell's said to be
    recovering"), or after a name a common given name opens ("Ada Fenn's announced her retirement")."""
    token = tokens[last]
    if not token.possessive or not _STORE_VERB_AFTER.match(body, token.end):
        return False
    if _STORE_PARTICIPLE_AFTER.match(body, token.end) or (
            last > first and is_common_given_name(tokens[first].low)
            and _STORE_PARTICIPLE.match(body, token.end)):
        return False
    start = token.start
    if body.count("\u201c", 0, start) > body.count("\u201d", 0, start) or body.count('"', 0, start) % 2:
        return False
    bare = token.text[:-2]
    return re.search(r"(?<![\w'’-])" + re.escape(bare) + r"(?!['’]s\b)(?![\w'’-])", body) is None


def _thing_after(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """ "Walt Disney, which owns ABC,", "Kemp Marlow and its rivals", "X said it would close 40 stores": a name
    opening its sentence with a thing's pronoun after it (`_WHICH_OR_ITS_AFTER`, `_SAID_ITS_AFTER`); not a "which"
    clause about a person's name ("Kira Voss, which is her stage name,"), nor a name a common given name opens
    before "said its" ("Lena Marr said its quarterly profit beat forecasts": a person's evidence, as for
    `_given_name_then_verb`)."""
    if not tokens[first].sentence_start or tokens[last].possessive:
        return False
    end = tokens[last].end
    if _WHICH_OR_ITS_AFTER.match(body, end):
        return _WHICH_OF_A_PERSON.match(body, end) is None
    return (_SAID_ITS_AFTER.match(body, end) is not None
            and not (last > first and is_common_given_name(tokens[first].low)))


_NAME_PHRASE_ENDS = frozenset({"as", "and", "or", "in", "of", "for", "to", "with", "at", "on", "from", "by", "since",
                               "which", "that", "who", "whose"})
_PLURAL_POSSESSIVE_GAP = re.compile(r"^['’][ \u00a0]+$")
_PHRASE_BREAKS = frozenset({"of", "for", "to", "by", "with", "from", "at", "in", "on", "that", "which", "and", "or"})


def _after_body_head(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """ "Environmental group Blue Shore said", "The charity Hope Rising backed it": a name right after a word
    only bodies are called by (`lexicon.BODY_HEADS`) is the body's, when no verb follows it, or a speech verb
    does, or the body's phrase opens the sentence (its subject); a verb after a name inside a sentence opens a
    relative clause whose subject is someone ("a chapter of the group Jo Roe addressed", "the centrist
    organization Jo Roe used to ..."), and so does one followed by the sentence's main verb where the phrase
    opens the sentence ("The group Lena Obi founded in 2019 now has 300 members"). A person's predicate after
    the name ("the charity Nadia Fell said she was quitting") makes it a person's, a body's speech verb not."""
    if first == 0:
        return False
    head = tokens[first - 1]
    if (head.capital and not head.sentence_start) or head.low not in BODY_HEADS:
        return False
    if not _SPACE_GAP.match(body[head.end:tokens[first].start]):
        # "A local rights group, Lakas Tao, said": the name set off in commas after the body's word, whose phrase
        # opens the sentence, is the body's; "The head of the group, Jo Roe, said", "a spokesman for the group,
        # Jo Roe," name the body's person (the phrase's "of", "for" break it)
        return (body[head.end:tokens[first].start] == ", " and body[tokens[last].end:tokens[last].end + 1] == ","
                and _body_phrase_opens(body, tokens, first - 1))
    following = last + 1
    if (following >= len(tokens) or not _SPACE_GAP.match(body[tokens[last].end:tokens[following].start])
            or tokens[following].low in _NAME_PHRASE_ENDS):
        return True  # the name's phrase ends: "the charity Hope Rising, founded in 2001,", "Brisa Alta as winners"
    if _PERSONAL_SPEECH_AFTER.match(body, tokens[last].end):
        return False  # "to the charity Nadia Fell said she was quitting": a person's predicate (a missing comma)
    if _SPEECH_AFTER.match(body[tokens[last].end:tokens[last].end + 14]):
        return True
    if _relative_clause_subject(body, tokens, first):
        return False  # "The group Lena Obi founded in 2019 now has ...": the subject of the body's relative clause
    return _body_phrase_opens(body, tokens, first - 1)


def _body_phrase_opens(body: str, tokens: list[Token], opening: int) -> bool:
    """Whether the phrase of a body's word at `opening` ("The charity", "A small Leeds charity") opens its
    sentence, with at most its determiner and two modifiers before the word."""
    for _ in range(3):  # "The charity", "The small Leeds charity": the phrase's determiner and modifiers
        if tokens[opening].sentence_start or opening == 0:
            return not _fronted_phrase_opener(tokens[opening])
        previous = tokens[opening - 1]
        gap = body[previous.end:tokens[opening].start]
        if previous.low in _PHRASE_BREAKS or not (
                _SPACE_GAP.match(gap) or previous.low.endswith("s") and _PLURAL_POSSESSIVE_GAP.match(gap)):
            return False  # ("A local farmers' group": a plural's possessive is the phrase's modifier)
        opening -= 1
    return tokens[opening].sentence_start and not _fronted_phrase_opener(tokens[opening])


# A sentence opened by a preposition, a subordinator or a participle is a fronted phrase whose body is an object,
# and the name after its comma opens the main clause ("After meeting the union, Siosaia Taufa, the port's chief
# executive, said"; "Speaking to the group, Ana Diaz, …").
_FRONTING_OPENERS = frozenset({"after", "before", "when", "while", "since", "once", "as", "although", "though",
                               "because", "if", "upon", "on", "in", "at", "for", "with", "without", "during",
                               "following", "despite", "like", "unlike", "to", "from", "by", "about", "against"})


def _fronted_phrase_opener(token: Token) -> bool:
    return token.low in _FRONTING_OPENERS or len(token.low) > 4 and token.low.endswith("ing")


_RELATIVE_CLAUSE_WORDS = 6  # a relative clause without "that" is short: its verb, an adverb or a time, an object


def _past_or_auxiliary(token: Token) -> bool:
    return not token.capital and (token.low in MAIN_CLAUSE_VERBS or len(token.low) > 4 and token.low.endswith("ed"))


def _relative_clause_subject(body: str, tokens: list[Token], first: int) -> bool:
    """Whether the capitalised run from `first` is the subject of a relative clause without "that" after a
    thing's noun ("The probe Ann Roe ordered last year found nothing"): its verb follows it, and the sentence's
    main verb follows that within a few words, before a comma or a word that opens another clause."""
    index = first
    while index + 1 < len(tokens) and tokens[index + 1].capital and _SPACE_GAP.match(
            body[tokens[index].end:tokens[index + 1].start]):
        index += 1
    verb = index + 1
    if verb >= len(tokens) or not _SPACE_GAP.match(body[tokens[index].end:tokens[verb].start]):
        return False
    clause_verb = tokens[verb]
    if clause_verb.low in AUXILIARIES or not (_past_or_auxiliary(clause_verb) or not clause_verb.capital
                                              and clause_verb.low.endswith("s") and len(clause_verb.low) > 3):
        return False
    if verb + 1 < len(tokens) and tokens[verb + 1].low == "by":
        return False  # "The horse Frankel trained by ...": a participle, the thing's
    if clause_verb.low in PASTS_WITHOUT_OBJECT:
        return False  # "The ferry Grace Darling sank in waters she had crossed": the name's own verb
    if (clause_verb.low in OBJECT_GAP_VERBS and verb + 1 < len(tokens) and not tokens[verb + 1].capital
            and tokens[verb + 1].low in OBJECT_GAP_FOLLOWERS
            and _SPACE_GAP.match(body[clause_verb.end:tokens[verb + 1].start])):
        return True  # "a trawler John Pascoe bought in 2019": the verb's object is missing, the noun before it
    only_fillers = True  # no object of the clause's verb yet: an "-ed" word is the main verb, not a participle
    for position in range(verb + 1, min(verb + 1 + _RELATIVE_CLAUSE_WORDS, len(tokens))):
        if not _WORD_NUMBER_GAP.match(body[tokens[position - 1].end:tokens[position].start]):
            return False  # a comma, a full stop: the clause ended without a second verb (a year may stand between)
        token = tokens[position]
        if token.low in CLAUSE_OPENERS:
            return False
        if not token.capital and token.low in MAIN_CLAUSE_VERBS or only_fillers and _past_or_auxiliary(token):
            return True
        only_fillers = only_fillers and (token.low in RELATIVE_CLAUSE_FILLERS or token.low.endswith("ly"))
    return False


# (a bracketed party and state tag between the names, "Sens. Jo Roe (D-Ore.) and Bo Rask (R-La.)", is passed)
_LIST_GAP = re.compile(r"^\.?\)?,?[ \u00a0]+\(?$")
# "... of Ohio. (Ana Kell and Bo Rask were absent.)": a sentence's end, then a bracket opening a new one
_SENTENCE_THEN_BRACKET = re.compile(r"^\.[ \u00a0]+\($")
_LIST_WORDS = frozenset({"and", "of", "the"})  # "Ana Kell of Portugal, Bo Rask of the Greens and Chen Yu"
_LIST_REACH = 24  # tokens back to the plural title


def _listed_after_plural_title(body: str, tokens: list[Token], first: int) -> bool:
    """Whether the name at `first` is a later item of a list of names right after a plural title ("Ministers Ana
    Kell of Portugal, Bo Rask and Chen Yu", "Senators Jo Roe and Zhou Peng", `lexicon.TITLE_PLURALS`): only
    capitalised words, commas and "and"/"of"/"the" stand between, and the name follows "and" or a comma."""
    return _plural_title_of_list(body, tokens, first) is not None


def _plural_title_of_list(body: str, tokens: list[Token], first: int) -> int | None:
    """The plural title's token that opens the list the name at `first` is a later item of (see
    `_listed_after_plural_title`); None when it is none."""
    if first == 0 or not (tokens[first - 1].low == "and"
                          or body[tokens[first - 1].end:tokens[first].start].lstrip(".)").startswith(",")):
        return None
    for index in range(first - 1, max(-1, first - 1 - _LIST_REACH), -1):
        token = tokens[index]
        gap = body[token.end:tokens[index + 1].start]
        if not ((_LIST_GAP.match(gap) and not _SENTENCE_THEN_BRACKET.match(gap))
                or (gap == ". " and dotted_plural_title(body, token))):
            return None
        if (plural_title_word(body, token) and token.capital and index < first - 2
                and names_after_plural_title(body, tokens, index + 1)):
            return index
        if ((token.sentence_start and not (index > 0 and (dotted_plural_title(body, tokens[index - 1])
                                                           or body[tokens[index - 1].end:token.start].endswith("("))))
                or not (token.capital or token.low in _LIST_WORDS)):
            return None
    return None


def _body_apposition(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name at `first`..`last` is described as a body and nothing marks a person: no title or
    honorific before it ("Dr Lia Grant, the retailer,"), no person's pronoun in the rest of its sentence ("..., the
    retailer, said she would"), no surname speaking alone anywhere ("Grant said")."""
    found = _BODY_APPOSITION.match(body, tokens[last].end)
    if found is None:
        return False
    if first > 0 and (tokens[first - 1].text.rstrip(".").lower() in HONORIFICS or _is_role_word(tokens[first - 1])):
        return False
    if first != last and _pronoun_in_sentence(body, found.end()):
        return False
    surname = tokens[last].low
    return not any(token.low == surname and i != last and not (i > 0 and tokens[i - 1].capital
                                                                and tokens[i - 1].end + 1 == token.start)
                   and (_SPEECH_AFTER.match(body[token.end:token.end + 14])
                        or _SPEECH_BEFORE.search(body[max(0, token.start - 12):token.start]))
                   for i, token in enumerate(tokens))


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|her|his|him)\b")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'\u2019\u201d)]*)(?:\s|$)|\n")


def _pronoun_in_sentence(body: str, start: int) -> bool:
    """Whether a person's pronoun (he, she, her, his, him) stands between `start` and the end of its sentence
    ("Lawyers Ana Roe told the court she would appeal")."""
    end = _SENTENCE_END.search(body, start)
    return _PERSON_PRONOUN.search(body, start, end.start() if end else len(body)) is not None


def _after_plural_agent(body: str, tokens: list[Token], first: int, last: int, given: bool, evidence: bool) -> bool:
    """Whether the name at `first`..`last` stands alone right after a plural firm trade (`not_people.
    FIRM_TRADE_PLURALS`: "Auditors Grant Thornton resigned", "brokers Peel Hunt", "lawyers Baker McKenzie"): a
    trade before one name is a firm's, not a person's label. Near misses: other plurals for people ("Residents
    Maria Lopez told reporters", "Parents Ana Roe"), a list of names after the plural ("Lawyers Ana Roe and Tom
    Hale said", `_listed_after_plural_title`), a name opening on a known given name (`given`) with a person's
    evidence or a he/she/her/his later in its sentence ("Lawyers Ana Roe told the court she would appeal")."""
    if first == 0 or tokens[first - 1].possessive or not _SPACE_GAP.match(body[tokens[first - 1].end:tokens[first].start]):
        return False
    plural = tokens[first - 1]
    if (plural.capital and not plural.sentence_start) or plural.low not in FIRM_TRADE_PLURALS:
        return False
    if given and (evidence or _pronoun_in_sentence(body, tokens[last].end)):
        return False
    after = body[tokens[last].end:tokens[last].end + 6]
    return not (after.startswith(",") or re.match(r"\s+(?:and|or|&)\s", after) or last + 1 < len(tokens)
                and tokens[last + 1].low in ("and", "or"))


_LIST_GOES_ON = re.compile(r",?[ \u00a0]+and[ \u00a0]+[A-Z]|,[ \u00a0]+[A-Z]")  # another item, or the last
_DESCRIBED_AFTER = re.compile(r",[ \u00a0]+[a-z]")  # "Tom Hale, her co-star,", "Tom Hale, who directed,"


def _character_before(body: str, tokens: list[Token], first: int, last: int) -> str | None:
    """Whether the name at `first`..`last` is a part played, a fictional character: right after "starred as",
    "cast as" (`not_people.CHARACTER_BEFORE_AS`), "the character", "the role of" (`CHARACTER_NOUNS`): "part"; after
    a costume's "dressed as", "dressed up as", "disguised as" (`COSTUME_BEFORE_AS`): "costume"; else None. A name
    joins a character before it only as a bare item of a list closed by "and" ("dressed as Harry Potter and
    Hermione Granger", "as Harry Potter, Ron Weasley, and Hermione Granger"): after a comma alone the list goes on
    after it, after "and" no description or relative clause follows it, and ", and" closes a list of three. Near
    misses: "starred alongside Tom Hale", "sworn in as mayor", "Dressed as a nurse, Ana Roe", "cast as Detective
    Rivers, Idris Elba confirmed", "as Queen Maeve, and Tom Hale, who directed, said"."""
    at = first
    for _ in range(4):  # the name and up to three names before it
        if at >= 2 and tokens[at - 1].low == "as" and not tokens[at - 2].capital:
            verb = tokens[at - 3].low if tokens[at - 2].low == "up" and at >= 3 else tokens[at - 2].low
            if verb in CHARACTER_BEFORE_AS:
                return "costume" if verb in COSTUME_BEFORE_AS else "part"
        if at >= 1 and not tokens[at - 1].capital and (
                tokens[at - 1].low in CHARACTER_NOUNS
                or tokens[at - 1].low == "of" and at >= 2 and tokens[at - 2].low in CHARACTER_NOUNS):
            return "part"
        if at < 2:
            return None
        by_and = tokens[at - 1].low == "and"
        if not (by_and or body.startswith(",", tokens[at - 1].end, tokens[at].start)):
            return None
        if at == first and (_DESCRIBED_AFTER.match(body, tokens[last].end) if by_and
                            else not _LIST_GOES_ON.match(body, tokens[last].end)):
            return None  # the name is no bare item of a list closed by "and"
        back = at - 2 if by_and else at - 1
        if not tokens[back].capital or tokens[back].sentence_start:
            return None
        while back > 0 and tokens[back - 1].capital and not tokens[back].sentence_start \
                and _SPACE_GAP.match(body[tokens[back - 1].end:tokens[back].start]):
            back -= 1
        if by_and and body[tokens[at - 2].end:tokens[at - 1].start].startswith(",") and not (
                back > 0 and tokens[back - 1].capital and body[tokens[back - 1].end:tokens[back].start].startswith(",")):
            return None  # ", and" closes a list of three ("as Queen Maeve, and Tom Hale said": two clauses)
        at = back
    return None



def _employer_before_title(body: str, tokens: list[Token], first: int, last: int,
                           given_cache: dict[str, bool]) -> bool:
    """ "Kestrel Childcare Network chief executive Mara Dunleavy", "Talvern chief Urs Brandli": a capitalised run
    right before a lowercase job title (`_is_role_word` ends it; the words before it are no verbs, no function
    words) that a person's name follows is that person's employer, a body. A possessive ("Roe's spokesman Tom
    Hale"), or a run opening with a given name ("Ana Roe told manager Tom Hale"; one word alone only a common
    one), is none."""
    if last + 1 >= len(tokens) or tokens[last + 1].capital:
        return False  # (no lowercase word after the run: no job title)
    body_office = (first < last and last + 2 < len(tokens) and tokens[last + 1].low in BODY_ONLY_OFFICES
                   and tokens[last + 2].capital)  # "Kiri Ora co-leader Hemi Roe": a leader is a body's
    if tokens[last].possessive or _given(tokens[first], given_cache) and not body_office and (
            first < last or is_common_given_name(tokens[first].low)):  # (one rare given name: "Talvern chief")
        return False
    index = last + 1
    while index < len(tokens) and index <= last + 3 and not tokens[index].capital:
        token = tokens[index]
        if (not token.text.replace("-", "").isalpha() or not _joined_gap(body, tokens[index - 1], token)
                or _is_stop(token)
                or token.low in speech_verbs.ALL_FORMS or token.low.endswith(("ed", "ing"))):
            return False
        index += 1
    if index == last + 1 or index >= len(tokens) or not _is_role_word(tokens[index - 1]):
        return False
    name = tokens[index]
    if not (name.capital and _joined_gap(body, tokens[index - 1], name)) or _is_role_word(name):
        return False
    # a person's name: a given name, or two capitalised words
    return _given(name, given_cache) or (index + 1 < len(tokens) and tokens[index + 1].capital
                                         and _joined_gap(body, name, tokens[index + 1]))


def _candidates(body: str, tokens: list[Token], given_cache: dict[str, bool],
                lower_words: set[str]) -> list[_Candidate]:
    """Every name-like segment of the body's capitalised runs, with its role and the evidence around it."""
    candidates: list[_Candidate] = []
    # (`_nickname_of_named` needs one of its words before the name: a body without any skips it for every name)
    nicknames = any(word in body for word in _NICKNAME_WORDS)
    for run in _runs(body, tokens):
        for name in _name_tokens(body, tokens, run, given_cache, lower_words):
            first, last = name[0], name[-1]
            # (both ampersand patterns need an "&" within three characters before the name or two after it: a
            # name without one skips them; the pattern before it reads four, the word's last letter with " & ",
            # where two given names are two people: "Jim & Sarah")
            if body.find("&", max(0, tokens[first].start - 3), tokens[last].end + 2) >= 0 and (
                    first == last or body[tokens[first].start - 1:tokens[first].start] == "&"
                    or body[tokens[last].end:tokens[last].end + 1] == "&") and (
                    _AMPERSAND_AFTER.match(body, tokens[last].end) or _AMPERSAND_BEFORE.search(
                        body, max(0, tokens[first].start - 3), tokens[first].start)
                    or _AMPERSAND_BEFORE.search(body, max(0, tokens[first].start - 4), tokens[first].start)
                    and not (first > 0 and _given(tokens[first], given_cache)
                             and _given(tokens[first - 1], given_cache))):
                continue  # "Johnson & Johnson", "Marks & Spencer": a word of a firm's name ("Tom Petty & The ...")
            if _inside_org_name(body, tokens, first, given_cache):
                continue
            if _after_namesake_head(body, tokens, name):
                continue  # "Hospital Gregorio Marañón", "Typhoon Carina": the place's, the institution's, the storm's
            if (len(name) > 1 and _NAMESAKE_AFTER.match(body, tokens[last].end) and not tokens[last].possessive
                    and not any(_is_role_word(tokens[i]) for i in run[:run.index(first)])):
                continue  # "NASA's Nancy Grace Roman telescope": a thing named after a person
            # (the run opens with "the" or follows it; tokens[-1] is never read, as run[0] > 0 when the first fails)
            after_the = tokens[run[0]].low == "the" or run[0] > 0 and tokens[run[0] - 1].low == "the"
            if (run[0] != first and (after_the or run[0] > 0 and tokens[run[0] - 1].possessive
                                     and tokens[run[0] - 1].capital)
                    and (_PLACE_NOUN_AFTER.match(body, tokens[last].end) and (
                        after_the or _place_noun_ends(_PLACE_NOUN_FOLLOWER.match(body, tokens[last].end).group(1)))
                         or _place_noun_after_word(body, tokens[last].end)
                         or after_the and _NAMESAKE_PLACE_AFTER.match(body, tokens[last].end))
                    and not tokens[last].possessive
                    and any(tokens[i].low in NAMESAKE_TITLES for i in run[:run.index(first)])):
                # "the Sheikh Jarrah neighbourhood", "Aleppo's Sheikh Najjar industrial zone": a place named with a
                # royal's or a holy title, after "the" or a place's possessive and before a kind of place (a word
                # between); a titled person's name before one has no "the" ("Under Mayor Ada Okeke district
                # offices"), and an office's title names no place ("the Mayor Ada Okeke estate plan")
                continue
            if (run[0] != first and after_the
                    and (len(name) > 1 or tokens[first - 1].low in NAMESAKE_TITLES)  # a monarch's lone name
                    and _NAMESAKE_AFTER.match(body, tokens[last].end) and not tokens[last].possessive
                    and not _PLACE_NOUN_AFTER.match(body, tokens[last].end)
                    and any(_is_role_word(tokens[i]) for i in run[:run.index(first)])):
                # "The Sir Seretse Khama airport", "the King Fahd stadium": a thing named after a titled person,
                # title and all, after "the" and before the thing's noun (a titled person before one has no "the":
                # "Sir Seretse Khama opened the airport")
                continue
            if (len(name) > 2 and tokens[last].low in BUILDING_TAILS_FAMILIES_BEAR and first == run[0]
                    and _after_the(body, tokens, first)):
                continue  # "the new Grace Hollis Wing": a building's part named after someone
            if run[0] != first and _titled_town(body, tokens, run, first, last):
                # "its sawmill in Prince Rupert", "The Prince Rupert mill employs": a town whose name is a title
                # and a name (the gazetteer's), after a place's preposition or as a thing's modifier after "the"
                continue
            if nicknames and _nickname_of_named(body, tokens[first].start):
                continue  # "Paetongtarn Roe, known as Ung Ing,": another name of someone named already
            # (the two ship rules read the run's words before the name, and a slash: most names open their run and
            # have no slash in the few characters before it, and skip them without building the words to read)
            if run[0] != first and any(
                    tokens[i].low in SHIP_PREFIXES and tokens[i].text.isupper()
                    and not (_is_role_word(tokens[i + 1]) and (not tokens[i + 1].capital or len(name) > 1))
                    for i in run[:run.index(first)]):
                # "HMS Queen Elizabeth", "the USS Ronald Reagan": a ship's name; a title after the capitals, in
                # lowercase or before a full name, makes them a body's acronym ("INS Commissioner Doris Meissner",
                # "INS agent Tom Hale"), as a ship is named after one word of a titled person's ("Queen Elizabeth")
                continue
            if body.find("/", max(0, tokens[run[0]].start - 8), tokens[first].start) >= 0 and any(
                    _slashed_ship_before(body, tokens[i].start) for i in run[:run.index(first) + 1]):
                continue  # "the F/B Santo Niño", "the M/V Ana Kell": a boat's name
            if (run[0] > 0 and (tokens[run[0] - 1].low == "the" or tokens[run[0] - 1].low in CRAFT_NOUNS
                                and not tokens[run[0] - 1].capital)
                    and _MODEL_NUMBER_AFTER.match(body, tokens[last].end)):
                # "the Queen Mary 2, diverted", "the liner Queen Mary 2,": a ship's, a craft's or a model's name;
                # without "the" or a craft's noun a name and a number are a player's score, a candidate's votes or
                # a rating ("Scorers: Victor Osimhen 2, Ademola Lookman 1.")
                continue
            if _quoted_title(body, tokens, run):
                continue  # "Forrest Gump", "Miss Universe" in quotation marks: a film's, a song's, a contest's title
            if (_after_firm_head(body, tokens, first, given_cache)
                    or run[0] != first and _after_firm_head(body, tokens, run[0], given_cache)
                    or _industry_firm(body, tokens, first, last)):
                # the firm's name, here and wherever else the article writes it ("Aston Martin said")
                candidates.append(_Candidate(tokens=name, firm=True))
                continue
            if _one_word_after_trade(body, tokens, first, last, given_cache):
                # "iron ore producer Kestra": a firm's, unless another mention vouches for a person
                candidates.append(_Candidate(tokens=name, firm=True, body=True))
                continue
            if _after_body_head(body, tokens, first, last):
                # a body's name, here and wherever else the article writes it, unless another mention vouches
                # for a person ("The group Jo Roe founded in 2010 said ... Roe, a lawyer, said")
                candidates.append(_Candidate(tokens=name, firm=True, body=True))
                continue
            if _employer_before_title(body, tokens, first, last, given_cache):
                # the employer's name, here and wherever else the article writes it ("Nordbahn Logistik said it
                # would"), unless another mention vouches for a person, or the run is a person's named in the
                # article ("Donald Trump ... Trump adviser Stephen Miller": see `_firm_names`)
                candidates.append(_Candidate(tokens=name, firm=True, body=True, employer=True))
                continue
            if (len(name) > 1 and tokens[first].sentence_start and not _given(tokens[first], given_cache)
                    and tokens[first].low not in THING_HEADS and _after_firm_head(body, tokens, first + 1, given_cache)):
                # "Carmaker Lundvik said", "Winemaker Castello Verdi said": the firm's word, capitalised as the
                # sentence's first, opens the run; the name after it is the firm's (a thing's word there may be a
                # given name: "Storm Reid", "Cat Stevens")
                candidates.append(_Candidate(tokens=name[1:], firm=True))
                continue
            if len(name) > 1 and _PLURAL_VERB_AFTER.match(body, tokens[last].end) and (
                    tokens[first].sentence_start or first > 0 and tokens[first - 1].low == "the"):
                # "Copper Jackson have not toured", "The Velvet Owls were formed": a band, a team, a firm; a person
                # takes "has", "is", "was", here and wherever the article writes the name (unless another
                # mention vouches for a person: see `_firm_names`)
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            if _store_possessive(body, tokens, first, last):
                # "Trader Joe's said it would", "Sainsbury's announced": a store's name in the possessive, the
                # subject of a verb, written only so: the store's, here and wherever the article writes it (its
                # other mentions are possessives too, a title before one the store's: "at Trader Joe's")
                candidates.append(_Candidate(tokens=name, firm=True))
                continue
            if _thing_after(body, tokens, first, last) and not any(
                    _is_role_word(tokens[i]) for i in run[:run.index(first)]):
                # "Walt Disney, which owns ABC,", "Kemp Marlow and its rivals", "X said its quarterly profit rose":
                # a thing's pronoun after the name opening its sentence: a firm's, a thing's, here and wherever
                # else the article writes it, unless another mention vouches for a person
                candidates.append(_Candidate(tokens=name, firm=True, body=True, thing=True))
                continue
            # "shares of Vantor Kemp rose", "analysts at Brekke Pierce": a firm's context (see below)
            firm_context = _firm_context(body, tokens, first, last)
            if _body_apposition(body, tokens, first, last):
                # "Harlan Pierce, the retailer,": described as a body, here and wherever the article writes it
                candidates.append(_Candidate(tokens=name, firm=True, body=True))
                continue
            # a chiefly title name and an honorific before the name ("acting Director General, Toleafoa Dr. Ana
            # Roe,", "Associate Professor Lemalu Dr. Jo Roe"): the role and the apposition stand before the title name
            lead = first - 2 if first > 1 and _title_name_before(body, tokens, first, lower_words) else first
            role, evidence = _role_before(body, tokens, lead, lower_words)
            evidence = evidence or lead != first
            if role and _profession_vouches_not(body, tokens, first, last, given_cache):
                role, evidence = None, False  # "chemist Boots said", "architect Populous, which": a firm's name
            lead_role = role if role and not evidence else None  # a person noun's role: no evidence of a person
            # (both readings are pure functions of the name's place: each is read once here and reused below)
            after = _apposition_after(body, tokens, last, given_cache, AGENT_NOUN_ENDINGS)
            before = None if after else _apposition_before(body, tokens, lead, last, given_cache)
            apposition = after or before
            if (role and first == last and first > 0 and role == tokens[first - 1].text and apposition
                    and role.lower() not in apposition.lower() and _given(tokens[first - 1], given_cache)
                    and after):
                # "Dean Baker, co-director of the centre,": a title that is a given name too, before one word and
                # with another job set off after it, is the person's given name (no "Dean X" is also a director)
                name = [first - 1, *name]
                first, role = first - 1, None
            elif (role and first == last and first > 1 and role.split()[-1] == tokens[first - 1].text
                  and (_given(tokens[first - 1], given_cache)
                       or tokens[first - 1].low in TITLE_GIVEN_NAMES and tokens[first - 2].low not in RANK_SERVICE_NOUNS)
                  and (not tokens[first - 2].capital or tokens[first - 2].sentence_start)
                  and _person_noun(tokens[first - 2].low)
                  and _SPACE_GAP.match(body[tokens[first - 2].end:tokens[first - 1].start])):
                # "forecaster Dean Roe", "striker Dean Lund": a title that is a given name too, right after a
                # lowercase noun for what someone does, is the given name (a job is not followed by a second
                # title of that kind); the job before it is the role
                name = [first - 1, *name]
                first = first - 1
                role, evidence = _role_before(body, tokens, first, lower_words)
                # (a title word the name lists drop, "defender Major Otieno", keeps the title's evidence it had)
                evidence = evidence or tokens[first].low in TITLE_GIVEN_NAMES
                lead_role = role if role and not evidence else None
            # a noun for a person by what they do vouches for a one-word name only by a person's ending ("Sutrisno,
            # a fisherman,"; "Redux, a transpiler for the transpiler," names a tool), though it is the role of a
            # surname that joins its full name ("Simmons, an Obama supporter,")
            weak_role = bool(first == last and apposition and not role
                             and not _apposition_after(body, tokens, last, given_cache, _PERSONAL_AGENT_ENDINGS)
                             and not (_apposition_before(body, tokens, first, last, given_cache) if after
                                      else before))  # (`first == last`: the rule above that moves `first` did not fire)
            if role and not apposition:
                # "The opposition's water spokesman, Senator Rhys Calder, said": an apposition before the title
                opening = bisect_left(tokens, tokens[first - 1].end - len(role), key=lambda token: token.start)
                if opening < first and tokens[opening].start == tokens[first - 1].end - len(role):
                    apposition = _apposition_before(body, tokens, opening, last, given_cache)
            if role and not apposition:
                role, apposition = _split_stacked_role(role)
            if role and not apposition and first == last and _indefinite_role(body, tokens, first, role):
                continue  # "an Expert Quillsmith", "a Senior Strategist": a kind of job, no person's title
            lone = first == last and not _given(tokens[first], given_cache)
            if role is None and not apposition and (not lone or _closed_lone_word(body, tokens, first, lower_words)):
                # "Her son, Tunde,", "his wife Maria", "Her husband, Sath Ravuth,": a family member; "his son,
                # Akhuvo," too, a lone word set off in commas, though no list holds the given name (after a word
                # a business tie shares, "their partner, Westpac,", only with a person's pronoun after it)
                role = _kin_before(body, tokens[first].start)
                if (role and lone and role.split()[-1].lower() in BUSINESS_TIE_KIN
                        and not _PRONOUN_ANY_CASE.search(body, tokens[first].end, _two_sentences_end(body, tokens[first].end))):
                    role = None
            if role is None and not apposition:
                # "Her colleague Rokeya Banu said": a tie, a role that vouches for no person (as a predicate's)
                role = lead_role = _tie_before(body, tokens[first].start)
            if (role is None and not apposition and first == last
                    and _closed_lone_word(body, tokens, first, lower_words)):
                # "Another farmer, Sutrisno, said": one word set off after a short description of a person by a
                # noun no firm is called by,
                noun = _lone_person_noun_before(body, tokens, first)
                # unless a thing's "its"/"itself" takes it up before any person's pronoun; after a noun said of
                # firms too ("One victim, Maersk,"), only when a person's pronoun does or the word is a well-attested
                # given name ("The victim, Maria, was 34.")
                taken = _lone_word_taken_up_as(body, tokens[first].end)
                if noun and taken != "thing" and (taken == "person" or is_attested_given_name(tokens[first].low)
                                                  or noun.split()[-1].lower() not in LONE_NAME_PRONOUN_NOUNS):
                    role = noun
            if role is None and not apposition:
                role = _postnominal(body, tokens, last)
            if role is None and not apposition:
                # "X heads the union", "X, who runs a cooperative,", "X is president of Y": the office a predicate
                # gives, a role like the others but no evidence of a person of its own (a firm "runs" a plant)
                role = lead_role = _predicate_role(body, tokens, first, last, given_cache)
            if role is None and not apposition and len(name) > 1:
                # "Sens. Jo Roe, Bo Rask and Chen Yu": each name of the list holds the plural title
                plural = _plural_title_of_list(body, tokens, first)
                if plural is not None:
                    role = _role_before(body, tokens, plural + 1, lower_words)[0]
            described = bool(apposition)
            if role is None:
                role, apposition = apposition, None
            candidate = _Candidate(tokens=name, role=role, apposition=apposition, described=described,
                                   evidence=evidence or bool(role) and not weak_role and role != lead_role,
                                   sentence_start=tokens[first].sentence_start,
                                   personal=bool(_PERSONAL_SPEECH_AFTER.match(body, tokens[last].end)))
            if role is None and first < last:
                # "The driver, X,", "A member of the Kazakh delegation, X,": a noun for a person after an article,
                # the mention's role once the name is a person's by other evidence
                candidate.record_role = _apposition_before(body, tokens, first, last, given_cache, nouns=True)
                noun = None if candidate.evidence else _set_off_after_person_noun(body, tokens, first, last)
                if noun:
                    # "The driver, Zorvath Keleti, was arrested", "One protester, X Y,": as for one word
                    candidate.evidence = True
                    # (its words as the role only as a determiner and the noun: "One protester")
                    candidate.record_role = candidate.record_role or (noun if len(noun.split()) == 2 else None)
            if not candidate.evidence and len(name) > 1 and (_described_as_person(body, tokens, last)
                                                             or _PERSON_CLAUSE_AFTER.match(body, tokens[last].end)):
                candidate.evidence = True  # "X, a driver,", "X, who founded the council,": a person's
            if not candidate.evidence and len(name) == 1 and _aged_single_name(body, tokens, last, lower_words):
                candidate.evidence = candidate.described = True  # "Sutrisno, 58, said": one name, with an age
            if not candidate.evidence and len(name) > 1 and (_PERSON_PASSIVE_AFTER.match(body, tokens[last].end)
                                                             or _SWORN_AS_OFFICE.match(body, tokens[last].end)
                                                             or _PERSON_EVIDENCE_ACT_AFTER.match(body, tokens[last].end)) \
                    and not _after_noun_preposition(body, tokens, first) \
                    and not _THE_BEFORE.search(body, max(0, tokens[first].start - 5), tokens[first].start):
                # "X was sentenced", "X was sworn in as prime minister": a passive only people take, when the name
                # is its subject ("a former mayor of Gympie Creek was jailed": the mayor's, not the place's)
                candidate.evidence = True
            if (not candidate.evidence and len(name) > 1 and tokens[last].possessive
                    and _KIN_OWNED_AFTER.match(body, tokens[last].end)):
                candidate.evidence = True  # "Zorvath Keleti's widow filed the claim": a kin noun only people have
            if (not candidate.evidence and len(name) == 2 and tokens[last].low in REGNAL_NUMBERS
                    and tokens[last].text.isupper() and _given(tokens[first], given_cache)
                    and tokens[first].low not in VERSION_MARKS):  # ("the Velo 5D Mark IV": a model's version)
                candidate.evidence = True  # "a lecture on Henry VIII": a monarch's whole name
            if not candidate.evidence and len(name) > 1 and _listed_after_plural_title(body, tokens, first):
                candidate.evidence = True  # "Ministers Ana Kell, Bo Rask and Chen Yu": each name of the list
            if len(name) == 1 and tokens[first].headline:
                candidate.evidence = False  # "Delegate Update:", "Texas Gov. Hears": title-case headline words
            if len(name) > 1 and not candidate.personal and _after_plural_agent(
                    body, tokens, first, last, _given(tokens[first], given_cache), candidate.evidence):
                # "Auditors Grant Thornton resigned": a plural before one name is a firm's trade, here and wherever
                # else the article writes it, unless another mention gives a person's evidence
                candidates.append(_Candidate(tokens=name, firm=True, body=True))
                continue
            if firm_context and not (candidate.evidence or candidate.personal
                                     or firm_context == "either" and _given(tokens[first], given_cache)
                                     or any(_is_role_word(tokens[i]) for i in run[:run.index(first)])):
                # "shares of Vantor Kemp rose", "analysts at Brekke Pierce", "Vantor Kemp's quarterly profit": with no
                # person's evidence (a title, an apposition, a speech verb or a person's predicate; a known given
                # name where a person's name may stand too: "customers of", "X's earnings") a firm's name, here and
                # wherever else the article writes it, unless another mention gives a person's title, apposition or
                # predicate (a firm "says" as a person does); "Taylor Swift's earnings", "Novelist Jo Nesbo's
                # sales", "customers of Brekke Lund, a dentist," stay people
                candidates.append(_Candidate(tokens=name, firm=True, body=True))
                continue
            in_place_phrase = first > 0 and tokens[first - 1].low in PLACE_PREPOSITIONS
            if (in_place_phrase and not candidate.evidence and tokens[first - 1].low not in _OWNER_PREPOSITIONS
                    and _place_after(body, tokens[last].end)):
                continue  # "a garden in Morgan Hill, Brooklyn": a neighbourhood, named with its city
            if (in_place_phrase and not candidate.role and tokens[first - 1].low in _OWNER_PREPOSITIONS and first > 1
                    and _origin_head(tokens[first - 2].low, tokens[first - 1].low)
                    and _place_after(body, tokens[last].end, closed=True)):
                continue  # "a 59-year-old from Hilton Head, South Carolina,": where a person comes from
            if not candidate.evidence and not tokens[first].headline and (
                    not in_place_phrase and _SPEECH_AFTER.match(body[tokens[last].end:tokens[last].end + 14])
                    or _SPEECH_BEFORE.search(body[max(0, tokens[first].start - 12):tokens[first].start])):
                # "Koval said", "said Hammond": a speaker is a person, or an organisation or a group
                # ("Officials said"), so a bare word needs more (see `_speaking_surnames`).
                candidate.speaks = True
                candidate.evidence = len(name) > 1
            # (whether each word of the run before the name is a title: read once for `lead` and `titled_from`)
            prefix_roles = [_is_role_word(tokens[i]) for i in run[:run.index(first)]] if run[0] < first else []
            lead = run[0] if prefix_roles and not any(prefix_roles) \
                else first  # "near Ma Tin Lung": the preposition before the whole run
            if (not candidate.evidence and len(name) > 1 and lead > 0 and not tokens[last].possessive
                    and (tokens[lead - 1].low in PLACE_ONLY_PREPOSITIONS
                         and _SPACE_GAP.match(body[tokens[lead - 1].end:tokens[lead].start])
                         and not (lead > 1 and tokens[lead - 2].low in PERSON_OBJECT_LEADS)
                         or _coordinated_place(body, tokens, lead))):
                # "homes in Sai Lung", "near Kam Tin", "in Tolaga Bay and Te Karaka": a place's name, here and
                # wherever else the article writes it ("Rose Hill resident Ama Roe"), unless a person's evidence is there
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            if (not candidate.evidence and len(name) > 1 and first > 0 and not tokens[last].possessive
                    and tokens[first - 1].low in SUMMIT_VERBS and not tokens[first - 1].capital
                    and _SPACE_GAP.match(body[tokens[first - 1].end:tokens[first].start])):
                # "climbed Ama Dablam", "summited Mera Peak": the peak, here and wherever the article writes it
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            if (not candidate.evidence and first > 1 and tokens[first - 1].text == "to" and not tokens[last].possessive
                    and ((tokens[first - 2].low in TRAVEL_BEFORE_TO
                          or tokens[first - 2].low in CROWD_BEFORE_TO and tokens[last].low in FACILITY_TAILS)
                         and (not tokens[first - 2].capital or tokens[first - 2].sentence_start)
                         or first > 2 and tokens[first - 2].text == "back" and tokens[first - 3].low in TRAVEL_BEFORE_TO)
                    and not any(tokens[i].low in TRAVEL_BALL_SUBJECTS for i in range(max(0, first - 6), first - 2))):
                # "flew to Pella Dunmore", "flights to Kai Tak", "travelled back to Kai Tak": the place travelled to,
                # here only (another mention keeps its own evidence), unless a person's evidence is there; after a
                # ball's word a player ("the cross flew to Kwadwo Asamoah")
                continue
            if (tokens[last].low in NAME_SUFFIXES and len(name) > 1 and last + 1 < len(tokens)
                    and tokens[last + 1].capital and tokens[last + 1].low in ORG_WORDS
                    and _SPACE_GAP.match(body[tokens[last].end:tokens[last + 1].start])):
                continue  # "Martin Luther King Jr. Day", "Ripken Jr. Stadium": a name's suffix, then a body's, a
                # place's or an occasion's word: the thing named after the person (the gold lists no eponym)
            # (a title opening the run belongs to the part: "starred as Queen Maeve", "cast as Detective Rivers")
            titled_from = run[0] if prefix_roles and all(prefix_roles) else first
            character = None if candidate.speaks else _character_before(body, tokens, titled_from, last)
            if character == "part":
                # "who starred as Jack Ryan", "the character Jack Ryan": a character, here and wherever else the
                # article writes it (the annotators list none)
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            if character == "costume" and len(re.findall(
                    r"\b" + re.escape(tokens[last].text.removesuffix("'s").removesuffix("\u2019s")) + r"\b", body)) < 2:
                # "Fans dressed as Harry Potter and Hermione Granger": someone impersonated at this mention only; a
                # real person the article speaks of elsewhere stays one ("dressed as Elon Musk ...; Musk did not
                # comment")
                continue
            if (not candidate.evidence and tokens[last].low in ROAD_TAILS_AFTER_PREPOSITION and not tokens[last].possessive
                    and lead > 0 and tokens[lead - 1].low in ROAD_PREPOSITIONS and not tokens[lead - 1].capital
                    and (len(name) > 2 or not is_given_name(tokens[first].text))):
                # "blocked on Ahmadu Bello Way", "along Harbour Way": a road's name; a given name and "Way" alone
                # is a person's ("the spotlight fell on Mikey Way", "a book on Gerard Way", "Gerard Way said")
                continue
            if (first > 1 and tokens[first - 1].text == "of"
                    and (not candidate.evidence and not tokens[first - 2].capital
                         # "The Sultan of Johor, Sultan Ibrahim,": the capitalised title is the person's, whatever
                         # is set off after the place
                         or _territory_title_opens(tokens, first - 2))
                    and not tokens[last].possessive  # "the village of Ana Roe's birth"
                    and (tokens[first - 2].low in PLACE_OF_KINDS or tokens[first - 2].low in TERRITORY_TITLES)
                    and _SPACE_GAP.match(body[tokens[first - 1].end:tokens[first].start])):
                # "the border town of Mae Sot", "the mayor of Mae Sot": a place's name, here and wherever else the
                # article writes it, unless a person's evidence is there
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            if not candidate.evidence and first > 0 and tokens[first - 1].low in _ARTICLES and _SPACE_GAP.match(
                    body[tokens[first - 1].end:tokens[first].start]) and not (
                    len(name) > 1 and not tokens[last].possessive and (
                        _DEED_AFTER.match(body, tokens[last].end)
                        or len(name) <= 3 and _given(tokens[first], given_cache)
                        and _AFFAIR_AFTER.match(body, tokens[last].end)
                        and _surname_alone_elsewhere(body, tokens, first, last))):
                continue  # "the Lone Soldier", "the Gilmore Girls": a determiner does not precede a name
            if any(_GLUED_INITIALISM.match(tokens[i].text) and not is_given_name(tokens[i].low.capitalize())
                   for i in name):
                # "JPMorgan Chase", "ESPNews": an initialism glued to a word is a firm's or a brand's, no name's
                # ("McDonald", "DeShawn", "LaToya" open with one capital; "HIllary" is a given name mistyped)
                candidates.append(_Candidate(tokens=name, firm=True, group=True))
                continue
            owned = _possessive_head(body, tokens, last)
            if owned is not None and (
                    not candidate.evidence and owned[0] in REFERENCE_WORK_HEADS
                    # "Jo Roe's Atlas of County Elections", the surname written nowhere else: a reference work's
                    # compiler, named in its title only
                    or owned[0] in EPONYM_INSTITUTION_TAILS and not candidate.speaks
                    and _institution_closes(body, tokens, last + 1) and (
                        not candidate.evidence
                        or first > 0 and tokens[first - 1].capital and tokens[first - 1].low in NAMESAKE_TITLES)
                    # "Queen Ingrid's Hospital", "Jo Roe's School", the name written nowhere else: the institution's
                    # namesake, named in its name only (a royal's or a saint's title is the namesake's)
            ) and len(re.findall(r"(?<![\w'’-])" + re.escape(owned[1]) + r"(?![\w-])", body)) < 2:
                continue
            candidates.append(candidate)
    return candidates


# A word opening with two capitals or more glued to lowercase letters ("JPMorgan", "ESPNews"): an initialism and a word;
# not an Irish or an Italian surname written without its apostrophe ("ONeill", "OBrien", "DAngelo": "O" or "D" and
# one capital)
_GLUED_INITIALISM = re.compile(r"(?![OD][A-Z][a-z]+\b)[A-Z]{2,}[a-z]{2,}")


def _surname_alone_elsewhere(body: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the article writes the last word of the name tokens[first..last] elsewhere without the name's first
    word before it ("the Nadia Perl email scandal ... Perl denied it"): a person is told of by surname, a firm named
    like one ("the Colton Brisk tax scandal") is written whole each time."""
    surname, opening = tokens[last].text, tokens[first].text
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])")
    return any(match.start() != tokens[last].start
               and not body[max(0, match.start() - len(opening) - 2):match.start()].rstrip().endswith(opening)
               for match in pattern.finditer(body))


def _territory_title_opens(tokens: list[Token], index: int) -> bool:
    """Whether the capitalised word at `index` is a territory's title opening its phrase ("The Sultan of Johor",
    "the Emir of Kano", "Mayor of Lviv" opening a sentence): a title word after an article, a lowercase word or
    nothing, not the surname closing a name before "of" ("Ahmed Sultan of Cairo said")."""
    if tokens[index].low not in TERRITORY_TITLES:
        return False
    return index == 0 or tokens[index - 1].low in _ARTICLES or not tokens[index - 1].capital


# A line opening on one capitalised word and a colon: an interview's answer label ("Tukuafu: How much ...").
_ANSWER_LABEL = re.compile(r"^[ \t]*([A-Z][\w’'-]+):[ \t]+\S", re.MULTILINE)


_LIST_AFTER = re.compile(r",[ \u00a0]+[A-Z][\w-]*(?:,|[ \u00a0]+and\b)")
_PRONOUN_ANY_CASE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]er|[Hh]is|[Hh]im)\b")


_PRONOUN_OR_ITS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]er|[Hh]is|[Hh]im|[Ii]ts|[Ii]tself)\b")
_PASSIVE_AFTER = re.compile(r",\s+(?:was|were|is|are|has been|had been)\s+([a-z]+)\b(?!\s+(?:with|out)\b)")


def _lone_word_taken_up_as(body: str, start: int) -> str | None:
    """What the first pronoun after `start` in its sentence and the next takes a word up as: "thing" for a
    thing's "its" or "itself" ("The guide, Lumen, said its app ...", "One survivor, Nokia, reinvented itself"),
    "person" for a person's pronoun, None with no such pronoun. A passive only places and buildings take right
    after the comma is a thing's too ("The resident, Kestrel Ridge, was flooded"; `THING_ONLY_PASSIVES`)."""
    passive = _PASSIVE_AFTER.match(body, start)
    if passive and passive.group(1) in THING_ONLY_PASSIVES:
        return "thing"
    match = _PRONOUN_OR_ITS.search(body, start, _two_sentences_end(body, start))
    if match is None:
        return None
    return "thing" if match.group().lower() in ("its", "itself") else "person"


def _two_sentences_end(body: str, start: int) -> int:
    """Where the sentence holding `start` and the one after it end."""
    end = _SENTENCE_END.search(body, start)
    if end is None:
        return len(body)
    following = _SENTENCE_END.search(body, end.end())
    return following.start() if following else len(body)


def _set_off_after_person_noun(body: str, tokens: list[Token], first: int, last: int) -> str | None:
    """Whether a name of two words or more stands set off in commas right after a short description of a person
    by a noun no firm is called by ("The driver, Zorvath Keleti, was arrested", "One protester, X Y,"; the
    nouns and their terms as for one word, `people_roles._lone_person_noun_before`), and is not the first of a
    list: a person's, though no list holds the given name. The description, or None."""
    if not body.startswith(",", tokens[last].end) or _LIST_AFTER.match(body, tokens[last].end):
        return None
    noun = _lone_person_noun_before(body, tokens, first)
    if not noun:
        return None
    taken = _lone_word_taken_up_as(body, tokens[last].end)
    if taken == "thing" or taken is None and noun.split()[-1].lower() in LONE_NAME_PRONOUN_NOUNS:
        return None
    return noun


def _closed_lone_word(body: str, tokens: list[Token], index: int, lower_words: set[str]) -> bool:
    """Whether a lone capitalised word stands set off in commas (", Akhuvo,") and is no word the article writes in
    lowercase, no place or known town, no day or month, not the first of a list (", Telstra, Optus and"), and
    written nowhere else as a place's or a firm's ("in Varnhill", "Kestrova shares fell"): after a family word
    (`_kin_before`) such a word is the member's name."""
    token = tokens[index]
    low = token.low
    if not (body[max(0, token.start - 2):token.start] == ", " and body.startswith(",", token.end)
            and low.isalpha() and low not in lower_words and low not in PLACES and low not in COUNTRY_NAMES
            and not _date_needs_evidence(low) and fold_place(token.text) not in city_countries()
            and not _LIST_AFTER.match(body, token.end)):
        return False
    return not any(other.low == low and i != index and (
        i > 0 and tokens[i - 1].low in PLACE_ONLY_PREPOSITIONS and not tokens[i - 1].capital
        or _firm_context(body, tokens, i, i) == "firm") for i, other in enumerate(tokens))


def _facility_run(body: str, tokens: list[Token], candidate: _Candidate, words: list[str],
                  given_cache: dict[str, bool]) -> bool:
    """Whether a run ending in a venue's word families bear too (`not_people.FACILITY_TAILS`: "Arena", "Park",
    "Hall") reads as the venue: a place's preposition leads it ("at Rod Laver Arena"), a known place opens it
    ("Melbourne Park"), or it has three words or more and the word before the tail is no given name ("Rod Laver
    Arena"; not "Mary Ann Hall"). The caller keeps it a person's when anything marks a person."""
    if len(words) < 2 or words[-1] not in FACILITY_TAILS:
        return False
    first = candidate.tokens[0]
    if first > 0:
        before = tokens[first - 1]
        if (not before.capital and before.low in FACILITY_PREPOSITIONS
                and _SPACE_GAP.match(body[before.end:tokens[first].start])):
            return True
    opener = tokens[first]
    if not _given(opener, given_cache) and (words[0] in PLACES or fold_place(opener.text) in city_countries()):
        return True
    return len(words) >= 3 and not _given(tokens[candidate.tokens[-2]], given_cache)


def _after_name_head(body: str, tokens: list[Token], index: int, heads: frozenset[str] | set[str]) -> bool:
    """Whether the word at `index` follows, joined by a space, a capitalised word of `heads` that opens a name
    (not a possessive)."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return (before.capital and before.low in heads and not before.possessive
            and bool(_SPACE_GAP.match(body[before.end:tokens[index].start])))


def _after_place_head(body: str, tokens: list[Token], index: int) -> bool:
    """A word after one opening a place's name (`not_people.PLACE_NAME_HEADS`: "County Kerry", "Fort Bragg")."""
    return _after_name_head(body, tokens, index, PLACE_NAME_HEADS)


def _after_ordinal(body: str, tokens: list[Token], index: int) -> bool:
    """A word after an ordinal opening a thing's name (`not_people.NAME_OPENING_ORDINALS`: "First Nation")."""
    return _after_name_head(body, tokens, index, NAME_OPENING_ORDINALS)


def _trade_firm_run(tokens: list[Token], candidate: _Candidate, words: list[str], lower_words: set[str],
                    given_cache: dict[str, bool]) -> bool:
    """ "Developer Bloor Homes said", "Retailer Kent Foods": a sentence's first word naming a trade (a noun for
    who does a job, `-er`/`-or`/`-ist`, or one the article writes in lowercase), untitled and no given name, then
    a name ending in a common noun's plural (one of `common_plurals`, or written in lowercase in the article: "300
    homes") that is no family's plural word ("Rivers", "Woods"): the firm's name."""
    first = candidate.tokens[0]
    if candidate.role and len(words) >= 2 and first > 0 and candidate.role == tokens[first - 1].text and (
            tokens[first - 1].sentence_start):
        # "Builder Crest Homes said": the trade's word taken for the name's title
        opener, rest, trade_word = tokens[first - 1], candidate.tokens, tokens[first - 1].low
    elif len(words) < 3 or candidate.role or not candidate.sentence_start:
        return False
    else:
        opener, rest, trade_word = tokens[first], candidate.tokens[1:], words[0]
    last = words[-1]
    if _given(opener, given_cache) or not opener.capital:
        return False
    if any(_given(tokens[index], given_cache) for index in rest[:-1]):
        return False  # "Farmer Joe Banks said": a given name, then the surname
    trade = trade_word in lower_words or _person_noun(trade_word) or trade_word.endswith(("er", "or", "ist"))
    plural = (last.endswith("s") and last not in PLURAL_WORD_SURNAMES
              and (last in common_plurals() or last in lower_words or last in FIRM_NAME_TAILS
                   or last in TRADE_FIRM_PLURAL_TAILS))
    return trade and plural


def _surname_like(token: Token, lower_words: set[str], common_words: set[str]) -> bool:
    """Whether a capitalised word reads as a family name and as nothing else: no word the article writes in
    lowercase, no function, date, title, place, country, body or thing word, no tail of a place's, a road's, a
    firm's or a club's name, no common plural, abstract noun or adverb, no town of the gazetteer ("Kipyegon",
    "Wanjiru", "Smith"; not "Street", "Bank", "Division", "Alert", "Mutual", "Naivasha")."""
    low = token.low
    if (not token.capital or token.acronym or token.initial or token.headline or not low.replace("-", "").replace("'", "").replace("’", "").isalpha()):
        return False
    return not (low in lower_words or low + "s" in lower_words or low + "es" in lower_words
                or low in common_words or low in FUNCTION_WORDS or low in DAYS_MONTHS
                or low in ORG_WORDS or low in TITLE_HEADS or low in ROLE_MODIFIERS
                or low in HONORIFICS or low in WORD_NAMES or low in PERSON_WORD_NAMES
                or low in NON_PERSON_NAME_TAILS or low in PLACE_NAME_TAILS or low in PLACE_TAILS_FAMILIES_BEAR
                or low in PLACE_NAME_TAILS_FAMILIES_BEAR_TOO or low in GROUND_TAILS_FAMILIES_BEAR
                or low in ROAD_TAILS or low in ROAD_TAILS_FAMILIES_BEAR or low in FIRM_NAME_TAILS
                or low in CLUB_NAME_TAILS or low in INSTITUTION_TAILS or low in THING_HEADS or low in FACILITY_TAILS
                or low in common_plurals() or _abstract_noun(low) or _adverb(low)
                or _place_or_country_word(token))


def _place_or_country_word(token: Token) -> bool:
    """Whether a word names a place, a country or a nationality, or is a town of the gazetteer."""
    low = token.low
    return (low in PLACES or low in COUNTRY_NAMES or low in NATIONALITY_COUNTRY or _country_of_word(low)
            or fold_place(token.text) in city_countries())


def _org_word_given_name_surname(token: Token, lower_words: set[str]) -> bool:
    """Whether a capitalised word after an organisation's word that is a given name too ("Nation") can be a
    person's surname: no place, country or nationality, no medium's, section's or menu's word ("Nation Kenya",
    "Nation Sport"), no word the article writes in lowercase ("Nation Building ... building"). A surname that is
    an everyday word otherwise stays one ("Nation Hope", "Nation Price")."""
    low = token.low
    if (not token.capital or token.acronym or token.initial or token.headline
            or not low.replace("-", "").replace("'", "").replace("’", "").isalpha()):
        return False
    return not (low in lower_words or low in MEDIA_SECTION_WORDS or _place_or_country_word(token))


def _word_name_opens(body: str, tokens: list[Token], candidate: _Candidate, lower_words: set[str],
                     common_words: set[str]) -> bool:
    """Whether an everyday word that is mostly a person's given name (`lexicon.PERSON_WORD_NAMES`: "Faith",
    "Hope", "Mercy", "Hazel") opens a two-word name: the word after it is name-like (`_surname_like`), the pair
    stands alone (no capitalised word joined before or after it: "The Hope Mwangi Foundation"), and neither a
    place's preposition ("in Hope Kirra"), a firm's context nor the surname written elsewhere after a place's
    preposition makes it a place or a firm."""
    if len(candidate.tokens) != 2:
        return False
    first, last = candidate.tokens
    given, surname = tokens[first], tokens[last]
    if (last != first + 1 or given.low not in PERSON_WORD_NAMES or given.headline or not given.capital
            or given.text.endswith(".") or not _SPACE_GAP.match(body[given.end:surname.start])
            or not _surname_like(surname, lower_words, common_words)):
        return False
    if last + 1 < len(tokens) and tokens[last + 1].capital and not surname.possessive and _SPACE_GAP.match(
            body[surname.end:tokens[last + 1].start]):
        return False  # "Hope Mwangi Foundation", "Faith Based Initiatives"
    if first > 0:
        before = tokens[first - 1]
        joined = _SPACE_GAP.match(body[before.end:given.start])
        if joined and before.capital and not before.sentence_start and not candidate.role:
            return False  # "The Hope Mwangi Foundation"; not "Kenyan star Faith Kipyegon"
        if joined and not before.capital and (before.low in PLACE_ONLY_PREPOSITIONS or before.low in ("at", "on")):
            return False  # "in Hope Kirra", "at Ivy Lodge"
        if (before.low in ("and", "&", "of") and first > 2 and tokens[first - 2].capital
                and tokens[first - 3].low in _ARTICLES):
            return False  # "the Grace and Hope Shelter": the end of a thing's longer name
    if _firm_context(body, tokens, first, last) == "firm":
        return False
    return not any(other.low == surname.low and i != last and i > 0 and tokens[i - 1].low in PLACE_ONLY_PREPOSITIONS
                   and not tokens[i - 1].capital for i, other in enumerate(tokens))


def _answer_labels(body: str) -> set[str]:
    """The words (casefolded) that label two answers or more of a question-and-answer interview: the interviewee's
    surname speaking. One label alone may be a heading ("Note: ..."); the words only vouch for a full name the
    article writes elsewhere (a surname the candidates hold alone), never make a person by themselves."""
    counts: dict[str, int] = {}
    for match in _ANSWER_LABEL.finditer(body):
        word = match.group(1).lower()
        counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items() if count >= 2}


def _resolve(article: ArticleRecord, registry: Registry, tokens: list[Token], candidates: list[_Candidate],
             given_cache: dict[str, bool], lower_words: set[str], common_words: set[str],
             places=lambda: (), credited: list[tuple[int, int]] = (),
             credit_names: set[str] = frozenset(), signed=lambda position: False) -> list[PersonRecord]:
    """Candidates to people: full names first, then the bare and partial names that join them. `signed` says
    whether a position is on a letter's signature line (`FurnitureNames.signed`): prose, not a heading."""
    body = article.body
    # A surname repeated on its own elsewhere vouches for the full name ("Sergio Alvarez ... Alvarez said").
    lone_words = {tokens[c.tokens[0]].low for c in candidates if len(c.tokens) == 1}
    # ... and one that speaks on its own ("said Hammond") keeps "John Hammond" whole even where another person
    # of the article has "John" as a surname.
    speaking_lone = {tokens[c.tokens[0]].low for c in candidates if len(c.tokens) == 1 and c.speaks}
    place_leads = _place_leads(body)
    # ... as does an interview's answer label, one word opening line after line ("Tukuafu: How much ...").
    speaking_lone |= _answer_labels(body) & lone_words
    # runs by their first and last words: a road-named run listed with a person ("Della Street and Perry Mason")
    candidate_starts = {c.tokens[0]: c for c in candidates}
    candidate_ends = {c.tokens[-1]: c for c in candidates}
    named_orgs = _named_organisations(body, tokens, candidates, given_cache) | _outlet_words(registry, article)
    speaking_words = _speaking_surnames(candidates, tokens, lower_words)
    towns = _towns_written_as_places(tokens, {tokens[c.tokens[0]].low for c in speaking_words})
    for candidate in speaking_words:
        if tokens[candidate.tokens[0]].low not in named_orgs and tokens[candidate.tokens[0]].low not in towns:
            candidate.evidence = True  # ... but "Forbes says" is the "Forbes magazine" of the article
    lineups: list[tuple[int, int]] = []  # the line-up lines that list players, not things
    for candidate in _lineup_players(body, tokens, candidates, lower_words, named_orgs, lineups):
        candidate.evidence = candidate.lineup = True  # "MAKO UNITED: Varga; Tolland, Kessby, ...": its players
    _listed_with_people(body, tokens, candidates, given_cache, lower_words, common_words)
    _copular_people(body, tokens, candidates, lower_words)
    candidates.sort(key=lambda c: c.tokens[0])
    # A run that opens with someone's surname ("Clinton Acceptance Speech") is about that person.
    surnames = {tokens[c.tokens[-1]].low for c in candidates if len(c.tokens) > 1}
    _restore_named_employers(tokens, candidates, _registry_index(registry)[1] if registry.people else {})
    firms = _firm_names(tokens, candidates, given_cache)
    people = _People()
    pending: deque[_Candidate] = deque()
    aliases = _known_as_aliases(body) if "known" in body else {}
    alias_people: dict[tuple[str, ...], _Person] = {}  # an honorific's alias with no owner found: its own person
    for candidate in candidates:
        words = [tokens[i].low for i in candidate.tokens]
        if tuple(words) in firms:
            continue  # "Westwind Renewables said": the company the article also names "Westwind Renewables Ltd"
        if aliases and tuple(words) in aliases:
            known, honorific_left_out = aliases[tuple(words)]
            owner = _alias_owner(body, people, known, tokens[candidate.tokens[0]].start)
            if owner is None and honorific_left_out and len(words) == 1 and tokens[candidate.tokens[0]].start > known:
                owner = alias_people.get(tuple(words))
                if owner is None:
                    # "a man known to villagers as Ratu Jo said": the alias's own person when no owner is found,
                    # not a different "Jo Tora" whose name merely opens with the word
                    owner = alias_people[tuple(words)] = _Person(
                        parts=split_name(_surface(body, tokens, candidate)), names=[_surface(body, tokens, candidate)],
                        vouched=candidate.evidence)
                    people.add(owner)
                owner.vouched = owner.vouched or candidate.evidence
            if owner is not None:
                owner.add(_mention(body, tokens, candidate))  # "Abu Khaled said" after "X, known as Abu Khaled"
                continue
        first_token = tokens[candidate.tokens[0]]
        first_is_given = _given(first_token, given_cache)
        if _date_needs_evidence(first_token.low) and not candidate.evidence:
            first_is_given = False  # "Sunday Adeyemi" needs a title, an apposition or a speech verb
        if first_is_given and candidate.sentence_start and not candidate.evidence:
            # A sentence-initial word that is also an English word ("Will", "Hope") is weak evidence.
            first_is_given = first_token.low not in lower_words
        opening = candidate.tokens[0]
        if (first_is_given and not candidate.evidence and first_token.low in lower_words and opening > 0
                and tokens[opening - 1].capital and _joined_gap(body, tokens[opening - 1], first_token)):
            # "Risotto Alla Vela", "Pasta Alla Rosa": a word the article also writes in lowercase ("alla
            # Vela"), inside a longer capitalised run, is that run's word, not a given name opening a name.
            first_is_given = False
        if not first_is_given and candidate.evidence and _country_given_name(tokens, candidate.tokens, -1):
            first_is_given = True  # "Chad Roe, a farmer,": a country's name as a given name
        if (not first_is_given and (candidate.role or words[-1] in lone_words)
                and _place_given_name(tokens, candidate.tokens)):
            first_is_given = True  # "Secretary Aden Duale ... Duale said": a town's name as a given name
        if not first_is_given and _word_name_opens(body, tokens, candidate, lower_words, common_words):
            first_is_given = True  # "Faith Kipyegon won", "Mercy Wanjiru said": a virtue's or a flower's name
        if (not first_is_given and first_token.low in ORG_WORD_GIVEN_NAMES and len(words) == 2
                and not (opening > 0 and tokens[opening - 1].low == "the")
                and _org_word_given_name_surname(tokens[candidate.tokens[-1]], lower_words)):
            first_is_given = True  # "Striker Nation Ncube", "Winger Nation Hope": an organisation's word that is
            # a given name too, before no place's, country's or medium's word ("Nation Kenya", "Nation Sport")
        if not first_is_given and _family_first_name(tokens, candidate.tokens):
            first_is_given = True  # "Park Ji-hoon": the family name first, the given name after it
        if not first_is_given and burmese_name([tokens[i].text for i in candidate.tokens]):
            first_is_given = True  # "Min Aung Hlaing": a Burmese name, every word a name syllable
        if (not first_is_given and first_token.initial and len(candidate.tokens) > 2
                and _given(tokens[candidate.tokens[1]], given_cache)):
            first_is_given = True  # "J. Edgar Roe", "F. Scott Roe": an initial, then the given name the person uses
        if len(words) == 1:
            pending.append(candidate)  # may still be the surname of someone named in full ("Mark Cuban")
            continue
        if (candidate.role and candidate.role.split()[-1].lower() in NAMESAKE_TITLES
                and (words[-1] in ORG_WORDS or words[-1] in NON_PERSON_NAME_TAILS)
                and not (candidate.speaks or candidate.described or candidate.personal
                         or _SPEECH_AFTER.match(body[tokens[candidate.tokens[-1]].end:
                                                     tokens[candidate.tokens[-1]].end + 14]))):
            # "King Salman Park", "Prince Alfred Hall": a place named after a royal, title and all; one that speaks
            # or is described is the person ("Imam Yusuf Hall said", "Princess Anne Day, a rancher's daughter,")
            continue
        if _facility_run(body, tokens, candidate, words, given_cache) and not (
                candidate.evidence or candidate.role or candidate.described or candidate.personal
                or words[-1] in speaking_lone or words[-1] in lone_words):
            continue  # "at Rod Laver Arena", "troubled at Melbourne Park": a venue; "Jane Park said" a person
        if _trade_firm_run(tokens, candidate, words, lower_words, given_cache):
            continue  # "Developer Bloor Homes said it would": the trade's word, then a firm's plural noun
        # a title, a speech verb ("Luis Villa said") or the surname speaking alone ("Sarah Bay ... Bay said") is
        # a person's evidence
        if (len(words) > 1 and first_is_given
                and (words[-1] in GROUND_TAILS_FAMILIES_BEAR or words[-1] in PLACE_TAILS_FAMILIES_BEAR)
                and not candidate.role
                and not candidate.speaks and not candidate.described and words[-1] not in speaking_lone
                and _listed_with_place(tokens, candidate.tokens[0], candidate.tokens[-1])):
            continue  # "Charlotte Square and George Park": a place listed with a place
        if (len(words) > 1 and not first_is_given and words[0] in place_leads and not candidate.described
                and not candidate.personal and words[-1] not in speaking_lone and words[-1] not in lone_words
                and (not candidate.role or candidate.role.split()[-1].lower() in ORG_DESCRIPTION_HEADS)):
            # "the Tokara Islands ... the ferry operator Tokara Kaiun", "a guesthouse on Tokara Oshima, said":
            # named after the place (a speech verb after a clause in commas is no evidence here); a person is
            # described, titled, followed by a person's pronoun, or has a surname the article writes alone
            continue
        road = (_road_reading(body, tokens, candidate, candidate_ends, candidate_starts)
                if len(words) > 1 and first_is_given
                and (words[-1] in ROAD_TAILS or words[-1] in ROAD_TAILS_FAMILIES_BEAR) else None)
        if _is_org_or_place(words, first_is_given, titled=bool(candidate.role), speaks=candidate.speaks or bool(
                                words[0] in GIVEN_PLACE_PREFIXES
                                and _PERSON_ACT_AFTER.match(body, tokens[candidate.tokens[-1]].end)),
                            surname_speaks=words[-1] in speaking_lone,
                            described=candidate.described or candidate.personal and not body.startswith(
                                ",", tokens[candidate.tokens[-1]].end), road=road,  # "a nurse at X Hospital, said she"
                            surname_alone=words[-1] in lone_words):
            owner = _tail_owner(people, candidate, _surface(body, tokens, candidate), tokens)
            if owner is not None:  # "Mr. St. Clair" of "Desmond St. Clair": a place's word opening a surname
                owner.add(_mention(body, tokens, _with_particle(owner, candidate, body, tokens)))
            continue
        surface = _surface(body, tokens, candidate)
        parts = split_name(surface)
        entry = _registry_entry(surface, parts, article, registry)
        full = len(candidate.tokens) > 1 and parts.has_given
        if (full and words[0] in surnames and not candidate.evidence and entry is None
                and not (first_is_given and words[-1] in speaking_lone)):
            pending.append(_Candidate(tokens=candidate.tokens[:1], sentence_start=candidate.sentence_start))
            continue
        # "Calling Obama": a verb, not a given name, is a word the article also writes in lowercase.
        repeated = (words[-1] in lone_words and words[0] not in lone_words and not first_token.headline
                    and (not candidate.sentence_start or words[-1] in speaking_lone
                         and not words[0].endswith(("ing", "ed")))
                    and words[0] not in lower_words)
        if entry is None and _ends_in_common_word(words, common_words):
            continue  # "Door Springs", "King Mattresses": the article's own vocabulary, capitalised
        if full and (first_is_given or candidate.evidence or entry is not None or repeated):
            owner = None
            if entry is None:
                owner = (_compound_owner(people, candidate, surface, tokens) if not first_is_given
                         else _tail_owner(people, candidate, surface, tokens)
                         or _patronymic_owner(people, candidate, surface, tokens)
                         or _paternal_owner(people, candidate, surface, tokens))
                if owner is None and first_is_given:
                    owner, candidate = _address_owner(people, candidate, surface, tokens, body, given_cache)
            if owner is not None:
                # "López Obrador" after "Andrés Manuel López Obrador"
                owner.add(_mention(body, tokens, _with_particle(owner, candidate, body, tokens)))
                continue
            _attach(people, candidate, surface, parts, entry, tokens, full=True, body=body)
        else:
            pending.append(candidate)

    # Second pass: bare surnames and given names join the full names seen anywhere in the article.
    title_names = _title_names(body, tokens, candidates, lower_words) if _FAMILY_HONORIFIC.search(body) else {}
    unowned: list[_Candidate] = []
    while pending:
        candidate = pending.popleft()
        if len(candidate.tokens) == 1 and not candidate.role and _after_place_head(body, tokens, candidate.tokens[0]):
            continue  # "Farmers in County Kerry": the place's name, not Kerry the person
        if len(candidate.tokens) == 1 and _after_ordinal(body, tokens, candidate.tokens[0]):
            continue  # "manager for Sumas First Nation": a body's name, whatever role it took
        surface = _surface(body, tokens, candidate)
        parts = split_name(surface)
        words = [tokens[i].low for i in candidate.tokens]
        owner = _owner(people, parts, candidate, tokens)
        if owner is None and len(candidate.tokens) == 1 and title_names:
            owner = _title_name_owner(people, title_names, tokens, candidate)
        if owner is None and not _given(tokens[candidate.tokens[0]], given_cache):
            owner = _compound_owner(people, candidate, surface, tokens)
            if owner is not None:
                candidate = _with_particle(owner, candidate, body, tokens)
        if owner is not None and not _registry_holder(owner, candidate, surface, parts, article, registry):
            owner.add(_mention(body, tokens, candidate))
            continue
        # (the kin noun is read before the name, whatever role the candidate took: an age may stand between, "his
        # son, 26-year-old Abel", where no role is read, and an apposition after it may be the role, "their son,
        # Abel, a captain")
        family = (_kin_family_name(body, tokens, candidate, people, _given(tokens[candidate.tokens[0]], given_cache))
                  if owner is None and len(words) == 1 and words[0] not in lower_words
                  and not _is_org_or_place(words, False) else None)
        if family:
            # "Mercer and his daughter Rebekah": Rebekah Mercer, written by her given name alone
            full_name = f"{tokens[candidate.tokens[0]].text} {family}"
            full_parts = split_name(full_name)
            people.add(_Person(parts=full_parts, names=[full_name], mentions=[_mention(body, tokens, candidate)],
                               first_token=full_parts.given[0] if full_parts.given else "", vouched=True))
            continue
        unowned.append(candidate)  # a titled mention later on may still create its owner ("President Koval")
        if _is_org_or_place(words, False) and (len(words) == 1 or not candidate.evidence) or candidate.remainder:
            continue  # a run's remainder may only join someone named in full ("Thanked Clinton")
        entry = _registry_entry(surface, parts, article, registry, honorific=_after_family_honorific(
            tokens, candidate.tokens[0]))
        if entry is not None and not parts.has_given and (candidate.lineup or not _registry_fits(
                entry, candidate, tokens, lower_words, body, registry)):
            entry = None  # a line-up's "Lynch" is a player, not the registry's Loretta Lynch
        if entry is None and _ends_in_common_word(words, common_words):
            continue
        if entry is None and len(words) == 1 and candidate.role and _common_or_role_word(words[0], lower_words):
            continue  # "Head Line", "Executive Assistant", "Founder Series": a title and a noun, no name
        after = tokens[candidate.tokens[0]].end
        strong = bool(entry is None and len(words) == 1 and (candidate.speaks or _PERSON_CLAUSE_AFTER.match(body, after)))
        if (entry is None and len(words) == 1 and not candidate.role and article.removed_lines
                and (strong or _PAST_VERB_AFTER.match(body, after))):
            full_name = _removed_full_name(article, tokens[candidate.tokens[0]].text, lower_words,
                                           known_given=not strong)
            if full_name:
                # "Waqatabu, who scored twice, said": a surname the body gives alone, named in full only in a
                # line taken out of it (a photo's caption)
                unowned.pop()
                full_parts = split_name(full_name)
                people.add(_Person(parts=full_parts, names=[full_name], mentions=[_mention(body, tokens, candidate)],
                                   first_token=full_parts.given[0] if full_parts.given else "", vouched=True))
                continue
        if candidate.evidence or entry is not None:
            unowned.pop()
            _attach(people, candidate, surface, parts, entry, tokens, full=parts.has_given, body=body)
        elif len(candidate.tokens) > 1 and not _given(tokens[candidate.tokens[0]], given_cache):
            # "Thanked Clinton", "Democrat Clinton": the rest may still name someone of the article.
            pending.appendleft(_Candidate(tokens=candidate.tokens[1:], sentence_start=False, remainder=True))
    _surname_modifiers(article, registry, tokens, people, lower_words, common_words)
    for candidate in unowned:
        owner = _owner(people, split_name(_surface(body, tokens, candidate)), candidate, tokens)
        if owner is None and len(candidate.tokens) == 1 and title_names:
            owner = _title_name_owner(people, title_names, tokens, candidate)
        if owner is not None:
            owner.add(_mention(body, tokens, candidate))
    _spoken_stop_surnames(body, tokens, people)
    records: dict[str, PersonRecord] = {}
    # the registry's country of the outlet, else the one its domain or its name gives (`outlet_home_code`)
    # (a region or a town naming the outlet before a country's word in its name: "Searchlight New Mexico")
    outlet_code = (article.outlet_country or outlet_home_code(article.outlet_domain, None)
                   or outlet_place_code(article.outlet_name)
                   or outlet_home_code(None, article.outlet_name) or "").upper()
    outlet_country = COUNTRY_CODES.get(outlet_code)
    dateline = _dateline_country(body)
    if outlet_country and (dateline and dateline != outlet_country or not _covers_home(body, outlet_country, dateline)):
        outlet_country = None  # a wire story from abroad: its people are not the outlet's country's
    # the gazetteer and the regions are read only if needed
    # (a dateline first: it says where the story is from, the countries named say what it is about; a "headline"
    # opening with a dateline is the body's first paragraph taken for one)
    names = _NameSpans(people, credited)
    counted: list[tuple[dict[str, int], set[str]]] = []  # the countries' counts, worked out once if needed

    def main_country(alone_once: bool) -> str | None:
        if not counted:
            counted.append(country_counts(places(), body, article.title or "", names))
        return most_named_country(*counted[0], alone_once=alone_once)

    home = outlet_country or (dateline or _dateline_country(article.title or "")
                              or main_country(alone_once=False)
                              or people_demonym_country(body, article.title or "")
                              or _region_country(body, article.title or "", names)
                              or main_country(alone_once=True)
                              or town_main_country(body, names) if people else None)
    first_line_end = body.find("\n") % (len(body) + 1)  # the article's own headline may open a body
    headings = {token.start for token in tokens
                if token.headline and token.start > first_line_end and not signed(token.start)}
    prose = ProseLines(body, lower_words, lineups)
    family_plurals = _family_plurals(people)
    authors = {" ".join(author.split()).casefold() for author in _article_authors(article)}
    closing_lines = _closing_lines_start(body) if authors else len(body)
    captions = _caption_lines(body)
    for person in people:
        if not person.mentions or _weak(person, lower_words) or _only_in_headings(person, headings):
            continue
        if credit_names and _credited_bio_only(body, person, credit_names):
            continue  # "Photographs by Jo Roe. Jo Roe is a photographer based in Dakar.": a credit and its bio
        if family_plurals and person.best_name.casefold() in family_plurals or _plural_only(body, person):
            continue  # "the Roes", "both former president Bushes": a family, several people, nobody alone
        if _attributive_only(body, person, people):
            continue  # "a win over Mako United. Mako United coach Jo Roe said": a team or body qualifying a role
        if captions and person.entry is None and _only_in_captions(person, captions):
            continue  # "Mayor Ingrid Falk, centre, cut the ribbon.": named only in a photo's caption
        if authors and not person.vouched and not person.entry and person.starts[0] >= closing_lines and any(
                name.casefold() in authors for name in person.names):
            # "Hattie Frome's new book is out now.", "Jo Roe covers schools.": the byline's author named only in
            # the page's last lines, with no title, apposition or speech, is the author's box or a plug, nobody
            # the article tells of
            continue
        if not any(prose.in_prose(mention.end) or mention.start < first_line_end
                   or mention.start in headings and (mention.role or mention.apposition) or signed(mention.start)
                   for mention in person.mentions):
            # named only on teasers, tag lines, credits, comment heads: furniture, not the article's (the body's
            # first line may be the article's own headline, and a titled name in a heading is left to the
            # heading rule above)
            continue
        record = _record(person)
        if record.country is None:
            record.country = _country_after(body, record.mentions) or _demonym_before(
                body, record.mentions, _person_noun) or _home_country(
                body, record.mentions, home, outlet_code if home == outlet_country else "", names) or (
                None if home else _apposition_country(body, record.mentions[0], places()))
        same = records.get(record.name)
        if same is None:
            records[record.name] = record
        else:  # speakers are resolved to names, so one name must be one person of the article
            same.mentions = sorted(same.mentions + record.mentions, key=lambda m: m.start)
            same.aliases += [a for a in record.aliases if a not in same.aliases]
            same.country = same.country or record.country
    return list(records.values())


def _surname_modifiers(article: ArticleRecord, registry: Registry, tokens: list[Token], people: _People,
                       lower_words: set[str], common_words: set[str]) -> None:
    """A registry person's bare surname used as a modifier after a determiner (`lexicon.SURNAME_MODIFIER_LEADS`:
    "during the Obama years", "a Sanders delegate") is a mention of that person: no candidate is read there, as
    a capitalised word before a lowercase noun after "the" is a thing's name as often ("the Power lines"), so only
    a surname one registry person alone bears (`_registry_entry`), no word the article writes in lowercase nor
    an English or a place's word, and one standing on its own between the determiner and a noun of the person's
    time in office, campaign or following (`lexicon.SURNAME_MODIFIER_HEADS`): before any other noun a surname
    is a brand's or a place's as often ("a Dell laptop", "the Kerry team")."""
    if not registry.people:
        return
    body = article.body
    surnames = _registry_index(registry)[1]
    taken = {mention.start for person in people for mention in person.mentions}
    for index in range(1, len(tokens) - 1):
        token, lead, noun = tokens[index], tokens[index - 1], tokens[index + 1]
        if (not token.capital or token.low not in surnames or token.possessive or token.acronym or token.headline
                or token.start in taken or lead.low not in SURNAME_MODIFIER_LEADS
                or body[lead.end:token.start] != " " or body[token.end:noun.start] != " "
                or noun.capital or noun.low not in SURNAME_MODIFIER_HEADS):
            continue  # "a Dell laptop", "the Kerry team": a brand's or a place's word before a thing
        if token.low in lower_words or token.low in common_words or token.low in PLACES:
            continue  # "the Power lines", "the Austin office": the article's word, a place
        parts = split_name(token.text)
        entry = _registry_entry(token.text, parts, article, registry)
        if entry is None or parts.has_given:
            continue
        _attach(people, _Candidate(tokens=[index]), token.text, parts, entry, tokens, full=False, body=body)


# "X was a Persian king", "X is an army general": the predicate after a name, up to three words after the article;
# the last is its head ("king"), the words before it modifiers, and "who" follows it: a person's relative clause
# (without it, a check half's description of something else was read as a person's).
_COPULAR_PREDICATE = re.compile(r"[ \u00a0]+(?:is|was)[ \u00a0]+an?[ \u00a0]+((?:[A-Za-z-]+[ \u00a0]+){0,2}?)([a-z-]+)"
                                r"(?=,?[ \u00a0]+(?:who|whose)\b)")


def _copular_people(body: str, tokens: list[Token], candidates: list[_Candidate], lower_words: set[str]) -> None:
    """A name followed by "was a" or "is an", a person's office or trade and "who" ("Orsat was a Persian king,
    who", "Orsat Vell was a poet who") is vouched for, one word or full, as an apposition vouches: the head must
    be a title's or a person-only profession's word (`lexicon.TITLE_HEADS`, `PERSON_PROFESSIONS`), not one firms
    are called by too ("producer", "supplier": `JOB_OR_FIRM_HEADS`, `FIRM_HEADS`, `ORG_DESCRIPTION_HEADS`); the
    modifiers before it are left free ("an army general", "a company director" are people) but for a head a
    lowercase noun makes a firm's trade ("an asset manager": `lexicon.MODIFIED_FIRM_TITLE_HEADS`)."""
    for candidate in candidates:
        if candidate.evidence:
            continue
        last = tokens[candidate.tokens[-1]]
        if last.possessive or last.low in lower_words:
            continue
        match = _COPULAR_PREDICATE.match(body, last.end)
        if match is None:
            continue
        head = match.group(2)
        if head in MODIFIED_FIRM_TITLE_HEADS and re.search(r"(?:^|[ \u00a0])[a-z]", match.group(1)):
            continue  # "Brightwater is an asset manager who": a firm's trade as often as a person's
        if (head in TITLE_HEADS or head in PERSON_PROFESSIONS) and head not in JOB_OR_FIRM_HEADS \
                and head not in FIRM_HEADS and head not in ORG_DESCRIPTION_HEADS:
            candidate.evidence = True


# The gap between two items of a list or a contrast of names ("Ana Roe and X", "X rather than Ana Roe"); a bare
# comma only in a list that goes on past the item (an item after a comma may be an apposition: "Ana Roe, Kemp
# Holdings chief,").
_LIST_JOIN = re.compile(r"(?:,[ \u00a0]+)?(?:and|or|rather[ \u00a0]+than|instead[ \u00a0]+of|versus|vs\.?)[ \u00a0]+"
                        r"|[ \u00a0]+(?:and|or|rather[ \u00a0]+than|instead[ \u00a0]+of|versus|vs\.?)[ \u00a0]+"
                        r"|,[ \u00a0]+(?:and|or)[ \u00a0]+")
_LIST_COMMA = re.compile(r",[ \u00a0]+")
_LIST_WORDS = frozenset("and or rather than instead of versus vs vs.".split())


# A past verb ("walked", "agreed"; not "speed", "breed", "greed": "-eed" only in the pasts listed)
_PAST_VERB = re.compile(r"[a-z]{3,}(?<!e)ed|(?:dis)?agreed|freed|decreed|guaranteed")
_VERB_PARTICLES = frozenset("out up off away down back over in on".split())  # "walked out", "stepped down"


def _list_verb_after(body: str, tokens: list[Token], index: int) -> bool:
    """Whether the word at `index`, right after a list's last item, is the list's past verb ("Jo Roe and P. Raju
    walked out", "… signed the deal", "… resigned."): a past form that a function word, a comma or the sentence's
    end follows; not one before a noun, a participle modifying it ("Jo Roe and Kestrel Ridge registered voters")."""
    if not _PAST_VERB.fullmatch(tokens[index].low):
        return False
    if index + 1 >= len(tokens):
        return True
    after = tokens[index + 1]
    return (not _SPACE_GAP.match(body[tokens[index].end:after.start])
            or (after.low in FUNCTION_WORDS or after.low in _VERB_PARTICLES) and not after.capital)


def _listed_with_people(body: str, tokens: list[Token], candidates: list[_Candidate], given_cache: dict[str, bool],
                        lower_words: set[str], common_words: set[str]) -> None:
    """A full name no given-name list holds is vouched for when it is listed with, or set against, a person's
    full name ("voted for Rossel Jennings Bryan rather than William Howard Taft", "backed Ana Roe, Rossel Kemp and
    Tom Hale"): a list or a contrast joins like with like. The partner opens with a known given name and holds no
    firm's or place's word; the item holds only name-shaped words (none the article writes in lowercase, no
    common, firm's or place's word), so "Ana Roe and Goldman Sachs Bank" stays a firm, and has a person's shape
    (a word the given-name lists hold, no word twice: not "Goldman Sachs", "Bora Bora"); a bare comma counts only
    where the list goes on past the item; a possessive name owns a thing, it is no item ("Musk's SpaceX and X")."""
    starts = {c.tokens[0]: c for c in candidates}
    ends = {c.tokens[-1]: c for c in candidates}

    def person_like(c: _Candidate | None) -> bool:
        if c is None or len(c.tokens) < 2 or not _given(tokens[c.tokens[0]], given_cache):
            return False
        if tokens[c.tokens[-1]].possessive:
            return False  # "Elon Musk's SpaceX and Blue Origin": an owner before the thing, no item of the list
        words = [tokens[i].low for i in c.tokens]
        return words[0] not in lower_words and not any(w in ORG_WORDS or w in PLACES for w in words)

    def name_shaped(c: _Candidate) -> bool:
        return 2 <= len(c.tokens) <= 4 and all(
            tokens[i].capital and not tokens[i].acronym and tokens[i].low.replace("-", "").isalpha()
            and tokens[i].low not in lower_words and tokens[i].low not in common_words
            and tokens[i].low not in ORG_WORDS and tokens[i].low not in PLACES and tokens[i].low not in FUNCTION_WORDS
            for i in c.tokens) and not tokens[c.tokens[-1]].possessive and person_shaped(c)

    def person_shaped(c: _Candidate) -> bool:
        # A person's name has a given name somewhere ("Williams Jennings Bryan"), or its surname comes back
        # alone later ("... Bryan won"); a run with neither is the shape of a firm named after its founders
        # ("Goldman Sachs"), and one word written twice a place's or a thing's ("Bora Bora"): a list joins
        # firms and places to people too.
        words = [tokens[i].low for i in c.tokens]
        if len(set(words)) < len(words):
            return False
        if any(_given(tokens[i], given_cache) for i in c.tokens):
            return True
        return any(t.low == words[-1] and t.capital and k not in c.tokens and not (k > 0 and tokens[k - 1].capital)
                   and not (k + 1 < len(tokens) and tokens[k + 1].capital) for k, t in enumerate(tokens))

    for candidate in candidates:
        if candidate.evidence or not name_shaped(candidate):
            continue
        first, last = candidate.tokens[0], candidate.tokens[-1]
        if first > 0 and tokens[first - 1].possessive:
            continue  # "Jeff Bezos's Blue Origin": the thing a person owns
        if (last + 1 < len(tokens) and not tokens[last + 1].capital and tokens[last + 1].low not in FUNCTION_WORDS
                and tokens[last + 1].low not in _LIST_WORDS and _SPACE_GAP.match(body[tokens[last].end:tokens[last + 1].start])
                and not _list_verb_after(body, tokens, last + 1)):
            # "met Jo Roe and Chiang Mai officials": a modifier of the noun after it, not an item (a past verb
            # after the list is the items' own: "Jo Roe and P. Raju walked out")
            continue
        left = right = None
        for back in (1, 2, 3):  # over the joining words: "and", "rather than"
            left = ends.get(first - back)
            if left is not None or first - back < 0 or tokens[first - back].low not in _LIST_WORDS:
                break
        for ahead in (1, 2, 3):
            right = starts.get(last + ahead)
            if right is not None or last + ahead >= len(tokens) or tokens[last + ahead].low not in _LIST_WORDS:
                break
        left_gap = body[tokens[left.tokens[-1]].end:tokens[first].start] if left is not None else None
        right_gap = body[tokens[last].end:tokens[right.tokens[0]].start] if right is not None else None
        joined_left = left_gap is not None and bool(_LIST_JOIN.fullmatch(left_gap)) and person_like(left)
        joined_right = right_gap is not None and bool(_LIST_JOIN.fullmatch(right_gap)) and person_like(right)
        comma_left = (left_gap is not None and bool(_LIST_COMMA.fullmatch(left_gap)) and person_like(left)
                      and right_gap is not None and bool(_LIST_JOIN.fullmatch(right_gap) or _LIST_COMMA.fullmatch(right_gap)))
        comma_right = (right_gap is not None and bool(_LIST_COMMA.fullmatch(right_gap)) and person_like(right)
                       and left_gap is not None and bool(_LIST_JOIN.fullmatch(left_gap) or _LIST_COMMA.fullmatch(left_gap)))
        if joined_left or joined_right or comma_left or comma_right:
            candidate.evidence = True


def _registry_holder(owner: _Person, candidate: _Candidate, surface: str, parts: NameParts, article: ArticleRecord,
                     registry: Registry) -> bool:
    """Whether a titled bare surname is rather the registry's holder of that office than the article's other
    person of that surname: "President Obama" in an article naming only "Michelle Obama" in full."""
    if not candidate.role or parts.has_given or owner.entry is not None:
        return False
    entry = _registry_entry(surface, parts, article, registry)
    return (entry is not None and bool(entry.offices) and _held(entry, candidate.role)
            and not same_person(split_name(entry.name), owner.parts))


def _family_first_name(tokens: list[Token], name: list[int]) -> bool:
    """A family-first name that vouches for itself as a given name first would: "Park Ji-hoon" (a hyphenated
    given name), "Tan Ah Kow" (two given syllables) or "Nguyen Thi Lan Anh" (a Vietnamese name of four
    one-syllable words); two plain words ("Chiang Mai", "Xi Jinping") need a title, an apposition or a speech
    verb like any other name."""
    words = [tokens[i].text for i in name]
    return family_first(words) and (len(words) in (3, 4) or "-" in words[-1])


def _named_organisations(body: str, tokens: list[Token], candidates: list[_Candidate],
                         given_cache: dict[str, bool]) -> set[str]:
    """Single words the article also writes before an organisation noun ("Forbes magazine", "Hurun report")
    or as the first of a two-word organisation's name ("Kanemura Motors", "Acme Holdings"; not a given name, so
    not "Allen West"): a publication, firm or party speaking, not a person known by surname."""
    found = set()
    for candidate in candidates:
        if len(candidate.tokens) == 1:
            token = tokens[candidate.tokens[0]]
            if not token.possessive and _ORG_NOUN_AFTER.match(body, token.end):
                found.add(token.low)
        elif len(candidate.tokens) == 2:
            first, last = (tokens[i] for i in candidate.tokens)
            if (last.low in ORG_WORDS and last.low not in _SOFT_ORG and not candidate.role
                    and not _given(first, given_cache)):
                found.add(first.low)
    return found


# The last registry's one-word outlet names: its outlets are a tuple of frozen entries, so the same tuple gives
# the same words, read once for all the articles of an ingest instead of once per article.
_REGISTRY_OUTLET_WORDS: tuple[tuple, frozenset[str]] = ((), frozenset())


def _outlet_words(registry: Registry, article: ArticleRecord) -> set[str]:
    """One-word outlet names ("Reuters", "Politico") of the registry and of the article's own outlet: a news
    outlet that "reported" twice is no person known by surname."""
    global _REGISTRY_OUTLET_WORDS
    outlets, words = _REGISTRY_OUTLET_WORDS
    if outlets is not registry.outlets:
        outlets = registry.outlets
        words = frozenset(n.lower() for o in outlets for n in (o.name, *o.aliases) if n and " " not in n)
        _REGISTRY_OUTLET_WORDS = (outlets, words)
    own = article.outlet_name or ""
    return set(words) | ({own.lower()} if own and " " not in own else set())


def _joined_to_name(tokens: list[Token], name: list[int]) -> bool:
    """ "Tom Hale and Anna Roe", "Anna Roe and Tom Hale": a name joined by "and" to another capitalised name."""
    first, last = name[0], name[-1]
    return (first > 1 and tokens[first - 1].low == "and" and tokens[first - 2].capital
            or last + 2 < len(tokens) and tokens[last + 1].low == "and" and tokens[last + 2].capital)


_COURTESY_TITLES = frozenset({"Mr", "Ms", "Mrs", "Dr"})


def _restore_named_employers(tokens: list[Token], candidates: list[_Candidate],
                             known_surnames: dict[str, list[PersonEntry]]) -> None:
    """An employer's run before a job title (`_employer_before_title`) that ends a person's name the article
    writes whole ("Donald Trump ... Trump adviser Stephen Miller"), or is a known person's surname ("Biden
    spokesman Andrew Bates"), is that person, a plain mention again."""
    if not any(candidate.employer for candidate in candidates):
        return
    named_tails = {tuple(tokens[i].low for i in candidate.tokens[cut:]) for candidate in candidates
                   if not candidate.firm and len(candidate.tokens) > 1 for cut in range(1, len(candidate.tokens))}
    # a courtesy title's mention ("Mr. Okafor", "Dr. Okafor"): the person's, in NYT/Reuters house style
    named_tails |= {(tokens[i].low,) for i in range(1, len(tokens))
                    if tokens[i].capital and tokens[i - 1].text.rstrip(".") in _COURTESY_TITLES}
    for candidate in candidates:
        if not candidate.employer:
            continue
        words = tuple(tokens[i].low for i in candidate.tokens)
        if words in named_tails or len(words) == 1 and (words[0] in known_surnames or fold(words[0]) in known_surnames):
            candidate.firm = candidate.body = candidate.employer = False


def _firm_names(tokens: list[Token], candidates: list[_Candidate], given_cache: dict[str, bool]) -> set[tuple[str, ...]]:
    """The names the article gives companies with their legal form ("Westwind Renewables Ltd"), without it, or
    after a word only firms are called by ("carmaker Aston Martin"), or before a plural verb ("Copper Jackson
    have"), unless another mention vouches for a person there (a title, an apposition, a speech verb, or "and"
    joining it to another name: "Tom Hale and Anna Roe have been friends ... Anna Roe have a long road ahead")."""
    firms = set()
    vouched = {tuple(tokens[i].low for i in candidate.tokens) for candidate in candidates
               if not candidate.firm and (candidate.evidence or _joined_to_name(tokens, candidate.tokens))}
    # a body speaks as a person does: only a title, an apposition or a person's predicate ("X said she") vouches
    # for a person named after a body's word
    titled = {tuple(tokens[i].low for i in candidate.tokens) for candidate in candidates
              if not candidate.firm and (candidate.role or candidate.apposition or candidate.personal)}
    # a thing's pronoun after a name ("X said its profit rose") is a firm's unless the article vouches for a
    # person of that name or surname: its full name titled ("chief executive Lena Marr ... Marr said its profit"),
    # or its surname with a person's predicate ("Voss said she")
    for candidate in candidates:
        words = tuple(tokens[i].low for i in candidate.tokens)
        if candidate.firm and not (candidate.group and words in vouched or candidate.body and words in titled
                                   or candidate.thing and any(other[-len(words):] == words or words[-len(other):]
                                                              == other for other in titled)):
            firms.add(words)
        if len(words) > 1 and words[-1] in LEGAL_FORMS:
            firms.add(words[:-1])
        following = candidate.tokens[-1] + 1
        if (following < len(tokens) and tokens[following].capital and len(tokens[following].low) > 2
                and tokens[following].low in LEGAL_FORMS and tokens[following].start - tokens[following - 1].end == 1):
            firms.add(words)  # "Ok Tedi Mining Limited": a legal form written right after the name, outside it
    firms |= _legal_form_runs(tokens, given_cache)
    return firms


_MAX_LEGAL_RUN = 4
_TWO_LETTER_FORMS = frozenset({"AG", "SA", "NV", "BV", "AB"})


def _legal_form_runs(tokens: list[Token], given_cache: dict[str, bool]) -> set[tuple[str, ...]]:
    """The capitalised words written right before a legal form ("Sentosa Jaya Sdn Bhd", "Talvern AG", "PT Sumber
    Makmur Tbk", without its "PT"): a firm's name, however the name rules cut the run. A form of two letters counts
    only in capitals after a capitalised word ("Talvern AG"; "the AG said" is the Attorney General's)."""
    runs = set()
    for index, token in enumerate(tokens):
        if (index == 0 or token.low not in LEGAL_FORMS or not token.capital
                or len(token.low) <= 2 and not (token.text.isupper() and token.text in _TWO_LETTER_FORMS)):
            continue
        start = index
        while (start > 0 and index - start < _MAX_LEGAL_RUN and tokens[start - 1].capital
               and tokens[start - 1].low not in LEGAL_FORMS and tokens[start].start - tokens[start - 1].end == 1):
            start -= 1
        if start < index and tokens[start].text in LEGAL_FORMS_BEFORE:
            start += 1
        if start < index and not _given(tokens[start], given_cache):  # "Mark Dreyfus AG": a person's, a title
            runs.add(tuple(tokens[i].low for i in range(start, index)))
            runs.add(tuple(tokens[i].low for i in range(start, index + 1)))  # with it: "Astrava Tbk said"
    return runs


_CAPTION_POSITION = re.compile(
    r"[A-Z][\w'’.-]*[ \u00a0]*(?:,[ \u00a0]+(?:" + "|".join(sorted(CAPTION_POSITIONS, key=len, reverse=True))
    + r")[ \u00a0]*[,;]|\((?:" + "|".join(sorted(CAPTION_POSITIONS, key=len, reverse=True)) + r")\))")


_CAPTION_CREDIT = re.compile(
    r"\s*(?:\([^()]*\)|\b(?i:" + "|".join(CAPTION_CREDIT_LABELS) + r")\s*[:/|].*)\s*$")
_CAPTION_SENTENCE_END = re.compile(r"[.!?]+(?=\s+\S)")
_CAPTION_PAST = re.compile(r"(?<![\w'’-])([a-z]{2,}ed)\b")
_CAPTION_PASSIVE = frozenset({"is", "are", "be", "being", "been", "was", "were"})


def _caption_lines(body: str) -> list[tuple[int, int]]:
    """The spans of the lines that say where a named person stands in a photo ("Mayor Ingrid Falk, centre, cuts
    the ribbon.", "Jo Roe (left) and Ana Lind at the launch. (Photo: Kestrel News)"; `not_people.CAPTION_POSITIONS`)
    and read like a photo's caption (`_reads_as_caption`)."""
    spans = []
    for match in _CAPTION_POSITION.finditer(body):
        start = body.rfind("\n", 0, match.start()) + 1
        end = body.find("\n", match.end())
        end = len(body) if end < 0 else end
        if _reads_as_caption(body[start:end], match.end() - start) and not _taken_up(body, end):
            spans.append((start, end))
    return spans


_TAKE_UP = re.compile(r"[ \t\u00a0]*(?:(?:" + "|".join(CAPTION_TAKE_UP_PRONOUNS) + r")\b|[^\n]*?[\"”’'],?[ \u00a0]+(?:"
                      + "|".join(CAPTION_TAKE_UP_PRONOUNS) + r")\b)", re.IGNORECASE)


def _taken_up(body: str, end: int) -> bool:
    """Whether the next filled line after a line ending at `end` takes its people up with a pronoun, opening it or
    after a quotation ("She said ...", "'It will work,' she said."): `not_people.CAPTION_TAKE_UP_PRONOUNS`."""
    while end < len(body) and body[end] in "\n\r \t\u00a0":
        end += 1
    return _TAKE_UP.match(body, end) is not None


def _reads_as_caption(line: str, position_end: int) -> bool:
    """A caption is short, quotes nobody, ends with the sentence that places the person (a credit after it aside)
    and tells no event in the past ("Cole Palmer, right, scored twice" is a report): `not_people.CAPTION_*`."""
    if len(line.split()) > CAPTION_MAX_WORDS or any(mark in line for mark in "\"“”«»"):
        return False
    text = line[:position_end] + _CAPTION_CREDIT.sub("", line[position_end:])
    if _CAPTION_SENTENCE_END.search(text, position_end):
        return False  # "Mayor Ingrid Falk, centre, opened the bridge. 'It is a great day,' Falk said."
    words = text.split()
    for match in _CAPTION_PAST.finditer(text):
        word = match.group(1)
        if word in CAPTION_PARTICIPLES or word.endswith("eed"):
            continue
        before = text[:match.start()].split()
        if before and before[-1].lower() in _CAPTION_PASSIVE:
            continue  # "Jo Roe, left, is greeted by ..."
        return False
    return bool(words)


def _only_in_captions(person: _Person, captions: list[tuple[int, int]]) -> bool:
    return all(any(start <= mention.start < end for start, end in captions) for mention in person.mentions)


_AUTHOR_BOX_LINES = 3  # an author's box or plug stands among the body's last lines
_FILLED_LINE = re.compile(r"^[ \t\u00a0]*\S", re.MULTILINE)


def _article_authors(article: ArticleRecord) -> list[str]:
    """The article's authors; where none were read because an invisible character splits the byline's name ("By
    Jo\u200b Roe"), the byline's names as a reader sees them, so the author is no person of the article there
    either."""
    if article.authors or not article.byline or not _INVISIBLE.search(article.byline):
        return list(article.authors or ())
    return authors_from_byline(_INVISIBLE.sub("", article.byline))


def _closing_lines_start(body: str) -> int:
    """Where the body's last `_AUTHOR_BOX_LINES` filled lines start (0 for a shorter body)."""
    starts = [match.start() for match in _FILLED_LINE.finditer(body)]
    return starts[-_AUTHOR_BOX_LINES] if len(starts) >= _AUTHOR_BOX_LINES else 0


def _noun_forms(word: str) -> set[str]:
    """A noun's singular and plural spellings ("latches"/"latch", "bodies"/"body", "screw"/"screws")."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


def _ends_in_common_word(words: list[str], common_words: set[str]) -> bool:
    """The name ends in a word the article writes in lowercase again and again, in either number ("Cam Latches"
    on a page about latches, "King Mattresses"): the article's vocabulary, capitalised, not a surname. A function
    word closing two ("Al From") is none: such a name was kept only where speech or a clause set it off as one."""
    if len(words) == 2 and words[-1] in FUNCTION_WORDS:
        return False
    return not _noun_forms(words[-1]).isdisjoint(common_words)


def _common_or_role_word(low: str, lower_words: set[str]) -> bool:
    """A word the article writes in lowercase (as a noun's singular or plural too: "Line" and "lines"), or a
    role's own word ("Assistant"): after a title it continues a job's name or a heading, not a surname."""
    if low in ROLE_MODIFIERS or low in TITLE_HEADS:
        return True
    return not _noun_forms(low).isdisjoint(lower_words)


def _weak(person: _Person, lower_words: set[str]) -> bool:
    """A lone mention vouched for only by its first name, with a word the article also writes in lowercase
    ("Win GOP Nomination", "Key Features", "Clark Moving"): headline or product words, not a person."""
    if len(person.mentions) > 1 or person.entry is not None or person.vouched:
        return False
    words = person.mentions[0].surface.lower().split()
    return len(words) > 1 and (words[0] in lower_words or words[-1] in lower_words)


# After a name, a role written in lowercase (up to three words, the last a title: "coach", "head coach", "chief
# executive officer") and then a capitalised word: the name qualifies someone else's role ("Mako United coach Jo
# Roe"), as a team's, a firm's or a body's name does.
_ROLE_THEN_NAME = re.compile(r"[ \u00a0]+((?:[a-z][a-z-]*[ \u00a0]+){0,2}[a-z][a-z-]*)[ \u00a0]+[A-Z]")


# Roles a team, club, firm or body has ("Mako United coach Jo Roe"); a person-only role after a name ("Kofi
# Mensah spokesman Ben Ade", "lawyer", "aide", "wife") makes the name a person's, so it never counts here.
_BODY_ROLES = frozenset(
    "coach coaches captain chairman chairwoman chairperson chair player striker midfielder defender goalkeeper "
    "keeper winger forward manager boss director president ceo founder owner".split())
# ... and a firm's chief ("chief executive", "chief operating officer"); "chief" or "officer" alone follows a
# person's name as often ("Javier Milei economy chief Luis Caputo", "Kwame Nkansah executive officer Ama Serwaa")
_FIRM_CHIEF_ROLES = frozenset("executive officer".split())


# After a name, what only a person's name takes: a "who" clause, or a possessive before a relative or a person's
# own helper ("Kofi Mensah's wife", "Kofi Mensah's lawyer").
_AS_PERSON_AFTER = re.compile(
    r"(?:,[ \u00a0]+(?:who|whose)\b|['’]s[ \u00a0]+(?:wife|husband|son|daughter|mother|father|brother|sister|"
    r"widow|family|children|parents|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|aide|adviser|"
    r"advisor|assistant|secretary)\b)")


def _attributive_only(body: str, person: _Person, people: list[_Person]) -> bool:
    """A name of two words or more, always written the same and never given a title, an apposition or a speech
    verb, that somewhere stands before another person's lowercase role and name ("Mako United coach Jo Roe"):
    the team, firm or body the role belongs to, not a person. Only a body's role counts ("coach", "captain",
    "chairman"; not "spokesman", "lawyer", "wife": "Kofi Mensah spokesman Ben Ade" is his). A name opening with a
    common given name ("Anna Berg adviser Tom Hale"), one written in several forms, and one of a given name and
    name-shaped words (no team's, place's or country's word) met elsewhere as a person's ("Kofi Mensah, who",
    "Kofi Mensah's wife") are left alone."""
    if person.vouched or person.entry is not None or len({m.surface for m in person.mentions}) != 1:
        return False
    words = person.mentions[0].surface.split()
    if len(words) < 2 or is_common_given_name(words[0].lower()):
        return False  # "Anna Berg adviser Tom Hale": a common given name opens a person's name
    others = {m.start for other in people if other is not person for m in other.mentions}
    roles = [_ROLE_THEN_NAME.match(body, mention.end) for mention in person.mentions]
    if is_given_name(words[0].lower()) and any(
            _AS_PERSON_AFTER.match(body, mention.end) for mention in person.mentions) and not any(
            word.lower() in ORG_WORDS or word.lower() in PLACES or word.lower() in common_plurals()
            or _country_of_word(word.lower()) for word in words):
        return False  # "Kofi Mensah, who won ... Kofi Mensah coach Ben Ade": a given name, then only
        # name-shaped words, met elsewhere as a person ("Moana Pasifika at Churchill Park" is no person's)
    for match in roles:
        role = match.group(1).split() if match else []
        if match and (role[-1] in _BODY_ROLES or role[0] == "chief" and role[-1] in _FIRM_CHIEF_ROLES) \
                and match.end() - 1 in others:
            return True
    return False


# Words before a caption's name that say it may be someone else than the body's lone surname: a relative ("Proud
# mother Linda Osei") or a past or honorary role ("Former minister Peter Walsh").
_CAPTION_RELATIVES = frozenset(
    "mother father mum mom dad parent parents wife husband son daughter brother sister grandmother grandfather "
    "grandson granddaughter grandma grandpa uncle aunt nephew niece cousin widow widower twin stepmother "
    "stepfather partner fiancee fiancée fiance fiancé former ex ex- late retired".split())


# A past verb right after a lone capitalised word ("Okafor scored in the 90th minute"): weaker evidence of a person
# than speech or a 'who' clause, so the caption's given name must then be a known given name (`_removed_full_name`)
_PAST_VERB_AFTER = re.compile(r"[ \u00a0]+[a-z]{2,}ed\b")


def _removed_full_name(article: ArticleRecord, surname: str, lower_words: set[str],
                       known_given: bool = False) -> str | None:
    """The one full name ending in `surname` on the lines taken out of the body (a photo's caption: "Winger Eroni
    Tavake dives over. Picture: ..."), its given name a capitalised word that is no title, honorific, place or
    word the article writes in lowercase; None when there is none, or several, or it is the byline's author, or
    the word is a common plural (a team's: "the Lions"); a name inside a longer capitalised run ("East End Lions")
    is none, unless the word before it is a title ("Mayor Eroni Tavake")."""
    if surname.lower() in common_plurals():
        return None  # "the Lions said": a team ("End Lions"), nobody's surname
    pattern = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)[ \u00a0]+" + re.escape(surname) + r"(?![\w’'-])")
    authors = {" ".join(author.split()).casefold() for author in _article_authors(article)}
    found = set()
    for line in article.removed_lines:
        for match in pattern.finditer(line):
            before = line[:match.start()].split()
            if (before and before[-1][:1].isupper() and before[-1].lower().rstrip(".") not in TITLE_HEADS
                    and before[-1].lower() not in HONORIFICS) or re.match(r"[ \u00a0]+[A-Z]", line[match.end():]):
                continue  # "East End Lions", "Eroni Tavake Park": a longer capitalised run, some body's or place's
            if any(word.lower().strip(",.:;") in _CAPTION_RELATIVES for word in before[-3:]):
                return None  # "Proud mother Linda Osei", "Former minister Peter Walsh": a relative (who shares
                # the surname), or a role the body may contradict; when in doubt the lone surname stays alone
            given = match.group(1).lower()
            if (given in lower_words or given in TITLE_HEADS or given in HONORIFICS or given in PLACES
                    or given in FUNCTION_WORDS or _country_of_word(given) or known_given and not is_given_name(given)):
                continue  # with only a past verb after the body's surname, the caption's must be a known given name
            name = f"{match.group(1)} {surname}"
            if name.casefold() not in authors:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _only_in_headings(person: _Person, headings: set[int]) -> bool:
    """A name found only on title-case lines after the body's first, never in the article's sentences, with no
    title, apposition or registry entry: a teaser's or a heading's ("Jo Roe Breathing Technique", "Why Jo Roe
    Quit"), not a person the article tells of (a body's first line may be the article's own headline)."""
    return (person.entry is None and all(m.start in headings and not m.role and not m.apposition
                                         for m in person.mentions))


_PROPER_LINKS = frozenset({"of", "at", "in", "for", "de", "du", "von"})


def _registry_fits(entry: PersonEntry, candidate: _Candidate, tokens: list[Token], lower_words: set[str],
                   body: str = "", registry: Registry | None = None) -> bool:
    """Whether a bare surname may be the registry's person: not a common word ("Rice", "Power"), not the end of
    a longer proper name ("University of Texas at Austin", "Friends of Abe"), and, when a title stands before
    it, a title that person held ("President Johnson" is not a prime minister Johnson)."""
    first = candidate.tokens[0]
    surname = tokens[first].low
    if surname in lower_words or fold(surname) in lower_words or surname in PLACES:
        return False
    if first >= 2 and tokens[first - 1].low in _PROPER_LINKS and tokens[first - 2].capital:
        return False
    if not candidate.evidence and _in_place_slot(tokens, first, body, registry):
        return False
    if candidate.role and entry.offices:
        return _held(entry, candidate.role, default=True)
    return True


_ROAD_AGE_AFTER = re.compile(r",[ \u00a0]+(?:aged[ \u00a0]+)?\d{1,3}[,.]")
_ROAD_ACT_AFTER = re.compile(r"[ \u00a0]+(?:(?:" + "|".join(sorted(PERSON_ONLY_ACTS | ROAD_NAMESAKE_ACTS)) + r")\b(?!-)"
                             r"|(?:was|were|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:(?:"
                             + "|".join(sorted(PERSON_ONLY_PASSIVES | ROAD_NAMESAKE_PASSIVES)) + r")\b"
                             r"|named[ \u00a0]+(?:the|as|a|an)\b))")
_ROAD_WHO_AFTER = re.compile(r",[ \u00a0]+who\b")
_ROAD_OWNED_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(ROAD_NAMESAKE_OWNED | KIN_NOUNS)) + r")\b")
_ROAD_WORK_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROAD_NAMESAKE_WORKS)) + r")\b[^.!?\n]{0,60}?\b(?:by|to)[ \u00a0]+$", re.IGNORECASE)
_ROAD_WON_BEFORE = re.compile(r"\bwon[ \u00a0]+by[ \u00a0]+$")


def _road_reading(body: str, tokens: list[Token], candidate: _Candidate, ends: dict, starts: dict) -> bool | None:
    """How a run of a given name and a road's or ground's word reads: True, the place, where a road's word leads
    it ("on Annie Street", "off George Lane", "the corner of", a house number); False, a person, where the run
    does, takes or owns what only people do ("Diane Lane stars", "Emma Quay, 29,", "Linh Dam was sentenced", "Kate
    Street's debut novel", "Lisa Street, who runs"), makes or wins a work or an award ("a painting by George
    Street", "the prize went to Sophie Lane") or is listed with a person ("Della Street and Perry Mason");
    None, nothing either way."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    lead = first - 1
    if lead >= 0 and tokens[lead].low == "the":
        lead -= 1
    if lead >= 0 and not tokens[lead].capital and (
            tokens[lead].low in ROAD_PLACE_LEADS or tokens[lead].low == "of" and lead > 0 and tokens[lead - 1].low == "corner"):
        return True
    if lead >= 0 and tokens[lead].text[:1].isdigit():
        return True  # "12 Mary Street"
    end = tokens[last].end
    if tokens[last].possessive:
        return False if _ROAD_OWNED_AFTER.match(body, end) else None
    if _ROAD_AGE_AFTER.match(body, end) or _ROAD_ACT_AFTER.match(body, end) or _ROAD_WHO_AFTER.match(body, end):
        return False
    before = body[max(0, tokens[first].start - 80):tokens[first].start]
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    before = before[sentence_start + 1:]
    if _ROAD_WORK_BEFORE.search(before) or _ROAD_WON_BEFORE.search(before):
        return False
    for other in (ends.get(first - 2) if first >= 2 and tokens[first - 1].low == "and" else None,
                  starts.get(last + 2) if last + 2 < len(tokens) and tokens[last + 1].low == "and" else None):
        if other is not None and len(other.tokens) > 1 and is_given_name(tokens[other.tokens[0]].text) \
                and not _is_org_or_place([tokens[i].low for i in other.tokens], True) \
                and tokens[other.tokens[-1]].low not in ROAD_TAILS \
                and tokens[other.tokens[-1]].low not in ROAD_TAILS_FAMILIES_BEAR \
                and tokens[other.tokens[-1]].low not in INSTITUTION_TAILS:
            return False  # "Della Street and Perry Mason"
    after = starts.get(last + 2) if last + 2 < len(tokens) and tokens[last + 1].low == "and" else None
    if after is not None and _ROAD_ACT_AFTER.match(body, tokens[after.tokens[-1]].end):
        return False  # "Lucy Lane and Harry Street were named the best": the pair does it
    return None


def _listed_with_place(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the run at `first`..`last` is joined by "and" or a comma to a capitalised run closed by a place's word
    no family bears (`not_people.COORDINATED_PLACE_TAILS`: "Charlotte Square and George Park", "George Park and
    Albert Square")."""
    if first >= 2 and tokens[first - 1].low in ("and", "or", ",") and tokens[first - 2].capital \
            and tokens[first - 2].low in COORDINATED_PLACE_TAILS:
        return True
    index = last + 1
    if index < len(tokens) and tokens[index].low in ("and", "or", ","):
        index += 1
        while index + 1 < len(tokens) and tokens[index + 1].capital and tokens[index].capital \
                and tokens[index].end + 1 == tokens[index + 1].start:
            index += 1
        return index < len(tokens) and index > last + 2 and tokens[index].capital \
            and tokens[index].low in COORDINATED_PLACE_TAILS
    return False


_SPAN_OPENERS = {"and": "between", "to": "from"}  # a span's second end: "between X and", "from X to"
_SPAN_END_MAX_WORDS = 4


def _registry_surnames(registry: Registry | None) -> frozenset[str]:
    """The registry's people's last words (casefolded)."""
    if registry is None:
        return frozenset()
    return frozenset(entry.name.split()[-1].lower() for entry in registry.people if entry.name.split())


def _in_place_slot(tokens: list[Token], first: int, body: str = "", registry: Registry | None = None) -> bool:
    """Whether the word at `first` stands where a place does: after a place-only preposition ("homes in Blair"),
    but not after a word that takes a person there ("trust in Blair": `not_people.PERSON_OBJECT_LEADS`) nor as an
    owner ("in Blair's cabinet"); or as a span's second end whose first end is a place's ("between Central Station
    and Blair", "from Kingsford to Blair"), not a person's nor a body's ("between Ana Roe and Blair", "from Trump
    to Blair", "between Labour and Blair")."""
    if first == 0 or tokens[first - 1].capital:
        return False
    if tokens[first].possessive:
        return False  # "the mood in Blair's cabinet": the owner is a person
    lead = tokens[first - 1].low
    if lead in PLACE_ONLY_PREPOSITIONS:
        return not (first >= 2 and tokens[first - 2].low in PERSON_OBJECT_LEADS)
    opener = _SPAN_OPENERS.get(lead)
    if opener is None:
        return False
    start = first - 1
    while start > 0 and tokens[start - 1].capital and first - start <= _SPAN_END_MAX_WORDS:
        start -= 1
    if not (start < first - 1 and start > 0 and tokens[start - 1].low == opener):
        return False
    end_words = [tokens[i].low for i in range(start, first - 1)]
    return not (is_given_name(tokens[start].text) or end_words[-1] in _registry_surnames(registry)
                or any(word in SPAN_SIDE_WORDS for word in end_words))


def _held(entry: PersonEntry, role: str, default: bool = False) -> bool:
    """Whether the registry's person held an office named by the role's title words ("President")."""
    heads = {w.lower().rstrip(".") for w in role.replace("-", " ").split()} & TITLE_HEADS
    if not heads:
        return default
    titles = {w.lower() for office in entry.offices for w in office.title.replace("-", " ").split()}
    return bool(heads & titles)


# At most this share of a line-up's items may be places, teams, firms or the article's own words: past it, the
# line lists things ("Venues: Dublin; Cork, Galway, ..."), and none of its items is a player.
_LINEUP_THINGS_SHARE = 0.25


def _lineup_players(body: str, tokens: list[Token], candidates: list[_Candidate], lower_words: set[str],
                    named_orgs: set[str], accepted: list[tuple[int, int]]) -> list[_Candidate]:
    """The candidates that are the players of a match report's line-up line (`prose_names.lineup_items`): each
    item a name, none a place, a country, an organisation's word, a common plural, a word the article writes in
    lowercase or one it names as an organisation, a town or a region of the gazetteer; a line with more than `_LINEUP_THINGS_SHARE` such items lists
    things, not players. The lines that list players are added to `accepted` (only they are the article's prose)."""
    lines = lineup_items(body)
    if not lines:
        return []
    by_start = {tokens[c.tokens[0]].start: c for c in candidates}
    token_at = {token.start: index for index, token in enumerate(tokens)}
    players = []
    for line_start, line_end, items in lines:
        things, found = 0, []
        for item_start, item_end in items:
            last = body[item_start:item_end].split()[-1]
            low = last.lower().removesuffix("'s").removesuffix("’s")
            if (low in lower_words or fold(low) in lower_words or low in PLACES or low in COUNTRY_NAMES
                    or low in ORG_WORDS or low in common_plurals() or low in named_orgs
                    or body[item_start:item_end].lower() in PLACES
                    or (fold_place(low) in city_countries() or fold_place(low) in folded_regions())
                    and not is_given_name(last)):  # (a town that is a given name too, "Barry", is a surname here)
                things += 1
                continue
            candidate = None
            for offset in range(item_start, item_end):
                if offset in by_start:
                    candidate = by_start[offset]
                    break
            if candidate is None:
                # "Hatchley (Vance 83)", "A Breck": a substitute before his minute, a surname after an initial
                # the name finder reads otherwise; the item's last word is the player's surname
                index = token_at.get(item_end - len(last))
                if index is not None and tokens[index].capital:
                    candidate = _Candidate(tokens=[index])
                    candidates.append(candidate)
            if candidate is not None and tokens[candidate.tokens[-1]].end <= item_end:
                found.append(candidate)
        if things <= _LINEUP_THINGS_SHARE * len(items):
            players += found
            accepted.append((line_start, line_end))
    return players


def _given_name_then_verb(body: str, tokens: list[Token], first: int) -> bool:
    """A name opening with a common given name and followed, past its capitalised words, by a verb in the past
    ("-ed") or a core speech verb ("John Smith proposed", "Ana Roe resigned", "Ana Roe said"): the subject of a
    clause, so a person, whatever name or preposition stands before it. A noun after it ("Ulla Brandt report")
    leaves the name a modifier."""
    if not is_common_given_name(tokens[first].low):
        return False
    last = first
    while (last + 1 < len(tokens) and tokens[last + 1].capital
           and _SPACE_GAP.match(body[tokens[last].end:tokens[last + 1].start])):
        last += 1
    if last + 1 >= len(tokens) or tokens[last].possessive:
        return False
    after = tokens[last + 1]
    return (not after.capital and _SPACE_GAP.match(body[tokens[last].end:after.start]) is not None
            and (after.low in speech_verbs.CORE or after.low.endswith("ed") and not _is_stop(after)))


def _surname_alone_later(tokens: list[Token], first: int) -> bool:
    """Whether the last word of the capitalised run opening at `first` comes back later alone, not after the run's
    other words ("Ama Owusu ... Owusu said"): a person's surname, where a place's name is written whole."""
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].capital and not tokens[last + 1].sentence_start:
        last += 1
    if last == first:
        return False
    return any(tokens[i].low == tokens[last].low and tokens[i - 1].low != tokens[last - 1].low
               for i in range(last + 1, len(tokens)))


def _coordinated_place(body: str, tokens: list[Token], lead: int) -> bool:
    """ "evacuated in Tolaga Bay and Te Karaka": a name joined by "and"/"or" to a place's name (a town's, or one
    ending in a place's word: `not_people.PLACE_NAME_TAILS`, `PLACE_TAILS_FAMILIES_BEAR`) right after a place-only preposition is a place too
    ("Investors in Tesla and Elon Musk" join a firm; "confidence in Jo Roe and Al Lee" two people)."""
    if (lead < 3 or tokens[lead - 1].low not in ("and", "or")
            or not _SPACE_GAP.match(body[tokens[lead - 2].end:tokens[lead - 1].start])):
        return False  # (a comma before "and" may close the place: "by Jim Finkle in Boston, and Ben Blanchard")
    if _given_name_then_verb(body, tokens, lead):
        return False  # "met in London and John Smith proposed": a given name and a verb open a new clause
    index = lead - 2
    while index >= 0 and tokens[index].capital and not tokens[index].sentence_start:
        index -= 1
    # "between Jackson and Sri Kenari": "between" takes a town's partner too, when nothing marks a person there: no
    # given name the table attests well (a stray entry like "Kenari" or an honorific like "Sri" is none) and no
    # surname the article writes alone later ("talks between Osaka and Kenji Sato", "a match between Leeds and Ama
    # Owusu ... Owusu said")
    opener = tokens[index].low in PLACE_ONLY_PREPOSITIONS or (
        0 <= index and tokens[index].low == "between"
        and not (_given(tokens[lead], {}) and is_attested_given_name(tokens[lead].low))
        and not _surname_alone_later(tokens, lead))
    return (0 <= index < lead - 2 and opener and not tokens[index].capital
            and not (index > 0 and tokens[index - 1].low in PERSON_OBJECT_LEADS)
            and (tokens[lead - 2].low in PLACE_NAME_TAILS or tokens[lead - 2].low in PLACE_TAILS_FAMILIES_BEAR
                 or fold_place(" ".join(t.text for t in tokens[index + 1:lead - 1])) in city_countries()))


def _towns_written_as_places(tokens: list[Token], words: set[str]) -> set[str]:
    """Of one-word names, the known towns (`data/cities.py`) that the article also writes after a place-only
    preposition ("a ceremony in Baku"): there "Baku would finance its share" is the town's government speaking,
    no person known by surname; a surname that is a town's name too is written after "in" only as the town's."""
    if not words:
        return set()
    towns = {word for word in words if fold_place(word) in city_countries()}
    return {tokens[i].low for i in range(1, len(tokens)) if tokens[i].low in towns and tokens[i].capital
            and tokens[i - 1].low in PLACE_ONLY_PREPOSITIONS and not tokens[i - 1].capital}


def _speaking_surnames(candidates: list[_Candidate], tokens: list[Token], lower_words: set[str]) -> list[_Candidate]:
    """Bare words that speak at least twice and are never written in lowercase ("Koval said ... Koval
    added"): a person known by surname only, not a group ("Officials said") or a common word."""
    counts: dict[str, int] = {}
    for candidate in candidates:
        if len(candidate.tokens) == 1 and candidate.speaks:
            low = tokens[candidate.tokens[0]].low
            counts[low] = counts.get(low, 0) + 1
    speakers = {low for low, count in counts.items() if count >= 2 and low not in lower_words
                and not (low.endswith("s") and low[:-1] in lower_words)}
    return [c for c in candidates if len(c.tokens) == 1 and tokens[c.tokens[0]].low in speakers]


def _surface(body: str, tokens: list[Token], candidate: _Candidate) -> str:
    """The name as written, without a quoted nickname inside it ('Peter "Cocoa Pete" Osei-Bonsu' -> "Peter
    Osei-Bonsu", `people_names._after_nickname`); the mention's surface stays the body's text."""
    start, end = _span(tokens, candidate)
    if _BROKEN_SIGNS.search(body, start, end):
        # "FranÃ§ois Hollande": François; "Doug \xadAndres": Doug Andres; "Jose\u0301": José
        return _unbroken(_surface_raw(body, tokens, candidate, start, end))
    return _surface_raw(body, tokens, candidate, start, end)


def _surface_raw(body: str, tokens: list[Token], candidate: _Candidate, start: int, end: int) -> str:
    indices = candidate.tokens
    cuts = [position for position in range(1, len(indices)) if indices[position] - indices[position - 1] > 1
            and body[tokens[indices[position - 1]].end:tokens[indices[position - 1]].end + 2].strip()[:1] in _OPENING_QUOTES + "'"]
    if not cuts:
        return body[start:end]
    pieces, opening = [], start
    for position in cuts:
        pieces.append(body[opening:tokens[indices[position - 1]].end])
        opening = tokens[indices[position]].start
    pieces.append(body[opening:end])
    return " ".join(pieces)


def _span(tokens: list[Token], candidate: _Candidate) -> tuple[int, int]:
    last = tokens[candidate.tokens[-1]]
    end = last.end - 2 if last.possessive else last.end
    if last.text.endswith(".") and last.low in REGNAL_NUMBERS:
        end -= 1  # "a book on Henry VIII.": the sentence's full stop (kept on the token as "Jr." keeps its own)
    return tokens[candidate.tokens[0]].start, end


def _mention(body: str, tokens: list[Token], candidate: _Candidate) -> MentionRecord:
    start, end = _span(tokens, candidate)
    return MentionRecord(surface=body[start:end], start=start, end=end,
                         role=_visible(candidate.role or candidate.record_role), apposition=_visible(candidate.apposition))


def _visible(text: str | None) -> str | None:
    """A role as written, less the soft hyphens and zero-width characters inside its words ("Coun\xadcil\xadlor"
    is "Councillor"), as a name drops them (`_unbroken`)."""
    return _INVISIBLE.sub("", text) if text else text


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words, folded, with hyphenated parts apart and generational suffixes left out: "Sara
    Duterte-Carpio" -> ("sara", "duterte", "carpio")."""
    words = []
    for word in name.replace("’", "'").split():
        for part in word.split("-"):
            part = fold(part).strip(".,")
            if part and part not in NAME_SUFFIXES and part not in _GENERATIONS:
                words.append(part)
    return tuple(words)


def _compound_owner(people: "_People", candidate: _Candidate, surface: str, tokens: list[Token]) -> "_Person | None":
    """The person whose full name holds this partial name after its given name: a Spanish or Portuguese paternal
    surname ("Gutiérrez" of "Carlos Gutiérrez Vaca"), a compound surname ("López Obrador", "Ait Lahcen") or one
    part of a hyphenated one ("Duterte" of "Sara Duterte-Carpio"); the latest mentioned when several."""
    words = list(_name_words(surface))
    if not words:
        return None
    fitting = people.inner_named(words)
    if not fitting:
        return None
    start = tokens[candidate.tokens[0]].start
    return max(fitting, key=lambda person: person.last_before(start))


def _with_particle(owner: "_Person", candidate: _Candidate, body: str, tokens: list[Token]) -> _Candidate:
    """The partial name with the lowercase particle written right before it when the owner's full name has that
    particle there: "dos Santos Teixeira" of "Maria João dos Santos Teixeira", not "Santos Teixeira"."""
    first = candidate.tokens[0]
    if first == 0:
        return candidate
    particle = tokens[first - 1]
    if particle.capital or particle.low not in NAME_PARTICLES or not _joined_gap(body, particle, tokens[first]):
        return candidate
    words = (particle.low, *_name_words(_surface(body, tokens, candidate)))
    if not any(len(held) > len(words) and held[-len(words):] == words or held[1:1 + len(words)] == words
               for held in map(_name_words, owner.names)):
        return candidate
    return replace(candidate, tokens=[first - 1, *candidate.tokens])


_PATRONYMIC_PARTICLES = PATRONYMIC_PARTICLES


def _patronymic_owner(people: "_People", candidate: _Candidate, surface: str,
                      tokens: list[Token]) -> "_Person | None":
    """The person whose full name is this name, then "bin"/"binti" and a father's name: "Ahmad Zulkifli" of
    "Ahmad Zulkifli bin Hamidi" (a Malay or Arab person is called by their own names); the latest mentioned."""
    words = _name_words(surface)
    fitting = [person for person in people.first_named(words[0])
               if any(len(held) > len(words) + 1 and held[:len(words)] == words
                      and held[len(words)] in _PATRONYMIC_PARTICLES for held in map(_name_words, person.names))]
    if not fitting:
        return None
    start = tokens[candidate.tokens[0]].start
    return max(fitting, key=lambda person: person.last_before(start))


def _address_owner(people: "_People", candidate: _Candidate, surface: str, tokens: list[Token], body: str,
                   given_cache: dict[str, bool]) -> tuple["_Person | None", _Candidate]:
    """The one person named in full with this name's given name, when the name is a polite form of address built
    on it: the given name and a woman's patronymic ("Oksana Petrivna" of "Oksana Roe", East Slavic), or the given
    name and an honorific written after it ("Hatice Hanım", "Kemal Bey" of "Hatice Roe", "Kemal Roe": Turkish),
    whose mention is the given name alone. None (and the candidate as it is) when no one or several fit, or when
    the text sets the name beside its would-be owner as another person (`_another_person`)."""
    words = _name_words(surface)
    # (a role from an apposition after the name alone, "Hatice Hanım, a widow,", describes the person herself)
    role_before = candidate.role and not (candidate.described and candidate.apposition is None)
    if len(words) != 2 or role_before or candidate.apposition or candidate.record_role:
        return None, candidate  # "her aunt Olena Sydorivna", "writer Jamila Bey": a noun said of another person
    given, second = words
    honorific = second in POST_NAME_HONORIFICS
    if not honorific and not second.endswith(FEMALE_PATRONYMIC_ENDINGS):
        return None, candidate
    if honorific and any(token.low == second and not _beside_capital(body, tokens, index, given_cache)
                         for index, token in enumerate(tokens)):
        return None, candidate  # "Bey said": the word written alone is a surname ("Jamila Bey"), no honorific
    if _another_person(body, tokens, candidate, given):
        return None, candidate
    if honorific and not _address_gender_agrees(body, tokens, candidate, POST_NAME_HONORIFIC_GENDERS[second]):
        return None, candidate  # "Leyla Bey", "Deniz Bey, as they call her": a man's form is no woman's name
    fitting = [person for person in people.first_named(given)
               if any(len(held) >= 2 and held[0] == given for held in map(_name_words, person.names))
               and not any(len(held) >= 3 and held[1].endswith(FEMALE_PATRONYMIC_ENDINGS)
                           for held in map(_name_words, person.names))]  # "Oksana Ivanivna Roe" is no Petrivna
    if len(fitting) != 1:
        return None, candidate
    return fitting[0], (replace(candidate, tokens=candidate.tokens[:1]) if honorific else candidate)


# A pronoun saying a man or a woman, in an "as" or "who" clause set off by a comma right after a form of address
# ("Deniz Hanım, as the neighbours call her,", "Deniz Bey, who says he ..."): there the pronoun is the named
# person's; in other clauses it may be someone else's ("Deniz Hanım, whom he hired,").
_CLAUSE_AFTER_COMMA = re.compile(r",[ \t\u00a0]*(?:as|who)\b([^,.;:!?\n]*)", re.IGNORECASE)
_PRONOUN_WORD = re.compile(r"\b(?:" + "|".join(sorted(PRONOUN_GENDERS)) + r")\b", re.IGNORECASE)


def _address_gender_agrees(body: str, tokens: list[Token], candidate: _Candidate, gender: str) -> bool:
    """Whether a form of address saying `gender` fits the name it closes: the given name's own gender, where the
    given-name tables know it ("Leyla" a woman's: no "Leyla Bey"), and the first pronoun in an "as" or "who"
    clause set off right after it, where there is one ("Deniz Hanım, as the neighbours call her,"; not "...,
    call him,")."""
    given = tokens[candidate.tokens[0]]
    named = first_name_gender(body[given.start:given.end])
    if named is not None and named != gender:
        return False
    clause = _CLAUSE_AFTER_COMMA.match(body, tokens[candidate.tokens[-1]].end)
    pronoun = clause and _PRONOUN_WORD.search(clause.group(1))
    return not pronoun or PRONOUN_GENDERS[pronoun.group().lower()] == gender


def _beside_capital(body: str, tokens: list[Token], index: int, given_cache: dict[str, bool]) -> bool:
    """Whether the word at `index` is joined by a space to a given name before it ("Ayse Hanım", another person's
    honorific) or to a place's or road's word after it ("Bey Street", "Bey Square"). A title, a day or a function
    word before it ("Ms Bey", "On Monday Bey") or any other capitalised word after it ("said Bey Monday") leaves
    the word a surname written alone."""
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return bool(before and before.capital and _SPACE_GAP.match(body[before.end:tokens[index].start])
                and _given(before, given_cache) and before.low not in DAYS_MONTHS and before.low not in HONORIFICS
                and before.low not in TITLE_HEADS and before.low not in FUNCTION_WORDS
                or after and after.capital and _SPACE_GAP.match(body[tokens[index].end:after.start])
                and after.low in _PLACE_OR_ROAD_TAILS)


# The last words of a place's or a road's name ("Bey Street", "Bey Road", "Bey Square", "Bey Park").
_PLACE_OR_ROAD_TAILS = (INSTITUTION_TAILS | ROAD_TAILS | ROAD_TAILS_FAMILIES_BEAR | COORDINATED_PLACE_TAILS
                        | PLACE_NAME_TAILS | PLACE_TAILS_FAMILIES_BEAR | GROUND_TAILS_FAMILIES_BEAR)
# A possessive opening an apposition that makes the name a relative of someone ("Kemal Bey, his cousin,")
_KIN_POSSESSIVES = frozenset("his her their".split())


def _another_person(body: str, tokens: list[Token], candidate: _Candidate, given: str) -> bool:
    """Whether the text makes a form of address another person than the one named in full with its given name:
    the two names joined by "and" ("Jamila Roe and Jamila Bey", "Kemal Bey and Kemal Arslan": two people; not
    "Kemal waves and Kemal Bey", a verb between), or an apposition right after it making it a relative of
    someone ("Kemal Bey, his cousin,", "Olena Sydorivna, her aunt,"). A description of the person herself ("a
    widow", "the owner", "a mother of three") is no other person."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    if first >= 2 and tokens[first - 1].low in ("and", "&") and any(
            fold(tokens[index].low) == given
            and all(tokens[between].capital for between in range(index + 1, first - 1))
            for index in range(max(0, first - 4), first - 1)):
        return True  # "Jamila Roe and Jamila Bey"
    if last + 2 < len(tokens) and tokens[last + 1].low in ("and", "&") and fold(tokens[last + 2].low) == given:
        return True  # "Jamila Bey and Jamila Roe"
    if not body.startswith(",", tokens[last].end) or last + 2 >= len(tokens):
        return False
    possessive, noun = tokens[last + 1], tokens[last + 2]
    return possessive.low in _KIN_POSSESSIVES and not noun.capital and noun.low in KIN_NOUNS


def _paternal_owner(people: "_People", candidate: _Candidate, surface: str,
                    tokens: list[Token]) -> "_Person | None":
    """The person whose longer full name has this name's given name first and its surname inside, before a
    last surname: "Maria Lopez" of "Maria Fernanda Lopez Arce" (a Spanish or Portuguese name shortened to the
    given name and the father's surname); the latest mentioned."""
    words = _name_words(surface)
    if len(words) != 2:
        return None
    given, surname = words
    fitting = [person for person in people.first_named(given)  # (vouched for: no headline's run-on word after)
               if person.vouched and any(len(held) >= 3 and held[0] == given and surname in held[1:-1]
                      for held in map(_name_words, person.names))]
    if not fitting:
        return None
    start = tokens[candidate.tokens[0]].start
    return max(fitting, key=lambda person: person.last_before(start))


def _tail_owner(people: "_People", candidate: _Candidate, surface: str, tokens: list[Token]) -> "_Person | None":
    """The person whose longer full name ends with this name of two words or more, though its first word may be
    a given name: a particle surname ("Del Vasto" of "Lorenzo Del Vasto", "Ter Mors" of "Sanne ter Mors") or
    the last names of a long one ("Costa Ramalho" of "Ana Paula da Costa Ramalho"); the latest mentioned."""
    words = _name_words(surface)
    if len(words) < 2:
        return None
    fitting = [person for person in people.inner_named(words)
               if any(len(held) > len(words) and held[-len(words):] == words
                      for held in map(_name_words, person.names))]
    if not fitting:
        return None
    start = tokens[candidate.tokens[0]].start
    return max(fitting, key=lambda person: person.last_before(start))


# A biography's opening after a name: "Jo Roe is a photographer ...", "Jo Roe, 34, has covered ..." (`credits.BIO_VERBS`).
_BIO_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+" + credits.BIO_VERBS + r"\b")


def _credited_bio_only(body: str, person: _Person, credited_names: set[str]) -> bool:
    """Whether a person credited by the page (a byline, a photo credit: `furniture_names`) is otherwise only the
    subject of a biography's opening ("Photographs by Jo Roe. Jo Roe is a photographer based in Dakar."): the
    credit's author introduced, nobody the article tells of."""
    return (any(" ".join(name.split()).casefold() in credited_names for name in person.names)
            and all(_biography_opening(body, mention.end) for mention in person.mentions))


def _biography_opening(body: str, end: int) -> bool:
    """Whether the sentence goes on from a name as a biography: a biography's verb, and a word of the job of
    writing or pictures in the sentence ("Jo Roe is a photographer based in Dakar"; not "Jo Roe was sworn in")."""
    if not _BIO_AFTER.match(body, end):
        return False
    sentence = _BIO_SENTENCE.match(body, end).group()
    return not credits.BIO_WORDS.isdisjoint(_LOWER_WORD.findall(sentence.lower()))


_BIO_SENTENCE = re.compile(r"[^.!?\n]{0,200}")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _family_plurals(people: list[_Person]) -> set[str]:
    """The plural forms ("Roes", "Bushes") of the surnames the article's people bear in a full name: a bare word
    written so names their family or several of its members, not one more person. A set built once per
    article, each person then costs one look-up."""
    plurals = set()
    for person in people:
        if len(person.best_name.split()) > 1 and person.parts.surname:
            surname = person.parts.surname.casefold()
            plurals.add(surname + ("es" if surname.endswith(_SIBILANT_ENDINGS) else "s"))
    return plurals


_SIBILANT_ENDINGS = ("s", "sh", "ch", "x", "z")  # "Bush" -> "Bushes", "Marx" -> "Marxes"; else "Roe" -> "Roes"
# What stands before a plural name: "both" or "the", then at most three lowercase words that are no preposition
# or conjunction ("both former president Bushes", "the Roes"; not "the campaign of Harris").
_PLURAL_BEFORE = re.compile(r"\b(?:[Bb]oth|[Tt]he)(?:[ \u00a0]+(?!(?:of|for|to|by|with|and|or|but|in|on|at|from|than|as|"
                            r"like|about|against|over|under|after|before)\b)[a-z][\w-]*){0,3}[ \u00a0]+$")


def _plural_only(body: str, person: _Person) -> bool:
    """Whether a person known by one word ending in "s" is only ever written after "both" or "the": a family or
    several namesakes ("the Roes", "both Bushes"), not one person."""
    name = person.best_name
    if " " in name or not name.endswith("s"):
        return False
    return all(_PLURAL_BEFORE.search(body, max(0, mention.start - 48), mention.start) for mention in person.mentions)


class _People(list):
    """The article's people in order of creation, indexed so that a name is compared with the few people who
    may bear it (same surname skeleton, given name or registry entry), not with everyone: an article naming
    thousands of people costs thousands of look-ups, not millions of comparisons."""

    def __init__(self) -> None:
        super().__init__()
        self._order: dict[int, int] = {}
        self._by_skeleton: dict[str, dict[int, _Person]] = {}
        self._by_first: dict[str, dict[int, _Person]] = {}
        self._by_entry: dict[int, dict[int, _Person]] = {}
        self._by_inner: dict[str, dict[int, _Person]] = {}

    def add(self, person: _Person) -> None:
        self._order[id(person)] = len(self)
        self.append(person)
        self.index_parts(person)
        self._by_first.setdefault(person.first_token, {})[id(person)] = person
        self.index_entry(person)
        for name in person.names:
            self.index_name(person, name)

    def index_name(self, person: _Person, name: str) -> None:
        """File the person under the words of a full name after its first ("López Obrador" and "Obrador" of
        "Andrés Manuel López Obrador"), so a compound surname written alone finds its owner."""
        words = _name_words(name)
        for word in words[1:]:
            self._by_inner.setdefault(word, {})[id(person)] = person

    def inner_named(self, words) -> list[_Person]:
        """The people one of whose full names holds `words` together, after its first word."""
        words = tuple(words)
        found = []
        for person in self._by_inner.get(words[0], {}).values():
            for name in person.names:
                held = _name_words(name)
                if any(held[i:i + len(words)] == words for i in range(1, len(held) - len(words) + 1)):
                    found.append(person)
                    break
        return self.ordered(found)

    def index_parts(self, person: _Person) -> None:
        """File the person under the skeleton of its (possibly new) surname; `same_person` needs equal ones."""
        self._by_skeleton.setdefault(skeleton(person.parts.surname), {})[id(person)] = person

    def index_entry(self, person: _Person) -> None:
        if person.entry is not None:
            self._by_entry.setdefault(id(person.entry), {})[id(person)] = person

    def ordered(self, *groups) -> list[_Person]:
        if len(groups) == 1 and len(groups[0]) < 2:
            return list(groups[0])  # one group of one person or none (most names): nothing to merge or sort
        found = {id(person): person for group in groups for person in group}
        if len(found) < 2:
            return list(found.values())  # most names have one possible owner or none: nothing to sort
        return sorted(found.values(), key=lambda person: self._order[id(person)])

    def surname_like(self, surname: str):
        return self._by_skeleton.get(skeleton(surname), {}).values()

    def first_named(self, given: str):
        return self._by_first.get(given, {}).values()

    def of_entry(self, entry: PersonEntry):
        return self._by_entry.get(id(entry), {}).values()


def _owner(people: _People, parts: NameParts, candidate: _Candidate, tokens: list[Token]) -> _Person | None:
    """The person of this article a partial name refers to: the latest mentioned one when several fit."""
    start = tokens[candidate.tokens[0]].start
    similar = people.ordered(people.surname_like(parts.surname))
    if parts.has_given:
        fitting = [person for person in similar if same_person(parts, person.parts)]
    else:
        # "Siti Aishah binti Haji Yusof ... said Haji Yusof, her father": after "bin"/"binti" comes the father's
        # own name, so a lone "Yusof" is the father, not the child; the short form with its particle ("bin
        # Khalid said") is the child's
        fathered = _after_patronymic_particle(candidate, tokens)
        similar = [person for person in similar if fathered or not _patronymic_surname(person)]
        fitting = [person for person in similar if person.parts.surname == parts.surname]
        if (fitting and len(candidate.tokens) == 1 and candidate.role
                and candidate.role.split()[-1].lower() in REGNAL_TITLES):
            # "Sultan Idris" after "Anwar Idris": a monarch's name is no family name; only someone titled so too
            fitting = [person for person in fitting if any(
                mention.role and mention.role.split()[-1].lower() in REGNAL_TITLES for mention in person.mentions)]
        if not fitting and len(parts.surname) >= _MISSPELT_SURNAME_MIN:
            # "Giulini" for "Giuliani", "Keidis" for "Kiedis": the same consonants, a vowel dropped or swapped.
            fitting = [person for person in similar if OSA.distance(person.parts.surname, parts.surname) <= 1]
        if not fitting and len(candidate.tokens) == 1:
            # "Mark" alone: someone whose given name it is, when nobody has it as a surname; a registry's given
            # name the article never wrote ("Johnson" as the registry's "Boris Johnson") is taken only by a titled
            # one ("Sir Keir"): "Boris from Croydon ... Johnson's spokesman" is a caller, not Boris Johnson
            fitting = [person for person in people.ordered(people.first_named(parts.surname))
                       if person.entry is None or _given_written(person) or _titled_before(candidate, tokens)
                       or _beside_surname(person, candidate, tokens)]
        if not fitting and len(candidate.tokens) == 1:
            # "Hoa" of "Do Van Hoa": a family-first name of three words or more is shortened to its last
            # word, the given name Vietnamese names are known by
            fitting = [person for person in people.inner_named((parts.surname,)) if any(
                len(name.split()) > 2 and family_first(name.split()) and _name_words(name)[-1] == parts.surname
                for name in person.names)]
    if not fitting:
        return None
    if len(fitting) > 1 and candidate.role:
        # "President Bush" in an article naming two Bushes: the one who held that office.
        holders = [p for p in fitting if p.entry is not None and _held(p.entry, candidate.role)]
        fitting = holders or fitting
    if len(fitting) > 1:
        # "Trump Jr." when the article names both Donald Trump and Donald Trump Jr.: the one written with "Jr."
        generation = _generation(" ".join(tokens[index].text for index in candidate.tokens))
        if generation:
            fitting = [p for p in fitting if generation in map(_generation, p.names)] or fitting
    if len(fitting) > 1 and not parts.has_given:
        # "Rodel Abad ... His wife, Liza Abad, ... Abad pulls": a relative introduced by a family word after one
        # who shares the surname is written by her own name afterwards; the lone surname is the first one's
        principals = [person for person in fitting if not _relative_of_earlier(person, fitting)]
        fitting = principals or fitting
        # "Sanders' son, Tywanza ... Sanders said": one written only by the given name (a child named after the
        # parent's kin noun) is not who the lone surname is, when another was written with it
        written = [person for person in fitting if any(person.parts.surname.casefold() in mention.surface.casefold()
                                                       for mention in person.mentions)]
        fitting = written or fitting
    if len(fitting) == 1:
        return fitting[0]

    return max(fitting, key=lambda person: person.last_before(start))


# Generational suffixes by the generation they mark ("Jnr" is "Jr."); regnal numbers are left out.
_GENERATION_MARKS = {"jr": "jr", "jnr": "jr", "sr": "sr", "snr": "sr"}
# "Ann Roe's son", "Ann Roe’s eldest son": the name is the parent of the son, the article's "Jr."; before "'s
# daughter" or "'s brother" it is as often the "Jr." himself, shortened ("Cal Ripken's brother Billy").
_NUMBERED_NAME = re.compile(r"[ \u00a0](?:II|III|IV|V|VI)$")
_SON_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?sons?\b")
# "his son Cal Roe", "his sons, Cal Roe and": a kin noun for a son right before the name
_NAMESAKE_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NAMESAKE_KIN)) + r")\b,?[ \u00a0]+$")


def _generation(name: str) -> str:
    """The generation a name's suffix marks: "jr", "sr" or "" (none written)."""
    words = name.split()
    return _GENERATION_MARKS.get(words[-1].lower().strip(".,"), "") if len(words) > 1 else ""


def _generation_clash(surface: str, person: _Person, body: str, start: int, end: int) -> bool:
    """Whether a full name written with (or without) "Sr."/"Jr." is someone else than `person`, who bears the same
    name: "Sr." is written only to tell a father from his namesake son, so it never joins the name written bare or
    with "Jr." (the son, usually the one the story is about); the bare name after "Sr." is the father again unless
    the article writes the "Jr." too. A bare name right before "'s son" ("Jon Roe's son") is the parent of the
    "Jon Roe Jr." of the article; after "Jon Roe Jr." it is otherwise his shortened name ("Martin Luther King Jr.
    ... Martin Luther King's daughter"). After "Sr.", a bare name a son's kin noun introduces ("his sons Cal Roe
    and Billy Roe", `kin.NAMESAKE_KIN`) or with a middle part no "Sr." name writes ("His son Jon T. Roe") is the
    son."""
    mine = _generation(surface)
    held = {_generation(name) for name in person.names}
    if mine == "sr":
        return bool(held - {"sr"})
    if mine == "jr":
        return "sr" in held
    if "" in held:
        return False
    if "jr" in held and _SON_POSSESSIVE_AFTER.match(body, end):
        return True
    if "sr" in held and (_NAMESAKE_KIN_BEFORE.search(body, max(0, start - 30), start) or (
            split_name(surface).middle and all(split_name(name).middle != split_name(surface).middle
                                               for name in person.names if _generation(name) == "sr"))):
        return True  # "his sons Cal Roe and ...", "His son Jon T. Roe": the son, not "Cal Roe Sr." / "Jon Roe Sr."
    # "Fred Roe Sr. ... Fred Roe later sold it": the father again, unless the article writes a "Fred Roe Jr."; a
    # numbered namesake ("Fred Roe III") is never him
    return "sr" in held and bool(_NUMBERED_NAME.search(surface)
                                 or re.search(re.escape(surface) + r",?[ \u00a0]+J(?:r|nr)\b", body))


# The owner of a kin noun right before a lone given name: a personal pronoun ("his daughter Ruth", "their son
# Abel") or a name's possessive ("Vance's daughter Ruth", "Jones' son Abel"), an adjective or two between ("his
# eldest son Abel"), an age after it ("his son, 26-year-old Abel").
_KIN_OWNER_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|([A-Z][\w'’-]*?)['’]s|([A-Z][\w'’-]*s)['’])\s+"
                               r"(?:[a-z-]+\s+){0,2}?(?:"
                               + "|".join(sorted(SURNAME_SHARING_KIN)) + r")[\s,]*(?:\d{1,3}-year-old\s+)?$")


# "X, known in the village as Abu Khaled,", "X, known locally as Mama Ada": another name the article calls a named
# person by (a kunya, a nickname), the words after "as" up to three capitalised ones.
_KNOWN_AS = re.compile(r"\b" + _KNOWN_AS_QUALIFIER + r"known"
                       r"(?:\s+(?:locally|(?:in|to|among|around|across)(?:\s+[a-z]+){1,3}))?\s+as\s+[\"“‘']?"
                       r"(?P<alias>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,2})\b")
# what stands between the named person and "known": a comma, an age, a bracket
_BEFORE_KNOWN_AS = re.compile(r"(?:,[ \u00a0]*\d{1,3})?[ \u00a0]*[,(][ \u00a0]*$")
# what runs on after the alias's words when they are no whole name: a number ("Route 9") or a further word
_ALIAS_RUNS_ON = re.compile(r"[ \u00a0]*[\dA-Z]")


def _known_as_aliases(body: str) -> dict[tuple[str, ...], tuple[int, bool]]:
    """The names written after "known as" (folded words), each with where its "known" stands and whether an
    honorific was left out before them ("known as Ratu Jo"); only a whole name ("known as Abu Omar,"), not the head
    of one a number or a further capitalised word runs on ("known across the islands as Route 9": a road, whose
    later "Route 9" is no one's mention)."""
    found: dict[tuple[str, ...], tuple[int, bool]] = {}
    for match in _KNOWN_AS.finditer(body):
        if not _ALIAS_RUNS_ON.match(body, match.end()):
            words = _alias_words(match.group("alias"))
            found[words] = (match.start(), len(words) < len(_name_words(match.group("alias"))))
    return found


def _alias_words(alias: str) -> tuple[str, ...]:
    """An alias's words, folded, with the honorifics before them left out the way a name's are ("known as Ratu
    Jo", "known as Dr Lulu": the later mention is the name "Jo", "Lulu"); a word that is only an honorific stays."""
    words = _name_words(alias)
    cut = 0
    while cut < len(words) - 1 and words[cut] in HONORIFICS:
        cut += 1
    return words[cut:]


def _alias_owner(body: str, people: "_People", known: int, start: int) -> "_Person | None":
    """The person named right before "known as" ("Mahmoud Roe, known in the village as Abu Khaled"), whose other
    name a later (or the same) mention at `start` is; none when no one was named right before it ("a man known as
    Abu Khaled" names him by that name alone)."""
    if start < known:
        return None
    for person in people:
        for mention in person.mentions:
            if mention.end <= known and _BEFORE_KNOWN_AS.match(body[mention.end:known]):
                return person
    return None


# an honorific a title name may stand before ("Toleafoa Dr. Ana Roe"): without one, no title names are sought
_FAMILY_HONORIFIC = re.compile(r"\b(?i:" + "|".join(sorted({re.escape(word.rstrip(".")) for word in
                                                           FAMILY_NAME_HONORIFICS}, key=len, reverse=True)) + r")\b")


def _title_names(body: str, tokens: list[Token], candidates: list[_Candidate],
                 lower_words: set[str]) -> dict[str, int]:
    """Chiefly title names written before an honorific and a person's name ("Toleafoa Dr. Ana Roe", "Professor
    Lemalu Dr. Jo Roe", a Samoan matai title): the title name, folded, to the first token of the name after the
    honorific. Such a name is the person's too, and the article may call them by it alone later ("Toleafoa said")."""
    found: dict[str, int] = {}
    for start in {candidate.tokens[0] for candidate in candidates if len(candidate.tokens) > 1}:
        if _title_name_before(body, tokens, start, lower_words):
            found[tokens[start - 2].low] = start
    return found


def _title_name_before(body: str, tokens: list[Token], start: int, lower_words: set[str]) -> bool:
    """Whether a title name and an honorific stand right before the name at `start` ("Toleafoa Dr. Ana Roe"). The
    word must stand alone before the honorific, one space between (after nothing capitalised but a title: "Jane Roe
    Dr. Jo Lee" is no title name; nor after a preposition: "clinics in Vaitele Dr. Jo Lee runs") and be no title,
    honorific, weekday, month, function word or word the body writes in lowercase."""
    honorific, word = start - 1, start - 2
    if word < 0 or tokens[honorific].low not in FAMILY_NAME_HONORIFICS:
        return False
    token = tokens[word]
    if (not token.capital or token.acronym or token.initial or token.possessive or _is_role_word(token)
            or token.low in HONORIFICS or token.low in lower_words or token.low in DAYS_MONTHS
            or token.low in FUNCTION_WORDS or _is_org_or_place([token.low], False)):
        return False
    if tokens[honorific].start - token.end != 1 or not body[token.end].isspace():
        return False  # "who lives in Loyang, Ms Ana Roe": a comma between, no title name
    if word > 0 and not tokens[word - 1].capital and tokens[word - 1].low in FUNCTION_WORDS:
        return False  # "clinics in Vaitele Dr. Ana Roe runs": a place after a preposition
    return not (word > 0 and tokens[word - 1].capital and not _is_role_word(tokens[word - 1])
                and not token.sentence_start)  # "Jane Roe Dr. Jo Lee": a name before, not a title name


def _title_name_owner(people: "_People", title_names: dict[str, int], tokens: list[Token],
                      candidate: _Candidate) -> "_Person | None":
    """The person whose chiefly title name a lone word is ("Toleafoa said" after "Toleafoa Dr. Ana Roe")."""
    first = candidate.tokens[0]
    start = title_names.get(tokens[first].low)
    if start is None or start - 2 == first:
        return None
    for person in people:
        if any(mention.start == tokens[start].start for mention in person.mentions):
            return person
    return None


def _kin_family_name(body: str, tokens: list[Token], candidate: _Candidate, people: "_People",
                     known: bool = True) -> str | None:
    """The family name a given name alone after a born kin noun (`kin.SURNAME_SHARING_KIN`) bears: the surname of
    the person owning the noun, by a possessive of their name or by a pronoun after them, the one person of the
    sentence before it who may be of its gender; a man's kin, or a woman's children. None when no person of the
    article surely owns it (two men before "his"), or the owner is a woman and the kin her father, brother or
    sister. A given name no list knows (not `known`: "Rudd's son, Tywanza") takes the family name only when the
    owner's own given name is a known one ("Felicia Rudd"): a name of a people whose children bear no family name
    ("Thejavi Rhakho's son, Vilhoukhrie") is known to neither list."""
    start = tokens[candidate.tokens[0]].start
    window = body[max(0, start - 60):start]
    found = _KIN_OWNER_BEFORE.search(window)
    if not found:
        return None
    owner_at = max(0, start - 60) + found.start()
    # a woman's father, brothers and sisters may bear her maiden name, not the married one she is written by ("her
    # father Hugh" after Hillary Clinton): only her children take her name
    child = re.search(r"(\w+)[\s,]*(?:\d{1,3}-year-old\s+)?$", found.group(0)).group(1).lower() in CHILD_KIN
    nearest = None
    if found.group(1) or found.group(2):
        # "Omar Pell's son Abel": the possessive must be a person's own mention, a man's but for a child
        nearest = next((person for person in people if person.parts.given and any(
            mention.start <= owner_at < mention.end for mention in person.mentions)), None)
        if nearest is not None and not child and _person_gender(nearest) != "male":
            return None
    elif found.group(0)[:5].lower() == "their":
        # "Khizr and Ghazala Khan ... their son, Humayun": a couple's or a family's child, when the person last
        # named before the pronoun shares a surname with another person of the article (the parents named
        # together); one person alone, or two of different names, may be anyone's "their"
        if not child:
            return None
        last = max(people, key=lambda person: person.last_before(owner_at), default=None)
        if last is None or last.last_before(owner_at) < 0 or not last.parts.surname or sum(
                person.parts.surname == last.parts.surname for person in people if person.parts.given) < 2:
            return None
        nearest = last
    else:
        # "his son Jim": the one person before the pronoun in its sentence who may be of its gender; with two
        # ("Omar Pell asked Tom Rudd to mind his son Jim") the pronoun says not whose, so the given name stays alone
        her = found.group(0)[:3].lower() == "her"
        if her and not child:
            return None
        sentence = max(body.rfind(". ", 0, owner_at), body.rfind("\n", 0, owner_at))
        unlike = "male" if her else "female"
        fitting = [person for person in people if person.parts.given and person.last_before(owner_at) > sentence
                   and _person_gender(person) != unlike]
        nearest = fitting[0] if len(fitting) == 1 else None
    if nearest is None or not known and not (nearest.parts.given and is_given_name(nearest.parts.given[0])):
        return None
    words = [word for word in nearest.best_name.split() if _generation(f"x {word}") == ""]
    return words[-1] if len(words) > 1 else None


def _person_gender(person: "_Person") -> str | None:
    """'male' or 'female' as the person's given name says (`given_names.first_name_gender`), else None."""
    return first_name_gender(person.parts.given[0].capitalize()) if person.parts.given else None


# A date word right before a month or a day ("in May", "since Monday", "mid-May"), a day's number right after one
# ("May 3"): the word is the date's, never a person's.
_DATE_WORD_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|"
                               r"[Ff]rom|[Tt]hrough|[Tt]his|[Ee]ach|[Ee]very|[Oo]n|[Dd]uring|[Bb]efore|[Aa]fter)"
                               r"(?:[ \u00a0]+|-)$")
# ... of which the ones that are conjunctions as often: a clause's subject follows them, so a speech verb right
# after the word shows the person ("After May said the deal was dead")
_CONJUNCTION_BEFORE = re.compile(r"\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter)[ \u00a0]+$")
_DAY_NUMBER_AFTER = re.compile(r"[ \u00a0]+\d{1,2}\b")


def _spoken_stop_surnames(body: str, tokens: list[Token], people: "_People") -> None:
    """Add the lone surname of a person named in full whose surname is a function word ("Al From"): no run holds
    it alone, so it is taken where it speaks, a speech verb right before or after it ("said From.", "From
    added"); "From there, ..." stays a word."""
    surnames = {}
    for person in people:
        if person.parts.surname in FUNCTION_WORDS and len(person.best_name.split()) > 1:
            surnames.setdefault(person.parts.surname, []).append(person)
    for surname, owners in surnames.items():
        if len(owners) != 1:
            continue  # two of the article's people share it: the lone word says not whose
        owner = owners[0]
        for token in tokens:
            if (token.low != surname or not token.capital or token.start in owner.starts
                    or any(m.start <= token.start < m.end for m in owner.mentions)):
                continue
            end = token.start + len(token.text.removesuffix("'s").removesuffix("’s"))
            if token.low in DAYS_MONTHS and (_DAY_NUMBER_AFTER.match(body, end) or (
                    _DATE_WORD_BEFORE.search(body, max(0, token.start - 12), token.start)
                    and not (_CONJUNCTION_BEFORE.search(body, max(0, token.start - 12), token.start)
                             and _SPEECH_RIGHT_AFTER.match(body, end)))):
                continue  # "a report published in May said": the month, not Dan May
            if not (_SPEECH_RIGHT_AFTER.match(body, end)
                    or _SPEECH_BEFORE.search(body[max(0, token.start - 30):token.start])):
                continue
            owner.add(MentionRecord(surface=body[token.start:end], start=token.start, end=end))


def _relative_of_earlier(person: _Person, fitting: list[_Person]) -> bool:
    """Whether `person` was introduced by a family word (`kin.KIN_NOUNS`: "His wife, Liza Abad") after another of
    `fitting` was first mentioned."""
    if not person.mentions:
        return False
    opening = min(person.mentions, key=lambda mention: mention.start)
    role = opening.role or opening.apposition or ""
    words = role.lower().split()
    return bool(words) and words[-1] in KIN_NOUNS and any(
        other is not person and other.starts and other.starts[0] < opening.start for other in fitting)


def _after_patronymic_particle(candidate: _Candidate, tokens: list[Token]) -> bool:
    """Whether a lowercase "bin"/"ibn" stands right before the candidate: "bin Khalid said"."""
    first = candidate.tokens[0]
    return first > 0 and not tokens[first - 1].capital and tokens[first - 1].low in _PATRONYMIC_PARTICLES


def _patronymic_surname(person: _Person) -> bool:
    """Whether the person's surname is a father's name alone after a patronymic particle ("binti Haji Yusof"), not
    a family name after the father's ("Abdullah bin Nasser Al Marri": "Al Marri" is the family's)."""
    for name in person.names:
        words = name.split()
        for index, word in enumerate(words[1:-1], start=1):
            if word.lower() in _PATRONYMIC_PARTICLES:
                return len([w for w in words[index + 1:] if w.lower() not in HONORIFICS]) == 1
    return False


def _titled_before(candidate: _Candidate, tokens: list[Token]) -> bool:
    """Whether the candidate's role is a title written just before it ("Sir Keir"), not an apposition after it
    ("Boris, a caller,")."""
    first = candidate.tokens[0]
    return bool(candidate.role) and first > 0 and (
        tokens[first - 1].text.strip(".") == candidate.role.split()[-1].strip("."))


def _beside_surname(person: _Person, candidate: _Candidate, tokens: list[Token]) -> bool:
    """Whether the given name stands right beside one of the person's surname mentions, only a bracket, a quote
    mark or a comma between: "[Ivo] Kowal", "'Little Ivo' Kowal", "Kowal, Ivo J." (not across a sentence's end:
    "said Kowal. Ivo called")."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    starts = {mention.start for mention in person.mentions}
    ends = {mention.end for mention in person.mentions}
    if last + 1 < len(tokens) and tokens[last + 1].start in starts and tokens[last + 1].start - tokens[last].end <= 3:
        return True
    return (first > 0 and not tokens[first].sentence_start and tokens[first - 1].end in ends
            and tokens[first].start - tokens[first - 1].end <= 3)


def _given_written(person: _Person) -> bool:
    """Whether the article wrote the person's given name and surname together ("Boris Johnson"), not only a
    surname the registry completed."""
    return any(len(name.split()) > 1 for name in person.names)


def _attach(people: _People, candidate: _Candidate, surface: str, parts: NameParts, entry: PersonEntry | None,
            tokens: list[Token], full: bool, body: str) -> None:
    start, end = _span(tokens, candidate)
    body_mention = MentionRecord(surface=body[start:end], start=start, end=end,
                                 role=_visible(candidate.role or candidate.record_role),
                                 apposition=_visible(candidate.apposition))
    owners = people.ordered(people.of_entry(entry) if entry is not None else (),
                            people.surname_like(parts.surname) if full else ())
    if full and len(owners) > 1:
        # "Duncan Hunter" and "Duncan Hunter Sr." both of the article: a name joins the one written so first
        owners.sort(key=lambda person: surface not in person.names)
    for person in owners:
        if (entry is not None and person.entry is entry) or (full and person.parts.has_given
                                                              and same_person(parts, person.parts)
                                                              and not _generation_clash(surface, person, body, start, end)):
            person.add(body_mention)
            if full and surface not in person.names:
                person.names.append(surface)
                people.index_name(person, surface)
                if len(parts.given) + len(parts.middle) > len(person.parts.given) + len(person.parts.middle):
                    person.parts = parts
                    people.index_parts(person)
            if person.entry is None and entry is not None:
                person.entry = entry
                people.index_entry(person)
            person.vouched = person.vouched or candidate.evidence
            return
    if entry is not None and not parts.has_given:
        parts = split_name(entry.name)  # "Starmer" of the registry's "Keir Starmer": "Sir Keir" joins later
    person = _Person(parts=parts, names=[surface], mentions=[body_mention], entry=entry,
                     first_token=parts.given[0] if parts.given else "", vouched=candidate.evidence)
    people.add(person)


def _record(person: _Person) -> PersonRecord:
    person.mentions.sort(key=lambda m: m.start)
    entry = person.entry
    # Stored names use plain spaces whatever the text had ("Newt\xa0Gingrich").
    name = entry.name if entry is not None else " ".join(person.best_name.split())
    aliases = []
    for variant in person.names:
        variant = " ".join(variant.split())
        if variant != name and len(variant.split()) > 1 and variant not in aliases:
            aliases.append(variant)
    if entry is not None:
        aliases += [a for a in entry.aliases if a != name and a not in aliases]
    country = entry.country if entry is not None else None
    if country is None:
        for mention in person.mentions:
            country = _role_country(mention.role) or _role_country(mention.apposition)
            if country:
                break
    return PersonRecord(name=name, mentions=person.mentions, country=country, aliases=aliases)
