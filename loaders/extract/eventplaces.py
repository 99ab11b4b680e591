"""Where an event took place (split from `events`, behaviour unchanged): the place phrase attached to the trigger
in its sentence (`_location`: "in Gdańsk", "arrived in Warsaw", "the Polish capital", a venue "at the Iqbal
Stadium", a visit's object "visited Griffith", a war's land "invaded Ukraine", a place a gathering's clause goes on
to name past the window), never a body, a publication or a topic's place; and, when the text gives none, the
locality of a local body among the event's parties (`_local_body_place`: "Tarnby municipality" -> Tarnby); when
still none, the article's own place (`article_place`): the one place the article gives two or more of its events
and names in its title or lead.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract.data.cities import (LOCAL_GOVERNMENT_WORDS, NOT_LOCAL_BODY_WORDS, REMOVAL_FROM_STEMS,
                                         SITE_ACT_STEMS, SITE_BODY_HEADS,
                                         TOWN_BODY_HEADS, TOWN_BODY_LOOSE_HEADS, place_country)
from loaders.extract.data.dateforms import FEAST_NAMES, WEEKDAY_KEYS
from loaders.extract.data.eventwords import (AT_LAUNCHING_VERBS, AT_SERVICE_WORDS, AT_TARGET_VERBS, AT_THROWN_THINGS,
                                             AT_TIME_OR_SERVICE_WORDS, BODY_HEADS,
                                             CONTEST_DEFEAT_WITH_OFF, FACILITY_HEADS, GEOGRAPHIC_HEADS, NAMESAKE_VENUE_HEADS,
                                             PRESS_NOUNS, PUBLICATION_NOUNS, STREET_VENUE_HEADS)
from loaders.extract.data.given_names import is_given_name
from loaders.extract.data.lexicon import FUNCTION_WORDS
from loaders.extract.gazetteer import capital_of, country_of_demonym, find_places_and_organisations
from loaders.extract.orgnames import ORG_HEADS
from loaders.extract.parties import TOPIC_OPENER, force_of_nature

if TYPE_CHECKING:
    from loaders.extract.events import _Sentence, _Spans

_SPEECH = {"statement"}  # a statement is made where the text says it was, not where its content is
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")
_BODY_HEADS = BODY_HEADS  # (`eventwords`: "in the Brennvik District Court" is a body, not a place)

# Words that name a kind of place before its name: "in the province of Ontario", "the Polish city of Gdansk".
_PLACE_WORDS = ("city", "town", "port", "village", "province", "region", "state", "capital", "resort", "island",
                "district", "county")
# ("in the river city of Valdmark": one modifier word may stand before the place word; "off the Spratly Islands";
# a compass word before the place: "in northern Moldova")
_COMPASS = r"(?:(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|central)"
# ("at nearby Tarnvik": "nearby" before a name makes it a place, known or not)
_LOCATION = re.compile(r"\b(?:in|to|at|of|on|near|off)\s+(?:the\s+)?(?:" + _COMPASS + r"\s+|nearby\s+)?"
                       r"(?:(?:[a-z]+\s+)?(?:" + "|".join(_PLACE_WORDS)
                       + r")\s+of\s+)?"
                       r"((?:[A-Z][\w’'-]+)(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'-]+){0,3})")
# "off" as the particle of a win over a side ("held off the Falcons", "fended off the Lions":
# `eventwords.CONTEST_DEFEAT_WITH_OFF`), not of a place off a coast
_CONTEST_OFF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(CONTEST_DEFEAT_WITH_OFF, key=len, reverse=True))
                                 + r")\s+$", re.I)
# What a visit goes to when the verb takes it as its object: "visit Griffith and Leeton", "toured the Eastern Shore".
_VISITED = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,3}"
                      r"(?:\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?)")
# A clause coordinated after the trigger's: its places are its own.
_NEXT_CLAUSE = re.compile(r"[;,]\s+(?:and|but|while|whereas)\s")
_NEARBY = re.compile(r"\bnearby\s+$")
_ACRONYM = re.compile(r"[A-Z][A-Z&.]+")
_CAPITAL_AFTER = re.compile(r"\s+capital\b")  # "the Polish capital": a demonym before it names the capital
# "the Polish city of Gdansk", "the Iraqi province of Anbar": the place named after a demonym and a place word
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:(?:northern|southern|eastern|western|central|coastal|border)\s+)?"
                                r"(?:" + "|".join(_PLACE_WORDS) + r")"
                                r"\s+of\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# An unknown capitalised word with an adjective's ending, before a lower-case noun, is no place.
# ("Busan in June" is a place: the ending is an adjective's, "-ican", "-ian", "-ern", "-atic", "-ish", "-ese",
# and the next word a noun, not a preposition, conjunction or verb)
_ADJECTIVE_FORM = re.compile(r"(?:ican|ian|ern|atic|ish|ese)$")
_LOWER_WORD_AFTER = re.compile(r"\s+(?!(?:in|on|at|to|for|with|and|or|of|by|from|as|is|was|were|are|has|had|have|"
                               r"will|would|said|says|on)\b)[a-z]")
_CALENDAR_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
# A war's or attack's verb takes the land it happened in as its object ("invaded Ukraine", "attacked Kabul").
_STRIKE_VERB = re.compile(r"(?:invaded|attacked|bombed|shelled|struck|raided|stormed)$", re.I)
# ... and a force of nature's verb the land it hit ("Cyclone Evan struck Apia", "the storm battered Nova Scotia"):
# `parties.force_of_nature`
_MOVEMENT_VERB = re.compile(r"(?:return|returns|returned|travel|travels|travelled|traveled|fly|flies|flew|sail|"
                            r"sails|sailed|move|moves|moved|go|goes|went|come|comes|came)$", re.I)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_VISIT_VERB = re.compile(r"(?:visit|visits|visited|visiting|tour|tours|toured|touring)$", re.I)
# A venue is a place whatever the gazetteer knows: "at the Iqbal Stadium", "at the Norwegian Embassy in Seoul".
# "in" after a publication's noun names the publication ("a report in Expresso"); a place before a press noun
# qualifies the press ("reports in the Rome press"). The words: `eventwords.PUBLICATION_NOUNS`, `PRESS_NOUNS`.
_PUBLICATION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PUBLICATION_NOUNS, key=len, reverse=True))
                                 + r")\s+(?:\w+\s+)?in\s+$", re.I)
_PRESS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(PRESS_NOUNS, key=len, reverse=True)) + r")\b", re.I)
# A lower-case place word after an unknown name makes it a place ("the Holtavik peninsula", "Brennvik district").
_GEO_HEAD_AFTER = re.compile(r"\s+(" + "|".join(sorted(GEOGRAPHIC_HEADS, key=len, reverse=True)) + r")\b")
# A place past the window locates the trigger only along its own clause: no clause break between, within reach.
_OWN_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:that|which|what|who|whom|whose|and|but|while|where|when|as|"
                               r"because|after|before|since|until|if)\b")
_CLAUSE_REACH = 200
# (the events held somewhere that a clause goes on to place: a gathering, a telling, a signing, a vote)
_SETTING_TYPES = frozenset({"meeting", "press_conference", "statement", "visit", "delegation_visit",
                            "agreement_signing", "vote_veto", "phone_call"})
# A telling's content clause ("told a news conference on Monday that no jobs would be lost in Bergen") names the
# places of what was told, not where it was told; a relative "that" ("a news conference that was held in Oslo")
# is the telling's own clause.
_TELLING_TYPES = frozenset({"press_conference", "statement"})
_TOLD_CONTENT = re.compile(r"\bthat\s+(?!(?:was|were|is|are|had|has|took|opened|began|ended|followed)\b)", re.I)
_SETTING_AFTER = re.compile(r"\s+(?:at|during|in|from)\s+(?:an?|the|his|her|their|its)\s")
_VENUE_HEADS = frozenset("stadium arena hall centre center embassy consulate hotel palace airport park square house "
                         "museum cathedral church mosque temple theatre theater court courthouse depot harbour harbor "
                         "port station base camp university college school hospital marina terminal garden ground "
                         "showground fairground".split())


def _venue_head(word: str) -> bool:
    """Whether a name's last word is a venue's head, singular or plural ("Stadium", "Gardens", "Law Courts")."""
    word = word.lower()
    return word in _VENUE_HEADS or word in _PLURAL_VENUE_HEADS


# The venue heads a place's name takes in the plural ("Botanic Gardens", "Law Courts", "Wexley Showgrounds",
# "Ferris Halls", "Assembly Rooms", "Council Chambers"); other plurals end a firm's or a group's name ("Associated
# British Ports", "Grand Hotels", "Northern Stations", "Northern Airways").
_PLURAL_VENUE_HEADS = frozenset("gardens courts grounds showgrounds fairgrounds halls rooms chambers buildings "
                                "cloisters baths".split())


_WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAY_KEYS)  # "Monday|Tuesday|...|Sunday"
_VENUE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_VENUE_HEADS)) + r")\b")
_NOT_PLACE = re.compile(r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:Jewish|Arab|Muslim|Islamic|Christian|Western|Eastern|" + _WEEKDAY_NAMES +
                        r"|January|February|March|April|"
                        r"May|June|July|August|September|October|November|December|The|This|That|Prime|President|"
                        r"Minister|Foreign|Russian|Israeli|American|His|Her|Their|Its)\b")
# A place written as the modifier of an election or vote ("the Osun State governorship election"): where it is
# held. The place is one the gazetteer knows or one named with a place word.
_PLACE_NAMED_TYPES = frozenset({"election", "vote_veto"})
_PLACE_MODIFIER = re.compile(r"\b(?:the|a|an|this|last|next|its|their)\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,3})"
                             r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}$")
_PLACE_HEADS = frozenset("state province county region city district municipality prefecture oblast territory "
                         "borough parish canton governorate".split())


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def namesake_venue(body: str, name_start: int, name_end: int, dateline_town: str | None) -> str | None:
    """What the name at body[name_start:name_end] is before a venue word often named after a person, a monarch or
    a word (`eventwords.NAMESAKE_VENUE_HEADS`: "Victoria station", "Kennedy airport", "Union Station"): "dateline"
    before a street-level venue (`STREET_VENUE_HEADS`) when there is a dateline, whose town is preferred; "none"
    when it is a given name, or before a street-level venue a name the towns table and the gazetteer do not know
    as a town (not the venue's town); None when no such venue word follows, or the name is a town's."""
    words = body[name_start:name_end].split()
    if len(words) > 1 and words[-1].lower() in NAMESAKE_VENUE_HEADS:
        head, name = words[-1].lower(), " ".join(words[:-1])
    else:
        after = _NEXT_WORD.match(body, name_end)
        if after is None or after.group(1).lower() not in NAMESAKE_VENUE_HEADS:
            return None
        head, name = after.group(1).lower(), " ".join(words)
    if dateline_town and head in STREET_VENUE_HEADS:
        return "dateline"
    name = re.sub(r"['’]s$", "", name)
    if any(is_given_name(word) for word in name.split()):
        return "none"  # a person's or a monarch's name: "Kennedy airport", "Victoria station"
    if head not in STREET_VENUE_HEADS:
        return None  # an airport or a bridge is named after its town unless after a person ("Paphos airport")
    known = place_country(name) or any(
        hit.kind == "capital" and hit.surface == name for hit in find_places_and_organisations(name))
    return None if known else "none"  # a station or a square after a word or a battle: "Union", "Trafalgar"


# A weekday written right after a place, with no comma ("during a speech in Milwaukee Saturday night"): the
# event's day, never part of the place's name.
_TRAILING_WEEKDAY = re.compile(r"\s+(?:" + _WEEKDAY_NAMES + r")$")


def _location(body: str, event_type: str, trigger: tuple[int, int], sentence: _Sentence, places: _Spans,
              people: _Spans, dateline_town: str | None = None) -> str | None:
    """The place the sentence puts the event in (`_place_of`), without a weekday run on to its name."""
    return located(body, event_type, trigger, sentence, places, people, dateline_town)[0]


def located(body: str, event_type: str, trigger: tuple[int, int], sentence: _Sentence, places: _Spans,
            people: _Spans, dateline_town: str | None = None) -> tuple[str | None, bool]:
    """`_location`, and whether the place is only the unknown name after a bare "at" (`_unknown_at_place`): weak
    evidence, which never keeps two mentions of one event apart (`eventmerge`)."""
    weak: list[str] = []
    place = _place_of(body, event_type, trigger, sentence, places, people, dateline_town, weak)
    place = _TRAILING_WEEKDAY.sub("", place) or None if place else place
    return place, bool(place and weak)


# A capitalised word right after a place's name: the place opens a longer proper name ("The Gambia Observer",
# "The Hague Convention"), a paper's or a treaty's, no place. A weekday is the event's day ("in The Hague Monday").
# A venue's name ending in a venue head is set in the place ("in The Hague District Court"): still the place. A
# country's mission is not in that country ("at The Gambia Embassy in Oslo"): no venue head here.
_MISSION_HEADS = frozenset({"embassy", "consulate"})
_NAME_GOES_ON = re.compile(r"[ \u00a0]+(?!(?:" + _WEEKDAY_NAMES + r")\b)"
                           r"(?!(?:[A-Z][\w'’-]*[ \u00a0]+){0,2}(?:" + "|".join(sorted(
                               w.capitalize() for w in _VENUE_HEADS - _MISSION_HEADS)) + r")\b)[A-Z]")
# A venue's name run on after the place, then a place of its own ("in The Hague Convention Centre in Lisbon"): the
# later place is where the venue stands.
_VENUE_THEN_PLACE = re.compile(r"(?:[ \u00a0]+[A-Z][\w'’-]*){1,3},?[ \u00a0]+(?:in|at)[ \u00a0]+[A-Z]")


def _known_place_opening(body: str, places: _Spans, start: int) -> bool:
    """Whether the gazetteer knows a place (not a body) whose name opens at `start` and is the whole proper name:
    "in The Hague", "in The Gambia" are places though "The" opens no place otherwise; "in The Gambia Observer" is
    not."""
    return any(begin == start and hit.kind in ("country", "capital", "region") and not _NAME_GOES_ON.match(body, end)
               and not _VENUE_THEN_PLACE.match(body, end)
               for begin, end, hit in places.within(start, start + 40))


def _place_of(body: str, event_type: str, trigger: tuple[int, int], sentence: _Sentence, places: _Spans,
              people: _Spans, dateline_town: str | None = None, weak: list[str] | None = None) -> str | None:
    window_start = max(sentence.start, trigger[0] - 60)
    window_end = min(sentence.end, trigger[1] + 80)
    if event_type in ("visit", "delegation_visit", "other") and _VISIT_VERB.search(body, trigger[0], trigger[1]):
        visited = _VISITED.match(body, trigger[1], window_end)
        if visited and not people.within(visited.start(1), visited.end(1)) and not _CALENDAR_WORD.match(
                visited.group(1)):
            # "visited CRL's Loyang depot": the place, not its owner
            return re.sub(r"^[^’']+['’]s\s+(?=[A-Z])", "", visited.group(1))
    if (event_type in ("war", "attack") and _STRIKE_VERB.search(body, trigger[0], trigger[1])) or (
            event_type == "other" and force_of_nature(body, trigger)):
        struck = next((hit for start, _, hit in places.within(trigger[1], window_end)
                       if hit.kind in ("country", "capital", "region")
                       and _OBJECT_GAP.fullmatch(body, trigger[1], start)), None)
        if struck is not None:
            # "invaded Ukraine", "attacked Kabul": the land the verb takes as its object; but a more precise place
            # of that land the sentence goes on to name wins ("struck Tonga, flattening homes in Nuku'alofa")
            if struck.kind in ("country", "region") and struck.country:
                finer = next((hit for start, _, hit in places.within(struck.end, sentence.end)
                              if hit.kind == "capital" and hit.country == struck.country), None)
                if finer is not None:
                    return finer.surface
                finer_town = _finer_town(body, struck, sentence)
                if finer_town is not None:
                    return finer_town
            return struck.surface
    if event_type in _PLACE_NAMED_TYPES:
        named = _PLACE_MODIFIER.search(body, max(sentence.start, trigger[0] - 60), trigger[0])
        if named and not people.within(named.start(1), named.end(1)) and not _NOT_PLACE.match(named.group(1)):
            known = [hit for _, _, hit in places.within(named.start(1), named.end(1))
                     if hit.kind in ("country", "capital", "region")]
            if known or named.group(1).split()[-1].lower() in _PLACE_HEADS:
                return named.group(1)  # "the Osun State governorship election", "the Lisbon mayoral vote"
    best, best_distance, best_known = None, None, None
    best_span = None  # (the body span of the best place, for the town or locality written with it)
    taken: list[tuple[str, object]] = []  # the places of the trigger's window read as its own, with their hits
    far_best = arrival = at_unknown = None
    for match in _LOCATION.finditer(body, window_start, sentence.end):
        far = match.start() >= window_end  # (a place that starts in the window is read whole: "in Rome", not "Ro")
        if far and (best is not None or far_best is not None or event_type not in _SETTING_TYPES
                    or match.start() - trigger[1] > _CLAUSE_REACH
                    or _OWN_CLAUSE_BREAK.search(body, trigger[1], match.start())):
            break  # further along the trigger's own clause only, and only when the window holds no place
        place = re.sub(r"['’]s\b.*$", "", match.group(1))  # "in Ohio's Democratic primary": Ohio
        capital = None
        named_after = _NAMED_PLACE_AFTER.match(body, match.end(1)) if len(place.split()) <= 3 else None
        # ("the Red Sea port of Aqaba": the place the qualified place word names)
        if country_of_demonym(place.split()[0]) or named_after:
            # (a word before "city of X" qualifies X even when no demonym the gazetteer knows: "the northern
            # Brennish city of Valdmark")
            named = named_after
            if named:
                capital = named.group(1)  # "in the Polish city of Gdansk"
            elif len(place.split()) == 1 and _CAPITAL_AFTER.match(body, match.end(1)):
                capital = capital_of(country_of_demonym(place) or "")  # "arrived in the Polish capital": Warsaw
            if not capital:
                continue
        if (_NOT_PLACE.match(place) and not _known_place_opening(body, places, match.start(1))) or people.within(
                match.start(1), match.end(1)) or people.containing(
                match.start(1), match.end(1)):
            continue
        if event_type in _TELLING_TYPES and _TOLD_CONTENT.search(body, trigger[1], match.start()):
            continue  # "told a press conference that no jobs would be lost in Bergen": a place of what was told
        if not capital and (_PUBLICATION_BEFORE.search(body, max(0, match.start() - 30), match.start() + 3)
                            or _PRESS_AFTER.match(body, match.end(1))):
            continue  # "a report in the Lisbon press", "an interview in Expresso": a publication, no place
        preposition = match.group(0).split()[0].lower()
        if preposition == "off" and _CONTEST_OFF_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            continue  # "held off the Falcons": the particle of a win over a side, no place off a coast
        namesake = namesake_venue(body, match.start(1), match.end(1), dateline_town) if preposition == "at" else None
        if namesake == "none":
            continue  # "at Kennedy airport": a person's or a word's name, not the town
        if namesake == "dateline" and not far:
            # "LONDON — ... gathered at Victoria station": a street-level venue of the dateline's town
            distance = match.start() - trigger[1] if match.start() >= trigger[1] else trigger[0] - match.end() + 1
            if best_distance is None or distance < best_distance:
                best, best_distance = dateline_town, distance
            continue
        if namesake == "dateline":
            continue
        known = None if capital else next((hit for start, _, hit in places.within(match.start(1), match.end(1))
                                           if start == match.start(1)), None)
        geographic = None if known or capital else _GEO_HEAD_AFTER.match(body, match.end(1))
        if geographic:
            place = f"{place} {geographic.group(1).lower()}"  # "on the Holtavik peninsula": a place by its word
        venue = ((preposition == "at" and _venue_head(place.split()[-1]))
                 # "landed at Paphos airport", "at the Limassol marina": a town's venue in lower case is the town
                 or (preposition == "at" and _VENUE_AFTER.match(body, match.end(1)) is not None)
                 or (geographic is not None and preposition in ("at", "on"))
                 or _NEARBY.search(body, match.start(), match.start(1)) is not None  # "at nearby Tarnvik"
                 # "landed at Tampere", "at the Braga riverside": a town the towns table knows
                 or (preposition == "at" and known is None and place_country(place) is not None))
        tour_of = (preposition == "of" and event_type in ("visit", "delegation_visit")
                   and match.start() - trigger[1] <= 1)  # "a tour of Australia"
        if preposition in ("at", "of", "on") and known is None and not venue and not tour_of:
            if (at_unknown is None and not far and preposition == "at" and event_type not in _SETTING_TYPES
                    and _near_the_trigger(body, trigger, match) and _unknown_at_place(body, match, place)):
                at_unknown = place  # "collapsed at Dingboche": the clause's only place, read last (but not a
                # gathering's: "met Ana Silva at Holmsen" may be at a firm)
            continue
        if preposition == "to" and event_type not in ("visit", "delegation_visit") and not (
                _MOVEMENT_VERB.search(body, trigger[0], trigger[1]) and _OBJECT_GAP.fullmatch(body, trigger[1],
                                                                                              match.start())):
            continue  # "a visit to Israel", "will return to the Farasan Islands" (a movement verb's goal right
            # after it), but "cooperation with Russia" is no place of a meeting
        if preposition in ("of", "on") and not tour_of and not geographic and (event_type not in ("war", "attack")
                                                            or match.start() - trigger[1] > 1):
            continue  # "invasion of Ukraine", "war on Gaza"
        if known is not None:
            place = known.surface
        place = capital or place
        if known is not None and (known.kind == "demonym" or (known.kind in ("organisation", "ministry") and (
                preposition == "at" or not (known.country or event_type == "vote_veto")))):
            continue  # "at the Quartet meeting", "a rift in NATO": a body, not a place (but "in the Kremlin" is one,
            # and a vote "in the Security Council" is held there)
        if known is None and not capital and " " not in place and _ADJECTIVE_FORM.search(place) and \
                _LOWER_WORD_AFTER.match(body, match.start(1) + len(place)):
            continue  # "in Southern states", "in the Republican primaries": an adjective of a common noun
        if known is None and not capital and place.split()[-1].lower() in _BODY_HEADS and event_type != "vote_veto":
            # "in the Brennvik District Court": the town its name opens with is the place, when the towns table
            # knows it; else the body's whole name stands as the venue ("in the Kessel District Court"), so an
            # unseen town neither loses the place nor, for an event with nobody named, the event
            place = next((" ".join(place.split()[:n]) for n in (2, 1)
                          if len(place.split()) > n and place_country(" ".join(place.split()[:n]))), place)
        if known is None and not capital and _ACRONYM.fullmatch(place):
            continue  # "the debate in GOP circles": an unknown acronym names a body, not a place
        if event_type in _SPEECH and match.start() > trigger[1] and len(body[trigger[1]:match.start()].split()) > 1 \
                and not _SETTING_AFTER.match(body, trigger[1]):
            continue  # "declared the outbreak in eastern Angola over": the place of what is told, not of the telling
            # (but "told reporters at a briefing ... in Tarnby": the telling's own setting)
        if match.start() < trigger[0] and _CLAUSE_BREAK.search(body, match.end(), trigger[0]):
            continue  # "violence in Russia, officials said the talks ...": another clause's place
        if match.start() > trigger[1] and _NEXT_CLAUSE.search(body, trigger[1], match.start()):
            continue  # "was blocked in March, and in May a landslide at nearby Tarnvik ...": the next clause's place
        if match.start() > trigger[1] and TOPIC_OPENER.search(body, trigger[1], match.start()):
            continue  # "the talks had also covered the fighting in Tripoli": the topic's place
        if far:
            far_best = place
            continue
        if match.start() < trigger[0] and _ARRIVAL_BEFORE.search(body, max(0, match.start() - 40), match.start()):
            arrival = arrival or place  # "arrived at Heathrow Airport for talks ... in London": the talks' own
            continue  # place after the trigger wins over the one the traveller came to
        distance = abs(match.start() - trigger[1]) if match.start() >= trigger[1] else trigger[0] - match.end() + 1
        taken.append((place, known))
        if best_distance is None or distance < best_distance:
            best, best_distance, best_known = place, distance, known
            best_span = (match.start(), match.start(1) + len(place)) if not capital and body.startswith(
                place, match.start(1)) else None
    if best_known is not None and best_known.kind == "country" and best_known.country:
        # "a state visit to China began in Beijing": a capital or known town of the nearest country that the
        # trigger's clause also places it in is the finer place
        finer = next((place for place, known in taken
                      if place != best and ((known is not None and known.kind == "capital"
                                             and known.country == best_known.country)
                                            or (known is None and place_country(place) == best_known.country))),
                     None)
        if finer is not None:
            return finer
    if best is not None and best_span is not None:
        return _with_holding_place(body, best, best_span, places, people)
    found = best or far_best or arrival or _removed_from(body, trigger, window_end, places, people)
    if found is None and at_unknown is not None and weak is not None:
        weak.append(at_unknown)  # (the last fallback: a weak place)
    return found or at_unknown


# An unknown name after a bare "at" ("fish kills at Tarnwell") is a place's when it is one or two capitalised words
# with no possessive, no firm's word after or in it ("at Velmora Motors", "at Halvex Ltd"), no feast ("at Easter"),
# no given name ("at Maria's"), no plural second word ("at Brenner Associates"), and the article never has it speak
# or act as a body does ("Brakton said").
_BARE_AT = re.compile(r"at\s+$")
_PLACE_WORD_FORM = re.compile(r"[^\W\d_][^\W\d_’'-]*(?:[’'-][^\W\d_]+)*")
# A feast or a feast's day ("at Easter", "at Christmas Eve", "at Easter Sunday"), not a place named for one ("at
# Christmas Creek")
_FEAST = re.compile(r"(?:" + FEAST_NAMES + r")(?:\s+(?:Eve|Day|Morning|Night|" + _WEEKDAY_NAMES + r"))?")
# The target of an active aiming verb right before "at" ("shot at Kowal", "aimed at Brexit"); not past an object,
# which may land in a place ("fired tear gas at Kencom"), nor a passive, whose subject was sent there ("tear gas had
# been fired at Kencom", "he was shot at Tarnwick", "got shot at Tarnwick"), nor a reduced passive after what was
# fired or thrown ("Shots fired at Kelvoe": `eventwords.AT_THROWN_THINGS`, after `AT_LAUNCHING_VERBS` only: "A missile
# aimed at Kowal" is the target), nor "opened fire at", said of places too.
_AIMED_AT = re.compile(r"(?<![\w’'-])(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )"
                       r"(?<!\bgot )(?<!\bget )(?<!\bgets )(?<!\bbeing )(?<!\bgotten )"
                       r"(?P<verb>" + "|".join(sorted(AT_TARGET_VERBS)) + r")"
                       r"\s+at\s+$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")
_NAME_PARTICLE_AFTER = re.compile(r"[ \u00a0]+(?:al|el|ad|as|ash|de|du|des|del|della|da|di|do|dos|la|le|van|von|der|"
                                  r"bin|ibn|bint)(?:-|[ \u00a0]+)[A-Z]")
_NEXT_WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _near_the_trigger(body: str, trigger: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether "at" follows the trigger within four words ("collapsed at", "broke free of its moorings at") or comes
    before it in the same stretch, no comma between: farther on it places the thing the clause names ("signed a deal
    for a solar farm at Crabbs"), not the event."""
    if match.start() >= trigger[1]:
        gap = body[trigger[1]:match.start()]
        return len(gap.split()) <= 4 and not re.search(r"[,;:()—–]", gap)
    return not re.search(r"[,;:()—–]", body[match.end():trigger[0]])


def _unknown_at_place(body: str, match: re.Match[str], place: str) -> bool:
    words = place.split()
    if place != match.group(1) or not 1 <= len(words) <= 2 or not _BARE_AT.fullmatch(
            body[match.start():match.start(1)]):
        return False
    if any(not _PLACE_WORD_FORM.fullmatch(word) or not word[0].isupper() or not word[1:].islower()
           or word.lower() in ORG_HEADS for word in words):
        return False
    if _FEAST.fullmatch(place) or _NOT_PLACE.match(place) or is_given_name(words[0]) or (
            len(words) == 1 and place.lower() in AT_TIME_OR_SERVICE_WORDS) or words[-1].lower() in AT_SERVICE_WORDS:
        return False  # (nor a time or a service: "at Noon", "at Mass", "at Midnight Mass"; "at Sunset Beach" is a place)
    if (aimed := _AIMED_AT.search(body, max(0, match.start() - 40), match.start(1))) and not (
            aimed.group("verb").lower() in AT_LAUNCHING_VERBS
            and (before := _WORD_BEFORE.search(body, max(0, aimed.start() - 30), aimed.start()))
            and before.group(1).lower() in AT_THROWN_THINGS):
        return False  # "shot at Kowal", "aimed at Brexit": the target
    if len(words) == 2 and re.search(r"[^su]s$", words[1]):
        return False  # "at Brenner Associates", "at Varnby Lanes": a plural ends a firm's or a group's name
    after = body[match.end(1):match.end(1) + 2]
    if after[:1] in ("'", "’"):
        return False
    if _NAME_PARTICLE_AFTER.match(body, match.end(1)):
        return False  # "at Khor al-Zubair", "at Auberge de Castille": a longer name the capitals do not end
    following = _NEXT_WORD_AFTER.match(body, match.end(1))
    if following and following.group(1).lower() in ORG_HEADS:
        return False
    return not re.search(r"(?<![\w’'-])" + re.escape(place) + r"(?:['’]s)?\s+(?:said|says|told|announced|has|have|had|"
                         r"will|would|confirmed|denied|added|stated|spokesperson|spokesman|spokeswoman|chief|"
                         r"executive|shares|employees|staff|workers)\b", body)


# "evacuated from Tarvik", "sent from Mount Hagen", "diverted water from the Varn river": the place after "from",
# past the removal's object words only (no clause break), a capitalised name of up to three words
_FROM_PLACE = re.compile(r"[^,;:.()\"“”—–]{0,40}?\bfrom\s+(?:the\s+)?((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2})"
                         r"(?![\w’'-])")


def _removed_from(body: str, trigger: tuple[int, int], window_end: int, places: _Spans, people: _Spans) -> str | None:
    """The place a removal (`cities.REMOVAL_FROM_STEMS`) removes from, when the clause names no other place: a name
    after "from" that is a place the gazetteer or the towns table knows, one a geographic word follows ("the Varn
    river"), or an unknown name that is no person, acronym, organisation or body ("from NATO", "from the Tarvik
    Board" are no places)."""
    words = body[trigger[0]:trigger[1]].lower().split()
    if not any(word.startswith(REMOVAL_FROM_STEMS) for word in words):  # ("sent", not "presented")
        return None
    found = _FROM_PLACE.match(body, trigger[1], window_end + 40)
    if found is None or _NOT_PLACE.match(found.group(1)) or _CALENDAR_WORD.match(found.group(1)):
        return None
    name, start, end = found.group(1), found.start(1), found.end(1)
    if people.within(start, end) or people.containing(start, end) or _ACRONYM.fullmatch(name):
        return None
    hits = [hit for _, _, hit in places.within(start, end)]
    if any(hit.kind in ("organisation", "ministry", "demonym") for hit in hits):
        return None
    if name.split()[-1].lower() in _BODY_HEADS:
        return None
    geographic = _GEO_HEAD_AFTER.match(body, end)
    if geographic and not hits:
        return f"{name} {geographic.group(1).lower()}"
    return name


# "at Ellis Park in Johannesburg", "at Tongi in Gazipur": a place and, right after it, the town or region holding it
_HOLDER_AFTER = re.compile(r"\s+in\s+(?:the\s+)?((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2})(?![\w’'-])")
# ... and the place before the chosen one: "at Tongi in" (the chosen place after "in")
_HELD_BEFORE = re.compile(r"\b(?:at|near)\s+(?:the\s+)?((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2})\s+in\s+$")


def _holder(body: str, name: str, span: tuple[int, int], places: _Spans) -> bool:
    """Whether `name` at body[span] is a town or region that can hold a finer place: known to the towns table or the
    gazetteer as a capital, city or region, never a country (the venue's country adds no finer part), a month or a
    weekday."""
    if _NOT_PLACE.match(name) or _CALENDAR_WORD.match(name):
        return False
    hits = [hit for start, _, hit in places.within(*span)]
    if any(hit.kind == "country" for hit in hits):
        return False
    return any(hit.kind in ("capital", "city", "region") for hit in hits) or place_country(name) is not None


def _with_holding_place(body: str, best: str, span: tuple[int, int], places: _Spans, people: _Spans) -> str:
    """The chosen place with the town or region the text writes it in ("Grand Hotel, Oslo", "Tongi, Gazipur"), as
    the gold convention writes a venue and its city ("Venue, City"), each part as written; the place alone when the
    text gives no such holder."""
    after = _HOLDER_AFTER.match(body, span[1])
    if after and best[:1].isupper() and not people.within(after.start(1), after.end(1)) and _holder(
            body, after.group(1), (after.start(1), after.end(1)), places) and after.group(1) != best:
        return f"{best}, {after.group(1)}"
    before = _HELD_BEFORE.search(body, max(0, span[0] - 60), span[0] + 3)
    if before and body[span[0]:span[0] + 3].lower().startswith("in") and not people.within(
            before.start(1), before.end(1)) and _holder(body, best, (span[1] - len(best), span[1]), places) and not any(
            hit.kind == "country" for _, _, hit in places.within(before.start(1), before.end(1))):
        return f"{before.group(1)}, {best}"
    return best


# A movement's arrival right before a place's preposition ("arrived at", "landed on Monday in"): the place the
# traveller came to, a gathering's place only when the gathering names none of its own.
_ARRIVAL_BEFORE = re.compile(r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|touch(?:ed|es)\s+down)\s+(?:\w+\s+){0,3}$",
                             re.I)
_TOWN_AFTER_IN = re.compile(r"\b(?:in|at|near)\s+((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)")


def _finer_town(body: str, struck, sentence: _Sentence) -> str | None:
    """A town of the struck land, named after "in", "at" or "near" later in the sentence (the towns table)."""
    for match in _TOWN_AFTER_IN.finditer(body, struck.end, sentence.end):
        if place_country(match.group(1)) == struck.country:
            return match.group(1)
    return None


# A person's journey told just before their gathering: "Karin Lund flew to Nairobi on Monday. Lund met ...", "Lund
# returned to Stockholm on Wednesday. Lund met ..."
_ARRIVAL = re.compile(r"\b(?:(?:arrived|landed|flew|travell?ed|came)(?:\s+back)?|returned|(?:went|headed|got)\s+back)\s+"
                      r"(?:in|to|into|at)\s+(?:the\s+)?"
                      r"((?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)")
# A later movement that names no town of its own: "flew to Nairobi and flew back on Wednesday", "went home", "was
# back in Stockholm", "left for Kampala": the journey told first is no longer where the person is.
_LATER_MOVEMENT = re.compile(r"\b(?:(?:flew|travell?ed|came|went|headed|heading|got|returned|returning|drove|sailed)"
                             r"\s+(?:back|home)|back\s+(?:in|at|to|home)|returned|returning|"
                             r"(?:left|leaving|departed|set\s+off|moved\s+on)\s+(?:for|to)|went\s+on\s+to)\b")


def arrival_place(body: str, previous: tuple[int, int], people: _Spans, participants: list[str],
                  places: _Spans) -> str | None:
    """The town or capital one of `participants` was told arriving in or travelling to, as the subject of its
    clause, in the sentence before (`previous`), when that sentence tells one journey only and no movement after it
    ("returned home", "was back in", "left for"): where a gathering of theirs that names no place of its own was
    held."""
    journeys = list(_ARRIVAL.finditer(body, *previous))
    if len(journeys) != 1:
        return None
    journey = journeys[0]
    if _LATER_MOVEMENT.search(body, journey.end(), previous[1]):
        return None  # "flew to Nairobi on Monday and flew back on Wednesday": the person has moved on since
    if not any(name in participants and (_SUBJECT_GAP.fullmatch(body, b, journey.start())
                                         or _APPOSED_BETWEEN.fullmatch(body, b, journey.start()))
               for _, b, name in people.within(previous[0], journey.start())):
        return None  # (the traveller is the verb's subject: nothing but an apposition or an adverb between)
    place = journey.group(1)
    known = next((hit for start, _, hit in places.within(journey.start(1), journey.end(1))
                  if start == journey.start(1)), None)
    if known is not None and known.kind == "capital":
        return known.surface
    if known is None and place_country(place) is not None:
        return place
    return None


_SUBJECT_GAP = re.compile(r"\s*,?\s*(?:(?:also|then|later|first|finally)\s+)?")
# an apposition between the traveller and the verb: "Karin Lund, Sweden's foreign minister, flew"
_APPOSED_BETWEEN = re.compile(r",[^,;:.]{1,60},\s*")


# A local body named by its locality: "Tarnby municipality", "Varn County Government", "Brenn City Council".
_LOCAL_BODY = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}?)(?:municipality|municipal\s+council|(?:city|town|county|district)\s+"
                         r"council|(?:City|Town|County|District|Municipal)\s+(?:Council|Government|Administration|Hall))$")
_LOCALITY_WORD = re.compile(r"(?:City|Town|County|District|Municipal)\s+\w+$")


def _local_body_place(actors: list[str], act: str = "") -> str | None:
    """The locality of the first local body among `actors` ("Tarnby municipality" -> Tarnby, "Varn County
    Government" -> Varn County), where its act took place when the text gives no place of its own; a site body
    ("Varnby Airport") is its own act's place only for an act on its site, told by the trigger's words `act`
    (`SITE_ACT_STEMS`: "cancelled", "closed"; not "signed a deal", "announced")."""
    for name in actors:
        found = _LOCAL_BODY.fullmatch(name)
        if found is None:
            continue
        place = found.group(1).strip()
        county = _LOCALITY_WORD.search(name)
        if county and county.group(0).split()[0] in ("County", "District"):
            place = f"{place} {county.group(0).split()[0]}"
        return re.sub(r"^The\s+", "", place)
    town = next((place for place in map(_town_of_body, actors) if place), None)
    if town is not None or not any(word.startswith(SITE_ACT_STEMS) for word in re.findall(r"[a-z]+", act.lower())):
        return town
    return next(
        (name for name in actors if len(name.split()) > 1 and name.split()[-1].lower() in SITE_BODY_HEADS
         and name.split()[-1].istitle()), None)  # (a site's proper name: "the Kennedy airport" is a description)


def _town_of_body(name: str) -> str | None:
    """The town a town's own body is named by ("Leeds Crown Court" -> Leeds): its first one to three words a town
    the town table knows (not a country: "Kenya High Court" sits anywhere in Kenya), its last word a town body's
    head (`TOWN_BODY_HEADS`); an authority or a board only with a local-government word and no investing or
    promoting one (`LOCAL_GOVERNMENT_WORDS`, `NOT_LOCAL_BODY_WORDS`)."""
    words = re.sub(r"^The\s+", "", name).split()
    head = re.sub(r"['’]s$", "", words[-1]).lower() if words else ""
    if len(words) < 2 or head not in TOWN_BODY_HEADS:
        return None
    lowered = {word.lower() for word in words[:-1]}
    if lowered & NOT_LOCAL_BODY_WORDS or head in TOWN_BODY_LOOSE_HEADS and not lowered & LOCAL_GOVERNMENT_WORDS:
        return None  # "Abu Dhabi Investment Authority", "Vienna Tourism Board" act anywhere; "Graz City Board"
    for size in range(min(3, len(words) - 1), 0, -1):
        town = " ".join(words[:size])
        country = place_country(town)
        if country is not None and country != town:
            return town
    return None


# --- the place of a work the event is done to ---------------------------------------------------------------

# "the Noro wharf", "the Prek Pnov drainage canal": one to three capitalised words, at most two lower-case words, a
# work's head word (`eventwords.FACILITY_HEADS`).
_FACILITY = (r"(?:[Tt]he\s+)?((?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){0,2})(?:['’]s)?"
             r"((?:\s+[a-z-]+){0,2}?)\s+(" + "|".join(sorted(FACILITY_HEADS, key=len, reverse=True)) + r")\b")
# ... the trigger's object or complement ("Construction of the Noro wharf", "work on the Varn canal", "closed the
# Varn bridge") ...
_FACILITY_AFTER = re.compile(r"\s+(?:(?:of|on|at|for|to)\s+)?" + _FACILITY)
# ... or its subject, an auxiliary or adverb between ("The Krk terminal began", "the Krk terminal's expansion").
_FACILITY_BEFORE = re.compile(_FACILITY + r"(?:['’]s)?(?:\s+(?:has|have|had|was|were|is|are|will|would|be|been|"
                              r"first|finally|also|then|later))*\s+$")
_FACILITY_REACH = 80


def facility_place(body: str, trigger: tuple[int, int], sentence: tuple[int, int],
                   people: list[tuple[int, int]]) -> str | None:
    """The place named before the work the trigger is done to, as its object or subject ("Construction of the
    Noro wharf begins" -> Noro), when that name is no person's, body's, people's, given name or calendar word."""
    found = []
    after = _FACILITY_AFTER.match(body, trigger[1], sentence[1])
    if after is not None:
        found.append(after)
    before = _FACILITY_BEFORE.search(body, max(sentence[0], trigger[0] - _FACILITY_REACH), trigger[0])
    if before is not None:
        found.append(before)
    for match in found:
        name = match.group(1)
        start, end = match.span(1)
        if any(a < end and start < b for a, b in people) or _NOT_PLACE.match(name) or any(
                is_given_name(word) for word in name.split()) or country_of_demonym(name):
            continue  # "the Brenner bridge", "the Kennedy airport", "the Croatian terminal": no place
        if any(hit.kind in ("organisation", "ministry", "demonym") for hit in find_places_and_organisations(name)):
            continue
        if not _known_or_named_place(body, name, (start, end)):
            continue  # "the Olympic stadium", "the Central station": a word before the work, not its place
        return name
    return None


# The article names a word as a place elsewhere: after a preposition of place, maybe with "the island of", "the
# town of" between ("near Hammerfest in Finnmark", "on the island of Krk"), or before a place's own word ("Tarnby
# municipality"), and ending there (a punctuation mark or a small word next, not a name or a noun it qualifies:
# "in Central Europe", "at National Grid", "in Olympic history" name no place; a small word or a verb's past
# ending may follow: "in Finnmark until 2029", "in Varnvik waited").
# (a canal is a work as well as a place: "the Varn canal" names no more than "the Varn wharf")
_GEOGRAPHIC_NOT_WORK = "|".join(sorted(GEOGRAPHIC_HEADS - FACILITY_HEADS, key=len, reverse=True))
_PLACE_PREPOSITIONS = r"(?:in|at|near|from|outside|around|off|to|into|on)"
_PLACE_WORD_OF = r"(?:(?:[a-z]+\s+)?(?:" + "|".join(_PLACE_WORDS) + r"|municipality|village)\s+of\s+)"
_PLACE_NAME_END = (r"(?=\s*(?:[,.;:)!?\n]|$)|\s+(?:" + "|".join(sorted(
    (re.escape(word) for word in FUNCTION_WORDS if "'" not in word and "’" not in word), key=len, reverse=True))
                   + r"|[a-z]+ed)\b)")


def _known_or_named_place(body: str, name: str, span: tuple[int, int]) -> bool:
    """Whether `name` (at `span` before a work's word) is a place: one the towns table or the gazetteer knows, or
    one the article writes as a place somewhere else."""
    if place_country(name) is not None or any(
            hit.kind in ("country", "capital", "region") and hit.surface == name
            for hit in find_places_and_organisations(name)):
        return True
    quoted = re.escape(name).replace(r"\ ", r"\s+")
    named = re.compile(r"\b(?:" + _PLACE_PREPOSITIONS + r"\s+(?:the\s+)?" + _PLACE_WORD_OF + r"?|"
                       + _PLACE_WORD_OF + r")" + quoted + _PLACE_NAME_END
                       + r"|\b" + quoted + r"\s+(?:" + _GEOGRAPHIC_NOT_WORK + r")\b")
    return any(not (match.start() < span[1] and span[0] < match.end()) for match in named.finditer(body))


# --- the article's own place ---------------------------------------------------------------------------------

# A place a thing is set in: "in Bonn", "at Tallinn", one to three capitalised words.
_SET_IN = re.compile(r"\b(?:[Ii]n|at)\s+((?-i:[A-Z][\w’'-]*)(?:\.?\s+(?-i:[A-Z][\w’'-]*)){0,2})(?![\w’'-])")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s+[A-Z\"“])")
_LEAD_REACH = 300  # characters of the body read as its lead (dateline, headline-like first lines, first sentence)


def article_place(body: str, title: str | None, locations: list[str | None]) -> str | None:
    """The place the article's news happens in: the one location given to two or more of its events (no other as
    often) and named, as a whole word, in its title or lead (its first sentence, within 300 characters); when no
    event is placed, the known place the text sets something in ("talks in Bonn") that the article names most often, at least
    twice, and in its title or lead. A local report ("Floods hit Varnby") tells most of its happenings without
    repeating the town; a place given once, tied with another, or named only deep in the body is a side story's,
    and no default."""
    first = _SENTENCE_END.search(body, 0, _LEAD_REACH)  # (the lead is its first sentence: "Voters in Moldavia go
    # to the polls ... held its final rally in the capital, Port Selin" sets the news in the country, not the town)
    lead = f"{title or ''}\n{body[:first.end() if first else _LEAD_REACH]}"
    placed: dict[str, int] = {}
    for location in locations:
        if location:
            placed[location] = placed.get(location, 0) + 1
    if placed:  # (an article that places its events, but none as its own, has no own place: a round-up)
        return _leading(placed, lead)
    return _leading(_set_in_counts(body, title), lead)


def _set_in_counts(body: str, title: str | None) -> dict[str, int]:
    """The known places the text sets something in ("talks in Bonn"), each with its count of mentions."""
    counts: dict[str, int] = {}
    known: dict[str, bool] = {}  # (each candidate name looked up once per article)
    text = None
    for found in _SET_IN.finditer(body):
        words = found.group(1).split()
        # (the longest known opening words: "in Bonn Delegates" is Bonn; "in St. Louis" is one place)
        name = None
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).rstrip(".")
            hit = known.get(candidate)
            if hit is None:
                hit = known[candidate] = _known_place(candidate)
            if hit:
                name = candidate
                break
        if name and name not in counts:  # (counted by all its mentions: "St. Louis Police", "Bonn's mayor")
            if text is None:
                text = f"{title or ''}\n{body}"
            counts[name] = len(_whole_word(name).findall(text))
    return counts


def _leading(counts: dict[str, int], lead: str) -> str | None:
    """The most counted name, counted twice or more, no other as often, and named in `lead`."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    top, count = ranked[0]
    if count < 2 or (len(ranked) > 1 and ranked[1][1] == count) or _whole_word(top).search(lead) is None:
        return None
    return top


def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w’'-])")


def _known_place(name: str) -> bool:
    """Whether the town table knows `name`, or the gazetteer knows the whole of it as a country, capital or region
    (never a body: "in Parliament")."""
    if place_country(name):
        return True
    hits = find_places_and_organisations(name)
    return len(hits) == 1 and hits[0].kind in ("country", "capital", "region") and hits[0].end - hits[0].start == len(
        name)
